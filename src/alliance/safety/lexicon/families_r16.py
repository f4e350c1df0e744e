"""Situations told in wording no lexicon had (issue 10, after blind round 16), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon` after `families_r15.py`. As there, each family is slots
and the way they combine, not the sentences of the set.

False alarms of the round, by structure (`idiom`: the risk words inside are not the speaker's own risk):

- a health or care professional telling of their work (a nurse, a paramedic, a psychologist, a shift on the ward,
  patients, a call-out) and then saying they are fine: the work is the subject of the risk words; a trainee or a
  professional asking how a protocol handles risk (the round 13 rule for trainees, widened to any professional);
- a song quoted: a song, concert or lyrics word before a line in quotation marks, or a line followed by "gave me
  chills" / "what a song" / "everyone was singing";
- idioms: a boss, a teacher or a deadline that "will be the death of me" ("vai dar cabo de mim"); a method said
  about an exam or a boss and taken back with the language's joke marker ("brinks", "zoeira", "jk", "jaja",
  "scherzo", "Spaß"); killing food or plants in the kitchen or the garden ("far morire le vongole");
- a farewell to therapy because of a move, with a new therapist booked: the things given away and the "thank you
  for everything" belong to the move;
- bruises from blood thinners asked about: a side effect, not an injury.

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# A health or care professional and their work.
_PRO_ROLE = {
    "en": r"(?:im an? |i am an? |as an? |work as an? )?(?:\w+ )?(?:nurse|paramedic|psychologist|psychiatrist|doctor"
          r"|gp|social worker|support worker|carer|care worker|counsellor|counselor|therapist|hca|midwife|medic"
          r"|emt|junior doctor|registrar|crisis worker|call handler)|(?:long |night |late |early )?shift (?:on|in|at)"
          r" (?:the )?(?:ward|a&e|ae|ed|er|unit|icu)|(?:on|at) (?:the )?(?:ward|a&e|icu)\b",
    "es": r"(?:soy|trabajo de|trabajo como|como) (?:\w+ )?(?:enfermer[oa]|paramedic[oa]|psicolog[oa]|psiquiatra"
          r"|medic[oa]|trabajador[a]? social|terapeuta|auxiliar|tecnico de emergencias|tes)|guardia en (?:urgencias"
          r"|la planta)",
    "fr": r"(?:je suis|je bosse comme|je travaille comme|en tant qu?e?) (?:\w+ )?(?:infirmiere?|ambulancier\w*"
          r"|psychologue|psychiatre|medecin|interne|aide-soignante?|assistante? sociale?|educat\w+|pompier"
          r"|secouriste|sage-femme)|garde aux urgences",
    "de": r"(?:ich )?bin (?:\w+ )?(?:notfallsanitater\w*|rettungssanitater\w*|sanitater\w*|krankenpfleger\w*"
          r"|pflegekraft|pfleger\w*|krankenschwester|psycholog\w+|psychiater\w*|arzt|arztin|sozialarbeiter\w*"
          r"|therapeut\w*|notarzt|notarztin|erzieher\w*)|(?:nacht|spat|fruh)?dienst auf (?:der )?station",
    "pt": r"(?:sou|trabalho como|como) (?:\w+ )?(?:enfermeir[oa]|paramedic[oa]|socorrista|psicolog[oa]|psiquiatra"
          r"|medic[oa]|assistente social|terapeuta|tecnic[oa] de emergencia|bombeir[oa])|plantao (?:no|na) "
          r"(?:hospital|urgencia|emergencia|enfermaria)",
    "it": r"(?:sono|faccio l\w*|lavoro come|come) (?:\w+ )?(?:infermier[ea]|soccorritore|soccorritrice|psicolog[oa]"
          r"|psichiatra|medico|assistente sociale|terapeuta|operatore|operatrice|oss)|turno in (?:reparto|pronto"
          r" soccorso)",
}
# "I'm fine", said of the speaker after the work.
_IM_FINE = {
    "en": r"(?:im|i am|i feel|me,? i?m?) (?:fine|ok|okay|alright|all right|good)|im doing (?:fine|ok|okay|alright)",
    "es": r"(?:yo )?(?:estoy|me encuentro) bien|(?:yo )?estoy ok",
    "fr": r"(?:moi,? )?je vais bien|(?:moi,? )?ca va",
    "de": r"mir gehts (?:gut|okay|ok)|mir geht es (?:gut|okay|ok)|mir gehts soweit gut|bei mir alles (?:gut|ok)",
    "pt": r"(?:eu )?(?:estou|to|tou) bem|(?:eu )?(?:estou|to|tou) ok",
    "it": r"(?:io )?sto bene|(?:io )?tutto (?:bene|ok)",
}
# Asking how a protocol or service handles risk ("how do you handle", "el protocolo cuando").
_PROTOCOL_ASK = {
    "en": r"(?:protocol|procedure|guidelines?|policy|how (?:do )?you (?:handle|manage|deal with))",
    "es": r"(?:protocolo|procedimiento|como manejan|como gestionan|como actuan)",
    "fr": r"(?:protocole|procedure|comment vous gerez|comment gerez-vous)",
    "de": r"(?:protokoll|vorgehen|leitlinie|wie ihr \w+ umgeht|wie geht ihr)",
    "pt": r"(?:protocolo|procedimento|como voces lidam|como lidam)",
    "it": r"(?:protocollo|procedura|come gestite|come vi comportate)",
}
_NOT = r"(?<!\bnot )(?<!\bno )(?<!\bnao )(?<!\bnon )(?<!\bnicht )(?<!\bpas )"
_WORK_TOLD = {c: r"(?:" + _PRO_ROLE[c] + r")\b[^\n]{0,260}?\b" + _NOT + r"(?:" + _IM_FINE[c] + r")\b"
              r"(?! (?:not|pas|nicht|no|nao|non|really|mal)\b)" for c in _LANGS}
_WORK_ASK = {c: r"(?:" + _PRO_ROLE[c] + r")\b[^\n]{0,160}?\b" + _PROTOCOL_ASK[c] + r"\b[^\n.?!]{0,160}"
             for c in _LANGS}

# Songs: a music word then a quoted line, or a line then the listener's reaction.
_MUSIC = {
    "en": r"(?:song|lyrics?|concert|gig|chorus|album|track|singing|sang|sings)",
    "es": r"(?:cancion|letra|concierto|estribillo|album|cantaba|cantaban|cantando|canta)",
    "fr": r"(?:chanson|paroles|concert|refrain|album|morceau|chantait|chantaient|chantent|chante)",
    "de": r"(?:song|lied|liedtext|konzert|refrain|album|sang|sangen|singt|singen)",
    "pt": r"(?:musica|letra|show|concerto|refrao|album|cantava|cantavam|cantando|canta)",
    "it": r"(?:canzone|testo|concerto|ritornello|album|cantava|cantavano|cantando|canta)",
}
_REACTION = {
    "en": r"(?:gave me (?:chills|goosebumps)|what a (?:song|tune|track|line)|(?:everyone|the whole \w+) (?:was )?singing)",
    "es": r"(?:me dio escalofrios|que cancion|que temazo|todo el mundo cantaba)",
    "fr": r"(?:des frissons|quelle chanson|tout le monde chantait)",
    "de": r"(?:gansehaut|was fur ein (?:song|lied)|alle haben mitgesungen)",
    "pt": r"(?:me arrepiei|arrepio|que musica|todo mundo cantava|toda a gente cantava)",
    "it": r"(?:brividi|che canzone|cantavano tutti)",
}
_QUOTED = r" ?[«\"“‘] ?[^»\"”’\n]{3,140}\w(?= ?[»\"”’])"
_SONG_QUOTE = {c: _MUSIC[c] + r"\b[^\n]{0,40}?" + _QUOTED for c in _LANGS}
_LINE_REACTION = {c: r"(?:^|(?<=[.!?\n] ))[^.!?\n]{4,160}? ?[-—,] ?" + _REACTION[c] for c in _LANGS}

# Idioms of a boss, a teacher, a deadline "being the death of" the speaker.
_BOSS = {
    "en": r"(?:boss|manager|teacher|supervisor|deadline|exams?|tests?|finals|midterms?)",
    "es": r"(?:jefe|jefa|profe|profesora?|examen|examenes|parcial|final)",
    "fr": r"(?:patron|patronne|chef|prof|examen|partiel|controle|bac)",
    "de": r"(?:chef|chefin|lehrer\w*|prufung|klausur|abgabe)",
    "pt": r"(?:chefe|patrao|patroa|professora?|prof|stora|prova|provas|exame|vestibular|enem)",
    "it": r"(?:capo|capa|prof|professore|professoressa|esame|verifica|interrogazione)",
}
_DEATH_OF_ME = {
    "en": r"(?:(?:is|s) going to|will|gonna) (?:kill me|be the death of me)",
    "es": r"(?:me va a matar|me mata|va a acabar conmigo)",
    "fr": r"(?:va me tuer|me tuera|va avoir ma peau)",
    "de": r"(?:bringt mich um|wird mich umbringen|bringt mich noch um)",
    "pt": r"(?:vai dar cabo de mim|da cabo de mim|vai me matar|vai matar-me|me mata)",
    "it": r"(?:mi ammazza|mi uccide|mi fa fuori|mi ammazzera)",
}
_BOSS_IDIOM = {c: _BOSS[c] + r"\b[^.!?\n]{0,40}?\b" + _DEATH_OF_ME[c] for c in _LANGS}
# A method said of an exam or a boss and taken back with the language's joke marker, in the next words.
_JOKE_MARK = (r"(?:jk|jks|just kidding|just joking|kidding|brinks|brincadeira|zoeira|zueira|zoando|to zoando"
              r"|jaja\w*|es broma|en broma|bromeando|je rigole|je deconne|scherzo|scherzavo|sto scherzando"
              r"|spass|nur spass|kleiner scherz)")
_JOKE_AFTER = {c: r"(?:^|(?<=[.!?\n] ))[^.!?\n]{0,160}\b" + _BOSS[c] + r"\b[^\n]{0,160}?\b" + _JOKE_MARK + r"\b"
               for c in _LANGS}
# Killing food or plants: cooking, gardening.
_KILL_FOOD = {
    "en": r"(?:kill|killing|killed) (?:the |a |my )?(?:lobsters?|crabs?|clams?|mussels?|oysters?|fish|snails?|plants?"
          r"|basil|weeds?|yeast)",
    "es": r"(?:matar|mato|mate) (?:las |los |la |el |mis )?(?:almejas|langostas?|cangrejos?|mejillones|pescado|caracoles"
          r"|plantas?|albahaca|malas hierbas)",
    "fr": r"(?:tuer|tue|faire mourir) (?:les |le |la |mes )?(?:homards?|crabes?|palourdes|moules|huitres|poissons?"
          r"|escargots|plantes?|basilic|mauvaises herbes)",
    "de": r"(?:hummer|krabben|muscheln|fisch|schnecken|pflanzen?|basilikum|unkraut) (?:\w+ )?(?:toten|umbringen"
          r"|killen|sterben lassen)",
    "pt": r"(?:matar|mato|matei) (?:as |os |a |o |minhas |meus )?(?:ameijoas|amêijoas|lagostas?|caranguejos?"
          r"|mexilhoes|peixes?|caracois|plantas?|manjericao|ervas daninhas)",
    "it": r"(?:far(?:e|le|li)? morire|uccidere|ammazzare) (?:le |i |la |il |gli |mie |miei )?(?:vongole|cozze|aragost[ae]"
          r"|astice|granchi\w*|pesc[ei]|lumache|piant[ae]|basilico|erbacce)|(?:vongole|cozze|aragost[ae]|astice"
          r"|granchi\w*|lumache|piant[ae]|basilico) (?:\w+ ){0,3}(?:far|fare) morire",
}
# A farewell to therapy because of a move, with a new therapist booked.
_MOVE = {
    "en": r"(?:moving (?:to|abroad|away|house)|move to|relocating)",
    "es": r"(?:me mudo|mudarme|nos mudamos|me voy a vivir)",
    "fr": r"(?:je demenage|demenager|on demenage|je pars vivre)",
    "de": r"(?:ich ziehe|umziehen|ziehe um|ziehen um|umzug)",
    "pt": r"(?:vou me mudar|me mudo|mudar-me|vou mudar-me|mudanca para)",
    "it": r"(?:mi trasferisco|trasferirmi|trasloco|mi sposto a vivere)",
}
_NEW_THERAPIST = {
    "en": r"new (?:therapist|counsellor|counselor|psychologist)",
    "es": r"(?:nueva|nuevo) (?:terapeuta|psicologa?|psicologo)",
    "fr": r"(?:nouvelle|nouveau) (?:therapeute|psy|psychologue)",
    "de": r"neue[nr]? (?:therapeut\w*|psycholog\w*)",
    "pt": r"(?:nova|novo) (?:terapeuta|psicolog[oa])",
    "it": r"(?:nuova|nuovo) (?:terapeuta|psicolog[oa])",
}
_SESSIONS = r"(?:sessions?|sesiones|seances|sitzungen|stunden|sessoes|sedute|sessioni|consultas|terapia|therapy)"
_MOVE_FAREWELL = {c: r"[^\n]{0,120}\b" + _MOVE[c] + r"\b(?=[\s\S]{0,500}?\b" + _NEW_THERAPIST[c] + r"\b)[\s\S]{0,500}?\b"
                  + _SESSIONS + r"\b" for c in _LANGS}
# A pet left with someone because the new home takes no pets, or because of the move.
_PET = r"(?:cat|dog|pets?|gato|gata|perro|perra|mascotas?|chat|chien|chienne|katze|kater|hund|cao|cadela|gatto|cane)"
_NO_PETS = {
    "en": r"(?:because|since|as) [^\n]{0,60}?(?:no pets|dont (?:allow|take|accept) pets|im moving|were moving)",
    "es": r"(?:porque|ya que|como) [^\n]{0,60}?(?:no (?:aceptan|admiten|dejan tener) (?:mascotas|animales)|me mudo)",
    "fr": r"(?:parce que|car|comme) [^\n]{0,60}?(?:animaux (?:interdits|pas acceptes)|(?:naccepte|nacceptent) pas"
          r" (?:les )?animaux|je demenage)",
    "de": r"(?:weil|da) [^\n]{0,60}?(?:keine (?:haustiere|tiere)|haustiere (?:verboten|nicht erlaubt)|ich (?:ziehe|umziehe))",
    "pt": r"(?:porque|ja que|como) [^\n]{0,60}?(?:nao (?:aceitam|deixam ter|permitem) (?:animais|bichos|pets)|vou me"
          r" mudar|me mudo)",
    "it": r"(?:perche|dato che|visto che) [^\n]{0,60}?(?:non (?:accettano|ammettono|vogliono) (?:animali|cani|gatti)"
          r"|mi trasferisco|trasloco)",
}
_PET_MOVE = {c: _PET + r"\b[^\n]{0,80}?\b" + _NO_PETS[c] for c in _LANGS}
# Bruises from blood thinners asked about: a side effect.
_THINNERS = (r"(?:blood ?thinners?|anticoagula\w+|warfarin|marcumar|xarelto|eliquis|apixaban|rivaroxaban|sintrom"
             r"|blutverdunner\w*|gerinnungshemmer\w*|anticoagulanti|anticoagulantes|anticoagulants|coumadin|clopidogrel"
             r"|aspirin\w*|aspirina|heparin\w*|eparina)")
_BRUISES = (r"(?:bruis\w*|blaue flecken|blauen flecken|hamatom\w*|moretones|morados|hematomas?|bleus|ecchymoses?"
            r"|lividi|ematomi|nodoas negras|manchas roxas|roxos|pisaduras)")
_SIDE_EFFECT = r"[^\n]{0,40}?\b" + _THINNERS + r"\b[^\n]{0,80}?\b" + _BRUISES + r"\b|" + _BRUISES + r"\b[^\n]{0,80}?\b" + _THINNERS

PARTS: dict[str, dict[str, list[str]]] = {
    code: {
        "idiom": [_WORK_TOLD[code], _WORK_ASK[code], _SONG_QUOTE[code], _LINE_REACTION[code], _BOSS_IDIOM[code],
                  _JOKE_AFTER[code], _KILL_FOOD[code], _MOVE_FAREWELL[code], _SIDE_EFFECT, _PET_MOVE[code]],
    }
    for code in _LANGS
}

# ---- Misses of the round, by structure. ----

# A time chosen so that no one is there ("once the kids are at their dad's", "wenn alle in der Arbeit sind",
# "quando mia moglie dorme") next to "I'm doing it" or to taking the means: the act is planned around the others
# (C-SSRS preparatory behaviour).
_NOONE_TIME = {
    "en": r"(?:once|when|as soon as) (?:the kids|everyone|my (?:wife|husband|partner|mum|mom|parents))(?: \w+){0,3}"
          r" (?:are|is|has|have) (?:at|gone|asleep|out|left|in bed)",
    "es": r"(?:cuando|en cuanto) (?:los ninos|todos|mi (?:mujer|esposa|marido|madre)|mis padres)(?: \w+){0,2}"
          r" (?:esten|este|se vayan|se vaya|duerman|duerma)",
    "fr": r"(?:quand|des que|une fois que) (?:les enfants|tout le monde|ma (?:femme|mere)|mon (?:mari|copain))(?: \w+){0,2}"
          r" (?:seront|sera|dormira|dormiront|sont partis|est partie?)",
    "de": r"wenn(?:s)? (?:alle|die kinder|meine frau|mein mann)(?: \w+){0,3} (?:sind|san|schlaft|schlafen|weg)",
    "pt": r"(?:quando|assim que) (?:as criancas|os miudos|todos|toda a gente|a minha mulher|o meu marido|minha mulher"
          r"|meu marido)(?: \w+){0,2} (?:estiverem|estiver|dormirem|dormir|sairem|sair)",
    "it": r"(?:quando|appena) (?:i bambini|tutti|mia moglie|mio marito)(?: \w+){0,2} (?:sono|saranno|dorme|dormono"
          r"|escono|esce)",
}
_DOING_IT = {
    "en": r"(?:im|i am|ill|i will|i\s?m gonna) (?:doing|do) it|thats it,? im",
    "es": r"lo (?:hago|voy a hacer|hare)",
    "fr": r"je (?:le fais|vais le faire|le ferai)",
    "de": r"mach (?:i|ich)s|mach ichs|mach ich es|tu ichs|zieh ichs durch",
    "pt": r"(?:faco|vou fazer|farei) isso|faco-o",
    "it": r"lo faccio|lo faro|prendo (?:la pistola|il fucile|la corda)",
}
_PLANNED_ALONE = {c: r"(?:" + _NOONE_TIME[c] + r")\b[^\n]{0,80}?\b(?:" + _DOING_IT[c] + r")|(?:" + _DOING_IT[c]
                  + r")\b[^\n]{0,40}?\b(?:" + _NOONE_TIME[c] + r")" for c in _LANGS}
# A rope or tape for the hose already put somewhere ("has been in the boot since", "liegt scho im Keller"), tape
# bought for the hose.
_MEANS_PUT = {
    "en": r"(?:the |a )?(?:rope|noose|hose)s? (?:has |s |is )?(?:been |already )?(?:in|under) (?:the|my) (?:boot|trunk|garage"
          r"|shed|loft|attic|wardrobe|car|drawer)",
    "es": r"(?:la )?(?:cuerda|soga|manguera) (?:ya )?(?:esta|lleva \w+ \w+) en (?:el|la|mi) (?:maletero|garaje|armario"
          r"|trastero|coche|cajuela|auto)",
    "fr": r"(?:la )?(?:corde|tuyau) (?:est )?(?:deja )?(?:dans|sous) (?:le|la|ma|mon) (?:coffre|garage|cave|placard"
          r"|voiture|grenier)",
    "de": r"(?:da |der )?(?:strick|seil|schlauch) (?:liegt|ist) (?:scho |schon |bereits )?(?:im|in der|unterm)"
          r" (?:keller|kofferraum|auto|schuppen|garage|schrank)",
    "pt": r"(?:a )?(?:corda|mangueira) (?:ja )?(?:esta|ta) (?:na|no) (?:mala|bagageira|garagem|armario|carro|porta-malas)",
    "it": r"(?:la )?(?:corda|tubo) (?:e )?(?:gia )?(?:nel|in) (?:bagagliaio|garage|cantina|armadio|macchina|auto)",
}
_TAPE_HOSE = {
    "en": r"(?:duct|gaffer|gaffa) tape for the (?:hose|pipe|exhaust)",
    "es": r"cinta (?:americana|adhesiva) para (?:la manguera|el tubo|el escape)",
    "fr": r"(?:gros )?scotch pour (?:le tuyau|lechappement|le pot)|chatterton pour (?:le tuyau|lechappement)",
    "de": r"(?:klebeband|panzertape|gaffa) fur den (?:schlauch|auspuff)",
    "pt": r"fita (?:adesiva|isoladora|americana) para (?:a mangueira|o tubo|o escape)",
    "it": r"nastro (?:adesivo|americano) per (?:il tubo|la marmitta|lo scarico)",
}
# "Tell my mother it's not her fault / that I love her": a farewell through others.
_TELL_MOTHER = {
    "en": r"tell my (?:mum|mom|mother|dad|kids|wife|husband|sister|brother) (?:that )?(?:i love|its not|it wasnt)",
    "es": r"(?:diganle|dile|decile) a mi (?:madre|mama|vieja|padre|hermana|hermano|mujer|marido) que",
    "fr": r"dites a (?:ma|mon) (?:mere|maman|pere|soeur|frere|femme|mari) que",
    "de": r"sagt (?:meiner|meinem) (?:mutter|mama|vater|papa|schwester|bruder|frau|mann),? (?:dass|ich)",
    "pt": r"digam (?:a|ao) (?:minha|meu) (?:mae|pai|irma|irmao|mulher|marido) que",
    "it": r"dite a (?:mia|mio) (?:madre|mamma|padre|sorella|fratello|moglie|marito) che",
}
# On a bridge told with a dialect or a deck ("chu su'l pont", "no tabuleiro da ponte", "sto sur ponte").
_ON_BRIDGE_MORE = {
    "en": r"(?:im|i am) (?:up )?on (?:top of )?the (?:\w+ ){0,2}(?:bridge|viaduct|overpass)(?: \w+)?",
    "es": r"(?:estoy|toy) (?:arriba )?(?:en|sobre) el puente(?: \w+)?",
    "fr": r"(?:chu|chui|chuis|jsuis|je suis) (?:sul|sur le|su le|su l) (?:pont|viaduc)(?: [a-z-]+)?",
    "de": r"(?:bin|steh) (?:jetzt |grad )?(?:auf|oben auf) (?:da|der|dera) [a-z]*(?:brucke|brugg|bruckn)",
    "pt": r"(?:estou|to|tou) (?:no|em cima do) tabuleiro (?:de cima |de baixo |superior |inferior )?da ponte(?: \w+)?",
    "it": r"(?:sto|so|sono) (?:sur|sur|sopra er|sopra il|in cima al) ponte(?: \w+)?",
}
_CLIMBED = {
    "en": r"(?:ive |i have )?(?:already |just )?climbed (?:over|past|the (?:railing|barrier|fence))",
    "es": r"ya (?:salte|pase|cruce) (?:la baranda|la barandilla|la valla|al otro lado)",
    "fr": r"jai (?:deja )?(?:enjambe|passe la rambarde|passe le garde-corps)",
    "de": r"(?:bin|hab) (?:schon |bereits )?(?:druber|ubers gelander|uber das gelander) (?:geklettert|gestiegen)",
    "pt": r"ja (?:passei|pulei|saltei) (?:a grade|o parapeito|a vedacao|para o outro lado)",
    "it": r"ho (?:gia )?scavalcato",
}
# "I'm finishing it now. Sorry everyone": an end said with a farewell to all.
_SORRY_ALL = {
    "en": r"(?:sorry (?:to )?(?:everyone|all of you)|thanks for (?:putting up with me|your patience with me))",
    "es": r"(?:perdon a todos|lo siento por todo|gracias por (?:aguantarme|su paciencia conmigo|tu paciencia conmigo))",
    "fr": r"(?:pardon a tous|desole pour tout|merci (?:de mavoir supporte|pour votre patience avec moi))",
    "de": r"(?:sorry an alle|entschuldigt,? alle|danke fur eure geduld(?: mit mir)?|danke,? dass ihr mich ausgehalten habt)",
    "pt": r"(?:desculpem todos|desculpa a todos|obrigad[oa] pela paciencia comigo|obrigad[oa] por me aturarem)",
    "it": r"(?:scusate tutti|scusatemi tutti|grazie per la pazienza con me|grazie per avermi sopportato)",
}
_END_NOW = {
    "en": r"(?:im|i am) (?:ending|finishing) it (?:now|tonight)",
    "es": r"(?:voy a terminar|termino) con (?:todo|esto) (?:ya|ahora|hoy)",
    "fr": r"(?:jen finis|je mets fin a tout|jarrete tout) (?:maintenant|ce soir)",
    "de": r"(?:ich )?mach(?:e)? jetzt schluss",
    "pt": r"(?:vou acabar|acabo) com (?:tudo|isto|isso) (?:agora|hoje)",
    "it": r"(?:la faccio finita|faccio finita) (?:ora|adesso|stasera)",
}
_END_NOW_FAREWELL = {c: r"(?:" + _END_NOW[c] + r")(?=[^\n]{0,80}?\b(?:" + _SORRY_ALL[c] + r"))" for c in _LANGS}
# A farewell voice note or message from someone who then does not answer.
_GOODBYE_NOTE = {
    "en": r"(?:voice (?:note|message)|message|text|audio)(?: \w+){0,2} saying goodbye",
    "es": r"(?:audio|mensaje|nota de voz|whatsapp)(?: \w+){0,2} despidiendose",
    "fr": r"(?:vocal|message|texto|sms)(?: \w+){0,2} pour (?:nous )?dire (?:adieu|au revoir)",
    "de": r"(?:sprachnachricht|nachricht|sms)(?: \w+){0,3} (?:verabschiedet|zum abschied)",
    "pt": r"(?:audio|mensagem|mensagem de voz)(?: \w+){0,2} (?:se despedindo|a despedir-se)",
    "it": r"(?:vocale|messaggio|audio)(?: \w+){0,2} (?:per salutarci|di addio|dicendo addio)",
}
# Going to someone's home with a weapon; waiting outside it with one, "when he comes out, that's it".
_WEAPON = (r"(?:machete|knife|cuchillo|navaja|couteau|messer|faca|coltello|bat|bate|batte|baseballschlager|mazza"
           r"|hammer|martillo|marteau|martelo|martello|gun|pistola|pistolet|pistole|revolver|wagenheber|cric)")
_TO_THEIR_HOME = {
    "en": r"(?:on my way|going|heading) (?:to|round to) (?:\w+ ){1,2}(?:house|place|flat) with (?:the|a|my) " + _WEAPON,
    "es": r"(?:voy|voy camino|me voy) a (?:la )?casa (?:del?|de la) \w+ con (?:el|la|un|una|mi) " + _WEAPON,
    "fr": r"(?:je vais|jy vais|je pars) chez \w+ avec (?:le|la|un|une|mon|ma) " + _WEAPON,
    "de": r"(?:ich fahr|ich geh|bin unterwegs)(?: \w+){0,2} zu \w+ mit (?:dem|einem|meinem|der) " + _WEAPON,
    "pt": r"(?:vou|estou indo|to indo) (?:a|para a|pra) casa d[oa] \w+ com (?:a|o|uma|um) " + _WEAPON,
    "it": r"(?:vado|sto andando) (?:a casa|da) (?:di )?\w+ con (?:il|la|un|una) " + _WEAPON,
}
_WHEN_HE_COMES_OUT = {
    "en": r"when (?:he|she) comes out,? (?:thats it|hes dead|shes dead|hes done|its over)",
    "es": r"cuando (?:salga),? (?:se acabo|es hombre muerto|esta muerto|lo mato)",
    "fr": r"quand (?:il|elle) sort,? (?:cest fini|il est mort|elle est morte)",
    "de": r"wenn (?:er|sie) rauskommt,? (?:ist schluss|ist er dran|ist sie dran|ist er tot)",
    "pt": r"quando (?:ele|ela) sair,? (?:acabou|ta morto|esta morto|morre)",
    "it": r"quando esce,? (?:e finita|e morto|lo ammazzo)",
}
# Hitting someone with a tool "if he does that again" ("kriegt er eins mit dem Wagenheber").
_HIT_WITH = {
    "en": r"(?:ill|i will|im gonna) (?:hit|smash|batter) (?:him|her) with (?:the|a|my) " + _WEAPON,
    "es": r"le (?:doy|voy a dar|parto la cabeza) con (?:el|la|un|una) " + _WEAPON,
    "fr": r"(?:je lui (?:mets|fous|colle) un coup de|je le frappe avec (?:le|la|un|une)) ?" + _WEAPON,
    "de": r"kriegt (?:er|sie) (?:eins|eine) mit (?:dem|der|einem) " + _WEAPON,
    "pt": r"(?:dou-lhe|lhe dou|vou dar-lhe) com (?:o|a|um|uma) " + _WEAPON,
    "it": r"(?:gli|le) (?:do|spacco la testa con) (?:il|la|un|una)? ?" + _WEAPON,
}
# Self-harm: a burn on purpose; a cut too deep or bleeding through; a wound with pus; the urge back after a time
# free; "I want to hurt myself"; a masked word for suicide ("s*icidarmi").
_BURN_ON_PURPOSE = {
    "en": r"burn(?:ed|t) myself (?:on purpose|deliberately)|(?:on purpose|deliberately) burn(?:ed|t) myself",
    "es": r"me queme (?:a proposito|aposta|adrede)",
    "fr": r"je me suis brulee? (?:expres|volontairement)",
    "de": r"(?:mich|mir) (?:absichtlich|mit absicht) (?:\w+ ){0,4}verbrannt",
    "pt": r"(?:me queimei|queimei-me) (?:de proposito|propositadamente)",
    "it": r"mi sono bruciat[oa] (?:apposta|di proposito|volontariamente)",
}
_CUT_DEEP = {
    "en": r"(?:cut|gash)(?: \w+){0,3} (?:is |was )?too deep|(?:cut|arm|wrist) (?:wont|will not|doesnt) stop bleeding",
    "es": r"(?:corte|herida)(?: \w+){0,3} (?:es |esta )?(?:muy|demasiado) profund[oa]|no (?:para|deja) de sangrar",
    "fr": r"(?:coupure|entaille)(?: \w+){0,3} (?:est )?trop profonde|(?:ca )?(?:arrete|saigne) pas de saigner"
          r"|saigne depuis",
    "de": r"schnitt(?: \w+){0,3} (?:ist )?zu tief|blutet (?:seit|immer noch|durch)|hort nicht auf zu bluten",
    "pt": r"(?:corte|golpe)(?: \w+){0,3} (?:e |esta |ta )?(?:muito |demasiado )?fundo|nao para de sangrar",
    "it": r"(?:taglio|ferita)(?: \w+){0,3} (?:e )?troppo profond[oa]|non smette di sanguinare|sanguina da",
}
_PUS = {
    "en": r"(?:cut|wound)(?: \w+){0,8} (?:pus|oozing|swollen and hot)",
    "es": r"(?:corte|herida)(?: \w+){0,8} (?:pus|hinchad[oa] y caliente)",
    "fr": r"(?:coupure|plaie|blessure)(?: \w+){0,8} (?:pus|gonflee et chaude)",
    "de": r"(?:schnitt|wunde)(?: \w+){0,8} (?:eiter\w*|geschwollen und heiss)",
    "pt": r"(?:corte|ferida)(?: \w+){0,8} (?:pus|inchad[oa] e quente)",
    "it": r"(?:taglio|ferita)(?: [\w,]+){0,10} (?:pus|gonfi[oa],? cald[oa])",
}
_URGE_AFTER_CLEAN = {
    "en": r"(?:havent|have not|not) (?:cut|hurt myself) (?:for|in) [^\n]{0,60}?but [^\n]{0,60}?(?:urge|want to|craving)",
    "es": r"no me (?:corto|hago dano) desde hace [^\n]{0,60}?pero [^\n]{0,60}?(?:ganas|necesidad)",
    "fr": r"(?:je ne me|je me) (?:coupe|scarifie) (?:plus|pas) depuis [^\n]{0,60}?mais [^\n]{0,60}?envie",
    "de": r"(?:seit|schon) [^\n]{0,40}?(?:nicht mehr geritzt|ritzfrei|clean)[^\n]{0,40}?aber [^\n]{0,60}?(?:drang|will|wunsch)",
    "pt": r"nao me (?:corto|machuco) (?:ha|desde) [^\n]{0,60}?mas [^\n]{0,60}?(?:vontade|necessidade)",
    "it": r"non mi (?:taglio|faccio del male) da [^\n]{0,60}?ma [^\n]{0,60}?(?:voglia|bisogno)",
}
_WANT_HURT_ME = {
    "en": r"i (?:really |so )?(?:want|need) to hurt myself",
    "es": r"(?:quiero|necesito) hacerme dano",
    "fr": r"(?:jai (?:tellement |vraiment )?envie|jai besoin) de me faire du mal",
    "de": r"(?:ich )?will mir (?:unbedingt |so |echt )?(?:weh ?tun|was antun)",
    "pt": r"(?:quero|preciso) (?:me machucar|machucar-me|me magoar|magoar-me)",
    "it": r"(?:voglio|ho bisogno di) farmi (?:del )?male",
}
_MASKED_SUICIDE = r"s[*.#_]+icid\w*|su[*.#_]+cid\w*|sui[*.#_]+id\w*|suic[*.#_]+d\w*"
# Beer counted by the can ("on my third can of Stella"), beside benzodiazepines: a dangerous mix.
_NTH_DRINK = {
    "en": r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:can|pint|bottle|glass)(?: of \w+)?|\d+ (?:cans|pints)",
    "es": r"(?:segunda|tercera|cuarta|quinta) (?:lata|cerveza|copa|birra)|\d+ (?:latas|cervezas)",
    "fr": r"(?:deuxieme|troisieme|quatrieme|cinquieme) (?:biere|canette|verre)|\d+ (?:bieres|canettes)",
    "de": r"(?:zweite|dritte|vierte|funfte)[sn]? (?:bier|dose|flasche)|\d+ (?:bier|dosen)",
    "pt": r"(?:segunda|terceira|quarta|quinta) (?:lata|cerveja|garrafa)|\d+ (?:latas|cervejas)",
    "it": r"(?:seconda|terza|quarta|quinta) (?:birra|lattina|bottiglia)|\d+ (?:birre|lattine)",
}

for _code in _LANGS:
    _p = PARTS[_code]
    _p["prep"] = [_PLANNED_ALONE[_code], _MEANS_PUT[_code], _TAPE_HOSE[_code]]
    _p["lethal_means"] = [_MEANS_PUT[_code], _TAPE_HOSE[_code]]
    _p["time_soon"] = [_NOONE_TIME[_code]]
    _p["intent"] = [_DOING_IT[_code]]
    _p["farewell"] = [_TELL_MOTHER[_code], _SORRY_ALL[_code]]
    _p["at_place"] = [_ON_BRIDGE_MORE[_code]]
    _p["under_way"] = [_CLIMBED[_code]]
    _p["death"] = [_END_NOW_FAREWELL[_code], _MASKED_SUICIDE]
    _p["message_goodbye"] = [_GOODBYE_NOTE[_code]]
    _p["threat"] = [_TO_THEIR_HOME[_code], _WHEN_HE_COMES_OUT[_code], _HIT_WITH[_code]]
    _p["weapon"] = [_TO_THEIR_HOME[_code]]
    _p["self_harm"] = [_BURN_ON_PURPOSE[_code], _CUT_DEEP[_code]]
    _p["wound_bad"] = [_PUS[_code]]
    _p["self_harm_urge"] = [_URGE_AFTER_CLEAN[_code], _WANT_HURT_ME[_code]]
    _p["alcohol"] = [_NTH_DRINK[_code]]

# A list of classmates' or colleagues' names "who will pay": a targeted threat written down (a parent's report).
_HIT_LIST = {
    "en": r"(?:list|names) (?:of|with) (?:\w+ ){0,2}(?:classmates|kids at school|colleagues|names)[^\n]{0,80}?\b(?:will pay"
          r"|are going to pay|gonna pay|deserve it|will get it|get whats coming)",
    "es": r"lista (?:de|con) (?:\w+ ){0,2}(?:companeros|compas|nombres|colegas)[^\n]{0,80}?\b(?:van a pagar|me las pagan"
          r"|se lo merecen|las van a pagar)",
    "fr": r"liste (?:de|avec) (?:\w+ ){0,2}(?:camarades|eleves|noms|collegues)[^\n]{0,80}?\b(?:vont payer|paieront"
          r"|le meritent)",
    "de": r"liste mit (?:\w+ ){0,2}(?:mitschulern|namen|kollegen)[^\n]{0,80}?\b(?:kriegens|kriegen es|werden bezahlen"
          r"|werden es bereuen|sind dran)",
    "pt": r"lista (?:de|com) (?:\w+ ){0,3}(?:colegas|nomes)[^\n]{0,80}?\b(?:vao pagar|vao ver|merecem)",
    "it": r"lista (?:di|con) (?:\w+ ){0,2}(?:compagni|nomi|colleghi)[^\n]{0,80}?\b(?:pagheranno|la pagheranno|se lo meritano)",
}
# "I'd rather be dead than ..." that "used to be a joke" and no longer feels like one.
_JOKE_NO_MORE = {
    "en": r"(?:rather be dead|rather die)[^\n]{0,160}?\b(?P<at>(?:doesnt|does not) (?:really )?feel like"
          r" (?:one|a joke) anymore|not a joke anymore)",
    "es": r"(?:prefiero (?:estar muert[oa]|morirme))[^\n]{0,120}?\b(?P<at>ya no (?:me )?parece"
          r" (?:una )?broma)",
    "fr": r"(?:plutot (?:crever|mourir|etre morte?))[^\n]{0,120}?\b(?P<at>ca ne ressemble plus a une blague"
          r"|ce nest plus une blague)",
    "de": r"(?:lieber tot|lieber sterben)[^\n]{0,120}?\b(?P<at>fuhlt sich nicht mehr (?:wie|nach)"
          r" (?:einem )?witz an|kein witz mehr)",
    "pt": r"(?:prefiro (?:estar mort[oa]|morrer))[^\n]{0,120}?\b(?P<at>ja nao parece"
          r" (?:uma )?brincadeira)",
    "it": r"(?:preferisco (?:essere mort[oa]|morire))[^\n]{0,120}?\b(?P<at>non sembra piu (?:uno )?scherzo)",
}
# Thinking seriously about ending it.
_THINK_END = {
    "en": r"(?:thinking|think) (?:seriously|a lot|all the time) about ending it",
    "es": r"(?:pienso|estoy pensando) (?:en serio|seriamente) en (?:acabar con todo|quitarme la vida)",
    "fr": r"jy pense (?:serieusement|serieux),? a en finir|je pense serieusement a en finir",
    "de": r"denk(?:e)? (?:ernsthaft|ernstlich) (?:daran|dran),? schluss zu machen",
    "pt": r"(?:penso|estou pensando|ando a pensar) (?:seriamente|a serio) em acabar com tudo",
    "it": r"(?:penso|sto pensando) (?:seriamente|sul serio) di (?:farla finita|togliermi la vita)",
}
# A young child left alone and shut in all day, or a child's black eye again.
_CHILD_ALONE = {
    "en": r"(?:leaves|left|locks) (?:the|her|his|their) (?:little |small )?(?:kid|child|boy|girl|toddler|baby)(?: \w+){0,4}"
          r" (?:alone|locked in|on (?:his|her) own) (?:\w+ )?(?:all day|all night|for hours)",
    "es": r"deja (?:al|a la) (?:nino|nina|nene|nena|bebe|crio|cria)(?: \w+){0,4} sol[oa] (?:y encerrad[oa] )?(?:todo el dia"
          r"|toda la noche|durante horas)",
    "fr": r"laisse (?:le|la|son|sa) (?:petite? |enfant|gamin|gamine|bebe)(?:\w+ ){0,4}\w* seule? (?:et enfermee? )?(?:toute"
          r" la journee|toute la nuit|pendant des heures)",
    "de": r"lasst (?:das|ihr|sein|den|die) (?:kind|baby|kleine[n]?)(?: \w+){0,4} (?:allein|alleine) (?:und eingesperrt )?"
          r"(?:den ganzen tag|die ganze nacht|stundenlang)",
    "pt": r"deixa (?:o|a) (?:menino|menina|crianca|bebe|miudo|miuda|filho|filha)(?: \w+){0,4} sozinh[oa] (?:e trancad[oa] )?"
          r"(?:o dia (?:todo|inteiro)|a noite toda|durante horas)",
    "it": r"lascia (?:il|la) (?:bambino|bambina|piccolo|piccola|figlio|figlia)(?: \w+){0,4} (?:da solo|da sola|sol[oa])"
          r" (?:e chius[oa] )?(?:tutto il giorno|tutta la notte|per ore)",
}
_CHILD_BLACK_EYE = {
    "en": r"(?:hes|shes|he has|she has|the (?:kid|boy|girl|child)(?: has|s)?) had a black eye (?:twice|again|three times)",
    "es": r"(?:el nino|la nina|el nene|la nena) (?:ya )?(?:tuvo|ha tenido|tiene) (?:el )?ojo morado (?:dos veces|otra vez)",
    "fr": r"(?:lenfant|le petit|la petite) a (?:eu )?(?:un )?(?:oeil au beurre noir|coquard) (?:deux fois|encore)",
    "de": r"(?:das kind|der kleine|die kleine) hatte (?:schon )?(?:zweimal|wieder) ein blaues auge",
    "pt": r"(?:o menino|a menina|o miudo|a miuda|a crianca) (?:ja )?(?:teve|tem|apareceu com) (?:o )?olho roxo (?:duas vezes"
          r"|outra vez|de novo)",
    "it": r"(?:il bambino|la bambina|il piccolo|la piccola) (?:ha )?(?:avuto )?(?:un )?occhio nero (?:due volte|di nuovo"
          r"|ancora)",
}
# "Only one apple a day": restriction told with a single food and a day.
_ONE_FOOD_A_DAY = {
    "en": r"(?:only|just) (?:ate|eaten|eat|having) (?:one|an|a) (?:apple|yoghurt|yogurt|rice cake|cracker|banana)"
          r" (?:a|per) day",
    "es": r"solo (?:comi|como|he comido) (?:una|un) (?:manzana|yogur|galleta|banana|platano) (?:al|por) dia",
    "fr": r"(?:je (?:nai|ne) mange qu|jai (?:seulement|juste) mange) (?:une|un) (?:pomme|yaourt|biscotte|banane) par jour",
    "de": r"nur (?:einen|ein|eine) (?:apfel|joghurt|zwieback|banane) (?:am|pro) tag",
    "pt": r"so (?:comi|como) (?:uma|um) (?:maca|iogurte|bolacha|banana) por dia",
    "it": r"(?:ho mangiato|mangio) solo (?:una|un) (?:mela|yogurt|fetta biscottata|banana) al giorno",
}

for _code in _LANGS:
    _p = PARTS[_code]
    _p["threat"].append(_HIT_LIST[_code])
    _p["death"] += [_JOKE_NO_MORE[_code], _THINK_END[_code]]
    _p["child_harm"] = [_CHILD_ALONE[_code], _CHILD_BLACK_EYE[_code]]
    _p["restriction"] = [_ONE_FOOD_A_DAY[_code]]
