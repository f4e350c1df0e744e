"""The crisis screen: `screen(text) -> Screening`. Deterministic for a given version; no network, no LLM."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from alliance.safety import compose as composing
from alliance.safety import language
from alliance.safety.context import apply_context, farewell_in_message, resolve_in_message
from alliance.safety.levels import Category, Level
from alliance.safety.matcher import Hit, Segments, match_pack
from alliance.safety.normalise import normalise
from alliance.safety.patterns import PACKS, ruleset_fingerprint

log = logging.getLogger(__name__)

ENGINE_VERSION = "2.0"


def _engine_fingerprint() -> str:
    """A short hash of the rules and of the engine's source, so any change to either changes the version."""
    import hashlib
    import sys
    from pathlib import Path

    h = hashlib.sha256(ruleset_fingerprint().encode())
    h.update(composing.fingerprint().encode())
    for name in ("normalise", "matcher", "context", "language", "compose"):
        h.update(Path(sys.modules[f"alliance.safety.{name}"].__file__ or "").read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:10]


VERSION = f"screen-{ENGINE_VERSION}+{_engine_fingerprint()}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the original message that fired a rule (or the whole message, for the classifier)."""

    start: int
    end: int
    text: str
    rule: str
    category: Category | None
    level: Level
    subject: str = "self"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text, "rule": self.rule,
                "category": self.category.value if self.category else None, "level": str(self.level),
                "subject": self.subject}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        """Read back the form written by to_dict."""
        return cls(int(d["start"]), int(d["end"]), str(d.get("text", "")), str(d["rule"]),
                   Category(d["category"]) if d.get("category") else None, Level.parse(d["level"]),
                   str(d.get("subject", "self")))


@dataclass(frozen=True, slots=True)
class Screening:
    """The result of screening one message."""

    level: Level
    categories: tuple[Category, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    rules: tuple[str, ...] = ()
    lang: str | None = None
    version: str = VERSION

    @property
    def flagged(self) -> bool:
        """True at moderate or above, the level that escalates to a clinician."""
        return self.level >= Level.MODERATE

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"level": str(self.level), "categories": [c.value for c in self.categories],
                "evidence": [e.to_dict() for e in self.evidence], "rules": list(self.rules), "lang": self.lang,
                "version": self.version}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Screening:
        """Read back the form written by to_dict."""
        return cls(Level.parse(d["level"]), tuple(Category(c) for c in d.get("categories", ())),
                   tuple(Evidence.from_dict(e) for e in d.get("evidence", ())), tuple(d.get("rules", ())),
                   d.get("lang"), d.get("version", VERSION))


_semantic_state: dict[str, Any] = {"loaded": False, "layer": None}


def _semantic() -> Any:
    """The semantic layer (another module); None when it is missing or fails to load."""
    if not _semantic_state["loaded"]:
        _semantic_state["loaded"] = True
        try:
            from alliance.safety.semantic import get_layer

            _semantic_state["layer"] = get_layer()
        except Exception as exc:  # the lexical layers must work without it
            log.warning("safety.screen: semantic layer unavailable (%s)", type(exc).__name__)
            _semantic_state["layer"] = None
    return _semantic_state["layer"]


def _prior(context: Sequence[str | Screening | dict] | None, lang: str | None) -> list[Screening]:
    out = []
    for item in context or ():
        if isinstance(item, Screening):
            out.append(item)
        elif isinstance(item, dict):
            out.append(Screening.from_dict(item))
        elif isinstance(item, str):
            out.append(screen(item, lang=lang, use_classifier=False))
    return out


def _dedupe(hits: list[Hit]) -> list[Hit]:
    seen, out = set(), []
    for h in sorted(hits, key=lambda h: (h.start, -h.level, h.rule_id)):
        key = (h.start, h.end, h.category, h.level)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


_PILLS = re.compile(r"pill|tablet|med|comprim|pastil|pilul|tablett|cachet|farmac|compress|insulin|sleeping")
# An ordinary purpose told with the purchase: "a rope to hang the hammock", "une corde pour la balancoire".
_PURPOSE = re.compile(r"\b(?:to|for|para|pra|pour|um|fur|zum|zur|per)\b")


