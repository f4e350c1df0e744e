"""Medications: the drugs named in the session, the client's and not a relative's, as one fact per drug with its
dose, frequency, schedule and changes.

The names are found by `alliance.notes.extract.drugs` (the lexicon and the drug dictionary); what is said of a
drug beside its name (dose, schedule, change) is read by `alliance.notes.extract.dosing`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from alliance.notes.extract.common import (
    _NEGATED, Fact, _in_character, _Sent, _is_therapist, _lower_first, parse_number, _sentences,
)
from alliance.notes.extract.dosing import (  # noqa: F401 - PLANNED, CHANGE_WORDS: the package's names
    _BARE_NUMBER, _CHANGES, _COUNT_UNITS, _DOSE_ALONE, _FREQ_RE, _GENERIC_EFFECT, _HYPOTHETICAL_BEFORE, _NEW_DOSE,
    _NOW_DOSE, _NOW_LEAD, _NOW_NUMBER, _OBJECT_AFTER, _TAKING, _WAS_ON, CHANGE_WORDS, PLANNED, _change_label,
    _change_said, _count_dose, _dose_change, _dose_for, _doses, _fraction_dose, _plausible_dose, _schedule_after,
    _spaced_units, _unitless_dose,
)
from alliance.notes.extract.drugs import (  # noqa: F401 - BRANDS, GENERICS, DRUG_NAMES: the package's names
    BRANDS, DRUG_NAMES, GENERICS, _drug_mentions, _generic,
)
from alliance.notes.transcripts import Segment


# Whose drug: a relative's or a friend's is not the client's ("my wife takes zopiclone", "her propranolol",
# "Ron's warfarin", "the clinic put him on donepezil" after "how is your dad?").
_RELATIVE = (r"(?:wife|husband|partner|spouse|boyfriend|girlfriend|fianc[ée]e?|mum|mom|mam|mother|mummy|dad|"
             r"father|daddy|parents?|brother|sister|sibling|son|daughter|child|kid|aunt|auntie|aunty|uncle|"
             r"cousin|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|niece|"
             r"nephew|friend|mate|flatmate|housemate|roommate|colleague|neighbou?r|boss|in-laws?|stepdad|stepmum|"
             r"stepmom|stepfather|stepmother|granddaughter|grandson)s?")
_RELATIVE_RE = re.compile(rf"\b(?:my|your|his|her|their|our|a|the|whose)\s+(?:\w+\s+)?{_RELATIVE}(?:'s)?\b"
                          # said as a name: "Grandad was on Aricept", "Mum's diazepam"
                          r"|\b(?:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandad|granddad|"
                          r"grandpa)(?:'s)?\b",
                          re.IGNORECASE)
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|me|myself|my own|you're|you've)\b", re.IGNORECASE)
_THIRD_POSSESSIVE = re.compile(r"\b(?:his|her|their|hers)\s+(?:\w+\s+)?$", re.IGNORECASE)
_THIRD_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|they|them|their)\b", re.IGNORECASE)
_THIRD_TAKES = re.compile(r"\b(?:he|she|they)(?:'s|'re|'d| is| are| was| were| has| had| have)?(?:\s+(?!me\b|my\b|"
                          r"you\b|your\b)[\w']+){0,3}?\s+(?:on|takes?|taking|took|uses?|using|started(?: on)?|been on|"
                          r"gets?|getting)(?:,\s+|\s+)(?:the\s+|some\s+|a\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
_SUBJECTS = re.compile(r"\b(i|he|she|they|you|we)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b", re.IGNORECASE)
_PUT_THIRD_ON = re.compile(r"\b(?:put|started|got|switched|moved|changed)\s+(?:him|her|them)\s+(?:on(?:to)?|to)\s+"
                           r"(?:the\s+|some\s+)?$", re.IGNORECASE)
_NAME_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)'s\s+(?:\w+\s+)?$")
_NOT_NAMES = {"it", "that", "what", "there", "here", "he", "she", "who", "let", "where", "how", "everything",
              "i", "you", "we", "they", "and", "so", "but", "still", "now", "just", "also", "mine", "everyone",
              "nobody", "somebody", "someone", "everybody", "anyone", "which", "then", "well", "yes", "yeah",
              "nothing", "something", "today", "doctor", "dr", "gp", "one", "mine", "yours", "this"}
_CLAUSE_START = re.compile(r".*(?:[;:!?]|\bbut\b|\bwhile\b|\bwhereas\b|,\s+(?:and|so)\b)", re.IGNORECASE | re.DOTALL)


_PARENT_LABEL = re.compile(r"^\s*(?:mum|mom|mam|mother|dad|father|parents?|carer|caregiver|guardian|foster|step)",
                           re.IGNORECASE)
# A question about what a relative takes: "You mentioned your mum takes something too?", "Is your dad on anything?"
_RELATIVE_TAKES = re.compile(rf"\b(?:your|his|her|their)\s+(?:\w+\s+)?{_RELATIVE}(?:'s|\s+is|\s+was)?\s+(?:\w+\s+)?"
                             rf"(?:takes?|taking|on|uses?|using|prescribed)\s+(?:something|anything|any|a|the|medic\w*|"
                             rf"tablets|pills)\b", re.IGNORECASE)


# Someone named who takes the drug: "Kathleen's on the warfarin", "Tom takes lithium too".
_NAME_TAKES = re.compile(r"\b([A-Z][a-z]+)(?:(?:'s|\s+is|\s+was|\s+has been)\s+(?:(?:still|now|also|just|always)\s+)?"
                         r"(?:on|taking)|\s+(?:(?:still|now|also|just|always)\s+)?(?:takes|took|uses|gets))\s+"
                         r"(?:the\s+|some\s+|her\s+|his\s+|their\s+)?$")
# A family member in the room, by the speaker label ("Mother:", "Partner:"): their "I take" is their own drug.
_FAMILY_LABEL = re.compile(rf"^\s*(?:{_RELATIVE}|family|carer|caregiver|guardian|guest_family)\b", re.IGNORECASE)
_FIRST_PERSON_TAKES = re.compile(r"\b(?:i|i'm|i've|i've been|i was|i am)\s+(?:\w+\s+){0,2}?(?:on|take|took|taking|"
                                 r"use|using|get|been on)\s+(?:the\s+|some\s+|my\s+)?$|\bmy\s+(?:own\s+)?$",
                                 re.IGNORECASE)
# Someone else's medicines spoken of just before: "His tablets are still in the drawer. The morphine patches..."
_THEIR_MEDICINES = re.compile(r"(?:\b(?:his|her|their)|\b(?-i:[A-Z][a-z]+)'s)\s+(?:\w+\s+)?(?:tablets|pills|meds|medications?|medicines?|"
                              r"prescriptions?|patches|inhalers?|injections?)\b", re.IGNORECASE)


# A third person on medicines: "she's on blood pressure meds", "he takes tablets for his heart".
_THIRD_ON_MEDICINES = re.compile(r"\b(?:he|she|they)(?:'s|'re| is| are| was| were| has| have)?\s+(?:\w+\s+){0,2}?"
                                 r"(?:on|takes?|taking|gets?)\s+(?:\w+\s+){0,3}?(?:tablets|pills|meds|medications?|"
                                 r"medicines?|inhalers?|injections?)\b", re.IGNORECASE)
_VERBLESS_BEFORE = re.compile(r"\W*(?:(?:and|oh|um|uh|like|the|yeah|aye)\W+)*", re.IGNORECASE)
# A person named as the one doing something: "Nora does hers that way", "Tom has his in a pill box".
_NAMED_DOER = re.compile(r"\b(?-i:([A-Z][a-z]+))\s+(?:does|did|has|had|is|was|takes|took|gets|got|keeps|uses)\b")


# A parent or carer who says so in a turn labelled as the client's ("It's Mam here", "Dad again", "that's me,
# Dad"): "he", "she" and "her" are the child who is the client, "I" and "my own" the carer.
_CARER = r"(?:mam|mum|mom|mammy|mummy|mommy|dad|daddy|da|papa|mama|nan|nana|gran|granny|grandma|grandad|grandpa|" \
    r"auntie|aunt|uncle|stepmum|stepmom|stepdad|foster (?:mum|mom|dad|carer)|carer)"
_CARER_VOICE = re.compile(rf"(?:^|[.!?,]\s*)(?:(?:it'?s|this is|that'?s me,?|me,)\s+(?:\w+\s+)?{_CARER}\b|"
                          rf"{_CARER}\s+(?:here|again|speaking)\b)", re.IGNORECASE)


# Who speaks, from the label or, in a turn labelled only "Client:", from a name in brackets that opens it:
# "Client: (mother) I've started on citalopram myself" is the mother's turn.
_BRACKET_SPEAKER = re.compile(r"^\s*\(([\w' -]{2,30})\)")


def _speaker_label(seg: Segment) -> str:
    opener = _BRACKET_SPEAKER.match(seg.text)
    return opener.group(1) if opener else seg.label or ""


def _carer_turn(seg: Segment) -> bool:
    return seg.speaker == "client" and not _FAMILY_LABEL.match(_speaker_label(seg)) \
        and bool(_CARER_VOICE.search(seg.text[:120]))


# A third person as the subject of what happened next, not of the prescribing: "and she stopped talking".
_THIRD_STORY = re.compile(r"\b(?:and|then|so|until)\s+(?:she|he)\s+(?!put|upped|increased|reduced|lowered|raised|said|"
                          r"changed|started|prescribed|gave|switched|moved|wants?|thinks?|took|told|asked)\w+\s+(?!it\b|them\b|"
                          r"me\b|the\b|my\b)\w+", re.IGNORECASE)
STORY_SENTENCES = 12  # the client's sentences before, in which the relative of the story is named


def _third_party(sents: Sequence[_Sent], k: int, start: int) -> bool:
    """Whether the drug named at `start` of sentence k is someone else's (a relative's, a friend's)."""
    text = sents[k].text
    before = text[:start]
    cut = _CLAUSE_START.match(before)
    clause = before[cut.end():] if cut else before
    name = _NAME_POSSESSIVE.search(before) or _NAME_TAKES.search(before)
    if name and name.group(1).lower() not in _NOT_NAMES:
        return True
    if _carer_turn(sents[k].seg):  # the carer speaks of the child's medicines as "his", hers as "my own"
        return bool(_FIRST_PERSON_TAKES.search(clause) or re.search(r"\b(?:my own|myself|I take)\b", clause,
                                                                    re.IGNORECASE))
    if _FAMILY_LABEL.match(_speaker_label(sents[k].seg)) and _FIRST_PERSON_TAKES.search(clause):
        return True  # the mother in a family session: "I take Zoloft myself"
    if _FAMILY_LABEL.match(_speaker_label(sents[k].seg)) and _PARENT_LABEL.match(_speaker_label(sents[k].seg)) \
            and not _RELATIVE_RE.search(clause) and (_PUT_THIRD_ON.search(before[-40:]) or _THIRD_POSSESSIVE.search(
                before) or _THIRD_TAKES.search(clause)):
        return False  # a parent in the room: "the paediatrician started him on melatonin" is the child's
    if _THIRD_PRESCRIBER.search(before):
        return True  # "since his doctor stopped the zopiclone"
    prev = sents[k - 1] if k > 0 and sents[k - 1].seg.id == sents[k].seg.id else None
    if prev is not None and _THEIR_MEDICINES.search(prev.text) and not _FIRST_PERSON.search(clause) \
            and not _FIRST_PERSON.search(prev.text[: _THEIR_MEDICINES.search(prev.text).start()]):
        return True  # a verbless list continuing someone else's medicines
    # A drug named with no subject of its own just after a sentence about someone else taking medicines: "She's on
    # blood pressure meds ... Lisinopril, the twenty."
    if prev is not None and _VERBLESS_BEFORE.fullmatch(before) and _THIRD_ON_MEDICINES.search(prev.text) \
            and not _FIRST_PERSON.search(prev.text):
        return True
    # Someone named just before is the "she" who takes it: "Nora does hers that way. She's on about nine tablets
    # ..., the digoxin": the speaker says nothing of their own in the turn.
    if _THIRD_ON_MEDICINES.search(clause) or _THIRD_TAKES.search(clause):
        turn_before = " ".join(x.text for x in sents[max(0, k - 3): k] if x.seg.id == sents[k].seg.id)
        named = [x.group(1) for x in _NAMED_DOER.finditer(turn_before) if x.group(1).lower() not in _NOT_NAMES]
        if named and not _FIRST_PERSON.search(turn_before + " " + before) and not _carer_turn(sents[k].seg):
            return True
    # An answer that names the drug asked about as someone else's: "... worried about Tom's tablets still being in
    # the house?" "The warfarin, yes."
    asked = sents[k - 1] if k > 0 and sents[k - 1].seg.id != sents[k].seg.id else None
    their = _THEIR_MEDICINES.search(asked.text) if asked is not None else None
    if their is not None and not re.sub(r"^\W*(?:the|my|your|and)?\W*", "", before, flags=re.IGNORECASE) \
            and not _NOT_NAMES & {their.group(0).split("'")[0].lower()}:
        return True
    if asked is not None and _RELATIVE_TAKES.search(asked.text) and _is_therapist(asked.seg) \
            and not re.sub(r"^\W*(?:the|and|she|he|they|it's|she's|he's)?\W*", "", before, flags=re.IGNORECASE) \
            and not _FIRST_PERSON_TAKES.search(before):
        return True  # "You mentioned your mum takes something too?" "Fluoxetine, for years."
    relative = None
    for relative in _RELATIVE_RE.finditer(clause):
        pass
    if relative is not None:
        between = clause[relative.end():]
        if not _SELF.search(between) or _THIRD_POSSESSIVE.search(before):
            return True
    after = text[start:]
    if not _is_therapist(sents[k].seg) and not _FIRST_PERSON.search(text) and _THIRD_STORY.search(after) \
            and any(_RELATIVE_RE.search(x.text) for x in sents[max(0, k - STORY_SENTENCES): k]
                    if not _is_therapist(x.seg)):
        return True  # the drug in a story of a relative: "... then they upped it, and she stopped talking."
    if _THIRD_POSSESSIVE.search(before):
        return True  # "upped her methylphenidate", "his lithium": the client's is "my" or "your"
    if _PUT_THIRD_ON.search(before[-40:]):
        return True  # "her GP put her on sertraline"
    subjects = _SUBJECTS.findall(clause)
    if subjects and subjects[-1].lower() in {"he", "she", "they"} and _third_before(sents, k, start):
        return True  # "Your mate used methadone?" "... He was on 60 ml methadone."
    if _THIRD_TAKES.search(clause):
        # "Is he still on the donepezil?" (the clinician speaks to the client as "you"); "Get Sharon to hold my card.
        # She's just started on fluoxetine" (the client, who says "I" and "my", speaks of someone else). A parent
        # who says only "she's still taking the fluoxetine" may speak of the child in a family session: kept.
        turn = " ".join(x.text for x in sents[:k] if x.seg.id == sents[k].seg.id) + " " + before
        if _is_therapist(sents[k].seg) or _FIRST_PERSON.search(turn):
            return True
        # "Her GP put her on sertraline ... and she's on iron tablets too": the same person as the drug before.
        if any(_third_party(sents, k, d.start()) for d in _drug_mentions(before)):
            return True
    # "The clinic put him on donepezil": a third person just spoken of, in this or the two sentences before.
    if _THIRD_PRONOUN.search(clause) and not _SELF.search(clause):
        context = " ".join(x.text for x in sents[max(0, k - 2): k + 1])
        return bool(_RELATIVE_RE.search(context))
    return False
