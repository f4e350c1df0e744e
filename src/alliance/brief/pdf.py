"""The brief as a PDF (reportlab): the same statements as the page, in the same order, each linking to its
record in the app; nothing the page does not show. Times are in the client's zone, as the brief's days are."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from alliance.brief.schemas import BriefRead, Statement
from alliance.config import get_settings
from alliance.web.timefmt import local_text


def _para(markup: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


def _text(s: Statement, base_url: str) -> str:
    """One statement: its words linked to the record, the client's words quoted, and its marks."""
    out = f'<a href="{escape(base_url + s.href)}" color="#1f4e8c">{escape(s.text)}</a>'
    if s.quote:
        out += f" <i>\u201c{escape(s.quote)}\u201d</i>"
    if s.ai_drafted:
        out += " <b>[AI-drafted]</b>"
    if s.flag:
        out += " <b>[look first]</b>"
    return out


def sections(brief: BriefRead) -> list[tuple[str, str, list[Statement]]]:
    """The brief's sections in page order, as (key, title, statements): the page and the PDF show these."""
    hw = brief.homework
    companion = brief.companion
    return [
        ("glance", "At a glance", brief.glance),
        ("measures", "Questionnaires", [m.statement for m in brief.measures]),
        ("checkins", "Mood check-ins",
         ([brief.checkins.statement] if brief.checkins.statement else []) + brief.checkins.notes),
        ("homework", "Homework", [line.statement for line in hw.lines] + hw.items),
        ("exposure", "Exposure practice", [step.statement for step in brief.exposure]),
        ("sleep", "Sleep", ([brief.sleep.statement] if brief.sleep.statement else []) + brief.sleep.nights),
        ("companion", "Companion (AI-drafted)",
         [companion.statement, *companion.themes] if companion else []),
        ("alerts", "Risk alerts", [a.statement for a in brief.alerts]),
    ]


def render(brief: BriefRead, practice_name: str) -> bytes:
    """The brief as PDF bytes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import HRFlowable, ListFlowable, ListItem, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body, title, h2, small = styles["BodyText"], styles["Title"], styles["Heading3"], styles["Italic"]
    base_url = get_settings().base_url.rstrip("/")
    w = brief.window
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title="Pre-session brief",
                            creator="Alliance")
    story: list[Any] = [
        _para(escape(practice_name), title),
        HRFlowable(width="100%", color=colors.grey),
        Spacer(1, 6),
        _para(f"<b>Pre-session brief: {escape(brief.client_name)}</b>", body),
        _para(escape(f"Since {w.label} ({local_text(w.since, w.zone)}) to {local_text(w.until, w.zone)}: "
                     f"{w.days} days. Days are the client's ({w.zone})."), body),
    ]
    if w.next_session_at:
        story.append(_para(escape(f"Next session: {local_text(w.next_session_at, w.zone)}."), body))
    for _, name, statements in sections(brief):
        story.append(_para(escape(name), h2))
        if not statements:
            story.append(_para("None in this period.", small))
            continue
        items = [ListItem(_para(_text(s, base_url), body), leftIndent=12) for s in statements]
        story.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=12))
    story += [Spacer(1, 10), HRFlowable(width="100%", color=colors.grey),
              _para(escape(f"Made {local_text(brief.generated_at, w.zone)} from the records in Alliance; "
                           "each line links to its record. Anything marked AI-drafted was written by a "
                           "language model and is not a record: check it against the conversation."), small)]
    doc.build(story)
    return buf.getvalue()
