"""The companion's conversation: the turn pipeline, the conversation as the client and the clinician see it, ratings,
reports, annotations, and resuming the companion after a pause.

`run_turn` is the one way a client message is answered (the portal, the JSON API, `alliance companion replay` and
benchmarks call it). For every message, in this order:

1. the crisis screen, with the conversation's last client messages as context, before anything else;
2. at moderate or above: the safety escalation (alert, AI paused, the crisis response with the client's safety plan
   and the crisis lines for their country and language), and no model call;
3. while the companion is paused: the message is kept for the clinician and a written notice answers it;
4. otherwise: retrieval from the library items the plan offers (in the plan's language), then the model through the
   gateway (purpose `companion`, the practice's approved prompt, the consent-checked provider), streamed sentence by
   sentence, each sentence checked (companion/checks.py) before the client sees it, and the whole reply at the end; a
   reply that fails is replaced by a written fallback (companion/fallbacks.py), the blocked text kept for the
   clinician;
5. both turns stored encrypted, for the clinician's view.

The turn owns its transactions: it commits the client's message (and any alert) before the model is asked, and the
answer after, so nothing holds the database while the model writes and a crisis never waits behind the model.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients.models import Client
from alliance.companion import checks, fallbacks, library, service
from alliance.companion.models import CompanionPlan, CompanionTurn
from alliance.companion.schemas import AnnotationWrite, ConversationRead, ReportWrite, TurnRead, TurnResult
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.safety import service as safety_service
from alliance.safety.levels import Level
from alliance.safety.schemas import CrisisResponse
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize

log = logging.getLogger("alliance.companion")

# Why a line of a guided exercise was replaced, beyond the output checks' categories (checks.LABELS).
BLOCK_LABELS = {"abuse": "An abusive or insulting line in the role-play"}
CONTEXT_TURNS = 3  # earlier client messages the crisis screen reads as context
HISTORY_TURNS = 6  # the model reads the earlier turns of the current block of this many turns and of the one before
PASSAGES = 3  # library sections retrieved for the conversation's first message (every message, prompt versions 1-2)
LATER_PASSAGES = 1  # new sections for each later message: what a later turn reads is mostly its passages
PASSAGE_CHARS = 900
LANGUAGE_IN_ENGLISH = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
                       "it": "Italian"}
STATES = {
    "no_consent": "The companion is off: you have not agreed to it. You can agree in your portal under My account.",
    "no_plan": "Your clinician has not set up the companion for you yet.",
    "off": "Your clinician has switched the companion's conversation off.",
    "no_chat": "The companion's conversation is not available where you live. Your library, exercises and the "
               "crisis lines are.",
}


class CompanionUnavailable(Forbidden):
    """The conversational part is off for this client (no consent, no plan, switched off, or a no-chat region)."""

    def __init__(self, state: str) -> None:
        super().__init__(STATES.get(state, "The companion's conversation is not available."))
        self.state = state


# --- who may talk, and where the conversation stands -----------------------------------------------------------------

@dataclass
class Availability:
    """Whether the companion answers this client now, and the offer behind it."""

    client: Client
    offer: service.Offer
    state: str  # on | paused | off | no_plan | no_consent | no_chat

    @property
    def accepts(self) -> bool:
        """Messages are taken: answered by the model (on), or kept for the clinician with a notice (paused)."""
        return self.state in ("on", "paused")


async def availability(session: AsyncSession, client: Client) -> Availability:
    """On only with the plan on, consent, a region where chat is allowed; paused while the AI is paused."""
    offer = await service._offer(session, client)
    if not offer.active:
        state = offer.reason
    elif not await service.chat_allowed(session, client):
        state = "no_chat"
    elif await safety_service.ai_paused(session, client.id):
        state = "paused"
    else:
        state = "on"
    return Availability(client, offer, state)


async def _turns(session: AsyncSession, client_id: uuid.UUID, limit: int) -> list[CompanionTurn]:
    """The client's last turns, oldest first."""
    rows = (await session.execute(select(CompanionTurn).where(CompanionTurn.client_id == client_id)
                                  .order_by(CompanionTurn.seq.desc()).limit(limit))).scalars().all()
    return list(reversed(rows))


