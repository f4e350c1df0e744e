"""Situations told in wording no lexicon had (issue 10, after blind round 21), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon` after `families_r20.py`. As there, each family is slots
and the way they combine, not the sentences of the set.

Misses of the round, by family (the situation, not the sentence):

- a weapon stowed in the boot, a bag or a pocket, or held ("with the bat"), with the speaker outside the person's
  home or work, waiting for them, or going round to them, and a menace ("he'll learn", "I'm done talking")
  (`threat`, `access`, `weapon`);
- the speaker past a railing, on a footbridge or a car park's top level, legs over the edge (`at_place`,
  `under_way`); a metro or a train heard in the tunnel with the feet on the platform's strip (`train_due`,
  `step_off`);
- a voice saying it must be done now, before sunrise, that it is time, to walk into the sea and keep going, to open
  the gas, to throw the medication away, or "if I don't cut myself now" someone dies (`command`, `time_soon`); a
  relative who "isn't really" themselves (`voices_worse`);
- everything in the medicine cabinet, "the whole box of my grandmother's", tablets mixed, paracetamol taken in
  several doses, with double vision or a slurred tongue (`pills`, `taken`, `symptom`);
- drops or benzodiazepines mixed with spirits (`depressant`); opioids bought or injected, "everything that's left",
  "using" alone with the naloxone gone (`opioid_use`);
- the bleeding that will not stop with towels soaked or a cut to the wrist (`under_way`);
- burns with a lighter, scratches with a compass, blows with a belt, a forearm "opened", a blade taken from a razor
  (`self_harm`); a blade or a lighter kept, taken out or held "not yet", "I want to" (`self_harm_urge`);
- passive wishes in metaphors (undo being born, pause and never press play, disappointed to wake up, an illness or
  a plane that would end it, tonight the last), burden (better without me, money saved if I disappeared, an
  expense), an idiom "I'm not sure is still a joke" (`indirect`); can't stop thinking of ending it (`death`);
  algospeak ("me desvivo", "je me désactive") (`death`);
- a child left alone at home at night or for hours outside, an adult coming into a child's shower (`child_harm`);
  a door kicked and a lock that will not hold (`under_threat_now`, `danger_me`);
- a friend's message of thanks or "look after my cat" then silence (`message_goodbye`);
- apologising to everyone "to leave clean", a pet left with a relative, "I've got what's needed" (`prep`), a car
  in a closed garage and the key to turn (`engine_running`), everything prepared in the cellar (`lethal_means`);
- restriction to one item a day, laxatives "so nothing stays", food brought back up (`restriction`, `purging`), grey
  vision on standing (`ed_effect`); drinking "or I can't switch off", cans every day (`cope`, `frequency`,
  `alcohol`); the television or Wi-Fi names speaking of the speaker, waves from the neighbours, getting worse
  (`voices_worse`); flashes of harming a child (`harm_thought`); prowling round an ex's home, "I just want to know
  who she's with" (`harm_thought`); a lethal-dose question "would be enough" (`lethal_means`).

Guards written with them (near misses in `tests/safety/test_families_r21.py`): a weapon beside a birthday, a
picnic or a surprise; legs over the edge with an ice cream, photos or the view; everything ready for a party; a pet
at a relative's for a holiday; the gas turned on to cook (only the means at hand, never an act under way); the
algospeak taken back with a laugh ("me desvivo jajaja es broma", round 6); an impostor relative only when the
voices say it; amends only with a wish to leave things settled.

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

from alliance.safety.lexicon.families_r17 import _LAUGH

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# ---- Harm to others: a weapon stowed or held, the speaker at the person's place, a menace. ----

_WEAPON = (r"(?:bat|baseball bat|knife|gun|rifle|shotgun|hammer|axe|crowbar|iron bar|petrol|gasoline|bate|cuchillo"
           r"|navaja|pistola|escopeta|martillo|hacha|gasolina|fusil|couteau|flingue|marteau|hache|essence|messer|waffe"
           r"|gewehr|pistole|hammer|axt|benzin|faca|arma|espingarda|martelo|machado|coltello|spranga|mazza|fucile"
           r"|martello|ascia|benzina)")
_STOWED = (r"(?:in (?:the|my) (?:boot|trunk|car|bag|backpack|rucksack|pocket|jacket(?: pocket)?|glove ?box)"
           r"|(?:en|dentro de) (?:el|la|mi) (?:maletero|coche|mochila|bolsillo|chaqueta|guantera)"
           r"|dans (?:le|la|mon|ma) (?:coffre|voiture|sac|poche|veste|blouson|boite a gants)"
           r"|(?:im|in (?:der|meiner)|in meinem) (?:kofferraum|auto|rucksack|tasche|jackentasche|handschuhfach)"
           r"|(?:no|na|dentro do|dentro da) (?:porta-malas|carro|mochila|bolso|casaco|porta-luvas)"
           r"|(?:nel|nella|in) (?:bagagliaio|macchina|zaino|tasca|giacca|cruscotto))")
# The weapon's place is the part ("in the boot"): the weapon's own words stay `weapon`.
_WEAPON_STOWED = _WEAPON + r"\b(?: \w+){0,3}? (?P<at>" + _STOWED + r")\b"
_WITH_IT = (r"(?P<at>(?:with|con|avec|mit|com) (?:the|a|my|el|la|un|una|mi|le|une|mon|ma|dem|der|meinem|o|um|meu|il"
            r"|lo|la mia|il mio)) " + _WEAPON + r"\b")
_THEIR_PLACE = (r"(?:(?:outside|in front of|at) (?:his|her|their|the guys|that guys) (?:flat|house|place|door|work|office"
                r"|gym)|(?:frente a|en la puerta de|a la salida de) (?:su|la) (?:casa|piso|trabajo|curro|gimnasio|oficina)"
                r"|(?:devant|en bas de) (?:chez (?:lui|elle)|son (?:immeuble|boulot|bureau)|sa (?:maison|porte))"
                r"|(?:je )?(?:passe|vais|file) chez (?:lui|elle|ce \w+|cette \w+)"
                r"|vor (?:seiner|ihrer|der) (?:wohnung|haus|tur|firma|arbeit)|vor seinem haus"
                r"|(?:na )?frente (?:da|de) casa (?:dele|dela|do cara|do \w+)|(?:na )?porta (?:dele|dela)"
                r"|sotto casa (?:sua|di lui|di lei)|davanti (?:a casa sua|al suo (?:ufficio|lavoro)))")
# A weapon beside a party, a picnic or a surprise is not brought against anyone.
_NOT_FESTIVE = (r"(?![^\n]{0,200}\b(?:birthday|surprise|party|picnic|cake|bbq|barbecue|cumpleanos|sorpresa|fiesta"
                r"|anniversaire|fete|geburtstag|uberraschung|aniversario|surpresa|festa|compleanno)\b)")
_NEAR_WEAPON = r"(?=[^\n]{0,160}\b" + _WEAPON + r"\b)"
_AFTER_WEAPON = _WEAPON + r"\b[^\n]{0,160}?\b"
_AT_THEIR_PLACE = [r"(?P<at>" + _THEIR_PLACE + r")\b" + _NEAR_WEAPON,
                   _AFTER_WEAPON + r"(?P<at>" + _THEIR_PLACE + r")\b"]
_MENACE = (r"(?:(?:im|i am) done talking|(?:hes|he is|shes|she is) going to learn|hell learn|il va comprendre"
           r"|elle va comprendre|hoje (?:ele|ela) aprende|(?:ele|ela) vai aprender|se le acaban (?:las risitas|las ganas)"
           r"|se (?:le|les) acab\w* (?:la fiesta|las risas|las risitas)|der wird (?:schon )?sehen|dem zeig ich(?:s)?"
           r"|gli faccio vedere io|(?:la )?faccio finita con lui|eu furo ele|(?:vou|eu vou) furar ele|le rajo"
           r"|(?:im|i am|ill be) putting him through|ist schluss|es ist schluss)")
_MENACE_ARMED = [r"(?P<at>" + _MENACE + r")(?=[^\n]{0,200}?\b" + _WEAPON + r"\b)",
                 _AFTER_WEAPON + r"(?P<at>" + _MENACE + r")"]
_WINDSCREEN = r"(?:putting|put|throw(?:ing)?) (?:him|her) through (?:his|her|their|the) (?:own )?(?:windscreen|windshield|window)"
_WAIT_FOR = (r"(?:(?:le|la|lo) espero|esperandol[oa]|wait(?:ing)? for (?:him|her)|je lattends|ich wart\w* auf (?:ihn|sie)"
             r"|(?:to|tou|estou|fico) esperando (?:ele|ela)|(?:lo|la) aspetto|aspetto che (?:esca|scenda))")
_WAIT_ARMED = [r"(?P<at>" + _WAIT_FOR + r")" + _NEAR_WEAPON, _AFTER_WEAPON + r"(?P<at>" + _WAIT_FOR + r")"]

# ---- The speaker at a height or past a railing; a train heard in the tunnel. ----

_HIGH_PLACE = (r"(?:top (?:level|floor|deck|storey) of (?:the|a) (?:multi-?stor(?:e)?y|car ?park|parking (?:garage|lot))"
               r"|(?:ultima planta|azotea) del (?:parking|aparcamiento|centro comercial)|(?:dernier etage|toit) du parking"
               r"|parking du dernier etage|(?:obersten|oberstes|letzten) (?:parkdeck|parkhausdeck|deck des parkhauses)"
               r"|(?:ultimo andar|terraco|cobertura) do estacionamento|(?:ultimo piano|tetto) del parcheggio"
               r"|footbridge|overpass|pasarela|passerelle|fussgangerbrucke|passarela|passerella|cavalcavia)")
_RAILING = (r"(?:railing|railings|barrier|parapet|guardrail|barandilla|baranda|valla|rambarde|garde-corps|parapet"
            r"|gelander|brustung|grade|guarda-corpo|mureta|ringhiera|parapetto)")
_OUTSIDE_RAILING = (r"(?:(?:climbed|got|gone|im|i am|stood|standing) (?:over|outside|on the (?:other|wrong) side of) the "
                    + _RAILING + r"|(?:al otro lado de|fuera de) la " + _RAILING + r"|(?:de lautre cote|hors) de la "
                    + _RAILING + r"|(?:uber das|hinter dem|auf der anderen seite des) " + _RAILING
                    + r"|(?:pro|para o) lado de fora da " + _RAILING + r"|(?:oltre|fuori dalla|al di la della) "
                    + _RAILING + r")")
_LEGS_OVER = (r"(?:(?:legs|feet) (?:dangling )?(?:over the edge|over the side|into the void)|(?:jambes|pieds) dans le vide"
              r"|(?:piernas|pies) (?:colgando )?(?:al|en el|sobre el) vacio|beine (?:baumeln )?(?:ins leere|uber (?:dem|den)"
              r" (?:rand|abgrund))|(?:pernas|pes) (?:balancando )?(?:no vazio|pra fora)|gambe (?:a penzoloni )?nel vuoto)")
_LEISURE = (r"(?![^\n]{0,200}\b(?:ice cream|glace|helado|eis|sorvete|gelato|photos?|fotos?|selfie|sunset|coucher de"
            r" soleil|puesta de sol|sonnenuntergang|por do sol|tramonto|view|vue|vista|aussicht|picnic|pique-nique)\b)")
# Legs over the edge where the place is high (a roof, a bridge, a car park's top level), not on a harbour wall.
_HEIGHT_WORD = (r"(?:" + _HIGH_PLACE + r"|roof\w*|bridge|balcony|tetto|azotea|tejado|toit|dach|telhado|terraco|ponte|puente"
                r"|pont|brucke|balcon\w*|balkon|varanda|parapet|muret|mureta)")
_LEGS_HIGH = [_LEISURE + _HEIGHT_WORD + r"\b[^\n]{0,80}?\b(?P<at>" + _LEGS_OVER + r")",
              _LEISURE + r"(?P<at>" + _LEGS_OVER + r")\b(?=[^\n]{0,80}?\b" + _HEIGHT_WORD + r"\b)"]
_ON_PLATFORM = (r"(?:sono|sto|estoy|je suis|ich bin|bin|to|tou|estou|im|i am) (?:in|on the|sulla|en el|sur le|am|auf dem|na)"
                r" (?:banchina|platform|anden|quai|bahnsteig|plataforma)")
_TRAIN_HEARD = (r"(?:(?:ya )?se oye el (?:tren|metro)|(?:i can )?hear the (?:train|tube|metro) (?:coming|in the tunnel)"
                r"|(?:jentends|on entend) (?:le|la) (?:metro|train|rame) (?:arriver|dans le tunnel)|(?:ich )?hore (?:die|den)"
                r" (?:u-bahn|zug|bahn) (?:kommen|im tunnel)|(?:ja )?(?:da pra )?ouvir o (?:trem|metro) (?:chegando|no tunel)"
                r"|(?:gia )?sento (?:il treno|la metro) (?:arrivare|nel tunnel))")
_ON_STRIP = (r"(?:(?:pies|feet|pieds|fusse|pes|piedi) (?:en|on|sur|auf|na|sulla) (?:la |the |der |a )?(?:franja|strip|line"
             r"|bande|linie|faixa|striscia|linea) (?:amarilla|yellow|jaune|gelben|amarela|gialla)|(?:en|on|sur|auf|na|sulla)"
             r" (?:la|the|der|a) (?:franja|bande|faixa|striscia) (?:amarilla|jaune|amarela|gialla))")

# ---- Voices ordering an act now. ----

_THEY_SAY = (r"(?:(?:theyre|they are|voices are|the voices?(?: are| is)?) (?:saying|telling me)|(?:they|the voices?) (?:say|said"
             r"|says|tell me)|(?:me )?(?:estan diciendo|dicen|dice|me dicen)|(?:elles|ils|les voix|la voix) (?:disent|dit|me"
             r" disent|me dit)|(?:sie|die stimmen?) (?:sagen|sagt)|(?:a voz|as vozes|eles|elas) (?:diz|dizem|mandam|manda)"
             r"|(?:le voci|la voce|loro) (?:dicono|dice|mi dicono))")
_NOW_ACT = (r"(?:it (?:has to|must) be (?:done )?now|(?:que )?es la hora|(?:que )?cest lheure|es ist zeit|es ist soweit"
            r"|que (?:e|chegou) a hora|che e il momento|e ora)")
_VOICE_NOW = r"(?P<at>" + _THEY_SAY + r"),? (?:that )?" + _NOW_ACT + r"\b"
_BEFORE_DAWN = (r"(?:before (?:the sun comes up|sunrise|dawn|morning)|antes de (?:que (?:salga el sol|amanezca)|amanecer)"
                r"|avant (?:le lever du (?:soleil|jour)|laube)|vor sonnenaufgang|bevor die sonne aufgeht|antes (?:do sol"
                r" nascer|de amanhecer)|prima (?:dellalba|che sorga il sole))")
_INTO_WATER = (r"(?:walk (?:into|to) the (?:sea|water|lake|river) and (?:keep going|keep walking|not stop)|(?:marcher|aller)"
               r" jusqua la (?:mer|riviere|eau) et continuer|entrar (?:en|al) (?:el )?(?:mar|agua|lago|rio) y seguir"
               r"|(?:einfach )?weiter(?:laufen|gehen)|ins wasser (?:gehen|laufen)|entrar no (?:mar|lago|rio) e (?:continuar"
               r"|seguir)|(?:camminare|entrare) (?:nel|in) (?:mare|lago|fiume) e (?:continuare|andare avanti))")
_VOICE_WATER = _THEY_SAY + r"[^.!?\n]{0,40}?\b" + _INTO_WATER
_OPEN_GAS = (r"(?:open the gas|turn on the gas|(?:que )?abra el gas|ouvrir le gaz|(?:que jouvre|douvrir) le gaz"
             r"|das gas aufdrehen|(?:que eu )?abra o gas|(?:di )?aprire il gas)")
_VOICE_GAS = _THEY_SAY + r"[^.!?\n]{0,30}?\b" + _OPEN_GAS
_GAS_OPENED = (r"(?:ya he abierto|he abierto|abri) la llave (?:de la cocina|del gas)|(?:ive|i have|i) (?:turned|opened)"
               r" (?:on )?the gas|jai ouvert le gaz|(?:ich habe|hab) das gas aufgedreht|(?:ja )?abri o gas|ho (?:gia )?aperto"
               r" il gas")
_THROW_MEDS = (r"(?:(?:throw|flush) (?:away )?(?:my |the )?(?:pills|tablets|meds|medication)|(?:ich )?soll (?:die|meine)"
               r" (?:tabletten|medikamente) (?:ins klo|weg)\w*|(?:tire|tirar) (?:las|mis) (?:pastillas|medicinas)"
               r"|jeter (?:mes|les) (?:medicaments|cachets|medocs)|(?:jogue|jogar) (?:fora )?(?:os|meus) remedios"
               r"|(?:butti|buttare) (?:le|i) (?:pastiglie|medicine|farmaci))")
_VOICE_MEDS = _THEY_SAY + r"[^.!?\n]{0,20}?\b" + _THROW_MEDS
# "If I don't cut myself now, my family dies": a condition, and the voice's order.
_IF_NOT_HARM = (r"(?:if i dont (?:cut|hurt|burn|kill) myself|si no me (?:corto|hago dano|quemo|mato)|si je ne me (?:coupe"
                r"|fais pas mal|brule|tue) pas|wenn ich mich nicht (?:schneide|verletze|umbringe)|se eu nao me (?:cortar"
                r"|machucar|queimar|matar)|se non mi (?:taglio|faccio male|brucio|ammazzo))")
_VOICE_IF_NOT = _THEY_SAY + r"[^.!?\n]{0,20}?\b(?:that |que |dass |che )?" + _IF_NOT_HARM
# A relative who "isn't really" themselves, said by the voices (Capgras): not a friend asking about someone.
_IMPOSTOR_WORDS = (r"(?:(?:mum|mom|dad|my (?:mother|father|brother|sister|wife|husband)) (?:isnt|is not) really (?:mum|mom|dad"
             r"|my \w+|him|her)|(?:no es|no es de verdad) mi (?:madre|padre|hermano|hermana)|(?:nest|nest pas) (?:vraiment"
             r" )?(?:ma mere|mon pere|mon frere|ma soeur)|(?:ist|sei) nicht (?:wirklich )?(?:meine mutter|mein vater|mama"
             r"|papa)|(?:nao e|nao e de verdade) (?:minha mae|meu pai|meu irmao)|non e (?:davvero )?(?:mia madre|mio padre"
             r"|mio fratello))")

_IMPOSTOR = _THEY_SAY + r"[^.!?\n]{0,20}?\b(?:that |que |dass |che )?" + _IMPOSTOR_WORDS

# ---- Overdoses and drugs. ----


_CABINET = (r"(?:(?:everything|all|whatever) (?:that was )?in the (?:bathroom|medicine) cabinet|(?:todo )?lo que habia en el"
            r" botiquin|tout ce quil y avait dans (?:la|larmoire a) pharmacie|(?:alles,? )?was im (?:badschrank|arzneischrank"
            r"|medikamentenschrank|spiegelschrank) war|(?:tudo )?o que tinha no armario de remedios|tutto (?:quello )?che"
            r" (?:cera|avevo) nellarmadietto dei medicinali)")
_TAKEN_ALL = (r"(?:alles|tudo|todo|tout|tutto|everything) (?:genommen|geschluckt|tomei|engoli|me tome|pris|avale|preso"
              r"|ingoiato)|(?:habe|hab|ich habe) (?:\w+ ){0,6}alles (?:genommen|geschluckt)")
_RELATIVE_ONES = (r"(?:caja|caixa|boite|packung|scatola|box|pack) (?:entera |inteira |entiere |ganze |intera |whole )?"
                  r"(?P<at>de las de mi (?:abuela|madre|mama|padre|abuelo)|(?:dos|das) (?:da|do) minha (?:avo|mae)|de (?:ceux"
                  r"|celles) de ma (?:grand-mere|mere)|von (?:oma|mama|meiner (?:oma|mutter))|di quelle di mia (?:nonna|madre)"
                  r"|of (?:my )?(?:nans|grans|mums|moms|grandmas))")
_PARACETAMOL = r"(?:tachipirin[ae]|dolipranes?|paracetamols?|efferalgans?|dafalgans?|panadols?|tylenols?|benurons?)"
_TOOK_N = (r"(?:ho preso|took|ive taken|me tome|jai pris|ich habe|hab|tomei) (?:\w+ ){0,2}\d+ (?=" + _PARACETAMOL + r")")
_TOOK_MORE = (r"(?:me tome otr[ao]s|took (?:some )?more|jen ai repris|hab (?:noch )?(?:mehr|nochmal) genommen|tomei mais"
              r"|ne ho prese altre)")
_MIXED = (r"(?:mixed|mezcle|jai melange|(?:hab|habe) (?:\w+ )?gemischt|misturei|ho mischiato|ho mescolato)"
          r"(?=[^.!?\n]{0,40}\b(?:pills?|tablets?|pastillas|comprimidos|cachets|tabletten|remedios?|pastiglie|gocce|drops"
          r"|gotas|rivotril|clonazepam|xanax|tavor|valium|lexomil|zolpidem|stilnox)\b)")
_SIGNS = (r"(?:(?:i )?(?:see|seeing) double|double vision|veo doble|je vois double|sehe doppelt|sehe verschwommen|vejo dobrado"
          r"|vedo doppio|ears (?:are )?ringing|(?:a |la )?lingua (?:che )?(?:si )?(?:impasta|incastra)|(?:a )?lingua enrolando"
          r"|la lengua (?:se me )?traba|(?:muito|super) mole|nausea fortissima|una nausea (?:forte|fortissima)"
          r"|mir is(?:t)? so komisch warm)")
_DROPS_MIXED = (r"(?:mischiato|mescolato|mixed|mezcle|misturei|melange) (?:le |las |the |as |les )?(?P<at>gocce|gotas|drops"
                r"|gouttes)(?=[^.!?\n]{0,40}\b(?:grappa|vino|whisky|vodka|alcol|birra|rum|gin|wine|beer|vinho|cerveja|cachaca"
                r"|vin|biere|alcohol|ron)\b)")
_OPIOID = r"(?:fentanyl|fentanilo|fentanil|fenta|heroin|heroina|hero|herona|caballo|jaco|oxy|oxycodone|morphin\w*)"
_GOT_OPIOID = (r"(?:acabo de pillar|he pillado|pille|scored|got|copped|picked up|jai chope|hab (?:mir )?(?:\w+ )?(?:besorgt"
               r"|geholt)|peguei|comprei|ho preso|ho comprato)(?: \w+)? " + _OPIOID)
_INJECT_ALL = (r"(?:vou injetar|voy a (?:inyectar|meterme)|im going to (?:inject|shoot up)|je vais (?:minjecter|injecter)"
               r"|ich (?:spritz|spritze) mir|mi (?:inietto|faccio)) (?:tudo o que (?:sobrou|resta)|todo lo que (?:queda"
               r"|sobro)|everything (?:thats |that is )?left|all (?:thats |that is )?left|tout ce qui reste|alles,? was"
               r" (?:ubrig|noch da) ist|tutto quello che (?:resta|e rimasto))|me lo meto todo")
_USING_NALOXONE = (r"(?P<at>(?:sto|stavo) usando|(?:im|i am) using|estoy usando|je consomme|ich konsumiere|(?:to|tou|estou)"
                   r" usando)(?=[^\n]{0,200}\b(?:naloxon\w*|narcan|nodd\w*|vado giu|go under|me apago)\b)")

# ---- Bleeding that will not stop. ----

_WONT_STOP = (r"(?:wont stop|will not stop|keeps bleeding|no para de (?:salir sangre|sangrar)|ca (?:ne )?sarrete pas"
              r"|hort nicht auf|horet nicht auf|nao para de sangrar|non smette di sanguinare)")
_CUT_PLACE = (r"(?:cut (?:on|to|in) my (?:wrist|arm|forearm|thigh)|(?:el )?corte (?:de|en) la muneca|(?:del )?corte del brazo"
              r"|coupure (?:au|du) (?:poignet|bras)|schnitt am (?:handgelenk|arm|unterarm)|(?:o )?corte do (?:pulso|braco)"
              r"|taglio (?:sul|al) (?:polso|braccio)|(?:ich )?(?:war|bin) zu tief|(?:i )?went too deep|(?:too )?deep this time)")
_SOAKED = (r"(?:(?:\w+ )?(?:towels?|toallas?|serviettes?|handtuch\w*|toalhas?|asciugamani?|tea towels?)"
           r"[^.!?\n]{0,20}?\b(?:soaked|empapadas?|trempees?|durch\w*|encharcadas?|zuppi|zuppo|inzuppat\w*)"
           r"|(?:durchs|durch das) (?:zweite|dritte|vierte) handtuch|through (?:two|three|four|\d) (?:tea )?towels"
           r"|(?:van|llevo) (?:dos|tres|cuatro|\d) toallas)")
_BLEEDING_NOW = [_WONT_STOP + r"\b[^\n]{0,120}?\b(?:" + _CUT_PLACE + r"|" + _SOAKED + r")",
                 r"(?:" + _CUT_PLACE + r"|" + _SOAKED + r")\b[^\n]{0,120}?\b" + _WONT_STOP]

# ---- Self-harm told as done; urges with the blade kept. ----

_SKIN = (r"(?:arm|forearm|wrist|thigh|leg|legs|antebrazo|brazo|muneca|muslo|pierna|avant-bras|bras|poignet|cuisse"
         r"|jambe|unterarm|arm|handgelenk|oberschenkel|bein|antebraco|braco|pulso|coxa|perna|avambraccio|braccio|polso"
         r"|coscia|gamba)")
_SH_DONE = [
    r"(?:lighter|mechero|encendedor|briquet|feuerzeug|isqueiro|accendino)\b[^.!?\n]{0,12}?\b(?:on|en|sur|auf|no|na|sul"
    r"|sulla) (?:the |my |el |mi |l|le |mon |den |meinen |o |meu |il |la )?" + _SKIN,
    r"(?:me suis (?:gratte|griffe|brule)|(?:me )?(?:rasque|queme)|hab(?:e)? mir (?:\w+ )?(?:den|die|das) " + _SKIN
    + r" (?:aufgemacht|aufgeritzt|aufgekratzt|verbrannt)|me (?:cortei|queimei|arranhei))[^.!?\n]{0,60}?\b(?:jusqua ce"
    r" que (?:ca|ce) saigne|hasta sangrar|ate sangrar|bis es blutet)",
    r"(?:me bati|me pegue|me suis frappe\w*|mi sono (?:picchiat\w*|frustat\w*)|hit myself|beat myself) (?:com o|con el"
    r"|avec (?:la|une)|col|with (?:the|a|my)) (?:cinto|cinturon|ceinture|cintura|belt)",
    r"(?:hab(?:e)? mir|ich habe mir) (?:gestern |heute |wieder |gestern wieder )*(?:den|die) " + _SKIN
    + r" (?:aufgemacht|aufgeschnitten|aufgeritzt)",
    r"(?:took|got|prised|pried) the blade out of (?:the |a |my )?(?:shaving head|razor|sharpener|disposable)",
    r"(?:el mechero|el encendedor) en el " + _SKIN,
]
_BLADE_KEPT = (r"(?:lametta|lame|lames|blade|blades|cuchilla|klinge|klingen|lamina|feuerzeug|rasierklinge|sacapuntas"
               r"|apontador|taille-crayon|temperino)")
_KEPT = (r"(?:ritrovato|tenuta in mano|ressorti|sortie?|desmont\w*|guardad[oa]|guarde|guardei|kept|found|took out|held"
         r"|liegt (?:seit|vor)|liegt hier|in der hand|en la mano|dans la main|na mao|in mano)")
_NOT_YET_WANT = (r"(?:todavia|not yet|yet|pas encore|jen ai envie|envie de|noch nicht|drang|querendo mais|ainda nao|ci penso"
                 r"|non lho (?:ancora )?usata|ho voglia)")
_KEPT_BLADE = r"(?:" + _KEPT + r"\b[^\n]{0,60}?\b" + _BLADE_KEPT + r"|" + _BLADE_KEPT + r"\b[^\n]{0,60}?\b" + _KEPT + r")"
_URGE_KEPT = [r"(?P<at>" + _KEPT_BLADE + r")\b(?=[^\n]{0,160}?\b" + _NOT_YET_WANT + r"\b)",
              _NOT_YET_WANT + r"\b[^\n]{0,160}?\b(?P<at>" + _KEPT_BLADE + r")\b",
              r"(?:der drang|the urge|las ganas|lenvie|a vontade|la voglia) (?:ist|is|son|est|e) (?:genau )?(?:wie fruher"
              r"|back|de vuelta|revenue|de volta|tornata)"]

# ---- Passive wishes, burden, an idiom no longer a joke. ----

_PASSIVE = [
    r"(?:ctrl ?\+? ?z|deshacer|undo|annuler|ruckgangig machen|desfazer|annullare) (?:a |on |el |mon |o )?(?:haber nacido"
    r"|being born|my birth|ma naissance|meine geburt|ter nascido|essere nato|essere nata|mi nacimiento)",
    r"(?:appuyer sur pause et ne (?:jamais|plus) (?:rappuyer|appuyer) sur play|press pause and never (?:press )?play"
    r"|(?:darle|dar) a pausa y no (?:volver a darle|darle mas) (?:al|a) play|pause drucken und nie wieder play"
    r"|apertar pause e nunca mais (?:apertar )?play|premere pausa e non premere piu play)",
    r"(?:deceptionne|decu|decue|disappointed|enttauscht|decepcionad[oa]|delus[oa]) (?:\w+ )?(?:detre encore la|(?:to|that"
    r" i) (?:still be here|woke up|wake up)|(?:dass ich )?(?:noch da bin|aufgewacht bin|aufzuwachen)|de (?:seguir aqui"
    r"|despertar(?:me)?)|(?:de|por) (?:ainda estar aqui|acordar)|di (?:essere ancora qui|svegliarmi))",
    r"(?:if|si|wenn|se) (?:the|el|mon|das|o|il) (?:plane|avion|flugzeug|aviao|aereo)[^!?\n]{0,30}?\b(?:didnt land"
    r"|crashed|no aterrizara|sestrabouillait|natterrissait pas|abssturzt|absturzen wurde|nicht landet|nao pousasse"
    r"|caisse|non atterrasse|precipitasse)\b[^.!?\n]{0,40}?\b(?:ok|fine|bien|gut|okay|tranquil\w*|bene|alivio|sollievo"
    r"|soulag\w*)",
    r"(?:krank werden|enfermar(?:me)?|tomber malade|ficar doente|ammalarmi|get (?:really )?ill)[^.!?\n]{0,40}?\b(?:und dann"
    r" (?:wars|ware es|ist es) (?:halt |einfach )?vorbei|y (?:que )?se acabe|et que ca se termine|e (?:que )?acabe"
    r"|e (?:che )?finisca|and (?:it(?:d| would) be|then its) over)",
    r"(?:hoffe|hoffe ich),? dass (?:heute nacht|diese nacht) die letzte (?:ist|ware|sein wird)",
    r"(?:spero|hope|espero|jespere|hoffe|espero) (?:che |that |que |dass )?(?:stanotte|tonight|esta noche|cette nuit"
    r"|heute nacht|hoje a noite) (?:sia|is|sea|soit|ist|seja) (?:lultima|the last|la ultima|la derniere|die letzte"
    r"|a ultima)",
    r"(?:il cuore|my heart|el corazon|le coeur|das herz|o coracao) (?:si ferma|si fermi|stops|would stop|se pare|se pararia"
    r"|sarrete|sarreterait|stehen ?bleibt|pare|parasse) (?:da solo|on its own|by itself|solo|tout seul|von selbst|sozinho)",
    r"(?:ich will|i (?:just )?want|solo quiero|je veux (?:juste)?|so quero|voglio solo) (?:nur|einfach)?,? ?(?:dass alles"
    r" aufhort|everything to stop|it all to stop|que todo pare|que tout sarrete|que tudo pare|che tutto finisca)",
    r"(?:not (?:sure|certain) (?:im|i am|if im) (?:(?:just|only|still) )?joking|nicht (?:mehr )?sicher,? ob (?:das )?(?:nur )?"
    r"(?:ein )?(?:spruch|witz|spass)|no (?:estoy|se si) (?:segur[oa] )?(?:de )?que (?:sea|es) (?:solo )?(?:broma|una broma"
    r"|un decir)|(?:ne suis plus|pas) sure? que ce soit (?:juste )?(?:une blague|pour rire|une facon de parler)"
    r"|nao (?:tenho certeza|sei) se (?:e )?(?:so )?(?:brincadeira|um jeito de falar)|non sono piu sicur[oa] che sia solo"
    r" (?:un modo di dire|uno scherzo|una battuta))",
]
_BURDEN = [
    r"(?:without me|ohne mich|sin mi|sans moi|sem mim|senza di me) (?:they(?:d| would)|hatten (?:die|sie)(?:s)?|tendrian"
    r"|auraient|teriam|avrebbero|wurden)\b[^.!?\n]{0,40}?\b(?:leichter|easier|better|mejor|mieux|melhor|meglio|mas facil"
    r"|plus facile|mais facil|piu facile)",
    r"(?:theyd|they would) (?:get|have|afford|save) (?:a |an |more )?\w+(?: \w+){0,3} without me\b",
    r"(?:se sparissi|if i disappeared|si (?:yo )?desapareciera|si je disparaissais|wenn ich verschwinden wurde"
    r"|wenn ich verschwande|se eu sumisse|se eu desaparecesse)[^.!?\n]{0,40}?\b(?:risparmi\w*|save|ahorrar\w*"
    r"|economis\w*|sparen|economiz\w*)",
    r"(?:soy un gasto|i(?:m| am) (?:just )?an expense|je suis une charge|ich bin nur eine (?:last|ausgabe)|sou (?:so )?(?:uma"
    r" despesa|um gasto)|(?:ai miei )?costo solo soldi)",
    r"(?:mas facil|easier|plus facile|leichter|mais facil|piu facile) sin (?:pagarme|tener que pagarme|cuidarme)",
    r"(?:respireraient|would breathe|respirarian|wurden aufatmen|respirariam|respirerebbero) (?:mieux|easier|mejor"
    r"|besser|melhor|meglio) (?:sans|without|sin|ohne|sem|senza) (?:moi|me|mi|mich|mim|mes histoires|my drama|mis dramas"
    r"|meine geschichten|os meus dramas|i miei drammi)\b",
]
_THIRD_RID = [
    r"(?:bientot vous serez tranquilles|soon youll be rid of me|pronto (?:os|les) libr\w* de mi|bald seid ihr mich los"
    r"|logo (?:ela|ele|voces?) (?:fica|ficam) livres? d(?:ele|ela|e mim)|presto sarete liberi di me)",
    r"(?:braucht sie|braucht er|brauch ich)(?: ja)? bald nicht mehr|(?:wont|will not) need (?:it|them|these) (?:much longer"
    r"|soon)|ya no (?:lo|los|las) va a necesitar|nen aura bientot plus besoin|nao vai precisar mais|non gli servira piu",
    r"(?:(?:el|ella|yo) (?:ya )?sobra|(?:el|ella) ya sobra|je suis de trop|ich bin uberflussig|(?:ele|ela|eu) (?:ta|esta|to"
    r"|estou) sobrando|sono di troppo)\b",
]
_CANT_STOP_END = (r"(?:jarrete pas de penser a (?:en finir|mourir|me tuer)|cant stop thinking (?:about|of) (?:ending it|killing"
                  r" myself|dying)|no (?:paro|dejo) de pensar en (?:matarme|morir|acabar con todo)|(?:ich )?hore nicht auf,?"
                  r" (?:daran )?zu denken,? mich umzubringen|nao paro de pensar em (?:me matar|morrer|acabar com tudo)"
                  r"|non smetto di pensare (?:di farla finita|a farla finita|di ammazzarmi|a morire))")
# (Taken back at once with a laugh or "es broma": a joke, as round 6's "me desvivo jajaja es broma".)
_JOKE_AFTER = (r"(?![^.!?\n]{0,30}?(?:" + _LAUGH + r"|\b(?:es broma|just kidding|jk|cest une blague|e brincadeira"
               r"|scherzo|nur spass)\b))")
_ALGO_END = (r"(?:me desvivo|desvivirme|(?:je )?me desactive pour de bon|me desativar (?:de vez|pra sempre)|mich (?:fur immer )?"
             r"deaktivieren|disattivarmi per sempre|deactivate myself for good|log ?off for good|me deconnecte pour de bon)"
             + _JOKE_AFTER)
_JUMP_IMAGINE = (r"(?:imaginando|imagining|picturing|imaginando|imagine|je mimagine|stelle mir vor|immagino) (?:como seria|how"
                 r" it would (?:be|feel) to|comment ce serait de|wie es ware,?|come sarebbe)(?: \w+){0,2} (?:pular|jump(?:ing)?"
                 r"|saltar|sauter|springen|zu springen|buttarmi|saltare)")

# ---- A child alone or intruded on; a door kicked. ----

_CHILD_ALONE = [
    r"(?:leaves|left|deja|dejo|laisse|lasst|lasst|deixa|deixou|lascia|lasciato) (?:the|al|le|den|o|il|a|la) (?:kid|child|peque"
    r"|little one|nino|nina|petit|petite|kleinen|kleine|menino|menina|pequeno|bimbo|bimba|piccolo|piccola) (?:de |di |von"
    r" |of |aged )?(?:\d|two"
    r"|three|four|five|six)\w*(?: anos| ans| jahren?| anni| years?(?: old)?)? (?:solo|alone|seul|seule|allein|sozinh[oa]"
    r"|da solo|da sola) (?:en casa|at home|a la maison|zu hause|em casa|a casa)",
    r"(?:kleine|kind|junge|madchen)[^.!?\n]{0,60}?\b(?:seit stunden|stundenlang)[^.!?\n]{0,60}?\b(?:treppenhaus|drauss\w*"
    r"|vor der tur)",
    r"(?:child|kid|little one|boy|girl|nino|petit|menino|bambino)[^.!?\n]{0,60}?\b(?:for hours|durante horas|pendant des"
    r" heures|ha horas|da ore) (?:in the stairwell|outside|en la escalera|dans lescalier|na escada|sulle scale)",
]
_SHOWER_INTRUDER = (r"(?:stepdad|stepfather|uncle|padrastro|beau-pere|stiefvater|padrasto|patrigno|tio|oncle|onkel|zio)"
                    r"[^.!?\n]{0,30}?\b(?:comes in|goes in|entra|rentre|kommt (?:rein|herein)|entra)[^.!?\n]{0,30}?\b(?:shower"
                    r"|bath|ducha|bano|douche|bain|dusche|bad|banho|chuveiro|doccia|bagno)")
_DOOR_KICKED = (r"(?:(?:hes|he is|shes|she is) (?:kicking|banging on|smashing|trying to kick (?:down|in)) (?:the|my) (?:\w+ )?door"
                r"|esta (?:pateando|dando patadas a) la puerta|il (?:defonce|tape dans) la porte|er tritt gegen die tur"
                r"|(?:ta|esta) chutando a porta|sta prendendo a calci la porta)")
_LOCK_GIVING = (r"(?:(?:the )?lock (?:wont|will not|isnt going to) hold|el pestillo no va a aguantar|le verrou ne tiendra pas"
                r"|das schloss halt nicht (?:mehr )?(?:lange)?|a fechadura nao vai aguentar|la serratura non regge)")

# ---- Someone's farewell message. ----

_SENT = (r"(?:(?:just )?(?:sent|texted|wrote|posted) (?:me |us )?|(?:me )?acaba de mandar|(?:il|elle) vient de m?envoyer"
         r"|hat (?:grad|gerade|eben) (?:\w+ ){0,4}geschrieben|(?:me )?(?:acabou de|mandou)|mi ha (?:appena )?mandato)")
_GOODBYE_WORDS = (r"(?:sorry (?:fur|for) alles|ihr wart die besten|(?:dandome )?las gracias por todo|que cuide (?:a|de) su"
                  r" (?:gato|perro)|prends soin de (?:maman|papa|\w+)|thanks for everything|look after my (?:cat|dog)"
                  r"|take care of (?:mum|mom|my \w+)|obrigad[oa] por tudo|cuida d[ao] (?:minha|meu) \w+|grazie di tutto"
                  r"|prenditi cura di)")
_MESSAGE_GOODBYE = [r"(?P<at>" + _SENT + r")(?=[^\n]{0,100}?\b" + _GOODBYE_WORDS + r")",
                    _GOODBYE_WORDS + r"[^\n]{0,60}?\b(?P<at>geschrieben|gepostet|geschickt|written|posted|escrito|postado"
                    r"|scritto)\b"]

# ---- Preparation: amends to everyone, a pet left, what is needed; a car in a closed garage; all prepared. ----

# Amends to everyone, with a wish to leave things settled: the amends are the part, the finality its condition
# (returning borrowed books or apologising on their own are not preparation).
_AMENDS_ACT = (r"(?:pidiendo perdon a (?:la gente|todo el mundo|todos)|devolviendo (?:los|las) \w+ que me prestaron"
               r"|mexcuser de tout|pedindo desculpa (?:pelas coisas|a todo mundo)|apologi[sz]ing to everyone"
               r"|(?:mich )?bei allen entschuldig\w*|chiedendo scusa a tutti)")
_CLEAN_EXIT = (r"(?:partir propre|deixar tudo em paz|dejar las cuentas claras|(?:leave|go) (?:with )?a clean slate"
               r"|reinen tisch (?:machen|hinterlassen)|andarmene in pace con tutti|tout laisser en ordre)")
_AMENDS = [r"(?P<at>" + _AMENDS_ACT + r")(?=[^\n]{0,200}?\b" + _CLEAN_EXIT + r")",
           _CLEAN_EXIT + r"\b[^\n]{0,200}?\b(?P<at>" + _AMENDS_ACT + r")"]
_PET_LEFT = (r"(?:il (?:cane|gatto) e da mia (?:sorella|madre|zia)|the (?:dog|cat) is (?:at|with) my (?:sister|mum|mother)s?"
             r"|el (?:perro|gato) (?:esta|se queda) con mi (?:hermana|madre)|le (?:chien|chat) est chez ma (?:soeur|mere)"
             r"|der (?:hund|kater|katze) ist bei meiner (?:schwester|mutter)|o (?:cachorro|gato) (?:esta|ta|fica) com (?:a )?minha"
             r" (?:irma|mae))(?![^\n]{0,60}\b(?:holiday|vacanz\w*|vacaciones|vacances|urlaub|ferias|viaggio|trip|viaje)\b)")
_WHAT_NEEDED = (r"(?:ho (?:gia )?preso quello che serve|(?:ive|i have) got what i need|ya tengo lo que necesito|jai ce quil"
                r" faut|ich habe,? was ich brauche|ja tenho o que preciso)(?! (?:per|for|para|pour|fur)\b)")
_TIDY = (r"(?:(?:feels good|nice|good|glad) to have everything (?:tidy|sorted|in order)|alles (?:so )?ordentlich"
         r"|todo en orden|tout est en ordre|tudo em ordem|tutto in ordine)")
_WHO_GETS = r"(?:sorted (?:out )?who gets|decidido quien se queda con|decide qui (?:prend|aura)|geregelt,? wer \w+ bekommt)"
_WHO_WITH = (r"(?:(?:will|wollte) (?:ja )?nur wissen,? mit wem (?:sie|er)|(?:i )?just want(?:ed)? to (?:know|see) who (?:shes"
             r"|hes|she is|he is) with|solo quiero saber con quien (?:esta|sale)|je veux (?:juste )?savoir avec qui (?:elle|il)"
             r" est|so (?:quero|queria) (?:saber|ver) (?:com quem|se tem outro)|voglio solo sapere con chi (?:sta|esce))")
_CAR_CLOSED = (r"(?:deciding|decide|waiting to decide|working out) (?:when|whether) to (?:turn the key|start (?:it|the engine"
               r"|the car))")
_ALL_PREPARED = (r"(?:(?:everything(?:s| is)?|all) (?:ready|set up|prepared) in the (?:garage|cellar|basement|attic|shed)"
                 r"|(?:esta|ta|tiene) todo (?:preparado|listo) en el (?:garaje|sotano|trastero)|tout est pret dans (?:le|la)"
                 r" (?:garage|cave|grenier)|(?:ta|esta) tudo pronto (?:na garagem|no porao|no sotao)|e tutto pronto in"
                 r" (?:cantina|garage|soffitta)"
                 r"|(?:im|in der|in the|en el|dans le|no|na|in|nel|nella) (?:keller|garage|garaje|cellar|basement|attic"
                 r"|dachboden|sotano|cave|grenier|porao|cantina|soffitta|shed|schuppen) (?:ist|is|esta|est|ta|e) (?:alles|all"
                 r"|everything|todo|tout|tudo|tutto) (?:vorbereitet|ready|set up|prepared|preparado|listo|pret|prepare|pronto"
                 r"|preparato))(?![^\n]{0,160}\b(?:part(?:y|ies)|fest\w*|feier\w*|fiesta|fete|festa|geburtstag\w*|birthday|cumpleanos"
                 r"|anniversaire|aniversario|compleanno|gaste|guests|invitados|invites|convidados|ospiti|bbq|grill\w*)\b)")

# ---- Eating: one item a day, laxatives so nothing stays, food brought back up, grey vision. ----

_ONE_ITEM = (r"(?:down to one (?:meal|thing)|one (?:meal|yoghurt|yogurt|apple) a day|(?:como )?un yogur al dia|con una"
             r" manzana(?: y (?:un )?cafe)? al dia|un yaourt par jour|ein joghurt am tag|um iogurte por dia|uno yogurt al"
             r" giorno|una mela al giorno)")
_LAX_SO = (r"(?:abfuhrtee\w*|abfuhrmittel|laxative tea|laxatives?|laxantes?|laxatifs?|dulcolax|lassativ\w*|cha laxante"
           r")\b[^.!?\n]{0,30}?\b(?:damit (?:nix|nichts) bleibt|so nothing stays|para que no se quede nada|pour que rien ne"
           r" reste|pra nada ficar|cosi non resta niente)|si como (?:algo )?mas me tomo (?:\w+ )?(?:dulcolax|laxantes?)")
_BRING_UP = (r"(?:bringing (?:dinner|food|meals|it) (?:back )?up|devolviendo la cena|je rends (?:le diner|mes repas)"
             r"|das essen wieder rausbring\w*|vomitando o jantar|rimetto (?:la cena|i pasti))")
_GREY_OUT = (r"(?:(?:going|go|goes) grey (?:and|when)|seeing stars when i stand|heart does (?:this|a) (?:fluttery|flutter)"
             r"|heart flutter\w* at night)")

# ---- Drinking, psychosis, intrusive images, stalking, a dose question. ----

_COPE_OFF = (r"(?:se no non riesco a spegnere il cervello|sinon je pense trop|si no la cabeza no para|sonst krieg ich den"
             r" kopf nicht aus|so consigo dormir depois de|or i just lie there replaying|otherwise i cant switch off)")
_ESCALATE = (r"(?:e diventat[oa] (?:tre|quattro|\d)|has crept to|sind inzwischen eher|se ha convertido en (?:tres|\d)"
             r"|est passe a (?:trois|\d)|virou (?:tres|\d)|todo dia)")
_CANS = r"(?:latoes|latao|latinhas|tallboys|tall cans|litronas|dosenbier)"
_MEDIA_ME = (r"(?:(?:la tv|la tele|il tg|la radio|the (?:tv|telly|radio)|el televisor|la tele|der fernseher|a tv|a televisao)"
             r" (?:mi parla|talks to me|me habla|me parle|spricht (?:zu|mit) mir|fala comigo)(?: sempre di piu| more and more"
             r"| cada vez mas| de plus en plus| immer mehr| cada vez mais)?|(?:il tg|the news|las noticias|le journal"
             r"|die nachrichten|o jornal) (?:ha detto|said|dijo|a dit|haben) (?:il mio nome|my name|mi nombre|mon nom"
             r"|meinen namen|o meu nome)|(?:wifi|wi-fi) names? (?:\w+ ){0,3}(?:spelling|spell|sending) (?:out )?messages"
             r"(?: for me| to me)?)")
_PERSECUTION = (r"(?:(?:voisins|neighbours|neighbors|vecinos|nachbarn|vizinhos|vicini) (?:menvoient|send me|me (?:mandan"
                r"|envian)|schicken mir|me mandam|mi mandano) (?:des |las |os |le )?(?:ondes|waves|rays|ondas|strahlen|raggi)"
                r"|(?:cameras|camaras|cameras da rua|telecamere|kameras) (?:\w+ ){0,2}(?:viraram|turned|se giraron|se sont"
                r" tournees|haben sich gedreht|si sono girate) (?:pro meu lado|towards me|hacia mi|vers moi|zu mir|verso di"
                r" me)|(?:comentando|commenting on|commentent|kommentieren|commentano) (?:o que eu penso|what i think|lo que"
                r" pienso|ce que je pense|was ich denke|quello che penso))")
_FLASH_HARM = (r"(?:flash|image|picture|thought) of (?:pushing|dropping|drowning|hurting|smothering) (?:the|my) (?:buggy"
               r"|pram|baby|son|daughter|child|kid)")
# Prowling round an ex's home ("rondando"): walking the dog past it is not.
_DRIVE_PAST = r"(?:fico|ando|estoy|sigo) rondando (?:a|la) casa de?a? (?:minha|mi) ex"
_ENOUGH_DOSE = (r"(?:how many|cuant[ao]s|combien|wie viele|quant[ao]s|quant[ei])\b[^.!?\n]{0,60}?\b(?:would|will|serian"
                r"|seraient|waren|seriam|sarebbero) (?:actually |really )?(?:be )?(?:enough|suficientes|assez|genug"
                r"|suficientes|abbastanza)\b(?! (?:for|to|para|pour|fur|per) )")
_LETTERS_HIDDEN = (r"(?:wrote|written|escribi|jai ecrit|hab(?:e)? (?:\w+ )?geschrieben|escrevi|ho scritto) (?:\w+ )?(?:letters"
                   r"|cartas|lettres|briefe|lettere) (?:for|to|para|pour|a|an|per) (?:my|mi|ma|mon|mes|meine|minha|meu|mia"
                   r"|mio)[^.!?\n]{0,60}?\b(?:theyre|they are|estan|elles sont|sie liegen|estao|sono) (?:in|en|dans|im|na"
                   r"|no|nel|nella) (?:the |el |la |le |der |o |a |il )?(?:glove ?box|drawer|cajon|guantera|tiroir|schublade"
                   r"|gaveta|cassetto|handschuhfach|porta-luvas)")

PARTS: dict[str, dict[str, list[str]]] = {
    code: {
        "threat": [_NOT_FESTIVE + t for t in (*_AT_THEIR_PLACE, *_MENACE_ARMED, *_WAIT_ARMED, _WINDSCREEN)],
        "weapon": [_WEAPON],
        # (The gas opened is only the means at hand: beside a voice ordering it, not when cooking.)
        "access": [_NOT_FESTIVE + _WEAPON_STOWED, _NOT_FESTIVE + _WITH_IT, _GAS_OPENED],
        "at_place": [_LEISURE + r"(?P<at>" + _HIGH_PLACE + r")"],
        "track": [_ON_PLATFORM],
        "under_way": [_LEISURE + r"(?P<at>" + _OUTSIDE_RAILING + r")", *_BLEEDING_NOW, *_LEGS_HIGH],
        "train_due": [_TRAIN_HEARD],
        "step_off": [_ON_STRIP],
        "command": [_VOICE_NOW, _VOICE_WATER, _VOICE_GAS, _VOICE_MEDS, _VOICE_IF_NOT],
        "time_soon": [_BEFORE_DAWN],
        "voices_worse": [_IMPOSTOR, _MEDIA_ME, _PERSECUTION],
        "pills": [_CABINET, _RELATIVE_ONES, _PARACETAMOL],
        "taken": [_TAKEN_ALL, _TOOK_N, _TOOK_MORE, _MIXED],
        "symptom": [_SIGNS],
        "depressant": [_DROPS_MIXED],
        "opioid_use": [_GOT_OPIOID, _INJECT_ALL, _USING_NALOXONE],
        "self_harm": _SH_DONE,
        "self_harm_urge": _URGE_KEPT,
        "indirect": [*_PASSIVE, *_BURDEN, *_THIRD_RID],
        "death": [_CANT_STOP_END, _ALGO_END, _JUMP_IMAGINE],
        "child_harm": [*_CHILD_ALONE, _SHOWER_INTRUDER],
        "under_threat_now": [_DOOR_KICKED],
        "danger_me": [_LOCK_GIVING],
        "message_goodbye": _MESSAGE_GOODBYE,
        "prep": [*_AMENDS, _PET_LEFT, _WHAT_NEEDED, _LETTERS_HIDDEN, _WHO_GETS],
        "settled": [_TIDY],
        "engine_running": [_CAR_CLOSED],
        "lethal_means": [_ALL_PREPARED, _ENOUGH_DOSE],
        "restriction": [_ONE_ITEM],
        "purging": [_LAX_SO, _BRING_UP],
        "ed_effect": [_GREY_OUT],
        "cope": [_COPE_OFF],
        "frequency": [_ESCALATE],
        "alcohol": [_CANS],
        "harm_thought": [_FLASH_HARM, _DRIVE_PAST, _WHO_WITH],

    } for code in _LANGS
}
