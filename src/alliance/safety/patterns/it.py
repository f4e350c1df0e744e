"""Italian rules (same levels as English: C-SSRS screener, Posner et al. 2011; warning signs, Rudd et al. 2006).

Normalised text drops apostrophes: "l'ho" is "lho", "d'addio" is "daddio", "c'è" is "ce"."""

from __future__ import annotations

from alliance.safety.patterns import C, L, make_pack
from alliance.safety.patterns.shared import BRUISES, CALORIES, CUT_CONTEXT, EAT_CONTEXT, MIX, SUBSTANCE_HABIT

PILLS = r"(?:pillole|pastiglie|compresse|farmaci|medicine|sonniferi|tachipirina|paracetamolo)"
# A ship's deck is a "ponte" too; it stays a plan when a jump or a death is named after it.
SHIP = r"nave|traghetto|crociera|barca|yacht|veliero|battello|motonave|aliscafo|portaerei|comando|di coperta"
NO_JUMP = (r"(?![^.!?]*\b(?:buttarmi|buttero|butto|lanciarmi|saltare|salto|gettarmi|mi getto|farla finita|la faccio "
           r"finita|morire|uccidermi|ammazzarmi|addio|in mare|giu)\b)")
# Cutting hair or nails, shaving: ordinary grooming, not self-harm.
GROOMING = (r"(?:(?:i|le|la|il|gli|un po di|un po i|un po le|da sol[oa] (?:i|le|la|il|gli)) )?"
            r"(?:capelli|unghie|unghia|barba|frangia|frangetta|baffi|punte|ciuffo|basette|pizzetto|doppie punte)")
SH_WORDS = (r"(?:tagliarmi|tagliarmi ancora|farmi del male|farmi male|ferirmi|bruciarmi|graffiarmi|colpirmi|punirmi|"
            r"autolesionarmi)")
SI, PLAN, SH, HTO, ABUSE = C.SUICIDAL_IDEATION, C.SUICIDE_PLAN_INTENT, C.SELF_HARM, C.HARM_TO_OTHERS, C.ABUSE_SAFEGUARDING
PSY, OD, ED, SUB = C.PSYCHOSIS_COMMAND, C.OVERDOSE_MEDICAL, C.EATING_DISORDER_MEDICAL, C.SUBSTANCE_RISK
LOW, MOD, HIGH, IMM = L.LOW, L.MODERATE, L.HIGH, L.IMMINENT

AGE = (r"(?:\d{1,2}|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|ventanni|trenta"
       r"|trentanni)")

# A hoard of medicines: the keeping back and the medicines, in either order (for "ne ho quasi 60 ormai").
_HOARD = (r"nascond|nascost|(?:messo|messe|mettendo|metto|tengo|tenute) da parte|accumul|smesso di prendere"
          r"|non (?:le|li) prendo|fingo di prender|faccio finta di prender")
_MEDS = (r"pillol|pastigl|pasticch|compress|farmac|medicin|sonnifer|gocce|tavor|xanax|tachipirin|psicofarmac|ansiolitic"
         r"|antidepress|tranquillant|calmant|flacon|boccett|en ?ivan|lexotan|valium|minias|stilnox")