async def screen_context(session: AsyncSession, client_id: uuid.UUID) -> list[str]:
    """The client's last messages the crisis screen reads with a new one: none from before a clinician last resumed
    the companion (that clinician has reviewed them; read again they would pause it at the next ordinary message)."""
    query = select(CompanionTurn).where(CompanionTurn.client_id == client_id, CompanionTurn.role == "client")
    since = await safety_service.last_resumed_at(session, client_id)
    if since is not None:
        query = query.where(CompanionTurn.created_at > since)
    rows = (await session.execute(query.order_by(CompanionTurn.seq.desc()).limit(CONTEXT_TURNS))).scalars().all()
    return [t.text for t in reversed(rows)]


async def _add_turn(session: AsyncSession, client: Client, actor: Actor, *, text: str, **fields: Any) -> CompanionTurn:
    """Store a turn at the end of the conversation (a clash with a turn stored at the same moment: Conflict)."""
    seq = (await session.scalar(select(func.max(CompanionTurn.seq)).where(CompanionTurn.client_id == client.id)) or 0)
    now = utcnow()
    turn = CompanionTurn(practice_id=client.practice_id, client_id=client.id, seq=seq + 1, created_by=actor.user_id,
                         created_at=now, updated_at=now, **fields)
    turn.text = text
    try:
        async with session.begin_nested():
            session.add(turn)
    except IntegrityError as exc:
        raise Conflict("Another message was being saved at the same moment. Send yours again.") from exc
    return turn


# --- the turn pipeline ---------------------------------------------------------------------------------------------

@dataclass
class TurnEvent:
    """One step of a turn, in order: screened, then crisis | paused | (waiting, sentence*, blocked?), then done."""

    kind: str  # screened | crisis | paused | waiting | sentence | blocked | unavailable | done
    level: str | None = None
    text: str | None = None
    crisis: CrisisResponse | None = None
    category: str | None = None
    ahead: int = 0
    client_turn: CompanionTurn | None = None
    reply: CompanionTurn | None = None
    ms: int | None = None


@dataclass
class _Prepared:
    """Everything the model call needs, gathered before the database is let go."""

    messages: list[dict[str, str]]
    template: Any
    provider: str
    external: bool


# Each model call's record is caught here for the turn that made it (the gateway emits it when the stream ends).
_calls: ContextVar[list | None] = ContextVar("companion_calls", default=None)


def _catch_call(record: Any) -> None:
    holder = _calls.get()
    if holder is not None and record.purpose == "companion":
        holder.append(record)


def _install_catcher() -> None:
    from alliance.llm.records import add_call_sink

    add_call_sink(_catch_call)


_install_catcher()

# The embedded model serves one reply at a time; clients are told how many replies are ahead of theirs.
_in_flight = 0


def _history(earlier: list[CompanionTurn]) -> list[dict[str, Any]]:
    """The earlier turns the model reads: never a message that raised risk, nor the crisis response to it.

    The window moves in blocks of HISTORY_TURNS turns (by their number in the conversation), not one turn at a time,
    so that from one turn to the next the prompt only grows (see `_prepare`): the turns of the current block and
    of the block before it (HISTORY_TURNS to 2 x HISTORY_TURNS - 1 turns). Each item is marked `current` when it is
    in the current block (its passages are shown with it) and `opens` when it is the conversation's first turn.
    """
    if not earlier:
        return []
    block = earlier[-1].seq // HISTORY_TURNS  # the block of the new message (numbered right after the last turn)
    kept = []
    for turn in earlier:
        if turn.seq <= (block - 1) * HISTORY_TURNS:
            continue
        risky = turn.screen_level is not None and Level.parse(turn.screen_level) >= Level.MODERATE
        # A role-play line is the other person speaking, and an offer is the app's own words.
        if turn.role == "client" and risky or turn.kind in ("crisis", "paused", "unavailable", "roleplay",
                                                            "flow_offer"):
            continue
        kept.append({"role": turn.role, "text": turn.text or "", "current": turn.seq > block * HISTORY_TURNS,
                     "opens": turn.seq == 1})
    return kept


