"""Families of situations in English and German, generalised after blind round 6 (issue 10).

Each family is written here in wordings of our own (not the blind set's), in everyday, regional and slang registers:
risk messages must reach at least their level, ordinary messages that share their words must stay below moderate.
Lexical layers only (`use_classifier=False`), so the tests pin what the lexicons and patterns compose.
"""

import pytest

from alliance.safety import Level, screen

M, H, I = Level.MODERATE, Level.HIGH, Level.IMMINENT

RISK = [
    # At a jumping place now, or on the way there.
    ("getting the last train out to the Golden Gate tonight, alone", H),
    ("on the coach to Beachy Head now. nobody knows", H),
    ("heading to the viaduct tonight, letters are on my desk", I),
    ("standing on platform 2. the express goes through here without stopping, 3 minutes to go", I),
    ("I filled my coat pockets with stones and walked down to the river", I),
    ("Bin im Zug zur Rügenbrücke, heute Nacht ist Schluss", I),
    ("Steh am Gleis 3, der Güterzug fährt hier durch, noch 2 Minuten", I),
    ("Stehe am Bahnsteig.\nDer Regionalexpress hält hier nicht.\nNoch 3 min.", I),
    # An overdose under way or just taken, a child who swallowed tablets.
    ("swallowing the tablets one at a time, I'm up to 25 now", I),
    ("Ich schluck sie grad eine nach der anderen, bin bei 15", I),
    ("hab vorhin alle Tabletten von meiner Mama gnommen, mir is schwindlig", I),
    ("my 3 year old got into my handbag and swallowed some of my blood pressure tablets", H),
    ("Mein Kleiner (2) hat Tabletten von der Oma geschluckt", H),
    # A rope tied; a gun in the lap; an engine running in a lock-up.
    ("the rope's tied to the banister", H),
    ("grandad's rifle is across my knees", H),
    ("sat in the car in the shed, engine on, shutter pulled down", I),
    # Time-only farewells.
    ("at midnight it all ends. thank you for everything", I),
    ("tonight at 10 it's over for me. everything is ready", H),
    ("Um Mitternacht ist alles vorbei. Alles ist vorbereitet.", I),
    # Lethal-dose research on one's own or a relative's medicines, even "for a story".
    ("how much of my mum's insulin would it take to not wake up? it's for a book i'm writing", H),
    ("what's the lethal dose of my sertraline, asking for a story", H),
    ("Wie viele von meinen Tavor bräuchte man, um nicht mehr aufzuwachen? Ist für eine Geschichte", H),
    # A minor alone or on the run, marks on a child, grooming, a parent threatening to take the child.
    ("I'm 13 and I ran away from home, I'm sleeping at the bus station", H),
    ("Ich bin 13 und bin von zu Hause abgehauen, ich schlafe am Bahnhof", H),
    ("a man I met online is 34 and keeps asking me to send pics and not tell my mum. I'm 12", H),
    ("my stepson has burns on his hands and says his dad did it", H),
    ("my ex said he'll kill himself and the kids if I don't come back", H),
    ("Mein Ex droht, sich und die Kinder umzubringen, er hat sie gerade abgeholt", H),
    ("die Kleine ist bei ihm, er schreibt: dann fahren wir zwei halt gegen eine Mauer", H),
    ("the toddler upstairs is on the balcony railing, 5 floors up, her mum is passed out", H),
    # Eating-disorder medical danger.
    ("I've been fainting at work and my heart keeps skipping, I only eat an apple a day", M),
    ("taking 12 laxatives a day now and my heart is fluttering", H),
    ("skipping breakfast and lunch every day, living on black coffee and diet coke. I like feeling empty", M),
    ("Nehm jetzt 8 Abführmittel am Tag, mir wird ständig schwarz vor Augen", H),
    ("Ich ess seit Tagen fast nichts, bin heute zweimal umgekippt", H),
    # Using alone without naloxone; heavy daily drinking; a drunk driver.
    ("using H on my own tonight, no narcan in the flat", H),
    ("doing a few percs tonight, flatmates are away so it's just me", H),
    ("Ich drück heute allein, Naloxon hab ich keins", H),
    ("I drink two bottles of wine every night, it's the only way I can switch off", M),
    ("Trinke jeden Abend eine Flasche Wein, sonst halt ich es nicht aus", M),
    ("Mein Vater fährt jeden Abend besoffen Auto, irgendwann bringt er wen um", M),
    # Stalking an ex; a serious threat with a weapon.
    ("I drive past my ex's flat every night to check who's there, she has no idea", M),
    ("Ich fahr jeden Abend an ihrer Wohnung vorbei und schau, wer bei ihr ist", M),
    ("I've got a knife and I'm going to stab him when he comes out, and I'm serious", H),
    # Passive death wishes of older adults, in dialect too.
    ("it would be better for everyone if I were gone, I'm 84 and just a nuisance", M),
    ("I just want the Lord to take me now, I pray every night that I won't wake", M),
    ("Der Herrgott soll mi holen, i bin nur mehr a Last", M),
    ("Es wär für alle besser, wenn i nimmer da wär", M),
    ("i hab lang gnua glebt, es reicht", M),
    # Self-harm urges returning; voices commanding.
    ("the urge to cut came back this week, eight months clean", M),
    ("Der Druck zu ritzen ist wieder da, nach 6 Monaten", M),
    ("Die Stimme sagt, ich muss mich bestrafen", H),
    ("they keep telling me my neighbour is poisoning me and they're getting louder", M),
]

