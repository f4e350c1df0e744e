"""French parts of own risk told indirectly or by what is in the hands (France, Belgium, Switzerland, Quebec).

Apostrophes are dropped by the normalisation: "j'attends" is "jattends", "m'emporte" is "memporte".
"""

from __future__ import annotations

from alliance.safety.lexicon.own_risk.common import gap as _gap

_FR_HOLY = (r"(?:dieu|le seigneur|seigneur|notre seigneur|jesus|le christ|la (?:sainte )?vierge(?: marie)?"
            r"|notre[- ]dame|marie|le tout[- ]puissant|le ciel|le pere eternel|saint \w+|sainte \w+"
            r"|le bon dieu)")
_FR_PRAY = (r"(?:prie|prier|priant|demande|demander|demandant|supplie|implore|jimplore|espere|jespere"
            r"|esperant|attends|jattends|attendant|souhaite|voudrais|jaimerais|aimerais"
            r"|nattends (?:plus )?que|me tarde|vivement)")
_FR_TAKE_ME = (r"(?:(?:quil|quelle|que|de|qui|pour quil|a ce quil|viendra|vienne|va|veuille|daigne|enfin"
               r"|bientot|vite) )*(?:me (?:prenne|prend|prendre|rappelle|rappeler|rappellera|reprenne"
               r"|reprendre|recupere|accueille|appelle|appeler|delivre|fasse partir|laisse partir)|memmene"
               r"|memmener|memporte|memporter|maccueille|mappelle|mappeler|vienne me (?:chercher|prendre)"
               r"|venir me (?:chercher|prendre)|viendra me (?:chercher|prendre)"
               r"|se souvienne de moi)(?! (?:par la main|a (?:la messe|leglise)|sous sa protection|en pitie"
               r"|dans ses bras et)\b)")
_FR_ENDED = r"(?= *(?:$|[.!?,;:]| et\b| maintenant\b| alors\b| mais\b| je\b| voila\b| quoi\b))"
_FR_THEM = (r"(?:(?:mes|ma|mon|nos|notre) (?:\w+ )?(?:enfants|fils|fille|filles|petits[- ]enfants|famille"
            r"|femme|mari|parents|gamins|gosses|proches)|ils|elles|tout le monde|les enfants)")
_FR_WOULD = (r"(?:seraient|serait|vivraient|vivrait|iraient|irait|se porteraient|se porterait|auraient"
             r"|aurait|respireraient|respirerait|souffleraient|pourraient|pourrait)")
_FR_EASIER = (r"(?:mieux|plus tranquilles?|tranquilles?|plus libres?|libres?|soulagee?s?|plus soulagee?s?"
              r"|en paix|debarrassee?s?|plus legers?|plus legeres?|plus a laise|une vie plus (?:facile"
              r"|simple|legere|tranquille)|la vie plus (?:facile|simple)|moins de (?:soucis|charges|frais"
              r"|problemes|tracas)|bien)")
_FR_NOT_ME = (r"(?:sans moi|sans avoir a (?:\w+ ){0,3}(?:moi|de moi|pour moi|me \w+)|sans (?:cette"
              r"|une) charge|debarrassee?s? de moi|si je (?:netais plus la|netais pas la|nexistais plus"
              r"|nexistais pas|partais|men allais|disparaissais|mourais|netais plus(?: de ce monde)?)"
              r"|quand je (?:ne serai plus la|serai partie?|serai morte?)|une fois que je serai partie?"
              r"|apres ma mort)(?! (?:en|a|au|aux|pour|quelques|une semaine|un mois|loin|vivre|travailler"
              r"|etudier|de la maison|de chez|ce (?:soir|week)|demain|au|aux|dans|\w+ant)\b)")
_FR_GONE = (r"(?:netais plus la|netais plus de ce monde|nexistais plus|disparaissais|mourais"
            r"|partais pour de bon|netais plus)(?! (?:en|a|au|pour|quelques|une semaine|demain)\b)")
