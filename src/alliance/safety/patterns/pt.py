"""Portuguese rules (same levels as English: C-SSRS screener, Posner et al. 2011; warning signs, Rudd et al. 2006)."""

from __future__ import annotations

from alliance.safety.patterns import C, L, make_pack
from alliance.safety.patterns.shared import BRUISES, CALORIES, CUT_CONTEXT, EAT_CONTEXT, MIX, SUBSTANCE_HABIT

PILLS = r"(?:remedios|remedio|comprimidos|pilulas|medicamentos|calmantes|paracetamol|rivotril)"
# Voices that are people's own (a choir, the children in the playground), not heard ones.
VOICES = (r"\bvozes(?! d[oa]s? (?:\w+ )?(?:coro|criancas|miudos|vizinhos|pessoas|alunos|colegas|cantor\w*|atores"
          r"|actores|dobrador\w*|locutor\w*|passaros|fas|adeptos|manifestantes|mulheres|homens|jovens|eleitores)\b)")
# Laughter that marks a kill-myself as a joke about a chore ("kkkk" is normalised to "k").
_LAUGH = (r"(?:\bk\b|\bkk+\b|\brs(?:rs)+\b|\brs\b|\bha(?:ha)+h?\b|\bhua(?:hua)+\b|\bhau\w*|\bksks\w*|\blol\b|\blmao\b"
          r"|\bxd\b|😂|🤣|😅|😆|🙃|💀|😭|🤡)")
_KILL_JOKE = (r"(?:me mato|vou me matar|me matar|matar-me|mato-me|me suicido|vou morrer|morro|me jogo|vou me jogar"
              r"|me atiro|vou me atirar)")
# Several drinks, or drunk; and the car taken now (WHO: alcohol-impaired driving).
_DRUNK = (r"(?:bebad[oa]|bebum|chapad[oa]|mamad[oa]|trocando as pernas|de pileque|(?:[3-9]|1\d|tres|quatro|cinco|seis"
          r"|sete|oito|nove|dez|varias|um monte de|muitas|demasiadas) (?:cervejas|latas|latinhas|long ?necks|doses"
          r"|copos|garrafas|caipirinhas|shots|imperiais|finos|minis|canecas|chopes|chopps|tacas|whiskies|whiskys)"
          r"|(?:a|o|na|no) (?:terceir[oa]|quart[oa]|quint[oa]|sext[oa]|setim[oa]|oitav[oa]|non[oa]|decim[oa])"
          r" (?:cerveja|lata|latinha|dose|caipirinha|garrafa|imperial|chope|chopp|taca|copo|whisky|mini|caneca))")
_DRIVE = (r"(?<!\bnao )(?<!\bnem )(?<!\bnunca )(?<!\bsem )\b(?:pego|vou pegar|tenho que pegar|tenho de pegar"
          r"|levo|vou levar) (?:o|meu|o meu|a|minha|a minha) (?:carro|mota|moto|carrinha|caminhonete)\b"
          r"|(?<!\bnao )(?<!\bnem )(?<!\bnunca )(?<!\bsem )\b(?:dirijo|conduzo|vou dirigir|vou conduzir|tenho que"
          r" dirigir|tenho de conduzir|pego o volante|pego a estrada)\b")
SI, PLAN, SH, HTO, ABUSE = C.SUICIDAL_IDEATION, C.SUICIDE_PLAN_INTENT, C.SELF_HARM, C.HARM_TO_OTHERS, C.ABUSE_SAFEGUARDING
PSY, OD, ED, SUB = C.PSYCHOSIS_COMMAND, C.OVERDOSE_MEDICAL, C.EATING_DISORDER_MEDICAL, C.SUBSTANCE_RISK
LOW, MOD, HIGH, IMM = L.LOW, L.MODERATE, L.HIGH, L.IMMINENT