ORDINARY = [
    # Training or work: which crisis number to give others.
    "I'm on a suicide prevention course at work, which helpline should we give to someone who says they're suicidal?",
    "As part of my mental health first aider training, what number do you give someone in crisis in Ireland?",
    "Ich mach grad den Ersthelfer-Kurs für psychische Gesundheit: welche Nummer gibt man jemandem, der suizidal ist?",
    # A denial answered to the clinician.
    "You asked if I'd ever had thoughts of ending my life. No, never, honestly. I'm just exhausted.",
    "no, I never thought of killing myself, I promise. work is just stressful",
    "Sie haben gefragt, ob ich Suizidgedanken habe: nein, hatte ich nie, versprochen.",
    # Hyperbole laughed off; something non-human "killing me"; someone else's warning.
    "if i fail this exam im gonna kms lmfaooo jk",
    "this heat is killing me, 38 degrees again",
    "the match tonight is going to kill me, penalties again",
    "my husband says I'll kill myself on that ladder one day",
    "mum says I'll break my neck on that skateboard",
    "Die Hitze bringt mich um, 36 Grad im Büro",
    "Mein Mann sagt, ich bring mich auf der Leiter noch um",
    # History told with good news; an accident; a sport.
    "I took an overdose ten years ago; today I graduated as a nurse",
    "Vor 10 Jahren hab ich Tabletten genommen, heute bin ich glücklich verheiratet",
    "cut my finger chopping onions, lots of blood but it's fine",
    "Hab mir beim Zwiebelschneiden in den Finger geschnitten",
    "doing a bungee jump off a bridge tomorrow! so nervous",
    "Morgen mach ich Bungee-Jumping von der Brücke!",
    # Ordinary life sharing the families' words.
    "driving to the bridge now to meet Tom for a run",
    "just got the last bus home, so tired",
    "skipping lunch today, big meeting",
    "I'm 15 and home alone tonight, parents at a wedding, ordering pizza",
    "Ich bin 15 und heute allein zu Hause, Eltern sind auf einer Hochzeit",
    "my boss asked me to keep the merger secret",
    "parked outside her place to pick her up for our date",
    "the party ends at 12 so pick me up then",
    "the sale ends tonight at midnight",
    "Um Mitternacht ist die Party vorbei",
    "I'm at the station, the train is late again",
    "Steh am Gleis 3, der Zug hat wieder Verspätung",
    "I took my tablets one by one with water like the nurse said",
    "my son is 14 and ran the whole 10k!",
    "Erste Nacht allein im Wald beim Survival-Kurs, drückt mir die Daumen!",
    "Hab die Katze zum Tierarzt gebracht, sie hat Schnupfen",
    "Hab meiner Schwester die Katze gebracht, ich fliege morgen in den Urlaub",
    "it's getting worse and worse with the traffic on my commute",
]


@pytest.mark.parametrize(("text", "level"), RISK)
def test_a_family_composes_in_new_wording(text, level):
    assert screen(text, use_classifier=False).level >= level


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_life_sharing_the_words_is_not_flagged(text):
    assert screen(text, use_classifier=False).level < Level.MODERATE


def test_an_earlier_farewell_and_a_time_now_is_imminent():
    context = ["Hab meiner Nachbarin den Hund gebracht", "Die Briefe liegen im Flur, danke für alles"]
    assert screen("Heute Nacht um 2.", context=context, use_classifier=False).level >= I
