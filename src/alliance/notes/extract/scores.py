"""Questionnaire scores read out in session (a reading dated in the past is not the session's)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from alliance.notes.extract.common import (
    NUMBER, _NUMBER_RE, Fact, _Sent, _is_therapist, _lower_first, parse_number, _sentences,
)
from alliance.notes.extract.drugs import _drug_mentions
from alliance.notes.transcripts import Segment


# Questionnaires: the measures the platform scores (alliance.measures) and the validated questionnaires of adult
# and child mental health often read out in session, by abbreviation and full name. Spoken forms: "PHQ nine", "the
# GAD seven", "P H Q 9", "CORE ten", "DASS twenty-one". An abbreviation that is also an English word (CAGE, FAST,
# SPIN, ACE) counts only in capitals: `(?-i:...)`. A risk rating (C-SSRS) is kept as a score; its sentence is left
# out of a draft when it names suicide (`alliance.notes.drafting` skips risk words), risk comes from the screen.
INSTRUMENTS: dict[str, str] = {
    r"phq[- ]?9|phq[- ]?nine|p\.?\s?h\.?\s?q\.?[- ]?(?:9|nine)|"
    r"patient health questionnaire(?:[- ]?(?:9|nine))?": "PHQ-9",
    r"phq[- ]?2|phq[- ]?two": "PHQ-2",
    r"phq[- ]?15|phq[- ]?fifteen": "PHQ-15",
    r"phq[- ]?a|phq (?:for )?adolescents?": "PHQ-A",
    r"phq(?![- ]?(?:\d|nine|two|fifteen|a\b))": "PHQ-9",
    r"gad[- ]?7|gad[- ]?seven|g\.?\s?a\.?\s?d\.?[- ]?(?:7|seven)|generali[sz]ed anxiety disorder[- ](?:7|seven)":
        "GAD-7",
    r"gad[- ]?2|gad[- ]?two": "GAD-2",
    r"(?-i:GAD)(?![- ]?\d)|gad (?=score|questionnaire|total)": "GAD-7",  # "a GAD of 9 today"
    r"core[- ]?34|core[- ]?thirty[- ]four|core[- ]?om": "CORE-34",
    r"c[- ]?ssrs|columbia(?: suicide severity rating scale| scale| protocol)?": "C-SSRS",
    r"pss(?:[- ]?(?:10|14|4|ten|fourteen|four))?|perceived stress scale": "PSS",
    r"(?-i:ESS)|epworth(?: sleepiness scale)?": "ESS",
    r"(?-i:CSI)|couples? satisfaction index": "CSI",
    r"(?-i:SDS)|severity of dependence scale|sheehan disability scale": "SDS",
    r"ders(?:[- ]?(?:16|18|sf))?|difficulties (?:in|with) emotion(?:al)? regulation(?: scale)?": "DERS",
    r"cdi(?:[- ]?2)?|children'?s depression inventory": "CDI",
    r"scas|spence(?: children'?s)?(?: anxiety scale)?": "SCAS",
    r"ces[- ]?d|center for epidemiologic(?:al)? studies depression(?: scale)?": "CES-D",
    r"crafft": "CRAFFT",
    r"(?-i:ACEs?)(?= (?:score|questionnaire|total))|adverse childhood experiences?(?: questionnaire| score)?":
        "ACE",
    r"psc[- ]?17|pediatric symptom checklist": "PSC-17",
    r"bsl[- ]?23|borderline symptom list": "BSL-23",
    r"msi[- ]?bpd|mclean screening instrument": "MSI-BPD",
    r"ysq(?:[- ]?(?:s3|l3|sf|r))?|young schema questionnaire": "YSQ",  # schema therapy (Young 2003)
    r"(?-i:DES)(?:[- ]?(?:II|2))?|dissociative experiences scale": "DES",
    r"zbi|zarit(?: burden)?(?: interview)?|caregiver burden (?:interview|scale)": "ZBI",
    r"bads|behaviou?ral activation for depression scale": "BADS",
    r"rrs|ruminative responses? scale": "RRS",
    r"aaq[- ]?(?:ii|2)|acceptance and action questionnaire": "AAQ-II",
    r"ffmq|five facet mindfulness questionnaire": "FFMQ",
    r"(?-i:SCS)|self[- ]compassion scale": "SCS",
    r"rses|rosenberg(?: self[- ]esteem scale)?": "RSES",
    r"ucla loneliness scale": "UCLA Loneliness Scale",
    r"(?-i:R?DAS)|(?:revised )?dyadic adjustment scale": "DAS",
    r"pc[- ]?ptsd[- ]?5|primary care ptsd screen": "PC-PTSD-5",
    r"lec[- ]?5|life events checklist": "LEC-5",
    r"(?-i:CRIES)(?:[- ]?(?:8|13))?|children'?s revised impact of event scale": "CRIES",
    r"(?-i:CATS)|child and adolescent trauma screen": "CATS",
    r"pgsi|problem gambling severity index": "PGSI",
    r"cudit(?:[- ]?r)?|cannabis use disorder identification test": "CUDIT-R",
    r"ftnd|fagerstr[oö]m(?: test)?": "FTND",
    r"ldq|leeds dependence questionnaire": "LDQ",
    r"(?-i:CAGE)": "CAGE",
    r"(?-i:FAST)(?= (?:score|questionnaire|screen|total))|fast alcohol screening test": "FAST",
    r"(?-i:ASSIST)|alcohol,? smoking and substance involvement screening test": "ASSIST",
    r"cy[- ]?bocs|children'?s yale[- ]brown": "CY-BOCS",
    r"(?-i:DOCS)|dimensional obsessive[- ]compulsive scale": "DOCS",
    r"(?-i:S?HAI)|(?:short )?health anxiety inventory": "HAI",
    r"ius(?:[- ]?12)?|intolerance of uncertainty scale": "IUS",
    r"fne|fear of negative evaluation(?: scale)?": "FNE",
    r"(?-i:BES)|binge eating scale": "BES",
    r"(?-i:CIA)|clinical impairment assessment": "CIA",
    r"cgi(?:[- ]?[si])?|clinical global impressions?(?: scale)?": "CGI",
    r"gaf|global assessment of functioning": "GAF",
    r"whodas(?:[- ]?2(?:\.0)?)?|who disability assessment schedule": "WHODAS",
    r"k[- ]?6|kessler[- ]?(?:6|six)": "K6",
    r"ghq[- ]?12|ghq|general health questionnaire": "GHQ-12",
    r"sw[- ]?emwbs|short warwick[- ]edinburgh": "SWEMWBS",
    r"psychlops": "PSYCHLOPS",
    r"score[- ]?15": "SCORE-15",
    r"c[- ]?ors|child outcome rating scale": "CORS",
    r"c[- ]?srs|child session rating scale": "CSRS",
    r"cbcl|child behaviou?r checklist": "CBCL",
    r"conners(?:[- ]?(?:3|4|three|four))?(?: rating scales?)?": "Conners",
    r"vanderbilt(?: adhd)?(?: rating scale| assessment scale)?": "Vanderbilt",
    r"snap[- ]?iv|snap[- ]?4": "SNAP-IV",
    r"adhd[- ]?rs(?:[- ]?(?:iv|5))?|adhd rating scale": "ADHD-RS",
    r"cdrs(?:[- ]?r)?|children'?s depression rating scale": "CDRS-R",
    r"(?-i:MASC)(?:[- ]?2)?|multidimensional anxiety scale for children": "MASC",
    r"rcmas|revised children'?s manifest anxiety scale": "RCMAS",
    r"hcl[- ]?32|hypomania checklist": "HCL-32",
    r"bsds|bipolar spectrum diagnostic scale": "BSDS",
    r"bsi(?:[- ]?18)?|brief symptom inventory": "BSI",
    r"scl[- ]?90(?:[- ]?r)?|symptom checklist[- ]90": "SCL-90-R",
    r"wai(?:[- ]?sr?)?|working alliance inventory": "WAI",
    r"csq[- ]?8|client satisfaction questionnaire": "CSQ-8",
    r"stop[- ]?bang": "STOP-BANG",
    r"(?-i:SCI)|sleep condition indicator": "SCI",
    r"dbas(?:[- ]?16)?|dysfunctional beliefs and attitudes about sleep": "DBAS",
    r"ace[- ]?(?:iii|3)|addenbrooke'?s(?: cognitive examination)?": "ACE-III",
    r"6[- ]?cit|six[- ]item cognitive impairment test": "6CIT",
    r"npi(?:[- ]?q)?|neuropsychiatric inventory": "NPI",
    r"cornell scale(?: for depression in dementia)?": "Cornell Scale",
    r"pq[- ]?16|prodromal questionnaire": "PQ-16",
    r"cape[- ]?42|community assessment of psychic experiences": "CAPE-42",
    r"qpr|questionnaire about the process of recovery": "QPR",
    r"eq[- ]?5d(?:[- ]?5l)?": "EQ-5D",
    r"mcq[- ]?30|metacognitions questionnaire": "MCQ-30",
    r"pid[- ]?5|personality inventory for dsm": "PID-5",
    r"pdq[- ]?4|personality diagnostic questionnaire": "PDQ-4",
    r"(?-i:SAPS|SANS)|scale for the assessment of (?:positive|negative) symptoms": "SAPS/SANS",
    r"pcl[- ]?5|pcl[- ]?five|p\.?\s?c\.?\s?l\.?[- ]?(?:5|five)|ptsd checklist|pcl": "PCL-5",
    r"audit[- ]?c": "AUDIT-C",
    r"AUDIT|audit(?= (?:score|questionnaire|results?|total|came back|came out))": "AUDIT",
    r"yp[- ]?core": "YP-CORE",
    r"core[- ]?10|core[- ]?ten|clinical outcomes in routine evaluation": "CORE-10",
    r"who[- ]?5|who[- ]?five|who wellbeing index": "WHO-5",
    r"k[- ]?10|k[- ]?ten|kessler(?: 10| ten)?(?: psychological distress scale)?": "K10",
    r"bdi(?:[- ]?ii|[- ]?2)?|beck depression inventory": "BDI-II",
    r"bai|beck anxiety inventory": "BAI",
    r"wemwbs|warwick[- ]edinburgh(?: mental wellbeing scale)?": "WEMWBS",
    r"epds|edinburgh(?: postnatal)?(?: depression)?(?: scale)?": "EPDS",
    r"dass[- ]?(?:21|twenty[- ]one|42|forty[- ]two)|dass|depression,? anxiety and stress scales?": "DASS-21",
    r"y[- ]?bocs|yale[- ]brown(?: obsessive compulsive scale)?": "Y-BOCS",
    r"oci[- ]?r|obsessive compulsive inventory": "OCI-R",
    r"oq[- ]?45": "OQ-45",
    r"isi|insomnia severity index": "ISI",
    r"wsas|work and social adjustment(?: scale)?": "WSAS",
    r"ors|outcome rating scale": "ORS",
    r"srs|session rating scale": "SRS",
    r"hads|hospital anxiety and depression(?: scale)?": "HADS",
    r"mdq|mood disorder questionnaire": "MDQ",
    r"asrs|adult adhd self[- ]report scale": "ASRS",
    r"dudit": "DUDIT",
    r"dast(?:[- ]?10)?|drug abuse screening test": "DAST-10",
    r"social phobia inventory|SPIN": "SPIN",
    r"lsas|liebowitz(?: social anxiety scale)?": "LSAS",
    r"pdss|panic disorder severity scale": "PDSS",
    r"pswq|penn state worry questionnaire": "PSWQ",
    r"rcads|revised child(?:ren's)? anxiety and depression scale": "RCADS",
    r"s?mfq|mood and feelings questionnaire": "MFQ",
    r"scared|screen for child anxiety": "SCARED",
    r"sdq|strengths and difficulties questionnaire": "SDQ",
    r"bprs|brief psychiatric rating scale": "BPRS",
    r"panss|positive and negative syndrome scale": "PANSS",
    r"ede[- ]?q|eating disorder examination(?: questionnaire)?": "EDE-Q",
    r"eat-26|eat26|eating attitudes test": "EAT-26",
    r"scoff": "SCOFF",
    r"asrm|altman(?: self[- ]rating)?(?: mania)?(?: rating)?(?: scale)?": "ASRM",
    r"ymrs|young mania rating scale": "YMRS",
    r"madrs|montgomery[- ]?(?:and |&\s?)?[aå]sberg": "MADRS",
    r"ham-d|hamd|hamilton depression(?: rating)?(?: scale)?|hamilton(?! anxiety)": "HAM-D",
    r"ham-a|hama|hamilton anxiety(?: rating)?(?: scale)?": "HAM-A",
    r"qids(?:[- ]?sr)?": "QIDS",
    r"gds|geriatric depression scale": "GDS",
    r"ies[- ]?r|impact of events? scale": "IES-R",
    r"itq|international trauma questionnaire": "ITQ",
    r"caps[- ]?5": "CAPS-5",
    r"psqi|pittsburgh sleep quality index": "PSQI",
    r"moca|montreal cognitive assessment": "MoCA",
    r"mmse|mini[- ]mental(?: state examination)?": "MMSE",
    r"honos": "HoNOS",
    r"reqol": "ReQoL",
    r"swls|satisfaction with life scale": "SWLS",
    r"aq[- ]?10|autism spectrum quotient": "AQ-10",
    r"ciwa(?:[- ]?ar)?": "CIWA-Ar",
    r"psyrats|psychotic symptom rating scales?": "PSYRATS",
    r"(?-i:ICG)(?:[- ]?r)?|inventory of complicated grief": "ICG",
    r"pain catastrophi[sz]ing scale": "PCS",
    r"(?-i:CAPE)(?![- ]?\d)": "CAPE-42",
    r"sadq|severity of alcohol dependence questionnaire": "SADQ",
}

# --- questionnaire scores ------------------------------------------------------------------------------------

# AUDIT is also an English word: only in capitals, or followed by a word that makes it a questionnaire.
_CASE_SENSITIVE = {"AUDIT|audit(?= (?:score|questionnaire|results?|total|came back|came out))",
                   "social phobia inventory|SPIN", "scared|screen for child anxiety", "scoff"}
# Words that are questionnaires only in capitals (SCARED, SCOFF): the lower-case forms are ordinary words.
_UPPER_ONLY = {"scared|screen for child anxiety": r"SCARED|[Ss]creen for [Cc]hild [Aa]nxiety", "scoff": r"SCOFF",
               "social phobia inventory|SPIN": r"[Ss]ocial [Pp]hobia [Ii]nventory|SPIN"}
_INSTRUMENT_RE = [(re.compile(rf"(?<![\w-])(?:{_UPPER_ONLY.get(p, p)})(?![\w])",
                              0 if p in _CASE_SENSITIVE else re.IGNORECASE), name)
                  for p, name in INSTRUMENTS.items()]
_DURATION_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times?|sessions?|ago|"
                             r"semanas?|d[ií]as?|meses|a[nñ]os?|am|pm|o'clock|%|percent|mg|milligrams?)\b",
                             re.IGNORECASE)
_PREVIOUS = re.compile(rf"\b(?:from|previously|last time|before|down from|up from|compared (?:with|to)|desde)\s+"
                       rf"(?:a\s+|the\s+|your\s+)?"
                       rf"(?P<num>{NUMBER})\b|(?P<num2>\b{NUMBER})\s+(?:last|the (?:week|time|session|month) "
                       rf"before|previously|before)\b", re.IGNORECASE)


# Two names of one questionnaire side by side: "your GDS, the geriatric depression scale, ...", "the severity of
# dependence scale, the SDS", "the PCL (PTSD checklist)".
_APPOSITION = re.compile(r"^\s*(?:(?:today|this week|this time|here)\s*(?=,))?(?:,|\(|-|–|—)?\s*"
                         r"(?:the|or|i\.e\.?|also called|a\.?k\.?a\.?)?\s*$", re.IGNORECASE)


# A questionnaire the lexicon does not know, named by its title in capitals: "the Brief Resilience Scale", "the
# Inventory of Complicated Grief", "the Self-Harm Behaviour Questionnaire" (the name as said is its name).
_TITLE_WORD = r"(?!(?:The|A|An|On|In|Your|My|His|Her|Their|Our|And|So|Then|For|At|Of|This|That)\b)[A-Z][\w'-]+"
_TITLED_INSTRUMENT = re.compile(
    rf"\b(?:{_TITLE_WORD}\s+){{1,4}}(?:Scale|Inventory|Index|Questionnaire|Checklist|Schedule|Measure|Survey|Monitor)s?\b"
    rf"|\b(?:{_TITLE_WORD}\s+){{2,4}}(?:scale|inventory|questionnaire|checklist)\b"  # "a quick Barnes Akathisia scale"
    rf"|\b(?:Inventory|Index|Scale|Questionnaire|Checklist) (?:of|for) (?:{_TITLE_WORD}\s?){{1,4}}")


# A questionnaire the lexicon does not know, named by its acronym with its item count ("your CSI-32", "the
# RCADS-25") or by an acronym followed by its score ("the SMFQ score"); the acronym as said is its name.
_ACRONYM_INSTRUMENT = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,6}-\d{1,3}(?![\w-])|"
                                 r"(?<![\w-])[A-Z]{2,6}(?=(?:'s)?\s+(?:score|total|came (?:out|back)|scored)\b)")
_NOT_INSTRUMENTS = {"COVID-19", "SARS-2", "GP", "NHS", "HR", "ADHD", "OCD", "PTSD", "GAD", "A&E", "CBT", "DBT",
                    "ACT", "EMDR", "MRI", "ECG", "TV", "BMI"}


# A questionnaire the lexicon does not know, named just after a word for a questionnaire: "the withdrawal scale,
# the SOWS", "the side-effect questionnaire for me, the Glasgow one" (the name as said is its name).
_APPOSED_INSTRUMENT = re.compile(
    r"\b(?:questionnaire|scale|form|checklist|measure|screen(?:er|ing)?|inventory|index|survey|rating)s?\b"
    r"[^.?!;,]{0,20},\s+the\s+(?P<name>(?-i:[A-Z][A-Za-z0-9-]+)(?:\s+(?-i:[A-Z][A-Za-z0-9-]+))?)(?=\s+one\b|\W)",
    re.IGNORECASE)


# A rating named in lower case as the person's own, read out at once: "your friendship scale was 7 out of 10".
_OWN_SCALE = re.compile(r"\b(?:your|his|her|their)\s+(?P<name>[a-z]{4,}\s+(?:sub)?scale)(?=\s+(?:was|is|were|came|scored)\b)")


def _instrument_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of each questionnaire named; two names of one questionnaire side by side
    make one mention."""
    found: list[tuple[int, int, str]] = []
    for pattern, name in _INSTRUMENT_RE:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
                continue
            count = re.match(r"-\d{1,3}(?![\w-])", text[m.end():])  # its item count: "CSI-32", "EPDS-10"
            found.append((m.start(), m.end() + (count.end() if count else 0), name))
    for m in _ACRONYM_INSTRUMENT.finditer(text):
        if m.group(0).upper() in _NOT_INSTRUMENTS or any(x < m.end() and m.start() < y for x, y, _ in found):
            continue
        found.append((m.start(), m.end(), m.group(0)))
    for m in _APPOSED_INSTRUMENT.finditer(text):
        a, b = m.span("name")
        if m.group("name").upper() not in _NOT_INSTRUMENTS and not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, m.group("name")))
    for m in _TITLED_INSTRUMENT.finditer(text):
        a, b = m.start(), m.start() + len(m.group(0).rstrip())
        if not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, text[a:b]))
    for m in _OWN_SCALE.finditer(text):
        a, b = m.span("name")
        if not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, m.group("name")))
    merged: list[tuple[int, int, str]] = []
    for a, b, name in sorted(found):
        if merged and merged[-1][2] == name and _APPOSITION.match(text[merged[-1][1]:a]):
            merged[-1] = (merged[-1][0], b, name)
            continue
        merged.append((a, b, name))
    return merged