def _third_before(sents: Sequence[_Sent], k: int, start: int) -> bool:
    """Whether the drug named at `start` of sentence k was someone else's in the sentences just before."""
    here = next((m for m in _drug_mentions(sents[k].text) if m.start() == start), None)
    if here is None:
        return False
    generic = _generic(here.group(1))
    return any(_generic(m.group(1)) == generic and _third_party(sents, i, m.start())
               for i in range(max(0, k - THIRD_BEFORE), k) if sents[i].index >= sents[k].index - 1
               for m in _drug_mentions(sents[i].text))


THIRD_BEFORE = 5  # sentences back, in this turn or the one before, where the drug was someone else's


# A drug named as a thing kept, taught or tested, not taken: "your naloxone kit", "the lithium level".
_NOT_TAKEN_AFTER = re.compile(r"^(?:'s)?\s+(?:kits?|training|leaflets?|pens?|nasal spray kits?|levels?|"
                              r"blood (?:levels?|tests?)|checks?|tests?|function|results?|scans?|clinic|reviews?|monitoring)\b", re.IGNORECASE)
# A medicine told as history, stopped long ago: "I stopped those two years ago", "I used to be on tramadol years
# back", "I stopped the mirtazapine back in the autumn" (not "two weeks ago": a recent change is the session's).
_LONG_AGO = re.compile(r"\b(?:(?:(?:\w+|a few|a couple of) )?years? ago|years back|back in the (?:spring|summer|autumn|"
                       r"fall|winter)|back in (?:19|20)\d\d|in (?:19|20)\d\d|as a (?:teenager|student|kid|child)|when i was "
                       r"(?:younger|at (?:uni|university|school|college)|a teenager)|used to be on|"
                       r"(?:back )?in the (?:(?:late|early|mid) )?(?:seventies|eighties|nineties|noughties|'?[0-9]0s))\b",
                       re.IGNORECASE)
