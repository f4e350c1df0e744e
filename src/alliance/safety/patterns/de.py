"""German rules (same levels as English: C-SSRS screener, Posner et al. 2011; warning signs, Rudd et al. 2006).

Normalised text strips umlauts to the bare vowel ("mochte", "brucke") and writes ss for the sharp s."""

from __future__ import annotations

from alliance.safety.dates import OLD_YEAR


from alliance.safety.patterns import C, L, make_pack
from alliance.safety.patterns.shared import (
    ALCOHOL, BRUISES, CALORIES, CUT_CONTEXT, EAT_CONTEXT, MIX, SUBSTANCE_HABIT,
)

PILLS = r"(?:tabletten|pillen|medikamente|schlaftabletten|paracetamol|ibuprofen)"
NOT_NEG = r"(?:(?!nicht\b|nie\b|niemals\b|kein)\w+ ){0,2}"
# Drinking tea, coffee or a single glass every evening is a habit, not substance risk: "trinke" is read as drinking
# alcohol unless its clause names a soft drink or one glass (and no bottles or several glasses follow).
MILD_DRINK = (r"(?:(?!\b" + ALCOHOL + r"\b)[^.!?,;]){0,60}\b(?:\w*tee|\w*kaffee|espresso|cappuccino|latte|"
              r"\w*wasser|\w*saft|\w*milch|kakao|\w*schokolade|limo\w*|cola|smoothie|alkoholfrei\w*|bruhe|suppe|"
              r"(?:nur )?(?:ein|einen|eine) (?:einzig\w* |klein\w* )?(?:glas|glaschen|tasse|becher|bier|"
              r"feierabendbier|schorle|weinschorle))\b(?![^.!?]*\b(?:flasche\w*|mehrere|zwei|drei|vier|funf|viele|"
              r"mehr|literweise|betrunken|besoffen)\b)")
NOT_MILD_DRINK = r"(?!trinke\b" + MILD_DRINK + r")(?!(?:\w+ ){1,3}trinke\b" + MILD_DRINK + r")"
# An illness, surgery, a test on an empty stomach or a religious fast, told with "nichts gegessen" in its sentence.
ILLNESS = (r"(?:krank\w*|erkrankt|magen ?darm\w*|magen-darm\w*|magenverstimmung|lebensmittelvergiftung|grippe\w*|"
           r"erkaltung|corona|covid|fieber\w*|infekt\w*|virus|norovirus|durchfall|migrane|zahn\w*|weisheitszahn\w*|"
           r"operation|op|narkose|krankenhaus|klinikum|notaufnahme|chemo\w*|nuchtern|blutabnahme|blutuntersuchung|"
           r"darmspiegelung|magenspiegelung|koloskopie|gastroskopie|untersuchung|ramadan|fastenmonat|fastenzeit|"
           r"jom kippur|fastenbrechen)")
NO_BUT = r"(?:(?!\b(?:aber|doch|trotzdem|obwohl|sondern|nicht wegen|nicht weil)\b)[^.!?;])"
NO_ED = r"(?![^.!?]*\b(?:abnehmen|abgenommen|dick|fett|kalorien|gewicht|zunehmen|diat|hungern|waage)\b)"
ILLNESS_AFTER = r"(?:\b" + NO_BUT + r"{0,60})?\b" + ILLNESS + r"\b" + NO_ED
ILLNESS_BEFORE = r"\b" + ILLNESS + r"\b" + NO_BUT + r"{0,60}\b"
# "Would kill me" stays a threat when violence is told with it.
NO_VIOLENCE = (r"(?![^.!?]*\b(?:schlagt|schlug|geschlagen|bedroht|droht|drohte|verprugelt|tritt|wurgt|gewurgt|"
               r"missbraucht|angst|ernst|wirklich|echt|waffe|messer)\b)")
# Places and things whose "Stimmen" are real voices or votes.
NOT_HALLUCINATED = (r"chor|kirchenchor|gesang|gesangsverein|orchester|ensemble|musical|oper|band|sprachnachricht|"
                    r"sprachmemo|mailbox|anrufbeantworter|aufnahme|podcast|horbuch|radio|fernseh|video|wahl|umfrage|"
                    r"abstimmung|partei|parlament|bundestag|gemeinderat|synchron")
SI, PLAN, SH, HTO, ABUSE = C.SUICIDAL_IDEATION, C.SUICIDE_PLAN_INTENT, C.SELF_HARM, C.HARM_TO_OTHERS, C.ABUSE_SAFEGUARDING
PSY, OD, ED, SUB = C.PSYCHOSIS_COMMAND, C.OVERDOSE_MEDICAL, C.EATING_DISORDER_MEDICAL, C.SUBSTANCE_RISK
LOW, MOD, HIGH, IMM = L.LOW, L.MODERATE, L.HIGH, L.IMMINENT