RULES = [
    ("si.want_to_die", SI, HIGH, r"\b(?:quero|queria|quer|gostaria de|tenho vontade de|vontade de|preciso) morrer\b(?! de "
     r"(?:rir|vergonha|fome|sono|tedio))|\bquero estar mort[oa]\b"),
    ("si.kill_myself", SI, HIGH, r"\b(?<!-)(?:me matar|matar-me|me suicidar|suicidar-me|tirar (?:a )?minha (?:propria )?vida|"
     r"acabar com (?:a )?minha vida|por fim a minha vida)\b", "me"),
    ("si.suicidal", SI, HIGH, r"\bpensamentos (?:suicidas|de suicidio|de morte|de me matar)\b|\b(?:penso|pensando|pensei|"
     r"pensar) (?:em )?(?:suicidio|me matar|acabar com tudo|tirar minha vida)\b|\b(?:estou|me sinto|sou) suicida\b|"
     r"\bideacao suicida\b"),
    ("si.end_it", SI, HIGH, r"\bacabar com tudo\b|\bpor um fim em tudo\b"),
    ("si.passive", SI, MOD, r"\bnao quero (?:mais )?(?:viver|estar aqui|existir|acordar)\b|\bqueria (?:nao acordar|sumir "
     r"para sempre|nunca ter nascido|estar mort[oa])\b|\b(?:estariam|estaria|ficariam) melhor sem mim\b|\bninguem "
     r"(?:sentiria|vai sentir) (?:a )?minha falta\b|\bnao (?:tenho|ha|vejo) (?:nenhum )?(?:motivo|razao|sentido) (?:para|"
     r"pra|em) viver\b|\bcansad[oa] de viver\b|\bdormir para sempre\b|\bsumir para sempre\b|\ba vida nao vale a pena\b|"
     r"\bpensando em morrer\b"),
    ("plan.intent", PLAN, IMM, r"\b(?:tenho|fiz) um plano (?:para|pra) (?:morrer|me matar|acabar com tudo)\b|\b(?:ja )?"
     r"decidi (?:me matar|morrer|acabar com tudo|tirar minha vida)\b|\bvou me (?:matar|suicidar|jogar|enforcar)\b|\bcarta "
     r"de (?:despedida|suicidio)\b|\bminha ultima mensagem\b", "me"),
    ("plan.stockpile", PLAN, MOD, r"\b(?:guardei|juntei|acumulei|guardando|juntando|acumulando) (?:\w+ ){0,2}" + PILLS +
     r"\b|\b(?:comprei|tenho|consegui) (?:uma )?(?:corda|arma|pistola)\b", "self", "means warning"),
    ("plan.method", PLAN, HIGH, r"\b(?:me jogar|pular) (?:de|da|do) (?:uma |um |a |o )?(?:ponte|predio|janela|sacada|"
     r"viaduto)\b|\bme enforcar\b|\bcortar os pulsos\b|\bme jogar na frente (?:de|do) (?:um |o )?(?:trem|carro|onibus)\b|"
     r"\bquant(?:os|as) " + PILLS + r"(?: \w+){0,4} (?:morrer|matar|letal)\b"),
    # A near attempt told as recent ("ontem quase me matei"); accidents ("quase me matei de bicicleta") are idioms.
    ("attempt.almost", PLAN, HIGH, r"\b(?:quase|por pouco nao|por pouco) (?:me matei|me suicidei|matei-me|suicidei-me"
     r"|acabei com tudo|acabei com a minha vida)\b", "self"),
    ("attempt.tried", PLAN, HIGH, r"\btentei (?:me matar|suicidio|me suicidar|tirar minha vida)\b|\btentativa de "
     r"suicidio\b"),
    ("warn.signs", SI, MOD, r"\b(?:doando|dando|dei|doei) (?:todas )?(?:as )?minhas coisas\b|\bisso e uma despedida\b|"
     r"\badeus (?:a todos|para sempre)\b|\bfiz (?:meu|o meu) testamento\b|\bnao vou (?:mais )?ser um peso\b|\bnao vou "
     r"estar aqui por muito tempo\b", "self", "warning"),
    ("plan.refuse_rescue", PLAN, HIGH, r"\bnao quero que ninguem me (?:impeca|salve|encontre)\b"),
    ("third.at_risk", SI, MOD, r"\b(?:quer|queria|vai) se (?:matar|suicidar)\b|\b(?:ele|ela) quer morrer\b|\bse matar\b|"
     r"\btirar a propria vida\b", "other"),
    ("sh.self_harm", SH, MOD, r"\bme (?:corto|cortei|machuco|machuquei|queimo|queimei|bato|firo|feri)\b|\bme (?:cortar|"
     r"machucar|ferir|queimar)\b|\bautomutilacao\b|\bautolesao\b", "me", "recent+"),
    ("hto.kill_other", HTO, HIGH, r"\b(?:quero|vou|tenho vontade de) (?:matar|machucar|esfaquear) (?:alguem|ele|ela|eles|"
     r"todos|meu \w+|minha \w+)\b"),
    ("abuse.hurts_me", ABUSE, HIGH, r"\b(?:ele|ela|meu \w+|minha \w+) me (?:bate|bateu|estupra|estuprou|ameaca|ameacou|"
     r"abusa|abusou|enforca|agride|agrediu|espanca|espancou)\b|\bmedo de voltar (?:para|pra) casa\b|\bameacou me matar\b|"
     r"\bnao estou segur[oa] em casa\b|\bviolencia domestica\b", "any"),
    ("psy.command", PSY, HIGH, r"\bvozes (?:\w+ ){0,2}me (?:mandam|dizem|ordenam|pedem)\b|" + VOICES
     + r" (?:\w+ ){0,2}(?:mandam|mandando|a mandar|mandaram|ordenam|ordenando|a ordenar|ordenaram|exigem|exigindo)"
     r"(?:-me)? (?:\w+ ){0,3}(?:matar"
     r"|machucar|magoar|ferir|bater|atacar|esfaquear|envenenar|fazer mal|cortar|queimar|pular|saltar|jogar)\b", "any"),
    ("od.took_pills", OD, IMM, r"\b(?:tomei|engoli) (?:\w+ ){0,2}(?:todos os|todas as|uma cartela de|um frasco de|"
     r"muitos|muitas|\d{2,}) (?:meus |minhas )?" + PILLS + r"\b|\b(?:tive|tomei) uma overdose\b", "self", "act"),
    ("ed.not_eaten", ED, HIGH, r"\bnao como (?:nada )?(?:ha|faz) (?:\d+|dois|tres|quatro|cinco|varios) dias\b|\bvomitando"
     r" sangue\b|\bsem comer (?:ha|faz) (?:\d+|dois|tres|quatro|varios) dias\b"),
    ("distress.hopeless", None, LOW, r"\b(?:sem esperanca|nao aguento mais|sou um peso|me odeio|odeio minha vida|nada faz "
     r"sentido|estou exaust[oa]|nao sirvo para nada)\b", "self", "hopeless"),
]

