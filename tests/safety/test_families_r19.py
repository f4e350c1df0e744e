"""After blind round 19 (issue 10): the families of its misses (`lexicon/families_r19.py`) and its false alarms fixed by
structure, in new wording and in at least three of the six languages each. Not the round's sentences. Lexical layers
only."""

from __future__ import annotations

import pytest

from alliance.safety import Level
from tests.safety.lexical import reaches as _reaches
from tests.safety.lexical import stays_below_moderate as _stays_below_moderate


# ---- False alarms, by structure ----

@pytest.mark.parametrize("text", [
    "Got a 10 metre rope and two carabiners today, on Sunday we finally hang the hammock between the oak trees",
    "Compré una cuerda de escalada bien gruesa, el domingo montamos el columpio de la niña en el nogal",
    "Ho preso una corda robusta e le cesoie, sabato saliamo sulla scala a potare il ciliegio con lo zio",
    "Comprei uma corda nova e a cadeirinha para a escalada de domingo com os amigos",
])
def test_rope_named_with_its_purpose_further_on_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Second week of my Samaritans course, today was all about calls with suicidal thoughts. Really motivating.",
    "Im Kurs der Telefonseelsorge haben wir heute Gespräche mit Suizidgedanken geübt, war spannend",
    "Domani nella formazione del Telefono Amico parliamo di chiamate con pensieri suicidi, sono curiosa",
    "Tomorrow I see my first patient who attempted suicide last year, any tips for a nervous trainee?",
    "Mañana veo a mi primera paciente que ha intentado suicidarse, estoy nerviosa como residente",
])
def test_helpline_course_and_a_patients_attempt_stay_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Next Sunday I'm jumping off the viaduct... bungee, obviously 😅 so excited",
    "El domingo me tiro del puente... haciendo puenting, claro jaja",
    "Domenica mi butto dal ponte... col bungee jumping ovviamente 😅",
])
def test_jump_told_before_its_sport_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Found an old diary from 2016, back when I tried to kill myself. I don't have those thoughts any more, just felt odd.",
    "Vi unas fotos de 2018, de la época en que intenté suicidarme. Ya no tengo esos pensamientos, solo me removió.",
    "Achei um caderno de 2017, da época que eu tentei o suicídio. Hoje estou bem, só fiquei pensativa.",
])
def test_attempt_dated_in_the_past_and_no_thoughts_now_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "You asked about thoughts of harming myself: honestly no, not once this month. Work is calmer.",
    "Sobre los pensamientos de hacerme daño: sinceramente no, ni una vez. Duermo mejor.",
    "Quanto ai pensieri di farmi del male: sinceramente no, mai. Sto dormendo meglio.",
])
def test_thoughts_of_self_harm_answered_no_stay_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "chemistry resit on friday and i've revised nothing, gonna kms jk back to the notes",
    "examen de mates el lunes y no sé nada, me mato es broma, a estudiar",
    "compito di fisica domani, mi ammazzo scherzo, torno sui libri",
])
def test_kill_myself_taken_back_with_a_joke_marker_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "If my brother asks one more time when I'm getting married I'll throw myself out of the window 😂",
    "Si mi jefe me vuelve a pedir el informe otra vez me tiro por la ventana jajaja",
    "Se mia madre mi chiede di nuovo del lavoro giuro che mi butto dal balcone 😂",
])
def test_annoyance_with_a_method_and_laughter_stays_below_moderate(text):
    _stays_below_moderate(text)


def test_a_dreadful_match_called_a_purge_stays_below_moderate():
    _stays_below_moderate("Quelle purge ce derby, zéro tir cadré en quatre-vingt-dix minutes")


# ---- Not waking up as a relief; disappearing unnoticed; one's own funeral (moderate) ----

@pytest.mark.parametrize("text", [
    "Some nights I think if I didn't wake up in the morning I wouldn't really mind",
    "Si no me despertara mañana, la verdad es que me daría igual",
    "Si je ne me réveillais plus demain, ce serait un soulagement",
    "Penso spesso al mio funerale, a chi piangerebbe",
    "Se eu sumisse, ninguém ia notar, sério",
])
def test_not_waking_up_as_a_relief_is_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- Voices louder, talking about the speaker (moderate) ----

@pytest.mark.parametrize("text", [
    "The whispers are louder since the new tablets, all day talking about me",
    "Las voces están más fuertes desde el lunes, hablan de mí todo el rato",
    "Die Stimmen sind lauter geworden und reden ständig über mich",
    "Le voci sono aumentate, parlano di me anche al supermercato",
])
def test_voices_louder_or_commenting_is_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- Only thinking of the blades; the urge back after months (moderate) ----

