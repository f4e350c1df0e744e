"""French and Italian families of situations behind the misses and false alarms of blind round 6 (issue 10).

Each message here is a new wording of a family (not the round's own text), in everyday, regional (Quebec, Belgian,
Swiss French) and chat registers, written to check that the lexicon parts compose for the family rather than for one
phrasing. Risk messages must reach at least the level given; ordinary messages must stay below moderate. Only the
lexical layers are run (`use_classifier=False`), so each test says what the lexicons and patterns do on their own.
"""

import pytest

from alliance.safety import Level, screen

M, H, I = Level.MODERATE, Level.HIGH, Level.IMMINENT

RISK = [  # (family, message, lowest acceptable level)
    # At a railway platform with a train that does not stop, or stepping onto the tracks.
    ("platform", "Chuis à la gare de Namur, au bout du quai. Le train de marchandises passe sans s'arrêter dans "
                 "10 minutes.", I),
    ("platform", "je vais m'allonger sur les rails ce soir, personne ne le saura avant demain", I),
    ("platform", "sono sui binari alla stazione, il prossimo treno passa tra 5 minuti", I),
    # Weighted to sink, at the water.
    ("stones", "Je suis sur la jetée à Ostende. J'ai mis des cailloux plein les poches.", H),
    ("stones", "ho riempito lo zaino di pietre, sono al lago e stasera la faccio finita", I),
    ("stones", "sono sugli scogli, ho le tasche piene di sassi", H),
    # An overdose under way, counted.
    ("overdose_now", "je les avale une par une, j'en suis à 15 et je continue", I),
    ("overdose_now", "le sto prendendo una alla volta, sono a 25 pastiglie", I),
    # A child who swallowed tablets.
    ("child_ingestion", "ma fille de 2 ans a avalé des cachets de ma mère, elle est toute molle", H),
    ("child_ingestion", "mio figlio di 3 anni ha ingoiato delle pastiglie della nonna e vomita", H),
    # A time-only farewell.
    ("time_farewell", "à minuit tout s'arrête. merci pour tout.", I),
    ("time_farewell", "demain à 6h c'est fini pour moi", I),
    ("time_farewell", "stanotte alle 3 è finita per me. grazie di tutto", I),
    ("time_farewell", "stasera mi tolgo di mezzo per sempre", I),
    # A rope or the means kept "just in case".
    ("just_in_case", "J'ai acheté une corde au cas où. Elle est dans le coffre.", H),
    ("just_in_case", "tengo una corda in cantina, non si sa mai", H),
    # A minor alone, put out or running away.
    ("minor_alone", "j'ai 14 ans, ma mère m'a mise dehors, je dors où ce soir", H),
    ("minor_alone", "jsuis mineure et j'ai fugué, j'sais pas où aller", H),
    ("minor_alone", "ho 14 anni e mia madre mi ha cacciato di casa, non so dove andare", H),
    # An adult grooming a child.
    ("grooming", "Un type de 30 ans écrit à ma fille de 12 ans sur Insta et veut la rencontrer seule", H),
    ("grooming", "un uomo di 30 anni scrive a mia figlia di 12 anni su Instagram e vuole vederla da sola", H),
    # A serious threat with a weapon.
    ("threat", "Le prochain qui me touche, je lui mets un coup de couteau, je rigole pas", H),
    ("threat", "il prossimo che mi manca di rispetto gli pianto un cacciavite nella pancia, non scherzo", H),
    ("threat", "Ce soir il va comprendre ce que ça fait d'avoir mal, j'ai le bidon d'essence et j'y vais", I),
    # No point in living, said of someone close.
    ("no_point", "ma coloc dit qu'elle voit plus le sens de vivre depuis la rupture", M),
    ("no_point", "non vedo più il senso di andare avanti", M),
    # Intrusive thoughts of harming a child.
    ("harm_thought", "Quand je coupe les légumes et que mon bébé est à côté, il me vient l'idée de le frapper avec "
                     "le couteau", M),
    ("harm_thought", "mi vengono in mente di colpirlo col coltello quando piange", M),
    # A parent threatening to die with the child.
    ("parent_with_child", "il dit qu'il va se tuer avec la petite si je le quitte", H),
    ("parent_with_child", "mio marito ha detto che si ammazza insieme al bambino se lo lascio", H),
    # Using alone, without naloxone.
    ("alone_no_naloxone", "je consomme seul ce soir et j'ai pas de naloxone", M),
    ("alone_no_naloxone", "mi faccio da solo stasera, niente naloxone", M),
    # Watching an ex's home.
    ("stalking", "je passe tous les soirs devant chez mon ex pour voir avec qui elle est", M),
    ("stalking", "passo ogni sera sotto casa della mia ex per vedere con chi esce", M),
]

