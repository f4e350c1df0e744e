"""After blind round 15 (issue 10): the families its misses belong to, in new wording and in the six languages
where the family applies (`lexicon/families_r15.py`), and the false alarms fixed by structure (someone else's
suicide named with a possessive, a song quoted, a training role play, "wish me luck", a leisure jump, an
anniversary of the last cut). Not the round's sentences. Lexical layers only unless said."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def _level(text: str, context: list[str] | None = None) -> Level:
    return screen(text, context=context, use_classifier=False).level


# On a bridge named by its own name, outside the railing, with a farewell or "don't call anyone".
@pytest.mark.parametrize("text", [
    "I'm on the Tyne bridge right now. None of this was your fault, tell them that",
    "Estoy en el puente Centenario. No llamen a nadie, por favor",
    "Je suis sur le pont Mirabeau. Rien de tout ça n'est ta faute",
    "Ich steh auf der Rheinbrücke. Nichts davon ist deine Schuld",
    "Estou na ponte Vasco. Não liguem à minha mãe",
    "Sono sul ponte Garibaldi. Non chiamate nessuno",
])
def test_at_a_named_bridge_with_a_farewell_is_imminent(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "I climbed over the railing, I'm on the other side of the railing now",
    "Ya estoy del otro lado de la barandilla del puente",
    "Je suis de l'autre côté de la rambarde",
    "Ich bin über das Geländer geklettert",
    "Já tou cá fora, do lado do mar",
    "Sono dall'altra parte della ringhiera",
])
def test_outside_the_railing_is_imminent(text):
    assert _level(text) == Level.IMMINENT


# Means stored for a day when the others are out.
@pytest.mark.parametrize("text", [
    "The rope is already in the boot of the car. Sunday, when they're gone to the match",
    "La soga ya está en el maletero. El domingo, cuando se hayan ido",
    "La corde est déjà dans le coffre. Ce sera dimanche, quand ils seront partis",
    "Das Seil liegt schon im Kofferraum. Am Sonntag, wenn alle weg sind",
    "A corda já está na garagem. Vai ser domingo, quando eles saírem",
    "La corda è già in cantina. Domenica, quando saranno usciti",
])
def test_means_stored_for_a_time_is_imminent(text):
    assert _level(text) == Level.IMMINENT


# Affairs put in order before a last thank-you.
@pytest.mark.parametrize("text,context", [
    ("thank you for everything you did for me", ["I sorted out the life insurance", "left my dog with my sister"]),
    ("gracias por todo lo que hiciste por mí", ["dejé arreglado lo del testamento", "dejé a mi perro con mi tía"]),
    ("merci pour tout ce que vous avez fait", ["j'ai réglé mes papiers", "j'ai laissé mes clés à la voisine"]),
    ("Danke für alles, was Sie für mich getan haben", ["Testament ist geregelt", "die Katze zu meiner Mutter gebracht"]),
    ("obrigada por tudo o que fez por mim", ["deixei tudo do seguro tratado", "deixei o meu gato com a vizinha"]),
    ("grazie di tutto quello che ha fatto per me", ["ho sistemato il testamento", "ho lasciato il cane dai miei"]),
])
def test_thanks_after_affairs_in_order_is_high(text, context):
    assert _level(text, context) >= Level.HIGH


# A death idiom turned serious.
@pytest.mark.parametrize("text", [
    "I'd rather die than go back to that office... and I'm starting to mean it for real",
    "Prefiero morirme que volver a esa casa, y esta vez va en serio",
    "Plutôt mourir que de revoir mon chef, et je le pense vraiment",
    "Lieber tot als noch ein Jahr in dem Job, und ich mein das langsam ernst",
    "Prefiro morrer do que voltar para lá, agora é a sério",
    "Meglio morta che tornare in quell'ufficio, e adesso non sto scherzando",
])
def test_an_idiom_turned_serious_is_a_death_wish(text):
    assert _level(text) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "honestly if a lorry ran over me on the way home I wouldn't mind much",
    "Sería un alivio para todos si yo no estuviera",
    "Si demain je disparaissais, est-ce que quelqu'un le remarquerait?",
    "Die auf dem Friedhof haben es wenigstens hinter sich",
    "Se eu desaparecesse amanhã, será que alguém ia notar?",
    "Se scomparissi domani, qualcuno se ne accorgerebbe?",
])
def test_passive_wishes_are_moderate(text):
    assert _level(text) >= Level.MODERATE


# Commands to harm the speaker's own body.
@pytest.mark.parametrize("text", [
    "the voice says I must burn my arm on the stove to pay for it",
    "La voz me dice que me queme la mano con la plancha",
    "La voix m'ordonne de me brûler les doigts",
    "Die Stimme will, dass ich mir die Finger abschneide",
    "A voz manda eu me queimar com o isqueiro",
    "La voce mi ordina di tagliarmi il braccio",
])
def test_a_command_to_harm_the_body_is_high(text):
    assert _level(text) >= Level.HIGH


# Threats with a weapon carried to someone, fire set with them inside.
@pytest.mark.parametrize("text", [
    "if my landlord changes the locks I'm going round there with a crowbar",
    "Si mi jefe me echa voy a su casa con un bate",
    "Si le voisin recommence je monte chez lui avec un couteau",
    "Wenn der Nachbar nochmal schreit, geh ich mit einem Messer rüber",
    "Se ele voltar a gritar vou lá com uma faca",
    "Se il capo mi licenzia vado da lui con una mazza",
])
def test_going_armed_to_someone_is_high(text):
    assert _level(text) >= Level.HIGH


# Substances.
@pytest.mark.parametrize("text", [
    "popped a couple of xanax and cracked open my cans, friday vibes",
    "Manito, le estoy dando al guaro todos los días pa poder dormir",
    "Je picole tous les soirs pour pouvoir dormir",
    "I sauf jeden Abend mei Bier, sonst kann i ned schlafn",
    "Ando a beber cachaça todos os dias pra conseguir dormir",
    "Mi scolo una bottiglia di vino tutte le sere per riuscire a dormire",
])
def test_substance_patterns_are_moderate_or_more(text):
    assert _level(text) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "took two pills at the rave and some ket, my jaw is locked and my heart is racing for hours",
    "me tomé dos pastis en la fiesta y keta, tengo la mandíbula trabada y sudor frío",
    "j'ai pris deux taz en soirée et de la keta, sueurs froides et mâchoire bloquée",
    "hab zwei Pillen eingeworfen, Kiefer verkrampft und das Herz rast",
    "tomei duas balas na festa e keta, suor frio e o maxilar travado",
    "ho preso due pasticche in disco e la keta, sudo freddo e ho la mascella bloccata",
])
def test_party_drugs_with_effects_are_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "My dad drinks and then gets behind the wheel every weekend",
    "Mi tío bebe y después maneja casi todos los sábados",
    "Mon père boit et prend le volant tous les week-ends",
    "Mein Onkel trinkt und setzt sich dann ans Steuer",
    "O meu pai bebe e depois pega no carro",
    "Mio zio beve e poi si mette al volante",
])
def test_a_relative_drink_driving_is_moderate(text):
    assert _level(text) >= Level.MODERATE


# Self-harm urges back, a wound infected with fever.
@pytest.mark.parametrize("text", [
    "the urge to cut is back since the exam results",
    "Han vuelto las ganas de cortarme desde que volví a casa",
    "L'envie de me scarifier est revenue depuis la rupture",
    "Der Drang mich zu ritzen ist wieder da",
    "Voltou a vontade de me cortar desde a briga",
    "Mi è tornato il bisogno di tagliarmi dopo la lite",
])
def test_a_self_harm_urge_back_is_moderate(text):
    assert _level(text) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "the cut on my thigh is swollen and hot, I've got a fever but I won't go to A&E",
    "La herida del brazo está hinchada y tengo fiebre",
    "La plaie sur mon bras est infectée et j'ai de la fièvre",
    "Die Wunde am Arm ist entzündet und ich hab Fieber",
    "A ferida do braço está infetada e tenho febre",
    "La ferita sul polso è infetta e ho la febbre",
])
def test_an_infected_wound_with_fever_is_high(text):
    assert _level(text) >= Level.HIGH


# Intrusive thoughts, restriction, grooming, thoughts heard.
@pytest.mark.parametrize("text", [
    "I eat only rice cakes and black coffee for three weeks now",
    "Solo como manzanas y agua desde hace dos semanas",
    "Je ne mange que des pommes depuis trois semaines",
    "Ich ess seit drei Wochen nur noch Äpfel",
    "Só como maçãs há duas semanas",
    "Mangio solo mele da tre settimane",
])
def test_eating_only_one_thing_for_weeks_is_moderate(text):
    assert _level(text) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "An adult man on Discord has been messaging my son. He asked him for photos last night",
    "Un hombre adulto le escribe a mi hija por TikTok. Le pidió fotos ayer",
    "Un homme adulte parle à ma fille sur Snapchat. Il lui a demandé des photos",
    "Ein erwachsener Mann schreibt meiner Tochter. Er wollte Fotos von ihr",
    "Um homem adulto anda a falar com o meu filho. Pediu-lhe fotos ontem",
    "Un uomo adulto scrive a mia figlia su Instagram. Le ha chiesto foto",
])
def test_an_adult_asking_a_child_for_photos_is_high(text):
    assert _level(text) >= Level.HIGH


# False alarms fixed by structure.
@pytest.mark.parametrize("text", [
    "For my essay on Hamlet: is Ophelia's death his fault or her suicide a choice?",
    "Tengo que comentar el suicidio de Werther para clase de literatura",
    "On étudie le suicide de Madame Bovary en cours de français",
    "Wir besprechen Emilias Selbstmord im Deutschunterricht",
    "Na aula falámos do suicídio de Werther",
    "A scuola parliamo del suicidio di Jacopo Ortis",
])
def test_someone_elses_suicide_in_a_book_stays_quiet(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "Had that song on repeat all day — I want to die in your arms tonight — such a tune",
    "Mañana me juego todo en la final. ¡Deséame suerte!",
    "Today in my training session we did a role play with a suicidal patient, tough but useful",
])
def test_songs_luck_and_role_plays_stay_quiet(text):
    assert _level(text) < Level.HIGH


@pytest.mark.parametrize("text", [
    "Hoy se cumplen cuatro años de la última vez que me corté. No tengo ganas de hacerlo",
    "Oggi sono cinque anni dall'ultima volta che mi sono tagliata. Non ho voglia di farlo",
])
def test_an_anniversary_of_the_last_cut_is_history(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "bought a rope for the kids' swing, it's already in the boot for Saturday",
])
def test_a_rope_for_climbing_or_a_swing_stays_below_high(text):
    assert _level(text) < Level.HIGH


def test_a_car_left_after_a_breakdown_is_not_a_preparation():
    assert _level("Left the car on the hard shoulder, it broke down, waiting for the tow truck") < Level.MODERATE
