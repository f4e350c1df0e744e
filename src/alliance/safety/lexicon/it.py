"""Italian parts of a risk statement (see `alliance.safety.lexicon`). Means follow the methods recorded in Italian
suicide statistics (ISTAT, "I suicidi in Italia: tendenze e confronti" 2012 and the ISTAT cause-of-death tables:
hanging, falls from a height, firearms, poisoning and drug overdose, drowning, trains) and in WHO 2014, "Preventing
suicide" (pesticides, carbon monoxide); drug names are those most dispensed in Italy (AIFA, Rapporto OsMed: the
benzodiazepines, SSRIs, paracetamol and opioids); warning signs follow the AAS list (Rudd et al. 2006).

Every expression is written in the normalised form: lower case, no accents ("più" is "piu", "sarò" is "saro"), no
apostrophes ("l'ho" is "lho", "un'ora fa" is "unora fa", "d'addio" is "daddio", "c'è" is "ce")."""

from __future__ import annotations

from alliance.safety.lexicon import make_lexicon

# Medicines: generic words and the brands and molecules most used in Italy.
_PILLS = (
    r"pillole|pastiglie|pasticche|compresse|capsule|farmaci|medicine|medicinali|psicofarmaci|sonniferi|gocce"
    r"|tranquillanti|calmanti|ansiolitici|antidepressivi|antidolorifici|antipsicotici|benzodiazepine|oppioidi"
    r"|tachipirina|paracetamolo|efferalgan|aspirin[ae]|brufen|nurofen|ibuprofene|ketoprofene|toradol|xanax"
    r"|alprazolam|lexotan|bromazepam|tavor|lorazepam|valium|diazepam|delorazepam|minias|lormetazepam|rivotril"
    r"|clonazepam|halcion|triazolam|stilnox|zolpidem|zoloft|sertralina|prozac|fluoxetina|daparox|paroxetina"
    r"|sereupin|cipralex|entact|escitalopram|citalopram|elopram|efexor|venlafaxina|cymbalta|duloxetina|tritt"
    r"ico"
    r"|trazodone|laroxyl|amitriptilina|anafranil|clomipramina|litio|carbolithium|depakin|valproato|tegretol"
    r"|seroquel|quetiapina|zyprexa|olanzapina|haldol|abilify|risperdal|tramadolo|contramal|oxycontin|ossicod"
    r"one"
    r"|tachidol|codeina|morfina|fentanyl|metadone|insulina|coumadin|warfarin|digossina|lanoxin|digitalic[io]"
    r"|(?<=la )digitale(?! terrestre)|sintrom|metotrexato|linsulina"
    r"|(?:pillole|pastiglie|compresse|gocce) (?:per (?:dormire|il cuore|la pressione|lansia)|di \w+)"
    r"|blister|(?:tutto il|un intero|lintero|mezzo) (?:flacone|flaconcino)|(?:tutta la|unintera|lintera|una "
    r"intera"
    r"|mezza) (?:boccetta|scatola|confezione)"
)
_P = "(?:" + _PILLS + ")"
# Medicines whose ordinary dose taken twice is already an overdose (digitalis, insulin, anticoagulants, lithium).
_NARROW = (r"(?:(?<=la )digitale(?! terrestre)|digitalic[io]|digossina|lanoxin|l?insulina|coumadin|warfarin|sintrom"
           r"|litio|carbolithium|metotrexato)")
# A dose: a quantity of a named medicine, or a whole container ("tutte le mie pastiglie", "30 tavor", "il flacone").
_BOX = (r"(?:tutta la|tutto il|unintera|una intera|un intero|lintera|lintero|mezza|mezzo|un|una|il|la|due|tre) "
        r"(?:flacone|flaconi|flaconcino|boccetta|boccette|blister)|(?:tutta la|unintera|una intera|lintera|m"
        r"ezza) "
        r"(?:scatola|confezione)")
_DOSE = (r"(?:(?:tipo |circa |almeno |piu di |quasi |forse |oltre )?(?:tutt[aoie] (?:quant[aoie] )?|tt |(?:[1-9]\d"
r"|\d{3}) |(?:dieci|dodici|quindici|venti|trenta|quaranta"
         r"|cinquanta|sessanta|cento) |tropp[eio] |molt[ei] |tant[ei] |parecchie |una (?:decina|ventina|tren"
         r"tina"
         r"|quarantina|manciata) (?:di )?|il (?:doppio|triplo) (?:di |delle |dei )?|(?:una|due|tre|\d) (?:sc"
         r"atol[ae]"
         r"|confezion[ei]) di |una (?:quantita|dose) (?:enorme|esagerata|letale|massiccia|mortale|assurda) d"
         r"i )"
         r"(?:\w+ ){0,3}" + _P + "|" + _BOX + r"|tutto quello che (?:avevo|cera|ho trovato)|(?:il (?:doppio|triplo)"
         r"|\w+ volte) (?:della|la) dose|(?:due|tre|quattro|\d) volte(?= (?:la |il |le |i |lo |l)?" + _NARROW + "))")
_FROM = (r"(?:giu )?(?:da|dal|dalla|dallo|dai|dalle|da un|da una|di sotto|dallultimo piano|dallalto|nel vuoto)"
         r"(?! (?:letto|divano|materasso|sedia|poltrona))")
_VEHICLE = r"(?:treno|treni|metro|tram|camion|tir|macchina|auto|autobus|pullman)"
_UNDER = r"sotto (?:a |al |alla )?(?:un |una |il |la )?" + _VEHICLE
# The speaker's own death as an infinitive ("morire", "farla finita", "buttarmi dal ponte").
_END = (
    r"(?:(?<!\bpenso di )(?<!\bpensavo di )(?<!ho pensato di )(?<!\bcredevo di )(?<!\bcredo di )(?<!\bpensat"
    r"o di )"
    r"morire(?! (?:dal (?:ridere|caldo|freddo|sonno)|dalle risate|dalla (?:vergogna|noia|fame|paura|voglia|"
    r"curiosita|gioia|stanchezza)|di (?:fame|sete|sonno|noia|caldo|freddo|vergogna|invidia|paura|risate)))"
    r"|mori|crepare|essere mort[oa]|farla finita(?! con (?!tutto|la vita|questa vita|me))|finirla|uccidermi|"
    r"ucidermi"
    r"|ammazzarmi|amazzarmi|suicidarmi|togliermi la vita|farmi fuori|spararmi|impiccarmi|avvelenarmi|annegar"
    r"mi"
    r"|affogarmi|soffocarmi|spegnermi (?:per sempre|nel sonno|piano piano)|lasciarmi (?:affogare|annegare|an"
    r"dare a "
    r"fondo)|tagliarmi (?:le vene|i polsi)|(?:buttarmi|lanciarmi|gettarmi) " + _FROM
    + r"|(?:buttarmi|lanciarmi|gettarmi) (?:" + _UNDER + r"|nel (?:fiume|lago|mare|canale|vuoto))"
    r"|non svegliarmi(?: piu)?|addormentarmi (?:(?:per|x) sempre|e non svegliarmi)|dormire (?:per|x) sempre"
    r"|(?:sparire|scomparire) (?:per|x) sempre|smettere di (?:vivere|esistere)|non esistere(?: piu)?|non ess"
    r"erci piu"
    r"|andarmene (?:per|x) sempre|(?:porre|mettere) fine alla mia vita|chiudere con la vita|uccidersi|ammazz"
    r"arsi"
    r"|suicidarsi|togliersi la vita|farsi fuori|impiccarsi|buttarsi " + _FROM + r")"
)
_WANT = (
    r"(?:voglio|vojo|vogio|volgio|vorrei|volevo|voglia di|desidero|desideravo|desiderio di|mi va di|penso di"
    r"|pensavo di|ho pensato di|sto pensando di|pensando di|pensare di|ho intenzione di|intenzione di|sto pe"
    r"r|devo"
    r"|dovrei|preferirei|preferisco|meglio|ho deciso di|decido di|provo a|provero a|cerco di|cerchero di|spe"
    r"ro di"
    r"|sogno di|prego di|vado a|andro a|potrei|il coraggio di|la forza di|tentazione di|tentat[oa] di|bisogn"
    r"o di"
    r"|e ora di|e il momento di|pront[oa] a|pront[oa] per|vuole|voleva|vogliono|vorrebbe|vorrebbero|stavo pe"
    r"r)"
)
_MI_VERB = (r"(?:uccido|uccidero|ucciderei|ammazzo|ammazzero|ammazzerei|suicido|suicidero|suiciderei|sparo (?:in testa"
            r"|un colpo|alla tempia|in bocca)|sparero|sparerei|impicco|impicchero|impiccherei|avveleno|avvel"
            r"enero"
            r"|tolgo la vita|togliero la vita|toglierei la vita"
            r"|faccio fuori|faro fuori|farei fuori|(?:butto|buttero|butterei|lancio|lancero|getto|gettero) (?:" + _FROM
            + "|" + _UNDER + r"|nel (?:fiume|lago|mare|canale|vuoto)))")
# Bleeding is an act under way only beside a self-inflicted cut ("mi sono tagliata i polsi, sangue ovunque").
_CUT = (r"(?:polsi|polso|vene|braccia|braccio|cosce|lametta|lamette|rasoio|taglierino|troppo a fondo|tagli profondi"
        r"|tagliat[oa] (?:i polsi|le vene|le braccia|troppo))")
_BLEED = (r"(?:sto sanguinando (?:tanto|molto|troppo|parecchio|tantissimo)|sangue (?:dappertutto|ovunque)"
          r"|non (?:smette|smettono|si ferma) (?:di sanguinare|il sangue)|sangue non (?:si ferma|smette|si a"
          r"rresta)"
          r"|perdo (?:tanto|troppo|molto) sangue)")
# A mechanic's work on an exhaust, not a hose to the cabin.
_NOT_GARAGE_WORK = (r"(?![^.!?\n]{0,60}\b(?:meccanic\w*|officina|fascett\w*|riparat\w*|revisione|bucat\w*|rott\w*"
                    r"|sostituit\w*|saldat\w*|silenziatore|catalizzatore|collaudo))")
_ARMS = (r"coltell[oi]|coltellino|pistol[ae]|fucil[ei]|rivoltella|revolver|spranga|mazza|machete|accetta|ascia"
         r"|tirapugni|lama|cacciavite|bastone")
# Just after a weapon is named: the weapon stays a part of its own (the composing layer needs both).
_AFTER_ARMS = "(?:" + "|".join(rf"(?<=\b{w} )" for w in (
    "coltello", "coltelli", "coltellino", "pistola", "pistole", "fucile", "fucili", "rivoltella", "revolver",
    "spranga", "mazza", "machete", "accetta", "ascia", "tirapugni", "lama", "cacciavite", "bastone")) + ")"
# The door or workplace of the person threatened ("sotto casa sua", "davanti al suo ufficio").
_HIS_DOOR = (r"(?:sotto casa (?:sua|di lui|di lei|del|della|dei|loro|di quel|di quello|di quella|di quei"
             r"|di questo|di questa)|sotto (?:il suo|al suo) (?:ufficio|lavoro"
             r"|portone"
             r"|palazzo)|davanti (?:a casa sua|al suo (?:ufficio|portone|palazzo|lavoro))|fuori (?:da|dalla)"
             r" casa sua"
             r"|fuori dal suo (?:ufficio|lavoro|portone)|sotto il (?:suo )?portone)")
_NO_ERRAND = (r"(?![^.!?\n]{0,40}\b(?:per (?:la |il )?(?:cena|pranzo|festa|compleanno|torta)|per (?:portar|prender"
              r"|consegnar|aiutar|riportar|restituir|riparar|tagliar|aggiustar)\w*|a (?:cena|pranzo|prender"
              r"\w*"
              r"|portar\w*)|da cucina|in cucina|a giocare|giochiamo|partita|allenamento|baseball|softball|ho"
              r"ckey"
              r"|golf|cricket))")
_KIN = (r"(?:amic[oaie]|fratell[oi]|sorell[ae]|figli[oaie]?|padre|madre|mamma|papa|ragazz[oa]|fidanzat[oa]|marito"
        r"|moglie|compagn[oa]|cugin[oa]|collega|colleghi|vicin[oa]|paziente|student\w+|alunn[oa]|nonn[oa]|zi"
        r"[oa]"
        r"|nipote|suocer[oa]|coinquilin[oa]|capo|ex|patrigno|matrigna|convivente)")
_CHILD = (r"(?:figli[oaie]?|figliolo|bambin[oaie]|bimb[oaie]|neonat[oa]|ragazzin[oaie]|fratellino|sorellina"
          r"|nipotin[oaie]|figliastr[oa]|piccol[oa]|alunn[oaie]|allievo|allieva|allievi|allieve|scolar[oaie])")
# A child, or a nephew, niece or grandchild with a child's age ("mio nipote di 7 anni").
_YOUNG = r"(?:" + _CHILD + r"|nipot[ei](?= di (?:[1-9]|1[0-7]|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici"\
         r"|dodici|tredici|quattordici|quindici|sedici|diciassette) (?:anni|mesi)))"
_OBJ = r"(?:mio|mia|miei|mie|nostro|nostra|nostri|suo|sua|suoi|sue|il|la|i|le|gli|lo|il mio|la mia|i miei|le mie" \
       r"|il suo|la sua|i suoi|le sue|il nostro|la nostra|i nostri)"
# A kin word after a preposition or an article is an object ("lettere ai miei figli"), not the subject of the clause;
# after "dopo che", "da quando" it opens a clause that tells the speaker's own story ("da quando mia moglie è morta").
_NOT_OBJECT = "".join(rf"(?<!\b{w} )" for w in (
    "a", "ai", "al", "alla", "alle", "allo", "agli", "per", "di", "dei", "del", "della", "delle", "degli", "dello",
    "con", "col", "coi", "da", "dai", "dal", "dalla", "dalle", "su", "sui", "sul", "sulla", "tra", "fra", "i", "il",
    "la", "le", "lo", "gli", "verso", "contro", "dopo che", "da quando", "quando", "perche", "siccome", "visto che",
    "poiche", "da che", "se"))

# A negation just before a part that the composing layer does not negate itself ("non ho più voglia di tagliarmi").
_NOT_NEG = "".join(rf"(?<!\b{w} )" for w in (
    "non", "nn", "non ho", "non ho piu", "non ho mai", "non sento piu", "non sento", "nessuna", "senza", "mai",
    "niente", "zero", "no", "non bevo", "non bere", "non beve", "non si beve", "non bevete", "non devo bere",
    "senza bere", "non mi sono", "non si e", "non mi sono mai"))
# Self-harm told as an act: a body part, a tool, a repetition ("mi sono bruciato il braccio con l'accendino").
_SH_BODY = (r"(?:il |i |la |le |l|un |una |tutto il |tutta la |tutte le )?(?:braccio|braccia|avambracci[oa]?|polso"
            r"|polsi|gamba|gambe|coscia|cosce|pancia|fianco|fianchi|pelle|caviglia|caviglie|petto|spalla|spa"
            r"lle"
            r"|stomaco|interno coscia|seno|collo)")
_SH_TOOL = (r"con (?:l|la |il |lo |un |una |le |i |delle |dei |gli |degli |mio |mia |il mio |la mia )?(?:accendino"
            r"|accendini|sigarett[ae]|cicca|lamett[ae]|rasoio|rasoi|taglierino|lama|lame|forbici|forbicine|v"
            r"etr[oi]"
            r"|ago|aghi|compasso|temperino|cutter|graffett[ae]|unghie|chiave|chiavi|fiammifer[oi]|ferro rove"
            r"nte"
            r"|coltellin[oi]|spilla|spille)")
_SH_PAST = (r"(?:mi sono|mi so|me so|mi son|si e|si sono) (?:\w+ )?(?:tagliat|bruciat|ferit|incis|graffiat|sfregiat"
            r"|marchiat|lacerat|grattat|bucat|ustionat)[oaie]")
_HOUSEHOLD = (r"(?!(?: \w+){0,4} (?:cucinando|stirando|col forno|con il forno|nel forno|col ferro"
              r"|con il ferro da stiro|con la pentola|con lolio|col fornello|con il fornello|al sole|facendo"
              r"|mentre|per sbaglio|per errore|in cucina|dal sole|con la piastra|col phon|con la carta|con l"
              r"e spine"
              r"|con il tagliaerba|giocando|cadendo|in giardino|depilandomi|radendomi|facendomi la barba"
              r"|con la ceretta))")
# Settling one's affairs: two of them in one stretch, one a thing of the future cancelled ("ho disdetto la palestra
# e pagato tutte le bollette"); bills paid alone are ordinary.
_CANCEL = (r"(?:disdett[oaie]|disdire|disdico|cancellat[oaie]|chius[oaie]|annullat[oaie]|estint[oaie]"
           r"|restituit[oaie]|disattivat[oaie]) (?:anche |pure |gia )?(?:\w+ ){0,2}(?:palestra|abbonament[oi]"
           r"|contratt[oi]|conto|conti|assicurazion[ei]|utenz[ae]|carta di credito|sim|netflix|spotify|iscri"
           r"zion[ei]"
           r"|libri|affitto|profil[oi]|account|polizz[ae])")
_SETTLE = (r"(?:pagat[oaie]|saldat[oaie]|sistemat[oaie]|restituit[oaie]) (?:anche |pure |gia )?(?:tutt[aeio] "
           r"|fino allultim[oa] )(?:\w+ ){0,2}(?:bollett[ae]|debit[oi]|conti|affitt[oi]|rate|prestit[oi]|soldi)")
_AFFAIR = "(?:" + _CANCEL + "|" + _SETTLE + ")"
_FALL = (r"(?!.{0,80}\b(?:e cadut[oa]|cadendo|caduta dal|caduto dal|giocando|a calcio|a pallone|in bici|in bicicletta"
         r"|sbattendo|ha sbattuto|inciampat[oa]|allasilo|in palestra|a scuola si e))")
_PLAY = r"(?!.{0,60}\b(?:gioca\w*|giocando|ride|ridendo|solletico|scherz\w+|per finta))"
_MOVING = (r"(?!.{0,160}\b(?:trasferisco|trasferiamo|trasferimento|trasloco|traslocare|cambio casa|erasmus"
           r"|vado a vivere))")

# Eating disorders, drinking and voices (NICE NG69 on purging and restriction with physical signs; AUDIT on drinking
# every day, in quantity or to cope).


def _unsaid(*negs: str) -> str:
    """Lookbehinds: none of `negs` just before the part, nor one word before it ("non vomito", "non prendo
    lassativi", "non mi sono mai fatta vomitare"), for parts that the composing layer does not negate itself."""
    return "".join(rf"(?<!\b{n} )" for n in negs) + "".join(
        rf"(?<!\b{n} \w{{{k}}} )" for n in negs for k in range(1, 12))


_UNSAID = _unsaid("non", "nn", "mai", "senza", "neanche", "nemmeno", "smesso di", "smetto di", "non mi", "non mi sono",
                  "non lho", "non ho mai", "non mi sono mai", "non ho piu", "non mi sono piu", "non sono piu",
                  "mai piu", "se", "se mi")


def _said(body: str) -> str:
    """`body`, unless a negation comes just before it; the lookbehinds run only where `body` matches."""
    return "(?=" + body + ")" + _UNSAID + "(?:" + body + ")"


# Laxatives, diuretics and enemas, generic and brand names.
_LAX = (
    r"(?:lassativ[oi]|lassanti|purgant[ei]|purghe|diuretic[oi]|clister[oi]|enteroclism[oi]|microclismi|dulco"
    r"lax"
    r"|guttalax|pursennid|falqui|confetti falqui|senna|tisan[ae] (?:lassativ[ae]|diuretic[ae])"
    r"|lasix|furosemide|idroclorotiazide)"
)
# The purpose of a behaviour: weight, not illness.
_SLIM = (
    r"(?:per|x|pur di) (?:non (?:ingrassare|prendere (?:peso|chili|un etto))|dimagrire|perdere (?:peso|(?:qu"
    r"alche "
    r"|dei |un po di )?(?:chili|kg))|calare(?: di peso)?|buttare giu (?:qualche )?(?:chili|peso)|sgonfiarmi|"
    r"compensare"
    r"|eliminare (?:quello che|le calorie|tutto)|(?:essere|restare|stare|diventare) (?:piu )?magr[ao]|svuota"
    r"rmi"
    r"|bruciare (?:le calorie|quello che))"
)
_AFTER_FOOD = (
    r"(?:dopo (?:ogni |i |il |le |aver |avere |che ho |ogni singolo )?(?:pasto|pasti|mangiato|mangiare|cena|"
    r"pranzo"
    r"|colazione|abbuffat[ae]|abbuffarmi|mangiato troppo)|dopo (?:labbuffata|unabbuffata|ogni abbuffata|le a"
    r"bbuffate"
    r"|cena|pranzo)|ogni volta che (?:mangio|ceno|pranzo|mi abbuffo|ho mangiato|mangio troppo))"
)
# Constipation, a colonoscopy, a doctor's prescription; a stomach bug, pregnancy, a hangover.
_NOT_MED = (
    r"(?![^.!?\n]{0,80}\b(?:l|d|un|dell|all|nell|dall|sull)?"
    r"(?:stitic\w*|stitichezza|costipat\w*|colonscopia|colonoscopia|emorroidi|me (?:li|lo|la|le)"
    r" ha (?:prescritt|dat|consigliat)\w*|(?:il|la|mio|mia) (?:medico|dottor\w*|gastroenterolog\w*)|ricetta))"
)
_NOT_ILL = (
    r"(?![^.!?\n]{0,80}\b(?:l|d|un|dell|all|nell|dall|sull)?"
    r"(?:incinta|gravidanza|gastrite|gastroenterite|virus|influenza|covid|chemio\w*|infezione"
    r"|allergi\w*|intolleran\w*|intossicazione|sbornia|postumi|emicrania|reflusso|ulcera|intestinale|indiges"
    r"tione"
    r"|mi (?:ha|e) fatto male"
    r"|antibiotic\w*))"
)
_NOT_SICK = (
    r"(?![^.!?\n]{0,80}\b(?:l|d|un|dell|all|nell|dall|sull)?"
    r"(?:influenza|virus|gastro\w*|operazione|intervento|dentista|denti|anestesia|febbre"
    r"|malat[oa]|covid|ramadan|quaresima|chemio\w*|vomito|vomitando|diarrea|infezione|sbornia|dieta liquida)"
    r"\b)"
)
_DAYS = (
    r"(?:(?:[2-9]|[1-9]\d|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|parecchi|diversi|"
    r"alcuni"
    r"|un paio di|piu di \w+) (?:giorni|gg|settimane)|(?:una|piu di una) settimana|(?:un|piu di un) mese)"
)
# A food named after "non mangio": giving up meat or sweets is not restriction.
_NO_FOOD = (
    r"(?! (?:carne|pesce|pane|pasta|dolci|zucchero|carboidrati|glutine|cioccolat[oa]|fritti|schifezze|junk f"
    r"ood"
    r"|formaggi|latticini|frutta|fuori|al ristorante|la sera|a pranzo|a cena|con\b)\b)"
)
# A day's food that is one or two small things ("una mela e uno yogurt al giorno", "solo un caffè e una galletta").
_ONE = r"(?:una?|uno|mezz[oa]|qualche|un po di|due|tre) (?:\w+ ){0,2}"
_A_DAY = (r"(?:al giorno|in tutto il giorno|in tutta la giornata|per tutto il giorno|e basta|e nientaltro"
          r"|e niente altro)(?!(?: \w+){0,3} (?:in piu|oltre|a merenda|a colazione|per (?:le )?proteine|come"
          r" spuntino"
          r"|per spuntino|fa bene))")
