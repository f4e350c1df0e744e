"""Homework set for the time until the next session (not last week's, not a task declined)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from alliance.notes.extract.appointments import _APPOINTMENT_CUE, _DATE_RE, _WEEKDAY
from alliance.notes.extract.common import Fact, _in_character, _is_therapist, sentence_spans, _sentences
from alliance.notes.extract.dosing import _CHANGES, _doses
from alliance.notes.extract.drugs import _drug_mentions
from alliance.notes.extract.medication import _RELATIVE
from alliance.notes.transcripts import Segment


# --- homework ------------------------------------------------------------------------------------------------

_HOMEWORK_CUE = re.compile(
    r"\b(?:homework|for (?:this|next|the) week|this (?:coming )?week,?\s+(?:i'd like|i would like|i want|try|can|"
    r"could|please)|between (?:now and|sessions|our sessions)|before (?:we meet|next (?:time|session|week)|"
    r"our next)|i'?d like you(?: two| both| all)? to|i would like you(?: two| both| all)? to|i want you(?: two| both)? "
    r"to|your (?:task|assignment|job)|here'?s (?:the|your|a|one) (?:task|plan|challenge|assignment|job)|"
    r"(?:can|could|will) you (?:try|keep|do|write|practi[cs]e|fill|track|log|go|take|schedule|plan|read|"
    r"listen)|please (?:do|try|keep|write|practi[cs]e|fill|use|make|listen|read|complete|go)\b(?!n't)|"
    r"your (?:job|task|challenge|mission) (?:this|for the|over the) (?:week|fortnight|weekend)|see if you can|"
    r"i'?d (?:also |really |then )?like you to|i'?d (?:also )?love you to|"
    # an invitation to a task done away from the session: "Would you like to try writing to her?"
    r"would you like to (?:try|have a go at) (?!.*\b(?:now|here|with me|today|in (?:the )?session)\b)|"
    r"try to .{0,60}\b(?:every|each|a) (?:day|morning|evening|night)|"
    r"(?:for|over|in) the (?:next|coming) (?:(?:few|two|three|four|couple of) )?(?:days?|weeks?|fortnight|"
    r"months?)|until (?:i see you|next time|we meet|our next)|before we meet again|"
    r"before (?:we|i) (?:next (?:meet|see you)|see you (?:next|again))|"
    r"tarea|para (?:esta|la pr[oó]xima) semana|me gustar[ií]a que)", re.IGNORECASE)
# A task suggested, by the clinician or someone they agree with, as "that you ...": "Deirdre's suggesting, and I
# agree with her, that you keep a diary", "I'd recommend that you book a taster class".
_SUGGESTED_THAT = re.compile(r"^[^.?!]{0,60}?\b(?:suggest\w*|recommend\w*|propos\w*|advis\w*)\b[^.?!]{0,40}?"
                             r"\bthat you\s+(?:two\s+|both\s+)?", re.IGNORECASE)
# A request with a time frame is a task too: "For the coming fortnight, could you touch the door handles three
# times a day?", "Over the break, could you keep up the Saturday swim?" (not "Can you tell me ... every day?").
_REQUEST = re.compile(
    r"\b(?:(?:could|can|would|will) you (?!tell|say|describe|remember|recall|think|explain|give me|show me|let me|"
    r"imagine|picture|hear|put|hold|look|stay|sit|stand|close|open|be\b)\w+|"
    r"(?:would|could|will) you be (?:up for|willing to|happy to|able to|ok(?:ay)? to)|have a go at|"
    r"i'?d like you(?: two| both| all)? to|"
    r"(?:could|can|would|will) you (?:tell|ask|remind|show) (?:him|her|them|your [\w'-]+|[A-Z][a-z]+) to\b|"
    r"i would like you to|i want you to|try to|try and|see (?:if|whether) you can|"
    r"(?:how|what) about (?:just |maybe |you )?\w+ing|would you like to (?:try|have a go)|"
    r"please (?!don't|do not)\w+|"
    # a suggestion in the second person: "you might jot them down", "you could try writing her that letter"
    r"you (?:might|could|may)(?: (?:want|like) to| try(?: to| and)?)? (?!notice|feel|find|get|start|stay|let|wait|"
    r"sit|say|show|see|hear|have|be\b|remember|think|recall|go through|go back)"
    r"(?:(?:jot|write|bring|keep|ring|call|phone|text|plan|book|read|listen|"
    r"practi[cs]e|take|make|put|go|walk|do|use|spend|track|note|log|record|visit|join|ask|talk|speak)\b|\w+ing\b)|"
    r"your (?:task|job|challenge|"
    r"assignment|practice))\b", re.IGNORECASE)
_TIME_FRAME = re.compile(
    r"\b(?:(?:every|each) (?:(?:work|week|school|other|single)[- ]?(?:day)?\s?)?(?:day|morning|evening|night|week|"
    r"time|afternoon|lunchtime)s?|always|whenever|every time|each time|weekdays|"
    # a routine tied to a moment: "when they start", "when you notice the worry", "if you catch yourself"
    r"when(?:ever)? (?:you|they|it|he|she) (?!were|was|did|had|used|said|told|came|went)\w+|"
    r"when(?:ever)? (?:the|your|that|a|an) (?:[\w'-]+ ){1,2}(?:starts?|comes?|hits?|happens?|shows? up|kicks? in|"
    r"arrives?|builds?|pops? up|crops? up|comes? up|turns? up|creeps? in|strikes?|surfaces?)\b|"
    r"if (?:you|he|she|they) (?:notice|catch|feel|find|get|start|text|call|wake)\w*|"
    r"(?:once|twice|three times|four times|\w+ times) "
    r"(?:a|per) (?:day|week)|daily|this (?:coming )?(?:week|month)|over the (?:next|coming|break|holidays?|"
    r"weekend|christmas|summer|half[- ]term)|for the (?:coming|next) (?:week|fortnight|two weeks|few days|month)|"
    r"until (?:i see you|next time|we meet|our next|then)|before (?:we meet|next time|i see you)|at home|"
    r"before (?:we|i) next (?:meet|see you)|"
    # each occasion of what is monitored: "jot down every drink you have", "each urge you notice"
    r"(?:every|each) [\w-]+ (?:that )?(?:you|he|she|they) (?:have|has|drink|smoke|eat|take|notice|feel|get|buy|"
    r"spend|send|make|skip|miss)|"
    r"between (?:now and|sessions)|(?:for|during|at) the (?:weekend|week ahead|break|holidays?)|this weekend|"
    # a day or a part of the day to come: "tonight", "tomorrow", "in the mornings", "for the first week"
    r"tonight|tomorrow(?: morning| evening| night)?|in the (?:mornings|evenings|afternoons)|for the first (?:week|"
    r"few days|fortnight)|this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"when(?:ever)? you(?:'re| are) (?!ready|done|here|finished)\w+ing|"
    # a rule kept every day or through a stretch of time: "seven days a week", "through the taper"
    r"(?:seven|six|five|7|6|5) days a week|through (?:the|your) (?:taper|reduction|titration|week|weekend|break|"
    r"holidays?|fortnight|month))\b",
    re.IGNORECASE)
# A day named frames a request as a task: "have a go at the tax paperwork with Jess on Sunday".
_DAY_FRAME = re.compile(r"\b(?:(?:on (?:a )?|this )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
                        r"this weekend|"
                        r"at the weekend)\b", re.IGNORECASE)
# Homework spoken of as past: "how did the homework go?", "back in the spring, when your homework was ...".
_PAST_HOMEWORK = re.compile(
    # (not a comparison with what was done: "walk him through it, just like you did with me")
    r"(?<!like )(?<!as )\b(?:how did|did you|how was|how were|how's|how has|how have|were you able|(?<!if )you remember|"
    r"remember when|back in|last (?:week|time|session)'s|(?:homework|task|assignment|exercise) (?:was|were|went|"
    r"had been)|you (?:did|tried|managed)|we set|i set|"
    # (not a thing described by it: "write them on the card I gave you")
    r"(?<!card )(?<!sheet )(?<!leaflet )(?<!booklet )(?<!form )(?<!diary )(?<!worksheet )(?<!app )(?<!book )i gave you)\b", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:so,?\s+|okay,?\s+|ok,?\s+|and\s+|alright,?\s+|great,?\s+|good,?\s+)*"
    r"(?:for (?:your )?homework,?\s*|as homework,?\s*|homework\s*:\s*|your homework (?:is|will be)(?: to)?,?\s*|"
    r"(?:at home\s+)?(?:for (?:this|next|the) (?:coming )?week|this (?:coming )?week)\s*[,:]?\s*|"
    r"between (?:our )?sessions,?\s*|"
    r"(?:for|over|in) the (?:coming |next )?(?:(?:few|two|three|four|couple of) )?(?:weekend|weeks?|fortnight|"
    r"break|holidays?|months?|days),?\s*|"
    r"until (?:i see you(?: next| again)?|next time|we meet|our next session),?\s*|"
    r"between now and (?:next|our next) "
    r"(?:time|session|week),?\s*|before (?:we meet(?: again)?|next (?:time|session|week)|our next session),?\s*)*"
    r"(?:your (?:task|job|challenge|assignment|homework)\b(?:[^.?!:]{0,40}?\b(?:is|will be)\s+(?:to\s+)?|"
    r"[^.?!:]{0,40}:\s*))?"
    r"(?:i'?d (?:also |really |then )?like (?:you|you both|you two|you all|the two of you|both of you|each of you) to|"
    r"i would like you to|i want you to|"
    r"(?:would|could|will) you be (?:willing|able|happy|up for|ok(?:ay)?)(?: to)?|"
    r"would you like to|can you|could you|will you|would you|please|try and|let's have you|"
    r"(?:how|what) about (?:just |maybe |you )?|see if you can)?\s*", re.IGNORECASE)


_TASK = re.compile(r"\b(?:homework|tarea|you to|could you|can you|please|practi[cs]e|keep|write|fill|track|"
                   r"listen|read|try)\b", re.IGNORECASE)


def _homework_task(text: str) -> str:
    task = _SUGGESTED_THAT.sub("", text.strip(), count=1)
    task = _LEAD_IN.sub("", task, count=1).strip().lstrip(":;, ")
    task = re.sub(r"\s*[?!.]+$", "", task)
    task = re.sub(r"\b(?:for (?:your )?homework|as homework)\b,?\s*", "", task, flags=re.IGNORECASE).strip(" ,")
    return task[:1].lower() + task[1:] if task else task


# A task said in everyday words as an instruction: "And schedule one short walk a day", "Also, keep a diary",
# "Maybe go to one choir rehearsal". It is homework with a time frame, or just after a task was set (the same
# turn or the clinician's next two turns); in-session instructions ("Close your eyes", "Tell me ...") are not.
_TASK_VERBS = (
    r"schedule|plan|keep|write|jot|note|log|track|record|fill(?: in| out)?|complete|read|listen|watch|practi[cs]e|"
    r"try|do|go|walk|run|swim|stretch|exercise|take|pack|prepare|cook|eat|drink|call|ring|phone|text|message|"
    r"email|contact|book|join|visit|attend|set|use|spend|make|bring|put|stick|carry|ask|talk|speak|say|give|"
    r"reward|treat|buy|get|tick|touch|limit|cut(?: down| back)?|reduce|turn off|switch off|leave|stay|sit|reach out|check|"
    r"rate|list|pick|choose|reflect|meditate|send|share|show|remind|repeat|continue|carry on|look up|sign up|"
    r"notice|spot|catch|count|start|aim|allow|let|plant|water|tidy|clean|open|fill|finish|arrange|organi[sz]e|"
    r"wait|hold off|pause|delay|resist|breathe|hum|sing|walk away|"
    # everyday activities (Martell et al. 2010: activities named as the client would say them)
    r"ride|cycle|drive|bake|garden|knit|draw|paint|dance|hold|host|invite|block(?: out| off)?|jot(?: down)?|"
    r"sort|clear|throw out|bin|post|mark|add|swap|switch|change|have|go for|head|pop|meet|see")
_IMPERATIVE = re.compile(
    rf"^(?:(?:and|also|so|then|plus|oh|okay|ok|right|great|good|alright|one more thing|finally|lastly|last thing|"
    rf"maybe|perhaps|just|and then|"
    rf"and maybe|and also|and just|if you can|if you like|if possible|ideally),?\s+)*"
    # a condition first: "And if he texts, try TIPP first", "And when you get back, rate your mood"
    # a time frame first: "So this week, put the box by your toothbrush", "At home this week: touch the handle"
    rf"(?:(?:at home\s+)?(?:for\s+)?(?:this (?:coming )?week|this weekend|over the (?:weekend|next few days|break)|"
    rf"between now and (?:next time|next session|then)|until (?:next time|i see you)|every (?:day|morning|evening)|"
    rf"each (?:day|morning|evening)|at home)(?:\s+(?:this|next) (?:week|weekend|fortnight))?\s*[,:]\s*"
    rf"(?:(?:and|then|so)\s+)?)?"
    # a day to come first: "Tomorrow, block just two slots", "On Sunday, ring her"
    rf"(?:(?:tonight|tomorrow|(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    rf"(?: morning| evening| night)?\s*,\s*)?"
    rf"(?:(?:if|when|whenever|once|after|before|each time|every time)\s+[^,.?!]{{1,60}},\s+"
    rf"(?:(?:maybe|perhaps|just|also|then),?\s+)*)?(?:please\s+)?"
    # the one of several in the room it is said to: "And each of you note one thing", "Kai, ring him"
    rf"(?:(?:(?:each|both|all|one) of you|you (?:both|two|all)|(?-i:[A-Z][a-z]+),)\s+)?"
    rf"(?:try (?:and |to )?(?=(?:{_TASK_VERBS})\b)|try (?=\w+ing\b)|have a go at\s+)?"
    rf"(?:{_TASK_VERBS}|have a go|(?<=try )\w+ing|no (?:more )?(?!thing|nothing|during|morning|evening)\w+ing)\b"
    rf"(?!'s\b|\s+(?:me|us)\b)", re.IGNORECASE)
# An instruction for the time until the next session after a condition, with a verb the lexicon lacks: "This week,
# when a craving hits, surf it for ten minutes" (the time frame first: an exercise done now, "Each time a thought
# comes, place it on a leaf", is not homework). After "when/if ...," a word that is no pronoun, article or
# auxiliary and takes an object is the verb ("most people panic": no object after "most", no instruction).
_CONDITION_IMPERATIVE = re.compile(
    r"^(?:(?:and|also|so|then|okay|ok|right|fair|good|great|now),?\s+)*"
    r"(?:(?:for\s+)?(?:this (?:coming )?week(?:end)?|over the (?:weekend|next few days|coming week)|"
    r"between now and (?:next time|next session|then)|until (?:next time|i see you)|at home)\s*,\s*)"
    r"(?:if|when|whenever|each time|every time)\s+[^,.?!]{1,60},\s+"
    r"(?!(?:i|you|we|he|she|they|it|there|that|this|these|those|the|a|an|my|your|his|her|their|our|its|what|how|"
    r"is|are|was|were|do|does|did|can|could|will|would|should|might|may|must|not|no|most|many|some|people|"
    r"everyone|nobody|just|often|usually)\b)"
    r"[a-z]+\s+(?:it|them|that|this|the|a|an|your|yourself|one|some|down|up|out|for|to|\d+|"
    r"(?:one|two|three|four|five|ten|twenty|thirty) )\b", re.IGNORECASE)
# A rule the clinician sets with "we'll" or "let's" for the time until the next session: "For now we'll fix the
# wake time at 6, seven days a week", "let's also keep a withdrawal diary through the taper" (with a time frame).
_WE_SET = re.compile(r"\b(?:we'?ll|we will|let'?s)\s+(?:also\s+|just\s+)?(?:fix|set|keep|hold|stick to|track|log|"
                     r"record)\b", re.IGNORECASE)
# A step done now in the session, said with no time frame: "breathe through this straw for sixty seconds", "before
# you answer, mirror back what you heard", "both fill in the SRS at the end".
_NOW_STEP = re.compile(r"\b(?:for (?:\w+|\d+) seconds|before you (?:answer|respond|reply|say anything)|"
                       r"at the end(?! of (?:the|each|every) (?:day|week|night|month))(?: of (?:the|this|today'?s) "
                       r"session)?)\b", re.IGNORECASE)
# A request that involves someone outside the room is done outside the session: "Could you ask him to stop
# reassuring you?", "can you tell your sister ...".
_OUTSIDE = re.compile(rf"\b(?:ask|tell|show|remind|text|call|ring)\s+(?:him|her|them|your\s+(?:\w+\s+)?{_RELATIVE}|"
                      rf"[A-Z][a-z]+)\b(?!\s+(?:me|about what))")
# A plan recapped in note form, without a subject: "So, bed at twelve-thirty, up at six-thirty, every day.",
# "Great, so Tuesday, the canteen, lunch from the plan, and count the lookers."
# A sentence with a finite verb states something ("Your window will be half twelve to half six, every night"): not
# a plan recapped in note form.
_STATEMENT_VERB = re.compile(r"\b(?:will be|would be|is|are|was|were|has|have|had)\b", re.IGNORECASE)
_SUBJECT = re.compile(r"\b(?:i|you|we|he|she|they|it|there|that|this|what|how)(?:'\w+)?\b", re.IGNORECASE)
# A task the client turns down in the next turn is not set: "That... no. I don't think I can ask her that.",
# "Nah, I'm not ready for meetings."
_DECLINED = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:no|nah|nope)\b(?!\s+(?:problem|worries|bother))"
                       # (a "no" that qualifies a noun answers something else: "Wednesday. No football on a Wednesday.")
                       r"(?=\s*(?:[,.!;…-]|$|(?:i|i'm|i'd|thanks|thank|way|chance|not|sorry|really|honestly)\b))|"
                       r"\bnot (?:yet|ready|this week|for me)\b|\bi(?:'m| am) (?:not|no) (?:ready|going|gonna|doing)|"
                       r"\bi don'?t think i (?:can|could|"
                       r"will|want)|\bi (?:can'?t|won'?t|couldn'?t) (?:do|ask|face|manage)\b", re.IGNORECASE)
_ACCEPTED = re.compile(r"\b(?:yes|yeah,? (?:ok|sure|i can|i will|fine)|i'll|i will|(?:i|we) can (?:do|try|manage)|"
                       r"doable|okay|ok|sure|fine|"
                       r"got it|will do|sounds good|deal)\b", re.IGNORECASE)
# Hesitation is a refusal too: "Hmm. I don't know about that yet.", "I'd rather not.", "Maybe not."
_HESITANT = re.compile(r"\bi (?:don'?t|do not) know (?:about|if|whether) (?:that|this|it|doing)|\b(?:i'?m )?not sure "
                       r"(?:about|i (?:can|could|want))|\bi'?d rather (?:not|leave|skip)|\bmaybe not\b|\bnot really\b",
                       re.IGNORECASE)
REPLY_LEAD_WORDS = 4  # the words of a reply that answer the request (a filler such as "Hmm." is read past)


def _declined(reply: str) -> bool:
    """Whether the client's reply turns the task down: its opening words refuse or hesitate and do not accept.
    What the client refuses later in the turn is something else ("Yeah, I can do that. I'm not going to the
    group, though.")."""
    lead = ""
    for a, b in sentence_spans(reply):
        lead = f"{lead} {reply[a:b]}"
        if len(lead.split()) >= REPLY_LEAD_WORDS:
            break
    refusal = _DECLINED.search(lead) or _HESITANT.search(lead)
    return bool(refusal) and not _ACCEPTED.search(lead.replace(refusal.group(0), " "))  # ("not sure" accepts nothing)


_CLAUSE_IMPERATIVE = re.compile(rf",\s+(?:and|then)\s+(?:{_TASK_VERBS})\b", re.IGNORECASE)
_FOLLOW_ON = re.compile(r"^(?:and|also|plus|oh|one more thing|finally|lastly|last thing|maybe|perhaps|and then)\b",
                        re.IGNORECASE)
_WH_QUESTION = re.compile(r"^(?:so,?\s+|and\s+|okay,?\s+)?(?:what|how|why|when|where|which|who|whose|is|are|do|"
                          r"does|did|have|has)\b.*\?\s*$", re.IGNORECASE)
_NOTE_FORM_THING = re.compile(r"^(?:so,?\s+|and\s+|okay,?\s+)?(?:an?|the|some|one|your)\s+(?!\w+ing\b)\w+",
                              re.IGNORECASE)  # "So an actual kitchen timer, sitting on your desk."
NOTE_FORM_WORDS = 12  # the most words of a note-form sentence just before a request, taken with it
_WHEN_REQUEST = re.compile(r"^(?:and\s+|so\s+)?(?:when|whenever|if)\b[^?]*,\s*(?:could|can|would|will) you\b",
                           re.IGNORECASE)
# A suggestion asked as a question: "How about just jotting down one good moment a day?"
_SUGGESTION = re.compile(r"^(?:so,?\s+|and\s+|okay,?\s+|well,?\s+)?(?:how|what) about (?:just |maybe |you )?\w+ing\b",
                         re.IGNORECASE)
# A sentence that announces another task: "And the second thing.", "One more thing for the week."
_NEXT_TASK = re.compile(r"\b(?:second|third|next|other|another|one more|last) (?:thing|task|bit|job|piece)\b|"
                        r"^(?:and,?\s+|so,?\s+)?(?:one|a) (?:small |quick |little |practical |last |more |tiny |"
                        r"[\w]+-based |first )*(?:thing|task|job|piece|challenge|step)\b",
                        re.IGNORECASE)
# A task for the session itself: "Today I'd like you to touch the handle", "Right now, could you ...".
_NOW_TASK = re.compile(r"^(?:(?:so|okay|ok|right|and|now),?\s+)*(?:today|right now|now|in (?:the )?session|here|"
                       r"in here)\b,?\s+(?:i'?d like you to|i want you to|i would like you to|let's|could you|can you|"
                       r"would you)", re.IGNORECASE)
# A question put to someone in the room, after a lead-in: "Dad, when homework blows up at night, what do you think
# Mom is feeling?" asks, it sets nothing.
_ASKS = re.compile(r"(?:^|,\s+)(?:what|how|why|who|which)\s+(?:do|does|did|would|could|might|is|are)\s+(?:you|he|she|"
                   r"they|we)\b[^,]*\?\s*$", re.IGNORECASE)
# Set up as done in the session a sentence or two before: "Let's do an in-session exposure. I've got the towel here.
# I want you to touch it, ...".
_IN_SESSION_BEFORE = re.compile(r"\b(?:in[- ]session|right now|here and now|let'?s (?:do|try) (?:it|this|that|one) "
                                r"(?:now|here)|i'?ve got (?:the |a |some )?[\w -]{1,20} here)\b", re.IGNORECASE)
# Advice about a medicine, not a task: "try to keep it steady, and tell Dr Ahmed if it happens again".
_MEDICATION_ADVICE = re.compile(r"\b(?:discontinuation|withdrawal (?:symptoms|effects)|(?:tell|let|ask|ring|call|see|"
                                r"check with)\s+(?:your\s+|the\s+)?(?:dr\.?\s+[a-z]+|doctor|gp|psychiatrist|"
                                r"prescriber|pharmacist)\b(?:\s+know)?\s+(?:if|when|about the)\b)", re.IGNORECASE)
FRAME_WORDS = 8  # the most words of a sentence that only frames the next one's request in time
# A task whose object points back at the sentence before: "For homework, try that three mornings this week."
_ANAPHOR_TASK = re.compile(r"^(?:(?:try|do|practi[cs]e|repeat|use|run|test)\s+|(?:keep|carry on|continue|go on)\s+"
                           r"(?:(?:doing|with|up)\s+)?)(?:that|this|it|them|those)\b", re.IGNORECASE)
ANAPHOR_WORDS = 40  # the most words of the sentence a task points back at
FOLLOW_TURNS = 2  # a task set in everyday words counts up to the clinician's second turn after the last task set
MAX_HOMEWORK = 6
# Not a task: said not to be homework, a habit pointed out, a plan kept as it is.
_NOT_HOMEWORK = re.compile(r"\b(?:it'?s|that'?s|this is|it is|that is)\s+not\s+(?:a\s+|your\s+|the\s+)?homework\b",
                           re.IGNORECASE)
_HABIT_STATEMENT = re.compile(r"\b(?:your|his|her|their)\s+(?:\w+\s+){0,2}?\w+(?:'s|\s+is|\s+are|\s+gets?|\s+goes)\s+"
                              r"(?:usually|always|often|normally|typically)\b", re.IGNORECASE)
_KEPT_AS_IS = re.compile(r"\b(?:we'?ll|we will|let'?s|i'?ll)\s+(?:just\s+)?(?:keep|leave)\s+(?:\w+\s+){1,3}?"
                         r"(?:the same|as it is|unchanged|where it is)\b", re.IGNORECASE)


# The client asks how a technique is done: the clinician's answer explains it ("Park it how?").
_ASKED_HOW = re.compile(r"\bhow\b[^.?!]*\?\s*$|\bwhat do i (?:do|say)\b[^.?!]*\?\s*$", re.IGNORECASE)
# A question, not a task: "Between now and next time, what would help keep this going?", "Shall we plan it in?"
_FRAMED_QUESTION = re.compile(r"(?:(?:^|,\s*)(?:what|how)\s+(?:would|could|will|might|do|does|can|should|is|are)\b"
                              r"[^,;:]*|^(?:\w+,?\s+)?(?:shall|should) we\b.*)\?\s*$", re.IGNORECASE)
# A question for someone else in the room, passed on: "Could you ask her how the nights have been?"
_RELAYED = re.compile(r"\b(?:ask|tell)\s+(?:him|her|them)\s+(?:how|what|whether|if|why|when|about)\b"
                      # a word to pass on about the task, not a task: "Tell her it's homework."
                      r"|^\W*(?:\w+,?\s+)?(?:just\s+)?(?:tell|say to|explain to)\s+(?:him|her|them|(?-i:[A-Z][a-z]+)|your\s+\w+)"
                      r"\s+(?:that\s+)?(?:it'?s|it is|this is|that'?s|you'?re)\b", re.IGNORECASE)
# A guided exercise begun in the turn: "Imagine a river.", "Close your eyes.", "Picture the room."
_GUIDED = re.compile(r"^\W*(?:(?:so|okay|ok|now|right|and|first),?\s+)*"
                     r"(?:imagine|picture|visuali[sz]e|close your eyes|shut your eyes)\b", re.IGNORECASE)
# What is to happen away from the session, not today's exercise
_AWAY = re.compile(r"\b(?:this week|next week|tonight|tomorrow|at home|between (?:now|sessions)|before (?:next|we)|"
                   r"until (?:next|we)|every|each|a day|a night|daily|nightly|mondays?|tuesdays?|wednesdays?|"
                   r"thursdays?|fridays?|saturdays?|sundays?)\b", re.IGNORECASE)
# A task agreed in note form after a short lead: "So: drink-free Monday to Thursday, and ...", "This week: keep a
# diary", "So the experiment: ...", "Let's make that the task, then: ...", "Three nights it is - the ...".
_AGREED = re.compile(r"^(?P<lead>[^:?;]{0,40}?)(?::|\bit is\s*[—–-]|\bit'?s\s+[—–-])\s*(?P<task>[^?]{12,})$",
                     re.IGNORECASE)
_AGREED_LEAD = re.compile(r"^\W*(?:(?:so|great|good|okay|ok|right|fine|lovely|brilliant|perfect|then|and),?\s*)*"
                          r"(?:here(?:'s| is)\s+)?"  # "Then here is the experiment: ..."
                          r"(?:(?:for |over )?(?:this|the|next) (?:week|fortnight|weekend)|(?:the|your) (?:experiment|task|plan|"
                          r"homework|practice|challenge)|your (?:homework|task|plan)|homework|let'?s make (?:that|this|it) "
                          r"(?:the|your) (?:task|homework|plan)(?:,? then)?|(?:[\w-]+ (?:\w+ )?)?[\w-]*(?:nights?|days?|times?|"
                          r"mornings?|evenings?)(?: a week)?)?\W*$", re.IGNORECASE)
# An implementation intention written in the session: "If it's Sunday after the game, then I open one letter."
_INTENTION = re.compile(r"^\W*(?:\w+,?\s+){0,2}?(?:if|when)\b[^?]{3,60},\s*then\s+(?:i|you|we)\b[^?]{8,}$",
                        re.IGNORECASE)
# The client's own commitment, answering the clinician's question: "Yeah, I'll call Keisha by Friday."
_OWN_TASK = re.compile(rf"^\W*(?:(?:yeah|yes|okay|ok|sure|right|fine),?\s+)*i'?ll\s+(?!be\b|see\b|let\b|tell you\b|try not\b)"
                       rf"\w+\b[^?]*\b(?:by|on|this|next|every|each|before)?\s*(?:{_WEEKDAY}|weekend|week|morning|"
                       rf"evening|night)s?\b[^?]*$", re.IGNORECASE)
_SUGGESTED = re.compile(r"\b(?:what about|how about|you mentioned|you said you'?d|could you|would you|will you|"
                        r"can you)\b[^?]*\?", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:one|it|that|them|those|him|her|there)\b", re.IGNORECASE)
# An idea of the client's own, said as what they could do: "I could sit on a stool and do the brakes."
_IDEA = re.compile(r"\b(?:i|we)\s+(?:could|might)\s+(?:always\s+|just\s+|maybe\s+)?(?!not\b|be\b|have\b|feel\b|lose\b|get\b)"
                   r"\w+\b[^?]*$", re.IGNORECASE)
# A request that points back at what was just said: "Would you be up for doing that?", "Could you try it?"
_POINTS_BACK = re.compile(r"\b(?:do(?:ing)?|try(?:ing)?|giv(?:e|ing) (?:it|that) a (?:go|try))\s+(?:that|it|this)\b[^.?!]*\?",
                          re.IGNORECASE)


# "Let's ..." is work done together in the session, even when it plans the week ("Let's build an activity
# schedule for the coming week"), unless it is to be done at home.
_LETS_NOW = re.compile(r"^\W*(?:(?:so|okay|ok|now|right|and|then),?\s+)*let'?s\s+(?!have you\b|make (?:that|this|it) "
                       r"(?:the|your)\b|say\b|agree\b|keep\b|stick\b|carry on\b|continue\b|both\b)\w+", re.IGNORECASE)
_AT_HOME = re.compile(r"\b(?:at home|between (?:now and|sessions|our sessions)|(?:every|each) (?:day|morning|evening|"
                      r"night)|once a day|daily|before (?:we meet|next time))\b", re.IGNORECASE)
# The clinician's own intention for the session, with no task for anyone: "Today I'd like to try ...".
_OWN_SESSION_PLAN = re.compile(r"^\W*(?:(?:so|okay|ok|now|right|and|then|today|first),?\s+)*(?:i'?d like to|i would like "
                               r"to|i want to|i'?m going to|i am going to)\s+(?!you\b|ask you\b|have you\b)", re.IGNORECASE)
# The clinician asks what the client would take on ("So, for the next fortnight, what would you be willing to
# try?"), the client says it, and the clinician sums it up in note form ("So two alcohol-free days, ...").
_PLAN_QUESTION = re.compile(r"\bwhat (?:would|could|will|might|can) you (?:be (?:willing|able|up for|happy) (?:to )?|"
                            r"like to |want to |feel able to )?(?:try(?:ing)?|do(?:ing)?|manag(?:e|ing)|tak(?:e|ing) on|"
                            r"commit(?:ting)? to|aim(?:ing)? for)\b[^?]*\?|"
                            # "What would be a first step this week?", "What's one small thing you could try?"
                            r"\bwhat(?:'s| is| would be| could be| might be| will be) (?:a|the|one|your) (?:\w+ ){0,2}"
                            r"(?:step|goal|target|change|task|thing (?:you|to))\b[^?]*\?",
                            re.IGNORECASE)
# The client proposes a task of their own ("And maybe one small thing for the garden?", "I could walk the dog?"),
# the clinician takes it up ("Yes, I love that.") and says it in note form: "Ten minutes in the garden on two days".
_CLIENT_PROPOSAL = re.compile(r"\b(?:maybe|perhaps|what if i|could i|can i|should i|how about|what about|i could|"
                              r"i might)\b[^.!]*(?:\?|$)", re.IGNORECASE)
_TAKES_UP = re.compile(r"^\W*(?:yes|yeah|yep|sure|absolutely|definitely|of course|good idea|great idea|"
                       r"i (?:love|like) (?:that|it|the idea)|lovely|perfect|brilliant|let'?s do (?:that|it))\b",
                       re.IGNORECASE)
_SUMMARY_LEAD = re.compile(r"^\W*(?:so|okay|ok|right|great|good|then|and),?\s+\w", re.IGNORECASE)
# The client's own plan, said in their own turn: "I think I might ring my sister this week and tell her".
_OWN_PLAN = re.compile(rf"\b(?:i|we)\s+(?:think\s+(?:i|we)\s+)?(?:might|could|will|'ll|want to|am going to|'m going to|"
                       rf"'d like to|would like to|plan to)\s+(?:try (?:and |to )?)?(?:{_TASK_VERBS})\b[^?]*$", re.IGNORECASE)


def _takes_up_proposal(segs: Sequence[Segment], i: int) -> bool:
    """Whether segment i is the clinician's turn taking up a task the client proposed in the turn before."""
    if i < 1 or _is_therapist(segs[i - 1]) or not _is_therapist(segs[i]) or not _TAKES_UP.match(segs[i].text):
        return False
    spans = sentence_spans(segs[i - 1].text)
    return bool(spans) and bool(_CLIENT_PROPOSAL.search(segs[i - 1].text[spans[-1][0]: spans[-1][1]]))


def _answers_plan_question(segs: Sequence[Segment], i: int) -> bool:
    """Whether the turn before segment i is the client's answer to the clinician asking what they would try."""
    return i >= 2 and not _is_therapist(segs[i - 1]) and _is_therapist(segs[i - 2]) \
        and bool(_PLAN_QUESTION.search(segs[i - 2].text))


def _agreed_tasks(sents: Sequence, segs: Sequence[Segment]) -> list[tuple[str, list]]:
    """Tasks agreed in note form, as an intention, or in the client's own words (task, sentences)."""
    out = []
    for k, s in enumerate(sents):
        reply = segs[s.index + 1] if s.index + 1 < len(segs) else None
        last = s.end >= len(s.seg.text.rstrip()) - 1
        accepted = reply is not None and not _is_therapist(reply) and bool(
            _ACCEPTED.search(reply.text) or re.match(r"^\W*(?:done|easy|deal|grand|right)\b", reply.text,
                                                      re.IGNORECASE)) and not (last and _declined(reply.text))
        if _is_therapist(s.seg):
            m = _AGREED.match(s.text.strip())
            if m and _AGREED_LEAD.match(m.group("lead")) and not _PAST_HOMEWORK.search(m.group("lead")) \
                    and (accepted or _AWAY.search(m.group("task")) or re.search(r"\b(?:task|homework|week)\b",
                                                                                m.group("lead"), re.IGNORECASE)):
                used = [s]
                nxt = sents[k + 1] if k + 1 < len(sents) else None
                if nxt is not None and nxt.seg is s.seg and len(nxt.text.split()) <= 8 and (
                        _IMPERATIVE.search(nxt.text)
                        or re.match(r"^(?:include|add|bring|note|mark|plus|and)\b", nxt.text, re.IGNORECASE)) \
                        and not nxt.text.rstrip().endswith("?"):
                    used.append(nxt)  # "... out of ten. Include the humming."
                task = _homework_task(m.group("task")).rstrip(".")
                if re.search(r"\bit(?: is|'?s)\s*[—–-]\s*$", s.text[: m.start("task")]):
                    task = f"{m.group('lead').strip()}: {task}"  # "Three nights it is - the ...": the lead is the change
                task = "; ".join([task, *(x.text.strip().rstrip(".") for x in used[1:])])
                out.append((task, used))
            elif _INTENTION.match(s.text.strip()) and accepted:
                out.append((s.text.strip().rstrip("."), [s]))
            continue
        prev_turn = segs[s.index - 1] if s.index > 0 else None
        if prev_turn is None or not _is_therapist(prev_turn):
            continue
        if not _SUGGESTED.search(prev_turn.text):
            # The client's own plan, reflected back by the clinician, then taken on: "I think I might ring my sister
            # this week." "... Ringing her ..." "I'll do it Sunday." (the plan is the task, the commitment its time)
            plan = next((x for x in sents[:k] if x.index == s.index - 2 and not _is_therapist(x.seg)
                         and _OWN_PLAN.search(x.text) and _TIME_FRAME.search(x.text) or False), None) \
                if s.index >= 2 else None
            if plan is not None and _OWN_TASK.match(s.text.strip()) and re.search(
                    r"\bi'?ll\s+\w+\s+(?:it|that|this)\b", s.text, re.IGNORECASE) and not _declined(s.text) \
                    and len(_content(plan.text) & _content(prev_turn.text)) >= 1:
                out.append((f"{plan.text.strip().rstrip('.')}; {s.text.strip().rstrip('.')}", [plan, s]))
            continue
        if not _OWN_TASK.match(s.text.strip()) or _declined(s.text):
            continue
        used = [s]
        before = sents[k - 1] if k > 0 and sents[k - 1].seg is s.seg else None
        if before is not None and _ANAPHOR.search(s.text) and len(before.text.split()) <= 10:
            used.insert(0, before)  # "A dosette box from the chemist. I'll pick one up Saturday."
        elif _ANAPHOR.search(s.text) and _POINTS_BACK.search(prev_turn.text) and s.index >= 2:
            # The client's own idea, taken up by the clinician and then agreed to: "I could sit on a stool and do
            # the brakes." "... Would you be up for doing that?" "I'll give it a go on Saturday."
            idea = next((x for x in reversed(sents[:k]) if x.index == s.index - 2 and not _is_therapist(x.seg)
                         and (_OWN_PLAN.search(x.text) or _IDEA.search(x.text))), None)
            if idea is not None:
                used.insert(0, idea)
        out.append((" ".join(x.text.strip().rstrip(".") for x in used), used))
    return out


# Something the client just did, pointed out in the session: "Notice that: you asked, not demanded", "See how
# your voice dropped?"
_POINTED_OUT = re.compile(r"^\W*(?:(?:and|so|now|okay|right),?\s+)?(?:notice|see|hear|look at)\s+(?:that|this|how|what)\b"
                          r"(?:,\s*(?-i:[A-Z][a-z]+))?\s*[,:;]?", re.IGNORECASE)
# An appointment with another service cancelled and to be booked again: an errand, not a therapy task.
_REBOOK = re.compile(r"\bcancel\w*\b[^?]*\bre-?(?:book|schedule|arrange)\w*\b|\bre-?(?:book|schedule|arrange)\w*\b[^?]*"
                     r"\bcancel\w*\b", re.IGNORECASE)


def _task_detail(facts: list[Fact], segs: Sequence[Segment], s: Any, last_task: int | None) -> Fact | None:
    """The task just set that sentence s details, answering the client's question about it ("Every day? Even
    Sunday?" "Use the handles at home on Sunday."), else None: the clinician's next turn, after a question, with a
    word of the task in it."""
    if last_task is None or s.index != last_task + 2 or not facts:
        return None
    asked = segs[s.index - 1]
    if _is_therapist(asked) or not asked.text.rstrip().endswith("?"):
        return None
    first = next((x for x in _sentences([s.seg]) if x.text.strip()), None)
    if first is None or first.start != s.start:
        return None  # the first sentence of the answer only
    last = facts[-1]
    if not any(e.segment == segs[last_task].id for e in last.evidence):
        return None
    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]{4,}", text.lower())) - {"when", "then", "that", "this", "with", "your", "just"}
    return last if words(s.text) & words(last.value["task"]) else None


