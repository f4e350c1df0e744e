"""After blind round 16 (issue 10): the false alarms fixed by structure (a professional telling of their work and
saying they are fine, a song quoted, a boss or an exam "being the death of me" or taken back with a joke marker, food
killed in the kitchen, a farewell to therapy because of a move, bruises from blood thinners) and the families of
its misses (`lexicon/families_r16.py`), in new wording and in the six languages. Not the round's sentences. Lexical
layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def _level(text: str, context: list[str] | None = None) -> Level:
    return screen(text, context=context, use_classifier=False).level


# ---- False alarms ----

@pytest.mark.parametrize("text", [
    "I'm a paramedic and we had an overdose and a hanging on the night shift. I'm fine, just tired",
    "Soy enfermera y esta semana atendimos a tres pacientes con intento de suicidio. Yo estoy bien, solo cansada",
    "Je suis ambulancier, hier on a eu une tentative de suicide sur une intervention. Je vais bien, vraiment",
    "Ich bin Krankenpfleger, in der Nacht kam ein Patient nach einer Überdosis. Mir geht's gut, nur müde",
    "Sou enfermeira e ontem tivemos dois doentes com overdose. Eu estou bem, só cansada",
    "Sono infermiera, stanotte in reparto un paziente ha tentato il suicidio. Io sto bene, solo stanca",
])
def test_a_professional_telling_of_work_and_fine_is_no_alarm(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "I'm a social worker and wanted to ask about your protocol when a client talks about suicide",
    "Soy trabajadora social y quería saber cuál es el protocolo si alguien habla de suicidio",
    "Je suis psychologue et je voudrais connaître votre protocole quand un patient parle de suicide",
])
def test_a_professional_asking_about_a_protocol_is_no_alarm(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    'At the gig the whole crowd sang "I want to die in your arms tonight", best night ever',
    'En el concierto cantaban todos "me quiero morir contigo", qué noche',
    "Au concert tout le monde chantait « je veux mourir ce soir », génial",
    'Beim Konzert sangen alle "ich will heut sterben", Gänsehaut',
    'No show todo mundo cantava "quero morrer hoje", que noite',
    'Al concerto cantavano tutti "voglio morire stanotte", che serata',
])
def test_a_song_quoted_at_a_concert_is_no_alarm(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "My manager is going to kill me if the slides aren't done by Monday",
    "A minha professora vai dar cabo de mim se eu chumbar outra vez",
    "Il mio capo mi ammazza se non finisco il verbale entro domani",
])
def test_a_boss_being_the_death_of_me_is_no_alarm(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "exame de física amanhã, vou pular da janela brinks",
    "examen de mate mañana, me tiro por la ventana jajaja",
    "esame di latino domani, mi butto dal balcone scherzo",
])
def test_a_method_about_an_exam_taken_back_is_no_alarm(text):
    assert _level(text) < Level.HIGH


@pytest.mark.parametrize("text", [
    "Do I have to kill the lobsters before boiling them?",
    "Le cozze vanno fatte morire prima di cuocerle?",
])
def test_killing_food_in_the_kitchen_is_no_alarm(text):
    assert _level(text) < Level.MODERATE


def test_a_farewell_to_therapy_because_of_a_move_is_no_alarm():
    context = ["I'm selling my sofa and my bike, I'm moving to Lisbon next month",
               "My dog is staying with my parents because the new flat has no pets",
               "I already booked a first call with a new therapist there"]
    assert _level("Thank you for everything, I'll really miss our sessions", context) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "Since I started the blood thinners I get bruises on my legs, is that normal?",
    "Seit dem Blutverdünner habe ich blaue Flecken an den Beinen, ist das normal?",
    "Desde que tomo anticoagulantes me salen moretones, ¿es normal?",
])
def test_bruises_from_blood_thinners_is_no_alarm(text):
    assert _level(text) < Level.MODERATE


# ---- Misses ----

@pytest.mark.parametrize("text", [
    "When everyone is asleep on Sunday I'm doing it. The rope is in the garage already",
    "Cuando todos se vayan el domingo lo hago. La cuerda ya está en el garaje",
    "Ich hab's entschieden: der Schlauch liegt schon im Kofferraum, morgen wenn alle weg sind",
    "A corda já está na garagem. Amanhã quando todos sairem faço isso",
    "La corda è già in cantina, domani quando tutti escono lo faccio",
])
def test_means_put_away_for_a_time_no_one_is_there_is_high_or_more(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "Je suis sur le pont de Normandie. Dites à ma sœur que je l'aime",
    "Tou no tabuleiro de baixo da ponte. Digam ao meu pai que não foi culpa dele",
    "So sopra er ponte, ho già scavalcato",
])
def test_on_a_bridge_with_a_farewell_or_over_the_rail_is_imminent(text):
    assert _level(text) == Level.IMMINENT


@pytest.mark.parametrize("text", [
    "Ich mache jetzt Schluss. Danke für eure Geduld mit mir",
    "La faccio finita stasera. Scusate tutti",
])
def test_an_end_now_with_a_farewell_to_all_is_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "My sister sent a voice note saying goodbye and now she doesn't answer",
    "Mi padre me mandó un mensaje despidiéndose y no contesta el teléfono",
])
def test_a_goodbye_note_then_silence_is_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "Voy a casa del Pedro con el cuchillo, hoy me las paga",
    "Wenn sie rauskommt, ist Schluss. Das Messer hab ich dabei",
    "Vou a casa do Rui com a faca, hoje ele paga",
])
def test_going_armed_or_waiting_armed_is_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "Last night I burnt myself on purpose with a lighter",
    "Ayer me quemé a propósito con el mechero",
    "Mi sono bruciato di proposito con l'accendino",
    "The cut on my arm won't stop bleeding",
    "Der Schnitt am Bein ist zu tief",
])
def test_self_harm_acts_are_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "I really want to hurt myself tonight",
    "Quero me machucar hoje",
    "No me corto desde hace ocho meses pero hoy tengo muchas ganas",
])
def test_self_harm_urges_are_moderate(text):
    assert _level(text) >= Level.MODERATE


def test_benzodiazepines_with_beers_counted_is_high():
    assert _level("took three valium and I'm on my fourth pint") >= Level.HIGH


@pytest.mark.parametrize("text", [
    "My son made a list of names of classmates and wrote that they will pay",
    "Mi hija hizo una lista de compañeros del cole que van a pagar",
    "Meine Tochter hat eine Liste mit Kollegen geschrieben, die sind dran",
    "Mio figlio ha scritto una lista di compagni che la pagheranno",
])
def test_a_list_of_names_who_will_pay_is_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "My neighbour leaves the little boy alone all day, I hear him crying",
    "Mi vecino deja a la nena de 3 años sola y encerrada toda la noche",
    "Die Nachbarin lässt das Kind alleine und eingesperrt den ganzen Tag",
    "La vicina lascia il bambino da solo tutto il giorno",
    "The girl upstairs is 5 and she's had a black eye again",
])
def test_a_young_child_left_alone_or_hurt_again_is_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "I've only eaten one yoghurt a day since Monday",
    "Só como uma maçã por dia há duas semanas",
    "Nur einen Apfel am Tag, seit einer Woche",
])
def test_one_food_a_day_is_restriction(text):
    assert _level(text) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "Ando a pensar seriamente em acabar com tudo",
    "Sto pensando seriamente di farla finita",
    "Pienso en serio en quitarme la vida",
])
def test_thinking_seriously_of_ending_it_is_moderate(text):
    assert _level(text) >= Level.MODERATE