# A drug dated long ago just after its name, whatever the verb: "not as bad as on the haloperidol back in 2019".
_DATED_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:back in (?:the\s+)?(?:(?:19|20)\d\d|\w+ties|'?[0-9]0s)|"
                          r"(?:\w+ )?years ago)\b", re.IGNORECASE)
# Someone else's doctor changed it: "since his doctor stopped the zopiclone", "her GP put her on".
_THIRD_PRESCRIBER = re.compile(r"(?:\b(?:his|her|their)|\b(?-i:[A-Z][a-z]+)'s)\s+(?:\w+\s+)?(?:doctor|gp|psychiatrist|"
                               r"consultant|prescriber|nurse|specialist|paediatrician|pediatrician)\s+(?:\w+\s+){1,3}$",
                               re.IGNORECASE)
# A drug only weighed, set aside in the next turn: "She decided to wait, not start it for now."
_NOT_STARTED_NEXT = re.compile(r"\b(?:decided|decide|prefer|want|wants|chose|rather) (?:to )?(?:wait|hold off)\b|"
                               r"\bnot (?:to )?(?:start|starting|take|taking|try|trying) (?:it|that|them)\b"
                               r"[^.?!]{0,20}\b(?:yet|for now|at the moment|just now)\b", re.IGNORECASE)