def _passages(text: str, lang: str, offered: list[str], shown: set[tuple[str, str]],
              limit: int = PASSAGES) -> list[dict[str, str]]:
    """The best library passages for a message (up to `limit`), leaving out those already shown in the current
    block (`shown` grows)."""
    found: list[dict[str, str]] = []
    for p in library.search(text, lang, offered, k=PASSAGES):
        if (p.slug, p.heading) in shown or len(found) >= limit:
            continue
        shown.add((p.slug, p.heading))
        found.append({"title": f"{p.title}: {p.heading}" if p.heading and p.heading != p.title else p.title,
                      "text": p.text[:PASSAGE_CHARS]})
    return found


async def _prepare(session: AsyncSession, client: Client, plan: CompanionPlan, lang: str, text: str,
                   earlier: list[CompanionTurn]) -> _Prepared:
    """The prompt: this client's plan, this conversation and library passages, nothing else."""
    from alliance.llm import service as llm_service
    from alliance.llm.prompts import render

    template = await llm_service.effective_template(session, client.practice_id, "companion.reply")
    choice = await llm_service.choose_provider(session, client.practice_id, "companion", client.id)
    items = library.by_slug()
    offered = [s for s in [*(plan.modules or []), *(plan.skills or [])] if s in items]
    history = _history(earlier)
    shown: set[tuple[str, str]] = set()
    if getattr(template, "history_as_messages", False):
        # Earlier turns are chat messages, each client turn as it was sent: with the passages first shown with it
        # (retrieval is deterministic), in the current block only. A passage is shown once a block; the message
        # that opens the conversation gets up to PASSAGES, each later one LATER_PASSAGES new ones. So the prompt
        # extends the previous turn's prompt and reply, and a model that kept that state reads only what is new.
        for turn in history:
            current, opens = turn.pop("current"), turn.pop("opens")
            if turn["role"] == "client" and current:
                limit = PASSAGES if opens else LATER_PASSAGES
                turn["passages"] = _passages(turn["text"], lang, offered, shown, limit)
        limit = LATER_PASSAGES if earlier else PASSAGES
    else:
        history = [{"role": t["role"], "text": t["text"]} for t in history][-HISTORY_TURNS:]
        limit = PASSAGES
    language = LANGUAGE_IN_ENGLISH.get(lang, "English")
    variables: dict[str, Any] = {
        "language": language, "address": plan.address, "focus": plan.focus or "",
        "scope": [items[s].title(items[s].language_for(lang)) for s in offered],
        "steer_topics": plan.steer_topics or "", "cultural_notes": plan.cultural_notes or "",
        "passages": _passages(text, lang, offered, shown, limit),
        "history": history, "message": text,
    }
    if "clinician_note" in template.variables:  # version 1 of the prompt (a practice may still approve it)
        note = [f"Reply only in {language}.", f"Focus: {plan.focus}." if plan.focus else "",
                f"Steer back to the session: {plan.steer_topics}." if plan.steer_topics else "",
                plan.cultural_notes or ""]
        variables["clinician_note"] = " ".join(n for n in note if n)
    variables = {k: v for k, v in variables.items() if k in template.variables}
    return _Prepared(render(template, variables), template, choice.provider, choice.privacy == "external")


async def prepare_prompt(session: AsyncSession, client: Client, template_id: str,
                         variables: dict[str, Any]) -> _Prepared | None:
    """Another companion prompt (a reflection in a guided exercise, a role-play line) ready for the gateway, or
    None when no model may be asked (no provider allowed, a practice prompt that does not render)."""
    from alliance.llm import service as llm_service
    from alliance.llm.prompts import render

    try:
        template = await llm_service.effective_template(session, client.practice_id, template_id)
        choice = await llm_service.choose_provider(session, client.practice_id, "companion", client.id)
        wanted = {k: v for k, v in variables.items() if k in template.variables}
        return _Prepared(render(template, wanted), template, choice.provider, choice.privacy == "external")
    except Exception as exc:  # noqa: BLE001 - the flow goes on with its fixed text
        log.warning("companion prompt %s for client %s not prepared (%s)", template_id, client.id,
                    type(exc).__name__)
        return None