def _instrument_said(text: str, a: int, b: int, name: str) -> str:
    """The questionnaire's name as said; two names side by side as "GDS (geriatric depression scale)"."""
    names = [m.group(0) for pattern, n in _INSTRUMENT_RE if n == name for m in pattern.finditer(text, a, b)]
    if not names:  # a questionnaire named by its title
        return text[a:b]
    if len(names) < 2:
        return text[a:b]
    short, long = sorted(names[:2], key=len)
    return f"{short} ({long})"


def _score_numbers(text: str, skip: list[tuple[int, int]]) -> list[re.Match[str]]:
    out = []
    for m in _NUMBER_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip) or m.group(0).lower() in ("a", "an", "one", "una", "uno"):
            continue
        if _DURATION_AFTER.match(text[m.end():]) or parse_number(m.group(0)) is None:
            continue
        if re.search(r"\bout of\s*$", text[: m.start()], re.IGNORECASE):
            continue  # "9 out of 27": the most the questionnaire allows, not the score
        if re.match(r"\s+of (?:you|us|them)\b", text[m.end():], re.IGNORECASE):
            continue  # "the two of you": people, not a score
        out.append(m)
    return out


# A score given a clause or a sentence after the instrument's name ("the RCADS, and your depression score came
# out at 14"; "You filled in the CORE-10. Your score today is 18").
_SCORE_CUE = re.compile(r"\b(?:scor(?:e|ed|es|ing)|c[oa]mes? (?:out|back|to)|coming (?:out|to)|total(?:s|led)?|"
                        r"add(?:s|ed|ing)? (?:it |them |that |those )?up|rated|rating|ticked|endorsed|circled|"
                        r"you(?:'re| are) (?:at|on)|it(?:'s| is| was) (?:at|on)|puts? you|c[oa]mes? in (?:at|on)|coming in at|"
                        # the reading arriving or shown: "it came through as 16", "it shows 12", "landed on 9"
                        r"c[oa]mes? through|coming through|shows?|showed|showing|land(?:s|ed)? (?:at|on)|"
                        r"works? out (?:at|as)|worked out (?:at|as)|sits? at|sitting at)\b",
                        re.IGNORECASE)
