"""After blind round 20 (issue 10): the families of its misses (`lexicon/families_r20.py`) and its false alarms fixed by
structure, in new wording and in at least three of the six languages each. Not the round's sentences. Lexical layers
only."""

from __future__ import annotations

import pytest

from alliance.safety import Level
from tests.safety.lexical import reaches as _reaches
from tests.safety.lexical import stays_below_moderate as _stays_below_moderate


# ---- False alarms, by structure ----

@pytest.mark.parametrize("text", [
    "Filling my dad's pill organiser for the week again, he takes eleven tablets a day now, poor man",
    "Estoy ordenando las pastillas de mi abuela en el pastillero, son un montón cada mañana",
    "Ho sistemato le pastiglie di mio padre nel portapillole per tutta la settimana",
    "Tous les dimanches je remplis le pilulier de ma mère, c'est devenu un rituel",
    "Ontem preparei a seringa de insulina do meu pai pela primeira vez, a enfermeira elogiou",
])
def test_carer_sorting_a_relatives_medicines_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Finally done with the 80 Christmas cards, my hand is cramping and I never want to see another pen again",
    "Terminé las tarjetas de agradecimiento de la boda, no quiero ver otro boli en mi vida",
    "Finiti i biglietti di ringraziamento del matrimonio, non voglio più vedere una penna per mesi",
])
def test_cards_finished_and_no_pen_again_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Sharpened the big knives this evening, tomorrow we slaughter the pig at my uncle's farm",
    "Mañana es la matanza del cerdo en el pueblo, ya están los cuchillos listos",
    "Sabato uccidiamo il maiale dai nonni, lo zio ha già affilato i coltelli",
    "Demain on tue le cochon chez mon grand-père, les couteaux sont aiguisés",
])
def test_farm_slaughter_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Tonight's the night, my last concert with the orchestra. Thanks for putting up with me all these years",
    "Esta noche es mi último concierto con la banda, gracias por aguantarme tanto tiempo",
    "Stasera e la sera, ultimo concerto con il coro dopo tanti anni, grazie per avermi sopportato",
    "Hoje é o dia da última corrida da temporada, obrigado por me aturarem",
])
def test_last_concert_or_race_tonight_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Domingo às 8h acaba tudo 😅 o dorsal e os géis já estão na mochila, meia maratona aí vamos nós",
    "Sunday at 9 it all ends, the bib and the gels are on the chair, first marathon!",
    "Domenica alle 9 finisce tutto, il pettorale e già pronto sul tavolo, mezza maratona!",
])
def test_race_gear_with_it_all_ends_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Last day at the bakery, farewell after 15 years 🥲 cake in the break room at 3",
    "Abschied nach 12 Jahren in der Firma, danke, dass ihr mich ausgehalten habt",
    "Despedida después de 30 años en el colegio, gracias por aguantarme",
])
def test_farewell_after_years_in_a_role_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Tomorrow I say goodbye to my single life, wedding at noon!",
    "Domani dico addio alla vita da studente, primo giorno di lavoro",
    "Mañana me despido de mi vida de soltera, ¡boda a las doce!",
])
def test_goodbye_to_an_old_life_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "Sábado vou me jogar na balada com as meninas, já comprei o vestido kkkk",
    "This weekend I'm throwing myself into the project, no distractions",
    "Da lunedì mi butto nel lavoro, basta vacanze",
    "Ce soir je vais me jeter dans la fête, j'ai besoin de danser",
])
def test_throwing_oneself_into_a_party_or_work_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "On the first of January I'm going to jump into the sea for the polar plunge, who's coming?",
    "Le premier janvier je vais me jeter dans la mer pour le bain du nouvel an, brrr",
    "A Capodanno mi butto nel lago per il tuffo di capodanno con gli amici",
])
def test_jump_into_water_that_is_a_new_year_plunge_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "About 10 years ago I took a whole box of pills and ended up in hospital. Now I give talks about it and I'm at peace.",
    "Hace unos 6 años me tomé una caja de pastillas. Hoy doy charlas en institutos y estoy en paz.",
    "Faz uns 12 anos tentei o suicídio. Hoje dou palestras sobre prevenção e vivo em paz.",
])
def test_attempt_years_ago_with_peace_now_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "This final boss in Sekiro has killed me all week, tonight I kill him or I uninstall",
    "El jefe final de Elden Ring me ha matado 30 veces, esta noche lo mato o lo desinstalo",
    "Ce boss de fin dans Dark Souls m'a tué 40 fois, ce soir je le tue ou je désinstalle",
])
def test_game_boss_tonight_or_uninstall_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "My therapist asked if I'd thought about hurting myself: no, not at all. Just tired from the move.",
    "Mi hai chiesto se avevo pensato di farmi del male: no, per niente. Solo stanca.",
    "Você me perguntou se eu tinha pensado em me machucar: não, de jeito nenhum.",
])
def test_reported_question_answered_no_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "What's the number of the suicide prevention line? I want it on the school noticeboard",
    "Qual è il numero del telefono per la prevenzione del suicidio? Lo metto nella bacheca",
    "Quel est le numéro de la ligne de prévention du suicide ? C'est pour l'affiche du club",
])
def test_service_name_asked_for_stays_below_moderate(text):
    _stays_below_moderate(text)


