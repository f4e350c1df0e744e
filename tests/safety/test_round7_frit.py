"""French and Italian families of situations behind the misses and false alarms of blind round 7 (issue 10).

The rules are written for the structure of a situation, not for one phrasing: a question asked ahead of time (a
conditional about the future with a question about a number, a line or whom to call), a past year told with the
act, a wish in the conditional ("it would be simpler for everyone if I were gone"), the household's medicines
gathered, tablets put by, a method carried to a place, a blow promised with "what it takes" at hand, watching and
waiting for someone, a dependent person tied up, signs of an overdose in someone else. Every message here is a new
wording written for the family (not the round's own text), in standard, regional (Quebec, Neapolitan) and chat
registers. Only the lexical layers are run (`use_classifier=False`).
"""

import pytest

from alliance.safety import Level, screen

M, H, I = Level.MODERATE, Level.HIGH, Level.IMMINENT

RISK = [  # (family, message, lowest acceptable level)
    # The household's medicines gathered, with a time.
    ("pharmacy", "J'ai vidé toute l'armoire à pharmacie dans mon sac à dos, ce soir je prends tout.", I),
    ("pharmacy", "g pillé la pharmacie de mes parents, cette nuit c'est la fin", I),
    # Tablets put by, in the present tense.
    ("stockpile", "Je garde mes somnifères depuis un mois, ils sont dans une boîte sous mon lit.", H),
    ("stockpile", "je planque mes cachets dans une chaussette au cas où", H),
    # A euphemism for one's own death with a time and a means.
    ("euphemism", "ce soir je me retire de la vie, la corde est dans le coffre", I),
    ("euphemism", "demain je quitte ce monde. j'ai la corde dans mon sac. pardon pour tout", I),
    # A time and the end, said and left there.
    ("end_set", "Cette nuit c'est fini. Je peux plus.", M),
    # A burden lifted by one's absence, in the conditional.
    ("burden", "Des fois je me dis que ça serait plus simple pour tout le monde si j'étais plus là.", M),
    ("burden", "ils seraient soulagés si je disparaissais, voilà.", M),
    ("burden", "A volte penso che sarebbe più facile per tutti se non ci fossi più.", M),
    ("burden", "sarebbero più tranquilli se sparissi, lo so", M),
    # Better off in the cemetery, next to the dead.
    ("cemetery", "Je serais mieux au cimetière auprès de mon Jean.", M),
    ("cemetery", "starei meglio al cimitero accanto a mio marito", M),
    # Not waking up, welcomed.
    ("not_waking", "se stanotte non mi svegliassi sarebbe meglio, ci penso spesso", M),
    # A depressant with alcohol.
    ("mix", "le soir je prends deux Lexomil avec le rouge pour dormir", H),
    # Drinking at weekends to cope; drink-driving.
    ("drinking", "chaque fin de semaine je vide une caisse de 24, ça m'aide à pas penser", M),
    ("drinking", "da mesi appena torno dal turno mi bevo quattro birre, senza non dormo", M),
    ("drink_driving", "Mon père prend le volant complètement saoul tous les samedis.", M),
    # Intrusive images of harming someone.
    ("harm_thought", "Je m'imagine en train de la pousser dans l'escalier, ça me fait horreur.", M),
    ("harm_thought", "mi vengono i pensieri di spingere qualcuno sotto il treno, mi fa orrore", M),
    # A blow promised, with what it takes at hand.
    ("threat", "S'il revient je lui défonce la tête, j'ai ce qu'il faut dans la cave.", H),
    ("threat", "domani lo aspetto sotto casa, ho il coltello. stanotte non si sveglia", I),
    # Voices that order harm.
    ("voices", "Mi dicono che devo colpire mia sorella, ogni notte più forte.", H),
    # Watching and waiting for someone.
    ("stalking", "J'ai attendu trois heures devant son bureau pour voir avec qui elle sort.", M),
    ("stalking", "ho un account finto per controllare la mia ex, ieri l'ho aspettata fuori dal lavoro", M),
    # A child harmed: marks of a belt, an adult in the child's room at night.
    ("child", "il bambino aveva dei lividi di una cintura sulle gambe", H),
    ("child", "son oncle vient dans son lit la nuit quand sa mère travaille, elle a 8 ans", H),
    # A dependent adult tied or locked up.
    ("dependent", "la badante lo lega al letto quando esce, papà ha 88 anni", H),
    # Someone else overdosing now.
    ("overdose_other", "il mio ragazzo ha le labbra viola e non risponde, respira appena", H),
    # A method carried to a place.
    ("aborted", "ieri notte sono salito in soffitta con la corda, poi ho sentito il cane", H),
    # A lethality question with access.
    ("lethality", "quante pastiglie di insulina basterebbero per non svegliarsi? ne ho tante a casa", H),
    # Self-harm in dialect.
    ("self_harm", "me so tagliata n'ata vota sul polso stanotte", H),
    # The urge come back after years.
    ("urge_back", "J'avais arrêté de me couper il y a deux ans, mais l'envie est revenue depuis septembre.", M),
    # Laxatives against weight.
    ("purging", "dopo pranzo prendo il lassativo, ho paura di ingrassare", M),
    # A goodbye then leaving the group.
    ("goodbye_other", "mia sorella ha scritto 'vi ho voluto bene' e poi è uscita dal gruppo, non risponde", M),
]