@pytest.mark.parametrize("text", [
    "all I can think about is the razor in the bathroom cabinet tonight",
    "Solo pienso en las cuchillas del cajón, no he hecho nada todavía",
    "Ich denk die ganze Zeit an die Klingen im Schrank",
    "Cinque mesi senza tagliarmi e stasera ho una voglia fortissima",
])
def test_thinking_only_of_the_blades_is_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- One bar or one coffee a day (moderate) ----

@pytest.mark.parametrize("text", [
    "I'm living on one protein bar and a tea a day and nobody has noticed",
    "Desde hace un mes, solo un café al día y nada más",
    "Da tre settimane mangio solo una mela al giorno",
])
def test_one_bar_or_one_coffee_a_day_is_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- The height of a bridge researched again and again; under a train (high) ----

@pytest.mark.parametrize("text", [
    "I keep looking up how high the railway bridge by the retail park is, I won't do anything",
    "Estuve mirando qué altura tiene el puente de la autovía, no voy a hacer nada",
    "Ho guardato il viadotto e calcolavo quanto è alto, solo pensieri",
    "Ando a pensar em atirar-me para a frente do comboio, mas não vou",
])
def test_height_researched_or_under_a_train_is_high(text):
    _reaches(text, Level.HIGH)


# ---- A cord already tied over a beam (high) ----

@pytest.mark.parametrize("text", [
    "the dog lead is already tied to the stair rail. just sitting here",
    "Ya até el cinturón a la barandilla de la escalera",
    "Ho già legato la cintura alla trave del garage",
])
def test_cord_already_tied_over_a_beam_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Pinned by the throat, pushed against something, thrown at the face (high) ----

@pytest.mark.parametrize("text", [
    "last night he held me against the wardrobe by my throat",
    "Me empujó contra la puerta del baño delante de los niños",
    "Hat mich gegen den Schrank geschubst, weil das Essen kalt war",
    "Mi ha tirato il bicchiere in faccia ieri sera",
])
def test_pinned_or_pushed_or_thrown_at_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Blades or burns found on a child (high) ----

@pytest.mark.parametrize("text", [
    "I found razor blades under my daughter's mattress, she's 13",
    "Encontré quemaduras en el brazo de mi hijo, dice que se las hizo él",
    "Ho trovato delle lamette nello zaino di mio figlio di 15 anni",
])
def test_blades_or_burns_found_on_a_child_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Walking into the water; on a sea wall not moving (imminent: at least high) ----

@pytest.mark.parametrize("text", [
    "the water's freezing, I'm walking into the sea now",
    "Me estoy metiendo en el mar, está helada",
    "Sto entrando in acqua, è gelida",
])
def test_walking_into_the_water_now_is_imminent(text):
    _reaches(text, Level.IMMINENT)


# ---- A weapon stored and "he'll pay"; someone downstairs with a knife (high) ----

@pytest.mark.parametrize("text", [
    "The crowbar's in the boot and he's going to pay for what he did to my mum",
    "Tengo la escopeta en el maletero, ese va a pagar",
    "Ho il fucile in macchina, gliela faccio pagare",
    "She's downstairs with a knife screaming my name",
    "Er steht unten vor der Tür mit einem Messer",
])
def test_weapon_stored_with_a_threat_or_armed_downstairs_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Substances: opioids alone, benzodiazepines with beers (high) ----

@pytest.mark.parametrize("text", [
    "gonna use some fentanyl tonight, nobody home so it's chill",
    "Me voy a meter heroína esta noche, nadie en casa",
    "Me tomé tres trankimazin y ahora a por unas cañas",
])
def test_opioids_alone_or_benzos_with_beers_is_high(text):
    _reaches(text, Level.HIGH)


# ---- A friend's goodbye voice note and no answer (high) ----

@pytest.mark.parametrize("text", [
    "My cousin sent me a voice note saying goodbye and now she isn't answering",
    "Mi hermano me mandó un audio de despedida y no contesta",
    "Mia sorella mi ha mandato un messaggio di addio e non risponde",
])
def test_goodbye_voice_note_and_no_answer_is_high(text):
    _reaches(text, Level.HIGH)


# ---- Intrusive image of pushing or drowning someone (moderate) ----

@pytest.mark.parametrize("text", [
    "On the platform I get the picture of pushing someone onto the line. It terrifies me.",
    "Me viene la imagen de empujar a alguien al andén y me asusto",
    "Mi viene l'immagine di spingere qualcuno sotto il treno, mi fa paura",
])
def test_intrusive_image_of_pushing_someone_is_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- Look-alikes that stay below moderate ----

@pytest.mark.parametrize("text", [
    "Gave my old bike to my nephew, he's outgrown his",
    "The voices in the choir were louder than the organ tonight",
    "I looked up how tall the Eiffel Tower is for the school quiz",
    "Sto entrando in ufficio, ci sentiamo dopo",
])
def test_everyday_look_alikes_stay_below_moderate(text):
    _stays_below_moderate(text)