RULES = [
    ("si.want_to_die", SI, HIGH, r"\b(?:will|mochte|mocht|wurde gern|wunsche mir|moechte|wollte) " + NOT_NEG +
     r"sterben\b|\bsterben (?:will|mochte|wollte)\b|\b(?:will|mochte) tot sein\b"),
    ("si.kill_myself", SI, HIGH, r"\bmich (?:am liebsten |einfach |selbst |endlich )?(?:umbringen|toten|"
     r"umzubringen|zu toten)\b|\bbringe? mich um\b|\b(?:mir|mer) (?:das |s |d )?(?:leben|labe|lebe"
     r"|lebm) (?:zu |z |ze )?(?:nehmen|nehma|nah|neh|nahme|nemme)\b|\bmeinem leben ein ende "
     r"(?:setzen|zu setzen|machen)\b|\bmein leben beenden\b|\b(?:selbstmord|suizid) (?:begehen|zu begehen)\b", "me"),
    ("si.suicidal", SI, HIGH, r"\b(?:suizidgedanken|selbstmordgedanken|suizidal|suizidale gedanken)\b|\b(?:denke|dachte|"
     r"nachdenken|gedanken) (?:\w+ ){0,2}(?:an|uber) (?:selbstmord|suizid|mich umzubringen)\b"),
    ("si.end_it", SI, HIGH, r"\b(?:allem|alles|dem ganzen) ein ende (?:setzen|machen|bereiten)\b|\bmit allem schluss "
     r"machen\b"),
    ("si.passive", SI, MOD, r"\b(?:will|mochte|kann|wollte) nicht mehr leben\b|\bnicht mehr (?:aufwachen|da sein|leben "
     r"wollen|existieren)\b|\bwunschte,? ich ware (?:tot|nie geboren)\b|\bbesser (?:dran )?ohne mich\b|\bniemand wurde "
     r"mich vermissen\b|\bkein(?:en)? grund (?:mehr )?zu leben\b|\blebensmu(?:e)?de\b|\bfur immer (?:verschwinden|"
     r"schlafen)\b|\bdas leben (?:hat keinen sinn mehr|ist nicht lebenswert)\b|\b(?:gedanken|denke) (?:\w+ ){0,2}(?:an|uber)"
     r" (?:den tod|das sterben)\b"),
    ("plan.intent", PLAN, IMM, r"\bich habe (?:einen|den) plan,? (?:wie|um) (?:ich )?(?:mich (?:umbringe|umzubringen|tote)|"
     r"zu sterben|sterbe)\b|\bich (?:habe|hab) (?:mich )?entschieden,? (?:mich umzubringen|zu sterben|meinem leben ein "
     r"ende)\b|\bich werde mich (?:heute |jetzt )?(?:umbringen|toten|erhangen|aufhangen)\b|\babschiedsbrief\b|\bmeine "
     r"letzte nachricht\b", "me"),
    ("plan.stockpile", PLAN, MOD, PILLS + r" (?:gesammelt|gehortet|gespart|aufgehoben)\b|\b(?:gesammelt|gehortet|"
     r"gespart) (?:\w+ ){0,2}" + PILLS + r"\b|\b(?:habe|hab|kaufte|gekauft) (?:mir )?(?:ein |eine |einen )?(?:seil|strick|"
     r"waffe|pistole)\b", "self", "means warning"),
    ("plan.method", PLAN, HIGH, r"\bvon (?:der|einer|dem|einem) (?:brucke|dach|hochhaus|balkon) (?:zu )?springen\b|\bvor "
     r"(?:den|einen) zug (?:zu )?(?:werfen|springen)\b|\bmich (?:erhangen|aufhangen|vor den zug werfen)\b|\bpulsadern "
     r"aufschneiden\b|\bwie viele " + PILLS + r"(?: \w+){0,4} (?:todlich|sterben|toten)\b"),
    ("attempt.tried", PLAN, HIGH, r"\b(?:versucht|versuchte),? mich umzubringen\b|\bsuizidversuch\b|\bselbstmordversuch\b"),
    ("warn.signs", SI, MOD, r"\b(?:verschenke|verschenkt|verschenken|verschenkte) (?:\w+ )?(?:meine|meinen|mein) (?:\w+ )?"
     r"(?:sachen|besitz|habseligkeiten)\b|\bmeine sachen (?:verschenkt|weggegeben)\b|\bdas ist ein abschied\b|\blebt "
     r"wohl\b|\bmein testament (?:gemacht|geschrieben)\b|\bbald nicht mehr (?:da|zur last)\b", "self", "warning"),
    ("plan.refuse_rescue", PLAN, HIGH, r"\bich will nicht,? dass mich (?:jemand|irgendwer) (?:aufhalt|rettet|findet)\b"),
    ("third.at_risk", SI, MOD, r"\b(?:will|mochte|wollte) sich (?:umbringen|das leben nehmen|toten)\b|\bsich "
     r"(?:umzubringen|das leben zu nehmen|selbst verletzen|ritzen)\b|\b(?:er|sie) (?:will|mochte) sterben\b", "other"),
    ("sh.self_harm", SH, MOD, r"\britze mich\b|\bmich (?:zu )?ritzen\b|\bgeritzt\b|\bmich (?:selbst )?(?:verletzen|verletze"
     r"|schneiden|schneide|verbrennen|verbrenne)\b|\bselbstverletzung\b|\bselbstverletzendes verhalten\b|\bich habe mich "
     r"(?:selbst )?(?:geschnitten|verletzt|verbrannt|geritzt)\b", "me", "recent+"),
    ("hto.kill_other", HTO, HIGH, r"\bich (?:will|werde|mochte) (?:ihn|sie|jemanden|alle|meinen \w+|meine \w+) "
     r"(?:umbringen|toten|verletzen|erstechen|erschiessen)\b"),
    ("abuse.hurts_me", ABUSE, HIGH, r"\b(?:er|sie|mein \w+|meine \w+) (?:schlagt|schlug|vergewaltigt|vergewaltigte|bedroht|"
     r"bedrohte|wurgt|wurgte|missbraucht|missbrauchte|tritt|verprugelt) mich\b|\bhat mich (?:geschlagen|vergewaltigt|"
     r"bedroht|gewurgt|missbraucht)\b|\bangst,? nach hause zu gehen\b|\bdroht,? mich umzubringen\b|\bhausliche gewalt\b|"
     r"\bzu hause nicht sicher\b", "any"),
    ("psy.command", PSY, HIGH, r"\bstimmen (?:\w+ ){0,2}(?:sagen|befehlen|verlangen) mir,? (?:ich soll|dass ich|mich)\b",
     "any"),
    ("od.took_pills", OD, IMM, r"\b(?:habe|hab) (?:\w+ ){0,3}(?:alle|eine ganze packung|zu viele|viele|\d{2,}) (?:meiner "
     r")?" + PILLS + r" (?:genommen|geschluckt)\b|\buberdosis genommen\b", "self", "act"),
    ("ed.not_eaten", ED, HIGH, r"\bseit (?:\d+|zwei|drei|vier|funf|mehreren|ein paar) tagen nichts (?:mehr )?gegessen\b|"
     r"\bnichts gegessen seit (?:\d+|zwei|drei|vier|funf|mehreren) tagen\b|\bblut erbrochen\b"),
    ("distress.hopeless", None, LOW, r"\b(?:hoffnungslos|ich kann nicht mehr|ich bin eine last|ich hasse mich|ich hasse "
     r"mein leben|alles ist sinnlos|wertlos|keine hoffnung|ich halte es nicht mehr aus)\b", "self", "hopeless"),
]

