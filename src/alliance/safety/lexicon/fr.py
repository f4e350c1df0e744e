"""French parts of a risk statement (see `alliance.safety.lexicon`), for France, Quebec, Belgium and Switzerland.

Means follow the methods recorded in French-speaking suicide statistics: France, Observatoire national du suicide
(ONS, 4e rapport 2020) and the CépiDc-Inserm cause-of-death tables (hanging first, then firearms, drug
intoxication, falls from a height, drowning, trains); Quebec, INSPQ "La mortalité par suicide au Québec" (hanging,
intoxication, firearms); Belgium, Centre de Prévention du Suicide and Sciensano; Switzerland, OFS/BFS statistics of
causes of death (hanging, firearms including army weapons, falls, drugs, trains); and WHO 2014, "Preventing
suicide" (pesticides, carbon monoxide, charcoal). Drug names are those most dispensed in these countries (ANSM,
"Etat des lieux de la consommation des benzodiazépines en France" 2017; paracetamol brands Doliprane, Dafalgan,
Efferalgan, Tylenol; the benzodiazepines, Z-drugs, SSRIs and opioids). Warning signs follow the AAS list (Rudd et
al. 2006); the levels follow the C-SSRS screener (Posner et al. 2011).

Every expression is written in the normalised form: lower case, no accents ("été" is "ete", "ça" is "ca"), no
apostrophes ("j'ai" is "jai", "m'a" is "ma", "l'ai" is "lai", "d'adieu" is "dadieu", "qu'il" is "quil", "m'ouvrir"
is "mouvrir"); chat forms are covered ("jvais", "jveux", "chuis", "g" for "j'ai", "tt" for "tout").
"""

from __future__ import annotations

from alliance.safety.lexicon.others import _NOT_A_GAME  # noqa: PLC2701 - the same guard as harm to others

from alliance.safety.lexicon import make_lexicon

# "me tuer", "m tuer", "mtuer", "m'ouvrir" ("mouvrir").
# NB the normaliser reads the token "bout" as English chat for "about": "à bout" arrives as "a about".
_M = r"m(?:e ?| )?"
# "j'ai" and its chat spellings.
_JAI = r"(?:jai|j ai|jais|g)"
# Medicines: generic words and the brands and molecules most used in France, Belgium, Switzerland and Quebec.
_PILLS = (
    r"(?:d|l)?(?:medicaments?|medocs?|cachets?|comprimes?|pilules?|gelules?|somniferes?|anxiolytiques?"
    r"|antidepresseurs?"
    r"|calmants?|tranquill?isants?|neuroleptiques?|antipsychotiques?|antidouleurs?|anti douleurs?|antalgique"
    r"s?"
    r"|analgesiques?|benzos?|benzodiazepines?|opioides?|opiaces?|psychotropes?|hypnotiques?|doliprane|dafalg"
    r"an"
    r"|efferalgan|paracetamol|panadol|tylenol|perdolan|dafalgan codeine|ibuprofene|advil|nurofen|aspirine|as"
    r"pegic"
    r"|kardegic|tramadol|ixprim|topalgic|contramal|zaldiar|codeine|lamaline|izalgi|opium|morphine|skenan|act"
    r"iskenan"
    r"|oxycodone|oxycontin|oxynorm|fentanyl|methadone|subutex|buprenorphine|xanax|alprazolam|lexomil|bromaze"
    r"pam"
    r"|lysanxia|prazepam|temesta|lorazepam|ativan|seresta|oxazepam|valium|diazepam|rivotril|clonazepam|tranx"
    r"ene"
    r"|stilnox|zolpidem|imovane|zopiclone|havlane|noctamide|dormicum|theralene|atarax|hydroxyzine|deroxat"
    r"|paroxetine|prozac|fluoxetine|seroplex|cipralex|sipralexa|escitalopram|citalopram|zoloft|sertraline|ef"
    r"fexor"
    r"|venlafaxine|cymbalta|duloxetine|laroxyl|amitriptyline|anafranil|norset|mirtazapine|remeron|lithium"
    r"|teralithe|depakine|depakote|tegretol|lamictal|seroquel|xeroquel|quetiapine|zyprexa|olanzapine|risperd"
    r"al"
    r"|abilify|haldol|tercian|loxapac|insuline|previscan|coumadine|sintrom|digoxine|beta ?bloquants?"
    r"|(?:cachets|comprimes|pilules|medicaments|medocs) (?:pour|contre) (?:dormir|le coeur|la tension|la dou"
    r"leur"
    r"|langoisse|le diabete)|plaquettes?|blisters?|flacons?|(?:toute? )?(?:la|une|ma|sa) boite entiere"
    r"|boites? de (?!nuit|conserve|chocolats?|biscuits?|mouchoirs?|vitesse|reception|prod|production|pizzas?"
    r"|lettres?"
    r"|chaussures?|jeux?|rangement|allumettes?|thon|sardines?|cereales?|cartons?|oeufs|vin|bieres?|clous)\w+"
    r"|toute? (?:la|ma|une|sa) boite|(?:mon|ma|le|la) (?:traitement|reserve|stock) (?:du|de la|pour le|pour "
    r"la"
    r"|dun|de) (?:mois|semaine|semaines))"
)
_P = "(?:" + _PILLS + ")"
# A single ordinary dose is not an overdose: "j'ai pris un Doliprane", unless it is a box ("une boîte").
_ONE = (r"(?! (?:un|une|1|deux|2|un seul|une seule|un petit|une petite|la moitie dun?|un demi|une demi|mon|ma) "
        r"(?!boite|plaquette|tube|flacon|blister|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine"
        r"|cinquantaine|centaine|poignee|overdose|surdose|dose|tonne|bouteille|sachet|pot|reserve|stock"
        # A dose taken twice: "j'ai pris deux fois mon traitement", "pris mon traitement deux fois".
        r"|fois (?:mon|ma|mes|son|sa|ses|le|la|les|la meme) (?:\w+ )?(?:traitement|doses?|comprimes?|cachets?"
        r"|medicaments?|pilules?|medocs?|gelules?)|(?:traitement|dose|comprime|cachet)s? (?:\w+ ){0,3}(?:deu"
        r"x|2|trois"
        r"|3) fois)\w)")
_ING = (r"(?:prise?s?|avalee?s?|gobee?s?|ingeree?s?|engloutie?s?|bue?s?|descendue?s?|injectee?s?|enfilee?s?|envoyee?s?"
        r"|tapee?s?|shootee?s?)")
# Places to fall from, water, and vehicles to fall under ("me jeter du pont", "en bas du pont" in Quebec).
_HIGH = (r"(?:pont|viaduc|immeuble|tour|toit|falaise|balcon|fenetre|terrasse|\w+ etage|parking|barrage|rocher"
         r"|building|batiment|clocher|pylone|passerelle|precipice|ravin|corniche|haut)")
_DOWN = (
    r"(?=(?:du|dun|dune|de la|de|des|depuis (?:le|la|un|une|l)|par (?:la|une|le)|en bas (?:du|de la|dun|dune"
    r"|de)"
    r"|du haut (?:du|de la|dun|dune|de)) (?:haut (?:du|de la|dun|dune|de) )?(?:\w+ )?" + _HIGH
    + r"|dans le vide|dans (?:la|le) (?:seine|riviere|mer|loire|garonne|fleuve|lac|rhone|canal|saint laurent|ravin"
    r"|precipice|meuse|lac leman|leman)|dans leau glacee"
    r"|sous (?:un|le|les|une|la) (?:train|trains|metro|rer|tgv|tram|camion|bus|voiture|roues|autobus)"
    r"|devant (?:un|le|une|la) (?:train|metro|rer|tgv|tram|camion|bus|voiture|autobus)"
    r"|sur (?:les rails|la voie(?: ferree)?))"
)
# The speaker's own death as an infinitive ("mourir", "me tuer", "en finir", "me jeter du pont").
_END = (
    r"(?:mour+ire?(?! (?:si |sil |sans toi|de (?:rire|honte|faim|soif|froid|chaud|peur|fatigue|ennui|envie|j"
    r"alousie"
    r"|vieillesse|plaisir"
    r"|bonheur|curiosite|impatience|sommeil|chagrin|stress|ma belle mort)|d(?:ennui|envie|impatience|amour)|"
    r"chez moi"
    r"|a la maison|dans mon lit|vieux|vieille|en paix chez))"
    r"|crever(?! (?:de|la dalle|un pneu|les pneus|le ballon|labces|lecran|les yeux|les tympans)|d)"
    r"|etre (?:morte?|decedee?|six pieds sous terre|au cimetiere|enterree?)(?! de (?:rire|fatigue|peur|honte"
    r"))"
    r"|" + _M + r"tuer(?! (?:a la tache|au travail|a force|a le|a la|a vous|a te|a lui|pour (?:rien|des|un|une|ce|ca)"
    r"|de rire|a (?:repeter|expliquer|dire|travailler|bosser)))"
    r"|" + _M + r"suicid(?:er|e)|" + _M + r"(?:f[o0]utre|mettre) en l ?air|" + _M + r"flinguer(?! (?:les|le|la|mes|ma"
    r"|mon|la sante) )|" + _M + r"buter(?! (?:sur|contre))"
    r"|" + _M + r"supprimer|" + _M + r"(?=pendre\b(?! (?:au|a ton|a son) cou))|" + _M + r"(?=noyer\b(?! (?:dans"
    r"|sous)))|" + _M + r"(?:jeter|lancer|balancer|pitcher|crisser|calisser|sacrer|garocher|laisser tomber) " + _DOWN
    + r"|" + _M + r"(?=defenestrer\b)|" + _M + r"(?:tirer|mettre)(?= (?:une balle|un coup de (?:fusil|feu))(?! dans "
    r"le pied))|" + _M + r"faire sauter(?= (?:la cervelle|le caisson|la tete))|" + _M + r"(?:couper|taillader"
    r"|trancher|ouvrir)(?= (?:les veines|les poignets|la gorge))|" + _M + r"(?=(?:empoisonner|asphyxier|immoler)\b)"
    r"|" + _M + r"laisser (?:mourir|crever|partir|glisser|aller pour de bon)"
    r"|" + _M + r"endormir (?:pour toujours|pour de bon|a jamais|(?:et|pis|puis) (?:ne )?(?:plus|pas|jamais|pu|pus)"
    r" (?:jamais )?(?:me )?reveiller|et quon "
    r"ne me reveille (?:plus|pas|jamais)|sans "
    r"(?:jamais )?me reveiller|definitivement|pour leternite)|" + _M + r"(?:enlever|oter|retirer|prendre) la vie"
    r"|(?:d|)en fin+ire?(?! avec (?!(?:la vie|tout|ma vie|moi|cette vie|le monde|lexistence|mes jours|ce mon"
    r"de|tout ca"
    r"|toute cette)))|mettre fin (?:a|a toute?s?) (?:mes jours|ma vie|tout|mon existence|mes souffrances|cet"
    r"te vie"
    r"|tout ca)|quitter (?:ce monde|la vie|cette vie|cette terre|ce bas monde|la terre)"
    r"|disparaitre(?! (?:sous|dans un trou|quelques|une |un |pendant|en vacances|loin|a la campagne|du reseau"
    r"|des reseaux|de la circulation|de (?:sa|ta|leur|votre) vue|le temps|pour (?:quelques|un|une|le)|deux|t"
    r"rois))"
    r"|dormir (?:pour toujours|pour leternite|a jamais|et ne plus me reveiller)"
    r"|(?:ne )?(?:plus|pas|jamais|pus|pu) (?:me reveiller|exister|etre en vie|etre de ce monde)(?! (?:sur (?"
    r":les|le|la"
    r"|internet|insta\w*|facebook|twitter|tiktok)|en ligne|pour (?:lui|elle|eux|mon|ma|mes|son|sa|ses)|a ses"
    r" yeux"
    r"|a leurs yeux|dans (?:sa|leur|ma) vie)\b)(?! (?:a temps|a lheure|avant"
    r"|en retard|trop tard|pour|a \d|le matin pour))"
    r"|(?:ne )?plus etre (?:la|ici)(?= *(?:[.!?,;:]|$|pour personne|du tout|demain|bientot))"
    r"|arreter de (?:vivre|respirer|exister)|passer a lacte|" + _M + r"(?:barrer|casser|tirer|sortir|retirer|en aller)"
    r" de (?:ce monde|cette vie|cette terre|la vie)|partir de ce monde|sauter " + _DOWN
    + r"|(?:avaler|prendre|gober|menfiler|menvoyer)(?= (?:toute? (?:la|ma|une) (?:\w+ )?boite|tout le (?:tube|flacon)"
    r"|tou(?:te)?s (?:mes|les) (?:\w+ )?" + _P + r"|tt|tout dun coup))"
    r"|foncer(?= (?:dans|contre) un (?:mur|arbre|platane|pilier|camion))|" + _M + r"planter(?= (?:en voiture )?contre"
    r" un (?:arbre|mur|platane|pilier)))"
)
_WANT = (
    r"(?:(?:je |j)(?:v|vx|ve|veu|veus)|j?(?:veux|veut|veulent|voulais|voulait|voulaient|voudrais|voudrait|vo"
    r"udraient"
    r"|aimerais|aimerait|aimeraient|souhaite|souhaitent|souhaiterais|souhaiterait"
    r"|prefere|prefererais|vais|vai|vas|jvais"
    r"|jva|jveux|mas|compte|pense a|pensais a|pense serieusement a|songe a|songeais a|reve de|revais de|envi"
    r"e de"
    r"|envie d|besoin de|hate de|prete? a|essayer de|le gout de|gout de|essaie de|essaye de|tente de|tentee?"
    r" de"
    r"|tentation de|faut que je|devrais|finir par|jespere|espere|ai voulu|aurais voulu|voulu|prier pour|prie"
    r" pour"
    r"|vivement de|pret pour|prete pour|temps de|lheure de|le courage de|la force de|projet de|intention de|"
    r"rever de"
    r"|penser a|songer a|penserai a|vouloir|ai pense a|pense souvent a|pense tous les jours a|a deux doigts "
    r"de"
    r"|a 2 doigts de|sur le point de|proche de|pres de))"
)
_ADV = (r"(?:(?:juste|vraiment|tellement|seulement|simplement|tout simplement|enfin|sincerement|serieusement"
        r"|franchement|parfois|souvent|toujours|encore|aussi|trop|tant|bien|carrement|meme|deja|un peu|moi a"
        r"ussi"
        r"|que|plutot) )?")
# Kin and people the speaker talks about.
_KIN = (r"(?:ami|amie|amis|amies|pote|potes|copain|copine|copains|copines|frere|soeur|fils|fille|filles|pere|mere"
        r"|papa|maman|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|cousin|cousine|collegue"
        r"|voisin|voisine|patient|patiente|eleve|etudiante?|cliente?|oncle|tante|grand mere|grand pere|mamie"
        r"|mamy"
        r"|papi|papy|neveu|niece|ado|coloc|colocataire|chum|blonde|beau pere|belle mere|enfant|enfants|gamin"
        r"e?"
        r"|camarade|mec|petit ami|petite amie|ex|chef|patron|patronne|prof|professeur|professeure|copain)")
_PARTNER = (r"(?:(?:mon|son|le|notre) (?:\w+ )?(?:mari|copain|conjoint|compagnon|ex|pere|beau pere|fils|frere|chum|mec"
            r"|petit ami|jules|concubin|papa|grand pere|oncle|voisin|fiance)|(?:ma|sa|la|notre) (?:\w+ )?(?:"
            r"femme"
            r"|copine|conjointe|compagne|ex|mere|belle mere|blonde|fille|soeur|petite amie|maman|fiancee|tan"
            r"te)"
            r"|il|elle|ils|elles|on)")
_CHILD = (r"(?:fils|fille|filles|enfants?|bebes?|bebe|petite?s?|gamine?s?|gosses?|mome|momes|petite? (?:frere|soeur)"
          r"|filleule?s?|belle fille|beau fils"
          r"|petits? fils|petites? filles|beau fils|belle fille|neveu|niece|ptite?|bambin|nourrisson|fiston|puce)")
# An adult a child may name when telling of abuse ("le voisin", "l'entraîneur", "le copain de maman").
_ADULT = (r"(?:(?:le|la|son|sa|leur|notre|mon|ma|un|une|ce|cette|l) ?(?:\w+ )?(?:voisine?|entraineur|entraineuse|coach"
          r"|prof|professeur|professeure|instit|instituteur|institutrice|maitre|maitresse|animateur|animatri"
          r"ce|moniteur"
          r"|monitrice|educateur|educatrice|oncle|tonton|grand pere|papi|papy|beau pere|cousin|pere|papa|cop"
          r"ain"
          r"|chum|baby ?sitter|nounou|pretre|cure|chauffeur|gardien|concierge|mec|monsieur|type|homme|ami|po"
          r"te"
          r"|frere|demi frere)|il|ils)")
# Games and sport: "il me bat aux échecs", "elle a battu mon fils au tennis".
_GAME = (r"(?! (?:\w+ ){0,2}(?:aux?|a la|a|en) (?:cartes|echecs|tennis|jeux?|course|ping pong|scrabble|belote|foot"
         r"|football|babyfoot|poker|monopoly|mario|fifa|dames|petanque|sprint|partie|uno|tarot|bras de fer"
         r"|mots croises|badminton|squash|plate couture|finale|match|rugby|basket|judo|karate|boxe|course))")
_POSS = r"(?:mon|ma|mes|notre|nos|son|sa|ses|le|la|les|leur|leurs|ton|ta|tes)"
# Who is a danger when "X va me tuer" is said, and who is named only in hyperbole (work, school).
_INTIMATE = (r"(?:mari|ex|conjointe?|copain|copine|compagnon|compagne|chum|blonde|femme|epoux|epouse|mec|jules"
             r"|concubine?|fiancee?|beau pere|petit ami|petite amie)")
_WORK = (r"(?:patron|patronne|chef|cheffe|boss|prof|professeure?|manager|directeur|directrice|coach|entraineur"
         r"|entraineuse|proprio|collegue|banquier|banquiere|comptable|superieure?|responsable|maitresse|mait"
         r"re"
         r"|redacteur|redactrice|editeur|editrice|cliente?|n ?\+ ?1|tuteur|tutrice|encadrante?|correcteur)")
# Harm done to someone in an intrusive thought: "blesser mon fils", "pousser quelqu'un sous le métro", "la tuer".
_HARM_KID = r"(?:bebe|nourrisson|enfants?|fils|fille|petite?|gamine?|frere|soeur)"
_HARM_WHO = (r"(?:(?:mon|ma|mes|notre|nos) (?!chagrin|peine|tristesse|soucis|angoisse|temps|argent|vie)|quelquun"
             r"|lui|elle|un (?!peu)|une |des gens|les gens|(?:le|la|les|l) ?(?:\w+ )?(?:" + _HARM_KID[3:-1]
             + r"|passante?s?|inconnue?s?|gens|voisine?s?|collegues?|patron|prof|personnes?|client|cliente))")
_HARM_HURT = (r"(?:blesse|blesser|frappe|frapper|etouffe|etouffer|poignarde|poignarder|egorge|egorger"
              r"|etrangle|etrangler|tue|tuer)")
_HARM_PUSH = r"(?:pousse|pousser|jette|jeter|lache|lacher|balance|balancer|precipite|precipiter)"
_HARM_DONE = (
    r"(?:(?:fais|faire|ferais) du mal a " + _HARM_WHO + r"|" + _HARM_HURT + r" " + _HARM_WHO
    + r"|(?:le |la |les |l)" + _HARM_HURT + r"\b"
    + r"|(?:noie|noyer) (?:mon|ma|le|la|notre|un|une) (?:\w+ )?" + _HARM_KID
    + r"|(?:" + _HARM_PUSH + r" " + _HARM_WHO + r"|(?:le |la |les |l)" + _HARM_PUSH + r")"
    r" ?(?:\w+ ){0,3}?(?:sous|dans le vide|par la fenetre|par dessus|du haut|du balcon|du pont|du quai"
    r"|dans lescalier|dans les escaliers|dans leau|devant|sur les rails|sur la voie|contre)"
    r"|(?:secoue|secouer) (?:mon|ma|le|la|notre|un|une) (?:\w+ )?" + _HARM_KID + r")")
# Not eating for a reason that is not an eating disorder.
_NOT_ILL = (r"(?! (?:en|de la|la|dans la) journee)(?![^.!?]{0,60}\b(?:gastro|grippe|malade|fievre|covid|virus|dents?"
            r"|dentiste|operation|opere|ramadan|jeune"
            r"|careme|nausees?|chimio|angine|intoxication alimentaire|appendicite))")
# "Les voix" that are not hallucinated: whose they are, or music, film and elections around them.
_VOICES = (r"(?! (?:de|du|des|d|off|humaines?|chantees?|lyriques?)\b)(?![^.!?]{0,100}\b(?:couplets?|refrains?|chorale"
           r"|choeurs?|chants?|chansons?|concerts?|morceaux?|albums?|micros?|mixage|enregistrements?|doublag"
           r"es?"
           r"|films?|series?|podcasts?|elections?|votes?|scrutin|sondages?|candidate?s?|tenors?|sopranos?|al"
           r"tos?"
           r"|chanteu\w+|musique|spectacle|opera|enceintes?|haut parleurs?|casque|volume|cour de recre|recre))")
# A mishap of the speaker's that "va me tuer" answers: forgotten, broken, late, failed.
_MISHAP = (r"(?:jai|g|je suis|jsuis|chuis) (?:encore |completement |deja |totalement |(?:\w+ )?)?(?:oublie|rate"
           r"|loupe|perdu|casse|raye|abime|renverse|depense|bousille|crame|explose|plante|defonce|en retard|"
           r"pas fini"
           r"|pas fait|pas rendu|pas envoye)")


# Armed: a weapon taken up or got ready ("j'ai pris le couteau de cuisine", "j'ai sorti le fusil").
_ARMS = (r"(?:couteau|opinel|flingue|fusil|pistolet|arme|batte|hache|machette|barre de fer|poignard|revolver"
         r"|carabine|gun|lame|poing americain)")
_ARMED = (r"(?:jai|g) (?:pris|attrape|empoigne|saisi|sorti|emporte|glisse|cache|planque|aiguise|charge|prepare)"
          r" (?:avec moi )?(?:le|un|mon|ma|la|une|son|sa|larme|lopinel) (?:gros |grand )?" + _ARMS)
# Lying in wait at someone's home or work ("je l'attends en bas de chez lui").
_WAIT = (r"(?:jattends|je lattends|jlattends|je les attends|je vais (?:l|les )?attendre|jvais (?:l|les )?attendre"
         r"|jattendrai|je lattendrai|je (?:le |la |les )?guette|je vais (?:le |la |les )?guetter|je me poste"
         r"|je me planque|je suis planquee?|je suis cachee?) (?:\w+ ){0,2}?(?:devant chez (?:lui|elle|eux)"
         r"|en bas de chez (?:lui|elle|eux)|a la sortie (?:de|du) (?:son|sa|chez|\w+)|devant (?:son|sa) (?:b"
         r"oulot"
         r"|travail|bureau|immeuble|ecole|lycee|maison|porte|voiture|taf))(?!\W+(?:pour (?:aller|partir|fair"
         r"e|prendre"
         r"|manger|sortir|boire|voir|le|la|les|lui|leur)|on (?:va|part|sort|ira)|et on\b))")


# The lethal dose for an animal (chocolate for a dog) is a question for the vet.
_NOT_FOR_A_PET = (r"(?![^\n]{0,80}\b(?:chien|chienne|chat|chatte|chiot|chaton|animal|animaux|veterinaire"
                  r"|lapin|cheval)\b)")
# On a roof or a balcony for an errand or with friends: "sur le toit pour réparer l'antenne".
_NOT_AN_ERRAND = (r"(?![^.!?\n]{0,60}\b(?:pour (?:reparer|nettoyer|installer|changer|deneiger|deblayer|poser"
                  r"|recuperer|prendre|faire|voir|regarder|bronzer)|en train de (?:fumer|boire|manger|lire|bronzer"
                  r"|travailler|reparer|bosser)|avec (?:des|mes|les|ma|mon) (?:amis|potes|collegues|copains|copines"
                  r"|enfants|famille))\b)")


def _make(lang: str, **lists: list[str]):
    """Compile the parts, letting each written "oe" also match the ligature ("coeur", "cœur") and each space a hyphen
    ("grand mere", "grand-mère"; "aidez moi", "aidez-moi"), since the normalisation keeps both."""
    return make_lexicon(lang, **{k: [p.replace("oe", "(?:oe|œ)").replace(" ", "[- ]") for p in v]
                                 for k, v in lists.items()})


