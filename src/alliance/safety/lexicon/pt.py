"""Portuguese parts of a risk statement (Brazil and Portugal; see `alliance.safety.lexicon`). Means follow the methods
recorded in suicide statistics: WHO 2014, "Preventing suicide" (pesticides, hanging, firearms, falls, overdose, carbon
monoxide, drowning, trains); Brazil, Ministerio da Saude, Boletim Epidemiologico 52(33), 2021, on suicide and self-harm
(enforcamento, intoxicacao exogena by medicines, "chumbinho" and other pesticides, firearms, falls); Portugal, DGS
Plano Nacional de Prevencao do Suicidio 2013-2017 and INE causes of death (enforcamento, pesticides, precipitacao,
afogamento, firearms) and the CIAV/INEM poison centre reports (benzodiazepines, paracetamol, antidepressants).
Warning signs follow the AAS list (Rudd et al. 2006); the answers to a clinician follow the C-SSRS screener in its
Portuguese versions (Posner et al. 2011). Every expression is written in normalised form (no accents, lower case)."""

from __future__ import annotations

from alliance.safety.dates import OLD_YEAR

from alliance.safety.lexicon import make_lexicon

# Medicines taken in overdose in Brazil and Portugal, generic and brand names, and their containers.
_PILLS = (
    r"remedios?|remedinhos?|comprimidos?|pilulas?|capsulas?|drageas?|medicamentos?|medicacao|medicacoes|calmantes?"
    r"|tarja preta|antidepressivos?|ansioliticos?|soniferos?|hipnoticos?|benzodiazepinas?|benzos?|analgesicos?"
    r"|opioides?|opiaceos?|antipsicoticos?|paracetamol|tylenol|dipirona|novalgina|ibuprofeno|brufen|benuron"
    r"|aspirinas?|rivotril|clonazepam|diazepam|valium|alprazolam|xanax|lorazepam|lorenin|bromazepam|lexotan|lexotam"
    r"|zolpidem|stilnox|midazolam|dormonid|fluoxetina|prozac|sertralina|escitalopram|citalopram|paroxetina"
    r"|venlafaxina|amitriptilina|tryptanol|nortriptilina|trazodona|mirtazapina|quetiapina|seroquel|olanzapina"
    r"|risperidona|haldol|haloperidol|litio|carbolitium|lamotrigina|carbamazepina|tegretol|depakote|depakene"
    r"|valproato|gardenal|fenobarbital|tramadol|tramal|codeina|tylex|morfina|oxicodona|fentanil|metadona|insulina"
    r"|metformina|varfarina|marevan|digoxina|propranolol|(?:armario|gaveta|caixa|armariozinho) (?:dos|de) (?:remedios"
    r"|medicamentos|primeiros socorros)|farmacinha|(?:tudo|todos) (?:o )?(?:que|os que) (?:havia|tinha) no armario|"
    r"(?:remedios?|comprimidos?) (?:para|pra|de|do) (?:dormir|pressao|a pressao|o coracao|coracao|dor|ansiedade"
    r"|depressao|nervos)|cartelas?|blisters?"
)
_PILLS_PL = (
    r"(?:remedios|comprimidos|pilulas|capsulas|drageas|medicamentos|medicacoes|calmantes|antidepressivos|ansioliticos"
    r"|soniferos|analgesicos|benzos|cartelas|blisters|(?:remedios|comprimidos) (?:para|pra|de) (?:dormir|pressao|dor"
    r"|ansiedade))"
)
# Poisons: pesticides and rat poison ("chumbinho"), cleaning products, solvents.
_POISON = (
    r"veneno(?: (?:de|pra|para) (?:rato|ratos|barata|baratas|formiga|formigas))?|venenos|chumbinho|raticida|racumin"
    r"|mata-ratos?|mata ratos?|agrotoxicos?|pesticidas?|inseticidas?|insecticidas?|herbicidas?|fungicidas?|paraquat"
    r"|glifosato|roundup|formicida|organofosforados?|estricnina|cianeto|cianureto|arsenico|soda caustica|agua"
    r" sanitaria|lixivia|candida|cloro|desentupidor|diabo verde|acido muriatico|acido sulfurico|creolina"
    r"|anticongelante|metanol|alcool metilico|querosene|diluente|thinner|aguarras|agua-raz|agua raz|adubo"
)
# "hoje tenho 35 anos", "agora estou bem", "hoje em dia": the present told as being well, not a time for an act.
_WELL_NOW = (
    r"(?! (?:em dia|(?:eu )?(?:ja )?tenho (?:\d+|vinte|trinta|quarenta|cinquenta|sessenta)\b|(?:eu )?(?:ja )?"
    r"(?:estou|to|tou|sou|vivo|ando) (?:muito |super |bem )?(?:bem|otim[oa]|feliz|estavel|recuperad[oa]|em paz"
    r"|melhor|casad[oa]|mae|pai)\b))"
)
# An ordinary knock: someone at the door to fetch or deliver something.
_KNOCK = (r"(?![^.!?\n]{0,40}\b(?:pra|para|a) (?:pegar|entrar|buscar|chamar|avisar|pedir|entregar|devolver|jantar"
          r"|almocar|acordar)\b)")
_NK = r"(?! (?:de|a) (?:trabalhar|estudar|rir|correr|treinar|limpar|tanto|fome|saudades?|tedio|susto|vergonha|raiva))"
_KILLME = (
    r"(?:me matar" + _NK + r"|matar-me" + _NK + r"|me suicidar|suicidar-me|me enforcar|enforcar-me|me envenenar"
    r"|envenenar-me|me afogar|afogar-me|me dar um tiro|dar-me um tiro|dar um tiro na (?:minha )?cabeca|meter uma bala"
    r" na (?:minha )?cabeca|cortar os (?:meus )?pulsos|cortar-me os pulsos|acabar com (?:tudo(?! (?:com|entre) (?:ele"
    r"|ela|nos|o|a|esse|essa|meu|minha|este|esta|isto|isso)\b)|a minha vida|minha vida|a vida|esta vida|essa vida"
    r"|isto tudo|isso tudo|o meu sofrimento)|tirar (?:a )?(?:minha )?(?:propria )?vida|por (?:um )?fim (?:a|em|na|ao)"
    r" (?:tudo|minha vida|a minha vida|vida)|dar (?:um )?fim (?:a|em|na|ao) (?:tudo|minha vida|a minha vida|vida)|dar"
    r" cabo (?:de mim|da minha vida)|deixar de existir|nao existir|nao acordar|nunca mais acordar|sumir (?:para|pra)"
    r" sempre|desaparecer (?:para|pra) sempre|dormir (?:para|pra) sempre|partir (?:desta|dessa) (?:para|pra) "
    r"(?:melhor|outra)|ir (?:desta|dessa) (?:para|pra) melhor|(?:me jogar|jogar-me|me atirar|atirar-me|me lancar"
    r"|lancar-me|pular|saltar)(?: \w+)? (?:de|da|do|dum|duma|de cima d[ao]|na frente d[eo]|para a frente d[eo]|pra"
    r" frente d[eo]|debaixo d[eo]|embaixo d[eo]) (?:um |uma |o |a )?(?:\w+ )?(?:ponte|viaduto|predio|janela|sacada"
    r"|varanda|telhado|terraco|penhasco|falesia|precipicio|andar|torre|edificio|comboio|trem|metro|onibus|autocarro"
    r"|camiao|caminhao|carro|abismo)|(?:me jogar|jogar-me|me atirar|atirar-me) (?:no|ao|para o|pro) (?:rio|mar|lago"
    r"|poco|tejo|douro))"
)
# Ordinary reasons to be on a roof or a bridge, read ahead in the same sentence.
_ORDINARY_PLACE = (
    r"(?![^.!?\n]{0,80}\b(?:ver|vista|fogo|fotos?|festa|churrasco|sol|jantar|consertar|arranjar|antena|telhas|reparar"
    r"|limpar|obras?|estender|roupa|amigos|cerveja|fumar|miradouro|por do sol|concerto|piscina|pescar|pesca|passeio"
    r"|passear|turistas?|transito|engarrafad\w*|fila|de carro|no carro|onibus|autocarro|a caminho|atrasad[oa]|chego"
    r"|chegando|uber|taxi|voltando|indo (?:pra|para)|a voltar|atravessando|a atravessar|(?:pro|para o|do) trabalho"
    r"|pra casa"
    r"|para casa|de volta|bike|bicicleta|correr|corrida|caminhada)\b)"
)
# Stalking: the new address found, waiting outside the home or work, photos of the window or door sent.
_STALK = (
    r"(?:descobriu|descobriram|descobre|sabe|ja sabe|achou|encontrou|conseguiu|arranjou|tem) (?:o |a )?(?:meu |minha"
    r" )?(?:novo |nova )?(?:endereco|morada|casa nova|numero novo|onde (?:eu )?(?:moro|vivo|trabalho|estou a viver"
    r"|estou morando|me escondo))|(?:ficou|fica|ficava|estava|esta|ta|tava|anda|andava|apareceu|aparece|vi-o|vi-a"
    r"|vi ele|vi ela)(?: \w+)? (?:parad[oa]|a espera|esperando|a rondar|rondando|plantad[oa]|escondid[oa]|de vigia"
    r"|vigiando|a vigiar) (?:(?:na frente|em frente|a porta|a frente|na porta|na saida|a saida|do lado de fora"
    r"|perto|na rua|a volta|em volta|ao pe) )?(?:(?:d[oa] |de |a )?(?:meu|minha) (?:predio|casa|trabalho|escola"
    r"|janela|porta|faculdade|emprego|escritorio|portao)|(?:d[oa] (?:faculdade|escola|trabalho|emprego|escritorio"
    r"|universidade)|de casa)(?: \w+){0,2} (?:me esperando|esperando-me|a minha espera|a espera de mim|a minha"
    r" procura|me vigiando|a vigiar-me|vigiando-me|me observando|a observar-me))"
    r"|(?:mandou|enviou|mandaram|enviaram|manda|envia) (?:me )?"
    r"(?:uma |umas |a )?fotos? d[ao] (?:minha |meu )?(?:janela|casa|porta|predio|carro|rua|trabalho|portao|quarto)"
    r"|(?:me )?(?:segue|seguiu|seguia|persegue|perseguiu)(?:-me)? (?:ate|pra|para) (?:casa|o trabalho|a escola)"
    r"|(?:cria|criou|criava|faz|fez|usa|usou|tem|abriu) (?:um |uns |varios |outro )?perf(?:il|is) (?:fakes?|falsos?)"
    r"(?: \w+)? (?:pra|para) (?:me )?(?:seguir|stalkear|vigiar|espiar|perseguir|ver|controlar|mandar)(?:-me)?"
)
# Fear of him, not of something else ("medo de altura", "medo que ele seja atropelado"): the fear ends its clause
# or names him.
_FEAR_OF_HIM = (
    r"(?= ?(?:$|[.!?,;]|(?:dele|dela|disso|disto|por mim|(?:de |de que |que )?(?:ele|ela) (?:\w+ )?(?:me (?:mat"
    r"|machuc|bat|fa[cz]|encontr|peg|agarr|persig|sig|ataqu|esfaque|queim)\w*|volte|venha|apareca|entre|suba"
    r"|encontre|descubra|esteja)|e (?:nao|n) sei|(?:de )?sair de casa|de ficar sozinh[oa]|de (?:voltar|ir) (?:para"
    r"|pra) casa)\b))"
)
_EVERYONE = (
    r"(?:todo mundo|tod[oa]s|toda a gente|cada um|cada uma|toda a (?:minha )?familia|a (?:minha )?familia toda|(?:os"
    r" )?(?:meus )?amigos todos|tod[oa]s (?:os|as) (?:meus |minhas )?(?:amig[oa]s|irmaos|filhos|pessoas|que amo))"
)
# Ordinary goodbyes: a trip, a move, a new job, read ahead in the message.
_NOT_TRIP = (
    r"(?![^.!?\n]{0,100}\b(?:viagem|viajar|viajo|intercambio|mudanca|mudar|mudo|emigr\w+|morar (?:fora|em|no|na)"
    r"|ferias|aeroporto|voo|embarco|embarque|casamento|festa|formatura|novo (?:emprego|trabalho)|vou embora (?:para"
    r"|pra|do|da)|vou-me embora (?:para|pra|do|da)|erasmus|tropa|quartel|exterior|estrangeiro)\b)"
)
# Idioms with "morrer de ..." (dying of laughter, shame, hunger, longing).
_NOT_IDIOM = (
    r"(?! (?:de|a|com) (?:rir|vergonha|fome|sede|sono|tedio|saudades?|calor|frio|medo|inveja|ciumes?|cansaco|amores"
    r"|amor|paixao|vontade|raiva|curiosidade|dor|susto|pena|chorar|velh[oa]|trabalhar|estudar|gargalhar|tanto rir)|"
    r" na praia| afogad[oa] em)"
)
_DIE = r"(?:morrer" + _NOT_IDIOM + r"|estar mort[oa]|" + _KILLME[3:]
_WANT = (
    r"(?:quero|queria|quis|quisera|qro|kero|qero|keria|qria|kria|queru|to querendo|tou querendo|estou querendo|ando"
    r" querendo|estou a querer|ando a querer|tenho vontade de|tive vontade de|tenho tido vontade de|da(?:-me)?"
    r" vontade de|me da vontade de|deu(?:-me)? vontade de|me deu vontade de|vontade de|com vontade de|preciso"
    r"|precisava|desejo|desejava|gostaria de|gostava de|prefiro|preferia|penso em|pensei em|pensando em|a pensar em"
    r"|pensar em|so penso em|penso muito em|planejo|planejando|planejei|planeio|planeei|a planear|planeando|decidi"
    r"|resolvi|decidida a|decidido a|vou tentar|tentar|tentei|tento|tentando|a tentar|pront[oa] (?:para|pra)|chegou a"
    r" hora de|e hora de|apetece-me|apetecia-me|me apetece|so me apetece|dava tudo (?:para|pra)|quem me dera|tomara|o"
    r" melhor e|seria melhor|era melhor|mais vale|melhor|tentad[oa] a|prestes a|a ponto de|sonho em|sonho com)"
)

# Eating disorders, drinking and voices (NICE NG69 on purging and restriction with physical signs; AUDIT on drinking
# every day, in quantity or to cope).


def _unsaid(*negs: str) -> str:
    """Lookbehinds: none of `negs` just before the part, nor one word before it ("nao vomito", "nao tomo laxantes",
    "nunca me fiz vomitar"), for parts that the composing layer does not negate itself."""
    return "".join(rf"(?<!\b{n} )" for n in negs) + "".join(
        rf"(?<!\b{n} [\w-]{{{k}}} )" for n in negs for k in range(1, 12))


_UNSAID = _unsaid("nao", "n", "naum", "nunca", "jamais", "nem", "sem", "parei de", "deixei de", "paro de",
                  "deixo de", "nao me", "nunca me", "ja nao", "ja nao me", "nunca mais", "nao voltei a", "nao volto a",
                  "nunca mais me", "se eu", "se me")


def _said(body: str) -> str:
    """`body`, unless a negation comes just before it; the lookbehinds run only where `body` matches."""
    return "(?=" + body + ")" + _UNSAID + "(?:" + body + ")"


# Laxatives, diuretics and enemas, generic and brand names of Brazil and Portugal.
_LAX = (
    r"(?:laxantes?|laxativos?|purgantes?|diureticos?|clisteres?|enemas?|chuca|dulcolax|bisacodil|lactulose"
    r"|lacto-?purga|tamarine|naturetti|cha (?:de sene|laxante|diuretico)|sene|furosemida|lasix"
    r"|hidroclorotiazida)"
)
# The purpose of a behaviour: weight, not illness.
_SLIM = (
    r"(?:para|pra|p|pro) (?:nao (?:engordar|ganhar peso|ganhar (?:nem )?(?:um )?(?:grama|quilo))|emagrecer"
    r"|perder peso|perder (?:uns |alguns )?(?:quilos|kg)|secar|ficar (?:mais )?magr[ao]|ser magr[ao]|compensar"
    r"|queimar (?:as calorias|o que)|tirar (?:tudo )?o que (?:comi|como)|me livrar d[ao] (?:comida|que comi)"
    r"|esvaziar|desinchar)"
)
_AFTER_FOOD = (
    r"(?:depois (?:de|da|das|do|dos) (?:cada |todas as |toda |uma |um )?(?:comer|comida|comidas|refeicao|refeicoes"
    r"|jantar|almoco|almocar|jantei|pequeno-almoco|lanche|compulsao|compulsoes|farra alimentar|comilanca)"
    r"|depois que (?:como|janto|almoco)|sempre que (?:como|janto|almoco|tenho (?:uma )?compulsao|exagero"
    r"|como demais)|toda vez que (?:como|janto|almoco|tenho (?:uma )?compulsao|exagero|como demais)"
    r"|cada vez que (?:como|janto|almoco|exagero))"
)
# Constipation, a colonoscopy, a doctor's prescription; a stomach bug, pregnancy, a hangover.
_NOT_MED = (
    r"(?![^.!?\n]{0,80}\b(?:prisao de ventre|intestino preso|obstipa\w*|colonoscopia|hemorroidas|(?:o|a|meu|minha)"
    r" (?:medic[oa]|doutor[a]?|gastro\w*)|receit\w+))"
)
_NOT_ILL = (
    r"(?![^.!?\n]{0,80}\b(?:gravida|gravidez|gastrite|gastroenterite|virose|virus|gripe|covid|quimio\w*|infeccao"
    r"|alergi\w*|intoleran\w*|intoxicacao|ressaca|enxaqueca|refluxo|ulcera|indigestao|me fez mal|caiu mal"
    r"|antibioticos?))"
)
_NOT_SICK = (
    r"(?![^.!?\n]{0,80}\b(?:gripe|virose|virus|gastro\w*|cirurgia|operacao|dentista|dente|anestesia|febre"
    r"|doente|covid|ramadao|ramadan|quaresma|quimio\w*|vomitando|a vomitar|diarreia|infeccao|ressaca|jejum"
    r" religioso|exames?)\b)"
)
_DAYS = (
    r"(?:(?:[2-9]|[1-9]\d|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|varios|alguns|uns"
    r"|uns dois|uns tres|mais de \w+) (?:dias|semanas)|(?:uma|mais de uma) semana|(?:um|mais de um) mes)"
)
# Other meals named after "so como uma sopa por dia": one meal described, not a whole day.
_ORD_MEAL = (
    r"(?![^.!?\n]{0,60}\b(?:lanche|sobremesa|o resto|alem d\w+|tambem|pequeno-almoco|cafe da manha|almoco|jantar"
    r"|a noite|de noite|ao meio-dia)\b)"
)
# A food named after "nao como": giving up meat or sweets is not restriction.
_NO_FOOD = (
    r"(?! (?:carne|peixe|pao|doces?|acucar|farinha|gluten|chocolate|fritura|frituras|besteira|porcaria|fast food"
    r"|lacticinios|laticinios|fruta|fora|na rua|a noite|de noite|com\b)\b)"
)
_EAT_NOT = r"(?:como|comi|comia|tenho comido|ponho nada na boca|coloco nada na boca|como nada)" + _NO_FOOD
_KCAL = r"(?:[1-9]\d\d?|mil|duzentas|trezentas|quatrocentas|quinhentas|seiscentas|setecentas|oitocentas)"
# What is drunk when it is not alcohol.
_SOFT = (
    r"(?! (?:\w+ ){0,4}(?:agua|leite|cafe|cha|chas|sumos?|sucos?|refrigerantes?|refris?|coca|batidos?|vitaminas?"
    r"|caldo|isotonic\w*|sem alcool|pouco|pouquinho|nada|com moderacao|chimarrao|mate)\b)"
)
_VOICES = (
    r"(?:as |umas |essas |estas |minhas )?vozes(?: (?:que (?:eu )?ouco|na (?:minha )?cabeca|dentro da (?:minha )?"
    r"cabeca))?(?: (?:agora|ja|hoje|de novo|outra vez|ultimamente|sempre))?"
)
# The ages, years and clock times that a word names besides a quantity ("ha muitos anos", "todos os fins de semana").
_NOT_UNIT = (
    r"(?! ?(?:anos|meses|semanas|dias|horas|minutos|euros|reais|quilos|kg|km|graus|%|calorias|kcal|vezes|amigos"
    r"|(?:os |as )?(?:fins|finais|sabados|domingos|sextas|santos dias))\b)"
)

# A denial taken back at once: "disse que nao porque tive vergonha. A verdade e que sim".
_RETRACTED = (r"(?!(?:\W{1,3}[\w-]+){0,14}?\W{1,3}(?:menti|te menti|lhe menti|era mentira|nao era verdade"
              r"|nao e verdade|a verdade e que sim|na verdade sim|na verdade tenho|mas sim|porque (?:tive|tinha|senti|me"
              r" deu|fiquei com) (?:vergonha|medo)|por (?:vergonha|medo))\b)")


# Ordinary endings with a time ("as 18h acaba tudo: ferias!"), read ahead in the same sentence.
_NOT_ENDING = (
    r"(?![^.!?\n]{0,60}\b(?:ferias|exame|exames|prova|provas|aulas|curso|semestre|temporada|promocao|saldos|prazo"
    r"|festa|jogo|serie|novela|contrato|obra|projeto|mudanca|kkk+|rs+|haha\w*)\b)"
)
# A child young enough that being alone, or left with an intoxicated adult, is danger now.
_YOUNG_CHILD = (
    r"(?:filh[oa]|bebe|crianca|menin[oa]|miud[oa]|nenem|nene|pequen[oa]|enteado|enteada|net[oa]|sobrinh[oa]"
    r"|irmaozinho|irmazinha)(?: (?:de|com) (?:[0-6]|um|uma|dois|duas|tres|quatro|cinco|seis) (?:anos|aninhos|meses))"
)
_CHILD_ANY = (
    r"(?:filh[oa]s?|bebes?|criancas?|menin[oa]s?|miud[oa]s?|nenem|nene|garot[oa]s?|enteado|enteada|net[oa]s?"
    r"|sobrinh[oa]s?|irmaozinho|irmazinha|alun[oa]s?|vizinh[oa]zinh[oa])"
)
_HIGH_NOW = (
    r"(?:bebad[oa]|drogad[oa]|chapad[oa]|doidao|doidona|alterad[oa]|pedrad[oa]|muito louc[oa]|(?:usando|a usar"
    r"|fumando|a fumar|cheirando|a cheirar|bebendo|a beber)(?: (?:pedra|crack|coca|po|droga|drogas|cachaca|muito))?)"
)
# Research into how lethal a medicine, a poison or a height is.
_LETHAL_Q = (
    r"(?:mais forte|mais fortes|mais perigos[oa]s?|precisa|precisam|preciso|precisaria|e preciso|sao precisos"
    r"|sao precisas|basta|bastam|bastaria|chega|chegam|mata|matam|matar|mataria|letal|letais|fatal|fatais|mortal"
    r"|mortais|morrer|morre|nao acordar|overdose)"
)

# Structures that discount risk words (issue 10, round 7), built from word lists rather than phrases seen in tuning.
# Planning ahead: a conditional about the future ("se algum dia", "caso um dia", "para o caso de") ...
_SOMEDAY = (
    r"(?:se|caso|quando|e se|pra caso|para o caso de|no caso de|pro caso de) (?:eu )?(?:algum dia|um dia|alguma vez"
    r"|no futuro|mais tarde|de repente|um belo dia|outra vez|em algum momento)"
)
# ... with a question about a number, a line, a service or whom to call (and no sign of risk now).
_WHO_TO_CALL = (
    r"(?:(?:qual|que) (?:e |seria |era )?(?:o |a )?(?:numero|telefone|linha|servico|contacto|contato)"
    r"|(?:para|pra|a) (?:quem|onde|que numero|que telefone|que servico) (?:eu |a gente |se )?(?:ligo|ligar|liga|devo"
    r"|posso|tenho de|tenho que"
    r"|telefono|telefonar|recorro|recorrer|falo|falar|ligava|ligaria)"
    r"|(?:o|a|ao|pro|pra|para o|para a) (?:cvv|188|1411|112|192|190|sns 24|808 24 24 24|sos voz amiga|voz amiga"
    r"|linha (?:de apoio|de crise|de prevencao|sns|da vida|do suicidio)|samu|inem|caps)"
    r"|(?:e|era|continua a ser|ainda e|seria) (?:o|a) (?:\d{3,4}|numero|linha|telefone)"
    r"|(?:numero|telefone|linha)(?: \w+){0,3} (?:de (?:apoio|ajuda|crise|emergencia|prevencao)|para (?:crises?"
    r"|emergencias|ligar))"
    r"|(?:deixar|guardar|salvar|anotar|gravar|ter)(?: \w+){0,3} (?:salvo|guardado|gravado|anotado|a mao|no celular"
    r"|no telemovel|nos contatos|nos contactos|na agenda))"
)
# Nothing of now inside the conditional ("tonight", "I already have").
_NOT_NOW = r"(?:(?!\b(?:agora mesmo|esta noite|hoje|ja tenho|ja comprei|amanha)\b)[^.!?\n])"
# Work and study: the person's role ...
_ROLE = (
    r"(?:(?:faco|fazendo|a fazer|estou a fazer|estou fazendo|comecei|terminei|acabei) (?:o |meu |o meu |a |minha )?"
    r"(?:estagio|internato|residencia|voluntariado|plantao|plantoes|turnos?|formacao|mestrado|pos)"
    r"|(?:sou|trabalho como|estudo para|formo-me como|estou como|estudante de|como) (?:um[a]? )?(?:voluntari[oa]"
    r"|enfermeir[oa]|medic[oa]|psicolog[oa]|psiquiatra|residente|interno|interna|estudante|assistente social"
    r"|operador[a]?|atendente|orientador[a]?|professor[a]?|stor|tutor[a]?|ator|atriz|actor|actriz|socorrista"
    r"|paramedico|bombeir[oa]|policia|policial|agente|bolseir[oa]|bolsista|investigador[a]?|pesquisador[a]?"
    r"|estagiari[oa])"
    r"|(?:trabalho|colaboro|faco voluntariado|sou voluntari[oa]|atendo chamadas|atendo ligacoes) (?:em|no|na|num|numa"
    r"|com|para|pro|pra) (?:uma |um |a |o )?(?:linha|servico|unidade|programa|centro|associacao|ong|fundacao"
    r"|hospital|urgencia|emergencia|cvv|caps))"
)
# ... and the risk words as the topic of a service, a course or a study.
_TOPIC = (
    r"(?:linha|telefone|servico|unidade|programa|protocolo|campanha|guia|jornada|congresso|curso|oficina|formacao"
    r"|cadeira|disciplina|mestrado|tese|tcc|dissertacao|investigacao|pesquisa|estudo|palestra|seminario|dia mundial"
    r"|prevencao|atendimento|intervencao|setembro amarelo|cvv)(?: [\w-]+){0,5} (?:suicid\w*|autolesao|autolesoes"
    r"|automutilacao|overdoses?|crises?|saude mental)"
)
# A role played: "fiz de paciente que tinha tomado uma overdose" (a role-play in training or theatre).
_PLAYED = (
    r"(?:fiz|faco|fazia|fazendo|a fazer|interpretei|interpreto|interpretava|interpretando|a interpretar|representei"
    r"|representava|representando|a representar) (?:de|o papel de|o papel duma|o papel de uma|como) (?:um[a]? |o |a )?"
    r"(?:paciente|cliente|utente|pessoa|personagem|rapaz|rapariga|menina|menino|mulher|homem|vitima|adolescente|mae"
    r"|pai)"
)
# History: an attempt dated in the past, with a present statement of being well.
_DATED = r"(?:(?:de|do|em|no ano de|no ano|do ano de) " + OLD_YEAR + r"|(?:ha|faz) (?:\w+ )?(?:anos|decadas))"
_FINE_NOW = (
    r"(?:hoje|agora|ja|atualmente|actualmente|hoje em dia|desde entao)(?: \w+){0,4} (?:estou|me sinto|sinto-me|vivo"
    r"|sou|to|tou|ando) (?:\w+ ){0,2}(?:bem|melhor|feliz|tranquil[oa]|estavel|em paz|leve|grat[oa]|content[oa]|forte)"
)
# Intrusive images of harming a baby or a child: the act, however the clitic is placed.
_HARM_ACT = (
    r"(?:deixo cair|deixar cair|deixava cair|largo|largar|solto|soltar|afogo|afogar|empurro|empurrar|machuco|machucar"
    r"|magoo|magoar|esfaqueio|esfaquear|sacudo|sacudir|abano|abanar|sufoco|sufocar|atiro|atirar|jogo|jogar|queimo"
    r"|queimar|corto|cortar|faco mal|fazer mal|mato|matar|estrangulo|estrangular|esgano|esganar)"
)

