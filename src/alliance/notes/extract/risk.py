"""The clinician's risk questions with the client's answers (the risk finding is the safety screen's)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from alliance.notes.extract.common import Fact, _Sent, _is_therapist, _sentences
from alliance.notes.transcripts import Segment


# --- risk enquiry --------------------------------------------------------------------------------------------

# The clinician's risk questions (NICE NG225 self-harm assessment; C-SSRS screen wording): thoughts of suicide or
# of being better off dead, self-harm, plans and means, safety at home; asked, or raised from a questionnaire item
# ("On the question about harming yourself, you ticked 'hardly ever'. Can we talk about that?").
_RISK_ENQUIRY = re.compile(
    r"\b(?:suicid\w*|kill(?:ing)? yourself|end(?:ing)? (?:your|it) (?:life|all)|tak(?:e|ing) your (?:own )?life|"
    r"(?:harm|hurt)(?:ing)? yourself|self[- ]harm\w*|better off (?:dead|without you)|not (?:being )?(?:here|around)|"
    r"thoughts? (?:of|about) (?:death|dying)|wish(?:ed|ing)? you were dead|(?:a )?plan (?:to|for) (?:end|hurt|harm)|"
    r"safe (?:at home|tonight|right now|to go home)|item (?:9|nine)|question (?:9|nine))",
    re.IGNORECASE)
_ENQUIRY_FORM = re.compile(r"\?\s*$|\b(?:can|could) we (?:talk|go) (?:about|over|through)|\btell me (?:more )?about|"
                           r"\bi (?:need|have) to ask|\bi ask everyone|\bi'?d like to ask", re.IGNORECASE)
ANSWER_WORDS = 40  # the most words of the client's answer kept with a risk question


def extract_risk_enquiry(segments: Sequence[Segment]) -> list[Fact]:
    """The clinician's risk questions and the client's answers, each with its evidence. Not a risk rating: the
    draft's risk finding is the safety screen's, and the clinician documents the assessment."""
    sents = _sentences(segments)
    segs = list(segments)
    facts: list[Fact] = []
    for k, s in enumerate(sents):
        if not _is_therapist(s.seg) or not _RISK_ENQUIRY.search(s.text):
            continue
        turn = [x for x in sents[k: k + 3] if x.seg.id == s.seg.id]
        asked = next((x for x in turn if _ENQUIRY_FORM.search(x.text)), None)
        if asked is None or any(s.seg.id in f.segment_ids for f in facts):
            continue
        evidence = [s.evidence()] + ([asked.evidence()] if asked is not s else [])
        answer = segs[s.index + 1] if s.index + 1 < len(segs) else None
        said = " ".join(x.text for x in ([s] if asked is s else [s, asked]))
        claim = f"Risk enquiry: {said}"
        if answer is not None and not _is_therapist(answer):
            reply = [x for x in sents if x.seg.id == answer.id]
            kept: list[_Sent] = []
            for x in reply:
                if kept and sum(len(y.text.split()) for y in kept) + len(x.text.split()) > ANSWER_WORDS:
                    break
                kept.append(x)
            evidence += [x.evidence() for x in kept]
            claim += f" Answer: {' '.join(x.text for x in kept)}"
        facts.append(Fact(kind="risk", value={"question": said}, claim=claim, sentence=claim, evidence=evidence))
    return facts
