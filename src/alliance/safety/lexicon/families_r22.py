"""Calm preparations told in ordinary words and situations of blind round 22 (issues 10 and 15, after round 22 and
the intake's held-out set i), in the six languages, merged into each language's lexicon by
`alliance.safety.lexicon.make_lexicon` after `families_r21.py`. As there, each family is slots and the way they
combine, not the sentences of the sets.

- affairs put in order, each act ordinary on its own (a will signed, things given to someone, bills paid, library
  books returned, the keys or a letter left for someone, an account arranged for a child): two of them in one
  stretch are a preparation (`prep`; AAS warning signs, Rudd et al. 2006: putting affairs in order);
- a method's place researched ("looked up the height of the bridge") (`prep`: C-SSRS preparatory behaviour);
- a trip to a lake, a cliff, a mountain pass or a bridge "one last time" (`intent`), or going there "and not coming
  back" (`death`): with a day and the preparations the composing layer makes them imminent (a plan with a place
  and a time, C-SSRS);
- someone threatened with a weapon ("threatened the neighbour with his rifle") (`threat`), the weapon in hand
  (`access`); an armed wait on the stairs or outside the person's work (`threat`);
- the speaker sitting on the edge, the wall or the ledge of a roof, a terrace or a car park (`under_way`);
- voices ordering a jump, or counting down (`command`, the countdown `time_soon`);
- an opioid chewed from a patch or injected ("una pera") (`opioid_use`): with slow breathing an overdose under way;
- a tablet put aside every evening until there are dozens (`lethal_means`: stockpiling); a rope in the rucksack on
  the way to a hill or the woods (`lethal_means`, the journey `time_soon`);
- and more of the round: "the whole strip" taken (`amount`), blood that will not stop with towels soaked
  (`under_way`), self-harm hidden "so nobody sees" or closed with a plaster (`self_harm`), violence promised with
  "I know where he lives" (`threat`), one step forward before a train (`step_off`), "It's tonight." alone and
  "I'll take them tonight" (`intent`), the door left open for whoever finds the speaker (`prep`), the family
  better off without the speaker (`indirect`), and asking how to ask someone about suicide (`idiom`).

Guards written with them (near misses in `tests/safety/test_families_r22.py`): a real trip to the lake ("back for
dinner", a holiday), a will made at the notary or with a spouse "as one does at our age", library books returned
alone, keys left for a holiday or a move, a bridge's clearance looked up for a lorry or a van, a last visit before a
move or the season's end, a hunting rifle with no one threatened, a ledge with photos or the view, a nosebleed, a
race "tonight" with good luck wished, a rope for climbing, a meeting that goes on without the speaker.

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

from alliance.safety.lexicon.families_r21 import _LEISURE, _NOT_FESTIVE, _THEY_SAY, _WEAPON

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# ---- Affairs put in order: two ordinary closing acts in one stretch. ----

_WILL = (r"(?:(?:signed|made|written|wrote|done|did) (?:my|the|a) will|(?:firmado|firme|hecho|hice|redactado) (?:el|mi)"
         r" testamento|(?:signe|fait|redige|ecrit) (?:mon|le|un) testament|testament (?:unterschrieben|gemacht|geschrieben"
         r"|aufgesetzt)|(?:assinei|fiz|escrevi|redigi) (?:o|meu|um) testamento|(?:firmato|fatto|scritto) (?:il|un|mio)"
         r" testamento)")
_GIVEN = (r"(?:gave (?:away )?(?:my|all my|the) \w+(?: \w+)? to|given (?:away )?(?:my|all my|the) \w+(?: \w+)? to"
          r"|(?:regalado|regale|dado|di|deje) (?:las|los|mis|mi|el|la) \w+(?: \w+)? a (?:mi|mis)|(?:donne|offert|laisse)"
          r" (?:mes|mon|ma|les|le|la) \w+(?: \w+)? a (?:mon|ma|mes)|\w+ (?:verschenkt|vermacht)|(?:dei|doei|deixei) (?:as|os"
          r"|meus|minhas|o|a) \w+(?: \w+)? (?:ao|a|para o|para a|pro|pra) (?:meu|minha)|(?:regalato|dato|lasciato)"
          r" (?:i|le|il|la|mio|mia|miei|mie) \w+(?: \w+)? a (?:mio|mia|mi[oe]i))")
_BILLS = (r"(?:(?:paid|settled|cleared) (?:off )?(?:all )?(?:my |the )?(?:bills|debts|rent|tab)|bills (?:all )?(?:paid|settled)"
          r"|(?:pagado|pague|saldado|salde) (?:todas )?(?:las|mis) (?:facturas|deudas|cuentas)|(?:paye|regle|solde)"
          r" (?:toutes )?(?:mes|les) (?:factures|dettes|comptes)|(?:rechnungen|schulden) (?:\w+ )?(?:bezahlt|beglichen"
          r"|erledigt)|(?:paguei|quitei|acertei) (?:todas )?(?:as|minhas) (?:contas|dividas)|(?:pagato|saldato) (?:tutte )?"
          r"(?:le|i) (?:bollette|debiti|conti))")
_ACCOUNT_FOR = (r"(?:(?:sorted|set up|arranged|settled) (?:the|my) (?:account|savings) for (?:my|the)|(?:arreglado|arregle"
                r"|dejado|deje) (?:la|mi) cuenta (?:para|a nombre de) (?:mi|mis)|(?:arrange|regle) (?:le|mon) compte pour"
                r" (?:ma|mon|mes)|(?:das )?konto fur (?:meine|meinen|mein) \w+ (?:eingerichtet|geregelt)|(?:acertei|deixei)"
                r" a conta (?:para|no nome d[oa]) (?:minha|meu)|sistemato il conto (?:per|a) (?:mia|mio|i miei))")
_BOOKS = (r"(?:returned (?:the|my|all the|all my) (?:library )?books|(?:devuelto|devolvi) (?:los|todos los|mis) libros"
          r"|(?:rendu|rapporte) (?:les|mes|tous les) livres|(?:die |alle )?bucher (?:\w+ )?(?:zuruckgebracht|zuruckgegeben)"
          r"|devolvi (?:os|todos os|meus) livros|(?:riportato|restituito) (?:i|tutti i|i miei) libri)")
_KEYS = (r"(?:left (?:the|my) (?:spare )?keys|(?:deje|dejado) (?:las|mis) llaves|laisse (?:les|mes) cles|(?:die )?schlussel"
         r" (?:\w+ )?(?:abgegeben|hinterlegt|dagelassen)|deixei as (?:minhas )?chaves|lasciato le (?:mie )?chiavi)")
_LETTER = (r"(?:(?:a|the) (?:letter|note) (?:for|to) (?:my|the)|(?:una|la) carta (?:a|para) (?:mi|el|la)|(?:une|la) lettre"
           r" (?:a|pour) (?:mon|ma|mes)|(?:einen|den) brief (?:an|fur) (?:meine|meinen|mein)|(?:uma|a) carta (?:ao|a|para)"
           r" (?:meu|minha|o|a)|(?:una|la) lettera (?:a|per) (?:mio|mia))")
_CLOSING_ACT = r"(?:" + "|".join((_WILL, _GIVEN, _BILLS, _ACCOUNT_FOR, _BOOKS, _KEYS, _LETTER)) + r")"
# Not estate planning at the notary, a move, a holiday, a trip or a day of errands: the reason is ordinary.
_ORDINARY_AFFAIRS = (r"(?![^\n]{0,200}\b(?:notar\w*|notary|notaire|notaio|cartorio|moving|move|mudanza|mudamos|demenag\w*"
                     r"|umzug|umziehen|mudanca|trasloco|holiday|vacation|vacaciones|vacances|urlaub|ferias|vacanze|trip"
                     r"|flight|vuelo|vol|flug|voo|volo|erasmus|productive|errands|chores|recados|tramites|courses"
                     r"|erledigungen|besorgungen|commissioni|faccende|produktiv|productivo|productif|produtivo"
                     r"|produttiv[oa])\b)")
_AFFAIRS_IN_ORDER = _ORDINARY_AFFAIRS + _CLOSING_ACT + r"\b[^.!?\n]{0,120}?\b" + _CLOSING_ACT
# A will made at the notary or with a spouse "as one does": estate planning, not a farewell (an idiom covers it).
_WILL_ORDINARY = (r"(?:(?:beim|bei der|at the|chez le|chez un|en la|en el|dal|no|na|al) (?:notar\w*|notary|notaire|notaio"
                  r"|notaria|notario|cartorio)\b[^.!?\n]{0,60}?\btestament\w*(?: \w+)?|\b(?:will|testament\w*)\b[^.!?\n]{0,60}"
                  r"?\b(?:(?:at|with) the (?:notary|solicitor|lawyer)|chez le notaire|beim notar|(?:en el|con el) notario"
                  r"|no cartorio|dal notaio))")

# ---- A method's place researched: the height of a bridge or a cliff looked up. ----

_SPAN_PLACE = (r"(?:bridge|viaduct|cliff|tower|building|car ?park|puente|viaducto|acantilado|torre|edificio|pont|viaduc"
               r"|falaise|tour|immeuble|brucke|talbrucke|klippe|turm|hochhaus|ponte|viaduto|falesia|penhasco|predio"
               r"|viadotto|scogliera|palazzo|grattacielo)")
_LOOKED_UP = (r"(?:looked up|checked|googled|researched|found out|busque|mire|averigue|he buscado|me (?:he )?informado"
              r"|me suis renseignee?|jai (?:regarde|cherche|verifie)|(?:hab|habe) (?:\w+ )?(?:nachgeschaut|gegoogelt"
              r"|recherchiert|nachgesehen)|pesquisei|procurei|vi|me informei|ho (?:cercato|controllato|guardato)"
              r"|mi sono informat[oa])")
_HEIGHT_OF = (r"(?:(?:the )?height of|how (?:high|tall)|(?:la |l)(?:altura|hauteur|altezza) (?:de|du|del|dello|della|des)|que altura"
              r"|quelle hauteur|wie hoch|die hohe (?:der|des|von)|a altura (?:da|do|de)|quanto e alt[oa]|quanto (?:mede|tem))")
# Not a clearance for a lorry, a van or a caravan, an engineering or a school project.
_NOT_CLEARANCE = (r"(?![^\n]{0,160}\b(?:lorry|truck|van|caravan|camper|trailer|bus|clearance|camion|furgoneta|caravana"
                  r"|gibo|galibo|camionnette|lkw|wohnmobil|wohnwagen|transporter|caminhao|carreta|furgone|tir|project"
                  r"|proyecto|projet|projekt|projeto|progetto|school|escuela|ecole|schule|escola|scuola|homework)\b)")
# The looking up is the part: the place ("the bridge") stays the language's own method word.
_PLACE_RESEARCHED = (_NOT_CLEARANCE + r"(?P<at>" + _LOOKED_UP + r",? (?:\w+ ){0,2}?" + _HEIGHT_OF + r")(?: \w+){0,3}? "
                     + _SPAN_PLACE + r"\b")

# ---- A last trip to a lonely or high place; going there and not coming back. ----

_NATURE_PLACE = (r"(?:lake|sea|river|cliff|cliffs|woods|forest|mountains?|pass|bridge|coast|lago|mar|rio|acantilado|bosque"
                 r"|monte|montana|puerto|puente|costa|lac|mer|riviere|falaise|foret|montagne|col|pont|see|meer|fluss"
                 r"|klippe|wald|berg|pass|brucke|kuste|falesia|floresta|serra|ponte|mare|fiume|scogliera|bosco|montagna"
                 r"|passo|ponte)")
_GO_TO = (r"(?:go|going|drive|driving|walk|walking|climb|head|heading|tak(?:e|ing) (?:the|my) (?:boat|car|bike|kayak)(?: out)?|voy|ire|subire|subo|bajo|vuelvo|conducire"
          r"|vais|irai|monterai|monte|descends|fahre|gehe|geh|laufe|steige|vou|irei|subo|subirei|vado|andro|salgo|saliro)")
_LAST_TIME = (r"(?:(?:one )?(?:last|final) time|por (?:ultima|ultima) vez|une (?:derniere|ultime) fois|pour la derniere fois"
              r"|ein letztes mal|zum letzten mal|(?:uma )?ultima vez|pela ultima vez|(?:per )?(?:l)?ultima volta)")
# Not a last visit before a move, the season's closing, a sale or a farewell party.
_NOT_LAST_VISIT = (r"(?![^\n]{0,160}\b(?:before (?:we|i|the)|antes de (?:la|que|mudar)|avant (?:le|la|de|que)|bevor|vor dem"
                   r"|antes (?:da|do|de)|prima (?:del|della|di|che)|season|temporada|saison|saison|stagione|sold|sell|vend\w*"
                   r"|verkauf\w*|moving|mudanza|demenag\w*|umzug|mudanca|trasloco|party|fiesta|fete|festa|feier)\b)")
_LAST_TRIP = (_NOT_LAST_VISIT + _GO_TO + r"\b[^.!?\n]{0,60}?\b" + _NATURE_PLACE + r"\b[^.!?\n]{0,60}?\b(?P<at>" + _LAST_TIME
              + r")")
_NOT_BACK = (r"(?:(?:and )?(?:(?:i )?(?:dont|wont|will not|am not) (?:come|coming) back|not (?:come|coming) back)|y no vuelvo"
             r"|y no volvere|et je ne reviens pas|et je ne reviendrai pas|und komme? nicht (?:mehr )?zuruck|e nao volto"
             r"|e nao voltarei|e non torno|e non tornero)")
# Not "back tomorrow", "until Sunday", "for dinner": a trip with a return.
_NOT_UNTIL = (r"(?![^.!?\n]{0,40}\b(?:until|till|before|for|tonight|today|hasta|antes|para|avant|pour|ce soir|bis|vor|zum"
              r"|ate|antes|pra|prima|fino|per|stasera|presto|tard|late|spat)\b)")
_GONE_FOR_GOOD = (_GO_TO + r"\b[^.!?\n]{0,60}?\b" + _NATURE_PLACE + r"\b[^.!?\n]{0,40}?(?P<at>" + _NOT_BACK + r")\b"
                  + _NOT_UNTIL)

# ---- Harm to others: someone threatened with a weapon; an armed wait. ----

_THREATENED = (r"(?:threatened|threatening|amenazo|amenazado|amenazando|menace|menacait|menacant|bedroht|bedrohte"
               r"|ameacou|ameacando|ameacado|minacciato|minacciava|minacciando)")
# Not "threatened by" (the speaker the victim is another part), not at a hunt, a club or a re-enactment.
_THREAT_WITH = (r"(?P<at>" + _THREATENED + r"(?: \w+){1,3}?) (?:with|avec|con|mit|com) (?:\w+ ){0,2}?" + _WEAPON + r"\b")
_POSSESSIVE_WEAPON = (r"(?P<at>(?:with|avec|con|mit|com) (?:his|her|son|sa|su|seinem|seiner|ihrem|ihrer|o seu|a sua|seu"
                      r"|sua|il suo|la sua)) " + _WEAPON + r"\b")
_WAIT_STAIRS = (r"(?:(?:lo|la) estoy esperando|(?:lo|la) espero|je lattends|ich warte auf (?:ihn|sie)|(?:to|estou) esperando"
                r" (?:ele|ela)|(?:lo|la) sto aspettando|(?:im|i am) waiting for (?:him|her))")
_NEAR_WEAPON = r"(?=[^\n]{0,160}\b" + _WEAPON + r"\b)"
_AFTER_WEAPON = _WEAPON + r"\b[^\n]{0,160}?\b"
_THEIR_WORK = (r"(?:(?:a|na) porta do (?:restaurante|bar|trabalho|escritorio|predio) onde (?:ele|ela) trabalha"
               r"|outside the (?:restaurant|bar|shop|office|pub) where (?:he|she) works|(?:frente al|en la puerta del)"
               r" (?:restaurante|bar|trabajo) (?:donde|en el que) trabaja|devant le (?:restaurant|bar|bureau) ou (?:il|elle)"
               r" travaille|vor dem (?:restaurant|laden|buro|lokal),? wo (?:er|sie) arbeitet|davanti al (?:ristorante|bar"
               r"|negozio|ufficio) dove lavora)")
_ARMED_WAIT = [r"(?P<at>" + _WAIT_STAIRS + r")" + _NEAR_WEAPON, _AFTER_WEAPON + r"(?P<at>" + _WAIT_STAIRS + r")",
               r"(?P<at>" + _THEIR_WORK + r")" + _NEAR_WEAPON, _AFTER_WEAPON + r"(?P<at>" + _THEIR_WORK + r")"]

# ---- The speaker on the edge of a roof, a terrace or a car park. ----

_SAT_ON = (r"(?:(?:im |i am )?(?:sat|sitting|standing|crouched) on the (?:edge|ledge|wall|parapet|window ?sill)"
           r"|(?:im|i am) (?:out )?on the (?:ledge|window ?sill|sill)|(?:sentad[oa]|de pie) (?:en|sobre) el"
           r" (?:borde|muro|cornisa|pretil)|(?:assise?|debout) sur le (?:bord|rebord|muret|parapet)|(?:sitze|stehe) (?:auf|an)"
           r" (?:der|dem) (?:kante|mauer|brustung|sims|rand)|sentad[oa] na (?:beirada|borda|mureta)|(?:seduto|seduta|in piedi)"
           r" sul (?:bordo|cornicione|muretto|parapetto))")
_ROOF_PLACE = (r"(?:top of the (?:multi-?stor(?:e)?y|car ?park|building|tower)|roof|rooftop|multi-?stor(?:e)?y|azotea|tejado"
               r"|terraza del edificio|toit|terrasse de limmeuble|dach|parkhaus|hochhaus|terraco|telhado|cobertura|tetto"
               r"|terrazzo del palazzo|window|ventana|fenetre|fenster|janela|finestra)")
# Not a window seat with a book, a coffee or a cigarette.
_NOT_LOUNGING = (r"(?![^\n]{0,200}\b(?:reading|book|coffee|cigarettes?|smok\w*|libro|livre|buch|livro|cafe|kaffee|caffe"
                 r"|cigarro|cigarette|zigarette|sigaretta)\b)")
_ON_EDGE = [_NOT_LOUNGING + _LEISURE + _ROOF_PLACE + r"\b[^\n]{0,100}?\b(?P<at>" + _SAT_ON + r")",
            _NOT_LOUNGING + _LEISURE + r"(?P<at>" + _SAT_ON + r")\b(?=[^\n]{0,100}?\b" + _ROOF_PLACE + r"\b)"]

# ---- Voices ordering a jump, or counting down. ----

_ORDERING = (r"(?:(?:me )?estan ordenando|me ordenan|they(?:re| are)? (?:ordering|telling) me|ils mordonnent|(?:sie|die"
             r" stimmen?) (?:befiehlt|befehlen|sagt|sagen)|(?:eles|elas) (?:tao|estao) (?:falando|mandando) (?:pra|para)"
             r"|(?:mi )?(?:ordinano|stanno ordinando))")
_JUMP = (r"(?:jump|salte|saltar|tire|sauter|saute|springen|springe|pular|pule|saltare|salti|buttarmi|mi butti)")
_ORDER_JUMP = r"(?P<at>" + _ORDERING + r")[^.!?\n]{0,20}?\b" + _JUMP + r"\b"
_VOICE_COUNT = (r"(?:the voice|la voz|la voix|die stimme|a voz|la voce)(?= (?:is counting|counts|cuenta|compte|zahlt"
                r"|esta contando|conta))")
_COUNTDOWN = (r"(?:(?:is )?counting down|counts down|cuenta (?:hacia atras|atras)|compte a rebours|zahlt (?:runter"
              r"|ruckwarts|herunter)|(?:esta )?contando (?:regressivamente|de tras pra frente)|conta alla rovescia)")

# ---- Opioids chewed from a patch or injected. ----

_PATCH_CHEWED = (r"(?:fentanyl ?pflaster|fentanylpflaster|fentanyl patch(?:es)?|parches de fentanilo|patchs? de fentanyl"
                 r"|adesivos? de fentanil|cerott\w* di fentanyl)[^.!?\n]{0,20}?\b(?:gekaut|chewed|masticado|mache|machouille"
                 r"|mastiguei|masticato|gelutscht|sucked)|(?:chewed|masticado|mastiguei|masticato) (?:\w+ ){0,2}(?:fentanyl"
                 r"|fentanilo|fentanil) ?(?:patch\w*|parches?|adesivos?|cerott\w*)?")
_SHOT_UP = (r"(?:(?:mi sono|me so|me son) (?:appena )?fatto una pera|(?:me )?(?:meti|puse) un pico|je me suis fait un shoot"
            r"|(?:hab|habe) mir (?:\w+ )?(?:einen )?schuss gesetzt|(?:tomei|dei) um pico|just shot up|(?:ive|i) shot up)")

# ---- Tablets put aside every evening: stockpiling. ----

_PILL_WORD = (r"(?:tablets?|pills?|sleeping pills?|night tablets?|comprimes?|cachets?|somniferes?|gelules?|tabletten?"
              r"|zopiclon\w*|zolpidem|pastillas?|comprimidos?|remedios?|pastiglie|pastiglia|compresse|compressa)")
_PUT_ASIDE = (r"(?:(?:putting|put|setting|set|keeping) (?:one|a|every other) (?:of (?:my|the) )?(?:\w+ )?" + _PILL_WORD
              + r" aside|(?:je )?mets de cote (?:un|une|chaque) (?:\w+ )?" + _PILL_WORD + r"|(?:leg|lege) (?:\w+ ){0,3}"
              r"(?:jede|jeden|eine|einen) (?:zweite |dritte )?(?:\w+ )?" + _PILL_WORD + r" zur seite|(?:guardo|aparto|separo)"
              r" (?:una|un|uma|um) (?:\w+ )?" + _PILL_WORD + r" (?:cada|todas? las|todo|todas as)|metto da parte (?:una|un)"
              r" (?:\w+ )?" + _PILL_WORD + r")")
# Not a carer's dosette, a trip's supply, or tablets put aside for the pharmacy's return.
_NOT_SUPPLY = (r"(?![^\n]{0,160}\b(?:dosette|pill ?box organi[sz]er|trip|holiday|vacation|viaje|voyage|reise|urlaub|viagem"
               r"|viaggio|pharmacy|farmacia|pharmacie|apotheke|farmacia|return|devolver|rendre|zuruckgeben|devolver"
               r"|restituire)\b)")
_STOCKPILE = _NOT_SUPPLY + _PUT_ASIDE

# ---- More of round 22: an overdose's amount, bleeding, self-harm hidden, menaces, the tracks, a night's plan. ----

# "Took the whole strip": the package is the amount, apart from the verb phrase that is `taken`.
_WHOLE_PACK = (r"(?:(?<=whole )|(?<=entire ))(?:strip|box|pack|packet|blister|bottle|tub)|(?<=toda la )(?:caja|tableta"
               r"|caixa)|(?<=toute la )(?:boite|plaquette)|(?<=ganze )(?:packung|schachtel|blisterpackung)|(?<=tutta la )"
               r"(?:scatola|confezione)|(?<=a caixa )inteira")
# Blood that will not stop, towels soaked: not a nosebleed or a period.
_NOSE_WORDS = r"\b(?:nose|nariz|nez|nase|naso|period|regla|regles|periode|menstru\w*|ciclo)\b"
# Neither before in the sentence (read from its start) nor after.
_NOT_NOSE = (r"(?:(?<=^)|(?<=[.!?] ))(?:(?!" + _NOSE_WORDS + r")[^.!?\n]){0,160}?(?![^\n]{0,160}" + _NOSE_WORDS + r")")
_BLOOD_FLOWS = (r"(?:(?:the )?blood (?:wont|will not|doesnt) stop|keeps bleeding|no para de (?:salir sangre|sangrar)|ca (?:ne )?"
                r"(?:s)?arrete pas de saigner|le sang (?:ne )?sarrete pas|hort nicht auf zu bluten|blutet (?:immer )?weiter"
                r"|nao para de (?:sangrar|sair sangue)|non smette di (?:sanguinare|uscire sangue))")
_TOWELS = (r"(?:soaked (?:through )?(?:two|three|\d|several) towels|(?:empape|he empapado) (?:dos|tres|\d|varias) toallas"
           r"|(?:trempe|imbibe) (?:deux|trois|\d|plusieurs) serviettes|(?:zwei|drei|\d|mehrere) handtucher (?:\w+ )?(?:durchgeblutet"
           r"|voll)|(?:encharquei|ensopei) (?:duas|tres|\d|varias) toalhas|(?:inzuppato|impregnato) (?:due|tre|\d) asciugamani)")
_BLEEDING = [_NOT_NOSE + r"(?P<at>" + _BLOOD_FLOWS + r"\b[^\n]{0,120}?\b" + _TOWELS + r")",
             _NOT_NOSE + r"(?P<at>" + _TOWELS + r"\b[^\n]{0,120}?\b" + _BLOOD_FLOWS + r")"]
# Self-harm hidden where nobody sees, or closed with a plaster: done, told calmly.
_HIDDEN_PLACE = (r"(?:upper thigh|thigh|hip|stomach|oberschenkel|oberarm|hufte|bauch|muslo|cadera|barriga|cuisse|hanche"
                 r"|ventre|coxa|quadril|barriga|coscia|fianco|pancia)")
_SO_NOBODY = (r"(?:so (?:nobody|no one) (?:sees|can see|notices)|damit (?:es )?(?:keiner|niemand) (?:es )?sieht|para que nadie"
              r" (?:lo )?(?:vea|note)|pour que personne ne (?:voie|remarque)|pra ninguem ver|para ninguem ver|cosi nessuno"
              r" (?:vede|se ne accorge))")
_SH_HIDDEN = _HIDDEN_PLACE + r"\b[^.!?\n]{0,20}?\b" + _SO_NOBODY
_TOOL = (r"(?:cutter|stanley knife|box cutter|razor|blade|staple|compass|cuchilla|cutter|grapa|lame|agrafe|cutter"
         r"|klinge|rasierklinge|heftklammer|gilete|lamina|grampo|lametta|taglierino|graffetta)")
_SH_TOOL = (r"(?:(?:on|am|en el|sur l|no|sul) ?(?:my )?" + r"(?:arm|forearm|oberarm|unterarm|bras|avant-bras|brazo|antebrazo"
            r"|braco|antebraco|braccio|avambraccio)" + r"\b[^.!?\n]{0,20}?\b(?:with|mit dem|mit der|con la|con el|avec une"
            r"|avec un|com a|com o|con il|con la) " + _TOOL + r"\b[^.!?\n]{0,60}?\b(?:plaster|pflaster|zugeklebt|tirita"
            r"|pansement|curativo|band-aid|cerotto))")
_SCRATCHED_BLOOD = (r"(?:(?:i|ive|i have) scratched (?:myself|my \w+) (?:until|till) (?:it|they|i) bled|me suis griffee? jusquau sang|mich"
                    r" (?:blutig|bis aufs blut) gekratzt|me (?:he )?aranado hasta sangrar|me arranhei ate sangrar|mi sono"
                    r" graffiat[oa] fino a sanguinare)")
# Violence promised against a man and where he lives, parks or comes home known: a plan against him.
_HURT_HIM = (r"(?:(?:le|te) rompo la cabeza|(?:ill|i will|im going to) (?:smash|cave|kick) (?:his|her) (?:head|face)(?: in)?"
             r"|je lui (?:eclate|defonce) (?:la tete|la gueule)|(?:ich )?schlag (?:ihm|ihr) den schadel ein|(?:eu )?acabo com"
             r" (?:ele|ela)|(?:eu )?quebro a cara del[ea]|gli spacco la testa|(?:la )?faccio fuori|kriegt bald was ab)")
_KNOW_WHERE = (r"(?:(?:i )?know where (?:he|she) (?:lives|parks|works)|(?:ya )?se (?:donde|a que hora) (?:vive|sale|aparca)"
               r"|je sais ou (?:il|elle) (?:habite|se gare|bosse)|(?:ich )?weiss,? wo (?:er|sie) wohnt|(?:ja )?sei onde"
               r" (?:ele|ela) (?:mora|estaciona)|so dove (?:abita|parcheggia)|wo ich (?:ihm|ihr) auflauer\w*|where (?:to|ill)"
               r" (?:wait for|ambush) (?:him|her))")
_MENACE_KNOWN = [r"(?P<at>" + _HURT_HIM + r")\b[^\n]{0,160}?\b" + _KNOW_WHERE,
                 _KNOW_WHERE + r"\b[^\n]{0,160}?\b(?P<at>" + _HURT_HIM + r")"]
# A step forward beside a train due: off the platform's edge.
_ONE_STEP = (r"(?:(?:take|taking) (?:one|a) step (?:forward|off)|davancer dun pas|avancer dun pas|dar un paso (?:adelante"
             r"|al frente)|einen schritt (?:nach vorne|vor|nach vorn)|dar um passo (?:a frente|pra frente)|fare un passo"
             r" (?:avanti|in avanti))")
# "It's tonight." said alone: the decision is the "it" (the time stays `time_soon`). Not wished luck, laughed, or an
# event's night (a race, an exam, a concert, a date).
_NOT_EVENT = (r"(?![^\n]{0,200}\b(?:luck|suerte|chance|gluck|sorte|lupo|haha\w*|jaja\w*|lol|kkk\w*|race|marathon|maraton"
              r"|exam\w*|examen|prufung|prova|concert\w*|concierto|konzert|show|date|cita|premiere|estreia|party|fiesta|fete"
              r"|festa|match|partido|spiel|jogo|partita)\b)")
_ITS_THEN = (_NOT_EVENT + r"(?:(?<=^)|(?<=[.!?] ))(?P<at>cest|its|it is|es|e|ist es|sara|sera)(?= (?:ce soir|cette nuit"
             r"|tonight|esta noche|hoje a noite|heute nacht|stasera|stanotte)(?:[.!?]|$))")
# "I take them tonight": the pills' own words may sit in a carer's phrase; the taking is the decision.
_TAKE_THEM = (r"(?P<at>(?:le|li) prendo|me las tomo|je les prends|(?:ich )?nehme (?:ich )?sie|(?:vou )?tom(?:a|o)-?las"
              r"|i(?:ll| will) take them)(?= (?:all |tutte |todas |toutes |alle )?(?:tonight|stasera|stanotte|esta noche"
              r"|ce soir|heute nacht|hoje a noite)\b)")
# Doors left open for whoever finds the speaker; the means taken "tonight".
_FOR_WHO_FINDS = (r"(?:(?:left|leaving|leave) the (?:door|front door) (?:open|unlocked) for (?:whoever|the person who|who)"
                  r" finds me|(?:deje|dejo) la puerta abierta para (?:quien|el que) me encuentre|(?:jai laisse|je laisse) la"
                  r" porte ouverte pour (?:celui|celle|ceux) qui me trouver\w*|(?:die )?tur (?:\w+ )?offen gelassen,? (?:fur|damit)"
                  r" (?:den|die),? (?:der|die|wer) mich find\w*|deixei a porta aberta para quem me encontrar|(?:ho )?lasciato la"
                  r" porta aperta per chi mi trova)")
# Asking how to ask someone about suicide (a first-aid course): a helper's question.
_HOW_TO_ASK = (r"(?:how (?:do you|do i|to|can i) (?:actually )?ask (?:someone|somebody|a person|a colleague|a friend)"
               r" (?:if|whether|about)|comment (?:on )?demande\w* a quelquun sil|como (?:se )?pregunt\w* a alguien si"
               r"|wie frag\w* (?:man|ich) (?:jemanden|jemand),? ob|como (?:se )?pergunt\w* (?:a|pra) alguem se"
               r"|come (?:si )?chied\w* a qualcuno se)[^.!?\n]{0,80}")

# ---- A rope carried on the way to a high or lonely place; the family better off without the speaker. ----

_ROPE = r"(?:rope|cord|noose|soga|cuerda|corde|seil|strick|corda|cordas|cuerdas)"
_BAG = (r"(?:backpack|rucksack|bag|mochila|bolsa|sac|sac a dos|rucksack|tasche|zaino|borsa)")
# Not a climb, a camp, a boat or a move: the rope has its use.
_NOT_GEAR = (r"(?![^\n]{0,200}\b(?:climb\w*|escalad\w*|escalade|kletter\w*|arrampicat\w*|camp\w*|acampa\w*|tent|tienda"
             r"|tente|zelt|tenda|barraca|boat|barco|bateau|boot|barca|sail\w*|vela|voile|segel\w*|mov\w*|mudanza"
             r"|demenag\w*|umzug|mudanca|trasloco|dog|perro|chien|hund|cao|cane|horse|caballo|cheval|pferd|cavalo"
             r"|cavallo)\b)")
_ROPE_CARRIED = [_NOT_GEAR + _ROPE + r"\b[^.!?\n]{0,40}?\b(?:in (?:my|the)|en (?:la|mi)|dans (?:mon|le)|im|in (?:meinem"
                 r"|der)|na (?:minha)?|nel(?:lo)?|nella) " + _BAG,
                 _NOT_GEAR + r"(?:in (?:my|the)|en (?:la|mi)|dans (?:mon|le)|im|in (?:meinem|der)|na (?:minha)?|nel(?:lo)?"
                 r"|nella) " + _BAG + r"\b[^.!?\n]{0,40}?\b" + _ROPE]
_HILL = r"(?:" + _NATURE_PLACE + r"|hill|cerro|colline|hugel|morro|collina)"
# On the way there now: the time is the journey (only towards a lonely or high place).
_ON_THE_WAY = (r"(?:(?:im |i am )?on my way (?:up )?to the|(?:voy )?camino (?:al|a la|del)|en route (?:vers|pour) (?:le|la)"
               r"|(?:bin )?unterwegs (?:zum|zur|auf den)|(?:to|estou) (?:a )?caminho d[oa]|(?:sto )?andando (?:al|alla|verso"
               r" il|verso la)) " + r"(?=" + _HILL + r"\b)")
# The family breathing easier without the speaker (a burden: Joiner's perceived burdensomeness).
_WITHOUT_ME = r"(?:without me|ohne mich|senza di me|sin mi|sans moi|sem mim)"
_EASIER = (r"(?:better (?:off)?|smoother|easier|besser(?: dran)?|leichter|meglio|respirerebbero|respirarian|estarian mejor"
           r"|mejor|mieux|respireraient|melhor|respirariam)")
# Not a team, a meeting, a trip, a match or a shift that goes on without the speaker: neither before in the
# sentence (read from its start) nor after.
_ABSENT_WORDS = (r"\b(?:meeting|trip|holiday|vacation|shift|match|game|party|team|final|weekend|week-end|organi[sz]\w*"
                 r"|reunion|viaje|vacaciones|turno|partido|fiesta|equipo|fin de semana|voyage|vacances|fete|equipe"
                 r"|besprechung|reise|urlaub|schicht|spiel|mannschaft|team|reuniao|viagem|ferias|jogo|festa|equipa|time"
                 r"|riunione|viaggio|vacanze|partita|squadra|organizzat\w*)\b")
_NOT_ABSENT = (r"(?:(?<=^)|(?<=[.!?] ))(?:(?!" + _ABSENT_WORDS + r")[^.!?\n]){0,120}?(?![^\n]{0,160}" + _ABSENT_WORDS
               + r")")
_BETTER_WITHOUT = [_NOT_ABSENT + r"(?P<at>" + _WITHOUT_ME + r"\b[^.!?\n]{0,60}?\b" + _EASIER + r")\b",
                   _NOT_ABSENT + r"(?P<at>" + _EASIER + r"\b[^.!?\n]{0,40}?\b" + _WITHOUT_ME + r")\b"]

PARTS: dict[str, dict[str, list[str]]] = {
    code: {
        "prep": [_AFFAIRS_IN_ORDER, _PLACE_RESEARCHED, _FOR_WHO_FINDS],
        "idiom": [_WILL_ORDINARY, _HOW_TO_ASK],
        "intent": [_LAST_TRIP, _ITS_THEN, _TAKE_THEM],
        "death": [_GONE_FOR_GOOD],
        "threat": [_NOT_FESTIVE + _THREAT_WITH, *(_NOT_FESTIVE + t for t in (*_ARMED_WAIT, *_MENACE_KNOWN))],
        "access": [_NOT_FESTIVE + _POSSESSIVE_WEAPON],
        "time_soon": [_COUNTDOWN, _ON_THE_WAY],
        "under_way": [*_ON_EDGE, *_BLEEDING],
        "command": [_ORDER_JUMP, _VOICE_COUNT],
        "opioid_use": [_PATCH_CHEWED, _SHOT_UP],
        "lethal_means": [_STOCKPILE, *_ROPE_CARRIED],
        "indirect": _BETTER_WITHOUT,
        "amount": [_WHOLE_PACK],
        "self_harm": [_SH_HIDDEN, _SH_TOOL, _SCRATCHED_BLOOD],
        "step_off": [_ONE_STEP],
    } for code in _LANGS
}
