"""Risk to and from others, after blind round 9 (issue 10): command hallucinations, threats with a weapon,
intrusive harm images, stalking an ex, a child at risk told by a relative, a relayed wish to die, a farewell
message and then silence, drink-driving. Each structure is tested in the six languages on wordings of its own
(none of them from a blind set), lexical layers only, so the semantic layer is not what passes them."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen

N, LOW, MOD, HIGH, IMM = Level.NONE, Level.LOW, Level.MODERATE, Level.HIGH, Level.IMMINENT


def _screen(text: str):
    return screen(text, use_classifier=False)


# (text, least level, most level)
COMMAND = [
    ("The voices keep telling me to hurt my sister.", HIGH, IMM),
    ("there's a voice that says I must jump, it won't shut up", HIGH, IMM),
    ("a voice in my head keeps ordering me to stab my neighbour", HIGH, IMM),
    ("the voices are tellin me tae hurt ma maw", HIGH, IMM),
    ("Satan wants me to set fire to the house", HIGH, IMM),
    ("Una voz me ordena que le haga daño a mi vecino.", HIGH, IMM),
    ("Las voces no paran de decirme que mate a mi hermano.", HIGH, IMM),
    ("Boludo, las voces me dicen que lo tengo que apuñalar al vecino", HIGH, IMM),
    ("Une voix me dit de frapper mon voisin.", HIGH, IMM),
    ("Y'a une voix qui me dit de me tuer", HIGH, IMM),
    ("La voix me répète que je dois punir ma mère", HIGH, IMM),
    ("Eine Stimme sagt mir, ich soll meine Mutter verletzen.", HIGH, IMM),
    ("Die Stimmen sogn ma, i soll mi umbringen", HIGH, IMM),
    ("Die Stimme im Kopf verlangt, dass ich meinen Sohn bestrafe", HIGH, IMM),
    ("Uma voz manda eu machucar meu vizinho.", HIGH, IMM),
    ("Deus falou comigo: tenho que castigar a minha família", HIGH, IMM),
    ("Una voce mi dice di fare del male al mio vicino.", HIGH, IMM),
    ("Le voci me dicono de buttamme dar ponte", HIGH, IMM),
    ("Le voci mi ordinano di strangolare mia moglie", HIGH, IMM),
    # With a time, the means at hand or the speaker already in position: imminent.
    ("God told me I have to sacrifice myself tonight.", IMM, IMM),
    ("The voice says I must jump and I'm already on the roof.", IMM, IMM),
    ("the voice says it has to happen tonight and the knife is in my bag", IMM, IMM),
    ("Dios me dice que tengo que sacrificarme esta noche.", IMM, IMM),
    ("Las voces me gritan que me tire por la ventana y ya estoy en la ventana.", IMM, IMM),
    ("Dios me habló anoche, tengo que sacrificar a mis hijos. Ya tengo el cuchillo.", IMM, IMM),
    ("Les voix m'ordonnent de me jeter sous le métro, je suis déjà sur le quai.", IMM, IMM),
    ("Dieu m'a dit que je devais tuer ma femme ce soir.", IMM, IMM),
    ("Gott hat mir befohlen, mich heute Nacht zu opfern.", IMM, IMM),
    ("Gott spricht zu mir, ich muss mich heute noch opfern", IMM, IMM),
    ("Deus me disse que tenho de me sacrificar hoje à noite.", IMM, IMM),
    ("As vozes mandam-me atirar da ponte e eu já estou na ponte.", IMM, IMM),
    ("Dio mi ha detto che devo sacrificarmi stanotte.", IMM, IMM),
    ("Il diavolo mi ha detto che devo buttarmi dal ponte, sono già sul ponte", IMM, IMM),
]

THREAT = [
    ("I swear I'll go back to that warehouse and shoot every one of them", HIGH, IMM),
    ("I'm going to put a bullet in his head, he had it coming", HIGH, IMM),
    ("Le meto un tiro en la cabeza a ese tipo, sé dónde vive.", HIGH, IMM),
    ("Juro que vuelvo a la fábrica y hago una masacre.", HIGH, IMM),
    ("Te juro que le vacío el cargador a ese hijo de puta", HIGH, IMM),
    ("Je vais lui mettre une balle dans la tête, je sais où il habite.", HIGH, IMM),
    ("Je jure que je retourne au boulot et je fais un carnage.", HIGH, IMM),
    ("Ich jag ihm eine Kugel in den Kopf, ich weiß, wo er wohnt.", HIGH, IMM),
    ("Wenn die mich feuern, lauf ich in der Firma Amok.", HIGH, IMM),
    ("Dem verpass ich eine Kugel, die Knarre liegt im Schrank", HIGH, IMM),
    ("Vou meter uma bala na cabeça dele, sei onde ele mora.", HIGH, IMM),
    ("Juro que volto na firma e faço uma chacina.", HIGH, IMM),
    ("Dou-lhe um tiro, já tenho a arma guardada", HIGH, IMM),
    ("Gli pianto una pallottola in testa, so dove abita.", HIGH, IMM),
    ("Giuro che torno a scuola e faccio una strage.", HIGH, IMM),
    ("Gli scarico il caricatore addosso, il fucile ce l'ho", HIGH, IMM),
]

# Intrusive images of harming someone close, told with fear: moderate (not a threat).
INTRUSIVE = [
    ("I keep getting these images of pushing my mum down the stairs, it terrifies me", MOD, MOD),
    ("I get these horrible flashes of stabbing my girlfriend while she sleeps, I've hidden the knives", MOD,
     MOD),
    ("Tengo imágenes en la cabeza de que apuñalo a mi pareja y me da pánico", MOD, MOD),
    ("J'ai des images dans la tête où je pousse ma fille dans les escaliers, ça me terrifie", MOD, MOD),
    ("J'ai ces pensées où je poignarde mon copain, j'ai caché les couteaux", MOD, MOD),
    ("Ich sehe mich ständig, wie ich meine Tochter vom Balkon werfe, und hab Panik davor.", MOD, HIGH),
    ("Tenho pensamentos de esfaquear o meu namorado e fico apavorada.", MOD, MOD),
    ("Tenho imagens de empurrar a minha mãe da escada, morro de medo disso", MOD, MOD),
    ("Continuo a vedermi mentre spingo mia madre giù dalle scale, mi fa orrore", MOD, MOD),
    ("Mi vengono immagini in cui accoltello il mio compagno, ho nascosto i coltelli", MOD, MOD),
]

STALKING = [
    ("I've sent my ex over 80 messages this week", MOD, MOD),
    ("made a burner account to watch my ex's stories, I know it's bad", MOD, MOD),
    ("I've been sitting outside my ex's house every night to see who comes round", MOD, MOD),
    ("Me quedo parado frente a la casa de mi ex por las noches", MOD, MOD),
    ("Le mandé más de 70 mensajes a mi ex esta semana", MOD, MOD),
    ("Armé una cuenta falsa para ver las historias de mi ex", MOD, MOD),
    ("Je me gare devant chez mon ex tous les soirs", MOD, MOD),
    ("J'ai envoyé plus de 50 messages à mon ex depuis lundi", MOD, MOD),
    ("J'ai créé un faux compte pour voir les stories de mon ex", MOD, MOD),
    ("Ich park jeden Abend vor dem Haus meiner Ex.", MOD, MOD),
    ("Ich hab einen Fake-Account, damit ich ihre Storys sehe, seit meine Ex Schluss gemacht hat", MOD, MOD),
    ("Mandei mais de 60 mensagens pra minha ex ontem", MOD, MOD),
    ("Fico parado na frente da casa da minha ex toda noite", MOD, MOD),
    ("Passo de carro na rua do trabalho da minha ex todo dia", MOD, MOD),
    ("Ho creato un profilo falso per vedere le storie della mia ex", MOD, MOD),
    ("Passo sotto casa della mia ex ogni sera in macchina", MOD, MOD),
]

CHILD = [
    ("My granddaughter told me her stepdad locks her in the cupboard under the stairs", HIGH, IMM),
    ("My nephew came to school with a black eye again and said his dad did it", HIGH, IMM),
    ("My grandson says his dad hits him when he gets bad marks", HIGH, IMM),
    ("my niece (6) says her mum's boyfriend shuts her in the dark cupboard for hours", HIGH, IMM),
    ("Mi sobrina de 7 años dice que su padrastro la encierra en el baño cuando llora", HIGH, IMM),
    ("Mi nieto me contó que su papá le pega con el cinturón", HIGH, IMM),
    ("Mon neveu de 8 ans m'a dit que son père l'enferme dans la cave", HIGH, IMM),
    ("Ma petite-fille avait encore un bleu sur la joue, elle dit que sa mère la frappe", HIGH, IMM),
    ("Mein Enkel hat erzählt, dass sein Vater ihn in den Keller sperrt.", HIGH, IMM),
    ("Meine Enkelin sagt, ihr Stiefvater sperrt sie stundenlang in die Abstellkammer", HIGH, IMM),
    ("Meine Nichte hatte schon wieder ein blaues Auge, ihr Stiefvater schlägt sie.", HIGH, IMM),
    ("Minha sobrinha de 6 anos disse que o padrasto tranca ela no quarto escuro", HIGH, IMM),
    ("O meu neto contou que o pai o fecha na casa de banho às escuras", HIGH, IMM),
    ("Mia nipote di 7 anni mi ha detto che la madre la chiude in bagno per ore", HIGH, IMM),
    ("Mio nipote di 10 anni dice che il patrigno lo picchia quando piange", HIGH, IMM),
]

# Someone else's passive wish to die, relayed: moderate (the clinician should know).
RELAYED_WISH = [
    ("My coworker told me he sees no point anymore and would rather not be here", MOD, HIGH),
    ("My best friend says she'd rather not be here anymore", MOD, HIGH),
    ("Mi compañero de trabajo me dijo que ya no le ve sentido a nada y que preferiría no estar", MOD, HIGH),
    ("Ma collègue m'a dit qu'elle ne voyait plus de sens à rien et qu'elle préférerait ne plus être là", MOD,
     HIGH),
    ("Meine Freundin meinte gestern, sie sieht keinen Sinn mehr und wäre lieber nicht mehr da.", MOD, HIGH),
    ("Meu colega disse que não vê mais sentido em nada e que preferia não estar mais aqui", MOD, HIGH),
    ("Un mio collega mi ha detto che non vede più senso e che preferirebbe non esserci più", MOD, HIGH),
]

# A farewell message and then silence: someone in danger now (high).
GOODBYE_SILENCE = [
    ("my sister sent us a message saying sorry for everything, and now her phone is switched off", HIGH, IMM),
    ("my friend posted 'goodbye everyone, thanks for everything' and isn't answering her phone", HIGH, IMM),
    ("Mi amigo me mandó un audio diciendo que cuide a su perro y tiene el celular apagado desde hace horas",
     HIGH, IMM),
    ("Mi hermana publicó un estado diciendo adiós a todos y no contesta desde hace horas", HIGH, IMM),
    ("Mon pote m'a envoyé un message 'prends soin de mon chat' et son téléphone est éteint depuis ce midi",
     HIGH, IMM),
    ("Mein Kumpel hat mir geschrieben: 'Pass auf meinen Hund auf'. Seitdem ist sein Handy aus.", HIGH, IMM),
    ("Meine Freundin hat eine Nachricht geschickt: 'Danke für alles' und geht seit Stunden nicht ans Telefon",
     HIGH, IMM),
    ("Minha amiga mandou mensagem dizendo 'obrigada por tudo' e o celular dela tá desligado há 4 horas", HIGH,
     IMM),
    ("O meu amigo deixou uma mensagem a dizer 'adeus' e não atende há horas", HIGH, IMM),
    ("Il mio amico mi ha scritto 'grazie di tutto, addio' e da ore ha il telefono spento", HIGH, IMM),
]

DRINK_DRIVING = [
    ("My dad drives home drunk from the pub every Friday", MOD, MOD),
    ("my husband keeps driving home hammered from the rugby club", MOD, MOD),
    ("Mi hermano maneja borracho todos los fines de semana", MOD, MOD),
    ("Mi viejo maneja en pedo todos los findes", MOD, MOD),
    ("Mon frère conduit bourré presque tous les week-ends", MOD, MOD),
    ("Mein Vater fährt jedes Wochenende besoffen Auto", MOD, MOD),
    ("Meu pai dirige bêbado toda sexta", MOD, MOD),
    ("O meu pai conduz bêbado quase todos os dias", MOD, MOD),
    ("Mio fratello guida ubriaco quasi ogni sabato sera", MOD, MOD),
]

CASES = [(family, *case) for family, cases in (
    ("command", COMMAND), ("threat", THREAT), ("intrusive", INTRUSIVE), ("stalking", STALKING),
    ("child", CHILD), ("relayed_wish", RELAYED_WISH), ("goodbye_silence", GOODBYE_SILENCE),
    ("drink_driving", DRINK_DRIVING))
    for case in cases]


@pytest.mark.parametrize(("family", "text", "least", "most"), CASES,
                         ids=[f"{f}-{i}" for i, (f, *_rest) in enumerate(CASES)])
def test_situation_reaches_its_level(family: str, text: str, least: Level, most: Level) -> None:
    s = _screen(text)
    assert least <= s.level <= most, (family, text, s.level, s.rules)


def test_a_command_names_psychosis_and_a_threat_names_harm_to_others() -> None:
    from alliance.safety.levels import Category

    assert Category.PSYCHOSIS_COMMAND in _screen("Una voz me ordena que le haga daño a mi vecino.").categories
    assert Category.HARM_TO_OTHERS in _screen("Giuro che torno a scuola e faccio una strage.").categories
    child = _screen("Mio nipote di 10 anni dice che il patrigno lo picchia")
    assert Category.ABUSE_SAFEGUARDING in child.categories
