"""Parts of the speaker's own risk told indirectly or by what is in their hands (issue 10, after blind round
9), in the six languages, merged into each language's lexicon by `alliance.safety.lexicon.make_lexicon`.

Each family is a situation a clinician listens for, written as slots (word lists, from formal registers to
texting and regional forms) and the way they combine, not as phrases seen in a set:

- a passive or religious death wish (C-SSRS 1, wish to be dead; Posner et al. 2011): asking or waiting for
  God, the Lord or the Virgin to take them, a life lived to its end, "easier not to wake up" (part
  `indirect`);
- burden (Joiner 2005, perceived burdensomeness): the family better off, calmer or freer without the speaker,
  "if I were no longer here, would my children manage?" (`indirect`), "I only cost them money" (`hopeless`);
- self-harm with the instrument in hand or kept on them ("I held the blade for half an hour"), the urge back
  (NICE NG225; `self_harm_urge`, with the urge's return as a now, `time_recent`), self-harm told as recent
  (`self_harm`);
- at the edge now: a ledge, a cornice, the far side of a railing, the edge of the platform with the train
  coming (`at_place`), and the jump said as the speaker's own act (`intent`);
- an overdose taken with the amount apart from the noun ("took about 30 of my gran's sleeping tablets");
  opioids used with the breathing slowing, or used alone (WHO 2014; `taken`, `amount`, `opioid_use`, `alone`,
  `breathing`);
- the lethal dose asked and a beam tested for the weight (`lethal_means`), laxatives at several times the dose
  or before weigh-ins (`purging`), days without eating (`restriction`; NICE NG69);
- a death idiom followed by a wish that it came true (the wish is the part, in the group `at`, so the idiom's
  words stay an idiom), "I don't want to kill myself, but I don't want to be here either" (`death`);
- a last thank-you that sums up the help (`farewell`) and belongings cleared so that no one has to later
  (`prep`).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'attends" is "jattends").
"""

from __future__ import annotations

from alliance.safety.lexicon.own_risk import de, en, es, fr, it, pt

OWN_RISK: dict[str, dict[str, list[str]]] = {m.__name__.rsplit(".", 1)[1]: m.PARTS
                                              for m in (en, es, fr, de, pt, it)}