def _means_alone_is_a_risk_factor(hits: list[Hit], text: str) -> list[Hit]:
    """Buying a rope or a knife is preparation only beside ideation (C-SSRS: preparatory behaviour is an act towards
    a suicide attempt): alone and bought for a stated ordinary purpose, it is a risk factor (low), not an alarm."""
    means = [h for h in hits if "means" in h.tags and h.level >= Level.MODERATE]
    if not means or any(h.level >= Level.MODERATE and h not in means and h.category is not None
                        and ".modifier." not in h.rule_id for h in hits):
        return hits
    for h in means:
        if not _PILLS.search(text[h.start:h.end]) and _PURPOSE.search(text[h.end:h.end + 60]):
            h.level = Level.LOW
            h.notes.append("means_alone")
    return [h for h in hits if not (h.rule_id.endswith("modifier.timing") and any("means_alone" in m.notes
                                                                                  for m in means))]


# Years of being well since an act, said in any of the six languages (normalised text): "6 years clean of it",
# "llevo 8 anos sin hacerlo", "ca fait 7 ans que jai arrete", "seit 4 jahren trocken", "ja la vao 9 anos sem o
# fazer", "sono 8 anni che non lo faccio piu", "those thoughts are long gone". C-SSRS separates lifetime from recent
# behaviour: with this said, an act told earlier is history (issue 13).
_YEARS = (r"(?:\d+|a few|few|many|several|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis"
          r"|siete|ocho|nueve|diez|muchos|varios|deux|trois|quatre|cinq|sept|huit|neuf|dix|plusieurs|zwei|drei|vier"
          r"|funf|sechs|sieben|acht|neun|zehn|vielen|ein paar|duas|quatro|sete|oito|nove|dez|muitos|vari|tre|quattro"
          r"|cinque|sette|otto|dieci|tanti|molti)")
_LONG_WELL = re.compile(
    r"\b(?:" + _YEARS + r" (?:years|yrs) (?:clean|free|sober|without)|(?:havent|have not|hasnt) (?:had|done|cut|hurt"
    r"|thought|felt|tried|relapsed)(?: \w+){0,4} in (?:ages|years|a long time|" + _YEARS + r" years)|long gone"
    r"|" + _YEARS + r" anos sin|(?:llevo|cumplo|van) (?:como |casi |mas de )?" + _YEARS
    + r" anos (?:sin|bien|limpi|sobri|estable)"
    r"|ca fait (?:" + _YEARS + r" ans|longtemps|des annees) que (?:j ?ai (?:plus|arrete)|je (?:ne|n))"
    r"|depuis (?:" + _YEARS + r" ans|des annees|longtemps),? (?:je nai plus|plus rien|jai arrete)"
    r"|seit " + _YEARS + r" jahren (?:trocken|clean|nicht mehr|keine|kein|nuchtern)|(?:sind|ist) (?:schon )?lange"
    r" (?:weg|vorbei)"
    r"|" + _YEARS + r" anos sem|(?:faz|ha) (?:anos|muito tempo|" + _YEARS + r" anos) que (?:nao|ja nao)"
    r"|(?:sono|da) " + _YEARS + r" anni (?:che non|senza)|non ci sono piu da (?:anni|tempo)|da anni non)\b")


# A request for a prescription ("write me a script for", "recetame", "prescris-moi", "verschreib mir", "receita-me",
# "prescrivimi") or about the screen itself ("which words set off the alarm", "the system prompt"), six languages.
_ASKS_THE_COMPANION = re.compile(
    r"\b(?:(?:write|give|get|send) me (?:a |an |the )?(?:script|prescription|rx)|prescribe (?:me|it)"
    r"|(?:script|prescription|rx) for|recet(?:ame|arme|amela|amelo)|(?:vas a|puedes|podes|podrias) recetar(?:me)?"
    r"|me (?:\w+ )?(?:vas a |puedes |podes )?recetar|receta (?:de|para)|prescri(?:s|vez|re|bez)[ -]?moi"
    r"|me prescrire|une ordonnance (?:de|pour)|verschreib\w* (?:sie |du )?mir|mir \w+ verschreiben|rezept (?:fur|uber)"
    r"|receit(?:a|e)[ -]?me|me (?:\w+ )?receitar|receita (?:de|para|pra)|prescriv(?:imi|ermi|etemi)"
    r"|mi (?:\w+ )?prescriv(?:i|ete|erai)|ricetta (?:per|di)|system ?prompt|prompt (?:de |do |di )?(?:sistema|systeme)"
    r"|(?:words|palabras|mots|worter|palavras|parole)\b[^.!?\n]{0,40}\b(?:alarm|alert|flag|trigger|set off|declench"
    r"|auslos|dispar|scatt|activ)\w*)\b")


