"""French rules (same levels as English: C-SSRS screener, Posner et al. 2011; warning signs, Rudd et al. 2006).

Normalised text drops apostrophes: "j'ai" is "jai", "c'est" is "cest", "m'a" is "ma"."""

from __future__ import annotations

from alliance.safety.dates import OLD_YEAR

from alliance.safety.patterns import C, L, make_pack
from alliance.safety.patterns.shared import BRUISES, CALORIES, CUT_CONTEXT, EAT_CONTEXT, MIX, SUBSTANCE_HABIT

PILLS = r"(?:medicaments|cachets|comprimes|pilules|somniferes|doliprane|paracetamol)"
SI, PLAN, SH, HTO, ABUSE = C.SUICIDAL_IDEATION, C.SUICIDE_PLAN_INTENT, C.SELF_HARM, C.HARM_TO_OTHERS, C.ABUSE_SAFEGUARDING
PSY, OD, ED, SUB = C.PSYCHOSIS_COMMAND, C.OVERDOSE_MEDICAL, C.EATING_DISORDER_MEDICAL, C.SUBSTANCE_RISK
LOW, MOD, HIGH, IMM = L.LOW, L.MODERATE, L.HIGH, L.IMMINENT

RULES = [
    ("si.want_to_die", SI, HIGH, r"\b(?:veux|voudrais|aimerais|souhaite|envie de|besoin de) mourir\b(?! de (?:rire|honte|"
     r"faim|ennui))|\bje veux (?:en finir|etre morte?)\b"),
    ("si.kill_myself", SI, HIGH, r"\bme (?:tuer|suicider|foutre en lair)\b|\bmettre fin a (?:mes jours|ma vie)\b|\ben "
     r"finir avec (?:la vie|tout|ma vie)\b", "me"),
    ("si.suicidal", SI, HIGH, r"\b(?:pensees|idees) (?:suicidaires|de suicide|de mort|noires)\b|\b(?:je pense|je pensais|"
     r"jai pense|penser|pense) (?:au suicide|a me tuer|a mourir|a en finir|a mettre fin a mes jours)\b|\b(?:"
     r"suis|me sens"
     r"|sentir) suicidaire\b"),
    ("si.passive", SI, MOD, r"\bne (?:veux|voulais) plus vivre\b|\b(?:plus|pas) envie de vivre\b|\b(?:serai(?:en)?t|"
     r"seraient) mieux sans moi\b|\bpersonne ne (?:me regretterait|remarquerait|verrait)\b|\bne plus me reve"
     r"iller\b|"
     r"\b(?:aucune|pas de|plus de) raison de vivre\b|\bmarre de (?:vivre|la vie)\b|\bdisparaitre pour toujou"
     r"rs\b|"
     r"\bfatiguee? de vivre\b|\b(?:jaimerais|je voudrais) (?:etre morte?|ne jamais etre nee?|disparaitre)\b|"
     r"\bla vie ne "
     r"vaut (?:pas|plus) la peine\b|\bdormir pour toujours\b"),
    ("plan.intent", PLAN, IMM, r"\bjai (?:un|mon) plan pour (?:mourir|me tuer|me suicider|en finir)\b|\bjai decide de "
     r"(?:mourir|me tuer|me suicider|en finir|mettre fin)\b|\bje vais me (?:tuer|suicider|jeter|pendre|foutr"
     r"e en lair)\b|"
     r"\b(?:lettre|mot) dadieu\b|\bcest mon dernier message\b", "me"),
    ("plan.stockpile", PLAN, MOD, r"\b(?:garde|accumule|stocke|mis de cote|garder|accumuler) (?:\w+ ){0,2}" + PILLS +
     r"\b|\bjai (?:achete )?(?:une )?(?:corde|arme|pistolet)\b", "self", "means warning"),
    ("plan.method", PLAN, HIGH, r"\bme jeter (?:du|dun|par la|sous (?:un|le)) (?:pont|immeuble|fenetre|balcon|train|"
     r"metro)\b|\bme pendre\b|\bme (?:taillader|couper|ouvrir) les veines\b|\bcombien de " + PILLS +
     r"(?: \w+){0,4} (?:mourir|tuer|mortel)\b"),
    ("attempt.tried", PLAN, HIGH, r"\b(?:jai essaye|essaye|tente) de (?:me tuer|me suicider|mettre fin a mes jours)\b|"
     r"\btentative de suicide\b"),
    ("warn.signs", SI, MOD, r"\b(?:je donne|jai donne|donner) (?:toutes )?mes affaires\b|\bcest un adieu\b|\badieu (?:a "
     r"tous|pour toujours)\b|\bjai (?:fait|ecrit) mon testament\b|\bje ne serai plus (?:la|un fardeau)\b|\bj"
     r"e dis adieu"
     r"\b", "self", "warning"),
    ("plan.refuse_rescue", PLAN, HIGH, r"\bje ne veux pas quon (?:marrete|me sauve|me trouve)\b"),
    ("third.at_risk", SI, MOD, r"\b(?:veut|voulait) (?:se tuer|se suicider|mourir|en finir)\b|\bse (?:tuer|suicider|"
     r"scarifier)\b|\bmettre fin a ses jours\b", "other"),
    # "Il me frappe" is violence against the speaker, not self-harm: a third-person subject just before is excluded.
    ("sh.self_harm", SH, MOD, r"(?<!\bil )(?<!\belle )(?<!\bils )(?<!\belles )(?<!\bon )(?<!\bqui )(?<!\bil ne )"
     r"(?<!\belle ne )\bme (?:scarifie|scarifier|mutile|mutiler|coupe|couper|bruler|brule|frappe|frapper)\b"
     r"(?! le front\b)|"
     r"\bme (?:faire|fais) du mal\b|\bautomutilation\b|\bscarification\b|\bje me suis (?:coupee?|brulee?|sca"
     r"rifiee?|fait "
     r"du mal)\b", "me", "recent+"),
    ("hto.kill_other", HTO, HIGH, r"\b(?:je vais|je veux|envie de) (?:le|la|les) (?:tuer|buter|poignarder)\b|\b(?:tuer|"
     r"faire du mal a) (?:quelquun|mon \w+|ma \w+|tout le monde|ces gens)\b"),
    ("abuse.hurts_me", ABUSE, HIGH, r"\b(?:il|elle|mon \w+|ma \w+) me (?:frappe|bat|battait|viole|menace|etrangle|cogne)"
     r"\b|\b(?:il|elle) ma (?:frappee?|violee?|battue?|menacee?|etranglee?)\b|\bpeur de rentrer (?:a la mais"
     r"on|chez moi)"
     r"\b|\bmenace de me tuer\b|\bpas en securite (?:a la maison|chez moi)\b|\bviolences? conjugales?\b", "any"),
    ("psy.command", PSY, HIGH, r"\bvoix (?:\w+ ){0,2}(?:me (?:disent|dit|ordonnent|demandent|commandent)|qui me disent) "
     r"de\b", "any"),
    ("od.took_pills", OD, IMM, r"\b(?:jai (?:pris|avale)|je viens de prendre|javale) (?:\w+ ){0,2}(?:toute la boite de|"
     r"tous mes|toutes mes|une boite de|beaucoup de|trop de|\d{2,}) " + PILLS + r"\b|\bjai fait une (?:overdose|surdose)"
     r"\b", "self", "act"),
    ("ed.not_eaten", ED, HIGH, r"\b(?:nai|je nai) (?:rien )?(?:pas )?mange (?:depuis|en) (?:\d+|deux|trois|quatre|cinq|"
     r"plusieurs) jours\b|\bje vomis du sang\b"),
    ("distress.hopeless", None, LOW, r"\b(?:sans espoir|desesperee?|je nen peux plus|je suis un fardeau|je me deteste|je "
     r"hais ma vie|a quoi bon|je ne vaux rien|plus aucun espoir)\b", "self", "hopeless"),
]