# Painkillers bought over the counter (BNF 4.7.1): named with no dose, a remedy for an ache, not a prescription.
_OVER_THE_COUNTER = {"ibuprofen", "paracetamol", "aspirin", "naproxen"}
_PAST_TAKING = re.compile(r"\b(?:stopped|came off|quit|used to|had|was on|were on|tried|took|ditched)\b", re.IGNORECASE)
_STILL_NOW = re.compile(r"\b(?:now|currently|still|at the moment|these days|today|this week)\b", re.IGNORECASE)


# A drug's blood level: "the lithium level", "your clozapine levels".
_LEVEL_AFTER = re.compile(r"^(?:'s)?\s+(?:blood\s+)?levels?\b", re.IGNORECASE)


def _dose_after_level(sents: Sequence[_Sent], k: int, generic: str) -> tuple[_Sent, re.Match[str]] | None:
    """The dose taken, said in the next sentences after a drug's blood level (this turn or the next), with its
    unit and no other drug named first; else None."""
    for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
        if nxt.index > sents[k].index + 1:
            return None
        if {_generic(x.group(1)) for x in _drug_mentions(nxt.text)} - {generic}:
            return None
        found = [d for d in _doses(nxt.text) if _TAKING.search(nxt.text[: d.start()])]
        if found:
            return nxt, found[0]
    return None


def _not_started_next(sents: Sequence[_Sent], k: int) -> bool:
    """Whether the next two sentences (this turn or the next), naming no drug, set the drug aside unstarted."""
    for nxt in sents[k + 1: k + 3]:
        if _drug_mentions(nxt.text) or nxt.index > sents[k].index + 1:
            return False
        if _NOT_STARTED_NEXT.search(nxt.text):
            return True
    return False


def _stopped_next(sents: Sequence[_Sent], k: int) -> bool:
    """Whether the next sentences of the turn tell a drug named long ago as stopped ("Mirtazapine, back in 2022.
    It helped me sleep, but ... I came off it")."""
    here = sents[k]
    after = [x for x in sents[k + 1: k + 1 + LOOKAHEAD] if x.seg.id == here.seg.id]
    return any(_PAST_TAKING.search(x.text) and not _drug_mentions(x.text) and not _STILL_NOW.search(x.text)
               for x in after)


