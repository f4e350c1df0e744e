"""Crisis told calmly in a self-referral (issues #10 and #15, after the intake's second held-out set), in the six
languages, merged into each language's lexicon by `alliance.safety.lexicon.make_lexicon`. Each family is written as
slots and the way they combine, not as the set's sentences:

- calm words over a plan: "I'm fine" and then the means acquired, a place chosen, a time and affairs settled.
  Means that are themselves a plan (`lethal_means`): a hose for the car's exhaust, stones or weights in a rucksack
  or pockets, a firearm told as loaded. A place chosen or a matter to be settled "once and for all" (`intent`).
  Affairs settled in acts (`prep`): the account emptied or everything transferred to someone, everything settled
  at the notary, someone to look after the dog "after". Telling someone "before" a time (`farewell`). The
  composing layer then makes means + time, or means + access + time + intent or preparation, imminent (C-SSRS:
  preparatory behaviour, a plan with a time; AAS warning signs, Rudd et al. 2006);
- withdrawal: alcohol or a benzodiazepine stopped abruptly or "on my own" since a day (`withdrawal`), with a fit,
  convulsions, waking on the floor with the tongue bitten (`withdrawal_sign`): withdrawal seizures are a medical
  emergency (NICE CG100);
- psychosis with danger now: God, a voice or a mission saying the speaker can or must fly or jump (`command`; with a
  time or a place the composing layer makes it imminent, NICE CG178); the gas turned on with the windows or doors
  sealed, whatever the reason given (`under_way`: an enclosed space filling with gas is an act under way);
- idioms in intake text (`idiom`): a method said and then named a figure of speech in the same or the next
  sentence ("es un decir", "c'est une image", "scherzi a parte", "not literally"), or said of a condition with
  laughter ("I'd shoot myself if I had to do another quarter like that lol"), with no time of today or tomorrow in
  the stretch: the words inside are not risk (as for the lexicons' other idioms).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# --- calm words over a plan ----------------------------------------------------------------------------------
# Not a firearm kept for hunting, a club or work; not a hose for the garden or a car wash.
_NOT_ORDINARY = (r"(?![^.!?\n]{0,80}\b(?:hunting|range|club|season|garden|wash\w*|caza|jardin|lavar|chasse|jardin"
                 r"|laver|jagd|verein|garten|waschen|caca|jardim|lavar|caccia|giardino|lavare|poligono|stand)\b)")
_LETHAL = {
    "en": [r"(?:hose|hosepipe|tube|tubing) (?:for|to fit|to go|onto|on|to)(?: onto| on| over)? (?:the|my)"
           r" (?:car|exhaust)",
           r"(?:stones|rocks|weights|bricks)(?: are| already| are already)? in (?:my|the)"
           r" (?:rucksack|backpack|pockets|coat)",
           r"(?:rifle|gun|shotgun|pistol)\b[^.!?\n]{0,30}\b(?:is|its|is now) loaded",
           r"loaded (?:the |my )(?:rifle|gun|shotgun|pistol)"],
    "es": [r"manguera (?:para|en) (?:el|mi) (?:coche|carro|auto|tubo de escape)",
           r"(?:piedras|pesas|ladrillos) en (?:la|mi) (?:mochila|bolsillos|abrigo)",
           r"(?:escopeta|rifle|pistola|fusil)\b[^.!?\n]{0,30}\b(?:esta |ya esta )?cargad[ao]",
           r"cargue (?:la|mi) (?:escopeta|pistola|rifle)"],
    "fr": [r"tuyau (?:pour|sur) (?:le pot|lechappement|lauto|la voiture|le char|mon char)",
           r"(?:pierres|roches|cailloux) dans (?:mon|le|mes|les) (?:sac|sac a dos|poches|manteau)",
           r"(?:carabine|fusil|gun|arme|12)\b[^.!?\n]{0,30}\b(?:est|ast|ai) (?:deja )?chargee?",
           r"(?:jai )?charge (?:la|le|ma|mon) (?:carabine|fusil|gun|arme)"],
    "de": [r"schlauch (?:fur|an|am|auf) (?:das auto|den auspuff|auspuff|mein auto)",
           r"(?:steine|gewichte|ziegel) in (?:den|meinen|die|meine) (?:rucksack|taschen|manteltaschen)",
           r"(?:gewehr|flinte|pistole|waffe)\b[^.!?\n]{0,30}\b(?:ist )?geladen",
           r"(?:hab|habe) (?:das|mein|die|meine) (?:gewehr|flinte|pistole|waffe) geladen"],
    "pt": [r"mangueira (?:para|no) (?:o |meu )?(?:carro|escape|tubo de escape)",
           r"pedras n(?:a|os) (?:minha |meus )?(?:mochila|bolsos|casaco)",
           r"(?:espingarda|carabina|arma|revolver|pistola)\b[^.!?\n]{0,30}\b(?:esta |ja esta )?carregad[ao]",
           r"carreguei (?:a|o) (?:espingarda|carabina|arma|revolver|pistola)"],
    "it": [r"tubo (?:per|alla|sulla|nella) (?:la )?(?:marmitta|macchina|auto)",
           r"(?:sassi|pietre|pesi|mattoni) (?:nello|nel|nella|nelle|in) (?:zaino|tasche|cappotto)",
           r"(?:fucile|carabina|pistola|doppietta)\b[^.!?\n]{0,30}\b(?:e )?caric[oa]",
           r"(?:ho )?caricato (?:il|la) (?:fucile|carabina|pistola|doppietta)"],
}
# A place chosen; a matter to be settled for good.
_INTENT = {
    "en": [r"(?:ive |i have |i )?(?:picked|chosen|scouted) (?:the|a|my) (?:spot|place|location)",
           r"(?:sort|settle|end|finish) (?:it|this|things) (?:once and )?for (?:good|all)"],
    "es": [r"(?:ya )?(?:elegi|he elegido|escogi|tengo elegido) el (?:sitio|lugar)",
           r"(?:resuelvo|arreglo|acabo con) (?:esto|eso|todo) de una vez(?: por todas)?"],
    "fr": [r"(?:jai )?choisi (?:lendroit|le spot|le coin)",
           r"(?:ca|tout) va etre regle", r"regler (?:ca|tout) (?:une fois pour toutes|pour de bon)"],
    "de": [r"(?:hab|habe) (?:mir )?(?:den ort|die stelle|den platz)(?: \w+){0,3} (?:ausgesucht|gewahlt)",
           r"(?:ein fur alle mal|endgultig) (?:erledigt|erledigen|regeln|geregelt)"],
    "pt": [r"(?:ja )?(?:escolhi|tenho escolhido) o (?:lugar|sitio|local)",
           r"resolvo (?:isso|isto|tudo) de vez", r"acab(?:o|ar) com (?:isso|isto|tudo) de vez"],
    "it": [r"(?:ho )?scelto il (?:posto|punto|luogo)",
           r"(?:chiudo|risolvo|sistemo) (?:tutto |la cosa )?una volta per tutte"],
}
# Affairs settled in acts.
_PREP = {
    "en": [r"(?:emptied my (?:account|savings)|transferred (?:all|everything|all my (?:money|savings)) (?:over )?to)",
           r"(?:someone|somebody) (?:to )?(?:look after|take care of|mind|feed) (?:the|my) (?:dog|cat|pets?)"
           r" (?:after|when)"],
    "es": [r"(?:vacie mi cuenta|(?:he )?transferido (?:todo|todos mis ahorros) a)",
           r"(?:deje|he dejado) todo (?:arreglado|firmado) (?:con|en|ante) el notario",
           r"alguien (?:que )?(?:cuide|se ocupe|se haga cargo) (?:del|de mi) (?:perro|gato) (?:despues|cuando)"],
    "fr": [r"(?:jai )?vide mon compte", r"(?:jai )?tout transfere a",
           r"(?:tout )?(?:regle|arrange) chez le notaire",
           r"(?:quelquun )?(?:soccupe|prenne soin|soccuper) (?:du|de mon) (?:chien|chat) (?:apres|quand)"],
    "de": [r"(?:mein konto (?:leer ?gemacht|geleert|aufgelost)|alles (?:auf|an) (?:meinen|meine) \w+ uberwiesen)",
           r"(?:beim|mit dem) notar (?:alles )?(?:geregelt|erledigt)",
           r"(?:jemand|wer) (?:sich )?danach um (?:den hund|die katze|meinen hund|meine katze) (?:kummert|kummern)"
           r"|(?:jemand|wer) (?:sich )?um (?:den hund|die katze|meinen hund|meine katze) (?:kummert|kummern),? wenn"
           r" ich (?:nicht mehr (?:da )?|weg )bin"],
    "pt": [r"(?:esvaziei a (?:minha )?conta|transferi tudo para)",
           r"(?:tratei|deixei) (?:de )?tudo (?:tratado|resolvido|assinado)? ?(?:no|com o) (?:notario|cartorio)",
           r"alguem (?:que )?(?:cuide|trate|tome conta) do (?:cao|cachorro|gato) (?:depois|quando)"],
    "it": [r"(?:ho )?sistemato tutto (?:dal|con il|presso il) notaio",
           r"(?:ho )?(?:svuotato il conto|trasferito tutto a|intestato tutto a)",
           r"qualcuno (?:che )?(?:si occupi|badi|pensi) (?:del|al) (?:cane|gatto) (?:dopo|quando)"],
}
# Telling someone before a time: the message is the farewell.
_FAREWELL = {
    "en": [r"(?:say|tell) (?:it|this) to (?:somebody|someone|some one) before"],
    "es": [r"(?:decirselo|contarselo) a alguien antes (?:de|del)"],
    "fr": [r"(?:le dire|en parler) a quelquun avant"],
    "de": [r"(?:es|das) (?:noch )?(?:jemandem|wem) (?:sagen|erzahlen) (?:bevor|vor)"],
    "pt": [r"(?:dizer|contar) (?:isto|isso) a alguem antes"],
    "it": [r"(?:dirlo|raccontarlo) a qualcuno prima"],
}

# --- withdrawal --------------------------------------------------------------------------------------------------
_SUBSTANCE = {
    "en": r"(?:drinking|the drink|(?:the )?booze|(?:the )?alcohol|the bottle|(?:my |the )?(?:benzos|diazepam|valium"
          r"|xanax|lorazepam|ativan|klonopin|clonazepam|rivotril))",
    "es": r"(?:beber|el alcohol|la bebida|(?:el |mi )?(?:rivotril|clonazepam|diazepam|alprazolam|lorazepam|valium)"
          r"|las benzos|las pastillas para dormir)",
    "fr": r"(?:boire|lalcool|la boisson|(?:le |mon )?(?:xanax|lexomil|valium|lysanxia|temesta|seresta|rivotril)"
          r"|les benzos)",
    "de": r"(?:trinken|saufen|alkohol|den alkohol|(?:das |mein |dem )?(?:tavor|diazepam|valium|lorazepam|rivotril)"
          r"|den benzos)",
    "pt": r"(?:beber|o alcool|a bebida|a cachaca|(?:o |meu )?(?:rivotril|clonazepam|diazepam|alprazolam|lorazepam)"
          r"|as benzos)",
    "it": r"(?:bere|lalcol|lalcool|il vino|(?:il |lo |mio )?(?:rivotril|xanax|tavor|valium|diazepam|lorazepam|en)"
          r"|le benzo)",
}
_DAY = {
    "en": r"(?:on|since|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)",
    "es": r"(?:el|desde el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
    "fr": r"(?:depuis )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?",
    "de": r"(?:am|seit) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)",
    "pt": r"(?:na|no|desde (?:a|o)) (?:segunda|terca|quarta|quinta|sexta|sabado|domingo)",
    "it": r"(?:da |di )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?: scors[oa])?",
}
_ABRUPT = {
    "en": r"(?:on my own|by myself|all at once|cold turkey|overnight|suddenly)",
    "es": r"(?:de golpe|de repente|yo solo|yo sola|por mi cuenta|de un dia para otro)",
    "fr": r"(?:dun coup|du jour au lendemain|tout seul|toute seule|brutalement|net)",
    "de": r"(?:auf einmal|schlagartig|von heute auf morgen|allein|alleine|abrupt)",
    "pt": r"(?:de repente|de uma vez|sozinh[oa]|por conta propria|de um dia para o outro)",
    "it": r"(?:di colpo|allimprovviso|da solo|da sola|da un giorno allaltro|bruscamente)",
}
_STOP = {
    "en": r"(?:stopped|quit|gave up|came off|cut out)",
    "es": r"(?:deje de|deje|he dejado|corte con)",
    "fr": r"(?:arrete|jai arrete|ai arrete|arrete de|lache)",
    "de": r"(?:aufgehort mit|aufgehort|abgesetzt|weggelassen)",
    "pt": r"(?:parei de|larguei|deixei de|parei com|cortei)",
    "it": r"(?:smesso di|smesso|sospeso|mollato|tolto)",
}
_FIT = {
    "en": [r"(?:woke|came round|came to) (?:up )?on the (?:\w+ )?floor", r"(?:bit|bitten) my tongue"
           r"|my tongue bitten", r"(?:had|having) (?:a |another )?(?:fit|seizure|convulsions?)"],
    "es": [r"(?:me desperte|desperte) en el suelo", r"(?:me mordi|mordida) la lengua",
           r"(?:tuve|me dieron|me dio) (?:una |unas )?convulsion(?:es)?"],
    "fr": [r"(?:reveille|retrouve) (?:par terre|au sol|sur le plancher)", r"(?:mordu|morde) la langue",
           r"(?:fait|eu) (?:une |des )?(?:convulsions?|crise dconvulsion|crise depilepsie)"],
    "de": [r"(?:auf dem boden|am boden) (?:aufgewacht|wach geworden|zu mir gekommen)",
           r"(?:auf die zunge gebissen|zunge zerbissen)", r"(?:krampfanfall|krampfanfalle|krampfe gehabt"
           r"|einen anfall gehabt|gekrampft)"],
    "pt": [r"(?:acordei|dei por mim) no chao", r"(?:mordi|mordida) a lingua",
           r"(?:tive|deu-me|me deu) (?:uma |umas )?(?:convulso(?:es)?|convulsao|ataque epileptico)"],
    "it": [r"(?:caduto|caduta|svegliato|svegliata) a terra", r"(?:morso|morsicato) la lingua",
           r"(?:avuto|ho avuto|venute) (?:le |delle |una )?(?:convulsion[ei]|crisi convulsiv\w*|attacco epilettico)"],
}

# --- psychosis with danger now --------------------------------------------------------------------------------
_PSY_COMMAND = {
    "en": r"(?:god|jesus|the voice|the voices|the angels?|the spirits?) (?:told|tells|said|says|showed)"
          r" (?:to )?(?:me )?"
          r"(?:that )?i (?:can|could|must|have to|am meant to|am to) (?:\w+ ){0,2}(?:fly|jump|leap|walk on water)",
    "es": r"(?:dios|jesus|la voz|las voces|los angeles|el espiritu) (?:me )?(?:dijo|dice|ha dicho|mostro|dijeron"
          r"|dicen|han dicho) (?:que )?"
          r"(?:yo )?(?:puedo|debo|tengo que) (?:\w+ ){0,2}(?:volar|saltar|tirarme|lanzarme)",
    "fr": r"(?:dieu|jesus|la voix|les voix|les anges|lesprit) (?:ma|me|mont|m ont) (?:dit|a dit|montre|disent)"
          r" (?:que )?(?:je )?"
          r"(?:peux|dois|pourrai) (?:\w+ ){0,2}(?:voler|sauter|me jeter)",
    "de": r"(?:gott|jesus|die stimme|die stimmen|die engel|der geist) (?:hat mir gesagt|haben mir gesagt|sagt mir"
          r"|sagen mir|sagte mir|sagten mir|zeigt mir)"
          r",? (?:dass )?ich (?:\w+ ){0,4}(?:fliegen|springen) (?:kann|muss|soll)",
    "pt": r"(?:deus|jesus|a voz|as vozes|os anjos|o espirito) (?:disse-me|me disse|diz-me|me diz|mostrou-me"
          r"|disseram-me|me disseram|dizem-me|me dizem)"
          r" (?:que )?(?:eu )?(?:consigo|posso|devo|tenho de|tenho que) (?:\w+ ){0,2}(?:voar|saltar|atirar-me)",
    "it": r"(?:dio|gesu|la voce|le voci|gli angeli|lo spirito) (?:mi )?(?:ha detto|dice|disse|ha mostrato"
          r"|hanno detto|dicono) (?:che )?"
          r"(?:io )?(?:posso|devo|riesco a) (?:\w+ ){0,2}(?:volare|saltare|buttarmi|lanciarmi)",
}
_GAS_ON = {
    "en": r"(?:turned on|switched on|left on|opened) the (?:gas|cooker|hob|oven)(?: taps?)?|(?:turned|left) the gas on",
    "es": r"(?:abri|he abierto|deje abierto|encendi) (?:el gas|la llave del gas|los fuegos|el horno)",
    "fr": r"(?:ouvert|allume|laisse ouvert) (?:le gaz|la gaziniere|le four|les feux)",
    "de": r"(?:den )?(?:gasherd|gashahn|gas|herd) (?:aufgedreht|angemacht|aufgemacht|angestellt|geoffnet)",
    "pt": r"(?:abri|liguei|deixei aberto|deixei ligado) (?:o gas|o fogao|o forno|os bicos)",
    "it": r"(?:aperto|acceso|lasciato aperto) (?:il gas|i fornelli|il forno)",
}
_SEALED = {
    "en": r"(?:taped|sealed|blocked|stuffed) (?:up )?(?:all )?(?:the |my )?(?:windows|doors|vents|gaps)",
    "es": r"(?:selle|tape|tapado|sellado|cerrado con cinta) (?:todas )?(?:las )?(?:ventanas|puertas|rendijas)",
    "fr": r"(?:calfeutre|scotche|bouche|colmate) (?:toutes )?(?:les )?(?:fenetres|portes|aerations)",
    "de": r"(?:alle )?(?:fenster|turen|ritzen|luftungen)(?: \w+){0,3} (?:zugeklebt|abgeklebt|abgedichtet|verklebt)",
    "pt": r"(?:vedei|tapei|fechei com fita) (?:todas )?(?:as )?(?:janelas|portas|frestas)",
    "it": r"(?:sigillato|tappato|chiuso con lo scotch) (?:tutte )?(?:le )?(?:finestre|porte|fessure)",
}

# --- idioms in intake text ---------------------------------------------------------------------------------------
# A time of today or tomorrow, or an act done, anywhere in the stretch: then the words are not taken back.
_NOW = {
    "en": r"tonight|today|now|tomorrow|took|taken|bought",
    "es": r"esta noche|hoy|ahora|manana|tome|tomado|compre",
    "fr": r"ce soir|aujourdhui|maintenant|demain|pris|achete",
    "de": r"heute|jetzt|morgen|genommen|gekauft",
    "pt": r"hoje|agora|amanha|esta noite|tomei|comprei",
    "it": r"stasera|stanotte|oggi|adesso|domani|domattina|preso|comprato",
}
_FIGURE = {
    "en": r"(?:(?:its |it is |just )?a figure of speech|not literally|just (?:kidding|joking)|only (?:kidding|joking))",
    "es": r"(?:es un decir|es una forma de hablar|no literalmente|es broma eh)",
    "fr": r"(?:cest une image|cest une facon de parler|pas au sens propre|je (?:rigole|plaisante)(?! pas))",
    "de": r"(?:bildlich gesprochen|nicht wortlich(?: gemeint)?|(?:war |ist )?nur (?:ein )?(?:spass|scherz))",
    "pt": r"(?:(?:e|so|e so) (?:uma )?(?:forma|maneira|modo) de (?:falar|dizer)|nao literalmente|e so brincadeira)",
    "it": r"(?:scherzi a parte|(?:e )?per modo di dire|e un modo di dire|non letteralmente|sto scherzando)",
}
# "No es una forma de hablar", "it's not a figure of speech": said to be meant, the words are risk.
_NOT_DENIED = "".join(r"(?<!\b" + w + r" )" for w in (
    "no", "not", "nao", "non", "nicht", "kein", "pas", "no es", "nao e", "non e", "not a", "not just", "its not",
    "isnt", "isnt a", "nest pas", "ist kein", "ist nicht", "is not", "is not a", "nao e so", "non e solo"))
_LAUGH_IF = {
    "en": r"\bif i (?:had|have|ever have) to\b",
    "es": r"\bsi (?:tengo|tuviera) que\b",
    "fr": r"\bsi (?:je dois|je devais|jai encore a)\b",
    "de": r"\bwenn ich (?:noch ?mal |nochmal )?(?:muss|musste)\b",
    "pt": r"\bse (?:tiver|tivesse) de\b|\bse (?:tiver|tivesse) que\b",
    "it": r"\bse (?:devo|dovessi)\b",
}
_LAUGH = r"(?:lol|lmao|haha\w*|jaja\w*|mdr|ptdr|kkk+|rsrs\w*)"


def _stretch(code: str, limit: int) -> str:
    """Up to `limit` characters of one sentence, none of them a time of today or tomorrow or an act done."""
    return r"(?:(?!\b(?:" + _NOW[code] + r")\b)[^.!?\n]){0," + str(limit) + "}"


PARTS: dict[str, dict[str, list[str]]] = {}
for _code in _LANGS:
    _substance = _SUBSTANCE[_code]
    PARTS[_code] = {
        "lethal_means": [p + _NOT_ORDINARY for p in _LETHAL[_code]],
        "intent": list(_INTENT[_code]),
        "prep": list(_PREP[_code]),
        "farewell": list(_FAREWELL[_code]),
        "withdrawal": [
            # "stopped drinking on Sunday on my own", "il Rivotril ... l'ho smesso di colpo".
            _STOP[_code] + r" " + _substance + r"(?: \w+){0,3} (?:" + _DAY[_code] + r"|" + _ABRUPT[_code] + r")",
            _substance + r"\b[^.!?\n]{0,60}\b(?:l|lo|la|le|li)?\s?(?:ho |lho |ha )?" + _STOP[_code] + r" "
            + _ABRUPT[_code],
        ],
        "withdrawal_sign": list(_FIT[_code]),
        "command": [_PSY_COMMAND[_code]],
        "under_way": [
            r"(?:" + _GAS_ON[_code] + r")[^.!?\n]{0,120}\b(?:" + _SEALED[_code] + r")",
            r"(?:" + _SEALED[_code] + r")[^.!?\n]{0,120}\b(?:" + _GAS_ON[_code] + r")",
        ],
        "idiom": [
            # The method said, then named a figure of speech in its sentence or the next one's first words.
            _stretch(_code, 160) + r"[.!?]* ?(?:\(|\w+,? ){0,3}" + _NOT_DENIED + _FIGURE[_code],
            # Said of a condition, with laughter, in one sentence.
            _stretch(_code, 100) + _LAUGH_IF[_code] + _stretch(_code, 100) + r"\b" + _LAUGH,
        ],
    }
