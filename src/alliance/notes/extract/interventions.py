"""Interventions the clinician used or taught in the session (not an earlier session's, not the homework)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from alliance.notes.extract.common import _NEGATED, Fact, _is_therapist, _lower_first, _sentences
from alliance.notes.extract.homework import _HOMEWORK_CUE, _IMPERATIVE, _NEXT_TASK, _NOW_STEP, _TIME_FRAME, FRAME_WORDS
from alliance.notes.extract.medication import _NAME_POSSESSIVE, _NOT_NAMES, _THIRD_POSSESSIVE
from alliance.notes.extract.scores import _instrument_mentions
from alliance.notes.transcripts import Segment


# Interventions (Beck 2011; Martell et al. 2010; Miller & Rollnick 2013; Linehan 2015; NICE CG90/CG113/CG26).
INTERVENTIONS: dict[str, tuple[str, str]] = {
    # pattern: (canonical name, family)
    r"thought records?|thought diary|abc (?:sheet|worksheet|form|model)": ("thought record", "CBT"),
    r"cognitive restructuring|challeng(?:e|ing) (?:the |those |that |this |your )?(?:thoughts?|beliefs?)|"
    r"thought challenging|evidence[- ]for[- ]and[- ]against|(?:more )?balanced thought|alternative thoughts?|"
    r"downward arrow|responsibility pie|pie chart": ("cognitive restructuring", "CBT"),
    r"de-?catastrophi[sz](?:ing|e)": ("decatastrophising", "CBT"),
    r"cognitive distortions?|thinking (?:traps|errors)|catastrophi[sz]ing": ("identifying thinking errors", "CBT"),
    r"coping strateg(?:y|ies)(?: enhancement)?|coping skills": ("coping strategy enhancement", "CBT"),
    r"(?:activity )?pacing(?! (?:up|around|about|the|back))|boom[- ]and[- ]bust cycle": ("pacing", "CBT"),
    r"energy accounting|spoon theory|energy (?:budget|bank)(?:ing)?": ("energy accounting", "skills"),
    r"(?:the|open|weekly|in-session|collaborative) weighing|weigh[- ]in": ("in-session weighing", "CBT-E"),
    r"(?:cbt |cognitive )?formulation|vicious (?:cycle|circle)|hot cross bun|five areas(?: model)?":
        ("formulation", "CBT"),
    r"behaviou?ral experiments?|test(?:ing)? (?:out )?(?:the|that|this|your) (?:prediction|belief)":
        ("behavioural experiment", "CBT"),
    r"behaviou?ral activation|activity scheduling|activity (?:diary|log|monitoring|schedule)|"
    r"pleasant activit(?:y|ies)": ("behavioural activation", "CBT"),
    # Beck's behavioural steps for depression and the life chart of bipolar work (Beck 1979; Post 1988; Colom &
    # Vieta 2006): "graded task assignment", "a graded task", "mastery and pleasure ratings", "a life chart".
    r"graded[- ]task(?:s| assignments?)?|graded assignments?|mastery (?:and|&) pleasure(?: ratings?)?":
        ("graded task assignment", "CBT"),
    r"life[- ]chart(?:s|ing)?|(?:mood|illness|episode) timeline|timeline of (?:your |the )?(?:episodes|moods?|"
    r"highs and lows|ups and downs)": ("life chart", "bipolar psychoeducation"),
    r"exposure and response prevention|\berp\b|response prevention": ("exposure and response prevention", "CBT"),
    r"(?:graded|interoceptive|imaginal|in[- ]vivo|cue|situational|prolonged) exposure|"
    r"exposure (?:hierarchy|ladder|exercise|work|task|therapy|practice)|imaginal (?:version|rehearsal|practice|run)|"
    r"fear (?:ladder|hierarchy)|"
    r"exposure hierarchy|exposure": ("exposure", "CBT"),
    r"(?:notic(?:e|ing)|nam(?:e|ing)|find(?:ing)?|list(?:ing)?|spot(?:ting)?|look(?:ing)? for)\s+(?:five|5) things"
    r"(?: (?:that )?you (?:can )?(?:see|notice))?|5[- ]4[- ]3[- ]2[- ]1|five[- ]four[- ]three(?:[- ]two[- ]one)?|"
    r"(?:using|through) (?:your|the|all (?:your|five)) (?:five )?senses": ("5-4-3-2-1 grounding", "skills"),
    r"grounding(?: exercise| technique| skills?)?": ("grounding", "skills"),
    r"(?:diaphragmatic|box|paced|slow|belly|square|4[- ]7[- ]8) breathing|breathing (?:exercises?|techniques?|"
    r"skills?)": ("breathing exercise", "relaxation"),
    r"progressive muscle relaxation|muscle relaxation|\bpmr\b|applied relaxation": (
        "progressive muscle relaxation", "relaxation"),
    r"applied tension": ("applied tension", "CBT"),
    r"guided imagery|safe place (?:imagery|exercise|visuali[sz]ation)|visuali[sz]ation": ("imagery", "relaxation"),
    r"imagery rescripting|rescripting": ("imagery rescripting", "trauma"),
    r"mindful(?:ness)?(?: eating| walking| breathing)?|body scan|raisin exercise|attention training":
        ("mindfulness", "mindfulness"),
    r"psycho-?education|explain(?:ed|ing)? (?:to you )?(?:a (?:bit|little) |briefly |some(?:thing)? )?"
    r"(?:about|how|why|what)|(?:go|went|going) (?:through|over) how|information about how":
        ("psychoeducation", "psychoeducation"),
    r"motivational interviewing|decisional balance|pros and cons|importance (?:ruler|scale)|"
    r"confidence (?:ruler|scale)|readiness (?:ruler|scale)|change talk|on a scale (?:of|from) (?:zero|0|one|1) to (?:ten|10),? how "
    r"(?:important|confident|ready)": ("motivational interviewing", "MI"),
    r"problem[- ]solving": ("problem solving", "CBT"),
    r"role[- ]?play(?:ed|ing|s)?|rehears(?:e|al|ing) (?:the|that|what|it)": ("role play", "skills"),
    r"socratic (?:questioning|questions)": ("Socratic questioning", "CBT"),
    # DBT skills, each its own technique: a session often uses two ("chain analysis", then "opposite action").
    r"chain analysis|behaviou?r(?:al)? chain": ("chain analysis", "DBT"),
    r"opposite action": ("opposite action", "DBT"),
    r"(?-i:TIPP?)(?: skills?)?|temperature skill|(?:cold water|ice) (?:on (?:your|the) face|dive)|paced breathing "
    r"and (?:paired|progressive)": ("TIPP", "DBT"),
    r"radical acceptance|turning the mind": ("radical acceptance", "DBT"),
    r"dear man|give skills?|fast skills?|interpersonal effectiveness": ("interpersonal effectiveness", "DBT"),
    r"wise mind|(?:what|how) skills": ("wise mind", "DBT"),
    r"check(?:ing)? the facts": ("check the facts", "DBT"),
    r"self[- ]sooth(?:e|ing)(?: with the (?:five )?senses)?|\baccepts skills?|\bimprove the moment|"
    r"\bstop skill|pros and cons of (?:acting|tolerating)": ("distress tolerance", "DBT"),
    r"distress tolerance|\bdbt\b|dialectical|emotion regulation skills?|(?-i:PLEASE) skills?":
        ("DBT skills", "DBT"),
    r"grief work|grief (?:processing|counsel+ing)|bereavement work|continuing bonds|dual[- ]process (?:model|idea|approach|theory)|"
    r"(?:letter|talk(?:ing)?) to (?:the person|him|her) (?:who|you) (?:died|lost)|empty chair":
        ("grief work", "grief"),
    r"naloxone (?:training|demonstration|refresher)|(?:go(?:ing)? over|refresh(?:er)? on|train(?:ing)? (?:you )?on|"
    r"demonstrat\w*|practi[cs]e) (?:the |using )?(?:naloxone|narcan)|overdose (?:awareness|prevention|training)|harm reduction":
        ("harm reduction", "harm reduction"),
    r"\bemdr\b|eye movement desensiti[sz]ation": ("EMDR", "trauma"),
    r"trauma narrative|narrative exposure|prolonged exposure|cognitive processing therapy|\bcpt\b|"
    r"impact statement|stuck points?": ("trauma-focused therapy", "trauma"),
    r"sleep hygiene": ("sleep hygiene", "CBT-I"),
    r"sleep restriction|sleep window|sleep scheduling|time in bed restriction|sleep compression":
        ("sleep restriction", "CBT-I"),
    r"stimulus control|only (?:use|go to) (?:the )?bed for sleep|get out of bed if you can'?t sleep":
        ("stimulus control", "CBT-I"),
    r"safety plan(?:ning)?|crisis plan": ("safety planning", "safety"),
    r"assertive(?:ness)?(?: training| skills| communication)?|communication (?:skills?|exercise|work|practice)|"
    r"\bi[- ]statements?|speaker[- ]listener|active listening|reflect(?:ing)? back|mirror(?:ing)? back|soft(?:ened)? start[- ]?up|"
    r"validat(?:e|ing|ion) (?:each other|her|him|their|your partner)": ("communication skills", "skills"),
    r"validation(?! (?:of|from)\b)|validating (?:responses?|statements?|sentences?|what)": ("validation", "DBT"),
    r"normali[sz](?:ing|ation|e (?:it|that|this|what|how))": ("normalising", "CBT"),
    r"(?:interpersonal and )?social rhythm(?:s)?(?: metric| therapy| chart| tracking)?": (
        "social rhythm therapy", "IPSRT"),
    r"body[- ]doubl(?:ing|e)": ("body doubling", "skills"),
    r"acceptance (?:exercise|practice|strateg(?:y|ies)|work|skills?)|leaves on a stream": ("acceptance", "ACT"),
    r"worry time|postpon(?:e|ing) (?:the |your )?worr(?:y|ies)|worry postponement|worry (?:period|window)":
        ("worry time", "CBT"),
    r"values (?:clarification|work|exercise|card)|acceptance and commitment|defusion|cognitive defusion|"
    r"values[- ](?:based|led|guided|consistent) (?:steps?|actions?|activit(?:y|ies)|goals?|choices?)|committed action":
        ("acceptance and commitment therapy", "ACT"),
    r"self[- ]compassion|compassion[- ]focused|compassionate (?:letter|friend|self|mind)":
        ("self-compassion", "CFT"),
    r"relapse (?:prevention|signature|blueprint|plan)|staying[- ]well plan|wellness (?:recovery )?plan|"
    r"(?:early )?warning signs": ("relapse prevention", "CBT"),
    r"habit reversal|competing response": ("habit reversal", "CBT"),
    r"urge surfing": ("urge surfing", "mindfulness"),
    r"regular eating": ("regular eating", "CBT-E"),
    r"journal(?:ing|ling)": ("journaling", "skills"),
    # More named techniques (CBT, third-wave, systemic, older-adult, ADHD and addiction work), each as said.
    r"implementation intentions?|if[- ]then plans?": ("implementation intentions", "CBT"),
    r"reminiscence(?: work| therapy)?|life review": ("reminiscence work", "older adults"),
    r"cognitive stimulation(?: therapy)?|memory aids?|errorless learning": ("cognitive stimulation", "older adults"),
    r"life story (?:work|book)": ("life story work", "older adults"),
    r"solution[- ]focused|miracle question|scaling questions?|exception[- ]finding": ("solution-focused", "SFBT"),
    r"externali[sz]ing (?:the problem|conversation)|narrative therapy|re-?authoring": ("narrative therapy", "narrative"),
    r"interpersonal inventory|role transition|interpersonal (?:psycho)?therapy|\bipt\b": ("interpersonal therapy",
                                                                                           "IPT"),
    r"schema (?:therapy|work|mode)|mode work|chair ?work|two[- ]chair": ("schema/chair work", "schema"),
    r"mentali[sz](?:ation|ing)(?:[- ]based)?": ("mentalization", "MBT"),
    # MBT's stop-and-rewind (Bateman & Fonagy 2016): "Let's stop and rewind to the moment you read it".
    r"stop(?:ping)?,? (?:and )?rewind(?:ing)?|rewind(?:ing)? (?:back )?to the (?:moment|point)":
        ("stop and rewind", "MBT"),
    r"contingency management|functional analysis|abc analysis|trigger mapping|cue exposure":
        ("functional analysis", "CBT"),
    r"stress inoculation|anger management|time[- ]out (?:plan|technique)": ("stress management", "CBT"),
    r"planned ignoring|labell?ed praise|special time|child[- ]directed play|parent(?:ing)? training|\bpcit\b":
        ("parent training", "parenting"),
    r"detached mindfulness|attention (?:training|shifting)|worry tree": ("metacognitive techniques", "MCT"),
    r"dropping (?:the )?safety behaviou?rs?|safety behaviou?rs? (?:experiment|drop)|video feedback|survey method":
        ("safety-behaviour work", "CBT"),
    r"positive data log|gratitude (?:diary|journal|list)|three good things": ("positive data log", "CBT"),
    r"task (?:breakdown|chunking)|break(?:ing)? (?:it|tasks?|things) (?:down )?into (?:smaller|small|tiny) "
    r"(?:steps|chunks)": ("task breakdown", "ADHD"),
    r"emotion(?:ally)?[- ]focused|emotion coaching": ("emotion-focused work", "EFT"),
    r"reestructuraci[oó]n cognitiva|registro de pensamientos": ("cognitive restructuring", "CBT"),
    r"activaci[oó]n conductual": ("behavioural activation", "CBT"),
    r"respiraci[oó]n (?:diafragm[aá]tica|profunda)|ejercicios? de respiraci[oó]n": ("breathing exercise",
                                                                                      "relaxation"),
    # Techniques named in passing, by therapy family (Abramowitz 2019 ERP; Selvini Palazzoli 1980 and Tomm 1988
    # systemic; Fairburn 2008 CBT-E; Neimeyer 2012 grief; Ehlers & Clark 2000 trauma-focused CBT; Ogden 2006).
    r"reduc(?:e|ed|ing) (?:the )?reassurance|reassurance[- ](?:reduction|fasting)|cut(?:ting)? (?:down |back )?"
    r"(?:on )?(?:the )?reassurance|(?:delay(?:ing)?|postpon(?:e|ing)) (?:the )?rituals?|ritual prevention":
        ("reducing reassurance", "ERP"),
    r"circular question(?:s|ing)?|relational questions?": ("circular questions", "systemic"),
    r"genograms?": ("genogram", "systemic"),
    r"reflecting team": ("reflecting team", "systemic"),
    r"body[- ]checking (?:exercise|work|record|log|experiment)|mirror (?:exposure|checking exercise)|"
    r"body image exposure": ("body checking work", "CBT-E"),
    r"letters? to (?-i:[A-Z][a-z]+)\b|unsent letter|goodbye letter|(?:letter|talk(?:ing)?) to (?:your|my) "
    r"(?:late |dead )?(?:husband|wife|partner|mum|mom|dad|father|mother|son|daughter|brother|sister)":
        ("letter writing", "grief"),
    r"written exposure|hotspots?|(?:imaginal )?reliving|memory updating": ("trauma memory work", "trauma"),
    r"window of tolerance|containment exercise|stabili[sz]ation skills?": ("stabilisation", "trauma"),
    r"guided discovery": ("guided discovery", "CBT"),
    # psychodynamic and experiential work named by the clinician (Lemma, Target & Fonagy 2011; Gendlin 1981;
    # Greenberg 2011): "the transference", "a bit of free association", "some focusing with me"
    r"(?:counter-?)?transference(?! (?:of|to) (?:the )?(?:money|funds|data|records?|care))": (
        "working with the transference", "psychodynamic"),
    r"free[- ]associat(?:ion|e|ing)": ("free association", "psychodynamic"),
    r"dream (?:work|analysis)|(?:explore|exploring|look(?:ing)? at|work(?:ing)? with) (?:the |your |that |this )?dreams?":
        ("dream work", "psychodynamic"),
    r"(?:an |the |my |this )?interpretation(?= of (?:the |your |what|how|that|this))": ("interpretation", "psychodynamic"),
    r"(?:(?:a (?:little |bit of )?|some |the |try |do )focusing(?! on\b)|focusing (?:exercise|with me|technique)|"
    r"felt sense)": ("focusing", "experiential"),
    r"empty[- ]chair|two[- ]chair(?: dialogue| work)?": ("chair work", "experiential"),
    r"weigh(?:ing)? (?:you )?together|joint weighing": ("in-session weighing", "CBT-E"),
    # Each modality's techniques as its clinicians say them. EMDR (Shapiro 2018): the resource of a safe or calm
    # place brought up, bilateral stimulation, installation; systemic (McGoldrick 2008; Watzlawick 1974):
    # reframing a behaviour "as X rather than Y"; psychodynamic (Lemma 2016): free association asked for as "say
    # whatever comes to mind", an interpretation offered; panic (Clark 1986): the cognitive model; ADHD
    # coaching (Safren 2005): time-blocking.
    r"(?:bring(?:ing)? up|go(?:ing)? (?:back )?to|return(?:ing)? to|pictur(?:e|ing)|imagin(?:e|ing)|install(?:ing)?|"
    r"think(?:ing)? of|connect(?:ing)? with|start(?:ing)? with|begin(?:ning)? with|us(?:e|ing)|open(?:ing)? with) "
    r"(?:your|the|that) (?:safe|calm|peaceful) place|"
    r"(?:safe|calm) place (?:exercise|installation|imagery|resource)": ("safe place", "EMDR"),
    r"bilateral (?:stimulation|tapping|sets?|movements?)|(?:sets?|rounds?) of (?:eye movements|tapping)|"
    r"(?:resource|positive cognition) installation|install(?:ing)? the positive (?:cognition|belief)":
        ("bilateral stimulation", "EMDR"),
    r"(?:hear|see|think of|look at|understand|read|take) (?:it|this|that|him|her|them|what \w+ (?:did|said)) as "
    r"[\w' -]{1,30}? (?:rather than|instead of|and not) [\w'-]+(?: [\w'-]+)?|reframe|reframing":
        ("reframing", "systemic"),
    r"say (?:whatever|anything(?: that)?|what(?:ever)? (?:comes|pops)) (?:comes |pops )?(?:to|into|up in) (?:your )?mind|"
    r"whatever comes (?:to|into) (?:your )?mind": ("free association", "psychodynamic"),
    r"(?:offer|make|give|share|try|suggest) (?:you )?(?:an|a|my|one) (?:possible |tentative )?interpretation":
        ("interpretation", "psychodynamic"),
    r"cognitive model(?: of (?:panic|depression|anxiety|health anxiety|social anxiety|ocd|insomnia))?|"
    r"panic (?:cycle|model)": ("formulation", "CBT"),
    r"time[- ]block(?:ing|s)?|time[- ]boxing|block(?:ing)? out time": ("time-blocking", "time management"),
    # Techniques named in their modality's own terms: EMDR closing (Shapiro 2018), EFT for couples (Johnson 2004),
    # solution-focused (de Shazer 1988), IPT (Weissman, Markowitz & Klerman 2007), CFT (Gilbert 2010).
    r"container (?:exercise|imagery|technique)|(?:put|putting|place|placing) (?:it|that|them|this) (?:away )?in "
    r"(?:the|your|a) container": ("container exercise", "EMDR"),
    r"(?:pursue|pursuer|demand)[- ](?:withdraw|withdrawer|distance|distancer)(?: cycle| pattern| dance)?|"
    r"negative (?:interaction )?cycle|hold me tight":
        ("pursue-withdraw cycle", "EFT"),
    r"exception (?:questions?|finding|spotting)|(?:look(?:ing)? for|find(?:ing)?) (?:the )?exceptions|"
    r"coping questions?|preferred future|best hopes": ("solution-focused", "SFBT"),
    r"communication analysis|decision analysis|interpersonal (?:inventory|deficits?|disputes?)|role "
    r"(?:transitions?|disputes?)": ("interpersonal therapy", "IPT"),
    r"soothing[- ]rhythm(?: breathing)?|compassionate (?:image|imagery|other|colour|color)|"
    r"(?:threat|drive|soothing) systems?|three (?:circles|systems)(?: model)?": ("compassion-focused techniques", "CFT"),
    r"psicoeducaci[oó]n": ("psychoeducation", "psychoeducation"),
    r"exposici[oó]n": ("exposure", "CBT"),
    r"atenci[oó]n plena": ("mindfulness", "mindfulness"),
}



# --- interventions -------------------------------------------------------------------------------------------

_INTERVENTION_RE = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), name, family)
                    for p, (name, family) in INTERVENTIONS.items()]
_WE_DID = re.compile(r"\b(?:we|let's|let us|together|in session|today|hoy|hicimos|vamos)\b", re.IGNORECASE)


# A technique spoken of as done in an earlier session ("Last session we did the psychoeducation about panic",
# "back in the spring, when your homework was the activity schedule"), unless this session does it too.
_EARLIER_SESSION = re.compile(r"\b(?:last (?:session|time|week)|previous(?:ly| session)|back in|in the (?:spring|"
                              r"summer|autumn|winter)|(?:a few |two |three |several )?(?:weeks|months) ago|when we "
                              r"(?:first|started)|(?:i|we)(?:'d| had)? (?:also )?(?:suggested|mentioned|tried))\b",
                              re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"^[^,.;]{0,15}\b(?:a while (?:back|ago)|last (?:session|time|week|month)|before)\b"
                            # history: "EMDR with someone back in 2019", "CBT years ago", "DBT as a teenager"
                            r"|^[^.;?!]{0,30}?\b(?:back in|in (?:19|20)\d\d|(?:years|months) ago|as a (?:kid|child|"
                            r"teenager|student)|when i was (?:younger|a kid|at (?:school|uni)))\b",
                            re.IGNORECASE)  # "journaling a while back"
# A technique begun earlier and carried on in this session: "Last time we started the genogram, and I'd like to
# keep building it today."
_CONTINUED_TODAY = re.compile(r"\b(?:keep|carry on|continu|pick (?:it |that |this )?(?:up|back up)|finish|add to|"
                              r"get back to|return to|go on with)\w*\b[^.?!]{0,40}?\b(?:today|now|this session|"
                              r"in here|this morning|this afternoon)\b", re.IGNORECASE)
# A task list in note form: "So: bring a chair to the beach on Saturday, and do the leaves on a stream once a day".
_NOTE_FORM_LEAD = re.compile(r"^\W*(?:so|okay|ok|right|great|then)\s*:\s*\w", re.IGNORECASE)
# A technique introduced by name, known to the lexicon or not: "something called energy accounting", "a
# technique called the two-chair dialogue".
_CALLED = re.compile(r"(?:\b(?:something|a (?:technique|skill|tool|exercise|strategy|approach|method|model|idea)) "
                     r"(?:called|known as)|\bwhat(?:'s| is) (?:called|known as)|\bwhat (?:we|i|people|they) call|"
                     r"\b(?:it'?s|it is|this is) called|\b(?:we'?ll|we will|let'?s|i'?ll|we) call (?:it|this|that)) (?P<name>(?:the |a )?[\w'-]+(?: [\w'-]+){0,3}?)"
                     r"(?=[.,;:!?]|$| (?:which|that|where)\b)",
                     re.IGNORECASE)
_LATER_SESSION = re.compile(r"\b(?:next (?:session|time|week|appointment)|(?:in|at) (?:a )?(?:future|later) "
                            r"sessions?|another (?:time|day|session)|down the (?:line|track)|in (?:a )?(?:few|couple of) "
                            r"(?:weeks|sessions)|later on|one day|some day|at some (?:point|stage)|"
                            # a day to come named by "that": "we'll do attention training as a group that night"
                            r"(?:we'?ll|we will)\b[^.?!]*\bthat (?:night|day|evening|morning|afternoon|session))\b",
                            re.IGNORECASE)
# A technique someone else uses or offers: "Some clinics run an MBSR course", "The clinic down the road uses
# contingency management", "Some couples find emotionally focused therapy helpful".
_ELSEWHERE = re.compile(r"\b(?:clinics?|services?|teams?|centres?|centers?|hospitals?|programmes?|programs?|couples|"
                        r"families|people|therapists)\b[^.?!;]{0,30}?\b(?:run|runs|offer|offers|use|uses|provide|provides|"
                        r"find|finds|do|does)\b[^.?!;]{0,40}$", re.IGNORECASE)
# A label for what the client just described, not a technique: "That's what we call psychic equivalence".
_LABELS_IT = re.compile(r"\b(?:that|this|it)(?:'s| is| was)\s+(?:(?:just|exactly|really)\s+)?$", re.IGNORECASE)
# Praise for what the client just said, not a technique done: "That's a great reframe."
_PRAISED = re.compile(r"\b(?:that'?s|that is|that was|what)\s+(?:a|an)\s+(?:really\s+|very\s+)?(?:great|good|nice|"
                      r"lovely|brilliant|excellent|fantastic|helpful|strong)\s+$", re.IGNORECASE)
# The technique planned before and taken up today in the next sentence: "Last time we talked about trying imagery
# rescripting. Are you up for that today?"
_TAKEN_UP_TODAY = re.compile(r"\b(?:that|it|this|some)\b[^.?!]*\b(?:today|now|this session)\b", re.IGNORECASE)
# The client tells of a skill they used on their own ("I did the cold water thing."), and the clinician names it in
# a few words ("The TIPP skill, temperature."): the client's own use since the last session, not the session's.
_CLIENT_DID = re.compile(r"\bi (?:did|used|tried|remembered|managed to (?:do|use))\b", re.IGNORECASE)
# (not `_DOING_NOW`, whose "we'?ll" is also the "well" of "well done")
_DONE_NOW = re.compile(r"\b(?:let'?s|let us|we'll|we will|shall we|now|today)\b", re.IGNORECASE)
LABEL_WORDS = 8  # the most words of a clinician's sentence that only names what the client did


def _names_clients_skill(segments: Sequence[Segment], sents: Sequence[Any], k: int) -> bool:
    s = sents[k]
    first = k == 0 or sents[k - 1].seg is not s.seg
    return first and s.index > 0 and not _is_therapist(segments[s.index - 1]) \
        and bool(_CLIENT_DID.search(segments[s.index - 1].text)) and len(s.text.split()) <= LABEL_WORDS \
        and not s.text.rstrip().endswith("?") and not _DONE_NOW.search(s.text) and not _IN_SESSION.search(s.text)


# "Now I'd like you to use the speaker-listener technique.": "now" first sets a step in the session, not the week's
# task (unless the sentence names a time frame).
_NOW_FIRST = re.compile(r"^\W*(?:(?:and|so|okay|ok|right),?\s+)?now\b", re.IGNORECASE)
_USE_VERB = re.compile(r"\b(?:use|try|do|practi[cs]e|run|start)\s+(?:the |a |an |some |your |this )?$", re.IGNORECASE)


def _technique_object(text: str) -> bool:
    """Whether a technique is the object of the request ("use the speaker-listener technique"), not a word further
    on ("sit in a third chair, as your compassionate self")."""
    return any(_USE_VERB.search(text[max(0, m.start() - 20): m.start()]) for m, _, _ in _intervention_matches(text))
_THIS_SESSION = re.compile(r"\b(?:today|now|this (?:session|time|morning|afternoon)|let's|let us|i'd like|"
                           r"i would like|we'll|we will|going to|shall we|try)\b", re.IGNORECASE)
_IN_SESSION = re.compile(r"\b(?:today|in (?:the )?session|here|right now|together now|we(?:'ve)? just (?:did|done|used|tried)|let's (?:do|try|start|use|"
                         r"practi[cs]e|build|make|draw(?: up)?|write|plan|map(?: out)?|put together|work out|"
                         r"go through|look at|set up|fill in|sketch|design))\b", re.IGNORECASE)
_ABOUT_BEFORE = re.compile(r"^(?:[^,?]{0,25},\s+)?(?:so,?\s+|and\s+|now,?\s+)?(?:how did|how'd|how was|how were|how has|how have|did you|have you "
                           r"been|were you able|you did|you tried|you managed|you brought|you got)\b.*\?\s*$"
                           # "How's the distress tolerance stuff landing?": how last week's work is going
                           r"|^(?:[^,?]{0,25},\s+)?(?:so,?\s+|and\s+|now,?\s+)?how(?:'s| is| are)\b.*\b(?:going|landing|working|coming "
                           r"along|getting on)\W*\?\s*$"
                           # a question that reviews work done since: "Can we look at the worksheet you did on ...?"
                           r"|^(?:so,?\s+|and\s+)?(?:can|could|shall) we (?:look at|go over|go through|check)\b"
                           r".*\b(?:you|we) (?:did|filled|completed|brought|wrote|tried|kept)\b.*\?\s*$", re.IGNORECASE)
# Techniques counted only when the sentence says they are done now ("Let's take one committed action now"), not
# when they name the week's task (Hayes et al. 2012).
_IN_SESSION_ONLY = re.compile(r"committed action", re.IGNORECASE)
_KEEP_GOING = re.compile(r"^\W*(?:(?:and|so|but)\s+)?keep (?:[\w'-]+\s+){0,6}?(?:going|up)\b", re.IGNORECASE)
_DOING_NOW = re.compile(r"\b(?:let'?s|let us|we'?ll|we will|i'?d like to try|shall we|now)\b", re.IGNORECASE)
# The columns of a thought record asked in turn: the evidence, the balanced or alternative thought (Beck 2011).
_RESTRUCTURING_STEP = re.compile(r"(?:evidence|(?:more )?balanced|alternative)\b", re.IGNORECASE)
# Weighing the options is a step of problem solving (D'Zurilla & Nezu 2010), not decisional balance of its own.
_OPTIONS_STEP = re.compile(r"pros and cons|advantages and disadvantages", re.IGNORECASE)
STEP_TURNS = 8  # the segments after a thought record was begun within which its columns belong to it
_ASKED = re.compile(r"\b(?:can|could|would|will) you\s+(?:\w+\s+)?$", re.IGNORECASE)  # "can you explain what..."
_TOPIC = re.compile(r"(?:[ \t]+(?!and\b|but\b|because\b|which\b|so\b|then\b|y\b|that\b|to\b|are\b|is\b|were\b|was\b|we\b)"
                    r"[\w'-]+){0,5}")
_TOPIC_TRAIL = re.compile(r"(?:\s+(?:about|around|with|a|an|the|on|for|of|in|at|your|my|some|y|de|la|el))+$",
                          re.IGNORECASE)
_AFTER_COLON = re.compile(r"[ \t]*:[ \t]*([\w'][^.!?:;]*)")  # "sleep hygiene: no caffeine, no phone"
COLON_WORDS = 14  # the most words taken after a colon (cut back to a comma when longer)
ELABORATION_WORDS = 30  # the most words of a next sentence that describes a technique named alone


def _intervention_matches(text: str) -> list[tuple[re.Match[str], str, str]]:
    """Every technique named in a sentence, the longest where two overlap, in order (not the words of a
    questionnaire's name: "the Pain Catastrophising Scale")."""
    found = [(m, name, family) for pattern, name, family in _INTERVENTION_RE for m in pattern.finditer(text)]
    found += [(_called_name(text, c), c.group("name").lower(), "other") for c in _CALLED.finditer(text)
              if not _LABELS_IT.search(text[: c.start()])]
    found = [x for x in found if not _PRAISED.search(text[: x[0].start()])]
    scales = [(a, b) for a, b, _ in _instrument_mentions(text)]
    found = [x for x in found if not any(a < x[0].end() and x[0].start() < b for a, b in scales)]
    found.sort(key=lambda x: (x[0].start(), -(x[0].end() - x[0].start())))
    kept: list[tuple[re.Match[str], str, str]] = []
    for m, name, family in found:
        if kept and m.start() < kept[-1][0].end():
            continue
        kept.append((m, name, family))
    return kept


def _called_name(text: str, called: re.Match[str]) -> re.Match[str]:
    """The name of a technique introduced as "something called X", as a match of its own."""
    found = re.compile(re.escape(called.group("name"))).search(text, called.start("name"))
    assert found is not None
    return found


# Nothing said after a technique but a pointer to what came before: "let's do some problem solving around that."
_NOTHING_AFTER = re.compile(r"^\s*(?:(?:around|about|with|on|for)\s+)?(?:that|this|it|them)?\s*(?:,?\s*(?:as well|too|"
                            r"now|today|together|first))?\W*$", re.IGNORECASE)
# What the technique is about, after a word set off by commas: "a bit of normalising, as well, around the voices".
_FILLER_TOPIC = re.compile(r"^,\s*(?:as well|too|also|briefly|together|today|first)\s*,\s*((?:around|about|on|for|"
                           r"with)\s+[^.,;:!?]{3,60})")


_KIND_BEFORE = re.compile(r"\b(structured|graded|guided|formal|brief|collaborative|systematic|gentle|in-session|family|"
                          r"in[- ]vivo|imaginal|interoceptive|written|daily|weekly|cognitive|behaviou?ral)\s+$",
                          re.IGNORECASE)


def _intervention_phrase(text: str, m: re.Match[str]) -> tuple[str, int]:
    """The technique with what it was about ("thought record on the work worry", "sleep hygiene: no caffeine
    after midday"), up to a clause end; and where the phrase ends in the sentence. A word that says which kind of
    the technique ("structured problem-solving", "graded exposure") is kept with it."""
    said = m.group(0).strip()
    kind = _KIND_BEFORE.search(text[: m.start()])
    if kind and not said.lower().startswith(kind.group(1).lower()):
        said = f"{kind.group(1)} {said}"
    rest = text[m.end():]
    filler = _FILLER_TOPIC.match(rest)
    if filler:
        return f"{said} {filler.group(1).rstrip()}", m.end() + filler.end(1)
    topic = _TOPIC.match(rest)
    raw = topic.group(0) if topic else ""
    colon = _AFTER_COLON.match(rest[len(raw):])
    if colon:
        words = colon.group(1)
        if len(words.split()) > COLON_WORDS:
            head = " ".join(words.split()[:COLON_WORDS])
            words = head[: head.rfind(",")] if "," in head else head
        words = words.rstrip(" \t,")
        return f"{said}{raw.rstrip()}: {words}", m.end() + len(raw) + colon.start(1) + len(words)
    tail = _TOPIC_TRAIL.sub("", raw.rstrip())
    clause = _DESCRIBED.match(text[m.end() + len(tail):])
    if clause and len(clause.group(1).split()) <= DESCRIBED_WORDS:
        # "your coping strategies, looking at what already works and doing more of it": what it was
        described = re.sub(r",?\s+(?:Dr|Mr|Mrs|Ms|Mx|Prof)$", "", clause.group(1).rstrip())
        return f"{said}{tail} ({described})", m.end() + len(tail) + clause.start(1) + len(described)
    return said + tail, m.end() + len(tail)


# A clause after a technique that says what it is: ", looking at what already works", ", where you ...".
_DESCRIBED = re.compile(r"^,\s+((?:looking at|finding|noticing|using|working out|where (?:you|we)|which (?:means|is)|"
                        r"so that|so you|that is)\b[^.;:!?]*)", re.IGNORECASE)
DESCRIBED_WORDS = 16


# Names that gather several techniques of one approach: each technique said is a fact of its own ("a decisional
# balance" and, later, "an importance ruler" are two motivational-interviewing techniques used).
# (Not a trauma-focused protocol: its impact statement and stuck points are the one therapy's parts.)
_UMBRELLA = {"motivational interviewing", "communication skills", "grief work",
             "acceptance and commitment therapy", "distress tolerance", "harm reduction",
             "interpersonal effectiveness"}


def _technique_key(name: str, said: str) -> str:
    """What makes two mentions one technique: its name, and for an umbrella name the words said ("importance
    ruler" and "importance scale" are one, "decisional balance" another)."""
    if name not in _UMBRELLA:
        return name
    words = re.findall(r"[a-z]+", said.lower())
    if words[:2] == ["on", "a"]:
        return name  # a scaling question asked in passing ("on a scale of zero to ten, how important...") is
        # the approach's conversation, not a tool of its own
    if {"scale", "ruler"} & set(words):
        return f"{name}:ruler"  # "importance ruler", "on a scale of zero to ten, how important"
    if {"balance", "cons"} & set(words):
        return f"{name}:balance"  # "decisional balance", "pros and cons"
    return f"{name}:{words[0] if words else ''}"


def _says_name(text: str, name: str) -> bool:
    """Whether a text says a technique by its name, in any form of its words ("free associating")."""
    return all(w[:6] in text.lower() for w in name.lower().split())


def extract_interventions(segments: Sequence[Segment]) -> list[Fact]:
    """Techniques the clinician used in the session (named in the clinician's turns, or "we did ..." by the
    client). Techniques named in one sentence make one fact; a technique named alone ("Let's set up a behavioural
    experiment.") takes the next sentence of the turn that describes it."""
    sents = _sentences(segments)
    facts: dict[str, Fact] = {}
    where = {seg.id: i for i, seg in enumerate(segments)}
    for k, s in enumerate(sents):
        if not (_is_therapist(s.seg) or _WE_DID.search(s.text)):
            continue
        if _ABOUT_BEFORE.search(s.text):
            continue  # "How did the activity schedule go?": a question about last week's work
        if _HOMEWORK_CUE.search(s.text) and not _IN_SESSION.search(s.text) and not (
                _NOW_FIRST.match(s.text) and _technique_object(s.text) and not _TIME_FRAME.search(s.text)) and not (
                _NOW_STEP.search(s.text) and not _TIME_FRAME.search(s.text)) and not (
                _NEXT_TASK.search(s.text) and not _IMPERATIVE.search(s.text) and len(s.text.split()) <= FRAME_WORDS):
            # (a sentence that only announces the week's task names the kind of work planned in the session: "So,
            # a small values-based step for this week.")
            continue  # "please do a thought record twice this week": the homework, not what was done in session
        if _is_therapist(s.seg) and _names_clients_skill(segments, sents, k):
            continue  # "I did the cold water thing." "The TIPP skill, temperature.": the client's own use
        if _KEEP_GOING.match(s.text):
            continue  # "And keep the walk before work going, the behavioural activation piece": the week's task
        if (_IMPERATIVE.search(s.text) or _NOTE_FORM_LEAD.match(s.text)) and _TIME_FRAME.search(s.text) \
                and not _IN_SESSION.search(s.text):
            continue  # "And practise the TIPP skill whenever the urge is high": a task set for the week
        # One group per technique: a technique named inside another's phrase ("psychoeducation about early
        # warning signs") or named again in the sentence ("...; relapse signature: ...") joins that group.
        groups: list[dict[str, Any]] = []
        for m, name, family in _intervention_matches(s.text):
            before = s.text[: m.start()]
            if _NEGATED.search(before[-20:]):
                continue
            if name == "psychoeducation" and m.group(0).lower().startswith("explain") and _ASKED.search(before):
                continue
            owner = _NAME_POSSESSIVE.search(before[-30:])
            if _THIRD_POSSESSIVE.search(before[-30:]) or owner and owner.group(1).lower() not in _NOT_NAMES | {
                    "today", "tonight", "week", "session", "time"}:
                continue  # "the health visitor's coming Friday for her weigh-in": someone else's, not this session's
            nxt_here = sents[k + 1] if k + 1 < len(sents) and sents[k + 1].seg is s.seg else None
            if (_EARLIER_SESSION.search(before) or _EARLIER_AFTER.match(s.text[m.end():])) \
                    and not _THIS_SESSION.search(before) and not (
                        _is_therapist(s.seg) and _CONTINUED_TODAY.search(s.text[m.end():])) and not (
                        _is_therapist(s.seg) and nxt_here is not None and _TAKEN_UP_TODAY.search(nxt_here.text)):
                continue
            if _ELSEWHERE.search(before) and not _IN_SESSION.search(s.text):
                continue  # "The clinic down the road uses contingency management": another service's technique
            if _LATER_SESSION.search(s.text) and not _IN_SESSION.search(s.text):
                continue  # "Next session we'll start EMDR": planned for later, not used today
            if _IN_SESSION_ONLY.fullmatch(m.group(0)) and not (_IN_SESSION.search(s.text) or _DOING_NOW.search(s.text)):
                continue  # "That's a committed action. Would you be up for doing that?": the week's task named
            if name == "cognitive restructuring" and _RESTRUCTURING_STEP.match(m.group(0)) and any(
                    key in facts and 0 <= s.index - where.get(facts[key].evidence[0].segment, -99) <= STEP_TURNS
                    for key in ("thought record", "cognitive restructuring")):
                continue  # "What's the evidence for and against?" a few turns into a thought record: its next column
            if _OPTIONS_STEP.fullmatch(m.group(0)) and "problem solving" in facts and 0 <= s.index - where.get(
                    facts["problem solving"].evidence[0].segment, -99) <= STEP_TURNS:
                continue  # "Which has the best pros and cons?" a few turns into problem solving: its weighing step
            phrase, end = _intervention_phrase(s.text, m)
            if groups and m.start() < groups[-1]["end"]:
                g = groups[-1]
                if end > g["end"]:
                    g["texts"][-1] += s.text[g["end"]:end]
                    g["end"] = end
                if name not in g["names"]:
                    g["names"].append(name)
                g["keys"].append(_technique_key(name, m.group(0)))
                continue
            same = next((g for g in groups if name in g["names"]), None)
            if same is not None:
                same["texts"].append(phrase)
                same["end"] = max(same["end"], end)
                continue
            groups.append({"end": end, "texts": [phrase], "names": [name], "family": family,
                           "keys": [_technique_key(name, m.group(0))]})
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        for n, g in enumerate(groups):
            if all(key in facts or key in _UMBRELLA and any(k.startswith(f"{key}:") for k in facts)
                   for key in g["keys"]):
                # Said before; a question of the approach joins a technique of it already used. The technique
                # named again by another of its names ("your sleep window" ... "with sleep restriction", "the
                # relapse signature" ... "your relapse prevention plan") adds that name and its evidence.
                known = facts.get(g["keys"][0])
                said = " ".join(g["texts"][0].split()[:3])
                # The technique described first and named after it in the same turn ("Just say whatever comes to
                # mind. Free association, no need to tidy it up."): its name is added too.
                named_now = known is not None and _says_name(g["texts"][0], g["names"][0]) \
                    and not _says_name(known.claim, g["names"][0])
                if known is not None and g["keys"][0] not in _UMBRELLA and len(known.evidence) < 4 \
                        and said.lower() not in known.claim.lower() and not s.text.rstrip().endswith("?") \
                        and (known.evidence[-1].segment != s.seg.id or named_now):
                    known.claim = known.sentence = f"{known.claim[:-1]}; {g['texts'][0]}."
                    known.evidence.append(s.evidence())
                continue
            evidence = [s.evidence()]
            texts = list(g["texts"])
            # A technique named alone at the end of its sentence takes the next sentence of the turn that
            # describes it ("... worry time. Instead of fighting the worries, we postpone them to ...").
            last = n == len(groups) - 1
            bare = last and _NOTHING_AFTER.match(s.text[g["end"]:]) and len(texts[-1].split()) <= 4 \
                and ":" not in texts[-1]
            if bare and nxt is not None and nxt.seg.id == s.seg.id and not nxt.text.rstrip().endswith("?") \
                    and len(nxt.text.split()) <= ELABORATION_WORDS \
                    and not _HOMEWORK_CUE.search(nxt.text) \
                    and all(name in g["names"] for _, name, _ in _intervention_matches(nxt.text)):
                texts[-1] = f"{texts[-1]} ({_lower_first(nxt.text.rstrip(' .!'))})"
                evidence.append(nxt.evidence())
            claim = f"Intervention: {'; '.join(texts)}."
            fact = Fact(kind="intervention", value={"name": g["names"][0], "family": g["family"], "said": texts[0],
                                                    "names": g["names"]},
                        claim=claim, sentence=claim, evidence=evidence)
            for key in g["keys"]:
                facts.setdefault(key, fact)
    out: list[Fact] = []
    for fact in {id(f): f for f in facts.values()}.values():
        same = next((f for f in out if f.evidence[0].segment == fact.evidence[0].segment
                     and f.evidence[-1].start < fact.evidence[0].start), None)
        if same is None:
            out.append(fact)
            continue
        # Techniques named in the sentences of one turn make one fact ("Let's practise TIPP now. Here's an ice
        # pack. ... we'll do paced breathing."); two named in one sentence stay two.
        same.value["names"] = [*same.value["names"], *fact.value["names"]]
        same.claim = same.sentence = f"{same.claim[:-1]}; {fact.claim.removeprefix('Intervention: ')}"
        same.evidence += [e for e in fact.evidence if (e.segment, e.start) not in {
            (x.segment, x.start) for x in same.evidence}]
    return out