RULES += [
    ("sub.mix_any", SUB, HIGH, MIX, "self", "substance"),
    ("sub.habit", SUB, MOD, NOT_MILD_DRINK + r"(?:" + SUBSTANCE_HABIT + r")", "self", "substance"),
    ("ed.calories", ED, MOD, CALORIES),
    ("abuse.bruises", ABUSE, HIGH, BRUISES, "any"),
    ("si.more", SI, MOD, r"\bwenn ich nicht mehr da ware\b|\bohne mich besser (?:dran|ab)\b|\b(?:niemandem|keinem) mehr "
     r"(?:lange )?zur last\b|\bnicht mehr lange zur last\b|\bbrauche? ich (?:eh |dann )?nicht mehr\b|\bkeinen sinn mehr "
     r"(?:im|in meinem) leben\b|\b(?:will|mochte) (?:\w+ ){0,2}tot sein\b"),
    ("si.more_phrasings", SI, MOD, r"\bnie (?:mehr|wieder) aufwachen\b"),
    ("plan.rope", PLAN, MOD, r"\b(?:strick|seil|waffe|pistole) gekauft\b", "self", "means warning"),
    ("abuse.touching", ABUSE, HIGH, r"\b(?:fasst|fasste|begrapscht|begrapschte|beruhrt|beruhrte) mich (?:\w+ ){0,2}an\b|"
     r"\bfasst mich an\b", "any"),
    ("plan.take_all", PLAN, HIGH, r"\bnehme (?:\w+ ){0,2}alle (?:meine )?" + PILLS + r"\b"),
    ("plan.jump", PLAN, HIGH, r"\bspring(?:e)? (?:\w+ ){0,2}von (?:der|einer|dem|einem) (?:brucke|dach|hochhaus|balkon)\b"),
    ("si.more_high", SI, HIGH, r"\bbring(?:e)? ich mich um\b|\bsui(?:zid)? ?gedanken\b|\b(?:denke|denk) (?:\w+ ){0,4}an "
     r"(?:selbstmord|suizid)\b", "self"),
    ("plan.more", PLAN, HIGH, r"\bnehme (?:heute nacht |jetzt |heute )?alle\b|\balle (?:auf einmal )?nehmen\b|\bich stehe "
     r"auf der brucke\b|\bbriefe (?:an meine familie )?(?:sind )?geschrieben\b|\bbriefe an (?:meine|die) \w+ geschrieben\b",
     "self", "", r"fall|nacht|brucke|um|tabletten|entschieden"),
    ("plan.means_here", PLAN, MOD, PILLS + r" (?:von \w+ \w+ )?liegen hier\b|\bich habe die " + PILLS + r" vor mir\b",
     "self", "means"),
    ("od.more", OD, HIGH, PILLS + r" zu viel\b|\b(?:die|eine) ganze packung (?:\w+ ){0,2}(?:geschluckt|genommen)\b", "self",
     "act"),
    ("sh.more", SH, MOD, r"\bmich (?:\w+ ){0,2}zu ritzen\b|\bhab(?:e)? mich (?:\w+ ){0,3}(?:geschnitten|verletzt|verbrannt|"
     r"geritzt)\b", "me", "recent+"),
    ("warn.things", SI, LOW, r"\balles aufgeraumt\b|\bmeine (?:katze|hund) ist (?:jetzt )?bei\b", "self", "warning"),
    # Loose ends tied up and people reached one last time (AAS: putting affairs in order, saying goodbye): a risk only
    # read with the rest of the conversation.
    ("warn.loose_ends", SI, LOW, r"\b(?:hab|habe) (?:alles|alle \w+) zuruckgegeben,? was (?:ich )?(?:mir )?(?:ausgeliehen"
     r"|geliehen) (?:hatte|hab)\b|\b(?:hab|habe) (?:mein|meine|meinen) (?:\w+ ){0,2}verkauft und (?:das geld|alles)"
     r" (?:meiner|meinem) \w+ gegeben\b|\b(?:hab|habe) (?:die )?miete (?:fur|auf) (?:\w+ )?monate (?:im voraus )?"
     r"(?:bezahlt|uberwiesen)\b|\b(?:hab|habe) (?:mein|meinen|meine) (?:handyvertrag|vertrag|fitnessstudio|abo|abos"
     r"|mitgliedschaft) gekundigt\b|\b(?:hab|habe) (?:alle|die ganze familie|jeden)(?: \w+){0,3} angerufen,? (?:nur )?"
     r"um (?:ihre stimmen?|seine stimme) zu horen\b|\bzugangsdaten (?:\w+ ){0,3}aufgeschrieben\b", "self", "warning"),
    ("plan.buy_means", PLAN, MOD, PILLS + r" gekauft\b|\b(?:in|aus) (?:\w+ ){0,2}apotheken\b", "self", "means"),
    ("sh.bleeding", SH, IMM, r"\bhort nicht auf zu bluten\b|\bzu tief geschnitten\b", "self", "act", CUT_CONTEXT),
    ("hto.more", HTO, HIGH, r"\bstech(?:e)? (?:ich )?ihn ab\b|\bmach(?:e)? (?:ich )?ihn kalt\b|\bgedanken,? (?:\w+ ){0,3}zu "
     r"(?:schlagen|toten|verletzen)\b|\b(?:messer|waffe|pistole)(?: \w+){0,4} (?:fahr|fahre|geh|gehe) (?:\w+ )?zu "
     r"(?:ihm|ihr)\b"),
    ("abuse.more", ABUSE, HIGH, r"\bhat (?:er|sie) mir eine (?:geknallt|gescheuert|geklebt)\b|\bverbietet mir\b|\bnimmt mir "
     r"(?:das handy|das geld|mein handy)\b|\bschlagt (?:meinen|meine|seinen|ihren|den|die) (?:sohn|tochter|neffen|nichte|"
     r"kind|kinder|kleinen)\b|\bam hals gepackt\b|\bgewurgt\b", "any"),
    ("abuse.door", ABUSE, IMM, r"\b(?:hammert|tritt|schlagt) gegen die tur\b|\bschreit,? dass er mich umbringt\b", "any",
     "act"),
    ("psy.more", PSY, HIGH, r"\bstimmen (?:\w+ ){0,8}ich muss\b", "any"),
    ("psy.voices", PSY, MOD, r"\bstimmen (?:\w+ ){0,4}(?:sagen|lauter|wieder da)\b", "any"),
    ("ed.more", ED, MOD, r"\bubergebe mich (?:\w+ ){0,4}(?:absichtlich|nach dem essen)\b|\bnach dem essen (?:\w+ ){0,2}"
     r"ubergeben\b(?![^.!?]{0,60}\b(?:lebensmittelvergiftung|magen-?darm\w*|grippe|virus|schwanger\w*|"
     r"ubelkeit|migrane|chemo\w*|kater)\b)|\bverstecke es vor\b"),
    ("ed.symptoms", ED, HIGH, r"\b(?:herz rast|schwindlig|kreislauf)\b", "self", "", EAT_CONTEXT),
    ("sub.more", SUB, MOD, r"\bkiffe von morgens bis abends\b|\bflasche wein\b", "self", "substance"),
    ("third.goodbye_message", SI, HIGH, r"\babschiedsnachricht\b", "any"),
    # "Ich bin tot" is distress when it is meant ("ich bin innerlich tot"); said of an exam or a deadline ("ich bin
    # so tot", "bin tot 😂") the idioms below discount it.
    # A voice commanding self-punishment or not eating: "die Stimme sagt, ich muss mich bestrafen".
    ("psy.command_self", PSY, HIGH, r"\b(?:die |eine )?stimmen? (?:\w+ ){0,2}(?:sagt|sagen|befiehlt|befehlen|verlangt|"
     r"verlangen|will|wollen|flustert|flustern)(?:,| dass| mir)?,? (?:ich|i) (?:muss|soll|darf|musse|solle|derf) "
     r"(?:\w+ ){0,4}(?:bestrafen|verletzen|umbringen|toten|schneiden|ritzen|springen|nichts (?:mehr )?essen|hungern|"
     r"weh tun|wehtun|nichts mehr trinken)\b", "any"),
    # Injecting or using opioids alone, or without naloxone: the overdose nobody sees.
    ("sub.using_alone", SUB, HIGH, r"\b(?:druck\w*|spritz\w*|ballern|ballere|konsumier\w*|heroin|h|fentanyl|fenta"
     r"|opiate?|methadon|polamidon|subutex|ketamin|ket|ghb|gbl|g)\b(?:\W+\w+){0,12}?\W+(?:allein|alleine|aloa|"
     r"ganz allein|niemand (?:da|dabei|hier|zu hause)|keiner (?:da|dabei|hier)|ohne naloxon|kein naloxon|naloxon "
     r"(?:hab|habe|hob) (?:ich|i) (?:keins|keines|keine|kein|nix|nichts))\b|\b(?:allein|alleine|aloa|ohne naloxon)"
     r"(?:\W+\w+){0,8}?\W+(?:druck\w*|spritz\w*|ballern|heroin|fentanyl|opiate?)\b", "self", "substance",
     r"naloxon|heroin|\bh\b|schuss|stoff|dealer|fenta|opiat|konsum|nadel|spritz|pumpe|besteck|dosis|affen|substitut"
     r"|methadon|\bkumpel\b"),
    ("distress.dead", None, LOW, r"\b(?:ich bin|bin ich|i bin|bin) (?:\w+ ){0,2}(?:tot|mausetot)\b",
     "self", "hopeless"),
]