# A short next sentence that states a number: "It's thirty-two today.", "That's nineteen."
_NUMBER_STATEMENT = re.compile(rf"^\W*(?:(?:so|okay|ok|right|and|well),?\s+)*(?:it|that|this|you|yours)(?:'s|'re|'ve|"
                               rf"\s+(?:is|are|was|were|have|got|comes? to))\s+(?:got\s+)?(?:a\s+|at\s+|on\s+)?"
                               rf"(?:{NUMBER})\b", re.IGNORECASE)
# The total after the parts: "obsessions eleven, compulsions thirteen, that's a total of twenty-four".
_TOTAL_BEFORE = re.compile(r"\b(?:total(?:s|led)?(?: (?:of|is|was|comes to))?|c[oa]mes? (?:out )?(?:to|at)|"
                           r"add(?:s|ed)? up to|altogether|overall|in all)\s+(?:a\s+|at\s+|of\s+)?$",
                           re.IGNORECASE)
TOTAL_REACH = 160  # characters between an instrument's name and a total said after its parts
_SCORED_ON = re.compile(rf"\b(?:scored|got|had|was|were|at|to|totall?ing|came (?:out|back) (?:at|as))\s+(?:a\s+)?(?P<num>{NUMBER})"
                        rf"(?:\s+(?:points?|out of (?:\d+|{NUMBER})))?\s+(?:on|in|for)\s+(?:the\s+|your\s+|this\s+)?$",
                        re.IGNORECASE)
