"""German parts of a risk statement (see `alliance.safety.lexicon`) for Germany, Austria and Switzerland, with the
dialect spellings of chat ("i mog nimmer", "i bring mi um", "i wott numme lebe") and umlauts written either way
("brucke", "bruecke"). Means follow the methods recorded in suicide statistics (WHO 2014, "Preventing suicide":
pesticides, hanging, firearms, falls, overdose, carbon monoxide, drowning, trains) and in the German-speaking
registers (Destatis Todesursachenstatistik, ICD-10 X60-X84: hanging first, then falls, poisoning by medicines and
railway; Statistik Austria: firearms; BFS Schweiz: firearms, railway, assisted suicide). Medicines named are those
most often reported by the poison centres (Giftinformationszentren): paracetamol, ibuprofen, metamizol,
benzodiazepines (Tavor, Temesta), Z-drugs, tricyclics, quetiapine, tilidine, tramadol, insulin; the pesticide E605
(parathion) keeps its name in speech. Warning signs follow the AAS list (Rudd et al. 2006); the composing ladder
follows the C-SSRS (Posner et al. 2011)."""

from __future__ import annotations

from alliance.safety.lexicon import make_lexicon

# --- shared pieces: a pronoun before a part stays outside it, so that "ich" is the first-person cue before it ---
_MICH = r"(?:mich|mi)"
# A word that is not a negation: "ich habe NICHT alle genommen" is no act.
_NEG = r"(?:nicht|nich|net|ned|nid|nod|nie|niemals|nimmer|nimma|nichts|nix|nut|kein\w*|kei)\b"
_W = r"(?:(?!" + _NEG + r")\w+ )"
# Modal verbs of a wish (first person; "will" and "mochte" are also third person: the third-party cue decides).
_WISH = (r"(?:will|willl|wil|wu|wui|wott|wot|wett|mochte|moechte|mocht|moecht|mag|mog|wollte|wollt|"
         r"wurde (?:so )?(?:gern|gerne|lieber|am liebsten)|wuerde (?:gern|gerne|lieber|am liebsten)|"
         r"(?:wunsche|wunschte|wunsch|wuensche|wuenschte) (?:ich |i )?mir|plane|hab vor|habe vor|hatte vor|"
         r"denke daran|denk daran|denke dran|denk dran|uberlege|"
         r"ueberlege|bin bereit|bin kurz davor|sehne mich danach|sehne mich)")
# Verbs that only go with the act itself: "ich werde mich umbringen", "ich muss mich umbringen".
_DO = r"(?:werde|werd|muss|versuche|versuch|probiere)"
_SELF_KILL = (
    r"(?:mich|mi) (?:" + _W + r"){0,2}(?:selbst |selber )?(?:umbringen|umbringe|umzubringen|toten|toeten|zu toten|zu "
    r"toeten|erhangen|erhaengen|zu erhangen|aufhangen|aufhaengen|aufzuhangen|aufzuhaengen|aufknupfen|aufzuknupfen|"
    r"erschiessen|zu erschiessen|vergiften|zu vergiften|ertranken|zu ertranken|abmurksen|umbringa|umbringe|vor (?:den|"
    r"einen|nen|an|die) (?:zug|u-?bahn|s-?bahn|bahn|lkw|laster) (?:werfen|zu werfen|schmeissen|legen|zu legen)|"
    r"(?:runter|hinunter|in die tiefe|vom \w+|von (?:der|einer|dem|einem) \w+|aus dem \w+) (?:sturzen|zu sturzen|"
    r"werfen|zu werfen|fallen lassen|fallen zu lassen)|"
    # self-immolation: "ich muss mich heute anzunden", "mich mit Benzin ubergiessen"
    r"(?:selbst )?(?:anzunden|anzuzunden|anzuenden|anzuzuenden|abfackeln|abzufackeln|in brand (?:setzen|stecken|"
    r"zu setzen|zu stecken)|(?:selbst|lebendig) (?:zu )?verbrennen|mit benzin (?:\w+ )?(?:ubergiessen|"
    r"zu ubergiessen|ubergiesse|anzunden)))|mir "
    r"(?:selbst )?das leben (?:nehmen|zu nehmen)|(?:meinem|mein) leben (?:ein ende (?:setzen|zu setzen|machen|"
    r"bereiten)|beenden|zu beenden)|(?:mir|mia) (?:die|eine|ne) kugel (?:geben|zu geben|in den kopf (?:jagen|"
    r"schiessen))|(?:mit dem leben|mit allem) (?:endgultig )?schluss (?:machen|zu machen)|(?:selbstmord|suizid) "
    r"(?:begehen|zu begehen|machen)"
)
_DIE = (r"(?:sterben|sterbe|starbe|sterba|zu sterben|tot sein|tod sein|tot si|nicht mehr (?:leben|lebe|da sein|"
        r"existieren|hier sein|aufwachen|am leben sein|weiterleben|weiter leben)|nimmer (?:leben|lebe|da sein|"
        r"aufwachen)|nimma (?:leben|lebe|aufwachen)|num+e? (?:lebe|leben|da si)|nie (?:mehr|wieder) aufwachen|"
        r"einschlafen und (?:nie(?:mals)? (?:mehr|wieder)|nicht mehr) aufwachen|fur immer (?:weg sein|einschlafen|"
        r"verschwinden)|"
        # the zu-infinitive: "ich wunsche mir, nicht mehr aufzuwachen", "ich sehne mich danach, tot zu sein"
        r"(?:nicht|nie|nimmer) (?:mehr |wieder )?(?:aufzuwachen|zu leben|weiterzuleben|da zu sein|zu existieren)|"
        r"einzuschlafen und (?:nie(?:mals)? (?:mehr|wieder)|nicht mehr) aufzuwachen|tot zu sein|"
        r"(?:fur immer|endgultig) (?:einzuschlafen|zu verschwinden|weg zu sein)|aus dem leben (?:scheiden|gehen|"
        r"treten)|abtreten|" + _SELF_KILL + r")")
_TAB = r"(?!spulmaschinen|geschirrspul|reinigungs|wc|klo|grillanzund|anzund|kohle|brause)\w*(?:tabletten|tablette)"
_PILL_WORDS = (
    _TAB + r"|\w*tabl|schlaftabs|tabletn|tabeletten|tablleten|pillen|kapseln|dragees|medikamente|"
        r"medikament|medis|meds|arzneimittel|"
    r"arzneien|schlafmittel|beruhigungsmittel|schmerzmittel|psychopharmaka|antidepressiva|neuroleptika|benzos?|"
    r"paracetamol|parazetamol|ben-u-ron|benuron|ibuprofen|ibus?|aspirin|novalgin|metamizol|novaminsulfon|diclofenac|"
    r"voltaren|tramadol|tramal|tilidin|valoron|oxycodon|oxycontin|oxys?|morphin|morphium|fentanyl|codein|kodein|"
    r"diazepam|valium|lorazepam|tavor|temesta|xanax|alprazolam|bromazepam|lexotanil|rivotril|clonazepam|zopiclon|"
    r"zolpidem|stilnox|mirtazapin|remergil|amitriptylin|trimipramin|stangyl|doxepin|opipramol|insidon|quetiapin|"
    r"seroquel|olanzapin|lithium|insulin|sertralin|citalopram|escitalopram|cipralex|fluoxetin|venlafaxin|trevilor|"
    r"promethazin|atosil|pregabalin|lyrica|digitoxin|digoxin|betablocker|blutverdunner|marcumar"
)
# One ordinary dose: "ich habe meine Tabletten genommen", "zwei Ibu", "die Pille", "mein Insulin" are no overdose.
_DOSE = (r"(?:meine[nmrs]?|mei|ihre[nmrs]?|seine[nmrs]?|eine[nmrs]?|ein|ne|n|die|1|2|3|4|5|zwei|drei|halbe|paar)"
         r"(?: (?!ganze|gesamte|komplette|"
         r"restliche|ganzen|gesamten|kompletten|restlichen|alle)\w+)? (?:pille|pillen|\w*tablette|\w*tabletten|kapsel|"
         r"kapseln|medikament|medikamente|medis|ibus?|aspirin|paracetamol|ibuprofen|novalgin|vitamin\w*|antibiotik\w*|"
         r"insulin|spritze|dosis)\b")
# (a comma may follow a word: "hab aber vorhin, so gegen 18 Uhr, 20 Paracetamol genommen"; not reported speech)
_GAP = (r"(?:alle (?:meine[nr]?|die|der|von den|seine|ihre) |(?!" + _NEG + r"|" + _DOSE + r"|dass\b|ob\b)\w+,? )"
        r"{0,8}")
_AUX = r"(?:habe|hab|hab ich|habe ich|hatte|hatt|hob|hon|han|ha|hob i|hab i|han i|ha i)"
_POISON_WORDS = (
    r"gift|rattengift|mausegift|ameisengift|schneckenkorn|unkrautvernichter|unkrautex|pflanzenschutzmittel|"
    r"pestizid\w*|insektizid\w*|herbizid\w*|e ?605|parathion|paraquat|glyphosat|roundup|frostschutz\w*|bleiche|"
    r"bleichmittel|chlorbleiche|chlorreiniger|domestos|abflussreiniger|rohrreiniger|rohrfrei|natronlauge|salzsaure|"
    r"schwefelsaure|zyankali|blausaure|arsen|methanol|kunstdunger|scheibenreiniger|lampenol|knollenblatterpilz\w*|"
    r"eisenhut|tollkirsche\w*"
)
_POISON = r"(?:" + _POISON_WORDS + r")"
_AMOUNT_NUM = (r"(?:\d{2,3}|[6-9]|zehn|zwolf|funfzehn|zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|"
               r"hundert|viele|mehrere|zig) (?:\w+ )?(?:stuck|stk|davon|" + _PILL_WORDS + r")")
# What was swallowed: a quantity, a class of pills (plural, not a headache tablet) or a poison.
_OBJ = (r"(?:alle|alles|ois|olles|alli|alls|die restlichen|restlichen|sie alle|die alle|allesamt|den (?:ganzen )?rest|"
        r"die ganze (?:packung|schachtel|dose|flasche|blister\w*|monatspackung|ration|ladung|\w*tabletten)|die ganzen|"
        r"(?:eine|ne) (?:ganze|volle|komplette) \w+|(?:zwei|drei|vier|mehrere|ein paar|2|3|4) (?:ganze )?(?:packungen|"
        r"schachteln|dosen|blister\w*|streifen)|handvoll|(?:viel )?zu viele?|" + _AMOUNT_NUM
        + r"|(?!kopfschmerz|hals|lutsch|vitamin|eisen|magnesium|husten|reise|kohle|brause|zink)\w*tabletten|pillen|"
        r"kapseln|medikamente|medis|dragees|schlafmittel|"
        r"beruhigungsmittel|schmerzmittel|psychopharmaka|antidepressiva|benzos|packungen|" + _POISON_WORDS + r")")
_OBJ_DRINK = r"(?:" + _POISON_WORDS + r"|\w*tabletten|pillen|medikamente|schlafmittel|" + _AMOUNT_NUM + r")"
_SWALLOW = (r"(?:geschluckt|runtergeschluckt|heruntergeschluckt|gschluckt|eingeworfen|reingeworfen|eingeschmissen|"
            r"reingeschmissen|reingepfiffen|reingehauen|eingepfiffen|reingedruckt|eingenommen|genommen|gnommen|gno|"
            r"gnoh|gnoo)")
# "alle Tabletten genommen, die der Arzt verschrieben hat": the prescription taken as prescribed.
_AS_PRESCRIBED = (r"(?!,? (?:die|wie|so wie|welche) [^.;!?]{0,40}(?:verschrieben|verordnet|vorgeschrieben|nehmen soll|"
                  r"nehmen muss|aufgeschrieben))")
_DRUNK = r"(?:getrunken|trunken|trunke|gsoffe|gesoffen|ausgetrunken|gegessen|gfresse|gefressen)"
# "today" in a life told as well now: "heute bin ich 35", "heute geht es mir gut", "heute lebe ich gern".
_WELL_NOW = (r"(?!,? (?:bin ich|bin i) (?:\d{1,2}|\w+ jahre|verheiratet|gesund|stabil|glucklich|zufrieden|mutter|"
             r"vater|mama|papa|oma|opa|clean|trocken|symptomfrei|dankbar|froh)\b|,? (?:geht es mir|gehts mir|geht"
             r" mir) (?:\w+ )?(?:gut|besser|super|prima)\b|,? lebe ich)")
_CHILD_N = (r"(?:sohn|sohnchen|tochter|tochterchen|kind|kinder|kindes|kids|baby|babys|saugling|kleinkind|bub|buben|"
            r"bua|jungs|madchen|madel|meitli|bueb|enkel|enkelin|enkelkind|enkelkinder|stiefsohn|stieftochter|neffen?|"
            r"nichte|brueder|bruder|brueschter|schwoschter|chind|chinder|bruderchen|schwesterchen|zwillinge|cousine|"
            r"cousin|kleinen bruder|kleine schwester|kleiner bruder|patentochter|patenkind|patensohn|patenkinder)")
_POSS = (r"(?:mi|min|mini|minem|minere|meinen|meine|mein|meinem|meiner|unseren|unsere|unser|unserem|seinen|seine|sein|"
         r"seinem|ihren|ihre|ihr|ihrem|den|die|das|dem|der)")
_HE = (r"(?:er|sie|(?:mi|min) (?:maa|ma|fru|frau|fruend|fruend|freund|vater|vatter|alte)|mein (?:\w+ )?(?:mann|freund|"
       r"ex|exmann|partner|vater|papa|stiefvater|sohn|bruder|onkel|opa|schwiegervater|betreuer|pfleger|mitbewohner)|"
       r"meine (?:\w+ )?(?:frau|freundin|ex|exfrau|partnerin|mutter|mama|stiefmutter|tochter|schwester|tante|oma|"
       r"schwiegermutter|betreuerin|pflegerin|mitbewohnerin))")
# A rope bought for something else: "einen Strick fur die Hangematte", "zum Klettern".
_NOT_FOR = (r"(?![^.!?\n]{0,60}\b(?:hangematte\w*|schaukel\w*|boot\w*|segel\w*|zelt\w*|klettern|kletter\w*|garten\w*|"
            r"wasche\w*|hund\w*|basteln|bastel\w*|deko\w*|tauziehen|umzug\w*|anhanger\w*|ziege\w*|pferd\w*|kuh|"
            r"kalb\w*|spring\w*seil|sport\w*|turn\w*|katze\w*|kratzbaum)\b)")
# An adult a child may name in a disclosure.
_ADULT = (r"(?:der|die|sein|seine|ihr|ihre|unser|unsere|ein|eine|mein|meine|dieser|diese|deren|dessen) (?:\w+ )?"
          r"(?:trainer\w*|lehrer\w*|nachbar\w*|onkel|tante|opa|grossvater|stiefvater|stiefopa|betreuer\w*|"
          r"erzieher\w*|pfarrer|priester|babysitter\w*|cousin|vater|papa|freund|mann|typ|hausmeister|"
          r"jugendleiter\w*|gruppenleiter\w*|nachhilfe\w*|musiklehrer\w*|arzt|bruder|stiefbruder|kerl|fremder)")
# A gap that does not cross into a game or a sport ("er hat mich im Schach geschlagen").
_HIT_GAP = r"(?:(?!" + _NEG + r"|im\b|beim\b|bei\b|in\b|am\b)\w+ )"
# The topic of a text, not the speaker's wish: "eine Doku uber Selbstmord", "ein Referat zum Thema Suizid".
_ABOUT = "".join(rf"(?<!{w} uber )" for w in ("doku", "film", "buch", "artikel", "bericht", "referat", "vortrag",
                                               "podcast", "serie", "reportage", "studie", "roman")) + (
    r"(?<!thema )(?<!zum thema )(?<!statistik )(?<!pravention von )(?<!den )(?<!der )(?<!dem )(?<!einen )"
    r"(?<!ein )(?<!beim )(?<!vom )(?<!zum )")
# A separable verb that is no blow: "er schlagt mich vor" (proposes), "das haut mich um" (amazes).
_NOT_PARTICLE = r"(?![\w ]{0,40}\b(?:vor|um|zuruck)(?= *(?:[.,;:!?]|$)))"
# The answer no to a clinician's question: "und ich habe nein gesagt", ". Hab ich verneint.", ": nein."
_NO_LIE = r"(?:(?!gelogen|geflunkert|geschwindelt|luge|lugen)\w+ )"
_ANSWER_NO = (r"[\s,;:.\-–—]+(?:und |aber |doch |da )?(?:(?:ich|i) " + _NO_LIE + r"{0,3}(?:nein|verneint|verneinte|"
              r"abgestritten|bestritten|abgewunken)|(?:habe|hab|sagte|meinte|antwortete|hab i|sag) (?:ich |i )?"
              + _NO_LIE + r"{0,2}(?:nein|verneint|abgestritten)|(?<=[:\-–—] )nein|(?<=[:\-–—])nein)(?: (?:gesagt|"
              r"geantwortet|gemeint))?")
# How one wishes to die one day, not a wish to die now: "ich mochte zu Hause sterben, nicht im Krankenhaus".
_PEACEFUL = (r"(?:in wurde|zu hause|zuhause|daheim|im krankenhaus|im hospiz|im heim|im bett|friedlich|schmerzfrei|"
             r"ohne schmerzen|in ruhe|in frieden|alt|im schlaf|nicht allein|nicht alleine|eines tages|irgendwann)")
# "ich wurde lieber sterben als eine Rede halten": a figure of speech, unless what is compared is this life.
_NOT_RATHER = (r"(?! als (?!so |weiter|noch (?:einen|einmal|mal|lange)|zuruck|ins |in ein|in die|das hier|dieses|mein "
               r"leben|so zu leben))")
# Who a threat is aimed at: a person, not "die Zeit", "die Ampel" or "die Schnecken".
_PERSON = (r"(?:chef|chefin|boss|ex|exfreund|exfreundin|exmann|exfrau|mann|frau|freund|freundin|vater|mutter|papa|"
           r"mama|stiefvater|stiefmutter|bruder|schwester|nachbarn?|nachbarin|kollegen?|kollegin|lehrer|lehrerin|"
           r"vermieter|vermieterin|typ|typen|kerl|alten|alte|schwiegermutter|schwiegervater|sohn|tochter|partner|"
           r"partnerin|mitbewohner\w*|mitschuler\w*|klassenkamerad\w*|ausbilder|betreuer\w*|arzt|arztin|therapeut\w*|"
           r"polizisten|bullen|penner|wichser|schlampe|hurensohn|arschloch|idioten|sau|sack|drecksack|ehemann|ehefrau|"
           r"onkel|tante|opa|oma|cousin|schwager|stiefsohn|stieftochter|familie|leute|alle)")
_VICTIM = (r"(?:ihn|sie|dich|euch|ihm|alle|jeden|euch alle|sie alle|(?:meinen|meine|meinem|meiner|diesen|diese|diesem|"
           r"den|die|dem|der|deinen|deine|seinen|seine|ihren|ihre) (?:\w+ )?" + _PERSON + r")")
_VICTIM_SHORT = (r"(?:ihn|sie|dich|euch|den typ|den kerl|die alte|den alten|den wichser|die schlampe|den penner|"
                 r"die sau|den sack|den drecksack|den hurensohn|das arschloch)")
_THREAT_END = r"(?= *(?:[.!?,;]|$|wenn|und|ich|i|heute|morgen))"
# The irrealis of annoyance ("ich konnte ihn umbringen", "am liebsten wurde ich sie erwurgen", "ich hatte ihn
# umbringen konnen") is no threat; it is one only with a weapon, a plan or a time in the same sentence.
_IRREAL = r"(?:konnte|konnt|kont|koennte|kannt|hatte|hatt|haette|wurde|wurd|wuerde|wurds|tat|tate|taete)"
_NOT_IRREAL = r"(?!" + _IRREAL + r"\b)"
_AFTER_IRREAL = "".join(rf"(?<!{w} )" for w in ("konnte", "konnt", "kont", "koennte", "kannt", "hatte", "hatt",
                                                  "haette", "wurde", "wurd", "wuerde", "tat", "tate", "taete",
                                                  "liebsten"))
_KILL_OTHER = (r"(?:umbringen|umzubringen|toten|toeten|zu toten|abstechen|abzustechen|erstechen|erschiessen|abknallen|"
               r"umlegen|kaltmachen|kalt machen|zusammenschlagen|ermorden|erwurgen|abmurksen|aufschlitzen|anzunden|"
               r"abfackeln|vergiften|uberfahren|totprugeln|tot prugeln|krankenhausreif prugeln|fertig machen)")
_THREAT_CUE = (r"(?:\w*messer|pistole|waffe|gewehr|revolver|knarre|flinte|machete|axt|beil|hammer|"
               r"baseballschlager|schlagstock|eisenstange|benzin|\w*saure|armbrust|munition|schreckschuss\w*|"
               r"heute (?:nacht|abend|noch)|noch heute|diese nacht|morgen|gleich|sofort|"
               r"wenn (?:er|sie) (?:\w+ )?(?:nach hause|heim|zuruck) ?kommt|"
               r"um \d{1,2}|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|plan|geplant|"
               r"(?:weiss|weis) (?:\w+ )?(?:schon |genau )?(?:wie|wo|wann)|auflauern|lauere|"
               r"(?:mein|meine|meinte|ist) (?:das|es|dies) (?:\w+ )?ernst|todernst|kein (?:witz|scherz))")
# The weekly pill box, not a plan: "meine Tabletten fur die Woche abgezahlt".
_NOT_ROUTINE = (r"(?![^.!?]{0,60}\b(?:fur die woche|fur morgen|fur den tag|fur die reise|fur den urlaub|"
                r"wochendosierer|dosierer|pillendose|pillenbox|tablettendose|tablettenbox|wie jeden|wie immer|"
                r"wie verordnet)\b)")
# A stretch of days: "seit 4 Tagen", "seit einer Woche".
_SPAN = (r"(?:(?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|mehreren|ein paar|einigen|paar) (?:tagen|tage|"
         r"wochen|monaten)|(?:einer|ner|na|ana|einer ganzen|ner ganzen|uber einer|fast einer) woche|(?:einem|nem) monat)")
# Not eating from illness, surgery or a fast is no restriction.
_NOT_ILL = (r"(?![^.!?]{0,60}\b(?:magen|darm|grippe|krank|fieber|virus|operation|op|zahn\w*|fasten|ramadan|ubelkeit|"
            r"corona|covid|fastenzeit|fastenkur|heilfasten|intervallfasten)\b)")
# Vomiting from pregnancy, an infection or chemotherapy is no purging.
_NOT_SICK = (r"(?![^.!?]{0,80}\b(?:schwanger\w*|lebensmittelvergiftung|magen-?darm\w*|grippe|virus|migrane|chemo\w*|"
             r"krank|ubelkeit|kater|zu viel getrunken|noro\w*)\b)")
# The end of a clause.
_END = r"(?= *(?:[.!?,;:]|$))"
# Words that end a denial: what follows is no longer the answer to the question.
_TAIL = r"(?:[\s,;:\-–—]+(?!aber\b|doch\b|eigentlich\b|trotzdem\b|jedoch\b|sondern\b|obwohl\b|dabei\b)\w+)"


def _heads(alternatives: list[str]) -> list[str]:
    """Report a part by its first word only, the rest being asserted ahead: the words that follow ("heute", "die
    Tabletten", "vor den Zug") then count as parts of their own (a time, the pills, a method), since the composing
    layer does not let one stretch of words be two parts."""
    return [r"(?=(?:" + a + r")\b)\w+" for a in alternatives]


def _leet(alternatives: list[str]) -> list[str]:
    """Let the "i" of the self-harm words also be written "1", "!" or "|" ("ger!tzt", "r1tzen"), which the shared
    normaliser keeps when the word is not in its vocabulary."""
    return [a.replace("ritz", "r[i1!|]tz").replace("schnitt", "schn[i1!|]tt") for a in alternatives]


# --- Families of situations (issue 10, after blind round 6), in German, Austrian and Swiss registers. Each is a
# situation a clinician recognises, written for the ways many people would word it; merged into the parts below. ---
_MINOR = r"(?:[5-9]|1[0-6])"
_KID = (r"(?:kind|kinder|kindes|kids|baby|sohn|tochter|kleine[nrm]?|kleinste[nrm]?|bub|buben|madel|maedel|meitli|"
        r"bua|tochterchen|sohnchen|enkel|enkelin|schuler|schulerin|\d{1,2} ?(?:jahre alt|jahrige[nrm]?|jahrig))")