@dataclass
class Generated:
    """What one model call inside a guided exercise gave: the sentences shown, what was blocked and why."""

    shown: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    verdict: checks.Verdict | None = None
    failure: str | None = None
    call: Any = None
    first_ms: int | None = None

    @property
    def text(self) -> str | None:
        """The checked text the client may see, or None when nothing passed."""
        return " ".join(self.shown) if self.shown and self.verdict is None and self.failure is None else None

    def fields(self, prepared: _Prepared, check: checks.OutputCheck) -> dict[str, Any]:
        """The turn's columns for this call (ids and figures only)."""
        call = self.call
        fields: dict[str, Any] = {
            "provider": call.provider if call else prepared.provider, "model": call.model if call else None,
            "call_id": call.call_id if call else None, "prompt_id": prepared.template.id,
            "prompt_version": prepared.template.version, "screen_level": str(check.level),
            "screen_version": check.version, "first_sentence_ms": self.first_ms}
        if self.verdict is not None:
            fields |= {"blocked": True, "blocked_category": self.verdict.category}
        return fields


async def generate(prepared: _Prepared, check: checks.OutputCheck, client_id: uuid.UUID, out: Generated, *,
                   started: float, max_tokens: int | None = None,
                   extra: Callable[[str], checks.Verdict | None] | None = None) -> AsyncIterator[TurnEvent]:
    """Stream one checked model reply through the gateway (purpose companion), as run_turn does: each sentence is
    checked (and by `extra`) before it is yielded, the whole at the end; `out` collects the outcome. The caller
    has let the database go (committed) before calling this."""
    from alliance.llm.gateway import stream

    global _in_flight
    calls: list[Any] = []
    ahead = _in_flight
    _in_flight += 1
    token = _calls.set(calls)

    def verdict_for(sentence: str) -> checks.Verdict | None:
        return check.sentence(sentence) or (extra(sentence) if extra else None)

    try:
        yield TurnEvent("waiting", ahead=ahead)
        chunks = stream(prepared.messages, purpose="companion", provider=prepared.provider,
                        max_tokens=_limit(prepared.template, max_tokens), temperature=0.3,
                        client_id=str(client_id), template=prepared.template, allow_external=prepared.external)
        splitter = checks.Sentences()
        try:
            async for chunk in chunks:
                out.raw.append(chunk)
                for sentence in splitter.feed(chunk):
                    out.verdict = verdict_for(sentence)
                    if out.verdict is not None:
                        break
                    out.shown.append(sentence)
                    out.first_ms = out.first_ms if out.first_ms is not None else _ms(started)
                    yield TurnEvent("sentence", text=sentence)
                if out.verdict is not None:
                    break
            else:
                for sentence in splitter.flush():
                    out.verdict = verdict_for(sentence)
                    if out.verdict is not None:
                        break
                    out.shown.append(sentence)
                    out.first_ms = out.first_ms if out.first_ms is not None else _ms(started)
                    yield TurnEvent("sentence", text=sentence)
        except Exception as exc:  # noqa: BLE001 - the model is down, slow or refused: the fixed text goes on
            out.failure = type(exc).__name__
            log.warning("companion model call for client %s failed (%s)", client_id, out.failure)
        finally:
            await chunks.aclose()  # type: ignore[attr-defined]
        if out.verdict is None and out.failure is None:
            whole = " ".join(out.shown)
            out.verdict = check.whole(whole) or (extra(whole) if extra and whole else None)
    finally:
        _in_flight -= 1
        _calls.reset(token)
    out.call = calls[-1] if calls else None


def conversation_key(client_id: uuid.UUID) -> str:
    """The key under which a model keeps this client's conversation state (never shared with another client)."""
    return f"companion:{client_id}"


def _limit(template: Any, max_tokens: int | None) -> int:
    from alliance.llm.providers import settings as llm_settings

    if max_tokens is not None:
        return max_tokens
    configured = llm_settings().max_tokens
    return min(template.max_tokens or configured, configured)


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