# ---- Misses, by family ----

@pytest.mark.parametrize("text", [
    "The express doesn't stop here, comes through in 4 minutes. I'm standing past the yellow line.",
    "El tren no para aquí, pasa en 5 minutos. Estoy pisando la línea amarilla.",
    "Le TGV ne s'arrête pas ici, il passe dans 3 minutes. Je suis au-delà de la ligne jaune.",
    "Der Zug hält hier nicht, kommt in 2 Minuten. Ich stehe jenseits der gelben Linie.",
])
def test_train_not_stopping_and_the_line_passed_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Ich weiß, wo er wohnt. Ich fahre in zehn Minuten mit dem Baseballschläger hin.",
    "Je sais où il habite. Je sors dans dix minutes avec la batte.",
    "Eu sei onde ele mora. Saio em dez minutos com o taco de beisebol.",
])
def test_knowing_where_and_going_out_armed_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "I'm waiting for him outside the gym with a knife",
    "Lo aspetto sotto l'ufficio con il coltello",
    "Estoy esperando a que salga del trabajo con la navaja",
])
def test_waiting_for_someone_armed_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "Used the box cutter on my thigh again after dinner, cleaned it up",
    "Anoche me corté el brazo con la cuchilla del sacapuntas otra vez",
    "Ieri sera mi sono aperta il polso con il taglierino",
    "Hab mir gestern mit dem Cuttermesser den Oberschenkel aufgeritzt",
])
def test_small_blade_on_the_body_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "Did one more line of coke and now chest pain and my left arm is numb",
    "Me metí otra raya y ahora tengo dolor en el pecho",
    "J'ai pris encore une trace et j'ai une douleur dans la poitrine",
])
def test_cocaine_line_with_chest_pain_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "took 4 paracetamol at lunch and another 4 at dinner for my back, now pain under my ribs",
    "Tomé 3 paracetamol anoche y otros 3 esta mañana, ahora dolor debajo de las costillas",
    "J'ai pris 3 doliprane hier et encore 3 ce matin, maintenant douleur sous les côtes",
])
def test_tablets_again_and_again_with_pain_under_the_ribs_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "My stepdad throws chairs when he's drunk, last night the TV went too. I'm 14.",
    "Mi padre tira las sillas cuando bebe y mi madre llora",
    "Mon beau-père balance les chaises quand il a bu",
    "Il mio patrigno scaglia i piatti quando beve",
])
def test_a_man_throwing_chairs_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "He slapped my mum and said next time it's me",
    "Agarró a mi madre por el pelo y me dijo que la próxima vez me toca a mí",
    "Il a frappé ma sœur et il a dit que la prochaine fois ce sera moi",
])
def test_violence_and_next_time_its_me_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "The voice says I have to do it tonight. I've got the knife in my hand.",
    "La voz dice que tengo que hacerlo ya. Ya cogí el cuchillo.",
    "La voce dice che devo farlo adesso, ho preso il coltello dalla cucina",
])
def test_voice_ordering_the_act_with_knife_taken_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "Tonight when everyone's asleep. The rope is already in the shed.",
    "Esta noche cuando se duerman. El cinturón ya está en el garaje.",
    "Heute Nacht, wenn alle schlafen. Der Gürtel ist schon im Keller.",
])
def test_belt_or_rope_ready_with_a_time_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "just washed down a whole blister pack of my dad's ones with vodka, sorry",
    "Habe eben die ganze Packung Schlaftabletten mit Wein runtergeschluckt, tut mir leid",
    "Ho appena finito la scatola di Tavor con il vino. Volevo solo salutare qualcuno",
])
def test_whole_pack_swallowed_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "cut too deep this time, the tea towel is soaked and it won't stop",
    "Ich hab zu tief geschnitten, es hört nicht auf zu bluten",
    "Il taglio e profondo e non smette, ho le mani fredde",
    "Fui mais fundo do que queria, a toalha está encharcada e não para de sangrar",
])
def test_cut_that_will_not_stop_bleeding_reaches_imminent(text):
    _reaches(text, Level.IMMINENT)