_TINY_MEAL = _ONE + r"(?:(?:e|o|piu) " + _ONE + r")?" + _A_DAY
# Two small things that are the whole day's food ("una mela e uno yogurt al giorno").
_TWO_THINGS = _ONE + r"(?:e|o|piu) " + _ONE + _A_DAY
_EAT_NOT = r"(?:mangio|ho mangiato|mangiavo|tocco cibo|ho toccato cibo|tocco niente|mando giu niente)" + _NO_FOOD
_KCAL = r"(?:[1-9]\d\d?|mille|duecento|trecento|quattrocento|cinquecento|seicento|settecento|ottocento)"
# What is drunk when it is not alcohol.
_SOFT = (
    r"(?! (?:\w+ ){0,2}(?:acqua|latte|caffe|te|tisan[ae]|camomill[ae]|succh?[oi]|spremut[ae]|aranciat[ae]|co"
    r"ca"
    r"|bibit[ae]|integratori|brodo|analcolic\w*|senza alcol|poco|pochissimo|niente|nulla|con moderazione)\b)"
)
_VOICES = (
    r"(?:le |delle |quelle |queste )?voci(?: (?:che sento|nella (?:mia )?testa|in testa|dentro la (?:mia )?t"
    r"esta))?"
    r"(?: (?:ora|adesso|gia|oggi|di nuovo|ancora|ultimamente|sempre))?"
)
# The ages, years and clock times that a number names besides a quantity ("da 20 anni", "alle 10").
_CLOCK = r"(?<!\balle )(?<!\bdalle )(?<!\bverso le )(?<!\bentro le )(?<!\bfino alle )(?<!\bil )"
_NOT_UNIT = (
    r"(?! ?(?:anni|mesi|settimane|giorni|gg|ore|minuti|min|euro|kg|chili|km|gradi|%|calorie|kcal|volte|di (?"
    r":sera"
    r"|mattina|notte|eta)|(?:i |le |il |gli )?(?:sere|serate|giorni|notti|mattine|pomeriggi|weekend|fine set"
    r"timana"
    r"|santi giorni|giorno|tempo|santo giorno|pomeriggio|sabati|venerdi|domeniche))\b)"
)