async def run_turn(session: AsyncSession, actor: Actor, text: str, *,
                   max_tokens: int | None = None) -> AsyncIterator[TurnEvent]:
    """Answer one message of a client (the actor) through the pipeline above, yielding its steps as they happen.

    Bad input (empty, too long) is BadRequest; a client for whom the conversation is off gets CompanionUnavailable,
    except that a message signalling risk is always escalated and answered with the crisis response.
    """
    global _in_flight
    started = time.perf_counter()
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    text = (text or "").strip()
    if not text:
        raise BadRequest("Write a message first.")
    from alliance.companion.schemas import MAX_MESSAGE

    if len(text) > MAX_MESSAGE:
        raise BadRequest(f"A message can be up to {MAX_MESSAGE} characters; this one has {len(text)}.")
    avail = await availability(session, client)
    earlier = await _turns(session, client.id, max(HISTORY_TURNS, CONTEXT_TURNS) * 2)
    context = await screen_context(session, client.id)
    turn_id = uuid.uuid4()
    # 1. The screen, before anything else.
    escalation = await safety_service.screen_client_text(session, actor, client.id, text, source="companion",
                                                         source_id=str(turn_id), context=context)
    screening: Any = escalation.screening
    level = Level.parse(screening.level)
    if escalation.response is None and not avail.accepts:
        raise CompanionUnavailable(avail.state)
    lang = avail.offer.language
    alert_id = escalation.alert.id if escalation.alert is not None else None
    client_turn = None
    if avail.accepts:
        client_turn = await _add_turn(session, client, actor, id=turn_id, role="client", kind="message", lang=lang,
                                      text=text, screen_level=str(level), screen_version=screening.version,
                                      alert_id=alert_id)
    yield TurnEvent("screened", level=str(level), client_turn=client_turn)

    from alliance.companion import flows

    # 2. Risk: the escalation has raised the alert and paused the AI; the crisis response answers, no model.
    if escalation.response is not None:
        await flows.stop_for_risk(session, actor, client.id, client_turn, level, alert_id)
        crisis = fallbacks.crisis_message(escalation.response, lang)
        reply = None
        if client_turn is not None:
            reply = await _add_turn(session, client, actor, role="companion", kind="crisis", lang=lang,
                                    reply_to=turn_id, text=crisis.message, latency_ms=_ms(started))
        await audit.record(session, actor, "companion.turn", client_id=client.id, resource_type="companion_turn",
                           resource_id=turn_id, detail=f"level={level} escalated=true stored={client_turn is not None}")
        await session.commit()
        log.info("companion turn %s for client %s escalated at %s", turn_id, client.id, level)
        yield TurnEvent("crisis", level=str(level), crisis=crisis, client_turn=client_turn, reply=reply)
        yield TurnEvent("done", level=str(level), client_turn=client_turn, reply=reply, ms=_ms(started))
        return

    # 3. Paused: kept for the clinician, a written notice answers.
    if avail.state == "paused":
        notice = fallbacks.text("paused", lang)
        reply = await _add_turn(session, client, actor, role="companion", kind="paused", lang=lang, reply_to=turn_id,
                                text=notice, fallback="paused", latency_ms=_ms(started))
        await audit.record(session, actor, "companion.turn", client_id=client.id, resource_type="companion_turn",
                           resource_id=turn_id, detail=f"level={level} paused=true")
        await session.commit()
        yield TurnEvent("paused", level=str(level), text=notice, client_turn=client_turn, reply=reply)
        yield TurnEvent("done", level=str(level), client_turn=client_turn, reply=reply, ms=_ms(started))
        return

    # 4. A guided exercise: the answer to its current step (or the offer of one the client asked for); its steps
    # are fixed, and a model is asked only to phrase a reflection or play the other person in communication practice.
    assert avail.offer.plan is not None and client_turn is not None
    flow = await flows.route(session, actor, avail, text)
    if flow is not None:
        async for event in flows.advance(session, actor, avail, flow, text, client_turn, level, started,
                                         max_tokens=max_tokens):
            yield event
        return

    # 5. The model: everything it reads is gathered first, then the database is let go.
    plan = avail.offer.plan
    prepared: _Prepared | None = None
    try:
        prepared = await _prepare(session, client, plan, lang, text, earlier)
    except Exception as exc:  # noqa: BLE001 - no provider allowed, a practice prompt that does not render
        log.warning("companion turn %s: no model call (%s)", turn_id, type(exc).__name__)
    check = checks.OutputCheck(lang, plan.steer_topics)
    await audit.record(session, actor, "companion.turn", client_id=client.id, resource_type="companion_turn",
                       resource_id=turn_id, detail=f"level={level}")
    await session.commit()

    shown: list[str] = []
    generated: list[str] = []
    verdict: checks.Verdict | None = None
    failure: str | None = None
    first_ms: int | None = None
    calls: list[Any] = []
    ahead = _in_flight
    _in_flight += 1
    token = _calls.set(calls)
    try:
        yield TurnEvent("waiting", ahead=ahead)
        if prepared is None:
            failure = "not prepared"
        else:
            from alliance.llm.gateway import stream

            chunks = stream(prepared.messages, purpose="companion", provider=prepared.provider,
                            max_tokens=_limit(prepared.template, max_tokens), temperature=0.3,
                            client_id=str(client.id), template=prepared.template,
                            allow_external=prepared.external, conversation=conversation_key(client.id))
            splitter = checks.Sentences()
            try:
                async for chunk in chunks:
                    generated.append(chunk)
                    for sentence in splitter.feed(chunk):
                        verdict = check.sentence(sentence)
                        if verdict is not None:
                            break
                        shown.append(sentence)
                        first_ms = first_ms if first_ms is not None else _ms(started)
                        yield TurnEvent("sentence", text=sentence)
                    if verdict is not None:
                        break
                else:
                    for sentence in splitter.flush():
                        verdict = check.sentence(sentence)
                        if verdict is not None:
                            break
                        shown.append(sentence)
                        first_ms = first_ms if first_ms is not None else _ms(started)
                        yield TurnEvent("sentence", text=sentence)
            except Exception as exc:  # noqa: BLE001 - the model is down, slow or refused: a written notice answers
                failure = type(exc).__name__
                log.warning("companion turn %s: model call failed (%s)", turn_id, failure)
            finally:
                await chunks.aclose()  # type: ignore[attr-defined]
            if verdict is None and failure is None:
                verdict = check.whole(" ".join(shown))
    finally:
        _in_flight -= 1
        _calls.reset(token)

    # 6. The answer as the client sees it, stored with what was blocked and why.
    call = calls[-1] if calls else None
    fields: dict[str, Any] = {
        "provider": call.provider if call else (prepared.provider if prepared else None),
        "model": call.model if call else None, "call_id": call.call_id if call else None,
        "prompt_id": prepared.template.id if prepared else None,
        "prompt_version": prepared.template.version if prepared else None,
        "screen_level": str(check.level), "screen_version": check.version, "first_sentence_ms": first_ms,
    }
    if failure is not None:
        answer, kind = fallbacks.text("unavailable", lang), "unavailable"
        fields |= {"fallback": "unavailable"}
        yield TurnEvent("unavailable", text=answer)
    elif verdict is not None:
        key, answer = fallbacks.for_category(verdict.category, lang)
        kind = "fallback"
        fields |= {"blocked": True, "blocked_category": verdict.category, "fallback": key}
        log.info("companion turn %s: reply blocked (%s)", turn_id, verdict.category)
        yield TurnEvent("blocked", text=answer, category=verdict.category)
    else:
        answer, kind = " ".join(shown), "reply"
    reply = await _add_turn(session, client, actor, role="companion", kind=kind, lang=lang, reply_to=turn_id,
                            text=answer, latency_ms=_ms(started), **fields)
    if verdict is not None:
        reply.blocked_text = "".join(generated).strip() or None
    await session.flush()
    await audit.record(session, actor, "companion.reply", client_id=client.id, resource_type="companion_turn",
                       resource_id=reply.id, detail=f"kind={kind} blocked={verdict.category if verdict else '-'}")
    await session.commit()
    yield TurnEvent("done", level=str(level), client_turn=client_turn, reply=reply, ms=_ms(started))


