"""Hand-written held-out notes for PHI redaction, written after the recognizers and never tuned against.

`{KIND:value}` marks a PHI item, `[[term]]` a clinical term that must survive. The figures are recorded in
docs/privacy.md as a check on how far the synthetic suite's figures carry over to other phrasing.
"""

from __future__ import annotations

import re

from phi_suite import Span, SuiteDoc

NOTES = [
    "Pt {NAME:Rosalind Achterberg} (goes by {NAME:Roz}) seen {DATE:Oct 3rd} for f/u. Reports [[PHQ-9]] went "
    "from 19 to [[11]]. Continues [[venlafaxine 150 mg]]. Husband {NAME:Pieter} out of work since the plant closed.",
    "Collateral call from Mrs. {NAME:Okonkwo-Hale}, mother, at {PHONE:(617) 555-0112}. She worries her son "
    "{NAME:Emeka} is not taking [[Risperdal 1 mg]]. [[HI]] denied.",
    "Telehealth. Client joined from her car outside {ADDRESS:3021 N Lamar Blvd}, {LOCATION:Austin}. [[GAD-7]] [[16]]. "
    "Practised [[paced breathing]]. Plan [[CBT]] [[every other week]].",
    "Intake for {NAME:Tobias Kleinfeld}, {AGE:92}, brought by granddaughter {NAME:Wren}. [[MoCA]] 21/30. "
    "Lives alone on {ADDRESS:Birchwood Crescent} in {LOCATION:Harrogate}. GP: Dr {NAME:Anjali Mehta}.",
    "hey its {NAME:marisol} again, my ex {NAME:devon} keeps showing up at my job. im scared. "
    "my new # is {PHONE:323-555-0176}",
    "Dictation: patient {NAME:Kwame Mensah-Boateng}, date of birth the {DOB:9th of July 1991}, hospital number "
    "{MRN:K4471902}. [[PTSD]] following RTA. [[PCL-5]] 52. Start [[TF-CBT]], 12 sessions.",
    "To: {EMAIL:b.ferreira@northgatefamilyclinic.org}\nRe: {NAME:Beatriz Ferreira} school letter\n\n"
    "She may need extra time for exams due to [[ADHD]]; on [[Concerta 36 mg]].",
    "Group note. Members present: {NAME:J. Alvarez}, {NAME:T. Nguyen}, {NAME:Sam Park}. Topic: [[DBT]] "
    "distress tolerance. {NAME:Sam} shared about relapse last Friday the {DATE:14th}.",
    "Risk assessment {DATE:2024/02/29}. [[C-SSRS]] positive for [[passive SI]], no plan. Means: keeps "
    "[[quetiapine]] at her sister {NAME:Ilse}'s flat in {LOCATION:Rotterdam}.",
    "Medicaid ID {INSURANCE_ID:MC-774-219-003}. Subscriber: {NAME:Delphine Arceneaux}. Copay waived. "
    "[[F41.1]] [[GAD]].",
    "Spoke with probation officer {NAME:Grant Whitlock} ({PHONE:555-201-7788 x4}); client {NAME:Lonnie} "
    "attends [[AA]] [[3x/week]] and [[IOP]].",
    "Discharge summary: {NAME:Yara Haddad} admitted {DATE:12/03/2023}, discharged {DATE:12/19/2023} from "
    "Ward 7. Follow-up with Dr. {NAME:Feng} at {ADDRESS:220 Kingsway, Unit 5, Vancouver, BC V5T 3J9}.",
    "Companion transcript. Client: my daughter {NAME:Priya} turned 6 today!! Companion: That sounds lovely. "
    "Client: we're having a party at {ADDRESS:14 Juniper Ct} lol. also my [[anxiety]] is better on [[Lexapro]]",
    "Email from {NAME:Mateus Oliveira} <{EMAIL:mateus.o@gmail.com}>: please cancel Tuesday {DATE:5/21}, "
    "I'm at {LOCATION:Mass General} with my dad.",
    "SSN on file {SSN:078-05-1120}. NHS no. {NHS:485 777 3456}. Referred by Nurse Practitioner {NAME:Amara Osei}.",
    "{NAME:Fitzgerald} is a {AGE:96} y/o widower, [[MDD]] recurrent, on [[mirtazapine 7.5 mg qhs]]. Daughter "
    "{NAME:Colleen} visits on Sundays from {LOCATION:Galway}.",
]

_MARK = re.compile(r"\{([A-Z_]+):(.+?)\}|\[\[(.+?)\]\]")


def holdout_docs() -> list[SuiteDoc]:
    """The held-out notes as suite documents (no known PHI given)."""
    docs = []
    for note in NOTES:
        out, phi, clin, pos, length = [], [], [], 0, 0
        for m in _MARK.finditer(note):
            literal = note[pos:m.start()]
            out.append(literal)
            length += len(literal)
            value = m.group(2) if m.group(1) else m.group(3)
            (phi if m.group(1) else clin).append(Span(m.group(1) or "CLIN", length, length + len(value)))
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(note[pos:])
        docs.append(SuiteDoc("holdout", "en", "".join(out), phi, clin, []))
    return docs


if __name__ == "__main__":  # pragma: no cover
    from phi_suite import evaluate, report

    from alliance.llm.redaction import redact

    figures = evaluate(holdout_docs(), redact, use_known_phi=False)
    print(report(figures, f"Held-out hand-written notes ({len(NOTES)})"))
    print("\nMissed:")
    for _, kind, value in figures.missed:
        print(f"  {kind:12s} {value!r}")
    print("Clinical terms redacted:", figures.wrongly_redacted)