# A count of the items endorsed keeps the number of items: "four out of six on part A", "five out of nine
# symptoms" (the maximum of a total, "9 out of 27", is left out).
_OUT_OF = re.compile(rf"\s+out of (?:\d+|{NUMBER})\b(?=\s+(?:on (?:part|section) \w+|items|questions|symptoms|"
                     rf"criteria|boxes|statements)\b)", re.IGNORECASE)
SCORE_REACH = 40  # characters between an instrument's name and its score
SCORE_CUE_REACH = 90  # ... when a word such as "score" or "came out" comes between them
# A reading from the past, not this session's: "in the summer my PHQ was twenty", "your GAD-7 back in March".
_PAST_READING = re.compile(
    rf"\b(?:last (?:month|year|time|session|week|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|five|six|"
    rf"several|a few|\d+) (?:months?|weeks?|years?) ago|in (?:the )?(?:january|february|march|april|may|june|july|"
    rf"august|september|october|november|december|summer|spring|autumn|fall|winter)|back in|"
    rf"when (?:you|we) (?:first|started)|at (?:your|the|our) (?:first|initial|"
    rf"last|previous) (?:assessment|appointment|session|visit|review)|at the (?:start|beginning) of (?:treatment|"
    rf"therapy)|used to be|at (?:intake|assessment|referral|baseline|the (?:initial )?assessment)|"
    rf"at (?:the|your) (?:intake|referral|baseline))\b", re.IGNORECASE)