_TAKE_DIAL = r"(?:gnommen|gnumma|gnumme|gnomma|gno|gnoh|gschluckt|gschlickt|eineghaut|einegworfen|eigworfe)"
_FAMILIES: dict[str, list[str]] = {
    # On the way to a jumping place: "bin im Zug zur Rügenbrücke", "fahr jetzt zur Brücke".
    "at_place": _heads([
        r"(?:bin|sitze|sitz|hock|hocke|fahre|fahr|geh|gehe|laufe|lauf|radle|radel|bi|gang|unterwegs|auf dem weg)"
        r"(?: \w+){0,3} (?:zur|zu der|zum|an die|auf die|richtung|uf d|zu de) (?:\w+ )?(?:\w*brucke|\w*bruecke"
        r"|brugg|klippe\w*|steilkuste|felskante|gleisen|bahnstrecke|bahnubergang|staumauer|talsperre|viadukt"
        r"|hochhaus|parkhaus|aussichtsturm|kirchturm|rheinfall|abgrund)\b(?![^.!?\n]{0,60}\b(?:bungee|bungy|foto\w*"
        r"|ausflug|wanderung|wandern|spaziergang|spazieren|klettern|mit (?:den kindern|der familie|freunden|dem hund)"
        r"|arbeit|baustelle|termin|treffen)\b)",
    ]),
    "time_soon": [
        r"noch (?:\d+|ein|eine|zwei|drei|vier|funf|zehn|ein paar|paar) (?:min|minuten|minute|sekunden|std|stunde"
        r"|stunden)\b",
        r"in (?:\d+|zwei|drei|vier|funf|zehn) min\b",
    ],
    # An overdose being taken: "ich schluck sie eine nach der anderen, bin bei 15".
    "under_way": [
        r"(?:schlucke|schluck|nehme|nehm|nimm|werfe|werf|esse|ess|drucke|druck) (?:\w+ ){0,3}(?:eine|einen|eins|ne|"
        r"oane|ani) (?:nach der|nach dem|nach) (?:ander(?:e)?n|andern|anderen)",
        r"(?:bin|ich bin|bi) (?:jetzt |schon |grad |gerade )?bei (?:nummer |tablette )?(?:\d{2}|zehn|zwanzig|"
        r"dreissig|vierzig)(?=[^\n]{0,160}\b(?:tabletten|pillen|geschluckt|schluck\w*|eine nach der))",
    ],
    "taken": _heads([
        _AUX + r" (?:mir )?" + _GAP + _OBJ + r" (?:" + _W + r"){0,7}" + _TAKE_DIAL,
        r"(?:i|ich) (?:ha|hab|hob|han) (?:mir |ma )?(?:\w+ ){0,3}" + _TAKE_DIAL,
    ]),
    "pills": [r"tablettn|tablettl|tabletterl|tablettla|pülverl|pulverl|tabs"],
    "symptom": [
        r"(?:alles|ois|olles) (?:draht|dreht|drahnt) (?:sich|si)", r"(?:mir|mia) (?:is|isch|ist) (?:so )?(?:schlecht|"
        r"schwindlig|schwindelig|ubel|schiach)",
    ],
    # Time-only farewells: "um Mitternacht ist alles vorbei", "heute Nacht um 11 ist Schluss für mich".
    "death": _heads([
        r"(?:(?<=nacht )|(?<=mitternacht )|(?<=uhr )|(?<=\d )|(?<=\d, )|(?<=abend ))(?:ist (?:alles |es )?(?:vorbei|"
        r"schluss|aus|zu ende|vorbei fur mich|aus fur mich)|ist (?:dann )?schluss (?:mit mir|fur mich)|hort (?:alles|"
        r"es) auf|endet (?:alles|es|mein leben)|mach (?:ich|i) schluss|bin (?:ich|i) weg)(?= *(?:[.!,;]|$| fur mich"
        r"| fur immer| und))",
        r"(?:ware|war|waer|wars|ist) (?:es |s )?(?:fur|for) (?:alle|jeden|meine familie|die kinder|euch|alli) (?:\w+ )?"
        r"(?:leichter|besser|einfacher|eifacher) ohne mich",
        r"besser,? wenn (?:ich|i) (?:\w+ )?(?:nimmer|nimma|num+e?|nid meh|ned mehr|net mehr|nicht mehr|nie mehr) "
        r"(?:(?:da|hier|do|am leben|auf der welt) )?(?:ware|war|waer|wari|bin|sei)",
        r"wie ?viele? (?:\w+ ){0,2}(?:von )?(?:meine[nmrs]?|mei|meiner \w+|von meine[mr] \w+) (?:\w+ ){0,2}"
        r"(?:" + _PILL_WORDS + r")(?:\W+\w+){0,8}?\W+(?:tot|sterben|stirbt|todlich|nicht mehr aufzuwachen|nicht mehr "
        r"aufwacht|nimmer aufwacht|umzubringen)",
    ]),
    "indirect": [
        r"(?:der )?(?:liebe )?(?:gott|herrgott|herrgot|himmelvater|herr|tod|sensenmann) (?:\w+ )?(?:kann|soll|darf|"
        r"moge|mog|konnte|sollte|mag|wird|sull|soll) (?:\w+ ){0,2}(?:mi|mich) (?:\w+ ){0,2}(?:holen|hoin|hola|zu sich"
        r" (?:holen|nehmen)|mitnehmen|abberufen|erlosen|heimholen)",
        r"(?:lang|lange|lang gnua|lang gnuag) (?:genug|gnua|gnug|gnuag|gnue)? ?(?:gelebt|glebt|glebt hob|glebt ha)",
        r"(?:bin|bi) (?:eh |eh nur |nur |doch nur )?(?:mehr|noch|meh) (?:a|eine|ne|e) (?:last|belastung)",
        r"(?:warte|wart) (?:\w+ ){0,2}(?:nur noch|nur mehr|bloss noch) (?:aufs sterben|auf den tod|auf das ende|bis "
        r"(?:es|ich) (?:vorbei|aus|tot))",
    ],
    "hopeless": [r"(?:nur|eh nur|doch nur) (?:noch|mehr|meh) (?:a|eine|ne|e) last"],
    "method": [r"waffenschrank|gewehrschrank|jagdwaffe\w*|jagdgewehr\w*|dienstwaffe"],
    # Preparation: a pet handed to someone, letters set out next to farewell words.
    "prep": [
        r"(?:hab|habe|hatte|hob|han) (?:\w+ ){0,2}(?:meinem|meiner|unserem|unserer|der|dem) (?:\w+ )?(?:bruder|"
        r"schwester|nachbar\w*|mutter|vater|mama|papa|eltern|freund\w*|tochter|sohn|oma|opa|tante|onkel|kollegin|"
        r"kollegen) (?:\w+ ){0,2}(?:die|meine|den|meinen|das|mein) (?:katze|kater|hund|hundin|hasen|kaninchen|vogel|"
        r"wellensittich|meerschweinchen|fische|tiere|haustiere|pflanzen) (?:\w+ ){0,2}(?:gebracht|gegeben|abgegeben|"
        r"vermacht|uberlassen|weggegeben|geschenkt)(?![^.!?\n]{0,80}\b(?:urlaub|verreis\w*|reise|wochenende|solange"
        r"|wahrend|krankenhaus|klinik|kur|reha|dienstreise|montage|umzug)\b)",
        r"(?:die |meine )?(?:briefe|zeilen|nachrichten) (?:\w+ )?(?:an euch |fur euch |an die kinder |fur die kinder )?"
        r"(?:liegen|liegt|sind|stecken) (?:\w+ ){0,3}(?:auf dem|im|unter|neben|in der|bereit|geschrieben)"
        r"(?=[^\n]{0,200}\b(?:danke fur alles|verzeih\w*|lebt wohl|leb wohl|tschuss|adieu|es tut mir leid|ich liebe "
        r"euch)\b)",
    ],
    # A child harmed or in danger: a minor alone or on the run, a parent threatening to take the child with them,
    # a child who swallowed medicines.
    "child_harm": [
        r"(?:bin|ist|bi|isch) (?:erst |gerade mal |noch |grad )?" + _MINOR + r"(?: jahre(?: alt)?| j)?,? (?:und )?"
        r"(?:\w+ ){0,4}(?:abgehauen|weggelaufen|ausgerissen|abghaut|abgehaut|rausgeschmissen|rausgeworfen|auf der "
        r"strasse|schlafe (?:am|im|auf der|draussen|im freien)|draussen geschlafen|weiss nicht wohin|kein zuhause)",
        r"(?:von zu hause|von zuhause|von daheim|vo dehei|vo daham|aus dem heim|aus der wg|aus der wohngruppe) "
        r"(?:\w+ )?(?:abgehauen|weggelaufen|ausgerissen|abghaut)(?=[^\n]{0,160}\b(?:schlafe|geschlafen|bahnhof|park"
        r"|draussen|kein geld|angst|heute nacht|nirgends|wohin)\b)",
        r"(?:stiefvater|stiefpapa|stiefbruder|onkel|opa|mamas freund|der freund (?:meiner|von) (?:mutter|mama)|nachbar"
        r"|trainer|cousin|babysitter)(?: \w+){0,3} (?:kommt|kam|schleicht|geht|ging) (?:\w+ ){0,2}(?:nachts |heimlich )?"
        r"(?:in|zu) (?:mein|meinem|mir ins|ihr|ihrem|sein|seinem) (?:zimmer|bett)(?=[^\n]{0,120}\b(?:nachts|wenn (?:mama"
        r"|mutter|meine mutter)|nachtschicht|heimlich|niemand|keinem|nicht sagen|bin " + _MINOR + r")\b)",
        r"sich und (?:die|das|den|unsere|meine|seine|ihre|unser|mein|sein) (?:\w+ )?(?:kinder|kind|kleine[nr]?|baby|"
        r"sohn|tochter|kids|bub|madel) (?:\w+ ){0,2}(?:umzubringen|umbringen|toten|zu toten|mitzunehmen|mitnehmen|"
        r"umbringt|totet)",
        _KID + r"\b[^\n]{0,200}?\b(?:fahren|fahr|rasen|springen|gehen|gehn) wir (?:zwei|beide|zusammen|alle)"
        r"(?: \w+){0,3} (?:gegen (?:einen|den|eine|die) (?:baum|wand|mauer|bruckenpfeiler|pfeiler|lkw)|in den "
        r"(?:tod|fluss|see|abgrund)|von der brucke|vor den zug)",
        _KID + r"(?:\W+\w+){0,6}?\W+(?:hat|hatte|hot)? ?(?:\w+ ){0,5}(?:tabletten|pillen|medikamente|"
        r"spulmaschinentab\w*|putzmittel|reiniger|bleiche|knopfbatterie\w*|batterie\w*|vitamin\w*|tabs|tablettn) "
        r"(?:\w+ ){0,4}(?:geschluckt|gegessen|erwischt|getrunken|zerkaut|gschluckt|gessen)",
    ],
    "restriction": [
        r"(?:esse|ess|iss|hab|habe|hob) (?:\w+ )?seit (?:tagen|wochen|ewigkeiten|gestern|vorgestern) (?:\w+ ){0,2}"
        r"(?:fast |so gut wie |gar )?(?:nichts|nix|kaum was|kaum etwas|kaum)(?: mehr)?(?: gegessen)?" + _NOT_ILL,
    ],
    # Only with signs in the body (restriction_with_effects): on its own it is how many people live.
    "meal_skipping": [
        # Getränke statt Mahlzeiten, Tag für Tag: "abends nur Tee, seit zwei Wochen so".
        r"(?:abends|mittags|morgens|den ganzen tag|tagsuber) (?:\w+ )?nur (?:noch )?(?:tee|kaffee|schwarzen kaffee|wasser"
        r"|cola light|cola zero)",
        r"(?:mittag|mittagessen|fruhstuck|abendessen|essen) (?:\w+ )?(?:wieder |schon wieder )?(?:ausgelassen|weggelassen|ubersprungen)",
    ],
    "purging": [
        r"(?:\d+|zehn|zwolf|funfzehn|zwanzig|mehrere|eine handvoll|ne handvoll) (?:\w+ )?(?:abfuhrmittel|"
        r"abfuhrtabletten|dulcolax|laxoberal|bisacodyl|entwasserungstabletten|wassertabletten|diuretika)",
        r"(?:abfuhrmittel|abfuhrtabletten|dulcolax|laxoberal|bisacodyl|wassertabletten|diuretika)(?:[\s,]+\w+){0,4}?"
        r"[\s,]+(?:\d+|zehn|zwolf|funfzehn|zwanzig)(?: stuck| tabletten)? (?:am|pro|jeden|den) tag",
        r"nach (?:jedem|jeder) (?:essen|bissen|mahl|mahlzeit)[ ,]+(?:\w+ ){0,2}(?:abfuhrmittel|abfuhrtabletten"
        r"|dulcolax|laxoberal|finger in den hals|kotzen|erbrechen)",
    ],
    "ed_effect": [
        r"krampfe in den (?:beinen|waden|fussen|handen)", r"wadenkrampfe", r"(?:das )?herz stolpert",
        r"(?:mir wird|wird mir) (?:\w+ )?schwarz vor (?:den )?augen",
    ],
    # Drinking: "jeden Abend meine sechs, acht Halbe", a drunk driver every evening.
    "alcohol": [r"halbe|halbi|seidl|krugerl|stamperl|bierli|stange|dose bier|dosen bier|pullen|flaschen bier"],
    "amount": [
        r"(?:sechs|sieben|acht|neun|zehn|zwolf|[4-9]|1\d)(?:,? (?:sechs|sieben|acht|neun|zehn|zwolf|[4-9]|1\d))?"
        r"(?= (?:\w+ )?(?:halbe|halbi|seidl|krugerl|stamperl|bierli|stange|dosen|pullen|flaschen)\b)",
    ],
    "cope": [
        r"(?:anders|sonst) (?:halt|halte|pack|packe|ertrag|ertrage|schaff|schaffe) (?:ich|i) (?:\w+ )?(?:es |s |des "
        r"|das )?(?:nicht|net|ned|nid|kaum) (?:mehr )?(?:aus|durch)?",
        r"(?:anders|sonst) (?:halt|halte|pack|packe|ertrag|ertrage) (?:ichs|is|i s|ich s|i's)(?: \w+)? (?:nicht|net|"
        r"ned|nid) (?:mehr )?(?:aus)?",
    ],
    # Using alone, no naloxone (the overdose nobody sees).
    "harm_thought": [
        r"(?:an|bei) (?:ihrer|seiner|ihrem|seinem|deren|dessen) (?:neuen )?(?:wohnung|haus|arbeit|buro|tur|fenster|firma"
        r"|wg)\w* vorbei(?:[ ,]+\w+){0,6}?[ ,]+(?:guck|gucke|schau|schaue|seh|sehe|beobachte|kontrollier\w*|check\w*"
        r"|spionier\w*)[ ,]+(?:\w+ ){0,2}(?:wer|mit wem|wann (?:er|sie)|ob (?:er|sie))",
        r"(?:fahrt|fahren|fahre|fahr) (?:\w+ ){0,4}(?:besoffen|betrunken|blau|voll|angetrunken|mit promille) "
        r"(?:\w+ ){0,4}(?:auto|heim|nach hause|zuruck|los|vom)",
        r"(?:besoffen|betrunken|blau|angetrunken) (?:\w+ ){0,2}(?:am steuer|hinterm steuer|auto fahren|autofahren)",
        # "Das Gesicht mit dem Kissen": intrusive thoughts of smothering someone.
        r"(?:gedanken?|bild|bilder|vorstellung|impuls)(?:\W+\w+){0,6}?\W+(?:kissen|polster) (?:\w+ ){0,3}(?:aufs|auf das"
        r"|ins|uber das) gesicht",
    ],
    "voices_worse": [
        r"(?:hor|hore|hoer|hoere) (?:sie|die stimme|die stimmen|es) (?:jetzt |schon |nun )?(?:den ganzen tag|standig|"
        r"dauernd|immer|rund um die uhr|tag und nacht)",
    ],
    # A pupil who shows cuts and says she is hit at home: told by a teacher.
    "self_harm": [
        r"(?:gezeigt|zeigt|erzahlt|gesagt),? (?:\w+ ){0,3}dass (?:sie|er) sich (?:\w+ ){0,3}(?:ritzt|ritze|schneidet"
        r"|verletzt|geritzt|geschnitten|brennt)",
    ],
    "self_harm ": [
        r"(?:arme|beine|oberschenkel|handgelenke|bauch) (?:\w+ ){0,2}gezeigt[ ,]+(?:\w+ ){0,3}(?:frisch|voller|alles|"
        r"ganz) (?:\w+ )?(?:aufgeschnitten|geritzt|schnitte|narben|wunden|verletzt|zerschnitten)",
    ],
    # Not risk: training or work ("welche Nummer gibt man jemandem, der suizidal ist?").
    "help_seeking": [
        r"(?:welche|was fur eine|was fuer eine|die) (?:\w+ ){0,2}(?:nummer|hotline|telefonnummer|notrufnummer|"
        r"beratungsstelle|stelle|seite|webseite)(?: \w+){0,5} (?:gibt|gebe|nenne|empfiehlt|empfehle|sagt) (?:man|ich"
        r"|wir|du)",
        r"(?:ersthelfer\w*|erste[- ]hilfe[- ]kurs\w*|mhfa|fortbildung|schulung|weiterbildung|ausbildung|kurs|seminar"
        r"|praktikum)(?: \w+){0,3} (?:fur|zu|uber|zur|zum) (?:psychische\w*|mentale\w*|suizid\w*|krisen\w*)",
    ],
    "denial": [
        r"(?:nein|ne|na|noi|nope)[,.!]* (?:\w+ ){0,2}(?:hatte|hab|habe|hob|hatt) (?:ich|i) (?:noch )?(?:nie|niemals|"
        r"keine|keinen|nicht)\b(?![^.!?\n]{0,40}\b(?:bis|aber jetzt|aber seit)\b)",
        r"gefragt,? ob (?:ich|i) (?:\w+ ){0,6}(?:habe|hab|hatte|ware|bin)[:,.]* (?:nein|ne|na|nie)\b",
    ],
}


# --- Structures (issue 10, after blind round 7): slots with broad word lists, combined by the composing layer. ---
_I = r"(?:ich|i|ig)"
# A denial: a strong negator with a mental verb and the risk words in its clause, with no turn in the sentence:
# "nein, ich hatte nie Gedanken, mir das Leben zu nehmen", "ich wollte mir noch nie etwas antun".
_DE_RISK = (r"(?:suizid\w*|selbstmord\w*|(?:mir |mein )?(?:das |mein )?leben (?:zu )?(?:nehmen|beenden)|mich (?:\w+ )?"
            r"(?:umzubringen|umbringen|zu toten|toten|zu verletzen|verletzen|ritzen|zu ritzen)|(?:mir )?(?:etwas|was|ebbes|"
            r"eppes|ebbis) (?:anzutun|antun)|sterben|tot sein|selbstverletz\w*|lebensmude\w*|nicht mehr (?:leben|"
            r"da sein))")
_DE_TURN = (r"(?![^.!?\n]*\b(?:bis|aber jetzt|aber seit|seit|in letzter zeit|neuerdings|inzwischen|mittlerweile|wieder"
            r"|jetzt|heute|gestern|diese woche|zur zeit|zurzeit|gerade|grad|momentan)\b)")
# A new clause of the speaker's own between the negation and the risk words: "ich habe keine Kraft mehr, ich will
# nicht mehr leben" is not a denial (the negation belongs to the first clause).
_NEW_CLAUSE = r"(?!(?:ich|i|ig) (?:will|mag|kann|mochte|mocht|wollte|werde|muss|halte|schaffe)\b)"
_DE_NEG = r"(?:nie|niemals|noch nie|nie im leben|kein einziges mal|nicht ein(?:ziges)? mal|keine|keinen|nicht)"
# Planning ahead: a conditional about the future and a question about a number, a line or a service.
_SOMEDAY = (r"(?:(?:wenn|falls|sollte|sollten)(?: \w+){0,7}? (?:mal|einmal|irgendwann|eines tages|jemals|je|in zukunft"
            r"|spater mal|spater)\b|(?:nur )?fur den fall(?:,? dass)?|fur alle falle|vorsichtshalber)")
_ASK_SERVICE = (r"(?:welche|welcher|welches|wen|wem|wo|was|ist|sind|gibt|kann|konnte|soll|sollte|muss|wie)\b[^.!?\n]{0,60}?"
                r"\b(?:nummer|telefonnummer|hotline|telefonseelsorge|seelsorge|krisendienst|krisentelefon|notruf\w*|112"
                r"|110|144|142|143|0800\w*|beratungsstelle|anrufen|melden|wenden|hinwenden|hilfe holen)\b")
_NOT_NOW = r"(?![^\n]{0,200}\b(?:gerade|grad|jetzt|heute nacht|heute abend|schon genommen|bereits)\b)"
_ROUND7: dict[str, list[str]] = {
    "denial": [
        r"(?:(?:nein|nee|ne|na|noi)[,.!]* )?(?:" + _I + r" )?(?:hatte|habe|hab|hab ich|hatte ich|wollte|wollt|dachte"
        r"|habe ich|war|bin|wurde) " + _DE_TURN + r"(?:\w+ ){0,3}?" + _DE_NEG + r"\b(?: " + _NEW_CLAUSE + r"\w+){0,6}? "
        + _DE_RISK
        + r"(?: \w+){0,4}",
        r"(?:(?:nein|nee|ne|na|noi)[,.!]* )?(?:" + _I + r" )?(?:hatte|habe|hab|hab ich|hatte ich|wollte|wollt|dachte"
        r"|habe ich|war|bin|wurde) " + _DE_TURN + r"(?:\w+ ){0,3}?" + _DE_NEG + r"\b(?:[ ,]+" + _NEW_CLAUSE
        + r"\w+){0,6}?[ ,]+" + _DE_RISK
        + r"(?: \w+){0,4}",
        _DE_NEG + r" " + _DE_TURN + r"(?:\w+ ){0,2}(?:suizidgedanken|selbstmordgedanken|todeswunsch|todeswunsche"
        r"|gedanken an (?:den tod|suizid|selbstmord)|lebensmude gedanken)",
    ],
    # Planning ahead is not risk now; kept here so the composing layer drops the same words.
    # (the pattern layer reads the same structure as an idiom, patterns/de.py)
    "help_seeking": [
        _SOMEDAY + _NOT_NOW + r"[^\n]{0,160}?" + _ASK_SERVICE,
    ],
    # On a platform where a train passes without stopping: "steh grad am Bahnsteig, der Zug fährt in 4 Minuten durch".
    "at_place": [
        r"(?:" + _I + r" )?(?:steh|stehe|sitz|sitze|bin|warte|wart|hock|hocke) (?:\w+ ){0,2}(?:am|auf dem|auf\'m|aufm"
        r"|an der|an den) (?:bahnsteig|gleis|gleisen|bahngleis|bahnsteigkante|schienen|bahnubergang|brucke|brucken"
        r"gelander|gelander|dach|hochhausdach|klippe)\w*(?=[^\n]{0,200}?\b(?:durch|ohne (?:zu )?halten|halt nicht"
        r"|halt hier nicht|durchfahrt|guterzug|guterzuge|schnellzug|ice|railjet|express|minuten?|min)\b)",
    ],
    "time_soon": [
        # Told to act now (a voice, a command): "ich muss es jetzt machen".
        r"(?:muss|musst|soll|sollst|sollte) (?:ich |i |es |das |du )*(?:jetzt|sofort|gleich|heute noch)\b",
        r"in (?:\d+|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|ein paar) (?:minuten?|min)\b(?: \w+){0,2}"
        r" durch",
    ],
    # A goodbye that sums up a relationship with a helper: "Danke für die vielen Gespräche, Frau Doktor. Sie waren
    # immer gut zu mir", and that one tried: "dass wer weiß, dass i's probiert hab".
    "prep": [
        r"(?:sie waren|du warst|ihr wart|sie sind|du bist) (?:\w+ )?(?:immer|stets|all die zeit|so) (?:\w+ )?(?:gut|lieb"
        r"|nett|freundlich|geduldig) (?:zu|mit) mir\b(?![^\n]{0,200}\b(?:nachste woche|nachstes mal|bis (?:dann"
        r"|morgen|montag|nachste)|morgen|termin)\b)",
    ],
    "farewell": [
        r"danke fur (?:die vielen|all die|all die vielen|die ganzen|alle) (?:gesprache|stunden|jahre|sitzungen|termine"
        r"|muhe|geduld)\b(?![^\n]{0,200}\b(?:nachste woche|nachstes mal|bis (?:dann|morgen|montag|nachste)|morgen"
        r"|termin)\b)",
        r"(?:dass|das) (?:wer|jemand|ihr|alle|sie|du) (?:\w+ )?weiss,? (?:dass|das) " + _I + r"(?:s| es)? (?:\w+ )?"
        r"(?:probiert|versucht|gekampft)",
    ],
    # Means in the hand with a command to act now: "ich halt sie schon in der Hand" (the scissors).
    "lethal_means": [
        r"(?:messer|schere|klinge|rasierklinge|cutter|pistole|waffe|strick|seil|glasscherbe|scherbe)\w*[^.!?\n]{0,20}"
        r"[.!,]? ?(?:" + _I + r" )?(?:halt|halte|hab|habe|hob) (?:sie|es|ihn|das|die|den) (?:schon |bereits |jetzt |grad "
        r")*in der hand",
    ],
    # Someone unconscious, breathing oddly: an overdose or a collapse under way.
    "under_way": [
        r"(?:krieg|kriege|bekomm|bekomme|krieg i|kriege ich) (?:ihn|sie|den|die|es) (?:\w+ )?(?:nicht|net|ned) (?:mehr )?"
        r"(?:wach|munter)",
        r"(?:atmet|atmen) (?:\w+ )?(?:komisch|kaum|nicht mehr|flach|rochelnd|schnarchend|unregelmassig|ganz langsam)",
        r"(?:reagiert|reagieren) (?:\w+ )?(?:nicht|net|ned) mehr",
        # A farewell sent by someone who now cannot be reached: "schrieb 'Danke für alles' ... geht nicht ans Handy".
        r"(?:danke fur alles|pass (?:gut )?auf (?:\w+ ){1,2}auf|lebt wohl|leb wohl|verzeih mir|es tut mir leid)[^\n]{0,200}?"
        r"\b(?:geht|ging|nimmt|nahm|hebt) (?:\w+ )?(?:nicht|net|ned) (?:mehr )?(?:ans|an ihr|an sein|ab)\b",
    ],
    # Drinking alone every evening to quiet the head, in dialect: "trink i abends allein", "a Flaschn Obstler".
    "alcohol": [r"obstler|flaschn|schnapsl|zirbn|enzian|williams|trink i|sauf i|trinke ich|trink ich"],
    "frequency": [r"(?:abends|nachts|jeden abend) (?:\w+ )?(?:allein|alleine|alloa|allan)", r"meistens"],
    "amount": [r"(?:a|eine|ne|oa|a ganze|die ganze) (?:ganze |halbe )?(?:flasche|flaschn)\b"],
    "cope": [
        r"(?:anders|sonst) (?:krieg|kriege|bekomm|bekomme) (?:ich|i) (?:den|mein) kopf (?:nicht|net|ned) (?:\w+ )?"
        r"(?:still|ruhig|leise|aus)",
    ],
    # Lethal-dose research with the packet at home: "ab wie vielen Amitriptylin wird es tödlich?".
    "death": [
        # (the question words only, so the medicine named inside stays a part of its own)
        r"(?:ab )?wie ?viele?n?(?= (?:\w+ ){0,4}(?:wird es|ist es|ware es|sind|waren|braucht man|reichen|reicht) (?:\w+ )?"
        r"(?:todlich|letal|totlich|genug um zu sterben|tot|zum sterben))",
        r"(?:todliche|letale) (?:dosis|menge)",
    ],
    # The same denial turned into an admission: "ich wollte mir noch nie etwas antun, aber seit letzter Woche ..."
    # (the words start at the negator, so the negation does not cancel them).
    "death ": [
        r"(?:noch nie|nie|niemals)(?:[ ,]+\w+){0,4}?[ ,]+" + _DE_RISK + r"(?=[^.!?\n]{0,80}\b(?:bis (?:jetzt|vor|letzte)"
        r"|aber (?:jetzt|seit|in letzter zeit|neuerdings|inzwischen|mittlerweile|heute|diese)|seit (?:letzte|ein paar"
        r"|einigen|kurzem|gestern|dem))\b)",
    ],
    # A third person's passive death wish: "im Sarg wär's ruhiger".
    "indirect": [
        r"im sarg (?:war|ware|wars|wares|warn|ist)s? (?:es )?(?:ruhiger|besser|schoner|friedlicher|leichter)",
    ],
}


def _lexicon(lang: str, **parts: list[str]):  # noqa: ANN202 - make_lexicon's Lexicon
    """The parts with the families above merged in."""
    for part, alternatives in (*_FAMILIES.items(), *_ROUND7.items()):
        parts[part.strip()] = [*parts.get(part.strip(), ()), *alternatives]
    return make_lexicon(lang, **parts)