async def answer(session: AsyncSession, actor: Actor, text: str, *, max_tokens: int | None = None) -> TurnResult:
    """Run a whole turn and return its outcome (the no-JavaScript page, the JSON API, the replay command)."""
    result: dict[str, Any] = {"blocked": False, "crisis": None}
    async for event in run_turn(session, actor, text, max_tokens=max_tokens):
        if event.kind == "crisis":
            result["crisis"] = event.crisis
        elif event.kind == "blocked":
            result["blocked"] = True
        elif event.kind == "done":
            staff = actor.role != "client"
            return TurnResult(
                level=event.level or "none", escalated=result["crisis"] is not None, blocked=result["blocked"],
                client_turn=turn_read(event.client_turn, staff=staff) if event.client_turn else None,
                reply=turn_read(event.reply, staff=staff) if event.reply else None,
                crisis=result["crisis"], ms=event.ms or 0)
    raise RuntimeError("the turn ended without an answer")  # pragma: no cover - run_turn always ends with done


# --- reading the conversation ------------------------------------------------------------------------------------------

def turn_read(turn: CompanionTurn, *, staff: bool, names: dict[uuid.UUID, str] | None = None,
              crisis: CrisisResponse | None = None, flow: Any = None) -> TurnRead:
    """A turn as its reader sees it: the client never sees the screen, the blocked text or the clinician's note."""
    data: dict[str, Any] = {
        "id": turn.id, "seq": turn.seq, "role": turn.role, "kind": turn.kind, "text": turn.text or "",
        "lang": turn.lang, "created_at": turn.created_at, "reply_to": turn.reply_to, "rating": turn.rating,
        "reported": turn.reported_at is not None, "crisis": crisis, "flow_id": turn.flow_id,
    }
    if flow is not None:
        data |= {"flow_kind": flow.kind, "flow_status": flow.status, "record_id": flow.exercise_id}
    if staff:
        data |= {
            "screen_level": turn.screen_level, "alert_id": turn.alert_id, "blocked": turn.blocked,
            "blocked_category": turn.blocked_category,
            "blocked_reason": (checks.LABELS.get(turn.blocked_category) or BLOCK_LABELS.get(turn.blocked_category))
            if turn.blocked_category else None,
            "blocked_text": turn.blocked_text, "fallback": turn.fallback, "provider": turn.provider,
            "model": turn.model, "prompt": f"{turn.prompt_id}@{turn.prompt_version}" if turn.prompt_id else None,
            "call_id": turn.call_id, "latency_ms": turn.latency_ms, "first_sentence_ms": turn.first_sentence_ms,
            "report": turn.report, "reported_at": turn.reported_at, "annotation": turn.annotation,
            "annotation_note": turn.annotation_note, "annotated_at": turn.annotated_at,
            "annotated_by_name": (names or {}).get(turn.annotated_by) if turn.annotated_by else None,
        }
    return TurnRead(**data)