# --- Structures (issue 10, after blind round 7). ---
# A year at least two years before these rules were written (2026): history, not the recent past.
# Planning ahead: a conditional about the future and a question about a number, line or service, no risk now.
_SOMEDAY = (r"(?:(?:wenn|falls|sollte|sollten)(?: \w+){0,7}? (?:mal|einmal|irgendwann|eines tages|jemals|je|in zukunft"
            r"|spater mal|spater)\b|(?:nur )?fur den fall(?:,? dass)?|fur alle falle|vorsichtshalber)")
_ASK_SERVICE = (r"(?:welche|welcher|welches|wen|wem|wo|was|ist|sind|gibt|kann|konnte|soll|sollte|muss|wie)\b[^.!?\n]{0,60}?"
                r"\b(?:nummer|telefonnummer|hotline|telefonseelsorge|seelsorge|krisendienst|krisentelefon|notruf\w*|112"
                r"|110|144|142|143|0800\w*|beratungsstelle|anrufen|melden|wenden|hinwenden|hilfe holen)\b")
_NOT_NOW = r"(?![^\n]{0,200}\b(?:gerade|grad|jetzt|heute nacht|heute abend|schon genommen|bereits)\b)"
_PLANNING_AHEAD = [
    _SOMEDAY + _NOT_NOW + r"[^\n]{0,160}?" + _ASK_SERVICE + r"[^.!?\n]{0,120}",
    _ASK_SERVICE + _NOT_NOW + r"[^.!?\n]{0,60}?" + _SOMEDAY + r"[^.!?\n]{0,120}",
]
_RISK_NOUN = (r"(?:suizid\w*|selbstmord\w*|selbstverletz\w*|uberdosis|tod|todes\w*|sterben|ritzen|depression\w*)")
_STUDY_FRAME = [
    # A text or an author as the subject: "wie Goethe Werthers Selbstmord darstellt", "Referat über Suizid".
    r"(?:wie|warum|inwiefern) (?:\w+ ){1,4}" + _RISK_NOUN + r"(?: \w+){0,3} (?:darstellt|dargestellt|beschreibt|beschrieben"
    r"|schildert|geschildert|thematisiert|verarbeitet|zeigt|inszeniert|deutet)",
    r"(?:referat|hausarbeit|facharbeit|aufsatz|interpretation|analyse|erorterung|essay|prasentation|klausur"
    r"|abiturthema|motiv|thema|darstellung) (?:uber|zu|zum|zur|von|des|der)(?: (?!mein\w*\b|mich\b|mir\b|ich\b)\w+)"
    r"{0,4} " + _RISK_NOUN,
    # Playing a role: "ich hab eine Klientin gespielt, die eine Überdosis genommen hatte".
    r"(?:(?:ich|wir) (?:\w+ )?(?:habe|hab|hatte|musste|durfte|sollte|spiele|spielte)|(?:habe|hab|hatte|musste|durfte"
    r"|sollte|spiele|spielte) (?:ich|wir)) (?:\w+ )?(?:eine|einen|die|den) (?:\w+ )?"
    r"(?:klientin|klienten|patientin|patienten|anruferin|anrufer|figur|rolle|person|jugendliche[nr]?|mutter|vater)"
    r"(?: \w+){0,2},? (?:die|der|deren|dessen|mit)\b[^.!?\n]{0,120}",
]

