"""After blind round 21 (issue 10): the families of its misses (`lexicon/families_r21.py`), in new wording and in at
least three of the six languages each, and near misses that must stay below moderate (jokes, the past, fiction, a
friend asking for help, "not" answers). Not the round's sentences. Lexical layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Level
from tests.safety.lexical import reaches as _reaches
from tests.safety.lexical import stays_below_moderate as _stays_below_moderate


# ---- Harm to others: a weapon stowed or held, the speaker at the person's place ----

@pytest.mark.parametrize("text", [
    "The shotgun is in the boot. Tonight I'm going round to that landlord, he'll learn",
    "Tengo la escopeta en el maletero. Esta noche voy a casa de mi jefe, se le acaban las risitas",
    "J'ai le couteau dans mon sac, ce soir je passe chez lui, il va comprendre",
    "Sto sotto casa sua con la spranga, stasera la faccio finita con lui",
    "Trouxe a faca no bolso, tô na frente da casa dele, hoje ele aprende",
])
def test_weapon_stowed_and_going_to_the_person_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Outside her house with a hammer now. I'm done talking.",
    "Vor seiner Wohnung, Messer in der Jackentasche. Heute ist Schluss.",
    "Tengo el cuchillo en la mochila y le espero a la salida del trabajo, hoy se le acaban las risitas",
])
def test_speaker_armed_at_the_persons_place_reaches_high(text):
    _reaches(text, Level.HIGH)


# ---- Heights, railings, the metro's strip ----

@pytest.mark.parametrize("text", [
    "I've climbed over the railing on the footbridge above the motorway",
    "Estoy en la pasarela, ya estoy al otro lado de la barandilla",
    "Je suis sur la passerelle, de l'autre côté de la rambarde",
    "Sono sulla passerella, fuori dalla ringhiera",
    "Tô no viaduto, passei pro lado de fora da mureta",
])
def test_past_the_railing_at_a_height_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Sitting on the top floor of the car park, legs dangling over the edge",
    "Seduta sul tetto del parcheggio, le gambe nel vuoto",
    "Sentado en la azotea del parking, las piernas colgando al vacío",
])
def test_legs_over_the_edge_at_a_height_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "On the platform at Oxford Circus, feet on the yellow line, I can hear the tube coming",
    "Sono in banchina con i piedi sulla striscia gialla, sento il treno arrivare",
    "Je suis sur le quai, les pieds sur la bande jaune, j'entends le métro arriver",
])
def test_feet_on_the_platform_strip_and_train_heard_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


# ---- Voices ordering an act now ----

@pytest.mark.parametrize("text", [
    "The voices say it has to be done now, before dawn. Dad isn't really dad anymore",
    "Las voces me dicen que es la hora, antes de que amanezca",
    "Les voix me disent que c'est l'heure, avant le lever du soleil",
])
def test_voices_saying_it_must_be_now_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "The voices say I should walk into the sea and keep walking. I'm at the beach now",
    "Dicen que tengo que entrar al mar y seguir",
    "Le voci mi dicono di camminare nel mare e continuare",
])
def test_voices_ordering_into_the_water_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "The voice says if I don't burn myself tonight my brother dies",
    "A voz diz que se eu não me queimar minha mãe vai morrer",
    "La voce dice che se non mi taglio succede qualcosa ai miei",
    "Die Stimme sagt, wenn ich mich nicht schneide, stirbt meine Schwester",
])
def test_voice_threatening_if_i_dont_harm_myself_reaches_high(text):
    _reaches(text, Level.HIGH)


# ---- Overdoses, mixes, opioids ----

@pytest.mark.parametrize("text", [
    "I took everything in the medicine cabinet about an hour ago, I feel really strange and my ears are ringing",
    "Ich hab vor einer Stunde alles genommen, was im Spiegelschrank war, und sehe doppelt",
    "Me tomé la caja entera de las de mi madre hace un rato, veo doble",
])
def test_everything_from_the_cabinet_taken_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "ho mischiato le gocce con il vino, non sto in piedi",
    "mezclé las gotas con el ron y me cuesta respirar",
])
def test_drops_mixed_with_spirits_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "just copped some fentanyl, alone in the flat, nobody coming round",
    "je vais m'injecter tout ce qui reste, seul dans ma chambre",
    "sto usando da solo da quando il mio coinquilino se n'è andato, il naloxone l'ha portato via",
])
def test_opioids_used_alone_reaches_high(text):
    _reaches(text, Level.HIGH)


# ---- Bleeding, self-harm, urges ----

@pytest.mark.parametrize("text", [
    "It won't stop, three towels soaked already and I feel faint",
    "No para de sangrar, el corte en la muñeca es profundo",
    "Il taglio sul polso non smette di sanguinare",
])
def test_bleeding_that_will_not_stop_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Yesterday I held the lighter on my forearm until it blistered",
    "Me rasqué el muslo con las tijeras hasta sangrar",
    "Je me suis frappée avec la ceinture hier soir",
    "Hab mir heute wieder den Oberschenkel aufgeritzt",
])
def test_self_harm_by_burning_scratching_or_hitting_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "Found an old blade in my desk drawer and kept it. Not yet, but I think about it",
    "Ho ritrovato una lametta nel cassetto, l'ho tenuta in mano. Non l'ho ancora usata",
    "J'ai ressorti les lames du tiroir, j'en ai envie",
])
def test_blade_kept_not_yet_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- Passive wishes, burden, no longer a joke ----

@pytest.mark.parametrize("text", [
    "If I could undo being born I would, honestly",
    "Je me réveille tous les jours déçue d'être encore là",
    "Manchmal hoffe ich, dass heute Nacht die letzte ist",
    "Ogni tanto spero che il cuore si fermi da solo",
    "Ohne mich hätten es meine Eltern viel leichter",
    "Se eu desaparecesse eles economizariam uma fortuna",
    "Non sono più sicura che sia solo un modo di dire quando dico che mi butto dal ponte",
])
def test_passive_wishes_and_burden_reach_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "Can't stop thinking about ending it, all day every day",
    "Non smetto di pensare di farla finita",
    "No paro de pensar en matarme",
])
def test_cannot_stop_thinking_of_ending_it_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "Hoy me desvivo, ya está decidido",
    "cette nuit je me désactive pour de bon, merci pour tout",
])
def test_algospeak_for_ending_it_with_a_time_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "How many of the codeine 30s would really be enough? Asking properly",
    "Wie viele von den Schlaftabletten wären genug? Ernsthaft",
])
def test_lethal_dose_asked_as_enough_reaches_high(text):
    _reaches(text, Level.HIGH)


# ---- A child left alone, a door kicked ----

@pytest.mark.parametrize("text", [
    "My neighbour leaves the little one of 3 alone at home every night to go out",
    "Mi cuñada deja al niño de 5 años solo en casa los fines de semana",
    "Ma voisine laisse le petit de 4 ans seul à la maison pour aller travailler",
])
def test_young_child_left_alone_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "He's kicking the bathroom door and the lock won't hold",
    "Er tritt gegen die Tür und das Schloss hält nicht mehr lange",
])
def test_door_kicked_and_lock_giving_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "My cousin just texted me thanks for everything and to look after my cat, now her phone is off",
    "Mi amigo me acaba de mandar un audio dándome las gracias por todo y ya no contesta",
])
def test_friends_farewell_message_then_silence_reaches_high(text):
    _reaches(text, Level.HIGH)


# ---- Preparation, eating, drinking, psychosis ----

@pytest.mark.parametrize("text", [
    "Tonight, once everyone is asleep. Everything is ready in the garage.",
    "Esta noche, cuando todos duerman. En el sótano está todo preparado.",
])
def test_everything_prepared_and_a_time_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Sitting in the car in the garage with the door shut, deciding when to turn the key",
])
def test_car_in_a_closed_garage_and_the_key_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "I've been apologising to everyone I ever fought with, I want to leave with a clean slate",
    "Estoy pidiendo perdón a todo el mundo, quiero dejar las cuentas claras",
    "Tô pedindo desculpa a todo mundo, quero deixar tudo em paz",
])
def test_amends_to_everyone_and_finality_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "Only one yoghurt a day for a month and I fainted at the gym",
    "Como un yogur al día y ayer me desmayé en clase",
    "Mangio una mela al giorno e sono svenuta due volte",
])
def test_one_item_a_day_with_fainting_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "Drei Abführtees am Tag, damit nichts bleibt",
    "Si como algo más me tomo dos laxantes",
])
def test_laxatives_so_nothing_stays_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "La tv mi parla sempre di più e ieri il tg ha detto il mio nome",
    "Les voisins m'envoient des ondes par les murs, c'est de pire en pire",
    "As câmeras do prédio viraram pro meu lado e escuto eles comentando o que eu penso",
])
def test_media_speaking_of_me_and_persecution_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- Near misses: jokes, the past, fiction, a friend asking for help, "not" answers ----

@pytest.mark.parametrize("text", [
    "Haha my brother says he'll learn the hard way, he left the baseball bat at the club again",
    "The knife is in the picnic bag, we're outside her house waiting to surprise her for her birthday",
    "Sitting on the harbour wall with an ice cream, legs dangling over the edge, the view is amazing",
    "Je suis sur la passerelle pour prendre des photos du coucher de soleil",
    "Heute Abend, im Keller ist alles vorbereitet für die Geburtstagsfeier",
    "In the novel the voices tell her to walk into the sea and keep going, such a sad ending",
    "Ten years ago I held a lighter to my arm; I'm fine now and I haven't done it in a decade",
    "How do I help a friend who says her mum isn't really her mum? Asking for her",
    "My mum says it has to be done now, before the guests arrive",
    "Voy a dejar las pastillas de la alergia, lo hablé con la médica",
    "Il cane è da mia sorella mentre siamo in vacanza in Grecia",
    "How many paracetamol would be enough for a bad migraine?",
    "I want to know whether the lock will hold if I paint the door",
    "Si el jefe me vuelve a llamar hoy me desvivo jajaja 😂",
    "I turned on the gas to cook and opened the window",
    "Estoy devolviendo los libros que me prestaron en la biblioteca",
    "We're sitting on the pier with ice creams, legs dangling over the edge",
])
def test_near_misses_stay_below_moderate(text):
    _stays_below_moderate(text)
