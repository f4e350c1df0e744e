"""Parts of a risk statement in this language (see `alliance.safety.lexicon`): being written."""

from __future__ import annotations

from alliance.safety.lexicon import make_lexicon
from alliance.safety.lexicon.en import LEXICON as _EN

_NEVER = [r"(?!x)x"]
LEXICON = make_lexicon("es", negation=_NEVER, first_person=_NEVER, third_party=_NEVER, child=_NEVER,
                       **{name: _NEVER for name in _EN.parts})