# The client's own commitment for the time until the next session, said unprompted, with a time or an occasion of
# their own: "I'll practise it when I catch myself spiralling", "Maybe I'll try writing to her one evening this
# week", "I can do the breathing on my own if the panic comes, can't I?" (not "I'll do that": the object is said).
_OWN_FRAME = (r"when(?:ever)? i (?!was|did|had|used|said|told|came|went|got)\w+|if (?:i|the|my|it|that|he|she|they)\b"
              r"[^,.?!]{0,30}?\b(?:comes?|jumps?|starts?|hits?|gets?|happens?|catch\w*|notice\w*|feel\w*|wake\w*)\b|"
              r"this (?:coming )?week(?:end)?|at the weekend|one (?:evening|morning|day|night|afternoon)|"
              r"(?:every|each) (?:day|evening|morning|night|time)|tonight|tomorrow|before (?:next time|we (?:next )?meet)|"
              r"between (?:now and|sessions)")
_OWN_COMMITMENT = re.compile(
    rf"^\W*(?:(?:and|so|okay|ok|yeah|yes|right|then|maybe|i think),?\s+)*(?:i'?ll|i will|i can|i'?m going to)\s+"
    rf"(?!see\b|be\b|let\b|tell you\b|try not\b|think\b|have to\b|have a think\b|get back\b)"
    rf"(?:(?:also|just|then|definitely|maybe|try|start|have a go at)\s+(?:and\s+|to\s+)?)*"
    rf"(?:(?:{_TASK_VERBS})\b|\w+ing\b)(?!\s+(?:it|that|this|them)\b)[^?]*?\b(?:{_OWN_FRAME})\b[^?]*"
    rf"(?:\?\s*$|$)", re.IGNORECASE)
