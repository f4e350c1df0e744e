"""Situations told in wording no lexicon had (issue 10, after blind round 18), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon` after `families_r17.py`. As there, each family is slots
and the way they combine, not the sentences of the set.

False alarms of the round, by structure (`idiom` or `denial`: the risk words inside are not the speaker's own risk):

- self-harm told as history, in either order ("years ago I used to cut", "I cut myself years ago"), then "nothing
  now", "I'm fine now", "no longer an option": the round-17 history rule, whose "don't want to again" slot was too
  narrow and whose order was fixed;
- a clinician's question answered "zero" ("thoughts of harming myself: zero", "cero pensamientos");
- "kill him or he kills me" beside a game (chess, a final, a tournament, a game emoji): a contest, not a threat;
- "I'm jumping" after a bungee jump, a skydive or a zip line named: the jump is the sport;
- a rope bought for a hammock or a swing: the rope's purpose is told (a climbing rope alone is not: a plan buys one
  too);
- a trainee's role-play with "a caller with suicidal thoughts": the round-17 "patient with ideation" slot widened to
  callers and role-played people.

Misses of the round, by family (the situation, not the sentence):

- a burn with a hot tool on the speaker's own arm or leg ("burned my forearm with the straighteners"), told as
  fine (`self_harm`): the round-17 burn needed "on purpose";
- a young child left alone for a weekend or nights, or asking neighbours for food (`child_harm`): the round-17
  slot wanted "leaves the child" before the child, not "the child was left";
- a lethal-dose question with "would it take" and an adult's weight in kilograms (`lethal_means`); a child's
  dose asked stays a dose; more medicine names
  (`pills`, `_MEDS`);
- at the door of someone's relative with fuel or a weapon (`threat`, `access`);
- tablets with spirits "an hour ago" without a verb ("30 lamotrigine with rum 1h ago") (`taken`) and numb fingers
  (`symptom`);
- an intrusive image of hitting someone with a knife, feared (`harm_thought`): the verb slot lacked hitting and
  clitic forms ("colpirlo");
- locked out of the house at night after violence, hair pulled (`violence_me`);
- a voice (a dead parent's, the television's) ordering not to eat or sleep, or to stop someone (`command`);
- standing in the middle of the tracks, barriers coming down (`step_off`, `train_due`);
- a wish for a fatal accident ("the only thing that would fix my life is a car accident") (`death`);
- "I'll pull the knife on him", "I won't answer for myself" (`threat`);
- a minor who scratched or cut their arms, found by a parent (`child_harm`): verbs and the compass as a blade;
- drugs used alone with "the last batch was stronger" (`opioid_use`, beside the lexicons' `alone`; "using alone"
  itself is not read, as "mi faccio da solo la pasta" is cooking);
- a poison mixed into a drink, by the bed, "I'll drink it when the programme ends" (`prep`, `time_soon`).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

from alliance.safety.lexicon.families_r17 import _HOT, _HOW_MUCH, _KID, _LETHAL, _MEDS

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# ---- False alarms, by structure. ----

# Self-harm told as history, the time before or after the act.
_AGO = {
    "en": r"(?:(?:about |like |some |over )?\d+|a few|many|several) years ago|years ago|when i was (?:younger|a teen\w*|\d+)"
          r"|as a teen\w*|in (?:my teens|school)",
    "es": r"hace (?:como |unos |mas de |casi )?(?:\d+|muchos|varios) anos|de (?:adolescente|joven)|en el (?:insti|colegio)",
    "fr": r"il y a (?:genre |environ |plus de )?(?:\d+|des|quelques) ans|(?:ado|a ladolescence|au lycee|au college)",
    "de": r"vor (?:etwa |ungefahr |uber )?(?:\d+|vielen|ein paar|jahren)(?: jahren)?|fruher|als (?:teenager|jugendliche\w*)"
          r"|in der schulzeit",
    "pt": r"(?:ha|faz) (?:uns |mais de |quase )?(?:\d+|muitos|alguns) anos|na adolescencia|no colegio|na escola",
    "it": r"(?:\d+|tanti|molti|alcuni) anni fa|da (?:adolescente|ragazz[oa])|alle (?:medie|superiori)",
}
_SH_ACT = {
    "en": r"(?:i )?(?:used to )?(?:cut|cutting|self[- ]?harm\w*|burn\w*) (?:myself|my (?:arms|legs|wrists|thighs))?",
    "es": r"(?:yo )?me (?:cortaba|cortaba los brazos|autolesionaba|hacia dano|quemaba|corte|autolesione)(?: \w+){0,2}",
    "fr": r"je me (?:scarifiais|coupais|mutilais|faisais du mal|brulais|suis scarifiee?)(?: \w+){0,2}",
    "de": r"(?:ich )?(?:hab|habe) mich (?:\w+ ){0,3}(?:geritzt|geschnitten|verletzt)|(?:ich )?ritzte mich",
    "pt": r"(?:eu )?me (?:cortava|automutilava|machucava|queimava|cortei)(?: \w+){0,2}",
    "it": r"(?:io )?mi (?:tagliavo|facevo del male|autolesionavo|bruciavo|sono tagliat[oa])(?: \w+){0,2}",
}
_NOT_NOW = {
    "en": r"(?:(?:its |thats )?(?:no longer|not) an option (?:for me )?(?:any ?more|now)?|nothing (?:now|since)"
          r"|(?:but )?(?:im|i am) (?:fine|ok|okay|good|really good|doing (?:fine|well)) now|not any ?more|dont any ?more)",
    "es": r"(?:ahora (?:ya )?nada|ya (?:no|nada)|ya no es (?:una )?opcion|(?:ahora )?estoy (?:re |muy |super )?bien"
          r"(?: ahora)?|hace anos que no)",
    "fr": r"(?:plus (?:rien )?depuis|(?:ce nest|cest) plus une option|maintenant (?:je vais|ca va) bien|je vais bien"
          r" maintenant|cest fini)",
    "de": r"(?:(?:ist |sind )?(?:fur mich )?keine option mehr|kommt (?:fur mich )?nicht mehr in frage|heute (?:gehts mir"
          r" gut|nicht mehr)|jetzt (?:gehts mir gut|nicht mehr)|seit jahren nicht mehr)",
    "pt": r"(?:agora (?:ja )?nada|ja nao (?:e (?:uma )?opcao)?|(?:agora )?(?:to|estou|tou) (?:muito |super )?bem(?:"
          r" agora)?|faz anos que nao)",
    "it": r"(?:ora (?:piu )?niente|non (?:e )?piu (?:unopzione|una opzione)|(?:ora|adesso) sto bene|sto bene (?:ora"
          r"|adesso)|da anni non piu)",
}
_SH_DATED = {c: r"(?!)" for c in _LANGS}
_SH_DATED["de"] = (r"(?:ich )?(?:hab|habe|hatte) mich (?:\w+ ){0,2}(?:fruher|als teenager|als jugendliche\w*|vor (?:\w+ )?"
                   r"jahren)(?: \w+){0,2} (?:geritzt|geschnitten|verletzt)")
_SH_PAST_WELL = {c: r"(?:" + _SH_DATED[c] + r"|(?:" + _AGO[c] + r")\b[^.!?\n]{0,20}?\b(?:" + _SH_ACT[c] + r")|(?:" + _SH_ACT[c] + r")\b"
                 r"[^.!?\n]{0,30}?\b(?:" + _AGO[c] + r"))\b[^\n]{0,200}?\b(?:" + _NOT_NOW[c] + r")\b" for c in _LANGS}

# A clinician's question answered "zero".
_THOUGHTS_ZERO = {
    "en": r"(?:zero|no) (?:thoughts|ideas) (?:of|about) (?:hurting|harming|killing|ending)[^.!?\n]{0,30}"
          r"|(?:thoughts|ideas) (?:of|about) (?:hurting|harming|killing)[^.!?\n]{0,30}?:? (?:zero|none|nil)\b",
    "es": r"cero (?:pensamientos|ideas) de (?:hacerme|lastimarme|matarme|quitarme)[^.!?\n]{0,30}|(?:pensamientos|ideas)"
          r" de (?:hacerme|lastimarme|matarme)[^.!?\n]{0,30}?:? (?:cero|ninguno|ninguna)\b",
    "fr": r"zero (?:pensees?|idees?) de (?:me faire|me blesser|me tuer)[^.!?\n]{0,30}|(?:pensees?|idees?) de (?:me faire"
          r"|me blesser|me tuer)[^.!?\n]{0,30}?:? (?:zero|aucune)\b",
    "de": r"null gedanken (?:daran,? )?mi(?:r|ch) (?:etwas )?(?:anzutun|zu verletzen|weh zu tun|umzubringen)"
          r"|gedanken,? mi(?:r|ch) (?:etwas anzutun|zu verletzen|umzubringen)[^.!?\n]{0,20}?:? (?:null|keine)\b",
    "pt": r"zero (?:pensamentos|ideias) de (?:me machucar|me ferir|me matar)[^.!?\n]{0,30}|(?:pensamentos|ideias) de"
          r" (?:me machucar|me ferir|me matar)[^.!?\n]{0,30}?:? (?:zero|nenhum|nenhuma)\b",
    "it": r"zero pensieri di (?:farmi|uccidermi|ammazzarmi)[^.!?\n]{0,30}|pensieri di (?:farmi del male|uccidermi"
          r"|ammazzarmi|farla finita)[^.!?\n]{0,10}? (?:zero|nessuno)\b",
}

# "Kill him or he kills me" beside a game.
_GAME = (r"(?:chess|scacchi|ajedrez|echecs|schach|xadrez|tournament|torneo|tournoi|turnier|torneio|final|finale"
         r"|finalissima|match|partita|partido|partie|spiel|jogo|partida|game|ranked|round|ronda|manche|runde|rodada"
         r"|♟|🎮|🏆|⚽|🏀|🎾|🥊)")
_KILL_OR_KILLED = {
    "en": r"(?:either )?i kill (?:him|her|them) or (?:he|she|they) kills? me",
    "es": r"o (?:lo|la) mato (?:yo )?o (?:me mata|el me mata|ella me mata)",
    "fr": r"(?:soit )?je (?:le|la) tue (?:soit|ou) (?:il|elle) me tue",
    "de": r"entweder (?:ich )?(?:mache|mach|mach ich|mache ich) (?:ihn|sie) (?:fertig|kalt|platt) oder (?:er|sie) mich"
          r"|ich (?:kill|tote) (?:ihn|sie) oder (?:er|sie) mich",
    "pt": r"ou (?:eu )?(?:o |a )?mato (?:ele|ela)? ?ou (?:ele|ela) me mata",
    "it": r"o (?:lo|la) (?:ammazzo|uccido|faccio fuori) (?:io )?o (?:mi (?:ammazza|uccide|fa fuori))(?: lui| lei)?",
}
_GAME_WORD = _GAME.replace("|♟|🎮|🏆|⚽|🏀|🎾|🥊", "")
_GAME_DUEL = {c: r"(?:" + _KILL_OR_KILLED[c] + r")(?=[^\n]{0,80}?" + _GAME + r")|" + _GAME_WORD + r"\b[^\n]{0,120}?(?:"
              + _KILL_OR_KILLED[c] + r")" for c in _LANGS}

# "I'm jumping" after a bungee jump, a skydive or a zip line named (the sport may be in an earlier turn).
_JUMP_SPORT = (r"(?:bungee\w*|bungy|puenting|saut a lelastique|saut en parachute|parachut\w*|paracaid\w*|paracadut\w*"
               r"|skydiv\w*|fallschirm\w*|paraquedas|paraglid\w*|parapendio|parapente|gleitschirm\w*|zip ?line"
               r"|tirolesa|tirolina|tyrolienne|zipline|bungeesprung)")
_I_JUMP = (r"(?:(?:im|i am|gonna|going to) jump\w*|i jump|me (?:tiro|lanzo|voy a tirar)|je (?:saute|me jette|vais sauter)"
           r"|ich spring\w*|spring ich|me (?:jogo|atiro|vou jogar)|(?:eu )?pulo|mi (?:butto|lancio)|mi buttero)")
_SPORT_JUMP = _JUMP_SPORT + r"[\s\S]{0,300}?\b" + _I_JUMP + r"\b"

# A rope bought for a hammock or a swing.
_ROPE = r"(?:rope|cuerda|soga|corde|seil|kletterseil|corda)"
# (A climbing rope alone is no purpose: a rope "for climbing" is also what a plan buys; the hammock or swing is.)
_ROPE_PURPOSE = (r"(?:hammock|swing|hamaca|columpio|hamac|balancoire|hangematte|schaukel|rede de descanso|baloico|amaca"
                 r"|altalena)")
_ROPE_FOR = (r"(?:\w+ ){0,3}" + _ROPE + r"(?: \w+){0,3}? (?:de |for |pour |fur |para |per |da |d)?(?:la |the |a |an )?"
             + _ROPE_PURPOSE + r"|" + _ROPE_PURPOSE + r"\b[^.!?\n]{0,100}?\b(?:\w+ ){0,3}" + _ROPE + r"\b")

# A trainee's role-play or a helpline's caller "with suicidal thoughts".
_CALLER_WITH = (r"(?:caller|callers|anrufer\w*|llamante|llamantes|appelant\w*|chamador\w*|chiamante|chiamanti"
                r"|(?:role[- ]?play|rollenspiel|juego de rol|jeu de role|simulacao|simulazione|gioco di ruolo)\w*)"
                r" (?:\w+ )?(?:with|con|avec|mit|com|che ha|que tiene|qui a) (?:\w+ )?(?:suicidal (?:ideation|thoughts)"
                r"|ideacion suicida|ideas suicidas|pensamientos suicidas|idees suicidaires|pensees suicidaires"
                r"|suizidgedanken|suizidalen gedanken|ideacao suicida|ideias suicidas|pensamentos suicidas"
                r"|ideazione suicidaria|pensieri suicid\w+)")

PARTS: dict[str, dict[str, list[str]]] = {
    code: {"idiom": [_GAME_DUEL[code], _SPORT_JUMP, _ROPE_FOR, _CALLER_WITH],
           "denial": [_SH_PAST_WELL[code], _THOUGHTS_ZERO[code]]} for code in _LANGS
}

# ---- Misses of the round, by structure. ----

# A burn with a hot tool on the speaker's own arm or leg (the round-17 burn wanted "on purpose").
_HOT_MORE = (r"(?:" + _HOT + r"|straighteners?|curling (?:iron|tongs|wand)|hair iron|piastra|arricciacapelli|chapinha"
             r"|babyliss|lisseur|fer a lisser|fer a repasser|plancha(?: del? pelo)?|tenacillas|ferro(?: de passar)?"
             r"|ferro da stiro|lockenstab|glatteisen|bugeleisen|herdplatte|hob|cooker ring|fornello|fogao|vela|candle"
             r"|bougie|kerze|candela)")
_BODY = (r"(?:forearm|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|skin|brazo|brazos|antebrazo|muneca|munecas"
         r"|muslo|muslos|pierna|piernas|barriga|piel|bras|avant-bras|poignet|poignets|cuisse|cuisses|jambe|jambes|ventre"
         r"|peau|unterarm|arm|arme|handgelenk|oberschenkel|bein|beine|bauch|haut|braco|bracos|antebraco|pulso|pulsos"
         r"|coxa|coxas|perna|pernas|pele|braccio|braccia|avambraccio|polso|polsi|coscia|cosce|gamba|gambe|pancia|pelle)")
_BURN_BODY = {
    "en": r"(?:i )?(?:burn(?:ed|t)|scald(?:ed)?) my " + _BODY + r" (?:with|on) (?:the |a |my )?" + _HOT_MORE,
    "es": r"me queme (?:el |la |los |las |mi |mis )?" + _BODY + r" con (?:la |el |un |una |mi )?" + _HOT_MORE,
    "fr": r"je me suis brulee? (?:le |la |les |l)?" + _BODY + r" (?:avec|au|a la) (?:le |la |un |une |mon |ma )?"
          + _HOT_MORE,
    "de": r"(?:ich )?(?:hab|habe) mir (?:den |die |das |meinen |meine )?" + _BODY + r" mit (?:dem |der |einem |einer"
          r" |meinem |meiner )?" + _HOT_MORE + r" verbrannt",
    "pt": r"(?:me )?queimei (?:o |a |os |as |meu |minha )?" + _BODY + r" com (?:o |a |um |uma |meu |minha )?" + _HOT_MORE,
    "it": r"mi sono bruciat[oa] (?:il |la |le |i |l)?" + _BODY + r" con (?:il |la |lo |un |una |l)?" + _HOT_MORE,
}

# A young child left alone a weekend or nights, the child told first; a child asking neighbours for food.
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|lunes|martes|miercoles|jueves|viernes"
        r"|sabado|domingo|ayer|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|montag|dienstag|mittwoch"
        r"|donnerstag|freitag|samstag|sonntag|gestern|segunda|terca|quarta|quinta|sexta|ontem|lunedi|martedi"
        r"|mercoledi|giovedi|venerdi|sabato|domenica|ieri)")
_LEFT_LONG = {
    "en": r"(?:been |was |is |gets |got )?left (?:on (?:her|his|their) own|alone|by (?:her|him)self)(?: again)?"
          r"[^.!?\n]{0,30}?\b(?:all weekend|the whole weekend|all night|overnight|for days|since " + _DAY + r")",
    "es": r"(?:se ha quedado|se quedo|lo dejaron|la dejaron|lo han dejado|la han dejado) sol[oa](?: otra vez)?"
          r"[^.!?\n]{0,30}?\b(?:todo el (?:finde|fin de semana)|toda la noche|varios dias|desde el " + _DAY + r")",
    "fr": r"(?:a ete |est )?(?:laissee?|restee?) (?:toute )?seule?(?: encore)?[^.!?\n]{0,30}?\b(?:tout le"
          r" week-?end|toute la nuit|depuis " + _DAY + r"|plusieurs jours)",
    "de": r"(?:wieder |schon wieder )?(?:allein|alleine) (?:\w+ )?gelassen[^.!?\n]{0,30}?\b(?:das ganze wochenende"
          r"|die ganze nacht|seit " + _DAY + r"|tagelang)",
    "pt": r"(?:ficou|foi deixad[oa]|deixaram (?:ela|ele)) sozinh[oa](?: de novo)?[^.!?\n]{0,30}?\b(?:o fim de"
          r" semana (?:todo|inteiro)|a noite toda|desde " + _DAY + r"|varios dias)",
    "it": r"(?:e stat[oa] lasciat[oa]|e rimast[oa]|lasciat[oa]) (?:da )?sol[oa](?: di nuovo)?[^.!?\n]{0,30}?\b(?:tutto"
          r" il (?:fine settimana|weekend)|tutta la notte|da " + _DAY + r"|per giorni)",
}
_ASK_FOOD = {
    "en": r"(?:came|comes|knocked|knocks) (?:round|over|to|on|at) (?:ours|our door|us|mine)(?: \w+){0,2} asking for (?:bread|food"
          r"|something to eat)",
    "es": r"(?:vino|viene|llamo|toco) a (?:casa|la puerta)(?: \w+){0,2} (?:a )?pedir(?:nos)? (?:pan|comida|algo de comer)",
    "fr": r"(?:est venue?|vient|a sonne|sonne) (?:chez nous|a la porte)(?: \w+){0,2} (?:pour )?(?:demander|quemander)"
          r" (?:du pain|a manger|de la nourriture)",
    "de": r"(?:kam|kommt|hat geklingelt|klingelt)(?: \w+){0,3} (?:und )?(?:hat )?(?:nach|um) (?:brot|essen|etwas zu essen)"
          r" (?:gefragt|gebeten|gebettelt)",
    "pt": r"(?:veio|vem|bateu|bate) (?:aqui|em casa|na porta|a porta)(?: \w+){0,2} (?:a )?pedir (?:pao|comida|algo pra"
          r" comer|algo para comer)",
    "it": r"(?:e venut[oa]|viene|ha bussato|bussa) (?:da noi|alla porta)(?: \w+){0,2} a chiedere (?:pane|da mangiare"
          r"|qualcosa da mangiare)",
}
_CHILD_LEFT = {c: _KID + r"(?: [\w-]+){0,4}? " + _LEFT_LONG[c] + r"|" + _KID + r"[^.!?\n]{0,60}?\b" + _ASK_FOOD[c]
               for c in _LANGS}

# A lethal-dose question with a weight in kilograms or "would it take".
_MEDS_MORE = (r"(?:" + _MEDS + r"|lamotrigin\w*|amitriptylin\w*|amitriptilin\w*|nortriptylin\w*|mirtazapin\w*"
              r"|fluoxetin\w*|citalopram|escitalopram|venlafaxin\w*|duloxetin\w*|trazodon\w*|olanzapin\w*|risperidon\w*"
              r"|carbamazepin\w*|valproat\w*|depakin\w*|pregabalin\w*|gabapentin\w*|propranolol\w*|metformin\w*"
              r"|digoxin\w*|clonazepam|alprazolam|oxycodon\w*|morphin\w*|morfin\w*|seroquel|xanax|lyrica|rivotril)")
_KG = (r"(?:(?:of|de|di|von) )?(?:about |around |roughly |unos |unas |environ |etwa |uns |circa )?\d{2,3} ?(?:kg|kilos?"
       r"|kilogram\w*)")
# An adult's weight ("for someone about 60kg"), not a child's dose ("for my son of 20 kilos").
_ADULT_KG = (r"(?:for|para|pour|fur|per) (?:someone|a person|an adult|alguien|una persona|un adulto|quelquun|une personne"
             r"|un adulte|jemanden|einen menschen|einen erwachsenen|alguem|uma pessoa|um adulto|qualcuno|un adulto) "
             + _KG)
_WOULD_TAKE = {
    "en": r"would it take|does it take|would you need|to be (?:fatal|lethal|enough)",
    "es": r"(?:hacen|harian|haria) falta|se necesitan|se necesitarian",
    "fr": r"(?:il faut|il faudrait|faut-il)",
    "de": r"(?:braucht man|brauchte man|reichen|wurden reichen)",
    "pt": r"(?:precisa|seriam precisos|seria preciso|e preciso|sao precisos)",
    "it": r"(?:ci vogliono|ci vorrebbero|servono|servirebbero|bastano|basterebbero)",
}
_DOSE_TAKE = {c: r"(?:" + _HOW_MUCH[c] + r")\b[^\n]{0,40}?\b(?:" + _MEDS_MORE + r")\b[^.!?\n]{0,20}?\b(?:" + _WOULD_TAKE[c]
              + r")\b[^.!?\n]{0,40}?\b(?:" + _LETHAL[c] + r"|" + _ADULT_KG + r")" for c in _LANGS}

# At the door of someone's relative or home with fuel or a weapon.
_FUEL_MORE = (r"(?:petrol|gasoline|gas can|jerry ?can|lighter fluid|gasolina|bidon|essence|jerrican|benzin\w*|kanister"
              r"|galao|benzina|tanica|knife|cuchillo|navaja|couteau|messer|faca|coltello|machete|bat|bate|batte"
              r"|baseballschlager|taco|mazza|gun|pistola|pistolet|waffe|arma)")
_AT_THEIR_DOOR = {
    "en": r"(?:im |i am |sat |sitting |parked |waiting |standing )+(?:outside|in front of|at) (?:his|her|their)"
          r" (?:\w+s|house|place|flat|door|work)",
    "es": r"(?:estoy )?(?:aparcad[oa]|esperando|sentad[oa]|parad[oa]|en el coche) (?:delante de|frente a|en la puerta de)"
          r" (?:la )?casa de (?:su|la) \w+",
    "fr": r"(?:je suis )?(?:garee?|assise?|en bas|devant|posee?)(?: devant)? (?:chez (?:sa|son|ses) \w+|chez (?:lui|elle)"
          r"|sa porte)",
    "de": r"(?:ich )?(?:steh\w*|park\w*|sitz\w*|wart\w*) (?:\w+ )?vor (?:dem haus (?:seiner|ihrer) \w+|seiner|ihrer|seinem"
          r"|ihrem) ?(?:\w+)?",
    "pt": r"(?:to |tou |estou )?(?:estacionad[oa]|parad[oa]|esperando|sentad[oa]) (?:na frente d[ao]|em frente (?:a|da|do)"
          r"|na porta d[ao]) (?:casa d[ao] )?(?:mae|pai|irma|irmao|avo|ex|namorad[oa]|dele|dela|\w+ dele|\w+ dela)",
    "it": r"(?:sono )?(?:parcheggiat[oa]|fermo|ferma|sedut[oa]|aspetto|appostat[oa]) (?:sotto casa (?:di |della |del )?"
          r"(?:sua|suo|lui|lei)?|davanti a casa (?:di |della |del )?(?:sua|suo|lui|lei)?)(?: \w+)?",
}
_WITH_FUEL = r"(?:with|con|avec|mit|com|col|coll?a) (?:the |a |el |la |un |une |le |dem |der |einem |o |a |il |lo |una )?"
_THREAT_AT_DOOR = {c: r"(?P<at>" + _AT_THEIR_DOOR[c] + r")(?=[^.!?\n]{0,40}?\b" + _WITH_FUEL + r"(?:\w+ ){0,2}?"
                   + _FUEL_MORE + r")" for c in _LANGS}
_FUEL_ONLY = (r"(?:petrol|gasoline|gas can|jerry ?can|lighter fluid|gasolina|jerrican|benzin\w*|benzinkanister|galao"
              r"|benzina|tanica)")
_ACCESS_FUEL = _WITH_FUEL + r"(?:\w+ ){0,2}?" + _FUEL_ONLY + r"(?: can| ?kanister| de gasolina| dessence| di benzina)?"

# Tablets with spirits "an hour ago", without a verb; numb fingers.
_AGO_NOW = {
    "en": r"(?:an? |\d+ ?)(?:hour|hr|h|min\w*)s? ago",
    "es": r"hace (?:una |un |\d+ ?)(?:hora|h|min\w*)s?",
    "fr": r"il y a (?:une |un |\d+ ?)(?:heures?|h|min\w*)",
    "de": r"vor (?:einer |\d+ ?)(?:stunden?|std|h|min\w*)",
    "pt": r"(?:ha|faz) (?:uma |um |\d+ ?)(?:horas?|h|min\w*)",
    "it": r"(?:un ora|\d+ ?(?:ore|ora|h|min\w*)) fa",
}
_TAKEN_BARE = {c: r"\b\d+ (?:\w+ ){0,2}?(?:" + _MEDS_MORE + r"|pills?|tablets?|pastillas|comprimidos|cachets|comprimes"
               r"|tabletten|pillen|compresse|pastiglie)\b[^.!?\n]{0,40}?\b(?P<at>" + _AGO_NOW[c] + r")" for c in _LANGS}
_NUMB = {
    "en": r"(?:cant|can not|cannot) feel my (?:fingers|hands|feet|lips|face)|my (?:fingers|hands|lips) (?:are|have gone) numb",
    "es": r"no (?:me )?siento (?:los|las|mis) (?:dedos|manos|pies|labios)|(?:los dedos|las manos) (?:dormid[oa]s|entumecid[oa]s)",
    "fr": r"je (?:ne )?sens (?:plus|pas) (?:mes|les) (?:doigts|mains|pieds|levres)",
    "de": r"(?:ich )?(?:spur|spure) (?:meine|die) (?:finger|hande|fusse|lippen) nicht(?: mehr)?",
    "pt": r"(?:nao|ja nao) sinto (?:os|as|meus|minhas) (?:dedos|maos|pes|labios)",
    "it": r"non (?:mi )?sento (?:piu )?(?:le|i) (?:dita|mani|piedi|labbra)",
}

# An intrusive image of hitting someone with a knife, feared: the verb slot with hitting and clitics.
_HIT_IMAGE = {
    "en": r"(?:image|picture|flash|thought)s? (?:of|where i(?:m)?) (?:me )?(?:hitting|stabbing|cutting|slashing|hurting)"
          r" (?:him|her|them|my \w+)(?: \w+){0,2} with (?:the|a|my) (?:\w+ )?(?:knife|hammer|pan|scissors)",
    "es": r"(?:imagen|imagenes|pensamiento|flash) de (?:pegarle|golpearle|golpearlo|golpearla|clavarle|cortarle|apunalarl\w)"
          r"(?: \w+){0,3} con (?:el|un|la|una) (?:cuchillo|martillo|sarten|tijeras)",
    "fr": r"(?:l?image|pensee|flash) (?:de le|de la|de lui) (?:frapper|planter|poignarder|couper)(?: \w+){0,3} avec (?:le|un|la"
          r"|une) (?:couteau|marteau|poele|ciseaux)",
    "de": r"(?:bild|gedanke\w*|vorstellung) (?:\w+ ){0,2}(?:ihn|sie) mit (?:dem|einem) (?:\w+)?(?:messer|hammer|pfanne|schere)"
          r" (?:zu )?(?:schlagen|stechen|treffen|verletzen)",
    "pt": r"(?:imagem|pensamento|flash) de (?:bater nele|bater nela|golpea-l[oa]|esfaquea-l[oa]|acerta-l[oa]|o esfaquear"
          r"|a esfaquear)(?: \w+){0,3} com (?:a|uma|o|um) (?:faca|martelo|frigideira|tesoura)",
    "it": r"(?:l?immagine|pensiero|flash) di (?:colpirl[oa]|accoltellarl[oa]|ferirl[oa]|pugnalarl[oa])(?: \w+){0,3}"
          r" (?:col|con il|con la|con un|con una) (?:coltello|martello|padella|forbici)",
}

# Locked out at night after violence; hair pulled.
_LOCKED_OUT = {
    "en": r"(?:he|she) (?:locked|shut|threw|kicked) me out(?: of the house)?(?: \w+){0,4} (?:after|in (?:my|the))",
    "es": r"me (?:dejo|echo|cerro) (?:fuera|afuera|en la calle)(?: de casa)?(?: \w+){0,4} (?:despues de|en pijama|en"
          r" camison|de noche)",
    "fr": r"(?:il|elle) ma (?:mise? dehors|enfermee? dehors|laissee? dehors|fermee? la porte)(?: \w+){0,4} (?:apres|en"
          r" pyjama|la nuit)",
    "de": r"(?:er|sie) hat mich (?:\w+ ){0,3}(?:ausgesperrt|rausgeschmissen|vor die tur gesetzt)",
    "pt": r"(?:ele|ela) me (?:trancou|deixou|botou|pos|colocou) (?:do lado de )?(?:fora|na rua)(?: de casa)?(?: \w+){0,4}"
          r" (?:depois de|de pijama|a noite|de noite)",
    "it": r"mi ha (?:chius[oa]|lasciat[oa]|buttat[oa]|sbattut[oa]) fuori(?: di casa)?(?: \w+){0,4} (?:dopo|in pigiama|di"
          r" notte|stanotte)",
}
_HAIR_PULLED = {
    "en": r"(?:pulled|yanked|dragged me by) my hair",
    "es": r"(?:me )?(?:tiro|jalo|agarro) (?:del|el|de los) (?:pelo|cabello|pelos)|(?:tirarme|jalarme) (?:del|el) pelo",
    "fr": r"(?:ma|m) (?:tiree? par|trainee? par) les cheveux|ma tire les cheveux",
    "de": r"(?:hat|hatte) (?:er|sie)? ?mich an den haaren (?:gezogen|gerissen|geschleift)|an den haaren gezogen",
    "pt": r"(?:me )?(?:puxou|arrastou)(?:-me)? (?:o |pelo |pelos )?(?:cabelo|cabelos)",
    "it": r"(?:mi ha |avermi |dopo avermi )?(?:tirato|strattonato) (?:i |per i )?capelli|trascinat[oa] per i capelli",
}

# A voice ordering not to eat or sleep, or to stop someone (a dead parent's, the television's).
_VOICE = (r"(?:voice|voices|voz|voces|voix|stimme|stimmen|vozes|voce|voci|the (?:man|woman|guy) on the (?:tv|telly|radio)"
          r"|(?:el|la) (?:que habla|presentador\w*|hombre|mujer) (?:en|de) la (?:tele|tv|radio)|(?:celui|celle) (?:qui parle"
          r" )?(?:a|de) la (?:tele|tv|radio)|der (?:mann|sprecher|moderator) (?:im|aus dem) (?:fernseher|fernsehen|radio)"
          r"|(?:o|a) (?:cara|homem|mulher|apresentador\w*) d[ao] (?:tv|televisao|radio)|quell[oa] (?:che parla )?(?:della"
          r"|in) (?:tv|televisione|radio))")
_ORDER_NOT = {
    "en": r"(?:tells?|orders?|commands?|says?) (?:me )?(?P<at>(?:not to|i (?:mustnt|must not|cant)) (?:eat|sleep|drink))",
    "es": r"me (?:ordena|ordenan|manda|mandan|dice|dicen|prohibe|prohiben) (?P<at>(?:que no|no) (?:coma|duerma|beba"
          r"|comer|dormir))",
    "fr": r"me (?:dit|disent|ordonne|ordonnent|interdit|interdisent) (?P<at>de (?:ne (?:pas|plus) )?(?:manger|dormir"
          r"|boire))",
    "de": r"(?:sagt|sagen|befiehlt|befehlen|verbietet|verbieten) mir,? (?P<at>(?:dass ich )?(?:nicht(?: mehr)? zu |zu )?"
          r"(?:essen|schlafen|trinken))",
    "pt": r"me (?:manda|mandam|ordena|ordenam|diz|dizem|proibe|proibem) (?P<at>(?:nao |de nao |para nao |pra nao )?"
          r"(?:comer|dormir|beber))",
    "it": r"mi (?:ordina|ordinano|dice|dicono|comanda|comandano|proibisce|vieta) (?P<at>di non (?:mangiare|dormire|bere))",
}
_MUST_STOP = {
    "en": r"(?:tells? me|says?)[^.!?\n]{0,120}?\bi (?:have to|must|need to|ve got to|gotta) (?:stop|kill|deal with|get)"
          r" (?:him|her|them)",
    "es": r"me dice(?:n)? que[^!?\n]{0,140}?\b(?:tengo que|debo|hay que) (?:pararlo|pararla|detenerlo|detenerla|matarlo"
          r"|matarla|acabar con (?:el|ella))",
    "fr": r"me di(?:t|sent) que[^!?\n]{0,140}?\b(?:je dois|il faut que je) (?:l|le |la )?(?:arreter|tuer|stopper|neutraliser)",
    "de": r"sag(?:t|en) mir[^!?\n]{0,140}?\bich (?:muss|soll) (?:ihn|sie) (?:aufhalten|stoppen|toten|umbringen)",
    "pt": r"me diz(?:em)? que[^!?\n]{0,140}?\b(?:tenho que|preciso|devo) (?:para-l[oa]|impedi-l[oa]|impedir (?:ele|ela)"
          r"|parar (?:ele|ela)|matar (?:ele|ela)|mata-l[oa])",
    "it": r"mi dic(?:e|ono) che[^!?\n]{0,140}?\bdevo (?:fermarl[oa]|ucciderl[oa]|ammazzarl[oa]|bloccarl[oa])",
}
_VOICE_ORDERS = {c: [_VOICE + r"\b(?: [\w-]+){0,4}? (?:" + _ORDER_NOT[c] + r")",
                     _VOICE + r"\b(?: [\w-]+){0,4}? (?:" + _MUST_STOP[c] + r")"] for c in _LANGS}

# Standing in the middle of the tracks; the barriers coming down.
_ON_TRACKS = {
    "en": r"(?:im |i am )?(?:standing |sitting |lying )?(?:on|in the middle of|between) the (?:tracks|rails|railway line)",
    "es": r"(?:estoy )?(?:de pie |parad[oa] |sentad[oa] |tumbad[oa] )?(?:en medio de|sobre|entre) las vias",
    "fr": r"(?:je suis )?(?:debout |assise? |allongee? )?(?:au milieu des|sur les|entre les) (?:rails|voies)",
    "de": r"(?:ich )?(?:steh\w*|sitz\w*|lieg\w*) (?:mitten )?(?:auf|zwischen) (?:den )?(?:gleisen|schienen)",
    "pt": r"(?:to |tou |estou )?(?:de pe |parad[oa] |sentad[oa] |deitad[oa] )?(?:no meio dos|em cima dos|nos) (?:trilhos"
          r"|carris)",
    "it": r"(?:sto|sono) (?:in piedi )?(?:in mezzo ai|sui|tra i) binari",
}
_BARRIERS = {
    "en": r"(?:the )?barriers? (?:are |is )?(?:coming|going) down|(?:the )?bells are ringing",
    "es": r"las barreras (?:se estan bajando|estan bajando|bajan|se bajan)",
    "fr": r"les barrieres (?:se baissent|descendent|sont en train de (?:se baisser|descendre))",
    "de": r"(?:die )?schranken? (?:gehen|geht) (?:runter|zu)|(?:die )?schranken? schlie[s]+(?:t|en)",
    "pt": r"as cancelas (?:estao )?(?:a )?(?:descer|baixar|baixando|descendo|fechando)",
    "it": r"le sbarre si (?:stanno abbassando|abbassano)",
}

# A wish for a fatal accident ("the only thing that would fix my life is a car accident").
_ACCIDENT_WISH = {
    "en": r"(?:the only thing|all) that (?:would|could) (?:fix|solve|sort) (?:my life|everything|this)[^.!?\n]{0,30}?"
          r" (?:is|would be) (?:a|an) (?:\w+ )?(?:accident|crash)|wish (?:i (?:would|could) )?(?:die|get killed|be killed)"
          r" in (?:a|an) (?:\w+ )?(?:accident|crash)|hope (?:i|the plane|my car) (?:crash\w*|die in (?:a|an) (?:\w+ )?"
          r"(?:accident|crash))",
    "es": r"lo unico que me (?:arreglaria|solucionaria|resolveria) (?:la vida|todo)[^.!?\n]{0,30}?\b(?:seria|es) un"
          r" accidente|ojala (?:tuviera|tenga|me pase) un accidente|(?:morirme|morir) en un accidente",
    "fr": r"(?:la seule chose qui|ce qui) (?:arrangerait|reglerait|resoudrait) (?:ma vie|tout)[^.!?\n]{0,30}?\b(?:ce"
          r" serait|cest) un accident|jaimerais (?:avoir|mourir dans) un accident|(?:mourir|crever) dans un accident",
    "de": r"(?:das einzige|alles),? was (?:mein leben|alles) (?:losen|retten|richten) wurde,? (?:ware|ist) ein (?:\w+)?unfall"
          r"|(?:ich wunsche mir|hoffentlich hab ich) einen (?:todlichen )?unfall|bei einem unfall (?:zu )?sterben",
    "pt": r"(?:a unica coisa que|o que) (?:resolveria|arrumaria|consertaria) (?:a minha vida|minha vida|tudo)[^.!?\n]{0,30}?"
          r"\b(?:seria|e) um acidente|(?:queria|tomara que eu) (?:morrer em|sofrer|ter) um acidente",
    "it": r"(?:lunica cosa che|quello che) (?:sistemerebbe|risolverebbe|aggiusterebbe) (?:la mia vita|tutto)[^.!?\n]{0,30}?"
          r"\b(?:sarebbe|e) un incidente|vorrei (?:morire in|avere) un incidente|magari (?:avessi|facessi) un incidente",
}

# "I'll pull the knife on him", "I won't answer for myself".
_PULL_KNIFE = {
    "en": r"(?:ill|i will|im gonna|im going to) (?:pull|draw|get) (?:out )?(?:a|the|my) (?:knife|blade|gun|machete)"
          r" (?:on|at) (?:him|her|them)|i wont be responsible for what i do",
    "es": r"(?:le|les) (?:saco|sacare|pongo|meto|clavo) (?:la|el|mi) (?:navaja|cuchillo|pistola|fierro|pincho|arma)"
          r"|no respondo de (?:mi|lo que haga)",
    "fr": r"je (?:lui|leur) (?:sors|sortirai|plante|planterai|mets) (?:le|mon|un) (?:couteau|opinel|flingue|schlass)"
          r"|je ne reponds plus de (?:rien|moi)",
    "de": r"(?:zieh|ziehe|hol|hole) ich (?:mein |das )?(?:messer|klappmesser|waffe)|(?:zieh|ziehe|hol|hole) (?:ich )?(?:ihm"
          r"|ihr) (?:mein |das |ein )?(?:messer|klappmesser)|(?:ich )?(?:garantier|garantiere) fur nichts",
    "pt": r"(?:eu )?(?:puxo|saco|meto|enfio) (?:a|o|minha|meu) (?:faca|canivete|navalha|arma|peixeira) n(?:ele|ela)"
          r"|nao respondo por mim",
    "it": r"(?:gli|le) (?:tiro fuori|pianto|infilo) (?:il|lo|un) (?:coltello|coltellino|serramanico)|non rispondo (?:piu )?di"
          r" me",
}

# A minor who scratched or cut their arms: more verbs, the compass as a blade.
_MINOR_SCRATCHED = {
    "en": r"(?:my|our) (?:\w+ )?(?:daughter|son|kid|girl|boy)(?: \(?\d+\)?)?(?: \w+){0,2} (?:has |had )?(?:scratched|cut"
          r"|carved|gouged) (?:her|his|their) (?:arms?|wrists?|legs?|thighs?|skin)",
    "es": r"mi (?:hija|hijo|nena|nene)(?: \(?\d+\)?)?(?: \w+){0,2} se (?:ha )?(?:arañado|aranado|aranado|rayado|cortado"
          r"|rasgunado|arano|rayo|corto) (?:los|las|el|la) (?:brazos?|munecas?|piernas?|muslos?)",
    "fr": r"(?:ma fille|mon fils)(?: \(?\d+\)?)?(?: \w+){0,2} sest (?:griffee?|gratte\w*|entaillee?|coupee?|scarifiee?)"
          r" (?:les|le|la) (?:bras|poignets?|jambes?|cuisses?)",
    "de": r"(?:meine tochter|mein sohn)(?: \(?\d+\)?)?(?: \w+){0,2} hat sich (?:die|den|das) (?:(?:unter|ober)?arme?|handgelenke?|beine?"
          r"|oberschenkel)(?: \w+){0,4} (?:aufgekratzt|zerkratzt|geritzt|aufgeschnitten|geschnitten)",
    "pt": r"(?:minha filha|meu filho)(?: \(?\d+\)?)?(?: \w+){0,2} se (?:arranhou|cortou|riscou|lanhou) (?:os|as|o|a)"
          r" (?:bracos?|pulsos?|pernas?|coxas?)",
    "it": r"(?:mia figlia|mio figlio)(?: \(?\d+\)?)?(?: \w+){0,2} si e (?:graffiat[oa]|tagliat[oa]|incis[oa]|rigat[oa])"
          r" (?:le|il|i|la) (?:braccia|polsi|gambe|cosce|braccio)",
}

# Drugs used alone, the last batch stronger (fentanyl in the supply: UNODC 2023).
_BATCH_STRONGER = {
    "en": r"(?:the )?(?:last|latest|new) (?:batch|lot|bag|stuff|one)(?: i got)? (?:was|is|seemed) (?:way |much |a lot )?"
          r"stronger",
    "es": r"(?:la|el) (?:ultim[oa]|nuev[oa]) (?:tanda|bolsa|que (?:me )?(?:llego|vino)|partida)?(?: \w+)? (?:estaba|era"
          r"|venia|esta) (?:mucho )?mas (?:fuerte|potente)",
    "fr": r"(?:la|le) (?:derniere?|nouvelle?|nouveau) (?:dose|sachet|came|lot|livraison)? ?(?:etait|est) (?:bien |beaucoup )?"
          r"plus (?:forte?|puissante?)",
    "de": r"(?:das|der|die) (?:letzte|neue) (?:zeug|stoff|ladung|lieferung|mal)? ?(?:war|ist) (?:viel |deutlich )?starker",
    "pt": r"(?:a|o) (?:ultim[oa]|nov[oa])(?: \w+){0,2} (?:tava|estava|era|veio|ta) (?:muito |bem )?mais (?:forte|potente)",
    "it": r"(?:l|la|il) ?(?:ultim[oa]|nuov[oa]) (?:roba|partita|dose|busta)? ?(?:era|e) (?:molto )?piu (?:fort[ei]|potente)",
}
# A poison or the means by the bed, taken "when the programme ends".
_WHEN_SHOW_ENDS = {
    "en": r"when (?:the|my) (?:film|movie|show|programme|program|episode|soap|match|game) (?:ends|finishes|is over)",
    "es": r"(?:cuando|en cuanto) (?:termine|acabe) (?:la|el) (?:novela|peli\w*|serie|programa|capitulo|partido)",
    "fr": r"(?:quand|des que) (?:le|la) (?:film|serie|feuilleton|emission|episode|match) (?:finit|finira|sera fini\w*|se"
          r" termine)",
    "de": r"wenn (?:der|die|das) (?:film|serie|sendung|folge|spiel) (?:vorbei|zu ende|aus) ist",
    "pt": r"(?:quando|assim que) (?:a|o) (?:novela|filme|serie|programa|episodio|jogo) (?:acabar|terminar)",
    "it": r"(?:quando|appena) (?:finisce|finira|termina) (?:il|la) (?:film|serie|programma|puntata|partita)",
}
_BY_BED_THEN_DRINK = {
    "en": r"(?:its|it is|they are|theyre) (?:right )?(?:next to|by|beside) (?:the|my) bed(?=[^\n]{0,60}\b(?:ill|i will"
          r"|im going to|gonna) (?:drink|take|swallow))",
    "es": r"(?:esta|estan) (?:al lado de|junto a) (?:la|mi) cama(?=[^\n]{0,60}\b(?:me lo|me la|lo|la)? ?(?:voy a"
          r" )?(?:beber|tomar|tragar))",
    "fr": r"(?:cest|il est|elle est|ils sont) (?:a cote du|pres du) lit(?=[^\n]{0,60}\bje (?:vais|le|la) ?(?:boire|prendre"
          r"|avaler))",
    "de": r"(?:steht|liegt|stehen|liegen) (?:neben|am) (?:dem |meinem )?bett(?=[^\n]{0,60}\bich (?:trink|nehm|schluck)\w*)",
    "pt": r"(?:ta|esta|tao|estao) (?:do lado da|ao lado da|perto da) (?:minha )?cama(?=[^\n]{0,60}\b(?:vou|vo)"
          r" (?:beber|tomar|engolir))",
    "it": r"(?:e|sta|sono) (?:accanto al|vicino al|di fianco al) (?:mio )?letto(?=[^\n]{0,60}\b(?:lo |la )?(?:bevo|berro"
          r"|prendo|ingoio))",
}

for _code in _LANGS:
    _p = PARTS[_code]
    _p["self_harm"] = [_BURN_BODY[_code]]
    _p["child_harm"] = [_CHILD_LEFT[_code], _MINOR_SCRATCHED[_code]]
    _p["lethal_means"] = [_DOSE_TAKE[_code]]
    _p["pills"] = [_MEDS_MORE]
    _p["threat"] = [_THREAT_AT_DOOR[_code], _PULL_KNIFE[_code]]
    _p["access"] = [_ACCESS_FUEL]
    _p["taken"] = [_TAKEN_BARE[_code]]
    _p["symptom"] = [_NUMB[_code]]
    _p["harm_thought"] = [_HIT_IMAGE[_code]]
    _p["violence_me"] = [_LOCKED_OUT[_code], _HAIR_PULLED[_code]]
    _p["command"] = _VOICE_ORDERS[_code]
    _p["step_off"] = [_ON_TRACKS[_code]]
    _p["at_place"] = [_ON_TRACKS[_code]]
    _p["train_due"] = [_BARRIERS[_code]]
    _p["death"] = [_ACCIDENT_WISH[_code]]
    _p["opioid_use"] = [_BATCH_STRONGER[_code]]
    _p["time_soon"] = [_WHEN_SHOW_ENDS[_code]]
    _p["prep"] = [_BY_BED_THEN_DRINK[_code]]