# The urge or the act back after the years without: "the urge is back", "volvieron las ganas", "wieder".
_BACK = re.compile(r"\b(?:(?:is|are|its|came|come|coming) back|volv\w+|vuelt\w+|revien\w+|revenu\w*|wieder|zuruck"
                   r"|volt\w+|tornat\w+|ritornat\w+|recommenc\w+|ricominciat\w+|relaps\w*|recaid\w+|rechute)\b")


def _told_as_history(text: str, context_text: str, langs: tuple[str, ...], prior: Sequence[Screening]) -> bool:
    """An act told as history in this conversation: years of being well since it said in this message or an earlier
    one, nothing at risk in the earlier turns, and this message says nothing recent ("again", "lately") or "but now"."""
    if not (_LONG_WELL.search(text) or _LONG_WELL.search(context_text)):
        return False
    if any(p.level >= Level.MODERATE for p in prior) or _URGE_AGAIN.search(text) or _BACK.search(text):
        return False
    return not any(PACKS[c].recency.search(text) or PACKS[c].timing.search(text) for c in langs)


def _compose_across_turns(text: str, context_text: str, langs: tuple[str, ...], hits: list[Hit]) -> list[Hit]:
    """Parts spread over the last turns ("the pills are ready" ... "I've taken them"): a level the turns reach only
    together is this message's, with the whole message as evidence. (Compared with the earlier turns together, not
    one by one: a message that explains an alarming earlier turn away must not inherit its level.)"""
    if _WAS_A_JOKE.search(text):
        return []  # "that was a joke, of course": this message takes the earlier turn back
    # An earlier sentence said with laughter ("me quiero morir, literal 🙈") was a figure of speech in its turn and
    # is not carried into this one (issue 13: idioms in the companion's conversations).
    earlier = _SENTENCE_WITH_LAUGHTER.sub(lambda m: " " * len(m.group()), context_text[-2 * composing.WINDOW_CHARS:])
    if not any(h.level >= Level.MODERATE for h in composing.compose(earlier, langs)):
        # Nothing at risk before: this message's own laughed sentences are its own figures of speech too.
        text = _SENTENCE_WITH_LAUGHTER.sub(lambda m: " " * len(m.group()), text)
    together = composing.compose(earlier + "\n" + text, langs)
    if not together:
        return []
    before = composing.compose(earlier, langs)
    alone = max((h.level for h in before if h.subject == "self"), default=Level.NONE)
    now = max((h.level for h in hits if h.subject == "self"), default=Level.NONE)
    # An act the earlier turns told as history ("3 years ago ... took a load of pills") stays history when this
    # message adds no risk of its own and nothing recent: a "just" or a "today" here ("just wanted to say it out
    # loud", "at the beach today") is not the act's time (issue 13).
    if now < Level.MODERATE and alone < Level.MODERATE and any("historical" in h.notes for h in before) and not any(
            PACKS[c].recency.search(text) or PACKS[c].timing.search(text) for c in langs) and not _URGE_AGAIN.search(
            text):
        return []
    best = max((h for h in together if h.subject == "self"), key=lambda h: h.level, default=None)
    # The combination's anchor in this message ("I'm not joking any more" after an earlier "I'd rather die than"):
    # the earlier turn's own level does not hide it, since this message is what makes the idiom meant.
    anchored_now = best is not None and best.start > len(earlier) and best.level > now
    if best is None or (best.level <= max(alone, now) and not anchored_now):
        return []
    return [Hit("ctx." + best.rule_id.split(".", 1)[1], h.category, best.level, 0, len(text), h.lang,
                notes=["context"]) for h in together if h.rule_id == best.rule_id and h.level == best.level]


# "That was a joke", in the six languages (normalised text).
_WAS_A_JOKE = re.compile(
    r"\b(?:(?:that|it) was (?:just |only |obviously |of course )?(?:a joke|joking|a figure of speech)|i was (?:just )?"
    r"(?:joking|kidding)|(?:era|fue) (?:solo |una )?(?:broma|un chiste|en broma)|estaba bromeando|cetait (?:juste |bien"
    r" sur )?(?:une blague|pour rire|une facon de parler)|je rigolais|(?:das )?war (?:naturlich |nur |doch )?(?:ein"
    r" witz|spass|ironisch)|(?:era|foi) (?:so |apenas )?(?:brincadeira|piada|a brincar)|(?:tava|estava) a? ?brincando"
    r"|(?:era|stavo) (?:solo )?(?:uno scherzo|scherzando|un modo di dire))\b")
