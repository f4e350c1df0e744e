"""Situations told in wording no lexicon had (issue 10, after blind round 20), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon` after `families_r19.py`. As there, each family is slots
and the way they combine, not the sentences of the set.

False alarms of the round, by structure (`idiom` or `denial`: the risk words inside are not the speaker's own risk;
`denial` also keeps the semantic layer from reading the chore as a plan):

- a carer sorting a parent's or a partner's pills into a dispenser, or preparing their insulin syringe (`denial`);
- hand-written thank-you, wedding or Christmas cards finished and "I never want to see a pen again" (`denial`), and
  "never want to see a pen / an envelope again" said of any such chore (`idiom`);
- knives sharpened for a farm slaughter, an animal killed for the table ("si ammazza il maiale", "la matanza")
  (`idiom`);
- "tonight it ends", "farewell after twenty years", "thanks for putting up with me" with a last concert, a last
  race or a retirement named, or a race's bib and gels laid out ("acaba tudo, ou acabo eu") (`idiom`); a goodbye to
  "my old life" on the eve of an exam or a move (`idiom`);
- throwing oneself into a party, work or a project ("me jogar na festa", "buttarmi nel lavoro") (`idiom`);
- a jump into a lake or the sea followed by the new-year or polar plunge it is (`idiom`, the round-19 sport rule);
- an attempt or an overdose years ago ("há uns 8 anos") told with peace now, talks given about it (`denial`);
- a game's boss killed or to be killed tonight, "or I uninstall" (`idiom`);
- a clinician's question reported ("you asked if I had thought of hurting myself") and answered no (`denial`);
- a helpline's name ("la línea de atención a la conducta suicida") asked for (`idiom`).

Misses of the round, by family (the situation, not the sentence):

- a train that does not stop here, or due in minutes, with the speaker on the platform past or at the yellow or
  white line (`train_due`, `step_off`);
- knowing where someone parks or lives and going out now with a bat or a knife; waiting for someone with a weapon;
  "today he'll pay me" (`threat`);
- a blade taken from a pencil case or a sharpener, a box cutter, used on an arm or a leg (`self_harm`);
- a line of cocaine with a racing heart or chest pain (`party_drug`, `symptom`);
- paracetamol or other tablets taken again and again in a day (`double_dose`) with pain under the ribs, shaking or
  vomiting (`symptom`); "double-dosed" (`double_dose`);
- a father or a partner who throws chairs, "next time it's my turn" (`violence_me`);
- a voice saying the act must be done now, with a knife already fetched (`command`, `access`);
- a belt or a rope already in the garage or the attic (`lethal_means`);
- a whole blister or pack of tablets swallowed or washed down (`taken`, `pills`), "the sleeping ones"; "I just
  wanted to say goodbye to someone" (`farewell`);
- a cut deeper than meant, the towel soaked and the bleeding not stopping (`under_way`);
- benzodiazepine nicknames ("xannies") with cans (`depressant`);
- whispers, voices or a device (the radio, a vent, the pipes) louder, commenting, talking about the speaker or
  knowing their name, people talking inside the head (`voices_worse`);
- drinking every night as "the only off switch", "or I can't get through" (`cope`, `frequency`, `alcohol`);
- falling asleep for good "wouldn't be so bad", sleeping "or for ever", an accident that would be "fair enough"
  (`death`); others better off, calmer, with more room "without me", easier "if I were gone" (`indirect`);
- the urge to scratch oneself, blades looked at "not yet" (`self_harm_urge`);
- an image or a thought of harming someone with fear of oneself (`harm_thought`);
- a blow to the head promised with a weapon kept behind the door or in the glovebox (`threat`, `access`);
  someone "soon no one's problem" (`death`, said of a third person: moderate).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

from alliance.safety.lexicon.families_r17 import _LAUGH
from alliance.safety.lexicon.families_r18 import _AGO, _BODY, _I_JUMP, _JUMP_SPORT
from alliance.safety.lexicon.families_r19 import _ATTEMPT, _WEAPON_MORE

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# ---- False alarms, by structure. ----

# A carer sorting a relative's pills or preparing their insulin (and not for the speaker).
_RELATIVE = (r"(?:(?:my |mi |ma |mon |meine?[rn]? |minha |meu |mia |mio |a mia |a mio |della mia |do meu |da minha )?"
             r"(?:mums?|moms?|mothers?|dads?|fathers?|nans?|grans?|grandmas?|grandads?|husbands?|wifes?|partners?"
             r"|mamas?|papas?|omas?|opas?|mutters?|vaters?|mannes|frau|madre|padre|abuel[oa]|marido|mujer|mere|pere"
             r"|grand-mere|grand-pere|mari|mae|pai|avo|esposa|nonn[ao]|moglie|marito))")
# "fill" whole: "fille" (a daughter) is not filling a pill box.
_SORT = (r"\b(?:sort\w*|fill(?:s|ed|ing)?\b|prepar\w*|set(?:ting)? up|organi[sz]\w*|sortier\w*|richte\w*|gerichtet|befull\w*"
         r"|ordenand\w*|ordeno|ordene|prepar\w*|organiz\w*|rempli\w*|trie\w*|tri[eé]|ranger|range|separand\w*"
         r"|separei|separo|smist\w*|sistem\w*|riempi\w*)")
_MEDS_OF = (r"(?:pills|tablets|meds|medication|insulin|syringe|pen|tabletten|medikamente|insulin|spritze|pastillas"
            r"|medicamentos|pastilles|medicaments|cachets|seringue|comprimidos|remedios|seringa|insulina|pastiglie"
            r"|pillole|medicine|farmaci|siringa|jeringa|dosette|dispenser|pillbox|pill box|pastillero|pilulier"
            r"|porta-comprimidos|portapillole)")
_FOR_ME = r"(?![^\n]{0,120}\b(?:for myself|para mi|pour moi|fur mich|pra mim|para mim|per me)\b)"
_CARER = (_FOR_ME + r"(?:" + _SORT + r"\b[^.!?\n]{0,40}?\b" + _RELATIVE + r"\b[^.!?\n]{0,30}?\b" + _MEDS_OF + r"|"
          + _RELATIVE + r"\b[^.!?\n]{0,10}?\b" + _MEDS_OF + r"\b[^.!?\n]{0,30}?\b" + _SORT + r"|" + _SORT + r"\b[^.!?\n]{0,30}?\b"
          + _MEDS_OF + r"\b[^.!?\n]{0,40}?\b(?:a |for |para |pour |fur |per |à )?" + _RELATIVE + r")\b")

# Thank-you cards finished: a pen never to be seen again.
_CARDS = (r"(?:thank[- ]?you|wedding|christmas|xmas|birthday|agradecimiento|boda|navidad|remerciement|mariage|noel"
          r"|danke|dankes|hochzeit|weihnacht\w*|agradecimento|casamento|natal|ringraziamento|matrimonio|natale)"
          r"(?:-| )?(?:cards?|notes?|letters?|tarjetas?|cartes?|karten|cartoes|cartao|biglietti|bigliettini)"
          r"|(?:tarjetas|cartes|cartoes|biglietti|bigliettini) (?:de |di )?(?:agradecimiento|remerciement|agradecimento"
          r"|ringraziamento|boda|mariage|casamento|matrimonio|navidad|noel|natal|natale)|dankeskarten|hochzeitskarten")
_NEVER_PEN = (r"(?:never want to see (?:a|another) (?:pen|envelope|stamp|card)s? again|no quiero ver (?:un|otro)"
              r" (?:boli|boligrafo|sobre) (?:nunca mas|en mi vida)|je ne veux plus (?:jamais )?voir (?:un|de) (?:stylo"
              r"|enveloppe)|will (?:nie wieder|keinen) (?:stift|kuli|umschlag)(?: mehr)? sehen|nao quero ver (?:uma|outra)"
              r" (?:caneta|envelope) (?:nunca mais|tao cedo)|non voglio (?:piu )?vedere (?:una|unaltra) (?:penna|busta)"
              r"(?: per (?:mesi|anni))?)")
_CARDS_DONE = _CARDS + r"\b[^\n]{0,160}?\b" + _NEVER_PEN + r"|" + _NEVER_PEN + r"\b[^\n]{0,160}?\b(?:" + _CARDS + r")"

# An animal slaughtered for the table, with the knives sharpened for it.
_SLAUGHTER = (r"(?:(?:si )?(?:ammazza|ammazziamo|uccide|uccidiamo|macella|macelliamo|scanna) (?:il|la|i|le|un|una)"
              r" (?:maiale|maiali|porco|agnello|agnelli|capretto|pollo|polli|galline|gallina|vitello|coniglio|conigli)"
              r"|(?:slaughter\w*|kill\w*|butcher\w*) (?:the|a|our|two|three) (?:pigs?|hogs?|lambs?|sheep|goats?"
              r"|chickens?|hens?|turkeys?|steers?)|pig slaughter|hog killing|matanza(?: del cerdo)?|(?:matar|matamos)"
              r" (?:el|al|los|un) (?:cerdo|cochino|chancho|marrano|cordero|cabrito|pollos?|gallinas?)|(?:tuer|tue|tuons)"
              r" (?:le|un|les|des) (?:cochon|porc|mouton|agneau|poulets?|lapins?|poules?)|schlachtfest|hausschlachtung"
              r"|(?:schlachten|schlachte|schlachtet) (?:\w+ )?(?:schwein|sau|lamm|hahn|huhner|kaninchen)|(?:matar|matamos|mata-se)"
              r" (?:o|um|os) (?:porco|leitao|cabrito|carneiro|borrego|frangos?|galinhas?)|matanca do porco)")
_KNIVES = (r"(?:knives|knife|cuchillos|couteaux|messer|facas|coltelli|coltellacci)")
_FARM_KILL = r"(?:" + _KNIVES + r"\b[^\n]{0,80}?\b)?" + _SLAUGHTER

# A last concert, race or season: "tonight it ends", "farewell after twenty years", thanks for putting up with me.
_AFTER_YEARS = (r"(?:farewell|goodbye|abschied|despedida|adios|adieu|au revoir|addio|saluto|despedida) (?:after|nach"
                r"|tras|despues de|apres|depois de|dopo) \d+ (?:years|jahren|anos|ans|anni)")
_PUT_UP = (r"(?:thanks? (?:you )?for putting up with me|danke,? dass ihr mich ausgehalten habt|gracias por aguantarme"
           r"|merci de mavoir supporte\w*|obrigad[oa] por me aturarem|grazie per avermi sopportat[oa])")
_LAST_EVENT = (r"(?:last|final|letzte\w*|ultim[oa]|dernier|derniere|ultim[oa]) (?:concert|konzert|concierto|concerto"
               r"|race|rennen|carrera|course|corrida|gara|show|gig|auftritt|spiel|match|partido|partita|jogo"
               r"|season|saison|temporada|stagione|shift|schicht|turno|service)")
_RETIRE_THANKS = _AFTER_YEARS + r"(?:[^\n]{0,80}?\b" + _PUT_UP + r")?"
_ITS_TIME = (r"(?:tonights the night|its time|heute abend ist es so ?weit|es ist so ?weit|esta noche es|ce soir cest"
             r" le grand soir|hoje e o dia|stasera e la sera)")
_LAST_EVENT_ENDS = (_LAST_EVENT + r"\b[^\n]{0,200}?\b(?:" + _PUT_UP + r"|" + _ITS_TIME + r")|(?:" + _ITS_TIME + r")\b"
                    r"[^\n]{0,200}?\b" + _LAST_EVENT)
_RACE_GEAR = (r"(?:bib|race number|gels|dorsal|geis|dossard|startnummer|pettorale|running shoes|zapatillas"
              r"|tenis de corrida|laufschuhe|scarpe da corsa|marathon|maraton|maratona|meia maratona|half marathon"
              r"|semi-marathon|halbmarathon|mezza maratona)")
_ENDS_ALL = (r"(?:it all ends|(?:everything )?ends (?:tonight|tomorrow)|acaba tudo|acabo eu|se acaba todo|tout se"
             r" termine|tout finit|alles endet|ist alles vorbei|finisce tutto|e finita)")
_RACE_ENDS = (_ENDS_ALL + r"\b[^\n]{0,120}?\b" + _RACE_GEAR + r"|" + _RACE_GEAR + r"\b[^\n]{0,160}?\b" + _ENDS_ALL
              + r"(?:[^.!?\n]{0,30}" + _LAUGH + r")?")
_OLD_LIFE = (r"(?:(?:say(?:ing)? )?goodbye to my (?:old|former|single|student|previous) life|(?:dire |dis |je dis )?adieu"
             r" a ma vie (?:davant|detudiante?|de celibataire|passee)|(?:me despido de|adios a) mi (?:antigua )?vida"
             r" (?:de antes|anterior|de soltera?|de estudiante)|abschied (?:von|vom) meinem (?:alten )?(?:leben"
             r"|single-leben|studentenleben)|(?:me despeco da|adeus a) minha vida (?:de antes|antiga|de solteir[oa])"
             r"|(?:dico )?addio alla (?:mia )?vita (?:di prima|da single|da studente(?:ssa)?))")

# Throwing oneself into a party, work, a project.
_THROW_INTO = (r"(?:(?:vou |vamos |quero )?me jogar|jogar-me) (?:na|no|nas|nos) (?:festa|balada|pista|night|noite"
               r"|carnaval|role|show|farra|trabalho|estudos|projeto|danca)|(?:throw|throwing|threw) myself into (?:the |my"
               r" )?(?:party|work|job|project|training|studies|dancing|dance floor)|(?:me lanzo|me tiro|me voy a tirar|volcarme)"
               r" (?:a|en) (?:la )?(?:fiesta|pista|juerga|trabajo|proyecto)|(?:me jeter|je me jette|je vais me jeter)"
               r" (?:a corps perdu )?dans (?:le|la|les|mon) (?:travail|boulot|projet|fete|soiree|danse|etudes)|(?:mich )?"
               r"(?:ins getummel|in die arbeit|ins projekt|in die party|ins feiern) (?:zu )?sturzen|(?:mi butto|buttarmi|mi"
               r" buttero) (?:nel|nella|in|sul|sulla) (?:lavoro|festa|pista|progetto|studio|mischia)")

# A jump into a lake or the sea that is the new-year or polar plunge.
_PLUNGE = (r"(?:polar (?:bear )?(?:plunge|dip|swim)|new years? (?:day )?(?:dip|plunge|swim)|plongeon (?:polaire|du nouvel"
           r" an|du jour de lan)|bain (?:polaire|du nouvel an)|baignade du (?:nouvel an|jour de lan)|eisbaden|anbaden"
           r"|neujahrsschwimmen|eisschwimmen|bano (?:polar|de ano nuevo)|chapuzon (?:de ano nuevo|polar)|mergulho (?:de"
           r" ano novo|polar)|banho de ano novo|tuffo (?:di capodanno|polare)|bagno di capodanno|winter swim\w*"
           r"|cold water swim\w*|en maillot|in swimsuit|in my swimsuit|en banador|im badeanzug|de fato de banho|in costume)")
_I_JUMP_IN = r"(?:" + _I_JUMP + r"|je vais me (?:jeter|lancer)|voy a tirarme|ich werf mich|vou me atirar|mi tuffo)"
_JUMP_PLUNGE = _I_JUMP_IN + r"\b[^\n]{0,80}?\b" + _PLUNGE + r"|" + _PLUNGE + r"\b[^\n]{0,120}?\b" + _I_JUMP_IN + r"\b(?: [\w-]+){0,3}"

# An attempt or an overdose years ago, and peace now.
_YEARS_AGO = {c: r"(?:" + _AGO[c] + r"|(?:ha|faz) (?:uns |umas |cerca de )\d+ anos|hace (?:unos |cerca de )\d+ anos"
              r"|(?:about|some|around) \d+ years ago|circa \d+ anni fa|vor (?:etwa|rund|gut) \d+ jahren"
              r"|il y a (?:environ|a peu pres) \d+ ans)" for c in _LANGS}
_OD_PAST = (r"(?:" + _ATTEMPT + r"|(?:took|swallowed) (?:a|the|an entire|a whole) (?:box|bottle|pack|packet) of"
            r"|tomei (?:uma|a) (?:caixa|cartela|embalagem) (?:de|inteira)|me tome (?:una|la) caja|jai (?:pris|avale)"
            r" (?:une|la) boite|(?:eine|die) (?:ganze )?packung (?:\w+ )?(?:genommen|geschluckt)|ho preso (?:una|la)"
            r" scatola)")
_AT_PEACE = (r"(?:at peace|(?:i )?(?:give|do) talks|speak (?:at|in) schools|em paz|dou palestras?|palestra|en paz"
             r"|doy charlas|charlas en|en paix|je temoigne|je fais des interventions|im frieden|mit mir im reinen"
             r"|halte vortrage|in pace|serena|serenamente|faccio incontri|racconto la mia storia)")
_PAST_AT_PEACE = {c: r"(?:" + _YEARS_AGO[c] + r")\b[^.!?\n]{0,40}?\b" + _OD_PAST + r"\b[^\n]{0,200}?\b" + _AT_PEACE
                  + r"\b" for c in _LANGS}

# A game's boss, killed or to be killed "tonight, or I uninstall".
_GAME_NAMED = (r"(?:final boss|boss fight|boss battle|jefe final|boss final|boss de fin|endboss|chefe final|dark souls"
               r"|elden ring|sekiro|bloodborne|videogame|videogioco|videojuego|jeu video|videospiel|playstation|ps5|xbox"
               r"|🎮)")
_UNINSTALL = r"(?:uninstall\w*|disinstall\w*|desinstal\w*|deinstallier\w*|rage ?quit\w*)"
_BOSS_FIGHT = (_GAME_NAMED + r"\b[^\n]{0,160}?\b" + _UNINSTALL + r"|" + _GAME_NAMED + r"\b[^\n]{0,100}?\b(?:li|lo|la|le"
               r"|him|her|them|los|las|les|ihn|sie|o|a|os|as) (?:uccido|ammazzo|mato|kill|tue|tote|kille|mato)\b")

# A clinician's question reported and answered no.
_ASKED_IF = {
    "en": r"(?:you|she|he|the (?:doctor|nurse|therapist|gp)) asked (?:me )?(?:if|whether) i\w* (?:had )?(?:ever )?"
          r"(?:thought|had thoughts)",
    "es": r"(?:me )?pregunt(?:aste|o|aron) si (?:habia|he|hubiera|tenia) (?:pensado|tenido (?:pensamientos|ideas))",
    "fr": r"(?:tu|vous|il|elle) (?:mas|mavez|ma) demande si (?:javais|jai) (?:pense|eu des (?:idees|pensees))",
    "de": r"(?:du hast|sie haben|sie hat|er hat) (?:mich )?gefragt,? ob ich (?:daran gedacht|gedanken)",
    "pt": r"(?:voce|vc|ele|ela|tu) (?:me )?pergunt(?:ou|aste) se (?:eu )?(?:tinha|tive) (?:pensado|pensamentos)",
    "it": r"mi (?:hai|ha|avete) chiesto se (?:avevo|ho) (?:pensato|avuto pensieri)",
}
_HARM_ME = (r"(?:hurting myself|harming myself|ending (?:it|things|my life)|killing myself|hacerme dano|lastimarme"
            r"|matarme|quitarme la vida|me faire du mal|me tuer|en finir|mir (?:etwas|was) anzutun|mich umzubringen"
            r"|me machucar|me matar|me ferir|farmi del male|uccidermi|farla finita)")
_NO_AT_ALL = (r"(?:no|nope|never|nein|non|nao|nunca|jamais|mai)\b[,.]? ?(?:para nada|en absoluto|pas du tout|gar nicht"
              r"|de jeito nenhum|per niente|not at all|nothing like that|nada disso|nada de eso|rien de tel|nichts"
              r" dergleichen|niente del genere)?")
_ASKED_NO = {c: _ASKED_IF[c] + r"\b[^.!?\n]{0,30}?\b" + _HARM_ME + r"[^.!?\n\w]{0,6}" + _NO_AT_ALL for c in _LANGS}

# A helpline's or a service's name.
_SERVICE_NAME = (r"(?:telefono|numero|linea|hotline|helpline|line|number|nummer|service|servicio|servizio|servico"
                 r"|centro|centre|center|ligne|linha|telefone)(?: \w+){0,3}? (?:de|for|of|per|pour|fur|da|del|della"
                 r"|du|di|do|dos|des)(?: la| the| a| l| o)? (?:atencion a la |prevencion del? |prevention (?:du|of) "
                 r"|prevenzione del |prevencao (?:do|ao) |apoio ao |ayuda (?:al|en) |crisis (?:de )?)?(?:conducta suicida"
                 r"|suicid\w*|suicide|suizid\w*)")

# ---- Misses of the round, by structure. ----

# A train that does not stop here, or at a clock time; the speaker past or at the platform's line.
_NO_STOP = (r"(?:doesnt|does not|wont|will not|dont) stop (?:here|at this station)|(?:halt|haelt) hier nicht"
            r"|(?:qui |qua )?non (?:si )?ferma(?: qui| qua)?|no (?:para|se detiene) aqui|ne sarrete pas (?:ici|a cette gare)"
            r"|nao para aqui|passes? through without stopping|passa senza fermarsi|pasa sin parar|passe sans sarreter"
            r"|(?P<at>(?:the )?\d{1,2}[:.]\d{2}) (?:from|to) (?:platform|gleis|anden|quai|plataforma|binario)")
_PAST_LINE = (r"(?:(?:past|beyond|over|across|on|at|right at|right on) the (?:yellow|white|safety) line"
              r"|(?:ganz )?(?:vorne )?(?:an|auf|uber|jenseits) der (?:weissen|gelben) (?:linie|markierung)"
              r"|(?:oltre|sulla|superato|superata|dopo) la (?:linea|riga|striscia) gialla"
              r"|(?:mas alla de|pasad[oa] de|sobre|pisando) la (?:linea|raya|franja) amarilla"
              r"|(?:au-dela de|au dela de|sur|apres) la (?:ligne|bande) (?:jaune|blanche)"
              r"|(?:alem|depois|em cima|passei) d?a (?:linha|faixa) (?:amarela|branca))")

# Knowing where someone parks and going out with a bat; waiting for someone with a weapon; "today he'll pay me".
_WEAPON20 = (r"(?:bat|baseball bat|bate|batte|baseballschlager|schlager|taco(?: de beisebol)?|mazza(?: da baseball)?"
             r"|knife|cuchillo|navaja|couteau|messer|faca|coltello|hammer|martillo|marteau|martelo|martello|iron bar"
             r"|barra de hierro|barre de fer|eisenstange|barra de ferro|spranga|gun|pistola|pistole|flingue|arma"
             r"|waffe|" + _WEAPON_MORE[3:-1] + r")")
_WITH_WEAPON = (r"(?:with|con|avec|mit|com) (?:the|a|my|el|la|un|una|mi|le|un|une|mon|ma|dem|der|einem|einer|meinem"
                r"|meiner|o|a|um|uma|meu|minha|il|lo|il mio|la mia) " + _WEAPON20)
_KNOW_WHERE = (r"(?:i know|i found out|ya se|se|je sais|jai trouve|ich weiss|eu sei|ja sei|descobri|so|ho scoperto)"
               r",? (?:\w+ )?(?:where|donde|ou|wo|onde|dove) (?:he|she|el|ella|il|elle|er|sie|ele|ela)? ?(?:parks|lives"
               r"|works|aparca|vive|trabaja|se gare|habite|bosse|parkt|wohnt|arbeitet|estaciona|mora|trabalha|parcheggia"
               r"|abita|lavora)")
_GOING_OUT = (r"(?:im going|i am going|heading|going out|leaving|salgo|voy|je (?:sors|pars|vais)|ich (?:geh|gehe|fahr"
              r"|fahre)|(?:eu )?(?:saio|vou)|esco|vado|parto)")
_HUNT_ARMED = (r"(?P<at>" + _KNOW_WHERE + r")\b[^\n]{0,120}?\b" + _GOING_OUT + r"\b[^.!?\n]{0,40}?\b" + _WITH_WEAPON
               + r"\b")
_WAIT_FOR = (r"(?:(?:im |i am )?wait(?:ing)? for (?:him|her|them|that \w+)(?: to (?:come out|leave|get home))?"
             r"|(?:ich )?wart\w* (?:ich )?(?:auf (?:ihn|sie|den|die) )?|(?:estoy )?esperando(?: a)? (?:que salga|(?:que )?(?:el"
             r"|ella)|lo|la)|(?:le|la|les) espero|(?:je )?(?:lattends|vais lattendre)|(?:to|tou|estou|fico) esperando"
             r" (?:ele|ela|o cara)(?: sair)?|(?:lo|la) aspetto|aspetto che (?:esca|\w+ esca))")
_WAIT_ARMED = (r"(?P<at>" + _WAIT_FOR + r")[^.!?\n]{0,50}?\b" + _WITH_WEAPON + r"\b")
_PAYS_TODAY = (r"(?:today|tonight|hoje|hoy|esta noche|ce soir|aujourdhui|heute|stasera|oggi) (?:ele|ela|el|ella|he|she"
               r"|il|elle|er|sie|lui|lei) (?:me paga|me las paga|gets what(?:s| is) coming|pays|me le paie|kriegt (?:es|sein"
               r" fett)|me la paga)")

# A blade from a pencil case or a sharpener, a box cutter, on an arm or a leg.
_SMALL_BLADE = (r"(?:blade (?:out of|from) (?:my |the |a )?(?:pencil ?case|sharpener)|(?:pencil )?sharpener blade"
                r"|box ?cutter|stanley knife|craft knife|utility knife|x-?acto|cuchilla del sacapuntas|hoja del sacapuntas"
                r"|cuchilla del estuche|cuter|cutter|lame du taille-crayon|lame de taille-crayon|taille-crayon|teppichmesser"
                r"|cuttermesser|klinge (?:aus dem|vom) (?:anspitzer|spitzer|federmappchen)|anspitzerklinge|estilete"
                r"|lamina do apontador|lamina do estojo|apontador|taglierino|lametta del temperino|lama del temperino"
                r"|temperino)")
_ACCIDENT = (r"(?![^.!?\n]{0,60}\b(?:accident\w*|by mistake|slipped|sin querer|por accidente|aus versehen|versehentlich"
             r"|abgerutscht|par accident|sans faire expres|ma glisse|sem querer|scivolat\w*|per sbaglio|senza volere"
             r"|cardboard|karton|carton|cartone|papelao|boxes|cajas|kisten|scatoloni|parcels?|paquetes|pacchi|pakete)\b)")
_BLADE_ON_BODY = (_ACCIDENT + r"(?:" + _SMALL_BLADE + r"\b[^.!?\n]{0,60}?\b(?:top of )?(?:my |mi |mon |ma |mein\w* |den |die"
                  r" |das |meu |minha |il |la |lo |el |le |o |a )?" + _BODY + r"|" + _BODY + r"\b[^.!?\n]{0,40}?\b"
                  r"(?:with|con|avec|mit|com) (?:the|a|my|el|la|un|una|mi|le|un|une|mon|ma|dem|der|einem|o|a|um|uma|il|lo)"
                  r" " + _SMALL_BLADE + r")\b")

# A line of cocaine.
_LINE_COKE = (r"(?:(?:another|one more) line|(?:lines?|rails?|bumps?) of (?:coke|cocaine|charlie)|(?:otra|una) raya"
              r"(?: de (?:coca|cocaina|farlopa))?|otra linea|rayas? de (?:coca|cocaina)|encore une? (?:trace|ligne|rail)"
              r"|un rail|(?:lignes?|traces?|rails?) de (?:coke|coca\w*|cc)|noch (?:eine|ne) (?:line|nase)|ne line"
              r"|(?:lines?|nasen?) koks|(?:outra|mais uma) (?:carreira|linha|risca)(?: de (?:po|cocaina|coca))?"
              r"|(?:unaltra|altra) (?:riga|striscia|pista)(?: di (?:coca|cocaina|bamba|bianca))?)")
_CARDIAC = (r"(?:chest (?:pain|hurts|tight\w*)|(?:left )?arm (?:is )?(?:tingling|numb|goes numb)|dolor (?:en el|de)"
            r" pecho|brazo (?:izquierdo )?(?:hormiguea|dormido)|douleur (?:a la|dans la) poitrine|bras (?:gauche )?"
            r"(?:engourdi|qui picote)|brustschmerz\w*|schmerzen in der brust|arm (?:kribbelt|ist taub)|dor no peito"
            r"|braco (?:esquerdo )?(?:formigando|dormente)|dolore al petto|braccio (?:sinistro )?formicola)")

# Tablets taken again and again in a day; pain under the ribs; shaking and vomiting.
_N3 = (r"(?:[3-9]|\d{2}|three|four|five|six|tres|cuatro|cinco|seis|trois|quatre|cinq|six|drei|vier|funf|sechs|tres"
       r"|quatro|cinco|seis|tre|quattro|cinque|sei)")
_AGAIN_DOSE = (r"(?:took|had|tome|tomei|jai pris|pris|genommen|nahm|ho preso|presi|preso)\b[^.!?\n]{0,20}?\b" + _N3
               + r"\b[^.!?\n]{0,50}?\b(?:and|e|y|et|und|plus|then|luego|dann|poi|depois) (?:another|other|altre|altri"
               r"|otras|otros|outras|outros|encore|noch (?:mal )?|mais|di nuovo|wieder) " + _N3 + r"\b")
_DOUBLE_DOSED = r"(?:double[- ]?dos(?:ed|ing)|doppelt (?:genommen|dosiert)|dose dupla|dosis doble|dose doppia|double dose)"
_RIB_PAIN = (r"(?:pain under (?:my |the )?(?:right )?ribs|dolor (?:bajo|debajo de) las costillas|douleur sous les cotes"
             r"|schmerz\w* unter (?:den )?rippen|dor (?:embaixo|debaixo|abaixo|sob) das costelas|dolore sotto le costole)")
_SICK_SHAKING = (r"(?:(?:hands|legs) (?:are |keep )?shaking|been sick (?:twice|\d+ times|all morning)|(?:vomitado|vomite)"
                 r" (?:dos|tres|\d+) veces|vomi (?:deux|trois|\d+) fois|(?:zweimal|dreimal|\d+ ?mal) (?:gekotzt"
                 r"|erbrochen)|vomitei (?:duas|tres|\d+) vezes|vomitato (?:due|tre|\d+) volte|mani (?:che )?tremano)")

# A father or a partner who throws chairs; "next time it's my turn".
_HOUSE_MAN = (r"(?:father|dad|stepdad|stepfather|husband|partner|boyfriend|padre|papa|padrastro|marido|novio|pere"
              r"|beau-pere|mari|copain|vater|stiefvater|mann|freund|pai|padrasto|namorado|patrigno|marito|ragazzo"
              r"|lui|ele)")
_THROWS_CHAIRS = (_HOUSE_MAN + r"\b[^.!?\n]{0,40}?\b(?:throws|threw|hurls|lancia|scaglia|tira|tiro|lanza|lance|jette"
                  r"|balance|wirft|warf|schmeisst|joga|atira|jogou|atirou) (?:\w+ )?(?:chairs?|sedie|sedia|sillas?"
                  r"|chaises?|stuhle|stuhl|cadeiras?|plates|piatti|platos|assiettes|teller|pratos|furniture|muebles"
                  r"|meubles|mobel|moveis|mobili|bottles|bottiglie|botellas|bouteilles|flaschen|garrafas)")
_HURT_WORD = (r"(?:hit|hits|beat|beats|punched|slapped|choked|by the hair|per i capelli|por el pelo|de los pelos"
              r"|par les cheveux|an den haaren|pelos cabelos|pelo cabelo|picchia\w*|schiaff\w*|bateu|frappe|gifle"
              r"|schlagt|schlug|geschlagen|golpea|golpeo|pego a)")
_MY_TURN = (_HURT_WORD + r"\b[^.!?\n]{0,60}?\b(?:said|says|told me|ha detto|dice|dijo|me dijo|a dit|dit|hat gesagt|sagt"
            r"|disse|diz)[^.!?\n]{0,20}?\b(?:next time (?:its|it will be|ill be) (?:me|my turn)|la prossima volta tocca a"
            r" (?:me|te)|la proxima vez (?:me toca a mi|te toca a ti|soy yo|eres tu)|la prochaine fois (?:ce sera|cest)"
            r" (?:moi|mon tour|toi|ton tour)|(?:nachstes|beim nachsten) mal (?:bin ich|bist du) dran|da proxima vez"
            r" (?:sou eu|es tu|e a minha vez|e a tua vez))")

# A voice saying the act must be done now, the knife already fetched.
_MUST_DO_IT = (r"(?:says|said|tells me|keeps telling me|sagt|dice|dit|diz|ordena|befiehlt|comanda)[^.!?\n]{0,15}?\b"
               r"(?:i (?:have to|must|need to)|ich (?:muss|soll)|(?:que )?tengo que|(?:que )?debo|je dois|il faut que je"
               r"|(?:que )?tenho que|devo|che devo)\b(?: \w+){0,2}? (?:do it|finish it|put it right|es (?:\w+ )?(?:tun"
               r"|erledigen|machen)|hacerlo|acabarlo|le faire|faze-lo|fazer isso|farlo|finirla)")
_KNIFE_TAKEN = (r"(?:knife|messer|cuchillo|couteau|faca|coltello)\b[^.!?\n]{0,30}?\b(?:geholt|genommen|in der hand"
                r"|in my hand|taken|cogido|agarrado|pris|en main|peguei|pegado|na mao|preso|in mano)\b|(?:got|grabbed"
                r"|took|fetched|cogi|agarre|jai pris|peguei|ho preso|ho preso) (?:the|a|el|un|le|o|il) (?:\w+ )?"
                r"(?:knife|cuchillo|couteau|faca|coltello)")
_VOICE_KNIFE = (r"(?P<at>" + _MUST_DO_IT + r")\b(?=[^\n]{0,200}?\b(?:" + _KNIFE_TAKEN + r"))")
_KNIFE_VOICE = r"(?:" + _KNIFE_TAKEN + r")\b[^\n]{0,200}?\b(?P<at>" + _MUST_DO_IT + r")"

# A belt or a rope already in the garage or the attic.
_BELT_READY = (r"(?:belt|cintura|cinturon|ceinture|gurtel|cinto|rope|corda|cuerda|soga|corde|seil)\b[^.!?\n]{0,20}?\b"
               r"(?:already|gia|ya|deja|schon|ja|ready|pronta|pronto|lista|listo|prete|bereit)\b[^.!?\n]{0,20}?\b(?:in"
               r" the|in|en el|en la|dans le|dans la|au|im|in der|auf dem|na|no|nel|nella|in) (?:garage|garaje|garagem"
               r"|attic|loft|shed|barn|soffitta|cantina|dachboden|keller|scheune|grenier|cave|sotano|desvan|trastero"
               r"|sotao|porao|celeiro|fienile|capanno|bosco|woods|forest|wald|foret|bosque|mato)")

# A whole blister or pack swallowed or washed down; "the sleeping ones"; "I just wanted to say bye to someone".
_BLISTER = r"(?:blister (?:strip|pack)s?|blisterstreifen|plaquettes?|cartelas?|tiras? de pastillas)"
_SLEEPING_ONES = (r"(?:the sleeping ones|(?:las|los) de dormir|(?:celles|ceux) pour dormir|die zum schlafen|(?:os|as) de"
                  r" dormir|quelle per dormire)")
_WASHED_DOWN = (r"(?:runtergespult|runtergeschluckt|eingeworfen|washed (?:\w+ )?down|(?:ho )?(?:appena )?finito"
                r" (?:il|la|tutto il|tutta la) (?:blister|scatola|confezione|boccetta)|finished (?:the|a|my) (?:whole )?"
                r"(?:blister|box|pack|packet|bottle)|(?:me )?acabe (?:el|la) (?:blister|caja)|jai fini (?:la|le)"
                r" (?:plaquette|boite|tube)|terminei a (?:cartela|caixa))")
_SAY_BYE_SOMEONE = (r"(?:(?:just )?wanted to say (?:bye|goodbye|hi) to (?:someone|somebody)|volevo (?:solo )?(?:dire ciao"
                    r"|salutare) (?:a )?qualcuno|(?:solo )?queria despedirme de alguien|je voulais (?:juste )?dire au"
                    r" revoir a quelquun|wollte (?:nur )?(?:noch )?jemandem tschuss sagen|(?:so )?queria me despedir de"
                    r" alguem)")

# A cut deeper than meant, the cloth soaked, the bleeding not stopping (not a nosebleed or a period).
_NOT_NOSE = (r"(?![^\n]{0,200}\b(?:nose\w*|nosebleed|nariz|nez|nase\w*|naso|period|regla|regles|periode|menstru\w*"
             r"|ciclo|dentist\w*|dent\w*ist|zahn\w*)\b)")
_CUT_DEEP = (r"(?:(?:went|cut|gone) (?:too )?deeper than (?:i )?(?:meant|wanted|planned|thought)|(?:went|cut) too deep"
             r"|zu tief (?:gemacht|geschnitten)|(?:mas|demasiado) profundo de lo que|trop profond|plus profond que prevu"
             r"|mais fundo do que|fundo demais|il taglio e profondo|troppo profond[oa]|(?:the )?cut is (?:really )?deep"
             r"|el corte es profundo|la coupure est profonde|der schnitt ist tief|o corte (?:e|ta|esta) fundo)")
_NOT_STOPPING = (r"(?:keeps (?:coming|pouring|bleeding)|(?:wont|will not|doesnt|does not|cant make it) stop(?: bleeding)?"
                 r"|(?:hort|hoert) nicht auf(?: zu (?:bluten|laufen))?|blutet (?:immer noch|weiter|ohne ende)|no para"
                 r"(?: de sangrar)?|sigue saliendo|ca (?:ne )?sarrete pas|ca saigne toujours|nao para(?: de sangrar)?"
                 r"|continua a sair|non si ferma|non smette|tout est trempe|(?:towel|tea towel|cloth|torchon|serviette|handtuch"
                 r"|toalla|trapo|toalha|pano|asciugamano|garza|gauze|strofinaccio)\w*[^.!?\n]{0,30}?\b(?:soaked|trempee?"
                 r"|durch(?:geblutet|nasst)?|empapad[oa]|encharcad[oa]|zupp[oa]|inzuppat[oa]))")
_BLEEDING_ON = (_NOT_NOSE + r"(?:(?:" + _CUT_DEEP + r"|" + _SMALL_BLADE + r")\b[\s\S]{0,160}?\b" + _NOT_STOPPING + r"|"
                + _NOT_STOPPING + r"\b[\s\S]{0,160}?\b(?:" + _CUT_DEEP + r"))\b")

# Voices, whispers or a device speaking: louder, commenting, talking about the speaker, inside the head.
_VOICE_NOUN = (r"(?:voices?|whisper\w*|radio man|flustern|gefluster|stimmen?|chuchot\w*|murmures?|susurr\w*|voces"
               r"|sussurr\w*|bisbigli\w*|cochich\w*|sussurros?|vozes)")
_DEVICE = (r"(?:radio|telly|tv|tele|fernseher|televis\w*|extractor fan|vent|luftung|lufter|pipes|tuyaux|rohren"
           r"|tuberias|canos|tubi|ventilador|ventilatore)")
_LOUDER = (r"(?:louder|lauter|plus forts?|mas fuertes?|piu fort[ei]|mais altos?|mais fortes?)(?! (?:than|als|que|di|do"
           r" que|del|della|dello|de la|du|des)\b)")
_SPEAKS_OF_ME = (r"(?:comments? on|kommentier\w*|commenta\w*|comenta\w*|commente\w*|talks? about me|spricht uber mich"
                 r"|parla(?:re|no)? di me|habla\w* de mi|parle\w* de moi|fala\w* de mim|knows? my name|kennt meinen"
                 r" namen|connaissent mon prenom|(?:conoce|sabe)\w* mi nombre|sa(?:nno)? il mio nome|sabe\w* o meu nome)")
_VOICES_MORE = (_VOICE_NOUN + r"\b[^\n]{0,100}?\b(?:" + _LOUDER + r"|" + _SPEAKS_OF_ME + r")|" + _DEVICE
                + r"\b[^\n]{0,100}?\b" + _SPEAKS_OF_ME)
_IN_MY_HEAD = (r"(?:talk\w*|speak\w*|hablan|parlent|sprechen|reden|falam|parlano) (?:\w+ )?(?:inside|in|dentro de|dans"
               r"|dentro (?:la|da)|na) (?:my|mi|ma|meinem|minha|mia) (?:head|cabeza|tete|kopf|cabeca|testa)")

# Drinking every night as the only way to switch off.
_ONLY_SWITCH = (r"(?:(?:the )?only (?:off switch|way (?:i can |to )?(?:switch off|sleep|cope))|(?:ma|la seule) facon"
                r" d(?:e )?eteindre|(?:seul moyen|seule facon) de (?:dormir|deconnecter|couper)|ohne (?:\w+ )?(?:krieg"
                r"|kriege|kann|bekomm\w*) ich (?:den kopf )?nicht|(?:se no|senno|altrimenti) non (?:reggo|ce la faccio)"
                r"|unica (?:forma|maneira) de (?:desligar|dormir)|unica (?:forma|manera) de (?:desconectar|dormir|apagar)"
                r"|unico modo per (?:staccare|dormire|spegnere)|einzige (?:weg|moglichkeit),? (?:um )?(?:abzuschalten"
                r"|zu schlafen))")
_EVERY_EVENING = (r"(?:most nights|(?:ist )?mein feierabend\w* geworden|jeden (?:abend|tag)|tous les soirs|todas as noites"
                  r"|tutti i giorni|todas las noches)")
_DRINK_SLANG = r"(?:(?:me )?mets une mine|une cuite|vinho tinto|garrafa de tinto|tinto)"

# Falling asleep for good, not waking, an accident that "wouldn't be bad" (`death`); better off without me (`indirect`).
_SLEEP_FOR_GOOD = (r"(?:si je (?:mendormais|ne me reveillais (?:pas|plus)) pour (?:de bon|toujours)[^.!?\n]{0,20}?(?:ce"
                   r" serait|ca serait) (?:pas plus mal|pas si mal|bien|pas grave)|(?:einfach )?nicht mehr aufwach\w*"
                   r"[^.!?\n]{0,20}?(?:war|ware|wars) (?:das |es )?(?:fur alle )?(?:ok|okay|gut|besser|nicht schlimm)"
                   r"|(?:queria|quero|quisiera|quiero|want(?:ed)? to|wish i could|je voudrais|ich will|ich mochte"
                   r"|vorrei|voglio) (?:\w+ ){0,2}(?:dormir|sleep|schlafen|dormire)[^\n]{0,30}?\b(?:ou|o|or|oder)"
                   r" (?:pra|para|per|for|pour|fur) (?:sempre|siempre|ever|toujours|immer)|apagarme como"
                   r"|que nadie me vuelva a (?:prender|encender)|if a (?:bus|car|truck|lorry) (?:hit|clipped|ran over)"
                   r" me[^\n]{0,60}?\b(?:fair enough|wouldnt mind|wouldnt be (?:so )?bad|fine by me))")
_EASIER = (r"(?:better|easier|more room|more money|lighter|calmer|happier|leichter|besser|einfacher|mejor|mas facil"
           r"|mas tranquil\w*|mieux|plus simple|plus facile|melhor|mais facil|mais tranquil\w*|meglio|piu facile"
           r"|piu tranquill\w*)")
_WITHOUT_ME = (r"(?:without me|sin mi|sin tener que mantenerme|sans moi|ohne mich|sem mim|senza di me)")
_GONE_IF = (r"(?:wenn ich weg (?:war|ware)|if i were gone|if i wasnt here|si yo no estuviera|si je netais plus la"
            r"|se eu nao estivesse (?:mais )?aqui|se non ci fossi(?: piu)?)")
# "without me" ends its clause: "happier without me nagging about homework", "mejor sin mí en la final" are a role,
# not the person's existence (round 9's near misses).
_WITHOUT_ME_END = _WITHOUT_ME + r"(?=\s*(?:[.!?,;:\n]|$|\b(?:honestly|really|tbh|franchement|ehrlich|davvero|de verdad|sinceramente|anyway)\b))"
_BURDEN_GONE = (_EASIER + r"\b[^.!?\n]{0,60}?\b" + _WITHOUT_ME_END + r"|" + _GONE_IF + r"\b[^\n]{0,40}?\b" + _EASIER)

# The urge back: to scratch or cut; blades looked at, "not yet".
_URGE_SCRATCH = (r"(?:l?envie|vontade|ganas|urge|voglia|drang) (?:de |di |to )?(?:me |mi |mich )?(?:griffer|riscar|arranhar"
                 r"|rascarme|scratch\w*|graffiarmi|zu kratzen|kratzen)")
_BLADES_NOT_YET = (r"(?:klingen|blades?|lames?|cuchillas?|laminas?|lamette|temperino|sharpener|taille-crayon|anspitzer"
                   r"|sacapuntas|apontador)\b[^\n]{0,80}?\b(?:noch nicht|not yet|pas encore|todavia no|aun no|ainda nao"
                   r"|non (?:l)?ho ancora)\b")

# An intrusive image of harming someone, and fear of oneself.
_THOUGHT_WORD = (r"(?:l|d)?(?:images?|immagine|imagem|imagen|gedanke\w*|bild\w*|thoughts?|pensees?|pensiero|pensamento|pensamiento)")
_AFRAID_SELF = (r"(?:(?:afraid|scared|terrified) of (?:myself|what i might do)|paura di me stess[oa]|miedo de mi mism[oa]"
                r"|jai peur de moi|angst vor mir(?: selbst)?|medo de mim|apavorad[oa])")
_IMAGE_AFRAID = (_THOUGHT_WORD + r"\b[\s\S]{0,160}?\b" + _AFRAID_SELF + r"|" + _AFRAID_SELF + r"\b[\s\S]{0,160}?\b"
                 + _THOUGHT_WORD + r"\b")

# A blow to the head promised, the weapon kept behind the door or in the glovebox; "soon no one's problem".
_SMASH_HEAD = (r"(?:je (?:lui|leur) (?:defonce|explose|eclate|casse|ouvre) (?:le crane|la gueule|la tete)|(?:le|les) rajo"
               r" (?:\w+ ){0,3}(?:y )?(?:luego )?a el\b|passo (?:o carro )?por cima dele|ich (?:schlag|schlage|hau|haue)"
               r" (?:ihm|ihr) den schadel ein|gli (?:spacco|rompo|apro) (?:la testa|il cranio)|i(?:ll| will) (?:smash|cave)"
               r" (?:his|her) (?:head|skull) in)")
_KEPT_AT_DOOR = (r"(?:en la guantera|in the glove ?box|derriere la porte|dietro la porta|atras da porta|hinter der tur"
                 r"|behind the door|dans la boite a gants|nel cruscotto|no porta-luvas|im handschuhfach)")
_NO_ONES_PROBLEM = (r"(?:(?:wont|will not) be (?:your|anyones|anybodys) problem (?:for )?(?:much )?longer|pronto dejo de"
                    r" molestar|bientot vous serez debarrass\w* de moi|presto non (?:saro|sara) piu un problema (?:di|per)"
                    r" nessuno|logo (?:deixo|vou deixar) de (?:incomodar|ser um problema)|bald (?:bin ich|ist er|ist sie)"
                    r" (?:euch|niemandem) (?:nicht mehr )?(?:zur last|ein problem))")

_XANNIES = r"(?:xannies|xannys|xans|xanax|xanny bars|alprazolam\w*)"

PARTS: dict[str, dict[str, list[str]]] = {
    code: {
        "idiom": [_NEVER_PEN, _FARM_KILL, _RETIRE_THANKS, _LAST_EVENT_ENDS, _RACE_ENDS, _OLD_LIFE, _THROW_INTO, _JUMP_PLUNGE,
                  _BOSS_FIGHT, _SERVICE_NAME],
        "denial": [_CARER, _CARDS_DONE, _PAST_AT_PEACE[code], _ASKED_NO[code]],
        "train_due": [_NO_STOP],
        "step_off": [_PAST_LINE],
        "threat": [_HUNT_ARMED, _WAIT_ARMED, _PAYS_TODAY, _SMASH_HEAD],
        "weapon": [_WEAPON20],
        "self_harm": [_BLADE_ON_BODY],
        "party_drug": [_LINE_COKE],
        "symptom": [_CARDIAC, _RIB_PAIN, _SICK_SHAKING],
        "double_dose": [_AGAIN_DOSE, _DOUBLE_DOSED],
        "violence_me": [_THROWS_CHAIRS, _MY_TURN],
        "command": [_VOICE_KNIFE, _KNIFE_VOICE],
        "access": [_KNIFE_TAKEN, _KEPT_AT_DOOR],
        "lethal_means": [_BELT_READY],
        "pills": [_BLISTER, _SLEEPING_ONES],
        "taken": [_WASHED_DOWN],
        "farewell": [_SAY_BYE_SOMEONE],
        "under_way": [_BLEEDING_ON],
        "depressant": [_XANNIES],
        "death": [_SLEEP_FOR_GOOD, _NO_ONES_PROBLEM],
        "indirect": [_BURDEN_GONE],
        "self_harm_urge": [_URGE_SCRATCH, _BLADES_NOT_YET],
        "harm_thought": [_IMAGE_AFRAID],
        "voices_worse": [_VOICES_MORE, _IN_MY_HEAD],
        "cope": [_ONLY_SWITCH],
        "frequency": [_EVERY_EVENING],
        "alcohol": [_DRINK_SLANG],
    } for code in _LANGS
}
