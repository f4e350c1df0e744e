"""Portuguese parts of own risk told indirectly or by what is in the hands (Brazilian and European forms)."""

from __future__ import annotations

from alliance.safety.lexicon.own_risk.common import gap as _gap

_PT_HOLY = (r"(?:deus|deusinho|o senhor|senhor|nosso senhor|jesus|cristo|nossa senhora(?: (?:aparecida"
            r"|de fatima|da \w+|do \w+|das \w+))?|a virgem(?: maria)?|virgem maria|maria santissima"
            r"|o de cima|o la de cima|papai do ceu|o pai do ceu|pai eterno|santo \w+|sao \w+|santa \w+"
            r"|o todo[- ]poderoso)")
_PT_PRAY = (r"(?:peco|pedindo|pedi|rezo|rezando|rezei|rogo|rogando|suplico|imploro|espero|esperando"
            r"|so espero|estou a espera|to esperando|tou a espera|aguardo|tomara|oxala|quem dera|queria"
            r"|gostava)")
_PT_TAKE_ME = (r"(?:(?:que|para que|pra que|ja|logo|de uma vez|venha) )*(?:me (?:leve|levasse|leva|levar"
               r"|busque|buscasse|buscar|chame|chamasse|chamar|recolha|recolhesse|venha buscar|deixe ir"
               r"|deixe partir|deixe descansar)|leve-me|levasse-me|levar-me|leva-me|chame-me|busque-me"
               r"|venha buscar-me|vir me buscar|vir buscar-me|se lembre de mim)(?! (?:a (?:missa|igreja"
               r"|razao|atencao)|pela mao|pelo bom caminho|a casa|ao trabalho)\b)")
_PT_ENDED = r"(?= *(?:$|[.!?,;:]| e\b| ja\b| mas\b| agora\b| menina\b| doutora?\b))"
_PT_THEM = (r"(?:(?:os |as |a |o )?(?:meus|minhas|minha|meu|nossos|nossa) (?:\w+ )?(?:filhos|filhas|filho"
            r"|filha|netos|familia|esposa|marido|mulher|pais|miudos)|eles|elas|todos|toda a gente"
            r"|todo mundo)")
_PT_WOULD = (r"(?:estariam|estaria|ficariam|ficaria|viveriam|viveria|seriam|seria|iam estar|iam ficar"
             r"|ficavam|estavam|viviam|teriam|teria|andariam|andaria)")
_PT_EASIER = (r"(?:melhor|melhores|mais tranquil[oa]s?|tranquil[oa]s?|mais livres?|livres?|aliviad[oa]s?"
              r"|mais aliviad[oa]s?|em paz|sossegad[oa]s?|mais sossegad[oa]s?|descansad[oa]s?|mais leves?"
              r"|uma vida mais (?:facil|leve|tranquila)|menos (?:despesas?|gastos|preocupacoes|problemas)"
              r"|bem)")
_PT_NOT_ME = (r"(?:sem mim|sem ter (?:de|que) (?:\w+ ){0,3}(?:comigo|de mim|por mim|a mim)"
              r"|se eu (?:ja )?nao (?:estivesse|existisse|vivesse)(?: mais| ca| aqui)?|se eu (?:faltasse"
              r"|partisse|morresse|sumisse|me fosse|desaparecesse)|quando eu (?:ja )?nao (?:estiver|existir)"
              r"|quando eu (?:faltar|partir|morrer|me for)|livres de mim)(?! (?:de viagem|de ferias"
              r"|em viagem|uns dias|uma semana|pra|para|a trabalho|no|na|nos|nas|em|ao|a|\w+ando|\w+endo)\b)")
_PT_GONE = (r"(?:ja )?(?:nao (?:estivesse|existisse)(?: mais| ca| aqui)?|faltasse|morresse|partisse"
            r"|sumisse)(?! (?:de viagem|de ferias|em viagem|uns dias|uma semana|pra|para)\b)")
_PT_KIN = (r"(?:os |as |o |a )?(?:meus|minhas|meu|minha) (?:\w+ )?(?:filhos|filhas|filho|filha|netos|familia"
           r"|esposa|marido|mulher|miudos|criancas|pais|meninos)")
_PT_MANAGE = (r"(?:se (?:safavam|safariam|virariam|viravam|arranjariam|arranjavam|safava|safaria|viraria"
              r"|viraria|virava)|(?:safavam|arranjavam|desenrascavam|viravam|safava|desenrascava)-se"
              r"|safar-se-iam|conseguiriam|conseguiam|conseguiria|ficariam bem|ficavam bem|ficaria bem"
              r"|ficava bem|dariam conta|davam conta|daria conta|dava conta|iam ficar bem|ia ficar bem"
              r"|sobreviveriam|seguiriam em frente)")