RULES = [
    ("si.want_to_die", SI, HIGH, r"\b(?:voglio|vorrei|ho voglia di|desidero|mi va di) morire\b(?! (?:dal ridere|di "
     r"(?:fame|noia|vergogna)))|\bvoglio essere mort[oa]\b"),
    ("si.kill_myself", SI, HIGH, r"\b(?:uccidermi|ammazzarmi|suicidarmi|togliermi la vita|mi ammazzo|mi uccido|porre fine "
     r"alla mia vita|mi tolgo la vita)\b|\bfarla finita\b(?! con)", "me"),
    ("si.suicidal", SI, HIGH, r"\bpensieri (?:suicidi|di suicidio|di morte|di uccidermi)\b|\b(?:penso|pensando|pensato|"
     r"pensare) (?:al suicidio|di uccidermi|di ammazzarmi|di farla finita|a togliermi la vita)\b|\b(?:sono|m"
     r"i sento) "
     r"suicida\b|\bideazione suicidaria\b"),
    ("si.passive", SI, MOD, r"\bnon (?:voglio|ho voglia di) (?:piu )?(?:vivere(?! (?:con|da|in|a|qui|li|la|insieme"
     r"|vicino)\b)|esistere|svegliarmi|stare qui)\b|\bvorrei "
     r"(?:non svegliarmi|sparire per sempre|non essere mai nat[oa]|essere mort[oa])\b|\bstarebbero meglio se"
     r"nza di me\b|"
     r"\bmeglio senza di me\b(?! (?:nel|nella|nei|in|al|alla|a|per|durante|mentre|quando)\b)"
     r"|\bnessuno sentirebbe la mia mancanza\b|\bnon (?:ho|ce|vedo) (?:nessun )?(?:mot"
     r"ivo|ragione|"
     r"senso) (?:per|di) vivere\b|\bstanc[oa] di vivere\b|\bdormire per sempre\b|\bsparire per sempre\b|\bla"
     r" vita non "
     r"vale la pena\b|\bnon ce la faccio piu a vivere\b|\b(?:penso|pensando) di morire\b"),
    ("plan.intent", PLAN, IMM, r"\bho un piano per (?:morire|uccidermi|farla finita)\b|\bho deciso di (?:uccidermi|"
     r"ammazzarmi|morire|farla finita|togliermi la vita)\b|\bstasera (?:la faccio finita|mi uccido|mi ammazz"
     r"o)\b|\blettera"
     r" daddio\b|\bil mio ultimo messaggio\b|\bmi (?:uccidero|ammazzero)\b|\bsto per (?:uccidermi|ammazzarmi"
     r"|farla "
     r"finita)\b", "me"),
    ("plan.stockpile", PLAN, MOD, r"\bho (?:messo da parte|conservato|accumulato|tenuto) (?:\w+ ){0,2}" + PILLS + r"\b|"
     r"\bho (?:comprato )?(?:una )?(?:corda|pistola)\b", "self", "means warning"),
    ("plan.method", PLAN, HIGH, r"\bbuttarmi (?:da|dal|dalla|giu dal|sotto) (?:un |il |la |una )?(?:ponte|palazzo|finestra"
     r"|balcone|treno|tetto)\b|\bimpiccarmi\b|\btagliarmi le vene\b|\bquant[ei] " + PILLS + r"(?: \w+){0,4} (?:morire|"
     r"uccidere|letale)\b"),
    ("attempt.tried", PLAN, HIGH, r"\bho (?:provato|tentato) (?:a|di) (?:uccidermi|ammazzarmi|togliermi la vita)\b|"
     r"\btentato suicidio\b|\btentativo di suicidio\b"),
    ("warn.signs", SI, MOD, r"\b(?:sto regalando|ho regalato) (?:tutte )?le mie cose\b|\bquesto e un addio\b|\baddio a "
     r"tutti\b|\bho fatto (?:il )?testamento\b|\bnon saro piu un peso\b|\bnon ci saro (?:ancora )?per molto\b", "self",
     "warning"),
    ("plan.refuse_rescue", PLAN, HIGH, r"\bnon voglio che nessuno mi (?:fermi|salvi|trovi)\b"),
    ("third.at_risk", SI, MOD, r"\b(?:vuole|voleva|vorrebbe|vorrebbero|vogliono) (?:uccidersi|ammazzarsi|suicidarsi|"
     r"morire|farla finita|essere mort[oa]|essere mort[ie]|non esserci piu|sparire per sempre)\b|\b(?:"
     r"uccidersi|ammazzarsi|suicidarsi|togliersi la vita)\b", "other"),
    ("sh.self_harm", SH, MOD, r"\b(?:tagliarmi|mi taglio|mi sono tagliat[oa]|farmi del male|mi faccio del male|"
     r"autolesionismo|mi ferisco|bruciarmi|mi brucio|mi sono fatt[oa] del male)\b", "me", "recent+"),
    ("hto.kill_other", HTO, HIGH, r"\b(?:voglio|sto per|ho voglia di) (?:uccidere|ammazzare|fare del male a|accoltellare) "
     r"(?:qualcuno|lui|lei|loro|tutti|mio \w+|mia \w+)\b"),
    ("abuse.hurts_me", ABUSE, HIGH, r"\b(?:lui|lei|mio \w+|mia \w+)? ?mi (?:picchia|picchiava|ha picchiat[oa]|violenta|ha "
     r"violentat[oa]|minaccia|ha minacciat[oa]|strangola|abusa|ha abusato)\b|\bpaura di tornare a casa\b|\bm"
     r"inacciato di "
     r"uccidermi\b|\bnon sono al sicuro a casa\b|\bviolenza domestica\b", "any"),
    ("psy.command", PSY, HIGH, r"\bvoci (?:\w+ ){0,2}mi (?:dicono|ordinano|chiedono|comandano) di\b", "any"),
    ("od.took_pills", OD, IMM, r"\bho (?:preso|ingoiato) (?:\w+ ){0,2}(?:tutte le|tutta la scatola di|una scatola di|un "
     r"flacone di|troppe|molte|\d{2,}) (?:mie )?" + PILLS + r"\b|\bho fatto (?:un )?overdose\b", "self", "act"),
    ("ed.not_eaten", ED, HIGH, r"\bnon mangio (?:niente |nulla )?da (?:\d+ |due |tre |quattro |cinque |diversi )?giorni\b"
     # not eating through an illness ("per l'influenza" is "per linfluenza")
     r"(?![^\n]{0,100}(?:\b|\bl|\bdell|\bun)(?:influenza|virus|covid|vomit\w*|gastroenterite|febbre|operazione"
     r"|intervento|ramadan|digiuno|colonscopia|dentista|chemio)\b)|\bvomito sangue\b"),
    ("distress.hopeless", None, LOW, r"\b(?:senza speranza|non ce la faccio piu|sono un peso|mi odio|odio la mia vita|"
     r"niente ha senso|sono esaust[oa]|non valgo niente)\b", "self", "hopeless"),
]