_PRESENT_READING = re.compile(r"\b(?:today|this (?:week|morning|afternoon|time|session)|now|just now|tonight|"
                              r"came (?:out|back)|is|are|you're|it's)\b", re.IGNORECASE)
_STRONG_BREAK = re.compile(r"[;:—–]|\s-\s|\b(?:but|whereas|while|and now|today)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:but|down from|up from|compared|whereas|which)\b", re.IGNORECASE)


def _past_reading(text: str, name_start: int, start: int, end: int) -> bool:
    """Whether the clause of the score said at start..end (reaching back to the instrument's name at name_start
    when no clause break comes between them) dates the reading in the past."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after_name = [x for x in breaks if x > name_start]
    lo = after_name[-1] if after_name else max((x for x in breaks if x <= name_start), default=0)
    nxt = _CLAUSE_BREAK.search(text, end)
    clause = text[lo: nxt.start() if nxt else len(text)]
    if _PAST_READING.search(clause):
        return not _PRESENT_READING.search(clause)
    # A time said clauses before: "but last year, when you first came, your PHQ-9 was 19" (from the last "but" or
    # ";"), unless something present comes between it and the score.
    strong = [m.end() for m in _STRONG_BREAK.finditer(text, 0, min(name_start, start))]
    head = text[strong[-1] if strong else 0: end]
    past = None
    for past in _PAST_READING.finditer(head):
        pass
    return past is not None and not _PRESENT_READING.search(head[past.end():])


# Another person's reading said after the first in one sentence: ", and Rob, yours was eighty-four", "and his
# came out at 12".
_OTHER_READING = re.compile(
    rf"[^.;?!]{{0,12}}?(?:,?\s+(?:and|while|whereas)\s+|\s*;\s*|,\s+(?=(?:[A-Z][a-z]+,?\s+)?(?:yours|his|hers|theirs)\s))"
    rf"(?P<who>(?:[A-Z][a-z]+,?\s+)?(?:yours|his|hers|theirs|"
    rf"[A-Z][a-z]+'s|you(?:'re|\s+are)(?=\s+at\b)|(?i:your|the)\s+[a-z]+(?:\s+(?:score|subscale|one))?))\s+"
    rf"(?:was|is|were|at|came (?:out |back |in )?(?:at|to|as)|scored)\s+(?:a\s+)?(?P<num>{NUMBER})\b")


# Another person's reading said by their name and the number alone: "Aisha, you're on 41, and Tom, 44."
_OTHER_NAMED = re.compile(
    rf"[^.;?!]{{0,12}}?,?\s+(?:and|while|whereas)\s+(?P<who>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    rf"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mum|Mom|"
    rf"Dad|I)\b)[A-Z][a-z]+)\s*[,:—–-]\s*(?P<num>{NUMBER})(?=\s*(?:[.;!?]|,|$|today|this time|now))")


# A questionnaire named by what it measures ("the depression questionnaire", "the anxiety one", "your sleep
# score"): the session's one questionnaire of that kind, named elsewhere in it.
_DOMAINS: dict[str, tuple[str, ...]] = {
    "depression": ("PHQ-9", "PHQ-2", "PHQ-A", "BDI-II", "CES-D", "QIDS", "MADRS", "HAM-D", "EPDS", "MFQ", "CDI",
                   "CDRS-R", "GDS"),
    "anxiety": ("GAD-7", "GAD-2", "BAI", "HAM-A", "PSWQ", "SCARED", "SCAS", "MASC", "LSAS", "SPIN", "PDSS"),
    "trauma": ("PCL-5", "IES-R", "ITQ", "CAPS-5", "CATS", "CRIES", "PC-PTSD-5"),
    "alcohol": ("AUDIT", "AUDIT-C", "SADQ", "FAST", "CAGE"),
    "sleep": ("ISI", "PSQI", "ESS"),
    "wellbeing": ("WEMWBS", "SWEMWBS", "WHO-5"),
    "ocd": ("Y-BOCS", "OCI-R", "DOCS", "CY-BOCS"),
    "eating": ("EDE-Q", "EAT-26", "SCOFF"),
}
_DOMAIN_WORDS = {"depression": r"(?:low )?mood|depression|depressive", "anxiety": r"anxiety|worry|anxious",
                 "trauma": r"trauma|ptsd", "alcohol": r"drinking|alcohol", "sleep": r"sleep|insomnia",
                 "wellbeing": r"well-?being", "ocd": r"ocd|obsessions?|checking", "eating": r"eating"}
_DOMAIN_RE = re.compile(
    r"\b(?:the|your|that|this|his|her)\s+(?:" + "|".join(f"(?P<{d}>{w})" for d, w in _DOMAIN_WORDS.items())
    + r")\s+(?:one|questionnaire|form|scale|measure|score|checklist|screen)\b", re.IGNORECASE)


def _domain_mentions(text: str, named: dict[str, tuple[str, _Sent]]) -> list[tuple[int, int, str]]:
    """(start, end, instrument) of each questionnaire named by its domain, when the session names one of it."""
    out = []
    for m in _DOMAIN_RE.finditer(text):
        domain = next(d for d in _DOMAIN_WORDS if m.group(d))
        if domain in named:
            out.append((m.start(), m.end(), named[domain][0]))
    return out


# A reading the client tells of someone else: "my friend ... got a 17", "my sister scored 20 on it".
_OTHERS_READING = re.compile(r"\bmy\s+(?:\w+\s+)?(?:friend|mate|sister|brother|cousin|colleague|flatmate|housemate|"
                             r"neighbou?r|partner|wife|husband|boyfriend|girlfriend)s?\b", re.IGNORECASE)
_OWN_READING = re.compile(r"\b(?:i|i'm|i've|i'd|me|myself|mine)\b", re.IGNORECASE)


def _someone_elses(s: _Sent, start: int) -> bool:
    """Whether the client speaks of someone else's reading before the instrument named at `start`."""
    if _is_therapist(s.seg):
        return False
    who = None
    for who in _OTHERS_READING.finditer(s.text[:start]):
        pass
    return who is not None and not _OWN_READING.search(s.text[who.end():start])