_PT_HOLD = (r"(?:tive|tinha|tenho|segurei|seguro|segurava|(?:fiquei|estive|passei|andei)(?: \w+){0,3} com"
            r"|ando com|levo|levava|guardo|guardava|tirei|peguei|pego|pegava|apertei|apertava|trago|trazia)")
_PT_TOOL = (r"(?:(?:a|uma|o|um|minha|meu) )?(?:lamina|laminas|gilete|gilette|giletes|lamina de barbear"
            r"|laminas de barbear|estilete|x-?ato|bisturi|caco de vidro|pedaco de vidro|apontador)")
_PT_ON_ME = (r"(?:na mao|nas maos|na minha mao|no bolso|na mochila|na carteira|comigo|junto a pele"
             r"|contra a pele|no braco|(?:durante|por) (?:meia hora|uma hora|horas|um tempao|muito tempo"
             r"|\w+ minutos)|o dia (?:todo|inteiro)|a noite (?:toda|inteira)|(?:duas|tres"
             r"|varias) vezes(?: hoje| ontem)?)")
_PT_NOT_CRAFT = (r"(?![^.!?\n]{0,60}\b(?:barbe\w*|a barba|depil\w*|artesanato|papelao|caixas?|encomenda"
                 r"|no trabalho|pro trabalho|para o trabalho|maquete|artes|aula de \w+|aulas de \w+)\b)")
_PT_IDIOM = (r"(?:(?:vai|vao) me matar|(?:esta|ta) me matando|me mata|me matam|(?:vai|vao) acabar comigo"
             r"|acaba comigo|me mato (?:de|a) (?:trabalhar|estudar|trabalho)|vou morrer de \w+|(?:vai"
             r"|vao) dar cabo de mim|da cabo de mim|mata-me|(?:vai|vao) matar-me|(?:esta|estao) a matar-me)")
_PT_WELCOME = (r"(?:(?:e )?(?:sinceramente |honestamente |na real |no fundo |francamente "
               r"|pra ser sincer[oa] |ultimamente )?(?:ate )?(?:(?:isso|o que) )?(?:(?:nao"
               r"|ate que nao) (?:me )?(?:importava|importaria|incomodava|incomodaria)|(?:nao )?(?:seria"
               r"|era) (?:tao )?(?:mau|ruim)|(?:me |ate me )?(?:vinha|viria) (?:a calhar|bem)|(?:seria"
               r"|era) um alivio|me faria um favor|fazia-me um favor|tomara (?:que )?(?:seja|fosse) verdade"
               r"|ja nao (?:e|estou a) (?:brincadeira|brincar)|nao (?:to|estou|tou) (?:brincando"
               r"|a brincar)))")
_PT_CLAUSE_END = (r"(?= *(?:$|[.!?,;:)]| (?:nada|mesmo|sinceramente|de verdade|na real|kkk\w*|rs"
                  r"|ultimamente)\b))(?! ?,? (?:que|se|quando|de)\b)")
_PT_KILL_DENIED = (r"nao (?:e que )?(?:quero|queira|vou|penso em) (?:me matar|matar-me|me suicidar"
                   r"|suicidar-me|morrer|fazer nada)")
_PT_OPIOID = (r"(?:heroina|fentanil|fentanilo|fenta|oxicodona|oxycontin|morfina|metadona|tramadol|codeina"
              r"|opioides?|opiaceos?)")
_PT_USE = (r"(?:usei|uso|usando|usar|consumi|consumo|consumindo|consumir|me piquei|me pico|injetei|injeto"
           r"|injetando|injetar|fumei|fumo|fumando|fumar|cheirei|cheiro|cheirando|cheirar|tomei|tomo|tomando"
           r"|tomar|me chutei|chutei)")
_PT_PETS = (r"(?![^\n]{0,80}\b(?:cao|cachorro|cadela|gato|gata|gatinho|cachorrinho|animal|veterinari\w*"
            r"|cavalo)\b)")
_PT_ILL = (r"(?![^\n]{0,100}\b(?:virose|gripe|virus|covid|vomit\w*|operacao|cirurgia|ramadao|jejum"
           r"|colonoscopia|dentista|quimio|intoxicacao)\b)")
_PT_JUMP = (r"(?:me atirar|me atirasse|me atiro|atirar-me|atiro-me|me jogar|me jogasse|me jogo|jogar-me"
            r"|pular|pulo|pulasse|saltar|salto|saltasse|me deixar cair)")