RULES += [
    ("sub.mix_any", SUB, HIGH, MIX, "self", "substance"),
    # Using alone, or without naloxone at hand (overdose risk: WHO 2014, "Community management of opioid overdose").
    ("sub.alone_no_naloxone", SUB, MOD, r"\b(?:pas|sans|plus|aucun|oublie|perdu|jai pas|jai plus) (?:de |d |mon |ma |le "
     r"|la |kit )?(?:naloxone|nyxoid|prenoxad|narcan)\b|\b(?:je consomme|jconsomme|je me shoote|je me pique|"
     r"je vais "
     r"consommer|je vais me shooter|je prends ma dose|je vais prendre ma dose) (?:\w+ ){0,2}(?:tout |toute "
     r")?seule?\b",
     "self", "substance"),
    ("sub.habit", SUB, MOD, SUBSTANCE_HABIT, "self", "substance"),
    ("ed.calories", ED, MOD, CALORIES),
    ("abuse.bruises", ABUSE, HIGH, BRUISES, "any"),
    ("si.more", SI, MOD, r"\bendormir et ne (?:plus )?(?:jamais )?(?:plus )?me reveiller\b|\bne plus (?:jamais )?me "
     r"reveiller\b|veux plus vivre\b|\bsi je (?:disparaissais|netais plus la|mourais)\b|\b(?:embeter|derange"
     r"r|gener) "
     r"personne (?:tres |bien |plus )?longtemps\b|\bnen aurai plus besoin\b|\bdisparaitre (?:pour de bon|a jamais)\b"),
    ("si.more_high", SI, HIGH, r"\bme suicid(?:e|er)?\b|\bje me tue\b|\b(?:envie|besoin) den finir\b|\b(?:veux|vais) en "
     r"finir\b", "me"),
    ("si.more_phrasings", SI, MOD, r"\bmeme plus (?:envie )?de vivre\b|\bplus envie de rien\b|\bquand je (?:serai "
     r"partie?|serai morte?|ne serai plus la)\b"),
    ("plan.take_all", PLAN, HIGH, r"\b(?:vais|veux) prendre tous mes " + PILLS + r"\b"),
    ("plan.jump", PLAN, HIGH, r"\b(?<!\bqui )(?<!\belle )(?<!\bil )(?<!\bils )(?<!\belles )(?<!\bon )(?:je )?saute(?:r)? (?:du|dun|depuis le|par la) (?:pont|immeuble|balcon|toit|fenetre)\b"),
    ("plan.more", PLAN, HIGH, r"\bje vais tout prendre\b|\btous les prendre\b|\bje suis sur le pont\b|\bjai ecrit (?:des|les)"
     r" lettres\b|\bles lettres\b", "self", "", r"au cas ou|ce soir|pont|tue|prendre|fini|decide"),
    ("plan.means_here", PLAN, MOD, r"\bjai les " + PILLS + r"\b", "self", "means"),
    ("od.more", OD, HIGH, PILLS + r" de trop\b|\bviens (?:davaler|de prendre) (?:toute la boite|tous|toutes)\b", "self",
     "act"),
    ("warn.things", SI, LOW, r"\bjai (?:range|trie|donne) (?:toutes )?mes affaires\b|\bjai donne mon (?:chat|chien)\b",
     "self", "warning"),
    # Loose ends tied up and people reached one last time (AAS: putting affairs in order, saying goodbye): a risk only
    # read with the rest of the conversation.
    ("warn.loose_ends", SI, LOW, r"\bjai (?:rendu|rapporte) (?:tous|toutes|tout)(?: \w+){0,4} (?:que javais|quon mavait"
     r"|que lon mavait|que jai) (?:empruntee?s?|pretee?s?)\b|\bjai vendu (?:ma|mon|mes) (?:\w+ ){0,2}et (?:jai )?donne"
     r" (?:largent|le fric|tout) a\b|\bjai (?:regle|paye) (?:toutes )?(?:mes factures|mon loyer|les factures)\b"
     r"|\bjai resilie (?:mon|ma|mes) (?:forfait|abonnement|contrat|salle)\b|\bjai (?:ecrit|appele|telephone) a (?:ma"
     r"|mon|mes) \w+ (?:\w+ ){0,2}pour (?:lui|leur) dire que je (?:laimais|les aimais|laime|les aime)\b|\b(?:elle|il)"
     r"(?: en)? (?:prendra|prendrait|soccupera|soccuperait) mieux (?:soin )?que moi\b", "self", "warning"),
    ("plan.buy_means", PLAN, MOD, r"\bachete (?:des |mes )?" + PILLS + r"\b", "self", "means"),
    ("sh.bleeding", SH, IMM, r"\b(?:arrete pas|sarrete pas|ne sarrete pas) de saigner\b|\btrop profond\b", "self", "act",
     CUT_CONTEXT),
    ("hto.more", HTO, HIGH, r"\b(?:je vais|je veux|envie de) (?:le|la|les) (?:planter|buter)\b|\bdes pensees ou je (?:frappe|"
     r"tue|blesse)\b|\b(?:couteau|arme|pistolet)(?: \w+){0,4} (?:je vais|jy vais) chez (?:lui|elle|eux)\b"),
    ("abuse.more", ABUSE, HIGH, r"\b(?:ma|il ma|elle ma) (?:giflee?|poussee?|frappee?)\b|\bminterdit de\b|\bme prend (?:mon "
     r"telephone|mon argent|mes papiers)\b|\b(?:serree?|pris|prise|attrapee?) (?:par|au) (?:le )?cou\b|\b(?:"
     r"la|le) frappe\b",
     "any"),
    ("abuse.door", ABUSE, IMM, r"\b(?:tape|frappe|cogne) a la porte en hurlant\b|\bdefonce la porte\b|\bhurlant quil va "
     r"me tuer\b", "any", "act"),
    ("psy.more", PSY, HIGH, r"\bvoix (?:\w+ ){0,8}(?:je dois|il faut que je)\b", "any"),
    # Not the voices of a choir, a song, a film or an election: "les voix de la chorale", "au deuxième couplet".
    ("psy.voices", PSY, MOD, r"\b(?:les )?voix(?! (?:de|du|des|d|off|humaines?|chantees?)\b)(?![^.!?]{0,100}\b"
     r"(?:couplets?|refrains?|chorale|choeurs?|chants?|chansons?|concerts?|tenors?|sopranos?|musique|morceau"
     r"x?"
     r"|albums?|micros?|films?|series?|doublages?|elections?|sondages?|candidate?s?|spectacle|opera)\b) (?:"
     r"\w+ ){0,4}"
     r"(?:disent|plus fortes|sont revenues)\b", "any"),
    ("ed.more", ED, MOD, r"\bme (?:fais|faire) vomir\b|\bje cache (?:tout|la nourriture)\b", "self"),
    ("ed.symptoms", ED, HIGH, r"\b(?:vertiges|la tete qui tourne|mon coeur (?:bat|s?emballe)|je me suis evanouie?)\b", "self",
     "", EAT_CONTEXT),
    ("sub.more", SUB, MOD, r"\bjoints du matin au soir\b|\bbouteille de vin tous les soirs\b", "self", "substance"),
    ("third.goodbye_message", SI, HIGH, r"\bmessage dadieu\b", "any"),
    # Drink-driving, the speaker's or someone else's: "mon frère rentre en voiture complètement bourré le samedi".
    ("sub.drink_driving", SUB, MOD, r"\b(?:rentre|rentrait|conduit|conduis|conduire|prend le volant|prends le volant|prendre le volant|au volant|en voiture|en scooter|a moto)(?: \w+){0,4} (?:(?:completement|totalement|carrement|encore|a moitie) )?(?:bourree?|saoule?|soule?|ivre|torchee?|dechiree?|defoncee?|pompette|chaudasse|alcoolisee?|en etat divresse|avec (?:\w+ )?(?:grammes?|g) dalcool)\b|\b(?:bourree?|saoule?|ivre|defoncee?) au volant\b", "self", "substance"),
    # Watching and waiting for someone who has not asked for it (stalking, a warning sign of harm to others).
    ("hto.stalking", HTO, MOD, r"\b(?:je suis restee?|jai attendu|je lai attendue?|jai guette|je lai guettee?|je lai suivie?|jai suivi|je (?:la|le) suis|je (?:la|le) surveille|je lattends|je planque|jai planque|je passe|je suis passee?)(?: \w+){0,4} (?:en bas de chez (?:elle|lui)|devant chez (?:elle|lui)|devant (?:son|sa) (?:\w+ )?(?:boulot|travail|bureau|immeuble|maison|porte|salle|ecole|appart)|a la sortie de (?:son|sa) \w+)\b|\b(?:faux|autre|deuxieme) (?:profil|compte) (?:\w+ )?pour (?:la|le) (?:suivre|surveiller|espionner|stalker|voir)\b", "self"),
    ("distress.more", None, LOW, r"\bjen peu(?:x|t)? plus?\b", "self", "hopeless"),
    # "Je suis mort(e)" is distress when it is meant ("je suis morte à l'intérieur"); said of an exam, a deadline or
    # a long day ("je suis mort", "chuis crevée") the idioms below discount it.
    ("distress.dead", None, LOW, r"\b(?:je suis|jsuis|chuis|chui|suis|je me sens) (?:\w+ ){0,2}(?:morte?s?|crevee?s?)\b",
     "self", "hopeless"),
]