# A questionnaire the client completed at the last contact, its result given now for the first time: "You did the
# AUDIT with me last week and scored 24", "you filled in the CORE-10 at the end of last session: it came to 15".
_DONE_RECENTLY = re.compile(r"\b(?:did|completed|filled (?:in|out)|took|sent (?:back|in))\b[^.;?!]{0,60}?\b(?:last "
                            r"(?:week|time|session)|at the end of (?:last|our last) (?:session|appointment)|"
                            r"yesterday)\b", re.IGNORECASE)


def _done_recently(sents: Sequence[_Sent], k: int, name: str) -> bool:
    """Whether sentence k tells a questionnaire completed at the last contact whose result is given now: said so,
    and the questionnaire named in no other sentence of the session (no reading today to compare)."""
    if not _DONE_RECENTLY.search(sents[k].text):
        return False
    return not any(n == name for i, x in enumerate(sents) if i != k for _, _, n in _instrument_mentions(x.text))


def extract_scores(segments: Sequence[Segment]) -> list[Fact]:
    """Questionnaire scores read out: instrument, score and an earlier score when one is given. A reading dated
    in the past ("in the summer my PHQ was twenty") is not the session's score."""
    sents = _sentences(segments)
    facts: dict[str, Fact] = {}
    by_domain: dict[str, list[tuple[str, _Sent]]] = {}
    first_said: dict[str, str] = {}
    for s in sents:
        for a, b, name in _instrument_mentions(s.text):
            first_said.setdefault(name, _instrument_said(s.text, a, b, name))
            for domain, names in _DOMAINS.items():
                if name in names and name not in {x[0] for x in by_domain.get(domain, [])}:
                    by_domain.setdefault(domain, []).append((name, s))
    named = {d: xs[0] for d, xs in by_domain.items() if len(xs) == 1}  # only when it is unambiguous
    for k, s in enumerate(sents):
        mentions = _instrument_mentions(s.text)
        aliases = [x for x in _domain_mentions(s.text, named)  # not when the sentence names it too
                   if not any(a < x[1] and x[0] < b or n == x[2] for a, b, n in mentions)]
        mentions = sorted(mentions + aliases)
        alias_spans = {(a, b) for a, b, _ in aliases}
        for j, (a, b, name) in enumerate(mentions):
            if name in facts:  # the first reading of an instrument is the session's score; later ones repeat it
                continue
            if _someone_elses(s, a):
                continue  # "My friend Sam did one ... and got a 17 on the GAD-7": a friend's reading
            lo = mentions[j - 1][1] if j > 0 else 0
            hi = mentions[j + 1][0] if j + 1 < len(mentions) else len(s.text)
            numbers = _score_numbers(s.text, [(x, y) for x, y, _ in mentions])
            numbers = [m for m in numbers if lo <= m.start() < hi and not _NAME_NUMBER.match(s.text, m.start())
                       and not (m.start() >= b and _PART_OF_NAME.fullmatch(s.text[b:m.start()]))]
            previous = None
            for pm in _PREVIOUS.finditer(s.text[lo:hi]):
                previous = pm
            group = ("num" if previous.group("num") else "num2") if previous else None
            prev_span = (lo + previous.start(group), lo + previous.end(group)) if previous else None
            current = [m for m in numbers if prev_span is None or m.start() != prev_span[0]]
            after = [m for m in current if m.start() >= b]
            before = [m for m in current if m.end() <= a]
            pick = None
            past = None  # "was 14 when you started, and it's 9 now": 14 is the earlier score
            lead = _SCORED_ON.search(s.text[lo:a])  # "you scored seventeen on the PHQ-9": the number before
            if lead and before and before[-1].start() == lo + lead.start("num"):
                after = []
            total = next((c for c in after if c.start() - b <= TOTAL_REACH
                          and _TOTAL_BEFORE.search(s.text[max(b, c.start() - 30): c.start()])), None)
            if total is not None and total is not after[0] and not _past_reading(s.text, a, total.start(),
                                                                                  total.end()):
                after = [total]  # the parts come before it
            for cand in after:
                gap = cand.start() - (past.end() if past is not None else b)
                if not (gap <= SCORE_REACH or (cand.start() - b <= SCORE_CUE_REACH
                                               and _SCORE_CUE.search(s.text[b:cand.start()]))):
                    break
                if not _past_reading(s.text, a, cand.start(), cand.end()):
                    pick = cand
                    break
                if past is not None:
                    break
                past = cand
            if pick is None and past is None and before and a - before[-1].end() <= SCORE_REACH:
                pick = before[-1]
                if _past_reading(s.text, pick.start(), pick.start(), pick.end()):
                    continue
            if pick is None and past is not None and _done_recently(sents, k, name):
                pick, past = past, None  # "You did the AUDIT with me last week and scored 24": its first reading
            if pick is None and past is not None:
                continue  # only a reading from the past
            if pick is not None and past is not None and previous is None:
                previous, group, prev_span = past, None, (past.start(), past.end())
            evidence = [s.evidence()]
            read_in = (s.text, pick.end(), hi, a) if pick is not None else None
            if pick is None:
                if after or before:
                    continue
                # The answer in the next sentences of the same turn or in the next turns, by either speaker
                # ("Yeah, the Y-BOCS. Twenty-four."; "What did it come to?" "Eighteen."), corrected or not.
                answer = _answer(sents, k) if len(_instrument_mentions(s.text)) == 1 else None  # one named
                if answer is None:
                    continue
                nxt, num, told = answer
                group = "num" if "num" in num.re.groupindex else 0
                pick_text, value = told or num.group(group), parse_number(num.group(group))
                read_in = (nxt.text, num.end(group), len(nxt.text), 0)  # "Dana, you're at 24, and Luis, you're at 19."
                evidence.extend(x.evidence() for x in sents[k + 1: sents.index(nxt) + 1])
            else:
                pick_text, value = pick.group(0), parse_number(pick.group(0))
                of_most = _OUT_OF.match(s.text, pick.end())
                if of_most is not None:  # "four out of six on part A": the score with the most it allows
                    pick_text += of_most.group(0)
            if value is None:
                continue
            prev_text = previous.group(group or 0) if previous and (pick is None or prev_span[0] != pick.start()) \
                else None
            said = _instrument_said(s.text, a, b, name)
            last_k = k + len(evidence) - 1  # the sentence the score was read from (this one or the next)
            if (a, b) in alias_spans:  # "the anxiety one": the name said elsewhere, with its evidence
                said = f"{first_said.get(name, name)} ({_lower_first(s.text[a:b])})"
                first = next(x[1] for d, x in named.items() if x[0] == name)
                if (first.seg.id, first.start) != (s.seg.id, s.start):
                    evidence.insert(0, first.evidence())
            listed = ":" if "," in pick_text or ";" in pick_text else ""  # several readings, said as a list
            claim = f"Score: {said}{listed} {pick_text}" + (f" (previously {prev_text})." if prev_text else ".")
            facts[name] = Fact(kind="score", value={"instrument": name, "said": said, "score": value,
                                                    "score_text": pick_text,
                                                    "previous": parse_number(prev_text) if prev_text else None},
                               claim=claim, sentence=claim, evidence=evidence)
            other = (_OTHER_READING.match(*read_in[:3]) or _OTHER_NAMED.match(*read_in[:3])) \
                if read_in is not None else None
            other_value = parse_number(other.group("num")) if other else None
            if other is not None and other_value is not None \
                    and not _past_reading(read_in[0], read_in[3], other.start("num"), other.end("num")):
                # "Priya, your CSI-32 came out at seventy-eight, and Rob, yours was eighty-four": another
                # person's reading of the same questionnaire, in the same sentence
                told = read_in[0][other.start("who"): other.end("num")].strip()
                claim2 = f"Score: {said}, {told}."
                facts[f"{name} ({told})"] = Fact(
                    kind="score", value={"instrument": name, "said": told, "score": other_value,
                                         "score_text": other.group("num"), "previous": None},
                    claim=claim2, sentence=claim2, evidence=list(evidence))
            second = _second_reading(sents, last_k, facts[name])
            if second is not None:
                facts[f"{name} ({second.value['said']})"] = second
    for name, fact in facts.items():
        if fact.value.get("instrument") == name:
            _other_names(sents, fact)
    return list(facts.values())