RULES += [
    ("sub.mix_any", SUB, HIGH, MIX, "self", "substance"),
    ("sub.habit", SUB, MOD, SUBSTANCE_HABIT, "self", "substance"),
    ("ed.calories", ED, MOD, CALORIES),
    ("abuse.bruises", ABUSE, HIGH, BRUISES, "any"),
    ("si.more", SI, MOD, r"\bvorrei (?:solo |solamente )?non esistere\b|\b(?:addormentarmi|dormire) e non "
     r"svegliarmi\b|\b(?:se|magari) non ci fossi piu\b(?! (?:al|a|in|nel|nella|allo|alla|ai|sul|sulla|per|da|domani"
     r"|stasera|oggi|questa|la prossima|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b)|\bvorrei non esserci piu\b|\bse (?:m"
     r"orissi|"
     r"sparissi)\b|\bnon saro un peso (?:per nessuno )?(?:ancora )?per molto\b|\bsparire (?:per|x) sempre\b|"
     r"\bnon mi "
     r"serviranno piu\b"),
    ("si.more_high", SI, HIGH, r"\bfarmi fuori\b|\bpenso (?:\w+ ){0,2}al suicidio\b", "self"),
    ("plan.more", PLAN, HIGH, r"\b(?:le|li) prendo tutt[ei]\b|\bprenderle tutte\b|\bsono sul ponte\b"
     r"(?! (?:\w+ ){0,2}(?:" + SHIP + r")\w*\b" + NO_JUMP + r")(?![^.!?]{0,50}\b(?:traffico|coda|incolonnat\w*"
     r"|bloccat\w*|in ritardo|arrivo tardi|in macchina|in auto|in bici|in motorino|autobus|tram|lavori|foto"
     r"|passeggiata|passeggio|tramonto|panorama|selfie)\b)|\b(?:ho|avevo) (?:gia )?(?:scritto|lasciato|prepa"
     r"rato) (?:delle |le |una |due |tre |"
     r"alcune |unaltra )?(?:lettere|lettera|biglietti|biglietto)\b", "self", "",
     r"nel caso|stanotte|stasera|ponte|addio|casomai|in caso|non si sa mai|per quando|dopo di me|se mi succe"
     r"de"
     r"|(?:sono|stanno|le trovate|le trovi|le ho (?:messe|lasciate)) (?:nel|sul|sulla|sotto il|sotto la|nell"
     r"a) (?:mio |mia )?"
     r"(?:cassetto|comodino|tavolo|scrivania|cuscino|letto|mensola|armadio)"),
    # Giving away what one values "because I won't need it any more" (AAS warning sign), near the gift or just after it.
    ("warn.no_longer_need", SI, MOD, r"\b(?:tanto )?non mi (?:servono|serve|servira|serviranno|servirebbero|servivano"
     r"|serviva) (?:piu|piu a niente|piu a nulla)\b(?! (?:per|a) (?:il|la|lo|lavoro|scuola|uni\w*))", "self", "warning",
     r"(?:regalat\w*|dato via|dando via|regalando|ceduto|lasciato) (?:\w+ ){0,3}(?:playstation|ps[45]|xbox|c"
     r"onsole"
     r"|chitarra|libri|gioielli|cane|gatt[oa]|collezione|orologio|anello|bici\w*|computer|pc|portatile|telef"
     r"ono"
     r"|risparmi|tutto|le mie cose|i miei \w+|le mie \w+|dischi|vinili|fumetti|quadri|piante)"),
    # The count of a hoard of medicines kept back ("le nascondo nel cassetto" ... "ne ho quasi 60 ormai").
    ("plan.hoard_count", PLAN, HIGH, r"\bne ho (?:messe da parte |nascoste |accumulate |conservate |raccolte |gia |quasi "
     r"|almeno |piu di |oltre |circa |tipo |ormai )*(?:[2-9]\d|\d{3}|venti|trenta|quaranta|cinquanta|sessant"
     r"a|settanta"
     r"|ottanta|novanta|cento)\b(?! ?(?:anni|euro|kg|chili|km|volte|giorni|mesi|%))", "self", "",
     r"(?:" + _HOARD + r")[^\n]{0,300}?(?:" + _MEDS + r")|(?:" + _MEDS + r")[^\n]{0,300}?(?:" + _HOARD + r")"),
    # "Mi sento morto dentro" is distress (low); "sono morto" (in trouble, worn out) is an idiom.
    ("distress.dead_inside", None, LOW, r"\b(?:sono|mi sento|mi sentivo|ero|siamo) (?:gia |proprio |praticamente "
     r"|completamente |come )?mort[oaie](?: dentro)?\b", "self", "hopeless"),
    ("plan.means_here", PLAN, MOD, r"\bho (?:qui )?le " + PILLS + r"\b", "self", "means"),
    ("od.more", OD, HIGH, r"\b(?:pastigli[ae]|pillol[ae]|compress[ae]) in piu\b|\bho appena preso (?:tutta|tutte)\b", "self", "act"),
    ("sh.more", SH, MOD, r"\bmi bruciavo\b|\bmi tagliavo\b|\btornata la voglia\b", "self", "recent+"),
    ("warn.things", SI, LOW, r"\bho sistemato tutte le mie cose\b|\bho dato (?:il|la) (?:gatto|gatta|cane)\b", "self",
     "warning"),
    # Loose ends tied up and people reached one last time (AAS: putting affairs in order, saying goodbye): a risk only
    # read with the rest of the conversation.
    ("warn.loose_ends", SI, LOW, r"\bho restituito (?:tutto|tutti|tutte)(?: \w+){0,3} (?:quello che |che )?(?:avevo (?:in"
     r" )?prestito|mi avevano prestato|avevo preso in prestito)\b|\bho venduto (?:la |il |lo )?(?:mia|mio|la|il|lo)"
     r" (?:\w+ ){0,2}e (?:ho )?dato i soldi a\b|\bho pagato (?:\w+ ){0,2}(?:affitto|bollette) (?:per|di) (?:\w+ )?mesi\b"
     r"|\bho disdetto (?:la|il|lo) (?:palestra|abbonamento|contratto|telefono)\b|\bho (?:chiamato|telefonato a)"
     r" (?:tutti|tutta la famiglia)(?: \w+){0,4} (?:solo )?per (?:sentire la (?:loro )?voce|dire che (?:vi|li|le)"
     r" (?:voglio bene|amo))\b|\b(?:ne )?(?:avra|avrebbe) cura meglio di me\b", "self", "warning"),
    ("plan.buy_means", PLAN, MOD, r"\bcomprat[oa] " + PILLS + r"\b|\bcomprat[oa] (?:una )?(?:corda|pistola)\b", "self",
     "means"),
    ("plan.take_all", PLAN, HIGH, r"\bprendo tutte le " + PILLS + r"\b"),
    ("sh.bleeding", SH, IMM, r"\bnon smette di sanguinare\b|\btroppo a fondo\b", "self", "act", CUT_CONTEXT),
    ("hto.more", HTO, HIGH, r"\b(?:lo|la) (?:ammazzo|uccido)\b|\bpensieri in cui (?:picchio|uccido|colpisco)\b|\b(?:coltello|"
     r"pistola|arma)(?: \w+){0,4} (?:sto andando|vado) da (?:lui|lei)\b"),
    ("abuse.more", ABUSE, HIGH, r"\bmi ha dato (?:uno schiaffo|un pugno|un calcio)\b|\bnon mi lascia (?:vedere|uscire)\b|"
     r"\bmi prende il telefono\b|\bpicchia (?:mio|mia|suo|sua) (?:nipote|figli[oa]|bambin[oa])\b|\b(?:presa|"
     r"preso) per il "
     r"collo\b", "any"),
    ("abuse.door", ABUSE, IMM, r"\bprendendo a pugni la porta\b|\burla che mi ammazza\b|\bsfondando la porta\b", "any",
     "act"),
    ("psy.more", PSY, HIGH, r"\bvoci (?:\w+ ){0,8}(?:devo|mi tocca)\b", "any"),
    ("psy.voices", PSY, MOD, r"\bvoci (?:\w+ ){0,4}(?:dicono|piu forti|tornate)\b", "any"),
    ("ed.more", ED, MOD, r"\bmi faccio vomitare\b|\bvomitare dopo (?:cena|mangiato|aver mangiato)\b|\blo nascondo ai\b"),
    ("ed.symptoms", ED, HIGH, r"\b(?:mi gira la testa|cuore (?:che )?batte (?:forte|strano)|svenuta|svenuto)\b", "self", "",
     EAT_CONTEXT),
    # Physical signs beside a very low body weight (NICE NG69: fainting, bradycardia, hypothermia).
    ("ed.low_weight_signs", ED, HIGH, r"\b(?:sono svenut[oa]|svengo|svenimenti|battito (?:\w+ ){0,2}a [2-4]\d|"
     r"[2-4]\d (?:battiti|bpm|pulsazioni)|bradicardia|(?:ho|sento) (?:sempre|costantemente) freddo)\b", "self", "",
     r"\b(?:peso|pesavo|sono scesa a|sono sceso a|sono arrivat[oa] a) (?:solo |appena |meno di |tipo )?"
     r"(?:[23]\d|4[0-4])"
     r"(?:[.,]\d)? ?(?:kg|chili|kili)\b"),
    # Using alone, or without naloxone at hand (overdose risk: WHO 2014, "Community management of opioid overdose").
    ("sub.alone_no_naloxone", SUB, MOD, r"\b(?:niente|senza|non ho (?:il |piu )?|ho finito il|perso il) (?:il )?"
     r"(?:naloxone|narcan|nalossone)\b|\b(?:mi buco|mi faccio una pera|consumo|mi faccio(?: di \w+)?) (?:\w+"
     r" ){0,2}da"
     r" sol[oa] (?:stasera|stanotte|oggi|adesso|in casa|in macchina)\b", "self", "substance"),
    ("sub.more", SUB, MOD, r"\bcanne dalla mattina alla sera\b|\bbottiglia di vino ogni sera\b", "self", "substance"),
    ("third.goodbye_message", SI, HIGH, r"\bmessaggio di addio\b", "any"),
    # Watching and waiting for someone who has not asked for it (stalking, a warning sign of harm to others).
    ("hto.stalking", C.HARM_TO_OTHERS, L.MODERATE, r"\b(?:(?:lho|la ho|li ho|le ho) (?:aspettat[oa]|seguit[oa]|pedinat[oa]|spiat[oa])|(?:sono rimast[oa]|ho aspettato|aspetto|la aspetto|la seguo|lo seguo|la pedino|lo pedino)(?: \w+){0,4}) (?:fuori (?:dalla|dal|da) (?:\w+ )?(?:palestra|casa|lavoro|ufficio|scuola|universita|portone)|sotto casa (?:sua|di \w+)|davanti (?:a casa sua|al suo \w+|alla sua \w+))\b|\b(?:profilo|account) (?:finto|falso|fake)(?: \w+){0,3} per (?:seguire|spiare|controllare|vedere) (?:la mia|il mio|la|lo)\b", "self"),
]