RULES += [
    ("sub.mix_any", SUB, HIGH, MIX, "self", "substance"),
    ("sub.habit", SUB, MOD, SUBSTANCE_HABIT, "self", "substance"),
    # The same told the other way round: the opioid first, then using it alone ("voltei a heroina. uso sozinho").
    ("sub.opioid_alone_after", SUB, HIGH, r"\b(?:oxicodona|oxycontin|fentanil|fentanilo|heroina|morfina|metadona"
     r"|opioides?|opiaceos?)\b[^\n]{0,120}?\b(?:uso|consumo|injeto|chuto|me pico|pico-me|me injeto|injeto-me|fumo"
     r"|snifo|cheiro)(?: \w+){0,2} sozinh[oa]\b", "self", "substance"),
    # A voice that commands an act, across a sentence break ("a voz outra vez. agora manda-me cortar os pulsos").
    ("psy.command_act", PSY, HIGH, r"\b(?:vozes|voz)\b[^\n]{0,80}?\b(?:me )?(?:diz|dizem|manda|mandam|ordena|ordenam|pede"
     r"|pedem|obriga|obrigam|exige|exigem)(?:-me)? (?:que )?(?:eu )?(?:me |te )?(?:tenho que |tens que |devo |tem que "
     r"|preciso |tenho de |tens de |tem de |preciso de )?(?:cortar|matar|machucar|queimar|atirar|jogar|fazer mal|magoar|morrer|enforcar|saltar|pular"
     r"|esfaquear|afogar|envenenar|bater)\b", "any"),
    # Opioids from the street, used alone and hidden (no one there to call for help if the breathing stops).
    ("sub.opioid_alone", SUB, HIGH, r"\b(?:usando|uso|usei|tomando|tomo|tomei|cheirando|cheiro|injetando|injeto|fumando"
     r"|a usar|a tomar|a cheirar|a injetar|a fumar|comprei|compro|consegui|arranjei|arrumei)(?: \w+){0,3}"
     r" (?:oxicodona|oxycontin|oxy|fentanil|fentanilo|heroina|morfina|tramadol|tramal|codeina|metadona|opioides?"
     r"|opiaceos?|percocet|tylex)\b(?=[^\n]{0,200}?\b(?:sozinh[oa]|escondid[oa]|as escondidas|(?:pra|para) ninguem"
     r" (?:ver|saber|perceber|desconfiar)|sem ninguem (?:saber|ver)|ninguem sabe|nem (?:o |a )?\w+ sabe|de um"
     r" (?:cara|traficante|maluco|carinha|desconhecido)|sem receita|na rua|deep ?web|dark ?web)\b)", "self", "substance"),
    ("ed.calories", ED, MOD, CALORIES),
    ("abuse.bruises", ABUSE, HIGH, BRUISES, "any"),
    ("si.more", SI, MOD, r"\bdormir e (?:nao|nunca mais) acordar\b|\bse eu "
     r"(?:ja )?(?:ca |aqui )?nao (?:estivesse|existisse)(?: (?:mais|aqui|ca|viv[oa]))*(?= ?(?:$|[.!?,;]|(?:seria|era"
     r"|ficava|ficavam|ficariam|estariam|tudo|todos|ninguem)\b))|\bse eu nao tivesse nascido\b|\bse eu "
     r"(?:morresse|sumisse)\b|\b(?:ficaria|ficariam) melhor sem mim\b|\bnao vou (?:mais )?precisar\b|\bnao (?:tenho|ha|vejo) (?:mais )?(?:nenhum )?"
     r"(?:motivo|razao|sentido) (?:para|pra) (?:continuar )?viv(?:er|endo)\b"),
    ("si.more_high", SI, HIGH, r"\bdesviver\b|\b(?:eu )?me mato\b|\b(?:to|tou|estou|ando) (?:\w+ ){0,2}pensando (?:\w+ ){0,2}"
     r"em (?:suicidio|me matar)\b|\bpenso (?:\w+ ){0,2}em (?:suicidio|me matar)\b", "self"),
    ("plan.more", PLAN, HIGH, r"\bvou tomar (?:todos|todas|tudo)\b|\b(?:to|tou|estou) em cima da ponte\b|\bescrevi (?:umas |"
     r"as )?cartas\b|\bcartas (?:tao|estao) escritas\b", "self", "", r"precaucao|caso|noite|hoje|ponte|mato|decidi"),
    ("plan.means_here", PLAN, MOD, r"\b(?:os )?" + PILLS + r" (?:da minha \w+ )?(?:estao|tao) aqui\b|\bja separei (?:os )?"
     + PILLS + r"\b", "self", "means"),
    ("od.more", OD, HIGH, PILLS + r" a mais\b|\bacabei de tomar (?:a caixa|todos|todas|um frasco)\b", "self", "act"),
    ("warn.things", SI, LOW, r"\b(?:arrumando|arrumei|organizando) (?:todas )?(?:as )?minhas coisas\b|\bdei (?:o )?meu "
     r"(?:gato|cachorro)\b", "self", "warning"),
    # Loose ends tied up and people reached one last time (AAS: putting affairs in order, saying goodbye): a risk only
    # read with the rest of the conversation.
    ("warn.loose_ends", SI, LOW, r"\bdevolvi (?:tudo|todos|todas)(?: \w+){0,3} (?:que )?(?:me emprestaram|tinha"
     r" emprestad[oa]s?|peguei emprestad[oa]s?)\b|\bvendi (?:a |o )?(?:minha|meu|a|o) (?:\w+ ){0,2}e dei o dinheiro"
     r" (?:pra|para|a|ao)\b|\b(?:paguei|deixei pago|deixei paga) (?:\w+ ){0,2}(?:aluguel|aluguer|renda|contas) (?:de"
     r"|por|para) (?:\w+ )?meses\b|\bcancelei (?:o |a )?(?:meu |minha )?(?:academia|ginasio|plano|linha|contrato"
     r"|telemovel|celular)\b|\b(?:liguei|telefonei) (?:pra|para|a) (?:todo mundo|toda a gente|toda a familia|todos)"
     r"[^.!?\n]{0,40}? (?:so )?(?:pra|para) (?:ouvir a voz|ouvir as vozes|dizer que (?:os )?amo)\b", "self", "warning"),
    ("plan.buy_means", PLAN, MOD, r"\bcomprei " + PILLS + r"\b", "self", "means"),
    ("sh.bleeding", SH, IMM, r"\bnao para de sangrar\b|\bfundo demais\b", "self", "act", CUT_CONTEXT),
    ("hto.more", HTO, HIGH, r"\b(?:eu )?mato ele\b|\bvou mata-l[oa]\b|\bvou matar (?:ele|ela)\b|\bpensamentos de (?:bater|"
     r"matar|machucar)\b|\b(?:faca|arma|revolver)(?: \w+){0,4} vou (?:ate )?(?:a )?casa (?:dele|dela)\b"),
    ("abuse.more", ABUSE, HIGH, r"\bme deu um (?:tapa|soco|chute)\b|\bnao me deixa (?:ver|sair|trabalhar)\b|\bpega meu "
     r"celular\b|\bbate (?:nele|nela|no meu filho|na minha filha)\b", "any"),
    ("abuse.door", ABUSE, IMM, r"\b(?:esmurrando|chutando|batendo na) a? ?porta\b|\bgritando que vai me matar\b", "any",
     "act"),
    ("psy.more", PSY, HIGH, r"\bvozes (?:\w+ ){0,8}(?:tenho que|preciso)\b", "any"),
    ("psy.voices", PSY, MOD, VOICES + r" (?:\w+ ){0,4}(?:dizem|mais altas|voltaram)\b", "any"),
    ("ed.more", ED, MOD, r"\bprovoco o vomito\b|\bvomitei (?:de novo )?depois de comer\b|\bescondo da minha\b"),
    ("ed.symptoms", ED, HIGH, r"\b(?:coracao (?:ta|esta) disparado|to tonta|to tonto|tonta|tonto|desmaiei)\b", "self", "",
     EAT_CONTEXT),
    ("sub.more", SUB, MOD, r"\bmaconha o dia inteiro\b|\bgarrafa de vinho todas as noites\b", "self", "substance"),
    ("third.goodbye_message", SI, HIGH, r"\bmensagem de despedida\b", "any"),
    ("sub.drink_driving", SUB, HIGH, r"\b" + _DRUNK + r"\b[^.!?]{0,80}?" + _DRIVE + r"|" + _DRIVE + r"[^.!?]{0,60}?\b"
     + _DRUNK + r"\b", "self", "substance"),
    # "To morta" after an exam or a shift is tiredness (discounted by the idiom below); said as a feeling, distress.
    ("distress.dead_tired", None, LOW, r"\b(?:estou|to|tou|fiquei|ando|cheguei|acabei|terminei) mort[oa]\b", "self"),
]