# A drug gone over or taught, not taken: "I want to go over naloxone with you again", "show me how to use the".
_NOT_TAKEN_BEFORE = re.compile(r"\b(?:go(?:ing)? over|run(?:ning)? through|show(?:ing)? (?:you|me) how (?:to|you'?d) use|"
                               r"train(?:ing)? (?:you )?(?:on|in|with)|teach(?:ing)? (?:you )?(?:about|how to use)|"
                               r"demonstrat\w*|refresher on|(?:positive|negative) for|screen(?:ed)? for)\s+(?:the\s+|your\s+|a\s+)?$", re.IGNORECASE)

# A drug weighed and not started: "we'll talk about propranolol, but I'm not starting it today".
_NOT_STARTED_AFTER = re.compile(r"^[^.?!]{0,40}?\b(?:(?:i'?m|we'?re|i am|we are) not|(?:i|we) won'?t be|(?:i|we) won'?t)\s+"
                                r"(?:starting|start|prescribing|prescribe|adding|add|doing|trying|try)\s+(?:it|that|them|this)\b", re.IGNORECASE)


_BARE_AFTER = re.compile(r"^(?:\s*[,.;!?]|\s*$|\s+(?:on|last|about|for|a few|a couple|some|the odd|since|in|at|"
                         r"over|and|but|so|because|when|after|before|once|twice|again|yesterday|\d+|"
                         r"(?:one|two|three|four|five|six|seven|ten)\b))", re.IGNORECASE)


def _later_change(sents: Sequence[_Sent], k: int) -> tuple[str, _Sent, str] | None:
    """A change said of the drug just after the sentence naming it: the next sentence of the same turn ("The
    zopiclone, yes. I've stopped them.") or, with a pronoun, the next turn ("... the sertraline?" "I forgot it
    for three days.")."""
    here = sents[k]
    asked = here.text.rstrip().endswith("?") and _is_therapist(here.seg)
    for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
        if _drug_mentions(nxt.text):
            return None
        same_turn = nxt.seg.id == here.seg.id
        if not same_turn and nxt.index > here.index + 1:
            return None
        for pattern, change in _CHANGES:
            for m in pattern.finditer(nxt.text):
                before = nxt.text[max(0, m.start() - 25): m.start()]
                if _NEGATED.search(before) or _HYPOTHETICAL_BEFORE.search(before):
                    continue
                if m.group(0).lower().endswith("ing") and _GENERIC_EFFECT.search(nxt.text[m.end():]):
                    continue
                # The answer to a question about the drug, its verb with no other object: "... the quetiapine?"
                # "I ran out on Thursday ... so I missed a few nights." (not "I started running").
                answer = asked and not same_turn and not _is_therapist(nxt.seg) and bool(
                    _BARE_AFTER.match(nxt.text[m.end():]))
                if same_turn and nxt is sents[k + 1] or _OBJECT_AFTER.match(nxt.text[m.end():]) or answer \
                        or re.search(r"\b(?:it|them)\s*$", m.group(0), re.IGNORECASE):
                    if change == "continued" and nxt.text.rstrip().endswith("?"):
                        continue
                    return change, nxt, _change_label(change, _change_said(nxt.text, m, None))
    return None


_STOPPED_BEFORE = re.compile(r"^\W*(?:(?:yes|yeah|no|well|so),?\s+)?(?:i(?:'ve| have)?\s+|we(?:'ve)?\s+|she(?:'s)?\s+|"
                             r"he(?:'s)?\s+)?(?:stopped|quit|came off|come off|ditched|dropped)\s+(?:it|them|those|that|"
                             r"taking (?:it|them))\W*$", re.IGNORECASE)
_TAKES_VERB = re.compile(r"\b(?:take|takes|taking|on|started|start)\b", re.IGNORECASE)
_NOW_BEFORE = re.compile(r"\b(?:now|currently|these days|at the moment)\b[^.,;]{0,15}$", re.IGNORECASE)
# The speaker takes back the dose just said: "No, sorry, that's wrong.", "Actually, wait", "I mean".
_TAKEN_BACK = re.compile(r"^\W*(?:(?:no|nope)\s*[,.!—–-]+\s*|"  # ("No side effects." takes nothing back)
                         r"(?:sorry|wait|hang on|hold on|actually|i mean|scratch that|oops)\b[\s,.!—–-]*)+"
                         r"|\bthat'?s (?:wrong|not right)\b", re.IGNORECASE)
FIX_SENTENCES = 2  # the sentences after a dose taken back in which the right one is said


def _dose_fixed_after(sents: Sequence[_Sent], k: int) -> tuple[re.Match[str], list[_Sent]] | None:
    """The dose that replaces the one of sentence k when the speaker takes it back in the next sentence of the turn
    and says another in that one or the next, naming no other drug (the dose and the sentences), else None."""
    here = sents[k]
    after = [x for x in sents[k + 1: k + 1 + FIX_SENTENCES] if x.seg.id == here.seg.id]
    if not after or not _TAKEN_BACK.search(after[0].text):
        return None
    for n, x in enumerate(after):
        if _drug_mentions(x.text):
            return None
        found = _doses(x.text)
        if found:
            return found[0], after[: n + 1]
    return None


_SWITCH_TO_END = re.compile(r"\b(?:switch\w*|chang\w*|mov\w*|went)\s+(?:over\s+)?(?:to|onto)\s+(?:the\s+)?$",
                            re.IGNORECASE)
LOOKAHEAD = 3  # sentences after a drug named without a dose that may give it ("What dose?" "200 mg.")
MAX_MEDICATION_EVIDENCE = 6


