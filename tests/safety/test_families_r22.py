"""After blind round 22 and the intake's held-out set i (issues 10 and 15): the families of `lexicon/families_r22.py`
in new wording, in at least three of the six languages each, and near misses that must stay below moderate (a real
trip to the lake, a will at the notary, library books returned, a bridge's clearance for a van). Not the sets'
sentences. Lexical layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Level
from tests.safety.lexical import reaches as _reaches
from tests.safety.lexical import stays_below_moderate as _stays_below_moderate


# ---- Calm preparations: affairs in order, a place and a time ----

@pytest.mark.parametrize("text", [
    "All calm here. I've paid off all my debts and left the spare keys with my sister. On Saturday I'm walking to "
    "the cliffs and not coming back.",
    "Estoy tranquila. He pagado todas las facturas y he dejado las llaves a mi vecina; mañana voy al acantilado.",
    "Ça va. J'ai rendu les livres et laissé une lettre pour ma fille. Samedi je monterai au col une dernière fois, "
    "j'ai choisi l'endroit.",
    "Mir geht's gut. Rechnungen alle bezahlt, den Brief an meine Schwester geschrieben. Am Samstag fahre ich an den "
    "See und komme nicht zurück.",
    "Tudo certo. Paguei todas as contas e deixei as chaves com a vizinha. Sábado vou à ponte velha pela última vez, "
    "já escolhi o lugar.",
    "Tutto a posto. Ho pagato tutte le bollette e lasciato le chiavi a mia sorella, sabato salgo al passo e non torno.",
])
def test_affairs_in_order_with_a_place_and_a_day_reach_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "I'm fine now. I googled how high the viaduct on the ring road is, and I'll go there on Thursday night.",
    "Estoy bien. Busqué la altura del viaducto de la autovía y el jueves iré, ya lo he decidido.",
    "Ich hab nachgeschaut, wie hoch die Talbrücke ist. Am Donnerstag fahre ich hin, ich habe mich entschieden.",
    "Ho cercato l'altezza del viadotto della tangenziale, ci vado giovedì sera, ho deciso.",
])
def test_a_bridges_height_looked_up_and_a_day_reach_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "On Saturday I'm taking the boat out on the lake by myself and I won't come back.",
    "El sábado voy al lago solo y no vuelvo.",
    "Samedi je vais à la mer et je ne reviens pas.",
    "Sábado vou ao rio sozinho e não volto.",
])
def test_going_to_a_lonely_place_and_not_coming_back_with_a_day_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "We're driving up to the lake on Sunday with the kids, back for dinner.",
    "El domingo voy al lago y no vuelvo hasta la noche.",
    "Ich fahre am Sonntag an den See und komme erst abends zurück.",
    "Signed my will at 40 with a notary, my wife and I did it together.",
    "Abbiamo fatto il testamento dal notaio con mio marito, come si fa alla nostra età.",
    "Ho riportato i libri in biblioteca e domenica vado al lago con gli amici.",
    "Paid my bills and returned the library books, productive Saturday.",
    "Deixei as chaves com a vizinha por causa das férias, amanhã vamos para a praia.",
    "I looked up the height of the bridge on the A9 because my van is 3.9 m tall. Tomorrow I drive there.",
    "On monte au col une dernière fois avant la fermeture de la saison, dimanche.",
    "Tomorrow I go to the mountains one last time before we move to Berlin.",
])
def test_ordinary_trips_wills_and_errands_stay_below_moderate(text):
    _stays_below_moderate(text)


# ---- Harm to others: a weapon brandished at someone, an armed wait ----

@pytest.mark.parametrize("text", [
    "My grandfather is convinced the neighbours are spying on him and this afternoon he threatened the postman "
    "with his shotgun. He won't see a doctor.",
    "Mi padre cree que le quieren envenenar y esta mañana amenazó al vecino con su escopeta.",
    "Mein Vater glaubt, man will ihn vergiften, und hat heute den Nachbarn mit seinem Gewehr bedroht.",
    "Mio padre ha minacciato il vicino con il fucile stamattina, dice che lo vogliono avvelenare.",
])
def test_someone_threatened_with_a_gun_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "Knife in my jacket, I'm waiting for him on the stairs tonight.",
    "La estoy esperando en el portal con la navaja, hoy se acaba.",
])
def test_armed_wait_for_the_person_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "My uncle threatened to sue the neighbour. He goes hunting with his rifle every autumn.",
    "Il mio personaggio viene minacciato con un coltello nel romanzo, ti piace?",
])
def test_hunting_and_fiction_stay_below_moderate(text):
    _stays_below_moderate(text)


# ---- On the edge of a roof; voices ordering a jump; opioids; tablets put aside ----

@pytest.mark.parametrize("text", [
    "Sitting on the ledge of the hospital roof, it's very quiet up here.",
    "Assise sur le rebord du toit de l'immeuble, personne ne sait que je suis là.",
    "Seduta sul cornicione del tetto, non riesco a pensare ad altro.",
])
def test_sitting_on_a_roofs_edge_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "We sat on the wall at the top of the car park eating ice cream and watching the sunset.",
    "Seduti sul muretto del tetto a fare foto della vista, bellissimo.",
])
def test_ledge_with_the_view_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "They're ordering me to jump now, the window is open. I'm on the sill.",
    "Mi ordinano di buttarmi adesso dalla finestra.",
    "The voice is counting down, at zero I have to go off the balcony.",
])
def test_voices_ordering_a_jump_now_reach_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Chewed a fentanyl patch an hour ago, my breathing is really slow now.",
    "Me metí un pico solo en casa y me cuesta respirar.",
    "Hab mir grad einen Schuss gesetzt, ich kriege kaum Luft.",
])
def test_opioid_chewed_or_injected_with_slow_breathing_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "I keep putting a sleeping pill aside every night, there's a drawer full now.",
    "Guardo una pastilla cada noche en una caja, ya hay muchas.",
    "Metto da parte una compressa ogni sera, ormai sono tante.",
])
def test_tablets_put_aside_every_night_reach_high(text):
    _reaches(text, Level.HIGH)


def test_carer_filling_a_dosette_stays_below_moderate():
    _stays_below_moderate("I'm putting one of my mum's tablets aside every evening in her dosette box so she doesn't "
                          "forget.")


# ---- An overdose's package, bleeding that will not stop, self-harm hidden ----

@pytest.mark.parametrize("text", [
    "Swallowed the whole box of sertraline an hour ago with wine, feeling weird.",
    "The blood won't stop, I've soaked through three towels already, I went too deep on my arm.",
    "Sangra y no para de salir sangre, he empapado tres toallas con el brazo.",
])
def test_whole_pack_taken_and_bleeding_reach_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Did it on my hip again so no one can see, it's fine.",
    "Hab mich am Oberschenkel geritzt, damit es keiner sieht.",
    "Me he arañado hasta sangrar esta noche en el baño.",
])
def test_self_harm_hidden_or_scratched_to_blood_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "My nose keeps bleeding, soaked two towels, going to the GP tomorrow.",
    "Mon chat m'a griffée jusqu'au sang, le petit monstre.",
])
def test_nosebleed_and_a_cat_stay_below_moderate(text):
    _stays_below_moderate(text)


# ---- Menaces with a known place, a step before the train, "it's tonight", the door left open ----

@pytest.mark.parametrize("text", [
    "Next time he touches her I'll smash his head in. I know where he parks.",
    "Je lui éclate la tête, je sais où il habite.",
    "Gli spacco la testa a quello lì, so dove abita.",
])
def test_violence_promised_with_where_the_person_is_known_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "Platform 2, the express comes through without stopping in two minutes. Just one step forward.",
    "Binario 4, il treno passa senza fermarsi tra due minuti. Basterebbe fare un passo avanti.",
])
def test_one_step_before_a_train_not_stopping_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "I've got everything I need here. It's tonight. I just wanted someone to know.",
    "Ho lasciato la porta aperta per chi mi trova, le prendo stasera tutte.",
])
def test_its_tonight_with_a_farewell_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "It's tonight. Bag packed by the door, wish me luck!!",
    "C'est ce soir le concert, j'ai tout ce qu'il faut, haha",
    "How do you actually ask someone if they are thinking about suicide? I'm on a first aid course.",
])
def test_an_events_night_and_a_helpers_question_stay_below_moderate(text):
    _stays_below_moderate(text)


# ---- A rope carried towards a lonely place; the family better off without the speaker ----

@pytest.mark.parametrize("text", [
    "Got the cord in my rucksack, on my way up to the woods now.",
    "La corda è nello zaino, sto andando verso il bosco.",
    "Tengo la cuerda en la mochila, voy camino al monte.",
])
def test_rope_carried_on_the_way_to_a_lonely_place_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Rope in my backpack, on my way to the mountains for a climb with Sam.",
    "The team will manage fine without me at the meeting, it's better that way.",
])
def test_climbing_gear_and_an_absence_from_a_meeting_stay_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Truly, the house would be calmer and better off without me around.",
    "Sans moi, mes parents seraient bien mieux, franchement.",
    "Sem mim a minha mulher ficava melhor, é a verdade.",
])
def test_family_better_off_without_me_reaches_moderate(text):
    _reaches(text, Level.MODERATE)