LEXICON = _lexicon(
    "de",
    negation=[
        "nicht", "nich", "net", "ned", "nid", "nod", "nie", "niemals", "noch nie", "nimmer", "nimma", "nichts", "nix",
        "nut", "kein", "keine", "keinen", "keinem", "keiner", "keines", "kei", "niemand", "niemandem", "weder", "ohne",
        "verneint", "nein",
    ],
    first_person=[
        "ich", "i", "ig", "mich", "mi", "mir", "mia", "mein", "meine", "meinen", "meinem", "meiner", "meines", "mei",
    ],
    third_party=[
        "er", "ihn", "ihm", "jemand", "jemanden", "jemandem", "einem menschen", "leute", "menschen", "seine", "seinen",
        "seinem", "seiner",
        # Someone else's words reported to the speaker: "sie hat mir geschrieben 'Danke für alles'".
        r"(?:hat|hatte) mir (?:\w+ ){0,5}(?:geschrieben|geschickt|gesagt|erzahlt|getextet|geschrieben,|geschickt,)",
        r"sie (?:hat|hatte|ist|war|will|wollte|mochte|kann|konnte|wird|sagt|sagte|meint|meinte|schreibt|schrieb|"
        r"denkt|dachte|nimmt|nahm|redet|spricht|sprach|plant|erzahlt|erzahlte|droht|drohte)",
        # a relative named without an article: "Oma hat aus Versehen ...", "Papa ist ..."
        r"(?:oma|opa|omi|opi|mama|papa|mami|papi|mutti|vati)(?= (?:hat|hatte|ist|war|will|wollte|kann|konnte|wird|"
        r"sagt|sagte|nimmt|nahm|schluckt|schluckte|trinkt|trank|redet|spricht|plant|droht))",
        r"(?:mein|meine|meinen|meinem|meiner|ein|eine|einen|einem|einer|unser|unsere|unserem|unserer|dein|"
        r"deine) (?:beste[nrm]? |kleine[nrm]? |grosse[nrm]? |altere[nrm]? |jungere[nrm]? )?(?:freund|freundin|kumpel|"
        r"bruder|schwester|sohn|tochter|vater|mutter|papa|mama|mann|frau|partner|partnerin|ex|kollege|kollegen|"
        r"kollegin|nachbar|nachbarn|nachbarin|patient|patienten|patientin|klient|klienten|klientin|kind|cousin|"
        r"cousine|onkel|tante|oma|opa|enkel|enkelin|schuler|schulerin|mitbewohner|mitbewohnerin|klassenkamerad|"
        r"klassenkameradin|bekannte|bekannter|bekannten|teenager|lehrer|lehrerin|schulerinnen|schulern|therapeut|"
        r"therapeutin|arzt|arztin)",
    ],
    child=[
        _CHILD_N, r"kleine[nrm]?", r"junge|jungen", r"\d{1,2} ?(?:jahre alt|jahrige[nrm]?|jahrig|j)", r"kita",
        r"kindergarten", r"grundschule", r"teenager", r"jugendliche[nrm]?",
        r"(?:sie|er) ist (?:erst |gerade |noch |gerade mal )?(?:1[0-7]|[1-9])\b(?! (?:uhr|euro|grad|prozent|minuten|"
        r"kilo|kg|km|jahre (?:verheiratet|zusammen|her)))",
    ],
    death=_heads([
        # a threat to jump told of someone on a height: "steht auf der Brücke und droht zu springen"
        r"(?:droht|drohte|angedroht|drohen),? (?:\w+ )?(?:zu springen|springen|runterzuspringen|runter zu springen|"
        r"hinunterzuspringen|sich runterzusturzen)(?= *(?:[.!?,;:]|$|und|aber))",
        # a wish or plan with a modal verb, up to four words between: "ich will einfach nur noch sterben"
        _WISH + r",? (?!(?:\w+,? ){0,4}?" + _PEACEFUL + r" sterben)(?:(?!" + _NEG + r")\w+,? ){0,4}" + _DIE +
        _NOT_RATHER,
        # hoping to die: "ich hoffe, morgen nicht mehr aufzuwachen", "ich hoffe, bald zu sterben"
        r"hoffe,? (?:(?!" + _NEG + r"|" + _PEACEFUL + r"\b)\w+ ){0,3}(?:zu sterben|tot zu sein|"
        r"(?:nicht|nie|nimmer) (?:mehr |wieder )?aufzuwachen|einzuschlafen und (?:nicht|nie) (?:mehr |wieder )?"
        r"aufzuwachen)",
        # what it would take not to wake up: "wie viel muss man nehmen, damit man nicht mehr aufwacht"
        # (not sleep kept through the night: "Schlaftabletten, damit ich nachts nicht mehr aufwache")
        r"(?:damit|dass|sodass|so dass|bis) (?:ich|i|man) (?:(?!" + _NEG + r"|nachts\b|zwischendurch\b|fruh\b|"
        r"so\b|oft\b|standig\b|dauernd\b|immer\b|morgens\b)\w+ ){0,3}(?:nicht|nich|nie|nimmer) "
        r"(?:mehr |wieder )?(?:aufwacht|aufwache|aufwachen)(?! (?:\w+ ){0,2}(?:mitten in der nacht|nachts|"
        r"zwischendurch|in der nacht|um \d|so fruh|fruh|vor dem wecker|ohne wecker))",
        r"(?:um|damit|dass) (?:ich|i|man) (?:(?!" + _NEG + r")\w+ ){0,2}(?:stirbt|sterbe|tot ist|tot bin|"
        r"nicht mehr aufwacht)(?= *(?:[.!?,;]|$|und|oder))",
        r"um (?:(?!" + _NEG + r")\w+ ){0,2}(?:zu sterben|nicht mehr aufzuwachen|nie mehr aufzuwachen)",
        r"(?:ware|wars|waer|war|ist) (?:es |s )?(?:\w+ )?(?:besser|einfacher|leichter),? (?:einfach )?(?:tot zu sein|"
        r"zu sterben|nicht mehr zu leben|nicht mehr da zu sein|nicht mehr aufzuwachen|nie mehr aufzuwachen)",
        # ending it, said with a means ("ich uberlege ernsthaft, Schluss zu machen. ... noch genug Morphium"), not
        # a break-up ("mit ihm Schluss machen") nor the end of a working day
        r"(?:uberlege|ueberlege|uberleg|denke (?:\w+ )?(?:daran|dran|druber)|will|mochte|werde|plane|habe vor|"
        r"hab vor|bin bereit)(?:,? (?!mit\b|fur\b|damit\b|dafur\b|hier\b)\w+){0,2},? schluss (?:zu )?machen(?!"
        r" (?:mit (?!allem|dem leben)|fur "
        r"heute|fur jetzt|fur den tag|fur diese woche))(?=[^\n]{0,200}\b(?:" + _PILL_WORDS + r"|strick|seil|"
        r"schlinge|pistole|waffe|gewehr|gift|brucke|gleise|gleisen)\b)",
        _DO + r" (?:" + _W + r"){0,3}(?:" + _SELF_KILL + r")",
        # said of someone else (the third-party cue before it decides): "dass sie sich umbringen will"
        r"(?:will|mochte|wollte|plant|denkt daran|versucht|droht),? (?:" + _W + r"){0,3}sich "
        r"(?:selbst )?(?:umbringen|umzubringen|toten|zu toten|das leben (?:zu )?nehmen|erhangen|aufhangen|"
        r"aufzuhangen|erschiessen|zu erschiessen)",
        r"sich (?:" + _W + r"){0,2}(?:umbringen|das leben nehmen) (?:will|mochte|wollte|wurde)",
        _WISH + r" (?:" + _W + r"){0,3}(?:weg|raus) (?:aus diesem leben|von dieser welt|fur immer)",
        # verb-final order: "weil ich sterben will", "dass ich nicht mehr leben mochte"
        r"(?:sterben|tot sein|nicht mehr leben|nimmer leben|mich umbringen|mir das leben nehmen) (?:will|mochte|"
        r"wollte|werde|wurde|muss)",
        # the act named outright, present and future ("das wird mich noch umbringen" is a figure of speech)
        r"(?<!wird )(?<!wurde )(?<!wurd )(?<!werden )(?<!konnte )(?<!das )(?:" + _SELF_KILL + r")",
        r"bring(?:e|a)? (?:ich |i )?" + _MICH + r" (?:" + _W + r"){0,2}um" + r"(?! (?:\w+ )?vor (?:lachen|langeweile|"
        r"sorge|hunger))",
        r"(?:tote|toete|erhange|erhaenge|erschiesse|ertranke) (?:ich |i )?" + _MICH + r"(?! (?:\w+ )?(?:mit|"
        r"vor) (?:arbeit|lachen|sport))",
        r"(?:hange|haenge|hang|knupfe) (?:ich |i )?" + _MICH + r" (?:" + _W + r"){0,3}auf",
        r"nehme (?:ich |i )?mir (?:" + _W + r"){0,2}das leben",
        r"(?:werf|werfe|schmeiss|schmeisse|leg|lege) (?:ich |i )?" + _MICH + r" vor (?:den|einen|nen|die) (?:zug|"
        r"u-?bahn|s-?bahn|bahn|lkw)",
        # an attempt is an event, not a wish: told as history ("nach einem Suizidversuch") it is no death wish
        _ABOUT + r"suizid(?!pravention|forschung|rate|praventiv|hilfe|versuch)\w*",
        _ABOUT + r"selbstmord(?!attentat|versuch)\w*",
        r"(?:plane|plan|will|werde|werd|mache|mach|unternehme|starte) (?:(?!" + _NEG + r")\w+ ){0,3}(?:einen |nen |"
        r"den |noch einen |einen weiteren |einen neuen )?(?:suizidversuch|selbstmordversuch)",
        r"(?:suizidversuch|selbstmordversuch) (?:\w+ ){0,2}(?:machen|unternehmen|starten|planen|begehen|wagen)",
        r"freitod",
        # wishing to be dead
        r"(?:ware|waer|war) (?:\w+ )?(?:am liebsten|lieber|besser|gern|gerne) tot",
        # "ich wär echt lieber nicht mehr da", "wäre am liebsten nimmer hier" (not "nicht mehr da hingegangen")
        r"(?:ware|waer|war|wär) (?:ich |i )?(?:\w+ )?(?:am liebsten|lieber|echt lieber|einfach lieber) (?:gar )?"
        r"(?:nicht mehr|nimmer|nimma|nie mehr|num+e?) (?:da|hier|am leben|auf der welt|do)(?= *(?:[.!?,;:]|$|und|aber))",
        r"wunsch\w*(?: \w+)?,? (?:ich|i) (?:ware|war|waer) (?:\w+ )?tot",
        r"(?:ware|war) (?:ich|i) (?:doch )?(?:nur |bloss |endlich )?tot",
        r"lieber tot als (?:so |weiter|noch |zuruck|ins |in ein|in die|das hier|dieses|mein leben|so zu leben|allein)",
        r"besser,? wenn (?:ich|i) (?:\w+ )?(?:tot|nicht mehr da|nicht mehr am leben|nicht mehr hier|"
        r"nie geboren) (?:ware|war|waer|bin)",
        r"besser,? wenn es mich (?:\w+ )?nicht (?:mehr )?(?:gabe|gaebe)", r"(?:ware|bin|war) besser tot",
        r"am liebsten (?:\w+ )?tot",
        r"(?:keine|kei|null) (?:lust|bock|kraft) mehr (?:zu leben|zum leben|auf (?:das|dieses|mein|mei|"
        r"s) (?:\w+ )?leben|auf leben|zu lebe)",
        r"(?:kein(?:en)?|null) grund (?:mehr )?(?:zu leben|zum leben|weiterzuleben|weiter zu leben)",
        r"(?:alle|jeder|jede|meine familie|die kinder|meine kinder|ihr|die welt|mein mann|meine frau|"
        r"meine eltern)(?: \w+){0,3} (?:ware|waren|waer|waern|ist|sind|hatte|hatten|hat|haben) (?:\w+ ){0,2}(?:besser "
        r"dran|besser|glucklicher|leichter|einfacher|ruhiger|weniger sorgen|weniger stress) ohne mich"
        r"(?! (?:im|beim|bei|in der|auf|wahrend|am|wenn ich (?:auf|im|in|bei|arbeite|unterwegs|verreist))\b)",
        r"ohne mich (?:\w+ )?besser (?:dran|ab)",
        # a burden gone: "wenn ich nicht mehr da ware, hatten es alle leichter", "wenn i numme da war, hatteds es
        # eifacher", "ohne mich hattet ihr es leichter"
        r"wenn (?:ich|i) (?:(?!" + _NEG + r")\w+ ){0,2}(?:nicht mehr|nimmer|nimma|num+e?|nid meh|nie mehr|"
        r"fur immer weg|tot) "
        r"(?:(?:da|hier|do|am leben|auf der welt) )?(?:ware|war|waer|wari|wer|bin|sei)[ ,]+(?:\w+ ){0,2}(?:hatten|"
        r"hattet|hatteds|hattets|hattens|hatte|hattest|hattet ihr|waren|ware|wars|wird|werden|gings|ginge|isch|"
        r"ists|ist)(?: \w+){0,4} (?:einfacher|eifacher|leichter|liechter|besser|glucklicher|ruhiger|ruhe|"
        r"frieden)",
        r"ohne mich (?:hatten|hattet|hatteds|hattest|hatte|waren|ware|wart|warst|ginge|gings|wurde|wurden) (?:es |s )?"
        r"(?:alle|ihr|du|sie|meine (?:familie|kinder|eltern|frau)|mein mann|die kinder|jeder|alli|ihr alle)(?: \w+)"
        r"{0,3} (?:einfacher|eifacher|leichter|besser|glucklicher|(?:mehr|endlich|ihre) (?:ruhe|frieden|platz))"
        r"(?! (?:beim|bei der|bei dem|im|in der|mit de"
        r"m|mit der|"
        r"auf der|am)\b)",
        r"(?:das|dies) ist (?:meine letzte (?:nachricht|nacht)|mein letzter tag|mein ende)",
        r"(?:bin|ware) (?:ich|i) (?:\w+ )?(?:schon|bereits|langst|dann schon|dann) (?:tot|nicht mehr (?:am leben|da|"
        r"hier|unter euch))",
        r"(?:dann|morgen|bald|schon) bin (?:ich|i) (?:\w+ )?(?:tot|nicht mehr am leben|nicht mehr unter euch|"
        r"nicht mehr auf dieser welt)",
        r"ihr seht mich (?:nie|niemals) wieder",
        r"(?:(?<=\bmorgen )|(?<=\bbald )|(?<=\bubermorgen )|(?<=\bdann )|(?<=\bdanach ))bin (?:ich|i) "
        r"(?:eh |sowieso |dann |schon |endlich )?(?:nicht mehr|"
        r"nimmer) (?:da|hier)(?= *(?:[.!?,;]|$))(?![^\n]{0,120}\b(?:urlaub\w*|verreist|reise\w*|weg(?:gefahren)?|"
        r"umzug|umziehe|ausziehe|krank\w*|klinik|krankenhaus|reha|buro|arbeit|schule|kurs|seminar|dienstreise)\b)", r"mit dem leben (?:endgultig )?(?:abschliessen|abgeschlossen)",
        r"beende (?:\w+ )?(?:mein leben|alles)",
        r"(?:es|alles|das alles|das ganze) (?:endgultig|fur immer|ein fur alle mal) (?:beenden|zu beenden)",
        r"(?:dem|allem|dem ganzen) (?:\w+ )?ein ende (?:setzen|machen|bereiten)",
    ]),
    indirect=[
        r"bereit,? (?:zu sterben|abzutreten|fur den tod)",
        r"(?:bin|ware|war) bereit,? (?:zu sterben|abzutreten|fur den tod|zu (?:meinem|meiner|ihm|"
        r"ihr)\b(?: \w+){0,3} zu gehen|mich (?:von allen )?zu verabschieden)",
        r"zeit fur mich,? (?:abzutreten|zu sterben)",
        r"(?:will|mochte|mocht|wurde gern|sehne mich danach,?|freue mich,?) (?:\w+ ){0,4}(?:zu|bei) (?:meinem|meiner|"
        r"ihm|ihr)(?: \w+){0,3} (?:in den himmel|nach oben|ins jenseits|im himmel|da oben|dort oben|"
        r"auf der anderen seite)",
        r"(?:will|mochte|mocht|wurde gern|sehne mich danach,?) (?:\w+ ){0,2}zu (?:meinem|meiner) (?:verstorbenen|"
        r"seligen|toten|verstorbene|selige|geliebten verstorbenen) \w+",
        r"(?:meinem (?:\w+ )?(?:mann|sohn|vater|gatten|bruder)|meiner (?:\w+ )?(?:frau|tochter|mutter|gattin|"
        r"schwester)|ihm|ihr) (?:bald |endlich )?(?:nachfolgen|nachgehen|nachreisen|in den tod folgen)",
        r"(?:meinem (?:verstorbenen )?(?:mann|sohn|gatten)|meiner (?:verstorbenen )?(?:frau|tochter|"
        r"gattin)) (?:bald |endlich )?folgen",
        r"(?:im himmel|da oben|dort oben|im jenseits) (?:wieder ?sehen|wiedersehen|vereint)",
        r"wieder (?:mit|bei) (?:ihm|ihr|meinem \w+|meiner \w+) (?:vereint|zusammen) (?:sein|im himmel)",
        r"(?:denke|denk|dachte|gedanken) (?:\w+ ){0,2}(?:an den tod|ans sterben|an das sterben|ans totsein|"
        r"an meinen tod|ans tot sein)",
        r"todessehnsucht", r"todeswunsch\w*", r"(?:lange )?genug gelebt", r"mein leben (?:ist )?gelebt",
        # an old age that has seen enough: "ich bin 82, ich habe genug gesehen"
        r"(?:bin|werde) (?:jetzt |schon |bald )?(?:[6-9]\d|1[01]\d|alt|uralt|uber [6-9]\d)(?: jahre alt)?[ ,]+"
        r"(?:\w+ ){0,3}(?:habe|hab|hob) (?:\w+ ){0,2}(?:genug|alles) (?:gesehen|erlebt|gehabt)(?= *(?:[.!?,;:]|$)|"
        r" (?:vom|im) leben)",
        r"(?:habe|hab) (?:in meinem leben |im leben |mein leben lang )(?:genug|alles) (?:gesehen|erlebt)"
        r"(?= *(?:[.!?,;:]|$))",
        r"(?:hab|habe) mein leben gelebt", r"(?:genug|die nase voll) vom leben", r"das leben satt", r"lebenssatt",
        r"(?<!bist du )(?<!seid ihr )(?<!ist der )(?<!ist die )(?<!der ist )(?<!die ist )(?<!du )lebensmu(?:e)?de",
        r"(?:der )?(?:liebe )?(?:gott|herrgott|herrgot|himmelvater|tod|sensenmann) (?:\w+ )?(?:kann|soll|darf|moge|"
        r"mog|konnte|sollte|mag|wird) (?:\w+ ){0,2}mich (?:\w+ ){0,2}(?:holen|zu sich (?:holen|nehmen|rufen)|"
        r"mitnehmen|abberufen|erlosen|heimholen)",
        r"(?:gott|herrgott|lieber gott) (?:hol|nimm|erlose) mich",
        r"der tod (?:kann|soll|darf|mag) (?:ruhig |gern |gerne |endlich )?kommen",
        r"wenn (?:gott|der herrgott|der liebe gott|der tod) mich (?:doch )?(?:endlich |bald )?(?:holen|holt|zu sich|"
        r"mitnimmt|mitnehmen)",
        r"(?:hatte|hatt) nichts dagegen,? (?:\w+ ){0,3}(?:nicht mehr aufzuwachen|zu sterben|einzuschlafen|tot|"
        r"nicht mehr aufwache|sterben)",
        r"(?:wurde|wurd) mir nichts ausmachen,? (?:\w+ ){0,2}(?:zu sterben|nicht mehr aufzuwachen|tot)",
        r"(?:ware|wars) mir (?:recht|egal),? (?:wenn ich )?(?:nicht mehr aufzuwachen|morgen nicht mehr aufwache|tot|"
        r"zu sterben|sterben)",
        r"wenn (?:ich|i) (?:morgen )?(?:einfach )?nicht mehr aufwache(?!n wurde)",
        r"hoffe,? (?:dass )?(?:ich|i) (?:\w+ ){0,3}(?:nicht mehr|nie mehr|nie wieder|nimmer) aufwache",
        r"hoffe,? (?:ich|i) wache (?:\w+ ){0,3}(?:nicht mehr|nie mehr|nie wieder|nimmer) auf",
        r"(?:herrgott|gott|der liebe gott|der tod|da oben) (?:hat|het) (?:mich|mi) (?:wohl |einfach |anscheinend |"
        r"scheinbar )?vergessen",
        r"nicht mehr aufwachen (?:wurde|ware)",
        r"(?:bald|nicht mehr lange|bald nicht mehr|nimmer lang) (?:\w+ )?(?:zur last|eine last|eine belastung)",
        r"(?:niemandem|keinem|euch|dir|den kindern) (?:\w+ )?(?:mehr|nicht mehr lange|bald nicht mehr) zur last",
        r"wozu (?:noch )?(?:leben|weiterleben|weitermachen|aufstehen)", r"welchen sinn hat (?:das|mein) leben",
        r"(?:wofur|warum|wozu) (?:soll|sollte) (?:ich|i) (?:noch )?(?:leben|weiterleben|weitermachen|aufstehen)",
        r"(?:will|mochte|muss|brauch|brauche) (?:ich|i) (?:nicht|keinen|keines|keine) (?:mehr )?erleben",
        r"(?:will|mochte|muss) (?:\w+ ){0,3}nicht mehr erleben",
        r"(?:fur immer|auf ewig|fur alle zeit) (?:verschwinden|weg sein|einschlafen)",
        r"(?:will|mochte|sehne mich nach|wunsche mir|wunschte mir|hatte gern|hatte endlich) "
        r"(?:\w+ ){0,2}(?:die )?ewige ruhe",
        r"(?:niemand|keiner|niemanden) (?:wurde|wird|wurds|wurde es) (?:\w+ )?(?:vermissen|merken|auffallen)",
        r"wunsch\w*(?: \w+)?,? (?:ich|i) (?:ware|war|waer) nie geboren",
        r"(?:will|wott|mochte|wu|wui) (?:einfach )?(?:(?:nicht|net|ned|nid) mehr|nimmer|nimma|num+e?|"
        r"nume)(?= *(?:[.!?,;:]|$|und |ich |i |es ))",
        r"(?:kann|cha|konnt) (?:einfach )?(?:nicht|net|ned|nid) mehr weiterleben",
        r"(?:will|mochte|wunsche mir|beantrage|beantragt|plane) (?:\w+ ){0,4}(?:sterbehilfe|dignitas|exit)",
        r"sterbehilfe (?:\w+ ){0,3}(?:fur mich|beantragt|in anspruch)", r"sterbefasten",
        r"(?:bei|mit) (?:exit|dignitas) (?:\w+ )?(?:angemeldet|anmelden|gehen|sterben)",
        # (not away on a trip or moved out: "wenn ich nicht mehr da bin, giesst bitte jemand die Blumen? Ich
        # fahre weg")
        r"wenn (?:ich|i) (?!mal )(?:bald |dann |erst )?(?:nicht mehr|nimmer) (?:da|hier|am leben|auf der welt) bin"
        r"(?![^\n]{0,150}\b(?:urlaub\w*|verreist|verreise|reise|fahre (?:\w+ ){0,3}weg|fliege|umzug|umziehe|"
        r"ausziehe|ausgezogen|umgezogen|rente|elternzeit|im krankenhaus|in der klinik|in der reha|gekundigt|"
        r"kundige|neuen job|auslandssemester|austausch)\b)",
        r"bin (?:bald|wohl bald|eh bald) nicht mehr (?:da|hier|am leben|unter euch)",
        r"bin nicht mehr lange (?:da|hier|am leben)",
    ],
    method=[
        # on the way to the tracks: "heute Nacht fahr ich zu den Gleisen"
        r"(?:fahr|fahre|fahrt|geh|gehe|lauf|laufe|gefahren|gegangen|gelaufen) (?:ich |i )?(?:\w+ ){0,3}(?:zu den|zum|"
        r"an die|an den|auf die) (?:gleisen|gleise|schienen|bahngleisen|bahngleise|bahndamm|bahnstrecke)",
        r"strick\w*", r"seil", r"seile", r"seils", r"schlinge", r"galgen", r"dachbalken", r"deckenbalken",
        r"deckenhaken", r"balken", r"treppengelander", r"gurtel um (?:meinen|den) hals", r"erhangen\w*",
        r"erhaengen\w*", r"aufhangen", r"aufhaengen", r"aufknupfen", r"waffe", r"waffen", r"dienstwaffe",
        r"schusswaffe", r"pistole", r"gewehr", r"jagdgewehr", r"sturmgewehr", r"armeewaffe", r"revolver", r"knarre",
        r"flinte", r"schrotflinte", r"kugel in den kopf", r"messer", r"klinge", r"klingen", r"rasierklinge\w*",
        r"skalpell", r"teppichmesser", r"cuttermesser", r"pulsadern?", r"puls aufschneiden",
        r"von (?:der|einer|dieser) (?:\w+ )?(?:brucke|bruecke)",
        r"(?:\w*brucke|\w*bruecke) (?:uber|an) (?:der|die|den|dem) (?:a ?\d+|autobahn|bundesstrasse|b ?\d+|gleise|"
        r"gleisen|bahn|bahngleise\w*|schienen|schnellstrasse|bahnstrecke)",
        # the hose for the exhaust, ready in the car
        r"schlauch (?:\w+ ){0,3}(?:im|in den|ins) (?:kofferraum|auto|wagen)", r"schlauch (?:\w+ ){0,3}auspuff",
        r"(?:brucke|bruecke) (?:runter|hinunter|springen|hinabspringen)", r"bruckengelander", r"uber das gelander",
        r"(?:vom|aufs|auf dem|auf das) (?:dach|hochhaus|parkhaus)", r"hochhausdach", r"dachkante", r"klippe\w*",
        r"(?:vom|aus dem) (?:fenster|balkon|turm|kirchturm|aussichtsturm)", r"staumauer", r"in die tiefe",
        r"(?:runter|hinunter|herunter|hinab|abe|aba|abi|obi|owi|abizu|obe)spring(?:en|e|t|a)?",
        r"spring(?:en|e|t)?(?= (?:\w+ )?(?:runter|hinunter|hinab|in die tiefe|von der|vom|aus dem|vor den|"
        r"vor einen)\b)",
        r"(?:von|vom|aus dem) (?:\w+ ){0,3}(?:zu )?spring(?:en|e)?",
        r"(?:abe|obi|owi|aba)(?:hupfe|hupfen|hupfa|gumpe)", r"in die tiefe (?:springen|sturzen|fallen)",
        r"(?:mich )?(?:runter|hinunter|in die tiefe) (?:sturzen|fallen lassen|werfen)",
        r"vor (?:den|einen|nen|die|eine) (?:zug|u-?bahn|s-?bahn|bahn|lkw|laster|bus|tram|strassenbahn)",
        r"(?:auf|zwischen|an) (?:die|den) (?:gleise|gleisen|schienen)", r"gleisbett", r"bahngleis\w*", r"lokfuhrer",
        r"personenschaden", r"gegen (?:einen|den|die|eine|nen) (?:baum|wand|mauer|bruckenpfeiler|pfeiler|betonwand)",
        r"geisterfahrer",
        r"(?:in den|im|in einen) (?:fluss|rhein|main|donau|elbe|isar|aare|limmat|spree|inn|see|stausee|kanal)",
        r"ins (?:wasser|meer)", r"ertrinken", r"ertranken", r"abgase?", r"auspuff", r"schlauch", r"kohlenmonoxid",
        r"co-?vergiftung", r"holzkohle", r"grillkohle", r"einweggrill", r"kohlegrill", r"gashahn", r"plastiktute",
        r"plastiksack", r"helium", r"benzin(?:kanister)?", r"brandbeschleuniger", r"uberdosis", r"ueberdosis", r"uberdosieren", r"overdose", r"vergiften", r"insulin",
        _POISON,
    ],
    pills=[
        _PILL_WORDS,
        # everything in the medicine cabinet: "alles aus dem Badezimmerschrank genommen"
        r"(?:medikamentenschrank|arzneischrank|arzneimittelschrank|apothekenschrank|hausapotheke|medizinschrank)"
        r"(?![^.!?\n]{0,60}\b(?:geputzt|sortiert|aufgeraumt|ausgewischt|sauber|abgewischt|entsorgt|weggeworfen|"
        r"ausgemistet|abgelaufen\w*|apotheke)\b)",
        # party pills counted in halves: "ne halbe Pille", "noch ne ganze", "zwei Teile"
        r"(?:ne|eine|n|ein|noch ne|noch eine|zwei|drei) (?:halbe|viertel|ganze) (?:pille|teil|ecstasy|xtc|emma)",
        r"(?:xtc|ecstasy|mdma|molly|emma)(?:-| )?(?:pille|pillen|teile|tabletten|kristalle)",
    ],
    poison=[
        _POISON_WORDS,
    ],
    lethal_means=_heads([
        # the hose already in the car or the boot: "der Schlauch liegt schon im Kofferraum"
        r"(?:schlauch|gartenschlauch) (?:(?!fur|zum|furs)\w+ ){0,3}(?:im|in den|ins|in meinem|in mein) (?:kofferraum|"
        r"auto|wagen)(?![^.!?\n]{0,60}\b(?:garten|waschen|wasche|baumarkt|umzug|camping|pool|blumen|rasen|giessen)\b)",
        r"schlinge (?:\w+ ){0,3}(?:geknupft|gebunden|fertig|hangt|haengt|bereit|vorbereitet)",
        r"(?:strick|seil|gurtel|kabel|schlinge) (?:\w+ ){0,4}(?:an|uber|um|am) (?:den|dem|die|der|einen|einem|das|"
        r"meinen )?(?:balken|dachbalken|deckenbalken|deckenhaken|treppengelander|heizungsrohr|turrahmen|"
        r"dachstuhl)(?: \w+){0,2} (?:gebunden|geknotet|festgebunden|befestigt|festgemacht|gehangt|aufgehangt|"
        r"geknupft)",
        r"(?:strick|schlinge) (?:\w+ ){0,2}(?:hangt|haengt|hanget|ist gebunden|ist fest|ist fertig|ist bereit|"
        r"liegt bereit|ist vorbereitet|ist geknupft)",
        r"(?:strick|seil|gurtel|kabel) (?:\w+ ){0,2}(?:hangt|haengt|ist) (?:schon |bereits )?(?:am|an dem|uber dem|"
        r"um den) (?:balken|dachbalken|deckenbalken|deckenhaken|treppengelander|heizungsrohr|dachstuhl)",
        r"(?:habe|hab) (?:\w+ ){0,3}(?:strick|seil|schlinge|gurtel) (?:\w+ ){0,3}(?:festgebunden|befestigt|"
        r"festgemacht|aufgehangt|geknupft|geknotet)",
        _NOT_ROUTINE + r"(?<!meine )(?<!mein )(?<!seine )(?<!ihre )(?:" + _PILL_WORDS + r") (?:\w+ ){0,3}(?:liegen|"
        r"stehen|sind|hab ich|habe ich) (?:\w+ ){0,2}(?:bereit|parat|griffbereit|bereitgelegt|zurechtgelegt|vor mir)",
        _NOT_ROUTINE + r"(?:" + _PILL_WORDS + r") (?:\w+ ){0,3}(?:abgezahlt|ausgelegt|aufgereiht|rausgedruckt|"
        r"herausgedruckt|gezahlt|aus den blistern gedruckt|aus der packung gedruckt)",
        r"(?:sie alle|alle) (?:\w+ ){0,2}(?:rausgedruckt|herausgedruckt|aus den blistern gedruckt|aus der packung "
        r"gedruckt)",
        r"(?:genug|ausreichend) (?:\w+ ){0,2}(?:" + _PILL_WORDS + r"|gift)(?: \w+){0,3} (?:um|zum|fur) (?:zu sterben|"
        r"sterben|nicht mehr aufzuwachen|es zu beenden|mich umzubringen|todlich|den tod)",
        r"(?:todliche|toedliche|letale) (?:dosis|menge)",
        r"(?:hat|habe|hab|hatte) (?:\w+ ){0,2}(?:" + _PILL_WORDS + r") (?:\w+ ){0,3}(?:versteckt|gebunkert|gehortet|"
        r"gesammelt|beiseitegelegt|beiseite gelegt)(?![^.!?\n]{0,40}\b(?:vor den kindern|kindersicher|vor dem hund)\b)",
        # looking up when the train passes fastest: "wann der Zug am schnellsten durchfahrt"
        r"(?:wann|um wie viel uhr|welche uhrzeit|zu welcher zeit|fahrplan) (?:\w+ ){0,4}(?:zug|zuge|ice|gutterzug|"
        r"guterzug|s-?bahn|bahn) (?:\w+ ){0,3}(?:am schnellsten|ohne (?:zu )?halt\w*|ungebremst|mit vollem tempo|"
        r"durchfahrt|durchrast|durchfahren|durchbraust|nicht halt)",
        # a noose-rope got: "hab schon mal den Strick besorgt", "einen Strick gekauft" ("Strick" is the hangman's
        # rope; a rope for a purpose is "Seil")
        r"(?:den|einen|nen|n|ein|das|mein|meinen) (?:\w+ )?strick" + _NOT_FOR + r" (?:\w+ ){0,3}(?:besorgt|gekauft|"
        r"geholt|bestellt|"
        r"organisiert|gekauft|besorge|kaufe|hole|gefunden|bereitgelegt|versteckt)" + _NOT_FOR,
        r"(?:besorgt|gekauft|geholt|bestellt|organisiert|besorge|kaufe|hole) (?:\w+ ){0,3}(?:den|einen|nen|n) "
        r"(?:\w+ )?strick\b" + _NOT_FOR,
        # medication not taken and kept back: "dass ich meine Tabletten seit Wochen nicht nehm ... ich heb sie auf,
        # fur spater"; "ich tu nur so, als ob ich sie nehme, und sammle sie"
        r"(?:" + _PILL_WORDS + r")(?:\W+\w+){0,6}?\W+(?:nicht|nich|net|ned|nimmer|nie) (?:mehr )?(?:nehm|nehme|"
        r"genommen|schluck|schlucke|geschluckt|eingenommen)(?:\W+\w+){0,14}?\W+(?:ich |i )?(?:heb|hebe|hob|sammle|"
        r"sammel|bunker|bunkere|horte|behalte|behalt|spar|spare|leg|lege|versteck|verstecke) (?:ich |i )?(?:sie|se|"
        r"die|alle|diese) (?:\w+ ){0,2}(?:auf|an|zuruck|beiseite|weg|fur spater|fur den fall)\b",
        r"(?:tu|tue|tat) (?:\w+ )?(?:nur )?so,? als (?:ob|wurde) (?:ich|i) (?:sie|die|meine \w+) (?:\w+ )?(?:nehmen|"
        r"nehme|schlucke|schlucken)(?:\W+\w+){0,10}?\W+(?:heb|hebe|sammle|sammel|bunker|bunkere|horte|behalte|spare|"
        r"verstecke|spucke|spuck) (?:ich |i )?(?:sie|se|die|alle)",
        r"schlauch (?:\w+ ){0,3}(?:am|an den|an dem|in den|vom|zum|uber den) auspuff",
        r"auspuff (?:\w+ ){0,2}schlauch",
        r"(?:garage|turritzen|ritzen|luftung) (?:\w+ ){0,2}(?:abgedichtet|zugeklebt|verklebt|abgeklebt)",
        r"(?:holzkohle|grillkohle|einweggrill|kohlegrill) (?:\w+ ){0,7}(?:ins|im|in das|in den|in die|in meinem|"
        r"in meinem) (?:bad|badezimmer|schlafzimmer|zelt|kleinen zimmer)",
        r"(?:waffe|pistole|gewehr|revolver|knarre) (?:\w+ ){0,4}(?:ist |schon )?(?:geladen|entsichert|durchgeladen)",
        r"(?:habe|hab|hob) (?:\w+ ){0,3}(?:waffe|pistole|gewehr|revolver|knarre) (?:\w+ ){0,2}(?:geladen|entsichert|"
        r"durchgeladen)",
        r"(?:lade|entsichere) (?:\w+ )?(?:die|meine|seine|eine) (?:waffe|pistole|gewehr|knarre)",
        r"(?:sammle|sammel|horte|bunkere|sammelte|hortete|gesammelt|gehortet|gebunkert) (?:(?!und|oder|"
        r"aber)\w+ ){0,3}(?:seit \w+ (?:\w+ )?)?(?:" + _PILL_WORDS + r")",
        r"(?:" + _PILL_WORDS + r")(?:[ ,]+\w+){0,8}?[ ,]+(?:sammle|sammel|horte|bunkere|spare) (?:ich |i )?(?:sie|"
        r"die|diese|alle)" + _END,
        # gathered from several pharmacies: "in der zweiten Apotheke nochmal zwei Packungen geholt"
        r"(?:zweiten|dritten|vierten|funften|nachsten|anderen|weiteren|noch einer|nachste) apotheke (?:\w+ ){0,3}"
        r"(?:nochmal|noch mal|noch einmal|wieder|weitere|zusatzlich|noch) (?:\w+ ){0,2}(?:packungen|packung|"
        r"schachteln|schachtel|" + _PILL_WORDS + r")(?![^.!?\n]{0,80}\b(?:kopfschmerz\w*|migrane|erkaltung|fieber|"
        r"grippe|zahn\w*|rezept\w*|vorratig|ausverkauft|lieferengpass|fur (?:mama|papa|oma|opa|die kinder|meine "
        r"mutter|meinen vater))\b)",
        # the amount complete: "(die Packungen ...) mit denen von Mama zusammen reicht das jetzt"
        r"(?:packungen|packung|schachteln|apotheke|" + _PILL_WORDS + r")(?:\W+\w+){0,14}?\W+(?:zusammen|insgesamt|"
        r"damit|jetzt) (?:\w+ ){0,2}(?:reicht|reichen) (?:das|es|des|die|sie) (?:jetzt |nun |dann |sicher |bestimmt |"
        r"locker |auf jeden fall )?(?:sicher|bestimmt|locker|jetzt|nun|dicke|auf jeden fall)?(?= *(?:[.!?,;:]|$))",
        r"(?:" + _PILL_WORDS + r") (?:\w+ ){0,3}(?:gesammelt|gehortet|gebunkert|angespart|zuruckgelegt|gespart|"
        r"zusammengesammelt|aufgespart)(?![,\w ]{0,60}(?:apotheke|entsorg|zuruckgebracht|zuruckgeben|abgegeben))",
    ]),
    taken=_heads([
        # party pills: "hab vorhin ne halbe Pille genommen", "zwei Teile eingeworfen"
        r"(?:hab|habe|hatte|hab ich|habe ich) (?:\w+ ){0,2}(?:ne|eine|n|ein|zwei|drei) (?:halbe |viertel |ganze )?"
        r"(?:pille|"
        r"pillen|teil|teile|xtc|ecstasy|emma) (?:\w+ )?(?:genommen|geschluckt|eingeworfen|geworfen|gezogen)",
        # Perfekt: "ich hab vorhin alle Tabletten geschluckt", "hab ich 40 genommen", "i ha alli gno"
        _AUX + r" (?:mir )?" + _GAP + r"(?:(?:ca|circa|ungefahr|etwa|rund|knapp|uber|mindestens|fast|bestimmt|"
        r"so)\.? )?" + _OBJ + r" (?:" + _W + r"){0,7}" + _SWALLOW + _AS_PRESCRIBED,
        # said of someone else, the part starting after "hat" so that "sie hat" is the cue before it
        r"(?<=\bhat )(?:sich )?" + _GAP + _OBJ + r" (?:" + _W + r"){0,5}" + _SWALLOW + _AS_PRESCRIBED,
        # all at once, a week's insulin: "ich habe das Insulin fur die ganze Woche auf einmal gespritzt"
        _AUX + r" (?:mir )?(?:(?!" + _NEG + r")\w+,? ){0,8}(?:auf einmal|auf ex|alle auf einmal|alles auf einmal|"
        r"auf einen schlag) "
        r"(?:" + _W + r"){0,2}(?:" + _SWALLOW + r"|gespritzt|injiziert|reingejagt|getrunken|ausgetrunken)",
        # a double dose by mistake: "Oma hat aus Versehen ihre Blutverdunner zweimal genommen"
        r"(?:aus versehen|ausversehen|versehentlich|irrtumlich) (?:" + _W + r"){0,5}(?:doppelt|zweimal|zwei mal|"
        r"dreimal|drei mal|mehrfach|mehrmals|zu viel|zu viele|die doppelte \w+|die dreifache \w+) (?:" + _W +
        r"){0,2}(?:" + _SWALLOW + r"|gespritzt|injiziert)",
        r"(?:die doppelte|die dreifache|die vierfache|die zehnfache) (?:dosis|menge) (?:" + _W + r"){0,3}(?:" +
        _SWALLOW + r"|gespritzt|injiziert)",
        _AUX + r" (?:mir )?" + _GAP + _OBJ_DRINK + r" (?:" + _W + r"){0,3}" + _DRUNK,
        _AUX + r" (?:mir )?" + _GAP + r"(?:geschluckt|runtergeschluckt|gschluckt|eingeschmissen|reingeschmissen|"
        r"reingepfiffen|eingepfiffen)",
        _AUX + r" (?:mir|mia) " + _GAP + r"(?:\d{2,3}|alles|die ganze \w+|den ganzen \w+|viel zu viel|zu viel|"
        r"eine uberdosis|eine ganze \w+)(?: \w+){0,3} (?:gespritzt|injiziert|reingejagt|gesetzt)",
        # Prateritum and inverted order: "ich schluckte alle", "dann nahm ich die ganze Packung"
        r"(?:nahm|schluckte) (?:ich |i )?(?:mir )?(?:" + _W + r"){0,3}" + _OBJ,
        r"trank (?:ich |i )?(?:" + _W + r"){0,3}" + _OBJ_DRINK,
        r"(?:uberdosis|ueberdosis|overdose) (?:\w+ ){0,2}(?:genommen|geschluckt|gespritzt|erwischt)",
        _AUX + r" (?:mir )?" + _GAP + _OBJ + r" (?:" + _W + r"){0,3}(?:intus|drin|im magen|im blut)" + _END,
        r"(?:habe|hab) (?:mich|mi) (?:\w+ )?uberdosiert",
        r"(?:habe|hab|hab ich|habe ich) es (?:wirklich |tatsachlich |jetzt |schon )?getan",
        r"habs (?:wirklich |tatsachlich |jetzt |schon )?getan", r"es ist (?:getan|vollbracht)",
        r"(?:alle|die ganze packung|die ganzen|sie alle) (?:auf einmal |zusammen |gleichzeitig )?(?:genommen|"
        r"geschluckt|eingeworfen)",
    ]),
    amount=[
        r"alles (?:aus|in|was in) (?:dem|der|meinem|meiner|unserem|unserer) (?:\w+ )?(?:badezimmerschrank|badschrank|"
        r"medikamentenschrank|arzneischrank|hausapotheke|spiegelschrank|schublade|medizinschrank)",
        r"alle (?:meine[nr]?|mei|die|der|ihre|seine|" + _PILL_WORDS + r"|auf einmal|davon|zusammen|gleichzeitig|"
        r"auf ex|"
        r"die ich hatte|aus der packung|aus dem schrank)",
        r"sie alle", r"die alle", r"allesamt", r"alle (?:genommen|geschluckt|eingeworfen)",
        r"(?:alles|ois|alls) (?:was|wos) (?:ich|i|da) (?:hatte|war|da war|gefunden habe|fand|hob|ha|hab)",
        r"(?:die|de|d|eine|ne|a|e) (?:ganze|ganzen|gonze|komplette|volle|gesamte) (?:packung|packungen|packerl|"
        r"schachtel|dose|flasche|blister\w*|monatspackung|ration|vorrat|box|tube|rohrchen|streifen|\w*tabletten|"
        r"pillen|medikamente|ladung)",
        r"die ganzen",
        r"(?:zwei|drei|vier|funf|mehrere|ein paar|2|3|4|5) (?:ganze |volle )?(?:packungen|schachteln|flaschen|dosen|"
        r"blister\w*|rohrchen|streifen)",
        r"(?:viel )?zu viele?", r"(?:eine )?handvoll", _AMOUNT_NUM,
        r"(?:doppelte|dreifache|vierfache|zehnfache|vielfache|mehrfache) (?:dosis|menge)", r"den (?:ganzen )?rest",
        # a supply for days at once: "das Insulin fur die ganze Woche", "den Monatsvorrat"
        r"(?:fur|von) (?:die|den|eine|einen|ein|zwei|drei|vier|mehrere) (?:ganze[n]? |komplette[n]? |volle[n]? )?"
        r"(?:woche|wochen|monat|monate|tage)",
        r"(?:den |die |meinen |meine )?(?:wochen|monats|quartals)(?:ration|vorrat|dosis|packung|bedarf)",
        r"(?:die )?restlichen", r"jede einzelne", r"bis auf die letzte", r"(?:den )?ganzen vorrat", r"unmengen",
        # drinks counted (the number only, the drink being a part of its own): "6-8 Bier", "eine ganze Flasche Wodka"
        r"(?:[4-9]|1\d|2\d|\d{1,2} ?(?:-|bis) ?\d{1,2}|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|"
        r"funfzehn|zwanzig|mehrere|viele|etliche|zig)(?= (?:\w+ )?(?:bier|biere|halbe|mass|flaschen|glaser|dosen|"
        r"kurze|kurzen|shots|schnapse|pullen|liter|drinks|kannen|becher|wodka|vodka|schnaps|korn)\b)",
        r"(?:eine|ne|a|die|ganze|halbe) (?:ganze |halbe )?flasche(?= (?:\w+ )?(?:wein|wodka|vodka|schnaps|whisky|"
        r"whiskey|korn|rum|gin|likor|sekt|jagermeister|obstler)\b)",
        r"(?:ein|einen|nen|a) (?:ganzen |halben )?(?:kasten|kiste|sixpack|six-pack|tragerl)",
    ],
    symptom=[
        r"(?:mir ist|mir wird|mir is|ist mir|wird mir|mi isch|mir isch) (?:\w+ )?(?:schwindelig|schwindlig|"
        r"schwummrig|schlecht|ubel|komisch|anders|ganz anders|schwarz vor augen|heiss|kalt)",
        r"schwindelig", r"schwindlig",
        r"(?:kann|kann kaum|konnte) (?:\w+ )?(?:die |meine )?augen (?:kaum |nicht mehr |nicht )?offen halten",
        r"augen fallen (?:mir )?zu",
        r"(?:kann|krieg|kriege|bekomme|bekomm) (?:kaum|keine|schlecht) (?:noch )?(?:luft|atmen)",
        r"atmen fallt (?:mir )?schwer", r"herz (?:rast|rasst|pocht|stolpert|hammert)", r"herzrasen",
        r"alles dreht sich", r"dreht sich alles",
        r"(?:muss|musste) (?:mich )?(?:standig )?(?:ubergeben|kotzen|brechen|erbrechen)",
        r"(?:habe|hab) (?:mich )?(?:\w+ )?(?:ubergeben|erbrochen|gekotzt)", r"kotze",
        r"sehe (?:alles )?(?:verschwommen|doppelt|unscharf)", r"alles (?:ist )?verschwommen",
        r"(?:werde|werd|bin) (?:so |total |ganz |extrem )(?:mude|schlafrig|benommen|schwach)", r"so mude",
        r"schlafrig", r"benommen", r"ohrensausen", r"ohren (?:klingeln|rauschen|piepen)", r"(?:bauch|magen)schmerzen",
        r"(?:bauch|magen) (?:tut|brennt)", r"krampfe", r"zittere", r"schwarz vor (?:den )?augen",
        r"kippe (?:gleich )?um", r"dammere (?:\w+ )?weg", r"wegdammern", r"krieg(?:e)? (?:kaum|nichts) mehr mit",
        r"(?:hande|beine|arme|finger|lippen|zunge) (?:werden|sind|ist|wird) (?:\w+ )?(?:taub|kribbelig|blau)",
        r"mir brennt (?:der hals|der magen)", r"hals brennt",
        # someone found after an ingestion: "sie reagiert nicht", "er ist nicht ansprechbar"
        r"reagiert (?:\w+ )?(?:nicht|kaum)(?: mehr)?", r"nicht (?:mehr )?ansprechbar", r"wacht nicht (?:mehr )?auf",
        r"atmet (?:nur noch )?(?:kaum|flach|komisch|schwer|nicht)", r"blaue lippen", r"krampft",
        # bleeding after blood thinners
        r"nasenbluten", r"(?:blute|blutet|bluten) (?:\w+ ){0,3}(?:nicht auf|ohne ende|stark|aus der nase|"
        r"aus dem zahnfleisch|immer weiter)", r"(?:hort|horte) (?:\w+ )?nicht (?:mehr )?auf zu bluten",
        r"blut im (?:urin|stuhl|spucke)", r"(?:spucke|huste|erbreche) (?:\w+ )?blut",
    ],
    under_way=[
        r"(?:sitze|sitz|hock|hocke|liege|lieg|bin) (?:\w+ ){0,2}(?:im|in meinem|in dem|in unserem) (?:auto|wagen|"
        r"karre)(?:[ ,]+\w+){0,8}?[ ,]+(?:schlauch|holzkohle|grill|abgase (?:ein|rein)|die abgase)",
        r"motor (?:\w+ )?(?:lauft|laeuft|ist an|brummt|ist noch an)(?:[ ,]+\w+){0,6}?[ ,]+(?:garage|garagentor|"
        r"tor) (?:ist )?(?:zu|geschlossen|dicht|abgedichtet)",
        r"(?:garage|tor|garagentor) (?:ist )?(?:zu|geschlossen|dicht|abgedichtet)(?:[ ,]+\w+){0,6}?[ ,]+motor "
        r"(?:\w+ )?(?:lauft|laeuft|ist an|an)",
        r"in der (?:geschlossenen|abgedichteten) garage(?:[ ,]+\w+){0,6}?[ ,]+motor",
        r"(?:atme|atmen) (?:\w+ )?(?:die )?abgase",
        r"(?:strick|seil|schlinge|gurtel|kabel|kordel) (?:\w+ ){0,2}(?:ist |liegt |hangt |sitzt )?(?:schon |"
        r"bereits )?(?:um|an) (?:meinem|meinen|mei) hals",
        r"(?:mir|mia) (?:\w+ ){0,2}(?:den|das|die|einen|ein|eine) (?:strick|seil|schlinge|gurtel|kabel) (?:schon |"
        r"bereits |jetzt )?um (?:den|meinen) hals (?:gelegt|gebunden|gemacht)",
        r"(?:stehe|steh|sitze|sitz|bin|hocke) (?:\w+ ){0,2}(?:auf|an) (?:der|dem|die|den) (?:kante|dachkante|"
        r"brustung|fenstersims|bruckengelander|bahnsteigkante|klippe|abgrund)",
        r"(?:stehe|steh|liege|lieg|sitze|sitz|bin) (?:\w+ ){0,2}(?:auf|zwischen) den (?:gleisen|schienen)",
        r"(?:stehe|steh|sitze|sitz|bin) (?:\w+ ){0,2}(?:auf der anderen seite des|uber dem|"
        r"hinter dem) (?:\w+ )?gelander",
        r"(?:messer|klinge|rasierklinge|scherbe|pistole|waffe|knarre|lauf) (?:\w+ ){0,2}(?:ist |liegt |"
        r"halte ich )?(?:schon )?(?:an|in|auf) (?:meinem|meiner|meinen|mei) (?:handgelenk|handgelenken|hals|kehle|"
        r"kopf|schlafe|pulsader|pulsadern|mund|brust|herz)",
        r"(?:halte|halt|drucke) (?:mir )?(?:\w+ ){0,2}(?:das messer|die klinge|die pistole|die waffe|"
        r"die knarre) (?:\w+ )?(?:an|in|auf) (?:den|die|meinen|meine) (?:hals|kehle|kopf|schlafe|handgelenk|mund|"
        r"brust)",
        r"blut (?:\w+ )?(?:hort nicht auf|ist uberall|lauft und lauft)", r"hort nicht (?:mehr )?auf zu bluten",
        r"alles (?:ist )?voller blut", r"zu tief geschnitten",
        r"blute (?:\w+ ){0,2}(?:aus|an) (?:meinem|meinen|dem|den) (?:handgelenk|arm|armen|pulsader|hals)",
        r"schneide (?:mir )?(?:gerade|grad|jetzt) (?:die |meine )?(?:pulsadern|handgelenke|arme|arm|puls)",
        r"(?:schlucke|schluck|nehme|nehm|i nimm|ich nimm|werfe) (?:gerade|grad|jetzt|"
        r"in diesem moment) (?:\w+ ){0,2}(?:alle (?:\w+ )?(?:" + _PILL_WORDS + r")|die ganze (?:packung|schachtel|"
        r"dose)|eine nach der ander(?:e)?n|die restlichen (?:\w+ )?(?:" + _PILL_WORDS + r")|den rest der (?:" +
        _PILL_WORDS + r"))",
        r"eine nach der ander(?:e)?n (?:rein|runter|geschluckt)",
        r"(?:bin|ich bin) (?:gerade|grad|jetzt) dabei,? (?:mich|mi) (?:umzubringen|aufzuhangen|zu toten|zu vergiften|"
        r"zu erhangen)",
        r"gashahn (?:\w+ )?(?:aufgedreht|offen|auf)", r"gas (?:ist )?aufgedreht",
    ],
    at_place=_heads([
        # someone seen or told on a roof, a bridge or the tracks, with farewell words or a threat to jump close by:
        # "ein Foto von sich auf dem Dach der Schule geschickt mit 'tschüss Mama'", "steht auf der Brücke und droht
        # zu springen" (the subject stays outside the part, so that "meine Tochter" is the cue before it)
        r"(?:(?:foto|bild|video|selfie|snap|story)s? (?:\w+ ){0,2}von (?:sich|ihm|ihr|mir)|(?<=\ber )(?:steht|sitzt|ist)"
        r"|(?<=\bsie )(?:steht|sitzt|ist)|(?<=\bsohn )(?:steht|sitzt|ist)|(?<=\btochter )(?:steht|sitzt|ist)"
        r"|(?<=\bbruder )(?:steht|sitzt|ist)|(?<=\bschwester )(?:steht|sitzt|ist)|(?<=\bfreund )(?:steht|sitzt|ist)"
        r"|(?<=\bfreundin )(?:steht|sitzt|ist)|(?<=\bkumpel )(?:steht|sitzt|ist)|(?<=\bmann )(?:steht|sitzt|ist)"
        r"|(?<=\bfrau )(?:steht|sitzt|ist)|(?<=\bvater )(?:steht|sitzt|ist)|(?<=\bmutter )(?:steht|sitzt|ist))"
        r"(?: \w+){0,2} (?:auf|an) (?:dem|der|den|einem|einer) (?:\w+ )?(?:dach|hochhausdach|dachkante|brucke|bruecke"
        r"|bruckengelander|klippe|abgrund|gleisen|schienen|brustung|balkonbrustung|parkhausdach|staumauer)"
        r"(?=(?:\W+\w+){0,14}?\W+(?:tschuss|tschau|adieu|lebt wohl|leb wohl|danke fur alles|verzeih\w*|sorry|es tut mir"
        r" leid|springen|zu springen|runterspringen|droht|drohte|geht nicht (?:mehr )?ran|antwortet nicht))",
        r"(?:stehe|steh|sitze|sitz|hocke|bin) (?:ich |i )?(?:\w+ ){0,3}(?:auf|an) (?:der|dem|den|einer|einem|dieser|"
        r"diesem) (?:\w+ )?(?:dachkante|hochhausdach|klippe|klippen|abgrund|gleisen|schienen|bahngleisen|bahnstrecke|"
        r"bahndamm|staumauer|parkhausdach|brustung|bruckengelander|steilkuste|felskante)",
        r"(?:stehe|steh|sitze|sitz|hocke) (?:ich |i )?(?:\w+ ){0,3}(?:oben )?auf (?:der|einer|"
        r"dieser) (?:\w+ )?(?:brucke|bruecke)",
        r"bin (?:ich |i )?(?:(?:jetzt |gerade |grad |hier |schon )(?:\w+ ){0,2})?(?:auf|an) (?:der|einer|"
        r"dieser) (?:\w+ )?(?:brucke|bruecke)",
        r"(?:bin|stehe|steh|sitze|sitz) (?:ich |i )?(?:\w+ ){0,2}(?:oben )?auf (?:dem|einem) (?:dach (?:der|vo"
        r"n der|vom|des|unserer|meiner) (?:schule|uni|universitat|"
        r"klinik|krankenhaus\w*|kaufhaus\w*|einkaufszentrum\w*|wohnblock\w*|\w*schule)(?![^.!?,]{0,40}\b(?:gewesen|"
        r"gestanden|gesessen)\b)|dach (?:vom|des|"
        r"eines) (?:hochhaus\w*|parkhaus\w*)|hochhaus|parkhaus)",
        r"(?:der|den) nachste[nr]? zug (?:\w+ )?(?:ist meiner|nehme ich|wird es|ist es)",
        r"(?:bi|bin|hock|sitz|stoh|steh) (?:i |ich )?(?:\w+ ){0,2}(?:uf|auf|of|af) (?:de|da|dr|d) (?:brugg|brugge|"
        r"bruck|bruckn|brucken|hochhaus|gleis|gleisen|schiene|schienen)",
        r"(?:warte|wart) (?:\w+ ){0,2}(?:an|auf|bei) den gleisen",
        # on a platform where a train passes without stopping: "ich steh an Gleis 4, der ICE kommt um 17:12 durch,
        # der halt hier nicht" (a platform alone is a commute)
        r"(?:stehe|steh|sitze|sitz|hocke|bin|warte|wart|bi|stoh) (?:ich |i )?(?:\w+ ){0,2}(?:an|auf|am|uf|bei) "
        r"(?:dem |der |einem )?(?:gleis|bahnsteig|perron|bahnsteigkante|bahnubergang)(?: \d+\w?)?"
        r"(?![\s\S]{0,200}\b(?:foto\w*|fotograf\w*|filme|filmen|video\w*|trainspott\w*|knipsen)\b)(?=[\s\S]{0,200}?"
        r"\b(?:(?:fahrt|faehrt|rauscht|donnert|brettert|kommt|schiesst|rast|fahren|kommen) (?:\w+ ){0,4}durch\b|"
        r"(?:halt|haelt|halten|stoppt) (?:\w+ )?(?:hier |da |dort )?nicht\b|durchfahrt\w*|ohne (?:zu )?halt\w*))",
    ]),
    access=_heads([
        r"(?:habe|hab|hatte|hob|ha|han) (?:mir |mia )?(?:jetzt |schon |endlich |heute |gestern |bereits |extra |"
        r"heimlich )?(?:\w+ ){0,4}(?:gekauft|besorgt|bestellt|geholt|organisiert|gefunden|zusammengesucht|abgeholt|"
        r"geklaut|gestohlen|gesammelt|gehortet|gebunkert|versteckt|verschrieben|ausgeliehen|geliehen)",
        r"(?:habe|hab|hob|ha|han) (?:\d+|zwei|drei|vier|funf|zehn|zwanzig|mehrere|viele|ein|eine|einen|nen|ne|die|"
        r"das|den|genug|alle|welche|schon|noch|jetzt|zuhause|zu hause|daheim|hier|da)",
        r"(?:hab|habe|hob) (?:ich|i) (?:ein|eine|einen|nen|ne|die|das|den|genug|alle|welche|schon|noch|hier|zu hause|"
        r"zuhause|daheim)",
        r"habs",
        r"(?:liegt|liegen|steht|stehen|ist|sind|hangt|hangen|haengt) (?:\w+ ){0,3}(?:bereit|parat|griffbereit|hier|"
        r"vor mir|neben mir|auf dem tisch|im schrank|im auto|in der schublade|im keller|in der garage|"
        r"auf dem dachboden|im nachttisch|im bad|im schuppen|im handschuhfach|im kofferraum)",
        r"(?:bereitgelegt|bereitgestellt|zurechtgelegt|hingelegt|vorbereitet|griffbereit|parat)",
        # in front of me, not "Angst vor mir selbst"
        r"(?<!angst )(?<!furcht )(?<!ekel )(?<!respekt )(?<!ruhe )(?<!scham )(?<!panik )(?<!schutz )vor mir"
        r"(?! selbst| selber)",
        r"neben mir", r"in (?:meiner|der) (?:hand|tasche|jacke|jackentasche|hosentasche|schublade|handtasche)",
        r"im (?:auto|keller|schrank|kofferraum|handschuhfach|nachttisch|nachtkastchen|nachtkasterl|badezimmerschrank|"
        r"arzneischrank|medizinschrank|spiegelschrank|schuppen|dachboden|rucksack|zimmer)",
        r"in der garage", r"in die garage",
        r"(?:ist|sind) (?:alles |schon |jetzt )?(?:bereit|vorbereitet|besorgt|organisiert)",
        r"(?:daheim|zu hause|zuhause) (?:liegen|liegt|habe|hab|sind|ist|steht|stehen)",
        r"komme? (?:leicht |problemlos |jederzeit |easy )?(?:ran|dran|daran)",
        r"(?:weiss|weis),? wo (?:er|sie|mein \w+|meine \w+|papa|mama) (?:die|den|das|seine|"
        r"ihre) (?:\w+ )?(?:aufbewahrt|versteckt|hat|liegen hat)",
        r"zugang zu", r"waffenschrank", r"schlussel (?:zum|fur den) (?:waffenschrank|tresor)", r"jagdschein",
        r"(?:von|bei|in) (?:mehreren|verschiedenen) (?:apotheken|arzten)", r"verschreiben lassen",
    ]),
    time_soon=[
        r"heute (?:nacht|abend|noch|spater|um \d{1,2}|nachmittag)", r"heut (?:nacht|abend|noch|znacht)",
        # not the "today" of a life told as well now: "mit 16 versucht, heute bin ich 35 und es geht mir gut"
        r"heute(?! (?:morgen|fruh|vormittag|mittag))" + _WELL_NOW, r"heut(?! (?:fruh|morgen))" + _WELL_NOW,
        r"noch heute", r"diese nacht",
        r"in dieser nacht", r"heint", r"hinecht",
        r"(?<!guten )(?<!heute )(?<!gestern )(?<!jeden )(?<!am )(?<!den )(?<!heut )(?<!vom )morgen(?: fruh| abend|"
        r" nacht| mittag| vormittag| nachmittag)?",
        r"morgn", r"ubermorgen", r"jetzt (?:gleich|sofort|dann|endlich|gerade)", r"gleich jetzt", r"sofort",
        r"genau jetzt", r"grad jetzt",
        r"in (?:einer|ein paar|zwei|drei|wenigen|paar|einigen|ner|na|ana|einer halben|\d+) (?:stunden?|minuten?|min|"
        r"std|h|viertelstunde)",
        r"in (?:einer )?(?:halben stunde|viertelstunde)",
        r"(?:wenn|sobald) (?:die kinder|alle|meine frau|mein mann|meine eltern|mein freund|meine freundin|sie|er|"
        r"mama|papa|meine mitbewohner\w*|die anderen)(?: \w+){0,3} (?:schlafen|schlaft|schlafe|weg sind|weg ist|"
        r"aus dem haus|im bett|bei der arbeit|arbeiten|in der schule|eingeschlafen|ins bett|weg|fort)",
        r"bevor (?:\w+ ){0,2}(?:aufwacht|aufwachen|zuruckkommt|zuruckkommen|nach hause kommt|heimkommt|heimkommen)",
        r"(?:am|an meinem|zu meinem) geburtstag",
        r"(?:am |diesen |nachsten )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|"
        r"sonntag)(?: ?abend| ?nacht)?",
        r"(?:dieses|am|nachstes) wochenende", r"wenn es dunkel (?:ist|wird)",
        r"heute ist (?:der|es|mein) (?:tag|so ?weit|soweit|letzter tag)", r"es ist (?:so ?weit|soweit)",
        r"(?:das|dies) ist (?:es|die nacht|der tag|der moment)", r"um mitternacht", r"(?:bei|vor|nach) sonnenaufgang",
        r"im morgengrauen", r"um (?:\d{1,2})(?: uhr|:\d\d| heute)", r"(?:sehr|schon|ganz) bald", r"bald schon",
        r"in kurze", r"jetzt ist (?:es )?(?:so ?weit|zeit|der moment)", r"letzte nacht auf (?:erden|der welt)",
        r"fur heute nacht", r"heute nacht noch",
    ],
    time_recent=[
        r"vor (?:einer|1|zwei|2|drei|3|ein paar|paar|einigen|wenigen|\d+|zehn|zwanzig|dreissig|vierzig|funf|funfzehn|"
        r"einer halben|ner|na|ana|anara|ner halben|eine|einer dreiviertel) (?:stunden?|minuten?|min|std|h|"
        r"viertelstunde|stund)",
        r"vor (?:einer )?(?:halben stunde|viertelstunde|dreiviertelstunde)", r"vor kurzem", r"gerade eben",
        r"grad eben", r"gerade", r"grad", r"grade", r"eben", r"soeben", r"vorhin", r"vorher",
        r"heute (?:morgen|fruh|vormittag|nachmittag|mittag|abend|nacht)", r"heut (?:fruh|morgen|nacht)",
        r"letzte nacht", r"gestern (?:abend|nacht)", r"seit (?:einer|zwei|drei|\d+|ein paar) (?:stunden?|std)",
        r"um \d{1,2}(?: uhr|:\d\d)?", r"nach dem (?:essen|fruhstuck|mittagessen|abendessen)", r"kurz davor",
        r"(?:schon|bereits) (?:seit|vor) (?:\w+ )?(?:stunden?|minuten?)",
    ],
    intent=_heads([
        r"(?:auto|wagen|karre) (?:\w+ ){0,3}(?:auf dem|am|auf den) (?:standstreifen|seitenstreifen|pannenstreifen|"
        r"bruckenrand) (?:\w+ )?(?:abgestellt|stehen lassen|geparkt|gelassen|stehengelassen)(?![^\n]{0,100}\b(?:panne|"
        r"adac|oamtc|tcs|abschlepp\w*|reifen|warndreieck|polizei|unfall|liegengeblieben|motor|kaputt|warnblinker)\b)",
        r"(?:habe|hab|hob|ha) (?:mich )?(?:jetzt |endgultig |fest )?(?:entschieden|entschlossen)",
        r"bin (?:\w+ )?(?:fest )?entschlossen", r"(?:habe|hab|hob) (?:\w+ )?(?:fest )?beschlossen",
        r"mein entschluss steht", r"(?:meine )?entscheidung (?:steht|ist gefallen|ist getroffen|getroffen)",
        r"es ist entschieden", r"(?:es gibt )?kein(?:en)? (?:zuruck|weg zuruck) mehr", r"es gibt kein zuruck",
        r"kein zuruck", r"(?:werde|werd) (?:es|das) (?:\w+ )?(?:tun|machen|durchziehen|durchziehn)",
        r"(?:zieh|ziehe) (?:es|das) (?:jetzt |wirklich |heute |endlich )?durch",
        r"(?:tu|tue|mach|mache) es (?:wirklich|jetzt|heute|endlich)",
        r"(?:tus|machs) (?:wirklich|jetzt|heute|endlich)",
        r"(?:weiss|weis) (?:jetzt |schon |genau |auch )?(?:wie|wann|wo) (?:ich|i)(?: \w+){0,2} (?:es|"
        r"das) (?:\w+ )?(?:mache|machen|tue|tun|werde|mach)",
        r"(?:habe|hab) (?:einen|den|meinen|nen) plan", r"(?:mein )?plan steht",
        r"(?:habe|hab) (?:\w+ )?(?:alles|es) (?:\w+ )?(?:geplant|durchgeplant|durchdacht)",
        r"(?:nichts|niemand|keiner) (?:wird|kann) mich (?:\w+ )?(?:aufhalten|umstimmen|davon abhalten|abhalten|"
        r"stoppen|retten)",
        r"mich (?:wird|kann) (?:niemand|keiner) (?:mehr )?(?:aufhalten|stoppen|retten)",
        r"(?:versucht|versuch|sucht|such) (?:\w+ )?nicht,? (?:mich|mi) (?:aufzuhalten|zu retten|zu finden|zu suchen|"
        r"abzuhalten)",
        r"sucht (?:mich )?nicht nach mir",
        # rescue refused ahead: "bitte keinen Krankenwagen", "ruft keinen Notarzt"
        r"(?:bitte|ruft|ruf|rufen sie|holt|hol) (?:bitte )?(?:keinen|keine|kein|nicht den|nicht die) (?:krankenwagen|"
        r"notarzt|rettungswagen|rtw|rettung|notruf|polizei|112|144|hilfe)",
        r"(?:habe|hab) (?:meinen )?frieden (?:damit )?(?:gemacht|geschlossen)",
        r"bin (?:jetzt )?bereit(?= *(?:[.!;]|$))", r"bin (?:jetzt )?bereit,? (?:zu gehen|es zu tun|zu sterben)",
        r"meine letzte (?:entscheidung|nachricht)", r"heute ist der tag", r"(?:jetzt|heute) ist es (?:so ?weit|zeit)",
        r"es ist (?:so ?weit|zeit)" + _END, r"mein (?:entschluss|wille) ist (?:klar|fest)",
        r"bevor (?:ichs|ich es|ich das|i des|i s|is) (?:tu|tue|mache|mach|durchziehe)",
        r"bin (?:ich|i) (?:dann )?(?:fur immer|endgultig|fur immer und ewig) weg",
        r"in (?:einer|ner|zwei|\d+|ein paar|einer halben) (?:stunden?|minuten?|std) bin (?:ich|i) (?:dann )?weg",
        r"ist (?:endgultig |fur immer |dann )?schluss" + _END, r"ist es (?:so ?weit|soweit)",
        r"es ist (?:beschlossen|beschlossene sache)",
    ]),
    prep=[
        # reading up on doses or ways: "Seiten uber Medikamente und Dosen gelesen", "google, wie man es schafft"
        r"(?:seiten|artikel|foren|forum|infos|beitrage|threads|videos) (?:uber|zu|zur|zum) (?:(?:todliche|letale) "
        r"(?:dosen|dosis|dosierungen)|uberdosen|uberdosis|(?:" + _PILL_WORDS + r") und (?:ihre )?(?:dosen|dosis|"
        r"dosierungen))(?: \w+){0,3} (?:gelesen|gegoogelt|angeschaut|"
        r"durchsucht|recherchiert|gesucht)",
        r"(?:google|googel|googele|googelt|gegoogelt|recherchiere|recherchier|recherchiert|suche|such|gesucht) "
        r"(?:\w+ ){0,3}(?:wie man (?:es|sich) (?:\w+ ){0,3}(?:schafft|umbringt|totet|das leben nimmt|hinkriegt)|"
        r"(?:todliche|letale) dosis|wie viele (?:\w+ )?(?:" + _PILL_WORDS + r") (?:todlich|reichen|man braucht))",
        # letters for several people: "hab die Briefe fur meine Eltern und meine Schwester geschrieben"
        r"(?:briefe?|videos?|nachrichten) (?:fur|an) (?:meine|meinen|meinem|mein) (?:\w+ )?\w+,? (?:und|sowie) "
        r"(?:(?:einen|einer|eins|den|die) )?(?:(?:fur|an) )?(?:meine|meinen|meinem|mein|jeden|jede|alle)"
        r"(?![^.!?\n]{0,60}\b(?:geburtstag\w*|weihnacht\w*|urlaub\w*|hochzeit\w*|ostern|einladung\w*|postkarte\w*)\b)",
        r"(?:briefe?|videos?) (?:fur|an) (?:meine|meinen|meinem|mein|jeden|jede|alle) (?:\w+ ){0,4}(?:geschrieben|"
        r"aufgenommen|hinterlegt)(?:\W+\w+){0,8}?\W+(?:nur |bloss )?(?:fur den fall|falls (?:mir )?(?:was|etwas) "
        r"(?:passiert|ist))(?= *[.!?,]| *$)",
        r"abschiedsbrief\w*", r"abschiedsnachricht\w*", r"abschiedsvideo\w*", r"abschiedszeilen", r"abschiedsmail\w*",
        r"abschiedsschreiben",
        r"(?:letzten?|letzte) (?:brief|briefe|worte|zeilen|nachricht|nachrichten) (?:an|fur) (?:\w+ ){0,2}(?:kinder|"
        r"familie|frau|mann|eltern|mama|papa|mutter|vater|tochter|sohn|freunde|liebsten|alle)",
        r"(?:briefe|zeilen|nachrichten) (?:an|fur) (?:jedes|jeden|jede|alle|meine|meinen|mein|"
        r"die) (?:\w+ )?(?:kinder|kind|familie|eltern|geschwister|liebsten|enkel)(?: \w+){0,3} (?:geschrieben|"
        r"verfasst|hinterlassen|hingelegt|versteckt|fertig|vorbereitet|aufgenommen)",
        r"(?:jedem|jeder|allen|meinen kindern|meiner familie|meinen eltern|meinen enkeln|"
        r"meinen liebsten)(?: \w+){0,3} (?:noch einen letzten |einen letzten |ein paar letzte |letzte |"
        r"einen abschieds)(?:brief|briefe|zeilen|nachricht|video) (?:\w+ )?(?:geschrieben|hinterlassen|aufgenommen|"
        r"verfasst)",
        r"(?:jedem|jeder) (?:meiner|meinen|von meinen) (?:\w+ ){0,2}(?:einen brief|ein video|eine nachricht|"
        r"zeilen) (?:\w+ )?(?:geschrieben|hinterlassen|aufgenommen)",
        r"(?:mein |das )?testament (?:(?!beim|notar\w*)\w+ ){0,2}(?:gemacht|geschrieben|aufgesetzt|geandert|"
        r"aktualisiert|hinterlegt|unterschrieben)",
        r"(?:habe|hab|hob) (?:\w+ ){0,3}testament (?:\w+ )?(?:gemacht|geschrieben|aufgesetzt|geandert|unterschrieben)",
        r"(?:mein |das )?testament (?:liegt|liegen|ist|steht) (?:schon |jetzt |bereit |gut sichtbar )*(?:auf dem|"
        r"auf der|im|in der|neben|bereit|parat|sichtbar)\b(?! (?:\w+ )?(?:notar\w*|bank|amtsgericht|"
        r"nachlassgericht|schliessfach|safe|tresor|ordner))",
        r"(?:verschenke|verschenk|verschenkt|verschenkte|verschenken|weggegeben|weggeben|vermacht|vermache|"
        r"vermittelt|abgegeben) (?:\w+ ){0,2}(?:meinen|meine|mein|meines) (?:\w+ )?(?:hund|hundin|katze|katzen|kater|"
        r"hamster|vogel|vogel|wellensittich|hasen|kaninchen|meerschweinchen|pferd|haustier\w*|tiere)",
        r"(?:verschenke|verschenk|verschenkt|verschenkte|verschenken|weggegeben|vermacht|vermache|verteile|"
        r"verteilt) (?:\w+ ){0,2}(?:alles|all meine|all mein|meine ganzen|meinen ganzen|meine liebsten|"
        r"meine wertvollsten|meinen besitz|meine habseligkeiten|meinen schmuck|meine lieblings\w+|meine \w*sammlung)",
        r"(?:meinen|meine|mein) (?:\w+ )?(?:hund|hundin|katze|katzen|kater|hamster|vogel|hasen|kaninchen|pferd|"
        r"haustier\w*|tiere|habseligkeiten|besitz|schmuck|\w*sammlung) (?:\w+ ){0,3}(?:verschenkt|weggegeben|a"
        r"bgegeben|"
        r"vermittelt|vermacht|verteilt)",
        # the pet handed on for good: "meine Katze zu meiner Schwester gebracht, bei ihr hat sie es besser"
        r"(?:meinen|meine|mein|unseren|unsere|unser) (?:\w+ )?(?:hund|hundin|katze|katzen|kater|hamster|vogel|"
        r"wellensittich\w*|hasen|kaninchen|meerschweinchen|pferd|haustier\w*|tiere) (?:(?!tierarzt\w*|tierklinik\w*|"
        r"praxis|hundeschule|\w*pension|\w*friseur\w*|impf\w*|arzt)\w+ ){0,5}(?:gebracht|gegeben|"
        r"abgegeben|weggebracht|ubergeben|untergebracht|vermittelt)(?:[ ,]+\w+){0,6}?[ ,]+(?:fur immer|dauerhaft|"
        r"endgultig|fur gut|(?:hat|haben|hats) (?:er |sie |es )?es (?:\w+ )?besser|(?:ist|sind) (?:er|sie|es) "
        r"(?:\w+ )?besser aufgehoben|(?:ist|sind) (?:er|sie) (?:jetzt )?"
        r"(?:gut )?versorgt|(?:kann|konnen|darf|durfen) (?:er|sie) (?:\w+ )?bleiben)",
        # the thing first, then whom: "meine Uhr meinem Neffen geschenkt"
        r"(?:habe|hab|hob|ha) (?:\w+ ){0,2}(?:meine|meinen|mein) (?!alte[nrs]?\b)(?:\w+ )?(?:gitarre|geige|klavier|"
        r"laptop|konsole|playstation|ps\d|xbox|fahrrad|motorrad|kamera|uhr|armbanduhr|ring|kette|schmuck|bucher|"
        r"\w*sammlung|lieblings\w+|auto) (?:an )?(?:meinem|meiner|meinen) (?:\w+ )?(?:bruder|schwester|freund|freundin|"
        r"kumpel|nachbar|nachbarin|neffen|nichte|cousin|cousine|sohn|tochter|enkel|enkelin|kollegen|kollegin|patenkind)"
        r" (?:\w+ )?(?:geschenkt|gegeben|uberlassen|vermacht|verschenkt|vererbt)"
        r"(?![^.!?\n]{0,80}\b(?:neue[nsrm]?|neu|geburtstag\w*|weihnacht\w*|geliehen|ausgeliehen|leihen|verkauft|"
        r"zuruck\w*|braucht|brauchte|unterricht|lernt|lernen|gewunscht|wunsch\w*|ausgemistet|umzug)\b)",
        # looking up the knot: "hab gegoogelt, wie man den Knoten macht"
        r"(?:gegoogelt|gegoogled|googeln|recherchiert|nachgeschaut|nachgelesen|angeschaut|gesucht|geschaut),? "
        r"(?:\w+ ){0,3}wie man (?:einen |den |die |eine )?(?:henkersknoten|knoten|schlinge|strick) (?:\w+ )?(?:macht|"
        r"knupft|bindet|knotet|hinbekommt)(?![^.!?\n]{0,40}\b(?:segel\w*|boot\w*|krawatte\w*|schuh\w*|klettern|"
        r"pfadfinder\w*|angel\w*|zelt\w*)\b)",
        # cherished things given to someone: "hab meinem Bruder heute meine Gitarre geschenkt" (not an old one
        # replaced by a new one, a birthday or a loan)
        r"(?:habe|hab|hob|ha) (?:\w+ ){0,2}(?:meinem|meiner|meinen) (?:\w+ )?(?:bruder|schwester|freund|freundin|kumpel|"
        r"nachbar|nachbarin|neffen|nichte|cousin|cousine|sohn|tochter|enkel|enkelin|mitbewohner\w*|kollegen|kollegin|"
        r"patenkind|mama|papa|mutter|vater|eltern|besten freund\w*) (?:\w+ ){0,2}(?:meine|meinen|mein) "
        r"(?!alte[nrs]?\b)(?:\w+ )?(?:gitarre|geige|klavier|keyboard|bass|schlagzeug|laptop|computer|pc|konsole|"
        r"playstation|ps\d|xbox|switch|fahrrad|rad|motorrad|roller|kamera|uhr|armbanduhr|ring|kette|schmuck|bucher|"
        r"platten|schallplatten|\w*sammlung|lieblings\w+|sachen|klamotten|auto|tablet|ipad|zeichnungen|bilder)"
        r" (?:\w+ )?(?:geschenkt|gegeben|uberlassen|vermacht|verschenkt|vererbt|vorbeigebracht)"
        r"(?![^.!?\n]{0,80}\b(?:neue[nsrm]?|neu|geburtstag\w*|weihnacht\w*|geliehen|ausgeliehen|leihen|verkauft|"
        r"zuruck\w*|gebraucht|braucht|brauchte|unterricht|lernt|lernen|anfangt|fangt|gewunscht|wunsch\w*|ausgemistet|"
        r"aussortiert|umzug|platz|eh nicht mehr|eh nie|nie benutzt|nie gespielt|verstaubt)\b)",
        r"(?:katze|kater|katzen|hund|hundin|hamster|tieren?|vogel|vogeln|fischen|kaninchen|meerschweinchen) (?:\w+ ){0,3}"
        r"(?:futter|wasser|trockenfutter|fressen|futter und wasser) (?:\w+ ){0,2}fur (?:ein paar|mehrere|einige|paar|"
        r"zwei|drei|vier|funf|\d+) (?:tage|wochen) (?:\w+ )?(?:hingestellt|hingetan|bereitgestellt|aufgefullt|"
        r"hingelegt|gegeben|dagelassen|rausgestellt|hingestellt)(?![^.!?\n]{0,120}\b(?:urlaub\w*|reise\w*|verreis\w*|"
        r"dienstreise|nachbar\w*|sitter\w*|messe|kur|krankenhaus|klinik|weg bin|wegfahre|fahre weg)\b)",
        r"(?:ein )?neues (?:zuhause|zu hause|heim|platzchen) (?:\w+ ){0,2}fur (?:meinen|meine|mein) (?:\w+ )?(?:hund|"
        r"katze|kater|katzen|tiere|haustier\w*|hasen|kaninchen|vogel)",
        r"(?:hund|hundin|katze|kater|katzen|tiere|haustier\w*|kinder|kind|kleinen|pflanzen|sohn|"
        r"tochter)(?:[ ,]+\w+){0,6}?,? (?:wenn|falls|sobald|nachdem) (?:ich|i) (?!mal )(?:nicht mehr (?:da|hier|"
        r"am leben|lebe|bin)|tot|gestorben|sterbe|weg bin fur immer)",
        r"(?:hund|hundin|katze|kater|katzen|tiere|kinder|kind)(?: \w+){0,5} nach meinem tod",
        r"wenn (?:ich|i) (?!mal )(?:nicht mehr (?:da|hier|am leben) bin|tot bin|sterbe|"
        r"gestorben bin)(?:[ ,]+\w+){0,8}?[ ,]+(?:hund|hundin|katze|kater|katzen|tiere|haustiere|kinder|kind|"
        r"pflanzen|wohnung|sachen)",
        r"nach meinem tod (?:\w+ ){0,5}(?:hund|hundin|katze|kater|katzen|tiere|kinder|kind)",
        r"(?:alle |meine )?(?:angelegenheiten|letzten dinge) (?:\w+ ){0,2}(?:geregelt|geordnet|in ordnung gebracht)",
        r"(?:meinen )?nachlass (?:\w+ )?(?:geregelt|geordnet)",
        r"alles (?:\w+ )?(?:fur danach|fur die zeit danach|fur die zeit nach mir|fur meinen tod) (?:geregelt|"
        r"vorbereitet|organisiert)",
        r"alle (?:meine )?(?:konten|accounts|profile|vertrage|abos) (?:\w+ )?(?:gekundigt|geloscht|aufgelost|"
        r"deaktiviert)(?![\w ]{0,30}\b(?:neu|wieder|umgezogen|gewechselt)\b)",
        r"alle (?:meine )?schulden (?:\w+ )?(?:bezahlt|beglichen|abbezahlt)",
        r"(?:passworter|passwoerter|passwords|pins|zugangsdaten|bankdaten|pin-nummern|versicherungsunterlagen|"
        r"kontodaten)(?: \w+){0,3} (?:fur (?:meine|meinen|mein|die) (?:\w+ )?(?:frau|mann|kinder|familie|eltern|"
        r"tochter|sohn|partner\w*)|hinterlassen|hinterlegt)",
        r"meine (?:eigene )?(?:beerdigung|begrabnis|trauerfeier|beisetzung|grabstelle|bestattung|"
        r"todesanzeige) (?:\w+ ){0,2}(?:geplant|organisiert|ausgesucht|vorbereitet|bezahlt|geschrieben|aufgesetzt)",
        r"(?:meinen sarg|meine urne|mein grab) (?:\w+ ){0,2}(?:ausgesucht|bezahlt|gekauft|bestellt)",
        r"(?:lieder|lied|musik|songs?) (?:\w+ )?(?:fur|auf) (?:meine|meiner) (?:beerdigung|trauerfeier|beisetzung)",
        r"(?:habe|hab) (?:mich )?(?:\w+ ){0,3}(?:endgultig|fur immer|ein letztes mal|zum letzten mal) verabschiedet",
        r"(?:mich )?von (?:meiner familie|meinen kindern|meinen liebsten|meinen eltern|"
        r"allen,? die ich liebe)(?: \w+){0,2} (?:verabschiedet|verabschieden)",
        r"(?:verabschiede|verabschiedete) mich (?:\w+ )?(?:fur immer |endgultig )?von (?:euch allen|meiner familie|"
        r"meinen kindern|meinen liebsten)",
        r"(?:alle|meine \w+|meinen \w+|meine familie|meine kinder|meine eltern) (?:\w+ ){0,2}(?:ein letztes mal|"
        r"ein allerletztes mal|zum allerletzten mal) (?:sehen|gesehen|besuchen|besucht|anrufen|angerufen|umarmen|"
        r"umarmt)",
        r"(?:alles|die wohnung|mein zimmer) (?:\w+ ){0,2}(?:aufgeraumt|geputzt),? damit (?:niemand|keiner|"
        r"die anderen|meine familie|meine eltern|sie) (?:\w+ ){0,3}(?:danach|nachher|nicht)",
    ],
    farewell=[
        r"danke fur alles", r"dank euch fur alles", r"ich liebe euch (?:alle|so sehr|uber alles)", r"lebt wohl",
        r"leb wohl", r"lebe wohl", r"tschuss fur immer", r"ciao fur immer", r"bye fur immer", r"adieu fur immer",
        r"abschied fur immer", r"(?:es )?tut mir (?:so )?leid (?:fur|um) alles", r"sorry fur alles", r"verzeiht mir",
        r"verzeih mir", r"vergebt mir", r"vergib mir", r"bitte verzeiht", r"trauert nicht", r"weint nicht um mich",
        r"vergesst mich nicht", r"behaltet mich in (?:guter )?erinnerung",
        r"sagt (?:\w+ ){0,2}(?:dass ich (?:sie|ihn|ihnen|euch) (?:\w+ )?(?:geliebt|liebe|lieb))",
        r"(?:sag|sagt|sagen sie|richte|richtet|richten sie) (?:\w+ ){0,2}(?:\w+,? )?(?:dass )?(?:ich|i) (?:sie|ihn|"
        r"ihnen|euch|se|en) (?:\w+ )?(?:geliebt habe|geliebt hab|lieb hab|lieb habe|lieb hatte|liebe|lieb gehabt|"
        r"liebhabe|liebhab|gern hab|gern habe|gern gha ha|gern ha)",
        # regret passed on to someone: "sagt meiner Mutter, dass es mir leid tut", "richte ihr aus, es tut mir leid"
        r"(?:sag|sagt|sagen sie|sags|richte|richtet|richten sie|schreib|schreibt) (?:\w+ ){0,3}(?:\w+,? )?(?:aus,? )?"
        r"(?:dass )?(?:es )?(?:mir )?(?:es )?(?:so |echt |wirklich |unendlich )?leid (?:tut|tat)"
        r"(?! (?:dass|wegen)\b)",
        r"(?:sag|sagt|sagen sie|richte|richtet|richten sie) (?:\w+ ){0,3}(?:\w+,? )?(?:aus,? )?(?:dass )?(?:ich|i) "
        r"(?:mich )?(?:entschuldige|es bereue|nicht anders konnte|sie nie vergessen)",
        # a last line of regret or thanks: "... Fenster sind zu. es tut mir leid", "danke, dass du es versucht hast"
        r"(?:es )?tut mir (?:so |wirklich |echt |unendlich |sehr )?leid(?= *[.!]* *$)",
        r"danke,? dass (?:du|ihr|sie) (?:es )?(?:\w+ )?(?:versucht|probiert|fur mich da|immer da|fur mich gekampft)"
        r"(?: (?:habt|hast|haben|warst|wart|waren))?",
        r"(?:wollte|will|wollt|mochte) (?:\w+ ){0,2}(?:nur|einfach|bloss|halt)(?: nur)?,? dass (?:es )?(?:jemand|"
        r"irgendwer|irgendjemand|ihr|du|wenigstens einer|einer) (?:es )?(?:weiss|weisst|wisst|erfahrt|mitbekommt)",
        r"ihr (?:werdet|wirst) (?:nie(?:mals)? |nichts )?(?:mehr|wieder) von mir horen",
        r"(?:ihr hort|du horst) nie (?:mehr|wieder) von mir", r"das ist ein abschied",
        r"(?:das|dies) ist mein abschied",
        r"wenn (?:ihr|du|sie) (?:das|dies|diese zeilen|diesen brief|diese nachricht) (?:hier )?(?:lest|liest|lesen)",
        r"mein letzter gruss", r"macht es gut fur immer",
        r"(?:mama|mami|mutti|papa|papi|mum|mom|dad),? (?:es )?tut mir (?:so |echt |wirklich |so unendlich )?leid"
        r"(?! (?:dass|wegen|fur (?:gestern|heute|vorhin|den streit)))",
        r"(?:wollte|will|wollt) (?:es )?(?:nur|einfach|noch|nur noch|einfach nur) (?:\w+ )?(?:jemandem|irgendwem|"
        r"irgendjemandem|einem menschen) (?:sagen|erzahlen|schreiben)" + _END,
        r"(?:passt|pass) (?:gut )?auf (?:euch|mama|papa|die kinder) auf,? (?:wenn ich|ich bin) (?:nicht mehr|weg)",
    ],
    hopeless=[
        r"hoffnungslos", r"(?:keine|kei) hoffnung (?:mehr)?", r"sinnlos",
        # a burden, or what one leaves behind as dead weight: "ich bin nur noch Ballast", "war eh alles nur Ballast"
        r"(?:bin|war|ist|sind|waren) (?:eh |doch |ja |sowieso |halt |alles |eigentlich )*(?:nur|bloss) (?:noch )?"
        r"(?:ballast|eine belastung|eine burde)",
        r"hat (?:alles |eh |doch |ja |einfach ){0,2}(?:keinen|kein) sinn (?:mehr)?",
        r"macht (?:alles |eh |doch |ja |einfach ){0,2}keinen sinn (?:mehr)?", r"kann nicht mehr" + _END,
        r"kann (?:einfach )?nicht mehr(?= *(?:und|ich))", r"(?:kann|ko|cha) (?:nimmer|nimma|num+e?|nid meh)" + _END,
        r"(?:halte|halt|ertrage|ertrag) (?:es|das|des|dies|alles) (?:\w+ )?(?:nicht|net|ned|nimmer|"
        r"nimma) (?:mehr )?aus",
        r"halts nicht (?:mehr )?aus",
        r"(?:schaffe|schaff|pack|packe) (?:es|das|des|s) (?:\w+ )?(?:nicht|net|ned|nimmer|nimma) mehr",
        r"packs nimmer",
        r"(?:will|wott|mochte|wu|wui) (?:einfach )?(?:(?:nicht|net|ned|nid) mehr|nimmer|nimma|num+e?|"
        r"nume)(?= *(?:[.!?,;:]|$|und |ich |i |es ))",
        r"(?:mog|mag) (?:nimmer|nimma|num+e?)" + _END, r"wertlos", r"nutzlos", r"nichts wert",
        r"(?:nur noch |nur )?(?:eine|ne) (?:last|belastung) fur", r"zur last",
        r"(?:nur|bloss|numme|nume) (?:noch )?(?:eine|ne|e|a|en) (?:last|belastung|burde)",
        r"(?:fuhle mich|fuhl mich|bin) (?:\w+ )?gefangen", r"ausweglos", r"(?:kein|keinen) ausweg (?:mehr)?",
        r"der einzige ausweg", r"bin am ende", r"am ende meiner kraft", r"keine kraft mehr",
        r"es ist (?:alles )?vorbei", r"gebe (?:mich |alles )?auf" + _END,
        r"(?:mich|alles|das leben|mein leben) aufgegeben",
        r"(?:niemand(?:en)?|keinen|keiner) (?:interessiert|kummert|juckt|vermisst)(?: \w+)? (?:mich|es|s)",
        r"alles egal", r"(?:nichts|es) wird (?:\w+ )?(?:je |jemals |nie |niemals )?(?:wieder )?besser",
        r"wird nie (?:wieder )?besser", r"was (?:soll|bringt) (?:das|des|es) (?:alles )?noch",
        r"wozu (?:das alles|noch)", r"bin (?:so )?mude (?:von allem|vom kampfen|zu kampfen|vom leben)",
        r"(?:mag|will) nicht mehr kampfen", r"(?:bin|fuhle mich|fuhl mich) (?:so |total |nur noch |innerlich )?leer",
        r"innerlich (?:tot|leer)", r"hasse mein leben", r"(?:belastung|last) fur alle", r"versager\w*",
        r"(?:keinen|kein) bock mehr auf (?:alles|nichts|irgendwas)",
        r"alles (?:ist )?(?:scheisse|sinnlos|aussichtslos)", r"aussichtslos", r"es hat keinen zweck", r"zwecklos",
    ],
    stopped_treatment=[
        r"(?:insulin|dialyse|herztabletten|herzmedikamente|blutverdunner|marcumar|blutdrucktabletten|medikamente|"
        r"tabletten|chemo|chemotherapie|behandlung|therapie|sauerstoff|antibiotika|medis) (?:\w+ ){0,3}(?:abgesetzt|"
        r"weggelassen|nicht mehr genommen|nicht mehr gespritzt|nicht mehr nehmen|nicht mehr spritzen|nimmer genommen|"
        r"verweigert|abgebrochen|eingestellt|aufgehort)(?: \w+){0,4},? (?:absichtlich|mit absicht|damit (?:ich|es)|"
        r"um zu sterben|um schneller|bewusst|endgultig|mit voller absicht|dann geht es schneller|soll es halt|"
        r"und warte)",
        r"(?:absichtlich|bewusst|mit absicht) (?:\w+ ){0,3}(?:kein|keine|nicht mehr|nimmer) (?:mein |"
        r"meine )?(?:insulin|dialyse|medikamente|tabletten|herztabletten|blutverdunner|marcumar|medis|spritzen)",
        r"(?:nehme|nimm|spritze|spritz|mache|mach|gehe|geh) (?:\w+ ){0,2}(?:meine |mein |das |die |den |zur |"
        r"zum )?(?:insulin|dialyse|herztabletten|herzmedikamente|blutverdunner|marcumar|blutdrucktabletten|"
        r"medikamente|tabletten|chemo|medis|spritzen|sauerstoff) (?:einfach )?(?:nicht mehr|nimmer|"
        r"nicht)(?: \w+){0,2},? (?:absichtlich|bewusst|mit absicht|damit|um zu|dann geht|soll)",
        r"(?:kein|keine) (?:insulin|dialyse|herztabletten|blutverdunner) mehr(?: \w+){0,4},? (?:damit|um|absichtlich|"
        r"bewusst|mit absicht|soll)",
        r"(?:hore|hor|hoere|hab|habe) (?:\w+ ){0,2}mit (?:der dialyse|dem insulin|den (?:herz)?tabletten|der chemo|"
        r"den medikamenten|der behandlung) (?:aufgehort|auf),? (?:damit|dann|um|soll)",
        r"(?:lasse|lass|lassen) (?:die |meine |den |meinen )?(?:krankheit|natur|krebs|zucker|diabetes|"
        r"herz) (?:einfach )?(?:ihren|seinen) lauf",
        r"(?:esse|ess|trinke|trink) (?:und (?:trinke|trink|esse|ess) )?(?:absichtlich |bewusst )?(?:nichts|"
        r"nicht)(?: mehr)?,? (?:damit|bis|um)",
        r"(?:nichts mehr essen|nicht mehr essen|nicht mehr trinken|nichts mehr trinken) (?:\w+ ){0,2}(?:bis ich|"
        r"damit ich|um zu sterben)",
        r"(?:verweigere|verweigert|verweigern) (?:\w+ ){0,2}(?:das essen|essen|nahrung|trinken|medikamente|"
        r"die dialyse|die behandlung)(?: \w+){0,2},? (?:damit|um|bis)",
    ],
    threat=_heads([
        # armed and knowing where or when the other will be: "hab die Pistole und weiss, wann der Typ dort steht"
        r"(?:pistole|waffe|gewehr|knarre|revolver)(?:[ ,]+(?!jagen|jagd|verein|schiessstand)\w+){0,8}?[ ,]+(?:weiss|"
        r"weis|kenne|kenn|weiss genau) (?:\w+ )?(?:wann|wo) (?:der|die|er|sie|dieser|diese|mein ex|meine ex) (?:\w+ )"
        r"{0,10}(?:steht|wartet|langlauft|langgeht|vorbeikommt|aussteigt|allein ist|rauskommt|nach hause geht)\b",
        r"(?:hau|haue|schlag|schlage|prugel|prugle|box|boxe|tret|trete) (?:ich |i )?(?:ihm|ihn|ihr|sie|den|die|dem),? "
        r"(?:\w+,? ){0,4}(?:so,? )?(?:dass|bis) (?:er|sie|der|die) (?:\w+ )?(?:nicht mehr|nie mehr|nimmer|nie wieder) "
        r"(?:aufsteht|aufstehen|hochkommt|laufen kann|atmet|aufwacht)",
        r"(?:stimme|stimmen)(?: \w+){0,2} (?:sagt|sagen|befiehlt|befehlen|flustert|flustern|verlangt|verlangen|will|"
        r"wollen),? (?:mir,? )?(?:dass )?(?:ich|i) (?:soll|solle|sollte|muss) (?:\w+ ){0,3}(?:was|etwas|gift|zeug|"
        r"\w*tabletten|rattengift|putzmittel|tropfen) (?:ins|in sein|in ihr|in das|in den|in die|in seinen|in ihren) "
        r"(?:\w+ )?(?:essen|trinken|getrank|kaffee|tee|wasser|glas|suppe|bier|wein)",
        _AFTER_IRREAL + r"(?:ich|i) (?:werde |werd |will |mochte |geh |gehe |fahre |fahr |bin kurz davor,? |"
        r"plane,? )?(?:(?!(?:mich|mi|mir|selbst|selber|nicht|niemanden|keinen)\b)" + _NOT_IRREAL + r"\w+ ){0,3}"
        + _VICTIM + r"(?: (?!(?:mich|mi|nicht)\b)\w+){0,3} " + _KILL_OTHER + r"(?! " + _IRREAL + r"\b)",
        # the irrealis with a weapon, a plan or a time: "ich konnte ihn heute Nacht abstechen, das Messer liegt da"
        r"(?:(?:ich|i) " + _IRREAL + r"|" + _IRREAL + r" (?:ich|i))(?=[^.!?\n]{0,160}\b" + _THREAT_CUE + r"\b)"
        r"(?: (?!(?:mich|mi|mir|selbst|selber|nicht|niemanden|keinen)\b)\w+){0,3} " + _VICTIM +
        r"(?: (?!(?:mich|mi|nicht)\b)\w+){0,3} " + _KILL_OTHER,
        r"\b" + _THREAT_CUE + r"\b[^.!?\n]{0,80}?\b" + _IRREAL + r" (?:ich|i)(?: (?!(?:mich|mi|mir|selbst|selber|"
        r"nicht|niemanden|keinen)\b)\w+){0,3} " + _VICTIM + r"(?: (?!(?:mich|mi|nicht)\b)\w+){0,3} " + _KILL_OTHER,
        r"(?:werde|werd|will|mochte) (?:ich|i) (?:(?!(?:mich|mi|mir|selbst|nicht|niemanden|"
        r"keinen)\b)\w+ ){0,3}(?:umbringen|toten|abstechen|erstechen|erschiessen|abknallen|umlegen|kaltmachen|"
        r"ermorden|erwurgen)",
        r"(?:ich|i) (?:werde|werd|will) (?!(?:mich|mi|mir|es|das|alles|nicht|niemanden|keinen|die|den|"
        r"das)\b)[a-z]+ (?:umbringen|toten|abstechen|erstechen|erschiessen|abknallen|umlegen|kaltmachen|ermorden)",
        r"(?:bring|bringe|leg|lege) (?:ich |i )?" + _VICTIM_SHORT + r" (?:\w+ )?um" + _THREAT_END,
        r"(?:stech|steche|knall|knalle) (?:ich |i )?" + _VICTIM_SHORT + r" (?:\w+ )?ab" + _THREAT_END,
        r"(?:mach|mache) (?:ich |i )?" + _VICTIM_SHORT + r" (?:\w+ )?kalt" + _THREAT_END,
        r"(?:er|sie|der|die|du) wird (?:es |das )?(?:dafur bezahlen|dafur bussen|dafur buessen|bitter bereuen)",
        # a weapon into someone's body: "hau ich ihm die Axt in den Schadel", "ich ramm ihr das Messer in den Bauch"
        r"(?:hau|haue|hauen|ramm|ramme|rammen|jag|jage|jagen|schlag|schlage|schlagen|steck|stecke|stecken|stech|"
        r"steche|stechen|treib|treibe|schiess|schiesse|schiessen|pump|pumpe) (?:ich |i )?(?:ihm|ihr|ihnen|dir|euch|"
        r"dem|der|dem typ|dem kerl|meinem \w+|meiner \w+)(?: \w+)? (?:die|das|den|eine|ein|einen|nen|ne|meine|mein|"
        r"meinen|paar|ein paar|eine kugel|ne kugel|kugeln) (?:\w+ )?(?:axt|messer|beil|machete|hammer|"
        r"baseballschlager|schlager|kugel|kugeln|blei|schraubenzieher|eisenstange|flasche|klinge|schere|spaten)"
        r"(?: \w+){0,2} (?:in|durch|uber|auf|zwischen|ins|vor) (?:den|die|das|seinen|ihren|seine|ihre|sein|ihr|"
        r"deinen|deine|dein)(?: \w+)? (?:schadel|kopf|hals|bauch|brust|rucken|rippen|gesicht|fresse|herz|kehle|"
        r"birne|rube|schadeldecke|gehirn|hirn|knie|beine|auge|augen)",
        # a voice commanding harm to someone: "die Stimme sagt, ich soll das Messer nehmen und ... aus meiner Mutter"
        r"(?:stimme|stimmen|er|gott|der teufel|sie)(?: \w+){0,2} (?:sagt|sagen|befiehlt|befehlen|flustert|flustern|"
        r"verlangt|verlangen|will|wollen|zwingt|zwingen),? (?:mir,? )?(?:dass )?(?:ich|i) (?:soll|solle|sollte|muss|"
        r"musse|mus|mich)(?=[^.!?\n]{0,120}\b(?:\w*messer|axt|beil|waffe|pistole|umbringen|umbringe|toten|"
        r"abstechen|erstechen|erwurgen|ersticken|opfern|verletzen|rausholen|rausschneiden|herausschneiden|"
        r"austreiben|bestrafen|weh tun|wehtun|ertranken|erschlagen)\b)(?=[^.!?\n]{0,120}\b(?:ihn|ihm|ihr|sie|"
        r"(?:meine[rnm]?|unsere[rnm]?|seine[rnm]?|den|die|dem|der) (?:\w+ )?(?:" + _PERSON + r"|kind|kinder|baby|"
        r"nachbar\w*))\b)",
        r"(?:lauere|lauer) (?:\w+ ){0,2}(?:ihm|ihr) (?:\w+ ){0,2}auf", r"(?:ihm|ihr) (?:\w+ ){0,2}auflauern",
        r"(?:ich|i) (?:\w+ ){0,3}(?:amok laufen|amok gehen|ein blutbad anrichten|ein massaker anrichten)",
        r"(?:plane|plan|planen) (?:einen )?amoklauf",
        r"(?:an|in) (?:meiner|der) schule (?:\w+ ){0,3}(?:alle|jeden) (?:\w+ )?(?:umbringen|erschiessen|abknallen)",
    ]),
    weapon=[
        r"messer", r"kuchenmesser", r"fleischmesser", r"klappmesser", r"springmesser", r"taschenmesser", r"butterfly",
        r"pistole", r"waffe", r"waffen", r"gewehr", r"revolver", r"knarre", r"flinte", r"schrotflinte", r"machete",
        r"axt", r"beil", r"hammer", r"baseballschlager", r"schlagstock", r"eisenstange", r"brecheisen", r"benzin",
        r"salzsaure", r"schwefelsaure", r"batteriesaure", r"schreckschuss\w*", r"armbrust", r"durchgeladen",
        r"entsichert", r"munition", r"schlagring",
    ],
    violence_me=[
        _HE + r"(?: \w+){0,3} (?:haut|haute) (?:mich|mi)(?![\w ]{0,40}\bum\b)",
        _HE + r"(?: \w+){0,3} (?:schlagt|schlaegt|schlug|tritt|trat|wurgt|wurgte|wuergt|schubst|schubste|verprugelt|"
        r"verprugelte|vergewaltigt|vergewaltigte|bedroht|bedrohte|beisst|biss|zerrt|zerrte|drosselt|misshandelt|"
        r"misshandelte|verbrennt|demutigt|fesselt|fesselte|schlagen|vermobelt) (?:mich|mi)" + _NOT_PARTICLE +
        r"(?! (?:\w+ )?(?:beim|im|in) (?:schach|spiel|tennis|kartenspiel|fussball|wettrennen|mario|uno|fifa|sport|"
        r"badminton))",
        r"(?:wirft|warf|schleudert|schleuderte|stosst|stiess|schubst|schubste) (?:mich|mi) (?:\w+ ){0,2}(?:gegen|an|"
        r"auf den boden|die treppe|zu boden)",
        r"(?:hat|hatte|hot|het) (?:er |sie |der |die |mein \w+ |meine \w+ )?(?:mich|mi) (?:" + _HIT_GAP +
        r"){0,3}(?:gwurgt|gschlage|gschlagn|ghaue|ghaut|verhaue|verhauen|verpruglet|gschubst|tschlage|gwuergt|"
        r"geschlagen|gschlagen|gehauen|getreten|gewurgt|gewuergt|geschubst|gestossen|verprugelt|vergewaltigt|bedroht|"
        r"eingesperrt|gebissen|an den haaren gezogen|gegen die wand (?:gedruckt|gestossen|geschleudert)|missbraucht|"
        r"zusammengeschlagen|verbrannt|gedrosselt|gefesselt|misshandelt|die treppe runtergestossen|gegen die wand|"
        r"vermobelt|windelweich)",
        r"(?:hat|hatte) (?:er |sie |der |die )?(?:mir|mia) (?:" + _W + r"){0,3}(?:eine|ne|a) (?:\w+ )?(?:geknallt|"
        r"gescheuert|geklebt|gepfeffert|runtergehauen|reingehauen|gewischt)",
        r"(?:hat|hatte) (?:mir|mia) (?:\w+ ){0,2}(?:eine|ne|a) (?:ohrfeige|watschn|watsche|schelle|backpfeife|"
        r"faust) (?:\w+ )?(?:gegeben|verpasst)",
        r"(?:hat|hatte) (?:mir|mia) (?:\w+ ){0,3}(?:ins gesicht|in den bauch|auf den kopf|"
        r"in den magen) (?:geschlagen|getreten|geboxt)",
        r"(?:hande|hand|finger|arm|arme) (?:\w+ ){0,2}(?:um|an) (?:meinen|meinem|meine) (?:hals|kehle)",
        r"(?:mir|mia) (?:\w+ ){0,2}(?:die |seine |ihre |beide )?(?:hande|hand|finger|arm|arme) (?:\w+ )?(?:um|"
        r"an) (?:den|meinen) (?:hals|kehle)",
        r"(?:mich|mi) am (?:hals|kragen|arm|haaren) (?:gepackt|gewurgt|festgehalten|zugedruckt|gezerrt|gezogen)",
        r"(?:mir|mia) (?:den hals|die kehle) zugedruckt",
        r"(?:druckt|druckte|drueckt|drueckte|hat|hatte) (?:\w+ )?(?:mir|mia) (?:\w+ ){0,2}(?:den hals|die kehle|"
        r"die luft) (?:\w+ )?(?:zu|ab|zugedruckt|abgedruckt|abgeschnurt)",
        r"(?:mich|mi) (?:\w+ )?(?:gewurgt|gewuergt|gedrosselt)",
        r"(?:bekam|bekomme|kriegte|krieg) keine luft mehr(?: \w+){0,5} (?:hand|hande|griff|arm|kissen)",
        r"(?:konnte|kann) (?:nicht|kaum) (?:mehr )?atmen(?: \w+){0,5} (?:seine|ihre|seinen|hand|hande|griff|kissen)",
        r"(?:gewurgt|zugedruckt|gedruckt|festgehalten)(?: \w+){0,3},? bis ich (?:fast )?(?:ohnmachtig|bewusstlos)",
        r"(?:droht|drohte|hat gedroht|hat damit gedroht|droht mir),? (?:mich|mi) (?:\w+ )?(?:umzubringen|zu toten|"
        r"abzustechen|zu erschiessen|zu schlagen|kaltzumachen|anzuzunden)",
        r"droht mir mit (?:dem tod|dem messer|der waffe|der pistole|schlagen)",
        r"(?:hielt|halt|hat) (?:mir )?(?:ein|das|sein|ihr|nen) (?:messer|pistole|waffe|knarre)(?: \w+)? (?:an|gegen|"
        r"auf) (?:den|meinen|meine|meinem|mich)",
        r"mit (?:dem|einem|nem|seinem|ihrem) (?:messer|waffe|pistole|gewehr) (?:bedroht|auf mich|angegriffen)",
        r"(?:blaue flecken|blauer fleck|blaues auge|wurgemale|striemen|aufgeplatzte lippe|"
        r"gebrochene nase)(?: \w+){0,6} (?:von ihm|von ihr|er hat|sie hat|hat er|hat sie|weil er|weil sie|"
        r"von meinem \w+|von meiner \w+)",
        r"nimmt mir (?:\w+ ){0,2}(?:das|mein|meine|mei|die) (?:geld|ausweis|pass|rente|bankkarte|ec-karte|karte|"
        r"papiere)(?: \w+){0,2} (?:weg|ab)",
        r"(?:mein (?:\w+ )?(?:mann|freund|partner|ex)|meine (?:\w+ )?(?:frau|freundin|partnerin)|er|"
        r"sie) (?:\w+ ){0,2}(?:lasst|laesst) mich nicht (?:mehr )?(?:aus dem haus|allein raus|arbeiten|telefonieren|"
        r"meine freunde sehen|meine familie sehen)",
        r"sperrt mich (?:\w+ )?(?:ein|aus)",
        r"(?:zwingt|zwang|gezwungen) (?:\w+ ){0,3}(?:zum sex|zu sex|sex zu haben|mit ihm zu schlafen|"
        r"mit ihr zu schlafen|zu sexuellen)",
        r"vergewaltig\w+ (?:mich|mi)", r"(?:wurde|bin) (?:\w+ )?vergewaltigt",
        # night visits kept secret: "mein Stiefvater kommt nachts in mein Zimmer und sagt, das ist unser Geheimnis"
        r"(?:kommt|kam|schleicht|schlich|geht|ging|legt sich|legte sich|kriecht) (?:\w+ ){0,3}(?:nachts|in der nacht|"
        r"abends|wenn (?:\w+ ){1,2}(?:schlaft|schlafen|weg ist|arbeitet|nicht da ist|nicht zu hause ist)),? "
        r"(?:\w+ ){0,2}(?:in|zu mir in|ins|zu mir ins|an) (?:mein |meinem )?(?:zimmer|bett)(?=[^\n]{0,200}"
        r"\b(?:geheimnis|niemandem|keinem|nicht (?:\w+ )?(?:sagen|erzahlen|verraten)|anfasst|fasst|beruhrt|beruhrt|"
        r"unter (?:die|meine) decke|ausziehen|zieht mich aus|weh)\b)",
        r"(?:sagt|sagte|meint|meinte|droht|drohte),? (?:das|es|dies|des) (?:ist|sei|bleibt|bleibe|muss) (?:\w+ )?"
        r"unser "
        r"(?:kleines )?geheimnis(?=[^\n]{0,200}\b(?:nachts|zimmer|bett|anfassen|anfasst|fasst|beruhrt|niemandem|"
        r"mama|mutter|(?:bin|ist|war) \d{1,2}\b))",
    ],
    danger_me=[
        # A threat reported: "Mein Mann hat gesagt, dass er mich heute Nacht umbringt" (not "wenn er die Delle sieht").
        r"(?:gesagt|sagt|gedroht|droht|geschworen|schwort|geschrieben|schreibt|geschrien|schreit|angekundigt),?(?: \w+){0,2},?"
        r" (?:dass )?(?:er|sie) mich (?:\w+ ){0,3}(?:umbringt|umbringen wird|umbringen will|totschlagt|absticht|"
        r"erschiesst|kaltmacht|kalt macht|erwurgt|fertigmacht)(?! wenn (?:er|sie) (?:sieht|merkt|erfahrt|rausfindet))",
        r"(?:seit (?:wochen|tagen|monaten)|jeden abend|jede nacht|standig|immer wieder|schon wieder) (?:steht|wartet|"
        r"lauert|parkt|sitzt|lungert|stand|wartete) (?:(?:ein|eine|der|die|mein|meine|dieser|diese) (?:\w+ )?(?:typ|"
        r"kerl|mann|frau|ex|exfreund|exfreundin|exmann|exfrau|fremder|fremde|stalker|verehrer)|jemand|er|sie) "
        r"(?:\w+ ){0,4}"
        r"(?:jeden abend |abends |nachts |jede nacht |standig |dauernd |immer wieder |taglich |stundenlang )?"
        r"(?:vor|an|bei|hinter) (?:meinem haus|meiner tur|meiner wohnung|meinem fenster|meiner arbeit|unserem haus|"
        r"der haustur|unserer wohnung)",
        r"schreibt mir (?:\w+ ){0,2}(?:von|uber|mit) (?:immer )?(?:neuen |anderen |verschiedenen )?(?:fake-?accounts|"
        r"fake-?profilen|fakeprofilen|neuen nummern|anderen nummern|fremden nummern)",
        r"(?:angst|furcht|panik)(?: \w+)?,? (?:dass )?" + _HE + r" (?:mich|mi) (?:" + _W + r"){0,2}(?:umbringt|totet|"
        r"toetet|schlagt|findet|umbringen wird|erwischt|totschlagt|ersticht|erschiesst)",
        r"(?:hat gesagt|hat geschrieben|hat gedroht|sagt|sagte|schwort|schwor|droht|drohte|schreibt|schrieb|brullt|"
        r"brullte|schreit|schrie)(?: \w+){0,4},? (?:er|sie) (?:bringt|bringe|wird|werde|macht|mache|murkst|sticht|"
        r"knallt) (?:mich|mi|uns|uns alle|uns beide|die kinder) (?:\w+ )?(?:um|umbringen|toten|kalt|ab)",
        r"(?:er|sie) (?:wird|will|wollte) (?:mich|mi) (?:\w+ )?(?:umbringen|toten|abstechen|erschiessen|abknallen)",
        r"(?:verstecke|versteck|versteckt) (?:mich|mi) (?:\w+ )?vor (?:ihm|ihr|meinem \w+|meiner \w+)",
        r"(?:sagt|sagte|schreit|schrie|brullt|brullte|droht|drohte|schreibt|schrieb|hat gesagt|hat geschrieben|"
        r"hat gedroht)(?: \w+){0,3},? dass (?:er|sie) (?:mich|mi) (?:\w+ )?(?:umbringt|totet|toetet|absticht|"
        r"ersticht|erschiesst|abknallt|umbringen wird|toten wird|kaltmacht|fertigmacht)",
        r"(?:zu hause|daheim|bei ihm|bei ihr) (?:\w+ )?nicht (?:mehr )?sicher(?!,? (?:ob|wie|was|wann|dass))",
        r"angst,? (?:nach hause|heim) zu (?:gehen|kommen|fahren)",
        r"(?:trau|traue) mich nicht (?:\w+ )?(?:nach hause|heim)",
        r"(?:er|sie|mein ex|meine ex) (?:verfolgt|stalkt) (?:mich|mi)(?! (?:\w+ )?(?:auf|bei|in) (?:instagram|insta|"
        r"tiktok|twitter|x|facebook|youtube|snapchat|social media|whatsapp|den sozialen))",
        r"(?:er|sie) (?:lauert|lauerte) mir auf",
        # watched at home again and again: "er steht wieder jeden Abend vor meinem Haus"
        r"(?:er|sie|mein ex|meine ex|der typ|der kerl|die frau|der mann) (?:\w+ ){0,2}(?:steht|stand|wartet|wartete|"
        r"lauert|parkt|parkte|sitzt|sass|lungert|taucht|tauchte) (?:\w+ ){0,3}(?:jeden abend|jede nacht|jeden tag|"
        r"jeden morgen|standig|dauernd|immer wieder|taglich|nachts|stundenlang|seit wochen|"
        r"seit tagen)(?: \w+){0,3} (?:vor|an|bei|hinter) (?:meinem haus|meiner tur|meiner wohnung|meinem fenster|"
        r"meiner arbeit|meinem auto|meinem buro|meiner schule|dem haus|der haustur|unserem haus|meinem wohnhaus)"
        r"(?![^.!?\n]{0,40}\b(?:holt|bringt|hilft|liefert|abholen|blumen|geschenk\w*|bringen)\b)",
        # stalking by an ex or a partner: "mein Ex schreibt mir 50 Nachrichten am Tag und wartet vor meiner Arbeit"
        r"(?:mein|meine) (?:\w+ )?(?:ex|exfreund|exfreundin|exmann|exfrau|expartner\w*|verflossene\w*) (?:\w+ ){0,3}"
        r"(?:schreibt|schickt|simst|textet|ruft|bombardiert|terrorisiert|belastigt) (?:mir |mich )?(?:\w+ ){0,2}"
        r"(?:\d{2,}|zig|dutzende|hunderte|unzahlige|massenhaft|pausenlos|ununterbrochen|tag und nacht|standig|"
        r"dauernd)(?: \w+)? (?:nachrichten|sms|mails|e-?mails|anrufe|mal|whatsapps?|messages|briefe)",
        r"(?:mein|meine) (?:\w+ )?(?:ex|exfreund|exfreundin|exmann|exfrau|expartner\w*) (?:\w+ ){0,8}(?:wartet|"
        r"steht|lauert|parkt|lungert|taucht|tauchte|wartete|stand|lauerte) (?:\w+ ){0,3}(?:vor|an|bei|hinter) "
        r"(?:meinem|meiner|unserem|unserer|der|dem) (?:haus|tur|wohnung|fenster|arbeit|buro|schule|uni|auto|"
        r"haustur|wohnhaus|arbeitsplatz|firma|kita)(?![^.!?\n]{0,40}\b(?:holt|bringt|hilft|liefert|abholen|"
        r"blumen|geschenk\w*|bringen|kinder ab|die kinder)\b)",
        r"(?:er|sie|mein ex|meine ex) (?:\w+ ){0,2}(?:beobachtet|uberwacht|verfolgt|belagert) (?:mich|mi|"
        r"meine wohnung|mein haus)(?: \w+){0,2} (?:standig|dauernd|jeden tag|seit wochen|seit monaten|immer noch|"
        r"wieder|nachts)",
        r"(?:kontaktverbot|annaherungsverbot|gewaltschutz\w*) (?:\w+ ){0,4}(?:ignoriert|egal|missachtet|"
        r"gebrochen|halt sich nicht)",
        r"(?:er|sie|mein \w+|meine \w+) (?:hat )?(?:\w+ )?versucht,? (?:mich|mi) (?:umzubringen|zu toten|zu erwurgen)",
        r"(?:er|sie|mein \w+|meine \w+) (?:\w+ ){0,2}(?:will|wollte) (?:mich|mi) (?:\w+ ){0,2}(?:umbringen|toten|"
        r"abstechen|erschiessen|kaltmachen)",
    ],
    under_threat_now=_heads([
        r"(?:hammert|haemmert|tritt|schlagt|trommelt|bollert|poltert|ruttelt) (?:\w+ ){0,2}(?:gegen|an) (?:die|meine|"
        r"der|das) (?:tur|wohnungstur|haustur|fenster)",
        r"(?:lauert|randaliert|tobt|brullt|schreit) (?:\w+ ){0,2}(?:vor der tur|vor dem haus|vor meiner tur|"
        r"vor der wohnung|im treppenhaus|vor meinem haus|unten|im flur|in der wohnung)",
        r"(?:brullt|schreit|droht) (?:\w+ ){0,3}(?:durch die tur|vor der tur)",
        r"(?:steht|ist|wartet) (?:\w+ )?(?:unten )?(?:vor dem haus|vor der tur|vor meiner tur|vor der wohnung|"
        r"im treppenhaus)(?: \w+){0,2} (?:und )?(?:schreit|brullt|tobt|randaliert|droht|hammert|klingelt sturm)",
        r"(?:habe|hab) (?:mich|mi) (?:\w+ ){0,2}(?:im bad|im badezimmer|im klo|im schlafzimmer|im auto|im zimmer|"
        r"in meinem zimmer|auf dem klo|in der toilette) eingeschlossen",
        r"(?:sitze|bin|hocke) (?:\w+ )?eingeschlossen",
        r"(?:hat|mit) (?:einem|dem|ein|eine|die|das|nem|ne|einer|der|seinem|seiner|sein|seine|ihrem|ihre|"
        r"ihr) (?:messer|pistole|waffe|gewehr|axt|hammer|machete|knarre)(?: \w+){0,6},? (?:und )?(?:droht|"
        r"bedroht mich|brullt|schreit|tobt|sucht mich|kommt auf mich zu|jagt mich|ist hinter mir|rennt hinter mir|"
        r"steht vor (?:der|meiner) tur|will mich)",
        r"(?:hat|mit) (?:einem|dem|ein|eine|die|das|nem|ne|einer|der|seinem|seiner|sein|seine|ihrem|ihre|"
        r"ihr) (?:messer|pistole|waffe|gewehr|axt|hammer|machete|knarre)(?:[ ,]+\w+){0,8}?[ ,]+(?:jetzt|gerade|grad|"
        r"schon) (?:hier|da|in der wohnung|im haus|drin|im flur|unten|vor der tur|vor meiner tur)",
        r"(?:steht|ist|wartet|lauert) (?:\w+ ){0,3}mit (?:einem|dem|nem|seinem|ihrem|der|einer) (?:messer|pistole|"
        r"waffe|gewehr|axt|hammer|machete|knarre) (?:\w+ ){0,3}(?:vor der tur|vor meiner tur|vor dem zimmer|"
        r"vor dem bad|im flur|vor mir|hinter mir|vor dem haus)",
        r"versucht (?:\w+ ){0,2}(?:reinzukommen|die tur aufzubrechen|einzubrechen|die tur einzutreten)",
        r"(?:bricht|tritt) (?:gerade )?die tur (?:auf|ein)", r"(?:hat|haben) die tur eingetreten",
    ]),
    child_harm=[
        _CHILD_N + r"(?:[ ,()]+\w+){0,14}?[ ,()]+" + _ADULT + r"(?: \w+)? (?:\w+ ){0,2}(?:nachts|abends|heimlich|"
        r"wenn (?:\w+ ){0,3}schlaft|wenn mama (?:\w+ )?(?:weg|arbeiten|nicht da) ist) (?:\w+ ){0,2}(?:in (?:ihr|sein"
        r"|das) (?:zimmer|bett|kinderzimmer)|zu (?:ihr|ihm) ins bett|ins (?:kinderzimmer|bett|bad))"
        r" (?:kommt|kam|geht|ging|schleicht|schlich|steigt|stieg|legt|legte)",
        _CHILD_N + r"(?:[ ,()]+\w+){0,14}?[ ,()]+" + _ADULT + r"(?: \w+)? (?:\w+ ){0,4}(?:geheime|geheimen|heimliche|"
        r"heimlichen) (?:spiele|spielchen|spiel|sachen|treffen)",
        # touched, shown sexual pictures or sworn to secrecy by an adult: "mein Sohn (7) hat erzahlt, dass der Trainer
        # ihn nach dem Training in der Umkleide anfasst"; "der Nachbar zeigt ihr komische Videos"
        _CHILD_N + r"(?:[ ,()]+\w+){0,14}?[ ,()]+" + _ADULT + r"(?: \w+)? (?:(?!" + _NEG + r")\w+ ){0,2}(?:ihn|sie|es|"
        r"ihm|ihr|die kinder|die jungs|die madchen) (?:(?!" + _NEG + r"|arm\b|hand\b|handen\b|schulter\b|kopf\b|"
        r"beim\b|hilfestellung|\w*ball\b|turnen\b)\w+ ){0,8}(?:anfasst|anfasste|angefasst|"
        r"begrapscht|befummelt|betatscht|unsittlich beruhrt|zwischen den beinen|am po|an der brust|im intimbereich|"
        r"an (?:seinem|ihrem|seinen|ihren) (?:penis|glied|scheide|genitalien|intimbereich|po|hintern|brust|brusten))",
        _CHILD_N + r"(?:[ ,()]+\w+){0,14}?[ ,()]+" + _ADULT + r"(?: \w+)? (?:\w+ ){0,3}(?:ihm|ihr|ihnen|den kindern) "
        r"(?:\w+ ){0,4}(?:pornos?|nacktbilder|nacktfotos|nacktvideos|sexvideos|sexbilder|schmutzige|schmutzigen|"
        r"nackte|nackten|versaute|versauten) (?:\w+ )?(?:videos?|"
        r"bilder|fotos|filme|sachen|dinge|menschen|leute)?(?: \w+){0,3} (?:zeigt|gezeigt|zeigte|schickt|geschickt|"
        r"schickte)",
        _CHILD_N + r"(?:[ ,()]+\w+){0,14}?[ ,()]+" + _ADULT + r"(?: \w+)?(?:[ ,]+\w+){0,10}?[ ,]+(?:soll|darf|durfe|"
        r"musse|muss|solle|sollen) (?:es |das |davon )?(?:niemandem|keinem|niemand|nicht|nie) (?:\w+ ){0,3}(?:sagen|"
        r"erzahlen|verraten|weitersagen)(?![^.!?\n]{0,60}\b(?:uberraschung|geschenk\w*|geburtstag\w*|party|weihnacht"
        r"\w*)\b)",
        _CHILD_N + r"(?:[ ,()]+\w+){0,14}?[ ,()]+" + _ADULT + r"(?: \w+)?(?:[ ,]+\w+){0,8}?[ ,]+(?:das ist|das sei|"
        r"sei|ist) (?:ihr|unser|sein) (?:kleines )?geheimnis(?![^.!?\n]{0,60}\b(?:uberraschung|geschenk\w*|"
        r"geburtstag\w*|party|weihnacht\w*)\b)",
        # a child's disclosure: "meine Tochter (9) ... sie sagt, er schlagt sie, wenn sie weint"
        _CHILD_N + r"(?:[ ,()]+\w+){0,14}?[ ,()]+(?:sagt|sagte|erzahlt|erzahlte|meint|hat erzahlt|hat gesagt),? "
        r"(?:dass )?(?:er|sie|papa|mama|der papa|die mama|ihr vater|sein vater|ihre mutter|seine mutter|der freund|"
        r"mamas freund|der stiefvater|die stiefmutter|opa|onkel) (?:\w+ )?(?:schlagt|haut|tritt|verprugelt|wurgt|"
        r"schubst|fasst) (?:sie|ihn|es)\b",
        r"(?:der|die|sein|seine|ihr|ihre|mein|meine|unser|unsere) (?:vater|mutter|papa|mama|stiefvater|stiefmutter|"
        r"freund|freundin|mann|frau|typ|nachbar\w*|onkel|tante|opa|oma|alte|alter) (?:den|die|das|seinen|seine|ihren|"
        r"ihre|sein|ihr|unseren|unsere) (?:kleinen|kleine|kleinsten|kleinste|jungen|madchen|zwerg|knirps|"
        r"" + _CHILD_N + r") (?:(?:gegen|an|in|auf|uber|vom|von|aus|durch) (?:\w+ ){1,3}|(?:so|einfach|wieder|schon|"
        r"richtig|voll|fest|hart|heftig|heute|gestern) ){0,3}(?:geschlagen|geschubst|gestossen|geschleudert|"
        r"getreten|geschuttelt|gewurgt|geworfen|verprugelt|eingesperrt|gehauen|geohrfeigt|verbrannt) (?:hat|hatte)\b",
        r"(?:schlagt|schlaegt|schlaht|schloht|schlug|verprugelt|verprugelte|verhaut|tritt|trat|wurgt|wurgte|"
        r"schuttelt|schuttelte|ohrfeigt|ohrfeigte|sperrt|sperrte|verbrennt|verbrannte|missbraucht|missbrauchte|"
        r"misshandelt|misshandelte|begrapscht|begrapschte|fesselt|schubst|schubste|prugelt|prugelte|bedroht|"
        r"bedrohte) (?:\w+ )?" + _POSS + r" (?:\w+ )?" + _CHILD_N + r"\b" + _NOT_PARTICLE,
        r"(?:er|sie|papa|mama|vater|mutter|mann|frau|freund|freundin|opa|oma|onkel|tante) (?:haut|haute) " + _POSS +
        r" (?:\w+ )?" + _CHILD_N + r"\b" + _NOT_PARTICLE,
        r"(?:hat|hatte|haben|hatten) " + _POSS + r" (?:\w+ )?" + _CHILD_N + r" (?:" + _HIT_GAP + r"){0,3}(?:geschlage"
        r"n|gschlagen|verprugelt|getreten|geschuttelt|gewurgt|eingesperrt|verbrannt|missbraucht|angefasst|begrapscht|"
        r"geohrfeigt|gehauen|misshandelt|gefesselt|geschubst|gestossen|hungern lassen|allein gelassen)",
        r"(?:hat|hatte|haben|hatten) (?:den|die|unseren|unsere|meinen|meine|ihren|ihre|seinen|seine) (?:kleinen|"
        r"kleine|kleinsten|kleinste|zwerg|knirps|mauschen|spatz) (?:(?:gegen|an|in|auf|uber|vom|von|aus|durch) "
        r"(?:\w+ ){1,3}|(?:so|einfach|wieder|schon|richtig|voll|fest|hart|heftig|heute|gestern) ){0,3}(?:geschlagen|"
        r"geschubst|gestossen|geschleudert|getreten|geschuttelt|gewurgt|geworfen|verprugelt|eingesperrt|gehauen|"
        r"geohrfeigt|gekniffen|gebissen|verbrannt)",
        r"(?:" + _CHILD_N + r"|(?:der|die|den|dem|unser|unsere|unseren|mein|meine|meinen) kleine[rn]?)(?: \w+){0,4} (?:hat|hatte|mit|voller|"
        r"voll) (?:\w+ )?(?:blaue flecken|blauen flecken|blaue flecke|striemen|brandwunden|brandmale|verbrennungen|"
        r"ein blaues auge|wurgemale|hamatome)(?! (?:vom|von der|beim|von seinem|vom fussball|vom sport))",
        _CHILD_N + r" (?:\w+ ){0,2}(?:wird|werden|wurde|wurden) (?:" + _HIT_GAP + r"){0,3}(?:geschlagen|verprugelt|"
        r"misshandelt|eingesperrt|missbraucht|angefasst|geschuttelt|allein gelassen|hungern gelassen)",
        r"(?:" + _CHILD_N + r"|(?:der|die|unser|unsere|mein|meine) kleine[rn]?)(?:[ ,]+\w+){0,8}?[ ,]+(?:schlagt|"
        r"schlaegt|haut|verprugelt|tritt|schuttelt|wurgt|misshandelt|missbraucht) (?:ihn|sie|es|die beiden)\b",
        r"(?:angst|furcht),? (?:dass )?(?:ich|i) (?:\w+ ){0,3}(?:meinem|meiner|dem|unserem) (?:\w+ )?(?:baby|kind|"
        r"sohn|tochter|kleinen) (?:\w+ ){0,2}(?:was antue|etwas antue|weh tue|wehtue|schade|antun)",
        r"(?:angst|furcht),? (?:dass )?(?:ich|i) (?:\w+ ){0,2}(?:mein|das|unser) (?:\w+ )?(?:baby|"
        r"kind) (?:\w+ ){0,2}(?:schuttle|schuttel|schuttele|schlage|verletze|fallen lasse)",
        r"(?:fasst|fasste|beruhrt|beruhrte) " + _POSS + r" (?:\w+ )?" + _CHILD_N + r" (?:\w+ ){0,3}(?:an|unsittlich)",
        r"(?:papa|mama|papi|mami|vater|mutter|stiefvater|stiefmutter|mamas freund|der freund von mama|er|"
        r"sie) (?:\w+ ){0,2}(?:schlagt|haut|verprugelt|tritt) (?:mich|uns|meinen bruder|"
        r"meine schwester)(?![\w ]{0,40}\bum\b)(?: \w+){0,3} (?:jeden tag|immer|oft|wieder|standig|mit dem gurtel|"
        r"mit dem kochloffel|mit dem stock|wenn)",
    ],
    engine_running=[
        r"motor (?:\w+ )?(?:lauft|laeuft|ist an|brummt|ist noch an|lasse ich laufen|lass ich laufen|"
        r"laufen lassen)(?! (?:wieder|rund|gut|einwandfrei|ruhig|sauber|nicht))",
        r"(?:lasse|lass) (?:\w+ )?(?:den )?motor (?:\w+ )?laufen", r"(?:die )?abgase", r"auspuffgase",
        r"schlauch (?:\w+ ){0,3}(?:durchs|durch das|ins|in das) (?:fenster|auto|wageninnere)",
    ],
    gas_on=[
        r"(?:das )?gas (?:ist |hab ich |habe ich )?(?:aufgedreht|offen|lauft|stromt|stromt aus)",
        r"gashahn (?:\w+ )?(?:aufgedreht|offen|auf)",
        r"(?:habe|hab) (?:\w+ )?(?:das |den )?(?:gas|gashahn|gasherd) (?:\w+ )?(?:aufgedreht|angemacht|geoffnet|"
        r"aufgemacht)",
        r"(?:holzkohle|grillkohle|kohle|einweggrill|kohlegrill) (?:\w+ ){0,3}(?:angezundet|angemacht|brennt|gluht|"
        r"glimmt|qualmt)",
        r"(?:habe|hab) (?:\w+ )?(?:die |den )?(?:holzkohle|grillkohle|kohle|einweggrill|"
        r"kohlegrill) (?:\w+ ){0,3}(?:angezundet|angemacht)",
    ],
    enclosed=[
        r"in der (?:geschlossenen |verschlossenen |abgedichteten )?garage",
        r"(?:garage|garagentor|tor) (?:\w+ )?(?:ist |sind )?(?:zu|geschlossen|verschlossen|abgedichtet|dicht)",
        r"(?:turen|tur|fenster|ritzen|luftung|turschlitz\w*) (?:\w+ )?(?:sind |ist )?(?:abgedichtet|abgeklebt|"
        r"zugeklebt|verklebt|mit handtuchern zu)",
        r"alle (?:fenster|turen) (?:und (?:turen|fenster) )?(?:sind )?(?:zu|geschlossen|verschlossen)",
        r"(?:fenster|turen|tur|zimmertur|badezimmertur) (?:\w+ )?(?:sind|ist) (?:\w+ )?(?:zu|geschlossen|verschlossen|"
        r"abgeschlossen|dicht)",
        r"(?:habe|hab) (?:\w+ ){0,2}(?:fenster|turen|tur|ritzen) (?:\w+ )?(?:zugemacht|geschlossen|abgedichtet|"
        r"abgeklebt|zugeklebt|verriegelt)",
        r"(?:im|in meinem|ins) (?:kleinen )?(?:bad|badezimmer|schlafzimmer|zelt|"
        r"wohnwagen) (?:\w+ ){0,3}(?:eingeschlossen|abgeschlossen|verriegelt)",
    ],
    self_harm=_leet([
        r"(?:habe|hab|hatte|hob) (?:mich|mi) (?:" + _W + r"){0,4}(?:geritzt|aufgeritzt|gschnitten|zerkratzt)",
        r"(?:habe|hab|hatte|hob) (?:mich|mi) (?:" + _W + r"){0,3}(?:wieder|gestern|heute|letzte nacht|vorhin|gerade|"
        r"schon wieder|tief|zu tief|so tief|absichtlich|selbst) (?:" + _W + r"){0,2}(?:geschnitten|verbrannt|"
        r"verletzt)",
        r"(?:habe|hab|hatte) (?:mir|mia) (?:" + _W + r"){0,3}(?:die |meine |den |in die |in den |in meine |"
        r"in meinen )(?:arme|arm|handgelenke|handgelenk|oberschenkel|beine|bauch|haut|unterarme|unterarm) (?:" + _W +
        r"){0,2}(?:geritzt|aufgeritzt|aufgeschnitten|zerschnitten|geschnitten|verbrannt|zerkratzt)",
        r"(?:ritze|ritz) (?:mich|mi) (?:wieder|jeden tag|taglich|jede nacht|gerade|grad|standig|immer noch|noch)",
        r"(?:wieder|erneut) (?:angefangen )?(?:zu )?(?:ritzen|geritzt)",
        r"ruckfall (?:\w+ ){0,2}(?:ritzen|selbstverletzung|geritzt)", r"zu tief geschnitten",
        r"hort nicht (?:mehr )?auf zu bluten",
        r"(?:mit (?:zigaretten|dem feuerzeug|einer zigarette|heissem wasser)) (?:\w+ ){0,2}verbrannt",
    ]),
    self_harm_urge=_leet([
        r"(?:drang|druck|suchtdruck|verlangen|bedurfnis),? (?:\w+ ){0,2}(?:mich )?(?:zu ritzen|zu schneiden|"
        r"zu verletzen|selbst zu verletzen|wehzutun|weh zu tun)",
        r"(?:will|muss|mochte|mocht) (?:mich )?(?:wieder|so sehr|unbedingt|dringend) (?:mich )?(?:ritzen|schneiden|"
        r"verletzen)",
        r"(?:\w+ )?(?:tage|wochen|monate|jahre) (?:clean|ritzfrei|ohne ritzen|ohne sv)", r"(?:ritzdruck|sv-?druck)",
        # the urge back after cutting stopped: "hab mi früener gschnitte ... sit letscht Wuche chunnt dä Drang wieder"
        r"(?:geritzt|ritzen|gschnitte\w*|gschnitten|geschnitten|schneiden|selbstverletz\w*|sv|klinge\w*|verletzt)"
        r"(?:\W+\w+){0,20}?\W+(?:der |dä |de |das )?(?:drang|druck|verlangen|bedurfnis|lust|sog)(?: \w+){0,2} "
        r"(?:kommt|kam|chunnt|chunt|chont|ist|isch|wird) (?:\w+ )?(?:wieder|zuruck|zrugg|zruck|starker|stärker)",
        r"(?:geritzt|ritzen|gschnitte\w*|gschnitten|geschnitten|schneiden|selbstverletz\w*|sv|klinge\w*|verletzt)"
        r"(?:\W+\w+){0,20}?\W+(?:kommt|kam|chunnt|chunt|chont|ist|isch) (?:der |da |de |das )?(?:drang|druck|verlangen"
        r"|bedurfnis|sog) (?:\w+ )?(?:wieder|zuruck|zrugg|zruck)",
    ]),
    depressant=[
        r"benzos?|tavor|valium|diazepam|lorazepam|temesta|xanax|alprazolam|rivotril|clonazepam|bromazepam|lexotanil|"
        r"zopiclon|zolpidem|stilnox|schlaftabletten|schlafmittel|beruhigungsmittel|tilidin|valoron|tramadol|tramal|"
        r"oxy\w*|fentanyl|heroin|codein|kodein|morphin\w*|methadon|polamidon|lyrica|pregabalin|ghb|liquid ecstasy|"
        r"lean|opiate|opioide",
    ],
    alcohol=[
        r"alkohol|wein|bier|biere|schnaps|schnapse|wodka|vodka|whisky|whiskey|rum|gin|sekt|likor|korn|jagermeister|"
        r"besoffen|betrunken|saufe|sauf|gesoffen|voll wie|blau wie|promille|shots?",
    ],
    harm_thought=[
        # Watching and following someone (often an ex) is a warning sign of violence (stalking): "ich fahr jeden Abend
        # an ihrer Wohnung vorbei und guck, wer da ist", "gestern bin ich ihr bis zur Arbeit hinterher".
        r"(?:fahr|fahre|geh|gehe|lauf|laufe|radle|radel|spaziere) (?:ich |i )?(?:\w+ ){0,4}(?:an|bei) (?:ihrer|seiner|"
        r"ihrem|seinem|deren|dessen) (?:neuen )?(?:wohnung|haus|arbeit|buro|tur|fenster|firma|wg)\w* vorbei"
        r"(?:[ ,]+\w+){0,6}?[ ,]+(?:und )?(?:guck|gucke|schau|schaue|seh|sehe|beobachte|kontrollier\w*|check\w*|"
        r"spionier\w*) (?:\w+ ){0,2}(?:wer|mit wem|wann (?:er|sie))(?![^.!?\n]{0,60}\b(?:licht|in ordnung|gut geht|"
        r"okay|ok|lebt|gesund|gestürzt|gesturzt|hilfe)\b)",
        r"(?:bin|war|lauf|laufe|fahr|fahre|ging|fuhr|bin ich|war ich) (?:ich |i )?(?:ihr|ihm|den beiden) "
        r"(?:\w+ ){0,3}(?:heimlich |unbemerkt )?bis (?:zur|zum|nach|vor die|vor das|vor den|an die) \w+ (?:\w+ )?"
        r"(?:hinterher|nach|gefolgt|nachgefahren|nachgelaufen|nachgegangen)",
        r"(?:bin|habe|hab|war) (?:ich |i )?(?:ihr|ihm|den beiden) (?:\w+ ){0,3}heimlich (?:\w+ ){0,3}(?:gefolgt|"
        r"nachgefahren|nachgelaufen|nachgegangen|hinterher)",
        r"(?:airtag|peilsender|gps-?tracker|tracker|ortungs-?app|spionage-?app) (?:\w+ ){0,4}(?:an|in|unter|ans|ins|"
        r"auf) (?:ihr|sein|ihrem|seinem|ihre|seine|ihren|seinen) (?:auto|wagen|tasche|fahrrad|rucksack|handy)",
        r"(?:gedanken|gedanke|bilder|bild|vorstellungen|vorstellung|impulse|impuls|zwangsgedanken|fantasien|szenen|"
        r"angst)(?: \w+){0,3},? (?:wie|dass) (?:ich|i) (?:mein|meine|meinen|meinem|unser|unsere|unseren|das|den|die) "
        r"(?:\w+ )?(?:baby|kind|kinder|sohn|tochter|kleine\w*|saugling|neugeborene\w*|partner\w*|mann|frau|mutter|"
        r"vater|freund\w*|hund|katze) (?:\w+ ){0,4}(?:untergehen lasse|untergehen lassen|untertauche|ertranke|"
        r"fallen lasse|ersticke|erwurge|verletze|schlage|ersteche|(?:aus dem fenster|vom balkon|gegen die wand) werfe|"
        r"schuttle|schuttele|weh tue|wehtue|tote|umbringe|verbrenne|vergifte)\b",
        r"(?:gedanken|gedanke|bilder|bild|vorstellungen|vorstellung|impulse|impuls|zwangsgedanken|fantasien|"
        r"angst)(?: \w+){0,3},? (?:wie ich |dass ich |ich konnte |ich konnte )?(?:\w+ ){0,3}(?:mein|meine|meinen|"
        r"meinem|meiner|das|den|die|dem|jemanden|jemandem|ihn|sie|ihm|ihr|unser|unsere|"
        r"unseren) (?:\w+ )?(?:zu )?(?:verletzen|verletze|weh zu tun|wehzutun|wehtue|weh tue|fallen zu lassen|"
        r"fallen lasse|fallenlassen|zu ersticken|ersticke|erstechen|ersteche|toten|tote|schubsen|schubse|stossen|"
        r"stosse|ertranken|ertranke|schlagen|schlage|schutteln|schuttle|umzubringen|umbringe|anzutun|antue|"
        r"vor den zug|umbringen|antun|wehtun|weh tun|erwurgen|erwurge|erdrosseln|erstechen|stechen|steche)"
        r"(?: (?:konnte|konnt|wurde|wurd|werde|konnen|kann))?",
    ],
    purging=[
        # laxatives, vomiting or water pills to make up for food, not for constipation or a colonoscopy
        r"(?:nehme|nehm|nimm|nahm|genommen|schlucke|schluckte|geschluckt|benutze|benutzt|trinke|trink)(?: \w+){0,4} "
        r"(?:abfuhrmittel|abfuehrmittel|abfuhrtabletten|abfuhrtee|abfuhrtropfen|laxantien|laxativa|dulcolax|"
        r"bisacodyl|glaubersalz|entwasserungstabletten|wassertabletten|diuretika)(?![^.!?]{0,80}(?:verstopfung|"
        r"darmspiegelung|koloskopie|verordnet|verschrieben|vom arzt|magen-?darm))(?=[^.!?]{0,80}\b(?:nach (?:jedem|"
        r"dem|jeder|den)|jeden (?:tag|abend|morgen)|taglich|abzunehmen|abnehmen|gewicht|kalorien|zuzunehmen|"
        r"zunehmen|dunn|dick|loszuwerden|behalten|seit (?:\w+ )?(?:wochen|monaten|jahren)|mehr als|ganze packung|"
        r"\d+ (?:stuck|tabletten)|zunehm\w*|abnehm\w*|dunn\w*|figur|wiegen|waage))",
        r"(?:abfuhrmittel|abfuehrmittel|abfuhrtabletten|abfuhrtee|laxantien|dulcolax|bisacodyl|"
        r"entwasserungstabletten|wassertabletten|diuretika)(?: \w+){0,3} (?:nach (?:jedem|dem|jeder) (?:essen|"
        r"mahlzeit|bissen)|um (?:abzunehmen|nicht zuzunehmen|alles loszuwerden|das essen loszuwerden))",
        r"(?:erbreche|erbrach|kotze|kotz|kotzte|ubergebe|breche|spucke|spuck)(?: mich)?(?: \w+){0,3} (?:nach "
        r"(?:fast |beinahe |so gut wie |praktisch )?(?:jedem|"
        r"dem|jeder|den|meinem) (?:essen|mahlzeit|mahlzeiten|fressattacke|fressanfall|essanfall|essattacke|"
        r"fruhstuck|mittagessen|abendessen)|absichtlich|mit absicht|alles wieder aus)" + _NOT_SICK,
        r"(?:bringe|bring|brachte) mich (?:\w+ ){0,3}zum (?:erbrechen|kotzen|brechen|ubergeben)",
        r"(?:finger|zahnburste|loffel) (?:\w+ ){0,2}in den hals",
        r"(?:habe|hab|hatte) (?:mich )?(?:\w+ ){0,3}(?:absichtlich|mit absicht|extra|selbst) (?:\w+ ){0,3}"
        r"(?:erbrochen|ubergeben|gekotzt|ausgekotzt)" + _NOT_SICK,
        r"(?:will|darf|kann|mochte) (?:\w+ ){0,2}(?:nichts|nix|kein essen) (?:\w+ )?(?:in mir|im magen|im korper|"
        r"drin) (?:behalten|lassen)",
    ],
    voices_worse=[
        # voices louder, more often or commenting: "die Stimmen werden immer lauter", "sie reden durch die Wand uber
        # mich" (not a noisy neighbour: "ich hore die Nachbarn durch die Wand streiten")
        r"(?:stimmen|stimme|geflustere|flustern) (?:in meinem kopf |im kopf |wieder |jetzt |heute |schon |nachts )*"
        r"(?:werden|wird|sind|ist) (?:\w+ ){0,2}(?:lauter|schlimmer|"
        r"starker|ofter|haufiger|mehr|deutlicher|aggressiver|fieser)",
        r"(?:stimmen|stimme) (?:in meinem kopf |im kopf |wieder |jetzt |heute |schon |nachts )*(?:kommentieren"
        r"|kommentiert|lachen uber mich|lacht uber mich|reden uber mich|"
        r"redet uber mich|beschimpfen mich|beschimpft mich|beleidigen mich|horen nicht (?:mehr )?auf|hort nicht "
        r"(?:mehr )?auf|sind wieder da|ist wieder da|(?:sind|ist) (?:wieder )?zuruck)",
        r"(?:hore|hor|hoer|hoere) (?:\w+ ){0,2}(?:wieder |immer ofter |standig |dauernd |den ganzen tag )"
        r"(?:\w+ )?(?:stimmen|eine stimme|die stimme)",
        r"(?:reden|redet|flustern|flustert|tuscheln|tuschelt|lachen|lacht|sprechen|spricht|lastern|lastert) "
        r"(?:\w+ ){0,3}uber mich (?:\w+ ){0,2}durch (?:die|den) (?:wand|wande|decke|heizung|luftung|boden|steckdose|"
        r"fernseher|radio)",
        r"durch (?:die|den) (?:wand|wande|decke|heizung|luftung|boden|steckdose|fernseher|radio) (?:\w+ ){0,3}"
        r"(?:uber mich|meinen namen|uber meine gedanken|was ich denke)",
    ],
    restriction=[
        # days without food, not from illness: "hab seit 4 tagen nix gegessen", "ich esse seit einer Woche fast nichts"
        r"(?:seit|schon|jetzt) (?:seit )?" + _SPAN + r" (?:\w+ ){0,2}(?:nichts|nix|kaum (?:was |etwas )?|fast (?:nichts|nix)|"
        r"nicht(?:s)? mehr|nur (?:noch )?(?:wasser|tee|kaffee|cola light)) (?:mehr )?(?:gegessen|zu mir genommen|"
        r"runterbekommen|runtergekriegt|gefuttert|essen|esse|gehabt|getrunken)" + _NOT_ILL,
        r"(?:habe|hab|hatte|esse|ess) (?:\w+ ){0,2}(?:nichts|nix|kaum (?:was|etwas)|fast nichts) (?:mehr )?"
        r"(?:gegessen )?(?:seit|in den letzten) " + _SPAN + _NOT_ILL,
        r"(?:esse|ess|iss|isst|trinke|trink) (?:\w+ )?seit " + _SPAN + r" (?:\w+ ){0,2}(?:nichts|nix|"
        r"kaum (?:was|etwas)?|fast (?:nichts|nix|gar nichts|gar nix)|gar (?:nichts|nix)|so gut wie (?:nichts|nix)|"
        r"nur (?:noch )?(?:wasser|tee|kaffee|cola light|einen apfel|ne gurke))(?! (?:\w+ )?(?:susses|suesses|"
        r"zucker|fleisch|alkohol|fast ?food|chips|schokolade|brot|kohlenhydrate|junkfood|weissmehl|tierisches))"
        + _NOT_ILL,
        r"(?:\d+|zwei|drei|vier|funf|sechs|sieben|zehn) tage (?:lang )?(?:ohne essen|ohne was zu essen|nichts "
        r"gegessen|nix gegessen|gehungert|nur wasser)",
        r"(?:nur|hochstens|maximal|unter|weniger als|knapp) (?:noch )?(?:[1-6]\d\d|[1-9]\d) (?:kalorien|kcal|kalos) "
        r"(?:am|pro|den|im) tag",
        r"(?:hungere|hungre|hunger) (?:mich )?(?:\w+ ){0,3}(?:runter|absichtlich|um abzunehmen|dunn|bis)",
        r"(?:hore|hor|hoere) (?:ab jetzt |ab heute |einfach |ganz |komplett )+auf zu essen",
        r"(?:esse|ess|iss) (?:ab jetzt |ab heute |einfach |seit \w+ \w+ )?(?:gar nichts|nichts|nix) mehr"
        r"(?:,| bis| um| damit)",
    ],
    ed_effect=[
        r"umgekippt", r"zusammengeklappt", r"zusammengebrochen", r"ohnmachtig", r"bewusstlos", r"kollabiert",
        r"kreislaufzusammenbruch", r"umgefallen", r"schwarz vor (?:den )?augen", r"weggetreten",
        r"(?:wiege|wiegt|wog) (?:\w+ )?(?:nur noch |noch |unter |knapp |nicht mal |gerade mal )?(?:[23]\d|4[0-5])"
        r"(?:[,.]\d)? ?(?:kg|kilo)(?! (?:mehr|zu viel|zugenommen|abgenommen))",
        r"bmi (?:von |unter |bei |ist )?(?:1[0-7]|[0-9])\b",
        r"(?:puls|herzschlag|herzfrequenz|ruhepuls) (?:\w+ ){0,2}(?:[2-4]\d|unter 50|so niedrig|ganz niedrig|"
        r"total niedrig|sehr niedrig|stolpert|unregelmassig)",
        r"haare fallen (?:\w+ )?aus", r"haarausfall", r"kalium(?:mangel|wert|werte|spiegel)?", r"hypokaliamie",
        r"elektrolyt(?:e|storung|storungen|mangel|werte)", r"herzrhythmusstorung\w*",
        r"(?:meine )?(?:periode|regel|tage|menstruation) (?:\w+ ){0,3}(?:ausgeblieben|bleibt aus|ist weg|nicht mehr)",
        r"(?:standig|immer|dauernd) (?:so )?(?:kalt|schwindelig|schwindlig)",
        r"(?:mir ist|ist mir) (?:\w+ )?(?:standig|immer|dauernd) (?:\w+ )?(?:kalt|schwindelig|schwindlig)",
        r"herzrhythmusstorung\w*", r"herzstolpern",
        r"(?:mein |das )?herz (?:\w+ )?(?:rast|rast wie verruckt|stolpert|hammert|setzt aus|klopft wie wild)",
    ],
    frequency=[
        r"jeden (?:abend|tag|morgen|mittag|nachmittag|einzelnen tag)", r"jede nacht", r"jedes wochenende",
        r"taglich", r"(?:fast|so gut wie) (?:jeden tag|taglich)", r"den ganzen tag", r"rund um die uhr",
        r"(?:morgens|fruh) schon", r"schon (?:morgens|am morgen|zum fruhstuck|vormittags|mittags)",
        r"(?:\d|zwei|drei|vier|funf) ?mal (?:am|pro) tag", r"nach (?:der|jeder) arbeit", r"abends immer",
        r"immer abends",
    ],
    cope=[
        r"(?:anders|sonst|ohne) (?:\w+ )?(?:komm|komme|kann|krieg|kriege|schaff|schaffe|werd|werde) (?:ich |i )?"
        r"(?:\w+ )?(?:nicht|net|ned|kaum) (?:mehr )?(?:runter|zur ruhe|schlafen|einschlafen|klar|abschalten|"
        r"durch den tag|funktionieren|ertragen|aus|ruhig)",
        r"um (?:\w+ )?(?:runterzukommen|einzuschlafen|zu schlafen|abzuschalten|zu vergessen|zu funktionieren|"
        r"den tag zu uberstehen|durchzuhalten|klarzukommen|die gedanken abzustellen|nichts zu fuhlen|"
        r"nichts mehr zu spuren|ruhig zu werden|zu betauben)",
        r"(?:das )?einzige,? (?:was|das) (?:\w+ )?(?:hilft|mich runterbringt|den kopf ausschaltet|mich ruhig macht)",
        r"ohne (?:alkohol|bier|wein|schnaps|wodka|den alkohol|das trinken) (?:\w+ )?(?:kann|geht|halte|ertrage|"
        r"schaffe|komme) (?:ich )?(?:\w+ )?(?:nicht|gar nichts|nichts|nix)",
        r"(?:betaube|betauben|ertranke|ertranken|spule|spulen) (?:\w+ ){0,2}(?:gefuhle|gedanken|schmerz|kummer|"
        r"sorgen)",
    ],
    hypothetical=[
        r"was ware,? wenn", r"was wenn", r"wenn (?:ich|i) (?:jemals|mal|irgendwann) (?:\w+ ){0,2}(?:ware|hatte|wurde)",
        r"rein hypothetisch", r"hypothetisch", r"theoretisch", r"mal angenommen", r"angenommen,", r"stell dir vor",
        r"nur mal so", r"rein interessehalber", r"nur aus neugier",
    ],
    denial=[
        # "Die Arztin hat gefragt, ob ich Suizidgedanken habe, und ich habe nein gesagt." / "... habe. Ich sagte nein."
        r"(?:gefragt|fragte|fragten|fragt|nachgefragt|abgefragt|wollte(?:n)? wissen|wissen wollte(?:n)?|"
        r"erkundigte sich|frage|angesprochen|\w*fragen gestellt|\w*fragebogen)" + _TAIL + r"{0,22}?" + _ANSWER_NO,
        # "Ob ich suizidal sei, wollte sie wissen. Ich sagte nein."
        r"ob (?:ich|i) (?:\w+ ){0,8}(?:sei|bin|habe|hatte|ware|will|wolle|denke|mochte)[,\s]+(?:\w+ ){0,4}(?:gefragt|"
        r"wissen wollte|fragte|wollte sie wissen|wollte er wissen)" + _TAIL + r"{0,4}?" + _ANSWER_NO,
        # "Ich habe nein gesagt, als sie gefragt hat, ob ich sterben will."
        r"(?:habe|hab|sagte|sag|antwortete|meinte) (?:\w+ ){0,2}(?:nein|verneint)(?: gesagt| geantwortet)?,? (?:als|"
        r"weil|nachdem|wo|wie) (?:\w+ ){0,3}(?:fragte|gefragt|wissen wollte|nachfragte)" + _TAIL + r"{0,16}",
        r"(?:bin|war) (?:\w+ )?(?:nicht|kein|keine|nie|ned|net) (?:\w+ )?(?:suizidal|suizidgefahrdet|"
        r"selbstmordgefahrdet|lebensmude|akut gefahrdet|gefahrdet|in gefahr)" + _TAIL + r"{0,2}",
        r"(?:habe|hab|hatte|hab ich|habe ich) (?:\w+ )?(?:keine|keinerlei|nie|niemals|"
        r"noch nie) (?:\w+ ){0,2}(?:suizidgedanken|selbstmordgedanken|suizidale gedanken|gedanken an (?:suizid|"
        r"selbstmord|den tod)|todeswunsch|todeswunsche)" + _TAIL + r"{0,3}",
        r"(?:keine|keinerlei|nie) (?:\w+ )?gedanken (?:daran|dran),? (?:\w+ ){0,4}(?:umzubringen|zu sterben|"
        r"zu nehmen|anzutun|zu toten|zu verletzen)",
        r"(?:keine|keinerlei) (?:suizid|selbstmord)gedanken" + _TAIL + r"{0,3}",
        r"(?:keine|keinerlei) (?:suizidalen|lebensmuden|suizidale|lebensmude) (?:gedanken|absichten|plane)" + _TAIL +
        r"{0,3}",
        r"(?:wurde|wuerde|wurd|werde) (?:mir |mich )?(?:nie|niemals|nie im leben|"
        r"auf keinen fall) (?:\w+ ){0,3}(?:etwas antun|was antun|umbringen|das leben nehmen|toten|antun)",
        r"(?:will|mochte) (?:mir )?(?:nichts|nix) antun",
        r"(?:will|mochte) nicht sterben,? (?:\w+ ){0,2}(?:ich will|ich mochte|sondern|nur|ich wunsche mir)" + _TAIL +
        r"{0,6}",
        r"(?:heisst|bedeutet) (?:aber )?nicht,? dass (?:ich|i) (?:\w+ ){0,3}(?:sterben|mich umbringen|"
        r"tot sein) (?:will|mochte)",
        r"(?:denke|denk) (?:\w+ )?(?:nicht|nie) (?:daran|dran),? (?:\w+ ){0,4}(?:umzubringen|zu sterben|zu nehmen|"
        r"anzutun)",
        r"(?:habe|hab) (?:nicht|keine) (?:vor|absicht|plane),? (?:\w+ ){0,5}(?:umzubringen|zu sterben|zu nehmen|"
        r"anzutun|zu toten|zu tun)",
        # the wish put first and denied: "Sterben will ich nicht, aber ich bin echt am Ende"
        r"(?<!\bnicht )(?:sterben|tot sein|mich umbringen|umbringen|mir (?:was|etwas) antun|mich toten) (?:will|mochte|"
        r"wollte|werde|wurde) (?:ich|i) (?:\w+ ){0,2}(?:nicht|nich|net|ned|nid|keineswegs|auf keinen fall)(?! nur\b)",
        r"(?:bin|ich bin) nicht in gefahr", r"keine (?:akute )?gefahr", r"nichts dergleichen",
        r"nichts in der richtung", r"nicht (?:akut )?gefahrdet",
        r"ich wurde (?:das|mir das) (?:meinen kindern|meiner familie|meinen eltern) (?:nie|niemals) antun",
    ],
    fiction=[
        r"romeo(?: und julia)?", r"werther\w*", r"goethes faust", r"gretchen", r"emilia galotti", r"kabale und liebe",
        r"hamlet", r"ophelia", r"macbeth", r"shakespeare", r"goethe", r"schiller", r"kleist", r"kafka",
        r"anna karenina", r"tote madchen lugen nicht", r"13 reasons why", r"tatort", r"krimi\w*",
        r"(?:der|die|das|ein|eine|im|in der|in dem|dem|diesem|dieser|einem|einer) (?:film|buch|roman|serie|folge|"
        r"staffel|gedicht|drama|tragodie|theaterstuck|novelle|erzahlung|kurzgeschichte|kapitel|lied|song|artikel|"
        r"bericht|reportage|doku|dokumentation|podcast|hauptfigur|figur|protagonist|protagonistin|ballade|oper|manga|"
        r"anime|comic)",
        r"(?:hausaufgabe\w*|hausarbeit|referat|aufsatz|klausur|klassenarbeit|deutschunterricht|literaturunterricht|"
        r"deutschstunde|schullekture|lekture|interpretation|gedichtanalyse|vorlesung|seminararbeit|abitur|matura)",
        r"(?:video|computer|pc)spiel\w*", r"game",
        r"(?:schulung|fortbildung|weiterbildung|kurs) (?:uber|zu|zum thema)", r"in den nachrichten",
        r"(?:zeitung|nachrichten|news) (?:gelesen|gesehen|berichtet|stand)", r"true crime",
        r"(?:bei|auf) (?:der )?arbeit (?:sehen|hatten|erleben|haben) wir",
        r"als (?:notarzt|notfallsanitater|sanitater|polizist|polizistin|pfleger|pflegerin|krankenschwester|lokfuhrer)",
    ],
    help_seeking=[
        r"wie kann (?:ich|man) (?:ihm|ihr|ihnen|jemandem|meinem \w+|meiner \w+|meinen \w+|dem|der|einem|einer|"
        r"unserem|unserer) (?:\w+ ){0,2}(?:helfen|beistehen|unterstutzen|zur seite stehen)",
        r"wie (?:wir|ich|man|ihr|sie) (?:\w+ )?(?:jemandem|ihm|ihr|ihnen|anderen|freunden|betroffenen|einem freund|"
        r"einer freundin) (?:\w+ ){0,2}helfen (?:kann|konnen|konnte|konnten|sollen|soll)",
        r"wie (?:spreche|rede|red) (?:ich|man) (?:\w+ )?(?:ihn|sie|mit ihm|mit ihr|meinen \w+|meine \w+|"
        r"mit meinem \w+|mit meiner \w+|jemanden) (?:\w+ ){0,3}(?:darauf|daruber|an)",
        r"was (?:soll|kann|sollte) (?:ich|man) (?:tun|machen|sagen),? (?:wenn|damit|um) (?:er|sie|mein \w+|meine \w+|"
        r"jemand)",
        r"(?:mache|mach|machen) (?:mir|uns) (?:\w+ )?sorgen um (?:meinen|meine|mein|einen|eine|unseren|unsere|"
        r"unser) (?:\w+ )?(?:freund|freundin|kumpel|sohn|tochter|bruder|schwester|kollegen|kollegin|schuler|"
        r"schulerin|patienten|patientin|mutter|vater|mann|frau|partner|partnerin|nachbar|nachbarin|enkel|enkelin|"
        r"kind)",
        r"(?:besorgt|in sorge) (?:um|wegen) (?:meinen|meine|mein|einen|eine|unseren|unsere) (?:\w+ )?(?:freund|"
        r"freundin|sohn|tochter|bruder|schwester|kollegen|kollegin|schuler|schulerin|patienten|patientin)",
        r"(?:woran|wie) erkenne (?:ich|man)",
        r"(?:anzeichen|warnsignale|warnzeichen) (?:\w+ ){0,4}(?:bei (?:meinem|meiner|meinen|jemandem|einem|einer|"
        r"unserem|unserer|kindern|jugendlichen|schulern|patienten)|erkennen)",
        r"(?:fur|wegen) (?:meinen|meine|einen|eine|unseren|unsere) (?:\w+ )?(?:freund|freundin|kollegen|kollegin|"
        r"schuler|schulerin|patienten|patientin|bruder|schwester|sohn|tochter|klienten|klientin),? (?:der|die)",
    ],
)