LEXICON = make_lexicon(
    "it",
    negation=["non", "nn", "mai", "nessun", "nessuna", "neanche", "nemmeno", "neppure", "senza", "niente", "nulla"],
    first_person=["io", "anchio", "me", "mi", "mio", "mia", "miei", "mie", "ho", "sono", "sto", "stavo", "ero",
    "avevo",
                  "voglio", "vorrei", "volevo", "penso", "pensavo", "faccio", "posso", "devo", "riesco"],
    third_party=["lui", "lei", "loro", "qualcuno", "suo", "sua", "suoi", "sue",
                 _NOT_OBJECT + r"(?:mio|mia|miei|mie|il mio|la mia|i miei|le mie|un|una|un mio|una mia|nostro|nostra"
                 r"|il nostro|la nostra) (?:migliore |caro |cara |piccolo |piccola |grande |vecchio |vecchia"
                 r" )?"
                 + _KIN,
                 r"(?:mi|ci) ha (?:detto|scritto|confidato|raccontato|confessato|mandato un messaggio)(?: ch"
                 r"e)?",
                 r"(?:dice|diceva|ha detto|ha scritto|scrive) che",
                 r"(?<!sono )(?<!ero )(?<!come )(?:il|la|un|una|lo|l) ?(?:protagonista|personaggio|attore|at"
                 r"trice"
                 r"|cantante|autore|autrice|scrittore|scrittrice|poeta|narratore|narratrice|assassino|killer)"],
    child=[r"(?:figli[oaie]?|figliolo|bambin[oaie]|bimb[oaie]|neonat[oa]|ragazzin[oaie]|fratellino|sorellina"
           r"|nipotin[oaie]|figliastr[oa])", r"(?:[1-9]|1[0-7]) (?:anni|mesi)",
           r"(?:un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindi"
           r"ci|sedici"
           r"|diciassette) (?:anni|mesi)",
           "adolescente", "minorenne"],
    death=[
        r"(?:sarebbe|sarebbero|sarebbe tutto|starebbero|starebbe) (?:\w+ ){0,2}(?:piu facile|piu semplice|me"
        r"glio|piu leggero|un sollievo|sollevat[oaie]|liber[oaie]|tranquill[oaie])(?: (?:per|a) (?:\w+ ){0,3"
        r"}?(?:tutti|loro|altri|famiglia|figli|voi|miei|parenti))?,? se (?:un giorno |domani |io )?(?:non ci"
        r" fossi|non esistessi|sparissi|morissi|me ne andassi|non ci sarei|non fossi|non mi svegliassi)",
        r"se (?:\w+ ){0,2}non mi (?:svegliassi|risvegliassi)(?: piu)?,? (?:non mi dispiacerebbe|sarebbe megl"
        r"io|andrebbe bene|sarei content[oa]|non sarebbe (?:un male|male|una tragedia)|sarebbe un sollievo|m"
        r"eglio)",
        r"(?:e|sara|e tutto|sara tutto|tutto) finit[oa] per me(?= *(?:[.!,;]|$| (?:stanotte|stasera|domani|a"
        r"lle"
        r"|per sempre|grazie|addio|scusate)))", r"per me e finita(?= *(?:[.!,;]|$))",
        # Taking oneself out of the way for good: "stanotte alle 2 mi tolgo di mezzo", "voglio levarmi di mezzo per
        # sempre" (not "mi tolgo di mezzo così lavorate tranquilli").
        r"(?:mi|me) (?:tolgo|levo|togliero|levero|tolgo per sempre) (?:di mezzo|dai piedi|dalle scatole)(?="
        r" *(?:[.!,;]|$"
        r"| (?:per sempre|definitivamente|una volta per tutte|e basta|stasera|stanotte|domani|finalmente)))",
        r"(?:togliermi|levarmi) (?:di mezzo|dai piedi) (?:per sempre|definitivamente|una volta per tutte)",
        _WANT + r" (?:\w+ )?(?:togliermi|levarmi) di mezzo(?= *(?:[.!,;]|$| (?:per sempre|definitivamente|stasera"
        r"|stanotte)))",
        # No point in living: "non vedo più il senso di vivere", "diceva che non trova più motivo di andare avanti".
        r"(?:non |nn )?(?:vedo|vede|vedeva|vedevo|trovo|trova|trovava|trovavo) (?:piu )?(?:il |un |nessun |a"
        r"lcun )?(?:senso|motivo"
        r"|scopo|ragione) (?:di|per) (?:vivere|andare avanti|continuare|restare in vita|alzarmi|esistere)"
        r"(?! (?:cosi|qui|in questa|in quella|senza|con)\b)",
        r"(?:penso|pensando|ho pensato|sto pensando|continuo a pensare|mi ritrovo a pensare) (?:continuament"
        r"e |sempre "
        r"|di continuo |solo |tutto il tempo |ogni giorno |ogni notte )?a come farlo(?=(?:\W+\w+){0,12}?\W+"
        r"(?:treni?"
        r"|binari\w*|ponte|viadotto|cavalcavia|corda|cappio|pastiglie|pillole|lamett\w*|tetto|finestra|balco"
        r"ne"
        r"|ultimo piano|pistola|farmaci|gas))",
        # A wish with a method ("voglio spararmi"): the method stays a part of its own, so that the two compose.
        _WANT + r"(?= (?:\w+ )?(?:spararmi|spararsi|impiccarmi|impiccarsi|avvelenarmi|annegarmi|affogarmi"
        r"|(?:tagliarmi|tagliarsi) (?:le vene|i polsi)|(?:buttarmi|lanciarmi|gettarmi|buttarsi) (?:" + _FROM + "|"
        + _UNDER + r"|nel (?:fiume|lago|mare|canale|vuoto))))",
        _WANT + r" (?:\w+ )?" + _END,
        r"suicidarmi", r"togliermi la vita", r"farla finita(?! con (?!tutto|la vita|questa vita|me))",
        r"(?:porre|mettere) fine alla mia vita",
        r"(?:pensieri|pensiero|idee|ideazione|tendenze|impulsi|pulsioni|istinti|intenzioni|voglia) suicid\w*",
        r"(?:sono|mi sento|ero|mi sentivo|sentirmi|divento|sto diventando) (?:un po |molto |proprio )?suicid"
        r"a",
        r"(?:tentare|tentero|commettere|pensare al|penso al|pensato al|pensando al|pensavo al|voglia di) "
        r"(?:il )?suicidio",
        "".join(rf"(?<!{h} )" for h in ("anni fa", "anni fa,", "anni fa ho", "anni fa, ho", "in passato",
                                        "in passato ho", "da ragazza", "da ragazzo", "da ragazza ho",
                                        "da ragazzo ho", "da giovane",
                                        "da giovane ho", "una volta", "una volta ho", "in gioventu", "allepoca"))
        + r"(?:ho |avevo |ha )?tentato (?:il )?suicidio(?!,?(?: \w+){0,4} (?:anni fa|in passato|da ragazz[oa]"
        r"|da giovane|quando ero|da adolescente))",
        # Walking into the water and not coming back ("entro nell'acqua e non torno").
        r"(?:entro|entrero|entrare|entrer[oa]|cammino|camminero|camminare|nuoto|nuotero|nuotare|vado|andro|a"
        r"ndare)"
        r" (?:\w+ ){0,2}(?:nellacqua|in acqua|in mare|nel mare|nel lago|nel fiume|al largo|tra le onde|nelle"
        r" onde)"
        r"(?:,? \w+){0,3}?,? (?:e |finche |fino a )?(?:non (?:torno|tornero|ritorno|riemergo|risalgo|esco pi"
        r"u|torno "
        r"(?:piu|indietro)|mi fermo|mi giro)|annego|affogo|sparisco|vado a fondo|mi lascio andare)",
        r"mi " + _MI_VERB, r"mi (?:ammazz|uccid|suicid|impicc|avvelen)(?:0|3r0|er0)",  # leet: "mi ammazz0"
        r"mi (?:voglio|vorrei|volevo|devo|dovrei|sto per|sono per) (?:\w+ )?(?:uccidere|ammazzare"
        r"|suicidare|togliere la vita|sparare|impiccare|avvelenare|far fuori|buttare " + _FROM + r"|lanciare "
        + _FROM + r")",
        r"me (?:voglio|vojo|vogghiu) (?:ammazza|ammazzare|ammazzari|uccide|uccidere|accidere|accide)", r"maccido",
        r"mi (?:vogghiu|voglio) ammazzari",
        r"(?:la|me la) (?:faccio|faro|farei|voglio fare|devo fare) finita(?! con (?!tutto|la vita|questa vit"
        r"a))",
        r"(?:vorrei|voglio|preferirei|meglio|sarei meglio|vorrebbe|preferirebbe|vuole|vorrebbero|vogliono)"
        r" (?:essere )?mort[oa]",
        r"sarebbe (?:tutto )?meglio se (?:io )?(?:morissi|fossi mort[oa]|non ci fossi(?: piu)?|sparissi|non "
        r"fossi mai "
        r"nat[oa])",
        r"vorrei non (?:essere mai nat[oa]|esserci(?: piu)?|svegliarmi(?: piu)?|esistere(?: piu)?)",
        r"non (?:voglio|vorrei|ho (?:piu )?voglia di|ce la faccio (?:piu )?a"
        r"|riesco (?:piu )?a) (?:piu )?(?:continuare "
        r"a )?vivere(?! (?:con|da|in|a|qui|li|la|insieme|vicino)\b)", r"non (?:voglio|vorrei) (?:piu )?(?:svegliarmi"
        r"|esistere|esserci)",
        r"spero di non svegliarmi", r"(?:addormentarmi|dormire) e non svegliarmi(?: piu)?",
        # Said of someone else too ("la mia coinquilina vorrebbe non svegliarsi più", "spera di non risvegliarsi").
        r"(?:vorrebbe|vorrebbero|vuole|vogliono|preferirebbe|spera|sperava|vorrebbe tanto) (?:di )?non (?:sv"
        r"egliarsi"
        r"|risvegliarsi|esserci|esistere|vivere) piu",
        r"(?:vorrei|vorrebbe|spero|spera|preferirei|preferirebbe) (?:di )?(?:addormentar(?:mi|si)|dormire) e"
        r" non"
        r" (?:svegliar(?:mi|si)|risvegliar(?:mi|si))",
        # Past counterfactual, also in dialect ("sarebbe stato meglio se fossi morta", "era megghiu si muria").
        r"(?:era|sarebbe stato|saria statu|saria|fussi statu|fosse stato) (?:molto |tanto |assai )?(?:meglio"
        r"|megghiu"
        r"|mejo) (?:se|si) (?:io )?(?:morivo|fossi mort[oa]|non nascevo|non fossi mai nat[oa]|non ero mai na"
        r"t[oa]"
        r"|muria|murivu|muriva|nun nascia|un nascia|nun fussi natu|nun fussi nata|crepavo|fossi crepat[oa])",
        r"(?:starebbero|stareste|starebbe|staranno|stanno|saranno|sarebbero)(?: \w+){0,2} meglio senza (?:di"
        r" )?me(?! (?:nel|nella|nei|in|al|alla|a|per|durante|mentre|quando)\b)",
        r"(?:starebbero|stareste|starebbe|staranno|sarebbero|vivrebbero|andrebbe)(?: \w+){0,2} (?:bene|benis"
        r"simo"
        r"|tranquill\w+|in pace|piu sereni|sereni) senza (?:di )?me\b(?! (?:per|durante|mentre|quando|finche"
        r"|questa"
        r"|questo|stasera|domani|in vacanza|a casa|nel|nella|in|al|alla)\b)",
        r"(?:tutti|sono|e|siete) meglio senza (?:di )?me",
        r"(?:non (?:ce|ho) (?:piu )?|nessun[a]? |senza )(?:un |nessun[a]? |alcun[a]? )?(?:motivo|ragione|sen"
        r"so|scopo) "
        r"(?:per|di) (?:vivere|restare|andare avanti|continuare)",
        r"non ci saro piu(?: qui)?(?: (?:domani|domattina|stanotte|a natale|per molto|a lungo|tra poco))?",
        r"(?:domani|presto|stanotte|tra poco) non ci saro piu",
        r"(?:questa|sara|e) (?:la )?mia ultima (?:notte|sera|giornata|volta|lettera)",
        r"(?:questo|sara|e) (?:il )?mio ultimo (?:giorno|messaggio|saluto)", r"il mio funerale",
        r"(?:pensieri|pensiero|desiderio) di (?:morte|morire)", r"pens\w+ (?:\w+ )?(?:alla morte|al suicidio)",
        r"non (?:vedo lora|vedo l ora) di morire", r"(?:mi|me) (?:lascio|lascerei|voglio lasciare) morire",
        r"lasciarmi morire", r"(?:la|se la) (?:fa|fara|vuole fare) finita(?! con (?!tutto|la vita|questa vita))",
        r"si (?:uccide|ammazza|suicida|uccidera|ammazzera|suicidera|toglie la vita|togliera la vita"
        r"|butta (?:giu )?(?:dal"
        r"|dalla|sotto))(?! di (?:lavoro|fatica|studio))",
        _WANT + r" (?:\w+ )?(?:buttarmi|lanciarmi|gettarmi|saltare)(?= *(?:$|[.!,;?]|e |ma |adesso|ora|stasera))",
    ],
    indirect=[
        r"(?:presto|tra poco|a breve|ormai|fra poco|prima o poi) (?:\w+ )?(?:lo|la|li|vi|ti) (?:raggiungo|ra"
        r"ggiungero|raggiungeremo)",
        r"(?:starei|sarei|mi troverei) (?:\w+ )?(?:meglio )?(?:al cimitero|sotto terra|sottoterra|in una tom"
        r"ba|in cielo|lassu|con (?:lui|lei|loro) lassu|accanto a (?:lui|lei|mio \w+|mia \w+))",
        r"senza di me (?:\w+ ){0,2}(?:starebbero|stareste|staresti|starebbe|vivrebbero|vivreste|sarebbero|sa"
        r"reste"
        r"|andrebbe|andrebbero) (?:tutti )?meglio",
        r"(?:sono|mi sento) (?:solo |soltanto )?(?:un peso|un fardello|di peso) (?:per tutti|per (?:la mia|i"
        r" miei|mia"
        r"|mio) \w+)(?=(?:\W+\w+){0,10}?\W+(?:senza di me|meglio senza|se non ci fossi|se sparissi|se moriss"
        r"i))",
        r"(?:sono|so|songo|sugnu|son|mi sento|mi sentu) (?:solo |soltanto |sulo |sulu |sulamenti )?(?:un|nu|"
        r"n|uno"
        r"|na|una) (?:peso|pisu|fardello|problema|fastidio)(?=(?:\W+\w+){0,14}?\W+(?:meglio|megghiu|mejo) (?"
        r":se|si)"
        r" (?:\w+ ){0,2}(?:me ne|mi nni|mi ni|me nne|morivo|morissi|murissi|muria|sparivo|sparissi|non ci fo"
        r"ssi"
        r"|nun ci fussi|un ci fussi|non ci fosse|non cero|non esistessi))",
        r"pront[oa] (?:ad|a|per) andar(?:mene|sene)", r"pront[oa] (?:a|per|ad) (?:partire|andare) (?:(?:per|x) sempre"
        r"|dal signore|in "
        r"cielo|lassu|dallaltra parte|in paradiso)", r"(?:e|ormai e) (?:arrivata|giunta|venuta) la mia ora",
        r"la mia ora (?:e )?(?:arrivata|giunta|vicina)", r"e (?:ora|tempo) che (?:io )?me ne vada",
        r"(?:andarmene|andare via|me ne voglio andare|me ne vado) (?:in pace|da questo mondo)",
        r"lasciare questo mondo",
        r"(?:voglio|vorrei|spero di|pront[oa] a|non vedo lora di|desidero|e ora di) (?:solo )?(?:raggiungere"
        r"|riunirmi "
        r"(?:a|con)|rivedere|stare con|ritrovare) (?:\w+ ){0,3}(?:lassu|in cielo|in paradiso|presto|dallaltr"
        r"a parte"
        r"|dove (?:e|sta) (?:lui|lei|ora))",
        r"(?:raggiungere|riunirmi (?:a|con)|rivedere|ritrovare|raggiungerl[oa]) (?:il mio |la mia |mio "
        r"|mia )?(?:povero "
        r"|povera |defunto |defunta |caro |cara |amato |amata )?(?:\w+ )?(?:lassu|in cielo|in paradiso|al pi"
        r"u presto"
        r"|dallaltra parte)",
        r"raggiungere (?:il mio |la mia |mio |mia )(?:povero|povera|defunto|defunta|buonanima|compianto|comp"
        r"ianta)",
        r"(?:dio|il signore|signore|gesu|la madonna|il buon dio) (?:\w+ )?(?:mi (?:prenda|porti via|chiami"
        r"|puo prendere"
        r"|potrebbe prendere|prendesse|portasse via|chiamasse|venga a prendere)|(?:puo|potrebbe|dovrebbe|dev"
        r"e) "
        r"(?:prendermi|portarmi via|chiamarmi)|venga a prendermi)", r"che dio mi (?:prenda|chiami|porti)(?! (?:a casa|per mano|in chiesa|a messa|al lavoro|san[oa]"
        r")\b)",
        r"(?:prego|pregare|pregando|chiedo a dio|chiedo al signore)(?: \w+){0,3} di (?:portarmi via|prenderm"
        r"i|non "
        r"svegliarmi|morire|chiamarmi)",
        r"(?:ho )?vissuto (?:abbastanza|fin troppo|anche troppo|troppo)(?! (?:a|in|con|qui|li|la|da|al|nel|nella)\b)",
        r"ho fatto il mio tempo", r"(?:dio|il signore) si e dimenticat[oa] di me", r"il mio tempo (?:e )?(?:finito"
        r"|scaduto|passato)", r"sono di troppo",
        r"non mi (?:dispiacerebbe|importerebbe) (?:di )?(?:morire|non svegliarmi|andarmene|non esserci piu)",
        r"(?:non|presto non|tra poco non) saro (?:piu )?(?:un peso|di peso|un fastidio|un problema)(?: per n"
        r"essuno)?"
        r"(?: ancora)?(?: per molto| a lungo| per tanto| tra poco)?",
        r"non (?:daro|saro) piu (?:fastidio|disturbo|problemi)(?: a nessuno)?", r"(?:tolgo|togliero|togliere) il "
        r"disturbo(?: (?:per|x) sempre)?", r"che senso ha (?:vivere|continuare a vivere|svegliarsi|svegliarmi"
        r"|alzarmi la "
        r"mattina|andare avanti (?:cosi|da sol[oa]|senza (?:di )?(?:lui|lei)))", r"a che serve (?:vivere"
        r"|continuare a vivere)",
        r"non (?:voglio|vorrei|credo di|penso di) (?:vedere|arrivare a|passare) (?:un altro|unaltra|il pross"
        r"imo|la "
        r"prossima|a) (?:natale|inverno|estate|compleanno|anno|primavera|giorno)",
        r"(?:stanc[oa]|stuf[oa]|sfinit[oa]) (?:di|della) (?:vivere|esistere|svegliarmi|vita|questa vita)",
        r"non (?:ce la faccio|riesco) (?:piu )?(?:ad?|ad) andare avanti", r"non posso piu andare avanti",
        r"nessuno (?:sentirebbe|sentira|noterebbe|notera|si accorgerebbe|se ne accorgerebbe|piangerebbe) (?:"
        r"la mia "
        r"mancanza)?", r"(?:sparire|scomparire) (?:(?:per|x) sempre|e basta|nel nulla)",
        r"(?:chiudere|chiudo|chiuderei) gli occhi (?:per|x) sempre", r"(?:riposare|riposarmi) (?:per|x) sempre",
        r"(?:finalmente )?in pace (?:per|x) sempre", r"(?:vorrei|voglio|spero) (?:solo "
        r"|soltanto )?che (?:tutto )?(?:finisca"
        r"|finisse) (?:tutto )?(?:(?:per|x) sempre|presto)?", r"non (?:vedere|vedro|svegliarmi) (?:piu )?domani",
        # Hoping for a natural or accidental death ("spero che mi venga un infarto nel sonno").
        r"(?:spero|speravo|sperando|vorrei|volevo|prego|pregavo|magari|mi auguro|desidero|sogno) (?:solo )?c"
        r"he (?:mi "
        r"(?:venga|venisse|prenda|prendesse|colpisca|colpisse|arrivi|arrivasse|scoppi|scoppiasse) (?:\w+ ){0"
        r",2}"
        r"(?:infarto|ictus|tumore|cancro|malattia|incidente|accidente|colpo|aneurisma|embolia|malore|fulmine)"
        r"|(?:(?!non\b)\w+ ){0,4}mi (?:investa|investisse|uccida|uccidesse|ammazzi|ammazzasse|stenda|stendes"
        r"se"
        r"|tolga di mezzo))",
        r"magari (?:(?!non\b)\w+ ){0,3}mi (?:investisse|uccidesse|ammazzasse|stendesse)",
        r"magari mi (?:venisse|prendesse|colpisse) (?:\w+ )?(?:infarto|ictus|tumore|cancro|malattia|incidente"
        r"|malore|accidente|colpo)",
        r"(?:spero|speravo|vorrei|magari|mi auguro|sogno) di (?:avere|fare|prendermi|beccarmi|prendere|morir"
        r"e in) "
        r"(?:un |una )?(?:\w+ )?(?:incidente|infarto|malattia|tumore|cancro|ictus|malore)(?! (?:e guarire|pe"
        r"r finta))",
        r"(?:spero|vorrei|magari) (?:di )?(?:andarmene|spegnermi|non svegliarmi|morire) (?:nel sonno|stanott"
        r"e|presto)",
        # "Se non ci fossi più, staremmo tutti meglio"; dialect forms ("se nun ci stessi chiù").
        r"se (?:io )?(?:non|nun|nu|un) ci (?:fossi|stessi|sarei|fusse|fussi|stesse|fosse) (?:piu|chiu|cchiu)"
        r"(?: io)?"
        r"(?:,? \w+){0,6},? (?:(?:starebbe|starebbero|stareste|staresti|sarebbe|sarebbero) (?:\w+ )?(?:megli"
        r"o|bene"
        r"|tranquill\w+|liber\w+|sollevat\w+|felic\w+|in pace)|(?:si )?riposerebbe(?:ro)?|respirerebbe(?:ro)?"
        r"|vivrebbe(?:ro)? meglio|(?:tutto|tutti|la vita) (?:sarebbe )?(?:piu|chiu) (?:facile|semplice|legge"
        r"r\w)"
        r"|nessuno (?:se ne accorgerebbe|piangerebbe|soffrirebbe|noterebbe|sentirebbe))",
        # Ready to join the one who died, and for the Lord's call (older adults).
        r"pront[oa] (?:a|ad|per) (?:raggiungere|riunirmi (?:a|con)|rivedere|ritrovare|riabbracciare) (?:il m"
        r"io|la mia"
        r"|mio|mia|i miei|le mie) (?!(?:obiettiv|traguard|sogn|ragazz|fidanzat|amic|colleg|squadra|gruppo|fa"
        r"miglia"
        r"|capo|ufficio|posto|meta|destinazion|livell|peso|record|limite|scopo|futur|lavoro|casa|figli|nipot"
        r")\w*)"
        r"\w+(?! (?:a|ad|in|al|alla|allo|alle|ai|agli|nel|nella|per|da|dal|dalla|su|sul|sulla|fuori|domani|s"
        r"tasera"
        r"|tra|fra|dopo|allaeroporto|alla stazione)\b)",
        r"(?:quando|appena|se) (?:il signore|dio|gesu|il buon dio|la madonna|lui lassu) (?:lo )?(?:vorra|vuo"
        r"le"
        r"|decidera|decide|mi chiamera|mi chiama|mi vorra)(?:,)? (?:io )?(?:ci sono|sono pront[oa]|sono qui|"
        r"vado"
        r"|me ne vado|sono contenta|sono contento)",
        r"ho (?:avuto|vissuto) una (?:vita )?(?:lunga|bella|piena)(?: vita)?[.,]? (?:e )?(?:ora |adesso |orm"
        r"ai )?"
        r"(?:basta|puo bastare|mi basta|e abbastanza|sono pront[oa]|e ora|e il momento|sono stanc[oa])",
    ],
    method=[
        r"cord[ae]", r"cappio", r"nodo scorsoio", r"trav[ei]", r"impicc\w+", r"(?:cintura|sciarpa|cavo) (?:al|intorno "
        r"al|attorno al) collo", r"pistol[ae]", r"fucil[ei]", r"rivoltella", r"revolver", r"arma da fuoco",
        r"spararmi", r"spararsi", r"mi sparo", r"(?:un )?colpo (?:in testa|alla tempia)", r"coltell[oi]", r"lam[ae]",
        r"lamett[ae]", r"rasoio", r"taglierino", r"(?:tagliarmi|tagliarsi|tagliare) (?:le vene|i polsi)", r"le vene",
        r"ponte", r"(?:dal|sul|in cima al) tetto", r"cornicione", r"(?:dal|sul|giu dal) (?:balcone|terrazzo)",
        r"(?:dalla|fuori dalla) finestra", r"ultimo piano", r"dallultimo piano", r"grattacielo", r"cavalcavia",
        r"viadotto", r"scogliera", r"dirupo", r"burrone", r"precipizio", r"rupe", r"nel vuoto",
        r"(?:buttarmi|lanciarmi|gettarmi|buttarsi|lanciarsi|gettarsi|mi butto|mi lancio|mi getto|mi buttero|"
        r"saltare)"
        r" " + _FROM, r"binari", r"(?:sui|verso i|lungo i|ai|tra i) binari|sul binario(?! \d)", r"ferrovia",
        r"(?:guardo|guardare|fisso|fissare|guardando|fissando) (?:i|il) (?:treni|treno) (?:che )?(?:passa|pa"
        r"ssano"
        r"|passare|in corsa|arrivare|sfrecciare)",
        _UNDER, r"(?:davanti|contro) (?:a )?(?:un |il )?(?:treno|camion|tir)",
        r"treno in corsa", r"fiume", r"annegar\w*", r"affogar\w*", r"(?:nel|in) (?:mare|lago) (?:di notte|aperto)",
        r"gas di scarico", r"tubo di scappamento", r"scappamento", r"marmitta", r"motore acceso", r"monossido",
        r"carbonella", r"braciere", r"bombola del gas", r"forno a gas", r"(?:aprire|apro|aprire|ho aperto) il gas",
        r"sacchetto di plastica", r"elio", r"overdos\w*", r"candeggina", r"varechina", r"antigelo", r"diserbante",
        r"pesticid\w*", r"topicida", r"veleno", r"avvelenar\w*", r"insulina", r"schiantar\w*", r"mi schianto",
        r"(?:andare|finire|mi butto) (?:a sbattere )?contro un (?:muro|albero|camion|tir|pilone)",
        r"fuori strada apposta",
        # The drop looked at from a height: "le macchine sotto sembrano piccolissime", "guardo giù".
        r"(?:macchine|auto|persone|gente|case|binari|strada|acqua|fiume|mare|scogli|rocce|onde|treni) (?:\w+"
        r" )?(?:sembrano"
        r"|sembra|sono|e) (?:cosi |tanto |proprio |davvero )?(?:piccol\w+|minuscol\w+|lontan\w+|formiche)",
        r"(?:guardo|guardando|fisso|fissando) (?:di )?(?:giu|sotto|il vuoto|lacqua|i binari|le macchine|la s"
        r"trada|le rocce"
        r"|gli scogli)", r"(?:ce|e) (?:proprio )?un (?:bel |gran |lungo |bello )?(?:salto|volo)(?! (?:di qualita|in avanti))",
    ],
    pills=[_PILLS],
    poison=[r"candeggina", r"varechina", r"ammoniaca", r"acido muriatico", r"soda caustica", r"antigelo", r"glicole",
            r"diserbante", r"glifosato", r"roundup", r"pesticid\w*", r"insetticid\w*", r"topicida", r"lumachicida",
            r"veleno(?: per (?:topi|ratti|lumache|insetti))?", r"cianuro", r"paraquat", r"disgorgante",
            r"idraulico liquido", r"metanolo", r"alcol (?:denaturato|rosa)", r"liquido (?:dei|per i) freni",
            r"detersivo", r"anticalcare"],
    lethal_means=[
        r"quant[aeio] (?:\w+ ){0,5}(?:basterebbero|basterebbe|bastano|basta|servono|servirebbero|ci vogliono"
        r"|ci vorrebbero) (?:\w+ ){0,2}(?:per )?(?:non (?:ri)?svegliarsi|non svegliarmi|morire|farla finita|"
        r"uccidersi|uccidermi|essere letal\w*|andarsene|addormentarsi per sempre)",
        r"(?:sono andat[oa]|sono salit[oa]|sono sces[oa]|mi sono chius[oa]|sono entrat[oa]) (?:\w+ ){0,3}(?:"
        r"nel|nella|in|al|alla|sul|sulla) (?:fienile|garage|box|cantina|soffitta|bosco|stalla|ponte|tetto|bi"
        r"nari|capanno|solaio|magazzino) (?:\w+ ){0,2}con (?:la|una) (?:corda|fune|pistola|fucile|cintura|ca"
        r"ppio|prolunga)",
        # Weighted to sink: "mi sono messo i sassi in tasca", "ho le tasche piene di pietre" (not a child's pebbles from
        # the beach).
        r"(?:mi sono mess[oa]|ho mess[oa]|ho riempito|mi metto|mi riempio|ho|ho le tasche piene di|riempito)"
        r" (?:\w+ )?"
        r"(?:i |dei |delle |le |dei grossi |delle grosse )?(?:sassi|pietre|sasso|pietra|mattoni|pesi|piombi|"
        r"ciottoli)"
        r" (?:\w+ )?(?:in tasca|nelle tasche|in tutte le tasche|nello zaino|nel cappotto|nella giacca)(?![^."
        r"!?\n]{0,60}"
        r"\b(?:collezion\w*|ricord\w*|souvenir|conchigli\w*|bambin\w*|figli\w*|acquario|giardino)\b)",
        r"(?:tasche|zaino) (?:\w+ )?(?:pien[eoi]|riempit[eoi]|carich[eoi]) di (?:sassi|pietre|mattoni|pesi|c"
        r"iottoli)"
        r"(?![^.!?\n]{0,60}\b(?:collezion\w*|ricord\w*|conchigli\w*|bambin\w*|figli\w*)\b)",
        # A rope bought or kept "just in case": "ho comprato una corda 'per sicurezza' e la tengo nel bagagliaio".
        r"(?:comprat[oa]|pres[oa]|procurat[oa]|tengo|nascost[oa]|nascondo|conservo|messo da parte) (?:\w+ )?"
        r"(?:una |la "
        r"|della )?(?:\w+ )?(?:corda|fune|cappio)(?:,? \w+){0,4}?,? (?:per sicurezza|non si sa mai|per ogni "
        r"evenienza"
        r"|casomai|nel caso|per quando|per il giorno in cui|per dopo)(?![^.!?\n]{0,80}\b(?:l?arrampic\w*|bar"
        r"ca|montagna"
        r"|ferrata|tenda|campeggio|traino|rimorchi\w*|trasloc\w*|giardino|bucato|l?amaca|l?altalena|palestra"
        r"|canoa"
        r"|kayak|cantiere|bici\w*)\b)",
        r"cappio(?! al collo)", r"nodo scorsoio", r"(?:legat[oa]|fissat[oa]|appes[oa]|attaccat[oa]|annodat[oa]|lego"
        r"|fisso|appendo|attacco|legare|fissare|appendere) (?:\w+ ){0,2}(?:corda|cintura|cinghia|cavo|lenzuo"
        r"l[oa]"
        r"|sciarpa|prolunga|fune) (?:\w+ ){0,2}(?:trave|ringhiera|maniglia|gancio|albero|allalbero|tubo|lamp"
        r"adario"
        r"|soffitto|termosifone|scala|alla trave|alla ringhiera)",
        r"(?:corda|cappio|fune) (?:e )?(?:gia )?(?:legat[oa]|appes[oa]|pront[oa]|annodat[oa]|fissat[oa]|sull"
        r"a trave)",
        # The rope and the stool together, made ready (not "per appendere la bici": an idiom of the pattern layer).
        r"(?:(?:la |una )?(?:corda|fune|cintura) e (?:lo |uno |la |una )?(?:sgabello|sedia|scaletta)|(?:lo |"
        r"uno |la "
        r"|una )?(?:sgabello|sedia|scaletta) e (?:la |una )?(?:corda|fune|cintura))(?: \w+){0,2} (?:gia )?(?"
        r":pront[ie]"
        r"|preparat[ie]|sistemat[ie]|sotto la trave|in posizione)(?! per (?!farla|finirla|finire|impiccarmi|"
        r"uccidermi"
        r"|ammazzarmi|stasera|stanotte|domani|quando|dopo)\w)",
        r"(?:pillole|pastiglie|pasticche|compresse|sonniferi|capsule) (?:\w+ ){0,2}(?:sono )?(?:gia )?(?:tut"
        r"te )?"
        r"(?:pronte|contate|allineate|in fila|messe in fila|in un mucchio|sparse sul (?:tavolo|letto|comodin"
        r"o))",
        r"(?:contato|allineato|messo in fila|sparso|svuotato|tolto dal blister) (?:\w+ ){0,3}(?:pillole|past"
        r"iglie"
        r"|pasticche|compresse|sonniferi|capsule)",
        r"(?:abbastanza|sufficienti|sufficiente|tante|tanta) (?:\w+ ){0,2}(?:" + _PILLS + r") (?:per|da) (?:morire"
        r"|uccidermi|ammazzarmi|non svegliarmi|farla finita|uccidere|ammazzare)", r"dose (?:letale|mortale)",
        r"quantita (?:letale|mortale)",
        r"quant[aeio] (?:\w+ ){0,3}(?:(?:grammi|mg|milligrammi) (?:di )?)?(?:" + _PILLS + r")(?: \w+){0,3} (?:servono"
        r"|serve|ne servono"
        r"|ci vogliono|ci vuole|sono|e|diventano|bisogna prendere) (?:per )?(?:essere |risultare |diventare "
        r")?"
        r"(?:letal[ei]|mortal[ei])",
        r"quant[aeio] (?:\w+ ){0,3}(?:servono|serve|ne servono|ci vogliono|ci vuole"
        r"|ne devo prendere|bisogna prendere|bisogna ingoiare|devo prendere|devo ingoiare|dovrei prendere) "
        r"(?:per|x) "
        r"(?:morire|non svegliarsi|non svegliarmi|uccidersi|uccidermi|ammazzarsi|ammazzarmi|farla finita|cre"
        r"pare"
        r"|restarci|andarsene|non risvegliarsi)",
        r"(?:prendere|prendero|prendo|ingoiare|ingoiero|ingoio|mandare giu|mandero giu|mando giu"
        r"|buttare giu) (?:\w+ )?"
        r"(?:(?:tutt[ae] (?:le |quante )?|tutta la |tutto il |unintera |(?:[1-9]\d|\d{3}|venti|trenta|quaran"
        r"ta"
        r"|cinquanta|cento) )(?:\w+ )?" + _P + "|" + _BOX + ")",
        r"(?:tubo di gomma|tubo da giardino|tubo dellaspirapolvere|canna|manichetta) (?:\w+ ){0,3}(?:allo|ne"
        r"llo|al"
        r"|alla|dal|dalla|sul|sulla|nel|nella|dentro (?:lo|il|la|al|alla)) (?:\w+ )?(?:scarico|tubo di scapp"
        r"amento"
        r"|marmitta|finestrino|abitacolo)" + _NOT_GARAGE_WORK,
        r"tubo (?:\w+ ){0,3}(?:nel|nella|dal|al|dentro il|dentro l|dentro al) (?:finestrino|abitacolo)"
        + _NOT_GARAGE_WORK,
        r"sigillat[oaie] (?:\w+ ){0,3}(?:garage|box|porte|finestre|finestrini|fessure|bagno|stanza)",
        r"nastro adesivo (?:sulle|alle|intorno alle|sotto le) (?:porte|finestre|fessure)",
        r"(?:carbonella|braciere|carbone|carboni|bricchette|barbecue|bbq|griglia a carbone) (?:\w+ )?(?:in|n"
        r"el|nella"
        r"|dentro|dentro la|dentro il) (?:bagno|camera|camera da letto|cameretta|stanza|macchina|auto|tenda|"
        r"garage|box"
        r"|cantina|roulotte|camper)",
        r"(?:pistola|fucile|rivoltella) (?:\w+ )?(?:e )?(?:gia )?carica", r"(?:ho )?caricato (?:la|il) (?:pistola"
        r"|fucile|rivoltella)",
        r"(?:(?:ho )?smesso di prendere|non prendo piu|faccio finta di prendere|fingo di prendere|non (?:le|"
        r"li) prendo"
        r"|salto) (?:\w+ ){0,2}" + _P + r"(?:\W+\w+){0,6}?\W+(?:e )?(?:le|li|la|lo) (?:\w+ )?(?:nascondo|sto nascondendo"
        r"|ho nascost[eiao]|tengo (?:da parte|nascost[eiao])|metto da parte|ho mess[eiao] da parte|sto mette"
        r"ndo da parte"
        r"|conservo|accumulo|sto accumulando|ho accumulat[eiao]|risparmio|tengo nel|metto nel|ho mess[eiao] "
        r"nel)",
        r"" + _P + r" (?:\w+ )?(?:nascost[eiao]|messe da parte|messi da parte|accumulat[eiao]|da parte)"
        r"(?! (?:ai|dai|dei|ai miei|per i) (?:bambini|figli|nipot\w+|bimbi))(?= *(?:$|[.,;!]| nel| in| sotto"
        r"| dietro"
        r"| dentro| ne ho))",
        r"(?:messo da parte|accumulato|nascosto|tenuto da parte|collezionato|accumulando|mettendo da parte|n"
        r"ascondendo"
        r"|conservando|raccolto) (?:\w+ ){0,3}(?:pillole|pastiglie|compresse|pasticche|sonniferi|ansiolitici"
        r"|antidolorifici|antidepressivi|flaconi|boccette|scatole di \w+|gocce)",
    ],
    # The act alone: the medicine and the amount that follow stay parts of their own (the composing layer does not let
    # the same words be two parts).
    taken=[
        r"(?:ho|ha|avevo|aveva|abbiamo) (?:gia |appena |anche |proprio |davvero )?(?:ingoiat|inghiottit|inge"
        r"rit"
        r"|trangugiat)[oaie]", r"(?:ho|ha|avevo|aveva) (?:gia |appena |anche )?(?:mandat"
        r"|buttat)[oaie] giu(?= (?:(?:\w+ ){0,3}" + _P + "|" + _DOSE + "))",
        r"(?:ingoiai|inghiottii|presi(?= tutt[ei]))",
        r"(?:ho|ha|avevo|aveva) (?:gia |appena |anche |proprio |davvero )?(?:pres|assunt|pigliat|calat|spara"
        r"t)[oaie]"
        r"(?= " + _DOSE + ")", r"presi(?= " + _DOSE + ")",
        r"(?:ho|ha) (?:gia |appena )?mangiat[oa](?= (?:tutte )?(?:le )?(?:pillole|pastiglie|pasticche|compre"
        r"sse))",
        r"(?:ho|ha) (?:gia |appena )?bevut[oa](?= (?:\w+ ){0,2}(?:candeggina|varechina|ammoniaca|acido|antig"
        r"elo"
        r"|diserbante|veleno|pesticida|soda caustica|detersivo|disgorgante|anticalcare|metanolo|(?:le "
        r"|tutte le )?gocce))",
        r"(?:le|li|me le|me li|se le|se li) (?:ho|ha|sono|e) (?:gia |appena )?(?:pres[eio]|ingoiat[eio]"
        r"|inghiottit[eio]"
        r"|mandat[eio] giu|mangiat[eio]|bevut[eio]|calat[eio]|sparat[eio])(?= (?:tutt[ei]|tt))",
        r"(?:le|li|me le|me li|se le|se li) (?:ho|ha|sono|e) (?:gia |appena )?(?:ingoiat[eio]|inghiottit[eio]"
        r"|mandat[eio] giu)",
        r"(?:ne|me ne|se ne) (?:ho|ha|sono|e) (?:gia |appena )?(?:pres[eio]|ingoiat[eio]|inghiottit[eio]|man"
        r"dat[eio] "
        r"giu|mangiat[eio]|calat[eio]|sparat[eio]|bevut[eio])(?= (?:\d+|venti|trenta|quaranta|cinquanta|cento"
        r"|quindici|dodici|dieci|tante|tantissime|molte|parecchie|troppe|un sacco|una manciata|almeno|piu di"
        r"|una ventina|una trentina|una decina|tutta|mezza))",
        r"(?:mi|si) (?:sono|sn|so|e) (?:gia |appena )?(?:pres|ingoiat|inghiottit|mangiat|calat|fatt|sparat|b"
        r"evut)[oa]"
        r"(?= " + _DOSE + ")", r"(?:mi|si) (?:sono|e) (?:gia |appena )?iniettat[oa](?= (?:tutta|troppa|una dose"
        r"|unintera|lintera|\d+))",
        r"(?:ho|ha|avevo|aveva) (?:fatto|preso) (?:un |una |un|l)?overdose", r"sono in overdose",
        r"(?:ho|ha) (?:esagerato|strafatto)(?= con (?:le |i |gli )?(?:" + _PILLS + r"))",
        r"(?:ho|ha) svuotato(?= (?:\w+ ){0,2}(?:flacone|boccetta|scatola|blister|confezione|tubetto|flaconci"
        r"no))",
        r"(?:ho|ha|hanno|abbiamo) (?:\w+ )?(?:pres[oaie]|fatt[oaie]|dat[oaie])(?= (?:\w+ )?" + _NARROW
        + r" (?:due|tre|piu) volte)",
    ],
    # 112 to 118 are emergency numbers ("lavoro al 118"), not amounts.
    amount=[_CLOCK + r"(?:tutt[aeio](?: quant[aeio])?|tt|(?:[1-9]\d|(?!11[2-8]\b)\d{3})|(?:dieci|dodici|quindici"
            r"|venti|trenta"
            r"|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento)|molte|parecchie|tantissim[ei])" + _NOT_UNIT,
            r"(?:tutta la|tutto il|lintera|lintero|unintera|una intera|un "
            r"intero) (?:scatola|confezione|boccetta|flacone|blister|tubetto|striscia|busta|flaconcino)",
            r"(?:una|due|tre|quattro|cinque|\d) (?:scatol[ae]|confezion[ei]|boccett[ae]|flacon[ei]|blister|m"
            r"anciat[ae]"
            r"|strisc[ei]a?)", r"(?:un|mezzo|mezza) (?:flacone|blister|boccetta|scatola|confezione)", r"manciat[ae]",
            r"tropp[eiao]", r"una (?:decina|ventina|trentina|quarantina|cinquantina)",
            r"il (?:doppio|triplo)", r"un sacco", r"un mucchio",
            r"tutto quello che (?:avevo|cera|ho trovato)", r"tutte quelle che (?:avevo|cerano|ho trovato)",
            r"(?:quantita|dose|dosi) (?:enorme|esagerata|letale|massiccia|mortale|assurda|doppia|tripla)",
            r"(?:il (?:doppio|triplo)|\w+ volte) (?:della|la) dose", r"(?:un|una |un |l)?overdose",
            r"(?<=svuotato )(?:il |la |lo |un |una |l|tutto il |tutta la |mezzo |mezza )?(?:flacone|boccetta"
            r"|scatola"
            r"|blister|confezione|tubetto|flaconcino)",
            # Drinks: a bottle of wine or spirits, four drinks or more, litres; drinking until passing out.
            r"(?:una|due|tre|mezza|\d) bottigli[ae] (?:intera |intere )?(?:di|del) (?:vino|whisky|vodka|grap"
            r"pa|rum"
            r"|gin|amaro|limoncello|prosecco|spumante|rosso|bianco|birra|superalcolico)",
            r"(?:[4-9]|1\d|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti)(?: o (?:[4-9]|1\d"
            r"|\w+))?"
            r" (?:birre|birrette|bicchieri|spritz|cocktail|shot|shottini|cicchetti|amari|grappini|drink|bicc"
            r"hierini"
            r"|lattine|medie|pinte|calici|negroni|superalcolici)", r"litri di (?:birra|vino)",
            r"(?:due|tre|\d) litri", r"fino a (?:svenire|vomitare|perdere i sensi|non ricordare(?: niente| nulla)?"
            r"|crollare|non reggermi in piedi)"],
    symptom=[r"mi gira (?:la testa|tutto)", r"gira tutto", r"(?:ho le )?vertigini", r"(?:ho|che) (?:tanto |troppo )?"
             r"sonno", r"sonnolenza", r"(?:mi sento|sono|sto) (?:strano|strana|intontit[oa]|stordit[oa]|confus[oa]"
             r"|debole|malissimo|male|svenendo|per svenire|addormentando|rintronat[oa]|rincoglionit[oa])",
             r"non riesco (?:piu )?a (?:tenere gli occhi aperti|stare sveglio|stare sveglia|respirare|muover"
             r"mi|parlare"
             r"|vedere bene|stare in piedi|alzarmi)", r"(?:ho|sto) vomit\w+", r"vomito", r"nausea",
             r"mi viene da vomitare", r"(?:il )?cuore (?:mi )?(?:batte|va) (?:forte|velocissimo|veloce|allimpazzata"
             r"|a mille|strano)", r"tachicardia", r"mi fischiano le orecchie", r"(?:ronzio|fischio) nelle orecchie",
             r"vedo (?:tutto )?(?:sfocato|annebbiato|doppio|nero|offuscato)", r"vista (?:annebbiata|offuscata)",
             r"intorpidit[oa]", r"formicol\w+", r"(?:dolore|male) (?:allo stomaco|al petto|alla pancia)",
             r"mal di stomaco", r"mi fa male (?:lo stomaco|la pancia|il petto)", r"sudo freddo", r"sudore freddo",
             r"tremo tutt[oa]", r"(?:vede|vedo|vedeva|vedevo) (?:tutto )?(?:giallo|verde|giallastro|sfocato|doppio"
             r"|annebbiato)", r"(?:ha|hanno|abbiamo) vomitato", r"sta vomitando", r"vomita",
             r"(?:gli|le) gira la testa",
             r"(?:e|sembra) (?:molto )?(?:confus[oa]|stordit[oa]|intontit[oa]|sonnolent[oa]|pallid[oa]|ralle"
             r"ntat[oa])",
             r"non (?:si sveglia|riesco a svegliarl[oa])", r"respira (?:male|a fatica|piano|pianissimo)",
             r"(?:il )?(?:battito|polso|cuore) (?:e |va |batte )?(?:lentissimo|lento|irregolare|bassissimo|a"
             r" \d\d)",
             r"(?:le )?gambe (?:molli|pesanti)", r"non sento (?:piu )?(?:le gambe|le mani"
             r"|le braccia)"],
    under_way=[
        r"(?:ha |con )?(?:le )?(?:labbra|unghie) (?:\w+ )?(?:blu|viola|bluastre|cianotiche)(?=[^\n]{0,160}(?"
        r":non risponde|non si sveglia|non reagisce|respira (?:pochissimo|appena|a fatica|piano)|non respira"
        r"|naloxone|narcan|112|118|ambulanza))",
        # Swallowing them one at a time: "le sto prendendo una alla volta, sono a 25".
        r"(?:le|li|me le|me li) sto (?:prendendo|ingoiando|inghiottendo|mandando giu|buttando giu) (?:una|un"
        r"o) (?:alla"
        r" volta|dopo laltr[ao]|per volta|a una|a uno)",
        r"(?:sono|sto|seduto|seduta|chius[oa]) (?:\w+ ){0,2}(?:in|nella|dentro la|dentro l) (?:macchina|auto"
        r") (?:\w+ )"
        r"{0,6}(?:motore|garage|box|tubo|gas|scarico|scappamento)",
        r"motore (?:e )?(?:acceso|in moto)(?: \w+){0,4} (?:garage|box|porta chiusa|porte chiuse|chius[oa])",
        r"(?:garage|box) (?:e )?chius[oa](?: \w+){0,4} motore (?:e )?(?:acceso|in moto)",
        r"(?:corda|cappio|cintura|cavo|sciarpa|lenzuolo) (?:\w+ ){0,2}(?:intorno|attorno) al (?:mio )?collo",
        r"sto (?:stringendo|tirando) (?:la corda|il cappio|la cintura)",
        r"(?:in piedi|seduto|seduta|sono|sto|mi trovo) (?:sul|sulla|sui|oltre il|oltre la|al di la del|al di"
        r" la della"
        r"|dallaltra parte del(?:la)?) (?:cornicione|parapetto|ringhiera|binari|bordo del (?:ponte|tetto|pal"
        r"azzo"
        r"|terrazzo|balcone|burrone|precipizio))", r"(?:ho )?scavalcato (?:la ringhiera|il parapetto)",
        r"(?:coltello|lama|lametta|rasoio|taglierino) (?:\w+ ){0,2}(?:sul polso|sui polsi|alla gola|sulla go"
        r"la"
        r"|contro il (?:polso|collo))", r"(?:pistola|canna) (?:\w+ ){0,2}(?:alla tempia|in bocca|sotto il mento)",
        _CUT + r"(?:,? \w+){0,8} " + _BLEED, _BLEED + r"(?:,? \w+){0,8} " + _CUT,
        r"(?:mi sono|sono) (?:\w+ )?(?:buttat[oa]|gettat[oa]|lanciat[oa]) (?:nel|in) (?:fiume|mare|lago|acqu"
        r"a|canale)",
        r"(?:sto|mi sto) (?:per )?(?:buttando|lanciando|gettando|saltando)(?: giu)?", r"sto saltando",
        r"sto (?:ingoiando|inghiottendo|mandando giu|prendendo) (?:tutt[ei]|le (?:pillole|pastiglie|compresse"
        r"|pasticche)"
        r" una (?:dopo|alla volta))", r"(?:le|li) sto (?:ingoiando|inghiottendo|prendendo) tutt[ei]",
        r"(?:ho (?:gia )?acceso|sta bruciando) (?:la )?(?:carbonella|il braciere)", r"sto respirando il gas",
        r"(?:ho (?:gia )?acceso|accendo|sto accendendo|brucia|bruciano|sta bruciando|stanno bruciando) (?:la"
        r" |il |i |le )?"
        r"(?:carbonella|carbone|carboni|braciere|bricchette|barbecue|bbq) (?:\w+ )?(?:in|nel|nella|dentro (?"
        r":la|il)?)"
        r" ?(?:camera|camera da letto|cameretta|stanza|bagno|macchina|auto|garage|box|tenda|roulotte|camper)",
        r"(?:aperto|lasciato aperto) il gas (?:\w+ ){0,4}(?:finestre chiuse|chius[oa]|sigillat[oa])",
        r"(?:chiuso|sigillato|tappato|chiuse|sigillate|tappate) (?:\w+ )?(?:tutte )?(?:le |la |i |il )?(?:fi"
        r"nestre"
        r"|finestra|porte|porta|fessure|spifferi)(?: \w+){0,5},? (?:e )?(?:ho )?(?:aperto|lasciato aperto|ap"
        r"ro)"
        r" (?:il |la |tutti i |i )?(?:gas|fornelli|bombola|manopol\w+ del gas|rubinetto del gas)"
        r"(?!(?: \w+){0,4} (?:pasta|cucinare|cena|pranzo|caffe|acqua|sugo|pentola|forno|riscaldamento|caldai"
        r"a))",
        r"(?:il )?gas (?:e )?aperto (?:\w+ ){0,4}(?:finestre chiuse|porte chiuse|chius[oa] dentro|sigillat[o"
        r"a])",
        r"(?:il )?treno (?:sta )?arriva(?:ndo)? (?:e )?(?:sono|io sono|sto) (?:sui|tra i|sui) binari",
    ],
    at_place=[
        r"(?:sono|sto|mi trovo|ora sono|adesso sono|sono arrivat[oa]|sono qui|io sono) (?:qui )?(?:sul|sulla"
        r"|sopra il"
        r"|sopra al|in cima al|in cima alla|vicino al|vicino ai|davanti ai|sui|sotto il|sopra un|su un|su un"
        r"a)"
        r" (?:ponte|tetto del palazzo|cornicione|binari|scogliera|dirupo|viadotto|cavalcavia|burrone|ultimo "
        r"piano"
        r"|precipizio|rupe|grattacielo|bordo)(?! (?:e |ad? )?(?:aspett\w*|fare foto|fotograf\w*|passeggi\w*|"
        r"in coda"
        r"|in macchina|nel traffico|bloccat[oa]|di rialto))",
        r"(?:sono|sto|mi trovo|seduto|seduta|in piedi|arrivat[oa]) (?:qui )?(?:sugli|sulle|sulla|in cima (?:"
        r"agli|alla"
        r"|alle)|sul bordo (?:degli|della|delle)) (?:scogli|scogliera|rocce|falesia|molo|diga)(?:,? \w+){0,5"
        r"},? "
        r"(?:sotto (?:di me )?(?:ce|e|ho|cera)|guardo (?:giu|di sotto|il mare|lacqua|le onde)|(?:davanti|sot"
        r"to) a me)",
        r"(?:sono|sto|mi trovo)(?: \w+){1,6},? sotto (?:di me )?(?:ce|e|ho) (?:solo )?(?:il |l)?(?:vuoto|\w+"
        r" metri)",
        r"(?:parcheggiat[oa]|sedut[oa]|aspetto|ferm[oa]|in piedi) (?:vicino ai|accanto ai|davanti ai|lungo i"
        r"|sui) "
        r"binari", r"aspetto (?:il treno|che passi il treno) (?:\w+ ){0,3}(?:buttarmi|saltare|per finire)",
        # the next train due, with a jump or a wondering beside it (not a commuter waiting for a train)
        r"il (?:prossimo )?treno (?:arriva|passa) tra(?=[^\n]{0,200}\b(?:buttarmi|mi butto|saltare|salto|gettarmi"
        r"|lanciarmi|farla finita|finirla|sarebbe (?:facile|veloce|rapido|indolore)|non sentirei|addio|basta un"
        r" passo|un passo avanti|morire|ammazzarmi|uccidermi)\b)",
        # A photo or a location sent from the place ("ha mandato una foto dei binari", "mi ha mandato la posizione").
        r"(?:ha|mi ha|hai|ho|avete|hanno) (?:appena |gia |anche )?(?:mandat|inviat|postat|pubblicat|condivis"
        r")[oa]"
        r" (?:\w+ )?(?:una |la |un |lo |il )?(?:foto|video|selfie|storia|immagine|posizione) (?:\w+ )?(?:dei"
        r" binari"
        r"|della ferrovia|sui binari|dal ponte|sul ponte|dal tetto|sul tetto|dal cornicione|dallultimo piano"
        r"|del vuoto|dal parapetto|dalla scogliera|dal viadotto|dal cavalcavia|dal burrone|dal dirupo"
        r"|dalla ringhiera)", r"sono (?:in riva al|sul) fiume",
        r"sono (?:sul|sulla|nel) (?:terrazzo|balcone|tetto) (?:\w+ ){0,3}(?:guard\w+ giu|sotto)",
        r"(?:affacciat[oa]|sporgendomi|sporto|sporta|mi sporgo) (?:\w+ ){0,3}(?:dal|dalla|sul|sulla|oltre la"
        r"|oltre il) "
        r"(?:balcone|finestra|terrazzo|ringhiera|parapetto|ponte|cornicione)",
        r"(?:sono|sto|mi trovo) (?:\w+ ){0,2}(?:piano|balcone|terrazzo|tetto|ponte|finestra|cornicione)(?: "
        r"\w+){0,3} "
        r"(?:e )?(?:guardo|fisso) (?:di )?(?:giu|sotto|il vuoto|lacqua|i binari)",
        r"guardo (?:di )?(?:giu|sotto) (?:dal|dalla|dallultimo) (?:balcone|finestra|ponte|tetto|terrazzo|pia"
        r"no"
        r"|\w+ piano)",
        r"(?:salit[oa]|arrivat[oa]|sono) (?:sul|sulla|in cima al|in cima alla|allultimo|al) (?:tetto|cornici"
        r"one"
        r"|parapetto"
        r"|ringhiera|ultimo piano|\w+ piano del (?:palazzo|parcheggio))",
    ],
    access=[
        r"(?:ho|avevo|abbiamo) (?:gia |appena |finalmente |anche )?(?:comprat|procurat|trovat|ordinat|recupe"
        r"rat"
        r"|ritirat|rubat|pres|messo da parte|conservat|accumulat|nascost)[oaie]?",
        r"mi sono procurat[oaie]", r"me (?:la|le|lo|li) sono procurat[oaie]", r"ce (?:lho|le ho|li ho)", r"cho",
        r"ho (?:qui |gia |ancora |sempre |in casa |a casa )?(?:la|le|il|i|lo|gli|una|un|uno|delle|dei|degli|"
        r"abbastanza"
        r"|tutte le|tutti i)", r"davanti a me", r"accanto a me", r"vicino a me", r"con me", r"a portata di mano",
        r"in mano", r"in tasca", r"(?:nella|in) borsa", r"nel (?:cassetto|comodino|cruscotto|bagagliaio|garage|box"
        r"|armadio|portafoglio|zaino)", r"sul (?:comodino|tavolo|letto|lavandino|cruscotto|sedile)",
        r"in (?:macchina|garage|cantina|soffitta)", r"pront[aeio]", r"(?:le|li|la|lo) (?:ho|tengo) (?:qui"
        r"|nascost[aeio]"
        r"|in)", r"tengo (?:\w+ ){0,2}(?:nascost\w|in casa)", r"in casa", r"in fila", r"contat[ei]",
        r"preparat[aeio]", r"tutto (?:e )?pronto", r"ho tutto",
    ],
    time_soon=[
        r"stasera", r"sta sera", r"stanotte", r"sta notte", r"stanotte stessa",
        # "oggi sto bene", "adesso ne ho 40": the present of someone well now, not the time of an act.
        r"(?:oggi(?: stesso| pomeriggio)?|adesso)(?!,? (?:(?:\w+ )?(?:sto|va|sono|mi sento) (?:bene|meglio|s"
        r"eren[oa]"
        r"|tranquill[oa])|ne ho \d+|ho \d+ anni|ho una famiglia"
        # Good news today after a story from long ago: "oggi mi sono laureato", "oggi ho preso la patente".
        r"|(?:mi sono|sono|ho) (?:\w+ )?(?:laureat[oa]|diplomat[oa]|sposat[oa]|festeggiat[oa]|compiut[oa]|vi"
        r"nt[oa]"
        r"|superat[oa]|finit[oa]|pres[oa] la patente|trovat[oa] (?:lavoro|casa)|nat[oa]|diventat[oa] (?:mamm"
        r"a|papa"
        r"|nonn[oa]))|compio|festeggio|e nat[oa]))",
        r"mo(?: mo| stesso)?", r"proprio ora", r"ora stesso", r"in questo momento", r"subito",
        r"domani(?: mattina| sera| notte)?",
        r"domattina", r"dopodomani", r"questa (?:sera|notte|mattina|settimana)", r"questo (?:pomeriggio|weekend|fine "
        r"settimana)", r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?: sera| notte| prossim[oa])?",
        r"(?:tra|fra) (?:unora|mezzora|un paio dore|poco|pochi minuti|qualche ora|qualche minuto|(?:un|\d+|d"
        r"ue|tre"
        r"|quattro|cinque|dieci|venti|trenta) (?:ora|ore|minuti|min))", r"a breve", r"a mezzanotte", r"allalba",
        r"alle \d{1,2}(?:[.:]\d\d)?", r"entro (?:stasera|domani|stanotte|sabato|domenica|la fine della settimana"
        r"|fine settimana|il weekend)",
        r"quando (?:\w+ ){0,3}(?:dormono|dormiranno|dorme|dormira|escono|usciranno|esce|uscira|vanno a letto"
        r"|andranno a letto|va a letto|sono a letto|saranno a letto|si addormentano|si addormenta"
        r"|se ne vanno|se ne va|partono|parte|sono fuori|e fuori|e al lavoro|sono al lavoro|sono a scuola)",
        r"prima che (?:faccia giorno|sia giorno|tornino|torni|si sveglino|si svegli|sorga il sole)",
        r"quando (?:fa|fara|sara) buio", r"(?:il|al) momento giusto", r"e il momento", r"per (?:stasera|stanotte)",
        r"(?:il giorno del|per il) mio compleanno", r"(?:lultima|unultima|ultima) (?:notte|sera)",
        r"questa e la volta",
        r"a natale", r"a capodanno",
    ],
    time_recent=[r"(?:unora|mezzora|un paio dore|(?:un|una|due|tre|quattro|cinque|dieci|venti|trenta|qualche|pochi"
                 r"|\d+) (?:ora|ore|minuti|min)) fa", r"poco fa", r"un attimo fa", r"appena", r"stamattina",
                 r"stamani", r"stanotte", r"stasera", r"oggi pomeriggio", r"dopo (?:cena|pranzo|colazione)",
                 r"(?:a|dopo) (?:cena|pranzo)", r"da (?:unora|mezzora|(?:un|due|tre|\d+) (?:ora|ore|minuti))",
                 r"ieri sera", r"alle \d{1,2}(?:[.:]\d\d)?", r"prima di (?:scriverti|scrivere|scriverle)",
                 r"un po fa", r"qualche minuto fa"],
    intent=[
        r"(?:cosi |ormai |ora |adesso )?e (?:gia )?tutto in ordine(?= *(?:[.!,;]|$))(?![.!,;]* *(?:per (?:la"
        r"|il|le|i"
        r"|domani|stasera|partire)|possiamo|potete|puoi|ci vediamo))",
        r"non (?:chiami|chiamate|chiamare|chiamino|avvisi|avvisate|avvisare|cercate|cerchi) (?:piu )?nessuno",
        r"(?:ho|lho|abbiamo) (?:gia )?deciso", r"(?:ho|abbiamo) preso (?:la|una) decisione", r"la decisione e presa",
        r"(?:e|ormai e|tutto e) deciso", r"ho fatto la mia scelta", r"non (?:si )?torna(?:re)? indietro",
        r"non (?:torno|tornero|si torna) indietro", r"non cambiero idea", r"nessuno (?:mi )?(?:puo|potra|fermera"
        r"|riuscira a) (?:fermarmi|fermare|mi fermera)?", r"niente (?:mi )?(?:fara cambiare idea|puo fermarmi"
        r"|mi fermera)", r"(?:lo|la) (?:faccio|faro) (?:stasera|stanotte|domani|davvero|sul serio|oggi|adesso"
        r"|subito|questa volta|stavolta)", r"(?:stavolta|questa volta|stasera|stanotte|domani) (?:lo|la) (?:faccio"
        r"|faro)(?: davvero| finita)?", r"sto per (?:farlo|buttarmi|saltare|lanciarmi|gettarmi|farla finita)",
        r"(?:stasera|stanotte|domani|oggi|adesso) (?:lo|la|le|li) (?:uso|usero)",
        r"(?:lo|la|le|li) (?:uso|usero) (?:stasera|stanotte|domani|oggi|adesso)", r"(?:ho|cho) un piano", r"(?:ho )?("
        r"?:gia )?(?:pianificato"
        r"|programmato|organizzato|preparato) tutto", r"so (?:gia )?(?:come|quando|dove) (?:farlo|lo faro|farla finita"
        r"|lo faccio)", r"ho (?:gia )?scelto (?:il giorno|il posto|la data|come|quando|dove)",
        r"sono pront[oa](?= *(?:$|[.!,;]| a (?:farlo|farla finita|morire|andarmene)| ormai| davvero))",
        r"(?:e|e arrivato|e giunto) il momento", r"e giunta lora", r"ho trovato il coraggio", r"vado fino in fondo",
        r"andro fino in fondo",
        r"non (?:cercate|provate|cercare|provare|tentare|tentate|state a|stare a) (?:di |a )?(?:fermarmi"
        r"|convincermi|farmi cambiare idea|dissuadermi|salvarmi|trovarmi|farmi ragionare)",
        r"non (?:mi )?(?:fermare|fermate|fermarmi)(?: stavolta| questa volta| piu)?(?= *(?:$|[.!,;]))",
        r"non (?:riuscirai|riuscirete|puoi|potete|potrai|potrete) (?:a |piu )?(?:fermarmi|convincermi"
        r"|farmi cambiare idea)", r"non cercatemi",
        r"non venite a cercarmi", r"non (?:chiamate|chiamare) nessuno", r"(?:stanotte|stasera|oggi) e (?:la notte"
        r"|il giorno|la sera|quella giusta|il momento)", r"e la mia ultima (?:notte|sera|decisione)",
        r"(?:le|li) (?:prendo|prendero|ingoio|ingoiero|mando giu|mandero giu) tutt[ei]",
        r"(?:prendo|prendero|ingoio|ingoiero) tutt[ae] (?:le|la|quante)", r"ho deciso (?:come|quando|dove)",
        r"la mia mente e decisa",
        # Affairs settled, told as the end of something ("così è tutto sistemato").
        r"(?:cosi |ormai |ora |adesso )?(?:e|ho) (?:gia )?(?:tutto sistemato|sistemato tutto|messo tutto in "
        r"ordine)"
        r"(?!(?: \w+){0,4} (?:per (?:la|il|le|i|domani|stasera|partire|la partenza|il trasloco|la festa|lesa"
        r"me)|con"
        r" (?:la|il|i|le)|in (?:casa|cucina|camera|ufficio|garage)))",
        r"(?:e|sara|questa e|stavolta e) la volta buona",
        r"(?:stavolta|questa volta|ora|adesso|stasera|stanotte|giuro che|oggi|domani|mo) (?:io )?(?:salto|mi"
        r" butto"
        r"|mi lancio|mi getto|vado giu)(?= *(?:$|[.!,;?]|davvero|sul serio|giu|di sotto|e basta|per davvero|"
        r"per "
        r"sempre))",
    ],
    prep=[
        r"(?:e poi|poi|dopo) (?:e |ha |se ne e )?(?:uscit[oa]|abbandonato|lasciato|cancellato|eliminato) (?:"
        r"\w+ )?(?:dalla chat|dal gruppo|da tutti i gruppi|dai gruppi|il gruppo|la chat|il profilo|laccount)",
        r"(?:scritto|scrivo|scrivendo|scrivero|lasciato|lascio|lascero|preparato|finito di scrivere|nascosto"
        r") (?:\w+ )"
        r"{0,2}(?:lettere|biglietti|video|(?:ultima|unultima) lettera) (?:\w+ )?(?:per|a|ai|agli|alla|alle"
        r"|al) (?:(?:i|le|la|il|mia|mio|miei|mie|tutti"
        r" i|ciascuno dei|ognuno dei|ciascun|ognuno) )*(?:figli\w*|bambin\w+|bimb\w|famiglia|genitori|cari|n"
        r"ipot\w+"
        r"|tutti|ciascuno|ognuno|sorell\w|fratell\w+|marito|moglie|mamma|papa|quando non ci|miei\b(?! \w)|"
        + _KIN + r")(?!(?: \w+){0,4} (?:per (?:il|la) (?:suo|sua|loro) (?:compleanno|matrimonio|laurea|anniversario"
        r"|festa|comunione|cresima)|di (?:auguri|compleanno|natale|presentazione|raccomandazione|motivazione"
        r")|per natale"
        r"|per (?:san valentino|la festa)))",
        r"(?:lettera|lettere|biglietto|biglietti|messaggio|messaggi|video|post) (?:daddio|di addio|di commia"
        r"to|di "
        r"suicidio|per quando non ci saro)", r"ultime (?:volonta|parole)", r"lultimo (?:messaggio|saluto)",
        r"(?:ho |avevo )?(?:fatto|scritto|aggiornato|sistemato|preparato|cambiato|finito|lasciato|firmato|ri"
        r"fatto"
        r"|redatto|depositato) (?:\w+ )?(?:il |il mio |un |lultimo |mio )?testamento(?!,? (?:dal|con il|dall"
        r"o|con lo"
        r"|presso il|presso lo) (?:notaio|avvocato|studio))",
        r"testamento (?:e )?(?:gia )?(?:pronto|firmato|sul tavolo|nel cassetto|in vista|in ordine)",
        r"(?:portato|affidato|lasciato|dato|regalato|consegnato|portata|affidata|lasciata)(?: \w+){1,6},? (?"
        r":con|da"
        r"|presso) (?:lei|lui|loro|voi|te) (?:\w+ )?(?:stara|starebbe|staranno|starebbero|sara|saranno) (?:"
        r"\w+ )?"
        r"(?:meglio|in buone mani)",
        r"(?:cane|cani|gatt[oaie]|animali|coniglio|pappagallo|criceto|figli|bambini)(?: \w+){0,3} (?:lho|li "
        r"ho|le ho"
        r"|lo|la|li|le) (?:affidat|lasciat|portat|dat|regalat)\w+ (?:\w+ ){0,3}(?:per sempre|definitivamente"
        r"|per "
        r"quando non ci saro)",
        _CANCEL + _MOVING + r"(?:\W+\w+){0,10}?\W+" + _AFFAIR, _SETTLE + _MOVING + r"(?:\W+\w+){0,10}?\W+" + _CANCEL,
        r"(?:saldato|pagato|sistemato) (?:tutti i|tutte le|i|le) (?:miei |mie )?(?:debiti|conti|bollette|pen"
        r"denze)"
        r" (?:\w+ )?(?:prima di|per non lasciare|cosi non|cosi nessuno|per quando)",
        r"(?:ho|sto) (?:regalato|regalando|dato via|dando via|ceduto|cedendo) (?:\w+ )?(?:tutte le mie|tutti"
        r" i miei"
        r"|le mie|i miei|il mio|la mia) (?:\w+ )?(?:cose|oggetti|vestiti|gioielli|cane|gatt[oa]|animali|chit"
        r"arra|libri"
        r"|collezione|risparmi|orologio|anello|averi|beni|piante)(?!(?:,? \w+){0,5},? (?:vecch\w+|usat\w+"
        r"|che non (?:uso|metto|mi servono|mi stanno)|al mercatino|su vinted|su ebay|in beneficenza|per fare"
        r" spazio"
        r"|per il trasloco|piccol\w+|tanto ne ho|ne ho (?:comprat|pres)\w+|(?:una|uno|un) nuov[oa]))",
        r"(?:ho|sto) (?:regalato|regalando|dato via|dando via|lasciato) (?:la|il|lo|l|i|le) "
        r"(?:chitarra|collezione|orologio|anello|gioielli|console|playstation|pianoforte|violino|basso|batte"
        r"ria"
        r"|macchina fotografica|bici|bicicletta|moto|risparmi|libri|dischi|vinili|peluche)(?! (?:\w+ ){0,2}"
        r"(?:vecch"
        r"|usat|rott|che non))(?: \w+){0,3}? (?:a|al|alla"
        r"|ai|alle|allo) (?:mio |mia |miei |mie |nostro |nostra )?(?:migliore )?(?:" + _KIN + r")"
        r"(?!(?: \w+){0,6} (?:vecch\w+|usat\w+|che non (?:uso|suono|metto|mi serv\w+)|non (?:la|lo|li|le) (?"
        r":uso"
        r"|suonavo|suono|usavo)|per il (?:suo )?compleanno|per natale|per la laurea|in prestito|per (?:il|un"
        r") weekend"
        r"|per qualche giorno|finche|mentre|perche (?:\w+ )?(?:ne ho|me ne|ho comprato)|tanto ne ho|ne ho (?"
        r":comprat"
        r"|pres)\w+|(?:una|uno|un) nuov[oa]))",
        r"(?:regalato|dato via|regalando|dando via) tutto"
        r"(?: quello che ho| cio che ho)?",
        r"(?:trovato|trovare|cercando) (?:una )?(?:nuova )?casa (?:per|al|alla|ai) (?:il mio |la mia |i miei"
        r" |le mie "
        r"|mio |mia )?(?:cane|cani|gatt[oaie]|animali|coniglio|pappagallo|criceto|cavallo)",
        r"(?:prendersi cura|occuparsi|occupera|occupi|badare|badera|bada|tenere|terra|si prendera cura) (?:"
        r"\w+ ){0,3}"
        r"(?:cane|cani|gatt[oaie]|animali|figli|bambin[ie]|bimbi|piante) (?:quando|dopo che|dopo|se|(?:per|x"
        r") sempre"
        r"|una "
        r"volta che) (?:non ci saro|me ne saro|io non|muoio|saro mort|me ne vado|sara finita)",
        r"(?:affidato|affidare|lasciato|lascero) (?:\w+ ){0,3}(?:cane|cani|gatt[oaie]|animali|figli"
        r"|bambin[ie]) (?:\w+ )"
        r"{0,3}(?:(?:per|x) sempre|quando non ci saro|dopo di me)",
        r"(?:sistemato|messo in ordine|ordinato|chiuso) (?:tutt[ie] )?(?:le mie cose|i miei affari|le mie ca"
        r"rte|i miei"
        r" conti|i miei documenti)", r"(?:ho )?messo tutto in ordine (?:per|prima)",
        r"(?:cancellato|chiuso|eliminato|disattivato) (?:tutti )?(?:i )?(?:miei )?(?:profili|account|social)",
        r"(?:pagato|saldato) tutti i (?:miei )?debiti", r"(?:lasciato|lascio|scritto) (?:\w+ ){0,2}password (?:per|a)",
        r"(?:scelto|deciso|scelgo|preparato) (?:\w+ ){0,3}(?:musica|canzoni|canzone|vestito|bara|fiori) (?:p"
        r"er il|al"
        r"|per) (?:mio )?funerale", r"(?:organizzato|pianificato|preparato|pagato) (?:il )?(?:mio )?funerale",
        r"(?:ho|sto) salutat[oa] tutti", r"sto salutando tutti",
        r"salutare tutti (?:per lultima volta|unultima volta)",
        r"per lultima volta", r"(?:ho detto|dire) addio a", r"(?:ho )?lasciato (?:detto|scritto) (?:\w+ ){0,3}(?:a chi"
        r"|cosa fare|come fare) (?:\w+ ){0,3}(?:quando|dopo)",
    ],
    farewell=[
        r"(?:vi|ti) ho voluto (?:tanto )?bene",
        r"(?:scusate|scusa|perdonate) (?:per|di) tutto",
r"(?:sorry|scusa|scusate|scusatemi|perdonatemi|perdonami|scusami) (?:x|per) tutto",
              
        r"(?:volevo|voglio|vorrei|ci tenevo a|ci tengo a) (?:solo |soltanto |ancora |almeno )?(?:salutarti"
              r"|salutarvi|salutare tutti|dirti addio|dirvi addio|dirti ciao un ultima volta|salutarti un ul"
              r"tima"
              r" volta)",
              r"(?:la|una|le|l|lultima|unultima) ?(?:lettera|lettere|biglietto|biglietti) (?:per (?:voi|te|m"
              r"amma|papa"
              r"|\w+) )?(?:e|sono|la trovi|le trovi|lho lasciat[oa]|le ho lasciate|lascio|lascero|ho lasciat"
              r"o)"
              r" (?:sul|sulla|nel|nella|sotto il|sotto la|in|sopra il|sopra la) (?:mio |mia )?(?:letto|tavolo"
              r"|scrivania|comodino|cuscino|cassetto|cucina|camera|mensola|macchina)",
              r"(?:ho lasciato|ho dato|ho consegnato|ho restituito|lascio|lascero) (?:le |tutte le )?(?:mie "
              r")?chiavi"
              r" (?:di casa |della macchina |dellauto |della macchina )?(?:a|al|alla) (?:mio |mia )" + _KIN,
              r"scusa(?:mi|te|temi)? con tutti", r"chiedo scusa a tutti",
              r"grazie (?:per|di) (?:averci provato|aver provato|averlo provato|tutto quello che hai fatto|a"
              r"vermi "
              r"sopportat[oa]|esserci stat[oa])(?= *(?:$|[.,!]| e | ma ))",
              r"non (?:e|sara|e stata) (?:colpa (?:tua|vostra|di nessuno)|tua la colpa)", r"non (?:datevi|darti|ti dare"
              r"|vi date|dartene) (?:la )?colpa",
              # A bare apology to everyone that ends the message ("ho chiuso le finestre. scusatemi").
              r"(?:scusatemi|perdonatemi|scusate|scusami|perdonami)(?: tutti| tanto| davvero| di tutto| anco"
              r"ra)*"
              r"(?= *[.!]* *$)",
              # An apology and a declaration of love in one breath ("scusa mamma, ti voglio bene").
              r"(?:scusa(?:mi)?|scusate(?:mi)?|perdonami|perdonatemi|mi dispiace)(?:,? \w+){0,2}[,.!]* (?:ti"
              r"|vi)"
              r" (?:voglio|vorro sempre|ho sempre voluto|vorro) (?:tanto |tantissimo |un mondo di )?bene",
              # Thanks that close a long relationship of care ("grazie per avermi ascoltata in questi mesi").
              r"grazie (?:di cuore |davvero |ancora )?(?:di|per) (?:avermi|averci|esserci|essermi) (?:\w+ )?"
              r"(?:ascoltat[oaie]"
              r"|aiutat[oaie]|seguit[oaie]|accompagnat[oaie]|sopportat[oaie]|sostenut[oaie]|stat[oaie] vicin"
              r"[oaie]|capit[oaie])"
              r" (?:in|per|durante|per tutti|in tutti|per tutto|in tutto) (?:questi|quest|questo|tutti quest"
              r"i|tutto"
              r" questo|questanno|questi ultimi) ?(?:mesi|anni|tempo|settimane|periodo|anno|ultimi mesi|ulti"
              r"mi anni)",
              r"grazie (?:di|per) tutto", r"addio(?: a tutti| (?:per|x) sempre| mondo)?", r"vi voglio (?:tanto"
    r" )?bene(?: a "
              r"tutti)?", r"vi amo(?: tutti)?", r"perdonatemi", r"perdonami(?: per tutto)?", r"scusate(?:mi)? per "
              r"tutto", r"scusa(?:mi)? per tutto", r"mi dispiace per tutto", r"ricordatevi di me", r"ricordati di me",
              r"non dimenticatemi", r"prendetevi cura (?:di|dei|della|delle|del)", r"prenditi cura (?:dei bambini|di "
              r"mamma|di papa|della mamma|del papa|dei miei|di loro|dei ragazzi|del cane|del gatto|di tutti)",
              r"abbiate cura (?:di|dei|della)", r"di(?:te|gli|lle)? (?:a|ai|alla|al) (?:\w+ ){0,2}che (?:li|le|gli|la"
              r"|lo"
              r"|vi)? ?(?:amo|ho amato|voglio bene|ho voluto bene)", r"non mi (?:sentirete|sentirai|vedrete|vedrai) "
              r"piu", r"e stato bello conoscervi", r"questo e un addio", r"e un addio", r"vi saluto (?:per|x) sempre",
              r"ciao (?:per|x) sempre", r"mi mancherete", r"un ultimo saluto", r"ultimo saluto",
              r"(?:ringraziar\w*|ringrazio|ringraziare) (?:\w+ )?(?:per tutto|di tutto)(?! (?:il|lo|la|quell"
              r"o che stai"
              r"|quel che stai|cio che stai))", r"salutar(?:ti|vi|la|lo|e|l[ie]) (?:\w+ )?(?:per sempre|unultima volta"
              r"|per lultima volta)"],
    hopeless=[r"senza (?:speranza|via duscita|futuro)", r"nessuna speranza", r"non (?:ce|ho) (?:piu )?(?:nessuna )?"
              r"speranza", r"disperat[oa]", r"(?:niente|nulla) ha (?:piu )?senso", r"non ha (?:piu )?senso (?:niente"
              r"|nulla|andare avanti|continuare)", r"non cambiera (?:mai )?(?:niente|nulla)", r"non ce la faccio piu",
              r"non reggo piu", r"non sopporto piu (?:niente|nulla|questa vita|questa situazione|di vivere)",
              r"sono (?:solo )?un peso", r"(?:sono|so|songo|sugnu|son) (?:solo |soltanto |sulo |sulu )?(?:un|nu|n|uno|na"
              r"|una) (?:peso|pisu|fardello)", r"un peso per (?:tutti|la mia famiglia|i miei|voi|loro)",
              r"non valgo (?:niente|nulla|un cazzo)", r"sono (?:un |una )?(?:inutile|nullita|fallito|fallita)",
              r"intrappolat[oa]", r"in trappola", r"non (?:ce|vedo) (?:nessuna |alcuna |unaltra )?via duscita",
              r"nessuna via duscita", r"lunica via duscita", r"(?:a nessuno|non) importa (?:a nessuno )?(?:di me)?",
              r"staranno (?:tutti )?meglio", r"stanc[oa] di (?:lottare|combattere|tutto|soffrire)",
              r"ho perso (?:ogni|la) speranza", r"e (?:tutto )?finita", r"ormai e finita", r"mi arrendo",
              r"ho mollato",
              r"non vedo (?:nessun |un )?futuro", r"non ho (?:un |nessun )?futuro", r"vuot[oa] dentro",
              r"(?:che|qual e il) senso (?:ha|di) (?:tutto|vivere)", r"tutto inutile", r"e inutile"],
    stopped_treatment=[
        r"(?:smesso|smette|smettere|sospeso|sospende|interrotto|buttato) (?:\w+ )?(?:di prendere |di fare )?"
        r"(?:le|i|la|il|l) ?(?:pastiglie|pillole|compresse|farmaci|medicine|insulina|terapia|cure|dialisi) "
        r"(?:\w+ )?(?:per|della|del|contro) (?:la |il |l)?(?:pressione|cuore|diabete|tiroide|reni|epilessia|"
        r"anticoagulante|trapianto)(?![^.!?\n]{0,80}\b(?:medico|dottore|dottoressa|cardiologo|specialista|pr"
        r"escritt\w*|cambiat\w*|sostituit\w*|nuova terapia|ordine))",
        r"(?:ho smesso|smetto|smettero|ho sospeso|ho interrotto|sospendo|interrompo|non prendo piu|ho smesso"
        r" con"
        r"|ho buttato|rifiuto|sto rifiutando|non faccio piu) (?:di prendere |di fare |con )?(?:l|(?:la|le|il"
        r"|i|gli"
        r"|mia|mie|miei|mio|le mie|i miei|la mia|il mio) )?(?:insulina|dialisi|chemio|chemioterapia|terapia|"
        r"terapie"
        r"|farmaci|medicine|pillole|pastiglie"
        r"|cure|anticoagulanti|coumadin|pillole per il cuore|pastiglie per il cuore|pastiglie per la pressio"
        r"ne"
        r"|ossigeno|trasfusioni) (?:\w+ )?(?:apposta|di proposito|volontariamente|per (?:morire|farla finita"
        r"|andarmene|accelerare|lasciarmi andare|sempre)|cosi (?:muoio|finisce|me ne vado|la faccio finita)"
        r"|e (?:aspetto"
        r"|lascio|vediamo)|finche non)",
        r"(?:lascio|lasciare|lascero|lasciamo) che (?:la malattia|il cancro|il tumore|il diabete|il cuore|la"
        r" natura"
        r"|il destino) (?:faccia il suo corso|mi porti via|decida|faccia il resto)",
        r"(?:ho smesso di|smetto di|non voglio piu|rifiuto di|smettero di) (?:mangiare|bere) (?:\w+ )?(?:per"
        r" morire"
        r"|finche non muoio|cosi muoio|per lasciarmi morire|fino a morire|per andarmene|e aspetto la fine)",
        r"non (?:vado|andro) piu (?:alla|a fare la) dialisi",
    ],
    # Exhaust in a closed space ("il motore è acceso, la serranda del garage è chiusa").
    engine_running=[r"motore (?:e |sta )?(?:gia )?(?:acceso|in moto|che gira|avviato|al minimo|girando)",
                    # The car left running: "la macchina è accesa", "ho acceso l'auto e chiuso la serranda".
                    r"(?:la )?(?:macchina|auto|automobile) (?:e |sta )?(?:gia |ancora )?(?:accesa|in moto|av"
                    r"viata"
                    r"|al minimo)(?![^.!?\n]{0,60}\b(?:scald\w*|sbrinar\w*|parto|partire|partiamo|esco|uscir"
                    r"e|usciamo"
                    r"|batteria|ricaric\w*|caric\w*|aspett\w*|vengo|arrivo|(?:la )?radio|fari|luci|fuori|in "
                    r"strada"
                    r"|davanti"
                    r"|sotto casa|in doppia fila))",
                    r"(?:acceso|avviato|lasciato acceso|accendo|accendero) (?:il )?motore", r"gas di scarico",
                    r"(?:tubo|tubo di gomma|canna|manichetta) (?:\w+ ){0,3}(?:nel|nella|dal|dalla|al|alla|al"
                    r"lo"
                    r"|dentro (?:il|la|lo|al|alla)) (?:\w+ )?(?:finestrino|scarico|tubo di scappamento|marmi"
                    r"tta"
                    r"|abitacolo)" + _NOT_GARAGE_WORK],
    # The gas tap open or charcoal lit ("ho acceso il carbone in camera, ho chiuso le finestre").
    gas_on=[r"(?:ho |ho gia |ho lasciato )?(?:aperto|apro|aprire|aprero) (?:il |tutti i |i |la )?(?:gas|fornelli"
            r"|rubinetto del gas|bombola)(?!(?: \w+){0,4} (?:per|pasta|cucinare|cena|pranzo|caffe|acqua|sugo"
            r"|pentola"
            r"|forno|riscaldamento|caldaia|tecnico|bolletta|contatore)\b)",
            r"(?:il )?gas (?:e )?(?:aperto|acceso)(?!(?: \w+){0,4} (?:per|pasta|cucinare|cena|pranzo|caffe|a"
            r"cqua|sugo"
            r"|pentola|forno)\b)",
            r"(?:ho (?:gia )?acceso|accendo|sto accendendo|brucia|bruciano|sta bruciando|stanno bruciando) "
            r"(?:la |il |i "
            r"|le )?(?:carbonella|carbone|carboni|braciere|bricchette)"],
    enclosed=[r"(?:nel|in|dentro il|dentro al) (?:garage|box)",
              r"(?:garage|box|basculante|serranda) (?:\w+ )?(?:e |sono )?(?:chius[oa]|sigillat[oa]|abbassat["
              r"oa])",
              r"(?:finestrini|finestre|porte) (?:\w+ )?(?:chius[ie]|alzat[ie]|sigillat[ie]|tappat[ie])",
              r"(?:chiuso|chiusa|abbassato|abbassata|sigillato|tappato) (?:a chiave )?(?:la |il |i |le |tutt"
              r"i i "
              r"|tutte le )?(?:serranda|basculante|garage|box|finestrini|finestre|fessure)"],
    # Self-harm told as an act, recent or repeated (history is handled by the composing layer).
    self_harm=[
        _NOT_NEG + _SH_PAST + r" " + _SH_BODY + r"(?: \w+){0,3}? (?:" + _SH_TOOL + r"|di nuovo|ancora|apposta"
        r"|volontariamente|da sol[oa]|fino a sanguinare|a sangue|(?:piu|troppo) (?:a fondo|profondo|forte)|t"
        r"re volte"
        r"|due volte|(?:\w+ )?volte)" + _HOUSEHOLD,
        _NOT_NEG + _SH_PAST + r" (?:" + _SH_TOOL + r"|di nuovo|ancora|apposta|volontariamente|unaltra volta|n ?ata vota|unata vota|natavota|unaltra vota|nata vot|pe nata vota"
        r"|(?:piu|troppo) (?:a fondo|profondo|forte)|fino a sanguinare|a sangue)" + _HOUSEHOLD,
        _NOT_NEG + r"(?:mi sono|si e|mi so) (?:fatt[oa]|procurat[oa]) (?:dei |degli |altri |nuovi |delle "
        r"|di nuovo )?(?:tagli|bruciature|ferite|graffi|incisioni)(?: \w+){0,3}? "
        r"(?:sul|sulle|sui|sulla|al|alle|ai|alla|nel|nella|nelle|allinterno (?:della|delle)) " + _SH_BODY,
        _NOT_NEG + r"(?:ho |ha )?(?:ricominciato|ripreso|ricominciat[oa]) a (?:tagliarmi|bruciarmi|ferirmi|farmi del"
        r" male|graffiarmi|autolesionarmi|tagliarsi|bruciarsi|farsi del male)",
        _NOT_NEG + r"sono ricadut[oa](?: \w+){0,3} (?:nellautolesionismo|nei tagli|e mi sono (?:tagliat|bruciat"
        r"|ferit)[oa])",
        _NOT_NEG + r"mi (?:taglio|brucio|graffio|ferisco|incido) (?:" + _SH_BODY + r"|di nuovo|ancora|(?:quasi )?ogni "
        r"(?:notte|sera|giorno)|tutti i giorni|tutte le sere)" + _HOUSEHOLD,
        _NOT_NEG + r"(?:mi sono|si e) (?:\w+ )?(?:spent[oa]|schiacciat[oa]|premut[oa]) (?:una |la |le |delle )?"
        r"(?:sigarett\w+|cicche) (?:sul|sulla|sulle|sui|addosso)",
    ],
    # The urge to self-harm and its fight ("ho in testa solo la lametta, due mesi pulita").
    self_harm_urge=[
        _NOT_NEG + r"(?:una )?(?:voglia|bisogno|impulso|impulsi|urgenza|tentazione|istinto|desiderio) (?:\w+ ){0,3}di "
        r"(?:tagliarmi(?! (?:i capelli|le unghie|la frangia|la barba))|farmi del male|bruciarmi|ferirmi|graf"
        r"fiarmi"
        r"|autolesionarmi|punirmi (?:tagliandomi|bruciandomi)|farmi male(?!\W* (?:a|al|alla|con|giocando|cor"
        r"rendo"
        r"|in palestra|allenandomi)\b))",
        _NOT_NEG + r"(?:penso|pensavo|ho in testa|in testa ho|continuo a pensare|ho in mente|mi ossessiona"
        r"|non penso ad altro che|non riesco a smettere di pensare|non riesco a non pensare"
        r"|ho fisso in testa) (?:solo |soltanto |sempre |di continuo |continuamente )?(?:a |alla |alle |al |"
        r"allo )?"
        r"(?:la |le |il |lo )?(?:lametta|lamette"
        r"|tagliarmi(?! (?:i capelli|le unghie|la frangia|la barba))|farmi del male|bruciarmi"
        r"|autolesionismo)(?! (?:per|da|del|della|nuov\w+))",
        r"(?:\d+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici) (?:giorni|giorno|set"
        r"timane"
        r"|settimana|mesi|mese|anni|anno) (?:che sono |di fila )?(?:pulit[oa]|senza (?:tagliarmi|farmi del m"
        r"ale"
        r"|bruciarmi|ferirmi|autolesionismo|lamette|lametta))(?!.{0,60}\b(?:coca\w*|eroina|alcol\w*|alcool|d"
        r"roga"
        r"|droghe|fumo|canne|sigarett\w+|gioco|slot|bere|bevo|sert|narcotici))",
        r"(?:sono|ero|stat[oa]|rimast[oa]) pulit[oa] da (?:\w+ )?(?:giorni|settimane|mesi|anni)(?! da(?:lla|"
        r"l|lle|i"
        r"|gli)? (?:coca\w*|eroina|alcol\w*|droga|droghe|fumo|canne|sigarette|gioco))(?=.{0,160}\b(?:lamett|"
        r"tagli"
        r"|rasoio|autolesion|bruciar|ferir))",
    ],
    # Depressants that stop breathing with alcohol: benzodiazepines, opioids, GHB, ketamine, sleeping pills.
    depressant=[r"xanax|alprazolam|tavor|lorazepam|valium|diazepam|lexotan|bromazepam|delorazepam|minias"
                r"|lormetazepam|rivotril|clonazepam|halcion|triazolam|stilnox|zolpidem|benzo|benzodiazepin\w+"
                r"|ansiolitic\w+|sonnifer\w+|gocce per dormire|oppioid\w+|oppiacei|eroina|morfina|metadone"
                r"|ossicodone|oxycontin|fentanyl|codeina|tramadolo|contramal|lyrica|pregabalin\w*|ghb|gbl"
                r"|ecstasy liquida|droga dello stupro|keta|ketamina|(?:un po|po|goccia|gocce|ml|tappo|tappi|"
                r"sorso"
                r"|dose|boccetta|boccettina) di g(?= |$|[.,;!?])|(?:preso|presa|prendo|prendere|calato|calata"
                r"|la) g(?= |$|[.,;!?])"],
    alcohol=[_NOT_NEG + r"(?<!\bun bicchiere di )(?<!\bun bicchierino di )(?<!\bun goccio di )"
             r"(?<!\bmezzo bicchiere di )(?:birr[ae]|birrett[ae]|vino|vini|grappa|grappino|vodka|whisky|whis"
             r"key"
             r"|rum|gin|tequila|amaro|amari|limoncello|spritz|cocktail|drink|shot|shottin[oi]|superalcolic"
             r"\w+|alcol"
             r"|alcool|alcolic[io]"
             r"|sambuca|prosecco|negroni|mojito|jager\w*|martini|campari|cicchett[oi]|ubriac[oa]|ubriacarmi"
             r"|sbronz[ao]|sbronzarmi|brill[oa]|bevuto(?! (?:acqua|solo acqua|un caffe|il caffe|una tisana|u"
             r"n te"
             r"|latte|succo|una camomilla|la camomilla)))",
             # Drinking told in the first person, not when denied and not of water or coffee.
             _said(r"(?<!\bsmettere di )(?<!\bho smesso di )(?:bevo|bevevo|bere|mi ubriaco|mi ubriacavo"
             r"|mi sbronzo|mi sbronzavo|mi riduco (?:uno straccio|a pezzi)|alzo il gomito)" + _SOFT)],
    # Intrusive thoughts of harming someone ("ho pensieri in cui picchio il mio collega").
    harm_thought=[
        r"(?:mi viene|mi vengono|mi arriva|mi arrivano|ho) (?:\w+ )?(?:il pensiero|i pensieri|limpulso|la pa"
        r"ura|lidea|immagini) (?:\w+ )?di (?:sterzare|investire|buttare|spingere|accoltellare|colpire|strang"
        r"olare|soffocare|fare del male|lanciare|gettare|pugnalare|affogare|annegare)",
                  # Watching an ex's home or work: "passo ogni sera sotto casa della mia ex per vedere con chi esce".
                  r"(?:passo|ripasso|vado|giro|mi apposto|aspetto|resto|sto|mi fermo|parcheggio) (?:\w+ ){0,"
                  r"3}(?:sotto"
                  r" casa|davanti a casa|sotto lufficio|fuori dal lavoro|davanti al lavoro|sotto il portone)"
                  r" (?:sua|di"
                  r" lei|di lui|della mia ex|del mio ex|della ex|dellex|dei suoi) (?:\w+ ){0,4}(?:per vedere"
                  r"|a vedere"
                  r"|per controllare|per sapere|per capire|a controllare) (?:con chi|chi|se|quando|cosa|dove)"
                  r"(?![^.!?\n]{0,60}\b(?:sta bene|malat\w*|medicin\w*|spesa|aiut\w*)\b)",
                  # The image told as coming to mind: "mi viene in mente di colpirlo col coltello".
                  r"(?:mi (?:viene|vengono|e venut[oa]|sono venut[ei]|passa|passano|salta|balena) (?:in ment"
                  r"e|per la "
                  r"testa|in testa|lidea)|ho (?:lidea|il pensiero|limpulso)) (?:\w+ ){0,2}di (?:(?:fare|farg"
                  r"li|farle) "
                  r"(?:del )?male|picchiar|uccider|ammazzar|accoltellar|pugnalar|soffocar|annegar|affogar|st"
                  r"rangolar"
                  r"|colpir|ferir|aggredir|sgozzar)(?:lo|la|li|le|e)\b(?![^.!?\n]{0,30}\b(?:a "
                  r"carte|a tennis|a scacchi|al gioco|alla play|con la palla|a calcio)\b)",
                  # Throwing or dropping someone named ("immagini di buttare mio figlio dal balcone").
                  r"(?:pensieri|pensiero|immagini|immagine|flash|impulsi|impulso|idee|fantasie|paura|scene|s"
                  r"cena)"
                  r" (?:\w+ ){0,3}(?:di|in cui|dove|che) (?:\w+ ){0,2}(?:buttare|gettare|lanciare|far cadere"
                  r"|lasciar cadere|lasciare cadere|butto|getto|lancio|faccio cadere)(?= (?:il |la |lo |l)?"
                  r"(?:mio "
                  r"|mia |miei |mie |nostro |nostra )?(?:" + _KIN + "|" + _CHILD + r"|qualcuno|lui|lei)\b)"
                  r"(?![^.!?\n]{0,50}\b(?:piscina|per scherzo|per gioco|in aria|sul letto|sul divano|nel fie"
                  r"no))",
                  r"(?:pensieri|pensiero|immagini|immagine|flash|impulsi|impulso|idee|fantasie|paura|scene|s"
                  r"cena)"
                  r" (?:\w+ ){0,3}(?:di|in cui|dove|che) (?:\w+ ){0,2}(?:(?:(?:fare|faccio|farei) (?:del )?m"
                  r"ale "
                  r"(?:a|al|alla|ai|alle|allo|agli)|picchiare|uccidere|ammazzare|accoltellare|pugnalare|soff"
                  r"ocare"
                  r"|colpire|ferire|aggredire|sgozzare|colpisco|ferisco|aggredisco|sgozzo|tagliare la gola "
                  r"(?:a|al|alla)"
                  r"|annegare|strangolare|spingere|scuotere|picchio|uccido|ammazzo|accoltello|pugnalo|soffoco"
                  r"|anneg[oa]|affogo|strangolo|spingo|scuoto|butto (?:giu|dal balcone)|lascio cadere)"
                  r"(?= (?:\w+ ){0,2}(?:" + _KIN + "|" + _CHILD + r"|qualcuno|persone|persona|gente|lui|lei|loro"
                  r"|passant\w+|uomo|donna|tutti"
                  r"|colleg\w+|capo|cliente|clienti|vicin\w+))|fargli del male|farle del male|far(?:gli|le) "
                  r"male"
                  r"|(?:picchiar|uccider|ammazzar|accoltellar|pugnalar|soffocar|annegar|affogar|strangolar|s"
                  r"pinger|colpir|ferir"
                  r"|aggredir"
                  r"|scuoter)(?:lo|la|li|le)|butt(?:arlo|arla|arli|arle) (?:giu|dalla|dal|dal balcone)"
                  r"|lasciar(?:lo|la) cadere)"],
    threat=[
        r"(?:aspetto|laspetto|lo aspetto|la aspetto|li aspetto|aspettero|lo aspettero|vado ad aspettare|lo v"
        r"ado ad aspettare|aspett) (?:a |o |il |quel |quello |chillu |chillo |a quel |a chillu )?(?:\w+ ){0,"
        r"2}(?:sotto (?:casa|o palazzo|il palazzo|al palazzo|lufficio|al lavoro)|fuori (?:da|dal|dalla|casa)"
        r"|davanti (?:a casa|al portone|al lavoro|alla scuola))",
        r"(?:domani|dimane|stanotte|stasera) (?:\w+ ){0,2}(?:nun se sceta|non si sveglia|non si risveglia|no"
        r"n vede lalba|nun vede|nun se sceta chiu)",
        r"(?:mi dicono|mi ordinano|mi ripetono|mi comandano|le voci (?:\w+ )?dicono|dicono) (?:che )?(?:devo"
        r"|di|dovrei) (?:punire|uccidere|colpire|fare del male a|ammazzare|vendicarmi|fargliela pagare|elimi"
        r"nare|zittire|sgozzare|accoltellare)",
        # A blade put into someone: "il prossimo che mi manca di rispetto gli pianto un cacciavite nella pancia".
        r"(?:gli|le) (?:pianto|piantero|infilo|infilero|ficco|ficchero|caccio|piazzo|do|daro|tiro) (?:un|una"
        r"|il|la|mio"
        r"|due) (?:\w+ )?(?:coltello|coltellata|coltellate|cacciavite|lama|forbici|pugnale|colpo di pistola|"
        r"pallottola"
        r"|proiettile|cacciavite) (?:\w+ ){0,2}(?:nella|nello|nel|in|sulla|alla|allo|al|dritto|in mezzo)",
        r"(?:voglio|vorrei|sto per|ho intenzione di|vado a|andro a|giuro che|devo|prima o poi|ho voglia di|f"
        r"inira che"
        r"|potrei|per|pronto a|pronta a) (?:\w+ )?(?:ammazzarl[oaie]|ucciderl[oaie]|accoltellarl[oaie]|spara"
        r"rgli"
        r"|spararle|strangolarl[oaie]"
        r"|massacrarl[oaie]|sgozzarl[oaie]|pugnalarl[oaie]|investirl[oaie]|farl[oaie] fuori|fargli del male"
        r"|farle del male|fargliela pagare|bruciargli|bruciarle|spaccargli la faccia|spaccarle la faccia)",
        r"(?:ammazzare|uccidere|accoltellare|sparare a|fare del male a|fare fuori|strangolare|massacrare|pug"
        r"nalare"
        r"|investire) (?:lui|lei|loro|tutti|qualcuno|(?:il |la |quel |quella |quello |mio |mia |il mio |la m"
        r"ia )"
        r"(?:\w+ )?(?:capo|ex|marito|moglie|compagn[oa]|fidanzat[oa]|ragazz[oa]|vicin[oa]|padre|madre|patrig"
        r"no"
        r"|matrigna"
        r"|fratello|sorella|suocer[oa]|collega|prof|professor\w*|insegnante|maestr[oa]|coinquilin[oa]|padron"
        r"e di casa"
        r"|direttore|responsabile|tizi[oa]|stronz[oa]|bastard[oa]|uomo|donna))",
        r"(?:giuro che|te lo giuro|stavolta|stasera|stanotte|domani|oggi|appena (?:torna|esce|lo vedo|la ved"
        r"o|arriva)"
        r"|quando (?:torna|esce|lo vedo|la vedo|arriva)|se (?:torna|si avvicina)|prima o poi) (?:io )?(?:lo "
        r"|la |li "
        r"|le |gli )?(?:ammazzo|uccido|accoltello|sparo|strangolo|massacro|sgozzo|ammazzero|uccidero|accolte"
        r"llero"
        r"|sparero|strangolero|faccio fuori|faro fuori|lammazzo|luccido|lammazzero|luccidero)",
        r"(?:lo|la|li|le|gli) ?(?:ammazzo|uccido|accoltello|sparo|strangolo|massacro|faccio fuori|faro fuori"
        r") "
        r"(?:stasera|stanotte|domani|oggi|appena|quando|con|davvero|sul serio|giuro|te lo giuro|prima o poi)",
        r"(?:lammazzo|luccido) (?:stasera|stanotte|domani|oggi|appena|quando|con|davvero|sul serio|giuro)",
        r"(?:lo|la|li|le) (?:ammazzero|uccidero|accoltellero|strangolero|massacrero|faro fuori)", r"lammazzero",
        r"luccidero", r"gli sparero", r"gliela (?:faro|faccio) pagare(?: cara)?", r"(?:me la|la) paghera(?: cara)?",
        r"se ne pentira", r"avra quello che si merita",
        r"(?:gli|le|li|je|ie) (?:faccio|faro|faccio proprio|faro proprio) (?:del |der |tanto )?male (?:sul s"
        r"erio|davvero"
        r"|per davvero|giuro|stavolta|questa volta|te lo giuro|vero|a quello|a quella|a quel|con le mie mani"
        r")",
        r"(?:giuro che|te lo giuro|stavolta|stasera|domani|prima o poi|se non \w+ (?:\w+ ){0,8}entro \w+) (?"
        r":gli|le|li)"
        r" (?:faccio|faro) (?:del )?male",
        # A weapon brought to school or work for someone ("porterà il coltello a scuola per sistemare un compagno").
        r"(?:port\w+|prend\w+|tien\w+|nascost\w+) (?:\w+ )?(?:il |un |la |una |lo |l)?(?:" + _ARMS + r") (?:\w+ )?"
        r"(?:a scuola|in classe|in ufficio|al lavoro|in cantiere)(?: \w+){0,3} per (?:sistemare|punire|colpi"
        r"re"
        r"|minacciare|spaventare|vendicarsi|dare una lezione|regolare i conti|fargliela pagare|fare del male"
        r"|farla"
        r" pagare|ammazzare|uccidere|accoltellare|fare fuori|ferire)",
        r"(?:aspettarl[oa]|lo aspetto|la aspetto|laspetto)(?= (?:\w+ ){0,3}(?:con (?:il|un|la|una) (?:coltel"
        r"lo"
        r"|pistola|mazza|spranga|fucile)|armat[oa]))",
        r"(?:uccidere|ammazzare|sparare a) (?:tutti|qualcuno|la gente) (?:a|al|alla|in|nella) (?:scuola|uffi"
        r"cio"
        r"|lavoro|classe|universita)", r"fare una strage", r"strage a scuola",
        # A weapon and knowing where the person lives ("ho il coltello in tasca e so dove abita").
        r"(?:" + _ARMS + r")(?:\W+\w+){0,12}?\W+(?:e )?so (?:bene |benissimo )?dove (?:abita|vive|lavora|sta|si trova"
        r"|parcheggia|va a (?:bere|correre|lavorare))(?![^.!?]{0,40}\b(?:cena|pranzo|festa|compleanno|ci vad"
        r"o|andiamo))",
        r"so (?:bene |benissimo )?dove (?:abita|vive|lavora|parcheggia)(?:\W+\w+){0,10}?\W+(?:ho|tengo|porto"
        r"|prendo"
        r"|con) (?:\w+ )?(?:il |un |la |una |lo |l)?(?:" + _ARMS + r")",
        # Armed and lying in wait at the person's door ("ho il coltello in tasca e sono sotto casa sua").
        _AFTER_ARMS + r"(?:\w+\W+){0,4}?(?:in tasca|addosso|con me|nello zaino|nella borsa|nel giubbotto|sotto la"
        r" giacca|nascost[oa]|in macchina|in mano|carico|carica)\W+(?:\w+\W+){0,5}?(?:sono|sto|aspetto|lo as"
        r"petto"
        r"|sto andando|vado|andro|sto arrivando|arrivo|sto tornando|torno|me ne vado|sto guidando verso"
        r"|la aspetto|laspetto|lo sto aspettando"
        r"|la sto aspettando|mi apposto|mi sono appostat[oa]|appostat[oa]|lo attendo|la attendo) (?:qui |gia"
        r" |ora "
        r"|adesso )?" + _HIS_DOOR + _NO_ERRAND,
        r"(?:sono|sto|aspetto|lo aspetto|la aspetto|laspetto|mi apposto|mi sono appostat[oa]|appostat[oa]|st"
        r"o andando"
        r"|vado|andro|sto arrivando|sto tornando) (?:qui |gia |ora |adesso )?" + _HIS_DOOR + _NO_ERRAND
        + r"(?=(?:\W+\w+){0,8}?\W+(?:con|ho|tengo|porto|nascost[oa]) (?:\w+ )?"
        r"(?:il |un |la |una |lo |l)?(?:" + _ARMS + r"))",
        # "Ending it with him" is a break-up, unless a weapon is named before it.
        _AFTER_ARMS + r"(?:\w+\W+){0,16}?(?:la|gliela) (?:faccio|faro) (?:finita|pagare) con (?:lui|lei|quello"
        r"|quella|loro)",
        r"(?:(?<=coltello )|(?<=pistola )|(?<=arma )|(?<=fucile )|(?<=coltelli ))(?:\w+ ){0,4}?(?:sto andand"
        r"o|vado"
        r"|andro) da (?:lui|lei)",
        # Dialect clitics too: Roman "je spacco la testa", "te rompo".
        r"(?:gli|le|ti|vi|je|te|ie|glie) (?:spacco|spacchero|spaccherei|rompo|rompero|romperei|sfascio|sfasc"
        r"ero|apro"
        r"|aprirei|apriro"
        r"|gonfio|gonfiero|riempio|riempiro) (?:la faccia|il muso|la testa|il culo|le gambe|le ossa|il naso|"
        r"i denti"
        r"|la bocca|il cranio|di botte|la faccia di botte|er muso|er grugno|il grugno|la capoccia|la capa|a "
        r"capa"
        r"|er cranio|la faccia a schiaffi)(?!(?: \w+){0,4} (?:a|al|alla|in) (?:calcetto|calcio"
        r"|carte|briscola|scopa|scacchi|padel|tennis|fifa|play|playstation|partita|torneo|gara|ping pong|vid"
        r"eogiochi"
        r"|fantacalcio))",
        r"(?:lo|la|li|le) (?:gonfio|gonfiero|riempio|riempiro|massacro|massacrero|pesto|pestero|meno|menero)"
        r" di "
        r"(?:botte|pugni|calci|legnate|mazzate)", r"(?:lo|la|li|le) (?:sgozzo|sgozzero|accoltello|accoltellero)",
        r"(?:stasera|stanotte|domani|oggi|adesso|mo|ora|giuro che|stavolta|prima o poi) (?:me |ce )?la (?:pa"
        r"ga"
        r"|paghera|pagano|pagheranno)(?= *(?:$|[.!,;]|cara|caro|per (?:quello|quel|cio|tutto)|davvero|giuro)"
        r")",
        r"(?:me|ce) la (?:paga|paghera|pagano|pagheranno|pagherai|pagherete)(?= *(?:$|[.!,;]|cara|caro|per "
        r"(?:quello|quel|cio|tutto)|davvero|giuro))",
    ],
    weapon=[r"coltell[oi]", r"coltellino", r"pistol[ae]", r"fucil[ei]", r"rivoltella", r"revolver", r"arm[ai]",
            r"machete", r"accetta", r"ascia", r"martello", r"mazza(?: da baseball)?", r"spranga", r"tirapugni",
            r"benzina", r"acido", r"carica", r"carico", r"lama", r"cacciavite", r"forbici"],
    violence_me=[
        r"mi (?:picchia|picchiava|ha picchiat[oa]|mena|menava|ha menat[oa]|prende a (?:schiaffi|pugni|calci|"
        r"botte)"
        r"|prendeva a (?:schiaffi|pugni|calci)|ha pres[oa] a (?:schiaffi|pugni|calci|botte)|ha dato (?:uno s"
        r"chiaffo"
        r"|un pugno|un calcio|una spinta|uno spintone|una testata|un ceffone|una sberla)|da (?:schiaffi|pugn"
        r"i|calci"
        r"|botte|sberle)|dava (?:schiaffi|pugni|calci|botte)|strangola|ha strangolat[oa]|soffoca|ha soffocat"
        r"[oa]"
        r"|strozza|ha strozzat[oa]|tira i capelli|ha tirato i capelli|trascina|ha trascinat[oa]|ha mors[oa]"
        r"|violenta|ha violentat[oa]|stupra|ha stuprat[oa]|chiude in (?:casa|camera|bagno)|ha chius[oa] in "
        r"(?:casa"
        r"|camera|bagno)|rinchiude|ha rinchius[oa]|sbatte contro|ha sbattut[oa] contro|ha sbattut[oa] (?:a|p"
        r"er) terra"
        r"|(?:minaccia|minacciava|ha minacciat[oa])(?! di (?:licenziar|denunciar|querelar|bocciar|sospender|"
        r"lasciar"
        r"|sfrattar|multar|bloccar|mandarmi via))|ha messo le mani addosso|mette le mani addosso|ha spint[oa"
        r"] (?:giu"
        r"|contro|a terra|per terra|dalle scale)|ha buttat[oa] (?:a|per) terra|ha lanciato (?:contro|addosso)"
        r"|ha bruciat[oa] con|ha pres[oa] per (?:il collo|la gola|i capelli)"
        r"|(?:stringe|stringeva|ha stretto|aveva stretto|strizza|ha strizzato|schiaccia|ha schiacciato|preme"
        r"|ha premuto) (?:forte |fortissimo )?(?:il collo|la gola|le mani (?:al|intorno al|attorno al|sul) c"
        r"ollo"
        r"|le mani (?:alla|intorno alla|attorno alla|sulla) gola)(?! (?:del|della|dello|dei|delle)\b))",
        r"(?:lui|lei|mio marito|mia moglie|il mio ragazzo|la mia ragazza|il mio compagno|la mia compagna|il "
        r"mio ex"
        r"|mio padre|mia madre|mio figlio|mia figlia)(?: \w+){0,3} (?:ha alzato|alza) le mani(?: su di me)?",
        r"(?:mani|mano|braccio|dita) (?:intorno al|attorno al|sul|al|alla|intorno alla|sulla) (?:mio |mia )?"
        r"(?:collo"
        r"|gola)",
        r"mi (?:tira|lancia|tirava|lanciava|ha tirato|ha lanciato) (?:addosso |contro )?(?:i |le |un |una |d"
        r"ei "
        r"|delle )?"
        r"(?:piatti|piatto|oggetti|sedi[ae]|bicchier[ei]|cose|roba|bottigli[ae]|telefono|coltell[oi]|posate|"
        r"sassi)"
        r"(?: addosso| contro)?",
        r"mi (?:graffia|ha graffiat[oa]|aggredisce|ha aggredit[oa]|malmena|ha malmenat[oa]|ha pestat[oa]|pes"
        r"ta)",
        r"sono stat[oa] (?:violentat|stuprat|picchiat|aggredit|abusat|strangolat|menat|malmenat|pestat)[oa]",
        r"(?:presa|preso) per (?:il collo|la "
        r"gola)", r"(?:non riuscivo|non riesco) a respirare(?: \w+){0,4} (?:sue|le sue|la sua) (?:mani|braccio"
        r"|stretta)",
        r"(?:minacciat[oa]|minaccia|minacciava) di (?:uccidermi|ammazzarmi|farmi del male|sfregiarmi|bruciar"
        r"mi"
        r"|portarmi via i figli|morte)", r"minacce di morte",
        r"mi ha puntato (?:un|il|una|la) (?:coltello|pistola|fucile|lama)", r"(?:coltello|lama) (?:alla"
        r"|sulla) (?:mia )?"
        r"gola", r"(?:lividi|occhio nero|labbro spaccato|segni sul collo)(?: \w+){0,6} (?:lui|lei|me li ha fatti|di "
        r"nuovo|mio marito|il mio ragazzo|mio padre|mia madre|il mio compagno)",
        r"mi (?:prende|ha preso|tiene|ha tolto|toglie|controlla) (?:tutti )?(?:i (?:miei )?soldi|la (?:mia "
        r")?pensione"
        r"|il"
        r" (?:mio )?bancomat|il (?:mio )?telefono|i (?:miei )?documenti|le (?:mie )?chiavi|il (?:mio )?passa"
        r"porto)",
        r"non mi (?:lascia|fa|permette di) (?:piu )?(?:uscire di casa|vedere (?:nessuno|i miei|la mia famigl"
        r"ia|le mie "
        r"amiche|i miei amici)|lavorare|avere (?:soldi|un telefono)|telefonare a nessuno|parlare con nessuno"
        r")",
        r"mi (?:ha )?(?:costrett[oa]|obbligat[oa]|costringe|obbliga) (?:a fare sesso|ad avere rapporti|a far"
        r"e cose)",
        r"(?:abusa|ha abusato|abusava) di me", r"violenza domestica",
        r"mi (?:ha|aveva|hanno) (?:\w+ )?(?:tirat|pres|afferrat|trascinat|strattonat|sollevat)[oa] per (?:i "
        r"capelli"
        r"|il collo|la gola|i polsi|la coda)",
        r"mi (?:tira|tirava|prende|prendeva|afferra|afferrava|trascina|trascinava|strattona|strattonava) per"
        r" (?:i "
        r"capelli|il collo|la gola)",
        r"mi (?:ha|aveva|hanno) (?:\w+ ){0,8}(?:sbattut|spint|scaraventat|buttat|schiacciat|inchiodat)[oa] "
        r"(?:contro"
        r" (?:il |la |lo |l|un |una |le |i )?(?:muro|parete|frigo|frigorifero|porta|armadio|tavolo|mobile"
        r"|termosifone|lavandino|macchina|finestra|specchio|pavimento|letto|divano|scrivania)|(?:a|per) terr"
        r"a|giu "
        r"(?:dalle|per le) scale|al muro|sul pavimento)",
        r"mi (?:controlla|controllava|legge|leggeva|ha controllato|spia|spiava) (?:sempre |di nascosto |ogni"
        r" giorno )?"
        r"(?:il (?:mio )?(?:cellulare|telefonino)|i (?:miei )?messaggi|le (?:mie )?chat|whatsapp|la (?:mia "
        r")?posta"
        r"|la (?:mia )?posizione)",
    ],
    danger_me=[
        # A minor with nowhere to go, put out or running away: "ho 14 anni e mia madre mi ha cacciato di casa, non so
        # dove andare", "sono minorenne e sono scappata di casa".
        r"(?:ho (?:(?:1[0-7]|[89])|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette) anni"
        r"|sono"
        r" minorenne)(?:\W+\w+){0,16}?\W+(?:non (?:so|sappiamo) (?:dove|dove posso) (?:andare|dormire|stare)"
        r"|dove"
        r" (?:posso|vado a|dormo|vado) (?:andare|dormire)?|(?:mi|ci) (?:ha|hanno) (?:cacciat[oa]|buttat[oa] "
        r"fuori"
        r"|mess[oa] alla porta)|sono scappat[oa]|scappo di casa|dormo (?:fuori|per strada|in strada|alla sta"
        r"zione)"
        r"|non posso (?:tornare|rientrare) a casa)",
        r"(?:sono scappat[oa]|scappo|scapperò|scappero|me ne sono andat[oa]) di casa(?=[^.!?\n]{0,80}\b(?:an"
        r"ni"
        r"|minorenne|non so dove|dormo|la scuola|i miei|mia madre|mio padre|il mio patrigno)\b)",
        r"(?:ha detto|dice|ha giurato|giura|ha minacciato|minaccia|ha urlato|urla|mi ha scritto|scrive|ripet"
        r"e)"
               r"(?: \w+){0,2} che (?:mi )?(?:ammazza|uccide|ammazzera|uccidera|fa fuori|fara fuori|la fa fi"
               r"nita con me"
               r"|mi ammazza|mi uccide)(?! (?:quando|se) (?:vede|scopre|lo scopre|sa))",
               r"(?:ho )?paura (?:che|di) (?:\w+ ){0,3}(?:mi )?(?:uccida|ammazzi|faccia del male|trovi|picchi"
               r"|ammazzera|uccidera|fara del male|faccia qualcosa)", r"ho paura di (?:lui|lei|mio marito|mia moglie|"
               r"mio padre|mia madre|il mio ragazzo|il mio compagno|il mio ex)", r"(?:detto|giurato|promesso|urlato"
               r"|scritto"
               r"|dice|ripete|urla)(?: \w+){0,2} che (?:\w+ ){0,5}mi (?:ammazza|uccide|ammazzera|uccidera"
               r"|fara del male"
               r"|trova|trovera|ammazzava|sfregia|brucia)", r"dice che mi (?:ammazza|uccide|ammazzera|uccidera)",
               r"mi nascondo (?:da lui|da lei|in bagno|nellarmadio|in camera|in macchina)",
               r"(?:sono|mi sono) nascost[oa]", r"non (?:sono|mi sento) al sicuro(?: a casa| qui| con lui| con lei)?",
               r"(?:ho )?paura (?:a|di) tornare a casa", r"mi (?:perseguita|perseguitava|pedina|pedinava)",
               r"mi (?:segue|seguiva|aspetta|aspettava) (?:ancora |sempre |di nuovo |di nascosto )?(?:ovunque"
               r"|dappertutto|fino a casa|per strada|(?:ogni sera |tutte le sere |ogni giorno |tutti i giorn"
               r"i )?sotto "
               r"casa (?:ogni|tutte|tutti|di nascosto|da giorni|da settimane|ancora))",
               r"stalker",
               r"(?:ex|ex marito|ex moglie|ex compagn[oa]|ex fidanzat[oa]|ex ragazz[oa]|sconosciut[oa]|tizi["
               r"oa]"
               r"|stalker|quel(?:lo)? (?:tizio|uomo|ragazzo|tipo))(?: \w+){0,3} mi (?:aspetta|aspettava"
               r"|ha aspettat[oa]|aspettano|apposta|fa trovare|si fa trovare|si presenta|segue|seguiva"
               r"|ha seguit[oa]|pedina|pedinava|sorveglia|sta addosso|gira intorno)(?: \w+){0,6}? (?:ogni (?"
               r":sera"
               r"|giorno|mattina|notte)|tutte le "
               r"(?:sere|mattine|notti)|tutti i giorni|ovunque|dappertutto|di nascosto|da (?:giorni|settiman"
               r"e|mesi)"
               r"|sempre|ancora|di continuo|continuamente|di nuovo)",
               r"(?:ex|ex marito|ex moglie|ex compagn[oa]|ex fidanzat[oa]|ex ragazz[oa]|stalker)(?: \w+){0,3"
               r"} (?:si"
               r" (?:presenta|presentava|e presentat[oa]|fa vedere|apposta|piazza)|(?:passa|gira|staziona|as"
               r"petta)"
               r") (?:\w+ ){0,2}(?:sotto|davanti|fuori)(?: \w+){0,3} (?:ogni (?:sera|giorno|mattina|notte)|t"
               r"utte le "
               r"(?:sere|mattine|notti)|tutti i giorni|di continuo|continuamente|da (?:giorni|settimane|mesi"
               r"))"
               r"(?![^.!?\n]{0,40}\b(?:prendere|portare|riportare|accompagnare|i (?:bambini|figli|ragazzi)"
               r"|come (?:da|d)accordi?|per (?:lavoro|il cane)))",
               r"(?:ex|ex marito|ex moglie|ex compagn[oa]|ex fidanzat[oa]|ex ragazz[oa]|stalker)(?:\W+\w+){0"
               r",12}?\W+mi"
               r" (?:scrive|scriveva|contatta|contattava|chiama|chiamava|cerca|segue|seguiva) (?:\w+ ){0,2}"
               r"(?:da|con"
               r"|tramite) (?:\w+ )?(?:profili|account|numeri|contatti) (?:falsi|fake|anonimi|nascosti|scono"
               r"sciuti"
               r"|privati)",
               r"mi (?:segue|seguiva|pedina|pedinava|perseguita|perseguitava) (?:\w+ ){0,4}(?:sotto casa"
               r"|fuori (?:da )?casa|fuori dal lavoro|sotto (?:al|il) lavoro|davanti a casa|fino a casa)"],
    under_threat_now=[r"(?:sta|stanno) (?:bussando|battendo|picchiando|prendendo a (?:pugni|calci)|tirando calci) "
                      r"(?:alla|la|contro la) porta", r"(?:sfonda|sfondando|sta sfondando|vuole sfondare) la porta",
                      r"prendendo a pugni la porta", r"e (?:qui )?(?:fuori|sotto casa|davanti a casa|alla porta"
                      r"|qua fuori)"
                      r"(?: (?:adesso|ora|in questo momento))?", r"e fuori dalla porta",
                      r"(?:sta|stanno) (?:arrivando|tornando|venendo qui|salendo)", r"sta per (?:arrivare|tornare)",
                      r"(?:mi sono|sono) chius[oa] (?:a chiave )?in (?:bagno|camera|macchina|cantina)",
                      r"mi sono chius[oa] a chiave",
                      # Hiding together from someone; not shut in to watch a film or because of the rain.
                      r"(?:siamo|ci siamo|stiamo) (?:chius[ie]|barricat[ie]|nascost[ie]) (?:a chiave )?(?:in"
                      r"|nel|nella"
                      r"|dentro(?: al| alla| il| la)?) (?:bagno|camera|cameretta|stanza|cantina|armadio)"
                      r"(?!\W* (?:a|per|da) (?:\w+(?:are|ere|ire)|ore|giorni|settimane|(?:la |il )?(?:pioggi"
                      r"a|freddo"
                      r"|caldo|temporale|neve|quarantena|lockdown|covid|influenza|febbre|compiti|esame|esami"
                      r"))\b)",
                      r"(?:ha|con) (?:un|il|la|una)(?= (?:coltello|pistola|fucile)"
                      r"(?: \w+){0,3} (?:adesso|ora|in casa|in cucina|di sotto|in mano))",
                      r"sta cercando di (?:entrare|sfondare|buttare giu la porta)", r"urla che mi ammazza"],
    child_harm=[
        r"(?:segni|lividi|ematomi|cicatrici|striature|bruciature|righe|strisce) (?:\w+ ){0,3}(?:di una|di un"
        r"|della|del|di) (?:cinghia|cintura(?! di sicurezza)|frusta|mestolo|bastone|sigaretta|ciabatta|cavo|"
        r"fibbia|ferro da stiro|accendino)",
        r"(?:la|lo|li|le) (?:lega|legano|legava|legavano|chiude a chiave|rinchiude|lascia legat[oa]) (?:\w+ "
        r"){0,2}(?:alla sedia|al letto|alla carrozzina|al termosifone|in camera|in bagno|in cantina)",
        # A parent who threatens to die with the child: "ha detto che si ammazza insieme al bambino se lo lascio".
        r"(?:si|mi|ci) (?:ammazza|uccide|ammazzo|uccido|ammazzera|uccidera|ammazzero|uccidero|butta|buttera|"
        r"buttero"
        r"|toglie la vita|vuole ammazzare|vuole uccidere) (?:\w+ )?(?:insieme a|insieme al|insieme alla|insi"
        r"eme ai"
        r"|con) (?:i |il |la |le |lo )?(?:mio |mia |miei |mie |nostro |nostra |nostri |suo |sua |suoi )?(?:"
        r"\w+ )?(?:bambin\w"
        r"|figli\w*|bimb\w|piccol\w|neonat\w)",
        # An adult grooming a child: "un uomo di 30 anni scrive a mia figlia di 12 anni e vuole vederla da sola".
        r"(?:un|uno|una|questo|quel|il) (?:\w+ )?(?:uomo|adulto|tipo|signore|ragazzo|sconosciut[oa]|maggiore"
        r"nne"
        r"|vecchio)(?: di (?:\d{2}|venti|trenta|quaranta|cinquanta) anni)?(?:\W+\w+){0,10}?\W+(?:scrive|parl"
        r"a|manda"
        r"|messaggia|chatta|contatta|scriveva|parlava|mandava) (?:\w+ )?(?:a|con) (?:mia|mio|sua|suo|nostra|"
        r"nostro"
        r"|una|un) (?:\w+ )?(?:" + _CHILD[3:-1] + r"|nipote)(?: di (?:[1-9]|1[0-5]|\w+) anni)?(?:\W+\w+){0,14}?\W+"
        r"(?:vuole|voleva|chiede|chiedeva|propone|proponeva|insiste per) (?:\w+ ){0,3}(?:foto|video|vederla|"
        r"vederlo"
        r"|incontrarla|incontrarlo|da sola|da solo|appuntamento|segreto|non dirlo)",
        r"(?:" + _CHILD + r"|nipote|(?:[1-9]|1[0-5]) anni)(?:\W+\w+){0,24}?\W+(?:un|uno|una|dun|di un|da un) (?:\w+ )?"
        r"(?:uomo|adulto|tipo|signore|sconosciut[oa]|maggiorenne|vecchio)(?:\W+\w+){0,14}?\W+(?:le|gli|la|lo"
        r") "
        r"?(?:\w+ ){0,2}(?:chiede|chiedeva|vuole|voleva|propone|manda|mandava|offre) (?:\w+ ){0,3}(?:foto|vi"
        r"deo|vederla"
        r"|vederlo|incontrarla|incontrarlo|da sola|da solo|appuntamento|il segreto|di non dirlo)",
        # An adult who comes into the child's room or bed at night.
        _YOUNG + r"(?:\W+\w+){0,20}?\W+l?(?:zi[oa]|nonno|patrigno|compagno (?:della|di) (?:mamma|madre)|fidanzato "
        r"(?:della|di) (?:mamma|madre)|cugino|vicino|allenatore|babysitter|lui)(?:\W+\w+){0,4}?\W+(?:entra|e"
        r"ntrava|viene"
        r"|veniva|si infila|si infilava|sale|saliva|va|andava) (?:\w+ )?(?:in camera (?:sua|di lei|di lui)|n"
        r"ella sua "
        r"(?:camera|stanza|cameretta)|nel suo letto|nel letto con (?:lei|lui)|in bagno con (?:lei|lui)|sotto"
        r" le coperte)"
        r"(?: \w+){0,3}? (?:di notte|la notte|quando (?:dorme|la mamma|e sola|e solo|sono soli|non ce nessun"
        r"o))",
        # Grooming told by the child: secret games, strange videos, "non deve dirlo a nessuno".
        _YOUNG + r"(?:\W+\w+){0,25}?\W+l?(?:zi[oa]|nonno|patrigno|compagno (?:della|di) (?:mamma|madre)|allenatore"
        r"|istruttore|maestro|vicino|cugino|babysitter|prete|catechista|insegnante|amico di famiglia|signore"
        r"|uomo"
        r"|ragazzo piu grande|lui|fidanzato della mamma)(?:\W+\w+){0,10}?\W+(?:(?:gli|le|li|lo|la|ci) )?(?:f"
        r"a|faceva"
        r"|ha fatto|fanno|chiede di|chiedeva di|ha chiesto di|costringe a|obbliga a) (?:fare |vedere |toccar"
        r"e )?(?:\w+ )?"
        r"(?:giochi|gioco|giochini) (?:segret[oi]|strani|speciali|da grandi)",
        _YOUNG + r"(?:\W+\w+){0,25}?\W+l?(?:zi[oa]|nonno|patrigno|compagno (?:della|di) (?:mamma|madre)|allenatore"
        r"|istruttore|maestro|vicino|cugino|babysitter|prete|catechista|insegnante|amico di famiglia|signore"
        r"|uomo"
        r"|ragazzo piu grande|lui|fidanzato della mamma)(?:\W+\w+){0,10}?\W+(?:gli|le|li) (?:fa|faceva|ha fa"
        r"tto)"
        r" vedere (?:\w+ ){0,2}(?:video|foto|filmati|immagini) (?:strani|brutt[ei]|porno\w*|da grandi|di (?:"
        r"donne|uomini"
        r"|gente) nud\w)",
        _YOUNG + r"(?:\W+\w+){0,30}?\W+l?(?:zi[oa]|nonno|patrigno|allenatore|istruttore|maestro|vicino|cugino|babysitter"
        r"|prete|catechista|insegnante)(?:\W+\w+){0,20}?\W+(?:non (?:deve|devo|devi|puo|posso"
        r"|dovrebbe|deve mai|doveva) (?:dirlo|raccontarlo|dire niente|dire nulla|parlarne|dirlo mai) (?:a ne"
        r"ssuno|alla"
        r" mamma|al papa|ai genitori)|e il (?:nostro|loro) (?:piccolo )?segreto|(?:un|il) (?:nostro )?segret"
        r"o tra "
        r"(?:loro|noi))",
        r"(?:picchia|picchiava|ha picchiato|mena|menava|ha menato|prende a (?:schiaffi|calci|pugni|cinghiate)"
        r"|ha preso a (?:schiaffi|calci|pugni|cinghiate)|da (?:schiaffi|sberle|botte|cinghiate) a|scuote|ha "
        r"scosso"
        r"|scuoteva|brucia|ha bruciato|frusta|ha frustato|rinchiude|ha rinchiuso|chiude fuori|affama|tocca|h"
        r"a toccato"
        r"|toccava|molesta|ha molestato|abusa di|ha abusato di|abusava di|strattona|ha strattonato|strangola"
        r"|ha strangolato|maltratta|maltrattava|ha maltrattato|lascia (?:sol[oaie]|senza mangiare)) " + _OBJ + r" "
        r"(?:\w+ )?" + _CHILD,
        _CHILD + r"(?: \w+){0,3} (?:ha|aveva|e pien[oa] di|pien[oa] di|con|coperto di|coperta di) (?:dei |degli )?"
        r"(?:lividi|bruciature|segni|ematomi|un occhio nero|bruciature di sigaretta)",
        _CHILD + r"(?: \w+){0,2} (?:viene|vengono|e stat[oa]|sono stati|veniva|venivano) (?:\w+ )?(?:picchiat\w|"
        r"maltrattat\w|toccat\w|abusat\w|molestat\w|rinchius\w|lasciat\w da sol\w|presi a botte|pres[oa] a b"
        r"otte)",
        r"ho paura di (?:fare del male|fare male|scuotere|picchiare|soffocare) (?:al|alla|a mio|a mia|ai mie"
        r"i|al mio"
        r"|alla mia) (?:\w+ )?(?:bambin[oaie]|figli[oaie]?|neonat[oa]|bimb[oaie]|piccol[oa])",
        r"(?:picchia|mena|maltratta) i (?:bambini|figli|ragazzi)",
        r"(?:" + _CHILD + r"|nipote|nipoti)(?: \w+){0,12} (?:lo|la|li|le) (?:picchia|picchiava|ha picchiat[oaie]|mena"
        r"|menava|prende a (?:schiaffi|calci|pugni|cinghiate)|maltratta|frusta|chiude fuori|tocca|toccava|mo"
        r"lesta"
        r"|scuote|brucia|affama)",
        r"(?:mio|mia|la mia|il mio) nipot[ei](?: \w+){0,3} (?:ha|aveva|e pien[oa] di|con) (?:dei )?(?:lividi"
        r"|bruciature|ematomi|un occhio nero)",
        r"(?:" + _CHILD + r"|nipote|nipoti)(?:\W+\w+){0,25}?\W+(?:ha|aveva|avevano|hanno|con|e pien[oa] di|era "
        r"pien[oa] di) (?:ancora |di nuovo |anche )?(?:un |una |dei |degli |delle |altri |nuovi |il |i )?"
        r"(?:livid[oi]|ematom[ai]|segni|graffi"
        r"|bruciatur[ae]|tagli|taglio) (?:\w+ )?(?:in faccia|sul viso|sulla faccia|sul collo|sulla schiena|s"
        r"ulle "
        r"orecchie|sullorecchio|sulle natiche|sul sedere|sulla pancia|intorno al collo|sulle braccia|di cing"
        r"hia|di "
        r"dita|di mani|di morsi|a forma di)" + _FALL,
        r"(?:" + _CHILD + r"|nipote|nipoti)(?:\W+\w+){0,25}?\W+(?:ha|aveva|con) (?:ancora |di nuovo |anche )?"
        r"(?:un )?occhio nero" + _FALL,
        _CHILD + r"(?:\W+\w+){0,15}?\W+(?:piange|piangere|piangeva|piangendo|supplica|supplicare|implora|implorare)"
        r"(?: e \w+)?(?: \w+){0,2} (?:basta papa|basta mamma|no papa|no mamma|non picchiarmi|non mi picchiare"
        r"|smettila papa|smettila mamma|mi fai male|lasciami papa|lasciami mamma|aiuto)" + _PLAY,
        _CHILD + r"(?:\W+\w+){0,15}?\W+(?:urla|urlare|urlava|urlando|grida|gridare|gridava|gridando)(?: e \w+)?"
        r"(?: \w+){0,2} (?:non picchiarmi|non mi picchiare|mi fai male|lasciami stare papa|lasciami stare ma"
        r"mma"
        r"|aiuto mamma)" + _PLAY,
    ],
    hypothetical=[
        r"se (?:\w+ ){0,3}(?:svegliassi|risvegliassi|fossi|ci fossi|esistessi|morissi|sparissi|me ne andassi"
        r")",
        r"(?:sarebbe|sarebbero|sarebbe tutto) (?:\w+ ){0,8}?se\b",r"se (?:mai )?(?:mi sentissi|mi venisse|fossi|avessi|volessi|dovessi|un giorno)", r"e se",
                  r"cosa succederebbe se", r"cosa succede se", r"ipoteticamente", r"in teoria", r"per ipotesi",
                  r"mettiamo (?:il caso )?che", r"facciamo finta che", r"immaginiamo che"],
    denial=[
        # Planning ahead while well (any wording): a conditional about the future ("se un giorno", "nel caso", "casomai") and a question about a number, a line, a service or whom to call, in either order.,
        r"(?:se (?:un giorno|mai|per caso|in futuro|piu avanti|dovesse|dovessi|capitasse|succedesse|mi capita|mi capitasse|mi succede|mi succedesse|tornassero|tornano|ritornassero|(?:\w+ ){1,6}un giorno)|nel caso (?:in cui|che)|in caso|casomai|il giorno in cui|per quando)" r"\b[^.!\n]{0,160}?\b" r"(?:numer[oi]|(?:chi|a chi) (?:chiamo|chiamerei|scrivo|contatto|telefono|mi rivolgo|devo chiamare|posso chiamare)|chi (?:chiamare|contattare|avvisare)|a chi (?:rivolgermi|scrivere|telefonare)|cosa (?:faccio|devo fare|dovrei fare|posso fare)|che (?:faccio|devo fare)|dove (?:vado|chiamo|andare)|telefono amico|samaritans|112|118|02 2327 2327|06 77208977|800 274 274|pronto soccorso|guardia medica|linea|servizio|reperibil\w*|di turno|il numero giusto|quale (?:linea|servizio|numero))" r"(?=[^.!\n]{0,80}\?)",
        r"(?:numer[oi]|(?:chi|a chi) (?:chiamo|chiamerei|scrivo|contatto|telefono|mi rivolgo|devo chiamare|posso chiamare)|chi (?:chiamare|contattare|avvisare)|a chi (?:rivolgermi|scrivere|telefonare)|cosa (?:faccio|devo fare|dovrei fare|posso fare)|che (?:faccio|devo fare)|dove (?:vado|chiamo|andare)|telefono amico|samaritans|112|118|02 2327 2327|06 77208977|800 274 274|pronto soccorso|guardia medica|linea|servizio|reperibil\w*|di turno|il numero giusto|quale (?:linea|servizio|numero))" r"\b[^.!?\n]{0,100}?\b" r"(?:se (?:un giorno|mai|per caso|in futuro|piu avanti|dovesse|dovessi|capitasse|succedesse|mi capita|mi capitasse|mi succede|mi succedesse|tornassero|tornano|ritornassero|(?:\w+ ){1,6}un giorno)|nel caso (?:in cui|che)|in caso|casomai|il giorno in cui|per quando)" r"\b[^.!?\n]{0,120}?\w(?= *\?)",
        # Someone training or working to help asks what to do or which number to give: "se un giorno un paziente mi
        # dice che vuole farla finita, qual è il numero giusto da dargli? Sono tirocinante".
        r"se (?:un giorno |mai |per caso |domani )?(?:un|una|qualche|uno dei miei|una delle mie|il mio|la mi"
        r"a|i miei"
        r"|le mie) (?:\w+ )?(?:pazient[ei]|client[ei]|utent[ei]|student\w*|alunn[oaie]|ragazz[oaie]|person[a"
        r"e]|assistit[oaie]"
        r"|ospit[ei]|allievo|allieva|chiamante|giovane) (?:\w+ ){0,3}(?:dice|dicesse|parla|parlasse|scrive|s"
        r"crivesse"
        r"|confida|confidasse|racconta|raccontasse|chiede|chiedesse|minaccia|minacciasse|esprime|esprimesse)"
        r"(?: che| di)?"
        r"[^,?.;\n]{0,80}(?=[^?\n]{0,120}\b(?:numer[oi]|chi (?:chiamare|contattare|avvisare)|cosa (?:devo|do"
        r"vrei|posso"
        r"|bisogna) (?:fare|dire|rispondere)|come (?:devo|dovrei|posso|bisogna) (?:rispondere|comportarmi|re"
        r"agire"
        r"|intervenire)|a chi (?:mi )?rivolg\w+|linea|servizio|protocollo|procedura)\b)",
        r"(?:chiesto|chiede|chiedeva|chiesta|domandato|domanda|domandava|voleva sapere|vuole sapere|informat"
        r"[oa])"
        r"(?:,? \w+){0,12} (?:se|riguardo|circa|sui|sul|sulla|di)(?:,? \w+){0,14} (?:\w+ )?(?:detto|risposto"
        r"|rispondo"
        r"|dico|dicevo) (?:di no|no|che non|assolutamente no|nessun\w*)(?:,? \w+){0,6}",
        r"(?:domande|domanda|chiesto|chiede|chiedono|chiesta) (?:\w+ ){0,3}(?:sui|sul|sulla|sulle|su|riguard"
        r"o|circa"
        r"|se ho|se avevo|se avessi)(?:,? \w+){1,6},? (?:e )?(?:no|niente|nulla|nessun\w*)(?:,? (?:no|niente"
        r"|nulla"
        r"|proprio|per niente|davvero|assolutamente))*",
        r"(?:ho )?(?:detto|risposto) (?:di )?no(?:,? \w+){0,3} (?:quando|dopo che|perche) (?:\w+ ){0,3}(?:mi"
        r" )?(?:ha"
        r"|hanno"
        r"|aveva) (?:chiesto|domandato)(?:,? \w+){0,16}", r"(?:ho )?risposto (?:di )?no alla domanda(?:,? \w+){0,14}",
        r"(?:alla domanda|quando mi (?:ha|hanno) chiesto)(?:,? \w+){0,14} (?:ho )?risposto (?:di no|no|che n"
        r"on)"
        r"(?:,? \w+){0,6}", r"ho negato (?:\w+ ){0,3}(?:pensieri|idee|intenzioni|di averne)(?:,? \w+){0,4}",
        r"non (?:sono|ero|mi sento) (?:mai )?(?:suicida|a rischio)(?:,? \w+){0,2}",
        r"non (?:ho|avevo|ho mai avuto|ho avuto) (?:\w+ ){0,2}(?:pensieri|idee|intenzion\w+|piani|progetti|p"
        r"ropositi) "
        r"(?:suicid\w+|di (?:suicidio|morte|farla finita|uccidermi|togliermi la vita|farmi del male|morire"
        r"|ammazzarmi))",
        r"non ho (?:nessuna|alcuna) intenzione di (?:uccidermi|ammazzarmi|farla finita|morire|farmi del male"
        r"|togliermi"
        r" la vita|suicidarmi)", r"non (?:mi )?(?:ucciderei|ammazzerei|farei del male"
        r"|toglierei la vita)(?:,? \w+){0,2}",
        r"(?:non|mai) mi (?:ucciderei|ammazzerei|toglierei la vita|farei del male)(?:,? \w+){0,2}",
        r"non farei mai (?:una cosa del genere|niente del genere|del male a me)", r"non penso (?:al suicidio|di "
        r"uccidermi|di farla finita|di ammazzarmi)", r"non ho mai pensato (?:al suicidio|di uccidermi|di farla finita"
        r"|di togliermi la vita|di ammazzarmi|di morire)", r"nessun (?:pensiero|rischio|pericolo|intento) (?:suicid\w+"
        r"|di (?:suicidio|farmi del male))?", r"non sono in pericolo", r"niente del genere",
        r"non voglio morire(?:,? \w+){0,2} (?:voglio|vorrei) solo(?:,? \w+){0,4}",
    ],
    fiction=[r"romeo", r"giulietta", r"amleto", r"ofelia", r"shakespeare", r"werther", r"jacopo ortis", r"ortis",
             r"bovary", r"karenina", r"didone", r"pavese", r"(?:il|un|nel|del|questo|quel|quello|dal|sul) (?:film"
             r"|libro"
             r"|romanzo|racconto|fumetto|manga|anime|poema|telefilm|episodio|personaggio|protagonista|capito"
             r"lo"
             r"|documentario|articolo|saggio|videogioco|podcast|spettacolo|testo)", r"(?:la|una|questa|quella|nella"
             r"|della) (?:poesia|tragedia|serie|puntata|canzone|protagonista|trama|novella|opera)",
             r"compit\w+ (?:di|per|su)", r"tesina", r"interrogazione", r"verifica (?:di|su)", r"analisi del testo",
             r"tema su", r"ricerca su", r"lezione di (?:letteratura|italiano|storia|filosofia|latino|inglese)",
             r"letteratura", r"(?:prof|professoressa|professore) di", r"(?:al|nel|dal) (?:telegiornale|tg)",
             r"telegiornale", r"sui giornali", r"cronaca nera", r"true crime", r"videogioco",
             r"(?:a|al) lavoro (?:vediamo|abbiamo|gestiamo|trattiamo)", r"corso (?:di formazione )?(?:sul|sulla|su) "
             r"(?:suicidio|prevenzione|overdose)", r"in (?:pronto soccorso|reparto) (?:vediamo|arrivano)",
             r"(?:una|la) notizia",
             # Health and rescue workers telling of patients at work ("sono infermiera, un paziente in overdose").
             # Only with a first-person cue of the role, or patients named: "lavoro al ps, ho preso 40 pastiglie"
             # stays the speaker's own act.
             r"(?:sono|faccio l|faccio la|faccio il) (?:un |una |l )?(?:infermier[ea]|medico|dottoressa"
             r"|soccorritor[ea]|paramedico|volontari[oa] (?:del|della|in) (?:118|croce|ambulanza|pubblica)|o"
             r"ss"
             r"|specializzand[oa]"
             r"|anestesista|rianimator[ea]|farmacista|tossicolog[oa]|psichiatra)",
             r"(?:durante|nel|a fine|dopo il|in|di) (?:il |mio |questo )?turno (?:di notte |in ps |di ieri )?"
             r"(?:abbiamo|arrivat\w*|cera|ce stat[oa]|e arrivat[oa])",
             r"(?:abbiamo|ho) (?:gestito|soccorso|intubato|stabilizzato|rianimato|salvato|trattato|visitato"
             r"|ricoverato) (?:\w+ ){0,3}(?:paziente|pazienti|ragazz[oaie]|uomo|donna|signor[ae]?|anzian[oai"
             r"e]"
             r"|overdose|casi?)",
             r"(?:labbiamo|lhanno) (?:salvat[oa]|stabilizzat[oa]|intubat[oa]|rianimat[oa])",
             r"(?:un|una|il|la|i|le|tre|due|\d+) (?:paziente|pazienti) (?:in |con |per )?(?:overdose|intossicat\w*)"],
    help_seeking=[
r"(?:qual e|quale|che|quali sono) (?:\w+ ){0,2}(?:numer[oi]|linea|servizio|telefono) (?:\w+ ){0,4}(?:dargli"
                  r"|darle|dare|da dare|consigliare|da consigliare|indicare|fornire|chiamare)",
                  r"(?:sono|faccio (?:la|il)) (?:\w+ )?(?:tirocinante|specializzand[oa]|volontari[oa]|operat"
                  r"or[ei]"
                  r"|infermier[ea]|educator[ei]|educatrice|insegnante|assistente sociale)",
                  
        r"come (?:posso|faccio a|si fa a|dovrei|devo|potrei) (?:aiutar\w*|sostener\w*|stare vicino|parlar\w*"
                  r"|avvicinar\w*|convincer\w*|capire se)", r"cosa (?:posso|devo|dovrei|potrei) (?:dire|fare|dirgli"
                  r"|dirle)"
                  r" (?:a|per|se|quando)", r"preoccupat[oa] per (?:mio|mia|il mio|la mia|un|una|un mio|una mia) "
                  + _KIN, r"(?:segnali|campanelli dallarme|segni) (?:di|che|per capire se) (?:\w+ ){0,2}(?:qualcuno"
                  r"|una persona|un amico|unamica|un ragazzo|mio|mia)", r"per (?:un|una|il mio|la mia|mio|mia|un mio"
                  r"|una mia) " + _KIN + r" che"],

    purging=[
        r"(?:prendo|prendere|uso|mi prendo|ho preso|bevo|mi faccio) (?:\w+ ){0,2}(?:il |i |un |dei |le )?(?:"
        r"lassativ[oi]|purgant[ei]|diuretic[oi]|dulcolax|guttalax|pursennid|movicol)(?=[^\n]{0,200}(?:paura|"
        r"terrore|ansia|fobia|panico) di (?:ingrassare|prendere peso|prendere (?:\w+ )?chili))",
        # Vomiting brought on on purpose.
        _said(r"(?:mi |me )?(?:faccio|facevo|sono fatt[oa]|so fatt[oa]|ero fatt[oa]|fatto|farmi|facendomi"
        r"|costringo a|costringevo a|sforzo di|obbligo a|costringermi a|obbligarmi a) (?:\w+ )?(?:vomitare|r"
        r"imettere"
        r")"),
        _said(r"(?:mi )?(?:induco|inducevo|sono indott[oa]|indurmi|provoco|provocavo|sono provocat[oa]|provocarmi)"
        r" (?:il |lo |del )?vomito"),
        _said(r"(?:mi )?(?:infilo|infilavo|sono infilat[oa]|infilarmi|ficco|ficcavo|ficcarmi|metto|mettevo"
        r"|mettermi|sono mess[oa]) (?:le |un |il |due )?dit[ao] (?:\w+ )?(?:in gola|giu per la gola|per vomitare)"),
        # Vomiting, laxatives or "purging" after food or to lose weight.
        _said(r"(?:vomito|vomitavo|ho vomitato|vomitare|vomitando|rimetto|rimettevo|ho rimesso|rimettere|sbocco"
        r"|sboccare)(?: (?:tutto|tutto quello che (?:mangio|ho mangiato)|quello che (?:mangio|ho mangiato)|i"
        r"l cibo"
        r"|la cena|il pranzo|sempre|quasi sempre|di nuovo|ancora))?(?: \w+)? (?:" + _SLIM + "|" + _AFTER_FOOD
        + r"|apposta|di proposito|volontariamente|di nascosto)" + _NOT_ILL),
        _AFTER_FOOD + r",? (?:sempre |poi |subito |quasi sempre )?(?:vomito|mi faccio vomitare|mi induco il vomito"
        r"|rimetto|vado a vomitare|corro in bagno a vomitare|prendo (?:i )?lassativi)" + _NOT_ILL,
        r"abbuffat[ae] (?:e|per) (?:poi |dopo |subito )?(?:vomito|vomitare|vomitarla|mi faccio vomitare|rime"
        r"tto"
        r"|lassativi|compenso|compensare)", r"(?:ciclo|cicli) (?:di )?abbuffat[ae] e (?:vomito|condotte)",
        _said(r"condotte (?:di )?eliminazion\w*"), _said(r"condotte compensatorie"),
        _said(r"(?:compenso|compensare|compensavo|ho compensato)(?: \w+)? (?:con (?:il vomito|i lassativi|i"
        r" diuretici|lassativi|diuretici)|" + _AFTER_FOOD + "|vomitando)"),
        _said(r"(?:prendo|prendevo|ho preso|prendere|prendendo|uso|usavo|ho usato|usare|abuso di|abusavo di"
        r"|abusando di|mi faccio|mi facevo|bevo|compro|mi prendo)(?: \w+){0,3} " + _LAX + _NOT_MED
        + r"(?=[^.!?\n]{0,80}\b(?:" + _SLIM + "|" + _AFTER_FOOD + r"|tutti i giorni|ogni (?:giorno|sera)|tutte le sere"
        r"|(?:[2-9]|due|tre|quattro|cinque) volte al giorno|abbuffat\w*|chili|calorie|grass[oa]|la bilancia"
        r"|il peso))"),
        _said(r"(?:prendo|prendevo|ho preso|prendere|uso|usavo|ho usato|mi faccio|mi prendo) (?:fino a |anche "
        r"|tipo |circa |piu di )?(?:[3-9]|[1-9]\d|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindi"
        r"ci|venti"
        r"|trenta|parecchi|tanti|molti|troppi|una manciata di|una scatola (?:intera )?di|scatole di|il doppi"
        r"o (?:di"
        r"|dei)|il triplo (?:di|dei)|(?:\d|due|tre) o (?:[3-9]|tre|quattro|cinque|sei)) (?:pastiglie |compre"
        r"sse "
        r"|bustine |confetti |dosi )?(?:di )?" + _LAX + _NOT_MED),
        _said(_LAX + r"(?: \w+){0,3} (?:" + _SLIM + "|" + _AFTER_FOOD + ")" + _NOT_MED),
        _said(r"abuso di (?:lassativi|diuretici)"),
        # Laxatives on top of eating almost nothing ("mangio una mela al giorno e prendo i lassativi").
        r"(?:mangio|mangiavo|ho mangiato|sto mangiando) (?:solo |soltanto |appena )?(?:" + _TINY_MEAL + r"|pochissimo"
        r"|quasi niente|quasi nulla|poco o niente)(?: \w+){0,3},? (?:e|ma|poi|piu) (?:anche |pure )?(?:prend"
        r"o|prendevo"
        r"|ho preso|uso|mi faccio|bevo|mi prendo)(?: \w+){0,2} " + _LAX + _NOT_MED,
    ],
    restriction=[
        # Living on one or two small things a day, for days or weeks, or "solo" that.
        r"(?:da|per) (?:quasi |piu di |gia )?" + _DAYS + r",? (?:\w+ )?(?:mangio|mangiavo|ho mangiato|sto mangiando)"
        r" (?:(?:solo |soltanto |appena |al massimo )" + _TINY_MEAL + "|" + _TWO_THINGS + ")" + _NOT_SICK,
        r"(?:mangio|mangiavo|ho mangiato|sto mangiando|mi concedo|mi permetto) (?:solo|soltanto|appena|al ma"
        r"ssimo"
        r"|nientaltro che|niente piu di) " + _TINY_MEAL + _NOT_SICK,
        # Days without food, not from an illness.
        _DAYS + r"(?: interi| di fila)?(?: quasi| praticamente)? (?:senza (?:mangiare|toccare cibo|mangiare niente"
        r"|mangiare nulla|cibo|mandare giu niente)|a digiuno|di digiuno)" + _NOT_SICK,
        r"(?:sono|e|ormai sono|e da) (?:gia |ormai |quasi |piu di )?" + _DAYS + r" che (?:quasi |praticamente )?(?:non"
        r"|nn) " + _EAT_NOT + _NOT_SICK,
        r"(?:non|nn|quasi non|praticamente non) " + _EAT_NOT + r"(?: niente| nulla| quasi niente| quasi nulla| bene"
        r"| altro che (?:acqua|caffe|te))? (?:da|per|in|negli ultimi|nelle ultime) (?:gia |quasi |piu di )?" + _DAYS
        + _NOT_SICK,
        r"(?:digiuno|sto digiunando|sto a digiuno|faccio digiuno) (?:da|per) (?:gia |quasi |piu di )?" + _DAYS
        + _NOT_SICK,
        r"(?:solo|soltanto) (?:acqua|caffe|te|acqua e caffe|caffe e sigarette)(?: \w+){0,2} (?:da|per) " + _DAYS,
        # Very few calories.
        r"(?:mangio|ho mangiato|assumo|mi concedo|mi permetto|mi limito a|non supero|non vado oltre|sto sott"
        r"o le|sto"
        r" a|vivo con|sopravvivo con) (?:solo |soltanto |appena |al massimo |massimo |meno di |tipo |circa "
        r"|non piu di )?" + _KCAL + r" (?:calorie|kcal|cal)\b",
        r"(?:solo|soltanto|appena|meno di|non piu di|al massimo|massimo|tipo) " + _KCAL + r" (?:calorie|kcal|cal)"
        r" ?(?:al|a|per|ogni|/) ?giorno",
        # Not eating to lose weight, or as a punishment.
        _said(r"(?:ho smesso|smetto|smettero|sto smettendo|smettere) di mangiare(?: del tutto| completamente"
        r"| quasi)?(?: \w+)? (?:" + _SLIM + r"|finche non (?:\w+ )?(?:dimagrisco|peso|arrivo|calo|sono magr))"),
        _said(r"(?:non mangio|non sto mangiando|quasi non mangio|mangio pochissimo|digiuno|sto digiunando|salto"
        r" (?:tutti )?i pasti|mi affamo|mi sto affamando|mi faccio morire di fame|mi lascio a digiuno|patisc"
        r"o la"
        r" fame|soffro la fame|mi tengo a digiuno)(?: niente| nulla| apposta| di proposito)? " + _SLIM),
        _said(r"(?:mi affamo|mi sto affamando|mi punisco non mangiando|mi punisco saltando i pasti|mi obbligo a"
        r" non mangiare|mi proibisco di mangiare|non mi permetto di mangiare|mi vieto di mangiare)"),
    ],
    # Only with signs in the body (restriction_with_effects): on its own it is how many people live.
    meal_skipping=[
        r"(?:la sera|a pranzo|a cena|tutto il giorno|tutto il giorno) (?:\w+ )?solo (?:\w+ )?(?:te|tisana|ca"
        r"ffe|acqua|coca zero)",
        r"(?:salto|ho saltato|saltare|sto saltando) (?:di nuovo |ancora )?(?:il pranzo|la cena|la colazione|"
        r"i pasti|pasti)",
    ],
    ed_effect=[
        # Fainting, collapse, dizziness on standing.
        r"(?:sono|so|ero) svenut[oa]", r"svengo", r"svenivo", r"svenimenti", r"svenimento",
        r"(?:ho perso|perdo|perdevo) (?:i sensi|conoscenza)", r"(?:sono|so) (?:collassat[oa]|crollat[oa] a terra"
        r"|cascat[oa] a terra|caduta a terra|caduto a terra)", r"collasso", r"sincope", r"lipotimi[ae]",
        r"(?:ho la )?pressione (?:bassissima|sotto i piedi|a terra|troppo bassa)",
        r"mi gira la testa (?:ogni volta che|quando|appena) mi alzo", r"(?:vertigini|giramenti) quando mi alzo",
        # Vision going dark.
        r"(?:mi si|si) (?:annebbia|annebbiata|oscura|e oscurata|e annebbiata|offusca) la vista",
        r"vedo (?:tutto )?nero (?:quando|ogni volta che|appena) mi alzo", r"mi (?:diventa|si fa) tutto nero",
        # Very low weight or heart rate.
        r"(?:peso|pesavo|sono arrivat[oa] a|sono scesa a|sono sceso a|sto a) (?:solo |soltanto |appena |meno"
        r" di |tipo"
        r" |circa )?(?:[23]\d|4[0-4])(?:[.,]\d)? ?(?:kg|chili|kili|chilogrammi|k)\b",
        r"(?:bmi|imc|indice di massa corporea) (?:di |e |a |sotto |sotto il )?(?:1[0-7]|[0-9])(?:[.,]\d)?\b",
        r"(?:battito|battiti|frequenza cardiaca|polso|cuore)(?: \w+){0,2} (?:a |di )?[2-4]\d\b",
        r"[2-4]\d (?:battiti|bpm|pulsazioni)", r"(?:battito|polso|frequenza cardiaca) (?:molto |troppo )?(?:bass[oa]"
        r"|lent[oa]|lentissim[oa])", r"bradicardia", r"aritmi[ae]",
        # Hair falling out, always cold, periods stopped.
        r"(?:mi )?(?:cadono|stanno cadendo|cadevano) (?:tanti |tantissimi |a ciocche )?(?:i )?capelli",
        r"(?:perdo|sto perdendo) (?:tanti |tantissimi |ciocche di )?capelli", r"caduta dei capelli", r"lanugine",
        r"(?:ho|sento) (?:sempre|costantemente|di continuo) freddo", r"(?:ho|sento) freddo (?:sempre|tutto il"
        r" tempo|anche destate|anche col caldo|costantemente)", r"sono sempre (?:congelat[oa]|gelat[oa])",
        r"(?:mi e|mi si e|mi sono) (?:sparito|saltato|andato via|bloccato|sparite|saltate) (?:il ciclo|le"
        r" mestruazioni)", r"(?:non ho piu|ho perso) (?:il ciclo|le mestruazioni)", r"amenorrea",
    ],
    frequency=[
        r"(?:da|ormai da|gia da) (?:\w+ )?(?:mesi|settimane|anni|sei mesi|un mese|un anno)",
        r"(?:ogni volta che|appena|quando) (?:torno|rientro|stacco|finisco|esco dal lavoro|smonto)",
        r"(?:quasi )?ogni (?:santa )?(?:sera|giorno|notte|mattina|pomeriggio|weekend|fine settimana)",
        r"(?:a|per|alla|al) (?:sera|notte|giorno)\b(?! (?:di|del|della|dopo|prima|fuori|in|a|al|alla)\b)",
        r"(?:quasi )?(?:tutte le|tt le) (?:sere|notti|mattine|sante sere)", r"(?:quasi )?(?:tutti i|tt i) (?:santi )?"
        r"(?:giorni|pomeriggi|weekend|fine settimana)", r"tutto il (?:santo )?giorno", r"tutta la (?:notte|giornata"
        r"|sera)", r"quotidianamente", r"giornalmente", r"dalla mattina alla sera",
        r"(?:appena|non appena) mi sveglio", r"(?:gia|fin) (?:dalla|di|la) mattina", r"(?:gia )?a colazione",
        r"prima di (?:andare (?:a|al) )?(?:lavorare|lavoro|scuola|lezione|ufficio)",
        r"(?:[2-9]|due|tre|quattro|cinque|sei|diverse|piu) volte al giorno",
    ],
    cope=[
        r"senza (?:non|nun|nn) (?:chiudo occhio|dormo|riesco a dormire|mi addormento|ce la faccio)",
        r"(?:per|x|pur di) (?:riuscire a |poter )?(?:dimenticare|non pensare(?:ci)?(?: a niente)?|smettere d"
        r"i pensare"
        r"|dormire|addormentarmi|prendere sonno|spegnere (?:il cervello|la testa|i pensieri)|staccare la tes"
        r"ta"
        r"|calmarmi|calmare (?:lansia|i nervi)|reggere|sopportare|tirare avanti|andare avanti|affrontare la "
        r"giornata"
        r"|arrivare a sera|sentirmi normale|sentirmi meglio|non sentire (?:niente|nulla|il dolore)|anestetiz"
        r"zarmi"
        r"|stordirmi|funzionare|smettere di tremare|non tremare|togliermi (?:lansia|lagitazione|i pensieri)"
        r"|affogare (?:i|il) (?:dispiaceri|pensieri|dolore)|annegare (?:i|il) (?:dispiaceri|pensieri|dolore)"
        r"|sopravvivere|scappare|evadere|non crollare)",
        r"(?:mi aiuta|mi serve|mi fa) (?:a )?(?:dormire|dimenticare|non pensare|calmarmi|reggere|andare avan"
        r"ti"
        r"|staccare la testa|spegnere la testa)",
        r"(?:e )?(?:lunica|la sola) cosa che (?:mi )?(?:aiuta|calma|funziona|serve|tranquillizza|spegne|fa "
        r"(?:dormire"
        r"|dimenticare|stare (?:bene|meglio)|spegnere))",
        r"(?:non riesco|non ce la faccio|non sono capace) (?:piu )?a (?:dormire|addormentarmi|funzionare|viv"
        r"ere|stare"
        r" bene|stare tranquill[oa]|calmarmi|lavorare|affrontare la giornata|andare avanti) senza(?= (?:bere"
        r"|alcol"
        r"|lalcol|vino|il vino|birra|la birra|un bicchiere|qualche bicchiere|un drink|qualcosa da bere|ubria"
        r"carmi)\b)",
        r"(?:non riesco|non ce la faccio) (?:piu )?senza(?= (?:bere|alcol|lalcol|il vino|la birra|un bicchie"
        r"re"
        r"|ubriacarmi)\b)",
        r"(?:(?<=\bsenza alcol )|(?<=\bsenza bere )|(?<=\bsenza lalcol )|(?<=\bsenza vino )"
        r"|(?<=\bsenza un bicchiere ))non (?:riesco|ce la faccio|dormo|funziono|reggo|mi calmo)",
        r"(?:affogo|affogare|annego|annegare) (?:i|il) (?:dispiaceri|pensieri|dolore)",
    ],
    voices_worse=[
        _VOICES + r" (?:(?:sono|si sono|si fanno|stanno diventando|sono diventate)(?: (?:molto|sempre|ancora"
        r"|tanto))? )?(?:piu forti|piu alte|piu insistenti|piu frequenti|piu cattive|peggiorate|peggio"
        r"|insopportabili)",
        _VOICES + r" (?:(?:sono tornate|tornano|sono ritornate|ritornano)(?! a (?:girare|circolare))"
        r"|non (?:smettono|si fermano|stanno zitte|tacciono"
        r"|mi lasciano (?:in pace|dormire|stare)|se ne vanno)|mi parlano (?:tutto il giorno|sempre|di contin"
        r"uo)"
        r"|(?:mi )?commentano (?:tutto|quello che faccio|ogni cosa)|parlano di me|ridono di me|mi prendono i"
        r"n giro"
        r"|mi deridono|mi insultano|mi criticano|mi urlano|mi dicono (?:cose|che sono|che non valgo))",
        r"(?:sono tornate|tornano|sono ritornate) le voci(?! (?:di|del|della|sul|sulla|su))",
        r"(?:sento|risento|ho ricominciato a sentire|ricomincio a sentire|sento di nuovo|sto sentendo) (?:di"
        r" nuovo )?"
        r"(?:le |delle )?voci,? (?:di nuovo|ancora|piu forti|sempre piu|piu spesso)(?! (?:dei|delle|del|dell"
        r"a|di|da"
        r"|dal"
        r"|dalla|in|nel|nella|fuori|dei vicini))",
        r"(?:sento|risento|sto sentendo|ho sentito|sentivo) (?:di nuovo|ancora|un?altra volta) (?:le|delle|q"
        r"uelle)"
        r" voci"
        r"(?! (?:dei|delle|del|della|di|da|dal|dalla|in|nel|nella|fuori|al|alla|sul|sulle|dietro)\b)",
        r"(?:ho ricominciato|ricomincio) a sentire (?:le |delle )?voci", r"sento (?:le|quelle) voci (?:tutto il"
        r" (?:santo )?giorno|sempre|di continuo|continuamente)",
        # Whispers and murmurs back or louder ("sento di nuovo i sussurri dietro al muro, più forti di prima").
        r"(?:sento|risento|sto sentendo|sentivo|ho ricominciato a sentire|ricomincio a sentire) (?:di nuovo "
        r"|ancora"
        r" |unaltra volta )?(?:i |dei |quei |questi |le |delle )?(?:sussurri|bisbigli|mormorii|sussurrare|bi"
        r"sbigliare"
        r"|mormorare)(?! (?:dei|delle|del|della|di(?! nuovo)|da|dal|dalla)\b)(?:\W+\w+){0,6}?\W+(?:piu forti"
        r"|piu alti|piu"
        r" insistenti|piu vicini|piu chiari|piu spesso|di prima|sempre piu|tutto il giorno|tutta la notte|di"
        r" continuo)",
        r"(?:i )?(?:sussurri|bisbigli|mormorii) (?:sono |si sono )?(?:tornati|ritornati|piu forti|sempre piu"
        r" forti"
        r"|peggiorati)",
        r"la voce(?: (?:nella|in|dentro la) (?:mia )?testa)? (?:e tornata|e ritornata|torna|e piu forte|si f"
        r"a piu"
        r" forte|non sta zitta|non tace|non smette|ride di me|mi prende in giro|mi insulta|commenta (?:tutto"
        r"|quello"
        r" che faccio)|mi parla tutto il giorno)",
    ],
)
