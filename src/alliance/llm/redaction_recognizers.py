"""Custom PHI recognizers and the clinical allow-list used by PHI redaction (see docs/privacy.md)."""

from __future__ import annotations

import re
from datetime import date, datetime

from presidio_analyzer import EntityRecognizer, RecognizerResult

# --- building blocks -------------------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"

# Street suffixes: USPS Publication 28, appendix C1 (primary names and common abbreviations), plus UK
# street types. Matched case-sensitively in title case or as the listed abbreviations.
_SUFFIX_WORDS = """
Alley Allee Aly Annex Anex Arcade Avenue Ave Av Bayou Beach Bend Bluff Bluffs Bottom Boulevard Blvd Branch
Bridge Brook Brooks Burg Burgs Bypass Byway Camp Canyon Cape Causeway Center Centre Centers Chase Circle Cir
Circles Circus Cliff Cliffs Close Club Common Commons Corner Corners Course Court Ct Courts Cove Coves Creek
Crescent Cres Crest Croft Crossing Crossroad Crossroads Curve Dale Dam Divide Drive Dr Drives Drove Estate
Estates Expressway Extension Extensions Fall Falls Ferry Field Fields Flat Flats Ford Fords Forest Forge
Forges Fork Forks Fort Freeway Garden Gardens Gdns Gate Gateway Glen Glens Green Greens Grove Groves Harbor
Harbors Harbour Haven Heights Highway Hwy Hill Hills Hollow Inlet Island Islands Isle Junction Junctions Key
Keys Knoll Knolls Lake Lakes Land Landing Lane Ln Light Lights Loaf Lock Locks Lodge Loop Mall Manor Manors
Meadow Meadows Mews Mill Mills Mission Motorway Mount Mountain Mountains Neck Orchard Oval Overpass Parade
Park Parks Parkway Pkwy Parkways Pass Passage Path Pike Pine Pines Place Pl Plain Plains Plaza Point Points
Port Ports Prairie Promenade Quay Radial Ramp Ranch Rapid Rapids Rest Ridge Ridges Rise Rd River Road Roads
Route Row Rue Run Shoal Shoals Shore Shores Skyway Spring Springs Spur Spurs Square Sq Squares Station St
Stravenue Stream Street Streets Summit Ter Terrace Throughway Trace Track Trafficway Trail Trails Trailer
Tunnel Turnpike Underpass Union Unions Valley Valleys Via Viaduct View Views Village Villages Ville Vista Walk
Walks Wall Way Ways Well Wells Wharf Wynd Yard
"""
_SUFFIX = r"(?:" + "|".join(sorted(set(_SUFFIX_WORDS.split()), key=len, reverse=True)) + r")\.?"
# A capitalised word in any Latin script ("Nguyễn", "Siobhán", "O'Neil", "Washington-Price").
_NAME_WORD = r"(?=[A-ZÀ-ÖØ-ÞĀ-ſ])[^\W\d_](?:[^\W\d_]|['’-])+"
_UNIT = r"(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Studio|Room|Rm\.?|Floor|Fl\.?|Building|Bldg\.?|No\.|#)"
_UNIT_ID = r"#?\s?[0-9]+[A-Za-z]?|[A-Z]\b"
_SEP = r"(?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|,?[ \t]+)"
_US_STATE = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|"
    r"UT|V[AIT]|W[AIVY]|AS|GU|MP|UM|FM|MH|PW|AA|AE|AP)"
)
_ZIP = r"\d{5}(?:-\d{4})?"
_CA_POSTCODE = r"(?:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d)"
_UK_POSTCODE = r"(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2})"
_STREET = (
    # "Flat 3, 12 High Street", "Studio 2\nParry Squares" (no house number after a flat), "42 Wallaby Way"
    rf"(?:{_UNIT}[ \t]?(?:{_UNIT_ID}){_SEP}(?:\d{{1,6}}[A-Za-z]?,?[ \t]+)?|\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?,?[ \t]+)"
    rf"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
    rf"(?:{_NAME_WORD}[ \t]+){{1,4}}{_SUFFIX}(?![\w-])(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b)?"
    rf"(?:,?[ \t]+{_UNIT}[ \t]?(?:{_UNIT_ID}))?"  # "Apt. 4B", "Suite 907"
)
_TOWN_TAIL = (
    rf"(?:{_SEP}{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}(?=(?:,?[ \t]+|[ \t]*\n[ \t]*)(?:{_US_STATE}\b|{_UK_POSTCODE})))?"
    rf"(?:(?:,?[ \t]+|[ \t]*\n[ \t]*)(?:{_US_STATE}[ \t]+{_ZIP}|{_UK_POSTCODE}))?"
)

