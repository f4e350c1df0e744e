"""Layer 1 of the screen: normalise a message and keep a map back to the original offsets.

Every character of the normalised text remembers the span of the original text it came from, so a rule that fires
on the normalised text reports evidence that points at the client's own words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

_APOSTROPHES = frozenset("'’‘ʼ´`")
# Emoji that name a means or a death theme are spelled out (spaces keep word boundaries).
_EMOJI = {
    "💊": " pills ", "🔪": " knife ", "🪢": " rope ", "🔫": " gun ", "⚰": " coffin ", "🩸": " blood ",
    "🪦": " grave ", "☠": " death ",
    # Letters written as emoji to dodge filters ("🅿️ercs"): the letter itself.
    **{chr(0x1F170 + i): chr(ord("a") + i) for i in range(26)},
}
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i", "+": "t"}
_MASKS = frozenset("*#_.-")

# Words worth recovering from obfuscation: a de-obfuscated token is kept only when it lands on one of these, so
# ordinary tokens such as "3am", "mp3" or "x-ray" are left alone.
VOCAB = frozenset(
    """
    suicide suicidal suicidio suicida suicidarme suicidar suicider suicidaire selbstmord suizid suizidal suicidio
    kill killing killed myself yourself die dying died dead death deaths cut cutting cuts hang hanging hanged overdose
    overdosed pills pill rope gun knife blade blades razor razors bleed bleeding jump bridge starve starving purge
    purging rape raped abuse abused voices tonight hurt harm self alive unalive life live living end ending
    sleep sleeping gone goodbye bye wrist wrists noose poison bleach burn burning hate want wanna going
    matarme morir muerte muerto muerta mourir mort morte tuer me suicider sterben umbringen tot toten morrer matar
    morto morta uccidermi ucciderm morire ammazzarmi uccidere ammazzare vida leben vie vita cortarme couper ritzen
    tagliarmi cortar vivre viver vivere mate
    """.split()
)
_VOCAB_BY_LEN: dict[int, tuple[str, ...]] = {}
for _w in VOCAB:
    _VOCAB_BY_LEN.setdefault(len(_w), ())
    _VOCAB_BY_LEN[len(_w)] += (_w,)

# Common misspellings and chat spellings, token for token.
_MISSPELLINGS = {
    "suicde": "suicide", "sucide": "suicide", "suiside": "suicide", "suicid": "suicide", "siucide": "suicide",
    "suacide": "suicide", "sucidal": "suicidal", "suicidel": "suicidal", "suisidal": "suicidal",
    "myslef": "myself", "mysef": "myself", "meself": "myself", "myslf": "myself", "overdoze": "overdose",
    "tonite": "tonight", "2nite": "tonight", "2night": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmw": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "jst": "just", "ded": "dead", "u": "you",
    "ur": "your", "cuz": "because", "coz": "because", "pils": "pills", "wrists": "wrists", "lyfe": "life",
    "kil": "kill", "dye": "die", "anymore": "anymore", "nomore": "no more", "myselfe": "myself", "selfharm": "self harm",
    "noone": "no one", "wont": "wont", "kiling": "killing", "wnt": "want", "wan": "want", "kiero": "quiero",
    "nich": "nicht", "lebn": "leben", "jveux": "je veux", "jpense": "je pense", "jpensais": "je pensais", "envi": "envie", "thinkin": "thinking", "endin": "ending",
    "killin": "killing", "cuttin": "cutting", "dyin": "dying", "tryin": "trying", "goin": "going", "feelin": "feeling",
    "nite": "night", "nn": "non", "q": "que", "tb": "tambien", "pq": "porque", "dnv": "de novo",
    "qria": "queria", "qro": "quero", "sla": "sei la", "smp": "sempre",
    "c": "cest", "hab": "habe", "denk": "denke", "suis": "suis", "mato": "mato", "plu": "plus",
}

# Slang and algospeak, phrase by phrase (applied after the token pass, on lower-case text).
_SLANG: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"\bsewer ?slides?\b", "suicide"),
        (r"\bs[uoa]{1,2}[iy]?[cs]{1,2}[iy]{1,2}d(e|al)\b", r"suicid\1"),
        (r"\bcommit (?:sudoku|toaster bath|die)\b", "commit suicide"),
        (r"\bbe unalive\b", "be dead"),
        (r"\bunalive (?:myself|me|my self)\b", "kill myself"),
        (r"\bunalived\b", "killed"),
        (r"\bunaliving\b", "killing"),
        (r"\bunalive\b", "kill"),
        (r"\bkms+\b", "kill myself"),
        (r"\btd mundo\b", "todo mundo"),
        (r"\bs/ ?(?=mim|ti|voce|vc|ele|ela|eles)", "sem "),
        (r"\bkys+\b", "kill yourself"),
        (r"\bctb\b", "kill myself"),
        (r"\bself[- ]?(?:delete|terminate|destruct)\b", "kill myself"),
        (r"\bdelete myself\b", "kill myself"),
        (r"\bod(?:ed|ing)\b", "overdosed"),  # not "odd": "od'd" loses its apostrophe and reads as a common word
        (r"\bod\b", "overdose"),
        (r"\bwanna\b", "want to"),
        (r"\bgonna\b", "going to"),
        (r"\bgotta\b", "got to"),
        (r"\bi (?:dont|do not) wanna\b", "i dont want to"),
        # "thinkin bout": "bout" for "about" after a verb of thinking or talking (not "a bout of flu").
        (r"\b(think|thinking|thought|talk|talking|talked|worry|worrying|worried|dream|dreaming|care) bout\b",
         r"\1 about"),
        # Rioplatense and Chilean "me pega igual": it hits me the same (grief, an anniversary), not a blow.
        (r"\bme (pega|pego|pegaba) (igual|igualito|de la misma manera|cada (?:ano|vez)|todos los anos)\b",
         r"me afecta \2"),
    ]
]
_SLANG_PREFILTER = re.compile(
    r"sewer|s[uoa]{1,2}[iy]?[cs]|unaliv|\bkms|\bkys|\bctb\b|self[- ]?(?:delete|terminate|destruct)|delete myself"
    r"|\bod|wanna|gonna|gotta|sudoku|toaster| bout\b|me peg|\btd mundo|\bs/"
)
# A verb with its pronoun ("matar-me", "mata-lo"): Portuguese hyphenates its clitics, so the hyphen is spelling,
# not masking (and "matar-me" is not the Spanish "matarme", which a rule reads as the speaker's own).
_CLITIC = re.compile(r"-(?:me|te|se|lhe|lhes|nos|vos|o|a|os|as|lo|la|los|las|no|na|nos|nas)$")
_TOKEN = re.compile(r"[\w@$!|*#+.\-]+")
_SPACED_LETTERS = re.compile(r"\b(?:[a-z][ .\-_*]){3,}[a-z]\b")
_REPEATS = re.compile(r"(.)\1{2,}")
_EDGE_PUNCT = ".-_#!|+*"


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised message with, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original message."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


_LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"}
# Ordinals and numbers with a unit are numbers, not leetspeak: "le 3e étage", "2nd", "10mg".
_NUMERIC = re.compile(r"\d+(?:e|er|re|eme|st|nd|rd|th|o|a|h|x|mg|ml|g|kg|km|m|min|s)?")
# A leet digit between letters ("t0lgo", "s3m", "v0lta", "l1thium"): read as a letter even for a word the
# vocabulary does not know, since no ordinary word or number is spelled that way.
_SANDWICHED = re.compile(r"[a-z]+(?:[013457@$]+[a-z]+)+|[a-z]{3,}[013]|[dmnst][013]")


def _char_map(ch: str) -> str:
    """Lower-case, strip accents and spell out risk emoji for one character."""
    if ch in _EMOJI:
        return _EMOJI[ch]
    if ch in _LIGATURES:
        return _LIGATURES[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


_CHAR_CACHE: dict[str, str] = {}


_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c")
_SENTENCE_END = frozenset(".!?;:,")


def _first_pass(text: str) -> tuple[list[str], list[int], list[int]]:
    """Characters: case, accents, apostrophes, emoji and white space."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cache = _CHAR_CACHE
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES or unicodedata.category(ch) in ("Cf", "Mn") or ch == "\ufe0f":
            continue
        if ch.isspace():
            if ch in _LINE_BREAKS and out:
                # A line break ends a sentence ("I can't anymore\nsorry for everything"): without it the lines run
                # together into one sentence. Written as ". " unless the line already ended with punctuation.
                if out[-1] == " ":
                    out.pop(), starts.pop(), ends.pop()
                if out and out[-1] not in _SENTENCE_END:
                    out.append(".")
                    starts.append(i)
                    ends.append(i + 1)
                out.append(" ")
                starts.append(i)
                ends.append(i + 1)
                continue
            if out and out[-1] != " ":
                out.append(" ")
                starts.append(i)
                ends.append(i + 1)
            continue
        mapped = cache.get(ch)
        if mapped is None:
            mapped = _char_map(ch)
            if len(cache) < 20000:
                cache[ch] = mapped
        for c in mapped:
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return out, starts, ends