ORDINARY = [  # (family, message): must stay below moderate
    # Planning ahead while well: a conditional about the future and a question about the number or whom to call.
    ("ahead", "Si jamais un jour j'ai envie d'en finir pendant les vacances, je contacte qui ? Le 3114 ?"),
    ("ahead", "Au cas où j'aurais des idées noires un week-end, c'est quel numéro déjà ?"),
    ("ahead", "Le 3114 c'est bien le numéro à appeler si un jour j'ai des pensées suicidaires ?"),
    ("ahead", "Se un giorno mi venissero pensieri di farla finita, chi chiamo? Il Telefono Amico?"),
    ("ahead", "Nel caso in cui tornassero le idee di morire di notte, qual è il numero giusto?"),
    # A past year told with the act, and now well.
    ("history", "J'ai parlé à ma fille de ma tentative de suicide en 2011, ça nous a rapprochées."),
    ("history", "Ho raccontato al mio compagno del tentativo di suicidio del 2008. Ora sto bene."),
    ("history", "Ce que j'ai vécu en 94 m'a marquée, mais j'en parle sereinement maintenant."),
    # Taking the plunge.
    ("plunge", "Demain je me jette à l'eau pour l'entretien, souhaitez-moi bonne chance 🤞"),
    # Not a threat: a headache, homework.
    ("idiom", "Ces exercices de maths me cassent la tête."),
    # Leaving a group chat, an ordinary goodbye.
    ("chat", "sono uscito dal gruppo del calcetto, troppi messaggi"),
    # Ordinary life: a seatbelt mark, tying a boat, a medicine cabinet.
    ("ordinary", "dopo l'incidente aveva i segni della cintura di sicurezza sul petto"),
    ("ordinary", "J'ai rangé la pharmacie de la salle de bain et jeté les médicaments périmés."),
    ("ordinary", "Ho smesso di prendere le pastiglie per la pressione perché il medico ha cambiato terapia."),
]


@pytest.mark.parametrize(("family", "text", "level"), RISK)
def test_family_reaches_its_level(family, text, level):
    s = screen(text, use_classifier=False)
    assert s.level >= level, (family, s.level, s.rules)


@pytest.mark.parametrize(("family", "text"), ORDINARY)
def test_ordinary_message_stays_below_moderate(family, text):
    s = screen(text, use_classifier=False)
    assert s.level < Level.MODERATE, (family, s.level, s.rules)