PACK = make_pack(
    "pt",
    RULES,
    negation=["nao", "nunca", "jamais", "nem", "nenhum", "nega", "sem"],
    first_person=["eu", "me", "mim", "meu", "minha", "comigo"],
    third_party=["ele", "ela", "eles", "elas", "alguem", "dele", "dela", r"(?:meu|minha|um|uma) (?:melhor )?(?:amig[oa]|"
                 r"irma[o]?|filh[oa]|pai|mae|namorad[oa]|marido|esposa|prim[oa]|colega|vizinh[oa]|paciente)"],
    idioms=[
        # A figure of speech: "tomei uma overdose de cafe", "overdose de series no fim de semana"
        r"(?:overdose|sobredose) de (?:cafe|cafeina|acucar|chocolate|doces?|energeticos?|red bull|monster|series?"
        r"|netflix|trabalho|informacao|memes|fofura|amor|carinho|comida|pizza|filmes|anime|musica|reunioes|estudo"
        r"|tiktok|redes sociais|felicidade|drama|fofoca|sol|praia|treino|academia|emocoes|realidade|chimarrao|mate"
        r"|brigadeiro|acai|kpop|futebol|novela)",
        # An accident that nearly killed: "quase me matei quando a escada escorregou", "por pouco nao morri de susto"
        r"(?:quase |por pouco (?:nao )?|faltou pouco (?:pra|para) (?:eu )?)(?:me matei|me mato|morri|morro|me"
        r" matava|me mata|me matou|me matam|nos matamos|matei-me|me quebrei)(?=(?: [\w-]+){0,6} (?:quando|ao (?:cair"
        r"|descer|subir|escorregar|tropecar|travar|sair|entrar)|com (?:a|o|uma|um|as|os) (?:escada|bicicleta|bike"
        r"|moto|skate|patins|patinete|carro|cadeira|degraus?|faca|porta|mangueira|tapete|salto|fio|corda)|de (?:susto"
        r"|rir)|de (?:bicicleta|bike|moto|carro|skate|patins|patinete)|caindo|escorregando|tropecando|kkk+|rs+"
        r"|haha\w*|na (?:escada|banheira|chuva|estrada|curva|moto|bike|rua)|no (?:gelo|chuveiro|banho|box|transito|degrau|cruzamento))\b)",
        # A summer jump into the river, the sea or the pool: "a galera foi pular da ponte no rio, tradicao da cidade"
        r"(?:pular|pulamos|pulam|pulavam|pulava|pulou|pulei|saltar|saltamos|saltei|mergulhar|mergulhamos|mergulhei"
        r"|me jogar|nos jogamos|se jogar|se jogam|se jogavam) (?:de|da|do|desde a|desde o|de cima da|de cima do)"
        r" (?:ponte|pedra|rocha|pier|cais|trampolim|prancha|barranco|penhasco|falesia|paredao) (?:\w+ ){0,2}(?:no"
        r"|na|pro|pra|para o|para a|dentro d[oa]) (?:rio|lago|mar|agua|represa|lagoa|cachoeira|piscina|acude"
        r"|oceano)(?=[^.!?\n]{0,150}\b(?:tradicao|kkk+|rs+|haha\w*|divertid\w*|feliz|felizes|delicia|gelad[oa]"
        r"|galera|turma|amigos|criancas?|verao|ferias|domingo|sabado|festa|brincadeira|nadar|mergulho|adrenalina"
        r"|incrivel|demais)\b)",
        r"(?:galera|turma|criancada|molecada|amigos|a gente|nos|pessoal)(?: \w+){0,3} (?:pular|pulamos|pulava"
        r"|pulavam|saltar|saltamos|mergulhar) (?:de|da|do) (?:ponte|pedra|rocha|pier|cais|trampolim|cachoeira)"
        r"(?: \w+){0,3} (?:no|na|pro|pra) (?:rio|lago|mar|agua|represa|lagoa|piscina|acude)",
        # Hyperbole about a chore, laughed off: "mais uma reuniao e eu me mato kkk", "me jogo da janela se ... 😂".
        r"(?:\bse\b|\bmais (?:um|uma)\b|\boutr[oa]\b)[^.!?\n]{0,80}?" + _KILL_JOKE + r"(?=[^.!?\n]{0,30}?" + _LAUGH + ")",
        _KILL_JOKE + r"(?=[^.!?\n]{0,80}?\bse\b[^.!?\n]{0,80}?" + _LAUGH + ")",
        r"morrendo de (?:fome|sono|rir|vergonha|saudade|calor|frio|medo|vontade|tedio)",
            r"morrer de (?:rir|vergonha|fome|tedio)", r"mort[oa] de (?:fome|sono|cansaco|rir|vergonha|medo)",
            r"(?<!que )(?:vai|vao) me matar",  # not reported: "ele disse que vai me matar" is a threat
            # something else "killing me" in the European and African progressive: "este calor esta a me matar"
            r"(?:esta|ta|estao|tao|anda|andam|estava|estavam)(?:-me)? a (?:me matar|matar-me|matar)(?! (?:a|o|os|as"
            r"|um|uma) \w)",
            # someone else's warning: "o meu marido diz que ainda vou me matar naquela escada"
            r"(?:diz|dizem|disse|disseram|fala|falam|falou|acha|acham) que (?:eu )?(?:ainda |um dia )?(?:vou|vais|vai)"
            r" (?:me matar|matar-me|morrer)(?= (?:n[ao]|naquel[ae]|ness[ae]|com|de|em cima d[ao]|a (?:subir|descer"
            r"|conduzir|andar))\b)",r"(?:vai|vao|vais) matar-me", r"me mato de (?:trabalhar|estudar)", r"me matando", r"matar (?:o )?tempo",
            # an exam or a chore that "will kill me": "a prova de calculo amanha vai me desviver kkk"
            r"(?:prova|provas|exame|teste|trabalho|tcc|aula|aulas|faculdade|calculo|semana|reuniao|fila|transito|calor"
            r"|dieta|treino|saudade|ansiedade|vergonha|curiosidade)(?: de \w+)?(?: \w+){0,2} (?:vai|vao|ta|esta|tao"
            r"|estao) me (?:matar|desviver|desvivendo)",
            r"me cortei (?:cozinhando|com a faca|no dedo|fazendo a barba)",
            r"me machuquei (?:jogando|na academia|correndo|caindo)",
            # The wish laughed off at once: "vou me matar kkkkk que time ruim" (not when taken back: "kkk serio")
            _KILL_JOKE + r"(?=[^.!?\n\w]{0,3}" + _LAUGH + r")(?![^.!?\n]{0,40}\b(?:serio|de verdade|nao (?:e|to|estou)"
            r" (?:brincando|a brincar)|nao e piada)\b)",
            # "vou me matar de rir", "me matando de trabalhar": the verb with what one dies "of"
            r"(?:me mato|me matar|matar-me|mato-me|me matando|me matei) (?:de|a) (?:rir|trabalhar|estudar|correr|treinar"
            r"|limpar|tanto|fome|saudades?|tedio|susto|vergonha|raiva|cansaco|calor|frio)",
            r"(?:quero|queria|vontade de) morrer(?=[^.!?\n\w]{0,3}" + _LAUGH + r")(?![^.!?\n]{0,40}\b(?:serio|de"
            r" verdade|nao (?:e|to|estou) (?:brincando|a brincar)|nao e piada)\b)",
            # A threat to a relative or friend over a trifle, laughed off in the same sentence: "vou matar minha
            # irma, pegou meu carregador de novo kkkkk"
            r"(?:vou|vo|eu vou|juro que vou|ainda vou) matar (?:a |o )?(?:minha|meu|essa|esse|aquela|aquele|a|o)"
            r"(?: \w+){1,2}(?=[^.!?\n]{0,80}?" + _LAUGH + r")",
            # Dead tired: "to morta" after an exam, a shift or the gym
            r"(?:estou|to|tou|fiquei|ando|cheguei|acabei|terminei) mort[oa](?! (?:por dentro|em vida|de (?:tristeza|dor"
            r"|medo))\b)"],
    fiction=[
             # Training and placements: a trainee asking about a case or a protocol (issue 10, round 14).
             r"estudante de (?:psicologia|enfermagem|medicina|servico social)", r"(?:no|meu|durante o) estagio", r"protocolos?", r"materia(?:l|is) de formacao", r"(?:curso|formacao|capacitacao) (?:de|sobre|em) (?:prevencao|suicidio|crise)",
             "filme", "livro", "romance", "serie", "episodio", "personagem", "musica", "jogo", "documentario", "artigo",
             "noticia", "trabalho da escola",
             # Hunting, fishing and sport shooting: the gun and the knife are the gear of a hobby.
             r"cacadas?", r"cacador(?:es)?", r"(?:ir|vamos|vou|fomos|saimos|iremos) (?:a |pra |para )?(?:cacar|pescar)",
             r"(?:licenca|temporada|epoca|reserva|espingarda|cacadeira) de (?:caca|pesca)", r"pescarias?",
             r"(?:clube|estande|carreira|campo) de tiro", r"tiro (?:esportivo|desportivo|ao prato|aos pratos)",
             # A health worker's shift: "no plantao de hoje atendemos tres overdoses".
             r"(?:no|num|do|meu|de) plantao", "samu", "inem", r"pronto[ -]socorro", r"(?:na|da) (?:urgencia|emergencia)"
             r"(?: do hospital)?", r"(?:sou|trabalho como|trabalho de) (?:enfermeir[oa]|medic[oa]|socorrista|bombeir[oa]"
             r"|paramedic[oa]|tecnic[oa] de enfermagem|farmaceutic[oa]|psicolog[oa]|psiquiatra|residente)",
             r"(?:trabalho|trabalhava) (?:no|na|num|numa) (?:samu|inem|hospital|upa|urgencia|emergencia|ambulancia"
             r"|pronto[ -]socorro|caps|uti|ps)", r"(?:atendemos|atendi|recebemos|chegaram|chegou) (?:\w+ ){0,2}"
             r"(?:overdoses?|intoxicac\w+|tentativas? de suicidio|pacientes?)"],
    history=[
             # An act dated by the age it happened at or by years ago (issue 10, round 14).
             r"quando (?:eu )?tinha \d+(?: anos)?", r"(?:faz|ha) (?:\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|muitos) anos",
             r"quando eu era (?:crianca|adolescente|jovem|pequen[oa]|mais nov[oa])", r"(?:ha|faz) (?:\w+ )?anos",
             "no colegio", "no ensino medio", "no passado", "antigamente", "costumava",
             # An age or a year long past, or being well now: "tentei aos 16, hoje tenho 35 e estou bem".
             r"aos (?:[1-9]|[1-3]\d) anos|aos (?:[1-9]|1\d|2\d)(?= ?(?:$|[.,;!?]| e | eu | tentei| tomei| me))",
             r"com (?:[1-9]|[1-3]\d) anos(?=[^.!?\n]{0,80}\b(?:hoje|agora|atualmente|hoje em dia)\b)",
             r"quando (?:eu )?tinha (?:\d+|uns \d+)", r"em (?:19[5-9]\d|20[0-2]\d)", r"anos atras",
             r"(?:ha|faz) (?:muito|bastante|imenso) tempo", r"faz tempo", r"na (?:adolescencia|juventude|faculdade)",
             r"hoje (?:eu )?tenho (?:\d+|vinte|trinta|quarenta|cinquenta)",
             r"(?:hoje|agora|hoje em dia|atualmente) (?:eu )?(?:ja )?(?:estou|to|tou|sou|vivo|ando) (?:muito |super )?"
             r"(?:bem|otim[oa]|feliz|estavel|recuperad[oa]|em paz|melhor)",
             r"(?:estou|to|tou) bem (?:ha|faz) (?:\w+ )?anos", r"(?:\d+|varios|muitos) anos (?:limpo|limpa|sem)"],
    recency=["de novo", "outra vez", "ontem", "toda noite", "todo dia", "todas as noites", "esta semana", "essa semana", "ultimamente", "recentemente"],
    timing=["hoje a noite", "hoje", "esta noite", "essa noite", "agora mesmo", "amanha", "este fim de semana",
            r"em (?:uma|algumas|\d+) horas?"],
    means=["corda", "arma", PILLS + " guardad[oa]s", "ja tomei", "a ponte"],
    # "ja ta tudo pronto" (not "pronto pra festa"): resolve only after earlier risk or with ideation.
    resolve=[r"(?:ja )?(?:esta|ta|tenho|fica|ficou|deixei|deixo) tudo (?:pronto|preparado|decidido)"
             r"(?!\W{0,3}(?:para|pra|pro|de|com|no|na) (?:o|a|os|as|minha|meu|minhas|meus|uma|um|sua|seu|nossa"
             r"|nosso|ir|sair|amanha|viagem|festa)\b)", "ja decidi", "eu decidi", "tomei a decisao", r"estou pront[oa]", "chegou a hora", "nao tem volta",
             "sei o que tenho que fazer", "e a unica saida"],
    farewell=["perdoem por tudo", "amo todos voces", "adeus", "cuidem de", "me perdoem", "me perdoa",
              # thanks that sum up the help, not with plans ahead ("obrigada por tudo, ate quinta")
              r"(?:obrigad[oa]|obrigadao|valeu|agradecer(?:-lhe|-te)?) por tudo(?![^\n]{0,80}\b(?:ate (?:segunda"
              r"|terca|quarta|quinta|sexta|sabado|domingo|amanha|logo|a proxima|breve|semana que vem)|nos vemos"
              r"|semana que vem)\b)",
              r"(?:fez|fizeste|faz) (?:toda a |muita |uma )?diferenca na minha vida",
              r"(?:se cuida|cuide-se|cuida-te)(?= *(?:$|[.!?,]))"],
    concealment=[r"nao conta (?:para|pra) ninguem", "sem policia", "sem medicos", "nao liga para ninguem",
                 "nao quero que ninguem me impeca"],
)