# Laughter written out or as emoji, in any of the six languages (normalised text: "kkkk" is already "k").
_LAUGHTER = re.compile(r"(?:\b(?!hijas?\b)(?:(?:ja|ha|he|ah|je|hi)(?:ha|ja|ah|je|hi)+h?|lol+|lmf?a+o+|rofl|xd+|mdr+|ptdr+|k{1,}|rs(?:rs)+"
                       r"|jk)\b|[\U0001F602\U0001F923\U0001F648\U0001F644\U0001F605\U0001F606\U0001F61C\U0001F92A"
                       r"\U0001F480\U0001F62D])")
_SENTENCE_SPLIT = re.compile(r"[.!?\n]+")
_SENTENCE_WITH_LAUGHTER = re.compile(r"[^.!?\n]*(?:" + _LAUGHTER.pattern + r")[^.!?\n]*")
# "But" turns the sentence: a laugh before it closes the clause it ends ("no quiero matarme xd pero tampoco quiero
# seguir aqui"), not the one that follows.
_CONTRAST = re.compile(r"\b(?:but|pero|mais|aber|mas|porem|though"
                       r"|ma(?= (?:non|poi|anche|io|ora|adesso|davvero|sul serio|in realta|nemmeno|neanche)\b))\b")
_JOKE_CATEGORIES = {Category.SUICIDAL_IDEATION, Category.HARM_TO_OTHERS}


def _laughed_off(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits that are only a death wish or a threat, inside a sentence that laughs, in a message with no plan, means
    or time anywhere (those stay risk whatever the emoji)."""
    if not hits or not _LAUGHTER.search(text):
        return []
    if any(h.category not in _JOKE_CATEGORIES or h.level >= Level.IMMINENT for h in hits):
        return []
    bounds = [0] + [m.end() for m in _SENTENCE_SPLIT.finditer(text)] + [len(text)]
    out = []
    for h in hits:
        sentence = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= h.start < b), None)
        if sentence is None:
            continue
        turn = max((m.end() for m in _CONTRAST.finditer(text, sentence[0], h.end) if m.start() <= h.start),
                   default=sentence[0])
        if _LAUGHTER.search(text, turn, min(len(text), sentence[1] + 3)):
            out.append(h)
    return out if len(out) == len(hits) else []



# A wish told in the past tense, of a moment gone by ("I wanted to", "javais envie de", "volevo", "queria", "ich
# wollte"): said with laughter, it is how the moment felt (a goal let in, a meeting at six), not a wish now.
_PAST_WISH = re.compile(r"\b(?:i )?(?:wanted to|felt like|queria|quise|tenia ganas de|me (?:daban|dieron) ganas de"
                        r"|j ?avais envie de|je voulais|ich wollte|wollte ich|hatte (?:ich )?lust|tive vontade de"
                        r"|me deu vontade de|volevo|avevo voglia di)\b")


def _past_wish_laughed(text: str, langs: tuple[str, ...], hits: list[Hit]) -> list[Hit]:
    """Hits that are a wish to die or a method said in the past tense inside a sentence that laughs, with no time in
    the wish's clause: the laughed-off rule for a moment gone by. All or nothing: any other risk keeps every hit."""
    if not hits or not _LAUGHTER.search(text):
        return []
    risky = [h for h in hits if h.level >= Level.MODERATE and ".modifier." not in h.rule_id]
    bounds = [0] + [m.end() for m in _SENTENCE_SPLIT.finditer(text)] + [len(text)]
    out = []
    for h in risky:
        if h.category not in (Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN_INTENT):
            return []
        a, b = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= h.start < b), (0, len(text)))
        wish = next((m for m in _PAST_WISH.finditer(text, a, h.end) if h.start - m.end() <= 40), None)
        if wish is None or not _LAUGHTER.search(text, h.end, min(len(text), b + 3)):
            return []
        clause_start = max(text.rfind(c, a, wish.start()) for c in ",;:")
        clause = text[max(a, clause_start + 1):b]
        if any(PACKS[c].timing.search(clause) for c in langs):
            return []
        out.append(h)
    return out + [h for h in hits if ".modifier." in h.rule_id] if out else []

