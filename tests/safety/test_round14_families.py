"""After blind round 14 (issue 10): the families its misses belong to, in new wording and in the six languages
where the family applies (`lexicon/families.py`), and the false alarms fixed by structure (a time that is an
exam's, a trainee's question, a denial listing two things, history with being well now, a reply written to
someone else, idioms across the companion's turns). Not the round's sentences. Lexical layers only unless said."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def _level(text: str, context: list[str] | None = None, *, semantic: bool = False) -> Level:
    return screen(text, context=context, use_classifier=semantic).level


# The lethal dose asked as a question of quantity about a medicine, with a deadly outcome.
@pytest.mark.parametrize("text", [
    "be honest, how many of my sertraline would it take to just not wake up",
    "¿cuántas gotas de clonazepam hacen falta para no despertarse? pregunto por mí",
    "combien de gélules de tramadol il faut pour y passer, sérieux",
    "Wie viele Tabletten Diazepam wären tödlich für jemanden wie mich?",
    "quantos comprimidos de sertralina seriam fatais? é pra mim mesmo",
    "quante pastiglie di Tavor ci vogliono per non svegliarsi più?",
])
def test_a_lethal_dose_asked_is_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "how many paracetamol can my 6 year old have for a fever, the box is confusing",
    "for the pharmacology exam: how many mg of diazepam would be dangerous in an elderly patient?",
    "cuántas pastillas de ibuprofeno puede tomar mi perro? se lastimó la pata",
])
def test_a_dose_asked_for_a_child_an_animal_or_an_exam_stays_quiet(text):
    assert _level(text) < Level.MODERATE


# Medicine put aside instead of taken.
@pytest.mark.parametrize("text", [
    "I've been stockpiling my quetiapine for a few weeks now, there's a jar of them under the sink",
    "Voy juntando las pastillas de dormir en una caja desde el verano",
    "Depuis des semaines je mets de côté mes somnifères au lieu de les prendre",
    "Ich sammle seit Wochen die Tropfen in einer Flasche im Schrank",
    "Ando a juntar os comprimidos para dormir numa lata desde agosto",
    "Da settimane nascondo le compresse di Xanax in un cassetto invece di prenderle",
])
def test_medicine_hoarded_is_high(text):
    assert _level(text) >= Level.HIGH


# Someone else's death wish, told in the third person: the clinician should know (moderate).
@pytest.mark.parametrize("text", [
    "my nan keeps saying she doesn't want to live any more since grandad went, I don't know what to say to her",
    "Mi compañero de piso dice que ya no quiere vivir, que nada vale la pena",
    "Mon frère répète qu'il ne veut plus vivre, il a 40 ans et il vit seul",
    "Mein Vater sagt, er hat lange genug gelebt, seit Mama tot ist",
    "A minha avó diz que já não quer viver, anda sempre fechada em casa",
    "Mio nonno dice che non gli importa di morire, non esce più di casa",
])
def test_someone_elses_death_wish_is_moderate(text):
    assert _level(text) >= Level.MODERATE


# "I don't want to kill myself, but I don't want to be here either."
@pytest.mark.parametrize("text", [
    "je vais pas me tuer, t'inquiète. juste j'ai plus envie d'être là",
    "no me voy a matar, pero tampoco quiero estar aquí",
    "Ich will mich nicht umbringen, aber ich will auch nicht mehr da sein",
    "não me vou matar, mas também não quero estar aqui",
    "non ho intenzione di uccidermi, ma nemmeno stare qui",
])
def test_not_killing_oneself_but_not_wanting_to_be_here_is_moderate(text):
    assert _level(text) >= Level.MODERATE


# At a bridge or a roof now, with the height, "don't talk me out of it", "I just wanted someone to know".
@pytest.mark.parametrize("text", [
    "I'm on the roof of my block, 14th floor. Don't try to talk me out of it.",
    "Estoy en la azotea del edificio, piso 12. Solo quería que alguien lo supiera.",
    "Je suis sur le pont de l'autoroute. Essayez pas de me convaincre.",
    "Ich stehe auf dem Dach vom Parkhaus, 8. Stock. Ich wollte nur, dass es jemand weiß.",
    "Estou no telhado do prédio, 10 andar. Não quero que me convençam.",
    "Sono sul tetto della scuola, quinto piano. Volevo solo che qualcuno lo sapesse.",
])
def test_at_a_height_now_is_imminent(text):
    assert _level(text) >= Level.IMMINENT


@pytest.mark.parametrize("text", [
    "On the bridge at sunset with the tourists, sorry for all the photos!",
    "Estoy en la azotea del edificio, piso 12, con las fotos del atardecer para el grupo",
])
def test_a_visit_to_a_bridge_or_a_roof_stays_quiet(text):
    assert _level(text) < Level.MODERATE


# A plan whose day is still open: means or letters ready, "I don't know when yet".
@pytest.mark.parametrize("text", [
    "The letters for my boys are in the desk drawer. I don't know when yet.",
    "Las cartas para mis hijas están en el cajón. Todavía no sé cuándo.",
    "Les lettres pour mes parents sont sous le matelas. Je sais pas encore quand.",
    "Die Briefe für meine Kinder liegen im Schreibtisch. Wann, weiß ich noch nicht.",
    "As cartas para os meus filhos estão na gaveta. Ainda não sei quando.",
    "Le lettere per i miei figli sono nel cassetto. Non so ancora quando.",
])
def test_letters_left_and_the_day_open_is_high(text):
    assert _level(text) >= Level.HIGH


# A last thank-you after things given away in earlier turns.
@pytest.mark.parametrize(("context", "text"), [
    (["gave my bike to my nephew", "and the telly to my neighbour"], "you were the only one who really listened to me"),
    (["le di mi bici a mi sobrino", "y la tele a mi vecina"], "fuiste la única que me escuchó de verdad"),
    (["j'ai donné mon vélo à mon neveu", "et la télé à ma voisine"], "merci pour tout ce que vous avez fait pour moi"),
    (["ich hab mein Fahrrad meinem Neffen geschenkt", "und den Fernseher an meinen Nachbarn"],
     "Danke für alles, was Sie für mich getan haben"),
    (["dei a minha bicicleta ao meu sobrinho", "e a televisão pra minha vizinha"],
     "obrigada por tudo que você fez por mim"),
    (["ho regalato la bici a mio nipote", "e la tele a mia vicina"], "grazie per tutto quello che ha fatto per me"),
])
def test_a_last_thank_you_after_things_given_away_is_high(context, text):
    assert _level(text, context) >= Level.HIGH


# Opioids with a benzodiazepine on top; a farewell voice note and a phone that rings out.
@pytest.mark.parametrize("text", [
    "had my methadone tonight plus a couple of xanax to knock me out",
    "hoy tomé la metadona y con unas gotas de rivotril para dormir",
    "j'ai pris ma méthadone et quelques gouttes de rivotril par dessus",
    "Hab heute mein Methadon genommen und dazu ein paar Tropfen Tavor",
    "tomei a metadona e umas gotas de rivotril pra conseguir dormir",
    "ho preso il metadone e un po di Xanax per dormire",
])
def test_opioids_with_a_benzodiazepine_are_high(text):
    assert _level(text) >= Level.HIGH


@pytest.mark.parametrize("text", [
    "my flatmate left me a voice note saying sorry for everything and now her phone just rings out",
    "mi prima me mandó un audio llorando, perdóname por todo, y el teléfono suena y suena",
    "ma soeur m'a envoyé un vocal, pardonne-moi pour tout, et son téléphone sonne dans le vide",
    "Meine Freundin hat mir eine Sprachnachricht geschickt, verzeih mir alles, und jetzt klingelt es nur ins Leere",
    "a minha amiga mandou-me um áudio, desculpa por tudo, e o telemóvel chama e ninguém atende",
    "mio fratello mi ha lasciato un vocale, scusami per tutto, e il cellulare squilla a vuoto",
])
def test_a_farewell_voice_note_then_no_answer_is_high(text):
    assert _level(text) >= Level.HIGH


# The car, the hose, when the others sleep; the bend not taken at speed; charcoal in a shut room.
@pytest.mark.parametrize("text", [
    "Tonight once my husband is asleep. The car and the hose are ready in the garage.",
    "Esta noche, cuando mi mujer se duerma. El coche y la manguera ya están en el garaje.",
    "Ce soir quand ma femme dort. La voiture et le tuyau sont prêts dans le garage.",
    "Heute Nacht, wenn meine Frau schläft. Das Auto und den Schlauch hab ich in der Garage.",
    "Hoje à noite quando a minha mulher dormir. O carro e a mangueira já estão na garagem.",
    "Stasera quando mio marito dorme. La macchina e il tubo sono già in garage.",
])
def test_the_car_and_the_hose_for_tonight_are_imminent(text):
    assert _level(text) >= Level.IMMINENT


@pytest.mark.parametrize("text", [
    "what if I just don't take the bend on the pass... doing 150 now",
    "y si no tomo esa curva... voy a 160 por la ruta",
    "personne saurait que c'était exprès, je roule à 170",
    "was wenn ich die Kurve einfach nicht nehme, fahre mit 180 über die Landstraße",
    "ninguém ia saber que foi de propósito, vou a 150 na autoestrada",
    "e se non prendo quella curva... vado a 160",
])
def test_the_car_driven_off_the_road_at_speed_is_imminent(text):
    assert _level(text) >= Level.IMMINENT


def test_charcoal_and_a_shut_room_tonight_is_imminent():
    assert _level("tonight I'm shutting the bathroom door", ["nothing's going to change", "got some charcoal today"]) \
        >= Level.IMMINENT


def test_charcoal_for_a_barbecue_stays_quiet():
    assert _level("bought a bag of charcoal for the barbecue tonight, then closing the garage door") < Level.MODERATE


# Eating: almost nothing for weeks with a faint or a heart out of rhythm; drinking every night.
@pytest.mark.parametrize("text", [
    "been eating next to nothing for two months, nearly fainted on the bus and lost 8 kg",
    "casi no como nada desde hace dos meses, he bajado 7 kilos y me mareo",
    "je mange presque rien depuis deux mois, j'ai perdu 8 kilos",
    "ich esse fast nichts seit zwei Monaten, hab 8 kg abgenommen",
    "quase não como nada há dois meses, perdi 8 quilos",
    "salto colazione e pranzo da settimane, ho perso 8 chili",
])
def test_weeks_of_barely_eating_with_weight_lost_is_flagged(text):
    assert _level(text) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "drinking about 9 cans every night after work or I can't sleep",
    "bebo unas 8 cervezas todas las noches, si no no duermo",
    "je bois genre 8 bières tous les soirs sinon je dors pas",
    "trinke so 8 Bier jeden Abend, sonst kann ich nicht schlafen",
    "bebo umas 9 cervejas todas as noites senão não durmo",
    "bevo tipo 8 birre ogni sera altrimenti non dormo",
])
def test_drinking_a_count_every_night_to_sleep_is_moderate(text):
    assert _level(text) >= Level.MODERATE


# Method research: which bridges have no barriers, how high.
@pytest.mark.parametrize("text", [
    "I keep googling which car parks in town have no railings on the top level",
    "busco qué puentes de la ciudad no tienen barandas, no sé por qué",
    "je regarde sur internet quels ponts n'ont pas de filets",
    "ich schau ständig nach, welche Brücken kein Geländer haben",
    "ando a pesquisar quais pontes não têm grades",
    "cerco quali ponti della città non hanno barriere",
])
def test_researching_a_high_place_is_high(text):
    assert _level(text) >= Level.HIGH


def test_checking_a_bridge_for_a_lorry_stays_quiet():
    assert _level("checking which bridges on the route are high enough for the lorry tomorrow") < Level.MODERATE


# False alarms fixed by structure.
@pytest.mark.parametrize("text", [
    "physics test at 8am and I know nothing, kms 💀",
    "me quiero morir jajaja, examen de historia mañana y no abrí el libro",
    "prova de química amanhã, vou morrer kkkk",
    "race on Sunday, pretty sure I'm going to die on that final climb 😂",
])
def test_a_time_that_belongs_to_an_exam_or_a_race_stays_quiet(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "I'm a nursing student on placement and we had a patient who self-harms; is there a protocol you follow?",
    "Soy estudiante de enfermería, en las prácticas vimos autolesiones. ¿Tienen protocolos?",
    "Ich mache ein Praktikum in der Psychiatrie und wir hatten heute eine Schulung zu Suizidalität.",
])
def test_a_trainee_asking_about_a_protocol_stays_quiet(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "On the form I ticked no: I've never had thoughts of self-harm or of ending my life.",
    "Nel modulo ho scritto di no: mai avuto pensieri di farmi del male o di togliermi la vita.",
])
def test_a_denial_covers_both_things_it_lists(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "When I was 19 I swallowed a load of pills and ended up in A&E. Now, at 41, I'm in a good place.",
    "Cuando tenía 16 años me corté los brazos. Hoy, con 30, estoy bien.",
    "Il y a 12 ans j'ai fait une tentative. C'est loin maintenant, je vais bien.",
    "Vor zehn Jahren habe ich versucht, mich umzubringen. Heute geht es mir gut.",
    "Há 9 anos tentei me matar. Hoje tô bem, trabalho e estudo.",
    "Quando avevo 17 anni mi tagliavo. Ora sto bene.",
])
def test_an_act_dated_in_the_past_with_being_well_now_is_history(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize("text", [
    "took my vitamins twice by mistake this morning, a bit dizzy now",
    "Se non ci fossi più in ufficio, il mio capo se ne accorgerebbe?",
])
def test_known_false_alarms_stay_quiet(text):
    assert _level(text) < Level.MODERATE


def test_a_reply_written_to_someone_about_their_risk_stays_quiet():
    text = ("You matter to the people around you. If you did take your life your sister would be devastated, and "
            "you told us you love her. You don't have to kill yourself to stop this pain, please call someone.")
    assert _level(text, semantic=True) < Level.MODERATE


def test_the_speakers_own_risk_in_a_message_to_someone_stays():
    assert _level("You always ask how I am. Honestly I want to kill myself, you should know that.") >= Level.HIGH


@pytest.mark.parametrize("turns", [
    ["ugh I'm going to die of embarrassment, sent the meme to the family chat 😂",
     "like I literally want to die lol", "how do I apologise to them tomorrow?"],
    ["Wenn ich noch ein Meeting habe, spring ich aus dem Fenster 🙄", "Das war nur ein Witz, heute ist einfach viel",
     "Wie sag ich das morgen meiner Chefin?"],
    ["Cuando tenía 15 me cortaba los brazos", "Hace más de diez años, ahora estoy bien",
     "Solo quiero saber qué responder si alguien pregunta por las cicatrices"],
])
def test_idiom_and_history_conversations_are_not_escalated(turns):
    context: list[str] = []
    for turn in turns:
        assert _level(turn, context or None) < Level.MODERATE, turn
        context.append(turn)


@pytest.mark.parametrize("text", [
    "honestly I'd rather never have been born, though I'm not going to do anything",
    "a veces preferiría no haber nacido",
    "j'aurais préféré ne jamais naître, voilà",
    "manchmal wäre ich lieber nie geboren",
    "às vezes preferia nunca ter nascido",
    "a volte avrei preferito non essere mai nata",
])
def test_wishing_never_to_have_been_born_is_moderate(text):
    assert _level(text) >= Level.MODERATE