_FR_KIN = (r"(?:mes|ma|mon) (?:\w+ )?(?:enfants|fils|fille|filles|petits[- ]enfants|famille|femme|mari"
           r"|parents|gamins|gosses|momes|enfant|petits)")
_FR_MANAGE = (r"(?:sen sortiraient|sen sortirait|se debrouilleraient|se debrouillerait|iraient bien"
              r"|irait bien|seraient bien|serait bien|sen remettraient|sen remettrait|tiendraient le coup"
              r"|tiendrait le coup|survivraient|survivrait|seraient mieux|serait mieux)")
_FR_HOLD = (r"(?:jai|javais|jai eu|je garde|je gardais|jai garde|je tiens|je tenais|jai tenu|je porte"
            r"|je portais|jai pris|jai sorti|je sors|je sortais|je me balade avec|je trimballe|jai serre"
            r"|je serrais|je fixais|jai fixe)")
_FR_TOOL = (r"(?:(?:la|le|ma|mon|une|un|les|mes) )?(?:lame|lames|lame de rasoir|lames de rasoir|rasoir"
            r"|cutter|scalpel|bout de verre|morceau de verre|taille[- ]crayon|compas)")
_FR_ON_ME = (r"(?:dans la main|dans ma main|dans les mains|en main|dans (?:ma|la) poche|sur moi|contre (?:ma"
             r"|la) peau|sur (?:mon|le) (?:bras|poignet)|pendant (?:une demi[- ]heure|une heure|des heures"
             r"|\d+ minutes|un bon moment|longtemps)|toute la (?:journee|soiree|nuit)|(?:deux|trois"
             r"|plusieurs) fois(?: aujourdhui| ce (?:matin|soir)| hier)?)")
_FR_NOT_CRAFT = (r"(?![^.!?\n]{0,60}\b(?:rase\w*|raser|barbe|bricol\w*|carton|colis|travaux manuels"
                 r"|au boulot|au travail|maquette)\b)")
_FR_BURN = r"(?:bruler|brule|brulure|brulures|me cramer)"
_FR_IDIOM = (r"(?:(?:va|vont|finira par|finiront par|est en train de|sont en train de|(?:va"
             r"|vont) finir par) me tuer|me tue|me tuent|(?:va|vont) me faire crever|me fait crever|(?:va"
             r"|vont) avoir ma peau|aura ma peau|je me tue (?:a la tache|au travail|a bosser|au boulot)"
             r"|je vais crever (?:de|a) \w+|je meurs (?:de|d) (?:fatigue|stress|ennui))")
_FR_WELCOME = (r"(?:(?:et )?(?:honnetement |franchement |sincerement |a vrai dire |en vrai |au fond "
               r"|entre nous |parfois )?(?:(?:ca|cela|ce) (?:marrangerait|me conviendrait"
               r"|ne me derangerait pas|me derangerait pas|serait un soulagement|serait pas si mal"
               r"|ne serait pas si mal|serait pas plus mal|ne serait pas plus mal|me ferait des vacances)"
               r"|(?:je )?(?:ne )?dirais pas non|(?:je )?(?:ne )?men plaindrais pas|jattends que ca"
               r"|je le souhaite (?:presque|parfois|un peu)|je ne (?:plaisante|rigole) plus|je (?:plaisante"
               r"|rigole) plus|je le pense (?:vraiment|pour de vrai)))")
_FR_CLAUSE_END = (r"(?= *(?:$|[.!?,;:)]| (?:franchement|honnetement|presque|vraiment|en vrai|mdr|lol|du tout"
                  r"|non plus|hein|parfois)\b))(?! ?,? (?:que|qu\w+|si|quand|de)\b)")
_FR_KILL_DENIED = (r"(?:cest pas que je (?:veux|voudrais) (?:me tuer|mourir|me suicider)|je (?:ne )?(?:veux"
                   r"|vais|compte) pas (?:me tuer|me suicider|en finir|mourir|me foutre en lair))")
