"""Situations told in wording no lexicon had (issue 10, after blind round 17), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon` after `families_r16.py`. As there, each family is slots
and the way they combine, not the sentences of the set.

False alarms of the round, by structure (`idiom` or `denial`: the risk words inside are not the speaker's own risk):

- a method said of a match or a team losing and laughed off ("if we lose again I'm jumping off the bridge haha"):
  the round-16 joke rule for exams widened to sport;
- a patient or client "with suicidal ideation" told by a trainee or a professional: the ideation is the patient's;
- self-harm told as the speaker's teenage history ("as a teenager", "years ago") and "I don't want to do it again":
  history and a wish not to, not an urge.

Misses of the round, by family (the situation, not the sentence):

- partner strangulation told in the past with a time ("grabbed my throat again on Saturday") (`violence_me`);
- on a high place (a multi-storey's wall, a roof, any "...brücke"/"...dach") with "just wanted someone to know where I
  was" or a bare goodbye (`at_place`, `farewell`);
- lethal-dose questions about a common medicine ("the most paracetamol before it wrecks your liver")
  (`lethal_means`: a method researched, high);
- older adults: "better if God took me", "I'm only a burden to my children", "they'd have it easier without me"
  (`indirect`);
- a friend's goodbye message ("thanks for everything, love you") and then no answer, the phone off
  (`message_goodbye`, `unreachable`); a friend's wish to disappear written to the speaker (`death`, third party);
- fuel and fire against a person or their place ("burn his workshop with him inside", petrol in the can) and a
  vehicle used against a person ("run him over") (`threat`, `weapon`);
- a child left alone, locked in or without food, pushed against a wall; a minor cutting found by a parent
  (`child_harm`);
- a weapon in the car or the shed with a named person and "today he won't get away" (`threat`, `weapon`); being
  followed with a weapon seen while running for help (`danger_me`, `under_threat_now`, `weapon`); stalking by an
  ex or an online stranger who found the address (`danger_me`);
- laxatives or diuretics after meals, or started again "to feel lighter" (`purging`); fasting for days on water for
  bones to show (`restriction`);
- intrusive thoughts of harming a loved one, feared ("a flash of stabbing him, it terrifies me") (`harm_thought`);
- drinking from the morning or binge weekends "to get through" (`alcohol`, `frequency`, `cope`);
- a burn on purpose with an iron or a lighter; a wound red and swollen with yellow stuff and fever, A&E avoided
  (`self_harm`, `wound_bad`, `care_avoided`);
- goodbyes across turns (relatives called after years, an apology "for everything", told not to miss the speaker,
  a bank account closed) and "at peace now" (`prep`, `farewell`); affairs arranged with a day chosen ("when Léa is
  at her father's") (`prep`, `time_soon`); a belt already hanging from a branch "till it's dark"
  (`lethal_means`, `time_soon`);
- pills taken "with the beer" then walking into the sea (`taken`, `amount`, `method`); voices ordering a jump
  (`command`, `position`);
- algospeak (normalised to English by `normalise.py`: "sewerslide" is "suicide", "unalive" is "kill") inside any
  language ("pensando em suicide pra valer") (`death`, `intent`); a death idiom "but lately I mean it".

Then the misses only the trained head had caught, as slots too: hair torn out, "not allowed out without him"
(`violence_me`); a child beaten with a belt or beaten now, a sibling who cuts (`child_harm`, `under_threat_now`);
antifreeze and other household poisons (`poison`); a tow rope in the loft, "the beam's strong enough", "once Dad's
gone to bed" (`lethal_means`, `time_soon`); "when he comes out he'll find out" (`threat`); spirits by the bottle
every other day "to be able to sleep" (`alcohol`, `frequency`, `cope`); someone close who drives drunk
(`drink_driving`); someone's wish not to live, reported; "if I didn't wake up I wouldn't mind"; Neapolitan "me vogl'
accirere" (`death`); a harm thought written with an infinitive ("den Gedanken, ... unterzutauchen") (`harm_thought`);
voices ordering harm, voices back (`command`, `voices_worse`); a burn with an iron that nobody noticed
(`self_harm`); an ex waiting outside work (`danger_me`); letters to the children "for after", the dog promised to
someone (`prep`).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# ---- False alarms, by structure. ----

# Sport: a match or a team losing, a method, and laughter.
_SPORT = {
    "en": r"(?:match|game|derby|final|we lose|they lose|if we lose|if they lose|the lads|my team)",
    "es": r"(?:juega|jugamos|partido|derbi|final|perdemos|perdamos|pierde|pierden|mi equipo)",
    "fr": r"(?:match|joue|jouent|derby|finale|on perd|ils perdent|mon equipe|mon club)",
    "de": r"(?:spiel|spielt|derby|finale|verlieren|verliert|mein verein|meine mannschaft)",
    "pt": r"(?:jogo|joga|jogam|partida|derbi|classico|final|perdermos|perder|perde|meu time|minha equipa)",
    "it": r"(?:partita|gioca|giocano|derby|finale|perdiamo|perde|perdono|la mia squadra)",
}
_LAUGH = r"(?:ja(?:ja)+\w*|ha(?:ha)+\w*|je(?:je)+|ah(?:ah)+\w*|k{3,}\w*|rs(?:rs)+|lol|lmao|mdr|xd|😂|🤣)"
_SPORT_JOKE = {c: r"(?:^|(?<=[.!?\n] ))[^.!?\n]{0,160}\b" + _SPORT[c] + r"\b[^\n]{0,160}?" + _LAUGH for c in _LANGS}
# A patient or client with suicidal ideation: the ideation is theirs.
_PATIENT_WITH = (r"(?:patient|patients|patientin|client|clients|cliente|clientes|paciente|pacientes|paziente|pazienti"
                 r"|usuario|usuaria|utente|klient|klientin) (?:\w+ )?(?:with|con|avec|mit|com|che ha|que tiene|qui a)"
                 r" (?:\w+ )?(?:suicidal (?:ideation|thoughts)|ideacion suicida|ideas suicidas|ideation suicidaire"
                 r"|idees suicidaires|suizidgedanken|suizidalen gedanken|suizidalitat|ideacao suicida|ideias suicidas"
                 r"|ideazione suicidaria|pensieri suicidi)")
# Self-harm told as teenage history, and not wanting to do it again.
_SH_HISTORY = {
    "en": r"(?:i )?(?:self[- ]?harmed|used to self[- ]?harm|cut myself|used to cut)(?: a lot)? (?:as a (?:teen\w*|kid)"
          r"|when i was (?:younger|a teen\w*|\d+)|in my teens|years ago)",
    "es": r"me (?:cortaba|autolesionaba|hacia dano)(?: mucho)? (?:de adolescente|de joven|cuando era (?:adolescente"
          r"|joven|chic[oa])|hace anos)",
    "fr": r"je me (?:scarifiais|coupais|faisais du mal)(?: beaucoup)? (?:ado|a ladolescence|quand jetais (?:ado|jeune"
          r"|petite?)|il y a des annees)",
    "de": r"(?:ich hab mich|ich habe mich) (?:als teenager|als jugendliche\w*|fruher|vor jahren)(?: \w+)? (?:geritzt"
          r"|verletzt)",
    "pt": r"(?:eu )?me (?:cortava|automutilava|machucava)(?: muito)? (?:na adolescencia|quando (?:era|eu era)"
          r" (?:adolescente|nova|novo|mais nova|mais novo)|ha anos)",
    "it": r"(?:mi tagliavo|mi facevo del male|mi autolesionavo)(?: molto)? (?:da (?:adolescente|ragazz[oa])|anni fa)",
}
_DONT_AGAIN = {
    "en": r"i (?:dont|do not) want to (?:do it|go back to (?:it|that)|start) again",
    "es": r"no quiero (?:volver a hacerlo|volver a eso|recaer)",
    "fr": r"je (?:ne )?veux pas (?:recommencer|y retourner|replonger)",
    "de": r"ich will (?:das )?nicht (?:wieder (?:anfangen|damit anfangen)|ruckfallig werden)",
    "pt": r"nao quero (?:voltar a fazer(?: isso)?|voltar a isso|recair)",
    "it": r"non (?:voglio|vorrei) (?:ricominciare|rifarlo|ricaderci)",
}
_HISTORY_NOT_AGAIN = {c: r"(?:" + _SH_HISTORY[c] + r")\b[^\n]{0,240}?\b(?:" + _DONT_AGAIN[c] + r")" for c in _LANGS}

PARTS: dict[str, dict[str, list[str]]] = {
    code: {"idiom": [_SPORT_JOKE[code], _PATIENT_WITH], "denial": [_HISTORY_NOT_AGAIN[code]]} for code in _LANGS
}

# ---- Misses of the round, by structure. ----

# Partner strangulation, or violence told with a time: a hand at the throat (a strong predictor of homicide,
# Glass et al. 2008).
_THROAT = {
    "en": r"(?:grabbed|grabs|squeezed|gripped|had|put|wrapped) (?:me by )?(?:my|his hands? (?:round|around|on) my)"
          r" (?:throat|neck)|(?:choked|strangled|throttled) me|(?:hands?|arm) (?:round|around) my (?:throat|neck)",
    "es": r"me (?:agarro|agarra|cogio|apreto|aprieta|tomo) (?:del|el|por el) (?:cuello|pescuezo|garganta)"
          r"|me (?:estrangulo|estrangula|ahorco|ahorca|asfixio)|(?:las )?manos en (?:el|mi) cuello",
    "fr": r"(?:il|elle) (?:ma|m) (?:prise?|serree?|attrapee?|etranglee?|saisie?) (?:a|par) la (?:gorge|cou)"
          r"|(?:il|elle) ma (?:etranglee?|etouffee?)|(?:les )?mains (?:autour de|sur) mon cou",
    "de": r"(?:hat|hatte) mich (?:\w+ ){0,3}(?:gewurgt|am hals gepackt|an der kehle gepackt)|(?:ist|war) mir an den hals"
          r" gegangen|(?:hande|hand) um meinen hals|mich am hals (?:gepackt|gewurgt)",
    "pt": r"(?:me )?(?:apertou|agarrou|pegou)(?:-me)? (?:o|no|pelo) (?:meu )?(?:pescoco|garganta)|me (?:esganou|enforcou"
          r"|estrangulou|sufocou)|(?:esganou|estrangulou)-me|maos no meu pescoco",
    "it": r"mi ha (?:preso|presa|stretto|stretta|afferrato|afferrata) (?:per il|il) (?:collo|gola)|mi ha (?:strangolat[oa]"
          r"|soffocat[oa])|(?:le )?mani (?:al|intorno al|sul) (?:mio )?collo",
}
# A high place: a multi-storey's wall or top floor, a roof, a parapet; a bridge named by a German compound.
_HIGH_PLACE = {
    "en": r"(?:im|i am|sat|sitting|standing|stood)(?: \w+)? on (?:the )?(?:wall|ledge|edge|roof|railing|parapet|top"
          r" (?:floor|level|deck)) of (?:the |a )?(?:multi-?storey|multistorey|car park|carpark|parking (?:garage"
          r"|lot|structure)|tower block|block of flats|building|bridge|flats)",
    "es": r"(?:estoy|toy)(?: sentad[oa]| de pie| parad[oa])? (?:en|sobre) (?:el|la) (?:muro|borde|cornisa|azotea"
          r"|tejado|terraza|ultima planta|ultimo piso|baranda) (?:del|de la|de un|de una) (?:parking|aparcamiento"
          r"|estacionamiento|edificio|puente|torre)",
    "fr": r"(?:je suis|chuis|jsuis)(?: assise?| debout)? sur (?:le|la) (?:muret|rebord|toit|parapet|bord|dernier"
          r" etage|rambarde) (?:du|de la|dun|dune) (?:parking|immeuble|pont|tour|batiment)",
    "de": r"(?:ich )?(?:steh|stehe|sitz|sitze|bin)(?: \w+)? (?:auf|an) (?:der|dem|einer|einem) \w*(?:brucke|brugg)"
          r"|(?:ich )?(?:steh|stehe|sitz|sitze|bin)(?: \w+)? (?:auf|an) (?:der|dem) (?:mauer|brustung|dach|gelander)"
          r" (?:vom|von dem|des) (?:parkhaus\w*|hochhaus\w*|turm\w*)",
    "pt": r"(?:estou|to|tou)(?: sentad[oa]| de pe| parad[oa])? (?:no|na|em cima do|em cima da) (?:muro|beiral|borda"
          r"|telhado|terraco|cobertura|ultimo andar|parapeito) d[oa] (?:parque|estacionamento|predio|edificio|ponte"
          r"|viaduto|torre)",
    "it": r"(?:sono|sto)(?: sedut[oa]| in piedi)? (?:sul|sulla|sullo|in cima al|in cima alla) (?:muretto|bordo"
          r"|cornicione|tetto|terrazzo|ultimo piano|parapetto) (?:del|della|di un|di una) (?:parcheggio|palazzo"
          r"|ponte|torre|edificio)",
}
_SOMEONE_KNOW = {
    "en": r"(?:just )?wanted (?:someone|somebody|anyone|you) to know where i (?:was|am)|bye (?:everyone|all)",
    "es": r"(?:solo )?queria que alguien supiera donde (?:estaba|estoy)",
    "fr": r"(?:je voulais juste|je voulais) que quelquun sache ou (?:jetais|je suis)",
    "de": r"(?:ich )?wollte (?:nur|blo[s]+),? dass (?:es )?(?:jemand|wer|einer) wei[s]+,? wo ich bin"
          r"|tschuss(?=[ .!]*$)",
    "pt": r"(?:so )?queria que alguem soubesse onde (?:eu )?(?:estava|estou)",
    "it": r"(?:volevo solo|volevo) che qualcuno sapesse dove (?:ero|sono)",
}
# A lethal-dose question about a common medicine: the medicine is `pills`; the death words are the part.
_MEDS = (r"(?:paracetamol|acetaminophen|tylenol|panadol|ibuprofen|ibuprofeno|ibuprofene|aspirin\w*|aspirina|codeine"
         r"|codeina|co-codamol|naproxen|metamizol|novalgin|nolotil|dafalgan|doliprane|efferalgan|tachipirina"
         r"|benuron|brufen|nurofen|sertralin\w*|amitriptylin\w*|insulin\w*|insuline|lithium|litio|tramadol"
         r"|diazepam|lorazepam|zolpidem|quetiapin\w*)")
_PILLS_WORD = r"(?:pills?|tablets?|pastillas|comprimidos|pilules|cachets|comprimes|tabletten|pillen|compresse|pastiglie)"
_HOW_MUCH = {
    "en": r"(?:whats|what is|how much|how many|the most|max(?:imum)?|what dose|which dose)",
    "es": r"(?:cuant[oa]s?|cual es la dosis|que dosis|la dosis maxima|maximo)",
    "fr": r"(?:combien|quelle dose|la dose max\w*|le maximum)",
    "de": r"(?:wie ?viele?|welche dosis|ab wie ?viel\w*|die hochstdosis|maximal)",
    "pt": r"(?:quant[oa]s?|qual (?:e )?a dose|que dose|a dose maxima|o maximo)",
    "it": r"(?:quant[ie]|quale dose|che dose|la dose massima|il massimo)",
}
_LETHAL = {
    "en": r"(?:before it (?:kills|wrecks|destroys|fries|shuts down)|to (?:kill (?:you|yourself|me|a person)|die|not wake"
          r" up|be fatal|od)|(?:is|would be) (?:lethal|fatal|deadly)|lethal|fatal|(?:wreck|destroy|fry)s? your liver"
          r" for good)",
    "es": r"(?:para (?:morir\w*|matar\w*|no despertar)|es (?:mortal|letal)|dosis (?:mortal|letal)|antes de que (?:te )?"
          r"(?:mate|destroce el higado))",
    "fr": r"(?:pour (?:mourir|en mourir|ne pas se reveiller|se tuer)|(?:est|cest) (?:mortel|mortelle|letal\w*)"
          r"|dose (?:mortelle|letale)|avant que (?:ca )?(?:tue|detruise le foie))",
    "de": r"(?:(?:sind|ist|waren|ware) (?:todlich|letal)|um (?:zu sterben|nicht mehr aufzuwachen)|todliche dosis"
          r"|bevor (?:es|die leber) (?:todlich|kaputt)\w*)",
    "pt": r"(?:para (?:morrer|matar|nao acordar)|(?:e|seria) (?:mortal|letal)|dose (?:mortal|letal)|antes de (?:matar"
          r"|destruir o figado))",
    "it": r"(?:per (?:morire|ammazzarsi|non svegliarsi)|(?:e|sono|sarebbe) (?:mortale|letale)|dose (?:mortale|letale)"
          r"|prima che (?:ti )?(?:uccida|distrugga il fegato))",
}
# The question is a method researched (C-SSRS: active ideation with method) and is `lethal_means`; "asking for me"
# after it stays inside the span, so that a question said of "you" in general is not read as addressed to someone.
_FOR_ME = r"(?:[^\n]{0,40}?\b(?:for me|for myself|para mi|pour moi|fur mich|pra mim|para mim|per me)\b)?"
_DOSE_QUESTION = {c: r"(?:" + _HOW_MUCH[c] + r")\b[^.!?\n]{0,60}?\b(?:" + _MEDS + "|" + _PILLS_WORD
                  + r")\b[^.!\n]{0,60}?\b(?:" + _LETHAL[c] + r")" + _FOR_ME for c in _LANGS}
# Older adults: God taking them, a burden, the children better off.
_GOD_TAKE = {
    "en": r"(?:wish|if|hope|pray|better if|would be better if) (?:god|the lord|the good lord|him upstairs) (?:would |could"
          r" |will |just )*(?:take|took|came for|called) me|(?:god|the lord) (?:can|could|might as well) take me",
    "es": r"(?:que|si|ojala) (?:dios|el senor|diosito|el de arriba) me (?:lleve|llevara|llevase|recoja|recogiera"
          r"|llame|llamara)(?: ya)?|(?:dios|el senor) (?:podria|puede) llevarme",
    "fr": r"(?:que|si) (?:dieu|le seigneur|le bon dieu) (?:me prenne|me prenait|vienne me chercher|venait me chercher"
          r"|me rappelle|me rappelait)|(?:dieu|le seigneur|le bon dieu) (?:peut|pourrait) (?:bien )?me (?:prendre"
          r"|rappeler)",
    "de": r"(?:der (?:liebe |herr)?gott|der herrgott|der herr|gott) (?:soll|sollte|konnte|moge|darf) mich (?:\w+ )?"
          r"(?:holen|zu sich (?:nehmen|holen))|(?:wenn|dass) (?:mich )?(?:der (?:liebe )?(?:herr)?gott|gott)"
          r" (?:mich )?(?:holt|holen wurde|zu sich nahme|zu sich holt)",
    "pt": r"(?:que|se|oxala|tomara que) deus me (?:leve|levasse|chame|chamasse|recolha)|(?:deus|o senhor|nosso senhor)"
          r" (?:podia|bem podia|podia mas e|devia|pode) (?:me levar|levar-me|chamar-me|me chamar)",
    "it": r"(?:il signore|dio|il buon dio|il padreterno|gesu) (?:potrebbe|dovrebbe|puo|poteva) (?:anche |pure |gia )?"
          r"(?:prendermi|chiamarmi|portarmi via|prendersi me)|che (?:dio|il signore) mi (?:prenda|chiami|porti via)",
}
_BURDEN = {
    "en": r"(?:im|i am|i feel like|i feel) (?:just |only |nothing but )?(?:a burden|a weight|a drain) (?:to|on|for)"
          r" (?:my |the |everyone|everybody|them)\w*|(?:my (?:kids|children|family|son|daughter)|they) (?:would|d) be"
          r" (?:better off|happier|freer) without me",
    "es": r"(?:soy|me siento) (?:solo |nada mas que |mas que )?una (?:carga|molestia|estorbo) (?:para|a) (?:mis|mi|todos"
          r"|ellos)|(?:soy|me siento) (?:un|solo un) estorbo|(?:mis hijos|mi familia|ellos) (?:estarian|vivirian)"
          r" mejor sin mi",
    "fr": r"(?:je suis|je me sens) (?:juste |seulement |plus qu)?(?:un fardeau|un poids|une charge) (?:pour|a)"
          r" (?:mes|ma|mon|tout|eux)|(?:mes enfants|ma famille|ils) (?:seraient|vivraient) mieux sans moi",
    "de": r"(?:bin|ich bin) (?:doch )?(?:nur noch |nur |blo[s]+ )?(?:eine last|ein klotz am bein|eine belastung)"
          r"|(?:meine kinder|meine familie|die kinder|sie) (?:hatten\w*|waren|hattens) (?:es )?(?:leichter|besser dran"
          r"|besser) ohne mich",
    "pt": r"(?:sou|me sinto|sinto-me) (?:so |apenas )?(?:um peso|um fardo|uma carga|um estorvo)(?: para| pra)?"
          r"|(?:meus filhos|os meus filhos|minha familia|eles) (?:estariam|ficariam|viveriam) melhor sem mim",
    "it": r"(?:sono|mi sento) (?:solo |soltanto |ormai )?(?:un peso|un fardello|di peso)(?: per| a)?|(?:i miei figli|la"
          r" mia famiglia|loro) (?:starebbero|vivrebbero) meglio senza di me|(?:alla mia eta )?sono solo un peso",
}
# "Better off without me" ends its clause: not "happier without me working weekends".
_CLAUSE_END = r"(?=\s*(?:$|[.,!?;:]| and | but | y | pero | et | mais | und | aber | e | mas | ma ))"
_BURDEN = {c: r.replace("without me", "without me" + _CLAUSE_END).replace("sin mi", "sin mi" + _CLAUSE_END)
          .replace("sans moi", "sans moi" + _CLAUSE_END).replace("ohne mich", "ohne mich" + _CLAUSE_END)
          .replace("sem mim", "sem mim" + _CLAUSE_END).replace("senza di me", "senza di me" + _CLAUSE_END)
          for c, r in _BURDEN.items()}
# A goodbye message and silence.
_GOODBYE_SENT = {
    "en": r"(?:sent|texted|wrote|messaged) (?:me )?(?:thanks|thank you) for everything|(?:sent|texted|wrote) (?:me )?"
          r"(?:a )?(?:goodbye|farewell)",
    "es": r"(?:me )?(?:mando|escribio|envio) (?:un )?(?:gracias por todo|mensaje de despedida|adios)",
    "fr": r"(?:ma )?(?:envoye|ecrit) (?:un )?(?:merci pour tout|message dadieu|adieu)",
    "de": r"(?:hat )?(?:mir )?(?:geschrieben|geschickt) (?:,? )?(?:danke fur alles|lebewohl|machs gut)|(?:schrieb|schickte)"
          r" (?:mir )?(?:danke fur alles)",
    "pt": r"(?:me )?(?:mandou|enviou|escreveu) (?:um )?(?:obrigad[oa] por tudo|adeus|mensagem de despedida)",
    "it": r"(?:mi )?(?:ha )?(?:mandato|scritto|inviato) (?:un )?(?:grazie di tutto|grazie per tutto|addio|messaggio"
          r" di addio)",
}
_NO_ANSWER = {
    "en": r"(?:isnt|is not|not|hasnt been|wont) (?:answering|picking up|replying)|(?:phone|mobile) (?:is |s |goes )?"
          r"(?:off|switched off|dead|straight to voicemail)|doesnt (?:answer|pick up)",
    "es": r"no (?:contesta|responde|lo coge|lo agarra|atiende)|(?:el )?(?:telefono|movil|celular) (?:esta |da )?"
          r"apagado|salta el buzon",
    "fr": r"(?:il|elle) (?:ne )?(?:repond|decroche) (?:plus|pas)|(?:telephone|portable) (?:est )?(?:eteint|coupe)"
          r"|tombe sur (?:la|sa) messagerie",
    "de": r"(?:geht|nimmt) (?:nicht|nimmer) (?:ran|ab)|antwortet nicht|(?:handy|telefon) (?:ist )?(?:aus|ausgeschaltet)"
          r"|nur (?:die )?mailbox",
    "pt": r"nao (?:atende|responde)(?: mais)?|(?:celular|telemovel|telefone) (?:da |esta |ta )?(?:desligado|fora de area)"
          r"|(?:so )?(?:da|cai) na caixa postal",
    "it": r"non (?:risponde|mi risponde)(?: piu)?|(?:telefono|cellulare) (?:e |risulta )?(?:spento|staccato"
          r"|irraggiungibile)|(?:parte|scatta) la segreteria",
}
# A friend's wish to disappear written to the speaker.
_WISH_DISAPPEAR = {
    "en": r"(?:i )?(?:wish i could|would like to) (?:just )?disappear",
    "es": r"(?:quisiera|quisiese|me gustaria) desaparecer|ojala (?:pudiera )?desaparecer",
    "fr": r"(?:je voudrais|jaimerais) disparaitre",
    "de": r"(?:ich )?(?:wurde gern|wurde am liebsten|mochte) (?:einfach )?verschwinden",
    "pt": r"(?:queria|gostaria de) desaparecer|quem me dera desaparecer",
    "it": r"vorrei (?:solo )?(?:sparire|scomparire)",
}
# Fuel and fire against a person or their place.
_FUEL = (r"(?:petrol|gasoline|gas can|jerry ?can|lighter fluid|white spirit|gasolina|bidon|alcohol de quemar|essence"
         r"|jerrican|white-spirit|benzin|kanister|brandbeschleuniger|gasoleo|galao|alcool|benzina|tanica|diavolina)")
_BURN_THEIR = {
    "en": r"(?:burn|torch|set fire to) (?:his|her|their) (?:\w+ )?(?:house|flat|car|shop|workshop|garage"
          r"|place|van)(?: down)?(?: with (?:him|her|them) (?:in|inside|in it))?|(?:pour|douse)\w* (?:petrol|it) (?:on|over)"
          r" (?:him|her|them)",
    "es": r"(?:le|les) (?:quemo|voy a quemar|prendo fuego a|incendio) (?:la|el) (?:casa|taller|coche|carro|piso|tienda"
          r"|negocio|local)|(?:quemar|incendiar)(?:le)? (?:la|el) (?:casa|taller|coche|piso|local) a \w+",
    "fr": r"(?:je vais |je )?(?:lui )?(?:bruler|cramer|incendier|mettre le feu a) (?:sa|son|leur) (?:maison|voiture"
          r"|atelier|garage|magasin|appart)",
    "de": r"(?:ich )?(?:zund|fackel)\w*(?: ich)? (?:ihm|ihr|denen)? ?(?:die|das|den|seine|ihre) (?:\w+ )?(?:haus|werkstatt|auto"
          r"|bude|laden|wohnung|garage) (?:an|ab)",
    "pt": r"(?:vou )?(?:queimar|tacar fogo (?:n|em)|por fogo (?:n|em)|incendiar) (?:a|o) (?:casa|carro|oficina|loja"
          r"|apartamento) d(?:ele|ela)",
    "it": r"(?:gli|le) (?:brucio|do fuoco a|incendio) (?:la|il|l)\s?(?:casa|macchina|officina|negozio|garage)"
          r"|(?:dar|dare) fuoco (?:alla|al) (?:sua )?(?:casa|macchina|officina|negozio)",
}
# A vehicle used against a person: the running over is the threat; the driving at them names the weapon.
_RUN_OVER = {
    "en": r"(?:run|running) (?:him|her|them|the \w+) (?P<at>over)|mow (?:him|her|them) (?P<at3>down)|(?P<at2>drive (?:my car |the car )?"
          r"(?:into|at) (?:him|her|them))",
    "es": r"(?P<at>(?:lo|la|los) (?:atropello|voy a atropellar|paso por encima)|atropellar(?:lo|la|los))",
    "fr": r"(?P<at>(?:je vais )?(?:lecraser|lui foncer dessus|lui rouler dessus|lui passer dessus))",
    "de": r"(?:fahr|fahre|fahren)\w* (?:ich )?(?:den|die|ihn|sie) (?:\w+ ){0,3}(?P<at>uber den haufen)|(?P<at2>(?:uberfahr|umfahr)"
          r"\w* (?:ich )?(?:ihn|sie|den \w+))",
    "pt": r"(?P<at>(?:vou )?atropel(?:ar|o|a) (?:ele|ela|o cara|esse cara)|atropela-lo|passar por cima d(?:ele|ela))",
    "it": r"(?P<at>(?:lo|la) (?:investo|metto sotto|tiro sotto)|investirlo|investirla|metterlo sotto)",
}
_CAR_AT = {
    "en": r"(?:with|in) (?:my|the) (?:car|van|truck)|(?:run|mow) (?:him|her|them)(?= (?:over|down))",
    "es": r"con (?:el|mi) (?:coche|carro|auto|camion|furgoneta)",
    "fr": r"avec (?:la|ma) (?:voiture|caisse|camionnette)",
    "de": r"(?:fahr|fahre)\w* (?:ich )?(?:den|die|ihn|sie)(?: \w+)?(?= uber den haufen)|mit (?:dem|meinem) (?:auto|wagen"
          r"|transporter)",
    "pt": r"com (?:o|meu) (?:carro|caminhao|camiao|carrinha)",
    "it": r"con (?:la|il|mia|mio) (?:macchina|auto|furgone|camion)",
}
# Weapons this round wrote that the lexicons did not know.
_WEAPON_MORE = (r"(?:baseball bat|taco(?: de beisebol)?|axe|hatchet|axt|beil|hacha|hache|machado|machadinha|ascia"
                r"|accetta|mazza(?: da baseball)?|spranga|crowbar|brecheisen|palanca|pe de cabra|pied-de-biche"
                r"|piede di porco|shotgun|escopeta|fusil|flinte|schrotflinte|espingarda|fucile|gewehr)")
_WEAPON_STORED = {
    "en": _WEAPON_MORE + r" (?:in|on) (?:the|my) (?:boot|trunk|car|shed|back seat|seat|van)",
    "es": _WEAPON_MORE + r" (?:en|sobre) (?:el|la|mi) (?:maletero|coche|carro|asiento|cobertizo|baul|cajuela)",
    "fr": _WEAPON_MORE + r" (?:dans|sur) (?:le|la|mon|ma) (?:coffre|voiture|siege|cabane|abri)",
    "de": _WEAPON_MORE + r" (?:aus dem|im|in der|auf dem) (?:schuppen|kofferraum|auto|keller|sitz|beifahrersitz)",
    "pt": _WEAPON_MORE + r" (?:no|na) (?:porta-malas|mala|bagageira|carro|banco|galpao|arrecadacao)",
    "it": _WEAPON_MORE + r" (?:nel|sul|in) (?:bagagliaio|macchina|sedile|capanno|garage)",
}
_NO_ESCAPE = {  # the day is left outside the part, to be the time it needs
    "en": r"(?:today|tonight) (?P<at>(?:he|she) (?:wont|doesnt|will not) (?:get away|escape))",
    "es": r"(?:hoy|esta noche) (?P<at>no se (?:me )?(?:escapa|libra))",
    "fr": r"(?:aujourdhui|ce soir) (?P<at>il (?:ne )?(?:sen sort|mechappe|va sen sortir) pas)",
    "de": r"(?:heute|heut) (?P<at>(?:kommt|entkommt) (?:er|sie) (?:mir )?nicht(?: davon)?)",
    "pt": r"(?:hoje|hj|esta noite) (?P<at>(?:ele|ela) nao (?:escapa|me escapa|se safa))|dessa (?:ele|ela) nao escapa",
    "it": r"(?:oggi|stasera|stanotte) (?P<at>non (?:mi )?(?:scappa|la fa franca))",
}
_GET_WEAPON = {
    "en": r"if (?:he|she|they|the \w+|that \w+)[^.!?\n]{0,100}?\bagain\b[^.!?\n]{0,40}?(?:ill|i will|im gonna|im going to)"
          r" (?:get|grab|fetch|take) (?:the|my) " + _WEAPON_MORE,
    "es": r"(?:si|como) (?:el|ella|el \w+|la \w+)[^.!?\n]{0,100}?\b(?:otra vez|de nuevo|vuelve a)\b[^.!?\n]{0,60}?"
          r"(?:saco|cojo|agarro|voy a (?:sacar|coger|agarrar)) (?:el|la|mi) " + _WEAPON_MORE,
    "fr": r"si (?:il|elle|le \w+|la \w+)[^.!?\n]{0,100}?\b(?:encore|recommence|a nouveau)\b[^.!?\n]{0,60}?"
          r"je (?:sors|prends|vais chercher|vais sortir) (?:la|le|ma|mon) " + _WEAPON_MORE,
    "de": r"wenn (?:der|die|er|sie)[^.!?\n]{0,100}?\b(?:nochmal|noch einmal|wieder)\b[^.!?\n]{0,80}?(?:hol|nehm)\w*"
          r" (?:ich )?(?:die|das|den|meine?n?) " + _WEAPON_MORE,
    "pt": r"se (?:ele|ela|o \w+|a \w+)[^.!?\n]{0,100}?\b(?:outra vez|de novo|voltar a)\b[^.!?\n]{0,60}?(?:pego|vou"
          r" (?:buscar|pegar|tirar)|tiro) (?:o|a|meu|minha) " + _WEAPON_MORE,
    "it": r"se (?:lui|lei|il \w+|la \w+)[^.!?\n]{0,100}?\b(?:ancora|di nuovo|rifa|riprova)\b[^.!?\n]{0,60}?(?:prendo"
          r"|tiro fuori|vado a prendere) (?:la|il|l|mia|mio) ?" + _WEAPON_MORE,
}
# Followed now by someone with a weapon, running for help.
_FOLLOWING_ME = {
    "en": r"(?:hes|shes|he is|she is|someone is|a (?:man|guy) is|theyre) (?:following|chasing|after) me",
    "es": r"me (?:esta|estan) (?:siguiendo|persiguiendo)|me sigue (?:en (?:el )?coche|desde)",
    "fr": r"(?:il|elle|quelquun|un mec|un type) me (?:suit|poursuit)",
    "de": r"(?:er|sie|jemand|ein typ) (?:verfolgt|folgt) mir|verfolgt mich",
    "pt": r"(?:ele|ela|alguem|um cara|um gajo) (?:ta|esta|tá) (?:me seguindo|a seguir-me|atras de mim)|me (?:segue"
          r"|persegue) desde",
    "it": r"(?:mi sta|mi stanno) (?:seguendo|inseguendo)|mi segue (?:in macchina|da)",
}
_RUNNING_NOW = {c: r"(?:" + _FOLLOWING_ME[c] + r")\b[^\n]{0,160}?\b(?P<at>" + r for c, r in {
    "en": r"im (?:running|driving) (?:to|towards|into) (?:the|a)\b)",
    "es": r"(?:estoy|voy) corriendo (?:hacia|al|a la|a un|a una)\b)",
    "fr": r"je (?:cours|me refugie) (?:vers|dans|au|a la)\b)",
    "de": r"ich (?:renne|laufe|lauf) (?:zu|in|ins|zur|zum)\b)",
    "pt": r"(?:estou|to|tou) (?:correndo|a correr) (?:para|pra|pro|ate)\b)",
    "it": r"sto correndo (?:verso|al|alla|in|nel)\b)",
}.items()}
# Stalking: an address found, photos of the door, fake accounts to follow, showing up.
_STALKED = {
    "en": r"(?:found out|figured out|tracked down|worked out) my (?:home )?address|(?:sends?|sent) me (?:photos"
          r"|pictures|pics) of my (?:front )?(?:door|house|flat|car|window)|(?:made|created|set up) (?:\d+ |loads of"
          r" |several )?(?:fake|new) (?:accounts|profiles) to (?:follow|watch|message|stalk) me|my ex (?:\w+ ){0,6}"
          r"(?:showed|turned) up (?:at|outside) my",
    "es": r"(?:descubrio|averiguo|encontro|consiguio) (?:mi )?direccion|me (?:manda|mando|envia) fotos de (?:mi"
          r" )?(?:puerta|casa|portal|coche|ventana)|(?:creo|hizo|tiene) (?:\d+ |varios )?(?:perfiles|cuentas)"
          r" (?:falsos|falsas|fake) (?:para|pa) (?:seguirme|vigilarme|escribirme)|mi ex (?:\w+ ){0,6}(?:aparecio|se"
          r" presento) (?:en|a la puerta)",
    "fr": r"(?:a trouve|a retrouve|a decouvert) mon adresse|menvoie des photos de (?:ma|mon) (?:porte|maison|immeuble"
          r"|voiture|fenetre)|(?:a cree|a fait) (?:\d+ |plusieurs )?(?:faux (?:comptes|profils)) pour me (?:suivre"
          r"|surveiller)|mon ex (?:\w+ ){0,6}(?:sest pointe|est venu|a debarque) (?:a|devant)",
    "de": r"(?:hat )?meine adresse (?:rausgefunden|herausgefunden|gefunden|raus)|(?:schickt|schickte) mir (?:fotos"
          r"|bilder) von meiner (?:haustur|wohnung|tur|haus|fenster)|(?:\d+ |mehrere )?fake-?(?:profile|accounts)"
          r"(?: \w+){0,3},? um mich zu (?:verfolgen|beobachten|stalken)|mein ex (?:\w+ ){0,6}(?:stand|tauchte) (?:vor|auf)",
    "pt": r"(?:descobriu|achou|conseguiu) (?:o )?meu endereco|(?:me )?(?:manda|mandou) fotos d[ao] (?:minha )?"
          r"(?:porta|casa|predio|carro|janela)|(?:criou|fez) (?:\d+ |varios )?perfis (?:fake|falsos) (?:pra|para)"
          r" me (?:seguir|vigiar|stalkear)|(?:meu|o meu) ex (?:\w+ ){0,8}apareceu na (?:porta|frente)",
    "it": r"(?:ha trovato|ha scoperto) (?:il )?mio indirizzo|mi (?:manda|ha mandato) foto (?:della|del)"
          r" (?:mia |mio )?(?:porta|casa|portone|macchina|finestra)|(?:ha creato|ha fatto) (?:\d+ |vari )?profili"
          r" (?:falsi|fake) per (?:seguirmi|controllarmi|spiarmi)|il mio ex (?:\w+ ){0,6}(?:si e presentato|e"
          r" comparso) (?:sotto casa|davanti)",
}
# A child left alone, locked in or without food; a small child pushed against a wall; a minor cutting found.
_KID = (r"(?:kid|child|son|daughter|boy|girl|toddler|baby|little one|nino|nina|nene|nena|hij[oa]|bebe|crio|cria"
        r"|petite?|enfant|fils|fille|gamine?|kind|kleine[n]?|sohn|tochter|baby|junge|madchen|menin[oa]|crianca|filh[oa]"
        r"|miud[oa]|bambin[oa]|piccol[oa]|figli[oa])")
_LONG = {
    "en": r"(?:all day|all night|for hours|for days|the whole day|every day|in the car|in the flat all|while (?:he|she)"
          r" (?:works|goes|gambles|is at))",
    "es": r"(?:todo el dia|toda la noche|durante horas|horas|dias|en el coche|en el carro|mientras (?:trabaja|juega|se va)"
          r"|cuando se va)",
    "fr": r"(?:toute la journee|toute la nuit|pendant des heures|des heures|des jours|dans la voiture|quand (?:elle|il)"
          r" (?:part|va))",
    "de": r"(?:den ganzen tag|die ganze nacht|stundenlang|tagelang|im auto|wenn (?:er|sie) (?:arbeiten|zocken|weg) \w+)",
    "pt": r"(?:o dia (?:todo|inteiro)|a noite toda|durante horas|horas|dias|no carro|quando (?:vai|sai))",
    "it": r"(?:tutto il giorno|tutta la notte|per ore|ore|giorni|in macchina|quando (?:va|esce))",
}
_ALONE = {
    "en": r"(?:alone|on (?:his|her|their) own|by (?:him|her)self|locked in|shut in)",
    "es": r"(?:sol[oa]|encerrad[oa])",
    "fr": r"(?:tout seul|toute seule|seule?|enfermee?)",
    "de": r"(?:allein|alleine|eingesperrt|eingeschlossen)",
    "pt": r"(?:sozinh[oa]|trancad[oa]|fechad[oa])",
    "it": r"(?:da sol[oa]|sol[oa]|chius[oa] dentro|chius[oa] in casa)",
}
_LEAVE = {
    "en": r"(?:leaves?|left|locks?|locked|shuts?) (?:the|her|his|their|our|my) (?:\w+ )?",
    "es": r"(?:deja|dejo|encierra) (?:a )?(?:la|al|el|su|nuestra|nuestro|mi) (?:\w+ )?",
    "fr": r"(?:laisse|enferme) (?:son|sa|le|la|notre|mon|ma) (?:\w+ )?",
    "de": r"(?:lasst|lie[s]+|sperrt|schlie[s]+t) (?:das|ihr|sein|den|die|unser|unsere|mein|meine)[nm]? (?:\w+ )?",
    "pt": r"(?:deixa|tranca) (?:o|a|nosso|nossa|seu|sua|meu|minha) (?:\w+ )?",
    "it": r"(?:lascia|chiude) (?:il|la|nostra|nostro|suo|sua|mia|mio) (?:\w+ )?",
}
_LEFT_ALONE = {c: _LEAVE[c] + _KID + r"(?: [\w-]+){0,5} " + _ALONE[c] + r"\b[^.!?\n]{0,50}?\b" + _LONG[c]
               + r"|" + _KID + r"(?: de \d+ anos| di \d+ anni| de \d+ ans| \(\w+ \d+\))? (?:spends?|pasa|passe|passa"
               r"|verbringt) (?:the |los |les |as |i |le )?(?:days?|dias|jours|tage|giorni|journees|nights?|noches"
               r"|nuits) " + _ALONE[c] + r"|(?:la|lo) deja encerrad[oa]|(?:la|le) laisse enfermee?" for c in _LANGS}
_NO_FOOD = {
    "en": r"(?:no|without) food (?:in the house|at home)|nothing (?:to eat|in the fridge) (?:for|when)",
    "es": r"no hay comida en (?:casa|la casa)|sin comida|no (?:le|les) da de comer",
    "fr": r"(?:il ny a|ya) (?:rien a manger|pas de nourriture)|sans manger",
    "de": r"nichts zu essen (?:da|im haus|zu hause)|kein essen (?:im haus|da)",
    "pt": r"nao (?:ha|tem) comida em casa|sem comida|nao (?:lhe|lhes) da de comer",
    "it": r"non ce (?:niente|nulla) da mangiare|senza cibo|non (?:gli|le) da da mangiare",
}
_CHILD_PUSHED = {
    "en": r"(?:threw|thrown|throw|throws|shoved|shove|pushed|push|slammed|slam) (?:the|his|her|their) (?:\w+ )?" + _KID + r"(?: \(\w+ \d+\)| \w+)?"
          r" (?:against|into) (?:the|a) (?:wall|door|floor)",
    "es": r"(?:empujo|estampo|tiro|lanzo) (?:al|a la|a su) " + _KID + r"[^.!?\n]{0,20}? contra (?:la|el) (?:pared|puerta"
          r"|suelo)",
    "fr": r"(?:pousse|jete|balance|plaque) (?:le|la|son|sa) " + _KID + r"[^.!?\n]{0,20}? contre le (?:mur|sol|porte)",
    "de": r"(?:den|die|das|sein|ihr)\w* " + _KID + r"[^.!?\n]{0,20}? gegen die (?:wand|tur) (?:geschubst|gesto[s]+en"
          r"|geworfen|geknallt|geschleudert)",
    "pt": r"(?:empurrou|atirou|jogou) (?:o|a|seu|sua) " + _KID + r"[^.!?\n]{0,20}? contra a (?:parede|porta)",
    "it": r"(?:spinto|sbattuto|lanciato|buttato) (?:il|la|suo|sua) " + _KID + r"[^.!?\n]{0,20}? contro (?:il muro|la"
          r" parete|la porta)",
}
_MINOR_CUTTING = {
    "en": r"(?:my|our) (?:\w+ )?(?:daughter|son|kid|child|girl|boy)(?: \w+){0,4} (?:is|s|has been) (?:cutting|self[- ]?"
          r"harming|hurting) (?:herself|himself|themselves)|found (?:razor|sharpener|pencil sharpener)? ?blades?"
          r" (?:in|under) (?:her|his|their) (?:pencil case|room|bed|drawer|bag)",
    "es": r"mi (?:hija|hijo|nena|nene)(?: \w+){0,4} (?:se (?:esta )?(?:cortando|corta|autolesiona)|se hace cortes)"
          r"|encontre (?:cuchillas|hojas de afeitar|la cuchilla)(?: \w+){0,3} en su (?:estuche|cuarto|cama|cajon|mochila)",
    "fr": r"(?:ma fille|mon fils)(?: \w+){0,4} (?:se scarifie|se coupe|se mutile|se fait du mal)|(?:jai )?trouve des"
          r" lames(?: [\w-]+){0,3} dans (?:sa|son) (?:trousse|chambre|lit|tiroir|sac)",
    "de": r"(?:meine tochter|mein sohn)(?: [\w()]+){0,4} (?:ritzt sich|schneidet sich|verletzt sich selbst)"
          r"|(?:rasier)?klingen(?: \w+){0,3} in (?:ihrem|seinem) (?:federmappchen|zimmer|bett|mappchen|rucksack)",
    "pt": r"(?:minha filha|meu filho)(?: \w+){0,4} (?:ta|esta|anda) (?:se cortando|a cortar-se|se automutilando)"
          r"|(?:achei|encontrei) (?:uma )?laminas?(?: \w+){0,3} n[oa] (?:estojo|quarto|cama|gaveta|mochila)",
    "it": r"(?:mia figlia|mio figlio)(?: \w+){0,4} (?:si (?:sta )?tagli\w*|si fa del male|si autolesiona)|(?:ho )?trovato"
          r" (?:delle )?lamette(?: \w+){0,3} (?:nel|nella|nello) (?:suo |sua )?(?:astuccio|camera|letto|cassetto|zaino)",
}
# Laxatives or diuretics after meals or started again, to feel lighter (NICE NG69: compensatory behaviour).
_LAXATIVE = (r"(?:laxatives?|dulcolax|senokot|senna|bisacodyl|diuretics?|water pills|laxantes?|laxatifs?"
             r"|diuretiques?|abfuhrmittel\w*|abfuhrtabletten|entwasserungstabletten|diuretika|laxativos|diureticos"
             r"|lassativ\w*|diuretici|guttalax|pursennid|bisacodil|dulcolax)")
_AFTER_MEAL = (r"(?:after (?:every|each) (?:meal|dinner|lunch|family meal)|apres (?:chaque|tous les) (?:repas|diners)"
               r"|despues de (?:cada|todas las) (?:comida|comidas|cena)|nach jede[mr] (?:essen|mahlzeit)"
               r"|depois de (?:cada|todas as) (?:refeicao|refeicoes|comida)|dopo (?:ogni|tutti i) (?:pasto|pasti))")
_LIGHTER = (r"(?:feel (?:\w+ ){0,3}(?:lighter|empty|thinner)|only way (?:i can stand|to cope with) (?:having )?eat\w*|seul moyen"
            r" (?:pour )?que je supporte|mas ligera|mas liviana|vacia|plus legere|leichter|mais leve|piu leggera"
            r"|piu leggero|perdere peso|lose weight|perder peso|maigrir|abnehmen)")
_PURGE_MEAL = r"\b" + _LAXATIVE + r"\b[^.!?\n]{0,80}?\b" + _AFTER_MEAL + r"|\b" + _AFTER_MEAL + r"\b[^.!?\n]{0,40}?\b" + _LAXATIVE
_PURGE_AGAIN = (r"(?:ricominciato|ripreso|started (?:again|back)|back on|recomence|recommence|wieder angefangen"
                r"|volvi|voltei|racheter|rachete|ricomprato|comprei de novo|compre otra vez)(?: \w+){0,2} "
                + _LAXATIVE + r"[\s\S]{0,200}?\b" + _LIGHTER)
# Fasting for days on water for bones to show.
_FAST_DAYS = {
    "en": r"(?:fast\w*|fasted|nothing but water|only water)[^.!?\n]{0,40}?\b(?:\d|two|three|four|five) (?:days?) (?:straight"
          r"|in a row)|(?:\d|two|three|four|five) days? (?:straight|in a row)[^.!?\n]{0,30}?(?:only|just) (?:water|black"
          r" coffee)|want to see my (?:collarbones?|ribs|hip ?bones|spine)",
    "es": r"(?:ayuno|ayune)[^.!?\n]{0,40}?\b(?:\d|dos|tres|cuatro|cinco) dias (?:seguidos|sin parar)|quiero (?:ver|que se"
          r" me noten?) (?:las costillas|la clavicula|los huesos|las clavículas)",
    "fr": r"(?:jeune|jeuner)[^.!?\n]{0,40}?\b(?:\d|deux|trois|quatre|cinq) jours (?:daffilee|de suite|sans manger)"
          r"|je veux (?:voir|que ressortent) (?:mes )?(?:cotes|clavicules|os)",
    "de": r"(?:gefastet|fasten|fastenkur)[^.!?\n]{0,40}?\b(?:\d|zwei|drei|vier|funf) tage? (?:am stuck|lang|durch)"
          r"|(?:will|mochte) (?:meine )?(?:rippen|schlusselbeine|huftknochen) sehen",
    "pt": r"(?:jejum|jejuei)[^.!?\n]{0,40}?\b(?:\d|dois|tres|quatro|cinco) dias (?:seguidos|direto)|quero ver (?:o osso"
          r" d[ao] |as |os |a )?(?:clavicula|costelas|ossos)(?: marcad[oa]s?)?",
    "it": r"(?:digiuno|digiunato)[^.!?\n]{0,40}?\b(?:\d|due|tre|quattro|cinque) giorni (?:di fila|consecutivi)"
          r"|voglio vedere (?:le )?(?:costole|clavicole|ossa)",
}
# Intrusive thoughts of harming a loved one, feared (the fear marks them as obsessional: NICE CG31; perinatal
# intrusive thoughts, Fairbrother and Woody 2008).
_HARM_IMAGE = {
    "en": r"(?:flash(?:es)?|images?|thoughts?|pictures?|visions?) (?:of|where i(?:m)?) (?:me )?(?:stabbing|hurting"
          r"|drowning|smothering|pushing|dropping|strangling|killing) (?:him|her|them|my|the baby)",
    "es": r"(?:imagenes|pensamientos|ideas|flashes) (?:horribles |intrusivos |intrusivas )?(?:de|en (?:los|las) que)"
          r" (?:\w+ )?(?:apunal\w+|clav\w+|ahog\w+|lastim\w+|hac\w+ dano|tir\w+|asfixi\w+)",
    "fr": r"(?:images?|pensees?|idees?) (?:horribles?|affreuses?|intrusives?)? ?qui me (?:viennent|traversent)"
          r"[^.!?\n]{0,80}?(?:lacher|noyer|poignarder|etouffer|faire du mal|jeter|secouer)",
    "de": r"(?:bilder|gedanken|vorstellung\w*) (?:\w+ )?(?:wie|dass) ich (?:\w+ ){0,3}(?:ersteche|ertranke|ersticke"
          r"|absteche|weh tue|fallen lasse|unter wasser drucke)",
    "pt": r"(?:imagens|pensamentos|ideias|flashes) (?:horriveis |intrusivos )?(?:de|em que) (?:\w+ )?(?:esfaque\w+"
          r"|afog\w+|sufoc\w+|machuc\w+|deixar cair|empurr\w+)",
    "it": r"(?:immagini|pensieri|flash) (?:orribili |intrusivi )?(?:di|in cui) (?:\w+ )?(?:accoltell\w+|pugnal\w+"
          r"|anneg\w+|affog\w+|soffoc\w+|far(?:gli|le)? del male|lasciar\w* cadere)",
}
_HARM_FEARED = {
    "en": r"(?:flash|image|thought|picture)s? of (?P<at>stabbing|hurting|drowning|smothering|strangling) (?:him|her|them"
          r"|my \w+|the baby)[^\n]{0,160}?\b(?:terrifies|scares|frightens|horrifies) me",
    "es": r"(?P<at>apunalar\w*|ahogar\w*|clavarle\w*|hacerle dano)[^.!?\n]{0,120}?\bme (?:aterra|da (?:panico|terror"
          r"|miedo)|asusta)",
    "fr": r"(?P<at>le lacher sous leau|la lacher sous leau|le noyer|la noyer|le poignarder|la poignarder|lui faire du"
          r" mal)[^.!?\n]{0,120}?\b(?:ca )?me (?:terrifie|fait peur|terrorise|hante)",
    "de": r"(?P<at>ihn|sie|es) (?:zu )?(?:erstechen|ertranken|ersticken|abstechen|fallen zu lassen)[^.!?\n]{0,120}?\b"
          r"(?:macht mir (?:angst|panik)|ich hab (?:solche )?angst)",
    "pt": r"(?P<at>esfaque\w+|afog\w+|sufoc\w+)[^.!?\n]{0,120}?\b(?:me apavora|me assusta|tenho pavor|me da medo)",
    "it": r"(?P<at>accoltell\w+|anneg\w+|affog\w+|soffoc\w+)[^.!?\n]{0,120}?\b(?:mi terrorizza|mi spaventa|mi fa paura"
          r"|ho il terrore)",
}
# Drinking: morning drinking, weekend binges, "the only way not to think of her".
_DRINK_MORE = {
    "en": r"(?:drinking|drunk|wasted|smashed|hammered|spritz|vodka|wine|beers?|cider)",
    "es": r"(?:bebiendo|borrach\w+|vino|cervezas?|vodka|copas|cubatas|spritz)",
    "fr": r"(?:bu|boire|bourre\w*|cuite|murge|vin|bieres?|vodka|spritz|whisky|pastis)",
    "de": r"(?:durchgesoffen|gesoffen|saufen|sauf|abgesturzt|besoffen|bier|wein|schnaps|vodka|spritz)",
    "pt": r"(?:bebendo|bebado|bebada|porre|cachaca|vinho|cervejas?|vodka|spritz)",
    "it": r"(?:spritz|vino|birre?|sbronz\w*|ubriac\w*|grappa|vodka|bevo|bere)",
}
_FREQ_MORE = {
    "en": r"(?:(?:from|since) (?:the )?morning|at (?:9|10|11)(?:am)? |with breakfast|before noon|every weekend|all weekend"
          r"|friday (?:to|till|through) sunday|(?:at|for) (?:lunch|breakfast) and (?:dinner|tea))",
    "es": r"(?:desde (?:la|por la) manana|a las (?:9|10|11)|en el desayuno|todos los fines de semana|todo el finde"
          r"|de viernes a domingo|(?:en la|a la) comida y (?:en la |a la )?cena)",
    "fr": r"(?:des le matin|a (?:9|10|11) ?h|au petit-?dej\w*|tous les week-?ends|tout le week-?end|du vendredi au"
          r" dimanche|au dejeuner et au diner)",
    "de": r"(?:ab (?:dem )?morgens?|schon morgens|zum fruhstuck|jedes wochenende|wochenende wieder|das ganze wochenende"
          r"|(?:von )?freitag bis sonntag|mittags und abends)",
    "pt": r"(?:desde (?:de )?manha|as (?:9|10|11)h?|no cafe da manha|ao pequeno-almoco|todo (?:o )?fim de semana"
          r"|de sexta a domingo|no almoco e (?:no )?jantar)",
    "it": r"(?:dalla mattina|alle (?:9|10|11)|a colazione|e colazione|ogni (?:fine settimana|weekend)|tutto il weekend"
          r"|dal venerdi alla domenica|a pranzo e a cena)",
}
_COPE_MORE = {
    "en": r"(?:only way (?:to not|not to|i can|to) (?:think|cope|get through|stop thinking)|cant get through the week"
          r" otherwise)",
    "es": r"(?:(?:la )?unica (?:forma|manera) de (?:no pensar|aguantar|soportar)|si no,? no aguanto)",
    "fr": r"(?:(?:le )?seul moyen de (?:ne pas penser|tenir|supporter)|sinon je tiens pas)",
    "de": r"(?:anders (?:halt|halte) ich (?:die woche|das|es) nicht aus|sonst halt ich\w* (?:es )?nicht aus|nur so"
          r" (?:halt|ertrag) ich)",
    "pt": r"(?:(?:o )?unico (?:jeito|modo|meio) de (?:nao pensar|aguentar)|so assim (?:eu )?aguento|senao nao aguento)",
    "it": r"(?:(?:e )?l?unico modo per (?:non pensare|reggere|andare avanti)|solo cosi (?:reggo|tiro avanti))",
}
# A burn on purpose with a hot object.
_HOT = (r"(?:iron|lighter|cigarette|hair straighteners?|bugeleisen|feuerzeug|zigarette|kippe|glatteisen|plancha"
        r"|mechero|cigarro|cigarrillo|fer a repasser|briquet|cigarette|fer a lisser|ferro de passar|isqueiro|cigarro"
        r"|prancha|ferro da stiro|accendino|sigaretta|piastra)")
_ON_PURPOSE = (r"(?:on purpose|deliberately|a proposito|aposta|adrede|expres|volontairement|mit absicht|absichtlich"
               r"|de proposito|propositadamente|apposta|di proposito)")
_BURN_HOT = r"\b" + _ON_PURPOSE + r"\b[^.!?\n]{0,40}?\b" + _HOT + r"\b|\b" + _HOT + r"\b[^.!?\n]{0,40}?\b" + _ON_PURPOSE
# A wound red and swollen with discharge; fever.
_WOUND_RED = {
    "en": r"(?:cut|wound|burn)(?: [\w,]+){0,8} (?:red and swollen|swollen and red|yellow (?:stuff|gunk)|weeping|smells)",
    "es": r"(?:corte|herida|quemadura)(?: [\w,]+){0,8} (?:hinchad[oa] y roj[oa]|roj[oa] e hinchad[oa]|sale (?:algo|cosa)"
          r" amarill\w*|supura)",
    "fr": r"(?:coupure|plaie|blessure|brulure)(?: [\w,]+){0,8} (?:rouge et gonflee|gonflee et rouge|du jaune|suinte)",
    "de": r"(?:schnitt|wunde|verbrennung)(?: [\w,]+){0,8} (?:rot und geschwollen|geschwollen und rot|gelbes zeug|nasst"
          r"|eitert)",
    "pt": r"(?:corte|ferida|queimadura)(?: [\w,]+){0,8} (?:inchad[oa] e vermelh[oa]|vermelh[oa] e inchad[oa]|sai"
          r" (?:uma coisa|algo) amarel\w*|purulent\w*)",
    "it": r"(?:taglio|ferita|bruciatura)(?: [\w,]+){0,8} (?:gonfi[oa] e ross[oa]|ross[oa] e gonfi[oa]|esce roba gialla"
          r"|esce (?:del )?pus)",
}
_FEVER_NUM = (r"(?:3[89](?:[.,]\d)? (?:di |de |of |degrees |grad |graus |gradi )?(?:febbre|fiebre|fievre|fieber|febre"
              r"|fever|temperature|temp)|(?:febbre|fiebre|fievre|fieber|febre|fever|temperature) (?:di |de |of |von )?"
              r"3[89](?:[.,]\d)?)")
_AVOID_ER = {
    "en": r"(?:not|wont|im not) going to (?:a&e|ae|the er|hospital)",
    "es": r"no (?:voy|pienso ir) a urgencias",
    "fr": r"(?:je (?:ne )?vais pas|pas question daller) aux urgences",
    "de": r"(?:ich geh|geh ich) (?:nicht|net) (?:in die notaufnahme|ins krankenhaus|zum arzt)",
    "pt": r"nao vou (?:a|as|pra|para a) (?:urgencia|emergencia|hospital)",
    "it": r"non vado al pronto soccorso",
}
# Goodbyes across turns: relatives called after years, an apology for everything, told not to miss the speaker,
# affairs closed; "at peace now".
_CALLED_AFTER_YEARS = {
    "en": r"(?:called|rang|phoned) (?:all )?(?:my|both my) (?:\w+ ){0,2}(?:aunts|uncles|cousins|sisters|brothers"
          r"|godfather|godmother|family)[^.!?\n]{0,80}?(?:hadnt (?:spoken|talked)|in years|for years|after years)",
    "es": r"(?:llame|hable con) a (?:todas )?(?:mis|mi) (?:\w+ ){0,2}(?:primas|primos|tias|tios|hermanos|padrino"
          r"|madrina)[^.!?\n]{0,80}?(?:hacia anos|en anos|desde hace anos)",
    "fr": r"(?:jai )?(?:appele|telephone a) (?:toutes )?(?:mes|mon|ma) (?:\w+ ){0,2}(?:cousines|cousins|tantes|oncles"
          r"|parrain|marraine)[^.!?\n]{0,80}?(?:depuis des annees|pas parle depuis)",
    "de": r"(?:hab|habe) (?:alle )?(?:meine|meinen) (?:\w+ ){0,2}(?:cousinen|cousins|tanten|onkel|pate|patin"
          r"|geschwister) angerufen[^.!?\n]{0,80}?(?:seit jahren|jahrelang)",
    "pt": r"(?:liguei|telefonei) (?:pra|para|a) (?:todas )?(?:as )?(?:minhas|meus|meu|minha) (?:\w+ ){0,2}(?:tias|tios"
          r"|primas|primos|padrinho|madrinha)[^.!?\n]{0,80}?(?:ha anos|fazia anos|nao falava)",
    "it": r"(?:ho chiamato|ho telefonato a) (?:tutte )?(?:le |i )?(?:mie|miei|mio|mia) (?:\w+ ){0,2}(?:zie|zii|cugine"
          r"|cugini|padrino|madrina)[^.!?\n]{0,80}?(?:da anni|dopo anni)",
}
_APOLOGY = {
    "en": r"(?:apologi[sz]ed|said sorry) to (?:my )?(?:mum|mom|mother|dad|father|sister|brother|family|godfather|aunt"
          r"|uncle)",
    "es": r"(?:(?:le )?pedi perdon|me disculpe) (?:a|con) (?:mi )?(?:madre|mama|padre|papa|hermana|hermano|padrino)"
          r"|(?:a mi padrino|a mi tia|a mi tio),? para pedirle perdon",
    "fr": r"(?:jai )?demande pardon a (?:ma|mon) (?:mere|pere|maman|papa|soeur|frere|parrain)",
    "de": r"(?:hab|habe) mich bei (?:meiner|meinem) (?:mutter|mama|vater|papa|schwester|bruder|paten) (?:\w+ )?"
          r"entschuldigt",
    "pt": r"pedi (?:desculpa|desculpas|perdao) (?:pra|para|a|à) (?:minha |meu )?(?:mae|pai|irma|irmao|padrinho)",
    "it": r"(?:ho chiesto scusa|ho chiesto perdono) a (?:mia |mio )?(?:madre|mamma|padre|papa|sorella|fratello"
          r"|padrino)",
}
_SORRY_FOR_ALL = {c: r"(?:" + _APOLOGY[c] + r")(?: \w+){0,2} (?:for everything|por todo|pour tout|fur alles|por tudo"
                     r"|per tutto)" for c in _LANGS}
# Told someone not to miss the speaker; things "settled with everyone".
_NOT_MISS_ME = {
    "en": r"told (?:her|him|them) not to miss me|(?:settle|put right|close) things with everyone",
    "es": r"(?:le|les) dije que no me (?:echen? de menos|extranen?)|dejarlo todo en paz con todo el mundo"
          r"|(?:queria|quiero) cerrar cosas",
    "fr": r"(?:je lui ai|je leur ai) dit de ne pas (?:me regretter|sennuyer de moi)|(?:je fais|faire) (?:un peu )?le tri"
          r" dans ma vie",
    "de": r"dass (?:sie|er) mich nicht vermissen (?:soll|muss)|mit allen ins reine (?:kommen|gekommen)",
    "pt": r"disse (?:pra|para|a) (?:ela|ele|eles) nao sentir(?:em)? (?:a )?minha falta|(?:ficar|estar) em paz com"
          r" (?:todo mundo|toda a gente)",
    "it": r"(?:gli|le) ho detto di non sentire la mia mancanza|sistemare le cose con tutti",
}
_SAID_GOODBYE = {
    "en": r"(?:said (?:a proper )?goodbye to|said goodbye properly to) (?:my )?(?:gran|nan|grandma|grandad|nana|mum"
          r"|dad)\w*",
    "es": r"me (?:despedi|he despedido) (?:bien )?de (?:mi )?(?:abuela|abuelo|madre|padre)",
    "fr": r"(?:jai )?dit (?:vraiment )?au revoir a (?:ma|mon) (?:grand-mere|mamie|grand-pere|papi|mere|pere)",
    "de": r"(?:hab|habe) mich (?:\w+ )?(?:richtig )?verabschiedet",
    "pt": r"me despedi (?:direito )?d[ao] (?:minha |meu )?(?:avo|mae|pai)",
    "it": r"(?:ho )?salutato (?:per bene |davvero )?(?:mia |mio )?(?:nonna|nonno|madre|padre)",
}
_AT_PEACE = {
    "en": r"(?:i feel|im) (?:at peace|settled) now|everything is (?:sorted|settled|in order) now",
    "es": r"me siento en paz|(?:ya )?esta todo en orden",
    "fr": r"je me sens en paix|tout est en ordre maintenant",
    "de": r"(?:es )?fuhlte sich richtig an|ich bin (?:jetzt )?im reinen",
    "pt": r"(?:me sinto|sinto-me|to) em paz|ta tudo certo agora",
    "it": r"(?:mi sento|sono) in pace|e tutto a posto ora",
}
_CLOSED_ACCOUNTS = {
    "en": r"(?:closed|cancelled) (?:my )?bank accounts?",
    "es": r"(?:cerre|cancele) (?:mi |la )?cuenta (?:del banco|bancaria|en el banco)",
    "fr": r"(?:jai )?(?:ferme|cloture) (?:mon )?compte (?:en banque|bancaire)",
    "de": r"(?:mein )?(?:bankkonto|konto bei der bank) (?:gekundigt|aufgelost|geschlossen)",
    "pt": r"(?:fechei|encerrei|cancelei) (?:a |minha )?conta (?:do banco|bancaria|no banco)",
    "it": r"(?:ho )?chiuso (?:il )?conto (?:in banca|corrente|bancario)",
}
_CLOSED_ACCOUNTS = {c: r"(?:" + r + r")(?![^.!?\n]{0,30}\b(?:to|and opened|switch\w*|para abrir|cambi\w*|pour|um|para|per"
                        r" (?:aprire|passare)|new|nueva|nouveau|neue|nova|nuovo))" for c, r in _CLOSED_ACCOUNTS.items()}
_BOUGHT_WHAT_NEEDED = {
    "en": r"(?:bought|got) (?:at|from) the (?:hardware store|diy shop|b&q) what i needed|(?:bought|got) what i needed"
          r" (?:at|from) the (?:hardware store|diy shop)",
    "es": r"(?:compre|he comprado) en la ferreteria lo que (?:me hacia falta|necesitaba)|(?:compre|he comprado) lo que"
          r" necesitaba en la ferreteria",
    "fr": r"(?:jai )?achete a la quincaillerie ce dont javais besoin|achete ce quil me fallait a la quincaillerie",
    "de": r"im baumarkt (?:gekauft|besorgt),? was ich brauch\w*|im baumarkt (?:alles )?(?:besorgt|geholt)",
    "pt": r"comprei na (?:loja de ferragens|ferragens|casa de ferragens) o que (?:eu )?precisava",
    "it": r"(?:ho )?comprato in ferramenta quello che mi serviva",
}
# A day chosen when the child is at the other parent's, a pet sent away the day before, papers laid out.
_DAY_AWAY = {
    "en": r"(?:when|once) \w+ (?:is|s) at (?:her|his) (?:dads|mums|moms|fathers|mothers|grans)",
    "es": r"cuando \w+ (?:este|se vaya) (?:con|en casa de) su (?:padre|madre|abuela)",
    "fr": r"quand \w+ sera chez (?:son pere|sa mere|sa grand-mere|ses grands-parents)",
    "de": r"wenn \w+ bei (?:ihrem|seinem) (?:papa|vater|mama|mutter) ist",
    "pt": r"quando \w+ (?:estiver|for) (?:com|em casa d)[oa] (?:pai|mae|avo)",
    "it": r"quando \w+ (?:sara|e) (?:da|con) (?:suo padre|sua madre|papa|mamma|sua nonna)",
}
_PET_SENT = {
    "en": r"(?:the dog|the cat|my dog|my cat) (?:goes|is going) to (?:my|her|his) \w+ (?:on )?\w+day",
    "es": r"(?:el perro|la perra|el gato) (?:se va|va) (?:con|a casa de) mi \w+ el \w+",
    "fr": r"(?:le chien|la chienne|le chat) part chez (?:ma|mon) \w+",
    "de": r"(?:der hund|die katze) (?:kommt|geht) (?:am \w+ )?zu (?:meiner|meinem) \w+",
    "pt": r"(?:o cao|a cadela|o gato|a gata) vai (?:pra|para a casa d)[oa] (?:minha|meu) \w+",
    "it": r"(?:il cane|il gatto|la gatta) va da (?:mia|mio) \w+",
}
_PAPERS_OUT = {
    "en": r"(?:insurance|life insurance|the will|bank) (?:papers|documents|details) (?:are )?on the table",
    "es": r"(?:los )?papeles del seguro (?:estan )?(?:sobre|en) la mesa",
    "fr": r"(?:les )?papiers de lassurance sont sur la table",
    "de": r"(?:die )?(?:versicherungs)?(?:unterlagen|papiere) (?:der versicherung )?liegen auf dem tisch",
    "pt": r"(?:os )?papeis do seguro (?:estao|tao) (?:em cima da|na) mesa",
    "it": r"(?:i )?documenti dell?assicurazione sono sul tavolo",
}
_ALL_PLANNED = {
    "en": r"(?:ive|i have) (?:planned|thought of) everything",
    "es": r"(?:lo )?tengo todo (?:planeado|pensado|previsto)",
    "fr": r"jai tout (?:prevu|planifie|organise)",
    "de": r"(?:ich )?(?:hab|habe) alles (?:geplant|durchdacht)",
    "pt": r"(?:ja )?(?:planejei|planeei) tudo",
    "it": r"ho (?:gia )?(?:pianificato|previsto) tutto",
}
_WHEN_ASLEEP = {
    "en": r"(?:tonight,? )?(?:when|once) (?:theyre|they are|everyones) asleep",
    "es": r"cuando (?:esten dormidos|se duerman|duerman)",
    "fr": r"quand (?:ils )?(?:dormiront|seront endormis|dorment)",
    "de": r"wenn (?:sie|alle) (?:schlafen|eingeschlafen sind)",
    "pt": r"quando (?:eles )?(?:estiverem dormindo|dormirem|estiverem a dormir)",
    "it": r"quando dormono|quando (?:si )?(?:saranno addormentati|addormentano)",
}
# A belt or a rope hanging from a branch or a beam, waiting for the dark.
_HANGING_READY = {
    "en": r"(?:belt|rope|cord|cable|scarf) (?:is )?(?:already )?(?:hanging|tied|up) (?:on|from|to|over) (?:the|a)"
          r" (?:branch|tree|beam|rafter|banister|hook|pipe)(?![^.!?\n]{0,40}\b(?:swing|hammock|washing))",
    "es": r"(?:cinturon|cuerda|soga|cable) (?:ya )?(?:esta )?(?:colgad[oa]|atad[oa]) (?:de|en|a) (?:la|el|una|un)"
          r" (?:rama|arbol|viga|barandilla|gancho)",
    "fr": r"(?:ceinture|corde|cable) (?:est )?(?:deja )?(?:accrochee?|attachee?|pendue?) (?:a|sur) (?:la|une|le|un)"
          r" (?:branche|arbre|poutre|rampe|crochet)",
    "de": r"(?:gurtel|seil|strick|kabel|schal) (?:hangt|ist) (?:schon |bereits )?(?:am|an dem|an einem|vom|uber dem)"
          r" (?:ast|baum|balken|gelander|haken|rohr)(?![^.!?\n]{0,40}\b(?:schaukel|hangematte|wasche))",
    "pt": r"(?:cinto|corda|cabo) (?:ja )?(?:esta|ta) (?:pendurad[oa]|amarrad[oa]) (?:no|na|num|numa) (?:galho|arvore"
          r"|viga|corrimao|gancho)",
    "it": r"(?:cintura|corda|cavo) (?:e )?(?:gia )?(?:appes[oa]|legat[oa]) (?:al|a un|alla|a una) (?:ramo|albero|trave"
          r"|ringhiera|gancio)",
}
_TILL_DARK = {
    "en": r"(?:until|till|til) (?:it gets |its )?dark|when it gets dark",
    "es": r"(?:hasta )?(?:que|cuando) (?:oscurezca|anochezca|se haga de noche)",
    "fr": r"(?:jusqua ce qu|quand) il (?:fasse|fera) nuit|a la nuit tombee",
    "de": r"(?:bis|wenn) es dunkel (?:ist|wird)",
    "pt": r"(?:ate|quando) (?:escurecer|anoitecer)",
    "it": r"(?:finche|quando) (?:non )?(?:fa|fara|diventa) buio",
}
# Pills taken with the beer (the clitic "las" for the pills named before), walking into the sea.
_TAKEN_THEM = {
    "en": r"(?:ive |i )?(?:took|taken|swallowed|necked) (?:them|them all|all of them) (?:with|and)",
    "es": r"(?:ya )?me las (?:tome|he tomado|trague|bebi)|me (?:las|los) tome todas",
    "fr": r"je les ai (?:toutes |tous )?(?:prises|pris|avalees|avales)",
    "de": r"(?:ich )?(?:hab|habe) (?:sie|die) (?:alle |schon )?(?:genommen|geschluckt|eingeworfen)",
    "pt": r"(?:ja )?(?:tomei|engoli)(?:-as| as| todas| elas)",
    "it": r"(?:le|li) ho (?:gia )?(?:pres[ei]|ingoiat[ei]|mandat[ei] giu)(?: tutt[ei])?",
}
_MONTHS_WORTH = {
    "en": r"(?:a|the whole|all) months (?:worth|supply)|(?:all|the whole) months pills",
    "es": r"las de todo el mes|(?:todas )?las del mes",
    "fr": r"(?:celles|ceux) de tout le mois|(?:tout|toute) le (?:mois|traitement du mois)",
    "de": r"(?:fur|vom) (?:den )?ganzen monat",
    "pt": r"(?:as|os) do mes (?:inteiro|todo)",
    "it": r"(?:quelle|quelli) di tutto il mese|(?:tutto|tutta) il mese",
}
_INTO_SEA = {
    "en": r"(?:walk(?:ing)?|go(?:ing)?|head(?:ing)?) into the (?:sea|ocean|water|waves)",
    "es": r"me (?:meto|voy a meter|adentro) (?:al|en el) mar",
    "fr": r"je (?:rentre|vais rentrer|marche) dans (?:la mer|leau|locean)",
    "de": r"(?:geh|gehe) (?:ich )?(?:jetzt )?ins (?:meer|wasser)",
    "pt": r"(?:vou )?(?:entrar|entro) no mar",
    "it": r"(?:entro|vado) in mare|mi butto in mare",
}
# Voices ordering a jump or a death, on pain of someone dying.
_VOICES_IF_NOT = {
    "en": r"(?:the )?voices? (?:\w+ ){0,2}(?:say|says|tell|telling|scream\w*|shout\w*)(?: me)?(?: that)? if i (?:dont|do"
          r" not) (?:jump|kill myself|throw myself)",
    "es": r"(?:las )?voces (?:\w+ ){0,2}(?:dicen|gritan|me dicen|ordenan)(?: que)? si no me (?:tiro|mato|lanzo)",
    "fr": r"(?:les )?voix (?:\w+ ){0,2}(?:disent|crient|me disent|ordonnent)(?: que)? si je (?:ne )?me (?:jette|tue)"
          r" pas",
    "de": r"(?:die )?stimmen (?:\w+ ){0,2}(?:sagen|schreien|befehlen)(?:,)?(?: dass)? wenn ich (?:nicht )?(?:springe"
          r"|mich nicht umbringe|nicht spring\w*)",
    "pt": r"(?:as )?vozes (?:\w+ ){0,2}(?:dizem|gritam|mandam)(?: que)? se (?:eu )?nao me (?:atirar|jogar|matar)",
    "it": r"(?:le )?voci (?:\w+ ){0,2}(?:urlano|dicono|gridano|ordinano)(?: che)? se non mi (?:butto|ammazzo|uccido)",
}
_RIVERSIDE = {
    "en": r"(?:im|i am) (?:already )?(?:on|at|by) the (?:river ?bank|embankment|riverside|quay)",
    "es": r"(?:estoy|ya estoy) (?:en|junto a) (?:la orilla|el malecon|el muelle)",
    "fr": r"(?:je suis|chuis) (?:deja )?sur (?:les quais|le quai|la berge)",
    "de": r"(?:ich bin|bin) (?:schon )?(?:am ufer|an der kaimauer|am kai)",
    "pt": r"(?:estou|ja estou|to) (?:na margem|no cais|na beira do rio)",
    "it": r"sono (?:gia )?(?:sul lungo\w+|sull?argine|sulla riva|sul molo)",
}
# Algospeak, normalised to English by `normalise.py`, inside any language; "for real" turns it into intent.
_NOT_TOPIC = r"(?! (?:prevention|awareness|rates?|statistics|research|prevencion|prevention|pravention|prevencao|prevenzione))"
_ALGO_DEATH = {c: r"(?:" + r + r")" + _NOT_TOPIC for c, r in {
    "en": r"(?:thinking|think|thought) (?:about|of) (?:suicide|kill myself|killing myself)",
    "es": r"(?:pensando|pienso|pense) en (?:el |hacer )?(?:suicide|kill myself)|(?:quiero|voy a) (?:hacer )?(?:suicide"
          r"|kill myself)|me quiero kill|quiero kill\w*",
    "fr": r"(?:je pense|pense|je pensais) (?:au|a) (?:suicide|kill myself)|je veux me kill\w*",
    "de": r"(?:denk|denke) (?:an|uber) (?:suicide|kill myself)|(?:ich )?will mich (?:unaliven|killen|kill\w*)",
    "pt": r"(?:pensando|penso|pensei|a pensar) em (?:suicide|kill myself|fazer suicide)|(?:quero|vou) (?:me kill\w*"
          r"|fazer suicide)",
    "it": r"(?:pensando|penso|pensavo) (?:al|a|di fare) (?:suicide|kill myself)|voglio (?:fare suicide|kill\w*)",
}.items()}
_FOR_REAL = (r"(?:suicide|kill myself|kill\w*|unaliv\w*)[^.!?\n]{0,30}?\b(?P<at>pra valer|pra vlr|de verdade|for real"
             r"|not (?:a )?meme|nao e meme|no es (?:un )?meme|sin broma|en serio|pas (?:une )?blague|kein (?:witz|meme)"
             r"|non e un meme|sul serio|per davvero|ernsthaft)")
# A death idiom "but lately I mean it" / "I'm starting to think it for real" (round 15's family, more wording).
_IDIOM_SERIOUS = {
    "en": r"(?:dying to|id rather die than|rather be dead than|kill me)[^\n]{0,100}?\b(?P<at>(?:but )?(?:lately|these"
          r" days|now) i (?:actually )?mean it|for real for real)",
    "es": r"(?:me muero (?:por|de)|prefiero (?:morir\w*|estar muert[oa])|antes muert[oa])[^\n]{0,100}?\b(?P<at>(?:ultimamente|ahora)"
          r" lo digo en serio|en serio serio|lo digo de verdad)",
    "fr": r"(?:je meurs denvie|plutot (?:crever|mourir|mort\w*))[^\n]{0,100}?\b(?P<at>(?:ces derniers temps|maintenant) je"
          r" le pense vraiment|pour de vrai de vrai)",
    "de": r"(?:lieber tot|ich sterbe vor|bring mich um)[^\n]{0,100}?\b(?P<at>(?:in letzter zeit|inzwischen|langsam) mein"
          r" ich (?:es|das) ernst)",
    "pt": r"(?:antes mort[oa]|prefiro morrer|to morrendo de vontade)[^\n]{0,100}?\b(?P<at>(?:to|estou|tou) comecando a"
          r" pensar (?:isso )?de verdade|(?:e )?serio,? (?:to|estou) comecando)",
    "it": r"(?:meglio mort[oa]|muoio dalla voglia|preferisco morire)[^\n]{0,100}?\b(?P<at>(?:ultimamente|adesso) lo penso"
          r" davvero|sul serio sul serio)",
}
# "If the bus mowed me down it'd almost suit me / I wouldn't care, a relief": round 15's accident wish, more wording.
_ACCIDENT_RELIEF = {
    "en": r"if (?:a|the) (?:bus|car|truck|lorry|train) (?:hit|mowed|ran) (?:me|me down|me over)[^.!?\n]{0,60}?\b(?:a relief"
          r"|suit me|honestly fine|i wouldnt care)",
    "es": r"si (?:el|un|una) (?:bus|autobus|coche|camion|tren) me (?:atropellara|arrollara|pillara|llevara por delante)"
          r"[^.!?\n]{0,60}?\b(?:me (?:vendria bien|da igual|daria igual)|un alivio|casi mejor)",
    "fr": r"si (?:le|un|une) (?:bus|voiture|camion|train) me (?:fauchait|renversait|ecrasait)[^.!?\n]{0,60}?\b(?:ca"
          r" )?(?:marrangerait|me soulagerait|un soulagement|mest egal)",
    "de": r"wenn mich (?:morgen )?(?:der|ein|die) (?:bus|auto|lkw|zug|strassenbahn|tram) (?:uberfahren|erwischen|umfahren)"
          r" (?:wurde|tat)[^!?\n]{0,80}?\b(?:egal|erleichterung)",
    "pt": r"se (?:o|um) (?:onibus|autocarro|carro|camiao|caminhao|comboio|trem) me (?:atropelasse|pegasse|levasse)"
          r"[^.!?\n]{0,60}?\b(?:um alivio|tanto faz|me dava jeito|nem ligava)",
    "it": r"se (?:il|un|una) (?:autobus|bus|tram|macchina|camion|treno) mi (?:investisse|prendesse|mettesse sotto)"
          r"[^.!?\n]{0,60}?\b(?:un sollievo|mi farebbe comodo|non mi importerebbe|pazienza)",
}

# The urge back after a time free ("two years without hurting myself and since the break-up it itches again").
_URGE_BACK = {
    "en": r"(?:\d+|two|three|four|five|six) (?:years|months|weeks) (?:clean|without (?:cutting|self[- ]?harm\w*|hurting"
          r" myself))[^\n]{0,100}?\b(?:itch\w*|urges?|craving|want to) (?:again|back|is back)?",
    "es": r"(?:\d+|dos|tres|cuatro|cinco|seis) (?:anos|meses|semanas) sin (?:cortarme|hacerme dano|autolesionarme)"
          r"[^\n]{0,100}?\b(?:ganas|me pica|vuelven las ganas|necesidad)",
    "fr": r"(?:\d+|deux|trois|quatre|cinq|six) (?:ans|mois|semaines) sans (?:me faire (?:de|du) mal|me couper|me scarifier)"
          r"[^\n]{0,100}?\b(?:ca me demange|me demange|lenvie|envie) ?(?:de nouveau|revient|encore)?",
    "de": r"(?:\d+|zwei|drei|vier|funf|sechs) (?:jahre|monate|wochen) (?:ohne (?:ritzen|mich zu verletzen)|clean"
          r"|ritzfrei)[^\n]{0,100}?\b(?:juckt es|der drang|das verlangen|will ich wieder)",
    "pt": r"(?:\d+|dois|tres|quatro|cinco|seis) (?:anos|meses|semanas) sem (?:me cortar|me machucar|me magoar)"
          r"[^\n]{0,100}?\b(?:vontade|coceira|a necessidade)",
    "it": r"(?:\d+|due|tre|quattro|cinque|sei) (?:anni|mesi|settimane) senza (?:tagliarmi|farmi del male)"
          r"[^\n]{0,100}?\b(?:voglia|mi prude|il bisogno)",
}
# Rope in the loft: round 16's family, more places.
_ROPE_LOFT = {
    "en": r"(?:the )?(?:rope|noose) (?:is )?(?:in|up in) the (?:loft|attic)",
    "es": r"(?:la )?(?:cuerda|soga) (?:esta )?en el (?:desvan|atico|altillo)",
    "fr": r"(?:la )?corde (?:est )?(?:au|dans le) grenier",
    "de": r"(?:der |das )?(?:strick|seil) (?:ist|liegt) (?:auf dem|im) (?:dachboden|speicher)",
    "pt": r"(?:a )?corda (?:esta|ta) no (?:sotao|forro)",
    "it": r"(?:la )?corda (?:e )?(?:in|nella|nel) (?:soffitta|solaio)",
}
# A list of classmates who "have to pay" (round 16's family, more wording), and a relative's gun photographed.
_HIT_LIST_MORE = {
    "en": r"list (?:of|with) (?:\w+ ){0,2}(?:classmates|kids|people|names)[^\n]{0,60}?\b(?:have to pay|need to pay|must"
          r" pay|will regret)",
    "es": r"lista (?:de|con) (?:\w+ ){0,3}(?:companeros|compas|nombres|gente)[^\n]{0,60}?\b(?:tienen que pagar|me la"
          r" tienen que pagar|las van a pagar)",
    "fr": r"liste (?:de|avec) (?:\w+ ){0,3}(?:camarades|eleves|noms|gens)[^\n]{0,60}?\b(?:doivent payer|vont le"
          r" regretter)",
    "de": r"liste mit (?:\w+ ){0,3}(?:mitschulern|namen|leuten)[^\n]{0,60}?\b(?:mussen bu[s]+en|mussen bezahlen"
          r"|werden das bereuen)",
    "pt": r"lista (?:de|com) (?:\w+ ){0,3}(?:colegas|nomes|pessoas)[^\n]{0,60}?\b(?:tem que pagar|vao se arrepender)",
    "it": r"lista (?:di|con) (?:\w+ ){0,3}(?:compagni|nomi|gente)[^\n]{0,60}?\b(?:se la devono pagare|la devono pagare"
          r"|devono pagar\w*|me la pagano)",
}

for _code in _LANGS:
    _p = PARTS[_code]
    _p["violence_me"] = [_THROAT[_code]]
    _p["at_place"] = [_HIGH_PLACE[_code]]
    _p["farewell"] = [_SOMEONE_KNOW[_code], _SAID_GOODBYE[_code], _APOLOGY[_code], _AT_PEACE[_code],
                      _CALLED_AFTER_YEARS[_code]]
    _p["death"] = [_WISH_DISAPPEAR[_code], _ALGO_DEATH[_code], _IDIOM_SERIOUS[_code],
                   _ACCIDENT_RELIEF[_code]]
    _p["intent"] = [_FOR_REAL, _ALL_PLANNED[_code]]
    _p["pills"] = [_MEDS]
    _p["self_harm_urge"] = [_URGE_BACK[_code]]
    _p["indirect"] = [_GOD_TAKE[_code], _BURDEN[_code]]
    _p["message_goodbye"] = [_GOODBYE_SENT[_code]]
    _p["unreachable"] = [_NO_ANSWER[_code]]
    _p["threat"] = [_BURN_THEIR[_code], _RUN_OVER[_code], _NO_ESCAPE[_code], _GET_WEAPON[_code], _HIT_LIST_MORE[_code]]
    _p["weapon"] = [_FUEL, _CAR_AT[_code], _WEAPON_STORED[_code], _WEAPON_MORE]
    _p["danger_me"] = [_FOLLOWING_ME[_code], _STALKED[_code]]
    _p["under_threat_now"] = [_RUNNING_NOW[_code]]
    _p["child_harm"] = [_LEFT_ALONE[_code], _CHILD_PUSHED[_code], _MINOR_CUTTING[_code]]
    _p["purging"] = [_PURGE_MEAL, _PURGE_AGAIN]
    _p["restriction"] = [_FAST_DAYS[_code]]
    _p["harm_thought"] = [_HARM_IMAGE[_code], _HARM_FEARED[_code]]
    _p["alcohol"] = [_DRINK_MORE[_code]]
    _p["frequency"] = [_FREQ_MORE[_code]]
    _p["cope"] = [_COPE_MORE[_code]]
    _p["self_harm"] = [_BURN_HOT]
    _p["wound_bad"] = [_WOUND_RED[_code]]
    _p["care_avoided"] = [_FEVER_NUM, _AVOID_ER[_code]]
    _p["prep"] = [_SORRY_FOR_ALL[_code], _NOT_MISS_ME[_code], _CLOSED_ACCOUNTS[_code],
                  _BOUGHT_WHAT_NEEDED[_code], _PET_SENT[_code], _PAPERS_OUT[_code]]
    _p["time_soon"] = [_DAY_AWAY[_code], _WHEN_ASLEEP[_code], _TILL_DARK[_code]]
    _p["lethal_means"] = [_HANGING_READY[_code], _ROPE_LOFT[_code], _DOSE_QUESTION[_code]]
    _p["taken"] = [_TAKEN_THEM[_code]]
    _p["amount"] = [_MONTHS_WORTH[_code]]
    _p["method"] = [_INTO_SEA[_code]]
    _p["command"] = [_VOICES_IF_NOT[_code]]
    _p["position"] = [_RIVERSIDE[_code]]

# ---- More of the round's misses: those only the trained head caught, now as slots too. ----

# Violence to the speaker: hair torn out; not allowed out without him (coercive control).
_HAIR_TORN = {
    "en": r"(?:pulled|ripped|tore) (?:out )?(?:chunks of |clumps of )?my hair(?: out)?|(?:im )?not allowed (?:to go )?out"
          r" (?:of the house )?without him",
    "es": r"me (?:arranco|arranca|tiro|jalo) (?:del |el )?pelo|no me deja salir (?:de casa )?sin el",
    "fr": r"(?:il )?ma (?:arrache|tire) les cheveux|je nai plus le droit de sortir sans lui",
    "de": r"(?:hat|hatte)(?: er| sie)? mir (?:\w+ ){0,2}(?:haare|haarbuschel) ausgerissen|ohne ihn darf ich nicht (?:mehr )?(?:aus dem"
          r" haus|raus)",
    "pt": r"(?:me )?arrancou(?:-me)? (?:o )?cabelo|nao me deixa sair (?:de casa )?sem ele",
    "it": r"mi ha strappato (?:i )?capelli|non mi lascia uscire (?:di casa )?senza di lui",
}
# A child beaten with a belt, or beaten now.
_BELT = (r"(?:belt|cinturon|cinto|ceinture|gurtel|cintura|correa)")
_CHILD_BEATEN = {
    "en": r"(?:hit|beat|whipped|belted|thrashed) (?:my|his|her|our) (?:\w+ )?(?:brother|sister|son|daughter|kid|child"
          r"|boy|girl)(?: \w+){0,3} with (?:a|the|his|her) " + _BELT,
    "es": r"(?:le )?(?:pego|dio|azoto) (?:con el " + _BELT + r" )?(?:a mi|a su) (?:\w+ )?(?:hermano|hermana|hijo|hija"
          r"|nino|nina)|(?:pego|dio) con (?:el|la) " + _BELT + r" a (?:mi|su) (?:hermano|hermana|hijo|hija)",
    "fr": r"a (?:frappe|battu|tape) (?:mon|ma|son|sa) (?:petit |petite )?(?:frere|soeur|fils|fille)(?: \w+){0,3} (?:avec|a"
          r" coups de) (?:la|sa) " + _BELT,
    "de": r"(?:meinen|meine|seinen|seine|ihren|ihre) (?:kleinen |kleine )?(?:bruder|schwester|sohn|tochter)(?: \w+){0,3}"
          r" mit dem " + _BELT + r" (?:geschlagen|verprugelt)",
    "pt": r"(?:deu|bateu) com o " + _BELT + r" n[oa] (?:meu|minha|seu|sua) (?:\w+ )?(?:irmao|irma|filho|filha)",
    "it": r"(?:ha )?(?:picchiato|frustato) (?:mio|mia|suo|sua) (?:\w+ )?(?:fratello|sorella|figlio|figlia)(?: \w+){0,3}"
          r" con la " + _BELT,
}
_BEATING_NOW = {
    "en": r"(?:hes|shes) (?:hitting|beating) (?:him|her|my \w+) (?:right )?now",
    "es": r"(?:le )?esta pegando (?:ahora|ahorita|en este momento)",
    "fr": r"(?:il|elle) (?:le|la) (?:frappe|tape) (?:la|maintenant|en ce moment)",
    "de": r"(?:er|sie) schlagt (?:ihn|sie) (?:gerade|jetzt)",
    "pt": r"(?:ta|esta) (?:batendo|a bater) n(?:ele|ela)(?:s)? agora",
    "it": r"(?:lo|la) sta picchiando (?:ora|adesso|in questo momento)",
}
# A sibling or a child who cuts, told by the speaker.
_SIBLING_CUTS = {
    "en": r"(?:my|our) (?:little |younger |big )?(?:sister|brother)(?: \w+){0,4} (?:is|s|has been) (?:cutting|self[- ]?"
          r"harming) (?:herself|himself)|(?:she|he) cuts (?:herself|himself) every day",
    "es": r"(?:mi|nuestra|nuestro) (?:hermana|hermano|hermanita|hermanito)(?: [\w,]+){0,10} se (?:corta|esta cortando"
          r"|autolesiona)",
    "fr": r"(?:ma|mon) (?:petite |grande )?(?:soeur|frere)(?: [\w,]+){0,8} se (?:coupe|scarifie|mutile)",
    "de": r"(?:meine|mein) (?:kleine |kleiner )?(?:schwester|bruder)(?: [\w,]+){0,8} (?:ritzt sich|schneidet sich)",
    "pt": r"(?:minha|meu) (?:irma|irmao|irmazinha|irmaozinho)(?: [\w,]+){0,8} (?:se corta|(?:ta|esta|anda) se cortando)",
    "it": r"(?:mia|mio) (?:sorella|fratello|sorellina|fratellino)(?: [\w,]+){0,8} si (?:taglia|sta tagliando|autolesiona)",
}
_POISON_MORE = (r"(?:anticongelante|antigel|frostschutz\w*|kuhlerfrostschutz|antigelo|liquido refrigerante|lejia|eau de"
                r" javel|javel|chlorreiniger|lixivia|candeggina|varechina|raticida|mata-ratos|mort-aux-rats|rattengift"
                r"|veleno per topi|matarratas)")
_TOW_ROPE = {
    "en": r"(?:tow )?(?:rope|noose|belt|cord)(?: \w+){0,2} (?:up )?in the (?:loft|attic)(?![^.!?\n]{0,40}"
          r"\b(?:swing|car|boat|climb))|the beams? (?:is |s )?strong enough(?! (?:for|to (?:hold|carry|support)) (?:the"
          r" )?(?:roof|floor|shelf|shelves|extension|loft|tank|hammock))",
    "es": r"la viga (?:es |aguanta|esta )?(?:lo )?(?:suficientemente )?(?:fuerte|resistente)|(?:la )?viga aguanta",
    "fr": r"la poutre (?:est )?(?:assez )?(?:solide|tiendra)",
    "de": r"(?:der )?balken (?:halt|ist stabil genug|tragt)",
    "pt": r"a viga (?:aguenta|e (?:bem )?forte|e resistente)",
    "it": r"la trave (?:regge|tiene|e abbastanza (?:forte|robusta))",
}
_ON_DAD_BED = {
    "en": r"(?:once|when|after) (?:dad|mum|mom|my (?:dad|mum|mom|wife|husband|partner))(?:s| has| is)? (?:gone to bed"
          r"|asleep|in bed)",
    "es": r"(?:cuando|en cuanto) (?:papa|mama|mi (?:padre|madre|mujer|marido)) se (?:acueste|duerma|vaya a la cama)",
    "fr": r"(?:quand|une fois que|des que) (?:papa|maman|mon (?:pere|mari)|ma (?:mere|femme)) (?:sera couchee?|dormira"
          r"|sera endormie?)",
    "de": r"(?:wenn|sobald) (?:papa|mama|mein (?:vater|mann)|meine (?:mutter|frau)) (?:im bett ist|schlaft|schlafen"
          r" gegangen ist)",
    "pt": r"(?:quando|assim que) (?:o pai|a mae|meu pai|minha mae|o meu pai|a minha mae) (?:for (?:se )?deitar|dormir"
          r"|estiver a dormir)",
    "it": r"(?:quando|appena) (?:papa|mamma|mio padre|mia madre) (?:va a letto|dorme|si addormenta)",
}
_COMES_OUT_FIND_OUT = {
    "en": r"when (?:he|she) comes out,? (?:hes|shes) (?:gonna|going to) (?:find out|regret|get it|learn)",
    "es": r"cuando salga,? (?:va a saber|se va a enterar|se arrepiente)",
    "fr": r"quand (?:il|elle) sort(?:ira)?,? (?:il|elle) va (?:comprendre|regretter|voir)",
    "de": r"wenn (?:er|sie) rauskommt,? (?:wird (?:er|sie) (?:es )?bereuen|kann (?:er|sie) was erleben|erlebt (?:er|sie)"
          r" was)",
    "pt": r"quando (?:ele|ela) sair,? (?:vai ver|vai se arrepender|vai saber)",
    "it": r"quando esce,? (?:vedra|se ne pente|gliela faccio vedere)",
}
# Spirits by the bottle every other day "to be able to sleep".
_EVERY_OTHER_DAY = (r"(?:every (?:two|other|couple of) days|cada dos dias|cada 2 dias|tous les deux jours|en deux jours"
                    r"|alle zwei tage|in zwei tagen|em dois dias|a cada dois dias|ogni due giorni|in due giorni)")
_TO_SLEEP = {
    "en": r"(?:to (?:be able to )?sleep|so i can sleep|its what gets me to sleep)",
    "es": r"(?:pa|para) (?:poder )?dormir",
    "fr": r"pour (?:pouvoir )?dormir",
    "de": r"um (?:schlafen zu konnen|einzuschlafen)|damit ich schlafen kann",
    "pt": r"(?:pra|para) (?:conseguir |poder )?dormir|(?:e o que )?me poe a dormir",
    "it": r"per (?:riuscire a |poter )?dormire",
}
_SPIRITS_BOTTLE = (r"(?:bottle of (?:rum|vodka|whisky|whiskey|gin)|botella de (?:ron|vodka|whisky|ginebra|tequila|pisco)"
                   r"|bouteille de (?:rhum|vodka|whisky|gin)|flasche (?:rum|wodka|vodka|whisky|korn|schnaps)"
                   r"|garrafa de (?:aguardente|cachaca|vodka|whisky|rum)|bottiglia di (?:rum|vodka|whisky|grappa))")
# Drink-driving by someone close: "gets in the car after", "drives drunk every Friday".
_DRUNK_DRIVES = {
    "en": r"(?:drives|driving|gets behind the wheel|gets in the car) (?:home )?(?:drunk|after drinking|pissed|wasted)",
    "es": r"(?:conduce|maneja|anda manejando|anda conduciendo) (?:borrach[oa]|bebid[oa]|tomad[oa])",
    "fr": r"(?:conduit|prend le volant) (?:bourree?|ivre|saoule?|apres avoir bu)",
    "de": r"(?:fahrt|setzt sich) (?:\w+ ){0,3}(?:betrunken|besoffen)? ?(?:ins auto|ans steuer|auto)|(?:fahrt|fahren)"
          r" (?:betrunken|besoffen)",
    "pt": r"(?:anda )?(?:dirigindo|conduzindo|a conduzir|dirige|conduz) (?:bebad[oa]|embriagad[oa]|alcoolizad[oa])",
    "it": r"(?:guida|si mette alla guida) (?:ubriac[oa]|sbronz[oa]|dopo aver bevuto)",
}
# Someone's wish not to live, reported.
_REPORTED_WISH = {
    "en": r"(?:she|he|they) (?:said|told me) (?:that )?(?:she|he|they) (?:didnt|did not|doesnt) want to (?:live|be alive)"
          r" (?:anymore|any more)",
    "es": r"(?:me dijo|dijo) que (?:ya )?no (?:queria|quiere) (?:seguir )?viv\w+",
    "fr": r"(?:ma dit|a dit)(?: \w+){0,3} qu ?(?:elle|il) (?:ne )?(?:voulait|veut) plus vivre",
    "de": r"(?:hat mir gesagt|hat gesagt|meinte),? (?:dass )?(?:sie|er) nicht mehr leben (?:will|wollte|mochte)",
    "pt": r"(?:me disse|disse) que (?:ja )?nao (?:queria|quer) mais viver",
    "it": r"(?:mi ha detto|ha detto) che non (?:voleva|vuole) piu vivere",
}
# An intrusive harm thought written with the infinitive ("den Gedanken, meine Mutter unterzutauchen").
_THOUGHT_TO_HARM = {
    "en": r"(?:thoughts?|urges?|images?) (?:of|about) (?:\w+ ){0,2}(?:drowning|stabbing|pushing|smothering|strangling)"
          r" (?:my|the|him|her)",
    "es": r"(?:pensamientos?|la idea|imagenes) de (?:\w+ ){0,2}(?:ahogar|apunalar|empujar|asfixiar|estrangular)\w*",
    "fr": r"(?:pensees?|lidee|images?) de (?:\w+ ){0,2}(?:noyer|poignarder|pousser|etouffer|etrangler)",
    "de": r"(?:gedanken?|bilder|vorstellung),? (?:\w+ ){0,5}(?:unterzutauchen|zu ertranken|zu erstechen|zu ersticken"
          r"|zu erwurgen|runterzuschubsen|zu schubsen)",
    "pt": r"(?:pensamentos?|a ideia|imagens) de (?:\w+ ){0,2}(?:afogar|esfaquear|empurrar|sufocar|estrangular)",
    "it": r"(?:pensieri|il pensiero|immagini) di (?:\w+ ){0,2}(?:annegare|affogare|accoltellare|spingere|soffocare"
          r"|strangolare)",
}
# Voices ordering harm.
_ORDERED_HARM = {
    "en": r"(?:the )?voices? (?:\w+ )?(?:tells?|orders?|commands?) me to (?:hurt|kill|take|harm|stab)",
    "es": r"(?:las voces )?me (?:ordenan|mandan|exigen) que (?:le )?(?:haga dano|mate|tome|lastime)",
    "fr": r"(?:les voix |la voix )?me (?:disent|dit|ordonnent|ordonne) de (?:faire du mal|tuer|prendre|blesser)",
    "de": r"(?:die )?stimmen? (?:sagt|sagen|befiehlt|befehlen),? (?:dass )?ich (?:soll|muss) (?:\w+ ){0,4}(?:nehmen"
          r"|umbringen|toten|wehtun|weh tun|verletzen)",
    "pt": r"(?:as )?vozes (?:me )?(?:mandam|ordenam|dizem) (?:que eu |pra eu |para eu )?(?:machucar|matar|tomar|ferir)",
    "it": r"(?:le )?voci? (?:mi )?(?:ordinano|ordina|dicono|dice) di (?:fare del male|uccidere|ammazzare|prendere)",
}
_VOICES_BACK = {
    "en": r"(?:the )?voices (?:are|have come) back",
    "es": r"(?:las )?voces (?:volvieron|han vuelto)",
    "fr": r"(?:les )?voix (?:sont revenues|reviennent)",
    "de": r"(?:die )?stimmen sind wieder da",
    "pt": r"(?:as )?vozes voltaram",
    "it": r"(?:le )?voci sono tornate",
}
# A burn from a hot object, hidden.
_BURN_HIDDEN = {
    "en": r"burn(?:ed|t) my (?:arm|hand|wrist|leg|thigh) (?:with|on) (?:the|a|my) " + _HOT + r"[^\n]{0,80}?\b(?:no one"
          r"|nobody) (?:noticed|knows)",
    "es": r"me queme (?:el|la) (?:brazo|mano|muneca|pierna) con (?:el|la) " + _HOT + r"[^\n]{0,80}?\bnadie se (?:dio"
          r" cuenta|entero)",
    "fr": r"je me suis brulee? (?:le|la) (?:bras|main|poignet|cuisse) avec (?:le|la|un) " + _HOT + r"[^\n]{0,80}?"
          r"\bpersonne (?:na|ne sest) (?:rien )?(?:remarque|rendu compte)",
    "de": r"(?:hab|habe) mir (?:den|die) (?:arm|hand|unterarm|oberschenkel) mit (?:dem|der) " + _HOT + r" verbrannt"
          r"[^\n]{0,80}?\b(?:keiner|niemand) (?:hats|hat es) (?:gemerkt|bemerkt)",
    "pt": r"(?:me queimei|queimei-me|queimei) (?:o|a) (?:braco|mao|pulso|perna) com (?:o|a) " + _HOT + r"[^\n]{0,80}?"
          r"\bninguem (?:percebeu|reparou)",
    "it": r"mi sono bruciat[oa] (?:il|la) (?:braccio|mano|polso|coscia) (?:col|con il|con la) " + _HOT
          + r"[^\n]{0,80}?\bnessuno se (?:ne )?(?:e )?accort[oa]",
}
# An ex waiting outside work or home.
_EX_OUTSIDE = {
    "en": r"(?:my )?ex (?:\w+ ){0,3}(?:parked|waiting|sitting|standing|hanging around) outside my (?:work|house|flat"
          r"|school|uni|office)",
    "es": r"mi ex (?:\w+ ){0,3}(?:aparcado|esperando|plantado|rondando) (?:fuera de|delante de|en la puerta de) mi"
          r" (?:trabajo|casa|piso|facultad|oficina)",
    "fr": r"mon ex (?:\w+ ){0,3}(?:gare|attend|plante|traine|rode) devant (?:mon|ma|chez) (?:travail|boulot|maison|moi"
          r"|fac|bureau)",
    "de": r"mein ex (?:\w+ ){0,3}(?:parkt|wartet|steht|lungert) (?:\w+ ){0,3}vor (?:meiner|meinem) (?:arbeit|wohnung"
          r"|haus|uni|buro)",
    "pt": r"(?:o )?meu ex (?:\w+ ){0,3}(?:estacionado|esperando|parado|a espera) (?:na porta|em frente|a frente) d[oa]"
          r" (?:meu|minha) (?:trabalho|casa|faculdade|escritorio)",
    "it": r"il mio ex (?:\w+ ){0,3}(?:parcheggiato|aspetta|appostato|gira) (?:fuori|davanti) (?:dal|al|a) (?:mio )?"
          r"(?:lavoro|casa|ufficio|universita)",
}
# "If I just didn't wake up tomorrow I wouldn't mind".
_NOT_WAKE = {
    "en": r"if i (?:just )?(?:didnt|did not) wake up(?: \w+){0,2},? i (?:wouldnt|would not) (?:mind|care)",
    "es": r"si (?:manana )?no me (?:despertara|despertase)(?: \w+){0,2},? (?:no me importaria|me daria igual|tampoco"
          r" pasaria nada)",
    "fr": r"si je ne me reveillais pas(?: \w+){0,2},? (?:ca ne me derangerait pas|ca me derangerait pas|je men ficherais)",
    "de": r"wenn ich (?:morgen )?nicht mehr aufwachen (?:wurde|tate),? (?:ware (?:mir )?das (?:egal|okay|ok|in ordnung))",
    "pt": r"se (?:eu )?nao acordasse(?: \w+){0,2},? (?:nao me importava|tanto fazia|nem ligava)",
    "it": r"se (?:domani )?non mi svegliassi(?: \w+){0,2},? (?:non mi dispiacerebbe|non mi importerebbe|pazienza)",
}
# Neapolitan and southern dialect: "me vogl' accirere".
_DIALECT_DEATH_IT = r"(?:me|mi) vogl\w* acci[rd]\w*|m(?:e )?vogl\w* (?:accir|accid)\w*|voglio accirerm\w*"
# A lethal-dose search for one's own weight.
_MY_WEIGHT = {
    "en": r"for (?:someone|a person) (?:of|with|at) my weight",
    "es": r"para (?:alguien|una persona) (?:de|con) mi peso",
    "fr": r"pour quelquun de mon poids",
    "de": r"fur (?:jemanden|einen menschen) mit meinem gewicht",
    "pt": r"para (?:alguem|uma pessoa) (?:com|do) (?:o )?meu peso",
    "it": r"per (?:qualcuno|una persona) (?:con|del) (?:il )?mio peso",
}
_WEIGHT_DOSE = {c: r"(?:" + _HOW_MUCH[c] + r")\b[^\n]{0,30}?\b(?:" + _MEDS + r")\b[\s\S]{0,60}?\b(?:" + _MY_WEIGHT[c] + r")"
                for c in _LANGS}
# Letters to the children "for after"; the dog promised to someone.
_LETTERS_AFTER = {
    "en": r"(?:letters|a letter) to (?:my|the) (?:kids|children|son|daughter|family)[^.!?\n]{0,30}?\bfor after",
    "es": r"cartas? (?:a|para) (?:mis|mi) (?:hijos|hija|hijo|familia)[^.!?\n]{0,30}?\bpara (?:despues|cuando no este)",
    "fr": r"lettres? (?:a|pour) (?:mes|mon|ma) (?:enfants|fils|fille|famille)[^.!?\n]{0,30}?\bpour (?:apres|quand je ne"
          r" serai plus la)",
    "de": r"briefe? an (?:meine|meinen|meinem) (?:kinder|sohn|tochter|familie)[^.!?\n]{0,30}?\bfur (?:danach|spater"
          r" wenn ich)",
    "pt": r"cartas? (?:aos|para os|para as|as) (?:meus |minhas )?(?:filhos|filhas|familia)[^.!?\n]{0,30}?\bpara depois",
    "it": r"lettere? (?:ai|per i|alle|per le) (?:miei |mie )?(?:figli|figlie|famiglia)[^.!?\n]{0,30}?\bper dopo",
}
_TAKE_THE_DOG = {
    "en": r"promised (?:me )?(?:to take|shell take|hell take) (?:the|my) (?:dog|cat)",
    "es": r"me prometio (?:que se quedaria con|quedarse con|cuidar) (?:el|mi) (?:perro|gato)",
    "fr": r"ma promis de (?:prendre|garder) (?:le|mon) (?:chien|chat)",
    "de": r"(?:hat mir )?versprochen,? (?:den|meinen) (?:hund|kater) (?:zu nehmen|zu ubernehmen)|versprochen,? die katze"
          r" zu nehmen",
    "pt": r"prometeu(?:-me)? (?:ficar com|cuidar d)[oa] (?:meu |minha )?(?:cao|gato|cadela|gata)",
    "it": r"mi ha promesso di (?:prendere|tenere) (?:il|la) (?:mio |mia )?(?:cane|gatto|gatta)",
}

for _code in _LANGS:
    _p = PARTS[_code]
    _p["violence_me"].append(_HAIR_TORN[_code])
    _p["child_harm"] += [_CHILD_BEATEN[_code], _SIBLING_CUTS[_code]]
    _p["under_threat_now"].append(_BEATING_NOW[_code])
    _p["poison"] = [_POISON_MORE]
    _p["lethal_means"] += [_TOW_ROPE[_code], _WEIGHT_DOSE[_code]]
    _p["time_soon"].append(_ON_DAD_BED[_code])
    _p["threat"].append(_COMES_OUT_FIND_OUT[_code])
    _p["frequency"].append(_EVERY_OTHER_DAY)
    _p["cope"].append(_TO_SLEEP[_code])
    _p["alcohol"].append(_SPIRITS_BOTTLE)
    _p["drink_driving"] = [_DRUNK_DRIVES[_code]]
    _p["death"] += [_REPORTED_WISH[_code], _NOT_WAKE[_code]]
    _p["harm_thought"].append(_THOUGHT_TO_HARM[_code])
    _p["command"].append(_ORDERED_HARM[_code])
    _p["voices_worse"] = [_VOICES_BACK[_code]]
    _p["self_harm"].append(_BURN_HIDDEN[_code])
    _p["danger_me"].append(_EX_OUTSIDE[_code])
    _p["prep"] += [_LETTERS_AFTER[_code], _TAKE_THE_DOG[_code]]
PARTS["it"]["death"].append(_DIALECT_DEATH_IT)
# A child of the speaker's named, then beaten now: the child is the part (its words only, the beating being the
# condition), so that with the beating (`under_threat_now`) it is an attack on a child under way.
_MY = r"(?:my|mi|mon|ma|mein|meine|meinen|meinem|meu|minha|o meu|a minha|mio|mia|il mio|la mia)"
for _code in _LANGS:
    PARTS[_code]["child_harm"].append(_MY + r" (?:\w+ ){0,2}" + _KID + r"s?(?=[^.!?\n]{0,100}?\b(?:" + _BEATING_NOW[_code]
                                      + r"))")