# Taken back at once, in any of the six languages: "jvais me jeter par la fenetre (non)", "vo me jogar da janela
# jk". Up to three words may come between, none of them a negation or a "but" ("no es broma", "ma non scherzo").
_TAKEN_BACK = re.compile(
    r"(?P<gap>(?:\W+(?!(?:no|non|not|nao|nicht|kein\w*|pas|ne|nem|ni|but|pero|mais|aber|mas|ma|e|y|und|and"
    r"|et)\b)\w+){0,3}?)[\s,.;:!?-]*(?:" + _LAUGHTER.pattern + r"[\s,.;:!?-]*)*"
    r"(?:\((?:non|nan|no|nao|nein|nee|not really|nah|mentira|broma|brincadeira|zoeira|scherzo|spass|je rigole"
    r"|cest une blague|jk)\)|\b(?:jk|just kidding|just joking|im kidding|es broma|bromeando|mentira|je rigole"
    r"|jrigole|cest une blague|je deconne|jdeconne|nur spass|war ein witz|brincadeira|zoeira|zoando|to brincando"
    r"|tou a brincar|estou a brincar|scherzo|scherzavo|sto scherzando)\b)(?! *(?:pas|no|nao|nicht|not|mica"
    r"|nada)\b)")
_TAKEN_BACK_CATEGORIES = {Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN_INTENT, Category.HARM_TO_OTHERS}


def _taken_back(text: str, langs: tuple[str, ...], hits: list[Hit]) -> list[Hit]:
    """A method or a wish taken back right after it is said ("(non)", "jk", "brincadeira") with no time in its
    clause: the laughed-off rule for a method. Time and means cues raised only by those hits go with them."""
    marked = []
    for h in hits:
        if ".modifier." in h.rule_id or h.category not in _TAKEN_BACK_CATEGORIES:
            continue
        m = _TAKEN_BACK.match(text, h.end)
        if m is None:
            continue
        clause = text[max(text.rfind(c, 0, h.start) for c in ",.;:!?\n") + 1:m.end()]
        if not any(PACKS[c].timing.search(clause) for c in langs):
            marked.append(h)
    if not marked:
        return []
    rest = [h for h in hits if h not in marked]
    if not any(h.level >= Level.MODERATE and ".modifier." not in h.rule_id for h in rest):
        marked += [h for h in rest if ".modifier." in h.rule_id]
    return marked


# Nothing now, said in the present: "no thoughts, only the fear", "haven't in six years and don't want to". Beside
# an act told as history (C-SSRS lifetime, not recent), the act is a risk factor and the message is low (issue 10,
# round 12: a past attempt with fear of November, past self-harm whose scars a daughter saw).
_NONE_NOW = re.compile(
    r"\b(?:(?:havent|have not|hasnt)(?: \w+){0,2} (?:in|for) (?:\w+ ){0,2}(?:years|months),? and (?:i )?(?:dont|do not)"
    r" want to|no (?:suicidal )?(?:thoughts|urges) (?:now|at the moment|these days|any ?more)"
    r"|(?:i )?(?:dont|do not) have (?:those |any |the )?(?:thoughts|urges)(?: now| any ?more)?"
    r"|gedanken (?:habe|hab) ich keine|(?:ich habe|ich hab) keine (?:suizid)?gedanken(?: mehr)?"
    r"|(?:no|dont have (?:the|any)|dont get (?:the|any)) urges? (?:any ?more|now|these days)|(?:keinen|kein) (?:drang"
    r"|bedurfnis) mehr|ya no (?:tengo|siento) (?:el |ese )?impulso|je nai plus (?:cette |de )?pulsions?"
    r"|ja nao tenho (?:esse |o )?impulso|non ho piu (?:l|quell)?impulso"
    r"|no tengo (?:esas |esos |ya )?(?:ideas|pensamientos)(?: ahora| ya)?"
    r"|je nai (?:pas|plus) (?:ces |de |d)?(?:pensees|idees)"
    r"|nao tenho (?:esses |mais )?(?:pensamentos|ideias)"
    r"|non ho (?:piu )?(?:quei |questi )?(?:pensieri|idee))\b")
# "...but this week I want to again": a time without, then the urge back, is risk now.
_URGE_AGAIN = re.compile(r"\b(?:but|pero|mais|aber|mas|ma)\b[^.!?\n]{0,80}\b(?:urges?|want to|ganas|envie|drang|lust"
                         r"|vontade|voglia)\b")
