"""After blind round 18 (issue 10): the families of its misses (`lexicon/families_r18.py`) and its false alarms fixed by
structure, in new wording and in at least three of the six languages each. Not the round's sentences. Lexical layers
only."""

from __future__ import annotations

import pytest

from alliance.safety import Level
from tests.safety.lexical import reaches as _reaches
from tests.safety.lexical import stays_below_moderate as _stays_below_moderate


# ---- False alarms, by structure ----

@pytest.mark.parametrize("text", [
    "About ten years ago I used to cut my legs, I'm fine now, the counsellor just asked about the marks",
    "Hace unos 12 años me autolesionaba, ya nada, estoy muy bien. Lo digo por el formulario",
    "Il y a des années je me scarifiais, maintenant je vais bien, c'était juste pour le dossier",
    "Ich hab mich als Teenager oft geritzt, die Narben sieht man noch. Das kommt für mich nicht mehr in Frage.",
    "Há uns 15 anos eu me cortava, agora já nada, estou super bem",
])
def test_self_harm_told_as_history_and_fine_now_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "No, doctor, thoughts of harming myself: zero. I'm just tired of the commute.",
    "Doctora, cero pensamientos de hacerme daño, solo estoy harta del trabajo",
    "Zéro pensée de me faire du mal, docteur, je suis juste épuisée",
    "Dottore, pensieri di uccidermi zero, sono solo stressato per gli esami",
])
def test_thoughts_of_harm_answered_zero_stay_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "either I kill him or he kills me tonight, chess club final ♟️",
    "Final del torneo de ajedrez: o lo mato yo o me mata él",
    "o la uccido o mi uccide lei, finale del torneo di scacchi domani",
])
def test_kill_or_be_killed_in_a_game_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text, context", [
    ("tomorrow I'm jumping!!! wish me luck 😂", ["booked a bungee jump for my birthday", "from a bridge, 80 metres"]),
    ("mañana me tiro jajaja 😂", ["me regalaron un salto de puenting", "desde un puente de 60 metros"]),
    ("demain je saute !! 😂", ["j'ai réservé un saut à l'élastique", "depuis un pont de 90 mètres"]),
])
def test_jumping_after_a_bungee_jump_named_stays_below_moderate(text, context):
    _stays_below_moderate(text, context)


@pytest.mark.parametrize("text", [
    "Bought a thick climbing rope and two carabiners for the new hammock in the garden",
    "Compré una cuerda para el columpio de los niños, muy gruesa",
    "J'ai acheté une corde d'escalade bien solide pour le hamac du jardin",
    "Ho comprato una corda per l'amaca in terrazzo, finalmente relax",
])
def test_rope_bought_for_a_hammock_or_climbing_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Training for the Samaritans: tomorrow a role-play with a caller with suicidal thoughts, so nervous!",
    "En la formación del teléfono de la esperanza haremos un juego de rol con un llamante con ideas suicidas",
    "Formazione al telefono amico: simulazione con un chiamante con pensieri suicidi la prossima settimana",
])
def test_helpline_trainee_role_play_stays_below_moderate(text):
    _stays_below_moderate(text)


# ---- A burn with a hot tool on the speaker's arm or leg (high) ----

@pytest.mark.parametrize("text", [
    "I burnt my thigh with the curling iron again on Sunday, it's fine, just a blister",
    "Anoche me quemé el brazo con la plancha del pelo, ya está, no pasa nada",
    "Ieri sera mi sono bruciata il polso con la piastra, tanto non lo vede nessuno",
    "Queimei o pulso com a chapinha ontem, tá tudo bem",
])
def test_burn_with_a_hot_tool_on_arm_or_leg_is_high(text):
    _reaches(text, Level.HIGH)


# ---- A young child left alone for the weekend, or asking neighbours for food (high) ----

@pytest.mark.parametrize("text", [
    "the little boy upstairs was left by himself all weekend again, his dad hasn't been back",
    "El niño de la vecina se ha quedado solo todo el fin de semana, tiene 5 años",
    "Il bambino del terzo piano è rimasto da solo tutto il weekend, la madre non si vede",
    "A menina do lado ficou sozinha desde sexta, tem 7 anos",
    "the toddler next door knocked on our door asking for food, nobody's home there",
])
def test_young_child_left_alone_or_asking_for_food_is_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "my daughter lives on her own since she turned 25",
    "Mi hijo estudia solo toda la tarde en la biblioteca",
])
def test_adult_child_living_alone_stays_below_moderate(text):
    _stays_below_moderate(text)


# ---- A lethal-dose question with a weight (high) ----

@pytest.mark.parametrize("text", [
    "how many of dad's propranolol would it take for a person of about 70kg, I'm serious",
    "¿Cuántas pastillas de lamotrigina harían falta para alguien de unos 55 kilos?",
    "Quante compresse di mirtazapina ci vorrebbero per una persona di 65 kg?",
])
def test_lethal_dose_question_with_a_weight_is_high(text):
    _reaches(text, Level.HIGH)


# ---- At someone's relative's door with fuel or a weapon (imminent) ----

@pytest.mark.parametrize("text", [
    "I'm sitting outside her dad's with a jerry can of petrol. She shouldn't have taken the kids.",
    "Estoy aparcado delante de la casa de su madre con un bidón de gasolina",
    "Sono parcheggiato sotto casa di sua madre con una tanica di benzina",
])
def test_at_their_relatives_door_with_fuel_is_imminent(text):
    _reaches(text, Level.IMMINENT)


# ---- Tablets with spirits an hour ago, no verb; numb fingers (imminent) ----