@pytest.mark.parametrize("text", [
    "my nose has been bleeding for twenty minutes and the towel is soaked, how long should I wait?",
    "La hemorragia nasal no para, la toalla está empapada por la nariz",
    "Cut my thumb on the box cutter opening parcels, plaster on",
    "Il taglierino mi è scivolato sul braccio mentre aprivo gli scatoloni",
    "Took 2 paracetamol this morning and another 2 at lunch for the headache",
])
def test_ordinary_bleeding_and_doses_stay_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "The whispers in the walls are louder this week and now they comment on everything I eat",
    "Los susurros del desagüe son más fuertes que antes, ya saben mi nombre",
    "Il televisore spento parla di me tutta la sera, commenta ogni cosa",
    "Das Gemurmel aus dem Lüfter kommentiert alles, was ich tue",
])
def test_voices_or_a_device_commenting_and_louder_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "The neighbours' TV is louder every night, I can't sleep",
    "Mia madre commenta tutto quello che cucino, che pazienza",
    "La radio del vecino está más fuerte que nunca, qué pesadez",
])
def test_loud_tv_or_a_commenting_relative_stays_below_moderate(text):
    _stays_below_moderate(text)


@pytest.mark.parametrize("text", [
    "A bottle of rum most nights now, it's the only way I can switch off",
    "Todas las noches me bebo una botella de vino, es la única manera de desconectar",
    "Tous les soirs une bouteille de rouge, c'est devenu le seul moyen de dormir",
    "Jeden Abend eine Flasche Wein, ohne kann ich nicht schlafen",
])
def test_drinking_every_night_as_the_only_off_switch_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "Sometimes I wish I could sleep for a month, or for ever, whatever",
    "Se eu não acordasse amanhã tudo bem, queria dormir ou para sempre",
    "Si je m'endormais pour toujours ce serait pas si mal, j'ai rien prévu",
    "Wenn ich morgen einfach nicht mehr aufwache, wär das okay",
])
def test_sleeping_for_good_as_a_wish_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "My parents would be so much happier without me, one less mouth to feed",
    "Mis hijos estarían mucho mejor sin mí, de verdad",
    "Wenn ich weg wäre, hätten es alle leichter",
    "I miei sarebbero più tranquilli senza di me",
])
def test_others_better_off_without_me_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "l'envie de me griffer les bras revient tous les soirs",
    "The urge to scratch myself raw is back since Monday",
    "A vontade de me arranhar voltou com tudo",
    "Ich schaue ständig die Klingen in der Schublade an. Noch nicht.",
])
def test_urge_to_scratch_or_blades_not_yet_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "When I hold my son near the stairs I get images of dropping him, I'm terrified of myself",
    "Tengo miedo de mí misma: me vienen imágenes de empujar a mi pareja al cruzar la calle",
    "Ho paura di me stessa, mi arrivano pensieri di spingere mia figlia giù dal balcone",
])
def test_intrusive_image_with_fear_of_oneself_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


@pytest.mark.parametrize("text", [
    "If that landlord walks in again I'll smash his head in, the crowbar is behind the door",
    "Si vuelve a entrar sin llamar le rajo las ruedas y luego a él, la navaja está en la guantera",
    "S'il revient je lui ouvre le crâne, le marteau est derrière la porte",
    "Se ci riprova gli spacco la testa, la spranga è dietro la porta",
])
def test_blow_to_the_head_with_a_weapon_kept_ready_reaches_high(text):
    _reaches(text, Level.HIGH)


@pytest.mark.parametrize("text", [
    "My brother keeps saying he won't be anyone's problem much longer and he's selling his guitars",
    "Mi compañera de piso repite que 'pronto dejo de molestar' y está regalando su ropa",
    "Il mio amico dice che presto non sarà più un problema per nessuno, mi preoccupa",
])
def test_someone_soon_no_ones_problem_reaches_moderate(text):
    _reaches(text, Level.MODERATE)


# ---- A negation after "if" states a condition, not a denial (round 21: "se eu não me cortar agora ...") ----

def test_a_negation_after_a_conditional_is_a_condition_not_a_denial():
    from alliance.safety.lexicon import LEXICONS
    from alliance.safety.matcher import conditional_negation

    it, en = LEXICONS["it"].negation, LEXICONS["en"].negation
    assert conditional_negation(["se", "non", "mi"], it)
    assert conditional_negation(["if", "i", "not"], en)
    assert not conditional_negation(["non", "mi", "sono"], it)  # a plain denial stays a denial
    assert not conditional_negation(["se", "ne", "va"], it)  # no negation
    _reaches("se non mi ammazzo è solo per mia madre, ci penso ogni sera", Level.MODERATE)
    _stays_below_moderate("non mi ammazzo, tranquilla, era solo un modo di dire")