async def conversation(session: AsyncSession, actor: Actor, client_id: uuid.UUID | None = None, *,
                       limit: int = 200) -> ConversationRead:
    """The conversation, oldest first: the client's own (portal), or a client's for their clinicians (audited)."""
    if actor.role == "client":
        client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    else:
        if client_id is None:
            raise BadRequest("Which client?")
        client = await authorize(session, actor, Action.clinical_read, client_id)
    staff = actor.role != "client"
    avail = await availability(session, client)
    turns = await _turns(session, client.id, limit)
    by_id = {t.id: t for t in turns}
    names: dict[uuid.UUID, str] = {}
    if staff:
        wanted = {t.annotated_by for t in turns if t.annotated_by}
        if wanted:
            rows = (await session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))).all()
            names = {user_id: name or "A clinician" for user_id, name in rows}
    from alliance.companion import flows

    by_flow = await flows.by_id(session, client.id, {t.flow_id for t in turns if t.flow_id})
    reads = []
    for turn in turns:
        crisis = None
        if not staff and turn.kind == "crisis" and turn.reply_to in by_id:
            asked = by_id[turn.reply_to]
            crisis = await safety_service.crisis_response_again(session, client.id, asked.screen_level,
                                                                asked.alert_id)
            crisis = fallbacks.crisis_message(crisis, turn.lang) if crisis is not None else None
        reads.append(turn_read(turn, staff=staff, names=names, crisis=crisis, flow=by_flow.get(turn.flow_id)))
    await audit.record(session, actor, "companion.conversation.read", client_id=client.id,
                       resource_type="companion_turn", detail=f"turns={len(turns)}")
    plan = avail.offer.plan
    return ConversationRead(client_id=client.id, state=avail.state, accepts_messages=avail.accepts,
                            language=avail.offer.language, review_note=plan.review_note if plan else None,
                            turns=reads)