RESTATE_REACH = 4  # sentences after a score's evidence in which it may be said again under another name


def _other_names(sents: Sequence[_Sent], fact: Fact) -> None:
    """Every name the questionnaire is given where its score is said: a second name in the same sentence ("the
    Work and Social Adjustment Scale ... 26 on the WSAS") or the same number said again under another of its
    names a few sentences on ("the Altman thing ... I got a 3." "An ASRM of 3 ..."), each name once, the
    sentence added to the evidence."""
    name, value = fact.value["instrument"], fact.value["score"]
    spans = {(e.segment, e.start) for e in fact.evidence}
    idx = [k for k, s in enumerate(sents) if (s.seg.id, s.start) in spans]
    if not idx:
        return
    said = [fact.value["said"]]
    for k in range(idx[0], min(len(sents), idx[-1] + 1 + RESTATE_REACH)):
        s = sents[k]
        mentions = [(a, b) for a, b, n in _instrument_mentions(s.text) if n == name]
        if not mentions:
            continue
        if (s.seg.id, s.start) not in spans:
            if len(_instrument_mentions(s.text)) != len(mentions) or not any(
                    parse_number(m.group(0)) == value for m in _score_numbers(s.text, mentions)):
                continue
        for a, b in mentions:
            word = s.text[a:b]
            if not any(word.lower() in x.lower() for x in said):
                said.append(word)
                if (s.seg.id, s.start) not in spans and len(fact.evidence) < 4:
                    fact.evidence.append(s.evidence())
                    spans.add((s.seg.id, s.start))
            elif (s.seg.id, s.start) not in spans and len(fact.evidence) < 4 \
                    and _is_therapist(s.seg) != _is_therapist(sents[idx[0]].seg):
                # the other speaker confirms the reading under the same name: "I think I got eighteen." "You did,
                # the MADRS was 18."
                fact.evidence.append(s.evidence())
                spans.add((s.seg.id, s.start))
    if len(said) > 1:
        head = said[0] + "".join(f" ({x})" for x in said[1:])
        fact.value["said"] = head
        fact.claim = fact.sentence = fact.claim.replace(f"Score: {said[0]}", f"Score: {head}", 1)


# A number that is part of the name, not a score: "the PHQ, the nine one", "the seven one".
_NAME_NUMBER = re.compile(rf"(?:{NUMBER})\s+one\b(?!\s*(?:point|and))", re.IGNORECASE)
_PART_OF_NAME = re.compile(r"[\s,—–-]*(?:the\s+)?", re.IGNORECASE)
# A number said again as a correction: "Fourteen. No, hang on, thirteen.", "Six. No, wait, seven.",
# "twenty... twenty-two".
_CORRECTION = re.compile(rf"^\W*(?:(?:no|nope|sorry|wait|hang on|actually|or rather|scratch that)\b[\s,—–-]*)+"
                         rf"(?:(?:it'?s|it was|make that|I mean)\s+)?(?P<num>{NUMBER})\b", re.IGNORECASE)
_TRAILED = re.compile(rf"^\s*(?:\.\.\.|…)\s*(?P<num>{NUMBER})\b", re.IGNORECASE)
_ANSWER_CUE = re.compile(r"\b(?:said|says|say|got|is|was|came|comes|total|scored|score|makes?|reads?)\b", re.IGNORECASE)
# The clinician's rating said as such, however long the lead: "From what you've told me, I'm scoring it at 4".
_SCORED_IT = re.compile(r"\b(?:scor(?:e|ing)|rat(?:e|ing))\s+(?:it|that|this|you|him|her|them)\s+(?:at|as)\s+(?:a\s+)?$",
                        re.IGNORECASE)