# Words that look like names to the patterns below but are not (sentence starters in notes, headers).
NOT_NAMES = frozenset(
    """The A An He She They We I It This That These Those His Her Their Our My Your Client Patient Pt Mother
    Father Sister Brother Son Daughter Wife Husband Partner Today Yesterday Tomorrow Reports Reported Denies
    Denied States Stated Notes Noted Was Is Are Has Had Will Would Could Should Plan Assessment Subjective
    Objective Data Behavior Behaviour Intervention Response Goal Goals Session Mood Affect Risk Safety Summary
    Continue Follow Next Dear Hi Hello Thanks Thank Regards Best Sincerely Kind Warm Warmly Re Subject From To
    Cc Date Dr Mr Mrs Ms Miss Mx Prof And Or But If When Then Also Not No Yes Please Team Clinic Practice
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Note Notes Companion Therapist Clinician Counsellor
    Counselor Referral Intake History Medications Medication Diagnosis Impression Contact Emergency DOB MRN
    Address Phone Tel Mobile Email Name Age Sex Gender Insurance Member Signed Subject Progress Family Staff
    Writer Collateral School Teacher Mom Dad Parent Parents Grandmother Grandfather Nurse Doctor Psychiatrist
    Everyone Nobody Someone Nothing Sleep Appetite Energy Concentration Anxiety Depression Client's Patient's
    Pt's Group Children Kids Partner's Insight Judgment Judgement Thought Speech Behaviour Behavior""".split()
)


class PatternPHIRecognizer(EntityRecognizer):
    """A regex recognizer whose redacted span is the named group `phi` when present, else the whole match."""

    def __init__(self, entity: str, patterns: list[str], *, score: float = 0.9, flags: int = 0,
                 name: str | None = None) -> None:
        self.regexes = [re.compile(p, flags) for p in patterns]
        self.score = score
        super().__init__(supported_entities=[entity], name=name or f"alliance_{entity.lower()}")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """Return one result per regex match."""
        out = []
        for rx in self.regexes:
            for m in rx.finditer(text):
                start, end = m.span("phi") if "phi" in rx.groupindex and m.group("phi") else m.span()
                if end > start and self._accept(text[start:end]):
                    out.append(RecognizerResult(self.supported_entities[0], start, end, self.score))
        return out

    def _accept(self, surface: str) -> bool:
        return True


class PersonPatternRecognizer(PatternPHIRecognizer):
    """Names found by cue (title, relationship, salutation, signature), not by the statistical NER."""

    def _accept(self, surface: str) -> bool:
        words = surface.split()
        return bool(words) and words[0] not in NOT_NAMES and not is_clinical(surface)


_CREDENTIAL = r"(?:LCSW|LICSW|LMSW|LPC|LMFT|LMHC|PsyD|Psy\.D|PhD|MD|DO|NP|RN|MSW|MA|MSc)\b"