LEXICON = _make(
    "fr",
    negation=["pas", r"(?<!\bque )jamais", "aucun", "aucune", r"(?<!\ba )(?<!\bvaux )(?<!\bvaut )rien(?! (?:ne va"
    r"|a faire))",
              "ni", r"sans(?! (?:hesit\w*|regrets?|doute|attendre|aucun doute|probleme|trembler|peur))", "non",
              "nullement", "pantoute", "pu", "pus", "guere", "nie", "nier",
              r"(?:ne|n|nai|nest|jai|j ai|suis|jsuis|chuis|veux|jveux|peux|jpeux|sais|vais|ai|est|cest|serai"
              r"|prends"
              r"|prend|prendrai|fais|ferai) plus(?! (?:que|quune|quun|qu|en plus|de \d|dune|dun))"],
    first_person=["je", "j", "jai", "j ai", "jsuis", "chuis", "chu", "jvais", "jva", "jveux", "jme", "jmen", "jpeux",
                  "jsais", "jen", "jy", "jetais", "javais", "jaurai", "jaurais", "jaimerais", "jaime", "jattends",
                  "jarrive", "jecris", "jessaie", "jespere", "jirai", "javale", "jles", "jlai", "moi", "me", "m",
                  "mon", "ma", "mes", "g", "jfais", "jfinis"],
    third_party=[r"il(?! (?:y a|ya|faut|fallait|fait|est temps|est lheure|me reste|reste|parait|semble|suffit|vaut"
                 r"|sagit|etait une fois|pleut|neige))", "elle", "ils", "elles", "lui", "eux", "quelquun",
                 # People in general: "le 3114, c'est pour les gens qui veulent se suicider ?"
                 r"(?:les|des|ces|certaines|certains|beaucoup de|plein de|dautres) (?:gens|personnes|jeunes)", "ceux",
                 "celles", "certains", "certaines",
                 r"(?<!\ba )(?<!\bde )(?<!\bpour )(?<!\bavec )(?<!\bchez )(?:mon|ma|mes|notre|nos|un|une|son"
                 r"|sa|ses|le"
                 r"|la|ce|cette) (?:meilleure? |petite? |grande? |vieille? |cher |chere |propre )?" + _KIN,
                 r"(?:un|une|mon|ma|mes|son|sa|ses|le|la|les|des|ce|cette) (?:\w+ )?" + _KIN + r" qui",
                 r"(?:ma|m a|me|nous a) (?:dit|ecrit|envoye|raconte|confie|avoue|texte)(?: que| quil| quelle"
                 r")?",
                 r"(?:dit|disait|a dit|ecrit|a ecrit) quil|(?:dit|disait|a dit|ecrit|a ecrit) quelle"],
    child=[_CHILD, r"(?:[1-9]|1[0-7]) (?:ans|mois)", r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
           r"|treize|quatorze|quinze|seize|dix sept) (?:ans|mois)", r"ados?", r"adolescente?s?", r"mineure?s?",
           r"garcons?", r"a?bout de chou"],
    death=[
        r"plutot (?:crever|mourir|me tuer|en finir|me foutre en lair) que(?=[^\n]{0,240}\b(?:je ne rigole pl"
        r"us|je rigole plus|jrigole plus|je ne ris plus|je ris plus|(?:ce nest|cest|ca nest|cest) plus (?:un"
        r"e blague|drole|pour rire)|je ne plaisante plus|je plaisante plus)\b)",
        r"(?:me |m|jme |je me )?(?:desinscri|desabonn|deconnect|retir|efface|supprim|delog|debranch|eteind|q"
        r"uitt|sors|sortir)\w* (?:definitivement |pour de bon |pour de vrai )?(?:de |d)(?:la |l|cette |ma )?"
        r"(?:vie|existence|monde|planete)(?! (?:active|sociale|professionnelle|politique|nocturne|etudiante|"
        r"associative|publique|de (?:couple|famille|groupe)))",
        r"(?:(?<=soir )|(?<=nuit )|(?<=demain )|(?<=dhui )|(?<=bientot )|(?<=maintenant )|(?<=minuit )|(?<=m"
        r"idi )"
        r"|(?<=\dh )|(?<=\dh\d\d ))(?:cest|ce sera|tout sera|tout est|jen ai) (?:fini|termine|la fin)(?: pou"
        r"r moi)?"
        r"(?= *(?:[.!;]|$|,? (?:chu|chuis|jsuis|je suis|je (?:ne )?peux|jpeux|jen peux|je nen peux|jen ai|plus|pu)\b"
        r"(?! (?:\w+ )?(?:contente?|heureuse?|ravie?|libre|en vacances|soulagee?|fiere?))))",
        r"(?:ce serait|ca serait|ce sera|serait|seraient|ils seraient|tout serait) (?:\w+ ){0,2}(?:plus simp"
        r"le|plus facile|mieux|plus leger|plus tranquilles?|soulagee?s?|un soulagement|debarrassee?s?)(?: (?"
        r":pour|a) (?:\w+ ){0,3}?(?:monde|eux|autres|famille|enfants|vous|tous|proches|parents))?,? (?:si|sa"
        r"ns) (?:je |j|moi)?(?:ne |n)?(?:\w+ )?(?:existais|etais|etait|disparaissais|mourais|partais|ny etai"
        r"s|netais|nexistais|la|plus la)",
        # No point in living any more, said of oneself or reported: "il voyait plus l'intérêt de vivre", "je ne vois
        # plus le sens de continuer" (not "l'intérêt de vivre comme ça" or "de vivre ici").
        r"(?:vois|voit|voyais|voyait|vois meme|trouve|trouvais|trouvait) (?:plus|pas|pu|pus|aucun|aucune|mem"
        r"e plus) "
        r"(?:linteret|le sens|lutilite|le but|dinteret|de sens|de raison|la raison|lint) (?:de |a |d)(?:vivr"
        r"e|continuer"
        r"|rester en vie|exister|me lever|la vie|se lever|etre en vie)(?! (?:comme ca|ainsi|sans|dans|ici|la"
        r"\b|avec|chez"
        r"|seule?|en ville|a paris|loin))",
        # The end set for oneself, with or without a time: "ce soir 23h c'est fini pour moi", "à minuit tout s'arrête",
        # "demain tout sera terminé."
        r"(?:cest|ce sera|ca sera|tout sera|tout est|tout va etre|ca va etre) (?:fini|finie|termine|terminee"
        r"|la fin) pour moi(?= *(?:[.!?,;:]|$| (?:ce soir|cette nuit|demain|a \d|a minuit|adieu|merci|pour d"
        r"e bon"
        r"|tout est pret|je vous aime|pardon)))",
        r"(?:(?<=\d )|(?<=\dh )|(?<=\d h )|(?<=heures )|(?<=minuit )|(?<=ce soir )|(?<=cette nuit )|(?<=dema"
        r"in )"
        r"|(?<=\dh\d\d )|(?<=ce soir, )|(?<=minuit, ))(?:tout|ca|tout ca) (?:sarrete|sarretera|se termine|se"
        r" terminera"
        r"|finit|finira|sera fini|sera termine|prend fin|prendra fin|sachevera)(?= *(?:[.!?;]|$| pour (?:moi"
        r"|de bon)"
        r"|,? (?:adieu|merci|pardon|je vous aime|tout est pret|cest decide)))",
        # Stepping down onto the tracks: "je vais descendre sur les voies", "m'allonger sur les rails".
        r"(?:je vais|jvais|jva|je veux|jveux|envie de|je compte|je vais aller|jvais aller) (?:me )?(?:descen"
        r"dre|sauter"
        r"|mettre|coucher|mallonger|allonger|jeter|placer|marcher|aller|avancer) (?:\w+ )?(?:sur|entre|vers)"
        r" (?:les"
        r" voies|la voie(?: ferree)?|les rails)",
        r"(?:jaimerais|jaimerai|je prefererais|je voudrais|jvoudrais|je souhaiterais) (?:mieux |bien |plutot"
        r" |juste "
        r"|simplement )?(?:ne )?plus etre (?:la|ici|en vie)(?= *(?:[.!?,;:]|$))",
        # A threat to jump told of someone on a height: "elle est sur le pont et menace de sauter".
        r"(?:menace|menacait|a menace|parle|parlait|dit quil va|dit quelle va|crie quil va|crie quelle va) "
        r"(?:de |d )?"
        r"(?:sauter|se laisser tomber)(?= *(?:[.!?,;]|$| (?:du|de la|dans le vide|en bas|par la fenetre|main"
        r"tenant"
        r"|dun moment|a tout moment)))",
        r"(?:veut|voulait|va|allait) (?:sauter|se laisser tomber) (?=dans le vide|par la fenetre|(?:du|depui"
        r"s le) (?:haut"
        r" du )?(?:toit|pont|viaduc|balcon|\w+ etage|parapet|rebord|falaise|immeuble))",
        _WANT + r" " + _ADV + _END,
        # After "j'ai décidé de" (an intent of its own) the death part is the infinitive alone.
        r"(?:(?<=\bdecide de )|(?<=\bdecidee de )|(?<=\bdecide d)|(?<=\bdecidee d)|(?<=\bdecidee a )"
        r"|(?<=\bdecide a ))" + _ADV
        + _END,
        r"(?:pense|pensais|songe|songeais|reve|revais|ai pense|jai pense|pense souvent) (?:(?!pas |plus (?!q"
        r"ue )"
        r"|(?<!\bque )jamais |pu )"
        r"\w+ ){1,4}a " + _ADV + _END,
        r"(?:(?:et|pis|puis) )?(?:ne )?(?:plus|jamais|pus|(?<=\bpis )pu|(?<=\bet )pu"
        r"|(?<=\bpuis )pu)(?: jamais)? me reveiller"
        r"(?! (?:a temps|a lheure|avant|en retard|trop tard|pour|a \d"
        r"|le matin pour|la nuit))",
        r"(?:je|j|jme|je me) ?(?:me )?(?:suicide|suiciderai|suiciderais|tuerai|tuerais|pendrai|pendrais|flin"
        r"guerai"
        r"|flinguerais|supprimerai|supprimerais|jetterai|jetterais|noierai|noierais)\b(?! (?:a la tache|au t"
        r"ravail))",
        r"(?:je me|jme|j me) (?:tue|pends|flingue)(?! (?:a|au|de|pour|sur)\b)",
        r"(?:je me|jme|j me) (?:f[o0]us|f[o0]utrai|f[o0]utrais) en l ?air",
        r"(?:je me|jme|j me) (?:jette|lance) " + _DOWN,
        r"suicidaires?", r"(?:pensees|idees|envies|pulsions|tendances|intentions) (?:suicidaires|de suicide|de mort"
        r"|noires|de me tuer|de mourir|den finir)", r"j?(?:pens|song)\w* (?:\w+ ){0,2}(?:au|a mon|a son) suicide",
        r"mon suicide", r"tentee? par (?:le suicide|la mort)",
        # The thought of it soothing: "l'idée de me supprimer me calme un peu", "l'idée de mourir m'apaise".
        r"(?:lidee|la pensee|lidee meme) (?:de |d)" + _END + r"(?= (?:\w+ ){0,2}(?:me calme|mapaise|me soulage|me rassure"
        r"|me fait du bien|me tente|me plait|mattire|me reconforte|me detend))",
        r"(?:je )?mimagine (?:souvent |parfois |tout le temps |de plus en plus )?(?:morte?|dans (?:un|mon) c"
        r"ercueil"
        r"|enterree?|pendue?|a mon enterrement)(?! (?:de (?:rire|fatigue|honte|peur)|si))",
        # "J'ai menti à la psy quand j'ai dit que je n'avais pas d'idées suicidaires."
        r"(?:menti|mentie|mens|mentais|cache|pas ose dire|pas dit la verite)(?: \w+){0,12} d?(?:idees|pensee"
        r"s|envies)"
        r" (?:suicidaires|noires|de (?:suicide|mourir|mort|me tuer))",
        r"(?:la mort|mourir|en finir|le suicide|partir) (?:est|serait|cest|me semble|reste) (?:\w+ )?(?:la|m"
        r"a|une)"
        r" (?:seule|derniere|meilleure|unique) (?:solution|issue|option|porte de sortie)",
        r"(?:serai(?:en)?t|seront|sera|irai(?:en)?t|seriez|seras?) (?:\w+ ){0,2}mieux sans moi",
        r"(?:tout le monde|ma famille|mes enfants|le monde|les autres|ils|elle|il|vous) (?:\w+ ){0,3}mieux s"
        r"ans moi",
        r"(?:mieux vaut|vaut mieux|vaudrait mieux|vaudrait bien mieux|ce serait mieux|ca serait mieux|cest m"
        r"ieux"
        r"|serait mieux) (?:pour (?:tout le monde|eux|elle|lui|vous|ma famille|les autres) )?(?:que je |que "
        r"j|quon "
        r"me |que )(?:ne )?(?:sois|soit|serais|sois deja) (?:plus|pu|pus|pas) (?:la|en vie|de ce monde|vivan"
        r"te?|ici)"
        r"(?! (?:quand|pour|demain|ce soir|a |au |dans|avant|pendant|le |la |lundi|mardi|mercredi|jeudi|vend"
        r"redi"
        r"|samedi|dimanche|cette|ce|si|tant))",
        r"(?:mieux vaut|vaut mieux|vaudrait mieux|ce serait mieux|ca serait mieux|cest mieux) (?:pour (?:tou"
        r"t le monde"
        r"|eux|vous|ma famille|les autres) )?(?:que je |que j)(?:disparaisse|meure|creve|sois morte?|nexiste"
        r" plus"
        r"|parte pour de bon|men aille pour de bon|me tue|en finisse)",
        r"(?:mieux vaut|vaut mieux|il vaudrait mieux) (?:mourir|crever|etre morte?|en finir)(?! (?:de|que))",
        r"mieux si (?:je )?(?:netais|netais plus|ne suis|etais|suis|je nexistais|nexistais) (?:plus|pas|mort"
        r"e?"
        r"|partie?)(?: la)?", r"mieux si je (?:mourais|disparaissais|crevais|nexistais pas|nexistais plus)",
        r"(?:serait|seraient|sera|cetait|ce serait) (?:tellement |bien |beaucoup |plus )?(?:mieux|simple|fac"
        r"ile|un "
        r"soulagement|leger|plus simple|plus facile)(?: pour (?:\w+ ){1,2})? si (?:je |j)?(?:netais (?:plus|"
        r"pas) la"
        r"(?! (?:demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|pour|a la|au))|netais pl"
        r"us"
        r"|nexistais (?:plus|pas)|mourais|disparaissais|etais morte?|partais pour de bon|ne me reveillais (?"
        r":pas"
        r"|plus)|crevais)",
        r"(?:pas|plus|aucune|sans|pu|pus) (?:de |d |aucune )?raisons? de (?:vivre|rester|continuer|me battre"
        r")",
        r"(?:pas|plus|pu|pus|aucune) (?:envie|le gout|gout) de vivre(?! (?:comme ca|ainsi|ici|la\b|dans|avec"
        r"|chez|sans"
        r"|a |en |seule?))",
        r"(?:veux|voulais|veut|jveux|voudrais) (?:plus|pu|pus) etre (?:la|en vie|vivante?|de ce monde|sur te"
        r"rre)"
        r"(?! (?:pour|quand|a |au |demain|ce soir|dans|avec|chez|ici|si|tant))",
        # "Je n'ai pas le courage de me tuer" is still the wish: the negation belongs to the courage.
        r"(?:pas|plus|jamais) (?:eu )?(?:le courage|la force|les couilles|le cran|assez de courage) (?:de |d)" + _ADV
        + _END,
        r"et (?:d)?en finir(?! avec (?!(?:la vie|tout|ma vie|moi|cette vie|le monde)))",
        r"pour en finir(?= (?:une bonne fois|une fois pour toutes|pour de bon)|\W*$)",
        r"(?:je me vois|jme vois|je me voyais|je mimagine|jmimagine|je me vois deja) (?:deja )?(?:morte?"
        r"|dans (?:un|mon) cercueil|six pieds sous terre|enterree?)(?! de (?:rire|fatigue|honte|peur))",
        r"(?:pens|song|rev)\w* (?:\w+ ){0,2}a (?:ma (?:propre )?mort|mon (?:propre )?enterrement)",
        r"(?:veux|voulais|veut|jveux|voudrais) (?:plus|pu|pus) vivre(?! (?:comme ca|ainsi|ici|la\b|dans|avec"
        r"|chez|sans"
        r"|a |en |seule?))",
        r"(?:ne )?(?:serai|serais|vais) (?:plus|pu|pus) (?:etre )?(?:la|en vie|de ce monde|parmi vous|vivant"
        r"e?)"
        r"(?! (?:pour|quand|a |au |le |les |dans|avec|chez|ici|si|tant|avant|apres|en |pendant|de \d|lundi|m"
        r"ardi"
        r"|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|le mois|a partir|au bureau))",
        r"(?:cest|ce sera|voici|ce soir cest) (?:mon|ma) (?:dernier|derniere) (?:message|jour|nuit|soir|soir"
        r"ee|texto"
        r"|sms|post|lettre|publication)(?! (?:a |au |en |de |du |chez |avec |ici|la bas|avant l|ensemble))",
        r"cest la fin pour moi",
        # Driving into a tree or a pillar on purpose: "je fonce dans un platane", "je vais foncer contre un pilier".
        r"(?:je|j|jvais|je vais|jvais aller) ?(?:fonce|foncerai|foncerais|foncer|lance|lancerai|lancer|preci"
        r"pite"
        r"|precipiterai|precipiter)(?: (?:avec )?(?:la|ma) (?:voiture|bagnole|caisse|moto|char))? "
        r"(?:droit |tout droit )?(?:dans|contre) (?:un|le|une|la) (?:arbre|platane|pilier|poteau|camion|para"
        r"pet"
        r"|pile de pont|glissiere)",
        # Rumination over a painless way: "je pense tout le temps à comment le faire sans que ça fasse mal".
        r"(?:pense|pensais|reflechis|reflechissais|cherche|cherchais) (?:\w+ ){0,3}(?:a )?comment (?:je pour"
        r"rais |je "
        r"vais |jpourrais |le )?(?:le )?faire sans (?:que ca fasse mal|souffrir|douleur|avoir mal|rater|me r"
        r"ater)"
        r"(?![^.!?]{0,80}\b(?:l?epil\w*|l?cire|piercing|tatou\w*|dents?|vaccin|piqure|prise de sang|accouch"
        r"\w*|meches?"
        r"|sourcils|ampoules?|echarde|pansement|chien|chat|tondre|ongles?))",
        r"(?:je )?(?:ne )?(?:verrai|verrais|passerai|passerais) (?:pas|plus|jamais|pu) "
        r"(?:demain|le lever du soleil|noel|lannee prochaine|mon anniversaire|le printemps|la nuit|le week e"
        r"nd)",
        r"vivement que je (?:meure|creve|parte|disparaisse)",
        r"(?:je prends|jprends|javale|je gobe|je prendrai|javalerai|je vais (?:tout )?prendre|jvais prendre)"
        r" (?:\w+ )?"
        r"(?:tous les|toutes les|toute la|tout le) (?:\w+ )?(?:" + _PILLS + r"|boite|plaquette|flacon|tube|stock)"
        r"(?! (?:du (?:matin|soir|midi)|prescrits?|comme (?:prevu|dhab|dhabitude)|avec|au (?:petit dejeuner|"
        r"repas)"
        r"|a (?:heure|lheure)|pour (?:la|le|ma|mon)))", r"plutot (?:mourir|crever|etre morte?)(?! que)",
        r"(?:envie|besoin|decidee?|temps|lheure|moment|hate|tentee?|essaye|essaie|essayer|pense|pensais|deci"
        r"sion) den "
        r"finir(?! avec (?!(?:la vie|tout|ma vie|moi|cette vie|le monde|tout ca)))",
        r"(?:veux|voudrais|aimerais|jveux|prie pour|espere) que (?:tout|ca|la douleur|cette douleur|la souff"
        r"rance) "
        r"(?:sarrete|se termine|finisse|cesse) (?:pour de bon|pour toujours|definitivement|a jamais"
        r"|une fois pour toutes)",
        r"(?:je )?(?:souhaite|voudrais|aimerais|veux|prefererais) (?:ma|la) mort",
        r"(?:je )?(?:souhaite|voudrais|aimerais|veux|prefererais) que (?:la mort|dieu) (?:me prenne|vienne)",
        r"(?:prete?|pret) a mourir",
        r"(?:faut que|il faut que|temps que|veux que|voudrais que|avant que|jusqua ce que) (?:je |j)?(?:en f"
        r"inisse"
        r"|me tue|me suicide|meure|creve|disparaisse|parte pour de bon|me foute en l ?air|me jette " + _DOWN + r")",
        r"(?:je |j)?(?:en finis|en finirai|en finirais|men irai pour de bon)(?! avec (?!(?:la vie|tout|ma vi"
        r"e|moi"
        r"|cette vie|le monde|tout ca)))",
        r"(?:veut|voulait|voudrait|veulent|voulaient|pense a|pensait a|parle de|parlait de|menace de"
        r"|menacait de|envie de|a essaye de|a tente de|essaie de|essaye de) (?:\w+ )?(?:mourir(?! de)|se (?:"
        r"tuer"
        r"|suicider|pendre|flinguer|foutre en l ?air|jeter " + _DOWN + r"|noyer|tirer une balle|ouvrir les veines"
        r"|couper les veines|laisser mourir|supprimer|enlever la vie|oter la vie)|en finir(?! avec (?!(?:la "
        r"vie|tout"
        r"|sa vie)))|mettre fin a (?:ses|leurs) jours)", r"(?:je )?(?:vais|veux"
        r"|voudrais) (?:en )?finir (?:avec )?(?:ma vie|mes jours)",
    ],
    indirect=[
        r"(?:je serais|jserais|serais|je serai|je me sentirais|ma place est|ma place serait) (?:bien |tellem"
        r"ent |vraiment )?(?:mieux )?(?:au cimetiere|sous terre|six pieds sous terre|dans (?:la|ma|une) tomb"
        r"e|au ciel|la haut|avec (?:lui|elle|eux) la haut|aupres de (?:lui|elle|eux|mon \w+|ma \w+)|a cote d"
        r"e (?:lui|elle|eux|mon \w+|ma \w+|d\w+))",
        r"(?:je ne|je|jne) (?:sers|servirai) (?:plus |pu )(?:a rien|a personne|a rien a personne)",
        r"(?<!\bce que )(?<!\bquand )(?<!\bce quon )(?:jai|ai|g) (?:bien |largement |assez |suffisamment |tr"
        r"op )?(?:assez |suffisamment |trop )?vecu(?! (?:en|a|au|aux|dans|pendant|cela|ca|la bas|de|des|du|u"
        r"ne?|avec|chez|ici|sans|ce|cette|cet|les|mes|tout|beaucoup|\d+|deux|trois|quatre|cinq|dix)\b)",
        r"(?:jai|ai) fait mon temps", r"(?:jai|ai) eu (?:ma|une longue|une bonne) vie(?! (?:de|a|en|pour))",
        r"(?:j?aimerais|voudrais|veux|jveux|souhaite|prete?|pret) (?:a )?partir (?:le |la |les )?rejoindre"
        r"(?! (?:a |au |en |chez |demain|ce |cet |cette |dans |pour |apres |la bas))",
        r"(?:pret|prete|hate|envie|tarde|attends|temps|lheure) (?:de |a |que je |quon )?(?:partir |aller )?"
        r"(?:le |la "
        r"|les )?rejoin\w*"
        r"(?! (?:a |au |en |chez |demain|ce |cet |cette |dans |pour |apres |lundi|mardi|mercredi|jeudi|vendr"
        r"edi"
        r"|samedi|dimanche|bientot a|la semaine))",
        r"rejoin\w* (?:mon|ma|mes) (?:\w+ )?(?:mari|femme|epoux|epouse|fils|fille|mere|pere|maman|papa|homme"
        r"|enfants?"
        r"|parents|soeur|frere|compagnon|compagne) (?:la haut|au ciel|au paradis|de lautre cote|dans lau dela"
        r"|pour toujours|enfin)",
        r"(?:rejoin|retrouv|rev|reunir)\w* (?:\w+ ){0,3}(?:la haut|au ciel|au paradis|de lautre cote|dans la"
        r"u dela)",
        r"(?:mon|ma) (?:defunte?|feue?|regrettee?|pauvre|cher|chere|cheri|cherie) (?:\w+ ){0,2}(?:mattend|ma"
        r"ppelle)",
        r"(?:le (?:bon )?dieu|dieu|le seigneur|le ciel|la mort|jesus|la sainte vierge)(?: \w+){0,2} (?:peut|"
        r"pourrait"
        r"|devrait|doit|va|viendra|peux) (?:\w+ )?(?:me prendre|me rappeler|venir me (?:chercher|prendre)|me"
        r" venir"
        r"|me faire signe)",
        r"(?:que|si) (?:le (?:bon )?dieu|dieu|le seigneur|la mort) (?:me )?(?:prenne|rappelle|vienne|venait|"
        r"prenait"
        r"|rappelait)", r"(?:le (?:bon )?dieu|dieu|le seigneur|la mort) ma oubliee?",
        r"(?:plus|pas) (?:un fardeau|une charge|un poids|un boulet) (?:\w+ ){0,3}(?:bien |tres |encore )?lon"
        r"gtemps",
        r"(?:veux|voudrais|vais) (?:plus|pas) (?:etre|rester) (?:un fardeau|une charge|un poids|un boulet)"
        r"(?! (?:\w+ ){0,3}(?:financier|financiere|au travail|au boulot|pour lequipe))",
        r"n?(?:embeter|deranger|gener|peser sur|encombrer|embarrasser|embeterai|derangerai|generai|ennuierai"
        r"|peserai sur|encombrerai) (?:plus )?(?:personne|qui que ce soit) (?:\w+ )?longtemps",
        r"(?:a quoi bon|pourquoi) (?:continuer|vivre|me reveiller|me lever(?: le matin)?|rester en vie|me ba"
        r"ttre"
        r"|continuer a vivre)",
        r"(?:ca|cela) (?:ne )?me (?:derangerait|generait|ferait) (?:pas|rien) (?:de )?(?:mourir|partir|ne pa"
        r"s me "
        r"reveiller|ne plus me reveiller|y passer|crever)",
        r"(?:je me fiche|je men fiche|je men fous|jmen fous|peu importe|ca mest egal|jmen fiche) (?:de|si je"
        r") "
        r"(?:mourir|meurs|crever|creve|ne me reveille pas|y passer|y reste)",
        r"si je (?:meurs|mourais|crevais|creve|ne me reveille pas|ne me reveillais pas|y passe|y passais)(?:"
        r" \w+){0,4}"
        r",? (?:tant mieux|tant pis|ce serait (?:pas plus mal|un soulagement|mieux|bien|une delivrance)|pers"
        r"onne ne"
        r"|ce nest pas grave|pas grave|ca mest egal|tant mieux)",
        r"(?:pas|plus) voir (?:un autre|encore un|le prochain|un nouvel|un nouveau|lannee|la fin de) (?:hive"
        r"r|noel"
        r"|printemps|ete|anniversaire|an|annee|lannee)",
        r"(?:fatiguee?|lasse?|epuisee?|tannee?|ecoeuree?|usee?) (?:de|d) (?:vivre|la vie|exister|me reveiller"
        r"|me lever le matin|etre en vie|cette vie|ma vie)",
        r"(?:marre|ras le bol|raslebol|assez|plein le dos|plein mon casque|soupe) (?:de|d) (?:la vie|vivre|e"
        r"xister"
        r"|etre en vie|cette vie|ma vie)",
        r"(?:je ne peux|je peux|jpeux|peux|je ne vais pas pouvoir|je vais pas pouvoir|narrive|jarrive|arrive"
        r") (?:plus"
        r"|pas|pu) (?:continuer|tenir|avancer|vivre)(?! (?:a |au |comme ca au|de travailler|ici|la\b|dans|av"
        r"ec|chez))",
        r"personne ne (?:me )?(?:regretterait|remarquerait|manquerait|verrait la difference|pleurerait|saper"
        r"cevrait"
        r"|se rendrait compte)", r"je (?:ne )?manquerai(?:s)? a personne",
        r"(?:repos|sommeil|paix) eternel(?:le)?", r"(?:enfin )?en paix pour toujours", r"(?:reposer|dormir) en paix",
        r"(?:jaimerais|je voudrais|jaurais aime|jaurais prefere|jaurais voulu|si seulement je) (?:ne )?(?:ja"
        r"mais|pas)"
        r" (?:etre nee?|avoir existe|etre venue? au monde|netais pas nee?)",
        r"(?:jattends|attendre|attends) (?:la mort|la fin|que la mort|que dieu|de mourir|de partir|mon heure"
        r"|que ca se termine)", r"mon heure (?:est venue|approche|arrive|est arrivee)",
        r"(?:je vais|jvais|je veux|envie de|peur de|je risque de|je sens que je vais|jai peur de) faire (?:u"
        r"ne|des) "
        r"(?:grosses? )?(?:betises?|conneries?)(?! (?:au|a la|en|avec|dans|au travail))",
        r"(?:partir|men aller) pour (?:de bon|toujours)(?! (?:a|au|en|chez|loin|vivre|travailler|a letranger"
        r"|de chez))",
        r"la vie ne vaut (?:pas|plus) (?:la peine|le coup)(?: detre vecue)?", r"(?:disparaitre|partir) sans laisser "
        r"de trace", r"(?:jaimerais|je voudrais|veux|envie de) (?:juste )?(?:dormir|fermer les yeux) (?:et ne plus"
        r"|sans plus) (?:jamais )?(?:me reveiller|les rouvrir)",
    ],
    # Means, each in the words that name it as a means: "sous le train", not the train one takes to work.
    method=[
        r"(?:trains?|tgv|fret|intercites|rer|ter|convoi) (?:\w+ ){0,4}(?:qui ne sarrete pas|ne sarrete pas|s"
        r"ans "
        r"sarreter|sans arret|passe sans sarreter|ne marque pas larret)",
        r"cordes?(?! (?:a linge|a sauter|de (?:guitare|violon|piano|rappel|tennis)|vocales|raide))",
        r"noeud coulant", r"(?:ceinture|echarpe|foulard|cable|rallonge|drap) (?:autour|au tour) (?:de"
        r"|du) (?:mon )?cou",
        r"(?:la |une )?(?:poutre|poutres|crochet du plafond|mezzanine|rampe descalier)", r"pendre", r"pendaison",
        r"(?<!\ble )(?<!\bau )pendue?", r"armes? (?:a feu|de service|de chasse|dordonnance|militaire)",
        r"(?:une|mon|son|ton|sa) arme", r"larme (?:de (?:mon|ma|son|sa)|a feu|de service|de chasse|chargee|du \w+)",
        r"une balle", r"un coup de (?:fusil|feu)", r"la cervelle", r"le caisson", r"defenestrer", r"empoisonner",
        r"asphyxier", r"immoler", r"(?:dans|contre) un (?:mur|arbre|platane|pilier|camion)", r"fusils?",
        r"fusil de chasse", r"(?:le|un|mon|son|ton) gun", r"fusil dassaut", r"carabines?", r"pistolets?",
        r"revolvers?", r"flingues?", r"calibre", r"couteaux?", r"lames?(?: de rasoir)?", r"rasoirs?", r"cutter",
        r"scalpel", r"veines", r"ponts?(?! (?:de lascension|de mai|du bateau|du navire"
        r"|levis))(?<!\bfaire le pont)(?<!\bfait le pont)(?<!\bfais le pont)"
        r"(?<!\bfont le pont)(?<!\bfaisons le pont)",
        r"viaduc", r"falaises?", r"(?:du|sur le|en haut du|depuis le) toit", r"du balcon", r"(?:par|de) la fenetre",
        r"(?:du|depuis le) \w+ etage", r"dernier etage", r"(?:du haut|du toit|en haut) de (?:l|mon |cet )?immeuble",
        r"dans le vide", r"(?:sous|devant) (?:un|le|les) (?:trains?|metro|rer|tgv|tram|camion|bus|autobus|roues)",
        r"(?:le|un) train (?:passe|arrive|qui passe|qui arrive)", r"rails", r"voie ferree",
        r"(?:traverser|marcher sur|au milieu de) lautoroute", r"noyade", r"noyer",
        r"dans (?:la|le) (?:seine|riviere|fleuve|canal|loire|rhone|garonne|lac|mer|saint laurent|meuse)",
        r"(?:gaz|pot) dechappement", r"tuyau (?:\w+ )?(?:sur|dans|au) (?:le )?(?:pot|echappement)",
        r"moteur (?:qui tourne|allume|en marche)", r"monoxyde(?: de carbone)?", r"charbon(?: de bois)?", r"brasero",
        r"barbecue (?:\w+ )?(?:dans|allume)", r"sac plastique (?:sur|autour de) (?:la|ma) tete", r"helium",
        r"(?:une |l)?overdose", r"surdose", r"(?:eau de )?javel", r"antigel", r"desherbant", r"pesticides?",
        r"mort aux rats", r"mort-aux-rats", r"poison",
    ],
    # "J'en ai pris une trentaine", "je les ai toutes avalées": what was swallowed goes without saying.
    # One's treatment taken twice: "pris deux fois mon traitement", "pris ma dose trois fois".
    pills=[
           # "J'en suis à 15": the tablets counted while they are swallowed.
           r"(?:(?<=\bjen suis a )|(?<=\bjen suis deja a )|(?<=\brendue a )|(?<=\brendu a ))(?:[1-9]\d?|\d{3"
           r"})\b",
        _PILLS, r"l?(?:armoire|boite|trousse|placard) (?:a|de) pharmacie", r"(?<=\bdans la )pharmacie",
           r"(?<=\bfois )(?:mon|ma|mes|son|sa|ses) (?:traitement|doses?)",
           r"(?:(?<=\bpris )|(?<=\bavale ))(?:mon|ma|mes|son|sa|ses) (?:traitement|doses?)(?= (?:\w+ ){0,3}"
           r"(?:deux|2"
           r"|trois|3) fois\b)", r"(?:(?<=\bjen ai pris )|(?<=\bjen ai avale )|(?<=\bjen ai gobe )"
           r"|(?<=\bj en ai pris )"
    r"|(?<=\bg en ai pris ))"
           r"(?:une (?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|poignee)|(?:["
           r"1-9]\d"
           r"|\d{3})|plein|beaucoup trop)", r"(?<=\bles ai )(?:toutes|tous)(?= (?:avalee?s|gobee?s)\b)"],
    poison=[r"(?:eau de )?javel", r"[dl]?antigel", r"[dl]?desherbants?", r"[dl]?pesticides?", r"mort aux rats",
            r"mort-aux-rats",
            r"raticide", r"poisons?", r"paraquat", r"glyphosate", r"roundup", r"[dl]?engrais", r"lave ?glace",
            r"destop", r"deboucheur", r"white spirit", r"[dl]?ammoniaque", r"[dl]?acide (?:chlorhydrique|sulfurique)",
            r"soude caustique", r"produits? (?:menagers?|ww|toxiques?|de nettoyage|chimiques?)", r"[dl]?insecticides?",
            r"cyanure", r"[dl]?arsenic", r"methanol", r"alcool a bruler", r"liquide de refroidissement"],
    lethal_means=[
        r"(?:vide|pille|rafle|pris|ramasse|recupere|vole|embarque|prends|vider|piller)e?s? (?:toute |tout )?"
        r"(?:la |l|sa |ma |leur |notre )?(?:armoire a |trousse a |boite a )?pharmacie",
        r"(?:je |j)?(?:mets|met|mettais|garde|gardais|accumule|accumulais|stocke|stockais|planque|planquais|economise|amasse) (?:de cote |en reserve |en douce )?(?:\w+ ){0,2}" + _P + r"(?= (?:\w+ ){0,3}(?:depuis|de cote|en reserve|sous|dans (?:une|un|mon|ma)|au cas|pour (?:le jour|plus tard|quand)))",
        # Weighted to sink: "j'ai des cailloux plein les poches", "les poches remplies de pierres" (not a child's
        # collection of pebbles from the beach).
        r"(?:jai|g|je me suis|avec|jai mis|jai rempli|mis|rempli|charge)e?s? (?:\w+ ){0,2}(?:des |mes |plein"
        r" de "
        r")?(?:pierres|cailloux|galets|briques|parpaings|poids|plombs|halteres) (?:\w+ ){0,2}(?:dans|plein) "
        r"(?:les|mes"
        r"|ma) (?:poches|poche|sac a dos|manteau|veste)(?![^.!?\n]{0,60}\b(?:collection|ricochets?|souvenirs?"
        r"|jardin|aquarium|bricolage|enfants?|fils|fille)\b)",
        r"(?:mes )?poches (?:sont )?(?:pleines|remplies|bourrees|lestees) (?:de|avec des) (?:pierres|caillou"
        r"x|galets"
        r"|briques|poids|plombs)(?![^.!?\n]{0,60}\b(?:collection|ricochets?|souvenirs?|enfants?|fils|fille)"
        r"\b)",
        # A rope bought or kept "just in case": "j'ai acheté une corde au cas où, elle est dans le coffre".
        r"(?:achete|garde|pris|trouve|planque|cache|range|commande|recupere)e? (?:une|la|de la|ma) (?:\w+ )?"
        r"corde"
        r"(?:,? \w+){0,4}?,? (?:au cas ou|on sait jamais|on ne sait jamais|pour plus tard|pour le jour ou|si"
        r" jamais|pour "
        r"quand)(?![^.!?\n]{0,80}\b(?:l?escalade|grimpe|randonnee|bateau|voilier|camping|tente|remorqu\w*|de"
        r"menage\w*"
        r"|jardin|chantier|linge|l?hamac|balancoire|bache|kayak|velo|voiture en panne)\b)",
        # Pills gathered from several pharmacies: "dans une deuxième pharmacie reprendre deux boîtes de doliprane".
        r"(?:deuxieme|troisieme|quatrieme|autre|seconde|nouvelle) pharmacie (?:\w+ ){0,4}(?:reprendre|rachet"
        r"er|acheter"
        r"|repris|rachete|achete|pris|prendre|encore|de nouveau) (?:\w+ ){0,3}(?:boites?|plaquettes?|" + _PILLS + r")"
        r"(?![^.!?\n]{0,80}\b(?:ordonnance|rupture|pas en stock|plus en stock|pour (?:maman|papa|mamie|papi|"
        r"les enfants"
        r"|ma mere|mon pere)|mal (?:de|aux) (?:tete|dents|dos)|fievre|grippe|rhume|migraine)\b)",
        r"(?:boites?|plaquettes?|pharmacie|" + _PILLS + r")(?:\W+\w+){0,14}?\W+(?:avec (?:celles|ceux|les miennes|les"
        r" siennes)|en tout|au total|ensemble) (?:\w+ ){0,3}(?:ca suffit|ca devrait suffire|ca suffira|jen a"
        r"i assez"
        r"|ca fait assez|il y en a assez|cest assez)(?: maintenant| cette fois| largement)?(?= *(?:[.!?,;:]|"
        r"$))",
        # A gun taken out and loaded (Quebec hunting guns: "la 12", "la 22"): "j'ai sorti la 12 de mon père du
        # sous-sol pis j'l'ai chargée".
        r"(?:la|ma|une|sa|le|son|mon) (?:12|22|calibre \d+|carabine|fusil|gun|flingue|pistolet|revolver|arme)"
        r"(?![^.!?\n]{0,60}\b(?:chasse|stand|club|tir sportif|permis|ball trap|gibier|chevreuil|orignal|cana"
        r"rd)\b)"
        r"(?:\W+\w+){0,12}?\W+(?:je |j)?l ?ai (?:deja |bien )?chargee?",
        r"(?:mis|mettre|rempli|remplir|charge|charger)e?s? (?:\w+ )?(?:mes|les|ses) poches (?:de|avec des) "
        r"(?:\w+ )?"
        r"(?:pierres|poids|briques|parpaings|plombs)", r"(?:me|se|je me suis|sest) (?:lester|lestee?)",
        # Asking how high a fall, or how many tablets, is sure to kill: "à partir de quel étage on est sûr de pas
        # survivre à une chute ?"
        r"(?:a partir de |de )?(?:quel|quelle|combien d|combien de) (?:\w+ )?(?:etages?|hauteur|metres|" + _PILLS
        + r"|grammes|doses?) (?:\w+ ){0,6}?(?:(?:on|je|tu|lon|une personne|quelquun) (?:est|suis|es|serait|serais)"
        r" (?:sure? |certaine? )?de (?:ne )?(?:pas|plus) (?:survivre|sen sortir|se reveiller)|(?:on|je|tu|lon"
        r"|quelquun|une personne) (?:meurt|meurs|mourrait|se tue|ne survit pas|survit pas)"
        r"|pour (?:ne (?:pas|plus) (?:se|me) reveiller|mourir|etre sure? de mourir|ne pas survivre|se tuer|m"
        r"e tuer"
        r"|y rester|que ce soit mortel)|(?:une )?chute (?:est |serait )?(?:mortelle|fatale)|cest (?:mortel|f"
        r"atal))"
        r"(?![^.!?]{0,40}\b(?:chat|chien|animal|oiseau|hamster|lapin))",
        r"noeud coulant", r"(?:attache|accroche|fixe|noue|installe|suspendu|passe|pendu)e? (?:\w+ )?(?:la|une|ma"
        r"|le|un) (?:corde|ceinture|cable|rallonge|drap|noeud) (?:a|au|sur|autour de|dans|de) (?:la |le |une"
        r" |un "
        r"|l)?(?:poutre|crochet|rambarde|arbre|branche|porte|tuyau|escalier|mezzanine|plafond|lustre|radiate"
        r"ur|barre"
        r"|garage|grange|grenier)(?![^.!?]{0,80}\b(?:velos?|vtt|hamacs?|balancoires?|linge|bateaux?|kayaks?"
        r"|sac de frappe|plantes?|outils"
        r"|tentes?|escalade|baches?|remorques?|planches?|skis?|jambons?|saucissons?|decorations?|guirlandes?"
        r"))",
        r"(?:la |une |ma )?corde (?:est |deja )?(?:prete|attachee|accrochee|installee|nouee|en place|fixee)"
        r"(?![^.!?]{0,80}\b(?:velos?|vtt|hamacs?|balancoires?|linge|bateaux?|kayaks?|sac de frappe|plantes?|"
        r"outils"
        r"|tentes?|escalade|baches?|remorques?|planches?|skis?|jambons?|saucissons?|decorations?|guirlandes?"
        r"))",
        r"(?:cachets|medicaments|comprimes|pilules|medocs|boites|gelules|somniferes) (?:sont |tout |deja |bi"
        r"en )?"
        r"(?:alignee?s|prete?s|comptee?s|etalee?s|en tas|en pile)(?! (?:\w+ ){0,2}(?:pharmacie|pharmacien|pi"
        r"lulier"
        r"|semainier|a (?:recuperer|retirer|aller chercher)|comptoir|de la semaine))",
        r"(?:jai|g|je les ai) (?:\w+ )?(?:aligne|compte|etale)e?s? (?:tous |toutes )?(?:mes|les) (?:\w+ )?(?"
        r":cachets"
        r"|medicaments|comprimes|pilules|medocs|gelules|somniferes)(?! (?:\w+ ){0,3}(?:pilulier|semainier|de"
        r" la "
        r"semaine|pour la semaine|du mois|pour le mois|pour linfirmiere|pour le medecin|pour la pharmacie))",
        r"(?:assez|suffisamment|de quoi) (?:de (?:\w+ )?)?(?:" + _PILLS + r")? ?pour (?:mourir|me tuer|en finir"
        r"|ne (?:pas|plus) me reveiller|y rester|y passer|tuer un cheval|crever|mendormir pour toujours)",
        r"dose (?:mortelle|letale|fatale)" + _NOT_FOR_A_PET,
        r"(?:mortelle|letale|fatale) dose" + _NOT_FOR_A_PET,
        r"(?:accumule|stocke|planque|mis de cote|economise|fait des reserves de|collectionne|garde de cote|a"
        r"masse)e?s?"
        r" (?:\w+ ){0,3}(?:" + _PILLS + r")",
        r"(?:" + _PILLS + r") (?:\w+ ){0,2}(?:de cote|en reserve|que jaccumule|que je stocke|que je garde depuis)",
        # Tablets hidden away (also said of someone else): "elle a des cachets cachés", "j'ai des médocs planqués".
        r"(?:a|ai|avait|avais|garde|gardait) (?:des|ses|mes|plein de|une boite de) (?:" + _PILLS + r") (?:\w+ )?"
        r"(?:cachee?s|planquee?s|stockee?s|mise?s de cote|en reserve|sous (?:son|mon) (?:lit|matelas|oreille"
        r"r))"
        r"(?![^.!?]{0,60}\b(?:enfants|petits|hors de portee|chien|chat)\b)",
        # Pretending to take one's treatment and keeping the tablets: "j'arrête mon traitement, enfin je fais semblant
        # de le prendre devant ma mère ... je les garde dans une boîte, j'en ai une cinquantaine".
        r"(?:semblant de (?:le|la|les) (?:prendre|avaler)|(?:ne )?(?:les|le) (?:prends|prend|avale) (?:plus|"
        r"pas)"
        r"|(?:les|le) recrache)(?:\W+\w+){0,16}?\W+(?:je les|jles) (?:garde|gardais|cache|cachais"
        r"|planque|planquais|stocke|stockais|mets de cote|accumule|conserve|collectionne|range|ramasse|recup"
        r"ere)"
        r"(?! (?:\w+ )?(?:pour (?:la pharmacie|les rapporter|les rendre|le medecin|mon medecin)|a la pharmac"
        r"ie))",
        r"(?:semblant de (?:le|la|les) (?:prendre|avaler))(?:\W+\w+){0,8}?\W+(?:je les|jles) (?:recrache|cra"
        r"che"
        r"|cache|planque|garde)",
        r"tuyau (?:\w+ )?(?:sur|au|a|dans) (?:le )?(?:pot dechappement|echappement)",
        r"calfeutre\w* (?:le garage|la voiture|la salle de bain|la chambre|les portes|les fenetres|la porte)",
        r"(?:charbon|barbecue|brasero)(?: de bois)? (?:\w+ ){0,4}(?:dans|pour) (?:la|ma) (?:chambre|salle de"
        r" bain"
        r"|voiture"
        r"|tente)", r"(?:charge|chargee) (?:le|mon|la|un|une|son) (?:fusil|pistolet|flingue|arme|revolver|carabine)"
        r"(?! (?:pour|avant) (?:la|aller a la) chasse)",
        r"(?:fusil|pistolet|flingue|arme|revolver|carabine) (?:est |deja )?chargee?(?! pour la chasse)",
        r"(?:jai|g) (?:achete|trouve|commande|recupere) (?:une|la|de la) corde (?:assez (?:solide|longue) po"
        r"ur|pour "
        r"(?:me pendre|la poutre|en finir|le faire))",
    ],
    # An ingestion told as done. The verb and its subject only: the quantity and the medicine that follow are parts
    # of their own ("j'ai pris | 30 | comprimés"), so that the same words are never two parts.
    taken=[
        # Swallowing them one by one: "je les avale une par une", "j'les gobe un après l'autre".
        r"(?:je les|jles|j les|je me les|jme les) (?:avale|gobe|prends|enfile|envoie)(?= (?:\w+ )?(?:une|un)"
        r" (?:par"
        r"|apres) (?:une|un|lautre)|[^.!?\n]{0,40}\b(?:jen suis|je suis rendue?|chu rendue?) a\b)",
        _JAI + r" (?:(?:deja|encore|juste|finalement|enfin|bien|vraiment) )?(?:avalee?s?|gobee?s?|ingeree?s?"
        r"|englouti\w*|injectee?s?)" + _ONE,
        _JAI + r" (?:(?:deja|encore|juste|finalement|enfin) )?pris" + _ONE + r"(?= (?:\w+ ){0,3}(?:" + _PILLS
        + r"|boites?|plaquettes?|tubes?|flacons?|traitement|doses?|toute?s?|tous|tout|tt|ts|trop|beaucoup|plein"
        r"|une (?:dizaine|douzaine"
        r"|vingtaine|trentaine|quarantaine|cinquantaine|centaine|poignee|overdose|surdose|dose)|\d+|de quoi)"
        r"\b)",
        _JAI + r"(?= (?:tout|toute|tt|toutes|tous|ts) " + _ING + r"\b)",
        r"(?:je les|jles|j les|jen|j en|g en|g les) ai(?= (?:\w+ )?" + _ING + r"\b)",
        r"(?:je lai|jlai|j lai)(?= (?:\w+ )?(?:prise?|avalee?|gobee?|bue?|descendue?|engloutie?|videe?)\b)",
        r"(?:je me suis|jme suis|je me les suis|jme les suis|je me la suis|je men suis|jmen suis)(?= (?:\w+ "
        r")?"
        r"(?:enfilee?s?|envoyee?s?|tapee?s?|avalee?s?|gobee?s?|injectee?s?|shootee?)\b)",
        r"(?:je viens|jviens) (?:juste )?(?:de |d)(?:avaler|gober|ingerer|menfiler|menvoyer|me taper|men enf"
        r"iler"
        r"|men envoyer|men taper|me les enfiler|me les envoyer)",
        r"(?:je viens|jviens) (?:juste )?de les (?:prendre|avaler|gober)",
        r"(?:je viens|jviens) (?:juste )?de(?= tout (?:avaler|prendre|gober)\b)",
        r"(?:je viens|jviens) (?:juste )?de prendre(?= (?:\w+ ){0,3}(?:" + _PILLS + r"|toute?s?|tous|tt|\d+|trop)\b)",
        r"(?:je suis|jsuis|chuis) en train (?:de prendre|davaler|de gober|de les avaler|de les prendre)(?= "
        r"(?:\w+ )"
        r"{0,3}(?:" + _PILLS + r"|toute?s?|tous|tt|\d+|trop)\b)", r"(?:je suis|jsuis|chuis) en train de(?= tout "
        r"(?:avaler|prendre|gober)\b)",
        r"(?:jai|g|j ai) fait une (?:overdose|surdose|intoxication (?:volontaire|medicamenteuse))",
        r"(?:jai|g) overdose",
        r"(?:pris|avalee?s?|gobee?s?|ingeree?s?|englouti\w*)(?= (?:toute? (?:la|sa|ma|une|leur)(?! (?:journe"
        r"e|semaine"
        r"|nuit|matinee|soiree|annee))|tout le|tous (?:les|mes|ses)|toutes (?:les|mes|ses)|une boite|plusieu"
        r"rs"
        r"|\d{2,3}|une (?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|poignee)|tout ce)\b)",
        _JAI + r" (?:\w+ )?bu(?= (?:\w+ ){0,3}[dl]?(?:javel|antigel|desherbant|pesticide|mort aux rats|poison|produit"
        r"|destop|white spirit|acide|ammoniaque|lave glace|engrais|roundup|glyphosate|raticide|methanol"
        r"|alcool a bruler|liquide)\b)",
        r"(?:javale|je prends|jprends|javalerai)(?= (?:tout|toute la boite|tous mes|toutes mes|tt)\b)",
        r"(?:a|ont|avait|avaient) (?:\w+ )?(?:avalee?s?|gobee?s?|ingeree?s?|englouti\w*)" + _ONE,
        r"(?:jai|g) (?:\w+ )?(?:mange|ingere|bu)(?= (?:\w+ ){0,2}[dl]?(?:mort aux rats|raticide|poison|deshe"
        r"rbant)\b)",
    ],
    amount=[
        # A count reached while swallowing: "j'en suis à 20", "un par un", "je sais pas combien".
        r"(?:jen suis|jsuis|jen ai|jen suis deja|jen ai deja pris|rendue? a|je suis rendue?) (?:a |au )?(?:"
        r"\d{1,3}"
        r"|dix|quinze|vingt|trente|quarante|cinquante)(?! ?(?:ans|h\b|heures|euros|kilos|kg|km|jours|mois|se"
        r"maines|%|ans))",
        r"(?:un|une) (?:par|apres) (?:un|une|lautre)", r"les (?:uns|unes) apres les autres",
        r"(?:je )?(?:sais|sait|savons|jsais) (?:pas|plus|meme pas) combien",
        r"tout ce (?:quil y avait|quil y a|qui (?:etait|restait|trainait))(?= (?:\w+ )?dans)(?![^.!?]{0,80}"
        r"\b(?:ranger"
        r"|range|nettoyer|nettoye|trier|trie|jete|jeter|rapporter|perimes?|perimee?s?|vider|vide)\b)",
        # Drink by the bottle: "une bouteille de whisky", "deux litres de bière".
        r"(?:une|un|deux|trois|quatre|\d+) (?:bouteilles?|litres?|cubis?|packs?|magnums?|flasques?)"
        r"(?= (?:entiere?s? )?(?:de |d))",
        r"(?:deux|trois|quatre|2|3|4) fois (?:mon|ma|mes|son|sa|ses|le|la|les|la meme) (?:\w+ )?(?:traitemen"
        r"t|doses?"
        r"|comprimes?|cachets?|medicaments?|pilules?|medocs?|gelules?)",
        r"(?:traitement|dose|comprime|cachet)s? (?:\w+ ){0,3}(?:deux|2|trois|3) fois(?! par (?:jour|semaine)"
        r")",
        r"toute? (?:la|ma|une|sa) (?:\w+ )?(?:boite|plaquette|reserve|provision|bouteille|flacon|stock|armoi"
        r"re"
        r"|pharmacie|ordonnance)", r"tout (?:le|mon|un|son) (?:\w+ )?(?:tube|flacon|stock|traitement|pot|blister"
        r"|sachet|paquet|contenu)",
        r"(?:la|une|ma) (?:boite|plaquette|bouteille|reserve) (?:entiere|complete|pleine)",
        r"(?:un|le|mon) (?:tube|flacon|blister|pot|sachet|stock) (?:entier|complet|plein)",
        r"(?:tou(?:te)?s|tout) (?:mes|les|ses|ceux|celles)(?! (?:\d+|deux|trois|quatre|cinq|six|huit|douze|j"
        r"ours|soirs"
        r"|matins"
        r"|midis|semaines|heures|nuits|mois|ans))(?! (?:\w+ ){0,2}(?:du (?:matin|soir|midi|jour)|ce matin|co"
        r"mme "
        r"(?:dhab|dhabitude|prevu|prescrit|il faut|dit)|quotidiens?|habituels?|de la journee|daujourdhui|a l"
        r"heure"
        r"|prescrits?))",
        r"(?:tt|ts|tts|tte|ttes) (?:la|les|mes|ma|le)", r"(?:deux|trois|quatre|cinq|plusieurs|2|3|4|5) (?:boites"
        r"|plaquettes|tubes|flacons|blisters)", r"une (?:boite|plaquette) (?:entiere |complete )?(?=de |d)",
        r"une (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine"
        r"|poignee|bonne poignee|tonne|tripotee|floppee)",
        r"(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|deux cents?|qui"
        r"nze"
        r"|douze|dix|onze|treize|quatorze|seize|dix sept|dix huit|dix neuf)(?! (?:ans|heures|minutes|euros|k"
        r"ilos|km"
        r"|mg|ml|fois|jours|ans|h\b))",
        r"(?<!\ba )(?<!\bvers )\d{2,3}(?! ?(?:h\b|heures?|min|minutes?|ans|kg|kilos?|km|euros?|e\b|%|mg|ml|g"
        r"\b|fois"
        r"|jours?|mois|semaines?))", r"(?:[4-9]|\d{2,3}) (?:\w+ )?(?:" + _PILLS + r"|boites|doses)",
        r"trop (?:de|d)", r"beaucoup trop", r"bien trop", r"largement trop", r"(?<=\bpris )trop", r"(?<=\bavale )trop",
        r"plein de", r"beaucoup de", r"un tas de", r"des tonnes de", r"(?:double|triple) dose",
        r"le (?:double|triple)", r"dose (?:massive|enorme|mortelle|letale|de cheval)",
        r"tout ce (?:que (?:jai trouve|jai|javais|il y avait|yavait|jai pu|je pouvais)|qui (?:restait|traina"
        r"it"
        r"|etait dans))", r"tout le reste", r"dun (?:seul )?coup", r"en une (?:fois|seule fois|prise)",
        r"la totalite", r"lensemble de mes", r"(?<=\bles ai )(?:toutes?|tous)", r"(?:toutes?|tous) (?:prise?s"
        r"|avalee?s)",
        r"(?:tout|tt|toute|toutes|tous)(?= " + _ING + r"\b)",
    ],
    symptom=[
        # A child or someone after an ingestion: "il vomit et il est tout mou", "elle est toute molle".
        r"vomit", r"vomissent", r"(?:tout|toute|tres|super) (?:mou|molle|flasque)", r"(?:il|elle) est (?:mou|molle)",
        r"(?:il|elle) (?:somnole|sendort|tient plus debout|tient pas debout)",
        r"(?:la )?tete (?:qui )?tourne", r"(?:ma )?tete tourne", r"vertiges?", r"(?:envie|besoin) de vomir",
        r"(?:je )?vomis", r"vomi", r"nausee?s?", r"(?:je )?vois (?:flou|double|trouble)", r"vision (?:floue|trouble)",
        r"tout (?:est|devient) (?:flou|noir|bizarre)", r"(?:jarrive|arrive|je narrive) (?:pas|plus) a (?:garder les "
        r"yeux ouverts|respirer|rester eveillee?|tenir debout|bouger|parler|marcher)", r"somnolente?",
        r"(?:je )?(?:mendors|me sens partir|sens partir)", r"(?:je me sens|jme sens|me sens) (?:\w+ )?(?:bizarre|mal"
        r"|tres mal|pas bien"
        r"|faible|lourde?|partir|vaseuse?|dans le coltar|dans les vapes)", r"dans les vapes",
        r"(?:mon )?coeur (?:qui )?(?:bat (?:tres |trop |super |hyper )?(?:vite|fort)|semballe|sarrete|cogne)",
        r"(?:les )?oreilles (?:qui )?(?:sifflent|bourdonnent)", r"sifflements?", r"mal au (?:ventre|coeur|foie)",
        r"mal a lestomac", r"(?:je )?tremble", r"engourdie?", r"(?:je )?(?:sens|sent) plus (?:mes|ma|mon) (?:jambes"
        r"|bras|mains|pieds|corps|visage)", r"(?:jai )?du mal a respirer", r"respire (?:mal|difficilement)",
        r"tomber dans les pommes", r"(?:je vais |vais )?mevanouir", r"(?:ma )?(?:gorge|bouche|ventre) (?:me )?brule",
        r"ca brule", r"je brule de linterieur", r"transpire (?:beaucoup|enormement|a grosses gouttes)",
        r"sueurs? froides?", r"(?:ne )?(?:repond|respire|bouge|reagit) (?:plus|presque plus|pas|a peine)",
        r"respire (?:mal|bizarrement|bizarre|tres lentement|fort|bruyamment|par a coups|plus normalement)",
        r"(?:levres|ongles) (?:toutes? )?bleue?s", r"ronfle (?:bizarre|bizarrement|tres fort|fort)",
        r"(?:ne )?se reveille (?:pas|plus)", r"inconsciente?",
        r"evanouie?", r"dans le coma", r"convuls\w*", r"(?:arrive|arrivons|arrivent) pas a (?:la|le) reveiller",
        r"(?:je )?(?:vois|sens) (?:plus rien|tout tourner)", r"je suis (?:tout )?(?:dans le "
        r"brouillard|dans le coltar|ensuquee?)", r"(?:les )?yeux (?:qui se ferment|lourds)", r"confuse?",
    ],
    under_way=[
        r"(?:au bord|dans|pres|devant|sur (?:la berge|le quai|la rive|le pont))(?: \w+){1,4} avec (?:des|les"
        r"|mes|ses"
        r"|plein de) (?:\w+ )?(?:pierres|poids|briques|parpaings|plombs|halteres) dans (?:les|mes|ses|leurs)"
        r" poches"
        r"(?! (?:\w+ ){0,3}(?:ricochets?|collection|jardin|rocaille|decor))",
        # Walking into water until out of depth, now or about to: "je vais marcher dans l'eau jusqu'à ne plus avoir
        # pied", "j'avance dans la mer jusqu'à couler".
        r"(?:je vais|jvais|jva|je vas|je veux|jveux|je marche|jentre|je rentre|javance|je vais aller|je pars"
        r"|je men vais"
        r"|je commence a|je suis en train de) (?:(?:marcher|entrer|rentrer|avancer|aller|descendre|men aller"
        r") )?"
        r"(?:\w+ )?(?:dans|vers) (?:leau|la mer|le lac|locean|la riviere|le fleuve|la seine|le large|les vag"
        r"ues"
        r"|le canal|la loire|le rhone|le saint laurent|la meuse|la garonne)(?: \w+){0,4} jusqua (?:ne plus a"
        r"voir pied"
        r"|(?:ne plus |ne pas )?(?:pouvoir )?(?:revenir|remonter|respirer)|couler|me noyer|disparaitre|ce qu"
        r"e (?:je "
        r"coule|leau me recouvre|je disparaisse))",
        r"(?:je vais|jvais|je nage|je pars a la nage|je veux) (?:nager )?(?:\w+ )?(?:vers le large|au large|"
        r"loin)"
        r"(?: \w+){0,4} jusqua (?:ne plus (?:pouvoir )?revenir|couler|me noyer|disparaitre|ne plus avoir de "
        r"forces"
        r"|epuisement)",
        r"(?:assise?|assis|installee?|enfermee?|je suis|jsuis|chuis|suis) (?:assise? |assis )?dans (?:la|ma) "
        r"(?:voiture|bagnole|char|auto) (?:\w+ ){0,6}(?:moteur|garage|tuyau|gaz|pot dechappement|echappement"
        r"|fumees?)",
        r"(?:la |une |ma )?(?:corde|ceinture|noeud|cable|foulard|echarpe|drap) (?:est )?(?:deja )?(?:serree?"
        r" )?"
        r"(?:autour de|sur|serree autour de|passee? autour de) mon cou",
        r"(?:jai|g) (?:passe|mis|noue|attache|serre) (?:la|une|ma) (?:corde|ceinture|noeud) (?:autour de|a) "
        r"mon cou",
        r"(?:jai|g) (?:la|une|ma) (?:corde|ceinture|noeud coulant) (?:deja )?autour (?:du|de mon) cou",
        r"(?:allume|mis|installe)e? (?:un|le|du|mon) (?:barbecue|brasero|charbon(?: de bois)?) (?:\w+ )?dans"
        r" (?:la|ma)"
        r" (?:chambre|salle de bain|voiture|tente|garage)",
        r"(?:je suis |jsuis |chuis )?(?:debout|assise?|assis|perchee?|penchee?|accrochee?) (?:sur|au bord de"
        r"|contre"
        r"|de lautre cote de|derriere) (?:la|le|les) (?:rambarde|parapet|rebord|garde corps|garde-corps|corn"
        r"iche"
        r"|balustrade|voie|rails|bord du toit|bord du pont|bord de la falaise)",
        r"(?:jai enjambe|jenjambe|je passe|jai passe) (?:la|le) (?:rambarde|parapet|balustrade|garde corps|b"
        r"arriere"
        r"|balcon|fenetre)",
        r"(?:le|un|mon|la|une|ma) (?:couteau|lame|rasoir|cutter|flingue|pistolet|fusil|canon|arme) (?:est )?"
        r"(?:deja )?"
        r"(?:dans ma main|sur (?:mon|ma) (?:poignet|gorge|tempe|cou|veines?)|contre (?:mon|ma) (?:poignet|go"
        r"rge|tempe"
        r"|cou|coeur|ventre|front)|sous mon menton|dans ma bouche|sur ma tempe)",
        r"(?:jai|g) (?:le canon|larme|le flingue|le pistolet) (?:dans la bouche|sur la tempe|contre la tempe"
        r")",
        r"(?:ca|le sang|je) (?:saigne|coule|pisse le sang) (?:partout|beaucoup|enormement|sans arret|de part"
        r"out)",
        r"(?:sarrete|arrete) (?:pas|plus) de saigner", r"du sang (?:partout|de partout)",
        r"(?:je suis|jsuis|chuis) en train de (?:le faire|mourir|me tuer|sauter|me pendre|me vider de mon sa"
        r"ng"
        r"|me noyer)", r"je le fais (?:maintenant|la|tout de suite|en ce moment)",
        r"leau (?:mest|me monte|marrive|est) (?:jusqu|jusqua|a la|aux|au|au niveau)",
        r"(?:je suis|jsuis|chuis|je marche|jentre|je rentre) dans (?:leau|la seine|la riviere|le fleuve|la m"
        r"er|le lac"
        r"|le canal) (?:jusqu|jusqua|et|la|maintenant|de nuit)",
        r"(?:je me suis|jme suis|jai|sest|se sont) (?:ouvert|taillade|coupe|tranche)e?s? (?:les|mes) veines",
        r"(?:allongee?|couchee?|assise?|assis|debout) (?:sur|entre) (?:les rails|la voie(?: ferree)?)",
        r"(?:jai|g) (?:ouvert|allume|laisse) le gaz (?:\w+ ){0,4}(?:fenetres? fermees?|portes? fermees?|calf"
        r"eutre"
        r"|sans allumer|et je)", r"(?:charbon|barbecue|brasero) (?:est |deja )?allume dans (?:la|ma) (?:chambre"
        r"|salle de bain|voiture|tente)", r"sac (?:plastique )?sur (?:la|ma) tete",
        r"(?:jai|g) (?:allume|lance|demarre|mis) le moteur (?:\w+ ){0,4}(?:garage|tuyau|ferme)",
        # The hose on the exhaust told first, then the speaker in the car or the garage (over several lines):
        # "j'ai branché le tuyau sur le pot d'échappement ... je suis dans la voiture là".
        r"(?:branche|mis|fixe|scotche|relie|passe|colle|attache|enfonce|installe|emmanche)e? (?:le |un |mon "
        r"|ce )?"
        r"(?:gros )?tuyau (?:\w+ ){0,4}(?:pot|echappement|vitre|fenetre|habitacle)(?:\W+\w+){0,40}?\W+(?:je "
        r"suis|jsuis|chuis"
        r"|suis|je me suis|jme suis|je monte|jsuis monte|je reste|assise?|assis|installee?|enfermee?) (?:\w+"
        r" )?"
        r"(?:installee? |assise? |assis |enfermee? )?dans (?:la|ma|le|mon) (?:voiture|bagnole|caisse|auto|ch"
        r"ar"
        r"|garage)",
        # A farewell sent and no answer since: "mon frère vient de m'envoyer 'adieu' et répond plus".
        r"(?:(?:ma|m a|mont|mavait|nous a|lui a|leur a|a|ont) )?(?:m|nous)?(?:envoy|ecri|laiss|text|post|dit"
        r")\w* "
        r"(?:\w+ ){0,3}(?:adieu|au revoir pour toujours|un message dadieu"
        r"|des adieux|merci pour tout)(?:\W+\w+){0,8}?\W+(?:(?:et )?(?:il|elle|ils|elles|qui)? ?(?:ne )?(?:r"
        r"epond|"
        r"repondent|decroche|decrochent|rappelle|lit|ouvre) (?:plus|pas|toujours pas|jamais)|(?:est|sont)"
        r" injoignables?|(?:telephone|portable|tel|cell) (?:est )?(?:eteint|coupe|sur repondeur))",
        r"(?:message|texto|sms|mot|lettre|vocal|mail) dadieu(?:\W+\w+){0,8}?\W+(?:(?:et )?(?:il|elle|ils|ell"
        r"es|qui)?"
        r" ?(?:ne )?(?:repond|repondent|decroche|decrochent|rappelle) (?:plus|pas|toujours pas|jamais)|(?:es"
        r"t|sont)"
        r" injoignables?|(?:telephone|portable|tel|cell) (?:est )?(?:eteint|coupe|sur repondeur))",
    ],
    at_place=[
        # On a platform where a train goes through without stopping (France, Switzerland, Belgium): "je suis sur le
        # quai à Lausanne, le prochain train qui ne s'arrête pas passe dans 4 minutes".
        r"(?:je suis|jsuis|chuis|je me trouve|jattends|je reste|suis|je me tiens) (?:\w+ ){0,2}(?:sur le qua"
        r"i|au bord "
        r"du quai|sur le bord du quai|a la gare|au passage a niveau|en bout de quai|au bout du quai)(?=(?:"
        r"\W+\w+){0,14}?"
        r"\W+(?:trains?|tgv|fret|intercites|rer|ter|eurostar|thalys|ic|ir|convoi)(?: \w+){0,4} (?:qui ne sar"
        r"rete pas|ne "
        r"sarrete pas|sans sarreter|sans arret|passe sans|ne marque pas larret|a pleine vitesse|a toute vite"
        r"sse|a fond"
        r"|direct)|(?:\W+\w+){0,14}?\W+(?:les voies|la voie|les rails)\b)",
        # Someone told or seen (a photo, a video, a live) on a roof, a bridge or a ledge, with farewell words or a
        # threat to jump close by: "une photo de lui sur le toit du lycée avec « adieu maman »".
        r"(?:(?:" + "|".join(r"(?<=\b%s )" % w for w in ("il", "elle", "ils", "elles", "fils", "fille", "so[e]ur", "sœur",
                                                            "frere", "ami", "amie", "pote", "copain", "copine", "mari",
                                                            "femme", "pere", "mere", "ado", "enfant", "collegue",
                                                            "voisin", "voisine", "coloc", "eleve", "patient",
                                                            "patiente", "cousin", "cousine", "neveu", "niece"))
        + r")(?:est|sont|se trouve|se tient|etait|est monte|est montee|est grimpe|est grimpee)(?! (?:\w+ ){0,6}pour (?:reparer"
        r"|nettoyer|installer|changer|deneiger|deblayer|poser|regarder|voir|prendre|faire|chercher|recuperer"
        r"|les photos"
        r"|le feu))|(?:photo|video|selfie"
        r"|snap|story|image|live|facetime)s? (?:\w+ ){0,3}(?:de (?:lui|elle|eux|moi)|delle|deux))(?: \w+)? "
        r"(?:sur"
        r"|au bord (?:de|du)|en haut (?:de|du)|au sommet (?:de|du)) (?:le |la |les |l|du |de la )?(?:\w+ )?"
        r"(?:toit"
        r"|pont(?! (?:du|de ce|dun|de mon|de notre) (?:\w+ )?(?:bateau|navire|ferry|paquebot|voilier|croisie"
        r"re"
        r"|yacht))|viaduc|falaise|rebord|parapet|rambarde|corniche|dernier etage|voie ferree|rails|barrage)"
        r"(?=(?:\W+\w+){0,12}?\W+(?:adieu|au revoir (?:maman|papa|a tous|pour toujours)|pardon|merci pour to"
        r"ut"
        r"|je vous aime|je taime|sauter|se jeter|me jeter|en finir|mourir|menace de|veut se|repond plus|repo"
        r"nd pas"
        r"|decroche pas|decroche plus))",
        r"(?:je suis|jsuis|chuis|chu|je me trouve|jme trouve|suis|me voila|je suis arrivee?|jattends|je reste"
        r"|je marche|jme tiens|je me tiens) (?:\w+ )?(?:sur|au bord (?:de|du)|en haut (?:de|du)|au sommet (?"
        r":de|du)"
        r"|sur le toit (?:de|du)|au dessus (?:de|du)|au-dessus (?:de|du)|a cote des|pres des|le long des|sou"
        r"s) "
        r"(?:le |la |les |un |une |l|cette |ce |d |du )?(?:\w+ )?(?:pont(?! (?:du|de ce|dun|de mon|de notre)"
        r" (?:\w+ )?"
        r"(?:bateau|navire|ferry|paquebot|voilier|croisiere|yacht))|viaduc|toit|falaise|rebord|voie ferree|r"
        r"ails"
        r"|parapet|rambarde|dernier etage|barrage|corniche|\w+ etage|precipice|ravin|passerelle|"
        r"clocher|grue|pylone|falaises)(?! (?:eiffel|de p"
        r"ise"
        r"|montparnasse|de londres|du chateau|pour (?:le|la|une|un) (?:photo|visite|vue)))" + _NOT_AN_ERRAND,
        # a building, a car park or a rock only at its top or its edge ("je suis sur le parking" is an errand)
        r"(?:je suis|jsuis|chuis|je me trouve|suis|me voila|je me tiens|assise?|debout)(?: \w+)? (?:en haut (?:de|du)"
        r"|au sommet (?:de|du)|sur le toit (?:de|du)|au bord (?:de|du)|tout en haut (?:de|du)) (?:la |le |l|cette |ce"
        r" |mon |notre )?(?:\w+ )?(?:tour|immeuble|batiment|building|parking|rocher|phare|cathedrale)"
        + _NOT_AN_ERRAND,
        r"(?:garee?|assise?|assis|debout|jattends) (?:\w+ )?(?:pres|a cote|au bord) (?:de la|du|des) (?:voie"
        r" ferree"
        r"|rails|pont|falaise|fleuve|riviere|seine)",
        r"(?:je suis|jsuis|chuis|je me trouve) (?:sur|au bord du) (?:le )?toit" + _NOT_AN_ERRAND,
    ],
    access=[
        _ARMED,
        _JAI + r" (?:deja |enfin |finalement |tout |bien )?(?:achete|trouve|recupere|commande|rassemble|prepare|sorti"
        r"|cache|planque|garde|mis de cote|stocke|accumule|economise|recu|vole|emprunte|pique|chope)",
        _JAI + r" (?:deja |enfin |bien |tout )?(?:la|une|les|des|le|un|assez de|assez|suffisamment|tout ce quil faut"
        r"|ce quil faut|de quoi|mon|ma|mes|toute ce quil faut)\b",
        r"(?:je les ai|jles ai|je lai|jlai|jen ai (?:assez|suffisamment|plein|\d+))", r"devant moi", r"sous la main",
        r"a portee de main", r"(?:sont|est|tout est|cest|tout) (?:pretes?|prets?|pret|prete|en place|installee?s?)",
        r"a cote de moi", r"(?:dans|sur) (?:ma|mon|la|le) (?:main|poche|sac|table de nuit|table|voiture|tiroir"
        r"|chambre|bureau|lit|armoire|placard|salle de bain)", r"(?:au|dans le) (?:garage|grenier|cabanon|abri)",
        r"(?:a|dans) la (?:cave|grange|remise)", r"dans (?:le|mon|la|ma) (?:garde robe|penderie|coffre|boite a gants"
        r"|sous sol|cabanon|atelier|commode)", r"(?:cachee?s?|planquee?s?|rangee?s?) (?:dans|sous|derriere)",
        r"alignee?s", r"comptee?s", r"(?:je|jai) (?:les|la|le) (?:tiens|ai) (?:en main|dans la main)",
        r"(?:jai|g) acces", r"chez moi",
    ],
    # "À ce soir", "à demain", "à tantôt" are greetings, not times.
    time_soon=[
        r"(?:au|a la|le|ce) (?:matin|soir|nuit) (?:quand|des que|avant que) (?:\w+ ){0,3}(?:dort|dorment|sen"
        r"dort|sendorment|partie?|partis|couchee?s?)",
        # On the way now: "j'ai le bidon dans le coffre, je suis en route."
        r"(?:je suis|jsuis|chuis|suis) (?:deja )?en route(?= *(?:[.!?,;]|$))", r"(?:jy|j y) vais (?:maintenant|la)",
        r"(?<!\ba )ce soir(?: meme)?", r"a soir", r"cette nuit", r"ce soir ou cette nuit", r"(?<!\bavant )(?<!\bmais )"
        r"(?:des |tout de suite )?maintenant(?! (?:ca va|je vais mieux|je vais bien|cest"
        r" (?:fini|passe|mieux)|jai|je suis|je me sens|je sais|que|jen|je (?:nai|ne|vais mieux|men sors|reve"
        r")))",
        r"mtn",
        r"tout de suite", r"de suite", r"aujourdhui(?! (?:jai (?:eu|obtenu|fete|reussi|termine|fini|valide|signe"
        r"|trouve) (?:mon|ma|le|la|un|une)|je (?:suis|me suis) (?:diplomee?|mariee?|pacsee?)|je fete|jai \d+"
        r" ans"
        r"|je vais (?:bien|mieux)|tout va bien|ca va|je suis (?:heureuse?|fiere?|maman|papa|grand mere|grand"
        r" pere)))",
        r"aujourd hui", r"auj", r"ajd", r"cet (?:apres midi|aprem)",
        r"cet apres-midi", r"ce (?:week end|weekend|we|week-end)", r"cette semaine",
        r"(?<!\ba )(?<!\bapres )demain(?: matin| soir| midi)?", r"2m1", r"2main", r"dmain", r"dans (?:une|1|deux|2"
        r"|trois|3|quelques|\d+"
        r"|une demi|moins dune|moins d une|dix|vingt|trente|cinq) ?(?:heures?|minutes?|min|mn|h)\b",
        r"dans (?:un|1) (?:quart dheure|instant|moment|petit moment|petit instant)", r"dans (?:pas longtemps|peu)",
        r"(?<!\ba )tout a lheure", r"(?<!\ba )tantot", r"(?<!\ba )(?:tres )?bientot", r"sous peu",
        r"a (?:\d{1,2} ?(?:h(?:\d{2})?|heures?)|minuit|laube|laurore|la tombee de la nuit)",
        r"(?:quand|des que|une fois que|lorsque) (?:les enfants|tout le monde|mon mari|ma femme|mon conjoint"
        r"|ma "
        r"conjointe|ils|elle|il|mes parents|la maison|mon chum|ma blonde|mon copain|ma copine|tous) (?:\w+ )?"
        r"(?:seront|sera|sont|est|serons) (?:couchee?s?|endormie?s?|partie?s?|au lit|a lecole|au travail|sor"
        r"tie?s?"
        r"|vide|absente?s?|en vacances)",
        r"(?:quand|des que|une fois que) (?:\w+ ){1,2}(?:dormira|dormiront|dort|dorment|partira|partiront|se"
        r"ra parti"
        r"|sera partie|seront partis)",
        r"avant (?:demain|le lever du (?:jour|soleil)|laube|que (?:\w+ ){1,2}(?:rentre|rentrent|revienne|rev"
        r"iennent"
        r"|se reveille|se reveillent)|que tout le monde se reveille|la fin de la (?:nuit|journee|semaine))",
        r"cest pour (?:ce soir|cette nuit|bientot|demain|aujourdhui|maintenant|tout a lheure)",
        r"(?:le moment|lheure|le jour) (?:est venue?|est arrivee?|est la)", r"(?:cette nuit|ce soir) sera la derniere",
        r"a la nuit tombee", r"quand il fera nuit", r"(?:pour|le jour de) mon anniversaire",
        r"(?<!\bdepuis )(?<!\bjusqua )(?<!\btous les )(?<!\ble )(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
        r"|dimanche)"
        r"(?! (?:dernier|passe|et (?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)))(?: soir|"
        r" matin"
        r"| prochain)?", r"dans la nuit",
        r"pour ce soir", r"ce soir cest", r"en rentrant", r"(?:la|cette) nuit prochaine",
    ],
    time_recent=[
        r"(?:il y a|ya|y a|il ya|ca fait|depuis) (?:une|1|deux|2|trois|3|quatre|4|cinq|5|quelques|\d+|dix|vi"
        r"ngt|trente"
        r"|une demi|un quart d|une bonne|a peu pres une|environ une|environ) ?(?:heures?|minutes?|min|mn|h|d"
        r"emi heure"
        r"|demi-heure)\b",
        r"(?:il y a|ya|y a|il ya) (?:un quart dheure|une demi heure|une demi-heure|un moment|pas longtemps|p"
        r"eu"
        r"|un petit moment|un instant)", r"hier(?: soir| apres midi| matin)?", r"cette nuit", r"ce matin",
        r"tout a lheure", r"tantot", r"juste avant", r"a linstant", r"(?:je|jen) viens (?:juste )?de", r"jviens de",
        r"(?:vers|a|depuis) \d{1,2} ?h(?:\d{2})?\b", r"(?:apres|avant|pendant) (?:le|mon) (?:diner|souper|dejeuner"
        r"|repas|dodo)", r"au (?:souper|diner)", r"plus tot", r"en rentrant",
    ],
    intent=[
        r"(?:jattends|je vais attendre) (?:quil|quelle|qua|quils|que tout le monde|que \w+) (?:sendorme|dorm"
        r"e|parte|soit partie?|soient partis)\w*(?:\W+\w+){0,3}\W+(?:je|jvais|je vais) (?:prends|prendre|ava"
        r"le|avaler|me|y vais|le fais|le faire)",
        r"(?:jai|g|j ai) (?:pris (?:ma|la|une) decision|decide|tout decide|fait mon choix)",
        r"cest (?:tout )?decide", r"ma decision est (?:prise|faite|definitive)", r"(?:je suis|jsuis|chuis) "
        r"(?:decidee?|determinee?|resolue?)", r"(?:je vais|jvais|jva|je vas|mas|je veux) (?:vraiment )?le faire",
        r"(?:je vais|jvais|jva|je vas) passer a lacte", r"passer a lacte", r"(?:je vais|jvais|je veux) aller jusquau "
        r"a?bout", r"(?:plus de|pas de|aucun|sans) retour en arriere", r"rien ne (?:me fera changer davis|marretera"
        r"|peut marreter|pourra marreter|me retiendra|me retient)", r"personne ne (?:peut|pourra|va) marreter",
        r"(?:jai|g) (?:un|mon) plan",
        r"(?:jai|g) (?:tout )?(?:prevu|planifie|organise|calcule|prepare) (?:\w+ )?(?:pour|le|la|comment|qua"
        r"nd|ou)",
        r"(?:jai tout (?:prevu|planifie|organise|calcule))",
        r"je sais (?:exactement )?(?:comment|quand|ou) (?:je vais|le faire|faire|men)",
        r"(?:jai|g) (?:choisi|fixe) (?:le jour|la date|lendroit|le moment|comment|lheure|une date)",
        r"(?:ma|la) date est (?:fixee|choisie)", r"cest (?:le bon moment|maintenant ou jamais|ce soir que"
        r"|cette nuit que)",
        r"(?:je suis|jsuis) en paix avec (?:ma decision|ca|mon choix|cette decision)",
        r"(?:ne|n) ?(?:cherchez|cherche|essayez|essaie) pas (?:de|a) (?:me retrouver|marreter|me sauver|me j"
        r"oindre"
        r"|me rappeler|me faire changer)", r"(?:derniere|ultime) (?:decision|nuit|volonte)",
        r"cette fois(?:-ci| ci)? (?:cest la bonne|je (?:le fais|vais le faire|vais jusquau a?bout|me rate pas"
        r"|vais pas me rater))", r"(?:je )?(?:vais|vas|ne vais|me) pas me rater", r"je (?:ne )?me raterai pas",
        r"(?:prete?|pret) a (?:le faire|passer a lacte|sauter|y aller pour de bon)", r"je le ferai (?:ce soir|demain"
        r"|cette nuit|bientot)", r"cest (?:pour|prevu pour) (?:ce soir|cette nuit|demain)", r"je men vais ce soir",
        r"je suis prete? a partir pour de bon",
        r"(?:pour|le jour ou|quand) (?:le jour ou )?(?:je |j)(?:craquerai|craquerais|serai prete?|deciderai"
        r"|passerai a lacte|aurai le courage|en aurai besoin|naurai plus la force)", r"(?:je vais|jvais|jva"
        r"|mas) (?:men|la|le|les) (?:servir|utiliser)"
        r"(?= (?:ce soir|cette nuit|demain|maintenant|tout de suite|bientot|a soir))",
        r"(?:je vais|jvais|jva|je vas|mas|je veux|jveux|je dois) (?:\w+ )?sauter(?! (?:le|la|les|un|une|des|"
        r"du|de|en"
        r"|au|a|aux|dans|sur|partout|ce|cette|mon|ma|mes|ton|ta|tes|son|sa|ses|comme|haut|loin|dessus|par de"
        r"ssus)\b)",
        r"(?:je|j) ?saute(?=\W*$|\W+(?:maintenant|adieu|la|ce soir|cette nuit|tout de suite|dans \w+ (?:min|"
        r"minutes"
        r"|secondes)))",
    ],
    prep=[
        # Looking up how (C-SSRS preparatory behaviour): "j'ai regardé comment on fait le nœud", "cherché combien de
        # cachets il faut", "je me suis renseignée sur la dose mortelle", "regardé sur internet comment se pendre".
        r"(?:regarde|cherche|lu|appris|verifie|google|googlise|etudie|renseigne|recherche|tape|regarder|cher"
        r"cher"
        r"|me renseigner|verifier)e?s? (?:\w+ ){0,4}(?:comment (?:on |je |il faut |faut )?(?:fait|faire|fais"
        r"|nouer|noue"
        r"|serrer|attacher|faire tenir) (?:\w+ ){0,2}(?:le |un |une |la |mon )?(?:noeud(?: coulant)?|corde|n"
        r"oeud de pendu)"
        r"(?! (?:de|du|des|en|plat|marin|papillon|pour (?:le|la|les|mon|ma|un|une) (?!poutre|plafond|cou)\w+"
        r")\b)"
        r"|comment (?:on |je )?(?:se|me) (?:pend|pendre|tue|tuer|suicide|suicider|noie|noyer|empoisonne|empo"
        r"isonner"
        r"|ouvre les veines|ouvrir les veines|jeter|jette)|combien (?:de |d)(?:\w+ ){0,2}(?:" + _PILLS + r"|boites"
        r"|plaquettes|grammes) (?:\w+ ){0,3}(?:pour mourir|pour en finir|(?:est |sont )?mortel(?:le)?s?|pour"
        r" ne plus"
        r"|pour ne pas me reveiller|pour y rester|il faut pour)|la dose (?:mortelle|letale|fatale)|quelle (?"
        r":hauteur"
        r"|dose|quantite) (?:\w+ ){0,3}(?:pour mourir|(?:est )?mortelle|pour en finir|pour y rester|pour ne "
        r"pas rater))",
        r"(?:ecrit|ecrire|ecris|redige|rediger|laisse|laisser|termine|fini|prepare|poste|envoye|cachete|glis"
        r"se"
        r"|enregistre|fait|tourne)e?s? (?:\w+ ){0,3}(?:lettres|videos|cartes) (?:pour|a|aux|au|a chacun) (?:"
        r"\w+ ){0,2}"
        r"(?:enfants|fils|fille|filles|famille|mari|femme|parents|mere|pere|maman|papa|proches|tout le monde"
        r"|chacun|soeurs?|freres?|petits enfants|amis|copains)",
        r"(?:lettres?|mots?|messages?|videos?|cartes?) dadieu",
        # Looking up when a train goes through fastest: "à quelle heure le train passe le plus vite".
        r"(?:a quelle heure|quand|horaires?|a quel moment|quelle heure) (?:\w+ ){0,4}(?:le|les|un|des) (?:tr"
        r"ains?|tgv"
        r"|rer|metros?|intercites|fret|trains de marchandises) (?:\w+ ){0,3}(?:passe|passent|arrive|arrivent"
        r"|roule"
        r"|roulent|traverse|traversent) (?:\w+ ){0,2}(?:le plus vite|sans (?:s )?arreter|sans sarreter|a ple"
        r"ine vitesse"
        r"|sans ralentir|a fond|en trombe|sans freiner|le plus rapide)",
        # One letter for each of several people: "une lettre pour ma mère et une pour mon copain".
        r"(?:lettres?|mots?|messages?|videos?) (?:pour|a) (?:ma|mon|mes) (?:\w+ )?\w+,? (?:et|puis) (?:une|u"
        r"n|deux|une"
        r" autre|un autre|des)? ?(?:lettres?|mots?|messages?|videos?)? ?(?:pour|a) (?:ma|mon|mes|chacun|tout"
        r"|mes)"
        r"(?![^.!?]{0,80}\b(?:fete|noel|anniversaire|mariage|vacances|remerci\w*|voeux|bonne annee|paques|na"
        r"issance"
        r"|invitation|felicit\w*|demenagement)\b)",
        # Written or recorded "just in case" something happens: "j'ai écrit une lettre pour ma mère, juste au cas où".
        r"(?:lettres?|videos?|enveloppes?) (?:pour|a) (?:ma|mon|mes|chacun|tout le monde|ceux|celles)(?! (?:"
        r"\w+ )?"
        r"(?:proprio|proprietaire|banque|assurance|avocate?|patron|patronne|boss|chef|cheffe|bailleur|employ"
        r"eur|prof"
        r"|medecin|notaire|agence|syndic|comptable|voisine?|client|cliente))(?:\W+\w+){0,12}?\W+(?:juste |"
        r"cest juste |cest |simplement |pour )?au cas ou(?= *(?:[.!?,;]|$)| (?:il marrive|je (?:ne )?(?:sera"
        r"is|serai"
        r"|suis|reviens|rentre) (?:plus|pas)(?! (?:tard|a lheure|en retard))|je pars|je disparais))",
        r"(?:ecrit|termine|fini|poste|laisse|cachete|redige)e?s? (?:mes|les|des|toutes mes|mes dernieres) le"
        r"ttres"
        r"(?! (?:de motivation|de candidature|de recommandation|de relance|au pere noel|administratives|de r"
        r"esiliation"
        r"|de reclamation))", r"(?:une )?lettre (?:pour|a) chacun", r"lettres? (?:de suicide|posthumes?|pour apres"
        r"|pour quand je)", r"(?:mot|lettre|message) (?:pour )?(?:expliquer|quand vous (?:me )?trouverez|pour ceux qui"
        r" restent)", r"(?:mes )?dernieres volontes",
        r"(?:fait|refait|ecrit|redige|mis a jour|modifie|change|termine|signe|prepare|finalise)e? (?:mon|le|"
        r"un) "
        r"testament(?!(?: \w+){0,3} (?:chez|avec|au|du) (?:le |mon |un )?notaire)", r"(?:mis|mettre|remis"
        r"|je mets) (?:\w+ )?(?:mes|toutes mes) (?:affaires|papiers|comptes) en ordre",
        r"(?:mis|mettre|je mets) de lordre dans mes (?:affaires|papiers|comptes)", r"(?:jai|g) tout mis en ordre",
        r"(?:donne|donner|donnee?|offert|offrir|distribue|distribuer|legue|leguer|je donne|jai donne|jdonne|"
        r"refile"
        r"|offre|confie|confier|je confie)"
        # "j'ai donné mes livres et ma guitare aux potes", "donné à ma soeur mes bijoux"
        r" (?:(?:a|aux) (?:mes |ma |mon )?\w+ )?(?:toutes |tous |deja )?(?:(?:mes|ma|mon|les|la|le) \w+(?: "
        r"\w+)?(?:,"
        r"| et) )?"
        r"(?:mes|ma|mon) (?:affaires|chiens?|chats?|animaux|bijoux|guitare|collection|console"
        r"|objets|biens|possessions|voiture|montre|lapin|oiseaux?|perruche|poisson|plantes|ordi|ordinateur|c"
        r"hiennes?"
        r"|chatte|chaton|minou|toutou|ps[345]|playstation|xbox|nintendo switch|nintendo"
        r"|game ?boy)",
        r"(?:trouve|cherche|chercher|trouver) (?:une (?:nouvelle )?famille|un (?:nouveau )?foyer|quelquun|un"
        r" foyer)"
        r" (?:pour|qui (?:prendra|gardera|soccupera de|prendra soin de)) (?:mon|ma|mes) (?:chiens?|chats?|an"
        r"imaux"
        r"|lapin|plantes|oiseaux?|enfants|bebe)",
        r"(?:quelquun|qui) (?:pour|va|pourra|peut|doit) (?:soccuper|prendre soin|garder|recuperer|nourrir) "
        r"(?:de )?"
        r"(?:mon|ma|mes) (?:chiens?|chats?|animaux|enfants|plantes|lapin) (?:quand|apres|une fois|si)",
        r"(?:les|mes) enfants (?:iront|vont aller|seront|resteront|vivront|habiteront) (?:chez|avec) (?:leur"
        r"|ma|mon"
        r"|mes|sa|son) \w+ (?:\w+ )?(?:desormais|pour toujours|apres|pour de bon|a partir de maintenant"
        r"|definitivement)",
        r"(?:demande|confie|explique) a (?:ma|mon|mes) \w+ de (?:soccuper|prendre soin|garder) (?:des|de mes"
        r"|mes)"
        r" (?:enfants|petits|animaux|chats?|chiens?) (?:apres|quand|si|pour toujours|pour de bon)",
        r"(?:soccuper|prendre soin) (?:des|de mes) (?:enfants|petits|animaux|chats?|chiens?) (?:quand je ne "
        r"serai "
        r"plus|apres ma mort|apres moi|quand je serai partie?)",
        # Food left out for days: "j'ai laissé des croquettes pour plusieurs jours au chat".
        r"(?:laisse|mis|rempli|prepare|donne|sorti)e?s? (?:\w+ ){0,2}(?:croquettes|patee|nourriture|gamelle"
        r"s?|eau)"
        r" (?:\w+ ){0,3}pour (?:plusieurs|quelques|deux|trois|quatre|cinq|\d+) (?:jours|semaines)(?![^.!?\n"
        r"]{0,120}"
        r"\b(?:vacances|voyage|week end|weekend|pars|partons|deplacement|voisine?|gardienne?|petsitter|pet s"
        r"itter"
        r"|hopital|clinique|seminaire|salon|conge)\b)",
        # The keys of one's own home handed back with no move in sight: "j'ai rendu les clés de l'appart".
        r"(?:rendu|rends|laisse|depose|redonne|remis)e?s? (?:les|mes) cles (?:de (?:lappart|lappartement|mon"
        r" appart"
        r"|mon appartement|chez moi|la maison|ma maison|mon logement|mon studio))(?![^.!?\n]{0,100}\b(?:deme"
        r"nag\w*"
        r"|l?etat des lieux|proprio\w*|proprietaire|nouvel\w*|nouveau|nouvelle|agence|bail|locataire|vente|v"
        r"endu"
        r"|notaire|airbnb|gardiennage|voisine?|femme de menage|vacances)\b)",
        # Several things cancelled in one breath: "résilié mon abonnement à la salle et mon forfait téléphone".
        r"(?:resilie|suspendu|arrete|annule|cloture)e?s? (?:mon|ma|mes) (?:\w+ ){0,4}(?:et|puis|,) (?:aussi "
        r")?(?:mon|ma"
        r"|mes) (?:abonnement|forfait|compte|mutuelle|assurance|contrat|bail|ligne|carte)\w*(?![^.!?\n]{0,80"
        r"}\b(?:demenag"
        r"\w*|moins cher|nouvel\w*|nouveau|nouvelle|operateur|promo\w*|economi\w*|change\w*|trop cher|arnaqu"
        r"e|augment"
        r"\w*)\b)",
        r"(?:resilie|ferme|supprime|annule|clos|cloture)e?s? (?:tous |toutes )?mes (?:comptes|abonnements|re"
        r"seaux"
        r"|contrats)", r"(?:rembourse|paye|regle)e?s? (?:toutes )?mes dettes",
        r"(?:codes|mots de passe|papiers dassurance|assurance vie|coordonnees bancaires) (?:\w+ )?(?:pour|la"
        r"isse\w*"
        r"|note\w*) (?:a |pour )?(?:mon|ma|mes|le|la)",
        r"(?:choisi|prepare|organise|prevu|paye|regle)e?s? (?:la musique|les chansons|les chants|la chanson)"
        r" (?:pour"
        r"|de) mon (?:enterrement|incineration)", r"(?:organise|prevu|paye|prepare|choisi|regle)e?s? (?:mes|mon) "
        r"(?:obseques|enterrement|funerailles|incineration)",
        r"(?:dit|dire|je dis|fait|faire|je fais|jai fait) (?:mes )?adieux? a (?:tout le monde|mes|ma|mon|tou"
        r"s|toutes"
        r"|chacun|ceux)(?! (?:\w+ )?(?:collegues?|equipe|eleves|clients|boulot|travail|bureau|patients|voisi"
        r"ns))",
        r"(?:fait|faire|je fais) mes adieux(?! (?:a|au|aux) (?:\w+ )?(?:collegues?|equipe|eleves|clients|bou"
        r"lot"
        r"|travail|bureau|patients|voisins|scene|public))",
        r"(?:voir|vu|rendu visite a|appele|appeler|serre|embrasse) (?:\w+ ){0,3}une (?:toute )?derniere fois",
        r"(?:jai|g) (?:fait le menage|range|nettoye) (?:\w+ ){0,3}pour (?:que|quils|quon) (?:\w+ ){0,3}(?:ap"
        r"res"
        r"|trouve)",
        r"(?:mes|les) (?:chiens?|chats?|animaux|enfants) (?:sont|seront|restent|iront) (?:desormais )?(?:che"
        r"z|avec) "
        r"(?:ma|mon|mes|la|le|leur|sa) \w+(?: maintenant| pour de bon| desormais| definitivement)",
    ],
    farewell=[
        r"(?:dsl|desolee?|pardon|sorry) (?:pour|pr|de) (?:tout|tt)",
        r"(?:tas|vous avez|t as) (?:vraiment )?ete (?:cool|super|genial|geniale|gentille?|top|la pour moi|ad"
        r"orables?)(?= *(?:[.!]|$))",
        r"merci (?:davoir|d avoir|de mavoir) (?:essaye|tout essaye|ete la|ete patiente?|essaye de maider)",
        r"merci (?:pour|pr|pour) (?:tout|tt|toute)", r"merci de tout",
        # Keepsakes left so that one is remembered: "comme ça tout le monde a un petit souvenir de moi".
        r"(?:un|une|quelque chose|un petit|un dernier) (?:petit )?souvenir de moi",
        r"(?:pour|comme ca|afin) (?:que|quon) (?:tout le monde |vous |ils |elles |tu )?(?:se souvienne|se so"
        r"uviennent"
        r"|vous souveniez|te souviennes|garde|gardiez|gardent|ait|ayez|aient) (?:\w+ ){0,3}de moi",
        r"pardon(?:nez|ne)?(?: moi)? pour tout", r"pardonnez moi",
        r"pardonne moi", r"je vous aime (?:tous|toutes|fort|tellement|de tout mon coeur)", r"adieu",
        r"au revoir (?:a tous|tout le monde|pour toujours|le monde|pour de bon)", r"bye (?:pour toujours"
        r"|tout le monde)",
        r"ne men (?:voulez|veux|voulez pas|veux pas)", r"(?:ne|n) men voulez pas", r"(?:ne|n) men veux pas",
        r"(?:desolee?|dsl) pour tout", r"je suis (?:tellement |vraiment |si )?desolee? (?:pour tout|de vous faire ca"
        r"|de te faire ca|pour la peine|de partir comme ca)",
        r"prenez soin (?:des enfants|de maman|de papa|de mes \w+|de lui|delle|du chien|du chat|les uns des a"
        r"utres)",
        r"prends soin (?:de maman|de papa|des enfants|de mes \w+|du chien|du chat|delle|de lui|de nos enfant"
        r"s)",
        r"(?:dites|dis) (?:aux enfants|a mes \w+|a ma \w+|a mon \w+|a maman|a papa|a tout le monde) que je "
        r"(?:les |l|"
        r"vous |t)?aim", r"souvenez vous de moi", r"vous ne (?:mentendrez|me reverrez|me verrez) plus",
        r"on ne se reverra (?:plus|pas|jamais)", r"on se reverra (?:la haut|de lautre cote|au ciel)",
        r"cest un adieu", r"mes derniers mots",
        r"(?:vous|te|leur|lui) dire au revoir (?:correctement|comme il faut|une (?:toute )?derniere fois|pou"
        r"r de bon"
        r"|pour toujours)", r"(?:vous|te) dire adieu", r"je vous dis adieu", r"je pars en paix", r"ne pleurez pas",
        r"soyez heureux sans moi", r"vivez (?:bien|heureux) sans moi", r"je veillerai sur vous",
        # "je voulais juste que quelqu'un le sache", "merci d'avoir essayé"
        r"(?:je )?(?:voulais|veux|voulait) (?:juste|seulement|simplement|quand meme) (?:que )?(?:quelquun|qq"
        r"n|vous|tu"
        r"|toi|quelquun dautre) (?:le )?(?:sache|saches|sachiez|soit au courant|soyez au courant)",
        r"merci (?:davoir|de mavoir|pour avoir) (?:\w+ )?(?:essaye|tente|ete la|ecoutee?|tout fait)(?! de)",
    ],
    hopeless=[
        r"sans (?:espoir|issue|avenir)", r"desesperee?", r"plus (?:aucun |d |de )?espoir", r"aucun espoir",
        r"(?:je suis|jsuis|chuis|suis) (?:un fardeau|une charge|un poids|un boulet|de trop|en trop|inutile|n"
        r"ulle?"
        r"|une merde|un echec|une ratee?|un rate)", r"(?:je ne|je|jme|je me|jne) sers (?:plus )?a rien",
        r"(?:je ne|je|j) ?vaux rien", r"rien ne (?:changera|va changer|sarrangera|ira mieux|sameliorera)",
        r"(?:ca|cela) (?:ne )?(?:sarrangera|ira|changera) jamais", r"plus rien (?:na de sens|na de gout|ne compte"
        r"|ne va|na dimportance)", r"a quoi bon", r"(?:je nen|jen|jen) peux plus", r"jpeux plus", r"je peux plus",
        r"(?:prise?|pris) au piege(?! dans (?:les|le) (?:bouchons?|trafic|embouteillages?|ascenseur))", 
        r"(?:aucune|pas d|pas de|plus d|sans) (?:issue|solution|sortie)",
        r"pas dautre (?:solution|issue|choix)", r"personne (?:ne )?(?:sen soucie|en a rien a faire|me comprend"
        r"|ne maime|sen fout|sen fiche)", r"tout le monde sen (?:fiche|fout|moque)", 
        r"(?:jai|g) (?:tout )?(?:abandonne|lache)", r"je baisse les bras", r"jabandonne",
        r"cest (?:foutu|sans espoir|trop tard pour moi)",
        r"tout est (?:fini|foutu|perdu|noir)", r"au a?bout du rouleau", r"(?:je suis|jsuis|chuis) a a?bout",
        r"(?:jai|g) touche le fond", r"le fond du trou", r"(?:je me sens|jme sens) (?:vide|inutile|de trop|nulle?"
        r"|morte? (?:a|de) linterieur|seule? au monde|un fardeau)", r"je gache la vie de", r"ma vie est (?:finie"
        r"|foutue|ratee|un enfer|un echec|un calvaire|nulle|une merde|terminee)", r"je (?:ne )?supporte plus",
        r"je (?:ne )?tiens plus", r"(?:marre|ras le bol|raslebol) de tout", r"tannee? de tout", r"(?:plus|pas) la "
        r"force (?:de|d)", r"(?:fatiguee?|epuisee?|lasse?) de (?:me battre|lutter|tout|souffrir)",
        r"plus envie de rien", r"(?:je suis|jsuis) (?:une )?(?:poids|charge) pour", r"(?:jai|g) (?:trop|tellement"
        r"|si) mal(?! (?:au|a la|aux|a l|a mon|a ma|partout|quand))",
        r"je souffre trop(?! (?:de|du|des|avec|a cause))",
        r"la vie est (?:un enfer|insupportable|trop dure|nulle)", r"plus de sens",
    ],
    stopped_treatment=[
        r"(?:arrete|stoppe|cesse|interrompu|jete|abandonne)e?s? (?:de prendre )?(?:mon |ma |mes |le |la |les"
        r" |son |sa "
        r"|ses |l)?"
        r"(?:insuline|dialyse|chimio|chimiotherapie|traitement|medicaments|medocs|cachets|anticoagulants|pre"
        r"viscan"
        r"|sintrom|pilules pour le coeur|cachets pour le coeur|antirejet|oxygene) (?:\w+ ){0,3}(?:expres"
        r"|volontairement"
        r"|pour (?:mourir|en finir|que (?:ca|tout) sarrete|partir|accelerer|hater|abreger|ne plus|crever)|po"
        r"ur de bon"
        r"|et (?:jattends|on verra bien|advienne que pourra|je laisse faire))",
        r"(?:prends?|prendrai|prendre) (?:plus|pas|jamais) (?:mon |ma |mes |l)(?:insuline|traitement|medicam"
        r"ents"
        r"|medocs"
        r"|cachets|anticoagulants|pilules pour le coeur) (?:\w+ ){0,2}(?:expres|volontairement|pour (?:mouri"
        r"r|en finir"
        r"|partir|accelerer|crever|que (?:ca|tout) sarrete)|pour de bon)",
        r"(?:arrete|stoppe|cesse|interrompu|refuse|annule)e?s? (?:ma |la |les |mes )?(?:dialyse|seances de d"
        r"ialyse)",
        r"(?:laisser|laisse|je laisse) (?:la maladie|le diabete|le cancer|la nature|mon coeur|mon corps) (?:"
        r"faire"
        r"|suivre) (?:son oeuvre|le reste|son travail|son cours|son chemin)",
        r"(?:arrete|cesse|refuse|arreter|cesser|refuser)e? de (?:manger|boire|salimenter|me nourrir|me soign"
        r"er)"
        r" (?:\w+ )?(?:pour|jusqua|expres|afin de|volontairement|en attendant) (?:\w+ )?(?:mourir|partir|en "
        r"finir"
        r"|que|la fin|la mort|crever)",
        r"(?:je refuse|refuse|refuser) (?:de me soigner|tout traitement|tous les soins|les soins)(?: \w+){0,"
        r"2} "
        r"(?:pour|jusqua|je veux) (?:mourir|partir|en finir)",
    ],
    threat=[
        r"(?:je|jvais|je vais|jlui|je te|je vous) ?(?:lui|leur|te|vous)? ?(?:casse|casser|defonce|defoncer|e"
        r"clate|eclater|fracasse|fracasser|explose|exploser|pete|peter|refais|refaire|ouvre|ouvrir|creve|cre"
        r"ver) (?:la tete|la gueule|le crane|la face|les dents|le portrait|les jambes|les genoux|le ventre|l"
        r"a yeule)(?! (?:a (?:comprendre|chercher|trouver)|avec (?:ce|ces|cette|mes|les) (?:exos?|devoirs?|p"
        r"apiers|formulaires?|problemes?|calculs?|dossiers?)))",
        # A revenge of suffering announced: "ce soir elle va comprendre ce que ça fait de souffrir".
        r"(?:il|elle|ils|elles|tu|vous|on) (?:va|vont|vas|allez) (?:enfin )?(?:comprendre|savoir|voir|appren"
        r"dre"
        r"|sentir) ce que (?:ca|cest|ca fait|cest que) (?:fait )?(?:de souffrir|davoir mal|de bruler|de saig"
        r"ner|detre "
        r"(?:blessee?|brulee?|frappee?)|la douleur|la vraie douleur)",
        # A blade or a bullet put into someone: "je lui plante un tournevis dans le bide", "j'vais lui mettre une
        # balle".
        r"(?:je|j) ?(?:vais |jvais |vas )?(?:lui|leur) (?:plante|planterai|planterais|planter|enfonce|enfonc"
        r"erai"
        r"|enfoncer|mets|mettrai|mettre|colle|collerai|coller|loge|logerai) (?:un|mon|le|une|ma|des|deux|tro"
        r"is|sa|son)"
        r" (?:coups? de )?(?:couteau|tournevis|lame|cutter|opinel|ciseaux|poignard|cran darret|balle|balles|"
        r"pruneau"
        r"|bastos|fourchette|compas|tesson|surin|schlass)",
        # Armed and lying in wait, in either order: "j'ai pris le couteau, je l'attends en bas de chez lui".
        # The span leaves out the weapon and its taking, which are parts of their own (weapon, access).
        r"(?:" + "|".join(r"(?<=\b" + w + ")" for w in _ARMS[3:-1].split("|"))
        + r")(?:\W+(?!couper|trancher|eplucher|cuisiner|chasse|pain|gateau|legumes|viande)\w+){0,10}?\W+" + _WAIT,
        _WAIT + r"(?=(?:\W+\w+){0,10}?\W+" + _ARMED + ")",
        # ... or with the weapon named after: "je la guette devant chez elle avec mon opinel".
        _WAIT + r"(?=(?:\W+\w+){0,6}?\W+avec (?:un|le|mon|une|ma|son|sa|larme|lopinel) (?:gros |grand )?" + _ARMS
        + r"(?! (?:a pain|a beurre|a fromage|de cuisine pour|pour (?:couper|le gateau|le pain))))",
        # A blow to the head or face told as what one does or will do: "je lui éclate la tronche".
        r"(?:je|j) ?(?:vais |vas |jvais )?(?:lui|leur) (?:(?:eclate|eclaterai|eclaterais|eclater|defonce|def"
        r"oncerai"
        r"|defoncer|fracasse|fracasserai|fracasser|explose|exploserai|exploser) (?:la|le|sa|son) (?:tronche|"
        r"gueule"
        r"|tete|crane|figure|face|machoire)|(?:pete|peterai|peter|casse|casserai|casser) (?:la|sa) (?:tronch"
        r"e|gueule"
        r"|figure|machoire)|(?:ouvre|ouvrirai|ouvrir) le (?:ventre|crane))"
        + _GAME,
        # Lying in wait with a retaliation: "... il touchera plus jamais à ma fille".
        _WAIT + r"(?:\W+\w+){0,6}?\W+(?:il|elle|ils|elles) (?:ne )?(?:touchera|toucheront|approchera|approcheront"
        r"|fera|feront) (?:plus|jamais)",
        # The act in the present or future tense: "si mon chef me rabaisse encore, je le plante". "Planter" is also
        # gardening ("les tomates, je les plante en mai"): only at the end of a clause, with no garden word after.
        r"(?:je|j) ?(?:le |la |les |l(?=[aeiouy]))(?:plante|planterai|planterais)(?=\W*$|\s*[,.!;]|\s+(?:ave"
        r"c|direct"
        r"|sur le champ|je (?:te|vous) (?:le )?jure|jte jure|sil|si|quand|des que|pour de vrai"
        r"|vraiment)\b)(?![^.!?]{0,80}"
        r"\b(?:jardin|potager|pots?|bacs?|terre|graines?|semis|bulbes?|printemps|automne|arros\w*|pousser?|r"
        r"acines?"
        r"|arbres?|fleurs?|tomates?|salades?|haies?|serre|plants?|jardiniere))",
        r"(?:je|j) ?(?:le |la |les |l(?=[aeiouy]))(?:bute|buterai|buterais|poignarde"
        r"|poignarderai|poignarderais|egorge|egorgerai|egorgerais|flingue|flinguerai|flinguerais|dessoude|de"
        r"ssouderai"
        r"|zigouille|zigouillerai|saigne|saignerai|refroidis|refroidirai)(?! (?:la|la bas|ici|sur place|comm"
        r"e|devant"
        r"|de rire|au jeu|aux|en|pour|a la|dans (?:ma|mon|sa|son) (?:critique|article|chronique))\b)" + _GAME,
        # "Je le tue" is hyperbole ("si mon frère finit le gâteau je le tue") unless a weapon follows.
        r"(?:je|j) ?(?:le |la |les |l(?=[aeiouy]))(?:tue|tuerai|tuerais|defonce|defoncerai|massacre|massacre"
        r"rai"
        r"|tabasse|tabasserai|creve|creverai|descends|descendrai)(?=(?:\W+\w+){0,10}\W+(?:couteaux?|cutter|o"
        r"pinel"
        r"|lame|flingue|pistolet|fusil|marteau|batte|hache|machette|arme|poignard|barre de fer|gun|tournevis"
        r"|revolver|carabine)\b)",
        # Lying in wait for someone at their home or work, with revenge: "ce soir j'attends Julien devant chez lui,
        # il va comprendre ce que ça fait".
        r"(?:jattends|je vais attendre|jvais attendre|jattendrai|je lattends|jlattends|je vais lattendre"
        r"|jvais lattendre|je lattendrai|je guette|je vais guetter|je vais aller attendre) (?:\w+ ){0,2}?"
        r"(?:devant chez (?:lui|elle|eux)|en bas de chez (?:lui|elle|eux)|a la sortie (?:de|du) (?:son|sa|ch"
        r"ez|\w+)"
        r"|devant (?:son|sa) (?:boulot|travail|bureau|immeuble|ecole|lycee|maison|porte|voiture|taf))(?:\W+"
        r"\w+){0,6}?"
        r"\W+(?:il|elle|ils|elles) (?:va|vont) (?:comprendre|payer|le payer|regretter|souffrir|prendre cher"
        r"|morfler|deguster|sen souvenir|apprendre a vivre)",
        r"(?:je vais|jvais|jva|je vas|mas|je veux|jveux|envie de|je vais aller|jai envie de|je compte|je pou"
        r"rrais"
        r"|je voudrais|jai decide de) (?:le |la |les |l(?=[aeiouy]))(?:tuer|buter|crever|planter(?! (?:dans "
        r"le jardin"
        r"|en terre|au jardin"
        r"|dans le pot|la bas|pour))|poignarder|egorger|etrangler|defoncer|tabasser|massacrer|flinguer|empoi"
        r"sonner"
        r"|degommer|trouer|zigouiller|dessouder)(?! (?:le temps|de rire|au jeu|a la|au|aux|en|dans le jeu"
        r"|ce jeu|la partie|la concurrence|la bouffe|le match|sil|si|quand|sils|labces)\b)" + _GAME,
        r"(?:tuer|buter|poignarder|flinguer|massacrer|egorger|etrangler|descendre|abattre|crever|planter|tab"
        r"asser) "
        r"(?:ce|cette|cet|ces|les|le|la|mon|ma) (?:gros |sale |petit |petite )?(?:connard|connasse|salope|sa"
        r"laud"
        r"|batard|enfoiree?|con|conne|ordure|pourriture|fdp|fils de pute|encule|porc|raclure|merde)s?(?!(?: "
        r"\w+){0,2} "
        r"(?:au jeu|dans le jeu|a la partie))",
        # Not an intrusive image ("des idées horribles, genre étrangler ma mère"): that is harm_thought.
        r"(?<!\bgenre )(?<!\bcomme )(?<!\bpeur de )(?<!\bidee de )(?<!\bidees de )(?<!\bpensee de )"
        r"(?<!\bpensees de )(?<!\bimage de )(?<!\bimages de )(?<!\bmimagine )(?<!\bme vois )(?<!\bme voyais )"
        r"(?:tuer|buter|poignarder|flinguer|massacrer|egorger|etrangler|descendre|abattre|planter|saigner|cr"
        r"amer"
        r"|tabasser) (?:mon|ma|mes|le|la|cette|ce) (?:\w+ ){0,2}(?:patron|patronne|chef|ex|mari|femme|voisin"
        r"e?|pere"
        r"|mere|beau pere|belle mere|prof|professeur"
        r"|collegue|coloc|proprio|proprietaire|frere|soeur|copain|copine|conjoint|conjointe|manager|directeur"
        r"|directrice|beau frere|belle soeur|ami|amie)(?! (?:dans le jeu|au jeu))",
        r"(?:je vais|jvais|jva|je vas|mas|je veux|jveux|envie de) (?:lui|leur) (?:faire la peau|regler son c"
        r"ompte"
        r"|casser la gueule|peter la gueule|defoncer la gueule|exploser la tete|mettre une balle|planter un "
        r"couteau"
        r"|faire payer|faire du mal|ouvrir le ventre|trancher la gorge|faire sauter la cervelle)",
        r"(?:il|elle|ils|elles) (?:va|vont) (?:me )?le payer(?! (?:en|par|avec|\d))",
        r"(?:il|elle|ils|elles) (?:va|vont) (?:le )?regretter amerement", r"(?:il|elle|ils|elles) (?:va|vont) "
        r"(?:payer|souffrir) pour ce qu(?:il|elle|ils) (?:(?:ma|mont) fait|(?:a|ont) fait (?:a|au|aux) "
        r"(?:ma|mon|mes|notre|nos) \w+)(?![^.!?]{0,80}\b(?:plainte|police|justice|tribunal|proces|avocate?|k"
        r"arma"
        r"|prison|juge|condamne\w*))",
        r"(?:il|elle|ils|elles) (?:va|vont) voir ce qui(?:l)? va (?:lui|leur)? ?arriver",
        r"(?:ce soir|demain|cette nuit) (?:il|elle|ils|elles) (?:va|vont) y passer",
        r"(?:je |j)?(?:lattends|lattendrai|vais lattendre|les attends|vais les attendre)"
        r"(?= (?:\w+ ){0,6}avec (?:un|le|mon|une|ma) (?:couteau|flingue"
        r"|fusil|pistolet|arme|batte|hache|marteau|barre|gun|machette)"
        r"(?! (?:a pain|a beurre|a fromage|de cuisine pour|pour (?:couper|le gateau|le pain))))",
        r"(?:jirai|je vais aller|jvais aller|je passe) (?:chez (?:lui|elle|eux)|le voir|la voir"
        r"|les voir)(?= avec (?:le"
        r"|un|mon|une|ma|la|sa|son) (?:couteau|flingue|fusil|pistolet|arme|batte|hache|marteau|barre|gun|mac"
        r"hette))",
        r"(?:tuer|buter|massacrer|flinguer|tirer sur) tout le monde (?:au|a la|dans|a|en)",
        r"faire un carnage" + _NOT_A_GAME, r"tirer dans le tas", r"(?:je vais|jvais) (?:le|la|les) faire souffrir",
    ],
    weapon=[
        r"(?:jai|g|j ai) (?:tout )?ce quil faut (?:\w+ ){0,2}(?:dans|au|a la|chez|sous)",
r"[dl]?essence", r"bidons? (?:dessence|de gasoil|de diesel|dalcool a bruler)", r"jerricans?",
        r"couteaux?", r"gun", r"opinel", r"lame", r"cutter", r"poignard", r"machette", r"hache", r"marteau",
            r"batte(?: de baseball)?", r"barre de fer", r"pied de biche", r"armes?", r"flingues?", r"pistolets?",
            r"revolver", r"fusils?", r"carabine", r"calibre", r"essence", r"acide", r"cocktail molotov",
            r"tournevis", r"ciseaux",
            # With the article run in: "avec l'opinel", "de l'acide", "l'arme de mon père".
            r"l(?:opinel|acide|essence|epee|arbalete|arme a feu)", r"larme (?:de (?:mon|ma|son|sa)|de service"
            r"|de chasse|chargee|du \w+)"],
    violence_me=[
        _PARTNER + r"(?: \w+){0,2} (?:m(?:e |a |)|nous (?:a )?)(?:frappee?|frappait|bat|battait|battue?|cogne|cognait"
        r"|cognee?|gifle"
        r"|giflait|giflee?|etrangle|etranglait|etranglee?|pousse|poussait|poussee?|viole|violait|violee?|tab"
        r"asse"
        r"|tabassait|tabassee?|enferme|enfermait|enfermee?|secoue|secouait|secouee?|mord"
        r"|mordait|mordue?|brule|brulait|brulee?|jette|jetait|jetee?|plaque|plaquee?|plaquait|etouffe|etouff"
        r"ee?"
        r"|etouffait|attrapee? par (?:le cou|la gorge|les cheveux)|tire par les cheveux|tiree? par les cheve"
        r"ux"
        r"|traine par terre|trainee? par terre|forcee?(?= a (?:coucher|avoir des rapports|le sucer|faire lam"
        r"our))|tape"
        r"|tapait|tapee?|defonce|defoncee?"
        r"|casse (?:le|la|les|un|une) \w+|donne (?:des|un) coups?|met (?:des|un) coups?|mis (?:des|un) coups?"
        r"|mis (?:une|la) (?:claque|gifle|raclee|beigne|baffe|volee|droite|tarte|torgnole)"
        r"|met (?:une|la) (?:claque|gifle|raclee|beigne|baffe|volee|droite|tarte)|roue de coups|rouee? de co"
        r"ups"
        r"|serre (?:le cou|la gorge)|mis les mains autour du cou|mis la tete sous leau|crache dessus)"
        + _GAME + r"(?! (?:sur les nerfs|sur le systeme|a lesprit|dans loeil|de plein fouet|comme idee))",
        r"(?:ses|les|des|deux) mains (?:\w+ )?(?:autour|sur|serrees autour) de (?:mon|ma) (?:cou|gorge)",
        r"(?:serre|serrait|serree?) (?:mon|le) cou", r"(?:je me fais|jme fais|je me suis fait|jme suis fait|je me"
        r" faisais) (?:encore )?(?:frapper|battre|taper|tabasser|violer|etrangler|agresser|cogner|gifler|eto"
        r"uffer"
        r"|tapper|defoncer)", _PARTNER + r" (?:a )?(?:leve|levait|leve) la main sur moi",
        r"(?:jarrivais|jarrive|je pouvais|je peux|je narrivais) (?:plus|pas) a respirer (?:\w+ ){0,4}(?:ses "
        r"mains"
        r"|il serrait|elle serrait|il mappuyait|sa main|son bras)",
        r"(?:il|elle|ils|mon \w+|ma \w+) (?:ma|mavait|me) menacee? (?:de mort|avec (?:un|le|son|une) (?:cout"
        r"eau"
        r"|flingue|pistolet|fusil|arme|marteau)|de me tuer|de me (?:frapper|buter|faire la peau|bruler))",
        r"menace (?:de me tuer|de mort|de me frapper|de me buter|de me faire la peau)",
        r"(?:il|elle|ils) (?:a|avait) (?:sorti|pointe|mis|brandi|colle) (?:un|le|son|une|sa) (?:couteau|flin"
        r"gue"
        r"|pistolet|fusil|arme|lame) (?:sur|contre|vers|sous) (?:moi|ma|mon)",
        r"me laisse(?:nt)? sans (?:manger|nourriture|soins|chauffage|argent)",
        r"(?:me|m) (?:(?:prend|prenait|a pris) (?:tout|toute)|confisque|a confisque|garde|gardait) (?:tout |"
        r"toute )?"
        r"(?:mon argent"
        r"|ma carte"
        r"(?: bancaire| bleue)?|mes papiers|mon passeport|mon telephone|ma pension|ma retraite|mon salaire|m"
        r"on natel"
        r"|mon gsm|mon cell)", r"(?:minterdit|me defend|minterdisait) de (?:sortir|voir|travailler|parler|telephoner"
        r"|appeler|partir)", r"(?:il|elle) (?:ne )?me laisse (?:pas|plus|jamais) (?:sortir|voir|partir|travailler"
        r"|parler"
        r"|manger|dormir)", r"(?:il|elle) menferme", r"violences? conjugales?", r"(?:je subis|subir|jai subi) (?:des "
        r"|de la )?(?:violences?|coups)",
        r"(?:il|elle) me force a (?:coucher|avoir des rapports|le sucer|faire lamour|des choses)",
        r"rapports? force", r"(?:il|elle|on) (?:ma|me) (?:violee?|agressee? sexuellement)",
        r"(?:bleus|hematomes|coquard|oeil au beurre noir|levre fendue|marques (?:sur|au) (?:le|mon) cou)(?: "
        r"\w+){0,6} "
        r"(?:a cause de (?:lui|elle|mon|ma)|de ses (?:coups|mains|poings)|quil ma|quelle ma|il ma|elle ma)",
    ],
    danger_me=[
        # A minor with nowhere to go, put out or running away: "j'ai 15 ans je peux aller où", "j'ai 14 ans ma mère m'a
        # mise dehors", "je suis mineure et je dors dehors ce soir", "j'ai fugué".
        r"(?:jai|g|j ai) (?:(?:1[0-7]|[89])|douze|treize|quatorze|quinze|seize|dix sept|onze|dix|neuf) ans(?"
        r":\W+\w+){0,14}?"
        r"\W+(?:(?:je peux|jpeux|je pourrais|je dois|on peut) (?:aller|dormir|partir) ou|ou (?:aller|dormir|"
        r"je peux "
        r"aller|je peux dormir|je vais dormir)|je (?:sais|sait) (?:pas|plus) ou (?:aller|dormir)|je dors ou)"
        r"(?= *(?:[.!?,;]"
        r"|$| ce soir| cette nuit| maintenant))",
        r"(?:(?:jai|g|j ai) (?:(?:1[0-7]|[89])|douze|treize|quatorze|quinze|seize|dix sept) ans|je suis mine"
        r"ure?)"
        r"(?:\W+\w+){0,14}?\W+(?:(?:on|il|elle|ils|mes parents|ma mere|mon pere|mon beau pere|ma belle mere)"
        r" (?:ma|mont"
        r"|me) (?:mise?|jetee?|foutue?) (?:dehors|a la porte|a la rue)|je (?:suis|dors|vais dormir|vis) (?:d"
        r"ehors|a la "
        r"rue|dans la rue|seule? dehors)|(?:je peux|jpeux|je veux) (?:pas|plus) rentrer|jai fugue|je fugue|j"
        r"e vais fuguer)",
        r"(?:jai|g|je viens de|je vais|jvais) (?:\w+ )?(?:fugue|fuguer)(?! (?:de (?:mon|ma) (?:regime|diete)"
        r"))",
        # A partner who "will end up killing me": danger, not a figure of speech (that one is said of work).
        r"(?:(?:mon|ma) (?:\w+ )?(?:mari|ex|conjointe?|compagnon|compagne|copain|copine|mec|jules|chum|femme"
        r"|petit ami"
        r"|petite amie|concubin|concubine|fiancee?|beau pere|pere)|il|elle) (?:\w+ ){0,2}(?:va|finira|risque"
        r" de"
        r"|pourrait|est capable de) (?:vraiment |bien |un jour )?(?:finir par |par )?me (?:tuer|buter|faire "
        r"la peau)",
        r"(?:peur|terrifiee?|effrayee?|flippe|angoissee?) (?:quil|quelle|quils|que mon \w+|que ma \w+) (?:ne"
        r" )?(?:me "
        r"tue|me frappe|me retrouve|me fasse du mal|revienne|me batte|sen prenne|me trouve|me fasse quelque "
        r"chose"
        r"|recommence|me tombe dessus)",
        r"peur (?:de lui|delle)(?! (?:dire|parler|faire|annoncer|demander|avouer|ecrire|expliquer|montrer|me"
        r"ntir"
        r"|deplaire))", r"peur pour ma vie", r"peur de (?:mon (?:mari|ex|conjoint|copain|pere|beau pere|compagnon|chum"
        r"|frere|fils)|ma (?:femme|ex|conjointe|copine|mere|belle mere|compagne|blonde))(?! (?:de|d|\w+ de))",
        r"peur de rentrer (?:chez moi|a la maison)",
        r"(?:il|elle|ils|mon \w+|ma \w+) (?:a dit|dit|a jure|ma dit|menace|mecrit|ma ecrit|repete) (?:quil|q"
        r"uelle"
        r"|quils|qui|que)(?: \w+){0,5} (?:me tuer|me tuerait|me tuera|il me tuerait|elle me tuerait|allait m"
        r"e tuer"
        r"|va me tuer|me fera la peau|me retrouverait"
        r"|me retrouvera|me buter|me butera)",
        r"(?:il|elle|ils|quil|quelle|quils) (?:va|vont|allait|allaient) me tuer",
        # The speaker and the children: "il dit qu'il va nous buter moi et les petits".
        r"(?:il|elle|ils|quil|quelle|quils) (?:va|vont|allait|allaient|veut|voulait) nous (?:tuer|buter|mass"
        r"acrer"
        r"|egorger|flinguer|descendre|faire la peau|cramer)(?!\W+(?:si|sil|quand|lorsque|le jour ou|en voyan"
        r"t)\b)",
        # Stalking by a partner or an ex: messages by the dozen, withheld numbers, waiting outside, and fear.
        r"(?:mon|ma) (?:\w+ )?" + _INTIMATE + r" (?:\w+ ){0,3}(?:me harcele|me harcelait|me traque|mespionne)",
        r"(?:mon|ma) ex (?:\w+ ){0,3}(?:me suit (?:partout|en voiture|dans la rue|jusqu)"
        r"|menvoie (?:\d+|des dizaines de|des centaines de|plein de"
        r"|sans arret des) (?:messages|sms|textos|mails|appels)|mappelle (?:\d+ fois|sans arret|jour et nuit"
        r"|tout le temps|en (?:numero )?masque))",
        r"(?:il|elle|mon ex|ma ex) (?:etait|est|attendait|rodait|rode|est revenue?|est passee?) (?:encore )?"
        r"(?:devant"
        r"|en bas de|sous) (?:chez moi|mon immeuble|ma fenetre|ma porte|mon travail|mon boulot|mon appart|ma"
        r" maison)"
        r"(?:\W+\w+){0,14}?\W+(?<!\bpas )(?<!\bpas eu )(?<!\bplus )(?<!\bjamais )(?:jai (?:eu )?peur|je flip"
        r"pe"
        r"|jai la trouille|je suis terrifiee?|ca me fait peur|je suis morte de peur)",
        # "Mon mari va me tuer" is a danger; "mon chef va me tuer si j'arrive en retard", "ma mère va me tuer, j'ai
        # oublié son anniversaire" are hyperbole: a partner with a mishap, anyone else with a mishap or a condition.
        r"(?:mon|ma) (?:\w+ )?" + _INTIMATE + r" (?:va|vont|allait|allaient) me tuer(?!\W+" + _MISHAP + r")",
        r"(?:mon|ma) (?!" + _INTIMATE + r"\b|" + _WORK + r"\b)\w+ (?:va|vont|allait|allaient) me tuer"
        r"(?!\W+(?:si|sil|quand|lorsque|le jour ou|des quil|des quelle|en voyant|" + _MISHAP + r")\b)",
        r"(?:il|elle) va (?:me retrouver|me faire la peau|me buter)",
        r"(?:je me suis|jme suis|je suis|jsuis|chuis) enfermee? (?:\w+ )?dans (?:la salle de bain|les toilet"
        r"tes|les wc"
        r"|ma chambre|la chambre|la cave|le placard)(?:\W+\w+){0,5}\W+(?:il|elle|ils|peur|cache|pour (?:pas"
        r"|ne pas) quil)",
        r"(?:je me cache|jme cache|je me suis cachee?|cachee?) (?:de lui|delle|dans la salle de bain"
        r"|dans les toilettes"
        r"|dans la chambre|dans le placard|dans la cave|chez (?:une|un|ma|mon) \w+)",
        r"(?:pas|plus) en securite (?:chez moi|a la maison|avec lui|avec elle|ici)",
        r"(?:je suis|jsuis|chuis) en danger", r"(?:jai|g) (?:du )?fuir", r"(?:je dois|faut que je) (?:fuir|partir de "
        r"chez moi)", r"en danger (?:chez moi|avec lui|avec elle|a la maison)",
    ],
    under_threat_now=[
        r"(?:on est|on sest|nous sommes|nous nous sommes) (?:\w+ )?(?:enfermee?s|barricadee?s|cachee?s) (?:"
        r"\w+ )?dans "
        r"(?:la salle de bain|les toilettes|les wc|ma chambre|la chambre|la cave|la voiture|le placard)"
        r"(?![^.!?]{0,60}\b(?:poignee|serrure|cles?|coincee?s?|bloquee?s?|serrurier|par erreur|par accident|"
        r"panne))",
        r"(?:il|elle|ils) (?:a|ont|vient de|viennent de|est alle|est allee) (?:sorti|pris|brandi|charge|poin"
        r"te|sortir"
        r"|prendre|chercher|brandir|charger) (?:un|le|son|une|sa|leur|ses) (?:\w+ )?(?:flingue|fusil|pistole"
        r"t|arme"
        r"|revolver|carabine|machette|hache)(?! (?:\w+ ){0,5}(?:chasse|chasser|stand|tir sportif|nettoyer|en"
        r"tretien"
        r"|club|armurier|ranger|vendre|collection|montrer|demonstration|portes ouvertes|pour (?:aller )?(?:a"
        r"u|a la)"
        r" (?:travail|boulot|service|poste)))",
        r"(?:il|elle|ils) (?:a|ont) (?:brandi|pointe) (?:un|le|son|une|sa) (?:\w+ )?(?:couteau|cutter|lame)",
        r"(?:tape|frappe|cogne|tambourine|tambourinait|defonce|donne des coups) (?:a|contre|sur|dans) (?:la|"
        r"ma) porte",
        r"defonce la porte", r"(?:il|elle|ils) (?:essaie|essaye|tente|est en train) (?:dentrer|de rentrer|de defoncer"
        r"|de casser|de forcer|denfoncer)", r"(?:il|elle|ils) (?:est|sont) (?:devant|derriere) (?:la|ma) porte",
        _PARTNER + r" (?:est|attend|mattend|rode) (?:devant chez moi|en bas de chez moi|devant ma porte|sous ma "
        r"fenetre)(?: \w+){0,3} (?:maintenant|en ce moment)",
        r"(?:il|elle) (?:arrive|revient|rentre|debarque) (?:\w+ ){0,3}(?:et|pour)"
        r" (?:il|elle)? ?(?:va )?(?:me tuer|me frapper|me battre|me taper dessus|me defoncer|me faire la pea"
        r"u)",
        r"(?:je suis|jsuis|je me suis|jme suis|chuis) enfermee? (?:\w+ )?dans "
        r"(?:la salle de bain|les toilettes|les wc|ma chambre|la chambre|la cave|la voiture|le placard)"
        r"(?!(?:\W+\w+){0,5}\W+(?:il|elle|ils|peur|cache|pour (?:pas|ne pas) quil))",
        r"(?:il|elle) a (?:un|le|son|une|sa) (?:couteau|flingue|fusil|pistolet|arme|hache|marteau)(?: \w+){0"
        r",3} "
        r"(?:maintenant|en bas|dans la cuisine|dans la maison|a la main|dans les mains|en main)",
        r"(?:il|elle) me cherche (?:dans la maison|partout|dans lappart)", r"(?:il|elle) hurle (?:quil|quelle) va me",
        r"(?:il|elle) est (?:la|ici) (?:avec (?:un|le|son) (?:couteau|flingue|fusil|arme))",
        r"(?:il|elle|ils) (?:est|sont) en train de (?:me frapper|me taper|metrangler|me tuer|defoncer|casser"
        r"|tout "
        r"casser|me battre)", r"au secours(?=\W+(?:il|elle|ils|aidez|venez|appelez))",
        r"aidez moi\W+(?:vite|il|elle|ils)",
    ],
    child_harm=[
        r"(?:beau pere|pere|papa|oncle|cousin|grand pere|papi|frere|voisin|parrain|copain de sa mere|mec de "
        r"sa mere|chum de sa mere|il) (?:\w+ )?(?:vient|venait|entre|entrait|rentre|se glisse|monte|va) (?:"
        r"\w+ )?dans (?:sa|son|leur) (?:chambre|lit)(?: \w+){0,2} (?:la nuit|le soir|quand (?:sa|leur) (?:me"
        r"re|maman) (?:nest|dort|travaille|sort))",
        # A parent who threatens to die with the child: "il dit qu'il va se tuer avec la petite si je le quitte".
        r"(?:va|vont|veut|voulait|allait|menace de|menacait de|parle de|parlait de|a dit quil va|a dit quell"
        r"e va|dit quil"
        r" va|dit quelle va|je vais|jvais|je veux) (?:se|me|nous) (?:tuer|suicider|foutre en l ?air|jeter "
        r"\w+ \w+|noyer"
        r"|faire sauter) (?:avec|et|en emmenant) (?:les|la|le|mes|nos|ses|notre|ma|mon|sa|son|leur) (?:\w+ "
        r")?(?:enfants?"
        r"|petite?s?|bebe|fils|fille|filles|gamine?s?|gosses?|momes?)",
        r"(?:tuer|emmener) (?:les|la|le|mes|nos|ses) (?:enfants|petits?|petite|bebe|gamins) avec (?:lui|elle"
        r"|moi) "
        r"(?:\w+ )?(?:dans la mort|en mourant|si|quand|avant)",
        # An adult grooming a child online or in person: "ma nièce de 12 ans ... un adulte sur Snap qui lui demande des
        # photos et veut la voir seule", "un mec de 25 ans qui écrit à ma fille de 13 ans et veut la rencontrer".
        r"(?:" + _CHILD + r"|(?:[1-9]|1[0-5]) ans|(?:onze|douze|treize|quatorze|quinze) ans|ados?|collegienne?"
        r"|mineure?)(?:\W+\w+){0,24}?\W+(?:un|une|des|cet|ce|le|la|dun|dune|du|par un|par une) (?:\w+ )?(?:a"
        r"dulte|adultes|homme|mec|type|gars"
        r"|monsieur|inconnue?|majeur|vieux|bonhomme|pervers|quelquun de (?:\d{2}|vingt|trente|quarante) ans)"
        r"(?:\W+\w+){0,14}?\W+(?:lui|leur|la|le|les|l) ?(?:\w+ ){0,2}(?:demande|demandait|reclame|reclamait|"
        r"veut"
        r"|voulait|propose|proposait|envoie|envoyait|exige|insiste pour|donne rendez vous|a donne rendez vous"
        r"|promet|offre|offrait) (?:\w+ ){0,3}(?:des photos|une photo|photos|nudes?|des videos|la voir|le vo"
        r"ir"
        r"|la rencontrer|le rencontrer|rendez vous|venir chez|garder le secret|(?:de )?ne rien dire|ses pare"
        r"nts)",
        r"(?:un|une|des|cet|ce) (?:\w+ )?(?:adulte|homme|mec|type|gars|monsieur|inconnue?|majeur|vieux)(?: d"
        r"e \d{2} ans)?"
        r"(?:\W+\w+){0,10}?\W+(?:ecrit|parle|envoie des messages|texte|drague|chatte|snappe) (?:\w+ )?a (?:m"
        r"a|mon|sa"
        r"|son|notre|une|un) (?:\w+ )?(?:" + _CHILD[3:-1] + r")(?: de (?:[1-9]|1[0-5]) ans)?(?:\W+\w+){0,14}?\W+(?:veut"
        r"|voulait|demande|propose) (?:\w+ ){0,3}(?:photos?|nudes?|la voir|le voir|la rencontrer|le rencontr"
        r"er"
        r"|rendez vous|seule?s?|garder le secret)",
        # A child shut in the dark or a cupboard as punishment, told by the child or a neighbour: "elle m'a dit que
        # sa mère l'enferme dans le noir quand elle pleure".
        _CHILD + r"(?:\W+\w+){0,30}?\W+(?:sa|son|ses|leur|la|le) (?:\w+ )?(?:mere|pere|maman|papa|parents|beau pere"
        r"|belle mere|daron|daronne|nounou|tante|oncle|copain de sa mere|mec de sa mere) (?:\w+ )?(?:l|la|le"
        r"|les) ?"
        r"(?:enferme|enfermait|enfermaient|enferment|a enferme\w*|attache|attachait|laisse|laissait) (?:\w+ "
        r"){0,2}"
        r"(?:dans le noir|dans (?:le|un|la|une) (?:placard|cave|cagibi|debarras|garage|toilettes|niche|cage|"
        r"grenier)"
        r"|a cle (?:\w+ ){0,3}(?:des heures|toute la nuit|quand (?:elle|il) pleure)|sans manger|dehors (?:la"
        r" nuit|dans le"
        r" froid|toute la nuit))",
        # Grooming and sexual abuse told by the child: "ma fille de 8 ans dit que le voisin lui montre des vidéos
        # bizarres et lui demande de garder le secret"; "il le touche dans le bain"; "il lui envoie des photos".
        _CHILD + r"(?: \w+){0,14}? " + _ADULT + r" (?:\w+ ){0,2}(?:lui|leur|les|la|le|l) ?(?:\w+ ){0,2}(?:montre"
        r"|montrait|a montre|fait (?:voir|regarder)|faisait (?:voir|regarder)|a fait (?:voir|regarder)|envoi"
        r"e|envoyait"
        r"|a envoye) (?:des|ses|les|une|un) (?:\w+ )?(?:videos?|images?|photos?|films?|trucs?|choses?|dessin"
        r"s?)"
        r"(?: \w+){0,2}? (?:cochonnes?|pornos?|porno|pornographiques?|de cul|sales|degoutantes?|"
        r"de (?:gens|filles|femmes|hommes|messieurs|dames) (?:tout )?nue?s?|tout nue?s?|nue?s?|sexuelles?|in"
        r"terdites?|"
        r"de sexe|pas pour (?:les )?enfants|pour adultes)",
        _CHILD + r"(?: \w+){0,14}? " + _ADULT + r" (?:\w+,? ){0,8}?(?:lui|leur) (?:a )?(?:demande|dit|fait promettre|"
        r"oblige|interdit|demandait|disait|fait jurer)e? (?:de |d)(?:garder (?:le|ca|ce|un) secret|ne (?:rie"
        r"n|pas) "
        r"(?:le )?dire|rien dire|pas (?:en )?parler|ne pas en parler|(?:le |ca )?garder pour (?:elle|lui|eux)"
        r"|(?:le )?dire a personne|rien raconter|pas (?:le )?dire)(?![^.!?]{0,60}\b(?:surprise|cadeau|annive"
        r"rsaire"
        r"|fete|noel)\b)",
        _CHILD + r"(?: \w+){0,14}? " + _ADULT + r" (?:\w+ ){0,3}(?:entre|vient|rentre|se glisse|monte|va|venait"
        r"|entrait|se couche|se met) (?:\w+ ){0,2}dans (?:sa|leur|son) (?:chambre|lit|bain|douche)(?: \w+){0"
        r",3}? (?:la"
        r" nuit|le soir|quand (?:\w+ ){1,3}(?:dort|dorment|nest pas la|travaille)|en cachette|la porte ferme"
        r"e)",
        _CHILD + r"(?: \w+){0,14}? " + _ADULT + r" (?:\w+ ){0,4}(?:jeux?|petits? jeux?) secrets?",
        _CHILD + r"(?: \w+){0,14}? (?:doit|faut|peut|devait|fallait) (?:\w+ )?(?:le dire a personne|ne le dire a "
        r"personne|rien dire|en parler a personne|pas (?:le )?dire|ne rien dire)(?![^.!?]{0,60}\b(?:surprise"
        r"|cadeau"
        r"|anniversaire|fete|noel)\b)",
        _CHILD + r"(?: \w+){0,14}? (?:cest|que cest|cetait) (?:leur|notre|son|un) (?:petit )?secret(?![^.!?]{0,60}\b"
        r"(?:surprise|cadeau|anniversaire|fete|noel)\b)",
        _CHILD + r"(?: \w+){0,14}? " + _ADULT + r" (?:\w+ ){0,2}(?:la|le|les|l|lui|leur) ?(?:\w+ ){0,2}(?:touche"
        r"|touchait|a touchee?|tripote|tripotait|a tripotee?|caresse|caressait|a caressee?|embrasse sur la b"
        r"ouche"
        r"|deshabille|deshabillait|a deshabillee?|prend en photo nue?|photographie nue?) (?:\w+ ){0,3}(?:la "
        r"ou|aux? "
        r"(?:parties|endroits|fesses|seins|zizi|zezette|foufoune|sexe|parties intimes|partie intime)|entre l"
        r"es (?:jambes"
        r"|cuisses)|sous (?:sa|ses|le|la|les) (?:culotte|slip|vetements|pyjama|jupe|tee shirt)|dans (?:le|so"
        r"n) (?:bain"
        r"|lit|douche)|quand (?:il|elle) (?:est|sont) seule?s?|en cachette|bizarrement|partout)",
        _CHILD + r"(?: (?!foot|rugby|judo|match|entrainement|sport|velo|trampoline|ski|chute|tombe\w*|jou\w*)\w+)"
        r"{0,10}? (?:a|avait|avec|couverte? de|plein de|pleine de) (?:des |plein de )?(?:bleus|ecchymoses|he"
        r"matomes"
        r"|marques de coups|traces de coups|marques|brulures|griffures) (?:\w+ ){0,2}(?:sur|dans|au|aux) (?:"
        r"le |la "
        r"|les |l|son |sa |ses )?(?:dos|ventre|fesses|cuisses|cou|visage|joues?|oreilles?|haut des bras|torse"
        r"|poitrine|parties intimes)(?![^.!?]{0,60}\b(?:judo|foot|rugby|sport|tombee?|chute|velo|jouant|matc"
        r"h|karate"
        r"|trampoline|escalade|roller|skate|ski|leucemie|maladie))",
        r"(?:faut|doit|dois|devait) (?:\w+ )?(?:rien|pas|surtout pas|jamais) (?:le )?(?:dire|raconter|en par"
        r"ler)"
        r"(?: a (?:\w+ ){1,2})?,? sinon (?:\w+ ){1,2}(?:va|vont|ira|sera|serait|allait) (?:etre punie?|aller"
        r" en prison"
        r"|en prison|la frapper|le frapper|la taper|le taper|me frapper|nous frapper|la tuer|le tuer)",
        r"(?:frappe|frappait|a frappe|bat|battait|a battu|gifle|giflait|a gifle|cogne|cognait|a cogne|secoue"
        r"|secouait"
        r"|a secoue|brule|brulait|a brule|tape|tapait|a tape|fouette|fouettait|enferme|enfermait|a enferme|e"
        r"trangle"
        r"|a etrangle|viole|violait|a viole|touche|touchait|a touche|tripote|tripotait|maltraite|maltraitait"
        r"|a maltraite"
        r"|affame|prive de manger|donne des coups a|tabasse|tabassait|a tabasse|pince|frappent|battent|marty"
        r"rise"
        r"|humilie) " + _POSS + r" (?:\w+ )?" + _CHILD + r"\b" + _GAME + r"(?! (?:au ballon"
        r"|en jouant|dans le jeu|pour (?:jouer|rire)))",
        r"(?:le|la|les|l) (?:frappe|frappait|bat|battait|gifle|cogne|secoue|tape|fouette|enferme|viole|touch"
        r"e|tripote"
        r"|maltraite|tabasse|a frappee?|a battue?|a giflee?|a secouee?|a touchee?|a violee?|a tabassee?|a en"
        r"fermee?)"
        r"(?: \w+){0,3} (?:avec (?:une|la|sa|un|le) (?:ceinture|ceinturon|baton|martinet|cuillere|bouteille|"
        r"chaussure"
        r"|cable|fil)|a coups de|jusquau sang|tous les (?:jours|soirs)|quand il boit|quand elle boit)",
        _CHILD + r"(?: \w+){0,3} (?:a des|avait des|est couverte? de|plein de|pleine de|avec des) (?:bleus|ecchymoses"
        r"|marques|brulures|hematomes|traces de coups|traces de ceinture|blessures)(?! (?:\w+ ){0,3}(?:genou"
        r"x|genou"
        r"|tibias?|coudes?|en (?:jouant|tombant|faisant)|parce quil (?:apprend|est tombe|joue)|a la creche|d"
        r"u foot))"
        r"(?![^.!?]{0,60}\b(?:judo|foot|rugby|sport|match|tombee?|chute|velo|karate|trampoline|escalade|roll"
        r"er"
        r"|skate|ski|leucemie|maladie))",
        _CHILD + r"(?: \w+){0,2} (?:se fait|sest fait|se faisait|est|etait|a ete) (?:encore )?(?:frappee?|battue?"
        r"|frapper|battre|taper|maltraitee?|enfermee?|toucher|tripoter|violee?|tabassee?)" + _GAME,
        r"(?:peur|envie) (?:de|d) (?:faire du mal a|secouer|frapper|blesser|etouffer|jeter|lacher|noyer) (?:"
        r"mon|ma|mes"
        r"|le|la|notre) (?:\w+ )?(?:bebe|fils|fille|enfants?|petit|petite)",
        r"(?:jai|g) (?:secoue|frappe|gifle|cogne|tape) (?:mon|ma|le|la|notre) (?:\w+ )?(?:bebe|fils|fille|en"
        r"fant)"
        r"(?: \w+){0,3} (?:fort|trop fort|tres fort|violemment|jusqua)",
    ],
    engine_running=[r"(?:le )?moteur (?:qui )?(?:tourne(?! (?:bien|mieux|rond|parfaitement|correctement|mal|comme))"
    r"|allume|en marche|demarre|ronronne|est allume|est en marche"
                    r"|continue de tourner|tourne toujours)", r"gaz dechappement",
                    # the exhaust pipe, not one being repaired: "j'ai changé le tuyau du pot d'échappement"
                    r"(?<!\bdu )(?<!\bmon )(?<!\bson )(?<!\bun )(?<!\bnouveau )pot dechappement(?![^.!?]{0,6"
                    r"0}\b(?:change"
                    r"|repare|remplace|perce|troue|casse|bruit|garagiste|mecanicien|controle technique|neuf)"
                    r"\w*\b)",
                    r"tuyau (?:\w+ )?(?:dans|par|branche|relie|sur) (?:la|le) (?:vitre|fenetre|pot|habitacle"
                    r")",
                    r"fumees? (?:dechappement|du moteur|du pot|de la voiture)",
                    r"(?:jai|g) (?:demarre|allume|lance) (?:le moteur|la voiture)"],
    gas_on=[r"(?:ouvert|allume|laisse|mis|ouvre|allume)e?s? (?:le |tout le |les )?(?:gaz|robinets? (?:du|de) gaz)",
            r"(?:le )?gaz (?:est )?(?:ouvert|allume|a fond)", r"(?:allume|mis le feu a|fait bruler)e? (?:le |du |un "
            r"|mon )?"
            r"(?:charbon(?: de bois)?|barbecue|brasero)", r"(?:charbon|barbecue|brasero) (?:est |qui )?(?:allume"
            r"|brule)"],
    enclosed=[r"(?:ferme|calfeutre|bouche|scotche)e?s? (?:toutes |tous )?(?:les )?(?:fenetres|portes|aerations|vmc"
              r"|bouches daeration|fentes|issues)",r"dans (?:le |mon |notre )?garage(?! (?:du|de|chez))",
              r"(?:porte du )?garage (?:est )?fermee?",
              r"portes? (?:sont |est )?(?:fermee?s?|verrouillee?s?|bouchee?s?|calfeutree?s?)",
              r"(?:fenetres?|vitres?) (?:sont |est )?(?:fermee?s?|remontee?s?|calfeutree?s?|scotchee?s?)",
              r"calfeutre\w*", r"(?:bouche|colmate|scotche)e?s? (?:les|la|le) (?:fentes?|aeration|portes?|fenetres?"
              r"|interstices?|vmc|bas de la porte)"],
    self_harm=[r"(?:je me suis|jme suis) (?:encore |de nouveau |a nouveau )?(?:cogne|tape|frappe|fracasse)e? la tete "
               r"contre (?:le|les|un|la) (?:murs?|sol|porte) (?:expres|volontairement|jusqua|encore|a nouveau"
               r"|de nouveau|plusieurs fois)",
               r"(?:sest|se sont) (?:encore |de nouveau )?(?:scarifiee?s?|mutilee?s?|tailladee?s?)",
               r"(?:je me suis|jme suis|je me) (?:encore |de nouveau |a nouveau )?(?:scarifiee?|mutilee?|tai"
               r"lladee?"
               r"|entaillee?)", r"(?:je me suis|jme suis) (?:encore |de nouveau |a nouveau )?(?:coupee?|brulee?"
               r"|griffee?|ouvert) (?:\w+ ){0,2}(?:les|le|la|mes|mon|ma) (?:bras|poignets?|cuisses?|jambes?|"
               r"ventre"
               r"|hanches?|peau|avant bras|avant-bras)", r"(?:coupee?|scarifiee?|mutilee?) (?:encore|a nouveau"
               r"|de nouveau|plus profond|trop profond|hier soir|cette nuit|ce matin)", r"(?:je me suis"
               r"|jme suis) (?:\w+ )?brulee?"
               r" (?:\w+ ){0,2}(?:avec (?:une|ma|des|la|le) (?:cigarette|clope|briquet)|expres)",
               r"(?:remise?|recommence) a me (?:scarifier|couper|mutiler|bruler|taillader)", r"rechute (?:de )?"
               r"(?:scarification|automutilation)", r"coupures? (?:trop |tres )?profondes?",
               r"(?:sarrete|arrete) (?:pas|plus) de saigner"],
    self_harm_urge=[r"(?:envie|besoin|pulsions?|envies) (?:de|d) me (?:cogner|taper|frapper|fracasser) (?:la tete )?"
                    r"(?:contre|sur|dans) (?:le|un|les|la|une|des) (?:mur|murs|sol|porte|table|lavabo|miroir"
                    r"|vitre)",
                    r"(?:envie|besoin|pulsions?|envies) (?:de|d) me (?:frapper|griffer|mordre|arracher les c"
                    r"heveux"
                    r"|gratter jusquau sang)(?! (?:un|une|des|le|la|les)\b)",
                    r"(?:envie|besoin|pulsions?|envies) (?:de|d) (?:me )?(?:couper|scarifier|mutiler|faire d"
                    r"u mal"
                    r"|bruler|taillader)(?! (?:les cheveux|la frange|les ongles|le gateau|la parole|du monde"
                    r"|un a?bout))",
                    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix) (?:jours|semaines|mois|ans) (?:sans m"
                    r"e "
                    r"(?:couper|scarifier|mutiler)|clean)",
                    # The urge back after months without: "l'envie revient, surtout le soir dans la salle de bain",
                    # "les envies de me couper sont revenues".
                    r"(?:lenvie|les envies|la pulsion|les pulsions|le besoin) (?:de (?:me|men) (?:couper|sca"
                    r"rifier"
                    r"|mutiler|faire du mal|bruler|taillader|blesser) )?(?:revient|reviennent|est revenue|so"
                    r"nt revenues"
                    r"|remonte|remontent|recommence|reprend|se reveille)(?=[^.!?\n]{0,60}\b(?:salle de bain|"
                    r"lames?"
                    r"|rasoirs?|cutter|bras|poignets?|cuisses?|scarif\w*|couper|me faire du mal|sang)\b)",
                    r"(?:lenvie|les envies|la pulsion|les pulsions|le besoin) de (?:me|men) (?:couper|scarif"
                    r"ier|mutiler"
                    r"|faire du mal|bruler|taillader) (?:\w+ )?(?:revient|reviennent|est revenue|sont revenu"
                    r"es|remonte"
                    r"|remontent|recommence|reprend)"],
    depressant=[r"(?:pris|prend|prends|prendre|tape|taper|gobe|bu|boire|mis) (?:du|de la) (?:g|ge|ghb|gbl)\b",
                r"xanax|lexomil|temesta|seresta|valium|lysanxia|rivotril|tranxene|stilnox|zolpidem|imovane|z"
                r"opiclone"
                r"|somniferes?|benzos?|benzodiazepines?|anxiolytiques?|calmants?|tramadol|codeine|morphine|o"
                r"xycodone"
                r"|oxycontin|skenan|fentanyl|heroine|methadone|subutex|lamaline|izalgi|ghb|lean|seroquel|xer"
                r"oquel"
                r"|ativan|atarax|theralene|alprazolam|bromazepam|lorazepam|diazepam|clonazepam|dormicum"
                r"|keta|ketamine|ket|special k|opium|lyrica|pregabaline|codeine"],
    alcohol=[
        r"(?:avec|et) (?:le|du|un|une|de la|mon|ma|des) (?:petit |verre de |bon )?(?:rose|rouge|blanc|mousseux|biere|apero|whisky|vodka|rhum|pastis|gin)\b(?! (?:et |a |de |du )?(?:levres?|vernis|ongles?|peinture|robe|chemise|pull|voiture|couleur|pinceau|papier|feutre|crayon|stylo))",r"alcool|bieres?|vin|vodka|whisky|rhum|pastis|picole|picoler|bourree?|saoule?|soule?|cuite|ivre"
             r"|pintes?|shots?|tequila|gin|apero|verres? de (?:vin|rouge|blanc|rose|whisky|vodka|rhum|pastis"
             r"|biere)"
             r"|bibine|binouze|alcoolisee?|champagne|cognac|calva|liqueur"
             # Quebec: "une caisse de 24", "une 24", "des grosses" (quarts), "de la bière en canette"
             r"|(?:une |ma |la )?caisse de (?:12|15|18|24|30)|(?:j|je )bois (?:une|ma|deux|trois|\d+) (?:cai"
             r"sses?|grosses"
             r"|canettes|bouteilles|flasques?|24|douze)"
             r"|bu (?:\w+ ){0,3}(?:verres|bouteille|bieres?|vin|alcool|whisky|vodka|coups|canettes)|chaudass"
             r"e",
             # A measure of a drink: "une bouteille de rosé", "un cubi de rouge", "deux litres de bière".
             r"(?:bouteilles?|litres?|magnums?|cubis?|pichets?|carafes?|canettes?|packs?|verres?|fonds?|flas"
             r"ques?)"
             r" (?:entiere?s? )?(?:de |d)(?:vin|rouge|blanc|rose|whisky|vodka|rhum|pastis|bieres?|champagne|"
             r"cidre"
             r"|porto|martini|ricard|gin|tequila|cognac|calva|prosecco|cremant|alcool|fort|mousseux|genievre"
             r")",
             # Drinking without a drink named is alcohol in French ("je bois tous les soirs", "je vais boire avec
             # les autres"), unless the drink is water, coffee or tea, or the drinking is denied or stopped; the
             # imperfect ("il buvait") is history.
             r"(?<!\bne )(?<!\bpas )(?<!\bplus )(?<!\bjamais )(?<!\bfaut )(?<!\bpense a )(?<!\bpenser a )(?<"
             r"!\bsans )"
             r"(?<!\barrete de )(?<!\barreter de )(?<!\bcesse de )(?<!\bdonner a )(?<!\bdonne a )(?<!\bmange"
             r"r et a )"
             r"(?<!\bsuffisamment )(?:boire|bois|boit|buvons|boivent|picole|picoler|tise|tiser)(?! (?:pas|pl"
             r"us|jamais"
             r"|rien"
             r"|que|assez|suffisamment|la tasse|ses paroles|mes paroles|tes paroles)\b)(?! (?:\w+ ){0,5}(?:["
             r"dl]?eau"
             r"|cafes?|the|thes|tisanes?|lait|jus|sodas?|coca|sirop|chocolat"
             r"|bouillon|soupe|smoothies?|infusions?|limonade|decas?|decafeine|biberon|medicaments?|potion|b"
             r"oissons?"
             r"|energisante|redbull|cafe|tasse|gorgee|verre deau|verres deau|ice tea|orangina|perrier|menthe)\b)"],
    # Hallucinated voices louder, more present or commenting ("les voix sont plus présentes", "elles commentent
    # tout ce que je fais"); "les voix" of a choir, of children or of the voters say whose they are.
    voices_worse=[r"(?:la |le |les |ma |mon |mes )?(?:radio|tele|television|tv|poste|murs|ordinateur|ordi"
                  r"|presentateur|presentatrice|journaliste) (?:\w+ ){0,2}?(?:me parle(?:nt)?|madresse(?:nt)?"
                  r"|menvoie(?:nt)? des (?:messages|signes|signaux)|me donne(?:nt)? des ordres"
                  r"|commente(?:nt)? (?:tout )?ce que je (?:fais|pense|dis))(?! (?:de|du|des|d|beaucoup|vrai"
                  r"ment|pas"
                  r"|plus|bien|trop)\b)",
                  r"(?:les|des|mes|ces) voix" + _VOICES + r"(?: \w+){0,4} (?:plus (?:fortes?|presentes?|insistantes?"
                  r"|nombreuses?|frequentes?|agressives?|mechantes?|souvent|fort|forte)|de plus en plus|pire"
                  r"s?"
                  r"|(?:sont |est )?revenues?|reviennent|tout le temps|toute la journee|toute la nuit|sans a"
                  r"rret"
                  r"|jour et nuit|(?:ne )?(?:sarretent|sarrete|se taisent|se tait) (?:plus|pas|jamais)"
                  r"|(?:me )?commente(?:nt)?"
                  r"|critiquent|se moquent de moi|rient de moi|minsultent|minsulte|me traitent|me (?:parlent"
                  r"|parle"
                  r"|disent"
                  r"|dit) (?:encore|sans arret|tout le temps|de plus en plus|jour et nuit|toute la journee))",
                  r"(?:jentends|jentendais|jentend|entendre|entends) (?:a nouveau |encore |de nouveau "
                  r"|toujours )?(?:les"
                  r"|des|ces|mes) voix" + _VOICES + r" (?:encore|de nouveau|a nouveau|plus|tout le temps"
                  r"|toute la journee"
                  r"|sans arret|jour et nuit|qui (?:me parlent|commentent|minsultent|se moquent|rient))",
                  r"(?:jentends|jentendais) (?:a nouveau|encore|de nouveau) (?:les|des|mes) voix" + _VOICES],
    # Eating disorders (NICE NG69): compensating with laxatives, diuretics or vomiting; days without food; the body
    # giving way. Laxatives for constipation, fasting for Ramadan and a stomach bug are not.
    purging=[
        r"(?:prends?|pris|prenais|prendre|utilise|utilisais|avale|avalais|abuse des?) (?:\w+ ){0,3}(?:laxati"
        r"fs?"
        r"|diuretiques?|purgatifs?|dulcolax|forlax|movicol|microlax|tamarine|lasilix"
        r"|duphalac)(?=[^.!?]{0,80}\b(?:apres"
        r" (?:chaque|les|mes|le|un|une) (?:repas|crises?|diner|souper|dejeuner)|tous les (?:jours|soirs)"
        r"|pour (?:maigrir"
        r"|perdre|ne pas (?:grossir|prendre)|compenser|eliminer|evacuer|me vider)|poids|calories|grossir|kil"
        r"os"
        r"|plaquette"
        r"|boite|\d+ par jour))(?![^.!?]{0,80}\b(?:constipation|constipee?|coloscopie|prescrit|ordonnance))",
        r"(?:laxatifs?|diuretiques?|purgatifs?) (?:\w+ ){0,3}(?:pour (?:maigrir|perdre du poids|ne pas gross"
        r"ir"
        r"|compenser"
        r"|eliminer|me vider|evacuer)|apres (?:chaque|mes|les|un|une) (?:repas|crises?))",
        r"(?:je me fais|jme fais|je me suis fait|jme suis fait|je me faisais|me faire|me faisais) (?:encore "
        r")?vomir",
        r"(?:je vomis|je vomissais|je me vide|je me vidais) (?:\w+ ){0,2}apres (?:chaque|mes|les|le|chacun d"
        r"e mes)"
        r" (?:repas|crises?|diner|souper|dejeuner)",
        r"(?:je vomis|jai vomi|je vomissais|vomir|je me vide) (?:\w+ ){0,2}(?:apres (?:chaque|chacun de mes)"
        r" (?:repas"
        r"|crises?|diner|souper|dejeuner)|expres|volontairement|tout ce que (?:je mange|javale|jai mange))",
        r"(?:doigts?|brosse a dents|cuillere) (?:\w+ ){0,2}(?:dans|au fond de) (?:la|ma) gorge",
        r"(?:crises? de boulimie|crises? dhyperphagie|boulimie|hyperphagie) (?:\w+ ){0,4}(?:vomi|vomir|vomis"
        r"|laxatifs?)",
    ],
    restriction=[
        # One meal or one food left: "je mange plus que le soir, une pomme et un yaourt 0%" (not "plus que toi").
        r"(?:je (?:ne )?|jne )?(?:mange|mangeais|avale) (?:plus|rien d?autre|que) (?:que |qu ?)(?:le soir|le"
        r" midi|le matin|une fois par"
        r" jour|un (?:seul )?repas|une pomme|des pommes|un yaourt|des yaourts|un fruit|une soupe|du bouillon"
        r"|des legumes"
        r"|de la salade|du the|de leau|du cafe|des crudites)" + _NOT_ILL,
        # Pride in not eating: "aujourd'hui j'ai réussi à rien avaler du tout, trop fière", "tenu toute la journée
        # sans manger".
        r"(?:reussi|arrivee?|tenu|tenue) (?:a |toute la journee |la journee |jusquau soir )?(?:(?:ne )?(?:ri"
        r"en|presque rien"
        r"|pas|quasi rien) (?:avaler|manger|bouffer)|sans (?:rien )?(?:manger|avaler))(?: du tout| de la jou"
        r"rnee"
        r"| aujourdhui| depuis hier| de toute la journee)?(?! (?:de|du|des|d|la|le|les|un|une|mon|ma|mes|ce|"
        r"cette)\b)(?=[^.!?\n]{0,60}\b(?:fiere?|contente?|victoire|bravo"
        r"|en controle|maitrise|objectif|💪|plus legere?)|(?:[^.!?\n]{0,60})?(?:💪|🎉))" + _NOT_ILL,
        r"(?:pas|rien|presque rien|quasi rien|quasiment rien|a peine) (?:mange|avale|rien mange) (?:depuis|e"
        r"n) (?:\d+"
        r"|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs|quelques) (?:jours|semaines)" + _NOT_ILL,
        r"(?:ca fait|depuis|voila) (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|plusieurs|quelques) (?:jo"
        r"urs"
        r"|semaines) (?:que )?(?:je (?:ne )?mange (?:rien|plus|pas|presque rien|quasi rien|quasiment rien|qu"
        r"e (?:des"
        r" )?(?:pommes|salade|legumes|eau|the|cafe))|jai (?:rien|pas|presque rien) mange|je nai (?:rien|pas|"
        r"presque"
        r" rien) mange|je (?:ne )?mavale (?:rien|plus)|sans (?:rien )?manger)" + _NOT_ILL,
        r"(?:\d+|deux|trois|quatre|cinq|six|sept|dix) jours (?:sans manger|sans rien manger|a jeun|sans nour"
        r"riture"
        r"|a leau|sans rien avaler)" + _NOT_ILL,
        r"(?:moins de|pas plus de|seulement|que|max|maximum|a peine) \d{2,3} (?:calories|kcal|cal)(?: par jo"
        r"ur)?",
        r"(?:jarrete|je vais arreter|jai arrete|arreter|je me prive) de manger (?:\w+ )?(?:pour (?:maigrir|p"
        r"erdre)"
        r"|jusqua|tant que)",
        r"(?:je me|jme) (?:prive|affame|laisse mourir de faim) (?:\w+ )?(?:pour (?:maigrir|perdre|etre mince)"
        r"|depuis|jusqua)",
    ],
    # Only with signs in the body (restriction_with_effects): on its own it is how many people live.
    meal_skipping=[
        r"(?:le soir|le midi|toute la journee|la journee) (?:\w+ )?(?:que|juste|seulement|uniquement) (?:du "
        r"|un |de l |de leau|le )?(?:the|cafe|eau|tisane|coca zero)",
        r"(?:je saute|jai saute|j ai saute|je sautes|sauter) (?:encore )?(?:le dejeuner|le diner|le petit de"
        r"j\w*|les repas|des repas|le repas)",
    ],
    ed_effect=[
        r"(?:je me suis |jme suis |je me suis encore )?evanouie?", r"(?:fait|fais|faire) des malaises",
        r"(?:fait|fais) un malaise", r"tombee? dans les pommes",
        r"(?:je pese|pese|jai atteint|je suis a) (?:\w+ )?(?:[23]\d|4[0-5])(?:[,.]\d)? ?(?:kg|kilos)(?! (?:d"
        r"e plus"
        r"|de trop|en trop|a perdre|a prendre))",
        r"imc (?:de |a |sous |inferieur a |est de )?(?:1[0-7]|[0-9])\b",
        r"(?:pouls|coeur|frequence cardiaque|rythme cardiaque|tension) (?:\w+ ){0,2}(?:[2-4]\d\b|tres (?:bas"
        r"|basse"
        r"|lent|faible)|irregulier|ralenti|qui saute)",
        r"(?:mes )?cheveux (?:qui )?tombent", r"(?:je nai plus|jai plus|plus de) (?:mes )?regles",
        r"(?:toujours|tout le temps|constamment) froid", r"(?:vertiges?|tete qui tourne|vois (?:tout )?noir) (?:\w+ )?"
        r"(?:quand je me leve|en me levant|tout le temps|des que je me leve)",
    ],
    frequency=[
        r"(?:dans la|la|chaque|toutes les|les|chaque) fins? de semaine",
        r"(?:chaque|tous les|le) (?:samedis?|vendredis?|week ends?|weekends?) (?:soir)?",
        r"(?:presque |quasiment )?(?:chaque|tous les) (?:samedi|vendredi|dimanche|soir)s?",r"tous les (?:deux|2|trois|3) (?:jours|soirs)", r"par (?:jour|soir|nuit)",
               r"tous les (?:soirs|jours|matins|midis|week ends|weekends|we|apres midi)", r"chaque (?:soir|jour|matin"
               r"|midi|nuit|week end|weekend|apres midi)", r"toute la (?:journee|soiree|nuit)", r"du matin au soir",
               r"(?:la plupart|presque tous) (?:des|les) (?:soirs|jours)", r"des le (?:matin|reveil|petit dejeuner)",
               r"(?:\d|deux|trois|quatre|cinq) fois par jour", r"(?:avant|apres) (?:le|chaque) (?:travail|boulot|taf)",
               r"quotidiennement"],
    cope=[
        r"(?:ca|ce|cela|lalcool|la biere|le vin|boire) (?:\w+ )?(?:maide|me permet|me sert) (?:a|de) (?:ne )?(?:pas|plus|rien) (?:penser|y penser|sentir|ressentir|gamberger)",r"(?:ma|mon|la seule|ma seule|mon seul|sa|son) (?:facon|maniere|moyen|truc) (?:a moi )?(?:de|pour) (?:tenir"
          r"|oublier|supporter|dormir|me calmer|faire face|decompresser|tenir le coup|survivre|avancer|gerer"
          r"|fuir)",
          r"(?:la )?seule (?:chose|facon|maniere|solution|truc|affaire|patente) (?:qui|de|pour) (?:me |men "
          r")?(?:calme|calmer|aide"
          r"|apaise|apaiser|detend|tenir|tient|dormir|fait dormir|soulage|soulager|fait tenir|fait oublier|e"
          r"teint"
          r"|eteindre|coupe|oublier|endort|endormir|permet)",
          r"pour (?:tenir|oublier|dormir|supporter|me calmer|arreter de penser|ne plus penser|ne plus rien s"
          r"entir"
          r"|faire face|massommer|manesthesier|eteindre (?:ma|la) tete|couper|trouver le sommeil|pouvoir dor"
          r"mir"
          r"|arriver a dormir|tenir le coup|affronter|noyer|moublier|fuir|anesthesier)",
          r"(?:peux|arrive|arrivais|pouvais|sais) (?:plus|pas|pu) (?:dormir|tenir|fonctionner|me calmer|men "
          r"passer"
          r"|vivre|vivre) sans",
          r"sans (?:ca|lalcool|le vin|la biere|boire) (?:je )?(?:ne )?(?:peux|arrive|tiens|dors|fonctionne)",
          r"noyer (?:mon|ma|mes) (?:chagrin|peine|tristesse|soucis|angoisses?|idees noires)"],
    # Intrusive thoughts of harming someone, however the image is introduced ("des images horribles qui me viennent,
    # comme pousser quelqu'un sous le métro"). Pushing, throwing and dropping are harm only towards a fall or under
    # something; shaking only of a baby or a child.
    harm_thought=[
        r"(?:je |j)?(?:mimagine|me vois|me surprends a imaginer|imagine) (?:\w+ )?(?:en train de )?(?:le |la"
        r" |les |l|lui )(?:poignarder|frapper|etrangler|tuer|egorger|blesser|pousser|etouffer|noyer|ecraser|"
        r"renverser|planter|defigurer|bruler|taillader|faire du mal)",
        # The image told as coming to mind: "il me vient l'idée de le frapper avec le couteau quand il est à côté".
        r"(?:me vient|me viennent|me passe|me passent|me traverse|me traversent|mest venue?|me vient a lespr"
        r"it"
        r"|me viennent a lesprit) (?:\w+ ){0,3}(?:(?:lidee|lenvie|limage|la pensee) )?(?:de |d(?=[aeiouy]))"
        + _HARM_DONE,
        r"(?:me vient|me viennent|me passe|me traverse) (?:\w+ ){0,3}(?:lidee|limage|la pensee) (?:de |d)(?:"
        r"le|la|les|l)"
        r" ?(?:frapper|poignarder|blesser|etouffer|etrangler|noyer|pousser|jeter|tuer)",
        # Watching and following someone (often an ex) is a warning sign of violence (stalking): "je passe tous les
        # soirs devant chez elle voir qui est là", "hier je l'ai suivie jusqu'à son boulot".
        r"(?:je passe|jpasse|je repasse|je vais|je fais le tour|je me gare|je reste|je traine|je tourne) (?:"
        r"\w+ ){0,3}"
        r"(?:devant|sous|autour de|en bas de|pres de) (?:chez (?:elle|lui|mon ex|ma ex|mon \w+ ex|lex)|sa (?"
        r":fenetre|porte|maison|residence)"
        r"|son (?:immeuble|boulot|travail|bureau|appart|appartement|taf))(?:\W+\w+){0,6}?\W+(?:pour |et je "
        r")?(?:voir"
        r"|regarder|guetter|checker|surveiller|verifier|savoir) (?:\w+ )?(?:qui|avec qui|si (?:elle|il) (?:e"
        r"st|rentre"
        r"|sort|voit)|ce quil|ce quelle|quand (?:elle|il))(?![^.!?]{0,60}\b(?:malade|tombee?|va bien|besoin|"
        r"courses"
        r"|lumiere|medicaments)\b)",
        r"(?:je (?:lai|les ai)|jlai|je la|je le|je les) (?:\w+ )?suivie?s? (?:\w+ ){0,2}(?:(?:jusqua|jusquau"
        r"|jusque"
        r"|jusquen) (?:chez (?:elle|lui|eux)|son (?:boulot|travail|bureau|taf|immeuble|appart)|sa (?:maison|"
        r"porte"
        r"|voiture|salle))|en cachette|discretement|sans quelle (?:me voie|le sache)|sans quil (?:me voie|le"
        r" sache)"
        r"|partout)(?![^.!?]{0,60}\b(?:aider|porter|proteger|accompagner|securite|rassurer)\b)",
        r"(?:traceur|balise|airtag|gps|mouchard|appli despion\w*|logiciel espion) (?:\w+ ){0,4}(?:sur|dans|s"
        r"ous) "
        r"(?:sa|son|ses) (?:voiture|bagnole|sac|telephone|portable|velo|scooter)",r"(?:pensees?|images?|idees?|flashs?|envies?|scenes?|visions?|pulsions?|films?) (?:\w+,? ){0,5}?"
                  r"(?:(?<=, )|de |d(?=[aeiouy])|(?:ou|dans lesquelles|dans lesquels) je (?:(?:me vois|me vo"
                  r"yais|mimagine"
                  r"|mimaginais|suis)(?: en train de)? )?|comme |genre |: )" + _HARM_DONE,
                  r"(?:peur|terrifiee?|angoissee?|hantee?) (?:de |d(?=[aeiouy])|a lidee de |a lidee d(?=[aei"
                  r"ouy]))"
                  + _HARM_DONE],
    hypothetical=[
        r"(?:ce serait|ca serait|serait|seraient|tout serait) (?:\w+ ){0,8}?(?:si|sans) (?:je|j|moi)\b",
r"si (?:un jour |jamais |a un moment )?(?:jai|je suis|je me sens|je pense|jai envie|il marrive|me viennent|je fais"
                  r"|je traverse|je ressens)",
                  
        r"si (?:un jour |jamais )?je (?:me sentais|devenais|pensais|voulais|avais|devais|etais|me mettais)",
                  r"et si", r"hypothetiquement", r"en theorie", r"imaginons", r"admettons", r"par exemple si",
                  r"que se passerait il si", r"quest ce qui se passerait si", r"si jamais", r"supposons"],
    denial=[
        # Planning ahead while well (any wording): a conditional about the future ("si un jour", "au cas où", "le jour où") and a question about a number, a line, a service or whom to call, in either order: "si un jour j'ai des idées noires le soir, j'appelle qui ? le 3114 c'est bien ça ?", "le 3114, c'est pour si un jour ça revient ?",
        r"(?:si (?:un jour|jamais|un de ces jours|a un moment|a lavenir|plus tard|dans le futur|par hasard|ca (?:arrive|revient|recommence)|(?:\w+ ){1,6}un jour)|au cas ou|pour le jour ou|le jour ou|en cas de|dans le cas ou)" r"\b[^.!\n]{0,160}?\b" r"(?:numeros?|(?:japp?elle|jcontacte|je contacte|jecris a|je joins|je mappelle) qui|qui (?:japp?elle|appeler|contacter|joindre|prevenir)|a qui (?:je )?(?:madresse|madresser|ecrire|telephoner|parler)|vers qui|je fais quoi|quoi faire|que (?:dois|devrais|peux) je faire|ou (?:aller|appeler|ecrire)|3114|3020|112|911|988|143|sos amitie|suicide ecoute|urgences?|samu|ligne|service|permanence|joignables?|de garde|la bonne personne|le bon numero|quelle (?:ligne|demarche|personne)|quel (?:service|numero|contact))" r"(?=[^.!\n]{0,80}\?)",
        r"(?:numeros?|(?:japp?elle|jcontacte|je contacte|jecris a|je joins|je mappelle) qui|qui (?:japp?elle|appeler|contacter|joindre|prevenir)|a qui (?:je )?(?:madresse|madresser|ecrire|telephoner|parler)|vers qui|je fais quoi|quoi faire|que (?:dois|devrais|peux) je faire|ou (?:aller|appeler|ecrire)|3114|3020|112|911|988|143|sos amitie|suicide ecoute|urgences?|samu|ligne|service|permanence|joignables?|de garde|la bonne personne|le bon numero|quelle (?:ligne|demarche|personne)|quel (?:service|numero|contact))" r"\b[^.!?\n]{0,100}?\b" r"(?:si (?:un jour|jamais|un de ces jours|a un moment|a lavenir|plus tard|dans le futur|par hasard|ca (?:arrive|revient|recommence)|(?:\w+ ){1,6}un jour)|au cas ou|pour le jour ou|le jour ou|en cas de|dans le cas ou)" r"\b[^.!?\n]{0,120}?\w(?= *\?)",
        # Someone training or working to help asks what to do or which number to give: "si un patient me dit qu'il
        # veut mourir, c'est quel numéro que je lui donne ? je suis en stage".
        r"si (?:un jour |jamais |demain |par hasard )?(?:un|une|des|mes|mon|ma|un de mes|une de mes) (?:\w+ "
        r")?(?:patiente?s?"
        r"|cliente?s?|usagers?|usageres?|eleves?|etudiante?s?|jeunes?|personnes?|beneficiaires?|appelante?s?"
        r"|residente?s?"
        r"|stagiaires?|ados?) (?:\w+ ){0,3}(?:me )?(?:dit|disait|parle|parlait|ecrit|ecrivait|confie|confiai"
        r"t|annonce"
        r"|annoncait|exprime|exprimait|menace|menacait|raconte|racontait)(?: que| quil| quelle| de| d)?"
        r"[^,?.;\n]{0,80}(?=[^?\n]{0,120}\b(?:numero|qui (?:appeler|contacter|prevenir)|quoi (?:faire|dire|r"
        r"epondre)"
        r"|(?:faire|dire|repondre|fais|fait) quoi"
        r"|que (?:dois|devrais|peux) je (?:faire|dire|repondre)|comment (?:reagir|repondre|intervenir|faire)"
        r"|ligne"
        r"|service|protocole|procedure|3114|3020|119)\b)",
        # Planning ahead while well, a question about the service: "si un jour j'ai des idées noires un dimanche soir
        # et que vous n'êtes pas joignable, le 3114 c'est bien le bon numéro ?"
        r"si (?:un jour |jamais |a un moment |par hasard )?(?:jai|javais|je (?:me )?\w+|il marrive davoir|me"
        r" viennent)"
        r" (?:\w+ ){0,6}?(?:idees noires|pensees? (?:suicidaires|noires)|idees suicidaires|envies? (?:den fi"
        r"nir|de "
        r"mourir|de me faire du mal|de me couper)|une crise|un coup dur)(?=[^?\n]{0,200}\b(?:numero|qui (?:a"
        r"ppeler"
        r"|contacter)|quel service|appeler|joindre|contacter|3114|ligne|urgences?|1 866 appelle|143)\b)",
        # "Elle m'a posé les questions habituelles, si je pensais à me faire du mal, et non, rien de tout ça."
        r"(?:demande|demandee?|demandait|pose|posee?|posait|questionne|interroge)e?s? (?:\w+,? ){0,3}(?:si|s"
        r"ur) "
        r"[^.!?\n]{0,100}?,? (?:et )?(?:non|que non|rien de (?:tout )?ca|pas du tout)\b(?! (?:stop|seulement"
        r"|plus"
        r"|mais))",
        r"(?:demande|demandee?|demandait|pose la question|posee? la question|questionnee?|interrogee?|voulai"
        r"t savoir"
        r"|voulu savoir|a verifie|evalue|sinformait|sest informee?)[^.!?\n]{0,120}?(?:jai (?:dit|repondu|fai"
        r"t)"
        r"|je (?:lui |leur )?ai (?:dit|repondu|assure|jure)|jai nie|je dis|je lui dis|repondu|jai assure)(?:"
        r" que)? "
        r"(?:(?:je|j) (?:\w+ ){0,3}(?:pas|jamais|aucun|aucune|rien|pantoute)|non|que non|pas du tout|jamais"
        r"|absolument pas|pas vraiment|pantoute|pas pantoute|je (?:ne |n)?(?:suis"
        r"|etais|avais|pensais|voulais|pense|veux|compte|ai|nai|navais|netais) (?:pas|jamais|aucun|aucune|ri"
        r"en|plus)"
        r"|je (?:nai|navais|netais|ne pensais|ne voulais|ne suis) (?:\w+ )?(?:pas|jamais|aucun|aucune|rien|p"
        r"lus)|non)"
        r"(?: \w+){0,6}",
        r"(?:jai|g|j ai) (?:dit|repondu) (?:que )?non (?:\w+ ){0,3}(?:quand|lorsque|apres que|parce que) (?:"
        r"elle|il"
        r"|ils"
        r"|on|la \w+|le \w+|mon \w+|ma \w+) (?:ma|mont|mavait) (?:demande|questionne|pose la question)(?: "
        r"\w+){0,16}",
        r"(?:je (?:ne )?suis|jsuis|chuis|chu|je me sens|jme sens|je netais|jetais) (?:pas|plus|jamais|absolu"
        r"ment pas"
        r"|vraiment pas|pas du tout|pas pantoute|aucunement) suicidaire(?! (?:mais|pourtant|sauf|enfin|quoiq"
        r"ue"
        r"|sauf que|ce soir|aujourdhui))",
        r"(?:aucune|pas (?:d|de)|jamais eu (?:d|de)|jamais (?:d|de)|sans) (?:idees?|pensees?|intentions?|env"
        r"ies?"
        r"|projets?|plans?) (?:suicidaires?|noires?|de (?:mort|suicide|me tuer|mourir|me suicider|me faire d"
        r"u mal"
        r"|mettre fin a mes jours|passer a lacte)|den finir)",
        r"(?:pas|jamais|aucune) (?:d|de )?(?:idees|pensees) (?:suicidaires|noires|de suicide)",
        r"(?:je ne|je|jme) (?:ferai|ferais|ferait) (?:jamais|pas|rien) (?:ca|de (?:tel|bete|stupide|betise|c"
        r"onneries?"
        r"|mal)|une chose pareille)", r"je ne (?:me )?(?:ferai|ferais) jamais (?:de mal|ca)",
        r"(?:je ne vais|je vais|jvais|je ne compte) (?:pas|jamais) (?:passer a lacte|me tuer|me suicider"
        r"|me faire du mal"
        r"|faire de betises?|faire de conneries?|faire une betise|faire une connerie)",
        r"(?:je ne|je|j) ?(?:veux|voudrais) (?:pas|surtout pas|absolument pas) mourir(?: \w+){0,2}(?: je veu"
        r"x (?:juste"
        r"|seulement))?", r"(?:je ne suis|je suis|jsuis) (?:pas|plus) en danger", r"(?:rien|pas) de ce genre",
        r"(?:jai|je nai|g) (?:jamais|pas) (?:pense|songe|envisage) (?:au suicide|a me tuer|a mourir|a en fin"
        r"ir|a me "
        r"suicider)", r"je veux vivre", r"je tiens (?:trop )?a la vie", r"jai (?:pas|aucun) de plan",
        r"(?:pas|aucun) de (?:plan|projet) (?:pour|de) (?:me tuer|mourir|en finir|me suicider)",
        # Panic, not a wish: "j'ai l'impression que je vais mourir".
        r"l?(?:impression|sensation|sentiment) (?:que je vais|de) (?:mourir|crever|y rester)(?: \w+){0,3}",
        r"(?:tinquiete|tkt|ne tinquiete|inquietez vous) pas,? je (?:vais bien|ne ferai rien|ferai rien)",
    ],
    fiction=[r"romeo", r"juliette", r"hamlet", r"ophelie", r"phedre", r"antigone", r"bovary", r"werther",
             r"anna karenine", r"javert", r"les miserables", r"zola", r"camus", r"sisyphe", r"la peste",
             r"letranger", r"sartre", r"racine", r"corneille", r"moliere", r"victor hugo", r"baudelaire", r"verlaine",
             r"rimbaud", r"nerval", r"shakespeare", r"cyrano", r"la dame aux camelias", r"lorenzaccio", r"chatterton",
             r"(?:le|la|ce|un|une|cette|mon|ma|du|de la|dans le|dans la) (?:piece|poeme|roman|livre|film|ser"
             r"ie|episode"
             r"|documentaire|docu|podcast|chanson|article|reportage|expose|dissertation|dissert|commentaire|"
             r"personnage"
             r"|heroine|heros|tragedie|chapitre|scene|bd|manga|nouvelle|piece de theatre|theatre|pieces|anim"
             r"e|opera"
             r"|legende|mythe|conte|fable|recit|scenario|narrateur|auteur|autrice|ecrivain|poete)",
             r"(?:devoirs?|expose|dissertation|dissert|cours de (?:francais|philo|litterature|histoire)|prof"
             r" de "
             r"(?:francais|philo|lettres)|bac (?:de )?francais|brevet|(?<!\ben )(?<!\bsous )(?<!\bperdre le "
             r")(?<!\bperdu le )"
             r"(?<!\bgarder le )(?<!\bplus de )(?<!\bpas de )(?<!\bsans )controle(?! (?:de (?:moi|soi|mon|ma"
             r"|mes|tout|la"
             r"|ce que)|technique|total|absolu|parental|fiscal|dacces|medical))|examen|partiel|fiche de lect"
             r"ure"
             r"|commentaire de texte|analyse de texte|memoire|these|seminaire|oral de francais|en classe|en "
             r"cours de)",
             r"jeu video", r"(?:les )?faits divers", r"(?:aux|dans les) (?:infos|informations|nouvelles)",
             r"au journal", r"a la tele", r"dans le journal", r"(?:formation|cours|atelier) (?:sur|au sujet du|de|en)"
             r" (?:le suicide|la prevention|premiers secours|sante mentale)",
             r"(?:au|a mon) (?:travail|boulot|taf|job) (?:je|on) (?:vois|voit|a vu|traite|gere|soigne|recoit"
             r")",
             r"(?:jecris|jai ecrit|je redige|jecrirai) (?:un|une|mon|ma) (?:roman|histoire|nouvelle|scenario"
             r"|fiction"
             r"|poeme|fanfic)", r"(?:mon|ma) (?:roman|histoire|nouvelle|scenario|fiction|fanfic|personnage)",
             r"fanfic(?:tion)?"],
    help_seeking=[r"comment (?:je )?(?:peux|pourrais|dois|devrais|puis je|faire pour)? ?(?:laider|laider a|aider"
                  r"|soutenir|parler a|reagir|approcher|rassurer|la soutenir|le soutenir|les aider|en parler"
                  r" a)",
                  r"(?:que|quoi) (?:dois|puis|peux|devrais|pourrais) je (?:faire|dire)",
                  r"quest ce que je (?:peux|dois|devrais|pourrais) (?:faire|dire) (?:pour|si|quand)",
                  r"(?:je (?:men fais|minquiete|suis inquiete?|me fais du souci)|inquiete?) pour (?:mon|ma|u"
                  r"n|une)"
                  r" (?:ami|amie|pote|copine|copain|eleve|collegue|patient|patiente|voisin|voisine|etudiant|"
                  r"etudiante"
                  r"|cliente?)", r"signes? (?:dalerte|avant coureurs?|precurseurs?) (?:du|de|chez)",
                  r"(?:numero|ligne|service) (?:durgence|daide|decoute|de prevention)", r"ligne decoute",
                  r"3114", r"sos amitie", r"suicide ecoute", r"la main tendue", r"\b143\b", r"1 866 appelle",
                  r"1 866 277 3553", r"prevention du suicide", r"0800 32 123", r"(?:pour|a) (?:un|une|mon|ma) "
                  r"(?:ami|amie|eleve|collegue|pote|copine|copain) qui", r"ou (?:trouver|chercher) de laide",
                  r"comment (?:trouver|obtenir|avoir) de laide"],
)