_PAST_CATEGORIES = {Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN_INTENT, Category.SELF_HARM}


def _past_with_nothing_now(text: str, langs: tuple[str, ...], hits: list[Hit]) -> list[Hit]:
    """Pattern hits for an act told as history, in a message that says there is nothing now: low, historical.
    Any risk told outside the history sentences (an urge, a time, a plan) keeps every hit as it is."""
    dated_well = composing.dated_and_well(text, langs)
    if not hits or not (_NONE_NOW.search(text) or dated_well):
        return hits
    bounds = [0] + [m.end() for m in _SENTENCE_SPLIT.finditer(text)] + [len(text)]

    def sentence(h: Hit) -> str:
        a, b = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= h.start < b), (0, len(text)))
        return text[a:b]

    risky = [h for h in hits if h.level >= Level.MODERATE and ".modifier." not in h.rule_id]
    if _URGE_AGAIN.search(text):
        return hits
    if not risky or any(h.category not in _PAST_CATEGORIES or ".compose." in h.rule_id or "urge" in h.rule_id
                        or h.level >= Level.IMMINENT for h in risky):
        return hits
    # "Haven't in six years and don't want to" itself places the act in the past.
    none_now = _NONE_NOW.search(text)
    dated = dated_well or re.search(r"\b(?:years|months)\b", none_now.group()) is not None
    if not dated and not all(any(PACKS[c].history.search(sentence(h)) for c in langs) for h in risky):
        return hits
    for h in risky:
        h.level, h.notes = Level.LOW, [*h.notes, "historical"]
    # A time that raised the act ("hoy se cumplen tres años de la última vez que me corté") goes with it (round 15).
    return [h for h in hits if ".modifier." not in h.rule_id]


# Someone written to about their own risk ("you want to commit suicide because you feel you've tried everything",
# "if you did kill yourself"): Reddit's Supportive users write to a person at risk, not about themselves (issue 10).
# Second- and first-person pronouns, normalised text, the six languages (the verb endings of es/pt/it are not read).
_YOU = re.compile(r"\b(?:you|your|youre|yourself|youll|youve|youd|u|ur|tu|ti|te|contigo|usted|vos|tus|toi|vous|ton"
                  r"|tes|votre|du|dich|dir|dein|deine|deinen|deinem|deiner|voce|vc|teu|tua|teus|tuas|tuo|tuoi|tue)\b")
_ME = re.compile(r"\b(?:i|me|my|im|myself|ive|ill|id|mine|yo|mi|mis|conmigo|je|j|jai|moi|mon|ma|mes|jsuis|ich|mich"
                 r"|mir|mein|meine|meinen|meinem|meiner|eu|mim|meu|minha|meus|minhas|io|mio|mia|miei|mie)\b")
_CLAUSE_START = re.compile(r"[.!?;:\n]| but | pero | mais | aber | mas | ma | because | porque | parce que | weil | perche ")
_ADDRESSED_CATEGORIES = {Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN_INTENT, Category.SELF_HARM}


def _addressed(text: str) -> bool:
    """The message speaks to someone more than about the speaker: second-person words outnumber first-person ones."""
    you = len(_YOU.findall(text))
    return you >= 2 and you > len(_ME.findall(text))