_FR_OPIOID = (r"(?:l|d)?(?:heroine|hero|came|brown|fentanyl|fenta|oxycodone|oxycontin|morphine|methadone"
              r"|tramadol|codeine|opioides?|opiaces?|skenan|subutex)")
_FR_USE = (r"(?:prends|prenais|jai pris|pris|consomme|consommais|jai consomme|utilise|jai utilise|shoote"
           r"|shootais|me shoote|me suis shoote|me pique|me suis pique|sniffe|jai sniffe|fume|jai fume|tape"
           r"|jai tape|chasse le dragon)")
_FR_PETS = (r"(?![^\n]{0,80}\b(?:chien|chienne|chat|chatte|chiot|chaton|animal|animaux|veterinaire|lapin"
            r"|cheval)\b)")
_FR_ILL = (r"(?![^\n]{0,100}(?:\b|\bl|\bd|\bqu)(?:gastro|grippe|virus|covid|vomi\w*|operation|chirurgie"
           r"|ramadan|jeune|jeuner|coloscopie|dentiste|chimio|intoxication)\b)")
_FR_JUMP = (r"(?:me jeter|je me jette|me jetais|je me jetais|sauter|je saute|sautais|me lancer|je me lance"
            r"|me laisser tomber|me balancer|je me balance)")
_FR_EDGE = (r"(?:je suis|jsuis|chuis|suis|je me trouve|je me tiens)(?: \w+){0,2}? (?:au bord du quai"
            r"|au bord de la voie|au bord des rails|sur le bord du quai|en bout de quai|sur le balcon"
            r"|sur la terrasse|a la fenetre|dehors sur le balcon|sur le rebord|sur le toit)")