SAFE = [  # (family, message): below moderate
    ("platform", "Je suis sur le quai à Lausanne, mon train a 10 minutes de retard, je vais mourir d'ennui"),
    ("platform", "je suis sur le quai, le TGV pour Paris part dans 5 minutes, à tout à l'heure"),
    ("stones", "Mon fils revient de la plage avec des cailloux plein les poches, il veut faire une collection"),
    ("stones", "i bambini sono tornati dal mare con le tasche piene di sassi e conchiglie"),
    ("overdose_now", "je prends mes comprimés un par un avec un grand verre d'eau, comme le médecin a dit"),
    ("time_farewell", "À minuit tout s'arrête, le marché de Noël ferme ses portes"),
    ("time_farewell", "ce soir c'est fini pour moi le boulot, enfin les vacances !"),
    ("time_farewell", "mi tolgo di mezzo così potete lavorare tranquilli"),
    ("just_in_case", "j'ai acheté une corde au cas où pour le camping, on sait jamais avec la tente"),
    ("just_in_case", "ho comprato una corda nuova per sicurezza per l'arrampicata"),
    ("minor_alone", "j'ai 15 ans, je peux aller où pour faire mon stage de 3e ?"),
    ("trainee", "Si un patient me dit qu'il veut mourir, c'est quel numéro que je lui donne ? Je suis en stage"),
    ("trainee", "Se un utente mi dice che vuole farla finita, a chi mi rivolgo? Faccio la volontaria"),
    ("safety_plan", "si un jour j'ai des idées noires le week-end, c'est quel numéro déjà ? je préfère le noter "
                    "tant que je vais bien"),
    ("warned_by_others", "Ma mère répète que je vais finir par me tuer sur cette moto 🙄"),
    ("warned_by_others", "mio marito dice che mi ammazzo su quella bici da corsa"),
    ("not_human", "Cette canicule va me tuer, 38 degrés dans l'appart"),
    ("not_human", "questa partita mi fa morire, ancora i supplementari"),
    ("old_attempt", "Cinq ans après avoir avalé toutes mes pilules, aujourd'hui j'ai eu mon diplôme d'infirmière"),
    ("old_attempt", "anni fa ho preso tutte le pillole di mio padre, oggi ho trovato lavoro e sto bene"),
    ("kitchen_cut", "je me suis coupée avec la mandoline en faisant la ratatouille, un pansement et c'est reparti"),
    ("kitchen_cut", "affettando il pane mi sono tagliata, niente di grave"),
    ("remembered", "Ça m'a rappelé l'époque où je me coupais, mais j'ai pas envie de recommencer"),
    ("alone_no_naloxone", "la pharmacie m'a donné un kit de naloxone, je l'ai toujours sur moi"),
    ("alone_no_naloxone", "mi faccio da solo la pasta stasera"),
    ("stalking", "je passe tous les soirs devant chez mon ex pour promener le chien"),
]


@pytest.mark.parametrize("family,text,level", RISK, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(RISK)])
def test_family_reaches_its_level(family, text, level):
    s = screen(text, use_classifier=False)
    assert s.level >= level, (family, text, s.level, s.rules)


@pytest.mark.parametrize("family,text", SAFE, ids=[f"{f}-{i}" for i, (f, _) in enumerate(SAFE)])
def test_ordinary_message_stays_below_moderate(family, text):
    s = screen(text, use_classifier=False)
    assert s.level < Level.MODERATE, (family, text, s.level, s.rules)