def _collapse(word: str, keep: int) -> str:
    return _REPEATS.sub(lambda m: m.group(1) * keep, word)


def _in_vocab(word: str) -> bool:
    return word in VOCAB or (word.endswith("s") and word[:-1] in VOCAB)


def _unmask(word: str) -> str | None:
    """Recover a masked word such as "s*icide" when exactly one vocabulary word fits."""
    fits = [
        v for v in _VOCAB_BY_LEN.get(len(word), ())
        if all(c == v[i] or c in _MASKS or c in _LEET for i, c in enumerate(word))
    ]
    return fits[0] if len(fits) == 1 else None


def _fix_token(core: str) -> str | None:
    """Return the repaired form of one token, or None to keep it."""
    if core.isalpha():
        if core in _MISSPELLINGS:
            return _MISSPELLINGS[core]
        if _REPEATS.search(core) is None:
            return None
        two, one = _collapse(core, 2), _collapse(core, 1)
        for cand in (two, one):
            if _in_vocab(cand) or cand in _MISSPELLINGS:
                return _MISSPELLINGS.get(cand, cand)
        return one if len(one) <= 3 else two
    if not any(c.isalpha() for c in core) or _NUMERIC.fullmatch(core):
        return None
    if core in _MISSPELLINGS:
        return _MISSPELLINGS[core]
    letters = core.replace(".", "").replace("-", "").replace("_", "").replace("*", "")
    if len(letters) >= 4 and letters.isalpha() and re.fullmatch(r"[a-z](?:[.\-_*][a-z])+", core):
        return letters if _in_vocab(letters) else None
    for one_as in ("i", "l"):
        leet = "".join(("l" if (c == "1" and one_as == "l") else _LEET.get(c, c)) for c in core)
        for cand in (leet, _collapse(leet, 2), _collapse(leet, 1)):
            if _in_vocab(cand):
                return cand
            if cand in _MISSPELLINGS:
                return _MISSPELLINGS[cand]
    if _SANDWICHED.fullmatch(core):
        return "".join(_LEET.get(c, c) for c in core)
    if any(c in _MASKS or c in _LEET for c in core):
        return _unmask(_collapse(core, 1)) or _unmask(core)
    return None