PARTS: dict[str, list[str]] = {
    # Belongings cleared so that no one has to later (AAS: putting affairs in order)
    "prep": [
        r"(?:moins de (?:choses|trucs|affaires)|rien) a (?:trier|ranger|vider|debarrasser) pour (?:personne"
        r"|eux|ma famille|mes enfants|les autres)(?: \w+){0,2} (?:apres|plus tard"
        r"|quand je (?:ne serai plus la|serai partie?))\b",
    ],
    # A last thank-you that sums up the help, as the end of the message
    "farewell": [
        r"(?:merci|(?:vous|te) remercier) (?:pour|de) tout(?: ce que vous avez fait(?: pour moi)?)?(?:"
        r" (?:vraiment|sincerement|docteur|madame))*(?= *(?:$|[.!]))",
        r"(?:vous avez|tu as) (?:fait une (?:vraie )?difference dans|change) ma vie",
    ],
    # The jump said as the speaker's own act now (with a place of danger, imminent).
    "intent": [
        r"(?:je (?:vais )?(?:saute|sauter|me jette|me jeter|me lance|me lancer)|jvais (?:sauter"
        r"|me jeter))(?= *(?:$|[.!?,;:]| maintenant| la| tout de suite))",
    ],
    # The urge or the thoughts back: told as now, so a history beside it does not make it the past.
    "time_recent": [
        r"(?:lenvie|les envies|le besoin|les pulsions|la pulsion|lidee|les idees"
        r"|les pensees)(?: \w+){0,8} (?:revient|reviennent|est revenue|sont revenues|recommence|recommencent"
        r"|me reprend|refait surface|est de retour)\b",
    ],
    # A religious or passive wish (asking or waiting to be taken, a life lived to its end), burden.
    "indirect": [
        _FR_PRAY + _gap(8) + _FR_HOLY + _gap(4) + _FR_TAKE_ME,
        r"(?:^|(?<=[.,;!?] )|(?<=\bet ))que (?:le bon dieu|dieu|le seigneur"
        r"|la (?:sainte )?vierge) (?:me prenne|vienne me chercher|me rappelle(?: a lui)?|memporte)",
        r"jai (?:deja )?(?:vecu|fait) (?:tout )?ce que (?:javais|jai eu|je devais|il me fallait"
        r"|jetais cense) (?:a |de )?(?:vivre|faire)(?! (?:dans|a|en|avec|ici|la[- ]bas|chez|au|aux)\b)",
        r"jai (?:fait mon temps|assez vecu|eu ma vie|fait ma vie|vecu ma vie|bien assez vecu)" + _FR_ENDED,
        r"(?:ce serait|ca serait|cest|ce sera|ce serait tellement|ca serait tellement) (?:plus simple"
        r"|plus facile|un soulagement|mieux|plus doux|reposant)(?: pour (?:tout le monde|moi"
        r"|eux))? (?:de )?(?:ne (?:pas|plus) me reveiller|ne plus exister|ne plus etre la"
        r"|sendormir et ne (?:pas|plus) se reveiller|si je ne me reveillais (?:pas|plus))",
        r"(?:" + _FR_THEM + r"(?: \w+){0,3}? )?" + _FR_WOULD + r"(?: \w+){0,3}? " + _FR_EASIER
        + r"(?: \w+){0,3}? "
        + _FR_NOT_ME,
        r"(?:sans moi|si je netais plus la),? " + _FR_THEM + r"(?: \w+){0,2}? " + _FR_WOULD
        + r"(?: \w+){0,2}? "
        + _FR_EASIER,
        r"si je " + _FR_GONE + _gap(6) + r"(?:est[- ]ce que )?" + _FR_KIN + r" " + _FR_MANAGE,
        _FR_KIN + r" " + _FR_MANAGE + r"(?: \w+){0,3} si je " + _FR_GONE,
    ],
    # Burden told as cost: a risk factor that composes with the rest (Joiner 2005).
    "hopeless": [
        r"je (?:leur |lui )?coute (?:cher|trop cher|trop|une fortune|de largent|un bras|les yeux de la tete)",
        r"je (?:ne )?sers plus a (?:rien|grand[- ]chose)",
        r"je (?:ne )?suis (?:plus )?(?:quun|quune|juste un|juste une|seulement un|seulement une) (?:charge"
        r"|poids|fardeau|depense|boulet)",
    ],
    # The instrument held or kept on them, the urge back, the blades stared at (NICE NG225).
    "self_harm_urge": [
        _FR_HOLD + r"(?: \w+){0,2}? " + _FR_TOOL + r"(?: \w+){0,4}? " + _FR_ON_ME + _FR_NOT_CRAFT,
        _FR_BURN + r"\b[^\n]{0,150}?\b(?:je (?:le|la) (?:garde|porte|tiens|trimballe|gardais|portais)"
                   r"|je lai (?:garde|sur moi|toujours)) (?:\w+ ){0,2}(?:dans (?:ma|la) poche|sur moi"
                   r"|dans la main|toute la journee|tout le temps)",
        r"(?:lame|lames|rasoir|cutter|scalpel)\b[^\n]{0,120}?\b(?:je (?:la|le|les) (?:garde|gardais|tiens"
        r"|tenais|porte|portais|trimballe)|je lai (?:gardee?|tenue?|eue?)) (?:\w+ ){0,2}" + _FR_ON_ME,
        r"(?:lenvie|les envies|le besoin|les pulsions|la pulsion)(?: de (?:me (?:couper|bruler|faire du mal"
        r"|scarifier|taillader|griffer|mutiler|faire mal))(?: \w+){0,4})? (?:\w+ )?(?:revient|reviennent"
        r"|est revenue|sont revenues|recommence|me reprend|refait surface|est de retour|remonte)",
        r"(?:je me surprends|je me suis surprise?|je me retrouve|je passe mon temps|je reste) a (?:regarder"
        r"|fixer) (?:\w+ ){0,2}(?:les |la |mes |ma )?(?:lames?|rasoirs?|cutters?)",
    ],
    # Self-harm told as recent, whatever the spelling.
    "self_harm": [
        r"(?:hier|cette nuit|ce matin|hier soir|encore|de nouveau|aujourdhui"
        r"|ce soir) (?:\w+ ){0,2}(?:je me suis |jme suis |me suis )?(?:re)?(?:scarifiee?|automutilee?"
        r"|scarification|automutilation)s?",
        r"(?:je me suis |jme suis |me suis )(?:encore |de nouveau |re)?(?:scarifiee?"
        r"|automutilee?)(?: \w+){0,3} (?:hier|cette nuit|ce matin|hier soir|aujourdhui)",
    ],
    # At an edge now: a ledge, the far side of a railing, a platform edge beside a jump or a train.
    "at_place": [
        r"de lautre cote (?:de la |du |des )?(?:rambarde|garde[- ]corps|balustrade|barriere|parapet|grille)",
        r"(?:je suis|jsuis|chuis|suis|assise?|debout|je me tiens)(?: \w+){0,2}? (?:sur|au bord de) (?:la "
        r"|le )?(?:corniche|rebord de la fenetre|rebord du toit|bord du toit|parapet)\b",
        _FR_JUMP + r"[^\n]{0,200}?\b(?P<at>" + _FR_EDGE + r")",
        _FR_EDGE + r"(?=[^\n]{0,200}\b" + _FR_JUMP + r")",
    ],
    # Not wanting to be here after denying a plan; a death idiom followed by a wish that it came true.
    "death": [
        r"je (?:ne )?(?:veux|voudrais) plus (?:vivre|exister|etre en vie|rester en vie)(?= *(?:$|[.!?,;:]"
        r"| non plus| comme ca| dans ce monde))",
        r"je (?:ne )?veux pas (?:vivre|exister|rester en vie) non plus",
        _FR_KILL_DENIED + _gap(6) + r"(?P<at>(?:mais )?(?:je )?(?:ne )?veux (?:pas|plus"
                                    r"|pas non plus) (?:non plus )?(?:etre la|etre ici|rester (?:ici|la)"
                                    r"|continuer|vivre|exister)(?: (?:non plus|comme ca|plus longtemps))*)",
        _FR_IDIOM + _gap(12) + r"(?P<at>" + _FR_WELCOME + r")" + _FR_CLAUSE_END,
    ],
    # The lethal dose asked, not for an animal (C-SSRS: method research).
    "lethal_means": [
        # a beam or a hook tested for the weight (C-SSRS: preparatory acts)
        r"(?:regarde|verifie|teste|essaye) (?:\w+ ){0,3}(?:quelle|quel|si la|si le) (?:poutre|crochet"
        r"|branche|rampe|tuyau|arbre)(?: \w+){0,2} (?:tiendrait|tient|supporterait|supporte) (?:mon poids)?",
        r"(?:la |quelle |une )?(?:dose|quantite) (?:\w+ ){0,5}(?:qui (?:devient|est|serait) |est |serait "
        r"|devient )?(?:mortelle|letale|fatale|qui tue)" + _FR_PETS,
        r"(?:a partir de )?combien (?:de )?(?:\w+ ){0,4}(?:pour (?:mourir|en mourir|ne plus se reveiller"
        r"|y passer)|(?:cest|est|sont|serait|seraient|devient|deviennent) (?:mortel|mortels|mortelle"
        r"|mortelles|letal|letale|letales|fatal|fatale))" + _FR_PETS,
    ],
    # An ingestion with the amount apart from the noun: the verb is the part.
    "taken": [
        r"(?:jai|jen ai|javais|j en ai) (?:pris|avale|gobe|bu)(?= (?:environ|a peu pres|genre|presque"
        r"|plus de|au moins|pres de|une|dans les) (?:\d+|vingtaine|trentaine|quarantaine|cinquantaine"
        r"|dizaine|vingt|trente|quarante|cinquante)\b)",
    ],
    # The amount, told before the noun it counts.
    "amount": [
        r"(?:(?:environ|a peu pres|genre|presque|plus de|au moins|pres de|dans les) (?:[1-9]\d|\d{3}|vingt"
        r"|trente|quarante|cinquante)|une (?:vingtaine|trentaine|quarantaine|cinquantaine"
        r"|dizaine))(?= (?:\w+ ){0,4}(?:de|des|cachets|comprimes|pilules|gelules)\b)",
    ],
    # Laxatives at several times the dose or before a weigh-in (NICE NG69).
    "purging": [
        r"(?:\d+|deux|trois|quatre|cinq|double|triple) (?:fois )?(?:de )?(?:la )?dose(?: \w+){0,3}(?: de"
        r"| des)? (?:laxatifs?|diuretiques?|dulcolax|purgatifs?)",
        r"(?:laxatifs?|diuretiques?|purgatifs?)(?: \w+){0,5} (?:avant|pour) (?:chaque |la |les |ma |mes "
        r"|une )?(?:pesee|pesees|competition|combat|match|rentrer dans ma categorie|faire le poids)",
    ],
    # Days without eating, not through an illness or a fast.
    "restriction": [
        r"(?:rien|pas|quasi rien|presque rien|pas grand[- ]chose) mange(?: \w+){0,2} depuis (?:avant[- ]hier"
        r"|(?:\d+|deux|trois|quatre|cinq|six|sept|plusieurs) jours|des jours|lundi|mardi|mercredi|jeudi"
        r"|vendredi|samedi|dimanche)" + _FR_ILL,
        r"(?:\d+|deux|trois|quatre|cinq) jours sans (?:rien )?manger" + _FR_ILL,
        r"(?:ca fait|cela fait|voila|depuis) (?:\d+|deux|trois|quatre|cinq|six"
        r"|plusieurs) jours (?:que )?(?:je )?(?:nai|jai|ai)? ?(?:rien|pas|quasi rien|presque rien"
        r"|pas grand[- ]chose) mange" + _FR_ILL,
    ],
    # Opioids used by the speaker, not as prescribed (WHO 2014).
    "opioid_use": [
        _FR_USE + r"(?: \w+){0,3}? " + _FR_OPIOID
        + r"\b(?![^\n]{0,80}\b(?:prescrit\w*|ordonnance|mon (?:medecin"
        r"|docteur) me (?:la|le|les) (?:prescrit|donne)|patch\w*|palliati\w*)\b)",
    ],
    # No one there to call for help.
    "alone": [
        r"(?:tout seul|toute seule|seule?s?(?! (?:chose|fois|facon|moyen|raison|personne|truc|a))|en solo"
        r"|(?:il ny a |ya |y a )?personne (?:a la maison|autour|avec moi|pour (?:me surveiller|appeler))"
        r"|(?:ma|mon|mes) (?:\w+ )?(?:coloc|colocs|colocataire|parents|famille|copine|copain|mec|meuf|femme"
        r"|mari) (?:est|sont) (?:partie?s?|absente?s?|en vacances|pas la)|enferme\w* (?:a clef "
        r"|a cle )?dans (?:ma|la) (?:chambre|salle de bain|voiture)|sans naloxone|sans nalscue"
        r"|sans prenoxad)",
    ],
    # Signs of an opioid overdose: breathing slow or hard, lips blue, limbs numb, nodding off.
    "breathing": [
        r"(?:jai du mal a|jarrive (?:plus|pas) a|je peux (?:plus|pas)|je narrive (?:plus|pas) a) respirer",
        r"je respire (?:mal|difficilement|tres lentement|a peine|bizarre)",
        r"(?:la|ma) respiration (?:est )?(?:lente|bizarre|difficile|ralentie)",
        r"levres (?:bleues|violettes)",
        r"je (?:ne )?sens (?:plus|pas|presque plus) (?:mes|les) (?:jambes|bras|mains)",
        r"je (?:ne )?(?:narrive|peux) (?:plus|pas) (?:a )?(?:rester eveille|garder les yeux ouverts)",
        r"je pique du nez",
    ],
}