def custom_recognizers() -> list[EntityRecognizer]:
    """The Alliance recognizers added to presidio's predefined ones."""
    i = re.IGNORECASE
    name = rf"(?P<phi>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    return [
        PatternPHIRecognizer("MRN", [
            r"(?i:\b(?:MRN|M\.R\.N\.|medical[ \t]+record(?:[ \t]+(?:number|no\.?|#))?|record[ \t]*(?:#|no\.?|number)"
            r"|chart[ \t]*(?:#|no\.?|number|id)|patient[ \t]*(?:id|#|no\.?|number)|hospital[ \t]+(?:number|no\.?)"
            r"|case[ \t]*(?:#|no\.?|number)))[ \t]*[:#]?[ \t]*(?P<phi>[A-Z]{0,3}-?\d[\d-]{2,14}\d)\b",
        ], score=0.95),
        PatternPHIRecognizer("SSN", [
            r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b",
            r"(?i:\b(?:SSN|social[ \t]+security(?:[ \t]+(?:number|no\.?|#))?))[ \t]*[:#]?[ \t]*(?P<phi>\d{3}[ -]?\d{2}[ -]?\d{4})\b",
            r"(?i:\b(?:SSN|social[ \t]+security(?:[ \t]+number)?)[ \t]+(?:ends?[ \t]+(?:in|with)|last[ \t]+(?:4|four)"
            r"(?:[ \t]+digits)?(?:[ \t]+(?:is|are))?)[ \t]*:?)[ \t]*(?P<phi>\d{4})\b",
        ], score=0.9),
        # case numbers (child welfare, court) and vehicle plates: HIPAA Safe Harbor identifiers (K) and (L)
        PatternPHIRecognizer("ID", [
            r"(?i:\bcase)[ \t]*(?i:#|no\.?|number|id)?[ \t]*[:#]?[ \t]*(?P<phi>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,20})\b",
            r"(?i:\b(?:licen[cs]e[ \t]+plate|plate|VIN|vehicle[ \t]+reg(?:istration)?))[ \t]*(?i:no\.?|number|#)?[ \t]*[:#]?[ \t]*"
            r"(?P<phi>(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{3,16}[A-Z0-9])\b",
        ], score=0.85),
        PatternPHIRecognizer("NHS", [
            r"(?i:\bNHS(?:[ \t]+(?:number|no\.?|#))?)[ \t]*[:#]?[ \t]*(?P<phi>\d{3}[ -]?\d{3}[ -]?\d{4})\b",
        ], score=0.95),
        PatternPHIRecognizer("INSURANCE_ID", [
            r"(?i:\b(?:member|subscriber|policy|insurance|insurer|medicaid|medicare|beneficiary|group|plan)"
            r"[ \t]*(?:id|#|no\.?|number|num)\.?)[ \t]*[:#]?[ \t]*(?P<phi>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,19})\b",
        ], score=0.9),
        PatternPHIRecognizer("ADDRESS", [
            _STREET + _TOWN_TAIL,
            # typed in lower case in a chat: "i live at 88 pine ridge rd"
            rf"(?i:\b(?:live|lives|living|moved|staying|stay|address(?:[ \t]+is)?)[ \t]+(?:at|on|to|in|is)?[ \t]*"
            rf"(?P<phi>\d{{1,6}}[a-z]?[ \t]+(?:[a-z'-]+[ \t]+){{1,4}}{_SUFFIX}(?![\w-])))",
        ], score=0.9),
        PatternPHIRecognizer("ADDRESS", [
            rf"\b{_US_STATE}[ \t]+{_ZIP}\b",
            rf"\b{_UK_POSTCODE}\b",
            rf"\b{_CA_POSTCODE}\b",
            # a street named without a house number: "lives on Birchwood Crescent"
            rf"(?i:\b(?:on|at|off|near))[ \t]+(?P<phi>(?:{_NAME_WORD}[ \t]+){{1,3}}{_SUFFIX})(?![\w-])",
            rf"(?i:\b(?:zip|zip[ \t]*code|postcode|postal[ \t]+code)(?:[ \t]+on[ \t]+file)?)[ \t]*[:#]?[ \t]*(?P<phi>{_ZIP}|(?-i:{_UK_POSTCODE}))",
        ], score=0.85, name="alliance_postcode"),
        PatternPHIRecognizer("PHONE", [
            r"(?<![\w/.-])(?:(?:\+|00)\d{1,3}[ .-]?|001-|1[ .-])?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}"
            r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?(?![\w-])",
            r"(?<![\w/.-])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(?0)\d{2,4}\)?[ \t-]?\d{3,4}[ \t-]?\d{3,4}(?![\w-])",
        ], score=0.8),
        PatternPHIRecognizer("EMAIL", [r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"], score=0.95),
        PatternPHIRecognizer("URL", [r"\b(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)]"], score=0.9),
        # social media handles: HIPAA Safe Harbor (R), any other unique identifying code
        PatternPHIRecognizer("ID", [r"(?<![\w.@])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_.]{2,30}[A-Za-z0-9_]"], score=0.85,
                             name="alliance_handle"),
        PatternPHIRecognizer("DATE", [
            r"(?<!\d)(?<!\d\.)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2})(?!\.?\d)",
            rf"\b(?:{_WEEKDAY})?{_MONTH}[ \t]+{_ORD}(?:,?[ \t]+\d{{4}})?\b",
            rf"\b(?:{_WEEKDAY})?{_ORD}[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}})?\b",
            rf"\b{_MONTH}[ \t]+\d{{4}}\b",
            r"(?i:\b(?:on|from|since|until|till|by|before|after|appt|appointment|seen|dated?|due|discharged|admitted"
            r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:\.|day)?|(?:tues|wednes|thurs|satur)day))[ \t]+"
            r"(?P<phi>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))\b(?![/\d])",
            # date of birth given as a bare year is kept by HIPAA Safe Harbor, but not next to a DOB cue
            r"(?i:\b(?:DOB|D\.O\.B\.|date[ \t]+of[ \t]+birth|born(?:[ \t]+(?:on|in))?))[ \t]*[:#]?[ \t]*(?P<phi>\d{4})\b(?![/.-]\d)",
        ], score=0.85),
        # HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C): ages over 89 are identifiers.
        PatternPHIRecognizer("AGE", [
            r"\b(?P<phi>(?:9\d|1[01]\d))(?=[ \t-]*(?:years?|yrs?|y/?o\b|yo\b))",
            r"(?i:\b(?:aged?|age:))[ \t]*(?P<phi>(?:9\d|1[01]\d))\b",
        ], score=0.9),
        PersonPatternRecognizer("PERSON", [
            rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+{name}",
            rf"(?i:\b(?:client|patient|pt|son|daughter|mother|mom|mum|father|dad|wife|husband|partner|boyfriend"
            rf"|girlfriend|fiancée?|spouse|brother|sister|sibling|friend|aunt|uncle|grandmother|grandfather"
            rf"|grandma|grandpa|niece|nephew|cousin|roommate|flatmate|colleague|coworker|boss|manager|teacher"
            rf"|named|called|name\s+is|i\s*'?\s*m|this\s+is|speaking\s+with|spoke\s+with"
            rf"|(?:seen|referred|completed|written|signed|reviewed|prepared|dictated|assessed|supervised)\s+by"
            rf"|from\s*:|to\s*:|contact\s*:|best|best\s+wishes|cheers|warmly|kind\s+regards|warm\s+regards"
            rf"|cc|attn|re\s*:|dear|hi|hello|thanks|regards|sincerely|signed|clinician|therapist|counsell?or"
            rf"|psychiatrist|prescriber|GP|PCP|physician|emergency\s+contact|name)(?:[ \t]*[:,(])?)"
            rf"[ \t]*\n?[ \t]*(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?{name}",
            # a full name after "with"/"and": "follow up with June Alexander"
            rf"(?i:\b(?:with|and|to|for)[ \t]+)(?P<phi>{_NAME_WORD}[ \t]+{_NAME_WORD})\b(?![ \t]+{_SUFFIX})",
            # a name as the subject of a reporting verb: "Megan rated distress 6/10"
            rf"\b(?P<phi>{_NAME_WORD})(?:'s)?(?=[ \t]+(?:said|says|reports|reported|rated|rates|states|stated|denies"
            rf"|denied|agreed|agrees|described|describes|attended|arrived|presented|endorses|endorsed|admits"
            rf"|admitted|shared|disclosed|texted|cancell?ed|explained|wants|wanted|feels|felt|will[ \t]+help)\b)",
            r"(?i:\bmy[ \t]+name(?:[ \t]+is|'s|\u2019s)[ \t]+)(?P<phi>[A-Za-z][a-z'-]+)",
            # a signature line: "Sarah Thompson, LCSW" or a name above "Clinical Psychologist"
            rf"(?m:^)[ \t]*{name}(?=[ \t]*,[ \t]*{_CREDENTIAL}|[ \t]*\n[ \t]*(?:{_CREDENTIAL}|Clinical|Licensed|Therapist"
            rf"|Counsell?or|Psychiatrist|Psychologist))",
        ], score=0.86),  # above spaCy (0.85): a cue such as "Dr." or "her sister" beats a LOCATION guess
    ]