Replacer = Callable[[re.Match[str]], str]


def _substitute(
    text: str, starts: list[int], ends: list[int], matches: list[tuple[int, int, str]]
) -> tuple[str, list[int], list[int]]:
    """Replace non-overlapping (start, end, new) spans, each new character mapping to the whole old span."""
    if not matches:
        return text, starts, ends
    out, ns, ne = [], [], []
    last = 0
    for s, e, new in matches:
        out.append(text[last:s])
        ns.extend(starts[last:s])
        ne.extend(ends[last:s])
        if new:
            o_start, o_end = starts[s], ends[e - 1]
            out.append(new)
            ns.extend([o_start] * len(new))
            ne.extend([o_end] * len(new))
        last = e
    out.append(text[last:])
    ns.extend(starts[last:])
    ne.extend(ends[last:])
    return "".join(out), ns, ne


def normalise(text: str) -> Normalised:
    """Normalise case, accents, leetspeak, masking, repeated letters, misspellings and slang."""
    chars, starts, ends = _first_pass(text)
    norm = "".join(chars)
    # Letters spaced out to dodge filters: "s u i c i d e".
    spaced = []
    for m in _SPACED_LETTERS.finditer(norm):
        joined = re.sub(r"[ .\-_*]", "", m.group())
        if _in_vocab(joined):
            spaced.append((m.start(), m.end(), joined))
    norm, starts, ends = _substitute(norm, starts, ends, spaced)
    # Token by token: repeated letters, leetspeak, masks, misspellings.
    fixes = []
    for m in _TOKEN.finditer(norm):
        tok = m.group()
        lo, hi = 0, len(tok)
        while lo < hi and tok[lo] in _EDGE_PUNCT:
            lo += 1
        while hi > lo and tok[hi - 1] in _EDGE_PUNCT:
            hi -= 1
        core = tok[lo:hi]
        if not core:
            continue
        fixed = _fix_token(core)
        if fixed is not None and fixed != core:
            fixes.append((m.start() + lo, m.start() + hi, fixed))
        elif fixed is None and ("-" in core or "." in core) and _in_vocab(re.sub(r"[.\-]", "", core)) and not (
                _CLITIC.search(core)):
            # "sui-cide", "suic.ide": a vocabulary word split by a hyphen or a dot to dodge filters.
            fixes.append((m.start() + lo, m.start() + hi, re.sub(r"[.\-]", "", core)))
        elif fixed is None and ("-" in core or "." in core):
            # "self-h@rm": repair each part on its own.
            base = m.start() + lo
            for part in re.finditer(r"[^.\-]+", core):
                sub = _fix_token(part.group())
                if sub is not None and sub != part.group():
                    fixes.append((base + part.start(), base + part.end(), sub))
    norm, starts, ends = _substitute(norm, starts, ends, fixes)
    # Slang and algospeak.
    if _SLANG_PREFILTER.search(norm):
        for rx, repl in _SLANG:
            found = [(m.start(), m.end(), m.expand(repl)) for m in rx.finditer(norm)]
            norm, starts, ends = _substitute(norm, starts, ends, found)
    return Normalised(original=text, text=norm, starts=tuple(starts), ends=tuple(ends))