_TAG_QUESTION = re.compile(r",?\s*(?:can't|couldn't|won't|shouldn't|isn't|don't|didn't|right|yeah)(?:\s+(?:i|it|we|you))?\s*"
                           r"\?\s*$", re.IGNORECASE)
# A task proposed for someone else in the room and named as homework in the same turn: "How about you text her
# that you'll call back? That could be your bit of the homework."
_PROPOSED_FOR = re.compile(r"^\W*(?:(?:and|so|okay|well),?\s+)?(?:(?:how|what) about (?:if )?you|you could|maybe you "
                           r"(?:could )?)\s+\w+", re.IGNORECASE)
_NAMED_HOMEWORK = re.compile(r"\b(?:homework|your (?:task|job|bit|part)|the (?:task|plan) for the week)\b",
                             re.IGNORECASE)
_THERAPIST_NO = re.compile(r"^\W*(?:no\b|not (?:yet|this)|let'?s not|i'?d rather|i wouldn'?t|hold off)", re.IGNORECASE)


def _own_commitments(sents: Sequence, segs: Sequence[Segment]) -> list[tuple[str, list]]:
    """Tasks the client takes on in their own words, or proposes for someone else in the room as homework, that
    the clinician does not turn down in the next turn (task, sentences)."""
    out = []
    for k, s in enumerate(sents):
        if _is_therapist(s.seg) or _in_character(segs, s.index):
            continue  # (a line said in a role-play is no commitment)
        nxt_turn = segs[s.index + 1] if s.index + 1 < len(segs) else None
        if nxt_turn is not None and _is_therapist(nxt_turn) and _THERAPIST_NO.match(nxt_turn.text):
            continue
        text = s.text.strip()
        asks = text.endswith("?") and not _TAG_QUESTION.search(text)  # "Should I do it every night?" asks
        if not asks and _OWN_COMMITMENT.match(text) and not _PAST_HOMEWORK.search(text) and not _declined(text):
            out.append((_TAG_QUESTION.sub("", text).rstrip(" .!"), [s]))
            continue
        after = sents[k + 1] if k + 1 < len(sents) and sents[k + 1].seg is s.seg else None
        if _PROPOSED_FOR.match(text) and after is not None and _NAMED_HOMEWORK.search(after.text) \
                and not (nxt_turn is not None and _declined(nxt_turn.text)):
            out.append((_homework_task(text), [s, after]))
    return out


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]{4,}", text.lower())}