@pytest.mark.parametrize("text", [
    "like 25 sertraline with vodka an hour ago. can't feel my fingers",
    "unas 20 pastillas con ron hace una hora. no siento los dedos",
    "tipo 40 comprimés avec du whisky il y a 1h",
    "so 30 Tabletten mit Wodka vor einer Stunde",
])
def test_tablets_with_spirits_an_hour_ago_is_imminent(text):
    _reaches(text, Level.IMMINENT)


# ---- An intrusive image of hitting someone with a knife (moderate) ----

@pytest.mark.parametrize("text", [
    "When I'm chopping veg I get an image of hitting my wife with the knife. It horrifies me.",
    "Me viene la imagen de golpearlo con el cuchillo de la cocina y me da pánico",
    "Mi viene l'immagine di colpirla col coltello mentre cucino, mi fa schifo pensarlo",
    "J'ai l'image de le frapper avec le couteau quand on cuisine, ça m'horrifie",
])
def test_intrusive_image_of_hitting_with_a_knife_is_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- Locked out at night after violence; hair pulled (high) ----

@pytest.mark.parametrize("text", [
    "He locked me out of the house last night in my nightie, I'm in the car",
    "Anoche me dejó fuera de casa en pijama, dormí en el portal",
    "Mi ha buttata fuori di casa di notte e ha tirato i capelli",
    "Ele me trancou do lado de fora de pijama depois de gritar comigo",
])
def test_locked_out_at_night_after_violence_is_high(text):
    _reaches(text, Level.HIGH)


# ---- A voice ordering not to eat or sleep, or to stop someone (high) ----

@pytest.mark.parametrize("text", [
    "My grandmother's voice tells me not to eat until the house is safe",
    "La voz de mi abuela me ordena que no coma ni duerma",
    "Les voix me disent de ne plus manger ni dormir",
    "the man on the radio says the neighbour is spying on me and I have to stop him",
    "Quello della televisione mi dice che il vicino mi avvelena e devo fermarlo",
])
def test_a_voice_ordering_not_to_eat_or_to_stop_someone_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Standing on the tracks, a train due (imminent) ----

@pytest.mark.parametrize("text", [
    "the 6:40 freight comes through here. I'm standing on the tracks",
    "Pasa el tren de las 8:15. Estoy en medio de las vías",
    "Le TER de 7h05 arrive. Je suis debout sur les rails",
])
def test_standing_on_the_tracks_with_a_train_due_is_imminent(text):
    _reaches(text, Level.IMMINENT)


# ---- A wish for a fatal accident (moderate) ----

@pytest.mark.parametrize("text", [
    "Honestly the only thing that would fix my life is a car accident, a quick one",
    "La seule chose qui arrangerait ma vie ce serait un accident de voiture",
    "L'unica cosa che sistemerebbe tutto sarebbe un incidente in autostrada",
    "A única coisa que resolveria a minha vida seria um acidente de carro",
])
def test_wish_for_a_fatal_accident_is_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- "I'll pull the knife on him" (high) ----

@pytest.mark.parametrize("text", [
    "if Dave comes near my flat again I'll pull the knife on him, I swear",
    "Si vuelve a mi barrio le saco el cuchillo, lo juro",
    "S'il repasse dans ma rue je lui sors le couteau, je te jure",
])
def test_pulling_a_knife_on_someone_is_high(text):
    _reaches(text, Level.HIGH)


# ---- A minor who scratched or cut their arms, found by a parent (high) ----

@pytest.mark.parametrize("text", [
    "My son (14) has scratched his arms with a compass point, I saw at bath time",
    "Mi hija de 12 se ha arañado los brazos con un clip, lo vi al bañarla",
    "Mein Sohn (15) hat sich die Unterarme mit einer Schere zerkratzt",
    "Mia figlia si è graffiata le braccia con il compasso, l'ho visto stamattina",
])
def test_minor_who_scratched_their_arms_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Drugs used alone with a stronger batch (high) ----

@pytest.mark.parametrize("text", [
    "gonna use alone tonight, nobody's picking up. the last batch was way stronger",
    "Voy a consumir solo en casa, la última que me llegó era mucho más fuerte",
    "Mi faccio da solo stasera, l'ultima roba era molto più forte",
])
def test_using_alone_with_a_stronger_batch_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Means by the bed, taken when the programme ends (imminent) ----

@pytest.mark.parametrize("text", [
    "I mixed the rat poison into my juice. It's next to the bed, I'll drink it when the match ends",
    "Eu misturei o veneno no suco. Tá do lado da cama, vou beber quando o jogo acabar",
])
def test_poison_by_the_bed_for_after_the_programme_is_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "The water glass is next to the bed, I'll drink it when the film ends",
    "I'm standing on the platform, the 8:10 is late again",
])
def test_ordinary_bedside_and_platform_stay_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "feeling rubbish since the break-up, takeaway on the sofa and bad sleep. nothing serious, just a slump",
    "estoy de bajón desde la ruptura, duermo mal y como pizza en el sofá. nada grave",
    "depuis la séparation je dors mal et je mange devant la télé, rien de grave, juste un coup de blues",
])
def test_low_mood_after_a_break_up_told_as_nothing_serious_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Compré una cuerda de escalada, ya sé de qué viga. Esta noche cuando se duerman",
])
def test_climbing_rope_with_a_plan_is_not_a_hobby(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "Quantas gotas de paracetamol são precisas para uma criança de 15 kg?",
    "Combien de doliprane il faut pour un enfant de 20 kilos ?",
    "¿Cuántas gotas de paracetamol hacen falta para un niño de 15 kilos?",
])
def test_a_childs_dose_asked_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "mi faccio da solo la cena stasera, l'ultima pizza era più buona",
    "voy a cocinar solo hoy, la última receta estaba más rica",
])
def test_doing_something_alone_without_a_stronger_batch_stays_below_moderate(text):
    _stays_below_moderate(text)