PACK = make_pack(
    "it",
    RULES,
    negation=["non", "mai", "nessun", "nessuno", "ne", "nemmeno", "neanche", "nega", "senza"],
    first_person=["io", "mi", "me", "mio", "mia", "miei"],
    third_party=["lui", "lei", "loro", "qualcuno", "suo", "sua", r"(?:mio|mia|un|una) (?:migliore )?(?:amic[oa]|"
                 r"fratello|sorella|figli[oa]|padre|madre|ragazz[oa]|marito|moglie|cugin[oa]|collega|vicin[oa]|paziente)"],
    idioms=[r"(?:muoio|sto morendo|morto|morta) di (?:fame|sonno|sete|caldo|freddo|noia|paura|risate|stanchezza|vergogna)",
            # Someone else's warning that an activity will kill the speaker: "mia moglie dice che prima o poi mi
            # ammazzo su quella scala", "mia madre ripete che mi ammazzerò con quella moto".
            r"(?:dice|diceva|ha detto|dicono|dicevano|ripete|ripeteva|continua a dire|sostiene|giura|urla|br"
            r"ontola)(?: che)?"
            r" (?:\w+ ){0,3}(?:mi ammazzo|mi ammazzero|mi uccido|mi uccidero|mi faccio male|mi rompo (?:loss"
            r"o del collo"
            r"|il collo)|ci resto|ci lascio la pelle|ci rimango)(?= (?:\w+ ){0,3}(?:su|sulla|sul|sullo|sui|c"
            r"on|col|coi"
            r"|in|a|andando|guidando|correndo|cosi|a forza di)\b)",
            # A cut while cooking or with a kitchen tool, shrugged off: "mi sono tagliata col coltello ma niente di
            # che, un cerotto e via".
            r"mi sono tagliat[oa] (?:\w+ ){0,3}(?:col|con il|con un|con lo|con la|con una) (?:coltello|pelap"
            r"atate"
            r"|mandolina|affettatrice|apriscatole|grattugia|forbici|carta|lattina|vetro)(?=[^.!?\n]{0,80}\b"
            r"(?:niente di"
            r" che|niente di grave|cerotto|cucin\w*|verdur\w*|pomodor\w*|cipoll\w*|pane|passata|sugo|affett"
            r"\w*"
            r"|distratt\w*|per sbaglio|imbranat\w*|sbadat\w*)\b)",
            r"(?:cucinando|affettando|sbucciando|pelando|tagliando (?:il|la|le|i|lo|gli) \w+|facendo (?:la|i"
            r"l|le|i) \w+)"
            r"(?:,? \w+){0,4},? mi sono tagliat[oa]",
            # The heat, a match or the traffic "killing" the speaker.
            r"(?:questo|questa|sto|sta|il|la|lo) (?:\w+ )?(?:caldo|afa|partita|squadra|traffico|attesa|umidi"
            r"ta|derby"
            r"|campionato|arbitro|rigori|supplementari) (?:\w+ )?(?:mi (?:fa|fara|sta facendo) morire|mi ucc"
            r"idera"
            r"|mi ammazzera|mi ucciderà|mi uccide|mi ammazza|mi stende)",
            # A course of medicine finished as the doctor said ("ho preso tutte le pastiglie come ha detto il medico").
            r"(?:ho preso|prendo|ho finito|sto prendendo|ho fatto) (?:\w+ ){1,10}(?:come (?:mi )?(?:ha|aveva"
            r"|hanno) (?:detto"
            r"|prescritto|consigliato|indicato)(?: \w+){0,2} (?:il|la|dal|dalla|mio|mia) (?:medico|dottor\w*"
            r"|farmacista"
            r"|pediatra)|come da (?:ricetta|prescrizione|foglietto|bugiardino))",
            # In trouble, worn out or laughing, not dead: "sono morto" before an exam, "siamo morti se lo scopre".
            r"(?:sono|siamo|sei|ero|eravamo|e) (?:gia |proprio |praticamente |completamente |bell e |bello e"
            r" |bella e )?"
            r"mort[oaie]\b(?! dentro| per tutti| da tempo| da anni)(?:(?: \w+){0,4} (?:se|quando|appena) (?:"
            r"\w+ ){0,3}"
            r"(?:scopre|scoprono|vede|vedono|sa|sanno|lo sa|torna|tornano|becca|beccano))?",
            "morire dal ridere", "da morire", r"mi ammazzo di (?:lavoro|fatica|studio)", r"(?:mi|ti) (?:uccide|ammazza) (?:se|quando)",
            r"(?<!che )(?<!stanotte )(?<!stasera )(?<!domani )(?<!oggi )(?<!adesso )mi (?:sta uccidendo|uccide|ammazza)", "ammazzare il tempo",
            r"mi sono tagliat[oa] (?:il dito|cucinando|con il coltello|con la carta)", "tagliarmi i capelli",
            r"(?:tagliarmi|mi taglio|mi sono tagliat[oa]|mi tagliavo|mi tagliero|mi sono fatt[oa] tagliare) "
            r"(?:da sol[oa] )?" + GROOMING,
            r"mi sono tagliat[oa] (?:\w+ ){0,2}(?:facendo(?:mi)? la barba|radendomi|depilandomi|in cucina)",
            # A negated urge: "non ho piu voglia di farmi del male", "non sento piu il bisogno di tagliarmi".
            r"non (?:ho|sento|provo|mi viene|mi e venut[oa]|ho avuto|ho sentito) (?:piu |mai |ancora |mai pi"
            r"u )?"
            r"(?:avuto |sentito |provato )?(?:la |il |l |nessuna |nessun |alcun |alcuna )?(?:voglia|bisogno|"
            r"impulso|"
            r"impulsi|limpulso|desiderio|tentazione|urgenza|lurgenza) (?:di|a) " + SH_WORDS,
            # Worry about who would care for a dependant ("se non ci fossi piu, chi si occuperebbe di mia madre?"),
            # not said as a wish ("sarebbe meglio se non ci fossi piu").
            r"(?<!meglio )(?<!bello )(?<!magari )se (?:io )?(?:non ci fossi piu|morissi|mancassi)(?: io)?,? "
            r"(?:\w+ ){0,2}(?:chi|cosa|che fine|come farebbe|come farebbero)\b(?: \w+){0,4} (?:occuperebbe|"
            r"occuperebbero|prenderebbe cura|baderebbe|accudirebbe|penserebbe|aiuterebbe|pagherebbe|sarebbe "
            r"di|"
            r"ne sarebbe|farebbe|farebbero|resterebbe con|starebbe con|porterebbe|andrebbe a prendere)",
            r"(?:chi|cosa ne sarebbe|che fine farebbe|che fine farebbero|come farebbe|come farebbero)\b(?: "
            r"\w+){0,6} "
            r"se (?:io )?(?:non ci fossi piu|morissi|mancassi)(?! (?:\w+ )?(?:sarebbe meglio|meglio))",
            # A will made at a notary or a lawyer is estate planning, not a farewell on its own.
            r"(?:ho fatto|ho scritto|ho aggiornato|ho preparato|ho redatto) (?:il |un |il mio )?testamento "
            r"(?:\w+ ){0,3}(?:dal|dalla|con il|con la|con l|presso|dallo|in) (?:\w+ )?(?:notai[oa]|avvocat[o"
            r"a]|"
            r"studio notarile|legale|commercialista)",
            r"(?:notai[oa]|studio notarile|avvocat[oa])(?: \w+){0,5} (?:ho fatto|ho scritto|ho redatto|abbia"
            r"mo fatto) "
            r"(?:il |un |il mio )?testamento",
            # Already on a ship's deck: "siamo in crociera, sono sul ponte a prendere il sole".
            r"(?:" + SHIP + r")\w*(?: \w+){0,4},? sono sul ponte\b" + NO_JUMP,
            # Hyperbole about a chore, laughed off: "ancora una riunione e mi ammazzo 😂", "se perdo il treno mi butto
            # dalla finestra ahah". Not "un altro giorno cosi e mi ammazzo".
            r"(?:ancora|un altr[oa]|unaltr[oa]|altr[oa]|se|giuro)\b(?! (?:un |una |unaltr[oa] |altr[oa] )?(?"
            r":giorn[oi]"
            r"|nott[ei]|settiman[ae]|mes[ei]|ann[oi]|volt[ae]|minut[oi]|or[ae]|moment[oi]|poco)\b)(?: \w+){0"
            r",10} "
            r"(?:e |giuro che |giuro |io )?(?:mi ammazzo|mi uccido|mi sparo|mi impicco|mi butto|mi lancio|mu"
            r"oio"
            r"|la faccio finita|mi suicido)(?: \w+){0,3}(?= ?(?:lol|ahah|haha|ahaha|hahaha|xd|asd|ahahah|😂|🤣"
            r"|😅|😆"
            r"|😜|🙃|💀|😭😂))",
            # Ropes, hooks and stools to hang a bike, a hammock or plants.
            r"(?:corda|corde|cordino|sgabello|scaletta|gancio|ganci|moschettone)(?: \w+){0,8} per (?:appende"
            r"re"
            r"|sospendere|legare|issare|fissare|agganciare) (?:\w+ ){0,2}(?:bici\w*|biciclett\w*|mtb|amaca|a"
            r"ltalena"
            r"|sacco|piant\w*|vas\w*|tend\w*|lampadari\w*|kayak|canoa|attrezzi|quadr\w*|panni|bucato|scaffal"
            r"\w*)",
            r"(?:appendere|appeso|appesa|sospendere|agganciare) (?:\w+ ){0,2}(?:bici\w*|biciclett\w*|mtb|ama"
            r"ca"
            r"|altalena|sacco da boxe|piant\w*|kayak|canoa)(?: \w+){0,8} (?:corda|corde|cordino|sgabello|sca"
            r"letta"
            r"|gancio|ganci)"],
    fiction=[
             # Training and placements: a trainee asking about a case or a protocol (issue 10, round 14).
             r"student(?:e|essa) (?:di|in) (?:psicologia|infermieristica|medicina|servizio sociale)", r"tirocinio", r"protocoll[oi]", r"materiale (?:di|per la) formazione", r"(?:corso|formazione) (?:sul|sulla|di) (?:prevenzione|suicidio|crisi)",
             "film", "libro", "romanzo", "serie", "episodio", "personaggio", "canzone", "videogioco", "documentario",
             "articolo", "notizia", "tesina"],
    history=[
             # An act dated by the age it happened at or by years ago (issue 10, round 14).
             r"quando avevo \d+(?: anni)?", r"(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|tanti|molti) anni fa",
             # A past year told with the act: "il tentativo del 2008", "nel '94".
             r"(?:nel|del|dal|nell|dell|durante il|nellestate del|nellinverno del) (?:19\d\d|20[01]\d|202[0-"
             r"3])",
             r"(?:nel|del) (?:[5-9]\d)(?! (?:\w+ )?(?:anni|mg|kg|chili|km|pastiglie|compresse|minuti|ore|gio"
             r"rni|per cento)\b)",
             r"quando ero (?:piccol[oa]|bambin[oa]|adolescente|giovane|ragazz[oa]|al liceo)", r"(?:\w+ )?anni fa",
             # A period remembered: "mi è tornato in mente quel periodo in cui mi tagliavo".
             r"(?:\w+ )?anni (?:dopo|piu tardi)",
             r"(?:quel|quell|quei|quelli|nel|del|di quel) (?:\w+ )?(?:periodo|tempo|tempi|anni|mesi) (?:\w+ "
             r")?(?:in cui"
             r"|quando|che)", r"(?:mi (?:e )?tornat[oa] in mente|ripenso a quando|mi ricordo (?:di )?quando)",
             "al liceo", "alle medie", "in passato", r"da ragazz[oa]", "da adolescente",
             # An age of the past told with a past verb ("ho tentato a 18 anni", "a 16 anni mi tagliavo", "quando
             # avevo 20 anni"), or the age now set against it ("ora ne ho 42"); not "a 40 anni voglio morire".
             r"(?:quando avevo|allora avevo|avevo) " + AGE + " anni",
             r"(?:ho|avevo|mi sono|mi ero|sono stat[oa]|ci ho|\w+(?:avo|evo|ivo)) (?:\w+ ){0,4}(?:a|alleta di) " + AGE
             + " anni",
             r"(?:a|alleta di) " + AGE + r" anni,? (?:\w+ ){0,3}(?:ho|avevo|mi sono|mi ero|ero|sono stat[oa]|ci ho) "
             r"(?:\w+ )?\w+(?:at[oa]|it[oa]|ut[oa])\b",
             r"(?:a|alleta di) " + AGE + r" anni,? (?:\w+ ){0,3}\w+(?:avo|evo|ivo)\b",
             r"(?:ora|adesso|oggi) ne ho \d{1,2}",
             r"da (?:ragazzin[oa]|bambin[oa]|piccol[oa]|giovane|studente|studentessa|universitari[oa])",
             r"ai tempi (?:del liceo|delle medie|delluniversita|della scuola)",
             r"(?:ho smesso|non lo faccio piu|non mi taglio piu|sono pulit[oa]) da (?:\d+|un|una|due|tre|qua"
             r"ttro"
             r"|cinque|sei|sette|otto|nove|dieci|quindici|venti|tanti|molti|parecchi) (?:anni|anno)"],
    recency=["di nuovo", "sto resistendo", "resisto", "faccio fatica a resistere", "in questo momento",
             r"(?:sono|e) (?:gia )?(?:\d+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:giorni"
             r"|giorno"
             r"|settimane|settimana|mesi|mese) che non",
             "ieri", "ieri sera", "in questi giorni", "ogni notte", "ogni sera", "ogni giorno", "stamattina",
             "questa settimana", "ultimamente", "recentemente"],
    timing=["stasera", "stanotte", "per stasera", "subito", "domani", "questo fine settimana", r"tra (?:un|qualche|\d+) or[ae]"],
    means=["corda", "pistola", PILLS + " messe da parte", "ho gia preso", "il ponte"],
    resolve=["ho deciso", "ho preso la decisione", r"sono pront[oa]", "e il momento",
             "non si torna indietro", "so cosa devo fare", "lunica via duscita"],
    farewell=["perdonatemi per tutto", "vi voglio bene", "addio", "prendetevi cura di", "perdonatemi", "perdonami",
              # thanks that sum up the help, not with plans ahead ("grazie di tutto, a martedi")
              r"grazie (?:di|per) tutto(?![^\n]{0,80}\b(?:a (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato"
              r"|domenica|domani|presto|la prossima)|ci vediamo|la prossima settimana)\b)",
              r"(?:ha|hai) fatto la differenza nella mia vita"],
    concealment=["non dirlo a nessuno", "niente polizia", "niente medici", "non chiamare nessuno",
                 "non voglio che nessuno mi fermi"],
)