def _said_of_addressee(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits whose clause has the person written to as its subject ("if you did commit suicide", "you dont need to
    kill yourself"), in a message addressed to someone: their risk is that person's, told to them, not the
    speaker's. Imminent hits and any hit whose own words are first person stay."""
    if not hits or not _addressed(text):
        return []
    out = []
    for h in hits:
        if h.level >= Level.IMMINENT or h.category not in _ADDRESSED_CATEGORIES or h.subject != "self":
            continue
        if _ME.search(text, h.start, h.end):
            continue
        left = text[max(0, h.start - 80):h.start]
        clause = _CLAUSE_START.split(left)[-1]
        last_you = max((m.end() for m in _YOU.finditer(clause)), default=-1)
        last_me = max((m.end() for m in _ME.finditer(clause)), default=-1)
        if last_you > last_me or (last_you < 0 and last_me < 0 and _YOU.search(text, h.end, h.end + 12)):
            out.append(h)
    return out


def screen(
    text: str,
    *,
    lang: str | None = None,
    context: Sequence[str | Screening | dict] | None = None,
    use_classifier: bool = True,
) -> Screening:
    """Screen one client message (with earlier messages of the conversation as context, oldest first)."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    norm = normalise(text)
    reported_lang, langs = language.plan(text, lang)
    seg = Segments.of(norm.text)
    context_text = " . ".join(normalise(c).text for c in (context or ()) if isinstance(c, str))
    hits: list[Hit] = []
    discounted: list[str] = []
    for code in langs:
        hits.extend(match_pack(PACKS[code], norm.text, seg, context_text, discounted))
    # An idiom recognised in any language read covers its words for every language's rules ("una reunión más y
    # me mato 😂" is Spanish or Portuguese; each pack knows only its own idioms).
    idioms = [m.span() for code in langs for m in PACKS[code].idioms.finditer(norm.text)] + composing.said_of_an_act(
        norm.text)
    if idioms:
        joked = [h for h in hits if any(s < h.end and h.start < e for s, e in idioms)]
        discounted.extend(h.rule_id for h in joked)
        hits = [h for h in hits if h not in joked]
    denied = composing.denial_spans(norm.text, langs)
    if denied:
        # "She asked if I had thoughts of suicide and I said no": the risk words inside a denial are not risk.
        kept = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in denied)]
        discounted.extend(h.rule_id for h in hits if h not in kept)
        if not any(h.level >= Level.MODERATE and ".modifier." not in h.rule_id for h in kept):
            # A time or means raised a risk phrase the denial has now removed: nothing is left to raise.
            kept = [h for h in kept if ".modifier." not in h.rule_id]
        hits = kept
    hits.extend(composing.compose(norm.text, langs))
    mods = composing.modifiers(norm.text, langs)
    if mods & {"fiction", "help_seeking"}:
        # Literature, school and news about others ("in Romeo and Juliet they both kill themselves"), and questions
        # about helping someone or about a service; a child at risk stays a safeguarding matter.
        dropped = [h for h in hits if h.subject == "third_party" and (
            "fiction" in mods or (h.level < Level.HIGH and not composing.someone_of_mine(norm.text)))]
        discounted.extend(h.rule_id for h in dropped)
        hits = [h for h in hits if h not in dropped]
    laughed = _laughed_off(norm.text, hits)
    if laughed and context_text and any(h.level >= Level.MODERATE for h in composing.compose(context_text, langs)):
        laughed = []  # a laugh after risk told in earlier turns is not a joke to discount
    if laughed:
        # "si le vuelvo a agarrar su cargador me mata jaja", "la ammazzo 😂": a wish to die or a threat said
        # with laughter, in a sentence with no plan, means or time, is a figure of speech. Earlier risk in the
        # conversation still counts (the context step below).
        discounted.extend(h.rule_id for h in laughed)
        hits = [h for h in hits if h not in laughed]
    past_wish = _past_wish_laughed(norm.text, langs, hits)
    if past_wish and context_text and any(h.level >= Level.MODERATE for h in composing.compose(context_text, langs)):
        past_wish = []  # laughed after risk told in earlier turns: the risk stands
    if past_wish:
        discounted.extend(h.rule_id for h in past_wish)
        hits = [h for h in hits if h not in past_wish]
    taken_back = _taken_back(norm.text, langs, hits)
    if taken_back and context_text and any(h.level >= Level.MODERATE
                                           for h in composing.compose(context_text, langs)):
        taken_back = []  # taken back after risk told in earlier turns: the risk stands
    if taken_back:
        discounted.extend(h.rule_id for h in taken_back)
        hits = [h for h in hits if h not in taken_back]
    addressee = _said_of_addressee(norm.text, hits)
    if addressee:
        discounted.extend(h.rule_id for h in addressee)
        hits = [h for h in hits if h not in addressee]
        if not any(h.level >= Level.MODERATE and ".modifier." not in h.rule_id for h in hits):
            hits = [h for h in hits if ".modifier." not in h.rule_id]
    hits = _means_alone_is_a_risk_factor(hits, norm.text)
    hits = _past_with_nothing_now(norm.text, langs, hits)
    if context_text:
        hits.extend(_compose_across_turns(norm.text, context_text, langs, hits))
    farewell = farewell_in_message(norm.text, langs, hits)
    if farewell is not None:
        hits.append(farewell)
    resolved = resolve_in_message(norm.text, langs, hits)
    if resolved is not None:
        hits.append(resolved)
    prior = _prior(context, lang) if context else []
    if prior:
        hits.extend(apply_context(norm.text, langs, hits, prior))
    hits = _dedupe(hits)
    evidence = []
    for h in hits:
        start, end = norm.to_original(h.start, h.end)
        evidence.append(Evidence(start, end, text[start:end], h.rule_id, h.category, h.level,
                                 "third_party" if h.subject == "third_party" else "self"))
    level = max((h.level for h in hits), default=Level.NONE)
    version = VERSION
    # The semantic layer is for wording the lexicons do not know. Where they recognised a risk phrase and
    # discounted it (negated, denied, idiom, fiction, history), their specific judgement stands.
    discounted = discounted or [h.rule_id for h in hits if "historical" in h.notes or "means_alone" in h.notes] or [
        f"{code}.fiction" for code in langs if PACKS[code].fiction.search(norm.text)] or [
        f"modifier.{m}" for m in sorted(composing.modifiers(norm.text, langs))] or [
        h.rule_id for h in hits if h.subject == "third_party"] or (
        # A figure of speech recognised anywhere in the message ("estoy muerta" after a long shift) is a reading
        # the lexicons made, even when no rule hit inside it.
        ["idiom"] if idioms else [])
    # One or two words ("mint", "peppermint tea" as an answer in a grounding exercise) carry too little for the
    # encoder to judge alone; after earlier turns that it judged at risk ("Adieu." after "I'm walking into the
    # water"), the short message continues them and is judged with them.
    earlier = [c for c in (context or ()) if isinstance(c, str) and c.strip()]
    too_short = len(re.findall(r"\w+", norm.text)) < 3
    # A message written to someone else about them (a supportive reply) is not the speaker's own risk for the encoder
    # to judge; what the lexicons found in it stands.
    if level < Level.MODERATE and _addressed(norm.text) and not earlier:
        discounted = [*discounted, "addressed"]
    # Nothing now said outright ("eight years ago, and no urge any more"), or laughter with nothing the lexicons
    # found: the encoder's reading of the same words is not asked.
    if level < Level.MODERATE and (_NONE_NOW.search(norm.text) or (_LAUGHTER.search(norm.text) and not hits)):
        discounted = [*discounted, "none_now_or_laughter"]
    # An act told as history with years of being well since ("used to cut ... 6 years clean"), in this message or
    # the earlier ones, and nothing recent here: the encoder's reading of a message that adds nothing the lexicons
    # find ("je voulais juste le noter quelque part") is not asked (issue 13).
    if level < Level.MODERATE and _told_as_history(norm.text, context_text, langs, prior):
        discounted = [*discounted, "told_as_history"]
    # A request for what the companion's output checks exist to refuse (a prescription, how the screen works): the
    # companion declines it; the encoder's reading of a drug's name or of "alarm" is not a risk told (issue 13).
    if level < Level.MODERATE and _ASKS_THE_COMPANION.search(norm.text):
        discounted = [*discounted, "asks_the_companion"]
    if use_classifier and level < Level.IMMINENT and text.strip() and not discounted and (not too_short or earlier):
        layer = _semantic()
        if layer is not None:
            version = f"{VERSION}+{layer.name}"
            try:
                judged = layer.judge(text, earlier)
                if judged is not None and too_short:
                    before = layer.judge(earlier[-1], earlier[:-1])
                    if before is None or before.level < Level.MODERATE:
                        judged = None
            except Exception as exc:
                log.warning("safety.screen: semantic layer failed (%s)", type(exc).__name__)
                judged = None
            if judged is not None and judged.level > level:
                level = judged.level
                start = max(text.find(judged.chunk), 0)
                end = start + len(judged.chunk) if text.find(judged.chunk) >= 0 else len(text)
                cats_judged = [judged.category or Category.SUICIDAL_IDEATION]
                if judged.category == Category.SUICIDE_PLAN_INTENT or (
                        judged.level >= Level.IMMINENT and judged.category == Category.OVERDOSE_MEDICAL):
                    cats_judged.append(Category.SUICIDAL_IDEATION)
                for cat in cats_judged:
                    evidence.append(Evidence(start, end, text[start:end], str(layer.name), cat, judged.level))
    cats = {e.category for e in evidence if e.category is not None}
    categories = tuple(c for c in Category if c in cats)
    rules = tuple(dict.fromkeys(e.rule for e in evidence))
    return Screening(level, categories, tuple(evidence), rules, reported_lang, version)