PACK = make_pack(
    "fr",
    RULES,
    negation=["pas", "jamais", "aucun", "aucune", "nai plus", "ne plus", "ni", "nie", "sans", "nullement"],
    first_person=["je", "j", "moi", "me", "mon", "ma", "mes", "jai"],
    third_party=["il", "elle", "ils", "elles", "lui", "quelquun", "son", "sa", "ses", r"(?:mon|ma|mes|un|une) (?:meilleure? )?"
                 r"(?:amie?s?|copine?s?|frere|soeur|fils|fille|pere|mere|mari|femme|cousine?|collegue|voisin"
                 r"e?|patiente?"
                 r"|eleve)"],
    idioms=[# Taking the plunge before a big day: "c'est le grand jour, je me jette à l'eau 😅 croisez les doigts".
            r"(?:je me|jme|on se|je vais me|jvais me) (?:jette|jeter|lance|lancer) a leau(?=[^.!?\n]{0,80}(?"
            r":croisez|souhaitez moi|souhaite moi|bonne chance|🤞|😅|🙈|😬|💪|cest parti|go\b|premier jour|entret"
            r"ien|declaration|demande|rendez vous))",
            r"(?:grand jour|cest parti|allez|bon|aujourdhui|demain)[^.!?\n]{0,40}(?:je me|jme|on se) (?:jett"
            r"e|lance) a leau",
            r"meurs de (?:faim|soif|rire|froid|chaud|sommeil|fatigue|envie|honte|peur|ennui|trouille|trac)",
            # Someone else's warning that an activity will kill the speaker: "mon mari dit que je vais finir par me
            # tuer avec mes travaux", "ma mère répète que je vais me tuer sur cette moto".
            r"(?:il|elle|ils|elles|on|mari|femme|mere|pere|maman|papa|copain|copine|conjointe?|chum|blonde|a"
            r"mi|amie"
            r"|soeur|frere|medecin|voisine?|fils|fille|enfants|collegues?|tout le monde|mes parents|ma famil"
            r"le) (?:me )?"
            r"(?:dit|disait|a dit|dira|repete|repetait|jure|va dire|previent|prevenait|rale)(?: que)? (?:je|"
            r"j)"
            r" ?(?:vais|vas|finirai|finirais|risque de|pourrais) (?:\w+ )?(?:finir par |un jour |bien )?(?:m"
            r"e (?:tuer"
            r"|casser le cou|rompre le cou|briser le cou|faire mal)|y rester|y laisser ma peau)(?= (?:\w+ ){"
            r"0,3}(?:avec"
            r"|sur|en|a|au|aux|dans|a force|comme ca|un jour)\b)",
            # Something that is not a person "kills" the speaker: the heat, a match, the traffic, a wait.
            r"(?:la|le|les|cette|ce|cet|ces) (?:\w+ )?(?:chaleur|canicule|match|matchs|equipe|foot|bouchons?"
            r"|trafic"
            r"|attente|suspense|froid|humidite|pollen|migraine|dos|genou|series?|fin de saison|penaltys?|pro"
            r"longations?"
            r"|tirs au but|derby|arbitre|defense) (?:\w+ )?(?:me tue|me tuent|va me tuer|vont me tuer|me fai"
            r"t crever"
            r"|me font crever|ma tue|mont tue|va me faire crever|aura ma peau)",
            # "Je suis mort" of an exam or a deadline, "chuis crevée" (worn out): not "demain je serai morte".
            r"(?<!\bdemain )(?<!\bbientot )(?<!\bdeja )(?:je suis|jsuis|chuis|chui|suis|je me sens|jme sens)"
            r" (?:(?:trop|tellement"
            r"|grave|carrement|completement|vraiment|si|mega|hyper|super|mais|totalement|littéralement|litte"
            r"ralement"
            r"|juste) ){0,2}(?:morte?s?|crevee?s?)(?= *(?:[.!?,;:]|$|lol|mdr|ptdr|xd|😂|🤣|💀|😭|de (?:rire|fati"
            r"gue"
            r"|honte|peur|faim|froid|chaud)|demain|ce soir|la|ici|moi|aussi|apres|avec|et|encore|\d+ fois|mi"
            r"lle fois"
            r"|trop de fois|plusieurs fois|contre))",
            # A death wish laughed off at a game or a blunder: "je veux mourir hahaha que je suis nul".
            r"(?:je veux|jveux|jveu|envie de|je vais|jvais) (?:\w+ )?(?:mourir|crever|me tuer|me pendre|me s"
            r"uicider"
            r"|me foutre en lair|disparaitre)(?=[^.!?\n]{0,40}?(?:\blol\b|\bmdr\b|\bptdr\b|\bxd\b|\bjpp\b"
            r"|\bhaha\w*|\bhihi\b|😂|🤣|😅|😆|🙃|💀))",
            # A threat laughed off, or answering a small offence: "je vais le tuer mon frère, il a encore fini les
            # céréales 😂", "je vais la tuer, elle m'a spoilé la fin".
            r"(?:je vais|jvais|jva|je vas|je veux|jveux|je vais aller) (?:(?:le |la |les |l)(?:tuer|buter|et"
            r"rangler"
            r"|massacrer|defoncer|zigouiller|trucider|assassiner)|(?:tuer|buter|etrangler|massacrer|defoncer"
            r"|zigouiller"
            r"|trucider) (?:mon|ma|mes|ce|cette|cet) \w+)(?=[^.!?\n]{0,80}?(?:\blol\b|\bmdr\b"
            r"|\bptdr\b|\bxd\b|\bjpp\b|\bhaha\w*|\bhihi\b|😂|🤣|😅|😆|🙃|💀|😤|🙄)|(?:\W+\w+){0,4}?\W+(?:il|elle|ils"
            r"|elles)"
            r" (?:ma |mont |a |ont )?(?:encore |deja |aussi |tout )?(?:fini|mange|bu|bouffe|pique|pris|vole|"
            r"emprunte"
            r"|casse|perdu|oublie|spoile|spoiler|raye|efface|renverse|utilise|termine|vide|mis|laisse|oublie"
            r"|pas range"
            r"|pas fait|pas lave)\w* (?:\w+ )?(?:les|le|la|mes|mon|ma|tous|toutes|tout|mes|la fin|son|sa)\b)",
            r"morte? de (?:rire|fatigue|faim|peur|honte|froid|trouille|trac|chaud|soif)", r"mourir de (?:rire|honte|faim|ennui)",
            # "Il va me tuer" reported as a threat ("il a dit qu'il va me tuer", "j'ai peur qu'il va me tuer") is
            # danger, not a figure of speech: only the bare "mon père va me tuer (quand il verra mes notes)" is.
            r"(?<!\bquil )(?<!\bquelle )(?<!\bquils )(?<!\bquelles )(?<!\bqu il )(?<!\bqu elle )(?:va|vont) "
            r"me tuer",
            r"(?:ca|cela|ce \w+) me tue", "tuer le temps",
            # An ordeal ahead (an exam, an oral, the dentist): "demain j'ai un contrôle de maths, je vais mourir", said
            # and ended there (not "je vais mourir ce soir").
            r"(?:demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cette semaine|jai|o"
            r"n a|ya"
            r"|il y a)(?: \w+){0,3} (?:controle|exam|examen|exams|examens|partiel|partiels|oral|bac|brevet|c"
            r"oncours"
            r"|entretien|soutenance|dentiste|deadline|presentation|expose|permis|dissert|dissertation|interro"
            r"|evaluation|qcm|audition)\b[^.!?\n]{0,60}?\b(?:je vais|jvais|jva|je sens que je vais) (?:\w+ )?"
            r"(?:mourir|crever|y passer|y rester)(?= *(?:[.!?,;:]|$|lol|mdr|ptdr|😭|💀|😩|😫|🥲|😅))",
            r"(?:je vais|jvais|jva) (?:\w+ )?(?:mourir|crever|y passer)[ ,.!]+(?:\w+ ){0,3}(?:demain|apres d"
            r"emain|lundi|mardi"
            r"|mercredi|jeudi|vendredi|cette semaine|jai|on a|ya) (?:\w+ ){0,3}(?:controle|exam|examen|parti"
            r"el|oral|bac"
            r"|brevet|concours|entretien|soutenance|dentiste|deadline|presentation|expose|permis|interro|eva"
            r"l)\b",
            # Work, a week, the children, smoking "will end up killing me" / "will have my skin": hyperbole about
            # a thing or a situation, not a person (a partner who "va finir par me tuer" stays danger).
            r"(?:(?:ce|cette|cet|ces|le|la|les|mon|ma|mes|tout) (?!mari\b|ex\b|conjoint|compagnon|copain\b|m"
            r"ec\b"
            r"|pere\b|beau pere|frere\b|fils\b|jules\b|chum\b|femme\b|copine\b|compagne|epou|voisin|petit am"
            r"i|pote)"
            r"\w+(?: \w+)?|l(?!ex\b)\w+|ca|cela|tout ca) (?:(?:va|vont|finira|finiront|aura|auront) )(?:(?:b"
            r"ien |vraiment |un jour )?"
            r"finir par me (?:tuer|faire crever|achever)|(?:bien |un jour )?avoir ma peau|(?:me )?(?:tuer|ac"
            r"hever|faire"
            r" crever) (?:un jour|a petit feu|a force))",
            r"(?:ce|cette|cet|ces|mon|ma|mes) (?:boulot|travail|taf|job|stage|semaine|journee|reunions?|doss"
            r"iers?|examens?"
            r"|partiels?|exams?|chef|patron|boss|enfants|gosses|gamins|trajets?|bouchons?|chaleur|canicule|r"
            r"egime"
            r"|projet|rythme|stress|voisins|clients?|clope|cigarettes?|taf) (?:\w+ ){0,2}(?:me tuera|me tuer"
            r"ont|aura ma"
            r" peau|auront ma peau|finira par me tuer|finiront par me tuer)",
            r"(?:me suis coupee?|me coupe|me couper) (?:le doigt|en cuisinant|avec (?:un|le) couteau|les che"
            r"veux|la parole)",
            # A kitchen cut shrugged off: "je me suis coupée avec la mandoline en faisant la ratatouille, un pansement
            # et c'est reparti".
            r"(?:je me suis|jme suis|me suis) (?:\w+ )?coupee? (?:\w+ ){0,4}(?:en (?:epluchant|coupant|prepa"
            r"rant|faisant"
            r"|cuisinant|tranchant|emincant)|avec (?:la|une|le|un|mon|ma) (?:mandoline|econome|couteau|rape|"
            r"boite de "
            r"conserve|ouvre boite|feuille|verre))(?=[^.!?\n]{0,80}\b(?:pansement|rien de grave|pas grave|sp"
            r"aradrap"
            r"|cuisine|legumes|oignons?|tomates?|pain|ratatouille|soupe|maladroite?|par accident|distraite?)"
            r"\b)",
            r"(?:le|la|les) tuer sil", "a mourir de rire", "je meurs denvie",
            # People in general, in a question about a service: "le 3114, c'est pour les gens qui veulent se suicider ?"
            r"(?<!partie )(?<!comme )(?:les|des|aux|pour les|ces) (?:gens|personnes) qui (?:veulent|pensent "
            r"a|ont envie"
            r" de|songent a) (?:se suicider|se tuer|mourir|en finir)",
            # Hyperbole with a laugh: "encore une réunion et je me pends lol", "je me jette par la fenêtre mdr 😂".
            r"(?:je me|jme|je vais me|jvais me|je vais|jvais) (?:pendre|pends|tuer|tue|suicider|suicide|flin"
            r"guer"
            r"|flingue|tirer une balle|tire une balle|jeter|jette|defenestrer|defenestre)[^.!?\n]{0,40}?"
            r"(?:\blol\b|\bmdr\b|\bptdr\b|\bxd\b|😂|🤣|😅|😆|🙃|💀)"],
    fiction=[
             # Training and placements: a trainee asking about a case or a protocol (issue 10, round 14).
             r"etudiante? en (?:psycho\w*|soins infirmiers|medecine|travail social)", r"(?:en|mon|ma|pendant mon) stage", r"protocoles?", r"(?:support|supports|documents?) de formation", r"formation (?:sur|a la prevention|de benevole)",
             "film", "livre", "roman", "serie", "episode", "personnage", "chanson", "jeu video", "documentaire",
             "article", "expose"],
    history=[
             # An act dated by the age it happened at or by years ago (issue 10, round 14).
             r"quand javais \d+ ans", r"il y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plus de \d+) ans",
             r"quand jetais (?:petite?|enfant|ado|adolescente?|jeune|au lycee|au college)",
             # A period remembered: "ça m'a rappelé l'époque où je me coupais".
             r"(?:lepoque|cette periode|la periode|lannee|les annees|le temps) (?:ou|pendant laquelle|durant"
             r" laquelle)",
             r"(?:\w+ )?(?:ans|annees) (?:apres|plus tard)",
             r"(?:ca ma|ca me|cela ma|ca mavait) (?:rappele|rappelle|fait repenser a|fait penser a) (?:\w+ "
             r")?(?:quand"
             r"|lepoque|la periode|le temps)",
             r"quand javais (?:\d{1,2}|quinze|seize|dix \w+|vingt) ans", r"(?<!jai )(?<!jaurai )(?:a|vers) (?:lage de )?"
             r"(?:1[0-9]|2[0-9]|quinze|seize|dix sept|dix huit|dix neuf|vingt) ans", r"il y a (?:\w+ )?ans",
             "au lycee", "au college", "dans le passe", "autrefois", "adolescente?", "avant je",
             # A past year attached to the telling: "ma tentative de 2009", "ce que j'ai vécu en 94" (not "depuis
             # 2019", which is still going on).
             r"(?:en|de|du|dans les annees|pendant lannee|a lete|a lhiver|au printemps|a lautomne) " + OLD_YEAR,
             r"en (?:[5-9]\d)(?! (?:\w+ )?(?:ans|mg|kg|kilos|km|comprimes|cachets|pilules|minutes|heures|jou"
             r"rs|fois)\b)",
             r"(?:dans|pendant) les annees (?:50|60|70|80|90|2000|2010|cinquante|soixante|soixante dix|quatr"
             r"e vingt|quatre vingt dix)",
             r"(?:\w+ )?(?:ans|annees) plus tot"],
    recency=["encore", "de nouveau", "hier", "hier soir", "ce matin", "cette semaine", "recemment", r"depuis des (?:mois|semaines|annees)", "tous les soirs", "tous les jours", "chaque soir", "chaque nuit",
             "dernierement",
             # The urge or the thoughts come back: "depuis la rupture l'envie est revenue".
             r"(?:lenvie|les envies|lidee|les idees|les pensees|ca|tout ca|les pulsions) (?:(?:est|sont|me) )?"
             r"(?:\w+ )?(?:revenue?s?|revient|reviennent|reprend|reprennent|recommence|recommencent)",
             r"(?:rechute|rechuter|jai rechute|ca recommence|ca me reprend)"],
    timing=["ce soir", "cette nuit", "tout de suite", "demain", "ce week end", r"dans (?:une|quelques|\d+) heures?",
            # a day named for it, and "maintenant." or "c'est maintenant" said on its own after the plan was told
            r"(?<!\btous les )(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir| matin| procha"
            r"in)?"
            r"(?! (?:dernier|passe)\b)", "apres demain", r"(?:cest )?maintenant(?= *[.!]| *$)", r"cest (?:pour )?maintenant",
            r"(?:le moment|lheure|le jour) est (?:venue?|arrivee?)"],
    means=[r"jai (?:la|une) corde", PILLS + " de cote", "le pont", r"deja pris", "lettre dadieu"],
    resolve=["cest decide", "cest pour ce soir", "jai pris ma decision", r"je suis prete?", "il est temps", "plus de retour en arriere",
             "je sais ce que je dois faire", "cest la seule solution"],
    farewell=["pardon pour tout", "je vous aime tous", "adieu", "prenez soin de", "pardonnez moi", "pardonne moi",
              # thanks that sum up the help, not with plans ahead ("merci pour tout, a mardi")
              r"(?:merci|(?:vous|te) remercier) (?:pour|de) tout(?![^\n]{0,80}\b(?:a (?:lundi|mardi|mercredi|jeudi"
              r"|vendredi|samedi|dimanche|demain|bientot|la semaine prochaine|la prochaine|plus)|on se voit"
              r"|la semaine prochaine)\b)",
              r"(?:vous avez|tu as) (?:fait une (?:vraie )?difference dans|change) ma vie"],
    concealment=["ne le dis a personne", "pas de police", "pas de medecins", "nappelle personne",
                 "je ne veux pas quon marrete"],
)