# --- clinical allow-list ---------------------------------------------------------------------------------

# Common psychiatric medications (generic and US/UK brand names); a dose after the name is kept too.
_MEDICATIONS = """
sertraline zoloft lustral fluoxetine prozac escitalopram lexapro cipralex citalopram celexa cipramil paroxetine
paxil seroxat fluvoxamine luvox venlafaxine effexor desvenlafaxine pristiq duloxetine cymbalta bupropion
wellbutrin zyban mirtazapine remeron zispin trazodone desyrel vortioxetine trintellix brintellix vilazodone
viibryd amitriptyline elavil nortriptyline pamelor imipramine tofranil clomipramine anafranil doxepin silenor
phenelzine nardil tranylcypromine parnate selegiline emsam esketamine spravato ketamine auvelity zuranolone
zurzuvae brexanolone lithium lithobid priadel camcolit lamotrigine lamictal valproate divalproex depakote
depakene epilim carbamazepine tegretol oxcarbazepine trileptal topiramate topamax gabapentin neurontin
pregabalin lyrica quetiapine seroquel olanzapine zyprexa lybalvi risperidone risperdal aripiprazole abilify
ziprasidone geodon lurasidone latuda paliperidone invega clozapine clozaril haloperidol haldol chlorpromazine
perphenazine fluphenazine cariprazine vraylar brexpiprazole rexulti lumateperone caplyta asenapine saphris
iloperidone fanapt amisulpride cobenfy buspirone buspar hydroxyzine vistaril atarax propranolol inderal
prazosin minipress clonidine catapres kapvay guanfacine intuniv tenex methylphenidate ritalin concerta
medikinet dexmethylphenidate focalin amphetamine adderall lisdexamfetamine vyvanse elvanse dextroamphetamine
dexedrine atomoxetine strattera viloxazine qelbree modafinil provigil lorazepam ativan alprazolam xanax
clonazepam klonopin rivotril diazepam valium temazepam restoril chlordiazepoxide librium oxazepam zolpidem
ambien eszopiclone lunesta zopiclone zaleplon melatonin circadin ramelteon suvorexant belsomra naltrexone
vivitrol revia nalmefene buprenorphine suboxone subutex sublocade methadone acamprosate campral disulfiram
antabuse varenicline chantix champix naloxone narcan benztropine cogentin procyclidine levothyroxine
valbenazine ingrezza deutetrabenazine austedo
"""
_MED = r"(?:" + "|".join(sorted(set(_MEDICATIONS.split()), key=len, reverse=True)) + r")"
_DOSE = r"\d+(?:\.\d+)?[ \t]*(?:mg|mcg|µg|ml|units?)(?:[ \t]*/[ \t]*(?:day|d|dose))?"
_FREQ = (
    r"(?:qhs|qam|qpm|qd|qod|bid|b\.i\.d\.|tid|qid|prn|po|od|bd|tds|nocte|mane|daily|nightly|weekly|at[ \t]+bedtime"
    r"|(?:once|twice|three[ \t]+times)[ \t]+(?:a[ \t]+|per[ \t]+)?(?:day|daily|week|weekly)|in[ \t]+the[ \t]+(?:morning|evening)"
    r"|as[ \t]+needed|ER|XR|XL|SR|CR|ODT|LAI|depot)"
)
_INSTRUMENT = (
    r"(?:PHQ-?9|PHQ-?2|PHQ-?A|PHQ-?15|GAD-?7|GAD-?2|PCL-?5|C-?SSRS|CSSRS|Columbia|AUDIT-?C|AUDIT|DAST-?10|CAGE"
    r"|EPDS|MDQ|Y-?BOCS|CY-?BOCS|ASRS|CORE-?10|CORE-?OM|WEMWBS|SWEMWBS|K-?10|K-?6|ORS|SRS|BDI-?II|BDI|BAI"
    r"|HAM-?D|HAM-?A|HAMD|MADRS|YMRS|PANSS|MoCA|MMSE|WHODAS(?:[ \t]*2\.0)?|DES-?II|ACEs?|PSS|ISI|EAT-?26|SCOFF"
    r"|CAPS-?5|PC-?PTSD-?5|SDQ|RCADS|SCARED|CDI|Vanderbilt|WSAS|GAF|CGI-?S|CGI-?I|PSQI|ASSIST)"
)
_ABBREV = (
    r"(?:CBT-?I|CBT-?E|TF-?CBT|CBT|DBT|ACT|EMDR|MI|IPT|CPT|PE|ERP|CFT|MBCT|MBSR|SFBT|PCIT|IFS|EFT|BA|MBT|TFP"
    r"|SI|HI|SIB|NSSI|AH|VH|AVH|MDD|GAD|C-?PTSD|PTSD|OCD|ADHD|ADD|BPD|ASD|AUD|SUD|OUD|BED|ARFID|PDD|PMDD|SAD"
    r"|MSE|WNL|PRN|BID|TID|QID|QHS|QAM|QD|PO|SSRI|SNRI|TCA|MAOI|ECT|TMS|IOP|PHP|ED|ER|ICU|PCP|GP|CMHT|CAMHS|IAPT"
    r"|LCSW|LPC|LMFT|LMHC|PsyD|PhD|MD|NP|RN|ROI|HIPAA|BAA|SOAP|DAP|BIRP|GIRP|A&O(?:x| x ?)?[1-4]?)"
    r"(?![ \t]+\d{5}\b)"  # "HI 96813" and "MI 48201" are a state and a ZIP code
)
_NUMWORD = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple[ \t]+of)"
_UNIT_T = r"(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|mos?|years?|yrs?|sessions?)"
_CLINICAL_PATTERNS = [
    rf"\b{_INSTRUMENT}(?:[ \t]+(?:item[ \t]*\d+|total|score|scores|was|is|of|=|:|at|was[ \t]+at)){{0,3}}"
    rf"[ \t]*(?:\d{{1,3}}(?:[ \t]*/[ \t]*\d{{1,3}})?)?(?![\w-])",
    rf"(?i:\b{_MED}\b(?:[ \t]+(?:{_FREQ}[ \t]+)?(?:{_DOSE}|\d+(?:\.\d+)?\b))?(?:[ \t]+{_FREQ}\b)*)",
    rf"(?i:\b{_DOSE}\b(?:[ \t]+{_FREQ}\b)*)",
    rf"\b{_ABBREV}(?![\w-])",
    r"\bDSM-?(?:5|IV|5-TR|IV-TR)(?:-TR)?\b|\bICD-?1[01](?:-CM)?\b",
    r"\bF\d{2}(?:\.\d{1,2})?\b|\b[Z]\d{2}\.\d{1,2}\b|\b(?:CPT|code)[ \t]*9\d{4}\b",
    rf"(?i:\b(?:for|over|past|last|in|within|after|every|each|about|nearly|almost|since)[ \t]+(?:the[ \t]+)?"
    rf"(?:past[ \t]+|last[ \t]+|next[ \t]+|other[ \t]+)?{_NUMWORD}[ \t]*(?:-|to)?[ \t]*(?:\d+[ \t]+)?{_UNIT_T}\b)",
    rf"(?i:\b\d+(?:[ \t]*(?:-|to)[ \t]*\d+)?[- \t]?(?:minute|min|hour|day|week|month|year|session)s?\b(?![ \t-]*old))",
    r"(?i:\b(?:weekly|bi-?weekly|fortnightly|monthly|twice[ \t]+(?:a|per)[ \t]+(?:week|month)"
    r"|once[ \t]+(?:a|per)[ \t]+(?:week|month)|every[ \t]+(?:other|\d+)[ \t]+weeks?|\d+x[ \t]*/[ \t]*(?:week|wk|month)"
    r"|\d+[ \t]+times[ \t]+(?:a|per)[ \t]+week)\b)",
    rf"(?i:\bsession[ \t]*(?:#|no\.?|number)?[ \t]*\d{{1,3}}\b(?![/.-]\d)(?![ \t]+(?-i:{_MONTH}))|\b\d+(?:st|nd|rd|th)[ \t]+session\b)",
    r"(?i:\b(?:score[ds]?|scored|total(?:[ \t]+score)?)[ \t]*(?:of|=|:|was|is)?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?\b)",
    r"(?<![\d/])\d{1,2}[ \t]*/[ \t]*10\b(?![/\d])",
]
CLINICAL_RX = re.compile("|".join(f"(?:{p})" for p in _CLINICAL_PATTERNS))