def extract_medications(segments: Sequence[Segment]) -> list[Fact]:
    """Medications named in the session, one fact per drug: name, dose, frequency, changes, evidence. A drug
    said to be someone else's (a relative's, a friend's) is left out."""
    sents = _sentences(segments)
    by_drug: dict[str, Fact] = {}
    order: list[str] = []
    for k, s in enumerate(sents):
        mentions = list(_drug_mentions(s.text)) if not _in_character(segments, s.index) else []
        for j, m in enumerate(mentions):
            name = m.group(1)
            generic = _generic(name)
            level = _LEVEL_AFTER.match(s.text[m.end():])
            if _third_party(sents, k, m.start()) or (_NOT_TAKEN_AFTER.match(s.text[m.end():]) and not level) \
                    or _NOT_TAKEN_BEFORE.search(s.text[: m.start()]) or _NOT_STARTED_AFTER.match(s.text[m.end():]):
                continue
            if _LONG_AGO.search(s.text) and not _STILL_NOW.search(s.text) and (
                    _PAST_TAKING.search(s.text) or _stopped_next(sents, k)):
                continue  # a medicine of the past, stopped long ago: history, not this session's medication
            if _DATED_AFTER.match(s.text[m.end():]) and not _STILL_NOW.search(s.text):
                continue  # "as bad as on the haloperidol back in 2019"
            if not _doses(s.text) and _not_started_next(sents, k):
                continue  # "how about the fluoxetine the paediatrician mentioned?" "She decided to wait"
            if level:
                # "your lithium level came back at 0.8 ... You're still taking 900 milligrams at night?": the level is
                # a blood test, the dose said in the next sentences is the drug taken
                taken = _dose_after_level(sents, k, generic)
                if taken is not None and generic not in by_drug:
                    nxt, d = taken
                    freq = _FREQ_RE.search(nxt.text)
                    by_drug[generic] = Fact(kind="medication", value={
                        "name": name, "generic": generic, "dose": d.group(0), "dose_value": parse_number(d.group("num")),
                        "unit": d.group("unit"), "frequency": freq.group(0) if freq else None, "change": None,
                        "schedule": _schedule_after(nxt.text, d.end()),
                        "changes": [], "change_labels": []}, claim="", sentence="", evidence=[s.evidence(), nxt.evidence()])
                    order.append(generic)
                continue
            dose = _dose_for(s.text, mentions, j)
            # The clauses this mention owns: up to the next drug named in the sentence.
            hi = mentions[j + 1].start() if j + 1 < len(mentions) else len(s.text)
            lo = mentions[j - 1].end() if j > 0 else 0
            window = s.text[lo:hi]
            evidence = [s.evidence()]
            dose_text = dose.group(0) if dose else None
            dose_value = parse_number(dose.group("num")) if dose else None
            unit = dose.group("unit") if dose else None
            sched = _schedule_after(s.text, dose.end()) if dose else None
            frac = _fraction_dose(window)
            if frac and dose is not None and lo + frac[0].start() <= dose.start() < lo + frac[0].end():
                dose = None  # "half a tablet of the 20 mg citalopram": the dose is half of 20 mg
            count = _count_dose(window, m.start() - lo, m.end() - lo, name)
            if dose is None:
                bare = _unitless_dose(window, m.start() - lo, m.end() - lo)
                if bare and count is not None and parse_number(count.group("num")) == bare[1]:
                    bare = None  # "the Ventolin, two puffs": the number counts puffs
                if bare:
                    dose_text, dose_value, unit = bare
            # the change said beside the drug or beside its dose ("go up to ..., one hundred and fifty milligrams
            # of sertraline")
            near = min(m.start(), dose.start()) - lo if dose is not None and dose.start() >= lo else m.start() - lo
            step = _dose_change(window, near, m.end() - lo, planner=_is_therapist(s.seg))
            freq = _FREQ_RE.search(window)
            if dose_text is None and step.dose is None and count is None:
                # "What dose are you on now?" / "A hundred milligrams." - a dose in the next few sentences,
                # unless another drug is named first.
                for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
                    named = _drug_mentions(nxt.text)
                    others = {_generic(x.group(1)) for x in named} - {generic}
                    if others or any(_third_party(sents, sents.index(nxt), x.start()) for x in named):
                        break  # another drug, or this one as someone else's ("Her brother took it at 20 mg")
                    alone = _DOSE_ALONE.match(nxt.text) if nxt.seg.id == s.seg.id else None
                    value_alone = _plausible_dose(alone.group("num"), "") if alone else None
                    if value_alone is not None:  # "The one-fifty."
                        dose_text, dose_value, unit = alone.group(0).strip(" .,!").removeprefix("The ").removeprefix(
                            "the "), value_alone, alone.group("unit")
                        evidence.append(nxt.evidence())
                        break
                    now = _NOW_DOSE.search(nxt.text) if nxt.seg.id == s.seg.id else None
                    rest_now = nxt.text[now.end("num"):] if now else ""
                    if re.match(r"\s*in the (?:morning|afternoon|evening)", rest_now, re.IGNORECASE):
                        rest_now = ""  # "now a hundred in the morning": when it is taken
                    value_now = _plausible_dose(now.group("num"), rest_now) if now else None
                    if value_now is not None and not _doses(nxt.text):  # "Earlier it was 100, now one fifty."
                        dose_text, dose_value, unit = now.group("num"), value_now, None
                        evidence.append(nxt.evidence())
                        freq = freq or _FREQ_RE.search(nxt.text)
                        break
                    count_next = _count_dose(nxt.text, 0, 0, name) if nxt.seg.id == s.seg.id else None
                    if count_next is not None and not _doses(nxt.text):  # "The acamprosate. Two tablets, three
                        count = count_next  # times a day."
                        freq = freq or _FREQ_RE.search(nxt.text)
                        evidence.append(nxt.evidence())
                        break
                    found = _doses(nxt.text)
                    if found:
                        # "I was on fifty micrograms and now it's seventy-five": the dose said as now
                        d2 = next((d for d in found if _NOW_BEFORE.search(nxt.text[: d.start()])), found[0])
                        dose_text, dose_value, unit = d2.group(0), parse_number(d2.group("num")), d2.group("unit")
                        sched = _schedule_after(nxt.text, d2.end())
                        now_bare = _NOW_DOSE.search(nxt.text, d2.end()) if not _NOW_BEFORE.search(
                            nxt.text[: d2.start()]) and len(found) == 1 else None
                        value_bare = _plausible_dose(now_bare.group("num"), nxt.text[now_bare.end("num"):]) \
                            if now_bare else None
                        if value_bare is not None:  # "I was on 150 milligrams twice a day, now it's seventy-five"
                            dose_text, dose_value, unit = now_bare.group("num"), value_bare, None
                        evidence.append(nxt.evidence())
                        if step.change is None:
                            step = _dose_change(nxt.text, d2.start(), d2.end(), planner=_is_therapist(nxt.seg))
                        freq = freq or _FREQ_RE.search(nxt.text)
                        break
            if step.planned_span and dose is not None and step.planned_span[0] <= dose.start() - lo \
                    < step.planned_span[1]:
                dose_text = dose_value = unit = sched = None  # "I'd like to go up to 100mg": the dose planned
            if step.dose is not None:  # the dose after the change ("from one milligram to two milligrams")
                dose_text, dose_value, unit = step.dose
                sched = None
            elif dose_text is None and count is not None:
                dose_text = f"{count.group('num')} {count.group('unit')}"
                dose_value, unit = parse_number(count.group("num")) or 0.5, count.group("unit")
            change, label = step.change, step.label
            previous_dose = None
            nxt = sents[k + 1] if k + 1 < len(sents) and sents[k + 1].seg.id == s.seg.id else None
            if dose_text is not None and step.dose is None and nxt is not None and _WAS_ON.search(s.text[: m.start()]) \
                    and _NOW_LEAD.match(nxt.text) and not _drug_mentions(nxt.text):
                # "I was on the zopiclone, the seven and a half, for years. Now I'm cutting them in half - three
                # point seven five": the dose now, the one before kept beside it
                now = next((x for x in _NOW_NUMBER.finditer(nxt.text) if _plausible_dose(
                    x.group("num"), nxt.text[x.end("num"):]) is not None), None)
                if now is not None and parse_number(now.group("num")) != dose_value:
                    previous_dose = dose_text
                    dose_text, dose_value, unit = now.group(0).strip(), parse_number(now.group("num")), now.group("unit")
                    evidence.append(nxt.evidence())
            prev = sents[k - 1] if k > 0 and sents[k - 1].seg.id == s.seg.id else None
            if change is None and prev is not None and _STOPPED_BEFORE.match(prev.text) \
                    and not _drug_mentions(prev.text) and not _TAKES_VERB.search(s.text[: m.start()]):
                # "I stopped it. The five milligram Ambien.": the stop said first, the drug named after it
                change, label = "stopped", _change_label("stopped", prev.text.strip().rstrip("."))
                evidence.insert(0, prev.evidence())
            if change is None:
                later = _later_change(sents, k)
                if later:
                    change, label = later[0], later[2]
                    if (later[1].seg.id, later[1].start) not in {(e.segment, e.start) for e in evidence}:
                        evidence.append(later[1].evidence())
                    new = next((x for x in _NEW_DOSE.finditer(later[1].text)
                                if _plausible_dose(x.group("num"), later[1].text[x.end("num"):]) is not None), None)
                    if new is not None and not change.endswith("planned") and dose_text is None:
                        # "The amitriptyline, yes. ... she's cut it down to ten": the dose after the change
                        dose_text = later[1].text[new.start("num"): new.end()].strip() if new.group("unit") \
                            else new.group("num")
                        dose_value, unit = parse_number(new.group("num")), new.group("unit")
            fix = _dose_fixed_after(sents, k) if dose_text is not None and len(mentions) == 1 else None
            if fix is not None:  # "The aripiprazole is 5 mg. No, sorry, that's wrong. They put it up to 10 mg."
                d, used = fix
                dose_text, dose_value, unit, sched = d.group(0), parse_number(d.group("num")), d.group("unit"), None
                evidence += [x.evidence() for x in used if (x.seg.id, x.start) not in {
                    (e.segment, e.start) for e in evidence}]
            if change == "switched" and j + 1 < len(mentions) and _SWITCH_TO_END.search(window) \
                    and not re.search(r"\bfrom\s+(?:the\s+)?$", s.text[: m.start()], re.IGNORECASE):
                change = label = None  # "it can push up lithium, so I switched to paracetamol": the next one's
            if change == "switched":
                before = s.text[max(0, m.start() - 12): m.start()].lower()
                if re.search(r"\b(?:from|de)\s*$", before):
                    change = "switched from"
                elif re.search(r"\b(?:to|onto|a|por)\s*$", before):
                    change = "switched to"
                label = change if label is None or label.startswith("switched") and ":" not in label else \
                    change + label[len("switched"):]
            fact = by_drug.get(generic)
            value = {"name": name, "generic": generic, "dose": dose_text, "dose_value": dose_value, "unit": unit,
                     "frequency": freq.group(0) if freq else None, "change": change, "schedule": sched,
                     "changes": [change] if change else [], "change_labels": [label or change] if change else []}
            if previous_dose:
                value["previous_dose"] = previous_dose
            if fact is None:
                by_drug[generic] = Fact(kind="medication", value=value, claim="", sentence="", evidence=evidence)
                order.append(generic)
                continue
            # Later mentions fill in what the earlier ones left out; a later change is added to the earlier ones
            # ("tapered it down to 25 in April" ... "I stopped the quetiapine": reduced, then stopped). A dose or
            # a change adds its evidence.
            added = False
            counted = (fact.value.get("unit") or "").lower().rstrip("s") in _COUNT_UNITS
            if value["dose"] and counted and (value["unit"] or "").lower().rstrip("s") not in _COUNT_UNITS:
                fact.value["dose"] = None  # "half a tablet" ... "mirtazapine 7.5mg at night": the strength
            if value["dose"] and value["unit"] and re.match(r"(?:half|a quarter|quarter)\b", fact.value.get("dose") or "",
                                                            re.IGNORECASE) and not fact.value.get("unit"):
                fact.value["dose"] = None  # "a quarter of the 100" ... "25 milligrams": the dose in its unit
            if step.dose is not None and value["dose"] and value["dose"] != fact.value.get("dose") \
                    and not (change or "").endswith("planned"):
                if fact.value.get("dose") and fact.value.get("dose_value") != value["dose_value"] \
                        and not fact.value.get("previous_dose") and (fact.value.get("unit") or "").lower().rstrip(
                            "s") not in _COUNT_UNITS:
                    # "The sertraline, the 100 milligrams, ..." then "drop the sertraline down to 50 mg": the dose
                    # taken until now is kept beside the new one
                    fact.value["previous_dose"] = fact.value["dose"]
                fact.value["dose"] = None  # "... comes down from sixty to fifty-five mils": the dose after the change
            if value["dose"] and value["unit"] and not fact.value.get("unit") and fact.value.get("dose") \
                    and value["dose_value"] == fact.value.get("dose_value"):
                fact.value["dose"] = None  # "the venlafaxine one-fifty" ... "venlafaxine XR 150 mg": the dose in its unit
            for key in ("dose", "frequency", "schedule"):
                if value[key] and not fact.value.get(key):
                    fact.value[key] = value[key]
                    if key == "dose":
                        fact.value["dose_value"], fact.value["unit"] = value["dose_value"], value["unit"]
                    added = True
            label = label or change
            if change and (change not in fact.value["changes"] or (
                    change.endswith("planned") and label not in fact.value["change_labels"])):
                fact.value["changes"].append(change)
                fact.value["change_labels"].append(label)
                fact.value["change"] = change
                added = True
            # Another name for the same drug ("the Luvox?" "The fluvoxamine, yeah"): one drug, both names said.
            known = {x.group(1).lower() for e in fact.evidence for x in _drug_mentions(e.text)}
            if name.lower() not in known:
                added = True
            if added:
                for ev in evidence:
                    if len(fact.evidence) < MAX_MEDICATION_EVIDENCE and (ev.segment, ev.start) not in {
                            (e.segment, e.start) for e in fact.evidence}:
                        fact.evidence.append(ev)
    facts = []
    for generic in order:
        fact = by_drug[generic]
        v = fact.value
        if generic in _OVER_THE_COUNTER and not v["dose"] and "stopped" not in v["changes"]:
            continue  # "still taking ibuprofen for your knee?": a remedy for an ache (one given up is still told)
        # Every name the evidence gives the drug, as said: "buprenorphine" ... "take the Suboxone down".
        said = {x.group(1).lower(): x.group(1) for e in fact.evidence for x in _drug_mentions(e.text)
                if _generic(x.group(1)) == generic}
        said.pop(v["name"].lower(), None)
        v["names"] = [v["name"], *said.values()]
        head = v["name"] + "".join(f" ({n})" for n in said.values())
        if v["dose"] and not v["unit"] and re.fullmatch(_BARE_NUMBER, v["dose"], re.IGNORECASE):
            head, words = f"{head} {v['dose']}", [k for k in ("frequency",) if v[k]]  # "fluoxetine 40"
        else:
            words = [k for k in ("dose", "frequency") if v[k]]
        sched = (v.get("schedule") or "").strip(" ,")
        if sched and v["frequency"] and v["frequency"].lower() in sched.lower():
            words = [k for k in words if k != "frequency"]  # "up to three times a day" holds "three times a day"
        # the schedule as said after the dose, after it: "25 milligrams, when I can't settle"
        parts = [head] + [_lower_first(v[k]) for k in words[:1]] + ([sched] if sched else []) \
            + [_lower_first(v[k]) for k in words[1:]]
        if v.get("previous_dose") and v["dose"]:
            parts.append(f"previously {v['previous_dose']}")
        changes = ", then ".join(v["change_labels"])
        fact.claim = f"Medication: {', '.join(parts)}" + (f" ({changes})." if changes else ".")
        fact.sentence = _spaced_units(fact.claim)
        facts.append(fact)
    return facts