PACK = make_pack(
    "de",
    RULES,
    negation=["nicht", "nie", "niemals", "kein", "keine", "keinen", "nimmer", "weder"],
    first_person=["ich", "mich", "mir", "mein", "meine", "meinen"],
    third_party=["er", "ihn", "ihm", "jemand", "jemandem", "jemanden", "sein", "seine", r"(?:mein|meine|meinen|ein|eine) (?:beste[rn]? )?"
                 r"(?:freund(?:in)?|bruder|schwester|sohn|tochter|vater|mutter|mann|frau|kollegin?|nachbar(?:in)?|"
                 r"patient(?:in)?|kind)"],
    idioms=[*_PLANNING_AHEAD, *_STUDY_FRAME, r"sterbe vor (?:hunger|langeweile|lachen|durst|hitze|angst|neugier|sehnsucht)",
            # A jump for sport: "Bungee-Jumping von der Brücke", "Fallschirmsprung", "Klippenspringen im Urlaub".
            r"(?:bungee|bungy)[- ]?(?:jumping|sprung|springen|jump)\w*|fallschirm(?:sprung|springen)\w*"
            r"|tandemsprung\w*|klippenspring\w*|base ?jump\w*",
            # "Ich bin so tot" (an exam tomorrow, a deadline): the figure of speech, not "morgen bin ich tot".
            r"(?<!\bmorgen )(?<!\bbald )(?<!\bdann )(?<!\bschon )(?:ich bin|bin ich|i bin|bin) (?:(?:so|sowas von|"
            r"echt|voll|total|komplett|sooo+|richtig|ja so|mega|so was von|einfach) ){0,2}(?:tot|mausetot)(?= *(?:[.!?,]|$|lol|haha|xd|😂|🤣|💀|😭|wenn|morgen|in der|bei der|beim))",
            # Laughed off: "ich bring mich um lol dieser Boss ist unmoglich", "ich bring ihn um 😂".
            r"(?:bring(?:e)? (?:ich |i )?(?:mich|mi|ihn|sie|dich|den|die|euch) (?:\w+ )?um|erschiess(?:e)? (?:ich )?"
            r"(?:mich|ihn|sie|dich)|kill(?:e)? (?:ich )?(?:mich|ihn|sie|dich)|erhang(?:e)? (?:ich )?mich|mach(?:e)? "
            r"(?:ich )?(?:ihn|sie|dich) kalt|(?:will|mochte) (?:ich )?sterben)(?=[^.!?\n]{0,40}?(?:\blol\b|\blul\b|"
            r"\bhaha\w*|\bhihi\b|\bxd\b|\brofl\b|\blmao\b|\bjk\b|\bspass\b|😂|🤣|😅|😆|🙈|💀|😹))",
            # Shouted in a game: "zockt seit 3 Stunden CoD und brüllt 'ich knall euch alle ab' ins Headset".
            r"(?:zock\w*|gezockt|cod|call of duty|fortnite|valorant|counter ?strike|cs ?go|battlefield|apex|pubg|gta|"
            r"minecraft|warzone|ingame|im spiel|beim spielen|ranked|lobby)\b[^.!?\n]{0,80}?\b(?:knall\w*|mach\w*|hau\w*|"
            r"bring\w*|stech\w*|kill\w*|erschiess\w*|toten?) (?:ich |i )?(?:euch|dich|die|den|alle|ihn|sie)(?: alle)? "
            r"(?:\w+ )?(?:ab|um|platt|kalt|weg|tot)\b",
            r"(?:knall\w*|mach\w*|hau\w*|bring\w*|stech\w*|kill\w*|erschiess\w*) (?:ich |i )?(?:euch|dich|die|den|alle"
            r"|ihn|sie)(?: alle)? (?:\w+ )?(?:ab|um|platt|kalt|weg|tot)\b(?=[^.!?\n]{0,60}\b(?:headset|ingame|im spiel"
            r"|lobby|discord|teamspeak|zock\w*|match|runde|ranked|noob\w*|respawn)\b)",
            r"zum sterben (?:langweilig|schon|mude)", r"(?:bringt|bringen) mich (?:noch )?um", r"tot(?:al)? mude",
            r"zu tode (?:gelangweilt|erschrocken)", "die zeit totschlagen", r"(?:in den finger|beim kochen) geschnitten",
            r"(?:chef|mutter|vater|mama|papa|frau|mann) (?:wird|bringt) mich (?:\w+ )?(?:umbringen|um)",
            # Someone else who "would kill me" out of anger (a parent, the boss, a teacher; a partner is left
            # out, a threat from a partner is abuse), or anyone who would "if they knew": "ich bringe mich um" fires.
            r"(?:\w*mutter|\w*vater|mama|mutti|papa|eltern|oma|opa|omi|tante|onkel|schwester|bruder|familie|"
            r"chef(?:in)?|lehrer(?:in)?|trainer(?:in)?|kolleg(?:e|en|in)|freundin|mitbewohner(?:in)?|"
            r"vermieter(?:in)?) (?:wurde|wurden|werden|wird) mich (?:\w+ ){0,2}(?:umbringen|toten|killen|erschlagen|"
            r"erwurgen)" + NO_VIOLENCE,
            r"(?:er|sie|die|der|ihr|du) (?:wurde|wurden|wurdest|wurdet) mich (?:\w+ ){0,2}(?:umbringen|toten|"
            r"killen),? (?:\w+ ){0,2}wenn (?:er|sie|die|der|ihr|du|man) (?:\w+ ){0,3}(?:wusste|wussten|wusstest|"
            r"erfahrt|erfahren|erfuhre|herausfindet|herausfande|rausfindet|rausfande|mitbekommt|mitbekame|mitkriegt|"
            r"sieht|sahe|sehen)" + NO_VIOLENCE,
            # Not eating during an illness, after surgery, before a test or in Ramadan is not restriction.
            r"nichts (?:mehr )?gegessen" + ILLNESS_AFTER, ILLNESS_BEFORE + r"nichts (?:mehr )?gegessen" + NO_ED,
            # Voices of a choir, of people, of a recording or of a vote are not hallucinations.
            r"stimmen (?:\w+ ){0,3}(?:im|des|vom|beim|in unserem|in meinem|in der|aus dem|aus der|auf der|auf dem) "
            r"(?:\w+ )?(?:" + NOT_HALLUCINATED + r")\w*",
            r"(?:" + NOT_HALLUCINATED + r")\w* (?:\w+ ){0,4}stimmen",
            r"stimmen (?:der|von|meiner|meines|unserer|seiner|ihrer|vieler|aller|einiger) (?:\w+ )?(?:kollegen|"
            r"kolleginnen|nachbarn|leute|kinder|eltern|familie|freunde|gaste|kunden|zuschauer|wahler\w*|experten|"
            r"kritiker|politiker|menschen|passanten|mitschuler|schuler|lehrer|sanger\w*|opposition|partei|mehrheit|"
            r"basis)",
            r"(?:kritische|kritischen|warnende|mahnende|gultige|abgegebene|wenige|die meisten) stimmen",
            # Hyperbole about a chore, laughed off: "noch ein Meeting und ich bring mich um 😂".
            r"(?:wenn (?:\w+ ){1,3}noch (?:ein|eine|einen|einmal|mal)|noch (?:ein|eine|einen|so ein|so eine) "
            r"(?!(?:tag|nacht|woche|monat|jahr|stunde|minute|mal)\b))(?:[\w,-]+ ){1,8}(?:und |dann |,)?(?:ich )?"
            r"(?:bring(?:e)? (?:ich )?mich um|erschiess(?:e)? (?:ich )?mich|spring(?:e)? (?:ich )?(?:aus dem fenster|"
            r"vom dach)|(?:will|mochte) ich sterben|sterb(?:e)? ich|kill(?:e)? (?:ich )?mich)(?=[ !.,]{0,6}(?:😂|🤣|😅|"
            r"😆|🙈|\blol\b|\bhaha\w*|\bxd\b|\bjk\b|\bhihi\b|\bspass\b|\bscherz\w*))"],
    fiction=[
             # Training and placements: a trainee asking about a case or a protocol (issue 10, round 14).
             r"ausbildung (?:bei|zur|zum) (?:der |dem )?(?:telefonseelsorge|krisen\w*|psycho\w*|pflege\w*)", r"telefonseelsorge", r"praktikum", r"protokoll\w*", r"schulungs?\w*", r"fortbildung\w*", r"psychologiestudent\w*|pflegeschuler\w*",
             "film", "buch", "roman", "serie", "folge", "figur", "lied", "videospiel", "doku", "dokumentation", "artikel",
             "referat",
             # Training to help others: "im Ersthelfer-Kurs für psychische Gesundheit".
             r"ersthelfer\w*", r"erste[- ]hilfe[- ]kurs\w*",
             # Training, placements, role-plays and school work.
             r"rollenspiel\w*", r"praktikum\w*", r"hausarbeit", r"facharbeit", r"abitur\w*", r"deutschunterricht",
             r"(?:deutsch|ethik|religions|psychologie)(?:lk|kurs|stunde|unterricht)", r"lekture", r"simulation\w*",
             r"als (?:\w+ )?(?:azubi|auszubildende[r]?|praktikant(?:in)?|student(?:in)?|ehrenamtliche[r]?|schauspieler(?:in)?"
             r"|pflegeschuler(?:in)?|krankenpfleger(?:in)?|pflegekraft|sanitater(?:in)?|notfallsanitater(?:in)?|arzt|arztin"
             r"|therapeut(?:in)?|lehrer(?:in)?|sozialarbeiter(?:in)?|polizist(?:in)?|seelsorger(?:in)?)", "mhfa", r"(?:schulung|fortbildung|weiterbildung) (?:zu|uber|fur)"
             r" (?:suizid\w*|psychische\w*|krisen\w*)"],
    history=[
             # An act dated by the age it happened at or by years ago (issue 10, round 14).
             r"als ich \d+ war", r"vor (?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|vielen) jahren",
             r"als ich (?:klein|kind|jugendlich|jung|teenager|in der schule)", r"vor (?:\w+ )?jahren",
             # "früher", but not medicines kept "von früher" (old stock is access, not history).
             r"(?<!von )(?<!noch )fruher",
             # A year attached to the act: "von 2016, nach dem Suizidversuch", "der Versuch 2009", "seit 2015".
             r"(?:von|aus|seit|bis|ab|anno|um|circa|ca|jahr|sommer|winter|herbst|fruhling|fruhjahr) " + OLD_YEAR,
             r"(?:suizidversuch|selbstmordversuch|versuch|uberdosis|klinikzeit|klinikaufenthalt)\w*(?: \w+){0,2},? "
             r"(?:von |aus |im jahr |im |anno )?" + OLD_YEAR,
             "in der schulzeit", "damals", "in meiner jugend", r"als jugendliche[r]?", r"als (?:teenager|kind)",
             r"(?:\w+ )?jahre her", r"vor (?:einem|einem halben|eineinhalb|anderthalb) jahr",
             r"(?:vor)?letzte[ns]? jahr", r"im (?:vor)?letzten jahr", r"(?:ein|ein halbes) jahr her", "lange her",
             r"als ich \d{1,2}(?: jahre alt)? war",
             r"mit \d{1,2}(?: jahren)?,? (?:hatte|habe|hab|war|versuchte|wollte)",
             r"(?:im (?:jahr )?|anfang |ende |mitte |sommer |winter |herbst |fruhjahr |hatte |habe |hab |war )"
             r"(?:19[5-9]\d|20[0-2]\d)", r"(?:19[5-9]\d|20[0-2]\d),? (?:hatte|habe|hab|war|versuchte|wollte)",
             # An attempt told with being well now: "nach meinem Suizidversuch geht es mir heute gut".
             r"(?:suizidversuch\w*|selbstmordversuch\w*|versucht\w*,? mich umzubringen)" + NO_BUT + r"{0,80}"
             r"\b(?:heute|inzwischen|mittlerweile|jetzt|seitdem|seither|nun|wieder)\b(?: \w+){0,8} (?:stabil|gut|"
             r"besser|symptomfrei|gesund|stabiler)\b(?![^.!?]*\b(?:aber|doch|trotzdem|will|mochte|wunsche|denke|"
             r"gedanken)\b)"],
    recency=[r"wieder(?! (?:\w+ )?(?:gut|besser|stabil|gesund|fit|ok|okay)\b)", "gestern", "jeden abend", "jeden tag",
             "jede nacht", "taglich", "letzte nacht", "diese woche",
             "neulich", "kurzlich", "in letzter zeit", r"letzte[nr]? (?:woche|monat)", "vorgestern", "vor kurzem",
             r"vor (?:\w+ )?(?:tagen|wochen)", r"diese[nr]? (?:monat|woche)"],
    timing=["heute nacht", "heute abend", "es ist soweit", "heute ist der tag", "jetzt sofort", "sofort", "morgen", "dieses wochenende",
            r"(?:am|uber das|ubers|nachstes|kommendes) wochenende", "heut abend", r"heute? um \d{1,2}(?: uhr|:\d\d)",
            r"in (?:einer|ein paar|\d+) stunden?",
            # a day named for it, and "jetzt." said on its own after the plan was told
            r"(?:am|diesen|nachsten|kommenden) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
            r"(?: ?abend| ?nacht| ?fruh)?", "ubermorgen", r"(?:^|(?<=[.!?\n] ))jetzt(?= *[.!]| *$)", "heut nacht",
            r"(?:noch )?heute noch", "gleich heute"],
    means=["seil", "strick", PILLS + " gesammelt", "schon genommen", "die brucke"],
    resolve=["ich habe mich entschieden", "es ist entschieden", "ich bin bereit", "es ist zeit", "kein zuruck",
             "ich weiss was ich tun muss", "der einzige ausweg"],
    farewell=["verzeiht mir", "verzeih mir", "ich liebe euch alle", "lebt wohl", "passt auf euch auf", "verzeiht mir",
              "tschuss fur immer",
              # thanks that sum up the help, not with plans ahead ("danke fur alles, bis Dienstag")
              r"(?:danke|merci|dank) fur alles(?![^\n]{0,80}\b(?:bis (?:montag|dienstag|mittwoch|donnerstag|freitag"
              r"|samstag|sonntag|nachste woche|morgen|bald|dann|zum nachsten mal)|wir sehen uns|nachste woche)\b)",
              r"(?:sie haben|du hast) (?:wirklich )?(?:einen )?unterschied in meinem leben gemacht"],
    concealment=[r"sags (?:bitte )?keinem", "sag es niemandem", "keine polizei", "keine arzte", "ruf niemanden an"],
)