LEXICON = make_lexicon(
    "pt",
    # A negation governs the words right after it (within two words): "nao quero morrer", "nunca pensei em me
    # matar"; "nao aguento mais, quero morrer" is not a negation of the wish.
    negation=[
        r"(?:nao|n|naum|nunca|jamais|nem)(?! (?:aguento|aguentar|suporto|consigo|posso mais|sei|vejo|tenho (?:mais )?"
        r"(?:forcas|esperanca|saida|ninguem|futuro)|ha (?:saida|esperanca)|dou conta|presto|valho|sirvo|durmo))(?=(?:"
        r" \w+){0,2}$)", r"(?:neguei|negou|nego|negar)(?=(?: \w+){0,3}$)",
        r"(?:parei|deixei|deixo|paro) de(?=(?: \w+)?$)", r"nenhuma?(?=(?: \w+)?$)",
    ],
    first_person=[
        "eu", "me", "mim", "meu", "minha", "meus", "minhas", "comigo", "quero", "estou", "to", "tou", "ando", "tenho",
        "vou", "sou", "sinto", "preciso", "penso", "acho", "aguento", "consigo", "posso", "sei", "fiz", "tomei",
        "comprei", "decidi", "escrevi", "pensei", "fui", "tive", "estive", "dei", "bebi", "engoli", "cheguei",
        "apetece-me", r"\w{2,}ei",
    ],
    third_party=[
        "ele", "ela", "eles", "elas", "alguem", "dele", "dela", "deles", "delas", "romeu", "julieta", "hamlet",
        "ofelia", "werther", r"(?:o|a) (?:personagem|protagonista|heroi|heroina|narrador|narradora|autor|autora)",
        # A relative named as an object ("um peso para os meus filhos") is not the subject.
        r"(?=(?:o|a|os|as|meu|minha|meus|minhas|um|uma|nosso|nossa|seu|sua) )(?<!\bpara )(?<!\bpra )(?<!\bpros )"
        r"(?<!\bpras )(?<!\bcom )(?<!\bsem )(?<!\bde )(?<!\bao )(?<!\baos )(?<!\bdo )(?<!\bda )(?<!\bdos )(?<!\bdas )"
        r"(?<!\bpelo )(?<!\bpela )(?<!\bpelos )(?<!\bpor )(?<!\ba )(?<!\bos )(?<!\bas )(?<!\bo )(?<!\bdisse )"
        r"(?<!\bcontei )(?<!\bfalei )(?<!\bpedi )(?<!\bliguei )(?<!\bexpliquei )(?<!\bescrevi )(?<!\bprometi )(?:o"
        r" meu|a minha|os meus|as minhas|meu|minha|meus|minhas|um|uma|o|a|nosso|nossa|seu|sua) (?:melhor |grande "
        r"|querid[oa] |pequen[oa] )?(?:amig[oa]|irmao|irma|irmaos|filh[oa]|pai|mae|namorad[oa]|marido|esposa|mulher"
        r"|companheir[oa]|prim[oa]|ti[oa]|avo|sobrinh[oa]|colega|vizinh[oa]|paciente|alun[oa]|cliente|chefe|sogr[oa]"
        r"|entead[oa]|padrasto|madrasta|ex|cunhad[oa]|miud[oa]|conhecid[oa]|adolescente|neto|neta|crianca)s?",
    ],
    child=[
        r"filh[oa]s?", r"criancas?", r"bebes?", "nene", "nenem", r"menin[oa]s?", r"miud[oa]s?", r"garot[oa]s?",
        r"entead[oa]s?", r"net[oa]s?", "irmaozinho", "irmazinha", r"irma[o]? mais nov[oa]", r"adolescentes?",
        r"\d{1,2} anos", r"pequenit[oa]s?", r"sobrinh[oa]s?", r"afilhad[oa]s?",
    ],
    death=[
        # better off without me, in any tense: "a minha familia ficava melhor sem mim"
        r"(?:ficava|ficavam|ficaria|ficariam|estava|estavam|estaria|estariam|vivia|viviam|viveria|viveriam|seria"
        r"|seriam|era|eram|iam ficar|ia ficar|vao ficar|ficam|estao)(?: \w+){0,3} melhor(?:es)? sem mim(?! (?:no|na|nos"
        r"|nas|em|ao|pra|para|de viagem|de ferias)\b)",
        r"(?:ficava|ficavam|ficaria|ficariam|estaria|estariam|seria|seriam|viveriam) (?:bem )?melhor(?: \w+){0,6} se"
        r" (?:eu )?(?:ja )?nao (?:estivesse|existisse|vivesse|tivesse nascido|estiver)",
        # an ending told with a time just before it: "as 12 acaba tudo", "hoje a noite termina tudo pra mim"
        "(?:" + "|".join(rf"(?<=\b{w} )" for w in (
            "hoje", "noite", "amanha", "meia-noite", "meia noite", "madrugada", "tarde", "logo", "domingo", "sabado",
            "sexta", "segunda", "doze", "onze", "dez", "nove", "oito", "meia")) + r"|(?<=\d )|(?<=\dh )|(?<=\d\d )"
        r"|(?<=\d\dh ))(?:(?:eu )?(?:acabo com tudo|termino com tudo)|(?:tudo )?(?:se )?(?:acaba|termina|acabara"
        r"|terminara|vai acabar|vai terminar|chega ao fim)(?: tudo)?(?: (?:para|pra) mim)?)(?=\W*$|\W*[.,;:!?]| (?:e|de"
        r" vez|para sempre|pra sempre|ja|pronto)\b)" + _NOT_ENDING,
        r"(?:tudo )?(?:acaba|termina|acabara|terminara|vai acabar|vai terminar)(?: tudo)?(?: (?:para|pra) mim)?(?= (?:hoje"
        r"|esta noite|amanha|a meia-noite|a meia noite|as \d{1,2}|a \d{1,2}|daqui a (?:uma|duas|\d+|pouco)))" + _NOT_ENDING,
        # dead inside, and told as meant: "to morta por dentro. e nao e forca de expressao"
        r"(?:mort[oa]|morrendo|a morrer) por dentro(?=[^\n]{0,80}\b(?:nao e (?:forca de expressao|exagero|modo de"
        r" dizer|maneira de dizer|figura de linguagem|brincadeira|metafora|drama)|literalmente|falo serio|e serio)\b)",

        # Wishes and intentions: "quero morrer", "tenho vontade de me matar", "apetece-me morrer", "vou-me matar".
        _WANT + r"(?: (?:e|mesmo|muito|tanto|so|logo|de vez|de verdade|realmente|ja|hoje|eu|simplesmente))?(?: \w+)? "
        + _DIE,
        r"(?:quero|queria|vou|ia|posso|devia|tenho de|tenho que|preciso de|apetecia|acho que vou)-me (?:matar"
        r"|suicidar|enforcar|atirar|jogar|afogar|envenenar)" + _NK,
        r"(?<!nao )(?<!nunca )me (?:quero|queria|vou|ia|apetece) (?:matar|suicidar|enforcar|atirar|afogar|envenenar)"
        + _NK, r"(?:vou|vai|hei de|ei de|irei|ja vou|eu vou) " + _KILLME,
        r"matar-me-ei|mato-me" + _NK + r"|(?:eu )?me mato" + _NK + r"|suicido-me|me suicido|acabo com (?:tudo|a minha"
        r" vida|minha vida)|ponho fim a (?:tudo|minha vida|a minha vida)",
        # The forms on their own, unless someone else is the one threatening ("ele quer me matar").
        r"(?=(?:me|matar|suicidar|enforcar)[ -])(?<!vai )(?<!vao )(?<!\bia )(?<!iam )(?<!quer )(?<!querem )(?<!tentou"
        r" )(?<!tentaram )(?<!ameacou )(?<!ameaca )(?<!ameacam )(?<!ameacaram )(?<!jurou )(?<!prometeu )(?<!pode )"
        r"(?<!podia )(?<!vem )(?<!capaz de )(?<!-)(?:me matar|matar-me|me suicidar|suicidar-me|me enforcar"
        r"|enforcar-me)" +
        _NK,
        r"(?:pensamentos?|ideias?|ideacao|ideacoes|tendencias?|impulsos?|vontades?|planos?) (?:suicidas?|de suicidio"
        r"|de me matar|de morrer|de morte|de acabar com tudo|de tirar a minha vida)",
        r"(?:sou|estou|to|tou|me sinto|sinto-me|ando|fiquei|voltei a ficar) (?:muito |meio |bem |super )?suicida",
        r"(?:cometer|planear|planejar|pensar em|penso em|pensei em|pensando em|a pensar em) (?:o )?suicidio",
        r"(?:o )?meu (?:suicidio|funeral|enterro|velorio)|minha (?:morte|carta de despedida|nota de suicidio)",
        r"(?:melhor|mais vale|antes|preferia|prefiro) (?:eu )?(?:morrer|estar mort[oa]|nao existir|nao ter nascido)",
        r"(?:estaria|estava|ficaria|ficava) melhor mort[oa]",
        r"(?:seria|era|e) (?:tao |mais |muito |bem )?(?:rapido|facil|simples|melhor) (?:\w+ )?(?:morrer|acabar com"
        r" tudo|acabar assim|" + _KILLME[3:], r"tomara que eu morra|oxala (?:eu )?morra",
        # Better off without me.
        r"(?:todos|todo mundo|toda a gente|a minha familia|minha familia|eles|elas|os meus filhos|meus filhos|voces"
        r"|vcs|o mundo)(?: \w+){0,3} (?:estariam|ficariam|estavam|ficavam|vao ficar|vao estar|serao|seriam|seria|fica"
        r"|ficam|ficarao|estao|estarao|fique|fiquem|vivem|viviam|viveriam) (?:muito |bem )?(?:melhor|melhores|mais"
        r" felizes) sem mim",
        r"(?:estariam|ficariam|estavam|ficavam|vivem|viviam|viveriam|seriam|eram|iam viver|iam ficar|vao ficar|vao"
        r" viver) (?:muito |bem |mil vezes )?(?:melhor|melhores|mais felizes|mais descansad[oa]s) se eu (?:ja )?(?:ca "
        r"|aqui )?(?:nao (?:estivesse|existisse|tivesse nascido|fosse viv[oa]|estivesse (?:ca|aqui|viv[oa]))(?: ca"
        r"| aqui| mais)?|morresse|desaparecesse|sumisse|partisse|me fosse|fosse embora (?:de vez|para sempre|pra"
        r" sempre|deste mundo))",
        r"(?:nao|n|naum|ja nao|nunca mais) (?:quero|queria|aguento|consigo|desejo) (?:mais )?(?:viver|estar viv[oa]"
        r"|existir|acordar|continuar viv[oa]|continuar a viver|continuar vivendo|estar aqui|estar ca|ca estar)",
        r"(?:nao|sem) (?:tenho |ha |vejo |encontro |existe )?(?:mais )?(?:nenhum |nenhuma )?(?:motivos?|razao|razoes"
        r"|sentido|porque) (?:para|pra|de|em) (?:viver|continuar|seguir|continuar vivendo|continuar a viver|estar"
        r" aqui|ficar aqui|acordar)", r"(?:dormir|adormecer|fechar os olhos) e (?:nao|nunca mais|ja nao) acordar",
        r"nunca mais acordar",
        r"(?:para|pra|p|pa) (?:eu )?(?:nao|n|naum|ja nao) (?:se |me )?(?:acordar|acorda) (?:mais|nunca mais)"
        r"(?= ?(?:$|[.!?,;:]"
        r"|(?:e|mesmo|de vez|nunca mais|jamais|so|sabe|por favor|sem dor)\b))",
        r"(?:amanha|no natal|na segunda)(?: ja)? (?:nao|n|naum|ja nao) (?:vou )?(?:estar|estarei) (?:mais )?(?:aqui"
        r"|ca|viv[oa])",
        r"(?:nao|n|naum|ja nao) (?:vou )?(?:estar|estarei) (?:mais )?(?:aqui|ca|viv[oa]) (?:amanha|no natal|por muito"
        r" tempo|para ver|pra ver|quando)",
        r"(?:esta|essa|e) (?:e )?(?:a )?minha ultima (?:noite|mensagem|vez|manha)|(?:este|esse|hoje) e o meu ultimo"
        r" dia", r"desist\w+ (?:de viver|da vida|de mim)", r"(?:cansei|farto|farta) de (?:viver|estar viv[oa])",
        r"(?:descansar|dormir) (?:para|pra) sempre", r"(?:descanso|sono) eterno",
        r"(?:quero|queria|so quero|so queria) que (?:tudo|isto|isso|a dor|o sofrimento|a vida) (?:acabe|termine|pare)"
        r" (?:de vez|para sempre|pra sempre|de uma vez)",
        r"(?:hoje|hj|esta noite|essa noite|amanha|logo)(?: a noite| de noite)? (?:e que )?(?:eu )?(?:acabo com tudo"
        r"|me mato|morro|(?:acabo|vou acabar|termino|vou terminar) com (?:isto|isso|tudo|a minha vida)|(?:ponho|vou"
        r" por) (?:um )?fim a (?:isto|isso|tudo))",
        # A gun turned on oneself; going to a high place to jump.
        r"(?:usar|usa-l[oa]|aponta-l[oa]|apontar|virar) (?:a arma |o revolver |a faca |a pistola |isso |isto )?"
        r"(?:contra|em|para|pra) mim(?: mesm[oa]| propri[oa])?",
        r"(?:vou|ir|vou ate|ir ate) (?:ao|a|para o|pra|para a|pro) (?:\w+ )?(?:ponte|viaduto|penhasco|falesia|telhado"
        r"|ultimo andar|precipicio|terraco|linha do (?:trem|comboio)) (?:e|para|pra) (?:saltar|pular|salto|pulo|me"
        r" atirar|atirar-me|me jogar|jogar-me|me jogo|me atiro|atiro-me|acabar com tudo|acabo com tudo)",
        # Drowning and an overdose named as the goal.
        r"(?:entrar|entro|caminhar|caminho|nadar|nado|ir|vou|andar)(?: \w+)? (?:no|ao|para o|pro|pelo|pela|na)? ?"
        r"(?:mar|rio|lago|oceano|agua)(?: adentro| dentro)? (?:e|ate) (?:nao|nunca mais|ja nao) (?:voltar|volto|sair"
        r"|saio|conseguir voltar|ter pe|aguentar|aguento|ter forcas)",
        r"(?:vou|quero|vou mesmo|penso em|pensei em|pensando em|a pensar em|tenho vontade de|vontade de|apetece-me"
        r"|queria) (?:tomar|engolir|beber) (?:tod[oa]s (?:os |as )?(?:meus |minhas )?(?:\w+ )?" + _PILLS_PL +
        r"|(?:os |as )?(?:meus |minhas )?(?:\w+ )?" + _PILLS_PL + r" tod[oa]s|(?:a caixa|a cartela|o frasco|o vidro) "
        r"(?:toda|inteira|todo|inteiro)|tudo de uma vez|(?:o |a |um |uma )?(?:\w+ )?(?:" + _POISON + r"))",
        # The whole supply told in the present for the future: "hoje a noite tomo os comprimidos todos"
        r"(?<!\bnao )(?<!\bnunca )(?:tomo|engulo|bebo|tomarei|engolirei|vou tomar|vou engolir) (?:tod[oa]s (?:os |as )?"
        r"(?:meus |minhas )?(?:\w+ )?" + _PILLS_PL + r"|(?:os |as )?(?:meus |minhas )?(?:\w+ )?" + _PILLS_PL
        + r" tod[oa]s|(?:a caixa|a cartela|o frasco|o vidro) (?:toda|inteira|todo|inteiro)(?: d[eao]s? \w+)?)(?: (?:de"
        r"|para|pra|do|da) (?:dormir|a pressao|pressao|o coracao|coracao|ansiedade|depressao|nervos|minha mae|meu pai"
        r"|meu marido|minha mulher))?(?=(?: (?:que (?:tenho|ha|tem|sobraram|guardei|juntei)(?: em casa)?|de uma vez|de"
        r" vez|juntos|juntas|ao mesmo tempo))*(?:\W*$|\W*[.,;:!?]| e (?:pronto|acabou|acabo com tudo|adeus|fim|durmo"
        r"|me deito)\b))",
        # Said of someone else (the composing layer marks the subject): "a minha filha diz que quer morrer".
        r"(?:quer|queria|quis|querem|tem vontade de|tinha vontade de|pensa em|pensou em|anda a pensar em|esta a"
        r" pensar em|pensando em|fala em|falou em|falando em|tentou|tenta|tentaram)(?: \w+)? (?:morrer" + _NOT_IDIOM +
        r"|se matar|matar-se|se suicidar|suicidar-se|tirar a (?:propria )?vida|acabar com a (?:propria )?vida|se"
        r" enforcar|enforcar-se|se jogar|atirar-se)",
        r"(?:vai|ia|vao|iam|ameacou|ameaca|ameacam)(?: \w+)? (?:se matar|matar-se|se suicidar|suicidar-se|tirar a "
        r"(?:propria )?vida|se enforcar|enforcar-se)",
    ],
    indirect=[
        # "ir desta para melhor" in any tense: "era melhor para todos se eu fosse desta para melhor"
        r"(?:fosse|for|fores|va|vou|ia|iria|partisse|partir|parta|partia|ir|ir-me) (?:desta|dessa|daqui) (?:para|pra)"
        r" (?:melhor|uma melhor|a melhor|outra|o outro lado)",
        r"(?:era|seria|ficava|ficaria|e|fica) (?:muito |bem |mil vezes |tao )?melhor (?:para|pra) (?:todos|todo mundo"
        r"|toda a gente|eles|elas|voces|vcs|a minha familia|minha familia|os meus filhos|meus filhos|ela|ele|a minha"
        r" filha|minha filha|o meu filho|meu filho) se eu (?:ja )?(?:nao (?:estivesse|existisse|acordasse|fosse viv[oa])"
        r"|morresse|partisse|sumisse|desaparecesse|me fosse|fosse embora|fosse)",
        # older adults: "quem me dera bater as botas", "so falta eu esticar as canelas"
        r"(?:quero|queria|quem me dera|tomara|oxala|so falta|so me falta|ja posso|estou pront[oa] (?:para|pra)|to"
        r" pront[oa] (?:para|pra)|so quero|so queria|e hora de) (?:eu )?(?:bater as botas|esticar as canelas|ir"
        r" (?:para|pra) junto de (?:deus|\w+)|ir ter com (?:o|a) (?:meu|minha)? ?\w+|descansar de vez|partir de vez)",
        r"(?:ja )?(?:nao|n) vejo mais sentido em nada(?=\W*$|\W*[.,;!?]| (?:na vida|mesmo|e|disso)\b)",

        # the own death imagined as a relief to others: "se eu nao acordasse amanha ia ser um alivio pra todo mundo"
        r"se eu (?:ja )?(?:nao (?:acordasse|acordar mais|estivesse (?:mais )?(?:aqui|ca)|existisse)|nunca mais"
        r" acordasse|morresse|sumisse|desaparecesse|deixasse de existir|partisse|me fosse)(?: \w+){0,5} (?:ia ser"
        r"|iam ficar|seria|seriam|era|vai ser|ficaria|ficariam|estariam|estaria|todos iam|toda a gente ia|todo mundo"
        r" ia) (?:\w+ )?(?:um alivio|uma alivio|alivio|melhor|melhores|um descanso|mais leve|mais faci\w*|em paz"
        r"|mais tranquil\w*|aliviad\w*)",
        # the life insurance as what the family would get: "pelo menos o seguro de vida fica para os meus filhos"
        r"(?:pelo menos|ao menos|ainda bem que|sorte que|o bom e que)(?: \w+){0,3} (?:o |meu |o meu )?seguro de vida",
        r"seguro de vida(?: \w+){0,8} (?:ficavam com algo|ficariam com algo|recebiam|iam receber|receberiam"
        r"|ficavam melhor|ficariam melhor|ficava algo|ficaria algo|sobrava algo|sobraria algo|nao lhes faltaria"
        r"|nao ia faltar nada)",
        r"(?:valho|valeria|valia) mais mort[oa] (?:do )?que viv[oa]", r"mort[oa] (?:valho|valeria|valia) mais",
        r"sem mim (?:\w+ ){0,2}(?:viveriam|viviam|vivem|vao viver|iam viver|ficariam|ficavam|ficam|vao ficar|iam ficar"
        r"|estariam|estavam|estao|vao estar|seriam|eram|sao|vao ser) (?:\w+ )?(?:melhor|mais felizes|mais feliz|em"
        r" paz|tranquil\w+|aliviad\w+)(?! (?:n[oa]s?|em|d[oa]s?) (?:\w+ )?(?:jogo|time|equipe|trabalho|projeto|grupo"
        r"|banda|empresa|partida|campeonato|festa|viagem|reuniao|escritorio|turno)\b)",
        r"(?:viveriam|viviam|ficariam|ficavam|estariam|estavam|seriam|eram|iam ficar|vao ficar) (?:\w+ )?(?:melhor"
        r"|mais felizes|mais feliz|em paz|aliviad\w+) sem mim",
        r"(?:sou|sinto-me|me sinto|virei|tornei-me|me tornei) (?:so )?(?:um|uma) (?:peso|fardo|estorvo|encosto|carga)"
        r" (?:para|pra|na vida d[aoe]s?) (?:todos|todo mundo|toda a gente|a minha familia|minha familia|os meus"
        r"|meus|as minhas|minhas|eles|elas|voces|vcs|quem)",
        r"(?:estou |to |tou |ja estou |sinto-me |me sinto )?pront[oa] (?:para|pra) (?:partir|descansar|morrer|ir-me"
        r" embora deste mundo)(?! (?:de|para|pra|em|no|na|amanha|hoje|as|ao|a viagem|de ferias)\b)",
        r"pront[oa] (?:para|pra) (?:ir ter com|me juntar a|juntar-me a|me juntar ao|juntar-me ao|ir ao encontro d[oa]"
        r"|encontrar|reencontrar|estar com|ir para junto d[oa]|ir pra junto d[oa]|ver) (?:o |a )?(?:meu|minha) (?:\w+"
        r" )?(?:marido|esposa|mulher|companheir[oa]|velh[oa]|filh[oa]|mae|pai|falecid[oa]|defunt[oa])",
        r"(?:ir ter com|juntar-me a|me juntar a|juntar-me ao|me juntar ao|ir ao encontro d[oa]|reencontrar|estar com"
        r"|ir para junto d[oa]|ir pra junto d[oa]|encontrar) (?:o |a )?(?:meu|minha)(?: \w+)? (?:falecid[oa]"
        r"|defunt[oa]|saudos[oa]|marido|esposa|mulher|companheir[oa]|velh[oa]|filh[oa]|mae|pai)(?: \w+){0,2} (?:no"
        r" ceu|la em cima|do outro lado|no outro mundo|em breve|depressa|outra vez|de novo|que ja partiu|que ja"
        r" morreu|que deus tem)",
        r"(?:quero|queria|so quero|so queria|gostava de|gostaria de) (?:ir )?(?:para|pra) junto d[oa] (?:meu|minha) ",
        r"(?:quero|queria|so quero|so queria|gostava de|gostaria de|pront[oa] (?:para|pra)) (?:ir ter com|juntar-me a"
        r"|me juntar a|ir ao encontro d[oa]|reencontrar|ir para junto d[oa]|estar com) (?:o |a )?(?:meu|minha) (?:\w+"
        r" ){0,2}(?:que (?:ja )?(?:partiu|morreu|faleceu|nao esta|se foi|deus tem)|no ceu|la em cima)",
        r"(?:ja )?(?:ca ando|ando ca|estou ca|ando neste mundo|estou neste mundo) (?:ha )?(?:tempo demais|demasiado"
        r" tempo|tempo de mais|anos demais)",
        r"(?:chegou|ja chegou|esta a chegar|esta chegando) a minha hora|a minha hora (?:ja )?(?:chegou|esta a chegar"
        r"|esta chegando)|(?:ja )?(?:e|esta na) (?:minha )?hora de (?:eu )?partir",
        r"(?:ja )?vivi (?:o )?(?:que tinha (?:para|pra|a|de) viver|demais|o suficiente|bastante|tudo o que tinha"
        r"|muito)", r"(?:ja )?(?:chega|basta) de (?:viver|vida)",
        r"(?:ja )?(?:cumpri|fiz) (?:a )?minha (?:parte|missao)(?: \w+)? (?:aqui|nesta vida|neste mundo|na terra)",
        r"(?:a )?minha missao (?:aqui )?(?:ja )?(?:acabou|terminou|esta cumprida)",
        r"(?:deus|o senhor|nosso senhor|jesus|papai do ceu|a morte)(?: \w+){0,3} (?:me )?(?:leve|levar|levasse|chame"
        r"|chamar|chamasse|recolha|recolher|recolhesse|levar-me|chamar-me|leve-me|leva-me|venha buscar|vier buscar"
        r"|buscar-me|me buscar|me busque|venha me buscar)(?! (?:(?:pelo|pela|por) |a (?:razao|atencao)|(?:para|pra|a"
        r"|ao|no|na|de) (?:casa|escola|trabalho|igreja|missa|aeroporto)))",
        r"(?:nao|nem|ja nao) me (?:importava|importaria|importo|importa) (?:nada |mesmo |muito )?(?:de |se )?"
        r"(?:morrer|partir|nao acordar|ir-me|eu morrer|morresse|nao acordasse)",
        r"tanto faz se eu (?:morrer|morro|acordar|viver|morresse)",
        r"(?:nao|nunca mais) (?:vou|vao|vais) (?:ter de |ter que |precisar de |precisar )?(?:ser (?:um )?(?:peso"
        r"|fardo|estorvo|incomodo)|incomodar|dar trabalho|me aturar|aturar-me|cuidar de mim|se preocupar comigo)(?: a"
        r" ninguem| a voces| para ninguem)? (?:por|durante)? ?(?:muito tempo|mais tempo|muito mais|por muito|em"
        r" breve)",
        r"(?:em breve|logo|daqui a pouco) (?:ja )?(?:nao|ninguem) (?:vou|vao|vai) (?:mais )?(?:ser um peso|incomodar"
        r"|dar trabalho|ter de cuidar de mim|ter que cuidar de mim|precisar de se preocupar comigo)",
        r"(?:qual|que) (?:e )?(?:o )?(?:sentido|ponto|interesse) de (?:continuar|viver|acordar|seguir|ficar|estar"
        r" viv)", r"(?:para|pra) que (?:continuar|viver|acordar|seguir em frente)",
        r"de que (?:adianta|serve) (?:viver|continuar|acordar)",
        r"(?:a vida )?nao vale a pena (?:viver|continuar)|a vida (?:ja )?nao vale (?:a pena|nada)",
        r"(?:nao|n|naum|ja nao) (?:quero|espero|conto) (?:ver|chegar a ver|passar|chegar ao|chegar a) (?:outro|mais"
        r" um|o proximo|a proxima|outra) (?:natal|inverno|ano|aniversario|dia|verao|primavera|pascoa)",
        r"(?:cansad[oa]|fart[oa]|exaust[oa]) (?:de|da) (?:viver|estar viv[oa]|existir|acordar|vida|esta vida|minha"
        r" vida)",
        r"(?:nao|n|naum|ja nao) (?:consigo|aguento|posso) (?:mais )?(?:continuar|seguir|ir em frente) (?:assim|mais|a"
        r" viver|vivendo|com (?:a|esta|essa) vida|por muito tempo)",
        r"(?:ninguem|nenhuma pessoa) (?:ia|iria|vai|vai sequer|ia sequer) (?:sentir (?:a )?minha falta|notar|reparar"
        r"|perceber|dar pela minha falta)", r"ninguem (?:sentiria|daria por|daria pela) (?:a )?minha falta",
        r"(?:finalmente|enfim|por fim) (?:vou )?(?:ter )?(?:paz|descansar|descanso)|paz (?:finalmente|enfim|por fim)",
        r"(?:sumir|desaparecer) do (?:mapa|mundo) (?:para|pra) sempre|(?:queria|quero|so queria|so quero) (?:sumir"
        r"|desaparecer) do mundo",
        r"(?:nada|ninguem) (?:mais )?me (?:prende|segura) (?:aqui|a vida|a esta vida|neste mundo)",
        r"(?:queria|quero|quem me dera|gostava de|gostaria de|preferia) (?:nunca )?(?:nao )?ter nascido",
        r"(?:rezo|peco|pedindo|rezando|a pedir|a rezar) (?:a deus )?(?:para|pra|que) (?:eu )?(?:morrer|morra|nao"
        r" acordar|nao acorde|partir|parta|me levar|me leve)(?! (?:pelo|pela|por|ao|a (?:casa|missa|igreja|escola)|para"
        r"|pra)\b)",
        r"(?:a espera|esperando|espero) (?:d?a (?:morte|minha hora)|que (?:a morte|deus) (?:venha|me leve|chegue))",
        r"a morte (?:seria|era|vai ser) (?:um |uma )?(?:alivio|descanso|bencao|libertacao)",
        r"(?:a )?(?:minha )?vida (?:ja )?(?:acabou|chegou ao fim)",
        r"(?:nao|ja nao) (?:vou|vou mais|irei) (?:mais )?precisar (?:delas|deles|dela|dele|disto|disso|de nada|mais)"
        r"(?: (?:onde vou|para onde vou|la onde vou))?",
    ],
    method=[
        r"altura (?:d[eo]|dum|de um) (?:predio|edificio|ponte|viaduto|prédio|janela|andar)|(?:predios?|edificios?"
        r"|pontes?) (?:mais )?alt[oa]s?|(?:decimo|vigesimo|\d{2}(?:o|º)?) andar",
        r"cordas?(?! (?:bamba|vocais|de violao|de guitarra|de saltar|de pular))",
        r"enforc(?:ar|ar-me|o-me|amento|ad[oa])", r"me enforco", r"(?:no|laco) de forca",
        r"(?:a |na |da )?(?:viga|trave do teto|caibro|gancho do teto|lustre|ventilador de teto)",
        r"cinto (?:no|a volta do|em volta do|ao redor do) (?:meu )?pescoco",
        r"armas? de fogo|(?:a|uma|minha|meu|a minha|o meu|o|um) (?:arma|revolver|pistola|espingarda|cacadeira"
        r"|carabina|garrucha|trinta e oito|38)|tiro na (?:cabeca|boca)|dar um tiro",
        r"(?:a|uma) (?:faca|lamina|navalha|gilete|lamina de barbear|x-acto)|facas|laminas|giletes|cortar os pulsos"
        r"|cortar-me os pulsos|os (?:meus )?pulsos",
        r"pontes?(?! (?:aerea|rolante|dentaria|de safena|h\b))|viadutos?|penhascos?|falesias?|precipicios?|arribas?"
        r"|escarpas?|abismo",
        r"(?:pular|saltar|me jogar|jogar-me|me atirar|atirar-me|me lancar|lancar-me|cair)(?: \w+)? (?:de|da|do|dum"
        r"|duma|pela|pelo|de cima d[oa]) (?:um |uma |o |a )?(?:\w+ )?(?:predio|janela|sacada|varanda|telhado|terraco"
        r"|cobertura|laje|andar|ponte|viaduto|penhasco|falesia|precipicio|torre|edificio|prédio|escada|muralha)",
        r"(?:linhas?|trilhos?|carris) (?:do|de|da) (?:trem|comboio|metro|ferrovia)|linha ferrea|via ferrea|(?:frente"
        r"|debaixo|embaixo|baixo) (?:de|do|dum|de um) (?:um )?(?:trem|comboio|metro|onibus|autocarro|camiao|caminhao"
        r"|carro|carreta)",
        r"(?:me afogar|afogar-me|afogamento|me afogo|afogo-me)|(?:me jogar|jogar-me|me atirar|atirar-me|entrar|pular"
        r"|saltar)(?: \w+)? (?:no|ao|para o|pro|dentro do) (?:rio|mar|lago|lagoa|represa|barragem|poco|tejo|douro)",
        r"escapamento|tubo de escape|mangueira (?:no|ao|do) (?:escape|escapamento)|motor ligado|monoxido de carbono"
        r"|fumos do carro|carvao|braseiro|(?:abrir|ligar|abri|liguei) o gas|gas (?:do fogao|de cozinha)|saco plastico"
        r" na cabeca|helio", r"overdose|intoxica(?:r-me|cao)|me intoxicar|me envenenar|envenenar-me|envenenamento",
        r"jogar o carro|atirar o carro|bater (?:com )?o carro (?:de proposito|contra)|me jogar na frente|jogar-me"
        r" para a frente|atirar-me para a frente|me atirar na frente", _POISON,
    ],
    pills=[ _PILLS],
    poison=[ _POISON],
    lethal_means=[
        # charcoal and a sealed room: "ja comprei o carvao e vedei as janelas do anexo"
        r"(?:carvao|brasas?|fogareiro|braseira|grelhador|churrasqueira)[^.!?\n]{0,80}?\b(?:vedei|tapei|calafetei|selei"
        r"|fechei bem|isolei|vedar|tapar|calafetar|selar) (?:\w+ )?(?:todas )?(?:as )?(?:janelas|portas|frestas|frinchas"
        r"|entradas de ar|ranhuras|grelhas)",
        r"(?:vedei|tapei|calafetei|selei|isolei) (?:com fita )?(?:todas )?(?:as )?(?:janelas|portas|frestas|frinchas"
        r"|entradas de ar)[^.!?\n]{0,80}?\b(?:carvao|brasas?|fogareiro|braseira|grelhador|churrasqueira)",
        # the rope fixed to something: "ja tenho a corda presa no corrimao das escadas"
        r"(?:corda|cinto|lencol|cabo|fio|extensao|cordao|laco)(?: \w+){0,2} (?:ja )?(?:presa|preso|amarrad[oa]|atad[oa]"
        r"|pendurad[oa]|fixad[oa]|pront[oa]) (?:no|na|ao|a|em|numa|num|pela|pelo) (?:\w+ ){0,2}(?:viga|trave|caibro"
        r"|gancho|teto|tecto|lustre|ventilador|ventoinha|corrimao|cano|varao|escada|escadas|porta|arvore|grade|beliche"
        r"|armario|suporte|galho|janela|varanda|sotao)(?![^.!?\n]{0,60}\b(?:baloico|balanco|rede|roupa|estendal|varal"
        r"|barco|tenda|cavalo|cao|cachorro|obra|mudanca|saco de boxe|escalada)\b)",
        # research into lethality: "ja pesquisei qual remedio da minha vo e mais forte e quantos precisa"
        r"(?:pesquisei|pesquisando|a pesquisar|pesquiso|procurei|procurando|a procurar|googlei|busquei|vi na internet"
        r"|li na internet|andei a ver|andei vendo|fui ver|estive a ver|estive vendo)(?=[^.!?\n]{0,140}\b(?:remedios?"
        r"|comprimidos?|pilulas?|medicamentos?|medicacao|veneno|chumbinho|raticida|dose|andar|andares|altura|predio"
        r"|ponte|corda)\b)[^.!?\n]{0,60}?\b(?:qual|quais|quant[oa]s|quanto|que dose|a dose|que altura|de que andar)\b"
        r"[^.!?\n]{0,60}?\b" + _LETHAL_Q,
        # a lethality question about a method: "se alguem pular do sexto andar morre na hora?"
        r"(?:se|quando) (?:alguem|uma pessoa|a pessoa|eu|voce|vc|tu|a gente)(?: \w+){0,2} (?:pular|pula|saltar|salta"
        r"|se jogar|se atirar|cair|tomar|toma|engolir|beber)(?: \w+){0,6}\W{1,4}(?:morre|morreria|morro|morreria"
        r"|sobrevive|sobreviveria|fica viv[oa]|pode ficar viv[oa]|e (?:morte|fatal|letal) (?:certa|garantida))",
        r"(?:a partir de|de) (?:que|qual|quantos) (?:altura|andar|andares|metros) (?:\w+ ){0,3}(?:morre|se morre|e fatal"
        r"|e letal|mata|da para morrer|da pra morrer)",
        # only the day left to choose: "so nao decidi o dia ainda", "so falta escolher a data"
        r"(?:so|apenas) (?:nao|falta|me falta) (?:\w+ )?(?:decidi|escolhi|marquei|defini|decidir|escolher|marcar"
        r"|definir) (?:o dia|a data|a hora|quando)(?! (?:d[oa]|de|para|pra)\b)",
        # stones in the pockets, walking into water
        r"(?:pedras|pesos|tijolos) (?:nos|nos meus|no|dentro dos) bolsos",

        # walking or swimming out to sea until exhausted: "vou entrar no mar e nadar ate nao aguentar mais"
        r"(?:entrar|entro|caminhar|caminho|nadar|nado|andar|ir|vou)(?: \w+)? (?:(?:no|ao|para o|pro|pelo|pela|na"
        r"|para dentro do) (?:mar|rio|lago|oceano)(?: adentro| dentro)?|mar adentro)(?: \w+){0,3} (?:ate (?:nao"
        r" (?:aguentar|conseguir|ter forcas|dar pe|poder)(?: mais)?|afundar|me afogar|sumir|desaparecer)|e (?:nao"
        r"|nunca mais) (?:voltar|volto|sair|saio))",
        # A poison bought or set aside, not for pests in the house or the garden.
        r"(?:ja )?(?:comprei|arranjei|consegui|guardei|escondi|separei|peguei|tenho aqui|trouxe) "
        r"(?:o |um |uma |a |os |as"
        r" )?(?:pouco de |frasco de |pacote de |garrafa de |saco de |lata de )?(?:" + _POISON + r")(?![^.!?\n]{0,80}"
        r"\b(?:casa|cozinha|quintal|jardim|horta|sitio|fazenda|quinta|roca|garagem|pragas?|infestad\w*|dedetiz\w*"
        r"|lavoura|plantacao|limpar|limpeza|piscina|na loja|no mercado|pro trabalho)\b)",
        # How many pills would be enough (a lethal-dose question).
        r"(?:quant[oa]s|qual a quantidade de|que quantidade de|quanto de|qual (?:a )?dose de)(?: \w+){0,3} (?:"
        + _PILLS + r")(?: \w+){0,3} (?:seriam|sao|seria|era|eram|e|preciso|precisaria|precisa|bastam|bastariam"
        r"|basta|chegam|chegariam|teria que tomar|tenho que tomar|tomar) (?:\w+ )?(?:suficientes?(?! (?:para|pra)"
        r" (?!morrer|matar|nao acordar|apagar de vez|acabar))|(?:para|pra) (?:morrer|matar|nao acordar|apagar de vez"
        r"|acabar com tudo|dar overdose)|letal|letais|fatal|fatais|mortal|mortais)",
        r"dose (?:letal|fatal|mortal)|doses (?:letais|fatais|mortais)",
        r"(?:no|laco) de forca|(?:a )?forca (?:ja )?(?:esta|ta) (?:pronta|feita|montada|preparada)",
        r"(?:amarrei|amarrar|prendi|atei|fixei|pendurei|passei|coloquei|pus|amarrando|a amarrar|ja amarrei) (?:a |uma"
        r" |o |um )?(?:corda|cinto|lencol|cabo|fio|extensao|cordao)(?: \w+){0,3} (?:na|no|a|ao|em|numa|num|pela|pelo)"
        r" (?:\w+ )?(?:viga|trave|caibro|gancho|teto|tecto|lustre|ventilador|corrimao|cano|varao)",
        r"(?:a )?corda (?:ja )?(?:esta|ta|fica|ficou) (?:\w+ )?(?:pronta|preparada|amarrada|presa|pendurada|atada|no"
        r" lugar)|corda ja (?:esta|ta) (?:na|no) \w+",
        r"(?<!seus )(?<!suas )" + _PILLS_PL + r" (?:ja )?(?:estao|tao|ta|ficam|ficaram|estao todos|estao todas) "
        r"(?:todos |todas |ja )?(?:prontos|prontas|alinhados|alinhadas|preparados|preparadas|em cima da (?:mesa|cama"
        r"|cabeceira|bancada)|em fila|numa pilha|a minha espera|(?:separad|contad)[oa]s(?! (?:por|para a|pra|na"
        r" caixinha|no porta)))(?! (?:para|pra) (?:levantar|retirar|buscar|recolher|a farmacia))",
        r"(?:separei|contei|alinhei|preparei|ja separei|ja contei) (?:tod[oa]s )?(?:os |as )?(?:meus |minhas )?(?:\w+"
        r" )?" + _PILLS_PL + r"(?! (?:da|para a|pra|por|de cada) (?:semana|dia|mes|manha))",
        r"(?:pus|coloquei|despejei|espalhei) tod[oa]s (?:os |as )?(?:meus |minhas )?(?:\w+ )?" + _PILLS_PL,
        r"(?:comprimidos|remedios|pilulas|\w+) suficientes (?:para|pra) (?:morrer|me matar|matar-me|nao acordar"
        r"|acabar)",
        r"(?:\d{2,3}|dezenas de|vinte|trinta|quarenta|cinquenta|sessenta|cem) (?:\w+ )?" + _PILLS_PL +
        r"(?: \w+){0,3} (?:em cima da (?:mesa|cama|cabeceira)|a minha frente|na minha frente|ao meu lado|na mao"
        r"|separad[oa]s|contad[oa]s|alinhad[oa]s|guardad[oa]s|escondid[oa]s)",
        r"(?:" + _POISON + r")(?: \w+){0,6} (?:vou|eu vou|hei de) (?:tomar|beber|engolir)(?:-o|-a|-lo|-la)?",
        r"(?:o suficiente|bastante|suficiente|chega) (?:\w+ ){0,3}(?:para|pra) (?:morrer|me matar|matar-me|nao"
        r" acordar|acabar com tudo)", r"(?:dose|quantidade) (?:letal|fatal|mortal)",
        r"(?:juntei|acumulei|juntando|acumulando|a juntar|a acumular|fui juntando|ando a juntar|ando juntando|andei"
        r" juntando|andei a juntar|tenho juntado|tenho acumulado|tenho guardado|fui guardando|ando a guardar|ando"
        r" guardando|estou juntando|estou a juntar|estou guardando|estou a guardar|guardando|escondendo|a esconder"
        r"|poupando|a poupar)(?: \w+){0,3} " + _PILLS_PL,
        r"(?:guardei|escondi|juntei) (?:\w+ ){0,3}" + _PILLS_PL + r"(?: \w+){0,3} (?:durante|ha (?:semanas|meses)|faz"
        r" (?:semanas|meses)|aos poucos|(?:para|pra) (?:isso|este dia|esse dia|quando))",
        r"mangueira (?:\w+ ){0,3}(?:no|ao|do|pelo|ligada ao|presa ao|no tubo de|dentro do) (?:escape|escapamento|tubo"
        r" de escape|carro)",
        r"(?:vedei|tapei|calafetei|selei|fechei com fita) (?:com fita )?(?:as|a|os|o) (?:frestas|garagem|janelas do"
        r" carro|porta da garagem|carro|entradas de ar)",
        r"carvao (?:\w+ ){0,2}(?:no|na|dentro do|dentro da) (?:quarto|banheiro|casa de banho|carro|tenda|barraca)",
        r"(?:carreguei|municiei|carregar|municiar) (?:a|uma|o|um|minha|meu|a minha|o meu) (?:arma|pistola|revolver"
        r"|espingarda|cacadeira|38)",
        r"(?:arma|pistola|revolver|espingarda|cacadeira|38)(?: d[oa] (?:meu |minha )?\w+)? (?:ja )?(?:esta |ta )?"
        r"(?:carregad[oa]|municiad[oa]|destravad[oa])",
        # The rope left unsaid, at the start of a sentence ("ja amarrei na viga."), not after a list of chores.
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:(?:eu|ja|agora|entao|pronto) )*(?:amarrei|atei|prendi|fixei) (?:na|no|numa|num)"
        r" (?:\w+ )?(?:viga|trave do teto|trave do tecto|caibro|gancho do teto|gancho do tecto|varao do chuveiro|cano"
        r" do teto)(?!(?: d[ao]s? \w+)? (?:a|o|as|os|um|uma|umas|uns) \w)",
        r"(?:comprei|arranjei|consegui|peguei) (?:\w+ ){0,2}(?:corda|veneno|chumbinho|raticida|arma|pistola|revolver"
        r"|carvao) (?:para|pra) (?:isso|isto|fazer isso|o que vou fazer|acabar|quando)",
    ],
    taken=[
        # An ingestion told in the past, but not a routine dose ("tomei o remedio", "tomei um comprimido") nor the
        # bus, a bath or a coffee ("tomei o autocarro", "tomei banho").
        r"(?:tomei|engoli|ingeri|bebi|injetei|injectei|emborquei|tinha tomado|tinha engolido|acabei de tomar|acabo de"
        r" tomar|acabei de engolir|acabei de beber|depois de (?:ter )?(?:tomar|tomado|engolir|engolido|beber|bebido)"
        r"|desde que tomei)(?:-os|-as|-o|-a)?(?! (?:\w+ )?(?:banho|duche|cafe|cafezinho|cha|onibus|autocarro|metro"
        r"|comboio|trem|uber|taxi|susto|decisao|coragem|conta|vacina|sol|chuva|multa|cerveja|cervejas|copo|copos"
        r"|pequeno-almoco|almoco|lanche|jantar|agua(?! sanitaria| raz)|sumo|suco|vinho|leite|nota|posse|rumo|juizo|ar"
        r"|folego|cuidado|atencao|vergonha|iniciativa|partido|conhecimento|consciencia|nota|chimarrao|mate"
        r"|refrigerante|gelado|sorvete|caipirinha)\b| (?:um|uma|meio|meia|mais um|mais uma|so um|so uma|apenas um"
        r"|apenas uma|1|2|3|dois|duas|tres)\b(?! (?:\w+ )?(?:caixa|cartela|frasco|vidro|embalagem|blister|pote|monte"
        r"|punhado|porrada|pancada|data|mao|garrafa|overdose|dose (?:letal|cavalar|enorme|gigante)|quantidade|serie"
        r"|lote|tubo|saco|copo|caixas|cartelas|frascos|vidros|embalagens|garrafas|doses|mao-cheia|carrada|balde"
        r"|bocado)\b)| (?:o |a |os |as )?(?:meu|minha|meus|minhas) (?:\w+ )?(?:remedios?|comprimidos?|capsulas?"
        r"|pilulas?|medicamentos?|medicacao|dose|doses|vitaminas?|gotas)\b(?! tod[oa]s?(?! os dias| as noites| as"
        r" manhas)| inteir| de uma vez| duma vez| de uma so| a mais| que (?:tinha|havia|restavam|sobraram))| (?:o|a) "
        r"(?:remedio|comprimido|capsula|pilula|medicamento|medicacao|antibiotico|xarope|vitamina|injecao|dose)\b(?!"
        r" tod| inteir| de uma vez| duma vez))",
        r"(?:mandei|enfiei|meti|empurrei|atirei)(?: \w+){0,3} (?:pra dentro|para dentro|goela abaixo|pela goela)",
        r"(?:virei|despejei|esvaziei) (?:o|a) (?:frasco|vidro|caixa|cartela|garrafa|embalagem)",
        r"(?:me entupi|entupi-me|me enchi|enchi-me|me empanturrei|empanturrei-me) de",
        r"(?:tive|fiz|tomei|provoquei|tive uma|fiz uma) (?:uma )?overdose|overdosei",
        r"(?:tomou|engoliu|ingeriu|bebeu|tomaram|engoliram|beberam|ingeriram)(?:-os|-as)? (?:\w+ ){0,3}(?:tod[oa]s"
        r"|tudo|a caixa|a cartela|o frasco|o vidro|um frasco|uma caixa|uma cartela|\d{2,3}|" + _POISON + r"|" +
        _PILLS_PL + r")", r"tomei tudo|engoli tudo|tomei-os todos|tomei-as todas|tomei eles todos|tomei elas todas",
        r"(?:tomei|tomou|tomaram|engoli|engoliu|engoliram|ingeri|ingeriu|dei|deu|deram|dei-lhe|deram-lhe|dobrei"
        r"|dobrou|repeti|repetiu)(?:-os|-as|-o|-a)?(?=(?: \w+){0,5} (?:(?:duas|tres|quatro|2|3|4) vezes(?! (?:ao|por"
        r"|num|no|na|cada|nesta|esta|nessa|essa|n[ao]s? \w+) (?:dia|semana|mes|ano|hora|vida|manha|tarde|noite)\b)"
        r"|em dobro|a dobrar|dobrad[oa]|a dose (?:dupla|dobrada|a dobrar)|dose dupla|por engano|por erro|por"
        r" descuido|sem querer|(?:a|o) (?:dose|remedio|medicamento|comprimido) errad[oa]|a mais)\b)",
    ],
    amount=[
        r"(?:uma|duas|meia|tres) grades? de (?:cerveja|minis|imperiais)|(?:uma|duas|tres|meia) (?:caixas?|engradados?"
        r"|packs?|fardos?) de (?:cerveja|latas|minis|long necks)|(?:umas|varias|muitas) doses"
        r"|(?:\d+|duas|tres|quatro|cinco|seis|sete|oito|dez|doze) (?:doses|cervejas|latas|minis|imperiais|copos|shots"
        r"|caipirinhas|garrafas)",
        r"tod[oa]s(?! (?:os|as) (?:dias|noites|manhas|semanas|meses|anos|vezes|outr[oa]s))(?: (?:os|as|eles|elas|de"
        r" uma vez|que (?:tinha|havia|restavam|encontrei)))?" + _NOT_UNIT,
        r"tudo(?: (?:o que|que) (?:tinha|havia|encontrei|estava|restava))?(?! (?:bem|bom|certo|otimo|ok|okay"
        r"|tranquilo|normal|joia|em ordem|isso|isto|o mais|azul|beleza|nos conformes|sob controle|controlado)\b)",
        r"(?:a |uma )?(?:caixa|cartela|embalagem|caixinha|blister)s? (?:inteira|toda|completa|cheia)s?",
        r"(?:o |um )?(?:frasco|vidro|pote|tubo)s? (?:inteiro|todo|completo|cheio)s?",
        r"(?:uma|duas|tres|quatro|cinco|\d+) (?:caixas?|cartelas?|embalagens?|frascos?|vidros?|blisters?) (?:de|do"
        r"|da)", r"(?:um|uns) (?:monte|montao|bocado|punhado)s?(?: de)?",
        r"(?:uma|umas) (?:porrada|pancada|data|carrada|mao cheia|mao-cheia|porcao|serie)s? de",
        r"(?:montes de|punhados|muitos|muitas|varios|varias|bue de|bue|imensos|imensas)" + _NOT_UNIT,
        r"(?:\d{2,3}|dez|doze|quinze|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|duzentos)"
        r"(?: e \w+)?(?: \w+)? (?:" + _PILLS_PL + r"|de uma vez|de rivotril|de \w+ de uma vez)",
        r"o dobro|o triplo|dose (?:dupla|tripla|cavalar|enorme|gigante|letal|excessiva)",
        r"de uma (?:so )?vez|duma vez|de seguida|de uma assentada",
        r"(?<!nada )(?<!nada de )(?<!nao e )(?<!nao foi )demais|a mais|em excesso|excessiv\w+",
        r"o resto(?: d[oa]s? \w+)?",
        r"o que (?:sobrou|restava|havia|tinha)(?: (?:no|na) (?:armario|gaveta|caixa|casa de banho|banheiro))?",
        r"eles todos|elas todas",
        # Drinks: a bottle of wine or spirits, four drinks or more, litres; drinking until passing out.
        r"(?:uma|duas|tres|meia|\d) garrafas? (?:inteiras? )?de (?:vinho|whisky|uisque|vodka|vodca|cachaca|pinga|gin"
        r"|rum|licor|aguardente|tequila|espumante|cerveja)",
        r"(?:[4-9]|1\d|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte)(?: ou (?:[4-9]|1\d|\w+))? (?:cervejas"
        r"|latas|latinhas|copos|doses|shots|garrafas|imperiais|finos|minis|canecas|caipirinhas|long ?necks|litroes"
        r"|brejas|cervas|tacas)", r"litros de (?:cerveja|vinho|pinga|cachaca)", r"(?:dois|tres|\d) litros",
        r"ate (?:cair|apagar|desmaiar|perder os sentidos|nao me lembrar|nao lembrar de nada|vomitar)",
    ],
    symptom=[
        r"tont[oa]|tonteira|tontura|zonz[oa]|sonolent[oa]|(?:com )?muito sono|grogue|atordoad[oa]",
        r"nao (?:consigo|consegue) (?:manter os olhos abertos|abrir os olhos|ficar acordad[oa]|respirar|sentir (?:as"
        r"|os|a|o) \w+|me mexer|mexer|ver direito|enxergar|falar direito|ficar em pe|levantar)",
        r"vomit\w+|(?:a|estou a|to|tou) (?:vomitar|deitar tudo fora)|enjoad[oa]|enjoo|nauseas?|maldispost[oa]",
        r"coracao (?:esta |ta )?(?:disparado|acelerado|a mil|a bater (?:muito )?forte|batendo (?:muito )?forte"
        r"|descompassado|aos saltos|aos pulos|a saltar|a sair pela boca|saindo pela boca|a bater (?:muito )?(?:rapido"
        r"|depressa)|batendo (?:muito )?(?:rapido|depressa))", r"zumbido (?:no|nos) ouvidos?",
        r"taquicardia|palpitacoes|(?:a suar|suando|transpirando|a transpirar|suo|suei) (?:muito|imenso|bue|em bica"
        r"|que nem|frio|sem parar|demais)|suor frio|(?:a tremer|tremendo|tremo) (?:todo|toda|sem parar|demais)",
        r"visao (?:turva|embacada|dupla)|vejo tudo (?:turvo|embacado|a dobrar)",
        r"tudo (?:a rodar|rodando|girando|a girar|escuro|embacado|turvo)",
        r"(?:a )?(?:desmaiar|apagar)|desmaiando|apagando|quase a desmaiar|vou desmaiar",
        r"dormente|formigamento|formigando|a formigar",
        r"dor (?:no estomago|de barriga|no peito|de estomago|na barriga)|queimando por dentro|a queimar por dentro|a"
        r" boca a arder|boca queimando",
        r"(?<!nao )(?<!n )(?<!nem )(?:me sinto|sinto-me|to|tou|estou) (?:muito )?(?:estranh[oa]|esquisit[oa]|mal"
        r"|fraquinh[oa]|fraca|fraco|a"
        r" apagar|gelad[oa])",
        r"suando frio|suores frios|a suar frio|tremendo muito|a tremer muito|convuls\w+|espumando",
        r"(?:muito |toda |todo |super )?(?:palid[oa]|branc[oa] como (?:a cal|cera|papel)|sem cor|amarel[oa])|(?:esta"
        r"|ta|ficou|fiquei|estou|to|tou) (?:muito |toda |todo )?(?:confus[oa]|desorientad[oa]|esquisit[oa]|molinh[oa]"
        r"|mole|fraquinh[oa]|gelad[oa]|sem forcas|a delirar|delirando|a alucinar|alucinando)",
        r"(?:nao|mal) (?:responde|acorda|reage|fala direito|consegue falar|se mexe|respira)|respira(?:cao|ndo)?"
        r" (?:muito )?(?:fraca|fraco|devagar|mal|com dificuldade)|labios (?:roxos|azuis)|pupilas? (?:dilatad"
        r"|contraid)[oa]s?"
        r"|(?:muito )?sonolent[oa]|a cair de sono|caindo de sono|pressao (?:muito )?(?:baixa|caiu)|desmai(?:ou|ei|a)",
    ],
    under_way=[
        # the car left on a bridge: "to na ponte, parei o carro no acostamento"
        r"(?:ponte|viaduto)(?:[ -]\w+){0,3}\W{1,3}(?:\w+ )?(?:parei|estacionei|deixei|larguei|encostei) o carro(?: (?:no"
        r" acostamento|na berma|no meio|em cima|ali|aqui|e (?:sai|desci)))?(?![^.!?\n]{0,80}\b(?:fotos?|paisagem"
        r"|pneu|furou|avari\w*|pane|enguic\w*|quebrou|transito|engarrafad\w*|acidente|policia|gasolina|combustivel"
        r"|bateu|batida|reboque|guincho|seguro|telefone|celular|ligacao|atender|mapa|gps|esperar|buscar|xixi"
        r"|mijar|passageir\w*|carona|boleia)\b)",
        r"(?:parei|estacionei|deixei|larguei|encostei) o carro (?:no acostamento |na berma )?(?:em cima|no meio|na beira"
        r"|a beira) d[ao] (?:ponte|viaduto)(?![^.!?\n]{0,80}\b(?:fotos?|paisagem|pneu|furou|avari\w*|pane|enguic\w*"
        r"|quebrou|transito|engarrafad\w*|acidente|policia|gasolina|combustivel|bateu|batida|reboque|guincho"
        r"|seguro|telefone|celular|ligacao|atender|mapa|gps|esperar|buscar|xixi|mijar|passageir\w*|carona|boleia)\b)",
        r"(?:sentad[oa]|estou|to|tou|fechad[oa]|trancad[oa]|deitad[oa]) (?:aqui )?(?:dentro )?(?:no|do|dentro do) "
        r"(?:meu )?carro (?:\w+ ){0,6}(?:mangueira|escape|escapamento|fumo|fumos|fumaca|monoxido)",
        r"motor (?:esta |ta )?(?:ligado|a trabalhar|funcionando)(?: \w+){0,5} (?:garagem|mangueira)(?! (?:do|da) "
        r"(?:shopping|centro|predio|empresa|trabalho|escritorio))",
        r"garagem (?:\w+ ){0,4}motor (?:esta |ta )?(?:ligado|a trabalhar|funcionando)",
        r"(?:a )?(?:corda|cinto|forca|laco|lencol) (?:ja )?(?:esta |ta )?(?:no|a volta do|em volta do|ao redor do"
        r"|enrolad[oa] no) (?:meu )?pescoco|com a corda no pescoco|(?:pus|coloquei|pondo|colocando|a por) (?:a )?"
        r"(?:corda|forca|laco|cinto) (?:no|a volta do|em volta do|ao redor do) (?:meu )?pescoco",
        r"(?:em pe|sentad[oa]|parad[oa]|pendurad[oa]) (?:no|na|em cima do|em cima da) (?:beira|borda|parapeito|beiral"
        r"|grade|corrimao|muro) (?:d[ao] )(?:\w+ )?(?:ponte|viaduto|predio|sacada|varanda|telhado|terraco|penhasco"
        r"|falesia|precipicio|plataforma|ultimo andar|edificio|torre)",
        r"(?:em pe|sentad[oa]|deitad[oa]|parad[oa]) (?:nos|em cima dos|entre os|na|em cima da) (?:trilhos|carris"
        r"|linha do (?:trem|comboio))|(?:estou|to|tou) (?:nos|em cima dos|entre os) (?:trilhos|carris)",
        r"(?:com|tenho|to com|tou com|estou com) (?:a|uma) (?:faca|lamina|gilete|navalha|x-acto) na mao (?:\w+ ){0,5}"
        r"(?:pulsos?|cortar-me|me cortar|me matar|matar-me|acabar com tudo)",
        r"(?:faca|lamina|gilete|navalha) (?:ja )?(?:esta |ta )?(?:na minha mao|no meu pulso|encostada (?:a|ao|no|na) "
        r"(?:meu|minha) (?:pulso|pescoco|garganta)|contra o meu)",
        r"(?:arma|pistola|revolver|cano) (?:ja )?(?:esta |ta )?(?:na minha (?:mao|boca|cabeca)|apontad[oa] (?:para"
        r"|pra|a) (?:a )?minha cabeca|encostad[oa] (?:a|na) (?:minha )?(?:cabeca|testa)|na minha boca)",
        r"(?:cortei|corte|cortes|pulsos?|braco|bracos|perna|pernas)(?: \w+){0,6} (?:a sangrar|sangrando|sangra|(?:nao"
        r"|ja nao) para de sangrar)(?: muito| sem parar| imenso| bue)?",
        r"(?:a sangrar|sangrando) (?:muito|sem parar|imenso) (?:\w+ ){0,4}(?:pulso|pulsos|corte|cortes|braco|bracos)",
        r"(?:a )?agua (?:ja )?(?:esta |ta )?(?:pelo|no|ate o|ate ao|pela) (?:meu |minha )?(?:pescoco|queixo)",
        r"(?:estou|to|tou|ja estou) (?:dentro )?(?:no|do|dentro do|dentro da|na) (?:rio|mar|agua|lago|lagoa|represa) "
        r"(?:\w+ )?(?:a afundar|afundando|sem (?:saber|conseguir) nadar|com pedras)",
        r"(?:liguei|abri) o gas (?:\w+ ){0,3}(?:fechei|janelas fechadas|porta fechada|e (?:me )?deitei)|carvao (?:ja"
        r" )?(?:esta |ta )?aceso (?:no|na) (?:quarto|banheiro|casa de banho|carro)|(?:acendi|acendo) o carvao (?:no"
        r"|na) (?:quarto|banheiro|casa de banho|carro)",
        r"(?:amarrei|atei|prendi) a corda (?:e|ja) (?:estou|to|tou) (?:em cima|de pe|pront[oa])",
    ],
    at_place=[
        # at an edge over the water, looking down: "estou na ponta da ilha a olhar o mar"
        r"(?:estou|to|tou|eu estou|eu to|cheguei|sentad[oa]|em pe|parad[oa]|aqui)(?: aqui| agora| sozinh[oa])?"
        r" (?:na|no|a|ao|em cima d[ao]|a beira d[ao]|na beira d[ao]) (?:ponta|beira|borda|extremidade|molhe|paredao"
        r"|pontao|cais|falesia|arriba|rochas|penedo|precipicio|escarpa|ravina|barragem|ponte|viaduto)(?: d[oa] \w+)?"
        r"(?: \w+){0,2} (?:a olhar|olhando|a ver|vendo|a fitar|de frente|virad[oa])(?: (?:para|pra|pro))? (?:o|a|as|os)"
        r" (?:mar|rio|agua|aguas|oceano|vazio|abismo|precipicio|ondas|fundo|baixo)",
        # on the way to a jumping place: "to indo pra ponte", "estou a caminho do viaduto"
        r"(?:estou|to|tou|vou|ja estou|ja to)(?: agora)? (?:indo|a ir|a caminho|andando|caminhando|a andar|a caminhar)"
        r" (?:pra|para|ate|em direcao|em direcao a|d[ao]) (?:a |o )?(?:ponte|viaduto|penhasco|falesia|precipicio"
        r"|linha do (?:trem|comboio)|linha ferrea|trilhos|carris|arriba|barragem)",
        r"(?:estou|to|tou|ja estou|ja to|cheguei)(?: aqui)? (?:na|a) (?:estacao|plataforma|gare)(?=[^\n]{0,60}\b(?:trem"
        r"|comboio|metro)\b[^\n]{0,40}\b(?:passa|chega|vem|vai passar|a chegar|chegando)\b)",

        r"(?:estou|to|tou|eu to|eu estou|eu tou|ja estou|ja to|cheguei|vim|sentad[oa]|em pe|parad[oa]|aqui|estou aqui"
        r"|to aqui|tou aqui)(?: aqui| agora| sozinh[oa])? (?:em cima d[ao]|no alto d[ao]|no topo d[ao]|no cimo d[ao]"
        r"|na beira d[ao]|a beira d[ao]|no parapeito d[ao]|na borda d[ao]|no meio d[ao]|na grade d[ao]|n[ao]|a|ao"
        r"|junto a|junto d[ao]|ao pe d[ao]) (?:\w+ )?(?:ponte|viaduto|penhasco|falesia|precipicio|ravina|arriba"
        r"|escarpa|linha do (?:trem|comboio)|linha ferrea|trilhos|carris)" +
        _ORDINARY_PLACE,
        r"(?:estou|to|tou|eu to|eu estou|ja estou|ja to|cheguei|subi|sentad[oa]|em pe|parad[oa]|aqui)(?: aqui|"
        r" agora)? (?:em cima d[ao]|no parapeito d[ao]|na beira d[ao]|a beira d[ao]|na borda d[ao]|no beiral d[ao]|do"
        r" lado de fora d[ao]) (?:\w+ )?(?:predio|edificio|telhado|terraco|cobertura|laje|sacada|varanda|ultimo andar"
        r"|plataforma|torre|muralha|grade|barragem|represa)" + _ORDINARY_PLACE,
        r"(?:estou|to|tou|ja estou|subi|cheguei)(?: aqui)? (?:ao|no) (?:ultimo andar|telhado|terraco) (?:d[oa] )?"
        r"(?:\w+ )?(?:predio|edificio|hospital|shopping|centro comercial|parque de estacionamento|estacionamento)" +
        _ORDINARY_PLACE,
        r"(?:parad[oa]|sentad[oa]|a espera|esperando|em pe) (?:ao pe|junto|perto|ao lado|na beira|a beira) (?:d[ao]s?"
        r" )?(?:linha do (?:trem|comboio)|trilhos|carris|penhasco|falesia|precipicio)",
        r"(?:o |a )?(?:proximo |proxima )?(?:trem|comboio|metro|composicao) (?:esta |ta )?(?:a chegar|chegando|vindo"
        r"|a vir|vem ai|ja vem)(?: (?:e|eu) (?:vou|salto|pulo|me jogo|atiro-me))",
    ],
    access=[
        r"(?:eu |ja |finalmente )?(?:tenho|comprei|arranjei|consegui|peguei|roubei|encontrei|achei|guardei|escondi"
        r"|separei|juntei|trouxe|busquei|fui buscar|encomendei|mandei vir|levantei|tirei)(?:-os|-as|-o|-a)?(?: aqui)?",
        r"(?:estao|esta|ta|tao|fica|ficam|estao todos|esta tudo|ta tudo|ja estao|ja esta) (?:\w+ )?(?:aqui|comigo"
        r"|pront[oa]s?|preparad[oa]s?|separad[oa]s?|a mao|ao meu lado|ao pe de mim|a minha frente|na minha frente|em"
        r" cima da (?:mesa|cama|cabeceira|bancada)|na (?:gaveta|mochila|bolsa|mala|mesa|cabeceira|garagem|despensa"
        r"|cozinha|casa de banho)|no (?:quarto|carro|bolso|armario|sotao|porao|banheiro|guarda-roupa|roupeiro))",
        r"na minha (?:mao|frente|bolsa|mochila|gaveta|mala|cabeceira|mesa)|nas minhas maos|no meu (?:bolso|quarto"
        r"|carro|armario)|a minha frente|ao meu lado|ao alcance|a mao|aqui comigo|comigo aqui|aqui ao lado",
        r"(?:na|no) (?:garagem|sotao|porao|arrecadacao|despensa|barracao|quintal|anexo|armazem)",
        r"(?:com|levo|levar|levei|trago|trouxe|tenho) (?:a|uma|o|um|minha|meu) (?:faca|arma|pistola|revolver|navalha"
        r"|machado|martelo|taco|espingarda|cacadeira|facao|catana)",
        r"(?:escondid|guardad|separad|contad|alinhad|preparad)[oa]s?", r"tenho (?:tudo|o que preciso|o necessario)",
    ],
    time_soon=[
        # the children away, a window of opportunity: "os miudos estao na escola"
        r"(?:os miudos|as criancas|os meninos|as meninas|os filhos|os meus filhos|meus filhos|as minhas filhas|minhas"
        r" filhas|o meu marido|meu marido|a minha mulher|minha mulher|toda a gente|todo mundo|todos) (?:ja )?(?:estao"
        r"|tao|esta|ta|foram|foi|saiu|sairam) (?:na escola|na creche|fora|com (?:o pai|a mae|a avo|os avos)|a dormir"
        r"|dormindo|a trabalhar|trabalhando|de viagem)",
        r"hoje(?: mesmo| a noite| de noite| ainda)?" + _WELL_NOW + r"|hj(?: a noite| de noite)?"
        r"|esta noite|essa noite|nesta noite|nessa"
        r" noite|ainda hoje|logo a noite|logo mais|mais logo|mais tarde|esta madrugada|essa madrugada|de madrugada"
        r"|esta tarde|essa tarde",
        r"agora(?: mesmo)?" + _WELL_NOW + r"|ja ja|daqui a (?:pouco|bocado|um bocado|nada)"
        r"|dentro de (?:pouco|momentos|instantes)",
        r"(?:daqui a|dentro de|em) (?:uma|duas|tres|meia|poucas|algumas|umas|\d+|alguns|poucos|uns|cinco|dez|vinte"
        r"|trinta) (?:e meia )?(?:horas?|minutos?|min|h|hrs?)",
        r"amanha(?: de manha| a noite| de noite| cedo| logo)?|amnh|amanhã",
        r"(?:este|esse|neste|nesse|no proximo|no) fim de semana|(?:este|esse) fds|no fds",
        r"(?:a|as|por volta da|por volta das|la pela|la pelas) (?:\d{1,2}(?:h|:\d\d| horas)?|meia-noite|meia noite)",
        r"(?:quando|assim que|depois que|logo que) (?:todos|todo mundo|toda a gente|eles|elas|os miudos|as criancas"
        r"|os meninos|o meu marido|meu marido|a minha mulher|minha mulher|minha esposa|os meus pais|meus pais|a minha"
        r" mae|minha mae|o meu pai|meu pai|ele|ela)(?: \w+)? (?:dormirem|dormir|forem dormir|for dormir|sairem|sair"
        r"|se deitarem|se deitar|adormecerem|adormecer|sairem de casa|forem trabalhar|for trabalhar|forem embora|for"
        r" embora)",
        r"quando (?:escurecer|anoitecer|ficar escuro|for de noite)|antes de (?:amanhecer|o dia nascer|o sol nascer"
        r"|alguem acordar|eles acordarem|eles voltarem)",
        r"(?:na|nesta|nessa|esta|essa|ate|ate a|proxima) (?:segunda|terca|quarta|quinta|sexta)(?:-feira| feira)?|"
        r"(?:segunda|terca|quarta|quinta|sexta)-feira|(?:no|neste|nesse|este|esse|ate|ate o|proximo) (?:sabado"
        r"|domingo)", r"(?:no )?(?:meu|dia do meu) aniversario",
        r"(?:e|sera|vai ser) hoje|hoje e o dia|e agora ou nunca|chegou a hora|de hoje nao passa|o momento (?:certo"
        r"|perfeito|e agora)", r"(?:para|pra) (?:hoje|esta noite|logo)",
        r"(?:a )?(?:esperar|esperando|a espera d[ae]|aguardando|a aguardar|a ganhar|ganhando|juntando|a juntar) (?:a "
        r"|ter |ganhar |criar |pela |por |um pouco de |mais )?coragem|(?:a beber|bebendo|bebi|bebo|tomei|tomando)"
        r" (?:\w+ ){0,2}(?:para|pra) (?:ganhar|ter|criar|arranjar) coragem",
    ],
    time_recent=[
        r"(?:ha|faz|tem|a) (?:uns |umas |cerca de |quase |mais de |uns bons |umas boas |coisa de )?(?:uma|duas|tres"
        r"|quatro|cinco|meia|\d+|alguns|algumas|poucos|poucas|dez|quinze|vinte|trinta|quarenta) (?:e meia |e pouco )?"
        r"(?:horas?|minutos?|mins?|h|hrs?)(?: atras)?",
        r"(?:\d+ ?(?:h|min|mins|minutos|horas)|(?:uma|meia|duas) horas?|(?:dez|vinte|trinta|quinze) minutos) atras",
        r"(?:ha|faz) (?:pouco|pouquinho|bocado|um bocado|um bocadinho|instantes|nada)(?! tempo)|agora ha pouco|ainda"
        r" agora|agorinha|acabei de|acabo de|acabou de",
        r"antes de (?:te )?(?:escrever|mandar|enviar|ligar)(?: (?:esta|essa) mensagem)?", r"desde as \d{1,2}",
    ],
    intent=[
        r"(?:ja )?(?:decidi|resolvi|me decidi|decidi-me|estou decidid[oa]|to decidid[oa]|tomei (?:a|uma|minha|a"
        r" minha) decisao)(?! (?:ir|ficar|comprar|mudar|estudar|aceitar|sair|viajar|voltar|fazer (?:uma|um)|que vou "
        r"(?:ficar|mudar|estudar))\b)", r"(?:esta|ta|ja esta|ja ta|e) (?:tudo )?(?:decidido|resolvido)",
        r"(?:a )?(?:minha )?decisao (?:ja )?(?:esta|ta|foi) tomada|minha mente (?:ja )?(?:esta|ta) decidida",
        r"(?:nao|n|naum|ja nao) (?:ha|tem) (?:mais )?volta(?! a dar)|(?:nao|n|naum|ja nao) (?:vou )?(?:volto|voltar"
        r"|vou voltar) atras",
        r"(?:vou|eu vou|vou mesmo|desta vez vou) (?:fazer (?:isso|isto)|faze-lo|levar (?:isto|isso) (?:ate ao fim|ate"
        r" o fim|adiante|avante)|ate ao fim|ate o fim|seguir com o plano|conseguir)(?: (?:desta vez|de vez|hoje|agora"
        r"|esta noite))",
        r"desta vez (?:e|vai ser) (?:pra|para) valer|desta vez nao (?:falho|vou falhar)|nao vou falhar (?:desta vez"
        r"|outra vez|de novo)",
        r"(?:ja )?(?:sei|tenho pensado|pensei) (?:exatamente |exactamente |bem )?(?:como|quando|onde) (?:vou fazer"
        r"|fazer|o vou fazer|vai ser|vou)",
        r"(?:tenho|fiz|tracei) (?:um|o) plano|(?:ja )?(?:tenho|esta|ta) tudo (?:planead|planejad|pensad|preparad"
        r"|organizad)[oa]|(?:ja )?(?:planejei|planeei|preparei|pensei em) tudo",
        r"(?:nada|ninguem)(?: nem ninguem)? (?:me )?(?:vai|pode|consegue) (?:me )?(?:impedir|parar|salvar|fazer mudar"
        r" de ideia|fazer desistir)",
        r"(?:estou|to|tou) em paz com (?:a )?(?:minha )?(?:decisao|isso|isto)|fiz as pazes com (?:a )?(?:minha )?"
        r"(?:decisao|isso|isto)",
        r"(?:hoje|esta noite|essa noite|amanha) (?:e|sera) (?:o dia|a noite)|chegou (?:a hora|o dia|o momento)|e"
        r" agora ou nunca|de hoje nao passa|(?:hoje|amanha|esta noite|logo)(?: a noite| de noite)? (?:tudo )?(?:acaba"
        r"|termina)(?: tudo)?(?= ?(?:$|[.!?,;\n]|(?:tudo|isto|isso|de vez|para sempre|pra sempre)\b))",
        r"(?:vou|quero|vou mesmo|eu vou) (?:saltar|pular|me jogar|jogar-me|me atirar|atirar-me)(?! (?!e\b)\w)",
        r"vou fazer(?: isso| isto)?(?=\s*(?:$|[.!]))|(?:vou|eu vou) faze-lo",
        r"vou (?:tomar|beber|engolir)(?:-os|-as|-lo|-la)?(?: (?:tudo|tod[oa]s|de uma vez|eles todos|elas todas))?(?= "
        r"(?:quando|hoje|esta noite|assim que|logo|amanha|depois que|a noite|de noite|mais logo)\b)",
        r"vou (?:tomar|beber|engolir) (?:tudo|tod[oa]s (?:os|as|de uma vez)|eles todos|elas todas|(?:o |a |os |as )?"
        r"(?:\w+ )?(?:" + _POISON + r"))",
        r"(?:estou|to|tou|ja estou|sinto-me|me sinto) pront[oa](?! (?:para|pra|a) )",
        r"(?:nao|nao me) (?:tentem|tente|venham|procurem|chamem)(?: me)? (?:impedir|parar|salvar|encontrar|procurar"
        r"|atras de mim|a policia|o inem|o samu|os bombeiros|ninguem)|nao me procurem|nao me tentem (?:salvar|impedir"
        r"|parar)", r"(?:a )?(?:minha )?(?:ultima|derradeira) (?:decisao|noite|mensagem|despedida)",
    ],
    prep=[
        # belongings of every day handed over: "ja deixei a carteira e as chaves com o meu mano"
        r"(?:ja )?(?:deixei|entreguei|dei|passei|larguei)(?: \w+){0,2} (?:a|as|o|os|minha|minhas|meu|meus) (?:carteira"
        r"|chaves|documentos|telemovel|celular|cartoes|cartao|relogio|alianca|anel|dinheiro) e (?:a|as|o|os|minha"
        r"|minhas|meu|meus) (?:carteira|chaves|documentos|telemovel|celular|cartoes|cartao|relogio|alianca|anel"
        r"|dinheiro)",
        # passwords and bank access handed over: "ja passei pra minha mae a senha do celular e do banco"
        r"(?:ja )?(?:lhe |lhes )?(?:passei|dei|deixei|mandei|enviei|entreguei|anotei|escrevi|partilhei"
        r"|compartilhei)(?: (?:a|ao|pra|para|pro) (?:minha|meu|a minha|o meu) \w+)? (?:as|a|minhas|minha|todas as"
        r"|as minhas|a minha) (?:senhas?|passwords?|codigos?|pins?|acessos?)(?: \w+){0,2} (?:do|da|dos|das|de)"
        r" (?:banco|conta|contas|celular|telemovel|telefone|email|e-mail|redes|cartao|cartoes)(?= e (?:do|da|dos"
        r"|das|as|a|o)\b|(?: \w+){0,2} e (?:do|da) (?:banco|conta|contas|celular|telemovel|email|cartao)\b)",
        # belongings given away: "dei as minhas plantas todas a vizinha", "o fio de ouro da minha mae a minha sobrinha"
        r"(?:dei|doei|ofereci|entreguei|distribui|passei|estou a dar|estou dando|to dando|tou a dar)(?: \w+)?"
        r" (?:as minhas|os meus|minhas|meus|as|os|tod[oa]s as minhas|todos os meus) (?:plantas|joias|aneis|anel"
        r"|relogios?|fios? de ouro|cordoes|cordao|colares?|aliancas?|quadros|ferramentas|discos|colecoes|colecao"
        r"|fotografias)(?: \w+){0,4} (?:a|ao|aos|as|pra|para|pro) (?:minha |meu |a minha |o meu |a |o )?\w+"
        r"(?![^.!?\n]{0,60}\b(?:mudar|mudanca|morar fora|emigrar|emigro|viajar|viagem|ferias|regar|enquanto|ate eu"
        r" voltar|aniversario|natal|casamento|presente)\b)",
        r"(?:o|a|os|as) (?:fio|cordao|colar|anel|aneis|relogio|alianca|joias|broche|brincos) (?:de ouro |de prata )?"
        r"(?:da minha|do meu) (?:mae|pai|avo|marido|mulher)(?: \w+){0,2} (?:a|ao|pra|para|pro) (?:minha|meu"
        r"|a minha|o meu) (?:sobrinh[oa]|net[oa]|filh[oa]|irm\w+|afilhad[oa]|prim[oa])",
        r"(?:ja )?(?:pesquisei|pesquiso|pesquisando|a pesquisar|procurei|procuro|procurando|googlei|andei a ver|andei"
        r" vendo|fui ver|vi na internet|li sobre)(?= (?:\w+ ){0,3}(?:altura|dose letal|doses? letais|quant[oa]s "
        r"(?:comprimidos|pilulas|remedios)|como (?:me matar|morrer|se matar|se enforcar|fazer um no|nao acordar)"
        r"|metodos|formas de (?:morrer|me matar)|maneiras de (?:morrer|me matar)|predios? alt|pontes? alt|qual (?:a )?"
        r"(?:altura|dose)|o andar|andares|venenos?|chumbinho))(?![^.!?\n]{0,80}\b(?:trabalho|arquitetura|engenharia"
        r"|obra|projeto|faculdade|escola|aula|apartamento|alugar|comprar|mudanca|escalada|paraquedas|drone|fotos?)\b)",
        r"(?:deixei|entreguei|levei|dei|passei|vou deixar|fui deixar) (?:o|a|os|as|meu|minha|meus|minhas|o meu|a minha"
        r"|os meus|as minhas) (?:\w+ )?(?:cachorros?|caes|cao|gat[oa]s?|cadelas?|cachorras?|pets?|animais|bichos"
        r"|passaros?|periquitos?|coelhos?) (?:com|a|ao|aos|as|pra|para|na casa d[aoe]s?)(?: \w+){0,2} (?:vizinh\w+"
        r"|amig\w+|irm\w+|mae|pai|tia|tio|avo|avos|prim[oa]s?|familia|sogr\w+|cunhad\w+)" + _NOT_TRIP,
        r"(?:escrevi|deixei|terminei|acabei de escrever) (?:uma |a )?carta (?:pra|para|pro|ao|a) (?:o |a )?(?:meu"
        r" |minha |o meu |a minha )?(?:irm\w+|mae|pai|marido|mulher|esposa|namorad\w+|companheir\w+|amig\w+|avo"
        r"|familia|pais)\b(?![^.!?\n]{0,60}\b(?:aniversario|natal|parabens|dia d[oa]s? (?:pai|mae|namorados)"
        r"|casamento|intercambio|erasmus|viagem|pedir|reclamar|desculpas? por)\b)",
        r"(?:escrevi|escrevo|escrevendo|a escrever|deixei|deixando|a deixar|terminei|acabei de escrever|fiz|gravei"
        r"|selei|deixo) (?:\w+ ){0,3}cartas (?:\w+ ){0,2}(?:de despedida|(?:para|pra|pros|pras|aos|as|a|ao) (?:\w+"
        r" ){0,2}(?:filh\w+|criancas|miudos|meninos|familia|netos|netas|pais|mae|pai|marido|mulher|esposa|namorad\w+"
        r"|companheir\w+|irm\w+|amig\w+|todos|toda a gente|todo mundo|cada um|quem (?:fica|amo)))",
        r"(?:escrevi|escrevo|escrevendo|a escrever|deixei|deixando|a deixar|terminei|fiz|gravei|deixo) (?:\w+ ){0,3}"
        r"(?:carta|bilhete|video|mensagem|recado)s? (?:\w+ ){0,2}(?:para|pra|pros|pras|aos|as|a|ao|à) (?:\w+ ){0,2}"
        r"(?:filhos|filhas|criancas|miudos|meninos|familia|netos|todos|toda a gente|todo mundo|cada um|pais)",
        r"(?:escrevi|escrevendo|a escrever|deixei|deixando|a deixar|terminei|acabei de escrever|selei|deixo) (?:\w+"
        r" ){0,2}cartas? (?:\w+ ){0,2}(?:para|pra|pro|ao|a) (?:o |a |meu |minha |o meu |a minha )?(?:filh[oa]"
        r"|miud[oa]|menin[oa]|net[oa]|crianca|bebe|pequen[oa]|cacula|mais velh[oa]|mais nov[oa])\b(?![^.!?\n]{0,60}"
        r"\b(?:aniversario|natal|parabens|dia d[oa]s? (?:pai|mae|criancas)|escola|acampamento|colonia de ferias"
        r"|formatura|batizado|batismo|comunhao|crisma|casamento|tropa|quartel|intercambio|erasmus|viagem)\b)",
        r"(?:cartas?|bilhetes?|mensage(?:m|ns)|videos?|notas?|recados?) (?:de )?(?:despedida|adeus|suicidio)|"
        r"(?:ultimas? cartas?|ultima carta)",
        r"(?:fiz|atualizei|actualizei|escrevi|terminei|deixei|organizei|tratei do|registei|registrei|mudei|fazer"
        r"|fazendo|a fazer) (?:o )?(?:meu )?testamento",
        r"(?![^.!?\n]{0,25}\b(?:para|pra) (?:adocao|o veterinario|vacinar|lavar|tosquiar))(?:dei|doei|estou dando"
        r"|estou a dar|ando a dar|dando|doando|a doar|vou dar|quero dar|ofereci|entreguei|distribui|passei|tou dando"
        r"|to dando|estou doando|estou a doar)(?: \w+)? (?:(?:o meu|a minha|os meus|as minhas|meu|minha|meus|minhas|o"
        r"|a|os|as) (?:\w+ )?(?:cao|cachorro|cadela|cachorra|gato|gata|gatos|gatas|caes|cachorros|animais|bichos"
        r"|passaro|periquito|papagaio|coelho|peixes|pets?)|(?:o meu|a minha|os meus|as minhas|meu|minha|meus|minhas"
        r"|tod[oa]s (?:os meus|as minhas|as|os)) (?:\w+ )?(?:coisas|pertences|roupas|joias|bens|objetos|objectos"
        r"|colecao|coleccao|guitarra|violao|livros))(?! (?:velhas|que ja nao|que nao uso|que nao servem|ao"
        r" veterinario|no veterinario|para lavar|pra lavar|d(?:ele|ela|eles|elas)\b))(?![^.!?\n]{0,60}\b(?:mudar"
        r"|mudanca|morar fora|emigrar|emigro|alergi\w+|espaco|nao posso ter|senhorio|vou morar|viajar))",
        r"(?:arranjei|encontrei|achei|procuro|procurando|a procurar|estou a procurar|estou procurando) (?:uma |um )?"
        r"(?:nova |novo )?(?:casa|lar|dono|dona|familia|tutor|tutora) (?:para|pra|pro|pros) (?:o |a |os |as )?(?:meu "
        r"|minha |meus |minhas )?(?:cao|cachorro|cadela|cachorra|gato|gata|gatos|caes|cachorros|animais|bichos"
        r"|passaro|coelho)",
        r"(?:(?:pedi|combinei|deixei combinado|ja pedi|ja combinei|falei com|arranjei|deixei)(?: \w+){0,9} )?"
        r"(?:cuid\w+|tom\w+ conta|fic\w+ com|aliment\w+|cri\w+|olh\w+ por|olh\w+ pel[oa]s?) (?:\w+ ){0,5}(?:quando "
        r"(?:eu )?(?:ja )?(?:nao estiver|ca nao estiver|partir|morrer|me for|for embora|faltar|tiver partido|tiver"
        r" ido)|depois (?:que eu|de eu) (?:partir|morrer|me ir|ir embora|for)|se (?:algo|alguma coisa) me acontecer"
        r"|caso (?:algo|alguma coisa) me aconteca|se me acontecer (?:algo|alguma coisa)|na minha falta|quando eu"
        r" faltar)",
        r"(?:quem|alguem) (?:vai|podera|ira|possa|pode|tem de|tem que) (?:cuidar|tomar conta|ficar com) (?:d[oa]s? )?"
        r"(?:os |as )?(?:meus|minhas|meu|minha) (?:filh\w+|criancas|miudos|meninos|cao|cachorro|gato|gatos|animais"
        r"|plantas)(?: \w+){0,3} (?:quando|depois|se)",
        r"(?:pus|coloquei|pondo|colocando|a por|por|deixei|deixando|deixar) (?:os meus |meus |as minhas |minhas |a"
        r" minha |minha |os |as |a )?(?:assuntos|papeis|documentos|vida|tudo|coisas|negocios|contas) em ordem (?:para"
        r"|pra|antes|quando|depois)",
        # "ja deixei tudo arrumado", "deixei tudo organizado, os documentos estao na gaveta"
        r"(?:ja )?(?:deixei|deixo|tenho|esta|ta|fica|ficou) (?:tudo|as coisas|as minhas coisas|minhas coisas|a papelada"
        r"|os papeis|os documentos) (?:ja )?(?:arrumad[oa]s?|organizad[oa]s?|em ordem|tratad[oa]s?|resolvid[oa]s?"
        r"|arranjad[oa]s?|preparad[oa]s?|orientad[oa]s?)(?=\W*$|\W*[.,;:!?]| e\b| para (?:quando|voces|vcs|ti|vc"
        r"|voce|que nao)\b| pra (?:quando|voces|vcs|ti|vc|voce|que nao)\b)(?!(?:\W+\w+){0,12}\W+(?:viagem|ferias"
        r"|mudanca|festa|casamento|reuniao|visita|obra|exame|prova|apresentacao|aniversario|natal|jantar|mala"
        r"|malas|amanha de manha)\b)",
        r"(?:os |as |meus |minhas |os meus |as minhas )?(?:documentos|papeis|papeladas?|apolices?|escrituras?"
        r"|testamento|senhas|dados do banco|cartoes do banco) (?:do banco |da casa |do seguro |importantes )?(?:estao"
        r"|esta|ficam|ficaram|deixei|tao|ta) (?:tod[oa]s )?(?:n[ao]|em cima d[ao]|dentro d[ao]) (?:\w+ )?(?:gaveta"
        r"|mesa|armario|pasta|envelope|escrivaninha|cofre|comoda|cabeceira)(?=(?:\W+\w+){0,40}?\W+(?:comprimidos"
        r"|remedios|hoje a noite|esta noite|nao quero mais|dar trabalho|cansad[oa]|nao se preocupe|nao te preocupes"
        r"|perdao|perdoa|adeus|amo voces|te amo|peso|morrer|me matar|despedi\w*)\b)",
        r"(?:senhas|passwords|codigos|pins?|dados bancarios)(?: \w+){0,4} (?:para|pra|com) (?:o meu|a minha|meu|minha"
        r"|os meus|meus) (?:\w+ )?(?:filh\w+|marido|mulher|esposa|irm\w+|mae|pai|companheir\w+)",
        r"(?:cancelei|fechei|apaguei|encerrei|desativei|desactivei) (?:todas )?(?:as )?(?:minhas )?(?:contas|redes"
        r" sociais|assinaturas)(?! (?:do|da|de) (?:banco|netflix|spotify|ginasio|academia))",
        r"(?:paguei|quitei|liquidei) (?:todas )?(?:as )?(?:minhas )?dividas (?:todas|antes|para|pra)",
        r"seguro de vida(?: \w+){0,4} (?:suicidio|cobre|paga|beneficiari\w+)",
        r"(?:escolhi|planejei|planeei|organizei|tratei d[oa]s?) (?:\w+ ){0,2}(?:musicas?|roupa|caixao|flores"
        r"|cerimonia|hinos?)(?: \w+){0,2} (?:para|pro|do|d?o) (?:meu )?(?:funeral|enterro|velorio)",
        r"(?:despedi-me|me despedi|despedindo-me|me despedindo|a despedir-me|estou a despedir-me|vou me despedir|vou"
        r" despedir-me|fui me despedir|fui despedir-me) (?:de|da|do|dos|das) (?:todos|toda a gente|todo mundo|cada"
        r" um)",
        r"(?:quero|queria|vou|fui|estou a) (?:ver|visitar|abracar|estar com|me despedir de|despedir-me de) (?:\w+"
        r" ){0,3}(?:pela|uma) ultima vez",
        r"(?:pesquisei|procurei|googlei|andei a pesquisar|andei pesquisando|estive a ver|estive vendo|vi na internet"
        r"|pesquisando|a pesquisar|a procurar|procurando) (?:\w+ ){0,3}(?:como (?:morrer|me matar|se matar|enforcar"
        r"|fazer um no|fazer o no|suicidar)|quant[oa]s (?:\w+ ){0,3}(?:matam|sao precis[oa]s|e preciso|precisa|para"
        r" morrer|pra morrer)|dose (?:letal|fatal|mortal)|(?:formas|maneiras|metodos|jeitos) de (?:morrer|me matar|se"
        r" matar|suicidio)|morte sem dor|morrer sem dor|suicidio indolor)",
        r"(?:mandei|enviei|deixei) (?:mensage(?:m|ns)|carta) de (?:adeus|despedida)",
        # Calls and visits to say goodbye to everyone.
        r"(?:liguei|telefonei|mandei mensage(?:m|ns)|escrevi|fui ver|visitei|fui visitar|passei|abracei|falei|vou"
        r" ligar|estou a ligar|estou ligando|to ligando|tou ligando|andei a ligar|andei ligando|juntei|reuni)(?:"
        r" \w+){0,2} (?:a |pra |para |pro |aos |as |ao |com |em )?" + _EVERYONE + r"(?: \w+){0,4} (?:pra|para|a)"
        r" (?:me despedir|despedir-me|dizer adeus|dar adeus|dizer tchau|me despedir de \w+)" + _NOT_TRIP,
        r"(?:liguei|telefonei|fui|passei|estou a ligar|estou ligando|to ligando|tou ligando)(?: \w+){0,4} (?:pra"
        r"|para|a) (?:me despedir|despedir-me|dizer adeus) (?:de |a )?" + _EVERYONE + _NOT_TRIP,
        # Asking how much of a medicine or poison kills.
        r"(?:quant[oa]s?|qnt[oa]?s?|qts?|qto|qtos|qtas)(?= (?:\w+ de |de )?(?:" + _PILLS + r"|" + _POISON + r")(?:"
        r" \w+){0,3} (?:(?:matam|mata|matariam|mataria)(?! (?:um |uma |os |as |o |a )?(?:ratos?|ratazanas?|baratas?"
        r"|formigas?|mosquitos?|pragas?|insetos?|insectos?|ervas?|bichos?|pulgas?|carrapatos?|caracois|lesmas|pombos?"
        r"|cupins?|mato|daninhas|piolhos?|bacterias?|germes|fungos?|virus)\b)|sao letais|e letal|seria letal"
        r"|seriam letais|e fatal|sao fatais|dao (?:uma )?overdose|da (?:uma )?overdose|causam (?:uma )?overdose"
        r"|causa (?:uma )?overdose|(?:\w+ ){0,3}(?:para|pra|p)"
        r" (?:morrer|me matar|matar (?:uma pessoa|alguem)|uma pessoa morrer|alguem morrer|(?:nao|n|naum)"
        r" (?:se |me )?acordar"
        r"|nunca mais acordar|ter (?:uma )?overdose|dar (?:uma )?overdose|apagar de vez))\b)",
    ],
    farewell=[
        r"(?:nao e|nada disto e|nada disso e|isto nao e|isso nao e) culpa (?:sua|tua|vossa|de ninguem|de voces"
        r"|sua doutora|sua doutor)|a culpa nao e (?:tua|sua|vossa|de ninguem)|ninguem tem (?:a )?culpa",
        r"desculp(?:a|e|em|ai)(?:-me)? (?:por|pelo|pela) tudo|me desculp(?:a|e|em) por tudo",

        r"obrigad[oa] por tudo|valeu por tudo",
        r"(?:so )?(?:queria|quero|quis|venho|vim) (?:te |lhe |vos |lhes )?agradecer(?:-te|-vos|-lhe)? "
        r"(?:a (?:todos|voces"
        r"|vcs|ti) )?(?:por tudo|por (?:terem|teres|ter) (?:estado|sido|ficado))|agradeco (?:a todos )?por tudo",
        r"amo (?:todos )?(?:voces|vcs|vos)(?: todos)?|amo-vos(?: a todos)?",
        r"adeus(?: a todos| para sempre| pra sempre| mundo| pessoal| vida)?|tchau (?:para|pra) sempre|ate sempre",
        r"desculpem(?:-me)? (?:por|pelo|pela) tudo|desculpa(?:-me)? por tudo|perdoem-me|me perdoem|perdoa-me|me"
        r" perdoa|peco desculpa por tudo|perdao por tudo|sinto muito por tudo",
        r"lembrem-se de mim|lembrem de mim|nao se esquecam de mim|nao me esquecam",
        r"cuid(?:em|a|e) (?:bem )?(?:da|do|dos|das) (?:mae|pai|criancas|miudos|meninos|meus|minhas|meu|minha|gato|cao"
        r"|cachorro|avo)|cuidem(?:-se)? uns dos outros|cuidem-se por mim",
        r"(?:digam|diz|diga|fala|falem|diga-lhe|diz-lhe) (?:a|à|ao|aos|as|pra|para|pro)? ?(?:\w+ ){0,3}que (?:eu )?"
        r"(?:os |as |a |o )?(?:amo|adoro|amei)",
        r"(?:nunca mais|ja nao) (?:vao|vais|vai) (?:ouvir falar de mim|ter noticias minhas|me ver|ver-me)",
        r"(?:esta|isto|isso) e (?:a minha|uma) despedida|me despeco|despeco-me|(?:fica|deixo) (?:aqui )?a minha"
        r" despedida", r"foi bom (?:conhecer|ter conhecido)(?:-vos| voces| vcs)",
        r"sejam felizes(?: sem mim)?|fiquem bem sem mim",
        r"(?:nos vemos|ate) (?:do outro lado|no ceu|la em cima|na proxima vida|noutra vida|numa outra vida)",
    ],
    hopeless=[
        r"sem esperancas?|desesperancad[oa]",
        # a burden: "nao quero mais dar trabalho", "so dou trabalho", "sou um peso para todos"
        r"(?:nao|ja nao) (?:quero|aguento) (?:mais )?(?:dar trabalho|ser (?:um )?(?:peso|fardo|estorvo|incomodo)"
        r"|incomodar ninguem|dar despesa)(?! (?:hoje|agora|com isso|com isto|nenhum|nenhuma|no trabalho|ao chefe)\b)",
        r"(?:so|apenas) (?:dou|sirvo para dar|estou a dar|to dando) (?:trabalho|despesa|problemas)(?: a| para| pra)?"
        r"(?: (?:todos|voces|vcs|toda a gente|todo mundo|minha familia|a minha familia|meus filhos|os meus filhos))?",
        r"(?:sou|me sinto|sinto-me|virei) (?:so )?(?:um|uma) (?:peso|fardo|estorvo) (?:para|pra) (?:todos|voces|vcs"
        r"|toda a gente|todo mundo|a minha familia|minha familia|os meus filhos|meus filhos)",
        r"(?:nao|n|naum|ja nao) (?:tenho|ha|existe|vejo|encontro) (?:mais )?(?:nenhuma )?(?:esperanca|saida|solucao"
        r"|futuro|luz)", r"(?:nao|n|naum|ja nao) tem (?:mais )?(?:saida|solucao|volta)|sem saida|beco sem saida",
        r"nada (?:vai )?(?:mudar|muda|melhorar|melhora|faz sentido|importa|mais importa|vale a pena)",
        r"(?:nao|n|naum|ja nao) (?:aguento|suporto|consigo|dou conta|aguento mais) (?:mais|isto|isso|esta vida|essa"
        r" vida|viver assim|de tanta dor)(?! (?:esse|essa|este|esta|o|a|os|as|do|da|de|com|ficar|estudar|trabalhar"
        r"|esperar|ouvir|comer|isto|isso|aquilo|tanto)\b)",
        r"(?:sou|me sinto|sinto-me) (?:so )?(?:um peso|um fardo|um estorvo|um incomodo)",
        r"(?:so )?(?:dou|causo|trago) (?:trabalho|problemas|desgosto|sofrimento)(?: a| para| pra)",
        r"(?:me sinto|sinto-me|sou) (?:um |uma )?(?:inutil|lixo|fracasso|fracassad[oa]|nada|ninguem)|nao sirvo "
        r"(?:para|pra) nada|nao valho nada", r"(?:me sinto |sinto-me )?encurralad[oa]|preso num|presa num",
        r"ninguem (?:se importa|liga|gosta de mim|me ama|quer saber de mim|se preocupa comigo)",
        r"(?:ja )?desisti(?: de tudo)?|(?:estou|to|tou) (?:a desistir|desistindo)",
        r"acabou(?: tudo)? (?:para|pra) mim|(?:para|pra) mim (?:ja )?acabou|e o fim|ja era (?:pra|para) mim",
        r"cansad[oa] de (?:lutar|tudo|sofrer|tentar)",
        r"(?:nao|n|naum|ja nao) (?:vejo|encontro|acho) (?:mais )?(?:nenhum )?(?:sentido|saida|razao|motivo|solucao)",
        r"(?:de que|pra que|para que) (?:serve|adianta)(?: (?:viver|continuar|tentar|lutar))?", r"no fundo do poco",
        r"tudo (?:e|parece) inutil", r"(?:sem|nao tenho) (?:forcas|vontade de nada)",
    ],
    stopped_treatment=[
        r"(?:parei|deixei|larguei|abandonei|cortei|suspendi)(?: de)? (?:tomar |fazer )?(?:a |o |os |as |minha |meu "
        r"|minhas |meus |a minha |o meu |as minhas |os meus )?(?:insulina|dialise|hemodialise|quimio|quimioterapia"
        r"|medicacao|medicamentos?|remedios?|comprimidos?|tratamento|anticoagulante|varfarina|marevan|remedio (?:do"
        r"|para o|pro) coracao|remedio de pressao|oxigenio|antirretrovirais?|coquetel)(?: \w+){0,2} (?:de proposito"
        r"|propositadamente|por vontade propria|(?:para|pra) (?:morrer|acabar|apressar|deixar|ir|partir|que (?:tudo"
        r" acabe|eu morra|venha o fim))|de vez|para sempre|pra sempre|e (?:deixar|esperar)|a espera)",
        r"(?:deixar|deixando|vou deixar|deixo|deixei) (?:que )?(?:a |o )?(?:diabetes|doenca|cancer|coracao|corpo"
        r"|natureza) (?:faz\w*|sig\w*|segu\w*) (?:o seu|seu) (?:curso|trabalho|caminho)|(?:deixar|deixando|vou deixar"
        r"|deixo) (?:que )?(?:a |o )?(?:diabetes|doenca|cancer) (?:me leve|me levar|acabe comigo|acabar comigo)",
        r"(?:parei de|deixei de|estou a recusar|recuso-me a|me recuso a|estou recusando|vou deixar de) (?:comer|beber"
        r"|me alimentar|alimentar-me)(?: \w+){0,2} (?:para|pra|ate) (?:morrer|partir|acabar|ir)",
        r"(?:recusei|recuso|vou recusar|recusando)(?: \w+)? (?:a |o )?(?:dialise|hemodialise|quimio|quimioterapia"
        r"|tratamento|insulina)(?: \w+){0,2} (?:para|pra) (?:morrer|partir|acabar|ir)",
    ],
    threat=[
        # waiting armed where he works or lives: "estou a porta da oficina com a faca, ele sai as seis"
        r"(?:estou|to|tou|fico|vou ficar|vou estar|ja estou|estou aqui|to aqui)(?: aqui)? (?:a porta|a saida|a entrada"
        r"|em frente|na porta|na saida|a espera|escondid[oa]|na esquina|no carro)(?: d[oa]s?| de)?(?: \w+){0,3}"
        r"(?= com (?:a|uma|o|um|minha|meu) (?:faca|facao|navalha|canivete|arma|pistola|revolver|taco|martelo|machado"
        r"|catana|espingarda|cacadeira|bastao)\b)",
        r"sei onde (?:ele|ela|eles|o gajo|o cara|esse|aquele|o \w+|a \w+) (?:mora|trabalha|vive|estuda|para|fica|dorme"
        r"|treina)(?=[^\n]{0,160}\b(?:faca|facao|navalha|canivete|arma|pistola|revolver|taco|martelo|machado|catana"
        r"|espingarda|cacadeira)\b)",
        # Waiting for him with a weapon; "he'll learn" / "he'll see" said of a person.
        r"(?:" + "|".join(rf"(?<= {d} {w} )" for d in ("a", "o", "uma", "um", "minha", "meu") for w in ("faca",
        "facao", "canivete", "navalha", "arma", "pistola", "revolver", "taco", "martelo")) + r")(?:\w+ ){0,4}"
        r"(?:esperando|a espera d[eoa]|a esperar|aguardando|esperar)"
        r"(?:-l[oa]| por)? (?:ele|ela|eles|(?:o|a|esse|essa|aquele|aquela) (?:meu |minha )?(?:cara|gajo|gaja|moleque"
        r"|menino|menina|ex|chefe|vizinh[oa]|professor[a]?|padrasto|namorad[oa]|marido|colega|desgracad[oa]|fdp|filho"
        r" da puta))\b",
        r"(?:ele|ela|eles|elas|esse (?:cara|gajo|moleque|menino|filho da puta|fdp|desgracado)|aquele (?:cara|gajo"
        r"|moleque|filho da puta|fdp|desgracado)) (?:vai|vao|ha de|hao de) (?:aprender|ver so|ver o que e bom"
        r"|levar o troco|se ver comigo|ver com quem se meteu|ter o que merece)(?= ?(?:$|[.!?,;]|(?:a licao|uma licao"
        r"|de uma vez|hoje|amanha|agora)\b))",
        r"(?:vou|eu vou|quero|tenho vontade de|to com vontade de|estou com vontade de|vontade de|ia|eu ia|hei de|ei"
        r" de|estou a pensar em|to pensando em|penso em|planejo|planeio|vou acabar por) (?:\w+ )?(?:matar|esfaquear"
        r"|apunhalar|furar|balear|fuzilar|estrangular|esganar|espancar|envenenar|queimar|atropelar|degolar|bater"
        r"|rebentar|arrebentar|partir a cara|quebrar a cara|dar um tiro|dar uns tiros|dar cabo|meter uma bala|encher"
        r" de (?:bala|chumbo|porrada)|fazer pagar|machucar) (?:[nd]?ele|[nd]?ela|[nd]?eles|[nd]?elas|-lo|-la|-los"
        r"|-las|(?:n?o|n?a)? ?(?:meu|minha) (?:\w+ )?(?:chefe|patrao|patroa|ex|marido|mulher|esposa|namorad[oa]"
        r"|companheir[oa]|vizinh[oa]|irmao|irma|pai|mae|padrasto|madrasta|senhorio|senhoria|gerente|colega"
        r"|professor[a]?|cunhad[oa]|sogr[oa])|(?:n?esse|n?essa|n?aquele|n?aquela|n?o|n?a) (?:cara|gajo|gaja|tipo|tipa"
        r"|homem|mulher|desgracad[oa]|filho da puta|fdp|idiota|cabra|chefe|professor[a]?|vizinh[oa]|patrao|senhorio"
        r"|gerente)|(?!(?:saudades?|tempo|a fome|fome|a sede|sede|aulas?|a aula|o tempo|a charada|a vontade|a"
        r" curiosidade|o jogo|o bicho|baratas?|mosquitos?|formigas?|ratos?|a barata|o mosquito|a broca|a saudade|um"
        r" leao|o leao|o treino|a cabeca)\b)(?:o |a )?[a-z]+ (?:hoje|amanha|quando|logo|esta noite|assim que))",
        r"(?:vou|eu vou|hei de|quero) (?:mata-l[oa]s?|matar-lhe|esfaquea-l[oa]|estrangula-l[oa]|espanca-l[oa]"
        r"|envenena-l[oa]|queima-l[oa]|atropela-l[oa]|acabar com (?:ele|ela|a raca dele|a raca dela|a vida dele|a"
        r" vida dela))", r"(?:eu )?mato-(?:o|a|os|as)(?! de)|(?:eu )?mato (?:ele|ela|esse|essa|aquele|aquela)(?! de)",
        r"(?:ele|ela|eles|elas|(?:esse|essa|aquele|aquela|o|a) (?:desgracad[oa]|filho da puta|fdp|canalha|safad[oa]"
        r"|cretin[oa]|miseravel|cabra|gajo|gaja|tipo|cara|verme|vagabund[oa]|monstro|animal))(?: \w+)? (?:vai|vao|ha"
        r" de|hao de) (?:pagar(?: \w+)? (?:caro|por (?:isso|isto|tudo)|com a vida|pelo que (?:me )?(?:fez|fizeram"
        r"|disse|faz))|se arrepender|arrepender-se|ver o que e bom|ter o que merece)(?![^.!?\n]{0,60}\b(?:justica"
        r"|tribunal|processo|advogad\w*|policia|cadeia|prisao|pres[oa]|karma|deus|a vida)\b)",
        r"(?:vou )?(?:fazer|faco) (?:ele|ela|eles|elas|esse \w+|aquele \w+|-l[oa]s?) pagar(?: \w+)? (?:caro|pelo que"
        r"|por (?:isso|isto|tudo)|com a vida)",
        r"(?:pego|pegar|vou pegar|pegava|pegaria|agarro|vou buscar|vou agarrar|puxo|saco) (?:o |a |um |uma |meu |minha"
        r" |o meu |a minha )?(?:facao|faca|arma|revolver|pistola|espingarda|cacadeira|machado|catana|machete|taco"
        r"|martelo|38|oitao|trinta e oito|berro|ferro) (?:e|pra|para) (?:\w+ )?(?:passo|passar|meto|meter|enfio|enfiar"
        r"|cravo|cravar|furo|furar|mato|matar|acabo com|acabar com|dou|dar|descarrego|descarregar|encho|encher"
        r"|esfaqueio|esfaquear|rebento"
        r"|arrebento|resolvo|resolver)(?: (?:um tiro|uns tiros|uma facada|umas facadas|bala|chumbo|tudo|o pente))?"
        r" (?:n?(?:ele|ela|eles|elas|esse|essa|aquele|aquela)|n?[oa] (?:\w+ )?(?:vizinh[oa]|chefe|patrao|ex|cunhad[oa]"
        r"|padrasto|gajo|cara|tipo|desgracad[oa]|filho da puta|fdp|marido|namorad[oa]))\b",
        r"(?:passo|passar|vou passar|passava|meto|enfio|cravo) (?:o facao|a faca|a catana|a peixeira|o machado|fogo"
        r"|bala|chumbo|o ferro) (?:n(?:ele|ela|eles|elas|esse|essa|aquele|aquela)|n[oa] (?:\w+ )?(?:vizinh[oa]"
        r"|chefe|patrao|ex|cunhad[oa]|padrasto|gajo|cara|tipo|desgracad[oa]))",
        r"(?:vou|vou ficar a|vou ficar) (?:esperar|esperando|a espera d)(?:-l[oa]| por el[ea]| el[ea])? (?:\w+ ){0,3}"
        r"(?:com (?:a|uma) (?:faca|arma|pistola|navalha|taco|martelo)|na saida)",
        r"(?:vou|eu vou) (?:atras dele|atras dela|ate a casa dele|ate a casa dela|a casa dele|a casa dela) (?:com|e "
        r"(?:mato|acabo|dou))",
        r"(?:vou|quero) (?:matar|atirar em|fuzilar|explodir|esfaquear) (?:todo mundo|toda a gente|todos|geral|a"
        r" escola|a turma|o colegio|a sala|a familia toda|toda a familia)",
    ],
    weapon=[ r"pedaco de pau|cabo de vassoura|barra de ferro|garrafa (?:partida|quebrada)",
            r"facas?|facao|faca de cozinha|canivete|punhal|adaga|navalha|estilete|x-acto|catana|machete|machado"
            r"|machadinha|martelo|taco(?: de basebol| de beisebol)?|bastao|soco ingles",
            r"armas?|pistolas?|revolver|espingarda|cacadeira|fuzil|carabina|garrucha|trinta e oito|38|calibre",
            r"gasolina|acido|alcool (?:para|pra) (?:queimar|atear)|carregad[oa]|municao|municoes"],
    violence_me=[
        # locked up without food: "ele gritando que ia trancar ela sem comida", "deixa a mae trancada sem comer"
        r"(?:trancar|trancava|tranca|trancou|prender|prende|prendia|prendeu|fechar|fecha|fechava|fechou|deixar|deixa"
        r"|deixava|deixou) (?:ela|ele|a|o|me|nos|a mae|o pai|a avo|o avo|a velha|o velho|a senhora|o senhor|a idosa"
        r"|o idoso|a crianca|as criancas|o menino|a menina)(?: \w+){0,3} (?:sem (?:comida|comer|agua|beber|remedios?"
        r"|os remedios|medicacao)|a pao e agua)",
        r"trancad[oa]s? (?:\w+ ){0,3}sem (?:comida|comer|agua|remedios?|medicacao)",
        r"(?:ele|ela|eles|(?:o |a )?(?:meu|minha) (?:\w+ )?(?:marido|mulher|esposa|namorad[oa]|companheir[oa]|ex|pai"
        r"|mae|padrasto|madrasta|filh[oa]|irmao|irma|cuidador[a]?|sogr[oa]|cunhad[oa]|genro|nora))(?: \w+){0,3} me "
        r"(?:bate|bateu|batia|espanca|espancou|espancava|agride|agrediu|agredia|da (?:tapas|socos|murros|chutes"
        r"|pontapes|estalos|bofetadas|porrada)|deu (?:um |uns |uma )?(?:tapas?|socos?|murros?|pontapes?|chutes?"
        r"|estalos?|bofetadas?|bofetao|empurrao|tabefe|sopapo|porrada|surra)|empurra|empurrou|empurrava|sufoca"
        r"|sufocou|enforca|enforcou|esgana|esganou|estrangula|estrangulou|chuta|chutou|queima|queimou|morde|mordeu"
        r"|arrasta|arrastou|prende|prendeu|tranca|trancou|fecha em casa|estupra|estuprou|estuprava|violou|violenta"
        r"|violentou|machuca|machucou|ameaca|ameacou|ameacava|atirou contra|jogou (?:contra a parede|no chao|escada"
        r" abaixo)|agarrou|puxou pelo cabelo|puxa pelo cabelo|humilha|humilhou|cospe|cuspiu)(?! (?:no|na|em|a|ao|nas"
        r"|nos) (?:\w+ )?(?:jogo|xadrez|corrida|partida|cartas|damas|videogame|game|campeonato|futebol|tenis|ping"
        r"|porta|jogos|votacao|eleicao|concurso|prova))",
        r"(?:bate|bateu|batia|espanca|espancou|espancava|agride|agrediu|agredia|empurrou|empurra|sufocou|sufoca"
        r"|enforcou|esganou|esgana|estrangulou|estrangula|chutou|queimou|mordeu|arrastou|violou|violentou|ameacou"
        r"|ameaca|magoou|agarrou)-me",
        r"deu-me (?:um|uns|uma) (?:estalos?|murros?|socos?|pontapes?|chapadas?|bofetadas?|tareia|sova|surra|empurrao)"
        r"|da-me (?:estalos|murros|socos|pontapes|chapadas|tareia|porrada)",
        r"me (?:espancou|espanca|esganou|esgana|estrangulou|estrangula|sufocou|estuprou|estupra|violentou|agrediu"
        r"|agride|enforcou)",
        r"(?:apertou|aperta|apertava|segurou|agarrou|agarra|pos|colocou|botou|espremeu)(?:-me)? (?:\w+ ){0,2}(?:as )?"
        r"(?:maos|mao|braco|dedos|joelho) (?:no|ao redor do|em volta do|a volta do|sobre o) (?:meu )?(?:pescoco"
        r"|garganta)",
        r"(?:me |-me )?(?:apertou|aperta|apertava|agarrou|agarra|segurou|esganou|apertaram)(?:-me)? (?:\w+ ){0,2}"
        r"(?:pelo|o meu|meu|o|a minha|minha) (?:pescoco|garganta)",
        r"(?:maos|mao|braco|dedos) (?:dele|dela)? ?(?:no|ao redor do|em volta do|a volta do) (?:meu )?(?:pescoco"
        r"|garganta)",
        r"(?:fiquei sem|nao conseguia|nao conseguir|sem conseguir) respirar(?: \w+){0,5} (?:maos|mao|braco|dedos"
        r"|almofada|travesseiro) (?:dele|dela)",
        r"quase me (?:matou|mata|sufocou|estrangulou|afogou|esganou)(?! de (?:susto|rir|vergonha|raiva|medo|desgosto"
        r"|preocupacao|cansaco|tedio))",
        r"(?:ameacou|ameaca|ameacava|ameacaram|ameacou-me|ameaca-me|me ameacou|me ameaca)(?: de)? (?:me matar"
        r"|matar-me|me bater|bater-me|me machucar|me esfaquear|me dar um tiro|queimar-me|me queimar|me furar|acabar"
        r" comigo|de morte)|ameacas de morte|ameaca de morte",
        r"(?:apontou|aponta|encostou|encosta|pos|colocou|botou) (?:uma |a )?(?:faca|arma|pistola|revolver|navalha"
        r"|tesoura)(?: \w+){0,2} (?:para mim|pra mim|a mim|na minha|no meu|contra mim|em mim|a minha|ao meu|pra minha"
        r"|para a minha)", r"(?:apontou|encostou)-me (?:uma |a )?(?:faca|arma|pistola|revolver|navalha)",
        r"(?:nodoas negras|hematomas|roxos|marcas (?:de dedos )?no pescoco|olho roxo|nodoa negra|labio (?:partido"
        r"|rachado|cortado|rebentado))(?: \w+){0,6} (?:ele|ela|dele|dela|outra vez|de novo|do meu|da minha)",
        r"(?:ele|ela|meu \w+|minha \w+|o meu \w+|a minha \w+)(?: \w+){0,2} (?:me )?(?:tira|tirou|fica com|ficou com"
        r"|controla|esconde|escondeu|confisca|confiscou|guarda)(?:-me)? (?:todo |toda |o |a )?(?:o meu |a minha |meu "
        r"|minha |meus |minhas |os meus |as minhas )?(?:dinheiro|pensao|reforma|salario|cartao|cartoes|documentos"
        r"|passaporte|celular|telemovel|telefone|chaves)",
        r"(?:marido|mulher|esposa|namorad[oa]|companheir[oa]|ele|ela) (?:\w+ ){0,2}nao me deixa (?:sair de casa|ver "
        r"(?:a minha|minha|os meus|meus|as minhas|minhas) (?:familia|amig\w+|mae|pai|irm\w+)|trabalhar|ter dinheiro"
        r"|usar o (?:telefone|celular|telemovel)|falar com (?:ninguem|a minha familia|minha familia|as minhas amigas"
        r"|minhas amigas))",
        r"(?:me |-me )?(?:obriga|obrigou|obrigava|forca|forcou|forcava)(?:-me)? a (?:fazer )?(?:sexo|relacoes|coisas"
        r" que (?:eu )?nao (?:queria|quero)|transar|ter relacoes)",
        r"(?:fui|sou|estou a ser|estou sendo|tenho sido|fui sendo) (?:\w+ )?(?:agredid[oa]|espancad[oa]|violad[oa]"
        r"|estuprad[oa]|abusad[oa]|violentad[oa]|ameacad[oa]|estrangulad[oa]|sufocad[oa]|esganad[oa]|batid[oa]) "
        r"(?:\w+ )?(?:pel[oa]|por|em casa)",
        r"(?:sofro|sofri|sofrendo|a sofrer|vitima) (?:de )?violencia (?:domestica|em casa|do meu|da minha)",
        r"(?:ele|ela) (?:e|fica|ficou) (?:muito )?violent[oa] comigo",
        r"(?:mexe|mexeu|mexia|toca|tocou|tocava|apalpa|apalpou|apalpava)-me (?:nas|em) (?:minhas )?partes|(?:me )?"
        r"(?:mexe|mexeu|mexia|toca|tocou|tocava|apalpa|apalpou) (?:nas|em) minhas partes|me (?:mexe|mexeu|mexia|toca"
        r"|tocou|tocava|apalpa|apalpou) nas partes",
    ],
    danger_me=[
        # keeping a weapon or a barricade by the bed for fear: "vou dormir com uma faca debaixo do travesseiro"
        r"(?:durmo|vou dormir|dormi|dormir|deito|vou deitar|tenho que dormir) com (?:uma|a|um|o) (?:faca|tesoura"
        r"|canivete|taco|pau|martelo|chave de fenda|navalha)(?: \w+){0,4}",
        r"(?:ponho|pus|coloquei|coloco|encostei|encosto|arrastei) (?:uma cadeira|a cadeira|a comoda|o armario|a cama"
        r"|um movel|a mesa) (?:contra|atras da|na frente da|encostad[oa] a) porta",

        # A threat to kill me if I call the police or tell anyone.
        r"(?:disse|diz|jurou|jura|ameacou|ameaca|avisou|avisa|falou|fala|gritou|grita)(?:-me)? (?:\w+ )?que (?:me )?"
        r"(?:mata|matar|mata-me|vai me matar|me matava|matava-me|me mata|acaba comigo|me da um tiro)(?: \w+)?"
        r" se (?:eu )?"
        r"(?:chamar|ligar|contar|falar|denunciar|for|abrir a boca|disser)(?: \w+){0,3}(?:policia|190|112|180|psp|gnr"
        r"|conselho tutelar|ninguem|alguem|mae|pai|escola|professora?)",
        r"(?:ele|ela|eles|(?:o |a )?(?:meu|minha) (?:\w+ )?(?:marido|mulher|esposa|namorad[oa]|companheir[oa]|ex|pai"
        r"|mae|padrasto|madrasta|irmao|irma))(?: \w+)? (?:quer|queria|tentou|tenta|vai tentar|esta a tentar|esta "
        r"tentando) (?:me matar|matar-me|me envenenar|envenenar-me|me afogar|me estrangular)" + _NK,
        r"(?:tenho medo|estou com medo|to com medo|tou com medo|estou aterrorizad[oa]|com medo|medo|receio|tenho"
        r" pavor|estou apavorad[oa]) (?:de )?que (?:ele|ela|eles|o meu \w+|meu \w+|a minha \w+|minha \w+)? ?(?:me )?"
        r"(?:mate|machuque|bata|encontre|espanque|venha atras de mim|faca mal|faca alguma coisa|mate-me|magoe)",
        r"(?:ele|ela|eles|(?:o |a )?(?:meu|minha) (?:\w+ )?(?:marido|mulher|esposa|namorad[oa]|companheir[oa]|ex|pai"
        r"|mae|padrasto|madrasta|filh[oa]|irmao|irma))(?: \w+){0,2} (?:disse|diz|jurou|jura|falou|gritou|avisou"
        r"|prometeu|escreveu|mandou mensagem|ameaca|ameacou)(?: \w+){0,3} que (?:me )?(?:vai |ia |iria |vem |ha de )?"
        r"(?:me )?(?:matar|mata|matava|mata-me|matar-me|matava-me|machucar|machuca|bater|bate|acabar comigo|acaba"
        r" comigo|dar um tiro|esfaquear|queimar|desfigurar)(?![^.!?\n]{0,50}\bse (?:eu )?(?:chegar|tirar|nao|reprovar"
        r"|bater o carro|quebrar|perder|esquecer|sujar|gastar|comer|mexer|contar o final)\b)",
        r"(?:anda|esta|continua|anda a|esta a|continua a)(?: me)? (?:perseguir|perseguindo|seguir|seguindo)(?:-me)?"
        r"(?! (?:no|nas|na) (?:insta|instagram|twitter|tiktok|redes|facebook|face))",
        r"(?:escondid[oa]|escondendo-me|me escondendo|a esconder-me|me escondi|escondi-me|trancad[oa]|tranquei-me|me"
        r" tranquei)(?: \w+){0,3} (?:dele|dela|do meu \w+|da minha \w+)",
        r"(?:nao|n|naum|ja nao) (?:estou|me sinto|to|tou|sinto-me) segur[oa] (?:em casa|aqui|com ele|com ela|na minha"
        r" casa|perto dele|perto dela)", r"(?:medo|pavor) de (?:voltar|ir) (?:para|pra) casa",
        # Stalking told with fear: he found the new address, waits outside, sends photos of the window.
        r"(?:" + _STALK + r")(?:[,;:.!]? [\w-]+){0,40}[,;:.!]? (?:tenho|estou com|to com|tou com|fiquei com|fico com"
        r"|ando com|morro de|morrendo de|a morrer de|cheia de|cheio de|com|sinto) (?:muito |tanto |um )?(?:medo|pavor"
        r"|panico)" + _FEAR_OF_HIM,
        r"(?:tenho|estou com|to com|tou com|fiquei com|ando com|com) (?:muito |tanto )?(?:medo|pavor|panico)(?:[,;:]?"
        r" [\w-]+){0,12}[,;:]? (?:" + _STALK + r")",
        r"(?:" + _STALK + r")(?:[,;:.!]? [\w-]+){0,40}[,;:.!]? (?:estou|to|tou|fiquei|ando|me sinto|sinto-me)"
        r" (?:muito |tao |super )?(?:assustad[oa]|apavorad[oa]|aterrorizad[oa]|aterrad[oa])" + _FEAR_OF_HIM,
        r"(?:ele|ela) vai acabar por me matar|um dia (?:ele|ela) (?:ainda )?(?:me mata|vai me matar|mata-me)",
        # A threat to kill said now, not the parent's hyperbole ("diz que me mata se eu chegar tarde").
        r"(?:diz|disse|jura|jurou|grita|gritou|gritando|a gritar|berra|berrou|berrando|a berrar|avisa|avisou)"
        r" (?:\w+ )?que (?:hoje |esta noite |agora |ainda hoje |desta vez |daqui a pouco |logo )(?:me mata|mata-me"
        r"|me vai matar|vai me matar|vai matar-me|acaba comigo|vai acabar comigo|me da um tiro|me esfaqueia|me"
        r" corta)(?![^.!?\n]{0,50}\b(?:se|caso|quando)\b)",
    ],
    under_threat_now=[
        # Someone of mine being beaten now.
        r"(?:esta|ta|estao|tao) (?:a )?(?:bater|batendo|espancar|espancando|agredir|agredindo|esganar|esganando"
        r"|estrangular|estrangulando|enforcar|enforcando|socar|socando|chutar|chutando"
        r"|surrar|surrando) (?:n[ao]s?|em|a"
        r"|o) (?:minha|meu|minhas|meus) (?:mae|pai|irm\w+|avo|avos|filh\w+|tia|tio|vo|bebe|namorad\w+)",
        r"(?:esta|ta|estao|tao|anda) (?:a )?(?:bater|batendo|esmurrar|esmurrando|chutar|chutando|forcar|forcando"
        r"|pontapear|dar pontapes|socar|socando) (?:na|a) (?:minha )?porta" + _KNOCK,
        r"(?:batendo|esmurrando|chutando|socando|forcando|a bater|a esmurrar|a forcar) (?:na|a) (?:minha )?porta"
        + _KNOCK,
        r"(?:aos|a dar|dando|da|a aos) (?:pontapes|murros|socos|chutes|pancadas|coices|encontroes|porrada|empurroes)"
        r" (?:na|a|contra a) (?:minha )?porta(?![^.!?\n]{0,60}\b(?:bola|futebol|jogar|jogo|brincar|brincadeira"
        r"|golo|gol|baliza)\b)",
        r"(?:ele |ela )?(?:esta|ta) (?:la fora|la em baixo|na porta|aqui fora|a porta|a janela|na janela|no portao|na"
        r" rua|aqui em casa|dentro de casa) (?:agora|neste momento|a gritar|gritando|com (?:uma|a) (?:faca|arma))",
        r"(?:ele|ela) (?:esta|ta|vem|vai) (?:vindo|a vir|chegando|a chegar|voltando|a voltar|a caminho) (?:para|pra"
        r"|de volta) (?:ca|aqui|casa)|(?:ele|ela) (?:esta|ta) a caminho",
        r"(?:tranquei-me|me tranquei|estou trancad[oa]|to trancad[oa]|tou trancad[oa]|escondid[oa]|estou"
        r" escondid[oa]) (?:\w+ ){0,2}(?:no banheiro|na casa de banho|no quarto|no carro|no armario|no roupeiro)",
        r"(?:ele|ela|eles|elas)(?: \w+)? (?:tem|esta com|ta com|pegou|pegou numa|pegou em|agarrou|foi buscar|anda com"
        r"|veio com|esta armad[oa] com) (?:uma|a|numa) (?:faca|arma|pistola|revolver|faca de cozinha|navalha|machado"
        r"|espingarda|cacadeira)",
        r"(?:tentando|a tentar) (?:entrar|arrombar|partir a porta|derrubar a porta)|(?:arrombar|arrombando|derrubar"
        r"|derrubando|a arrombar|a derrubar) a porta",
    ],
    child_harm=[
        # marks on a child told across a sentence: "a menina do 302 tem uns 9 anos e aparece com marca de queimadura"
        _CHILD_ANY + r"(?: (?:d[oa] \w+|de \d{1,2} anos))?[^.!?\n]{0,60}? (?:aparece|aparecia|apareceu|vem|veio|chega"
        r"|chegou|anda|andava|vive|vivia|esta|ta|tava) (?:\w+ ){0,3}(?:com|cheio de|cheia de|coberto de|coberta de)"
        r" (?:\w+ ){0,2}(?:marcas? de (?:queimadura|cinto|dedos|mordida|cigarro|corda)|queimaduras?|hematomas|nodoas"
        r" negras|manchas roxas|roxos|vergoes|olho roxo)(?![^.!?\n]{0,60}\b(?:jogo|futebol|queda|caiu|cair|bicicleta"
        r"|treino|skate|patins|brincando|sol|praia|vacina)\b)",
        # a small child alone now, or left with an intoxicated adult
        _YOUNG_CHILD + r"(?: \w+){0,2} (?:ta|esta|ficou|fica|anda|esta a ficar) (?:sozinh[oa]|sem ninguem|trancad[oa])",
        _CHILD_ANY + r"(?: (?:de|com) \d{1,2} (?:anos|meses))?(?: \w+){0,3} (?:ta|esta|ficou|fica|sozinh[oa]) (?:\w+"
        r" ){0,3}com (?:o |a )?(?:meu |minha |o |a |seu |sua )?(?:ex|pai|mae|padrasto|madrasta|namorado|tio|avo|\w+)"
        r" (?:que (?:ta|esta|anda|tava|estava) |(?:ta|esta) )?" + _HIGH_NOW,

        # small children left alone for a day or more: "deixou sozinhos os dois filhos desde ontem, ninguem atende"
        r"(?:deixa|deixou|deixam|deixaram|deixava|largou|largaram) (?:sozinh[oa]s?|trancad[oa]s?|abandonad[oa]s?)"
        r" (?:o|a|os|as|seu|sua|seus|suas|dois|duas|tres) (?:\w+ ){0,2}(?:bebes?|criancas?|filh[oa]s?|menin[oa]s?"
        r"|miud[oa]s?|nenens?|nenes?|pequen[oa]s?|garot[oa]s?)(?=[^.!?]{0,60}\b(?:desde (?:ontem|anteontem|a noite"
        r"|de manha|segunda|terca|quarta|quinta|sexta|sabado|domingo)|(?:ha|faz) (?:\w+ )?(?:horas|dias)|(?:dois"
        r"|tres|varios|\w+) dias|o dia (?:todo|inteiro)|a noite (?:toda|inteira)|nao param de chorar|chorando sem"
        r" parar|ninguem (?:abre|atende|responde)|sem comer)\b)",
        r"(?:deixa|deixou|deixam|deixaram|deixava|largou|largaram) (?:o|a|os|as|seu|sua|seus|suas|dois|duas|tres)"
        r" (?:\w+ ){0,2}(?:bebes?|criancas?|filh[oa]s?|menin[oa]s?|miud[oa]s?|nenens?|pequen[oa]s?|garot[oa]s?)"
        r" (?:sozinh[oa]s?|trancad[oa]s?)(?: em casa| no apartamento)? (?:desde (?:ontem|anteontem|a noite)|(?:ha|faz)"
        r" (?:\w+ )?dias)",
        # "o padrasto entra no quarto dela de noite", "o tio deita na cama da menina", "mexe com ela"
        r"(?:padrasto|madrasta|tio|avo|vizinho|primo|namorado da (?:mae|minha mae|sua mae)|companheiro da (?:mae"
        r"|minha mae|sua mae)|marido da (?:mae|minha mae|sua mae)|irmao mais velho|professor|treinador|catequista"
        r"|pastor|padre)(?: \w+){0,2} (?:entra|entrava|entrou|vai|ia|foi|se mete|se metia|deita|deitava|deitou|se deita"
        r"|se deitava) (?:no quarto|na cama|para o quarto|pro quarto|para a cama|pra cama) (?:dela|dele|d[ao] (?:menin[oa]"
        r"|crianca|garot[oa]|minha filha|meu filho|minha afilhada|meu afilhado|minha sobrinha|meu sobrinho|minha neta"
        r"|meu neto|enteada|enteado|pequen[oa]))(?: \w+){0,3} (?:de noite|a noite|de madrugada|quando (?:todos|a mae"
        r"|ela|ele|a casa) (?:dorme|dormem|sai|esta|estao|nao esta)|as escondidas|escondido)",
        r"(?:padrasto|madrasta|tio|avo|vizinho|primo|namorado da mae|companheiro da mae|professor|treinador"
        r"|catequista|pastor)(?: \w+){0,2} (?:mexe|mexia|mexeu|passa a mao|passava a mao|passou a mao|toca|tocava"
        r"|tocou|abusa|abusava|abusou) (?:nela|nele|com ela|com ele|na menina|no menino|na crianca|na minha filha"
        r"|no meu filho|na minha sobrinha|na minha afilhada|nas partes)",
        # A small child left alone for a long time, or marks seen on a child.
        r"(?:deixa|deixou|deixam|deixaram|deixava|fica|ficam) (?:o|a|os|as|seu|sua|seus|suas) (?:\w+ )?(?:bebes?"
        r"|criancas?|filh[oa]s?|menin[oa]s?|miud[oa]s?|nenem|nene)(?: (?:de|com) \d{1,2} (?:anos|meses))?(?: \w+)?"
        r" (?:sozinh[oa]s?|trancad[oa]s?|abandonad[oa]s?) (?:o dia (?:todo|inteiro)|a noite (?:toda|inteira)|horas"
        r"|em casa|dias|sem comer|no carro|trancad[oa]s?)",
        r"(?:vi|vejo|tem|tinha|reparei|notei|apareceu com|aparece com)(?: em| n[ao]s?)? (?:umas |uns )?(?:marcas roxas"
        r"|manchas roxas|roxos|hematomas|nodoas negras|queimaduras|vergoes"
        r"|marcas de (?:cinto|dedos|mordida|queimadura))"
        r"(?: \w+){0,3} (?:d[oa] (?:bebe|crianca|menin[oa]|filh[oa]|nenem|miud[oa])|dele|dela)"
        r"(?![^.!?\n]{0,40}\b(?:jogo"
        r"|futebol|queda|caiu|bicicleta|treino|academia)\b)",
        r"(?<!nao )(?<!nunca )(?<!jamais )(?:bate|bateu|batia|espanca|espancou|espancava|agride|agrediu|agredia|chuta"
        r"|chutou|queima|queimou|queimava|sacode|sacudiu|abana|abanou|esgana|esganou|enforca|tranca|trancou|fecha"
        r"|fechou|abusa|abusou|abusava|molesta|molestou|maltrata|maltratou|maltratava|da (?:tapas|socos|surras"
        r"|porrada|cintadas|chineladas)|deu (?:uma surra|um soco|porrada|tapas|uma sova|uma tareia|cintadas)|bato"
        r"|bati|espanquei)(?: \w+)? (?:n[oa]s?|em|o|a|os|as|ao|aos)? ?(?:meu|minha|meus|minhas|seu|sua|nosso|nossa"
        r"|d?ele|d?ela)? ?(?:filh[oa]s?|criancas?|bebes?|nene|nenem|menin[oa]s?|miud[oa]s?|enteado|enteada|net[oa]s?"
        r"|irmaozinho|irmazinha|irmao mais novo|irma mais nova|pequen[oa]|sobrinh[oa]s?|afilhad[oa]s?)",
        # A stepparent who hits (the child is often left unsaid: "o padrasto bate quando ele faz xixi na cama").
        r"(?:padrasto|madrasta|namorado da (?:mae|minha irma)|companheiro da mae)(?: \w+){0,2} (?:bate|bateu|batia"
        r"|espanca|espancou|espancava|agride|agrediu|agredia|surra|surrou|da (?:tapas|surras|porrada|cintadas"
        r"|chineladas)|deu (?:uma surra|porrada|tapas|cintadas))(?= ?(?:$|[.!?,;:]|(?:n(?:ele|ela|eles|elas)|em mim"
        r"|n[oa]s? (?:\w+ )?(?:filh|menin|miud|crianc|sobrinh|net|entead|afilhad|pequen)\w*|quando|sempre|todo dia"
        r"|todos os dias|toda (?:a )?(?:hora|vez|semana|noite)|com (?:o |a )?(?:cinto|cinta|chinelo|vara|fio|mangueira"
        r"|colher de pau)|de cinto|com forca|muito forte|porque|por qualquer|se)\b))",
        r"(?:filh[oa]|crianca|bebe|menin[oa]|miud[oa]|enteado|enteada|net[oa]|irmaozinho|irmazinha|sobrinh[oa]"
        r"|afilhad[oa]|alun[oa])s?(?: (?:de|com) \d{1,2} anos)?(?: \w+){0,4} "
        r"(?:tem|tinha|com|cheio de|cheia de|apareceu com|aparece com|coberto de|coberta de) (?:\w+ )?(?:hematomas"
        r"|nodoas negras|roxos|marcas(?! (?:de queimadura (?:do|de|solar)|de (?:nascenca|catapora|varicela|acne|espinhas|picadas?|mosquito|tinta"
        r"|caneta|sol|bronzeado|vacina|fralda|meia|elastico|lencol|travesseiro|almofada|sono))\b)|queimaduras(?! (?:do sol|de sol|solares|da praia)\b)"
        r"|olho roxo|vergoes|feridas(?! (?:na boca|de catapora|da catapora|de picada)\b))",
        r"(?:filh[oa]|crianca|bebe|menin[oa]|miud[oa]|enteado|enteada|net[oa]|irmaozinho|irmazinha|sobrinh[oa]"
        r"|afilhad[oa])s?(?: (?:de|com) \d{1,2} anos)?(?: \w+){0,2} "
        r"(?:esta|estao|e|sao|foi|foram|anda|andam|tem sido) (?:sendo |a ser )?(?:espancad[oa]s?|agredid[oa]s?"
        r"|abusad[oa]s?|maltratad[oa]s?|molestad[oa]s?|violad[oa]s?|estuprad[oa]s?|trancad[oa]s?|deixad[oa]s?"
        r" sozinh[oa]s?|batid[oa]s?|surrad[oa]s?)",
        r"(?:toca|tocou|tocava|mexe|mexeu|mexia|apalpa|apalpou) (?:nas partes (?:intimas|privadas)|no corpo|nas"
        r" partes) (?:d[oa]s? )?(?:minha |meu |nossa |nosso )?(?:filh\w+|crianca\w*|menin\w+|miud\w+|enteado|enteada"
        r"|net\w+|irm\w+ mais nov[oa]|irmaozinho|irmazinha|sobrinh\w+)",
        r"(?:tenho medo de|receio|tenho vontade de|estou com vontade de) (?:machucar|bater|sacudir|abanar|fazer mal"
        r"|magoar|afogar|sufocar) (?:n?[oa]s? |ao |à )?(?:meu |minha |meus |minhas )?(?:bebe|filh[oa]s?|crianca"
        r"|criancas|miud[oa]s?|menin[oa])",
    ],
    engine_running=[
        r"(?:motor|carro)(?: (?:esta|ta|ja esta|ja ta|fica|ficou|continua|deixei))? (?:ligado|a trabalhar|trabalhando"
        r"|funcionando)", r"deixei (?:o )?(?:motor|carro) (?:ligado|a trabalhar)",
        r"(?:fumo|fumos|fumaca|gases|gas) do (?:escape|escapamento)",
        r"mangueira (?:pela|na|dentro da|pelo vidro da) janela",
    ],
    enclosed=[
        r"(?:na|dentro da) garagem(?! (?:do|da) (?:shopping|centro|predio|empresa|trabalho|escritorio|hospital))",
        r"garagem (?:esta |ta )?(?:fechada|trancada)",
        r"portas? (?:da garagem )?(?:esta |estao |ta |tao )?(?:fechad|trancad|vedad|tapad)[ao]s?",
        r"(?:janelas|vidros) (?:estao |tao |todas |todos )?(?:fechad[oa]s|vedad[oa]s|tapad[oa]s|subid[oa]s)",
        r"(?:vedei|tapei|selei|calafetei) (?:tudo|as frestas|as portas|as janelas|a porta)",
    ],
    self_harm=[
        # cuts seen or shown on someone: "minha sobrinha de 13 anos me mostrou os cortes na coxa"
        r"(?:me |lhe |lhes )?(?:mostrou|mostra|vi|vejo|reparei n|notei|descobri|encontrei)(?:-me)?(?: \w+){0,3}"
        r" (?:os |uns |as |umas |seus |suas )?(?:cortes|cicatrizes|feridas|queimaduras|arranhoes|marcas de cortes?)"
        r"(?: \w+){0,2} (?:n[oa]s? |pel[oa]s? |d[oa]s? )(?:\w+ )?(?:coxas?|bracos?|pulsos?|pernas?|barriga"
        r"|antebracos?|ancas?|quadris?)",
        r"(?:me cortei|cortei-me|me corto|corto-me|cortei|corto|me queimei|queimei-me|queimei|me arranhei|arranhei"
        r"|fiz cortes)(?: \w+){0,2} (?:os |o |as |a |nos |no |nas |na )?(?:meus |minhas |meu |minha )?(?:bracos?"
        r"|pulsos?|coxas?|pernas?|barriga|pele|antebracos?|ancas?|quadris?)",
        r"(?:me cortei|cortei-me|me corto|corto-me|me queimei|queimei-me|me mutilei|mutilei-me)(?: (?:de novo|outra"
        r" vez|mais fundo|ontem|ontem a noite|hoje|esta noite|agora|a noite passada|muito))(?! (?:\w+ )?(?:cozinhando"
        r"|a cozinhar|com (?:a|uma) faca de cozinha|no dedo|fazendo a barba|a fazer a barba|com papel|sem querer|no"
        r" trabalho)\b)",
        r"voltei a (?:me cortar|cortar-me|me machucar|machucar-me|me queimar|queimar-me|me ferir|ferir-me|me mutilar)"
        r"|(?:tive uma )?recaida (?:nos|com os) cortes",
        r"cortes? (?:mais fundos?|fundos? demais|muito fundos?)|cortei (?:mais )?fundo demais",
        r"(?:nao|n|naum|ja nao) para de sangrar",
    ],
    self_harm_urge=[
        # the urge back after a clean spell: "faz um ano que nao me corto e hoje a vontade voltou"
        r"(?:nao me corto|sem me cortar|nao me machuco|sem me machucar|nao me magoo|sem me magoar|limp[oa])"
        r"(?:\W+\w+){0,12}?\W+(?:a |essa |aquela |esta )?(?:vontade|urgencia|impulso|necessidade|fissura)"
        r" (?:\w+ ){0,2}(?:voltou|volta|esta voltando|ta voltando|esta a voltar|veio|bateu|apareceu|regressou)",
        r"(?:a |essa )?vontade (?:de me cortar |de cortar-me |de me machucar |de me magoar )?(?:voltou|esta voltando"
        r"|ta voltando|esta a voltar|regressou|veio com tudo) (?:muito )?(?:forte|com tudo|de novo|outra vez)",
 r"(?<!nao tenho )(?<!nenhuma )(?<!sem )(?:vontade|impulsos?|desejo|urgencia) (?:\w+ )?de (?:me"
                    r" cortar|cortar-me|me machucar|machucar-me|me ferir|ferir-me|me queimar|queimar-me|me magoar"
                    r"|magoar-me|me bater|bater-me|automutila\w+|autolesa\w+)",
                    r"(?:\d+|um|uma|dois|duas|tres|seis) (?:dias|semanas|meses|anos|mes|semana|ano) (?:sem me cortar"
                    r"|limp[oa]|sem cortes|sem me machucar|sem me magoar)",
                    r"(?:quero|preciso|queria) (?:tanto |muito )?(?:me cortar|cortar-me)(?: de novo| outra vez)?"],
    depressant=[ r"rivotril|clonazepam|diazepam|valium|alprazolam|xanax|lorazepam|lorenin|bromazepam|lexotan|lexotam"
                r"|zolpidem|stilnox|benzos?|calmantes?|tarja preta|soniferos?|(?:remedios?|comprimidos?) (?:para|pra"
                r"|de) dormir|tramadol|tramal|codeina|morfina|oxicodona|fentanil|metadona|heroina|ghb|quetiapina"
                r"|seroquel|midazolam|dormonid",
                # Inhalants (lanca-perfume: chloroethane; lolo: ether and chloroform) and ketamine.
                r"lanca(?:-| )?perfumes?|(?:meter|meti|metendo|a meter|cheirar|cheirei|cheirando|a cheirar|usar"
                r"|usei|usando|mandar|mandei|puxar|puxei|tomar|tomei|dar um tiro de|dei um tiro de|fazer|fiz) (?:um "
                r"|uma |o |a |umas |uns |uma lata de )?(?:lanca|lancas|lolo)|cheirinho da lolo|ketamina|quetamina"
                r"|cetamina"
                r"|(?:cheirar|cheirando|a cheirar|cheirei) (?:eter|benzina|cola|solvente|thinner|tiner)"],
    alcohol=[
        # other drugs used to get through: "to cheirando todo fim de semana pra aguentar a semana"
        _said(r"(?:to|tou|estou|ando|tava|estava|vivo) (?:a )?(?:cheirando|cheirar|usando droga|usar droga|fumando pedra"
        r"|fumar pedra|me drogando|drogar-me|tomando bala|cafungando|no po|na farinha|dando um tiro|a dar uns tiros)"),
        _said(r"(?:cheiro|cheirei|cheirar|uso|usei|fumo|fumei|tomo|tomei|mando|mandei) (?:um |uma |umas |uns )?(?:po"
        r"|coca|cocaina|pedra|crack|bala|ecstasy|mdma|ketamina|farinha|brilho|pino|carreira|carreirinha)"),
 r"alcool|bebidas? alcoolicas?|a beber|bebendo|bebad[oa]|bebed[oa]|embriagad[oa]|vinho|cervejas?|vodka"
             r"|vodca|whisky|uisque|cachaca|pinga|gin|rum|tequila|shots|caipirinhas?|porre|pileque|bebi (?:a noite"
             r" (?:toda|inteira)|o dia (?:todo|inteiro)|ate (?:cair|apagar|desmaiar)|muito"
             r"|demais|umas|uns|varias|varios|tudo|uma garrafa|meia garrafa|bastante|que nem)",
             # Drinking told in the first person, not when denied and not of water or coffee.
             _said(r"(?:bebo|bebia|beber|tenho bebido|(?:encho|enchi|encher|enchendo|a encher) a cara|me embebedo"
             r"|embebedo-me|embebedar-me|me embriago|embriago-me|tomo (?:um )?porre|brejas?|cervas?|biritas?)"
             + _SOFT)],
    harm_thought=[
        # "vem-me a imagem de a deixar cair", "tenho pensamentos de que o afogo"
        r"(?:imagem|imagens|pensamentos?|ideias?|flashes|cenas?|visoes|visao)(?: \w+){0,3}\W{0,3} (?:de|em|que|de que)"
        r" (?:que )?(?:eu )?(?:o |a |os |as |lhe )?" + _HARM_ACT,
        # intrusive images: "quando dou banho no bebe vem-me imagens de que o deixo cair na agua"
        r"(?:imagens|pensamentos|ideias|flashes|cenas)(?: \w+){0,3} (?:de que|em que|onde) (?:eu )?(?:o |a |lhe )?"
        r"(?:largo|solto|deixo cair|afogo|empurro|machuco|esfaqueio|sacudo|mato|atiro|jogo|sufoco|magoo|corto|queimo)",
 r"(?:pensamentos?|imagens?|ideias?|flashes|vontades?|impulsos?) (?:\w+ ){0,2}(?:de|em) (?:\w+ )?"
                  r"(?:machucar|magoar|ferir|afogar|sufocar|esfaquear|empurrar|sacudir|abanar|matar|atirar|deixar"
                  r" cair|bater|fazer mal|jogar|lancar|estrangular|esganar|queimar|envenenar|cortar|apertar) "
                  r"(?:a |ao |o |a |os |as )?(?:meu|minha|meus|minhas|nosso|nossa|ele|ela|eles"
                  r"|elas|alguem|bebe|filh[oa]s?|crianca)"],
    hypothetical=[
        r"(?:se|quando) (?:eu )?(?:algum dia |um dia )?(?:me sentir|me sentisse|sentir-me|sentisse|ficar|ficasse"
        r"|estiver|estivesse) (?:assim|suicida|desse jeito|dessa forma)", r"e se (?:eu|alguem)",
        r"hipoteticamente|em teoria|supondo que|suponhamos|digamos que|imagina se|imaginemos",
        r"(?:seria|poderia|podia) (?:\w+ )?(?:possivel|ser)",
    ],
    denial=[
        # a euphemism for an act, denied: "nao e que eu queira fazer alguma coisa", "nao vou fazer nenhuma besteira"
        r"(?:nao e que|nao|nunca|jamais) (?:eu )?(?:queira|va|pense|quero|vou|penso|pensaria|faria|farei|pensei em)"
        r" (?:fazer )?(?:nada|nenhuma|nenhum|alguma|uma) (?:besteira|asneira|loucura|parvoice|burrice|estupidez"
        r"|coisa (?:de mal|ma|errada|estupida)|disparate|merda|de mal|de errado)(?! (?:mas|porem)\b)",
        # planning ahead: "se algum dia eu tiver pensamentos de me matar, o cvv e o 188?", and the question first
        _SOMEDAY + _NOT_NOW + r"{0,140}?" + _WHO_TO_CALL + r"[^.!?\n]{0,60}",
        _WHO_TO_CALL + r"[^.!?\n]{0,60}?" + _SOMEDAY + _NOT_NOW + r"{0,140}",
        # work, study and training: "sou voluntaria do cvv e atendo chamadas de prevencao do suicidio"
        _ROLE + r"[^.!?\n]{0,80}?" + _TOPIC,
        _PLAYED + r"[^.!?\n]{0,140}",
        # an old attempt told calmly: "a minha tentativa de suicidio de 2009 ... hoje sinto-me mais leve"
        r"(?:a minha|minha|o meu|meu|aquela|aquele|uma|um|a|o) (?:tentativa|overdose|internamento|internacao|crise)"
        r"(?: de suicidio)?(?: \w+){0,2} " + _DATED + r"(?=[^\n]{0,220}\b" + _FINE_NOW + r"\b)",
        r"(?:nao|nunca|jamais),? (?:nunca |jamais )?(?:pensei|penso|tenho pensado|pensaria|quis|quero|tentei) (?:em )?"
        r"(?:me matar|matar-me|suicidio|me suicidar|suicidar-me|tirar a (?:minha )?(?:propria )?vida|acabar com (?:a"
        r" minha vida|tudo)|morrer)(?:,? (?!mas\b|porem\b|so que\b)\w+){0,6}",

        # "nao, nao me da vontade de morrer nem nada disso"
        r"(?:nao|nunca|jamais|nem) (?:tenho|tive|sinto|senti|me da|me deu|me vem|me vem a) (?:nenhuma )?"
        r"(?:vontade|desejo|vontades|desejos|ideias?|pensamentos?) de (?:morrer|me matar|matar-me|suicidar-me|me"
        r" suicidar|sumir|desaparecer|acabar com (?:tudo|a minha vida)|me machucar|me magoar)(?: nem nada(?: disso"
        r"| do genero| parecido)?)?",
        r"(?:perguntou|perguntaram|pergunta|perguntou-me|perguntaram-me|me perguntou|me perguntaram|me pergunta|quis"
        r" saber|queria saber|questionou|questionou-me|me questionou|perguntar-me|perguntou-lhe)(?:[,.;:]?"
        r" [\w-]+){0,12}[,.;:]? (?:se|sobre)(?:[,.;:]? [\w-]+){0,14}[,.;:]? (?:e )?(?:eu )?(?:disse|respondi|falei"
        r"|disse-lhe|disse-lhes|respondi-lhe|neguei|digo|respondo)(?: (?:que|logo|logo que|lhe que))? (?:nao|nunca|n"
        r"|nem pensar|nada disso|que nao)\b" + _RETRACTED + r"(?:,? (?!mas\b|porem\b|so que\b|contudo\b|no entanto\b)\w+){0,6}",
        r"(?:eu )?(?:disse|respondi|falei|neguei|disse-lhe|respondi-lhe) (?:que )?(?:nao|nunca)(?: \w+){0,3},? "
        r"(?:quando|depois que|porque|assim que) (?:ela|ele|eles|a \w+|o \w+|a minha \w+|o meu \w+|minha \w+|meu \w+)"
        r"(?: me)? (?:perguntou|perguntaram|perguntou-me|quis saber)" + _RETRACTED + r"(?:[,.;:]? [\w-]+){0,16}",
        r"(?:nao|nunca) (?:sou|estou|fui|estive|me sinto|me senti|to|tou) (?:nada )?suicida(?: \w+){0,2}",
        r"(?:nao|nunca) (?:tenho|tive|tenho tido) (?:nenhuns |nenhum |nenhuma |quaisquer )?(?:pensamentos?|ideias?"
        r"|ideacao|planos?|intencao|intencoes|vontade) (?:suicidas?|de suicidio|de me matar|de morrer|de acabar com "
        r"(?:a minha vida|tudo)|de me magoar|de me machucar|de me fazer mal|de autolesao)",
        r"(?:nao|nunca) (?:penso|pensei|pensaria|pensava|estou a pensar|estou pensando|to pensando|tou pensando|tou a"
        r" pensar|to a pensar|ando a pensar|ando pensando|tenho pensado|estive a pensar|estive pensando) em (?:me"
        r" matar|suicidio|me suicidar"
        r"|acabar com (?:a minha vida|tudo)|me magoar|me machucar|fazer mal a mim)",
        r"(?:eu )?(?:nunca|jamais) (?:me mataria|faria isso|faria isto|me faria mal|me magoaria|tiraria a minha vida"
        r"|faria mal a mim)", r"(?:nao|nao e que) (?:quero|queira) morrer(?: \w+){0,3} (?:so|apenas) (?:quero|queria)",
        r"(?:nao|nunca) (?:estou|estive|corro|corri) (?:em )?(?:nenhum )?(?:perigo|risco)",
        r"nada disso|nada do genero|nada do tipo|nem pensar nisso",
        r"(?:sem|nenhum|nenhuma) (?:risco|pensamento suicida|ideacao suicida|ideia suicida)",
    ],
    fiction=[
        r"romeu|julieta|hamlet|ofelia|macbeth|shakespeare|werther|madame bovary|anna karenina|ana karenina"
        r"|sa-carneiro|sa carneiro|camilo castelo branco|florbela|alvares de azevedo",
        r"(?:o|a|um|uma|este|esta|esse|essa|neste|nesta|nesse|nessa|no|na|do|da) (?:filme|livro|romance|serie|novela"
        r"|episodio|personagem|poema|poesia|conto|peca de teatro|peca|cena|capitulo|protagonista|tragedia"
        r"|documentario|podcast|musica|cancao|letra|reportagem|noticia|jornal|telejornal|artigo|historia do livro"
        r"|manga|anime|obra)",
        r"trabalho (?:da|de|para a|pra) (?:escola|faculdade|aula|universidade)|trabalho de casa|licao de casa|dever"
        r" de casa|tpc|redacao|prova de|exame nacional|aula de|na aula|nas aulas|em aula|literatura|seminario"
        r"|apresentacao (?:sobre|de)|leitura obrigatoria|materia|professora? de (?:portugues|literatura|historia"
        r"|ingles|filosofia)",
        r"video ?jogos?|videojogos?|video ?games?|true crime|setembro amarelo|(?:formacao|treinamento|curso|palestra"
        r"|workshop) (?:sobre|de|em) (?:suicidio|prevencao|saude mental|overdose|primeiros socorros)",
        r"(?:no|em) (?:meu )?trabalho (?:vemos|vejo|lidamos|lido|atendemos|atendo|tivemos|tive)|(?:sou|trabalho como)"
        r" (?:enfermeir[oa]|medic[oa]|psicolog[oa]|socorrista|bombeir[oa]|policial|paramedico)",
        r"(?:vi|li|ouvi) (?:no|na|num|numa) (?:noticias?|jornal|televisao|tv|internet|filme|serie|livro)",
        # A health worker's shift.
        r"(?:no|num|do|meu|de) plantao|samu|inem|pronto[ -]socorro|(?:trabalho|trabalhava) (?:no|na|num|numa)"
        r" (?:hospital|upa|urgencia|emergencia|ambulancia|caps|uti)|(?:atendemos|atendi|recebemos) (?:\w+ ){0,2}"
        r"(?:overdoses?|intoxicac\w+|tentativas? de suicidio|pacientes?)|tecnic[oa] de enfermagem",
    ],
    help_seeking=[
        r"como (?:posso|devo|consigo|faco para|faco pra|poderia|podemos|devemos|se deve) (?:ajudar|apoiar|falar com"
        r"|abordar|lidar com|ajuda-l[oa]|apoia-l[oa]|conversar com)",
        r"o que (?:devo|posso|eu devo|eu posso|se deve|devemos|podemos) (?:dizer|fazer) (?:a|ao|para|pra|se|quando"
        r"|por)",
        r"(?:estou|to|tou|ando|fiquei) (?:muito )?preocupad[oa] (?:com|pel[oa]) (?:o meu|a minha|meu|minha|um|uma|o"
        r"|a) (?:melhor )?(?:amig[oa]|alun[oa]|colega|paciente|irm\w+|vizinh[oa]|prim[oa]|namorad[oa]|mae|pai"
        r"|cliente)", r"sinais de (?:alerta|aviso|que alguem|que uma pessoa)",
        r"como (?:identificar|perceber|saber|reconhecer) se (?:alguem|uma pessoa|um amigo|uma amiga|o meu|a minha)",
        r"(?:para|pra) (?:um|uma|o meu|a minha|meu|minha) (?:amig[oa]|alun[oa]|colega) que",
        r"como (?:ajudar|apoiar|lidar com|abordar|falar com) (?:um|uma|alguem|o|a|os|as|pessoas|amigos|colegas"
        r"|alunos)",
    ],
    purging=[
        # Vomiting brought on on purpose.
        _said(r"(?:me )?(?:faco|fiz|fazia|fazer|fazendo|forco|forcei|forcar|obrigo|obriguei|obrigar)(?:-me)?"
        r" (?:a )?(?:vomitar|botar (?:tudo )?(?:para|pra) fora|colocar (?:tudo )?(?:para|pra) fora|deitar (?:tudo )?"
        r"fora)"),
        _said(r"(?:provoco|provoquei|provocava|provocar|provocando|induzo|induzi|induzir)(?:-me)? (?:o |os )?"
        r"vomitos?"),
        _said(r"(?:me )?(?:enfio|enfiei|enfiava|enfiar|meto|meti|metia|meter|ponho|coloco)(?:-me)? (?:o |os |um"
        r" |dois )?dedos? (?:\w+ )?(?:na garganta|goela abaixo|(?:para|pra) vomitar)"),
        # Vomiting, laxatives or "purging" after food or to lose weight.
        _said(r"(?:vomito|vomitei|vomitava|vomitar|vomitando|a vomitar|boto (?:tudo )?(?:para|pra) fora|coloco"
        r" (?:tudo )?(?:para|pra) fora|deito (?:tudo )?fora|ponho (?:tudo )?(?:para|pra) fora)(?: (?:tudo|tudo o"
        r" que (?:como|comi)|tudo que (?:como|comi)|o que (?:como|comi)|a comida|sempre|quase sempre|de novo|outra"
        r" vez))?(?: \w+)? (?:" + _SLIM + "|" + _AFTER_FOOD + r"|de proposito|propositalmente|escondid[oa]"
        r"|as escondidas)" + _NOT_ILL),
        _AFTER_FOOD + r",? (?:sempre |logo |eu )?(?:vomito|me faco vomitar|faco-me vomitar|provoco o vomito"
        r"|boto (?:tudo )?(?:para|pra) fora|vou vomitar|tomo laxantes)" + _NOT_ILL,
        r"compuls(?:ao|oes) (?:e|para) (?:depois |logo |em seguida )?(?:vomito|vomitar|provoco|laxantes"
        r"|compenso|purgo)", r"(?:ciclo|ciclos) de compulsao e purga",
        _said(r"(?:me purgo|purgo-me|purgar|purgando|fazer purgas|faco purgas|compenso|compensar"
        r"|compensei)(?: \w+)? (?:com (?:vomito|laxantes|diureticos)|" + _SLIM + "|" + _AFTER_FOOD + "|vomitando)"),
        _said(r"(?:tomo|tomei|tomava|tomar|tomando|a tomar|uso|usei|usava|usar|usando|abuso de|abusei de|abusando"
        r" de|compro|bebo)(?: \w+){0,3} " + _LAX + _NOT_MED + r"(?=[^.!?\n]{0,80}\b(?:" + _SLIM + "|" + _AFTER_FOOD
        + r"|todos os dias|todo dia|todo santo dia|toda noite|todas as noites|(?:[2-9]|duas|tres|quatro|cinco)"
        r" vezes (?:ao|por) dia|compuls\w+|quilos|calorias|gord[oa]|a balanca|o peso))"),
        _said(r"(?:tomo|tomei|tomava|tomar|uso|usei|usava) (?:ate |uns |umas |mais de |tipo )?(?:[3-9]|[1-9]\d"
        r"|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta|varios|varias|muitos|muitas|um monte"
        r" de|uma caixa (?:inteira )?de|uma cartela (?:inteira )?de|caixas de|o dobro de|o triplo de|(?:\d|dois|duas"
        r"|tres) ou (?:[3-9]|tres|quatro|cinco|seis)) (?:comprimidos |capsulas |pilulas |saquetas |doses )?(?:de )?"
        + _LAX + _NOT_MED),
        _said(_LAX + r"(?: \w+){0,3} (?:" + _SLIM + "|" + _AFTER_FOOD + ")" + _NOT_MED),
        _said(r"abuso de (?:laxantes|diureticos)"),
    ],
    restriction=[
        # one drink or food only, for days: "to so no cafe e chiclete ha 10 dias"
        r"(?:to|tou|estou|ando|vivo|fico|estou a viver|vivendo)(?: so| apenas| a base de)? (?:no|na|a|de|com)"
        r" (?:cafe|agua|cha|chiclete|pastilha elastica|gelatina|caldo|sopa|fruta|maca|bolachas?|torradas?|iogurte"
        r"|cigarros?|coca zero|refrigerante zero)(?: (?:e|com) (?:\w+ ){0,2}(?:cafe|agua|cha|chiclete|pastilha elastica"
        r"|gelatina|caldo|cigarros?|coca zero|refrigerante zero|fruta|maca|bolachas?|torradas?|iogurte))? (?:ha|faz|desde ha|durante|por|(?:ja )?vai para)"
        r" (?:\d+|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|varios|varias|uns|umas) (?:dias|semanas)",
        r"(?:nao|n|quase nao|mal) " + _EAT_NOT + r"(?: nada| quase nada)? desde (?:ontem|anteontem|o (?:fim de semana"
        r"|sabado|domingo)|a (?:segunda|terca|quarta|quinta|sexta)(?:-feira)?|segunda|terca|quarta|quinta|sexta)"
        + _NOT_SICK,

        # Days without food, not from an illness.
        _DAYS + r"(?: seguid[oa]s| inteir[oa]s)?(?: quase| praticamente)? sem (?:comer" + _NO_FOOD + r"|comer nada"
        r"|por nada na boca|colocar nada na boca|comida|me alimentar|alimento)" + _NOT_SICK,
        r"(?:estou|to|tou|fiquei|fico|ando|estive) sem comer(?: nada)? (?:ha|faz|por|durante|ja ha|ja faz) (?:quase "
        r"|mais de )?" + _DAYS + _NOT_SICK,
        r"(?:ha|faz|fazem|tem|ja faz|ja vai|vai (?:fazer|para|pra)) (?:ja |quase |mais de )?" + _DAYS + r" (?:que|q)"
        r" (?:quase |praticamente )?(?:nao|n|nem) " + _EAT_NOT + _NOT_SICK,
        r"(?:nao|n|quase nao|mal) " + _EAT_NOT + r"(?: nada| quase nada| direito| mais que (?:agua|cafe|cha)"
        r"| so (?:agua|cafe|cha))? (?:ha|faz|em|nos ultimos|ja ha|ja faz|durante) (?:quase |mais de )?" + _DAYS
        + _NOT_SICK,
        r"(?:jejum|em jejum|a jejuar|jejuando|jejuo|jejuei)(?: \w+)? (?:ha|faz|de|por|durante) (?:quase |mais de )?"
        + _DAYS
        + r"(?=[^.!?\n]{0,80}\b(?:emagrecer|peso|quilos|magr[ao]|gord[oa]))",
        r"(?:so|somente|apenas) (?:agua|cafe|cha|agua e cafe|cafe e cigarro)(?: \w+){0,2} (?:ha|faz|por|durante)"
        r" " + _DAYS,
        # Not eating since a weekday named (more than a day): "nao como desde terca".
        r"(?:(?:so |quase )?(?:nao|n|mal) (?:como|comi|comi nada|como nada|ponho nada na boca)|(?:estou|to|tou|ando"
        r"|fiquei|estive) sem comer(?: nada)?) desde (?:(?:a |o )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)"
        r"(?:-feira| feira)?|anteontem|o fim de semana|a semana passada|o dia \d+)\b" + _NOT_SICK,
        # Only a soup, a fruit or a yoghurt a day.
        r"(?:so|apenas|somente) (?:como|comi|tenho comido|ando a comer|ando comendo|estou comendo|estou a comer|to"
        r" comendo|tou a comer|me permito) (?:uma|um|meia|meio|umas|uns|duas|dois) (?:\w+ )?(?:sopas?|frutas?|macas?"
        r"|bananas?|iogurtes?|bolachas?|torradas?|saladas?|gelatinas?|barras? de cereal|barrinhas?|caldos?|folhas? de"
        r" alface|tigelas? de \w+|colheres? de \w+|pedacos? de \w+)(?: \w+){0,2} (?:por dia|ao dia|o dia (?:todo"
        r"|inteiro)|por refeicao)" + _ORD_MEAL + _NOT_SICK,
        r"(?:ha|faz|ja ha|ja faz) (?:quase |mais de )?" + _DAYS + r" (?:que )?(?:so|apenas|somente) (?:como|bebo|tomo)"
        r" (?:\w+ ){0,3}(?:agua|cafe|cha|sopas?|frutas?|iogurtes?|bolachas?|liquidos|caldos?|saladas?|gelatinas?)"
        + _ORD_MEAL + _NOT_SICK,
        # Very few calories.
        r"(?:como|comi|consumo|ingiro|me permito|permito-me|me limito a|limito-me a|nao passo de|nao ultrapasso"
        r"|fico (?:em|nas)|vivo com|sobrevivo com) (?:so |somente |apenas |no maximo |menos de |umas |tipo |cerca de"
        r" )?" + _KCAL + r" (?:calorias|kcal|cal)\b",
        r"(?:so|somente|apenas|menos de|no maximo|tipo) " + _KCAL + r" (?:calorias|kcal|cal) ?(?:por|ao|/|cada) ?dia",
        # Not eating to lose weight, or as a punishment.
        _said(r"(?:parei|deixei|paro|deixo|vou parar|vou deixar) de comer(?: de vez| completamente| quase)?"
        r"(?: \w+)? (?:" + _SLIM + r"|ate (?:emagrecer|pesar|chegar|ficar magr|perder))"),
        _said(r"(?:nao como|nao estou comendo|nao estou a comer|quase nao como|fico sem comer|passo fome|estou"
        r" passando fome|estou a passar fome|faco jejum|jejuo|pulo (?:todas )?as refeicoes|salto (?:todas )?as"
        r" refeicoes|me mato de fome|mato-me a fome|estou me matando de fome)(?: nada| de proposito)? " + _SLIM),
        _said(r"(?:me obrigo a nao comer|obrigo-me a nao comer|me proibo de comer|proibo-me de comer|me castigo"
        r" sem comer|castigo-me sem comer|me deixo sem comer|nao me permito comer|nao me deixo comer)"),
    ],
    # Only with signs in the body (restriction_with_effects): on its own it is how many people live.
    meal_skipping=[
        r"(?:a noite|de noite|no almoco|o dia todo|o dia inteiro) (?:\w+ )?(?:so|apenas) (?:\w+ )?(?:cha|cafe|agua|coca zero)",
        r"(?:pulo|pulei|pulando|salto|saltei|estou a saltar) (?:de novo |outra vez )?(?:o almoco|a janta|o jantar|o pequeno almoco|o cafe da manha|as refeicoes|refeicoes)",
    ],
    ed_effect=[
        # Fainting, collapse, dizziness on standing.
        r"desmaiei", r"desmaio", r"desmaios", r"desmaiava", r"(?:ca(?:i|io)|fiquei) desmaiad[oa]",
        r"(?:perdi|perco) (?:os sentidos|a consciencia)", r"(?:apaguei|apago) (?:na rua|no trabalho|no banho|na aula"
        r"|de repente|do nada)", r"(?:cai|caio|fui) (?:ao|no) chao", r"colapsei", r"sincope", r"lipotimia",
        r"pressao (?:muito |super )?(?:baixa|baixissima|a 8|a 7)", r"(?:fico|fiquei) (?:tont[oa]|zonz[oa]) (?:quando"
        r"|sempre que|toda vez que|cada vez que|ao) (?:me )?levant\w+", r"tontura (?:quando|ao) (?:me )?levant\w+",
        # Vision going dark.
        r"(?:a )?(?:vista|visao) (?:\w+ )?(?:escurece|escureceu|fica preta|ficou preta|fica escura|ficou escura"
        r"|embaca|embacou|turva)", r"(?:fica|ficou) tudo (?:preto|escuro) (?:quando|ao|sempre que) (?:me )?levant\w+",
        r"vejo tudo (?:preto|escuro)",
        # Very low weight or heart rate.
        r"(?:peso|pesava|estou com|cheguei a|to com|tou com|desci para|baixei para) (?:so |apenas |menos de |uns "
        r"|tipo )?(?:[23]\d|4[0-4])(?:[.,]\d)? ?(?:quilos|kilos|kg|k)\b",
        r"imc (?:de |e |esta em |abaixo de )?(?:1[0-7]|[0-9])(?:[.,]\d)?\b",
        r"(?:batimentos|frequencia cardiaca|pulso|coracao)(?: \w+){0,2} (?:a |em |de )?[2-4]\d\b",
        r"[2-4]\d (?:batimentos|bpm|pulsacoes)", r"(?:batimentos|pulso|frequencia cardiaca) (?:muito )?(?:baix[oa]s?"
        r"|lent[oa]s?|fracos?)", r"bradicardia", r"arritmias?", r"coracao (?:muito )?(?:lento|devagar)",
        # Hair falling out, always cold, periods stopped.
        r"(?:meu |o )?cabelo (?:esta |ta |anda )?(?:caindo|a cair)(?: \w+)?", r"(?:cai|caindo|a cair) (?:muito )?(?:o"
        r" |meu )?cabelo", r"queda de cabelo", r"(?:perdendo|a perder|perco) (?:muito )?cabelo", r"lanugo",
        r"penugem", r"(?:sempre|o tempo todo|o dia todo) (?:com|sinto|tenho|estou com|to com|tou com) frio",
        r"(?:sinto|tenho|estou com) frio (?:o tempo todo|sempre|o dia todo|mesmo no calor|mesmo no verao)",
        r"(?:estou|to|tou|fico|ando) sempre gelad[oa]", r"(?:minha |a )?menstruacao (?:parou|sumiu|desapareceu"
        r"|nao vem|nao desce)", r"(?:nao menstruo|nao fico menstruada) (?:ha|faz) \w+ meses", r"amenorreia",
        r"(?:perdi|parou) (?:a|minha) menstruacao",
    ],
    frequency=[
        r"(?:quase )?tod[oa]s? (?:os |as |o |a )?(?:santos? )?(?:dias?|noites?|manhas?|tardes?)",
        r"(?:quase )?toda (?:a )?(?:noite|manha|tarde)", r"(?:o|a) (?:dia|noite|tarde) (?:todo|toda|inteir[oa])",
        r"diariamente", r"(?:quase )?cada (?:dia|noite|manha)", r"todo santo dia",
        r"(?:logo )?(?:quando|assim que|mal) acordo", r"desde que acordo", r"logo de manha", r"ja de manha",
        r"antes (?:do trabalho|de ir trabalhar|de ir para o trabalho|da aula|das aulas)",
        r"(?:[2-9]|duas|tres|quatro|cinco|seis|varias) vezes (?:ao|por|num) dia",
        r"(?:todo|todos os|cada) (?:fim|fins|final|finais) de semana",
        r"(?:por|ao|num|cada) dia|por noite|dia sim,? dia nao|dia apos dia|(?:a|de) cada (?:\d|um|uma|dois|duas|tres)"
        r" dias?|(?:a|de) cada (?:\d|duas|tres|quatro) horas",
    ],
    cope=[
        r"(?:so|apenas) (?:assim|desta forma|dessa forma|bebendo|a beber) (?:e que )?(?:eu )?(?:durmo|adormeco|esqueco"
        r"|aguento|desligo|paro de pensar|nao penso|consigo|funciono|me acalmo)",
        r"(?:para|pra|p) (?:conseguir |poder )?(?:esquecer(?: tudo| os problemas)?|dormir|pegar no sono|adormecer"
        r"|desligar(?: a cabeca)?|nao pensar(?: em nada)?|parar de pensar|aguentar(?: o dia| a vida)?|suportar"
        r"|funcionar|anestesiar|me anestesiar|anestesiar-me|nao sentir nada|deixar de sentir|me acalmar|acalmar-me"
        r"|acalmar (?:a ansiedade|os nervos)|tirar a ansiedade|fugir|ficar normal|me sentir normal|sentir-me normal"
        r"|me sentir melhor|sentir-me melhor|parar de tremer|nao tremer|encarar o dia|afogar as magoas"
        r"|sobreviver|aliviar)",
        r"(?:me ajuda|ajuda-me|me faz|faz-me) (?:a )?(?:dormir|esquecer|nao pensar|desligar|acalmar|aguentar)",
        r"(?:e )?a unica coisa que (?:me )?(?:ajuda|acalma|funciona|desliga|faz dormir|faz esquecer|alivia|tranquiliza"
        r"|da jeito)",
        r"(?:nao consigo|ja nao consigo|nao da pra|nao da para) (?:dormir|adormecer|funcionar|viver|ficar bem|ficar"
        r" calm[oa]|me acalmar|trabalhar|aguentar o dia|encarar o dia) sem(?= (?:beber|alcool|uma cerveja"
        r"|umas cervejas|um copo|uns copos|vinho|o vinho|a cerveja|uma dose|umas doses|um gole|uns goles|pinga"
        r"|cachaca|encher a cara)\b)",
        r"(?:(?<=\bsem alcool )|(?<=\bsem beber )|(?<=\bsem bebida )|(?<=\bsem vinho )|(?<=\bsem cerveja ))nao"
        r" (?:consigo|durmo|funciono|aguento|me acalmo)",
        r"(?:afogo|afogar|afogando|a afogar) as (?:magoas|maguas|tristezas)",
        r"(?:so|apenas) (?:assim|bebendo|a beber|com (?:alcool|bebida|uns copos|umas cervejas)) (?:e que )?(?:eu )?"
        r"(?:consigo|da|posso) (?:dormir|adormecer|esquecer|desligar|relaxar|aguentar|funcionar|trabalhar|parar de"
        r" pensar|nao pensar|me acalmar|acalmar-me)",
        r"(?:(?:o )?(?:unico|so) (?:jeito|modo|meio)|a (?:unica|so) (?:forma|maneira|coisa)) (?:de|que) (?:eu )?"
        r"(?:consigo )?(?:dormir|adormecer|esquecer|desligar|apagar|aguentar|suportar|nao pensar|parar de pensar"
        r"|relaxar"
        r"|me acalmar|sobreviver|funcionar|anestesiar)",
        r"(?:para|pra|p) (?:apagar|desligar|calar) (?:a cabeca|a mente|os pensamentos|o cerebro)",
    ],
    voices_worse=[
        _VOICES + r" (?:(?:estao|tao|ficaram|estao a ficar|estao ficando|ficam|sao)(?: (?:muito|cada vez|bem|ainda))?"
        r" )?(?:mais (?:altas|fortes|frequentes|insistentes|intensas|alto)|piores|insuportaveis)",
        _VOICES + r" (?:(?:voltaram|voltam|regressaram|estao de volta|pioraram|pioram)(?! a (?:circular|correr))"
        r"|nao (?:param|se calam|calam|me deixam (?:em paz|dormir|pensar|sossegad[oa])|me largam|saem da minha"
        r" cabeca)|falam (?:comigo )?o dia (?:todo|inteiro)|comentam (?:tudo|o que (?:eu )?faco|tudo o que (?:eu )?"
        r"faco|tudo que (?:eu )?faco)|(?:se )?riem de mim|zombam de mim|gozam comigo|me xingam|xingam-me|me insultam"
        r"|insultam-me|falam mal de mim|me criticam|gritam comigo|me dizem (?:coisas|que sou|que nao valho)"
        r"|dizem-me (?:coisas|que sou|que nao valho))",
        _VOICES + r" (?:(?:estao|tao|ficam|andam|continuam)(?: a)? )?(?:me )?(?:mandam|mandando|mandar|ordenam"
        r"|ordenando|ordenar|exigem|exigindo|exigir|dizem|dizendo|dizer)(?:-me)? (?:pra |para |que |a )?(?:eu )?"
        r"(?:\w+ )?"
        r"(?:matar|machucar|magoar|ferir|bater|atacar|esfaquear|envenenar|fazer mal|me matar|me cortar|me machucar"
        r"|me ferir|me magoar|pular|saltar|me jogar|me atirar)",
        r"(?:voltaram|voltaram-me) as vozes", r"(?:voltei|volto) a ouvir (?:as |umas |essas )?vozes",
        r"(?:ouco|escuto|to ouvindo|tou a ouvir|estou ouvindo|estou a ouvir) (?:as |essas )?vozes (?:de novo|outra vez"
        r"|mais do que nunca|cada vez mais|mais alto|mais altas)",
        r"(?:ouco|escuto|estou ouvindo|estou a ouvir) (?:as|essas) vozes (?:o dia (?:todo|inteiro)|o tempo todo"
        r"|a toda a hora|toda hora)",
        r"a voz(?: (?:na|dentro da) (?:minha )?cabeca)? (?:voltou|esta mais (?:alta|forte)|ta mais (?:alta|forte)"
        r"|nao se cala|nao para de falar|ri de mim|goza comigo|me xinga|me insulta|comenta tudo)",
    ],
)