_PT_ARRIVE = (r"(?:metro|comboio|trem|composicao)(?: \w+){0,2} (?:chega|vem|passa|esta a chegar|ta chegando"
              r"|esta chegando|vai passar|a chegar)")
_PT_EDGE = (r"(?:estou|to|tou|eu estou|eu to|ja estou|ja to|fiquei)(?: \w+){0,2}? (?:na beira|a beira"
            r"|na borda|no limite|na ponta|no parapeito) d[ao] (?:linha|plataforma|cais|trilhos|carris"
            r"|telhado|terraco|laje|precipicio|penhasco|falesia|abismo|viaduto|ponte|varanda|sacada|janela"
            r"|predio)")
PARTS: dict[str, list[str]] = {
    # Belongings cleared so that no one has to later (AAS: putting affairs in order)
    "prep": [
        r"(?:menos|nada de) (?:coisas|tralha)? ?(?:pra|para) (?:alguem|ninguem|a minha familia"
        r"|os meus filhos|eles) (?:arrumar|despachar|deitar fora|jogar fora|separar)(?: \w+){0,2} (?:depois"
        r"|mais tarde|quando eu (?:for|partir|faltar))\b",
    ],
    # A last thank-you that sums up the help, as the end of the message
    "farewell": [
        r"(?:obrigad[oa]|obrigadao|valeu|agradecer(?:-lhe|-te)?) por (?:tudo|tentar|estes meses(?: todos)?"
        r"|estes anos(?: todos)?|este tempo(?: todo)?)(?: (?:de verdade|doutora?|mesmo))*(?= *(?:$|[.!]))",
        r"(?:fez|fizeste|faz) (?:toda a |muita |uma )?diferenca na minha vida",
    ],
    # The jump said as the speaker's own act now (with a place of danger, imminent).
    "intent": [
        r"(?:vou (?:saltar|pular|me atirar|atirar-me|me jogar)|me atiro|atiro-me|me jogo|salto)(?= *(?:$"
        r"|[.!?,;:]| agora| ja| de vez))",
    ],
    # The urge or the thoughts back: told as now, so a history beside it does not make it the past.
    "time_recent": [
        r"(?:a vontade|as vontades|o impulso|a necessidade|a tentacao|os pensamentos"
        r"|as ideias)(?: \w+){0,8} (?:voltou|voltaram|esta de volta|ta de volta|regressou|volta|voltam)\b",
    ],
    # A religious or passive wish (asking or waiting to be taken, a life lived to its end), burden.
    "indirect": [
        _PT_PRAY + _gap(8) + _PT_HOLY + _gap(4) + _PT_TAKE_ME,
        _PT_PRAY + r" (?:que |para que |pra que )?(?:me (?:leve|levasse|busque|chame|recolha)"
                   r"|leve-me)(?: \w+){0,2} "
        + _PT_HOLY,
        r"(?:ja )?(?:vivi|tenho vivido) (?:tudo )?o que (?:tinha|havia|devia|me cabia|tive) (?:a |de |que "
        r"|pra |para )?viver(?! (?:em|no|na|com|ali|la|aqui|nessa|nesse|neste|nesta)\b)",
        r"(?:ja )?vivi (?:a minha vida|a vida toda|bastante|o suficiente|o que tinha|muito)" + _PT_ENDED,
        r"(?:ja )?(?:ca|aqui) (?:ja )?nao (?:faco|ando a fazer|estou a fazer|to fazendo) nada" + _PT_ENDED,
        r"(?:ja )?nao (?:faco|ando a fazer|estou a fazer) nada (?:neste mundo|ca na terra|nesta vida)",
        r"(?:seria|era|e|sera|se calhar era|talvez fosse) (?:\w+ ){0,2}(?:mais facil|melhor|um alivio"
        r"|mais simples)(?: para (?:todos|mim|eles))? (?:simplesmente |so )?(?:nao acordar"
        r"|dormir e nao acordar|nao existir|nao estar aqui)(?! (?:cedo|as|a tempo)\b)",
        r"se eu nao (?:acordasse|despertasse)(?: \w+){0,3},? (?:\w+ ){0,3}(?:era|seria|ficava"
        r"|ficaria) (?:\w+ )?(?:mais facil|melhor|um alivio|mais simples)",
        r"(?:" + _PT_THEM + r"(?: \w+){0,3}? )?" + _PT_WOULD + r"(?: \w+){0,3}? " + _PT_EASIER
        + r"(?: \w+){0,3}? "
        + _PT_NOT_ME,
        r"(?:sem mim|se eu nao estivesse)(?: \w+){0,3}? " + _PT_WOULD + r"(?: \w+){0,2}? " + _PT_EASIER,
        r"se eu " + _PT_GONE + _gap(6) + _PT_KIN + r" " + _PT_MANAGE,
        _PT_KIN + r" " + _PT_MANAGE + r"(?: \w+){0,3} se eu " + _PT_GONE,
    ],
    # Burden told as cost: a risk factor that composes with the rest (Joiner 2005).
    "hopeless": [
        r"(?:so |apenas )?(?:dou|estou a dar|to dando|tou dando|ando a dar) (?:despesa|gasto|prejuizo"
        r"|desgosto)",
        r"(?:so|apenas|ja so) (?:dou|estou a dar|to dando|tou dando|ando a dar) trabalho",
        r"(?:sou|virei|me tornei|tornei-me) (?:so |apenas )?(?:um |uma )?(?:peso|fardo|estorvo|gasto|despesa"
        r"|carga)(?: para (?:eles|elas|a minha familia|os meus filhos|todos))?",
        r"custo (?:caro|muito|demasiado|uma fortuna|dinheiro) (?:a|para|pra) (?:eles|a minha familia"
        r"|os meus filhos)",
    ],
    # The instrument held or kept on them, the urge back, the blades stared at (NICE NG225).
    "self_harm_urge": [
        _PT_HOLD + r"(?: \w+){0,2}? " + _PT_TOOL + r"(?: \w+){0,4}? " + _PT_ON_ME + _PT_NOT_CRAFT,
        r"(?:me queimar|queimar|queimaduras?)\b[^\n]{0,150}?\b(?:levo|trago|guardo|tenho"
        r"|ando com) (?:o isqueiro|ele|isso|o) (?:\w+ ){0,2}(?:no bolso|comigo|na mao|o dia todo"
        r"|o dia inteiro)",
        r"(?:a vontade|as vontades|o impulso|a necessidade|a tentacao)(?: de (?:me (?:cortar|queimar"
        r"|machucar|ferir|magoar|autolesionar)|cortar-me|queimar-me|magoar-me)(?: \w+){0,4})? (?:voltou"
        r"|voltaram|esta de volta|ta de volta|regressou|volta|voltam|anda a voltar)",
    ],
    # Self-harm told as recent, whatever the spelling.
    "self_harm": [
        r"(?:ontem|ontem a noite|hoje|de novo|outra vez|esta noite) (?:\w+ ){0,2}(?:me (?:autolesionei"
        r"|automutilei)|automutilacao|autolesao|autolesoes|automutilei-me)",
        r"(?:me (?:autolesionei|automutilei)|automutilei-me)(?: \w+){0,3} (?:ontem|hoje|de novo|outra vez)",
    ],
    # At an edge now: a ledge, the far side of a railing, a platform edge beside a jump or a train.
    "at_place": [
        _PT_JUMP + r"[^\n]{0,200}?\b(?P<at>" + _PT_EDGE + r")",
        _PT_EDGE + r"(?=[^\n]{0,200}\b" + _PT_JUMP + r")",
        _PT_ARRIVE + r"[^\n]{0,120}?\b(?P<at>" + _PT_EDGE + r")",
        _PT_EDGE + r"(?=[^\n]{0,120}\b" + _PT_ARRIVE + r")",
    ],
    # Not wanting to be here after denying a plan; a death idiom followed by a wish that it came true.
    "death": [
        r"(?:tambem |mas |ja )?nao quero (?:mais )?(?:continuar (?:vivo|viva|vivendo|a viver|neste mundo)"
        r"|ficar neste mundo|estar (?:viv[oa]|neste mundo))",
        _PT_KILL_DENIED + _gap(6) + r"(?P<at>(?:mas )?(?:tambem |ja )?nao quero (?:mais )?(?:continuar|ficar"
                                    r"|estar|viver|existir)(?: (?:aqui|ca|viv[oa]|vivendo|a viver"
                                    r"|neste mundo|assim|mais|tambem))*)",
        _PT_IDIOM + _gap(12) + r"(?P<at>" + _PT_WELCOME + r")" + _PT_CLAUSE_END,
    ],
    # The lethal dose asked, not for an animal (C-SSRS: method research).
    "lethal_means": [
        # a beam or a hook tested for the weight (C-SSRS: preparatory acts)
        r"(?:vi|verifiquei|testei|conferi|estive a ver|fui ver) (?:\w+ ){0,3}(?:qual|que|se a|se o) (?:viga"
        r"|gancho|galho|ramo|corrimao|cano|arvore)(?: \w+){0,2} (?:aguenta|aguentaria|suporta|suportaria"
        r"|segura) (?:o meu peso|meu peso)?",
        r"(?:qual (?:e )?a |que )?(?:dose|quantidade) (?:\w+ ){0,5}(?:e |seria |fica |se torna "
        r"|que e )?(?:letal|mortal|fatal|que mata)" + _PT_PETS,
        r"quant[oa]s?(?: \w+){0,5} (?:para morrer|pra morrer|matam|sao letais|seriam letais|e letal"
        r"|para nao acordar|pra nao acordar|para nao acordar mais)" + _PT_PETS,
    ],
    # An ingestion with the amount apart from the noun: the verb is the part.
    "taken": [
        r"(?:tomei|engoli|bebi)(?= (?:umas?|uns|quase|mais de|cerca de|por volta de|tipo) (?:\d+|vinte"
        r"|trinta|quarenta|cinquenta|duzia)\b)",
    ],
    # The amount, told before the noun it counts.
    "amount": [
        r"(?:umas?|uns|quase|mais de|cerca de|por volta de|tipo) (?:[1-9]\d|\d{3}|vinte|trinta|quarenta"
        r"|cinquenta|uma duzia)(?= (?:\w+ ){0,4}(?:de|dos|das|comprimidos|pilulas|capsulas|remedios)\b)",
    ],
    # Laxatives at several times the dose or before a weigh-in (NICE NG69).
    "purging": [
        r"(?:\d+|duas|tres|quatro|cinco|o dobro|o triplo) (?:vezes )?(?:d?a )?dose(?: \w+){0,3} (?:de"
        r" )?(?:laxantes?|laxativos?|diureticos?|dulcolax)",
        r"(?:laxantes?|laxativos?|diureticos?)(?: \w+){0,5} (?:antes d[aeo]s? |para |pra )(?:cada |a |o "
        r"|as )?(?:pesagem|pesagens|me pesar|bater o peso|fazer o peso|competi\w+|luta|combate"
        r"|entrar na categoria)",
    ],
    # Days without eating, not through an illness or a fast.
    "restriction": [
        r"(?:nao|nada|quase nada) (?:como|comi|comia|tenho comido|ando a comer)(?: nada| quase nada| direito"
        r"| bem)?(?: \w+){0,2} (?:ha|desde|faz|a) (?:anteontem|antes de ontem|(?:\d+|dois|duas|tres|quatro"
        r"|cinco|seis|sete|oito|nove|dez|varios) dias)" + _PT_ILL,
        r"(?:\d+|dois|tres|quatro|cinco) dias sem comer" + _PT_ILL,
    ],
    # Opioids used by the speaker, not as prescribed (WHO 2014).
    "opioid_use": [
        _PT_USE + r"(?: \w+){0,3}? " + _PT_OPIOID + r"\b(?![^\n]{0,80}\b(?:receita\w*|receitad\w*|prescrit\w*"
        r"|paliativ\w*|adesivo)\b)",
    ],
    # No one there to call for help.
    "alone": [
        r"(?:sozinh[oa]|so eu|sem ninguem|nao (?:tem|ha) ninguem(?: em casa)?|ninguem em casa|(?:meu|minha"
        r"|meus|minhas) (?:\w+ )?(?:colega de quarto|colegas|pais|familia|namorad[oa]|companheir[oa]|mulher"
        r"|marido) (?:saiu|sairam|viajou|viajaram|esta fora|estao fora|nao esta|nao estao|foi embora"
        r"|foram embora)|trancad[oa] n[oa] (?:quarto|banheiro|casa de banho|carro)|sem naloxona|sem narcan)",
    ],
    # Signs of an opioid overdose: breathing slow or hard, lips blue, limbs numb, nodding off.
    "breathing": [
        r"(?:nao consigo|mal consigo|custa(?:-me)?|to com dificuldade (?:de|pra)|estou com dificuldade (?:de"
        r"|em|para)) respirar",
        r"respiro (?:com dificuldade|mal|muito devagar|a custo)",
        r"(?:a )?respiracao (?:esta |ta )?(?:muito )?(?:lenta|fraca|estranha|dificil|pesada)",
        r"labios (?:azuis|roxos)",
        r"(?:nao|ja nao|mal) sinto (?:as pernas|os bracos|as maos|a cara)",
        r"nao consigo (?:ficar acordad[oa]|manter os olhos abertos)",
    ],
}
