"""Synthetic PHI suite: Faker-generated clinical documents with every inserted PHI item and clinical term marked.

Run `python tests/llm/phi_suite.py` for the figures recorded in docs/privacy.md.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable

from faker import Faker

SEED = 20250611
STYLES = ("soap", "dap", "birp", "girp", "intake", "referral", "chat", "dictation", "email")


@dataclass
class Span:
    kind: str
    start: int
    end: int


@dataclass
class SuiteDoc:
    style: str
    locale: str
    text: str
    phi: list[Span] = field(default_factory=list)
    clinical: list[Span] = field(default_factory=list)
    known_phi: list[str] = field(default_factory=list)


_FIELD = re.compile(r"\{(\w+)\}|\[\[(.+?)\]\]")


def _render(template: str, values: dict[str, tuple[str | None, str]]) -> tuple[str, list[Span], list[Span]]:
    """Fill `{field}` (PHI kind or CLIN) and `[[clinical term]]` markers, recording where each value lands."""
    out, phi, clin, pos = [], [], [], 0
    length = 0
    for m in _FIELD.finditer(template):
        literal = template[pos:m.start()]
        out.append(literal)
        length += len(literal)
        if m.group(1):
            kind, value = values[m.group(1)]
        else:
            kind, value = "CLIN", m.group(2)
        if kind == "CLIN":
            clin.append(Span("CLIN", length, length + len(value)))
        elif kind:
            phi.append(Span(kind, length, length + len(value)))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), phi, clin


_MEDS = ["sertraline 50 mg", "fluoxetine 20mg", "quetiapine 25 mg qhs", "escitalopram 10 mg daily",
         "bupropion XL 150 mg", "venlafaxine 75 mg", "mirtazapine 15 mg at bedtime", "lamotrigine 100 mg",
         "aripiprazole 5 mg", "trazodone 50 mg prn", "lithium 300 mg bid", "hydroxyzine 25 mg prn",
         "prazosin 2 mg", "methylphenidate 18 mg", "clonazepam 0.5 mg", "Zoloft 100 mg", "Lexapro 20 mg",
         "duloxetine 60 mg", "buspirone 10 mg tid", "Vyvanse 30 mg"]
_THERAPY = ["CBT", "DBT", "ACT", "EMDR", "MI", "CPT", "ERP", "IPT", "TF-CBT", "MBCT"]
_DX = [("MDD", "F32.1"), ("GAD", "F41.1"), ("PTSD", "F43.10"), ("OCD", "F42.2"), ("ADHD", "F90.0"),
       ("MDD", "F33.1"), ("GAD", "F41.1")]
_FREQ = ["weekly", "biweekly", "every 2 weeks", "twice weekly", "fortnightly", "monthly"]
_DUR = ["for 6 weeks", "for 3 months", "over the past 2 weeks", "for the last 10 days", "for 4 weeks",
        "in 2 weeks", "for about a year"]
_OTHER = ["PCL-5 of 41", "AUDIT-C of 3", "C-SSRS", "PHQ-2", "DSM-5", "ICD-10", "SIB", "HI", "NSSI", "Y-BOCS 24"]
_RELATIONS = ["sister", "brother", "mother", "father", "partner", "husband", "wife", "friend", "daughter", "son"]


def _dob_text(rng: random.Random, d, locale: str) -> str:
    us = locale == "en_US"
    fmts = [f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}",
            d.strftime("%Y-%m-%d"), f"{d.strftime('%B')} {d.day}, {d.year}", f"{d.day} {d.strftime('%B')} {d.year}",
            f"{d.strftime('%b')} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}" if us
            else f"{d.day}.{d.month}.{d.year}"]
    return rng.choice(fmts)


def _nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(dg * w for dg, w in zip(digits, range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits + [check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _persona(fake: Faker, rng: random.Random, locale: str) -> dict[str, tuple[str | None, str]]:
    first, last = fake.first_name(), fake.last_name()
    dob = fake.date_of_birth(minimum_age=18, maximum_age=75)
    us = locale == "en_US"
    if us:
        street, city = fake.street_address(), fake.city()
        tail = f"{fake.state_abbr(include_territories=False)} {fake.zipcode()}"
        address = rng.choice([f"{street}, {city}, {tail}", f"{street}\n{city}, {tail}", f"{street}, {city} {tail}"])
        gov_id = ("SSN", fake.ssn())
        mrn = rng.choice([str(rng.randint(1000000, 9999999)), f"{rng.randint(10000000, 99999999)}",
                          f"A{rng.randint(100000, 999999)}"])
    else:
        street, city = fake.street_address().replace("\n", ", "), fake.city()
        address = rng.choice([f"{street}, {city}, {fake.postcode()}", f"{street}\n{city}\n{fake.postcode()}",
                              f"{street}, {city} {fake.postcode()}"])
        gov_id = ("NHS", _nhs_number(rng))
        mrn = rng.choice([str(rng.randint(100000, 9999999)), f"RX{rng.randint(100000, 999999)}"])
    dx, icd = rng.choice(_DX)
    rel_first = fake.first_name()
    phq, gad = rng.randint(5, 24), rng.randint(4, 20)
    return {
        "client": ("NAME", f"{first} {last}"), "first": ("NAME", first), "last": ("NAME", last),
        "dob": ("DOB", _dob_text(rng, dob, locale)), "phone": ("PHONE", fake.phone_number()),
        "address": ("ADDRESS", address), "city": ("LOCATION", fake.city()),
        "email": ("EMAIL", f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{fake.free_email_domain()}"),
        "mrn": ("MRN", mrn), "govid": gov_id,
        "insurance": ("INSURANCE_ID", f"{fake.random_uppercase_letter()}{fake.random_uppercase_letter()}"
                                      f"{rng.randint(100000000, 999999999)}"),
        "rel": (None, rng.choice(_RELATIONS)), "relname": ("NAME", rel_first),
        "ecname": ("NAME", f"{fake.first_name()} {fake.last_name()}"), "ecphone": ("PHONE", fake.phone_number()),
        "clinician": ("NAME", f"{fake.first_name()} {fake.last_name()}"),
        "referrer": ("NAME", f"{fake.first_name()} {fake.last_name()}"),
        "date1": ("DATE", fake.date_between("-1y", "today").strftime(rng.choice(["%m/%d/%Y", "%B %d, %Y", "%d %B %Y"]))),
        "date2": ("DATE", fake.date_between("today", "+60d").strftime(rng.choice(["%B %d", "%m/%d/%Y", "%d %b %Y"]))),
        "oldage": ("AGE", str(rng.randint(90, 104))), "url": ("URL", f"https://www.{fake.domain_name()}/{first.lower()}{last.lower()}"),
        "ip": ("IP", fake.ipv4_public()), "postcode": ("ADDRESS", fake.postcode()),
        "phq": ("CLIN", rng.choice([f"PHQ-9 of {phq}", f"PHQ-9 score {phq}", f"PHQ-9 = {phq}", f"PHQ-9 total {phq}"])),
        "gad": ("CLIN", rng.choice([f"GAD-7 of {gad}", f"GAD-7 score {gad}", f"GAD-7 {gad}"])),
        "med1": ("CLIN", rng.choice(_MEDS)), "med2": ("CLIN", rng.choice(_MEDS)),
        "therapy": ("CLIN", rng.choice(_THERAPY)), "therapy2": ("CLIN", rng.choice(_THERAPY)),
        "dx": ("CLIN", dx), "icd": ("CLIN", icd), "freq": ("CLIN", rng.choice(_FREQ)), "dur": ("CLIN", rng.choice(_DUR)),
        "other": ("CLIN", rng.choice(_OTHER)),
        "street": ("ADDRESS", street), "relname_lc": ("NAME", rel_first.lower()),
        "employer": (None, fake.company()), "holiday": (None, rng.choice(["Christmas", "Thanksgiving", "Easter", "Ramadan"])),
    }


_TEMPLATES: dict[str, list[str]] = {
    "soap": [
        "Progress note {date1}. Mrs. {last} joined by Zoom from her office at {employer}. Since {holiday} "
        "she has been sleeping 4 hours a night. {relname}'s visit went better than feared. She moved to {street} "
        "last month. A&Ox3. [[PHQ9]] 17, [[GAD7]] 15. Plan: {therapy} {freq}, [[Wellbutrin XL 300mg]] unchanged; "
        "[[C-SSRS screen negative]]. New mobile {phone}.",
        "SOAP NOTE\nClient: {client}   DOB: {dob}   MRN: {mrn}\nDate of service: {date1}\n\n"
        "S: {first} reports low mood {dur} and poor sleep. Her {rel} {relname} has been staying with her. "
        "Denies [[SI]]/[[HI]]. Taking {med1} as prescribed.\n"
        "O: Alert, oriented, affect constricted. {phq}; {gad}.\n"
        "A: {dx} ({icd}), moderate. Responding partially to {therapy}.\n"
        "P: Continue {therapy} {freq}. Continue {med1}; prescriber to review {med2}. Next session {date2}. "
        "Crisis line and safety plan reviewed. Contact on file: {phone}.\n{clinician}, LCSW",
        "S: Client {client} ({dob}) states she has felt \"flat\" {dur}. Lives at {address}. "
        "Reports conflict with {rel} {relname}; no [[SIB]].\nO: {phq}, {gad}. Speech normal.\n"
        "A: {dx}, {icd}. {other} reviewed.\nP: {therapy} {freq}; {med1}. Follow up {date2}. "
        "Chart no. {mrn}.\nSigned: {clinician}",
    ],
    "dap": [
        "D: {first} {last} texted {relname} on Monday instead of cancelling; attends Alcoholics Anonymous "
        "twice a week. {phq}. I: Reviewed {therapy} worksheet; [[A&Ox3]]. A: Improving, [[moderate MDD]]. "
        "P: {freq}; [[Seroquel 50mg qhs]] per Dr. {referrer}. Next appt {date2}.",
        "DAP note for {client}, record # {mrn}, seen {date1}.\nD: {first} described panic episodes {dur}; "
        "{phq}. She called {relname} (her {rel}) during the last one.\nA: Presentation consistent with {dx} "
        "({icd}). No [[SI]]. Engaged well with {therapy} skills.\nP: Meet {freq}; continue {med1}. "
        "Reach client at {phone} or {email}.\n-- {clinician}",
        "DATA: Mr. {last} attended on {date1}. {gad}, {phq}. Reports drinking less; {other}.\n"
        "ASSESSMENT: {dx} improving with {therapy}.\nPLAN: Continue {med2} and {therapy2} {freq}; "
        "review {date2}. Insurance member ID: {insurance}.\nClinician: {clinician}",
    ],
    "birp": [
        "B: Pt {client} came with her {rel}. Reports [[passive SI]] last week, no plan or intent. "
        "I: Updated safety plan; [[Stanley-Brown]] plan reviewed; {therapy}. R: {phq}, {gad}. Agreed to call "
        "{ecname} at {ecphone} if urges rise. P: {freq}; [[PRN hydroxyzine]]. Google Calendar reminder sent.",
        "BIRP note\nName: {client}\nDate of birth: {dob}\nB: {first} arrived late, tearful, said her {rel} "
        "{relname} \"doesn't get it\". Denied [[SI]] and [[HI]].\nI: Practised {therapy} thought records; "
        "reviewed {med1} adherence.\nR: {phq} (down from 19). Engaged.\nP: {freq} sessions {dur}; next {date2}.\n"
        "Therapist: {clinician}",
        "Behavior: Client ({client}, MRN {mrn}) presented with pressured speech. {gad}.\n"
        "Intervention: {therapy} and grounding; discussed {med2}.\nResponse: Calmer by end. {other}.\n"
        "Plan: {therapy2} {freq}; call {phone} if no-show. Address on file: {address}.\n{clinician}, PsyD",
    ],
    "girp": [
        "G: {first} wants to return to work at {employer}. I: Behavioural activation, {therapy2}; "
        "[[BA]] schedule. R: {gad}; reports 7/10 anxiety before {holiday}. P: {freq} {dur}. "
        "Occupational health contact: {ecname}, {ecphone}. Postcode on file: {postcode}.",
        "GIRP note - {client} - {date1}\nG: Reduce avoidance per {dx} treatment plan ({icd}).\n"
        "I: Exposure hierarchy using {therapy}; {first} rated distress 6/10.\nR: {phq}; {gad}. "
        "{first} said {relname} will help with homework.\nP: Continue {freq} {dur}. Continue {med1}.\n"
        "Signed by {clinician} on {date1}",
        "Goal: improve sleep and mood. Client {client}, DOB {dob}.\nIntervention: {therapy2} for insomnia; "
        "{med2} reviewed with prescriber Dr. {referrer}.\nResponse: {phq}. No [[SI]].\n"
        "Plan: {freq} for {dur}. Member ID {insurance}. {clinician}",
    ],
    "intake": [
        "Intake. {client} is a 34-year-old woman referred by her GP, Dr. {referrer}. She grew up in "
        "{city} and now lives at {street} with {relname} and two children. MRN {mrn}. [[AUDIT-C]] 2, "
        "{phq}. [[Beck Depression Inventory]] not done. Diagnosis deferred; rule out {dx}. Start {therapy} {freq}.",
        "INTAKE SUMMARY\nClient: {client}\nDOB: {dob}\nMRN: {mrn}\nAddress: {address}\nPhone: {phone}\n"
        "Email: {email}\nEmergency contact: {ecname} ({rel}), {ecphone}\n\nPresenting problem: low mood and "
        "worry {dur}. {phq}, {gad}. {other}. History of {dx} ({icd}); previous {therapy} helped. Current "
        "medications: {med1}, {med2}. Lives with her grandmother, who is {oldage} years old.\n"
        "Risk: denies [[SI]], [[HI]], [[SIB]].\nPlan: {therapy2} {freq}. Intake completed by {clinician} on {date1}.",
        "New client intake: {client} (born {dob}), referred by Dr. {referrer}. Insurance member ID: "
        "{insurance}. {govid_label} {govid}.\nLives at {address}. Works part-time. Drinks 2-3 units/week, "
        "{other}.\nScreeners: {phq}; {gad}.\nImpression: {dx}, {icd}. Recommend {therapy} {freq} and "
        "review of {med1}.\nIntake clinician: {clinician}",
    ],
    "referral": [
        "Dear {relname},\n\nAs discussed, I am writing about {client} (DOB {dob}). {first} has engaged "
        "well in {therapy} {dur} and her {phq}. Please call me on {phone} to arrange a handover.\n\n"
        "Warm regards,\n{clinician}\nLicensed Clinical Social Worker",
        "{date1}\n\nDear Dr. {referrer},\n\nRe: {client}, DOB {dob}, NHS/MRN {mrn}\n{address}\n\n"
        "Thank you for referring {first}, whom I assessed on {date1}. She meets criteria for {dx} ({icd}), "
        "with {phq} and {gad}. She has been taking {med1} {dur}. I have offered {therapy} {freq}. "
        "Her {rel}, {relname}, attended part of the session with her consent.\n\nYours sincerely,\n\n"
        "{clinician}\nClinical Psychologist",
        "Referral to psychiatry\nPatient: {client}   Date of birth: {dob}\nTel: {phone}\n\nI would be "
        "grateful if you could review {first}'s medication. Current {med1}; {med2} was stopped after "
        "side effects. {phq}. {other}. We will continue {therapy} {freq}.\n\nKind regards,\n{clinician}",
    ],
    "chat": [
        "Client: cant sleep again. {relname_lc} says i should just get over it\nCompanion: That sounds "
        "hard. Have you tried the wind-down routine from {therapy}?\nClient: yeah. also im at {street} "
        "tonight not home\nCompanion: Thanks for letting me know. Are you safe right now?\nClient: yes. "
        "just tired. {holiday} is always rough",
        "Companion: Hi, welcome back. How has your week been?\nClient: honestly not great. my {rel} {relname} "
        "keeps calling me at work\nCompanion: That sounds stressful. Would one of your {therapy} skills help?\n"
        "Client: maybe. I told {relname} I need space. my number is {phone} if the clinic needs it\n"
        "Companion: Thanks for sharing. Your therapist, {clinician}, can see this conversation.\n"
        "Client: ok. I'm still taking {med1}. my {phq} last time lol",
        "Client: hi it's {first}. can i move my appt on {date2}?\nCompanion: I can pass that to your "
        "clinician. What would you like to work on today?\nClient: I moved to {address} and my "
        "{rel} {relname} is helping me unpack. stress is high {dur}\nCompanion: Moving is a big change. "
        "Let's try a short {therapy} breathing exercise.\nClient: ok. email me at {email}",
    ],
    "dictation": [
        "Okay this is {clinician}, dictation for patient {first} {last}, D.O.B. {dob}. She is a {oldage} "
        "year old widow living alone at {address}. Her niece {relname} visits weekly. Mood low {dur}, "
        "{phq}. On {med1}. Plan {therapy2} {freq}, recheck on {date2}.",
        "This is {clinician} dictating a progress summary for {client}, date of birth {dob}, medical record "
        "number {mrn}. Seen today {date1}. She has been attending {therapy} {freq} {dur}. {phq} and {gad}. "
        "Diagnosis {dx}, {icd}. Medication {med1}. Her {rel} {relname} is supportive. She denies [[SI]]. "
        "Plan to continue and review on {date2}. End of dictation.",
        "Dictated summary. Patient {client}, MRN {mrn}, address {address}, phone {phone}. {first} reports "
        "improvement with {therapy2}; {phq}. {other}. Continue {med2}. Her grandfather, aged {oldage}, "
        "recently moved in. Follow up {date2} with {clinician}.",
    ],
    "email": [
        "Hi {clinician},\n\nIt's {first} again. I can't make Tuesday, can we do {date2} instead? My new "
        "number is {phone}. My {rel} {relname} will drive me. I did the {therapy} homework and my {gad}.\n\nThanks,\n{first}\nSent from my iPhone",
        "From: {clinician} <clinic.team@example.org>\nTo: {email}\nSubject: Your appointment on {date2}\n\n"
        "Hi {first},\n\nThis is a reminder of your {therapy} session on {date2}. Please bring your "
        "{phq} worksheet. If you need to reschedule call {phone}.\n\nBest,\n{clinician}",
        "Subject: Records request for {client} (DOB {dob})\n\nHello,\n\nPlease send records for {client}, "
        "MRN {mrn}, {govid_label} {govid}, currently living at {address}. She was treated for {dx} "
        "({icd}) with {therapy} and {med1}. Portal login from {ip}; profile {url}.\n\nThanks,\n{clinician}",
    ],
}


def generate(seed: int = SEED, per_style: int = 9) -> list[SuiteDoc]:
    """The suite: `per_style` documents for each note style, reproducible from `seed`."""
    rng = random.Random(seed)
    fakes = {loc: Faker(loc) for loc in ("en_US", "en_GB")}
    for i, fake in enumerate(fakes.values()):
        fake.seed_instance(seed + i)
    docs = []
    for style in STYLES:
        for i in range(per_style):
            locale = "en_US" if i % 2 == 0 else "en_GB"
            values = _persona(fakes[locale], rng, locale)
            values["govid_label"] = (None, "SSN" if values["govid"][0] == "SSN" else "NHS number")
            template = _TEMPLATES[style][i % len(_TEMPLATES[style])]
            text, phi, clin = _render(template, values)
            known = [values["client"][1], values["dob"][1]]
            docs.append(SuiteDoc(style, locale, text, phi, clin, known))
    return docs


@dataclass
class Figures:
    phi_total: dict[str, int] = field(default_factory=dict)
    phi_caught: dict[str, int] = field(default_factory=dict)
    clinical_total: int = 0
    clinical_redacted: int = 0
    ordinary_words: int = 0
    ordinary_redacted: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    wrongly_redacted: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.phi_caught.values()) / max(1, sum(self.phi_total.values()))

    @property
    def clinical_redacted_share(self) -> float:
        return self.clinical_redacted / max(1, self.clinical_total)

    @property
    def ordinary_redacted_share(self) -> float:
        return self.ordinary_redacted / max(1, self.ordinary_words)


def evaluate(docs: list[SuiteDoc], redact: Callable, *, use_known_phi: bool = True) -> Figures:
    """Score `redact` on the suite: an item is caught only if none of its characters survive."""
    f = Figures()
    for doc in docs:
        r = redact(doc.text, known_phi=doc.known_phi if use_known_phi else None)
        covered = bytearray(len(doc.text))
        for s in r.spans:
            covered[s.start:s.end] = b"\x01" * (s.end - s.start)

        def survives(a: int, b: int) -> bool:
            return any(doc.text[k].isalnum() and not covered[k] for k in range(a, b))

        def touched(a: int, b: int) -> bool:
            return any(doc.text[k].isalnum() and covered[k] for k in range(a, b))

        for item in doc.phi:
            f.phi_total[item.kind] = f.phi_total.get(item.kind, 0) + 1
            if survives(item.start, item.end):
                f.missed.append((doc.style, item.kind, doc.text[item.start:item.end]))
            else:
                f.phi_caught[item.kind] = f.phi_caught.get(item.kind, 0) + 1
        for item in doc.clinical:
            f.clinical_total += 1
            if touched(item.start, item.end):
                f.clinical_redacted += 1
                f.wrongly_redacted.append(doc.text[item.start:item.end])
        marked = bytearray(len(doc.text))
        for item in doc.phi + doc.clinical:
            marked[item.start:item.end] = b"\x01" * (item.end - item.start)
        for m in re.finditer(r"[A-Za-z]{3,}", doc.text):
            if not any(marked[m.start():m.end()]):
                f.ordinary_words += 1
                f.ordinary_redacted += touched(m.start(), m.end())
    return f


def report(f: Figures, title: str) -> str:
    """A Markdown table of the figures."""
    lines = [f"### {title}", "", "| PHI type | items | caught | recall |", "|---|---:|---:|---:|"]
    for kind in sorted(f.phi_total):
        n, c = f.phi_total[kind], f.phi_caught.get(kind, 0)
        lines.append(f"| {kind} | {n} | {c} | {c / n:.3f} |")
    lines += [f"| **all** | {sum(f.phi_total.values())} | {sum(f.phi_caught.values())} | **{f.recall:.3f}** |", "",
              f"Clinical terms wrongly redacted: {f.clinical_redacted}/{f.clinical_total} "
              f"({f.clinical_redacted_share:.1%}).  ",
              f"Ordinary words redacted: {f.ordinary_redacted}/{f.ordinary_words} ({f.ordinary_redacted_share:.1%})."]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - the measurement recorded in docs/privacy.md
    import argparse
    import time

    from alliance.llm.redaction import get_engine, redact as _redact

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--per-style", type=int, default=9)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and redacted clinical terms")
    args = parser.parse_args()
    SEED = args.seed
    suite = generate(args.seed, args.per_style)
    get_engine()
    t0 = time.perf_counter()
    with_known = evaluate(suite, _redact, use_known_phi=True)
    elapsed = time.perf_counter() - t0
    without_known = evaluate(suite, _redact, use_known_phi=False)
    print(f"{len(suite)} documents, {sum(len(d.phi) for d in suite)} PHI items, "
          f"{sum(len(d.clinical) for d in suite)} clinical terms, seed {SEED} ({elapsed:.1f} s)\n")
    print(report(with_known, "With known_phi (client name and date of birth, as the gateway passes them)"))
    print()
    print(report(without_known, "Without known_phi (detection alone)"))
    if args.verbose:
        print("\nMissed (without known_phi):")
        for style, kind, value in without_known.missed:
            print(f"  {style:10s} {kind:12s} {value!r}")
        print("Clinical terms redacted:", without_known.wrongly_redacted)