async def _companion_turn(session: AsyncSession, turn_id: uuid.UUID, client_id: uuid.UUID) -> CompanionTurn:
    turn = await session.get(CompanionTurn, turn_id)
    if turn is None or turn.client_id != client_id or turn.role != "companion":
        raise NotFound("No such reply.")
    return turn


# --- the client rates or reports a reply ------------------------------------------------------------------------------

async def rate(session: AsyncSession, actor: Actor, turn_id: uuid.UUID, rating: str) -> CompanionTurn:
    """The client marks a reply helpful or not (changing their mind replaces the rating)."""
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    if rating not in ("helpful", "not_helpful"):
        raise BadRequest("A rating is helpful or not_helpful.")
    turn = await _companion_turn(session, turn_id, client.id)
    turn.rating = rating
    turn.rated_at = utcnow()
    await session.flush()
    await audit.record(session, actor, "companion.reply.rate", client_id=client.id, resource_type="companion_turn",
                       resource_id=turn.id, detail=f"rating={rating}")
    return turn


async def report(session: AsyncSession, actor: Actor, turn_id: uuid.UUID,
                 data: ReportWrite) -> tuple[CompanionTurn, CrisisResponse | None]:
    """The client reports a reply to their clinician; their words are screened first, like everything they write."""
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    turn = await _companion_turn(session, turn_id, client.id)
    crisis = None
    if data.reason:
        escalation = await safety_service.screen_client_text(
            session, actor, client.id, data.reason, source="companion", source_id=f"report-{turn.id}")
        crisis = fallbacks.crisis_message(escalation.response, turn.lang) if escalation.response else None
    turn.report = data.reason or ""
    turn.reported_at = utcnow()
    await session.flush()
    await audit.record(session, actor, "companion.reply.report", client_id=client.id,
                       resource_type="companion_turn", resource_id=turn.id)
    return turn, crisis


# --- the clinician annotates and resumes ------------------------------------------------------------------------------

async def annotate(session: AsyncSession, actor: Actor, client_id: uuid.UUID, turn_id: uuid.UUID,
                   data: AnnotationWrite) -> CompanionTurn:
    """A treating clinician marks a reply as good or a problem, with a note (a new mark replaces the old)."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    turn = await _companion_turn(session, turn_id, client.id)
    turn.annotation = data.label
    turn.annotation_note = data.note
    turn.annotated_by = actor.user_id
    turn.annotated_at = utcnow()
    await session.flush()
    await audit.record(session, actor, "companion.reply.annotate", client_id=client.id,
                       resource_type="companion_turn", resource_id=turn.id, detail=f"label={data.label}")
    return turn


async def resume(session: AsyncSession, actor: Actor, client_id: uuid.UUID, note: str) -> int:
    """A treating clinician resumes the companion after a pause (who, when and the note are kept, audited)."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    if not await safety_service.ai_paused(session, client.id):
        raise Conflict("The companion is not paused for this client.")
    resumed = await safety_service.resume_ai(session, actor, client.id, note)
    await audit.record(session, actor, "companion.resume", client_id=client.id, resource_type="ai_pause",
                       detail=f"pauses={resumed}")
    log.info("companion resumed for client %s", client.id)
    return resumed

