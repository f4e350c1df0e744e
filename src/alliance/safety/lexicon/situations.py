"""Parts of situations a clinician recognises whatever the wording (issue 10, after blind round 11), in the six
languages, merged into each language's lexicon by `alliance.safety.lexicon.make_lexicon`. Each family is a
situation, written as slots (who, what, to whom, how long) and the way they combine, not as phrases seen in a set:

- belongings given away, across turns (AAS warning signs, Rudd et al. 2006: "giving away prized possessions"):
  `give_away` (a possession given to someone) counts only twice over or with `settled` ("there's nothing left",
  "so everyone is sorted", "it feels light"); a move, a sale or a clear-out for a reason (`ordinary_reason`)
  explains it (the composing layer, `compose.py`);
- letters written for each of the family with a last thank-you (C-SSRS preparatory behaviour, Posner et al. 2011):
  `prep` (letters for each one, a will put in order) and `farewell` (a thank-you told in the past tense: "you
  have been kind to me", "you were important");
- a child neglected or harmed (WHO 2022, child maltreatment; NICE CG89, when to suspect child maltreatment):
  young children left alone for hours or nights, a child touched by an adult (`child_harm`), a child taking a
  weapon to school to hurt someone (`threat`);
- the lethal dose asked as liver damage for good (paracetamol poisoning, NICE CKS; C-SSRS method research:
  `lethal_means`);
- restriction told as weeks of barely eating, with fainting or palpitations (NICE NG69: `restriction`,
  `ed_effect`); laxatives taken beside restriction (`laxative`, `meal_skipping`);
- a death idiom ("rather die than") followed by "it's not really a joke any more": the wish is the part, in the
  group `at` (`death`);
- the hypothetical of one's absence: "if I were no longer here, would my parents suffer or get over it?"
  (Joiner 2005, perceived burdensomeness; `indirect`); "I wouldn't mind if a bus took me out" (C-SSRS 1,
  passive wish: `indirect`);
- an accidental double dose with dizziness (`double_dose`, a medical risk: NICE CKS poisoning);
- at a height or an edge now: a balcony railing with a jump in the message, the end of the platform with the
  wondering whether it would be easy (`at_place`); the car steered at a wall at speed (`crash_method`,
  `driving_now`);
- a day chosen when the others are away (`intent`), "now it fits" once they are gone (`time_soon`): the timing
  of a plan is often the absence of those who would stop it (Hawton et al. 2012);
- words that are not what they seem (`idiom`, covering the parts inside them as a denial does): "goodbye
  shyness" before a première, "see you Tuesday" closing a message (a session, not a timed plan).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

_N = r"(?:\w+ ){0,3}"  # up to three words
_DAYS = {
    "en": r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the weekend)",
    "es": r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|la semana que viene|el finde)",
    "fr": r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la semaine prochaine)",
    "de": r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|nachste woche)",
    "pt": r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|semana que vem|a proxima semana)",
    "it": r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|la prossima settimana)",
}
# A young child (not a teenager): the age is what makes hours alone neglect.
_LITTLE = {
    "en": r"(?:kids|children|little ones|toddlers?|baby|babies|twins|little (?:boy|girl|boys|girls)|[1-7] ?(?:year"
          r" ?old|yo)s?)",
    "es": r"(?:hijos|ninos|nenes|chiquitos|pequenos|peques|bebes?|criaturas|mellizos|gemelos)",
    "fr": r"(?:enfants|petits|gamins|gosses|bebes?|jumeaux|petite|petit)",
    "de": r"(?:kinder|kleinen|kleine|kleinkinder|babys?|zwillinge|saugling)",
    "pt": r"(?:filhos|criancas|pequenos|bebes?|gemeos|miudos)",
    "it": r"(?:figli|bambini|piccoli|bimbi|neonat[oi]|gemelli)",
}
# "See you Tuesday" closing a message: its own clause, the last words of it (not "I'll hold on until Monday").
_CLOSE = r"(?:^|(?<=[.,!?;] ))"
_END = r"(?= *(?:$|[.,!?;]| then| again| alors| entonces| dann| entao| allora))"
_WEAPON = {
    "en": r"(?:knife|gun|pistol|weapon|machete|blade)",
    "es": r"(?:cuchillo|navaja|pistola|arma|machete|fierro)",
    "fr": r"(?:couteau|arme|pistolet|flingue|lame|cran darret|opinel)",
    "de": r"(?:messer|waffe|pistole|schreckschusspistole|machete)",
    "pt": r"(?:faca|arma|revolver|pistola|canivete|facao|peixeira)",
    "it": r"(?:coltello|pistola|arma|lama|coltellino|machete)",
}
# A knife for a cooking or craft class, for lunch: the school asked for it.
_FOR_CLASS = (r"(?![^.!?\n]{0,120}\b(?:cooking|cookery|lunch|craft|crafts|art class|confiscat\w*|cocina|almuerzo"
              r"|manualidades|cuisine|gouter|arts plastiques|koch\w*|bastel\w*|werkunterricht|pausenbrot|brotzeit"
              r"|culinaria|merenda|lanche|artes|cucina|educazione tecnica)\b)")
# Letters, a day or a rope for an occasion or a game: a wedding, a birthday, a party, skipping rope.
_OCCASION = (r"(?:christmas|xmas|birthday|wedding|party|anniversary|holidays?|navidad|reyes|cumple\w*|boda|fiesta"
             r"|aniversario|noel|anniversaire|mariage|fete|soiree|weihnacht\w*|geburtstag|hochzeit|feier|party"
             r"|natal|aniversario|casamento|festa|natale|compleanno|matrimonio|anniversario|water ?(?:gun|pistol)"
             r"|pistola (?:ad|de) agua|pistolet a eau|wasserpistole|pistola de agua|arminha|giocattolo|toy|juguete"
             r"|jouet|spielzeug|brinquedo)")
_NOT_OCCASION = r"(?![^\n]{0,200}\b" + _OCCASION + r"\b)"
_LETTERS = {
    "en": r"(?:letters?|cards?|notes?)", "es": r"(?:cartas?|tarjetas?|notas?)", "fr": r"(?:lettres?|cartes?|mots)",
    "de": r"(?:briefe?|karten?)", "pt": r"(?:cartas?|cartoes|cartao|bilhetes?)", "it": r"(?:lettere|lettera|biglietti"
                                                                                      r"|biglietto)",
}
_SKIPPING = {
    "en": r"(?:skipping rope|jump(?:ing)? rope|rope skipping)", "es": r"(?:saltar (?:a )?(?:la )?(?:cuerda|comba))",
    "fr": r"(?:sauter a la corde|corde a sauter)", "de": r"(?:seilspringen|springseil|seil springen)",
    "pt": r"(?:pular (?:a )?corda)", "it": r"(?:saltare (?:la|alla) corda|salto (?:della|con la) corda)",
}
_MEDICINE = {
    "en": r"(?:dose|pills|tablets|meds|medication|medicine|insulin|blood thinners?|heart pills)",
    "es": r"(?:dosis|pastillas|medicacion|medicamentos?|insulina|remedios?)",
    "fr": r"(?:dose|cachets|comprimes|medicaments?|traitement|insuline|pilules)",
    "de": r"(?:dosis|tabletten|medikamente?|insulin|pillen)",
    "pt": r"(?:dose|comprimidos|remedios?|medicacao|medicamentos?|insulina|pilulas)",
    "it": r"(?:dose|pastiglie|compresse|pillole|farmac[oi]|medicin\w+|insulina)",
}
_NOT_MILD = (r"(?![^\n]{0,80}\b(?:vitamin\w*|vitamine?|contracepti\w*|anticoncezional\w*|anticonceptiv\w*"
             r"|anticoncepcional\w*|contraceptive|pille|magnesi\w*|omega|probioti\w*|ferro|hierro|fer|eisen|iron"
             r"|cafe|coffee|caffe|kaffee|melatonin\w*)\b)")
_FOR_GOOD = {
    "en": r"(?:for good|permanently|irreversibly|beyond repair|properly|for real|completely)",
    "es": r"(?:para siempre|de forma permanente|definitivamente|sin vuelta atras|del todo|de verdad)",
    "fr": r"(?:pour de bon|definitivement|a vie|pour toujours|irreversiblement|sans retour|a coup sur|vraiment)",
    "de": r"(?:dauerhaft|fur immer|endgultig|irreparabel|richtig|komplett|wirklich)",
    "pt": r"(?:de vez|para sempre|definitivamente|de forma permanente|a serio|de verdade)",
    "it": r"(?:per sempre|definitivamente|in modo permanente|sul serio|davvero|del tutto)",
}
_PARACETAMOL = (r"(?:paracetamol\w*|acetaminophen\w*|acetaminofen\w*|tylenol|panadol|doliprane|dafalgan|efferalgan"
                r"|tachipirina|ben-u-ron|benuron|gelocatil|termalgin)")
# Not about a child's or an animal's dose, nor a course or an exam.
_NOT_CARE = (r"(?![^\n]{0,120}\b(?:kid|kids|child|baby|toddler|dog|cat|nino|nina|bebe|perro|gato|enfant|bebe|chien"
             r"|chat|kind|baby|hund|katze|crianca|bebe|cao|cachorro|gato|bambino|bambina|cane|gatto|exam|examen"
             r"|esame|prova|pharmacology|farmacologia|pharmacologie|pharmakologie)\b)")

PARTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "give_away": [
            r"(?:gave|given|giving|handed|passed) (?:away )?(?:all |most |the last )?(?:of )?my (?:\w+ ){0,3}"
            r"(?:to|away)\b",
            r"(?:^|[.,;] |\band )(?:all |most of )?my (?:\w+ ){1,3}to (?:the|my|a) (?:\w+ ){0,2}\w+(?= *(?:$|[.,;!?]))",
        ],
        "settled": [
            r"(?:theres|there is) (?:almost |hardly |barely )?nothing (?:much )?left", r"i (?:barely )?have"
            r" (?:almost )?nothing left",
            r"(?:so )?(?:everyone|everybody|theyre all|they are all|theyll all be|all of them are)"
            r" (?:\w+ )?(?:sorted|taken care of|provided for|set)(?= *(?:$|[.,;!?]|right|now|then))",
            r"(?:it |that )?feels (?:so |really )?light",
            r"(?:wont|will not|dont) need (?:it|them|any of it|any of them) (?:anymore|any more|where im going)",
        ],
        "ordinary_reason": [
            r"mov(?:e|ed|ing) (?:house|out|flat|abroad|in with|to)", r"relocat\w*", r"downsiz\w*", r"declutter\w*",
            r"(?:sold|selling) (?:it|them|my)", r"outgr[eo]wn?", r"grew out of", r"spring clean\w*", r"new (?:flat"
            r"|house|place)", r"(?:more|some) (?:space|room)", r"minimalis\w*", r"charity shop", r"my old"
            r" \w+", r"(?:they|he|she) (?:really )?(?:needed|wanted|asked for) (?:it|them)",
        ],
        "prep": [
            r"(?:wrote|written|writing|left) (?:a )?(?:letters?|notes?|cards?) (?:for|to) (?:each (?:one )?of"
            r" (?:you|them)|every one of (?:you|them)|each of my \w+)(?![^\n]{0,60}\b(?:christmas|birthday|xmas"
            r"|holiday|wedding|party|thank you cards)\b)",
            r"(?:sorted|updated|finalised|finalized|put in order) my will (?:at|with) the (?:solicitor|lawyer"
            r"|notary)",
        ],
        "farewell": [
            r"i (?:just )?wanted to (?:say|tell you) thank you,? you (?:have been|were|ve been) (?:so |very |really"
            r" )?(?:kind|good|patient) (?:to|with) me",
            r"you (?:all )?(?:have been|were|ve been) (?:so |very |really )?important (?:to me)?(?= *(?:$|[.!]))",
        ],
        "child_harm": [
            r"(?:leave|leaves|left|leaving) (?:her|his|their|the|my|our|two|three|\w+s) (?:\w+ )?" + _LITTLE["en"]
            + r"\b[^.!?\n]{0,40}?\b(?:alone|on their own|by themselves|unattended)\b[^.!?\n]{0,30}?\b(?:for hours"
            r"|hours|all day|all night|overnight|the whole (?:day|night|evening|weekend)|every (?:night|evening))",
            r"(?:my|our) (?:\w+ ){0,3}(?:daughter|son|girl|boy|child|kid|niece|nephew)\b[^.!?\n]{0,80}?\b(?:step"
            r"dad|stepfather|uncle|grandad|grandpa|coach|teacher|neighbou?r|babysitter|cousin|(?:mums|moms|my)"
            r" boyfriend|he) (?:\w+ )?(?:touches|touched|is touching|has been touching|keeps touching|fondles"
            r"|fondled|touching) (?:her|him)\b",
        ],
        "threat": [
            _FOR_CLASS + r"(?:take|bring|taking|bringing|took|brought) (?:\w+ ){0,3}" + _WEAPON["en"] + r" (?:\w+ ){0,4}(?:to"
            r"|into) school\b(?![^\n]{0,60}\b(?:cooking|lunch|craft|art class|confiscat\w*)\b)",
        ],
        "lethal_means": [
            r"(?:how much|how many|what dose|which dose|what amount)(?: \w+){0,4}? " + _PARACETAMOL
            + r"(?: \w+){0,5}? (?:destroy|destroys|wreck|wrecks|fry|fries|damage|damages|kill|kills|shut down"
              r"|shuts down) (?:the|your|my) liver (?:\w+ )?" + _FOR_GOOD["en"] + _NOT_CARE,
        ],
        "restriction": [
            r"(?:barely|hardly|almost not|not really) (?:eaten|eating|eat) (?:anything )?(?:for|in|since) (?:two"
            r"|three|four|2|3|4|a couple of|several) weeks",
        ],
        "ed_effect": [
            r"(?:nearly|almost) (?:fainted|passed out|blacked out|collapsed)",
            r"(?:my )?heart (?:is )?(?:beating|doing something|feels) (?:weird|funny|strange|wrong|irregular)",
        ],
        "laxative": [r"(?:took|take|taking|had|used) (?:\w+ )?(?:laxatives?|dulcolax|senna|diuretics?)"],
        "meal_skipping": [r"(?:ate|eat|eating) (?:only )?once a day"],
        "death": [
            r"(?:(?:id|i would) rather (?:die|be dead)|rather die than|over my dead body)[\s\S]{0,200}?\b(?P<at>"
            r"(?:its|it is|thats|that is) (?:not|no longer) (?:really )?(?:a joke|funny|just a joke)(?: anymore)?"
            r"|(?:im|i am) not (?:really )?joking (?:anymore|any more)|(?:it )?stopped being a joke"
            r"|(?:but )?(?:now |this time )?i (?:think i |really )?(?:really )?mean it(?: now| this time)?)",
        ],
        "indirect": [
            r"if i (?:wasnt|werent|was not|were not) (?:here|around) (?:anymore|any more)[, ]+(?:would )?(?:my|the)"
            r" (?:\w+ )?(?:parents|kids|children|family|friends|wife|husband|mum|mom|dad) (?:\w+ )?(?:really )?"
            r"(?:suffer|miss me|care|get over it|move on|forget me|notice)",
            r"(?:wouldnt|would not|wouldn t) mind if (?:a|the|some) (?:bus|car|truck|lorry|train|van) (?:\w+ )?"
            r"(?:hit|took|takes|ran|runs|knocked|killed|got) (?:me|over me)",
        ],
        "double_dose": [
            r"(?:took|taken|had) (?:\w+ ){0,2}(?:a )?(?:double|twice (?:the|my)) (?:dose|pills|tablets|meds)" + _NOT_MILD,
            r"(?:took|taken) my (?:\w+ ){0,2}(?:pills|tablets|meds|dose) twice" + _NOT_MILD,
        ],
        "at_place": [
            r"(?:end|edge) of the platform(?=[^\n]{0,160}\b(?:wonder|wondering|whether|if) (?:\w+ ){0,2}(?:it )?"
            r"(?:would|d) (?:be )?(?:easy|quick|hurt|painless))",
            r"(?:on|at) (?:the|my) (?:balcony|railing)(?: \w+){0,3}(?=[^\n]{0,200}\b(?:jump|jumped|jumping|let go)\b)",
        ],
        "crash_method": [
            r"(?:what if i|thinking (?:about|of)|tempted to|want to|urge to|i could) (?:just )?(?:steer|swerve"
            r"|drive|turn the wheel|crash|slam|plough|plow)(?: the car| it)? (?:into|towards|at) (?:that|a|the)"
            r" (?:wall|tree|pillar|bridge|lorry|truck|barrier)",
        ],
        # the means kept at home ("my rifle is in the safe at home")
        "access": [r"(?:is|are|s|sits|kept|stays) (?:\w+ ){0,4}(?:at home|in the house|in (?:the|my) (?:gun )?(?:safe"
                   r"|cabinet))"],
        "driving_now": [r"(?:im|i am) (?:in the car|driving) (?:right )?now", r"doing (?:\d{3}|[89]\d) (?:on|mph|kmh"
                                                                           r"|km/h)"],
        "intent": [
            r"(?P<at>(?:ive|i have|i) (?:picked|chosen|chose|set) (?:a |the )?(?:day|date|night|saturday|sunday"
            r"|friday))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:wife|husband|partner|parents|everyone|kids)\b[^\n]{0,40}?\b(?:away|out"
            r"|at her|at his|gone|visiting)\b",
        ],
        "time_soon": [
            # the day chosen is the plan's time
            r"(?P<at>(?:ive|i have|i) (?:picked|chosen|chose|set) (?:a |the )?(?:day|date|night|saturday|sunday"
            r"|friday))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:wife|husband|partner|parents|everyone|kids)\b[^\n]{0,40}?\b(?:away|out"
            r"|at her|at his|gone|visiting)\b",
           r"now (?:it|everything) fits", r"(?:everyone|the others) (?:are|is) (?:away|gone) (?:for|this|"
                                                                                          r"until) (?:the )?weekend"],
        "idiom": [
            _LETTERS["en"] + r"(?: \w+){0,6}? (?:for|para|pour|fur|zu|zum|zur|per|de|a) (?:the |la |el |le |les |das"
            r" |die |den |o |a |il |lo |mio |my )?" + _OCCASION,
            _SKIPPING["en"],
            r"(?:goodbye|bye bye|farewell) (?:to )?(?:my )?(?:shyness|stage fright|nerves|fear|stress|diet|smoking"
            r"|cigarettes|single life|bad habits|braces|cast|exams)",
            _CLOSE + r"see you (?:on )?" + _DAYS["en"] + _END,
        ],
    },
    "es": {
        "give_away": [
            r"(?:le |les )?(?:regale|he regalado|di|he dado|done|he donado|deje|pase) (?:todos |todas |toda |todo )?"
            r"(?:mi|mis) (?:\w+ ){0,3}(?:a|al)\b",
            r"(?:^|[.,;] |\by )(?:todos |todas )?(?:mi|mis) (?:\w+ ){1,3}(?:a la|al|a mi|a mis|a los|a las) \w+",
        ],
        "settled": [
            r"(?:ya )?(?:casi |practicamente )?no me queda(?:n)? (?:casi )?nada", r"(?:todos|todo) (?:estan|esta"
            r"|quedan|queda) (?:\w+ )?(?:arreglad|acomodad|resuelt|ubicad)\w*",
            r"(?:se siente|me siento) (?:mas )?(?:liviano|liviana|ligero|ligera)",
            r"ya no (?:lo|la|los|las) voy a necesitar",
        ],
        "ordinary_reason": [r"mudanza", r"me mudo", r"me mude", r"nos mudamos", r"vendi", r"vendo", r"no me (?:cabe|caben)",
                               r"me (?:queda|quedan|quedaba|quedaban) (?:chic|pequen)\w*", r"mas espacio",
                               r"minimalis\w*", r"(?:mi|mis) \w+ viej[oa]s?", r"(?:lo|los|la|las) necesitaba"],
        "prep": [
            r"(?:escribi|he escrito|deje) (?:una )?(?:carta|cartas|nota|notas) (?:para|a) (?:cada uno de"
            r" (?:ustedes|vosotros|ellos)|cada (?:hijo|hija|uno))(?![^\n]{0,60}\b(?:navidad|cumple\w*|reyes|boda)\b)",
            r"(?:arregle|deje arreglado|actualice) (?:el|mi) testamento (?:con|en|ante) (?:el|la) (?:notario|notaria"
            r"|abogado|abogada)",
        ],
        "farewell": [
            r"(?:solo )?(?:queria|quise) (?:decirle|decirte|decirles)s? gracias,? (?:usted ha sido|has sido|fue"
            r"|fuiste|han sido) (?:muy |tan )?(?:amable|buena|bueno|paciente)s? conmigo",
            r"(?:han sido|fueron|has sido|fuiste|ha sido) (?:muy |tan )?importantes? (?:para mi)?(?= *(?:$|[.!]))",
        ],
        "child_harm": [
            r"(?:deja|dejo|dejan|dejaba) (?:a )?(?:sus|los|mis|dos|tres) (?:\w+ )?" + _LITTLE["es"]
            + r"\b[^.!?\n]{0,40}?\bsol[oa]s\b[^.!?\n]{0,30}?\b(?:por horas|horas|todo el dia|toda la noche|de noche"
            r"|noches enteras|el fin de semana)",
            r"(?:mi|nuestra|nuestro) (?:\w+ ){0,3}(?:hija|hijo|nena|nene|nina|nino|sobrina|sobrino)\b[^.!?\n]{0,80}?"
            r"\b(?:padrastro|tio|abuelo|entrenador|profesor|profe|vecino|primo|novio de|el) (?:\w+ )?(?:la|lo) (?:toca"
            r"|toco|tocaba|manosea|manoseo|ha tocado)\b",
        ],
        "threat": [
            _FOR_CLASS + r"(?:llevar|llevara|va a llevar|lleva|llevo) (?:\w+ ){0,3}" + _WEAPON["es"] + r" (?:\w+ ){0,4}(?:a la|al)"
            r" (?:escuela|colegio|cole|liceo|instituto|insti|prepa|secundaria)\b(?![^\n]{0,60}\b(?:cocina|almuerzo"
            r"|manualidades)\b)",
        ],
        "lethal_means": [
            r"(?:cuanto|cuantos|cuantas|que dosis|cual es la dosis|la dosis)(?: \w+){0,4}? (?:de )?" + _PARACETAMOL
            + r"(?: \w+){0,5}? (?:destroza|destruye|dana|danar|destruir|revienta|mata|fulmina) (?:el|tu|mi)"
              r" higado (?:\w+ )?" + _FOR_GOOD["es"] + _NOT_CARE,
        ],
        "restriction": [
            r"(?:casi no|apenas|ya casi no) (?:como|comi|he comido)(?: nada)? (?:desde hace|hace|en) (?:dos|tres"
            r"|cuatro|2|3|4|varias) semanas",
        ],
        "ed_effect": [r"(?:casi|por poco) me desmayo", r"(?:el )?corazon (?:me )?(?:late|va) (?:raro|rarisimo|a mil"
                                                                                      r"|desbocado)"],
        "laxative": [r"(?:tome|tomo|tomando|use|he tomado) (?:\w+ )?(?:laxantes?|dulcolax|diureticos?)"],
        "meal_skipping": [r"(?:comi|como|he comido|comiendo) (?:solo |solamente |nada mas )?una vez al dia"],
        "death": [
            r"(?:prefiero (?:morir|morirme|estar muert[oa])|antes muert[oa]|mejor muert[oa])[\s\S]{0,200}?\b"
            r"(?P<at>ya no (?:es|lo digo) (?:tanto )?(?:de |en |una )?broma|ya no (?:estoy )?bromeando|dejo de ser"
            r" (?:una )?broma|(?:ahora |esta vez )?(?:creo que )?lo digo (?:en serio|de verdad))",
        ],
        "indirect": [
            r"si (?:yo )?(?:ya )?no estuviera(?: mas| aqui)?,? (?:\w+ ){0,2}(?:mis|mi) \w+ (?:\w+ )?(?:sufririan"
            r"|sufriria|me extranarian|me echarian de menos|se recuperarian|lo superarian|me olvidarian|se darian"
            r" cuenta)",
            r"no me importaria (?:que|si) (?:me )?(?:atropellara|pillara|llevara) (?:un|el|una) (?:bus|autobus"
            r"|camion|coche|carro|tren|colectivo)",
        ],
        "double_dose": [r"(?:tome|me tome|he tomado) (?:\w+ ){0,2}(?:el doble (?:de|del)|doble|dos veces) (?:la |las |mis |los"
                        r" )?(?:\w+ )?" + _MEDICINE["es"] + _NOT_MILD],
        "at_place": [
            r"(?:al final|al borde|en la punta) del anden(?=[^\n]{0,160}\bme pregunto si (?:\w+ )?(?:seria|sera)"
            r" (?:facil|rapido|doloroso))",
            r"(?:en el|al borde del) (?:balcon|barandal|baranda)(?: \w+){0,3}(?=[^\n]{0,200}\b(?:saltar|salto"
            r"|tirarme|me tiro)\b)",
        ],
        "crash_method": [
            r"(?:y si|si|ganas de|pienso en|quiero|podria) (?:simplemente |solo )?(?:girara|girar|girase|estrellara"
            r"|estrellar|estampar|estampara|tirar|tirara|meter|metiera) (?:el volante|el coche|el carro|el auto)?"
            r" ?(?:contra|en) (?:ese|esa|el|la|un|una|aquel|aquella) (?:muro|pared|arbol|poste|pilar|puente"
            r"|camion)",
        ],
        "driving_now": [r"(?:estoy|voy) (?:en el coche|en el carro|en el auto|manejando|conduciendo) (?:ahora|ya)?"
                        r"(?: a \d{2,3})?"],
        "intent": [
            r"(?P<at>(?:ya )?(?:elegi|escogi|decidi) (?:el|un) (?:dia|sabado|domingo|viernes))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:mujer"
            r"|esposa|marido|esposo|pareja|padres|todos|ninos)\b[^\n]{0,40}?\b(?:fuera|afuera|se va|se van|con su"
            r"|no esta|no estan|de viaje)\b",
        ],
        "time_soon": [
            # the day chosen is the plan's time
            r"(?P<at>(?:ya )?(?:elegi|escogi|decidi) (?:el|un) (?:dia|sabado|domingo|viernes))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:mujer"
            r"|esposa|marido|esposo|pareja|padres|todos|ninos)\b[^\n]{0,40}?\b(?:fuera|afuera|se va|se van|con su"
            r"|no esta|no estan|de viaje)\b",
           r"ahora (?:si )?(?:encaja|cuadra)", r"(?:todos|los demas) (?:se van|estan fuera|se fueron)"
                                                                      r" (?:el|este|todo el) (?:finde|fin de semana)"],
        "idiom": [
            _LETTERS["es"] + r"(?: \w+){0,6}? (?:for|para|pour|fur|zu|zum|zur|per|de|a) (?:the |la |el |le |les |das"
            r" |die |den |o |a |il |lo |mio |my )?" + _OCCASION,
            _SKIPPING["es"],
            r"(?:adios|chao|chau) (?:a )?(?:la|el|mi) (?:timidez|verguenza|miedo escenico|nervios|miedo|estres"
            r"|dieta|tabaco|cigarro|solteria|brackets|yeso)",
            _CLOSE + r"(?:nos vemos|hasta el) (?:el )?" + _DAYS["es"] + _END,
        ],
    },
    "fr": {
        "give_away": [
            r"(?:jai |j ai )?(?:donne|offert|legue|file|refile|laisse) (?:toutes |tous )?(?:mes|ma|mon) (?:\w+ ){0,3}"
            r"(?:a|au|aux)\b",
            r"(?:^|[.,;] |\bet )(?:toutes |tous )?(?:mes|ma|mon) (?:\w+ ){0,3}(?:a mon|a ma|a mes|au|aux|a la) \w+",
        ],
        "settled": [
            r"(?:je fais|jai fait|faire) (?:un peu de |du |le )?(?:tri|menage|rangement) dans ma vie",
            r"il (?:ne )?me reste (?:plus |presque )?(?:plus )?rien", r"(?:tout le monde|ils|tous|elles)"
            r" (?:est|sont|seront) (?:\w+ )?(?:case|cases|casee|servis|pris en charge|a labri|tranquilles)",
            r"je nen aurai(?:s)? plus besoin",
        ],
        "ordinary_reason": [r"demenag\w*", r"vendu", r"vinted", r"leboncoin", r"trop petite?s?", r"je pars vivre",
                            r"(?:de la|plus de) place", r"minimalis\w*", r"(?:mon|ma|mes) (?:vieux|vieille|vieilles)"
                            r" \w+", r"(?:en )?avait besoin"],
        "prep": [
            r"(?:jai |j ai )?(?:ecrit|laisse) (?:une )?(?:lettre|lettres|mot|mots) (?:pour|a) (?:chacun|chacune)"
            r" (?:de vous|dentre vous|deux)",
            r"(?:jai )?(?:regle|mis en ordre|fait|refait) (?:mon|le) testament (?:chez|avec) (?:le|la|un|une)"
            r" notaire",
        ],
        "farewell": [
            r"je voulais (?:juste |simplement |seulement )?vous dire merci,? vous avez ete (?:tres |si |tellement )?"
            r"(?:gentille?|bonne?|patiente?|la) (?:avec|pour) moi",
            r"vous avez ete (?:tres |si |tellement )?gentille? avec moi(?= *(?:$|[.!]))",
            r"(?:vous avez|tu as) ete (?:tres |si )?importante?s? (?:pour moi)?(?= *(?:$|[.!]))",
        ],
        "child_harm": [
            r"(?:laisse|laissent|laissait|a laisse) (?:ses|les|mes|deux|trois) (?:\w+ )?" + _LITTLE["fr"]
            + r"\b[^.!?\n]{0,40}?\bseule?s?\b[^.!?\n]{0,30}?\b(?:pendant des heures|des heures|toute la (?:journee"
            r"|nuit|soiree)|la nuit|tout le week-?end)",
            r"(?:ma|mon|notre) (?:\w+ ){0,3}(?:fille|fils|petite|petit|niece|neveu|enfant)\b[^.!?\n]{0,80}?\b(?:beau"
            r"[- ]pere|oncle|grand[- ]pere|papy|voisin|cousin|moniteur|entraineur|prof|baby[- ]?sitter|copain"
            r"|il) (?:\w+ )?(?:la|le) (?:touche|touchait|tripote|tripotait|a touchee?|caresse)\b",
        ],
        "threat": [
            _FOR_CLASS + r"(?:apporter|amener|emmener|prendre|ramener|apportera|emmenera|prendra) (?:\w+ ){0,3}" + _WEAPON["fr"]
            + r" (?:\w+ ){0,4}(?:a|au) (?:lecole|ecole|college|lycee|bahut)\b",
        ],
        "lethal_means": [
            r"(?:quoi la dose|quelle dose|quelle quantite|la dose|combien)(?: \w+){0,4}? (?:de |du )?"
            + _PARACETAMOL + r"(?: \w+){0,3}? (?:qui )?(?:abime|abimer|detruit|detruire|flingue|bousille|esquinte"
                             r"|grille|tue) (?:le|mon|ton) foie (?:\w+ )?" + _FOR_GOOD["fr"] + _NOT_CARE,
        ],
        "restriction": [
            r"je (?:ne )?mange (?:presque |quasi |quasiment |pratiquement )?(?:plus|rien)(?: rien)? depuis (?:\d+"
            r"|deux|trois|quatre|plusieurs) semaines",
        ],
        "ed_effect": [
            r"(?:jai )?(?:failli|manque de|presque) (?:mevanouir|tomber dans les pommes|faire un malaise)",
            r"(?:le|mon) coeur (?:qui )?(?:bat|battait|fait) (?:bizarre|nimporte comment|des siennes|trop vite"
            r"|irregulier)",
        ],
        "laxative": [r"(?:pris|prends|prenais|pris des) (?:\w+ )?(?:laxatifs?|dulcolax|diuretiques?)"],
        "meal_skipping": [r"(?:mange|jai mange|je mange) (?:quune fois|une seule fois|une fois) par jour"],
        "death": [
            r"(?:plutot (?:crever|mourir|etre mort)|je prefere(?:rais)? (?:crever|mourir))[\s\S]{0,200}?\b(?P<at>"
            r"(?:cest|c est|ce nest|ca nest) (?:plus|pas) (?:vraiment |trop |tellement |du tout )?(?:une blague"
            r"|pour rire|de lhumour)|je (?:ne )?(?:plaisante|rigole|blague) (?:plus|pas) (?:vraiment|trop)"
            r"|(?:je crois que |cette fois )?je le pense (?:vraiment|pour de vrai|serieusement))",
        ],
        "indirect": [
            r"si je (?:netais plus la|nexistais plus|netais plus de ce monde),? (?:est[- ]ce que )?(?:mes|ma|mon)"
            r" \w+ (?:\w+ )?(?:souffriraient|souffrirait|me regretteraient|moublieraient|remarqueraient"
            r"|sen remettraient|sen apercevraient)",
            r"(?:ca )?(?:me )?(?:derangerait|generait) pas (?:quun|si un) (?:bus|camion|train|voiture) (?:me )?"
            r"(?:renverse|ecrase|fauche|percute)",
        ],
        "double_dose": [r"(?:jai )?pris (?:\w+ ){0,2}(?:deux fois|le double|une double|double) (?:de |des |mes |ma |mon |la"
                        r" |le )?(?:\w+ )?" + _MEDICINE["fr"] + _NOT_MILD],
        "at_place": [
            r"(?:au bout|au bord|a lextremite) du quai(?=[^\n]{0,160}\bje me demande si (?:\w+ )?(?:ce serait"
            r"|ca serait) (?:facile|rapide|douloureux))",
            r"sur (?:le|mon) balcon(?: \w+){0,3}(?=[^\n]{0,200}\b(?:sauter|saute|me jeter|me lancer)\b)",
        ],
        "crash_method": [
            r"(?:et si|si) (?:je )?(?:donnais|donne) un coup de volant (?:\w+ )?(?:contre|dans|vers) (?:ce|cet|cette"
            r"|le|la|un|une) (?:mur|arbre|pilier|pont|camion|platane)",
            r"(?:et si|envie de|je pourrais) (?:je )?(?:me |)(?:planter|plantais|encastrer|encastrais|jeter|jetais)"
            r" (?:la voiture )?(?:contre|dans) (?:ce|cet|cette|le|la|un|une) (?:mur|arbre|pilier|pont|platane)",
        ],
        "driving_now": [r"(?:je suis|jsuis|chuis) (?:en voiture|au volant|dans la voiture) (?:la|maintenant)?"
                        r"(?: a \d{2,3})?"],
        "intent": [
            r"(?P<at>jai (?:deja )?choisi (?:le|la|un|une) (?:jour|date|soir|samedi|dimanche|vendredi))" + _NOT_OCCASION + r"[^\n]{0,150}?"
            r"\b(?:femme|mari|conjoint|parents|tout le monde|enfants)\b[^\n]{0,40}?\b(?:absente?|partie?s?|chez"
            r"|en voyage|pas la)\b",
        ],
        "time_soon": [
            # the day chosen is the plan's time
            r"(?P<at>jai (?:deja )?choisi (?:le|la|un|une) (?:jour|date|soir|samedi|dimanche|vendredi))" + _NOT_OCCASION + r"[^\n]{0,150}?"
            r"\b(?:femme|mari|conjoint|parents|tout le monde|enfants)\b[^\n]{0,40}?\b(?:absente?|partie?s?|chez"
            r"|en voyage|pas la)\b",
           r"(?:maintenant|la) (?:ca|tout) colle", r"(?:les autres|tout le monde) (?:sont|est) partis?"
                                                                          r" (?:pour le|ce|tout le) week-?end"],
        "idiom": [
            _LETTERS["fr"] + r"(?: \w+){0,6}? (?:for|para|pour|fur|zu|zum|zur|per|de|a) (?:the |la |el |le |les |das"
            r" |die |den |o |a |il |lo |mio |my )?" + _OCCASION,
            _SKIPPING["fr"],
            r"(?:adieu|au revoir|bye bye|bye) (?:a )?(?:la|le|les|ma|mon) (?:timidite|trac|stress|peur|regime"
            r"|clope|cigarette|clopes|celibat|appareil dentaire|platre|partiels)",
            _CLOSE + r"(?:a|on se voit|on se dit a) " + _DAYS["fr"] + _END,
        ],
    },
    "de": {
        "give_away": [
            r"(?:meine?[nms]?|all meine) (?:\w+ ){0,5}(?:verschenkt|weggegeben|vermacht|abgegeben|uberlassen"
            r"|geschenkt)\b",
        ],
        "settled": [
            r"(?:fast |kaum )?nichts mehr (?:ubrig|da)", r"mir bleibt (?:fast )?nichts mehr",
            r"(?:alle|jeder) (?:ist|sind) (?:\w+ )?(?:versorgt|untergebracht|gut aufgehoben)",
            r"(?:brauche|brauch) (?:ich )?(?:das |die |es )?(?:eh |ja )?nicht mehr",
            r"fuhlt sich (?:so )?leicht an",
        ],
        "ordinary_reason": [r"umzug\w*", r"umziehen", r"ziehe um", r"ziehen um", r"verkauft", r"ebay", r"zu klein",
                            r"ausmisten", r"ausgemistet", r"mehr platz", r"minimalis\w*", r"(?:meine|meinen|mein)"
                            r" alte[nrs]? \w+", r"(?:brauchte|wollte) (?:es|sie|ihn)"],
        "prep": [
            r"(?:habe|hab) (?:\w+ )?(?:einen brief|briefe) (?:fur|an) (?:jeden|jede|jeden einzelnen) (?:von euch"
            r"|von ihnen)? ?geschrieben",
            r"(?:testament|mein testament) (?:beim|mit dem|beim) notar (?:\w+ )?(?:gemacht|geregelt|aufgesetzt"
            r"|geandert)",
        ],
        "farewell": [
            r"(?:sie waren|du warst|ihr wart) (?:immer )?(?:so )?(?:gut|freundlich|nett|lieb|wichtig) (?:zu|fur) mir?"
            r"(?= *(?:$|[.!]))",
            r"ich wollte (?:ihnen|dir|euch) (?:nur )?(?:noch )?danke sagen",
        ],
        "child_harm": [
            r"(?:lasst|lasst|liess|lassen|gelassen) (?:\w+ ){0,3}" + _LITTLE["de"] + r"\b[^.!?\n]{0,60}?\b"
            r"(?:stundenlang|tagelang|nachtelang|die ganze nacht|den ganzen tag|nachts|uber nacht|stunden)\b"
            r"[^.!?\n]{0,30}?\ballein",
            r"(?:lasst|liess|lassen|gelassen) (?:\w+ ){0,3}" + _LITTLE["de"] + r"\b[^.!?\n]{0,60}?\ballein\b"
            r"[^.!?\n]{0,30}?\b(?:stundenlang|tagelang|die ganze nacht|den ganzen tag|uber nacht)",
            r"(?:meine|unsere) (?:\w+ ){0,3}(?:tochter|sohn|kleine|kleiner|nichte|neffe|kind)\b[^.!?\n]{0,80}?"
            r"\b(?:stiefvater|onkel|opa|grossvater|trainer|lehrer|nachbar|cousin|freund|er) (?:\w+ )?(?:sie|ihn)"
            r" (?:anfasst|anfasse|anfasst|beruhrt|betatscht|angefasst|fasst (?:sie|ihn) an)",
            r"(?:stiefvater|onkel|opa|trainer|lehrer|nachbar|freund) (?:\w+ )?(?:fasst|beruhrt|betatscht) (?:sie"
            r"|ihn) (?:\w+ ){0,3}(?:an|wenn|unter)",
        ],
        "threat": [
            _FOR_CLASS + _WEAPON["de"] + r"(?: \w+){0,4} (?:mit )?(?:in die|zur) schule (?:\w+ )?(?:mitnehmen|mitbringen|nehmen"
            r"|bringen|mit)",
        ],
        "lethal_means": [
            r"(?:wie viel|wieviel|welche dosis|ab welcher dosis|welche menge)(?: \w+){0,4}? " + _PARACETAMOL
            + r"(?: \w+){0,5}? (?:leber)(?: \w+){0,2}? " + _FOR_GOOD["de"] + r"(?: \w+){0,2}? (?:kaputt|zerstort"
                                                                            r"|schadigt|ruiniert)" + _NOT_CARE,
        ],
        "restriction": [
            r"(?:esse|ass|habe) (?:seit (?:\w+ ){0,2}wochen )?(?:kaum|fast nichts|fast gar nichts|so gut wie"
            r" nichts)(?: mehr)?(?: gegessen)? seit (?:zwei|drei|vier|2|3|4|mehreren) wochen",
        ],
        "ed_effect": [r"(?:fast|beinahe) (?:ohnmachtig geworden|umgekippt|zusammengeklappt)",
                      r"(?:mein )?herz (?:schlagt|rast|stolpert) (?:komisch|seltsam|unregelmassig|wie verruckt)"],
        "laxative": [r"(?:abfuhrmittel|dulcolax|entwasserungstabletten)(?: \w+){0,3} (?:genommen|nehme|geschluckt)"],
        "meal_skipping": [r"(?:esse|ass|gegessen) (?:nur )?(?:einmal|1 mal|1x) (?:am tag|pro tag|taglich)"],
        "death": [
            r"(?:lieber tot|lieber sterben|eher sterbe ich|lieber sterbe ich)[\s\S]{0,200}?\b(?P<at>(?:ist|wars|war"
            r"|es ist) (?:das )?(?:kein|nicht mehr (?:nur )?ein|nicht mehr so ganz ein) (?:witz|spass)(?: mehr)?"
            r"|(?:ich )?mein(?:e)? (?:es|das) (?:inzwischen |mittlerweile )?ernst)",
        ],
        "indirect": [
            r"wenn ich nicht mehr da (?:ware|war),? (?:\w+ ){0,2}(?:meine|mein) \w+ (?:\w+ ){0,2}(?:leiden"
            r"|trauern|vermissen|druber hinwegkommen|daruber hinwegkommen|vergessen|merken)",
            r"hatte nichts dagegen,? wenn mich (?:ein|der|ein) (?:bus|lkw|auto|zug|laster) (?:\w+ )?(?:uberfahrt"
            r"|erwischt|mitnimmt|uberfahren)",
        ],
        "double_dose": [r"(?:doppelte dosis|doppelt so viele|zweimal (?:meine|die) \w*" + _MEDICINE["de"] + r"|die dosis"
                        r" doppelt)(?: \w+){0,4} (?:genommen|geschluckt|eingenommen)" + _NOT_MILD],
        "at_place": [
            r"(?:spring|springe|springen|runterspringen)\b[^\n]{0,200}?\b(?P<at>(?:bin|steh|stehe|sitz|sitze)"
            r"(?:[ .,]+\w+){0,5}? (?:auf dem|aufm|am) (?:balkon|dach|fensterbrett|fenstersims|gelander|brustung))",
            r"(?:bin|steh|stehe|sitz|sitze)(?:[ .,]+\w+){0,5}? (?:auf dem|aufm|am) (?:balkon|dach|fensterbrett"
            r"|gelander|brustung)(?=[^\n]{0,200}\b(?:spring|springe|springen|runterspringen)\b)",
            r"(?:ende|rand) des bahnsteigs?(?=[^\n]{0,160}\bfrage mich,? ob (?:es )?(?:leicht|schnell|weh)"
            r" (?:ware|tun wurde))",
        ],
        "intent": [
            r"(?P<at>(?:habe|hab) mir (?:den|einen|schon den) (?:montag|dienstag|mittwoch|donnerstag|freitag"
            r"|samstag|sonntag|tag|abend|termin) (?:schon )?ausgesucht)" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:frau|mann|partner\w*"
            r"|freundin|eltern|kinder|alle|keiner|niemand)\b[^\n]{0,40}?\b(?:bei ih\w+|bei sein\w+|bei der|bei"
            r" dem|weg|verreist|nicht da|nicht zuhause|nicht zu hause|allein|alleine|unterwegs)\b",
            r"(?:wenn ich|ob ich) (?:jetzt )?(?:einfach )?(?:spring|springe)(?= *(?:$|[.!?,]))",
            r"(?:ich )?(?:will|werde|muss|mochte) (?:jetzt )?(?:einfach )?(?:nur )?(?:runter)?springen(?= *(?:$|[.!?,]))",
        ],
        "crash_method": [
            r"(?:was ware wenn|was war wenn|wenn ich) (?:ich )?(?:jetzt )?(?:einfach )?(?:gegen|in) (?:die|diese"
            r"|eine|den|diesen|einen) (?:wand|mauer|baum|brucke|pfeiler|lkw) (?:fahre|fahr|fahren wurde|lenke"
            r"|rase)",
        ],
        "driving_now": [r"(?:sitze|sitz|bin) (?:gerade |grad |jetzt )?im auto", r"fahre (?:gerade |grad |jetzt )?"
                                                                                r"(?:\d{3}|mit \d{3})"],
        "time_soon": [
            # the day chosen is the plan's time
            r"(?P<at>(?:habe|hab) mir (?:den|einen|schon den) (?:montag|dienstag|mittwoch|donnerstag|freitag"
            r"|samstag|sonntag|tag|abend|termin) (?:schon )?ausgesucht)" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:frau|mann|partner\w*"
            r"|freundin|eltern|kinder|alle|keiner|niemand)\b[^\n]{0,40}?\b(?:bei ih\w+|bei sein\w+|bei der|bei"
            r" dem|weg|verreist|nicht da|nicht zuhause|nicht zu hause|allein|alleine|unterwegs)\b",
           r"jetzt passt(?:s| es)", r"(?:die anderen|alle) sind (?:ubers|das ganze|am) wochenende weg"],
        "idiom": [
            _LETTERS["de"] + r"(?: \w+){0,6}? (?:for|para|pour|fur|zu|zum|zur|per|de|a) (?:the |la |el |le |les |das"
            r" |die |den |o |a |il |lo |mio |my )?" + _OCCASION,
            _SKIPPING["de"],
            r"(?:tschuss|adieu|ade|lebwohl|auf wiedersehen|bye bye) (?:du )?(?:schuchternheit|lampenfieber|angst"
            r"|stress|diat|zigaretten|rauchen|single-?leben|zahnspange|gips)",
            _CLOSE + r"(?:bis|wir sehen uns|sehen uns) (?:am )?" + _DAYS["de"] + _END,
        ],
    },
    "pt": {
        "give_away": [
            r"(?:dei|doei|passei|entreguei|deixei) (?:de presente )?(?:todos |todas )?(?:o meu|a minha|os meus|as"
            r" minhas|meu|minha|meus|minhas) (?:\w+ ){0,3}(?:a|ao|pra|para|pro|à)\b",
            r"(?:^|[.,;] |\be )(?:todos |todas )?(?:os meus|as minhas|meus|minhas|o meu|a minha) (?:\w+ ){1,3}"
            r"(?:ao|pra|para|pro|a) \w+",
        ],
        "settled": [
            r"(?:ja )?(?:quase )?nao (?:me )?(?:sobra|resta) (?:quase )?nada", r"(?:todos|todo mundo|toda gente)"
            r" (?:estao|esta|ficam|fica|ficou|ficaram) (?:\w+ )?(?:arrumad|resolvid|encaminhad|entregue|bem)\w*",
            r"(?:me sinto|sinto-me|sinto me|fico) (?:mais )?leve", r"nao vou (?:mais )?precisar (?:disso|deles"
                                                                       r"|delas)",
        ],
        "ordinary_reason": [r"mudanca", r"me mudar", r"vou mudar", r"mudei", r"vendi", r"olx", r"enjoei",
                            r"ficou pequen\w*", r"mais espaco", r"minimalis\w*", r"(?:meu|minha|meus|minhas)"
                            r" \w+ velh[oa]s?", r"(?:precisava|queria) (?:dele|dela|deles|delas)"],
        "prep": [
            r"(?:escrevi|deixei) (?:uma )?(?:carta|cartas|bilhete|bilhetes) (?:para|pra|a) cada (?:um|uma) (?:de"
            r" voces|deles|delas)",
            r"(?:arrumei|fiz|atualizei|deixei pronto) (?:o|meu|o meu) testamento (?:no|com o|com a) (?:cartorio"
            r"|notario|advogad\w*|tabeliao)",
        ],
        "farewell": [
            r"(?:so )?(?:queria|quis) (?:te |lhe |lhes )?(?:dizer|agradecer)(?: obrigad[oa])?,? (?:voce foi|a senhora"
            r" foi|voces foram|tu foste) (?:muito |tao )?(?:gentil|boa|bom|paciente|importante)s? (?:comigo|pra mim)",
            r"(?:voces foram|voce foi|foste|foram) (?:muito |tao )?importantes? (?:pra mim|para mim)?(?= *(?:$|[.!]))",
        ],
        "child_harm": [
            r"(?:deixa|deixou|deixam|deixava) (?:os |as |seus |suas |dois |duas |tres )?(?:\w+ )?" + _LITTLE["pt"]
            + r"\b[^.!?\n]{0,40}?\bsozinh[oa]s\b[^.!?\n]{0,30}?\b(?:por horas|horas|o dia (?:todo|inteiro)|a noite"
            r" (?:toda|inteira)|de noite|o fim de semana)",
            r"(?:minha|meu|nossa|nosso) (?:\w+ ){0,3}(?:filha|filho|menina|menino|sobrinha|sobrinho)\b[^.!?\n]{0,80}?"
            r"\b(?:padrasto|tio|avo|treinador|professor|vizinho|primo|namorado|ele) (?:\w+ )?(?:toca|tocou|tocava"
            r"|mexe|mexeu|passa a mao) (?:nela|nele|a|o|ela|ele)\b",
        ],
        "threat": [
            _FOR_CLASS + r"(?:levar|leva|vai levar|trazer|levou|levaria) (?:\w+ ){0,3}" + _WEAPON["pt"] + r" (?:\w+ ){0,4}(?:pra|para"
            r"|na|a|ao|pra a) (?:escola|colegio|aula)\b",
        ],
        "lethal_means": [
            r"(?:quanto|quantos|quantas|qual a dose|que dose)(?: \w+){0,4}? (?:de )?" + _PARACETAMOL
            + r"(?: \w+){0,5}? (?:destroi|destruir|estraga|estragar|detona|detonar|acaba com|mata) (?:o|meu|teu)"
              r" figado (?:\w+ )?" + _FOR_GOOD["pt"] + _NOT_CARE,
        ],
        "restriction": [
            r"(?:quase nao|mal|ja quase nao) (?:como|comi|tenho comido)(?: nada)? (?:ha|faz|em|desde ha) (?:duas"
            r"|tres|quatro|2|3|4|varias) semanas",
        ],
        "ed_effect": [r"(?:quase|por pouco) (?:desmaiei|apaguei)", r"(?:o )?coracao (?:esta |ta |tá )?(?:batendo"
                                                                     r"|a bater|bate) (?:estranho|esquisito|disparado)"],
        "laxative": [r"(?:tomei|tomo|tomando|usei) (?:\w+ )?(?:laxantes?|dulcolax|diureticos?)"],
        "meal_skipping": [r"(?:comi|como|comendo) (?:so |apenas )?uma vez (?:ao|por) dia"],
        "death": [
            r"(?:prefiro morrer|antes mort[oa]|melhor mort[oa]|prefiro estar mort[oa])[\s\S]{0,200}?\b(?P<at>(?:ja"
            r" )?(?:nao e|deixou de ser) (?:mais )?(?:tanto )?(?:brincadeira|piada)|nao (?:to|estou|tou) mais"
            r" brincando|(?:agora |desta vez )?(?:acho que )?(?:falo|digo|estou a falar) (?:a serio|serio|de verdade))",
        ],
        "indirect": [
            r"se eu nao (?:estivesse|existisse) mais(?: aqui)?,? (?:\w+ ){0,2}(?:os meus|meus|minha|meu|a minha|o"
            r" meu) \w+ (?:\w+ )?(?:sofreriam|sofreria|sentiriam (?:a minha )?falta|superariam|esqueceriam|se"
            r" recuperariam|perceberiam)",
            r"nao me importava (?:se|que) (?:um|uma|o) (?:onibus|autocarro|caminhao|carro|trem|comboio) (?:me )?"
            r"(?:atropelasse|pegasse|levasse)",
        ],
        "double_dose": [r"tomei (?:\w+ ){0,2}(?:o dobro (?:da|do|dos|das)|dose dupla|duas vezes (?:a|o|os|as)) (?:\w+ )?"
                        + _MEDICINE["pt"] + _NOT_MILD],
        "at_place": [
            r"(?:no fim|na ponta|na beira|no final) da plataforma(?=[^\n]{0,160}\b(?:me pergunto|fico pensando)"
            r" se (?:\w+ )?seria (?:facil|rapido))",
            r"(?:na varanda|no parapeito|na sacada)(?: \w+){0,3}(?=[^\n]{0,200}\b(?:pular|pulo|me jogar|me atirar)\b)",
        ],
        "crash_method": [
            r"(?:e se eu|se eu|vontade de|penso em|pensando em|podia|poderia) (?:simplesmente |so )?(?:virasse|virar"
            r"|jogasse|jogar|atirasse|atirar|enfiasse|enfiar|lancasse|lancar|batesse) (?:o volante|o carro)?"
            r" ?(?:contra|no|na|num|numa|em) (?:aquele|aquela|esse|essa|o|a|um|uma) (?:muro|parede|arvore|poste"
            r"|pilar|ponte|caminhao|camiao)",
        ],
        "driving_now": [r"(?:estou|to|tou) (?:no carro|dirigindo|a conduzir|conduzindo|ao volante)(?: agora)?"
                        r"(?: a \d{2,3})?"],
        "intent": [
            r"(?P<at>(?:ja )?(?:escolhi|marquei) (?:o|a|um) (?:dia|data|sabado|domingo|sexta))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:mulher"
            r"|esposa|marido|pais|todos|filhos)\b[^\n]{0,40}?\b(?:fora|viajando|viaja|na casa|nao esta|nao estao)\b",
        ],
        "time_soon": [
            # the day chosen is the plan's time
            r"(?P<at>(?:ja )?(?:escolhi|marquei) (?:o|a|um) (?:dia|data|sabado|domingo|sexta))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:mulher"
            r"|esposa|marido|pais|todos|filhos)\b[^\n]{0,40}?\b(?:fora|viajando|viaja|na casa|nao esta|nao estao)\b",
           r"agora (?:encaixa|da certo|bate)",
                      r"(?:em|daqui a) (?:\d+|dois|duas|tres|cinco|dez) minutos", r"(?:todos|os outros) (?:vao|estao) (?:fora|viajando)"
                                                                        r" (?:o|este|neste|no) fim de semana"],
        "idiom": [
            _LETTERS["pt"] + r"(?: \w+){0,6}? (?:for|para|pour|fur|zu|zum|zur|per|de|a) (?:the |la |el |le |les |das"
            r" |die |den |o |a |il |lo |mio |my )?" + _OCCASION,
            _SKIPPING["pt"],
            r"(?:adeus|tchau) (?:a |à )?(?:timidez|vergonha|medo de palco|nervosismo|medo|stress|estresse|dieta"
            r"|cigarro|solteirice|aparelho|gesso)",
            _CLOSE + r"(?:ate|nos vemos|a gente se ve) (?:na |no )?" + _DAYS["pt"] + _END,
        ],
    },
    "it": {
        "give_away": [
            r"(?:ho )?(?:regalato|dato|lasciato|donato|ceduto) (?:tutti |tutte )?(?:la mia|il mio|i miei|le mie|la"
            r"|il|lo|i|le) (?:\w+ ){0,3}a\b",
            r"(?:^|[.,;] |\be )(?:tutti |tutte )?(?:i miei|le mie|il mio|la mia) (?:\w+ ){1,3}(?:a mi\w|al|alla|a)"
            r" \w+",
        ],
        "settled": [
            r"(?:cosi )?(?:sono|siete|saranno|stanno) tutti sistemati", r"non mi (?:e )?(?:rimast[oa]|resta)"
            r" (?:piu )?(?:niente|nulla)", r"(?:mi sento|sento) (?:piu )?legger[oa]",
            r"non mi servira(?:nno)? piu",
        ],
        "ordinary_reason": [r"trasloc\w*", r"mi trasferisco", r"trasferimento", r"ho venduto", r"venduto", r"vinted",
                            r"subito", r"non mi sta piu", r"piu spazio", r"minimalis\w*", r"(?:il mio|la mia|i miei"
                            r"|le mie) vecchi[oae]? \w+", r"(?:ne aveva|gli serviva|le serviva)"],
        "prep": [
            r"(?:ho scritto|ho lasciato|scritto) (?:una )?(?:lettera|lettere|biglietto) (?:per|a) (?:ognuno|ciascuno)"
            r" (?:di voi|di loro)",
            r"(?:ho )?(?:sistemato|fatto|rifatto|aggiornato) (?:il|il mio) testamento (?:dal|con il|col|presso il)"
            r" notaio",
        ],
        "farewell": [
            r"(?:siete stati|sei stat[oa]|e stat[oa]) (?:davvero |molto |tanto )?important[ei](?: per me)?(?= *(?:$"
            r"|[.!]))",
            r"volevo (?:solo )?dir(?:le|ti|vi) grazie,? (?:lei e stata|sei stat[oa]|siete stati) (?:molto |cosi )?"
            r"(?:gentile|buon[oa]|paziente)",
        ],
        "child_harm": [
            r"(?:lascia|lasciano|lasciava|ha lasciato) (?:i |le |suoi |sue |due |tre )?(?:\w+ )?" + _LITTLE["it"]
            + r"\b[^.!?\n]{0,40}?\bda sol[ie]\b[^.!?\n]{0,30}?\b(?:per ore|ore|tutto il giorno|tutta la notte|di"
            r" notte|il fine settimana)",
            r"(?:mia|mio|nostra|nostro) (?:\w+ ){0,3}(?:figlia|figlio|bambina|bambino|nipote)\b[^.!?\n]{0,80}?"
            r"\b(?:patrigno|zio|nonno|allenatore|professore|prof|vicino|cugino|fidanzato|lui) (?:\w+ )?(?:la|lo)"
            r" (?:tocca|toccava|ha toccat[oa]|palpa|palpeggia)\b",
        ],
        "threat": [
            _FOR_CLASS + r"(?:portera|porta|portare|portato|porto) (?:\w+ ){0,3}" + _WEAPON["it"] + r" (?:\w+ ){0,4}(?:a|in) scuola"
            r"\b",
        ],
        "lethal_means": [
            r"(?:quanto|quanta|quante|che dose|quale dose|la dose)(?: \w+){0,4}? (?:di )?" + _PARACETAMOL
            + r"(?: \w+){0,5}? (?:distrugge|distruggere|rovina|rovinare|brucia|bruciare|danneggia|uccide) (?:il"
              r"|tuo|mio) fegato (?:\w+ )?" + _FOR_GOOD["it"] + _NOT_CARE,
        ],
        "restriction": [
            r"(?:non mangio quasi piu|mangio pochissimo|quasi non mangio)(?: niente)? da (?:due|tre|quattro|2|3|4"
            r"|diverse) settimane",
        ],
        "ed_effect": [r"(?:sono )?(?:quasi|per poco) svenut[oa]", r"(?:il )?cuore (?:mi )?(?:batte|va) (?:strano"
                                                                   r"|a mille|all impazzata|in modo strano)"],
        "laxative": [r"(?:preso|prendo|prendendo|usato) (?:\w+ )?(?:lassativi|lassativo|dulcolax|diuretici)"],
        "meal_skipping": [r"(?:mangiato|mangio) (?:solo )?una volta al giorno"],
        "death": [
            r"(?:meglio mort[oa]|mejo mort[oa]|preferirei morire|piuttosto morire|preferisco morire)[\s\S]{0,200}?"
            r"\b(?P<at>(?:non|nun) (?:sto )?scherz\w* (?:piu|manco)|non e piu (?:uno scherzo|una battuta)"
            r"|non (?:lo )?dico piu per scherzo|(?:stavolta |adesso |ora )?(?:credo che )?lo (?:dico|penso) (?:sul serio|davvero))",
        ],
        "indirect": [
            r"se (?:io )?non ci fossi piu,? (?:\w+ ){0,2}(?:i miei|mia|mio|la mia|il mio|le mie) ?(?:\w+ )?(?:\w+ )?"
            r"(?:soffrirebbero|soffrirebbe|si riprenderebbero|si riprenderebbe|mi dimenticherebbero|sentirebbero"
            r" la mia mancanza|se ne accorgerebbero)",
            r"non mi dispiacerebbe se (?:mi )?(?:investisse|prendesse|travolgesse) (?:un|il|una) (?:autobus|bus"
            r"|camion|tram|treno|macchina)",
        ],
        "double_dose": [r"(?:ho )?preso (?:\w+ ){0,2}(?:il doppio (?:delle|dei|della|del)|doppia dose|due volte (?:la|le"
                        r"|il|i)) (?:\w+ )?" + _MEDICINE["it"] + _NOT_MILD],
        "at_place": [
            r"(?:in fondo al|sul bordo del|al bordo del|alla fine del) (?:binario|marciapiede)(?=[^\n]{0,160}\bmi"
            r" chiedo se (?:\w+ )?sarebbe (?:facile|veloce|rapido|doloroso))",
            r"(?:sul balcone|sulla ringhiera|sul davanzale)(?: \w+){0,3}(?=[^\n]{0,200}\b(?:saltare|salto|buttarmi"
            r"|mi butto)\b)",
        ],
        "crash_method": [
            r"(?:e se|se|voglia di|penso di|potrei) (?:io )?(?:semplicemente )?(?:girassi|girare|sterzassi|sterzare"
            r"|schiantassi|schiantarmi|lanciassi|buttassi) (?:il volante|la macchina)? ?(?:contro|su) (?:quel|quella"
            r"|il|la|un|una) (?:muro|albero|pilone|ponte|camion|guardrail)",
        ],
        "driving_now": [r"(?:sono|sto) (?:in macchina|guidando|al volante)(?: ora| adesso)?(?: a \d{2,3})?"],
        "intent": [
            r"(?P<at>ho (?:gia )?scelto (?:il|la|un) (?:giorno|data|sabato|domenica|venerdi))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:moglie"
            r"|marito|genitori|tutti|figli)\b[^\n]{0,40}?\b(?:via|fuori|da sua|da suo|non c)\b",
        ],
        "time_soon": [
            # the day chosen is the plan's time
            r"(?P<at>ho (?:gia )?scelto (?:il|la|un) (?:giorno|data|sabato|domenica|venerdi))" + _NOT_OCCASION + r"[^\n]{0,150}?\b(?:moglie"
            r"|marito|genitori|tutti|figli)\b[^\n]{0,40}?\b(?:via|fuori|da sua|da suo|non c)\b",
           r"ora (?:torna|quadra)", r"(?:gli altri|tutti) (?:sono|saranno) via (?:per il|questo|tutto il)"
                                                                   r" (?:fine settimana|weekend)"],
        "idiom": [
            _LETTERS["it"] + r"(?: \w+){0,6}? (?:for|para|pour|fur|zu|zum|zur|per|de|a) (?:the |la |el |le |les |das"
            r" |die |den |o |a |il |lo |mio |my )?" + _OCCASION,
            _SKIPPING["it"],
            r"(?:addio|ciao ciao|ciao) (?:alla |al |allo )?(?:timidezza|ansia da palcoscenico|paura|stress|dieta"
            r"|sigarette|celibato|apparecchio|gesso)",
            _CLOSE + r"(?:ci vediamo|a) " + _DAYS["it"] + _END,
        ],
    },
}

# After blind round 12 (issue 10): the same situations again, as slots rather than phrases.
# - the wish to fall asleep and not wake, with "and just not", "y ya no", "e non ... piu" (C-SSRS 1, passive wish);
# - "I don't want to kill myself, but I don't want to be here either": the second clause is the wish (`death`);
# - urges to self-harm again after a time without (`self_harm_urge`: "a year clean but I really want to again");
# - a place of danger named by its proper name with an apology ("I'm on the X bridge. Sorry for everything":
#   `farewell`), the set-aside rope with a time when the house is asleep (`lethal_means`), the train coming in
#   minutes with "one step" (`lethal_means`), "everything is ready" (`prep`), the height a bridge must be looked
#   up (`lethal_means`, method research);
# - possessions given away "since I won't use them any more" (`settled`);
# - a teenager of one's own self-harming (`child_harm`: the parent's report is a safeguarding matter);
# - drinking most of a bottle a night to switch off (`amount`, `cope`); using opioids alone where no one is there
#   with the naloxone (`opioid_use`);
# - what is not risk: a joke about an exam taken back ("jk", "brincadeira"), "if I don't come back haha" before a
#   jump, a question asked for a leaflet about people in general, a clinician in training practising risk
#   interviews, a form answered "no, never", "these dates hit me hard" (`idiom`, `denial`).
_LAUGH = r"(?:(?:ha|ja|ah|he|je|hi)(?:ha|ja|ah|he|je|hi)+h?\w*|lol\w*|lmf?ao+\w*|xd+|mdr+|ptdr+|k|rs(?:rs)+)"
_NOT_NEG = r"(?<!\bno )(?<!\bnot )(?<!\bnao )(?<!\bnon )(?<!\bnicht )(?<!\bpas )(?<!\bno es )(?<!\bnao e )"
_TAKEN_BACK_WORD = (r"(?:jk|just kidding|just joking|im kidding|es broma|bromeando|era broma|je rigole|jrigole"
                    r"|je deconne|cest une blague|nur spass|spass|war ein witz|brincadeira|zoeira|to brincando"
                    r"|scherzo|scherzavo|sto scherzando)")
_EXAM = (r"(?:exams?|tests?|quiz|midterms?|finals|revision|prova|provas|examen|examenes|parcial|control|partiel"
         r"|interro|controle|bac|prufung|klausur|test|esame|verifica|compito|interrogazione|vestibular|enem)")
# A death word in the sentence of an exam, taken back with "jk"/"brincadeira" in the next words: a student's joke.
_EXAM_JOKE = (r"(?:^|(?<=[.!?\n] ))[^.!?\n]{0,160}\b" + _EXAM + r"\b[^\n]{0,160}?\b" + _NOT_NEG + _TAKEN_BACK_WORD
              + r"\b" + "|(?:^|(?<=[.!?\n] ))[^.!?\n]{0,160}\b" + _TAKEN_BACK_WORD + r"\b(?=[^\n]{0,160}\b" + _EXAM + r"\b)")
_IF_NOT_BACK = (r"(?:if i dont (?:come back|make it)|si no vuelvo|si no regreso|si (?:je )?(?:ne )?reviens pas"
                r"|wenn ich nicht (?:zuruckkomme|wiederkomme)|se (?:eu )?nao voltar|se non torno)[^\n]{0,120}?\b" + _LAUGH
                + r"\b")
_FOR_LEAFLET = (r"(?:leaflet|flyer|brochure|poster|pamphlet|volantino|opuscolo|locandina|folleto|volante|cartel|triptico"
                r"|depliant|plaquette|affiche|faltblatt|broschure|plakat|folheto|panfleto|cartaz)")
_SOMEONE = (r"(?:if (?:a person|someone|somebody)|se (?:una persona|qualcuno)|si (?:una persona|alguien)"
            r"|si (?:une personne|quelquun)|wenn (?:eine person|jemand)|se (?:uma pessoa|alguem))")
_LEAFLET_QUESTION = _SOMEONE + r"\b[^\n]{0,200}?\b" + _FOR_LEAFLET + r"\b"
_TRAINING = (r"(?:(?:in )?training|trainee|placement|residency|formation|stage|formacion|practicas|ausbildung"
             r"|student|etudiante?|estudiante|studentin|estudante|studentessa|studente|module|modulo|cours|course"
             r"|thesis|dissertation|memoire|tesi|tese|tfg|masterarbeit|bachelorarbeit|seminar|seminaire"
             r"|weiterbildung|praktikum|formazione|tirocinio|specializzazione|formacao|estagio|residencia)")
_RISK_INTERVIEW = (r"(?:suicide[- ]risk (?:\w+ )?(?:interviews?|assessments?)|suizid[- ]?risiko\w*(?:-\w+)?"
                   r"|entrevistas? de (?:riesgo suicida|riesgo de suicidio)|l?evaluations? du risque suicidaire"
                   r"|valutazion[ei] del rischio (?:suicidario|di suicidio)|avaliac(?:ao|oes) (?:do |de )?risco"
                   r" (?:de )?suicid\w*|colloqui\w* sul rischio suicidario)")
_TRAINING_INTERVIEW = _TRAINING + r"\b[^\n]{0,160}?\b" + _RISK_INTERVIEW
_FORM = r"(?:form|questionnaire|survey|intake|formulario|cuestionario|encuesta|ficha|fragebogen|formular|anamnesebogen|questionario|modulo)"
# "The doctor asked whether I had ever thought of killing myself. Never, thank God." (round 13): a question asked
# by someone else, answered no at the start of the next sentence.
_ASKED_NO = (r"\b(?:asked|ask|asks|pregunto|preguntaron|pergunto|perguntaram|perguntou|demande|demandait|a demande"
             r"|gefragt|fragte|fragt|chiesto|chiedeva|domandato)\b[^\n]{0,40}?\b(?:if|whether|si|se|ob)\b[^\n]{0,120}?[.?!]"
             r" ?(?:no|non|nein|nao|never|nunca|jamais|nie|niemals|mai|nope)\b(?! (?:one|body|longer|more|way|hope|point|reason"
             r"|future|quiero|puedo|aguanto|puede|quero|consigo|posso|voglio|ce|plus|pas|mehr|lo se|sei|sais|se)\b)")
# A call-out attended at work: "we were called out to a suicide attempt" (a paramedic's, a nurse's day).
_CALL_OUT = (r"(?:einsatz|call ?out|called out|attended|intervention|salida|aviso|chiamata|intervento|ocorrencia"
             r"|atendimento) (?:\w+ ){0,2}(?:nach|bei|wegen|to|for|pour|por|de|per|a|di|dopo) (?:an? |einem |une |un |uma"
             r" |uno )?(?:suizidversuch|suicide attempt|overdose|tentative de suicide|intento de suicidio|tentativo di"
             r" suicidio|tentativa de suicidio)")
_FORM_NO = _FORM + r"\b[^\n]{0,120}?[:?] ?(?:no|non|nein|nao|never|nunca|jamais|nie|mai)(?:,? (?:never|nunca|jamais|nie|mai|nope))?\b"
_ROPE = {"en": r"(?:rope|noose|cord)", "es": r"(?:cuerda|soga)", "fr": r"(?:corde)", "de": r"(?:seil|strick)",
         "pt": r"(?:corda)", "it": r"(?:corda|cappio)"}
_RAIL = {"en": r"(?:train|tube|metro|subway)", "es": r"(?:tren|metro|subte)", "fr": r"(?:train|metro|rer|tram)",
         "de": r"(?:zug|bahn|u-bahn|s-bahn|ice)", "pt": r"(?:trem|comboio|metro)", "it": r"(?:treno|metro|metropolitana)"}
_STEP = {"en": r"(?:one|a|a single) step", "es": r"(?:un|un solo) paso", "fr": r"(?:un|un seul) pas",
         "de": r"(?:einen|ein|einen einzigen) schritt", "pt": r"(?:um|um so) passo", "it": r"(?:un|un solo) passo"}
_EASY = {"en": r"(?:easy|simple|quick)", "es": r"(?:facil|sencillo|rapido)", "fr": r"(?:simple|facile|rapide)",
         "de": r"(?:einfach|leicht|schnell)", "pt": r"(?:facil|simples|rapido)", "it": r"(?:facile|semplice|veloce)"}
_TEEN = {"en": r"(?:my|our) (?:\d{2} ?(?:year ?old|yo) )?(?:daughter|son|teenager|kid|child|girl|boy)(?: \(?\d{2}\)?)?",
         "es": r"mi (?:hija|hijo|nena|nene)(?: de \d{1,2} anos)?", "fr": r"(?:ma fille|mon fils|mon ado)(?: de \d{1,2} ans)?",
         "de": r"(?:meine tochter|mein sohn)(?: \(\d{1,2}\))?(?: ist \d{1,2})?",
         "pt": r"(?:minha filha|meu filho)(?: de \d{1,2} anos)?", "it": r"(?:mia figlia|mio figlio)(?: di \d{1,2} anni)?"}
_CUTS = {"en": r"(?:is cutting (?:herself|himself)|cuts (?:herself|himself)|has been cutting(?: (?:herself|himself))?"
               r"|is self[- ]?harming|self[- ]?harms|has been self[- ]?harming|burns (?:herself|himself))",
         "es": r"(?:se corta|se esta cortando|se ha estado cortando|se autolesiona|se lastima los brazos|se quema)",
         "fr": r"(?:se scarifie|se coupe|se mutile|se fait du mal|se brule)",
         "de": r"(?:ritzt sich|schneidet sich|verletzt sich selbst|hat sich geritzt)",
         "pt": r"(?:se corta|esta se cortando|se automutila|se machuca de proposito|se mutila)",
         "it": r"(?:si taglia|si sta tagliando|si autolesiona|si fa del male|si ferisce)"}
# "One step back to let the crowd on": a step away from the edge is no step off it.
_NOT_BACK = (r"(?! (?:back|backwards|aside|away|atras|hacia atras|para atras|en arriere|de cote|zuruck|nach hinten"
             r"|para tras|indietro))")
_R12: dict[str, dict[str, list[str]]] = {
    "en": {
        "death": [r"(?:wish i could|want to|wanna|id like to|would love to|just want to|id rather) (?:\w+ ){0,2}(?:fall"
                  r" asleep|go to sleep|sleep)(?: \w+){0,2} and (?:just )?(?:not|never|never ever) (?:wake|ever wake)(?: up)?(?: again)?",
                  r"(?:die|dead|kill myself|suicid\w*|end it|matarme|morir\w*|desvivir\w*|mourir|me tuer|sterben|umbringen|tot sein|me matar|morrer|desviver|morire|ammazzarmi|uccidermi)[^.!?\n]{0,80}?\b" r"(?P<at>(?:i )?(?:dont|do not) want to (?:be here|exist|be alive) either)"],
        "self_harm_urge": [r"(?:clean|without cutting|havent cut|not cut|free)\b[^.!?\n]{0,60}\b(?:but|and) (?:\w+ ){0,4}"
                           r"(?:urges?|want to|wanting to|craving|itching) (?:\w+ ){0,3}(?:again|back|so bad|badly)"],
        "farewell": [r"sorry (?:for|about) (?:everything|it all)", r"please dont be (?:angry|mad)(?: with me)?"],
        "at_place": [r"(?:im|i am) on (?:the )?[a-z0-9 ]{2,30} bridge(?= *[.,!]? *(?:sorry (?:for|about) (?:everything|it all|all of it)|forgive me))"],
        "lethal_means": [r"(?:set|put|laid|got) (?:\w+ ){0,2}" + _ROPE["en"] + r" (?:aside|ready|out)"
                         + r"(?![^\n]{0,120}\b(?:skipping|camping|climbing|boat|tent|garden|washing line|clothes ?line|laundry|washing))",
                         _RAIL["en"] + r"\b[^\n]{0,120}?\b(?:\d+|one|two|three|four|five) minutes?\b[^\n]{0,120}?\b"
                         + r"(?P<at>" + _EASY["en"] + r"\b(?:(?!miss|perd|rate|verpass)[^\n]){0,40}?\b" + _STEP["en"] + r")" + _NOT_BACK,
                         r"(?:googled|looked up|searched|checked) (?:how high|the height) (?:\w+ ){0,3}(?:bridge|building"
                         r"|fall) (?:\w+ ){0,2}(?:needs?|has) to be" + r"(?![^\n]{0,60}\b(?:lorry|truck|van|bus|boat|ship|mast|camion|furgoneta|barco|bateau|peniche|lkw|schiff|caminhao|barco|navio|camion|nave|barca)\b)"],
        "access": [r"everything is (?:ready|prepared|in place|sorted)(?= *[.!]? *(?:tonight|today|please|sorry|$))"],
        "settled": [r"(?:i|im) (?:wont|will not|not going to|never going to) (?:use|need) (?:them|it|those) (?:any ?more"
                    r"|again)"],
        "child_harm": [_TEEN["en"] + r" " + _CUTS["en"]],
        "amount": [r"(?:most|half|the rest|nearly all|almost all) of a (?:bottle|26er|40 ?oz|fifth|handle|mickey|litre"
                   r"|liter) (?:of (?:vodka|wine|whisky|whiskey|gin|rum|tequila|brandy))?", r"a (?:26er|mickey|handle)"],
        "cope": [r"(?:just )?to (?:switch|turn|shut) (?:my brain|my head|my mind|everything|it all) off",
                 r"(?:just )?to (?:switch|turn|shut) off (?:my brain|my head|my mind)"],
        "opioid_use": [r"(?:using|use|shooting up|fixing)\b(?= (?:on my own|alone|by myself)[^\n]{0,200}\b(?:naloxone"
                       r"|narcan|nyxoid|prenoxad)\b)"],
        "idiom": [_EXAM_JOKE, _IF_NOT_BACK, _LEAFLET_QUESTION, _TRAINING_INTERVIEW, _CALL_OUT,
                  r"(?:anniversary|time of year|these dates|this date|the date|grief|it|this) (?:always |really |still )?"
                  r"hits me (?:hard|really hard|so hard)"],
        "denial": [_FORM_NO, _ASKED_NO],
    },
    "es": {
        "death": [r"(?:quisiera|quiero|querria|ojala|me gustaria|desearia|solo pido) (?:\w+ ){0,2}(?:dormirme|dormir"
                  r"|quedarme dormid[oa])(?: \w+){0,2} y (?:ya )?(?:no|nunca) (?:volver a )?despertar(?:me)?(?: mas| nunca)?",
                  r"(?:die|dead|kill myself|suicid\w*|end it|matarme|morir\w*|desvivir\w*|mourir|me tuer|sterben|umbringen|tot sein|me matar|morrer|desviver|morire|ammazzarmi|uccidermi)[^.!?\n]{0,80}?\b" r"(?P<at>tampoco quiero (?:estar|seguir) (?:aqui|aca|viv[oa]|en este mundo))(?= *(?:$|[.,;!?]))"],
        "self_harm_urge": [r"(?:hace|llevo) (?:un ano|\w+ (?:anos|meses|semanas)|mucho)(?: \w+){0,3} (?:que )?(?:no|sin)"
                           r" (?:me )?(?:cort\w*|hago dano|lastimo|autolesion\w*)[^.!?\n]{0,80}\b(?:(?:ganas|necesidad) (?:\w+ ){0,3}"
                           r"(?:otra vez|de nuevo|de volver)|(?:otra vez|de nuevo) (?:\w+ )?ganas de (?:cortarme|hacerme"
                           r" dano|lastimarme))", r"(?:muchisimas|muchas|tantas) ganas (?:otra vez|de nuevo)(?=[^\n]{0,40}\baguant)"],
        "farewell": [r"(?:perdon|perdonen|perdoname|perdonadme|lo siento) (?:por|de) todo", r"no (?:se enojen|se enfaden|os"
                     r" enfadeis)(?: conmigo)?"],
        "lethal_means": [r"(?:ya )?(?:aparte|guarde|deje|prepare|tengo) (?:lista |preparada )?(?:la )?" + _ROPE["es"]
                         + r"(?: (?:lista|preparada|aparte))?(?![^\n]{0,120}\b(?:saltar|comba|acampar|camping|escalar|tendedero|tender|ropa))",
                         _RAIL["es"] + r"\b[^\n]{0,120}?\b(?:\d+|uno|dos|tres|cuatro|cinco) minutos?\b[^\n]{0,120}?\b"
                         + r"(?P<at>" + _EASY["es"] + r"\b(?:(?!miss|perd|rate|verpass)[^\n]){0,40}?\b(?:dar )?" + _STEP["es"] + r")" + _NOT_BACK,
                         r"(?:googlee|busque|mire|averigue) (?:que tan alto|cuan alto|la altura) (?:\w+ ){0,4}(?:puente"
                         r"|edificio)" + r"(?![^\n]{0,60}\b(?:lorry|truck|van|bus|boat|ship|mast|camion|furgoneta|barco|bateau|peniche|lkw|schiff|caminhao|barco|navio|camion|nave|barca)\b)"],
        "access": [r"(?:esta|ya esta) todo (?:listo|preparado)(?= *[.!]? *(?:esta noche|hoy|por favor|perdon|$))"],
        "settled": [r"(?:total )?(?:ya )?no (?:las|los|lo|la) (?:voy a|vuelvo a) (?:usar|necesitar)"],
        "child_harm": [_TEEN["es"] + r" " + _CUTS["es"]],
        "idiom": [_EXAM_JOKE, _IF_NOT_BACK, _LEAFLET_QUESTION, _TRAINING_INTERVIEW, _CALL_OUT,
                  r"(?:ya )?me cargo el payaso",
                  r"(?:fechas|dias|aniversario|recuerdo|nostalgia|tristeza|bajon|duelo|esto|eso|noticia|epoca|navidad"
                  r"|mes|ano) (?:siempre |todavia |aun )?me (?:pega|golpea|da) (?:muy )?(?:fuerte|duro)"],
        "denial": [_FORM_NO, _ASKED_NO],
    },
    "fr": {
        "death": [r"(?:voudrais|veux|aimerais|souhaite|envie de) (?:\w+ ){0,2}(?:mendormir|dormir) et (?:ne )?(?:plus"
                  r"|jamais|pas|plus jamais) (?:me )?(?:reveiller|me reveiller)(?: jamais)?",
                  r"(?:pense|pensee?s?|envie) a me desviv\w*", r"me desviv\w*(?= de plus en plus)",
                  r"(?:die|dead|kill myself|suicid\w*|end it|matarme|morir\w*|desvivir\w*|mourir|me tuer|sterben|umbringen|tot sein|me matar|morrer|desviver|morire|ammazzarmi|uccidermi)[^.!?\n]{0,80}?\b" r"(?P<at>(?:je )?(?:ne )?veux (?:pas|plus) (?:etre la|exister|etre ici) non plus)"],
        "self_harm_urge": [r"(?:ca fait|depuis) (?:un an|\w+ (?:ans|mois|semaines))(?: \w+){0,3} (?:que )?(?:je )?(?:ne )?"
                           r"(?:me )?(?:scarifie|coupe|suis clean)\w*[^.!?\n]{0,60}\b(?:envie|besoin) (?:\w+ ){0,3}"
                           r"(?:encore|de nouveau|a nouveau|de recommencer)"],
        "farewell": [r"(?:pardon|desole|desolee|excusez-moi|excusez moi) pour tout", r"(?:ne )?(?:soyez|sois) pas fache"
                     r"s?(?: contre moi)?"],
        "lethal_means": [r"(?:jai )?(?:mis|prepare|garde|sorti) (?:\w+ ){0,2}" + _ROPE["fr"] + r" (?:de cote|prete|pret)"
                         + r"(?![^\n]{0,120}\b(?:sauter|escalade|camping|linge|etendre))",
                         _RAIL["fr"] + r"\b[^\n]{0,120}?\b(?:\d+|une|deux|trois|quatre|cinq) minutes?\b[^\n]{0,120}?\b"
                         + r"(?P<at>" + _EASY["fr"] + r"\b(?:(?!miss|perd|rate|verpass)[^\n]){0,40}?\b(?:faire )?(?:juste )?" + _STEP["fr"] + r")" + _NOT_BACK,
                         r"(?:googlise|cherche|regarde|verifie) (?:quelle hauteur|la hauteur) (?:\w+ ){0,4}(?:pont"
                         r"|immeuble)" + r"(?![^\n]{0,60}\b(?:lorry|truck|van|bus|boat|ship|mast|camion|furgoneta|barco|bateau|peniche|lkw|schiff|caminhao|barco|navio|camion|nave|barca)\b)"],
        "access": [r"tout est (?:pret|prepare)(?= *[.!]? *(?:ce soir|cette nuit|aujourdhui|pardon|$))"],
        "settled": [r"(?:je )?(?:ne )?(?:men|les|l) (?:servirai|utiliserai|aurai besoin) plus"],
        "child_harm": [_TEEN["fr"] + r" " + _CUTS["fr"]],
        "idiom": [_EXAM_JOKE, _IF_NOT_BACK, _LEAFLET_QUESTION, _TRAINING_INTERVIEW, _CALL_OUT,
                  r"(?:ces dates|cette periode|lanniversaire|cette date|ca) me (?:touche|frappe) (?:tres )?fort"],
        "denial": [_FORM_NO, _ASKED_NO],
    },
    "de": {
        "death": [r"(?:mochte|will|wurde (?:gern|am liebsten)|wunsch\w* mir|am liebsten|einfach) (?:\w+ ){0,3}einschlafen"
                  r" und (?:\w+ )?(?:nicht|nie) (?:mehr |wieder )*aufwachen",
                  r"(?:die|dead|kill myself|suicid\w*|end it|matarme|morir\w*|desvivir\w*|mourir|me tuer|sterben|umbringen|tot sein|me matar|morrer|desviver|morire|ammazzarmi|uccidermi)[^.!?\n]{0,80}?\b" r"(?P<at>(?:will|mochte) (?:aber )?auch nicht mehr (?:hier|da) sein)"],
        "self_harm_urge": [r"(?:seit|schon) (?:einem jahr|\w+ (?:jahren|monaten|wochen))(?: \w+){0,4} (?:nicht mehr )?"
                           r"(?:geritzt|clean|ritzfrei)[^.!?\n]{0,60}\b(?:drang|druck|lust|will|mochte)\b(?: \w+){0,4}"
                           r" (?:wieder|wieder zu ritzen)"],
        "farewell": [r"(?:entschuldigt|verzeiht|entschuldigung|sorry) (?:fur )?alles", r"(?:bitte )?(?:nicht|seid nicht"
                     r"|sei nicht) (?:bose|sauer)(?: sein)?(?: auf mich)?"],
        "lethal_means": [r"(?:das |den |ein |einen )?" + _ROPE["de"] + r" (?:liegt |ist |habe ich )?(?:bereit|bereitgelegt"
                         r"|zurechtgelegt|beiseitegelegt)",
                         _RAIL["de"] + r"\b[^\n]{0,120}?\b(?:\d+|einer|zwei|drei|vier|funf) minuten?\b[^\n]{0,120}?\b"
                         + r"(?P<at>" + _EASY["de"] + r"\b(?:(?!miss|perd|rate|verpass)[^\n]){0,40}?\b" + _STEP["de"] + r")" + _NOT_BACK,
                         r"(?:gegoogelt|recherchiert|nachgeschaut|nachgesehen|gesucht) wie hoch (?:eine|die|ein) (?:brucke"
                         r"|gebaude|haus|fall) (?:\w+ ){0,2}(?:sein muss|sein musste)" + r"(?![^\n]{0,60}\b(?:lorry|truck|van|bus|boat|ship|mast|camion|furgoneta|barco|bateau|peniche|lkw|schiff|caminhao|barco|navio|camion|nave|barca)\b)"],
        "access": [r"(?:es )?ist alles (?:vorbereitet|bereit|erledigt)(?= *[.!]? *(?:heute|bitte|tut mir leid|entschuld"
                 r"|$))"],
        "time_soon": [r"in (?:\d+|einer|zwei|drei|vier|funf|zehn) minuten"],
        "settled": [r"(?:ich )?(?:brauche|benutze|nutze) (?:sie|es|die|das) (?:eh |sowieso )?nicht mehr"],
        "child_harm": [_TEEN["de"] + r" " + _CUTS["de"]],
        "idiom": [_EXAM_JOKE, _IF_NOT_BACK, _LEAFLET_QUESTION, _TRAINING_INTERVIEW, _CALL_OUT,
                  r"(?:diese tage|der jahrestag|diese zeit|das datum|das) (?:trifft|nimmt) mich (?:immer )?(?:sehr |hart"
                  r"|schwer|ganz schon mit)"],
        "denial": [_FORM_NO, _ASKED_NO],
    },
    "pt": {
        "death": [r"(?:queria|quero|gostaria de|so queria|preferia) (?:\w+ ){0,2}(?:dormir|adormecer) e (?:ja )?(?:nao"
                  r"|nunca mais) (?:mais )?acordar(?: mais)?",
                  r"(?:die|dead|kill myself|suicid\w*|end it|matarme|morir\w*|desvivir\w*|mourir|me tuer|sterben|umbringen|tot sein|me matar|morrer|desviver|morire|ammazzarmi|uccidermi)[^.!?\n]{0,80}?\b" r"(?P<at>tambem nao quero (?:estar|ficar|continuar) (?:aqui|viv[oa]))(?= *(?:$|[.,;!?]))",
                  r"(?:todo mundo|todos|toda a gente|minha familia|a minha familia) (?:\w+ )?(?:ia|iria|vai|ficaria"
                  r"|ficava) (?:ficar )?melhor sem mim"],
        "self_harm_urge": [r"(?:faz|ha) (?:um ano|\w+ (?:anos|meses|semanas))(?: \w+){0,3} (?:que )?(?:nao|sem) (?:me )?"
                           r"cort\w*[^.!?\n]{0,60}\b(?:vontade|necessidade) (?:\w+ ){0,3}(?:de novo|outra vez|de voltar)"],
        "farewell": [r"(?:desculpem|desculpa|desculpe|perdoem|perdao|me perdoem) (?:por |de )?tudo", r"nao (?:fiquem"
                     r"|fique) (?:bravos?|zangados?|chateados?)(?: comigo)?"],
        "at_place": [r"(?:estou|to|tou) na ponte [a-z0-9 ]{1,30}(?= *[.,!]? *(?:desculp\w*|perdo\w*|me perdoem) (?:por |de )?tudo)"],
        "lethal_means": [r"(?:ja )?(?:separei|preparei|guardei|deixei pronta|arranjei) (?:a |uma )?" + _ROPE["pt"]
                         + r"(?![^\n]{0,120}\b(?:pular|escalada|acampar|varal|roupa|estender))",
                         _RAIL["pt"] + r"\b[^\n]{0,120}?\b(?:\d+|um|dois|tres|quatro|cinco) minutos?\b[^\n]{0,120}?\b"
                         + r"(?P<at>" + _EASY["pt"] + r"\b(?:(?!miss|perd|rate|verpass)[^\n]){0,40}?\b(?:dar )?" + _STEP["pt"] + r")" + _NOT_BACK,
                         r"(?:pesquisei|googlei|procurei|vi) (?:qual a altura|a altura|que altura) (?:\w+ ){0,4}(?:ponte"
                         r"|predio)" + r"(?![^\n]{0,60}\b(?:lorry|truck|van|bus|boat|ship|mast|camion|furgoneta|barco|bateau|peniche|lkw|schiff|caminhao|barco|navio|camion|nave|barca)\b)"],
        "access": [r"(?:ja )?(?:esta|ta) tudo (?:pronto|preparado)(?= *[.!]? *(?:hoje|esta noite|desculp|por favor|$))"],
        "settled": [r"(?:ja )?nao (?:vou|irei) (?:mais )?(?:usar|precisar)(?: mais| deles| delas| disso)?"],
        "child_harm": [_TEEN["pt"] + r" " + _CUTS["pt"]],
        "idiom": [_EXAM_JOKE, _IF_NOT_BACK, _LEAFLET_QUESTION, _TRAINING_INTERVIEW, _CALL_OUT,
                  r"(?:essas datas|esta data|essa data|o aniversario|essa epoca|isso) (?:sempre )?me (?:bate|pega|atinge)"
                  r" (?:muito )?forte"],
        "denial": [_FORM_NO, _ASKED_NO],
    },
    "it": {
        "death": [r"(?:vorrei|voglio|vorrei solo|preferirei) (?:\w+ ){0,2}(?:addormentarmi|dormire) e (?:non )?(?:mai piu )?"
                  r"(?:svegliarmi|risvegliarmi)(?: piu| mai piu)?",
                  r"(?P<at>non ho (?:piu )?voglia di esistere)", r"(?:voglia di |vorrei |tipo )spegnermi (?:e basta"
                  r"|per sempre)",
                  r"(?P<at>(?:fra|tra) (?:un ?ora|mezzora|poco|\d+ minuti) non ci (?:sono|saro) piu)",
                  # Neapolitan: "senza 'e me stessero tutte meglio", "song sulo nu pesa"
                  r"senza (?:e |di )?me (?:stessero|starebbero|stanno|stariano) (?:\w+ ){0,2}(?:meglio|buono)",
                  r"(?:song|sono) (?:sulo|solo) (?:nu|un) (?:pesa|peso)(?: pe| per)"],
        "self_harm_urge": [r"(?:e|da) (?:un anno|\w+ (?:anni|mesi|settimane))(?: \w+){0,3} (?:che )?(?:non|senza) (?:mi )?"
                           r"tagli\w*[^.!?\n]{0,60}\b(?:voglia|bisogno) (?:\w+ ){0,3}(?:di nuovo|ancora|di rifarlo)"],
        "farewell": [r"(?:scusate|perdonate|scusami|perdonatemi) (?:per |di )?tutto", r"non (?:arrabbiatevi|vi"
                     r" arrabbiate|essere arrabbiat[oa])"],
        # Sicilian: "sugnu supra u ponti" (the normaliser reads "u" as "you")
        "at_place": [r"(?:sugnu|sono|so) (?:supra|ncapu|sopra|sul) (?:u |you |il )?(?:ponti|ponte)"],
        "hopeless": [r"nun (?:ci )?(?:a )?(?:fazzu|fazz|fazzo) (?:cchiu|chiu|piu)"],
        "voices_worse": [r"(?:vuci|voci)\b[^.!?\n]{0,40}\b(?:sentu|sento) (?:\w+ ){0,2}(?:puru|pure|anche) di (?:jornu"
                         r"|giorno)", r"(?:vuci|voci)\b[^\n]{0,120}\b(?:sunnu|sono) di (?:cchiu|piu)"],
        "lethal_means": [r"(?:ho )?(?:messo da parte|preparato|tenuto pronta|lasciato pronta) (?:la )?" + _ROPE["it"]
                         + r"(?![^\n]{0,120}\b(?:saltare|arrampicata|campeggio|panni|bucato|stendere))",
                         _RAIL["it"] + r"\b[^\n]{0,120}?\b(?:\d+|uno|due|tre|quattro|cinque) minuti?\b[^\n]{0,120}?\b"
                         + r"(?P<at>" + _EASY["it"] + r"\b(?:(?!miss|perd|rate|verpass)[^\n]){0,40}?\b(?:fare )?" + _STEP["it"] + r")" + _NOT_BACK,
                         r"(?:cercato|googlato|guardato) (?:quanto alto|l altezza|laltezza) (?:\w+ ){0,4}(?:ponte"
                         r"|palazzo)" + r"(?![^\n]{0,60}\b(?:lorry|truck|van|bus|boat|ship|mast|camion|furgoneta|barco|bateau|peniche|lkw|schiff|caminhao|barco|navio|camion|nave|barca)\b)"],
        "access": [r"(?:e )?tutto pronto(?= *[.!]? *(?:stasera|stanotte|oggi|scusate|per favore|$))"],
        "settled": [r"(?:tanto )?non (?:li|le|lo|la) (?:usero|useró|usero piu|servira|serviranno) piu"],
        "child_harm": [_TEEN["it"] + r" " + _CUTS["it"]],
        "idiom": [_EXAM_JOKE, _IF_NOT_BACK, _LEAFLET_QUESTION, _TRAINING_INTERVIEW, _CALL_OUT,
                  r"(?:queste date|questo periodo|lanniversario|questa data) (?:mi )?(?:colpisce|pesa|fa male) (?:tanto"
                  r"|forte|molto)"],
        "denial": [_FORM_NO, _ASKED_NO],
    },
}
for _lang, _parts in _R12.items():
    for _name, _alts in _parts.items():
        PARTS.setdefault(_lang, {}).setdefault(_name, []).extend(_alts)

# After blind round 13 (issue 10): at the tracks with a train due. The round-12 rule needed "N minutes" and an
# "easy ... one step"; people say it with a clock time ("the 23:10"), "every few minutes", "right away", a train
# that passes without stopping, and a step forward or off the edge, or going to the tracks after a hopeless turn.
# Three slots, composed in `compose.py` (`train_due_at_tracks`): `track` (at or going to the platform or the
# tracks), `train_due` (a train named with a time soon, a clock time or passing through) and `step_off` (a step
# forward, off the edge, in front of the train; not a step back). Rail suicide: Ratnayake et al. 2007 (method at
# hand, time fixed by the timetable).
_TRAIN = (r"(?:trains?|tube|metro|subway|freight|express|intercity|tren(?:es)?|cercanias|ave|rer|tgv|ter|tram|zug"
          r"|zuge|bahn|u-bahn|s-bahn|ice|ic|regionalbahn|regionalexpress|guterzug|comboios?|trem|alfa|regionale"
          r"|treno|treni|frecciarossa|freccia|intercity|merci)")
_DUE = (r"(?:every (?:few|couple of|\d+|two|three|five) min\w*|in (?:\d+|a few|two|three|five) min\w*|any (?:minute|second)"
        r"|(?:comes?|coming|go(?:es)?|going|rushe?s?|fly|flies) (?:straight )?(?:through|past|by)|without stopping"
        r"|(?:at|the) \d{1,2}[:.h]\d{2}|de las \d{1,2}[:.h]\d{2}|a las \d{1,2}[:.h]\d{2}|cada (?:pocos|\d+) minutos"
        r"|pasa (?:sin parar|de largo|en \d+)|pasa (?:\w+ ){0,2}puntual|sin parar|en un rato|ahorita|ya viene"
        r"|(?:de|a) \d{1,2}h\d{0,2}|toutes les (?:\d+|quelques) minutes|passe (?:sans sarreter|dans \d+)|sans sarreter"
        r"|dans (?:\d+|deux|trois|cinq) minutes|arrive dans|um \d{1,2}[:.]\d{2}|gleich|sofort|jeden moment"
        r"|alle (?:paar|\d+) minuten|fahrt (?:\w+ ){0,2}durch|ohne (?:zu )?halten|ohne halt|rauscht (?:\w+ ){0,2}durch"
        r"|das (?:\d{1,2}[:.]\d{2})|(?:as|das) \d{1,2}[:h.]\d{2}|passa (?:sem parar|daqui a)|sem parar|daqui a (?:pouco"
        r"|\d+ minutos)|a cada (?:\d+|poucos) minutos|delle \d{1,2}[:.]\d{2}|alle \d{1,2}[:.]\d{2}|tra poco|fra poco"
        r"|ogni (?:pochi|\d+) minuti|passa (?:senza fermarsi|tra|fra)|senza fermarsi|a momenti)")
# Only the train word or the time is the span, the rest a look-ahead: the place ("I'm going to the tracks") said
# between them is its own part.
_TRAIN_DUE = (r"(?:" + _TRAIN + r"(?=\b[^.!?\n]{0,60}?\b" + _DUE + r"\b)|" + _DUE + r"(?=\b[^.!?\n]{0,40}?\b" + _TRAIN
              + r"\b))")
_R13: dict[str, dict[str, list[str]]] = {
    "en": {"track": [r"(?:on|at) (?:the )?platform(?: \d+)?|platform \d+|(?:on|at|by|near|to|onto) the (?:tracks"
                     r"|rails|railway line|level crossing)|(?:at|on) the edge of the platform"],
           "step_off": [r"(?:step|jump|walk|fall) (?:off|over) the (?:edge|platform)|step (?:out )?(?:forward|onto the"
                        r" (?:tracks|line))|(?:step|jump|walk) in front of (?:it|the train|one)" + _NOT_BACK]},
    "es": {"track": [r"(?:me voy|voy|ir|estoy|sigo) (?:a |en |junto a |cerca de )?(?:las )?vias|en el anden|al borde del anden"
                     r"|(?:junto|cerca) (?:a|de) las vias"],
           "step_off": [r"(?:un|un solo) paso (?:adelante|al frente|hacia (?:las vias|delante))|(?:tirarme|saltar|ponerme)"
                        r" (?:delante del|al|frente al) tren"]},
    "fr": {"track": [r"sur le quai|au bord du quai|(?:sur|pres des|vers les|le long des) (?:voies|rails)"],
           "step_off": [r"(?:un|un seul) pas (?:en avant|de plus)|(?:sauter|me jeter|me mettre) (?:devant|sous) le train"]},
    "de": {"track": [r"(?:am|auf dem|auf|an den|zu den|neben den|bei den) (?:gleis|gleisen|bahnsteig|bahnsteigkante"
                     r"|schienen|bahnubergang)"],
           "step_off": [r"(?:einen|ein|einen einzigen) schritt (?:nach vorn|nach vorne|vor|weiter)|(?:vor|unter) den zug"
                        r" (?:springen|werfen|legen|laufen|gehen)"]},
    "pt": {"track": [r"(?:na|a|junto a|perto da) linha(?: do comboio| do trem| ferrea)?\b(?=[^\n]{0,80}\b(?:comboio|trem))"
                     r"|(?:nos|aos|perto dos|junto aos) (?:trilhos|carris)|na (?:plataforma|gare)|na beira da plataforma"],
           "step_off": [r"(?:um|um so) passo (?:em frente|a frente|para a frente)|(?:me atirar|saltar|pular) (?:para a"
                        r" frente do|na frente do|para baixo do) (?:comboio|trem)"]},
    "it": {"track": [r"(?:vicino ai|sui|ai|verso i|lungo i) binari|sul (?:binario|marciapiede)(?: \d+)?|sulla banchina"],
           "step_off": [r"(?:un|un solo) passo (?:avanti|in avanti|in piu)|(?:buttarmi|gettarmi|lanciarmi) (?:sotto|davanti"
                        r" a) (?:il |al )?treno"]},
}
for _lang, _parts in _R13.items():
    _parts["train_due"] = [_TRAIN_DUE]
    for _name, _alts in _parts.items():
        PARTS.setdefault(_lang, {}).setdefault(_name, []).extend(_alts)