def clinical_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of clinical terms that must survive redaction."""
    return [m.span() for m in CLINICAL_RX.finditer(text) if m.end() > m.start()]


def is_clinical(surface: str) -> bool:
    """Whether a whole string is a clinical term from the allow-list."""
    m = CLINICAL_RX.fullmatch(surface.strip())
    return m is not None


# --- known PHI (the caller's list) -----------------------------------------------------------------------

_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%m-%d-%Y", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y",
                 "%d %B %Y", "%d %b %Y", "%B %d %Y")


def _parse_date(s: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _date_variants(d: date) -> list[str]:
    m, dd, y = d.month, d.day, d.year
    month, mon = d.strftime("%B"), d.strftime("%b")
    return [f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{dd:02d}/{m:02d}/{y}",
            f"{m}/{dd}/{y % 100:02d}", f"{m:02d}/{dd:02d}/{y % 100:02d}", f"{dd:02d}/{m:02d}/{y % 100:02d}",
            f"{y}-{m:02d}-{dd:02d}", f"{m}-{dd}-{y}", f"{m:02d}-{dd:02d}-{y}", f"{dd}.{m}.{y}",
            f"{dd:02d}.{m:02d}.{y}", f"{month} {dd}, {y}", f"{month} {dd} {y}", f"{mon} {dd}, {y}",
            f"{mon}. {dd}, {y}", f"{dd} {month} {y}", f"{dd} {mon} {y}", f"{_ordinal(dd)} {month} {y}",
            f"{_ordinal(dd)} of {month} {y}", f"{month} {_ordinal(dd)}, {y}", f"{month} {dd}", f"{dd} {month}"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def known_phi_patterns(known: list[str]) -> list[tuple[re.Pattern[str], str]]:
    """Regexes (with a label) that find each known PHI string, its date variants and its name parts."""
    out: list[tuple[re.Pattern[str], str]] = []
    for raw in known:
        s = " ".join(raw.split())
        if len(s) < 2:
            continue
        alts: list[str] = [s]
        label = "PHI"
        digits = re.sub(r"\D", "", s)
        if "@" in s:
            label = "EMAIL"
        elif (d := _parse_date(s)) is not None:
            label = "DATE"
            alts += _date_variants(d)
        elif len(digits) >= 7 and len(digits) >= 0.6 * len(re.sub(r"\s", "", s)):
            label = "PHONE" if len(digits) in (10, 11, 12) else "ID"
            out.append((re.compile(r"(?<!\d)" + r"[\s().+-]{0,3}".join(digits) + r"(?!\d)"), label))
        elif re.fullmatch(r"[^\W\d_]+(?:[ '.-][^\W\d_]+)*\.?", s) and len(s.split()) <= 5:
            label = "PERSON"
            alts += [p for p in re.split(r"[ .]+", s) if len(p) >= 2 and p.rstrip(".") not in ("Dr", "Mr", "Mrs", "Ms")]
        elif s[0].isdigit():
            label = "ADDRESS"
        body = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in sorted(set(alts), key=len, reverse=True))
        out.append((re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), label))
    return out