ANSWER_TURNS = 2  # turns after the one naming a questionnaire that may hold its score
ANSWER_WORDS = 8  # the words before a number in a sentence that gives it (more with a cue such as "said")
LIST_WORDS = 20  # the most words of a sentence read as a list of readings ("Depression fourteen, stress eighteen")


def _answer(sents: Sequence[_Sent], k: int) -> tuple[_Sent, re.Match[str], str] | None:
    """The score of the questionnaire named in sentence k but given later, by either speaker: in the next
    sentences of the same turn or in the next turns, before another questionnaire or a medicine is named.
    Returns (sentence, number, told), told being the sentence itself when it gives several readings."""
    here = sents[k]
    segs = [here.seg.id]
    for j in range(k + 1, min(len(sents), k + 8)):
        nxt = sents[j]
        if nxt.seg.id != segs[-1]:
            segs.append(nxt.seg.id)
            if len(segs) > ANSWER_TURNS + 1:
                return None
        if _instrument_mentions(nxt.text) or _drug_mentions(nxt.text):
            return None
        nums = _score_numbers(nxt.text, [])
        nums = [m for m in nums if not _NAME_NUMBER.match(nxt.text, m.start())]
        if not nums:
            continue
        first = nums[0]
        lead = len(nxt.text[: first.start()].split())
        words = len(nxt.text.split())
        if _past_reading(nxt.text, 0, first.start(), first.end()) or _PREVIOUS.search(nxt.text[: first.start()]):
            return None
        if not (lead <= 2 or _SCORED_IT.search(nxt.text[: first.start()]) or (lead <= ANSWER_WORDS and (_ANSWER_CUE.search(nxt.text[: first.start()])
                                                       or _SCORE_CUE.search(nxt.text)
                                                       or _NUMBER_STATEMENT.search(nxt.text)))):
            return None
        totals = [x for x in nums if _TOTAL_BEFORE.search(nxt.text[max(0, x.start() - 30): x.start()])]
        num = totals[0] if totals else first
        # a correction: later in the sentence after "..." or in the next sentence of the turn after "no"
        trailed = _TRAILED.match(nxt.text, num.end())
        if trailed:
            return nxt, trailed, ""
        rest = nxt.text[num.end():]
        fix = _CORRECTION.match(re.sub(r"^[?!.]", "", rest.lstrip()))
        if fix and fix.group("num"):
            again = [m for m in nums if m.start() > num.end()]
            return (nxt, again[0], "") if again else (nxt, num, "")
        after = sents[j + 1] if j + 1 < len(sents) else None
        if after is not None and after.seg.id == nxt.seg.id:
            fix = _CORRECTION.match(after.text)
            if fix is None and re.search(r"(?:\.\.\.|…)\s*$", nxt.text) and not nxt.text[num.end():].strip(" .…"):
                fix = re.match(rf"^\s*(?P<num>{NUMBER})\b", after.text)
            if fix and parse_number(fix.group("num")) is not None:
                return after, fix, ""
        if len(nums) > 1 and words <= LIST_WORDS and not totals and not _OTHER_READING.match(nxt.text, num.end()):
            told = re.sub(r"^\W*(?:(?:and|so|okay|ok|right|yes|yeah|well),?\s+)*", "", nxt.text.strip().rstrip(".!"),
                          flags=re.IGNORECASE)
            return nxt, num, told
        return nxt, num, ""
    return None


# Another reading of the questionnaire just scored, for another person or form, said in the clinician's next
# sentences without naming it again: "And Dad, on the parent form you scored him at nineteen.", "Fifteen, Alex."
_ASKED_EARLIER = re.compile(r"\b(?:before|previously|at the (?:start|beginning)|used to|originally|last)\b",
                            re.IGNORECASE)
_SECOND_CUE = re.compile(r"\b(?:version|form|report|rated|scored|score|c[oa]mes? (?:out|to)|came out|yours|his|hers|"
                         r"theirs)\b", re.IGNORECASE)
SECOND_WORDS = 16  # the most words of a sentence giving another reading
SECOND_REACH = 3  # sentences after the first reading


def _second_reading(sents: Sequence[_Sent], k: int, first: Fact) -> Fact | None:
    here = sents[k]
    for nxt in sents[k + 1: k + 1 + SECOND_REACH]:
        if nxt.index > here.index + 2 or _instrument_mentions(nxt.text) or _drug_mentions(nxt.text):
            return None
        if _PAST_READING.search(nxt.text) or _PREVIOUS.search(nxt.text) or _ASKED_EARLIER.search(nxt.text):
            return None  # "Last month it was in the fifties, wasn't it?" "Fifty-two.": the earlier reading
        if not _is_therapist(nxt.seg) or len(nxt.text.split()) > SECOND_WORDS:
            continue
        nums = _score_numbers(nxt.text, [])
        if not nums or _PREVIOUS.search(nxt.text) or _past_reading(nxt.text, 0, nums[0].start(), nums[0].end()):
            continue
        leading = not re.search(r"\w", nxt.text[: nums[0].start()])
        if not (leading or _SECOND_CUE.search(nxt.text)):
            continue
        value = parse_number(nums[0].group(0))
        if value is None:
            continue
        # "It was seventeen when I started, wasn't it?" "Seventeen, yes.": a number said back, not a reading
        between = [parse_number(m.group(0)) for x in sents[k: sents.index(nxt)] for m in _score_numbers(x.text, [])]
        if value == first.value["score"] or value in between:
            return None
        told = re.sub(r"^(?:and|so|okay|ok|right),?\s+", "", nxt.text.strip().rstrip(".!"), flags=re.IGNORECASE)
        said = first.value["said"]
        claim = f"Score: {said}, {told}."
        return Fact(kind="score", value={"instrument": first.value["instrument"], "said": told, "score": value,
                                         "score_text": nums[0].group(0), "previous": None},
                    claim=claim, sentence=claim, evidence=[*first.evidence, nxt.evidence()])
    return None