def extract_homework(segments: Sequence[Segment]) -> list[Fact]:
    """Homework the clinician set: the assigning sentences of the clinician's turns (at most six), and the
    instructions said in everyday words just after them ("And pack a lunch for library days")."""
    facts: list[Fact] = []
    seen: set[str] = set()
    last_task: int | None = None  # the segment index of the last task set
    segs = list(segments)
    sents = _sentences(segs)
    for s in sents:
        if not _is_therapist(s.seg):
            continue
        if _WH_QUESTION.search(s.text) and not _WHEN_REQUEST.match(s.text) and not _SUGGESTION.match(s.text):
            continue  # "What could you do differently on payday?" asks, it does not set ("When ..., could you ...?" does)
        if _FRAMED_QUESTION.search(s.text) or _RELAYED.search(s.text):
            continue  # "Between now and next time, what would help?", "Shall we plan it?", "Can you ask her how ..."
        turns = None if last_task is None else sum(
            1 for x in segs[last_task + 1: s.index + 1] if _is_therapist(x))
        prev_sent = next((x for x in reversed(sents) if x.seg is s.seg and x.end <= s.start), None)
        follows = turns is not None and turns <= FOLLOW_TURNS and (
            _FOLLOW_ON.search(s.text) or turns == 0 or bool(prev_sent and _NEXT_TASK.search(prev_sent.text)))
        request = _REQUEST.search(s.text)
        # A time frame said just before, in a short sentence of the turn: "And one practical thing this week.
        # Could you ...?"
        framed_before = bool(prev_sent and len(prev_sent.text.split()) <= FRAME_WORDS
                             and _TIME_FRAME.search(prev_sent.text) and not _PAST_HOMEWORK.search(prev_sent.text))
        cued = bool(_HOMEWORK_CUE.search(s.text) or (request and (
            _TIME_FRAME.search(s.text) or framed_before or _DAY_FRAME.search(s.text[request.start():]) or follows or _OUTSIDE.search(s.text[request.start():]))))
        if not cued and _WE_SET.search(s.text) and _TIME_FRAME.search(s.text):
            cued = True
        if not cued and (_IMPERATIVE.search(s.text) or _CONDITION_IMPERATIVE.match(s.text)):
            cued = bool(follows or _TIME_FRAME.search(s.text) or re.search(
                r"\b(?:a|per|each|every) (?:day|night|morning|evening|week)\b", s.text, re.IGNORECASE))
        # "Two maths lessons this week, fine.": a smaller task agreed in note form ("this" of the time frame is
        # no subject; "Honestly, not this week" turns one down)
        no_subject = not _SUBJECT.search(s.text) or not _SUBJECT.search(_TIME_FRAME.sub("", s.text)) \
            and not re.search(r"\b(?:not|no|never|can't|won't)\b", s.text, re.IGNORECASE)
        if not cued and not s.text.rstrip().endswith("?") and no_subject \
                and not _STATEMENT_VERB.search(s.text) and not _NEXT_TASK.search(s.text) and len(s.text.split()) >= 5:
            cued = bool(_TIME_FRAME.search(s.text) or (
                re.search(rf"\b(?:{_WEEKDAY})\b", s.text, re.IGNORECASE) and _CLAUSE_IMPERATIVE.search(s.text)))
        if not cued and not s.text.rstrip().endswith("?") and _answers_plan_question(segs, s.index):
            lead = _SUMMARY_LEAD.match(s.text)
            head = s.text[lead.end() - 1:].split(",")[0] if lead else ""
            # the summary's first phrase names the task, with no subject or verb of its own (not a topic: "And for
            # learning, the thought ...: let's challenge it")
            cued = len(head.split()) >= 2 and not _SUBJECT.search(head) and not _STATEMENT_VERB.search(head) \
                and not re.match(r"\s*(?:for|about|on|with|as|in|regarding)\b", head, re.IGNORECASE)
        if not cued and not s.text.rstrip().endswith("?") and _takes_up_proposal(segs, s.index) \
                and not _TAKES_UP.match(s.text):
            # the proposal as agreed, in note form with an amount: its first phrase has no subject or verb
            head = s.text.split(",")[0]
            cued = len(head.split()) >= 3 and not _SUBJECT.search(head) and not _STATEMENT_VERB.search(head) \
                and bool(re.search(r"\b(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|once|twice|a|an)\s+"
                                   r"(?:minutes?|hours?|days?|times?|evenings?|mornings?|nights?|walks?|pages?)\b",
                                   s.text, re.IGNORECASE))
        if not cued and _SUGGESTED_THAT.search(s.text) and re.search(rf"\bthat you\s+(?:two\s+|both\s+)?(?:{_TASK_VERBS})\b",
                                                                     s.text, re.IGNORECASE):
            cued = True
        if not cued:
            continue
        if _NOT_HOMEWORK.search(s.text) or _HABIT_STATEMENT.search(s.text) or _KEPT_AS_IS.search(s.text):
            continue  # "but it's not homework", "your heart rate's usually above a hundred", "we'll keep it the same"
        if _NEXT_TASK.search(s.text) and not request and not _IMPERATIVE.search(s.text) \
                and len(s.text.split()) <= FRAME_WORDS:
            continue  # "One small job for the weekend.": it announces the task the next sentence sets
        if _PAST_HOMEWORK.search(s.text):
            continue
        if _NOW_STEP.search(s.text) and not _TIME_FRAME.search(s.text) \
                and not re.search(r"\bhomework\b", s.text, re.IGNORECASE):
            continue
        asked_how = segs[s.index - 1] if s.index > 0 and not _is_therapist(segs[s.index - 1]) else None
        if asked_how is not None and _ASKED_HOW.search(asked_how.text) and not _HOMEWORK_CUE.search(s.text) \
                and not request:
            continue  # "Park it how?" "Write it on a pad by the bed, ...": how the technique works, not the task
        if _NOW_TASK.match(s.text) and (not _TIME_FRAME.search(s.text) or not _AWAY.search(s.text)):
            continue  # "Today I'd like you to touch the handle, then ...": done in the session, not homework
        if _ASKS.search(s.text) or _MEDICATION_ADVICE.search(s.text):
            continue
        if _POINTED_OUT.match(s.text) and not _AWAY.search(s.text):
            continue  # "Notice that, Hannah: your complaint came with a feeling": what just happened, pointed out
        if _REBOOK.search(s.text):
            continue  # "the blood test slot was cancelled, so please rebook it": an errand for another service
        detail = _task_detail(facts, segs, s, last_task)
        if detail is not None:  # "Every day? Even Sunday?" "Use the handles at home on Sunday.": the same task
            detail.value["task"] = f"{detail.value['task']}; {_homework_task(s.text)}"
            detail.claim = detail.sentence = f"Homework: {detail.value['task']}."
            detail.evidence.append(s.evidence())
            continue
        own = _OWN_SESSION_PLAN.match(s.text)
        if own and not re.search(r"(?<!of )\b(?:you|your)\b(?!\s+(?:here|two|both|all|together)\b)",
                                 s.text[own.end():], re.IGNORECASE):
            continue  # "Today I'd like to try a bit of problem solving around the homework rows": the session's plan
        if _LETS_NOW.match(s.text) and not _AT_HOME.search(s.text):
            continue  # "Let's build an activity schedule for the coming week.": done together in the session
        turn_before = [x.text for x in sents if x.seg is s.seg and x.end <= s.start][-2:]
        if any(_GUIDED.match(t) for t in turn_before) and not _AWAY.search(s.text) \
                and not re.search(r"\bhomework\b", s.text, re.IGNORECASE):
            continue  # "Imagine a river. Whenever a worry arrives, set it on a boat.": the exercise, done now
        if not _TIME_FRAME.search(s.text) and not re.search(r"\bhomework\b", s.text, re.IGNORECASE) \
                and any(_IN_SESSION_BEFORE.search(t) for t in turn_before):
            continue
        reply = segs[s.index + 1] if s.index + 1 < len(segs) else None
        if reply is not None and not _is_therapist(reply) and s.end >= len(s.seg.text.rstrip()) - 1 \
                and _declined(reply.text):
            continue
        if _APPOINTMENT_CUE.search(s.text) and _DATE_RE.search(s.text) and not _TASK.search(s.text):
            continue  # "I'll book you in for next week" is the appointment, not a task
        task = _homework_task(s.text)
        if len(task.split()) < 3:
            continue
        evidence = [s.evidence()]
        prev = next((x for x in sents if x.seg is s.seg and x.end <= s.start and not x.text[x.end - x.start:].strip()
                     and s.seg.text[x.end: s.start].strip() == ""), None)
        if prev is not None and not _SUBJECT.search(prev.text) and not prev.text.rstrip().endswith("?") \
                and 3 <= len(prev.text.split()) <= NOTE_FORM_WORDS and _NOTE_FORM_THING.match(prev.text) \
                and not _NEXT_TASK.search(prev.text):
            # "So an actual kitchen timer, on your desk. Could you have a go at two Pomodoros each morning?": the
            # note-form sentence before the request says what the task uses.
            task = f"{_homework_task(prev.text)}; {task}"
            evidence.insert(0, prev.evidence())
        if _ANAPHOR_TASK.match(task) and prev_sent is not None and not prev_sent.text.rstrip().endswith("?") \
                and len(prev_sent.text.split()) <= ANAPHOR_WORDS and prev_sent.evidence() not in evidence:
            task = f"{_homework_task(prev_sent.text)}; {task}"
            evidence.insert(0, prev_sent.evidence())
        if _drug_mentions(task) and (_doses(task) or any(p.search(task) for p, _ in _CHANGES)):
            continue  # "go up to one and a half tablets of the 100 sertraline": the medication fact says it
        key = " ".join(sorted(set(task.lower().split())))
        if key in seen:
            continue
        seen.add(key)
        claim = f"Homework: {task}."
        facts.append(Fact(kind="homework", value={"task": task}, claim=claim, sentence=claim, evidence=evidence))
        last_task = s.index
        if len(facts) == MAX_HOMEWORK:
            break
    for task, used in _agreed_tasks(sents, segs):
        said = {(x.seg.id, x.start) for x in used}
        if any(said & {(e.segment, e.start) for e in f.evidence} for f in facts):
            continue  # already set
        if not _is_therapist(used[-1].seg):
            asked = segs[used[-1].index - 1].id
            if any(e.segment == asked and e.text.rstrip().endswith("?")
                   and not re.match(r"^(?:something|anything)\b", f.value["task"], re.IGNORECASE)
                   for f in facts for e in f.evidence):
                continue  # "Could you call the centre this week?" "I'll ring them Monday.": the task already set
            # "What about something to help with the tablets?" "A dosette box ...": the client's answer says it
            facts = [f for f in facts if not any(e.segment == asked and e.text.rstrip().endswith("?")
                                                 for e in f.evidence)]
        words = _content(task)
        # the agreed version replaces the task first proposed ("every night" -> "Three nights it is - ...")
        where = {x.id: i for i, x in enumerate(segs)}
        facts = [f for f in facts if where.get(f.evidence[-1].segment, -1) >= used[0].index
                 or len(_content(f.value["task"]) & words) < (1 if used[0].index - where.get(
                     f.evidence[-1].segment, -9) <= 2 else 2)]
        claim = f"Homework: {task}."
        facts.append(Fact(kind="homework", value={"task": task}, claim=claim, sentence=claim,
                          evidence=[x.evidence() for x in used]))
    for task, used in _own_commitments(sents, segs):
        said = {(x.seg.id, x.start) for x in used}
        if any(said & {(e.segment, e.start) for e in f.evidence} for f in facts):
            continue
        asked = segs[used[0].index - 1] if used[0].index > 0 else None
        if asked is not None and any(e.segment == asked.id and e.text.rstrip().endswith("?") for f in facts
                                     for e in f.evidence):
            continue  # the answer to a task asked for: already set
        claim = f"Homework: {task}."
        facts.append(Fact(kind="homework", value={"task": task}, claim=claim, sentence=claim,
                          evidence=[x.evidence() for x in used]))
    return facts[:MAX_HOMEWORK + 2]
