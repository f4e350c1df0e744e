"""Risk to and from others in the six languages (issue 10, after blind round 9), merged into each language's
parts by `make_lexicon`.

Each family is a structure a clinician listens for, built from slots (who speaks, what is ordered, the act,
the person), so that a new wording of the same situation is caught:

- command: a voice, God or a demon ordering harm ("la voz dice que tiene que ser ahora", "befiehlt mir eine
  Stimme, meinem Nachbarn wehzutun"): high; with a time, the means at hand or the person in position,
  imminent. Command hallucinations to harm are an emergency (NICE CG178; Shawyer et al. 2003). position: the
  speaker at a height or a track now, read only beside a command;
- threat: a massacre at the workplace, a bullet for a named person ("torno in ufficio e faccio una strage");
- harm_thought: intrusive images of harming someone close, told with fear (moderate: ego-dystonic harm
  thoughts are rarely acted on, Veale & Roberts 2014), and stalking an ex (watching the house, dozens of
  messages, a fake profile, driving past the workplace; stalking precedes partner homicide, McFarlane et al.
  1999);
- child_harm: a child locked in for hours, bruised or hit at home, told by a relative;
- message_goodbye and unreachable: someone's farewell message and a phone off for hours (AAS warning signs,
  Rudd et al. 2006); drink_driving: someone who drives drunk as a habit; death: a relayed wish not to be here;
- not risk: a denial with the negator after the noun ("pensieri di farla finita non ne ho", "ganas de morir no
  tengo"), a question about which number to call for someone, an ordinary dose of an ordinary medicine.
"""

from __future__ import annotations

# Game, sport and nightlife, where a "massacre" or "killing them all" is a win ("al torneo faccio una strage")
_NOT_A_GAME = (r"(?![^.!?\n]{0,80}\b(?:game|games|gaming|fortnite|warzone|call of duty|cod|gta|minecraft|robl"
               r"ox|valorant"
               r"|csgo|pubg|apex|server|lobby|ranked|paintball|airsoft|laser ?tag|karaoke|torneo|torneio|tour"
               r"noi|turnier"
               r"|partita|partido|partida|jogo|juego|spiel|jeu|match|poker|carte|cartas|cartes|karten|discote"
               r"ca|disco"
               r"|boliche|balada|soiree|festa|fiesta|party|dancefloor|pista|tiktok|instagram|like|likes|follo"
               r"wer\w*"
               r"|cuori|corazones|coeurs|coracoes|herzen|esame|exame|examen|exam|prova|prueba|klausur|partiel"
               r"|football"
               r"|soccer|futbol|futebol|fussball|calcio|calcetto|handball|basket|hockey|rugby)\b)")


# A wish not to be here said to its end, not "rather not be at the meeting" (C-SSRS 1, passive wish).
_WISH_END = r"(?= *(?:$|[.,;!?]|\b(?:y|e|et|und|and|mas|piu|plus|mais|pero|ma|anymore)\b))"


def _ex_near(body: str, ex: str) -> list[str]:
    """The body with an ex named before it or near it (stalking is watching a partner who left)."""
    return [ex + r"\b[^\n]{0,200}?\b" + body, r"(?=[^\n]{0,250}\b" + ex + r"\b)" + body]


def _kid_near(body: str, kid: str, *, guard: str = "") -> list[str]:
    """The body with a child named before it or after it in the message (a pronoun refers to the child)."""
    gap = r"(?:(?!" + guard + r")[^\n]){0,200}?" if guard else r"[^\n]{0,200}?"
    return [kid + r"\b" + gap + r"\b" + body, body + r"(?=[^\n]{0,200}\b" + kid + r"\b)"]


# ------------------------------------------------------------------------------------------------- English --
_EN_AGENT = (r"(?:(?<!inner )(?<!own )(?<!gps )voices?|god|the lord|jesus|the devil|satan|lucifer|demons?|ang"
             r"els?"
             r"|spirits?|(?:something|someone|somebody|a man|a woman) (?:in|inside) my (?:head|mind))")
_EN_ORDER = (r"(?: (?:in|inside) my (?:head|mind|ear))?(?: (?:that|which|who|now|always|still|again|constantl"
             r"y|keeps?"
             r"|kept|are|is|were|was|have been|has been|started|keep on))* (?:tell(?:s|ing|in)?|told|telt"
             r"|order(?:s|ed|ing)?|command(?:s|ed|ing)?"
             r"|demand(?:s|ed|ing)?|want(?:s|ed)?|say(?:s|ing)?|said|whisper(?:s|ed|ing)?|insist(?:s|ed|ing)?"
             r"|urg(?:e|es"
             r"|ed|ing)|scream(?:s|ed|ing)?|shout(?:s|ed|ing)?)")
_EN_ACT = (r"(?:kill|hurt|harm|stab|cut|burn|jump|hang|drown|strangle|choke|poison|shoot|sacrifice|punish|cle"
           r"anse"
           r"|purify|attack|push|throw|slit|smother|die|end (?:it|my life|things|everything)|do it|get rid of"
           r"|take "
           r"(?:my|his|her|their) (?:own )?life|set fire)\b")
_EN_KID = (r"(?:son|daughter|kids?|child|children|baby|toddler|grandson|granddaughter|grandkids?|grandchild(?"
           r":ren)?"
           r"|niece|nephew|stepson|stepdaughter|godson|goddaughter|little (?:boy|girl|one|brother|sister)"
           r"|(?:[1-9]|1[0-5]) ?(?:year|yr)s? ?old|(?:[1-9]|1[0-5]) ?yo)")
_EN_EX = r"(?:my |her |his )?ex(?:-?(?:girlfriend|boyfriend|wife|husband|partner|fiancee?|gf|bf))?s?"
_EN_PERSON = (r"(?:(?:my|our|the|his|her) (?:\w+ )?(?:boyfriend|girlfriend|partner|husband|wife|son|daughter|"
              r"baby|kids?"
              r"|child|children|mum|mom|dad|mother|father|brother|sister|friend|flatmate|roommate|colleague|c"
              r"at|dog"
              r"|gran|grandma|grandad|nan|family|neighbou?r|boss|toddler|newborn)|him|her|them|someone|somebo"
              r"dy)")
_EN_HARMING = (r"(?:stabbing|hurting|harming|killing|strangling|choking|smothering|drowning|pushing|shoving|h"
               r"itting"
               r"|attacking|slashing|throwing|dropping|shaking|poisoning|running over|knifing)")
_EN = {
    "command": [
        r"(?P<at>" + _EN_AGENT + _EN_ORDER + r")" + r" (?:me |ma |at me )?(?:to |tae |that i (?:must|have to|"
                                                    r"need to|should|ought to|got to) |i (?:must"
        r"|have to|need to|should|ought to|got to) |(?:it"
        r"s|it is|now is) (?:the )?time to )(?:\w+ ){0,2}?" + _EN_ACT,
        _EN_AGENT + r"(?: \w+)? (?:make|makes|made|making|fo"
                    r"rce|forces|forced|forcing) me (?:\w+ )?" + _EN_ACT,
        r"(?P<at>" + _EN_AGENT + _EN_ORDER + r")" + r"(?: me)?(?: that)? (?:it|this) (?:has to|must|needs to|"
                                                    r"got to|is going to) "
        r"(?:be|happen) (?:now|tonight|today|soon|before (?:dawn|morning|sunrise))",
        r"(?P<at>" + _EN_AGENT + r" (?:spoke|speaks|talked|talks|came) to me)\b[^.!?\n]{0,60}?\bi (?:must|hav"
                                 r"e to|need to|am to"
        r"|should|got to) (?:\w+ ){0,2}?" + _EN_ACT,
    ],
    "position": [
        r"(?:im|i am|ive been) (?:already |now |still )?(?:standing |sitting |stood |sat |out )?(?:on|at|by|o"
        r"ver) "
        r"(?:the|my) (?:balcony|railing|ledge|roof|rooftop|window ?sill|window|edge|bridge|tracks|platform ed"
        r"ge"
        r"|parapet|cliff)",
    ],
    "threat": [
        r"(?:ill|i will|im going to|im gonna|gonna|i swear ill|id|i would|going to) (?:put|pump|stick|empty|u"
        r"nload)"
        r" (?:a |one |two |three |some |six |the )?(?:bullets?|rounds?|slugs?|clip|mag|magazine|gun) (?:in|in"
        r"to"
        r"|through) (?:him|her|them|his|their|that|my|the)\b" + _NOT_A_GAME,
        r"(?:ill|i will|im going to|im gonna|i swear ill|i swear i will|gonna) (?:go |come |walk |head )?(?:b"
        r"ack )?"
        r"(?:in|into|to) (?:the |that |this )?(?:office|work|school|college|uni|factory|warehouse|plant|site|"
        r"building"
        r"|store|shop|church|gym|depot|yard)(?: \w+){0,2} (?:and |to )?(?:shoot|kill|murder|slaughter|gun dow"
        r"n|blow "
        r"away|take out) (?:every ?(?:one|body)|them al"
        r"l|all of them|the (?:whole )?lot(?: of them)?)" + _NOT_A_GAME,
        r"(?:i swear|swear to god|i swear to god)(?: \w+){0,6}? (?:do|commit|carry out) (?:a|the) (?:massacre"
        r"|bloodbath|shooting)" + _NOT_A_GAME,
    ],
    "harm_thought": [
        r"(?:thoughts?|images?|pictures?|flashes|visions?|scenes?|fantasies)(?: \w+){0,4} (?:of|about|where|i"
        r"n which"
        r"|that) (?:me |i |myself )?(?:am |keep |\w+ )?" + _EN_HARMING + r" " + _EN_PERSON,
        r"(?:keep|kept|keeps|cant stop|can not stop) (?:seeing|picturing|imagining|visuali[sz]ing) (?:myself "
        r"|me )?"
        + _EN_HARMING + r" " + _EN_PERSON,
        # Stalking an ex.
        *_ex_near(r"(?:sent|send|sending|texted|texting|messaged|wrote|left|rang|called|phoned)(?: \w+){0,2} "
                  r"(?:over "
                  r"|like |about |nearly |almost |more than )?(?:[2-9]\d|\d{3}|dozens of|hundreds of|fifty|si"
                  r"xty"
                  r"|seventy|eighty|a hundred) (?:texts|messa"
                  r"ges|voicemails|calls|dms|emails|whatsapps)", _EN_EX),
        r"(?:stand|standing|stood|wait|waiting|waited|sit|sitting|sat|park|parked|parking|hang around|hanging"
        r" around"
        r"|lurk\w*) (?:\w+ ){0,3}(?:outside|in front of|across from|opposite|across the road from) (?:my exs?"
        r"|my "
        r"ex(?:-?(?:girlfriend|boyfriend|wife|husband|partner))s) (?:\w+ )?(?:house|place|flat|apartment|home"
        r"|window"
        r"|building|work|office|door)",
        r"(?:fake|burner|secret|second|anonymous|spare) (?:account|profile|insta|ig|finsta)s?(?: \w+){0,3} (?"
        r":to|so i"
        r" can|and) (?:watch|see|check|view|look at|follow|stalk|keep tabs on) (?:her|his|their|my exs?) "
        r"(?:stories|story|insta|instagram|posts|profile|page|feed|status)",
        *_ex_near(r"(?:drive|drives|driving|drove|walk|walking|walked|cycle|cycling) (?:\w+ ){0,2}(?:past|by|"
                  r"round"
                  r"|around) (?:her|his) (?:\w+ )?(?:work|office|house|place|flat|gym|job)", _EN_EX),
    ],
    "child_harm": [
        *_kid_near(r"(?:(?:his|her|their) (?:\w+ )?(?:dad|father|stepdad|stepfather|mum|mom|mother|stepmum|st"
                   r"epmom"
                   r"|parents?|uncle|grandad|grandpa|mums boyfriend|moms boyfriend)|he|she|they) (?:\w+ ){0,2"
                   r"}(?:locks"
                   r"|locked|shuts|shut|keeps|kept) (?:him|her|them) (?:\w+ )?(?:in|inside) (?:the|a|his|her|"
                   r"their) "
                   r"(?:cupboard|closet|wardrobe|cellar|basement|room|bedroom|bathroom|shed|garage|car|dark|a"
                   r"ttic"
                   r"|loft|cage|box)", _EN_KID),
        *_kid_near(r"(?:(?:his|her|their) (?:\w+ )?(?:dad|father|stepdad|stepfather|mum|mom|mother|stepmum|st"
                   r"epmom"
                   r"|parents?|uncle|grandad|grandpa|mums boyfriend|moms boyfriend)) (?:\w+ ){0,2}(?:hits|bea"
                   r"ts|slaps"
                   r"|punches|kicks|belts|whips|burns|chokes|sma"
                   r"cks) (?:him|her|them)\b(?! (?:off|out|up)\b)", _EN_KID),
        *_kid_near(r"(?:had|has|came (?:home |in |to school )?with|turned up with|showed up with) (?:a |anoth"
                   r"er |more "
                   r"|fresh |new )?(?:bruises?|black eye|marks|welts|burns?) (?:\w+ )?(?:on|round|around|unde"
                   r"r) "
                   r"(?:his|her|their) (?:eye|face|cheek|neck|back|arms?|wrists?)(?![^.!?\n]{0,80}\b(?:fell|f"
                   r"all"
                   r"|football|rugby|hockey|bike|playground|t"
                   r"ripped|trampoline|match|training|sport)\b)", _EN_KID,
                   guard=r"\b(?:fell|fall|football|rugby|hockey|bike|playground|tripped|trampoline|match|trai"
                         r"ning)\b"),
        *_kid_near(r"(?:had|has|came (?:home |in |to school )?with|turned up with|showed up with) (?:a |anoth"
                   r"er )?"
                   r"(?:black eye|split lip|burst lip)(?![^.!?\n]{0,80}\b(?:fell|football|rugby|bike|tripped|"
                   r"match)\b)",
                   _EN_KID, guard=r"\b(?:fell|football|rugby|bike|tripped|match)\b"),
    ],
    "death": [
        r"(?<=\band )(?:would|d) rather not be (?:here|alive|around)(?: anymore| any more)?" + _WISH_END,
        r"(?:he|she|they)(?:d| would) rather not be (?:here|alive|around)(?: anymore| any more)?" + _WISH_END,
    ],
    "message_goodbye": [
        r"(?:sent|texted|messaged|wrote|posted|left)(?: me| us| everyone| his \w+| her \w+)?(?: an?| this)?(?"
        r": \w+)?"
        r"(?: text| message| note| voice ?note| post| letter| snap| dm)?(?: saying| that said| like| with)?"
        r"[^.!?\n]{0,30}?\b(?:goodbye|bye forever|farewell|love you all|im sorry for everything|sorry for eve"
        r"rything"
        r"|thanks for everything|look after (?:the|my|his|her) \w+|take care of (?:the|my|his|her) \w+|tell "
        r"\w+ i love"
        r"|forgive me|its over|this is the end|you were the best)",
    ],
    "unreachable": [
        r"(?:his|her|their) (?:phone|mobile|cell)(?:s| is| has| was)?(?: been| gone| now)? (?:off|switched of"
        r"f|turned "
        r"off|dead|going (?:straight )?to voicemail|straight to voicemail)",
        r"(?:hes|shes|theyre|he is|she is|they are|he|she|they) (?:still )?(?:not|isnt|hasnt been|havent been"
        r"|wont"
        r"|not been|stopped) (?:answering|picking up|replying|responding|reachable)",
        r"(?:(?:he|she|they) (?:hasnt|has not|havent|have not|didnt|did not|wont)|nobody has|no one has) (?:a"
        r"nswered"
        r"|replied|responded|picked up|heard from (?:him|her|them)|been online|read (?:it|my|our))",
        r"(?:cant|cannot|couldnt|could not) (?:reach|get hold of|get through to) (?:him|her|them)",
        r"(?:isnt|is not|hasnt been|has not been|wasnt|not|stopped) (?:answering|picking up|replying|respondi"
        r"ng)"
        r"(?: (?:her|his|their|the) (?:phone|texts|messages|calls))?",
    ],
    "drink_driving": [
        r"(?:he|she|they|i|my \w+|(?:hes|shes|im|theyre)(?: still| always)?) (?:\w+ ){0,2}(?:drives|drive|kee"
        r"ps "
        r"driving|is driving|has been driving|been driving|gets behind the wheel) (?:home )?(?:\w+ )?(?:drunk"
        r"|hammered"
        r"|wasted|pissed|plastered|after (?:a few|drinking|\d+ (?:pints|beers|drinks))|under the influence)",
        r"(?:he|she|they|i|my \w+) (?:\w+ ){0,2}(?:drink ?drives|drunk ?drives|keeps drink ?driving)",
    ],
    "help_seeking": [
        r"(?:what|which) (?:\w+ )?(?:number|line|hotline|helpline) (?:do|should|can|would) (?:i|we|you|one|pe"
        r"ople) "
        r"(?:call|ring|phone|text|give)(?=[^.!?\n]{0,80}\b(?:someone|somebody|a person|a friend|anyone)\b)",
    ],
    "denial": [
        # The risk named first, then denied: "thoughts of suicide? none".
        r"(?:thoughts?|ideas?|plans?|urges?) (?:of|about) (?:suicide|killing myself|ending (?:it|my life)|hur"
        r"ting "
        r"myself|self ?harm|dying)(?: \w+){0,2}?[,?:!. ]+(?:none|nope|not (?:one|at all|really)|i dont have ("
        r"?:any"
        r"|them)|i have none|ive never had (?:any|them))\b(?![^.!?\n]{0,40}\b(?:until|but|though|recently|lat"
        r"ely"
        r"|sometimes)\b)",
        # A normal dose of an ordinary medicine, taken and helping: not an overdose.
        r"(?:took|taken|had|swallowed) (?:an?|one|two|2|1|a couple of|a couple) (?:\w+ )?(?:paracetamol|ibupr"
        r"ofen"
        r"|aspirin|tylenol|advil|nurofen|panadol|neurofen|antihistamines?|painkillers?|tablets?|pills?|capsul"
        r"es?)"
        r"(?: \w+){0,6}?(?: and| then)? (?:went to bed|lay down|laid down|had a nap|slept|feel better|feeling"
        r" better"
        r"|its better|headache(?:s)? gone|much better)(?![^\n]{0,120}\b(?:all of|the rest|whole|every|more)\b"
        r")",
    ],
}

# ------------------------------------------------------------------------------------------------- Spanish --
_ES_AGENT = (r"(?:(?:la|una|esa|esta|las|unas|esas|estas|mis) )?(?:voz|voces)(?: (?:de|en|dentro de) (?:mi )?"
             r"(?:cabeza"
             r"|mente))?|dios|el senor|jesus|la virgen|el diablo|el demonio|satanas|lucifer|(?:los |unos )?(?"
             r":demonios"
             r"|angeles|espiritus)|un (?:angel|demonio|espiritu)|(?:algo|alguien) (?:en|dentro de) mi (?:cabe"
             r"za|mente)")
_ES_ORDER = (r"(?: (?!no\b|nunca\b|jamas\b|ya no\b)\w+){0,2}?(?: no (?:para|paran|deja|dejan) de)? (?:me |nos"
             r" )?(?:dice|dicen|dijo|dijeron|decia|decian"
             r"|ordena|ordenan|ordeno|ordenaron|manda|mandan|mando|mandaron|pide|piden|pidio|pidieron|exige|e"
             r"xigen"
             r"|obliga|obligan|grita|gritan|susurra|susurran|insiste|insisten|repite|repiten|quiere|quieren|e"
             r"mpuja"
             r"|empujan|decirme|ordenarme|gritarme|pedirme)")
_ES_ACT = (r"(?:me |te |lo |la |le |los |las |les |se )?(?:mat(?:ar|e|es|en)\w*|lastim\w+|apunal\w+|acuchill"
           r"\w+"
           r"|cortar(?:me|le|se)?|corte|cortes|quem\w+|saltar|salte|saltes|tirar(?:me|se)?|tire|tires|arroj\w"
           r"+"
           r"|lanzar(?:me|se)?|lance|ahorc\w+|ahog\w+|envenen\w+|sacrific\w+|castig\w+|herir|hiera|golpe\w+"
           r"|estrangul\w+|asfixi\w+|empuj\w+|dispar\w+|degoll\w+|purific\w+|hacer(?:me|le|les|te)? dano"
           r"|haga(?:me)? dano|termin\w* con (?:mi vida|todo|ell[oa]s?|el|ella)|acabar con (?:mi vida|todo|el"
           r"l[oa]s?))"
           r"\b")
_ES_THEN = (r"(?:me|le|nos)?(?: a mi)?[ ,:]+(?:que |de |a )?(?:(?:yo|ya) )?(?:(?:tengo|tienes|tiene|hay|tendr"
            r"ia|tendre)"
            r" que |(?:debo|debes|deberia) |es (?:la )?hora de )?(?:\w+ ){0,2}?")
_ES_KID = (r"(?:hij[oa]s?|nin[oa]s?|nene|nena|bebe|sobrin[oa]s?|niet[oa]s?|nietecit[oa]s?|ahijad[oa]|chamac[o"
           r"a]s?"
           r"|chiquit[oa]s?|pequen[oa]s?|crio|cria|peque|alumn[oa]s?|(?:[1-9]|1[0-5]|un|dos|tres|cuatro|cinco"
           r"|seis|siete"
           r"|ocho|nueve|diez|once|doce) anos)")
_ES_EX = r"(?:mi |su )?ex(?:[- ]?(?:novia|novio|pareja|mujer|esposa|esposo|marido))?"
_ES_PERSON = (r"(?:a )?(?:(?:mi|mis|su|nuestr[oa]) (?:\w+ )?(?:novi[oa]|pareja|marido|mujer|espos[oa]|hij[oa]"
              r"s?|bebe"
              r"|madre|padre|mama|papa|herman[oa]|amig[oa]|gat[oa]|perr[oa]|abuel[oa]|companer[oa]|familia|ve"
              r"cin[oa]"
              r"|jef[ea])|alguien|el|ella|ellos)")
_ES_HARM = (r"(?:apunal\w+|acuchill\w+|clav\w+ (?:un|el) cuchillo|lastim\w+|hacer(?:le)? dano|hiriendo|herir|"
            r"matar\w*"
            r"|matando\w*|mato|ahorc\w+|estrangul\w+|asfixi\w+|empuj\w+|tir\w+ por|ahog\w+|golpe\w+|pegandole"
            r"|pegarle)")
_ES = {
    "command": [
        r"(?P<at>(?:" + _ES_AGENT + r")" + _ES_ORDER + r")" + _ES_THEN + _ES_ACT,
        r"(?P<at>(?:" + _ES_AGENT + r")" + _ES_ORDER + r")" + r"(?: que)? (?:tiene|tendra|debe|ha) (?:que |de"
                                                              r" )?(?:ser|pasar"
        r"|hacerlo|hacerse) (?:ahora|hoy|esta noche|ya|pronto|manana|antes del amanecer)",
        r"(?P<at>(?:" + _ES_AGENT + r") (?:me )?(?:hablo|habla|ha hablado|hablaba)(?: conmigo)?)\b[^.!?\n]{0,"
                                    r"60}?\b(?:tengo que"
        r"|debo|tendre que|he de) (?:\w+ ){0,2}?" + _ES_ACT,
    ],
    "position": [
        r"(?:ya )?(?:estoy|me encuentro|estoy parad[oa]|estoy sentad[oa]|sigo) (?:afuera |fuera |aqui |ya |ar"
        r"riba )?"
        r"(?:en|sobre|al borde de|en el borde de|arriba de|asomad[oa] a) (?:el|la|mi|las) (?:balcon|barandal|"
        r"baranda"
        r"|cornisa|azotea|techo|tejado|ventana|borde|puente|vias|anden|terraza|acantilado)",
    ],
    "threat": [
        r"(?:(?:yo )?(?:le|les|te) (?:meto|pego|voy a meter|voy a pegar|vo a meter|vo a pegar|meteria|pegaria"
        r"|doy"
        r"|voy a dar|vacio|voy a vaciar|descargo|voy a descargar)|(?:voy a|vo a|quiero|juro que voy a) (?:met"
        r"erle"
        r"|pegarle|darle|vaciarle|descargarle|meterles|pegarles)) (?:un |unos |dos |tres |seis |todo el |el )"
        r"?"
        r"(?:tiros?|balazos?|plomazos?|plomo|balas?|cargador|escopetazos?)" + _NOT_A_GAME,
        r"(?:vuelvo|regreso|voy|volver|regresar|ir|me presento) (?:\w+ ){0,2}(?:a la|al|a) (?:oficina|trabajo"
        r"|laburo"
        r"|chamba|escuela|colegio|facultad|universidad|empresa|fabrica|obra|tienda|almacen|gimnasio|iglesia)"
        r"(?: \w+){0,2} (?:y|a|para) (?:\w+ ){0,2}(?:hago|hacer|armo|armar|monto|montar) (?:una |la )?(?:masa"
        r"cre"
        r"|matanza|carniceria|balacera)" + _NOT_A_GAME,
        r"(?:juro que|te juro que|lo juro|juro por dios) (?:\w+ ){0,6}?(?:hago|hacer|armo|armar|monto|montar)"
        r" (?:una |la )?"
        r"(?:masacre|matanza|carniceria|balacera)" + _NOT_A_GAME,
    ],
    "harm_thought": [
        r"(?:pensamientos?|imagenes|imagen|escenas?|flashes|ideas?|visiones)(?: \w+){0,4}? (?:de|en (?:las|lo"
        r"s) que"
        r"|donde|en que|de que) (?:yo )?(?:me veo |\w+ ){0,2}?" + _ES_HARM + r"(?: \w+){0,3}? " + _ES_PERSON,
        r"(?:me veo|me imagino|me visualizo|me sigo viendo|me vuelvo a ver|no dejo de verme|no paro de verme"
        r"|no dejo de imaginarme|no paro de imaginarme)(?: a mi mism[oa])? (?:\w+ )?(?:apunaland\w*|acuchilla"
        r"nd\w*"
        r"|clavand\w*|lastimand\w*|hiriendo|matand\w*|ahorcand\w*|estrangulando\w*|asfixiand\w*|empujand\w*"
        r"|ahogand\w*|golpeand\w*|pegandole\w*)",
        *_ex_near(r"(?:le (?:mande|mandé|escribi|envie|deje)|mande|escribi|envie|deje) (?:\w+ ){0,2}(?:mas de"
                  r" |como |casi"
                  r" )?(?:[2-9]\d|\d{3}|decenas de|cientos de|cincuenta|sesenta|setenta|ochenta|cien) (?:mens"
                  r"ajes"
                  r"|whatsapps|wasaps|audios|llamadas|correos|sms)", _ES_EX),
        r"(?:me paro|me quedo|espero|me planto|estaciono|me estaciono|paso|me pongo) (?:\w+ ){0,3}(?:frente a"
        r"|enfrente de"
        r"|delante de|afuera de|fuera de|en la puerta de) (?:la casa|el departamento|el depa|el piso|el traba"
        r"jo|la oficina"
        r"|la ventana|el edificio) (?:de|del) " + _ES_EX + r"\b",
        r"(?:perfil|cuenta|usuario) (?:falso|falsa|fake|secreto|secreta|trucho|trucha)(?: \w+){0,3} (?:para|p"
        r"a) (?:ver"
        r"|mirar|espiar|seguir|revisar|stalkear) (?:las |los |sus )?(?:historias|stories|estados|fotos|public"
        r"aciones"
        r"|perfil)",
        *_ex_near(r"(?:paso|pasar|paseo|manejo|conduzco) (?:\w+ ){0,3}(?:por|frente a|delante de) (?:su|el|la"
                  r") (?:casa"
                  r"|trabajo|oficina|gimnasio|calle|cuadra|edificio)", _ES_EX),
    ],
    "child_harm": [
        *_kid_near(r"(?:(?:su|el|la) (?:padre|madre|padrastro|madrastra|papa|mama|tio|abuelo|novio de (?:su|l"
                   r"a) madre"
                   r"|pareja de (?:su|la) madre)|el|ella) (?:\w+ ){0,2}(?:lo|la|los|las|le) (?:encierra|encer"
                   r"ro|encerraba"
                   r"|deja encerrad[oa]|tiene encerrad[oa]|mete|metia|metio) (?:\w+ )?(?:en|dentro de) (?:el|"
                   r"la|un|una)"
                   r" (?:armario|closet|ropero|cuarto|habitacion|bano|sotano|placard|despensa|oscuridad|auto|"
                   r"coche|carro"
                   r"|jaula|caja|trastero|altillo)", _ES_KID),
        *_kid_near(r"(?:(?:su|el|la) (?:padre|madre|padrastro|madrastra|papa|mama|tio|abuelo|novio de (?:su|l"
                   r"a) madre"
                   r"|pareja de (?:su|la) madre)) (?:\w+ ){0,2}(?:le|lo|la|les|los) (?:pega|pegaba|golpea|gol"
                   r"peaba"
                   r"|cachetea|patea|quema|ahorca|azota|maltrata)\b", _ES_KID),
        *_kid_near(r"(?:tenia|tiene|llego con|vino con|aparecio con|traia) (?:un |otro |unos |varios )?(?:mor"
                   r"eton\w*"
                   r"|moreton|morado|moretones|cardenal\w*|hematoma\w*|ojo morado|marcas|quemadura\w*) (?:\w+"
                   r" )?"
                   r"(?:en|alrededor de|debajo de) (?:el|la|su) (?:ojo|cara|mejilla|cuello|espalda|brazos?|mu"
                   r"necas?)"
                   r"(?![^.!?\n]{0,80}\b(?:cayo|caida|futbol|bi"
                   r"ci|jugando|tropezo|partido|entrenamiento)\b)", _ES_KID,
                   guard=r"\b(?:cayo|caida|futbol|bici|jugando|tropezo|partido|entrenamiento)\b"),
        *_kid_near(r"(?:tenia|tiene|llego con|vino con|aparecio con) (?:un |otro )?(?:ojo morado|labio partid"
                   r"o)"
                   r"(?![^.!?\n]{0,80}\b(?:cayo|futbol|bici|jugando|tropezo|partido)\b)", _ES_KID,
                   guard=r"\b(?:cayo|futbol|bici|jugando|tropezo|partido)\b"),
    ],
    "death": [
        r"(?:preferiria|prefiere|preferia|preferiria) (?:ya )?no (?:estar|existir|vivir|despertar(?:se|me)?)("
        r"?: mas"
        r"| aqui| aca| en este mundo)?" + _WISH_END,
    ],
    "message_goodbye": [
        r"(?:me |nos |les )?(?:mando|envio|escribio|dejo|publico|puso|subio) (?:un |una )?(?:mensaje|whatsapp"
        r"|wasap"
        r"|texto|audio|nota|carta|post|estado|historia)?[^.!?\n]{0,40}?\b(?:adios|me despido|despedida|cuid\w"
        r"* (?:a|de)"
        r" (?:mi|su|el|la) \w+|perdon por todo|perdonenme|gracias por todo|los quiero|las quiero|fue un place"
        r"r|esto"
        r" se acabo)",
    ],
    "unreachable": [
        r"(?:su|el) (?:celular|movil|telefono|cel) (?:esta |sigue |da |ya esta )?(?:apagado|sin senal|fuera d"
        r"e servicio"
        r"|fuera de cobertura)",
        r"(?:no (?:me |nos |le )?(?:contesta|responde|atiende|coge|agarra|lee)|no ha (?:contestado|respondido"
        r"|leido))"
        r"(?=[^.!?\n]{0,40}\b(?:desde|hace|horas|nada|el telefono|los mensajes)\b)",
        r"(?:nadie|no) (?:sabe|sabemos|saben) nada de (?:el|ella)",
    ],
    "drink_driving": [
        r"(?:maneja|manejaba|maneja siempre|conduce|conducia|agarra el (?:auto|coche|carro)|coge el coche|sig"
        r"ue"
        r" manejando|sigue conduciendo|vuelve manejando|vuelve conduciendo|manejo|conduzco) (?:\w+ ){0,3}?"
        r"(?:borrach[oa]|tomad[oa]|en pedo|pedo|ebri[oa]|bebid[oa]|con copas|mamad[oa]|pead[oa])",
        r"(?:borrach[oa]|en pedo|ebri[oa]) (?:al volante|manejando|conduciendo)",
    ],
    "help_seeking": [
        r"(?:a )?(?:que|cual) (?:numero|telefono|linea) (?:se |hay que |puedo |debo |yo )?(?:llama|llamar|lla"
        r"mo|marca"
        r"|marcar|marco)(?=[^.!?\n]{0,100}\b(?:alguien|una persona|un amigo|una amiga|algun)\b)",
    ],
    "denial": [
        # The risk named first, then denied ("ganas de morir no tengo", "pensamientos de suicidio, eso no").
        r"(?:ganas|pensamientos?|ideas?|intenciones?|planes?) (?:de|suicidas?)(?: \w+){0,3}?,? (?:eso |de eso"
        r" |yo )?"
        r"(?:no|nunca|jamas) (?:\w+ )?(?:tengo|he tenido|tuve|las tengo|los tengo|tengo ningun[oa]?)"
        r"(?![^.!?\n]{0,25}\b(?:tan|tantas|tantos|como|mas|menos)\b)(?![^.!?\n]{0,40}\b(?:hasta|pero ahora|ah"
        r"ora si|ultimamente)\b)",
        r"(?:tome|me tome|me he tomado|tome solo) (?:un|una|dos|2|1|unas|un par de) (?:\w+ )?(?:paracetamol\w"
        r"*"
        r"|ibuprofeno\w*|aspirinas?|pastillas?|comprimidos?|metamizol|nolotil|dipirona|antialergic\w+)"
        r"(?: \w+){0,6}?(?: y)? (?:me acoste|me recoste|dormi|me siento mejor|ya estoy mejor|ya se me paso|me"
        r"jore)"
        r"(?![^\n]{0,120}\b(?:todas|toda la caja|el resto|mas)\b)",
    ],
}

# -------------------------------------------------------------------------------------------------- French --
_FR_AGENT = (r"(?:(?:la|une|cette|les|des|ces|mes) )?voix(?: (?:dans|de) ma tete)?|dieu|le seigneur|jesus|la "
             r"vierge"
             r"|le diable|le demon|satan|lucifer|(?:les |des )?(?:demons|anges|esprits)|un (?:ange|demon|espr"
             r"it)"
             r"|(?:quelque chose|quelquun) dans ma tete")
_FR_ORDER = (r"(?: (?!ne\b|pas\b|jamais\b|plus\b)\w+){0,2}?(?: (?:n|ne )?(?:arrete|arretent) pas de)? (?:me |"
             r"ma |mont"
             r" |m)?(?:dit|disent|a dit|ont dit|disait"
             r"|disaient|ordonne|ordonnent|a ordonne|ont ordonne|commande|commandent|demande|demandent|a dema"
             r"nde|exige"
             r"|exigent|crie|crient|chuchote|chuchotent|murmure|murmurent|repete|repetent|veut|veulent|pousse"
             r"|poussent"
             r"|oblige|obligent|souffle|soufflent|intime|intiment)")
_FR_ACT = (r"(?:me |m|le |la |l|les |lui |leur |se |s)?(?:tu(?:er|e|es|ent)|bless(?:er|e|es)|poignard(?:er|e)"
           r"|coup(?:er|e)(?! les cheveux| le gazon| le courant)|brul(?:er|e)|saut(?:er|e)|jet(?:er|te)|pend("
           r"?:re|e)"
           r"|noy(?:er|e)|etrangl(?:er|e)|empoisonn(?:er|e)|sacrifi(?:er|e)|puni(?:r|sse|sses)|frapp(?:er|e)"
           r"|egorg(?:er|e)|attaqu(?:er|e)|pouss(?:er|e)|defenestr(?:er|e)|purifi(?:er|e)|massacr(?:er|e)|mou"
           r"rir|meure"
           r"|faire du mal|fasse du mal|d?en finir)\b")
_FR_KID = (r"(?:fils|fille|enfants?|bebe|neveu|niece|petit-fils|petite-fille|petits-enfants|petit fils|petite"
           r" fille"
           r"|gamin|gamine|gosse|mome|filleul|filleule|eleve|(?:[1-9]|1[0-5]|un|deux|trois|quatre|cinq|six|se"
           r"pt|huit"
           r"|neuf|dix|onze|douze) ans)")
_FR_EX = (r"(?:mon |ma |son |sa )?ex(?:[- ]?(?:copine|copain|femme|mari|compagne|compagnon|petite amie|petit "
          r"ami))?")
_FR_PERSON = (r"(?:(?:mon|ma|mes|notre|nos|son|sa) (?:\w+ )?(?:copain|copine|mari|femme|conjointe?|compagne?|"
              r"compagnon"
              r"|bebe|enfants?|fils|fille|mere|pere|maman|papa|frere|soeur|ami|amie|chat|chien|coloc|collegue"
              r"|voisine?"
              r"|famille|patron)|quelquun|lui|elle)")
_FR_HARM = (r"(?:poignard\w*|egorg\w*|tu(?:er|e|ant)|bless\w*|frapp\w*|etrangl\w*|etouff\w*|noy\w*|pouss\w*|j"
            r"et(?:er"
            r"|te|ant)|defenestr\w*|plant\w* (?:un|le|mon) couteau|enfonc\w* (?:un|le) couteau|faire du mal|f"
            r"ais du mal"
            r"|faisant du mal)")
_FR = {
    "command": [
        r"(?P<at>(?:" + _FR_AGENT + r")" + _FR_ORDER + r")" + r"[ ,:]+(?:de |d|que je dois |que je |quil faut"
                                                              r" que je |quil faut |je "
        r"dois |il faut que je |il faut )?(?:\w+ ){0,2}?" + _FR_ACT,
        r"(?P<at>(?:" + _FR_AGENT + r")" + _FR_ORDER + r")" + r"(?: que)? (?:cest|ca doit etre|ce doit etre|i"
                                                              r"l faut que ce soit"
        r"|ca sera|ce sera|cest pour) (?:maintenant|ce soir|cette nuit|aujourdhui|tout de suite|avant laube)",
        r"(?P<at>(?:" + _FR_AGENT + r") (?:ma |m a |me )?(?:parle|a parle|parlait|sest adresse a moi))\b[^.!?"
                                    r"\n]{0,60}?\b(?:je "
        r"dois|il faut que je|jai pour mission de|je vais devoir) (?:\w+ ){0,2}?" + _FR_ACT,
    ],
    "position": [
        r"(?:je suis|jsuis|chuis|suis|je me tiens|je reste) (?:deja |dehors |assise? |debout |la )?(?:sur|au "
        r"bord d[eu]"
        r"|sur le rebord d[eu]) (?:le |la |l|mon |ma )?(?:balcon|rambarde|garde-corps|rebord|fenetre|toit|cor"
        r"niche"
        r"|pont|quai|voies|falaise|parapet)",
    ],
    "threat": [
        r"(?:je (?:vais )?(?:lui|leur|te)|jvais (?:lui|leur|te)|jlui|jleur|je lui) (?:mettre|mets|mettrai|col"
        r"le"
        r"|coller|collerai|loge|loger|logerai|tire|tirer|tirerai|envoie|envoyer|vide|vider|viderai) (?:une |d"
        r"eux "
        r"|trois |des |six |mon |le )?(?:balles?|bastos|pruneaux?|plombs?|chargeur|coup de (?:fusil|feu|fling"
        r"ue))"
        + _NOT_A_GAME,
        r"(?:je (?:vais |jure que je |te jure que je )?|jvais |jte jure je )(?:retourner|retourne|revenir|rev"
        r"iens|aller"
        r"|vais) (?:\w+ ){0,2}(?:au|a la|a l|dans (?:le|la|l)) ?(?:bureau|boulot|travail|taf|ecole|lycee|coll"
        r"ege|fac"
        r"|usine|entrepot|chantier|boite|magasin|eglise|salle)(?: \w+){0,2} (?:et|pour) (?:\w+ ){0,2}(?:faire"
        r"|fais"
        r"|ferai) (?:un |une )?(?:massacre|carnage|tuerie|bain de sang|boucherie)" + _NOT_A_GAME,
        r"(?:je jure que|jte jure|je te jure|je vous jure) (?:\w+ ){0,6}?(?:faire|fais|ferai) (?:un |une )?"
        r"(?:massacre|carnage|tuerie|bain de sang)" + _NOT_A_GAME,
    ],
    "harm_thought": [
        r"(?:pensees?|images?|scenes?|flashs?|idees?|visions|films?)(?: \w+){0,4}? (?:de|ou|dans lesquelles?|"
        r"qui me"
        r" montrent|que) (?:je |j|me )?(?:\w+ ){0,2}?" + _FR_HARM + r"(?: \w+){0,3}? " + _FR_PERSON,
        r"(?:je me vois|je me revois|je me surprends a imaginer|je ne peux pas mempecher de me voir|je me voi"
        r"s encore)"
        r" (?:en train de )?(?:\w+ )?" + _FR_HARM,
        *_ex_near(r"(?:envoye|ecrit|laisse|balance)(?: \w+){0,2} (?:plus de |genre |presque |au moins )?(?:[2"
                  r"-9]\d|\d{3}"
                  r"|des dizaines de|des centaines de|cinquante|soixante|quatre-vingts|cent) (?:messages|text"
                  r"os|sms"
                  r"|appels|vocaux|mails)", _FR_EX),
        r"(?:je me poste|je reste|jattends|je me gare|je me plante|je passe (?:mes soirees|la soiree|la nuit)"
        r") (?:\w+ )"
        r"{0,3}(?:devant|en bas de|en face de|sous (?:les|la) fenetres? de) (?:chez|la maison de|limmeuble de"
        r"|le "
        r"boulot de|lappart de) " + _FR_EX + r"\b",
        r"(?:faux|fake) (?:compte|profil)s?(?: \w+){0,3} (?:pour|afin de) (?:voir|regarder|espionner|suivre|c"
        r"hecker"
        r"|surveiller) (?:ses|les) (?:stories|story|storys|posts|photos|publications)",
        *_ex_near(r"(?:je passe|je repasse|je tourne) (?:\w+ ){0,3}(?:en voiture |en bagnole |a pied )?(?:dev"
                  r"ant|pres"
                  r" de) (?:son|sa|chez) ?(?:travail|boulot|bureau|maison|immeuble|salle)", _FR_EX),
    ],
    "child_harm": [
        *_kid_near(r"(?:(?:son|sa|le|la) (?:pere|mere|beau-pere|beau pere|belle-mere|papa|maman|oncle|grand-p"
                   r"ere"
                   r"|copain de sa mere|compagnon de sa mere)|il|elle) (?:\w+ ){0,2}(?:lenferme|la enferme|le"
                   r"s enferme"
                   r"|lenfermait|la enfermee|la laisse enferme|lenferme a cle|le met|la met|les met) (?:\w+ )"
                   r"{0,2}"
                   r"(?:dans|au) (?:le |la |un |une |l)?(?:placard|armoire|cave|chambre|salle de bain|toilett"
                   r"es|noir"
                   r"|garage|voiture|cabanon|grenier|cagibi|debarras|cage)", _FR_KID),
        *_kid_near(r"(?:(?:son|sa|le|la) (?:pere|mere|beau-pere|beau pere|belle-mere|papa|maman|oncle|grand-p"
                   r"ere"
                   r"|copain de sa mere|compagnon de sa mere)) (?:\w+ ){0,2}(?:le|la|les|l) ?(?:frappe|frappa"
                   r"it|bat"
                   r"|battait|gifle|giflait|cogne|tabasse|brule|etrangle|secoue)\b", _FR_KID),
        *_kid_near(r"(?:avait|a|est arrivee? avec|est revenue? avec) (?:un |une |des |encore un |encore des )"
                   r"?(?:bleus?"
                   r"|hematomes?|oeil au beurre noir|coquard|marques|brulures?) (?:\w+ )?(?:sur|autour d[eu]|"
                   r"sous) "
                   r"(?:l|la|le|les|son|sa|ses) ?(?:oeil|visage|joue|cou|dos|bras|poignets?)(?![^.!?\n]{0,80}"
                   r"\b(?:tombe"
                   r"|chute|foot|velo|jouant|rugby|match|entrainement)\b)", _FR_KID,
                   guard=r"\b(?:tombe|chute|foot|velo|jouant|rugby|match|entrainement)\b"),
        *_kid_near(r"(?:avait|a|est arrivee? avec|est revenue? avec) (?:un |encore un )?(?:oeil au beurre noi"
                   r"r|coquard"
                   r"|cocard|levre fendue)(?![^.!?\n]{0,80}\b(?:tombe|foot|velo|jouant|match)\b)", _FR_KID,
                   guard=r"\b(?:tombe|foot|velo|jouant|match)\b"),
    ],
    "death": [
        r"(?:prefererait|preferait|aimerait mieux|prefererais|prefere) ne (?:plus )?(?:etre la|exister|vivre|"
        r"se "
        r"reveiller|me reveiller)(?: du tout)?" + _WISH_END,
    ],
    "message_goodbye": [
        r"(?:ma |mas |nous a |leur a |a )?(?:envoye|ecrit|laisse|poste|publie) (?:un |une )?(?:message|texto|"
        r"sms|mot"
        r"|lettre|vocal|post|story)?[^.!?\n]{0,40}?\b(?:adieu|au revoir pour toujours|pardon pour tout|merci "
        r"pour tout"
        r"|prends soin de (?:mon|ma|mes)|occupe-toi de (?:mon|ma|mes)|occupe toi de (?:mon|ma|mes)|je vous ai"
        r"me tous"
        r"|dites? a \w+ que je (?:laime|les aime|vous aime))",
    ],
    "unreachable": [
        r"(?:son|leur) (?:telephone|portable|tel|phone|mobile) (?:est |reste |tombe )?(?:eteint|coupe|sur (?:"
        r"la )?"
        r"(?:messagerie|repondeur)|injoignable)",
        r"(?:(?:il|elle|ils|elles) )?ne (?:me |nous )?(?:repond|repondent|decroche|decrochent) (?:plus|pas)",
        r"(?:aucune|pas de) (?:nouvelles?|reponse) (?:de (?:lui|elle)|depuis)",
        r"(?:il|elle) est injoignable",
    ],
    "drink_driving": [
        r"(?:il|elle|ils|je|mon \w+|ma \w+) (?:\w+ ){0,2}(?:conduit|conduisait|prend le volant|reprend le vol"
        r"ant|rentre"
        r" en voiture|conduis|rentre au volant) (?:\w+ ){0,3}?(?:bourre|bourree|saoule?|soule?|ivre|alcoolise"
        r"e?|torche"
        r"|dechiree?|apres avoir bu|avec trois grammes)",
        r"(?:bourree?|ivre|saoule?) au volant",
    ],
    "help_seeking": [
        r"(?:quel|a quel) (?:numero|service|ligne) (?:on |je |il faut |faut |doit on |dois je )?(?:appelle|ap"
        r"peler"
        r"|appel|joindre)(?=[^.!?\n]{0,100}\b(?:quelquun|une personne|un proche|un ami|une amie)\b)",
    ],
    "denial": [
        r"(?:des |les )?(?:idees|pensees|envies?|intentions?|projets?) (?:suicidaires|de (?:mourir|suicide|me"
        r" tuer|en"
        r" finir|me suicider))(?: \w+){0,2}?,? (?:je )?(?:nen ai|en ai|nen ai jamais eu|nen ai pas|en ai pas|"
        r"jen ai"
        r" pas|jen ai jamais eu|nen ai aucune)(?! (?:autant|comme|plus)\b)(?![^.!?\n]{0,40}\b(?:jusqua|mais "
        r"maintenant|depuis)\b)",
        r"(?:jai pris|pris) (?:un|une|deux|2|1) (?:\w+ )?(?:doliprane|paracetamol|dafalgan|efferalgan|ibuprof"
        r"ene"
        r"|advil|nurofen|aspirine|spasfon|comprimes?|cachets?|gelules?)(?: \w+){0,6}?(?: et| puis)? (?:je me "
        r"suis "
        r"couchee?|me suis allongee?|dormi|ca va mieux|je vais mieux|ca a passe|ca passe)"
        r"(?![^\n]{0,120}\b(?:toute la boite|tous|toutes|le reste)\b)",
    ],
}

# -------------------------------------------------------------------------------------------------- German --
_DE_AGENT = (r"(?:(?:die|eine|diese|meine) )?stimmen?(?: in meinem kopf)?|gott|der herr|der herrgott|jesus|de"
             r"r teufel"
             r"|satan|luzifer|(?:die )?(?:damonen|engel|geister)|ein (?:engel|damon|geist)|(?:etwas|jemand|wa"
             r"s) in "
             r"meinem kopf")
_DE_ORDER = (r"(?:befiehlt|befehlen|befahl|befahlen|hat (?:mir )?befohlen|haben (?:mir )?befohlen|sagt|sagen|"
             r"sagte"
             r"|seit|sait|sogn|sagn|sogt|sagten|hat (?:mir )?gesagt|haben (?:mir )?gesagt|verlangt|verlangen|"
             r"fordert|fordern|flustert|flustern"
             r"|schreit|schreien|will|wollen|drangt|drangen|zwingt|zwingen|treibt|treiben)")
# Words between the order and the act, none of them a negation ("sagen mir nicht mehr, dass ich ...").
_DE_GAP = r"(?:(?!nicht\b|nie\b|nimmer\b|nimma\b|kein\w*\b|mehr\b)\w+ ){0,6}?"
_DE_ACT = (r"(?:weh ?zu ?tun|wehtun|weh tun|zu verletzen|verletzen|verletze|umzubringen|umbringen|umbringe|zu"
           r" toten"
           r"|toten|tote|umbringa|abstache|abzustechen|abstechen|zu erstechen|erstechen|zu erschiessen|erschi"
           r"essen|zu springen|springen"
           r"|springe|zu schneiden|schneiden|ritzen|zu ritzen|zu verbrennen|verbrennen|anzuzunden|anzunden|zu"
           r" erwurgen"
           r"|erwurgen|zu ertranken|ertranken|zu vergiften|vergiften|zu opfern|opfern|opfere|zu bestrafen|bes"
           r"trafen"
           r"|bestrafe|zu schlagen|schlagen|anzugreifen|angreifen|aufzuhangen|aufhangen|zu sterben|sterben|st"
           r"erbe"
           r"|ein ende (?:zu )?machen|schluss (?:zu )?machen|es (?:jetzt |heute )?(?:zu )?tun)\b")
_DE_KID = (r"(?:sohn|tochter|kind|kinder|baby|enkel|enkelin|enkelkind|neffe|nichte|patenkind|bub|bua|madel|me"
           r"itli"
           r"|kleine[nr]?|schuler|schulerin|(?:[1-9]|1[0-5])-?jahrige[nr]?|(?:[1-9]|1[0-5]) jahre alt)")
_DE_EX = (r"(?:(?:meine[mnr]?|seine[mnr]?|ihre[mnr]?|von meinem|von meiner|beim|bei meinem|bei meiner) )?ex"
          r"(?:-?(?:freundin|freund|frau|mann|partner\w*))?")
_DE_HARM = (r"(?:ramme|rammen|steche|stechen|ersteche|erstechen|stosse|stossen|schlitze|schlitzen|schlage|sch"
            r"lagen"
            r"|wurge|wurgen|erwurge|erwurgen|ersticke|ersticken|ertranke|ertranken|schubse|schubsen|werfe|wer"
            r"fen|tote"
            r"|toten|umbringe|umbringen|verletze|verletzen|weh tue|wehtue|antue|anzutun)")
_DE = {
    "command": [
        r"(?P<at>(?:" + _DE_AGENT + r")(?: (?!nicht\b|nie\b|kein\w*\b)\w+){0,2}? " + _DE_ORDER + r"(?: (?:mir"
                                                                                                 r"|mich|mi|m"
                                                                                                 r"a"
        r"|uns))?)"
        r"[ ,:]+(?:(?:dass|das) )?(?:(?:ich|i) (?:soll|muss|musse|solle|sott) )?" + _DE_GAP + _DE_ACT,
        r"(?P<at>" + _DE_ORDER + r" (?:mir|mich|mi|ma|uns) (?:\w+ )?(?:" + _DE_AGENT + r"))[ ,:]+(?:(?:dass|d"
                                                                                       r"as) )?(?:(?:ich|i) ("
                                                                                       r"?:soll"
        r"|muss|sott) )?" + _DE_GAP + _DE_ACT,
        r"(?P<at>(?:" + _DE_AGENT + r") " + _DE_ORDER + r"(?: (?:mir|mich|mi|uns))?)[ ,:]+(?:es |das )?(?:mus"
                                                        r"s|soll|musse)"
        r" (?:jetzt|heute|heute nacht|sofort|bald|noch heute) (?:sein|passieren|geschehen)",
        r"(?P<at>(?:" + _DE_AGENT + r") (?:hat (?:zu |mit )?mir gesprochen|spricht zu mir|sprach zu mir|redet"
                                    r" mit"
        r" mir|hat mit mir geredet))\b[^.!?\n]{0,60}?\b(?:i"
        r"ch muss|ich soll|muss ich|soll ich) (?:\w+ ){0,4}?" + _DE_ACT,
    ],
    "position": [
        r"(?:ich )?(?:steh|stehe|sitz|sitze|bin) (?:schon |jetzt |gerade |bereits |draussen )?(?:auf dem|am|a"
        r"uf der"
        r"|an der|auf den|auf die) (?:balkon|gelander|balkongelander|dach|fenstersims|sims|brucke|bruckengela"
        r"nder"
        r"|gleisen|gleis|bahnsteigkante|kante|klippe|abgrund)",
    ],
    "threat": [
        r"(?:ich )?(?:jag|jage|verpass|verpasse|knall|knalle|schiess|schiesse|setz|setze|pump|pumpe)(?: ich)?"
        r" (?:ihm"
        r"|ihr|ihnen|dem|der|dir) (?:\w+ ){0,2}(?:eine |ne |n |die |paar |ein paar )?(?:kugel|kugeln|ladung|b"
        r"lei"
        r"|magazin)\b" + _NOT_A_GAME,
        r"(?:dem|der|ihm|ihr|denen) (?:\w+ )?(?:jag|jage|verpass|verpasse|knall|knalle|setz|setze|pump|pumpe)"
        r" ich "
        r"(?:\w+ ){0,2}(?:eine |ne |n |die |paar )?(?:kugel|kugeln|ladung|blei|magazin)\b" + _NOT_A_GAME,
        r"(?:ich )?(?:lauf|laufe|renn|renne)(?: ich)? (?:\w+ ){0,4}amok|amoklauf (?:machen|starten|begehen)"
        r"|(?:richte|richt|anrichte)(?: ich)? (?:\w+ ){0,3}(?:ein )?(?:blutbad|massaker)|(?:ein |n )(?:blutba"
        r"d"
        r"|massaker) (?:\w+ ){0,3}(?:anrichten|anricht|anrichte|veranstalten)" + _NOT_A_GAME,
        r"(?:geh|gehe|fahr|fahre|komm|komme)(?: ich)? (?:\w+ ){0,3}(?:ins|in die|zur|zum|in den) (?:buro|buer"
        r"o"
        r"|arbeit|firma|schule|werk|fabrik|lager|betrieb|laden|kirche)(?: \w+){0,2} (?:und |um )?(?:\w+ ){0,2"
        r"}"
        r"(?:knall|knalle|schiess|schiesse|bring|bringe|mach|mache)(?: ich)? (?:\w+ ){0,2}(?:alle|jeden|den g"
        r"anzen "
        r"laden) (?:ab|um|nieder|kalt)\b" + _NOT_A_GAME,
    ],
    "harm_thought": [
        r"(?:gedanken|gedanke|bilder|bild|vorstellungen|vorstellung|impulse|impuls|zwangsgedanken|fantasien|s"
        r"zenen)"
        r"(?: \w+){0,3},? (?:wie|dass|das) (?:ich|i) (?:\w+ ){0,2}(?:mein|meine|meinen|meinem|meiner|unser|un"
        r"sere"
        r"|unseren|unserem|jemandem|jemanden|ihm|ihr|ihn|sie) (?:\w+ ){0,8}?" + _DE_HARM + r"\b",
        r"(?:ich )?(?:seh|sehe) mich (?:\w+ ){0,2}(?:immer wieder|standig|dauernd|oft)?,? (?:wie|dass) (?:ich"
        r"|i) "
        r"(?:\w+ ){0,8}?" + _DE_HARM + r"\b",
        # Stalking an ex: in front of the house at night, dozens of messages, a fake profile.
        r"(?:steh|stehe|stand|warte|wartete|sitz|sitze|park|parke|parkte)(?: ich)? (?:\w+ ){0,3}(?:vor|gegenu"
        r"ber) (?:dem"
        r" haus|der wohnung|der tur|dem fenster|de"
        r"r arbeit|dem buro|dem wohnblock) (?:von )?" + _DE_EX + r"\b",
        *_ex_near(r"(?:uber |mehr als |fast |bestimmt |sicher )?(?:[2-9]\d|\d{3}|dutzende|hunderte|funfzig|se"
                  r"chzig"
                  r"|siebzig|achtzig|hundert) (?:nachrichten|sms|whatsapps|anrufe|mails|sprachnachrichten)"
                  r"(?: \w+){0,2} (?:geschrieben|geschickt|geschickt|hinterlassen|gemacht)", _DE_EX),
        r"(?:fake-?(?:account|profil)|falschen? (?:account|profil)|zweitaccount|zweit-?profil)(?:,? \w+){0,4}"
        r",? (?:um"
        r"|damit)"
        r" (?:ich )?(?:ihre|seine|die) (?:storys|stories|story|posts|bilder|fotos)",
        *_ex_near(r"(?:fahr|fahre|geh|gehe|lauf|laufe)(?: ich)? (?:\w+ ){0,4}(?:an|bei) (?:ihrer|seiner|ihrem"
                  r"|seinem)"
                  r" (?:arbeit|buro|firma|wohnung|haus)\w* vorbei", _DE_EX),
    ],
    "child_harm": [
        *_kid_near(r"(?:(?:sein|seine|ihr|ihre|der|die) (?:vater|mutter|stiefvater|stiefmutter|papa|mama|onke"
                   r"l|opa"
                   r"|freund der mutter)|er|sie) (?:\w+ ){0,2}(?:sperrt|sperrte|schliesst|schloss|hat) (?:ihn"
                   r"|sie) "
                   r"(?:\w+ ){0,4}(?:in den|in die|ins|im|in der) (?:keller|schrank|kammer|abstellkammer|bese"
                   r"nkammer"
                   r"|zimmer|bad|badezimmer|dunkle|dunkeln|auto|garage|dachboden|kafig|kiste)", _DE_KID),
        # ... verb last: "dass sein Vater ihn in den Keller sperrt".
        *_kid_near(r"(?:vater|mutter|stiefvater|stiefmutter|papa|mama|onkel|opa|er|sie) (?:ihn|sie) (?:\w+ ){"
                   r"0,3}(?:in"
                   r" den|in die|ins|im|in der) (?:keller|schrank|kammer|abstellkammer|besenkammer|zimmer|bad"
                   r"|dunkle"
                   r"|dunkeln|auto|garage|dachboden|kafig|kiste)\w* (?:\w+ )?(?:sperrt|einsperrt|sperrte|eins"
                   r"perrte"
                   r"|einschliesst|schliesst|gesperrt|eingesperrt)", _DE_KID),
        *_kid_near(r"(?:vater|mutter|stiefvater|stiefmutter|papa|mama|onkel|opa) (?:ihn|sie) (?:\w+ ){0,3}(?:"
                   r"schlagt"
                   r"|schlug|verprugelt|haut|ohrfeigt|wurgt|tritt)\b", _DE_KID),
        *_kid_near(r"(?:(?:sein|seine|ihr|ihre|der|die) (?:vater|mutter|stiefvater|stiefmutter|papa|mama|onke"
                   r"l|opa"
                   r"|freund der mutter)) (?:\w+ ){0,2}(?:schlagt|schlug|haut|verprugelt|verprugelte|ohrfeigt"
                   r"|tritt"
                   r"|wurgt|schuttelt) (?:ihn|sie)\b", _DE_KID),
        *_kid_near(r"(?:hatte|hat|kam mit) (?:einen |einem |blaue |schon wieder |wieder )?(?:blauen fleck|bla"
                   r"ue flecken"
                   r"|bluterguss|blutergusse|veilchen|blaues auge|striemen|brandwunde\w*|male) (?:\w+ )?(?:am"
                   r"|im|an der"
                   r"|um das|um den|auf dem|auf der) (?:auge|gesicht|wange|hals|rucken|arm|armen|handgelenk)"
                   r"(?![^.!?\n]{0,80}\b(?:gesturzt|hingefallen|fussball|velo|fahrrad|spielen|training|turnen"
                   r")\b)",
                   _DE_KID, guard=r"\b(?:gesturzt|hingefallen|fussball|velo|fahrrad|spielen|training|turnen)"
                                  r"\b"),
        *_kid_near(r"(?:hatte|hat|kam mit) (?:\w+ ){0,2}(?:ein |einem )?(?:blaues auge|blauen auge|veilchen"
                   r"|aufgeplatzte lippe)(?![^.!?\n]{0,80}\b(?:g"
                   r"esturzt|hingefallen|fussball|velo|fahrrad)\b)",
                   _DE_KID, guard=r"\b(?:gesturzt|hingefallen|fussball|velo|fahrrad)\b"),
    ],
    "message_goodbye": [
        r"(?:geschrieben|geschickt|geschrieben|getextet|hinterlassen|gepostet)[ ,:]+[^.!?\n]{0,10}?\b(?:lebt "
        r"wohl|leb wohl"
        r"|adieu|verzeiht mir|verzeih mir|es tut mir leid|danke fur alles|pass auf (?:den|die|das|meine|meine"
        r"n|mein)"
        r" \w+ auf|kummer dich um (?:den|die|das|meine|meinen|mein)|ich hab euch lieb|ich liebe euch)",
        r"(?:nachricht|sms|whatsapp|brief|text|sprachnachricht|abschiedsbrief|zettel|post)(?: \w+){0,3}(?: ge"
        r"schickt"
        r"| geschrieben| hinterlassen)?[ ,:]+[^.!?\n]{0,40}?\b(?:lebt wohl|leb wohl|adieu|verzeiht mir|verzei"
        r"h mir|es "
        r"tut mir leid|danke fur alles|pass auf (?:den|die|das|meine|meinen|mein) \w+ auf|kummer dich um (?:d"
        r"en|die"
        r"|das|meine|meinen|mein)|ich hab euch lieb|ich liebe euch)",
    ],
    "unreachable": [
        r"(?:sein|ihr) (?:handy|telefon|natel|smartphone|phone) (?:ist|war) (?:\w+ ){0,3}(?:aus|ausgeschaltet"
        r"|abgeschaltet|tot)\b",
        r"(?:ist|war) (?:\w+ )?(?:sein|ihr) (?:handy|telefon|natel|smartphone) (?:\w+ ){0,2}(?:aus|ausgeschal"
        r"tet"
        r"|abgeschaltet|tot)\b",
        r"(?:geht|ging|gehen) (?:\w+ ){0,3}nicht (?:mehr )?(?:ans|an das) (?:handy|telefon)",
        r"(?:er|sie) (?:antwortet|reagiert|meldet sich) (?:\w+ )?(?:nicht|nimmer)(?: mehr)?(?=[^.!?\n]{0,60}"
        r"\b(?:seit"
        r"|stunden|gestern)\b)",
        r"(?:ist|bleibt) (?:seit \w+ (?:\w+ )?)?nicht (?:mehr )?erreichbar",
    ],
    "drink_driving": [
        r"(?:er|sie|ich|mein \w+|meine \w+) (?:\w+ ){0,3}(?:fahrt|fahre|fahrt immer|setzt sich) (?:\w+ ){0,4}"
        r"(?:betrunken|besoffen|blau|alkoholisiert|angetrunken|nach (?:ein paar|dem) (?:bier|drinks))",
        r"(?:trunkenheitsfahrt\w*|alkohol am steuer)(?=[^.!?\n]{0,80}\b(?:immer|wieder|jedes|jeden|standig|of"
        r"t)\b)",
    ],
    "help_seeking": [
        r"(?:welche|welcher) (?:nummer|hotline|stelle|telefonnummer) (?:ruft man|rufe ich|soll ich|kann ich|m"
        r"uss ich"
        r"|man)(?: \w+)? (?:an|anrufen|wahlen)(?=[^.!?\n]{0,100}\b(?:jemand|jemandem|eine person|ein freund|e"
        r"ine "
        r"freundin|angehorige\w*)\b)",
    ],
    "denial": [
        # Planning ahead while well: "wenn ich irgendwann mal ..., wen ruf ich an?"
        r"(?:wenn|falls)(?: \w+){0,7}? (?:mal|einmal|irgendwann|eines tages|jemals)\b(?![^\n]{0,200}\b(?:gera"
        r"de|jetzt"
        r" gleich|heute nacht|heute abend|schon genommen)\b)[^.!?\n]{0,120}?\b(?:wen|wo|wohin) (?:ruf|rufe|so"
        r"ll|kann"
        r"|wende|melde)(?: ich)?(?: \w+)? (?:an|anrufen|mich|hin)\b",
        r"(?:suizidgedanken|selbstmordgedanken|todeswunsche|suizidabsichten|gedanken (?:an|uber) (?:suizid"
        r"|selbstmord|den tod))(?: \w+){0,2}?,? (?:habe|hab|hatte) (?:ich |i )?(?:keine|nie|nicht|keinen)\b"
        r"(?![^.!?\n]{0,40}\b(?:bis|aber jetzt|seit|mehr als)\b)",
        r"(?:habe|hab|hatte) (?:\w+ )?(?:eine|ein|zwei|2|1) (?:\w+ )?(?:ibuprofen|paracetamol|aspirin|novalgi"
        r"n|tablette"
        r"|tabletten|kopfschmerztablette\w*|schmerztablette\w*)(?: \w+){0,6}? (?:genommen|geschluckt)(?: \w+)"
        r"{0,4}?"
        r"(?: und)? (?:hingelegt|geschlafen|es geht besser|gehts besser|besser)(?![^\n]{0,120}\b(?:alle|ganze"
        r" packung"
        r"|rest)\b)",
    ],
}

# ---------------------------------------------------------------------------------------------- Portuguese --
_PT_AGENT = (r"(?:(?:a|uma|essa|esta|as|umas|essas|estas) )?(?:voz|vozes)(?: (?:na|dentro da) (?:minha )?cabe"
             r"ca)?|deus"
             r"|o senhor|jesus|nossa senhora|o diabo|o demonio|o capeta|satanas|lucifer|(?:os )?(?:demonios|a"
             r"njos"
             r"|espiritos)|um (?:anjo|demonio|espirito)|(?:algo|alguem|uma coisa) (?:na|dentro da) minha cabe"
             r"ca")
_PT_ORDER = (r"(?: (?!nao\b|nunca\b|jamais\b)\w+){0,2}?(?: nao (?:para|param|deixa|deixam) de)? (?:me )?(?:di"
             r"z|dizem|disse|disseram|dizia|diziam|manda|mandam"
             r"|mandou|mandaram|ordena|ordenam|ordenou|pede|pedem|pediu|exige|exigem|obriga|obrigam|grita|gri"
             r"tam"
             r"|sussurra|sussurram|insiste|insistem|repete|repetem|quer|querem|empurra|empurram)(?:-me)?")
_PT_ACT = (r"(?:me |o |a |lhe |os |as |se )?(?:mat(?:ar|e|es)|machuc\w+|mago\w+|ferir|fira|esfaque\w+|cortar|"
           r"corte"
           r"|queim\w+|pular|pule|saltar|salte|jogar|jogue|atirar|atire|enforc\w+|afog\w+|envenen\w+|sacrific"
           r"\w+"
           r"|castig\w+|bater|bata|atac\w+|empurr\w+|estrangul\w+|purific\w+|fazer mal|faca mal|acabar com)"
           r"(?:-me|-se|-lo|-la)?\b")
_PT_KID = (r"(?:filh[oa]s?|crianca|criancas|bebe|sobrinh[oa]s?|net[oa]s?|netinh[oa]|menin[oa]s?|guri|guria|pe"
           r"quen[oa]"
           r"|afilhad[oa]|alun[oa]s?|(?:[1-9]|1[0-5]|um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|d"
           r"oze) anos)")
_PT_EX = (r"(?:a minha |o meu |minha |meu |da minha |do meu |da |do )?ex(?:[- ]?(?:namorada|namorado|mulher|m"
          r"arido|esposa"
          r"|companheir[ao]))?")
_PT_PERSON = (r"(?:(?:o |a )?(?:meu|minha|meus|minhas|nosso|nossa) (?:\w+ )?(?:namorad[oa]|marido|mulher|espo"
              r"s[oa]"
              r"|filh[oa]s?|bebe|mae|pai|irmao|irma|amig[oa]|gat[oa]|cachorr[oa]|avo|colega|familia|vizinh[oa"
              r"]|chefe)"
              r"|alguem|nele|nela|ele|ela)")
_PT_HARM = (r"(?:esfaque\w+|apunhal\w+|furar|furando|mat(?:ar|ando|o)|machuc\w+|estrangul\w+|sufoc\w+|afog\w+"
            r"|empurr\w+"
            r"|jog(?:ar|ando|o) (?:\w+ )?(?:da|do|pela)|bat(?:er|endo)|ferir|ferindo|enfi\w+ (?:a|uma) faca|c"
            r"rav\w+ "
            r"(?:a|uma) faca)")
_PT = {
    "command": [
        r"(?P<at>(?:" + _PT_AGENT + r")" + _PT_ORDER + r")" + r"[ ,:]+(?:que |pra |para |a )?(?:eu )?(?:tenho"
                                                              r" (?:que|de) |devo "
        r"|preciso |tem (?:que|de) |e hora de )?(?:\w+ ){0,2}?" + _PT_ACT,
        r"(?P<at>(?:" + _PT_AGENT + r")" + _PT_ORDER + r")" + r"(?: que)? (?:tem|tera|precisa) (?:que |de )?("
                                                              r"?:ser|acontecer)"
        r" (?:agora|hoje|esta noite|hoje a noite|ja|antes de amanhecer)",
        r"(?P<at>(?:" + _PT_AGENT + r") (?:me )?(?:falou|fala|falava|disse)(?: comigo)?)\b[^.!?\n]{0,60}?\b(?"
                                    r":tenho (?:que|de)"
        r"|devo|preciso) (?:\w+ ){0,2}?" + _PT_ACT,
    ],
    "position": [
        r"(?:ja )?(?:estou|to|tou) (?:aqui |ja |sentad[oa] |de pe )?(?:na|no|em cima d[oa]|a beira d[oa]|na b"
        r"eira d[oa]"
        r"|no parapeito d[oa]) (?:varanda|sacada|parapeito|janela|telhado|laje|ponte|beira|borda|linha|trilho"
        r"|trilhos|plataforma|falesia|penhasco|precipicio)",
    ],
    "threat": [
        r"(?:eu )?(?:meto|mete|vou meter|enfio|vou enfiar|dou|vou dar|descarrego|vou descarregar|encho|vou en"
        r"cher"
        r"|meteria|daria)(?:-lhe)? (?:uma |umas |um |uns |duas |tres |seis )?(?:balas?|tiros?|chumbo|azeitona"
        r"s"
        r"|pipocos|o pente|a arma) (?:\w+ )?(?:n(?:ele|ela|eles|elas|esse|essa|aquele|aquela)|n[oa] (?:\w+ )?"
        r"\w+"
        r"|na cabeca d\w+|na cara d\w+|em (?:voce|vc|ti))\b" + _NOT_A_GAME,
        r"(?:meto|dou|enfio|descarrego|espeto|vou meter|vou dar|vou enfiar)-lhe (?:uma |umas |um |uns |duas |"
        r"dois |tres )?"
        r"(?:balas?|tiros?|chumbo|facadas?|o pente)" + _NOT_A_GAME,
        r"(?:volto|vou|voltar|ir|apareco) (?:\w+ ){0,2}(?:no|na|pro|pra|para o|para a|ao|a) (?:escritorio|tra"
        r"balho"
        r"|servico|firma|empresa|escola|colegio|faculdade|fabrica|obra|loja|igreja|academia)(?: \w+){0,2} (?:"
        r"e|pra"
        r"|para) (?:\w+ ){0,2}(?:faco|fazer|farei) (?:uma |um )?(?:chacina|massacre|matanca|carnificina|banho"
        r" de "
        r"sangue)" + _NOT_A_GAME,
        r"(?:juro que|eu juro|juro por deus) (?:\w+ ){0,6}?(?:faco|fazer|farei) (?:uma |um )?(?:chacina|massa"
        r"cre|matanca"
        r"|carnificina|banho de sangue)" + _NOT_A_GAME,
    ],
    "harm_thought": [
        r"(?:pensamentos?|imagens|imagem|cenas?|flashes|ideias?|visoes)(?: \w+){0,4}? (?:de|em que|onde|nas q"
        r"uais"
        r"|que) (?:eu )?(?:me vejo |\w+ ){0,2}?" + _PT_HARM + r"(?: \w+){0,3}? " + _PT_PERSON,
        r"(?:me vejo|eu me vejo|fico me vendo|fico me imaginando|me imagino|nao paro de me ver|nao consigo pa"
        r"rar de"
        r" me ver)(?: a)? (?:\w+ )?" + _PT_HARM,
        *_ex_near(r"(?:mandei|enviei|escrevi|deixei|mando)(?: \w+){0,2} (?:mais de |tipo |quase |uns |umas )?"
                  r"(?:[2-9]\d"
                  r"|\d{3}|dezenas de|centenas de|cinquenta|sessenta|setenta|oitenta|cem) (?:mensagens|msgs|z"
                  r"aps"
                  r"|audios|ligacoes|chamadas|emails|sms)", _PT_EX),
        r"(?:fico|paro|espero|estaciono|passo (?:a noite|as noites)) (?:\w+ ){0,3}(?:na frente|em frente|na p"
        r"orta"
        r"|debaixo da janela) (?:da casa|do predio|do trabalho|do apartamento|do ap) " + _PT_EX + r"\b",
        r"(?:perfil|conta) (?:falso|falsa|fake|fantasma|secret[oa])(?: \w+){0,3} (?:pra|para|pra eu|para eu) "
        r"(?:ver"
        r"|olhar|espiar|seguir|stalkear|acompanhar) (?:os |as )?(?:stories|story|storys|fotos|posts|status)",
        *_ex_near(r"(?:fico passando|passo|passar|fico rodando|dou voltas) (?:\w+ ){0,3}(?:de carro |de moto "
                  r"|a pe )?"
                  r"(?:na|pela|em frente a|em frente da|na frente da|perto da) (?:rua|porta|casa|frente) (?:d"
                  r"o|da) "
                  r"(?:trabalho|escritorio|casa|predio|faculdade|academia)", _PT_EX),
    ],
    "child_harm": [
        *_kid_near(r"(?:(?:o|a) (?:pai|mae|padrasto|madrasta|tio|avo|namorado da mae)(?: dele| dela)?|ele|ela"
                   r") "
                   r"(?:\w+ ){0,2}(?:tranca|trancava|trancou|fecha|fechava|deixa trancad[oa]|prende|prendia)"
                   r"(?:-o|-a)? (?:ele |ela )?(?:\w+ )?(?:no|na|num|numa|dentro do|dentro da) (?:armario|quar"
                   r"to"
                   r"|banheiro|casa de banho|porao|despensa|escuro|carro|gaiola|caixa|sotao|area de servico|q"
                   r"uartinho)",
                   _PT_KID),
        *_kid_near(r"(?:(?:o|a) (?:pai|mae|padrasto|madrasta|tio|avo|namorado da mae)(?: dele| dela)?) (?:\w+"
                   r" ){0,2}"
                   r"(?:bate|batia|espanca|espancava|esbofeteia|queima|enforca|chuta)(?:-lhe)? (?:nele|nela|n"
                   r"ele|ele"
                   r"|ela|nos dois|neles)\b", _PT_KID),
        *_kid_near(r"(?:tinha|tem|chegou com|veio com|apareceu com) (?:um |uns |outro |varios )?(?:roxos?|hem"
                   r"atomas?"
                   r"|olho roxo|marcas|queimaduras?|manchas roxas) (?:\w+ )?(?:no|na|em volta do|debaixo do) "
                   r"(?:olho"
                   r"|rosto|cara|bochecha|pescoco|costas|bracos?|pulsos?)(?![^.!?\n]{0,80}\b(?:caiu|queda|fut"
                   r"ebol"
                   r"|bicicleta|brincando|tropecou|jogo|treino)\b)", _PT_KID,
                   guard=r"\b(?:caiu|queda|futebol|bicicleta|brincando|tropecou|jogo|treino)\b"),
        *_kid_near(r"(?:tinha|tem|chegou com|veio com|apareceu com) (?:um |outro )?(?:olho roxo|labio cortado"
                   r"|labio rebentado)(?![^.!?\n]{0,80}\b(?:"
                   r"caiu|futebol|bicicleta|brincando|jogo)\b)", _PT_KID,
                   guard=r"\b(?:caiu|futebol|bicicleta|brincando|jogo)\b"),
    ],
    "death": [
        r"(?:preferia|prefere|preferiria) nao (?:estar|existir|viver|acordar)(?: mais)?(?: aqui| neste mundo)"
        r"?"
        + _WISH_END,
    ],
    "message_goodbye": [
        r"(?:me |nos )?(?:mandou|enviou|escreveu|deixou|postou) (?:uma |um )?(?:mensagem|msg|zap|whats|sms|te"
        r"xto"
        r"|audio|carta|post|bilhete)?[^.!?\n]{0,40}?\b(?:adeus|cuida (?:do|da|dos|das) (?:meu |minha )?\w+|de"
        r"sculpa"
        r" por tudo|obrigad[oa] por tudo|amo voces|me perdoem|me perdoa|foi bom te conhecer)",
    ],
    "unreachable": [
        r"(?:o )?(?:celular|telemovel|telefone|cel) (?:dele|dela) (?:esta |ta |continua |segue )?(?:\w+ )?(?:"
        r"desligado"
        r"|fora de area|caindo na caixa|sem sinal)",
        r"(?:(?:ele|ela) )?nao (?:me |nos )?(?:atende|responde|visualiza|le|atendeu|respondeu)(?=[^.!?\n]{0,6"
        r"0}\b(?:ha|faz"
        r"|desde|horas|mensagens)\b)",
        r"ninguem (?:consegue falar|sabe nada) (?:com ele|com ela|dele|dela)",
    ],
    "drink_driving": [
        r"(?:dirige|dirigia|guia|conduz|conduzia|pega o carro|pega no carro|volta dirigindo|vai dirigindo|vol"
        r"ta a "
        r"conduzir|dirijo|conduzo) (?:\w+ ){0,3}?(?:bebad[oa]|bebum|chapad[oa]|alcoolizad[oa]|embriagad[oa]|c"
        r"om os"
        r" copos|grosso|bebid[oa]|depois de beber)",
        r"(?:bebad[oa]|alcoolizad[oa]|embriagad[oa]) ao volante",
    ],
    "help_seeking": [
        r"(?:pra|para|a) (?:que|qual) (?:numero|telefone|linha) (?:se |eu |a gente )?(?:liga|ligar|ligo|telef"
        r"ona"
        r"|telefonar)(?=[^.!?\n]{0,100}\b(?:alguem|uma pessoa|um amigo|uma amiga)\b)",
    ],
    "denial": [
        r"(?:vontade|pensamentos?|ideias?|intencao|intencoes|planos?) (?:de|suicidas?)(?: \w+){0,3}?,? (?:iss"
        r"o |eu )?"
        r"(?:nao|nunca|jamais) (?:\w+ )?(?:tenho|tive|tenho tido|sinto)(?![^.!?\n]{0,25}\b(?:tanta|tantos|tan"
        r"tas|como|mais)\b)"
        r"(?![^.!?\n]{0,40}\b(?:ate|mas agora|ultimamente)\b)",
        r"(?:tomei|eu tomei) (?:um|uma|dois|duas|2|1) (?:\w+ )?(?:comprimidos? de |capsulas? de )?(?:dipirona"
        r"|novalgina"
        r"|paracetamol|tylenol|ibuprofeno|buscopan|dorflex|neosaldina|aspirina|benegrip|comprimidos?|capsulas"
        r"?)"
        r"(?: \w+){0,6}?(?: e)? (?:deitei|me deitei|dormi|ja melhorou|melhorei|ja passou|estou melhor|to melh"
        r"or)"
        r"(?![^\n]{0,120}\b(?:todos|todas|a cartela toda|a caixa toda|o resto)\b)",
    ],
}

# ------------------------------------------------------------------------------------------------- Italian --
_IT_AGENT = (r"(?:(?:la|una|quella|questa|le|delle|quelle|queste) )?(?<!\ba )(?<!alta )(?:voce|voci)(?: (?:ne"
             r"lla|dentro"
             r" la|in) (?:mia )?testa)?|dio|il signore|gesu|la madonna|il diavolo|il demonio|satana|lucifero"
             r"|(?:i |dei )?(?:demoni|angeli|spiriti)|un (?:angelo|demone|diavolo|spirito)|(?:qualcosa|qualcu"
             r"no)"
             r" (?:nella|dentro la) mia testa")
_IT_ORDER = (r"(?: (?!non\b|mai\b|nun\b)\w+){0,2}?(?: non (?:smette|smettono) di)? (?:mi |ci |me )?(?:dice|di"
             r"cono|ha detto|hanno detto|diceva|dicevano|ordina"
             r"|ordinano|ha ordinato|comanda|comandano|chiede|chiedono|ha chiesto|impone|impongono|urla|urlan"
             r"o"
             r"|sussurra|sussurrano|ripete|ripetono|vuole|vogliono|obbliga|obbligano|costringe|costringono|sp"
             r"inge"
             r"|spingono|intima|intimano)")
_IT_ACT = (r"(?:mi |ti |lo |la |li |le |gli |si )?(?:uccid\w+|ammazz\w+|ferir\w*|ferisc\w+|accoltell\w+|pugna"
           r"l\w+"
           r"|tagliar\w*|tagli|bruciar\w*|buttar\w*|butti|gettar\w*|getti|lanciar\w*|saltar\w*|salti|impiccar"
           r"\w*"
           r"|affogar\w*|annegar\w*|strangol\w+|soffoc\w+|avvelen\w+|sacrific\w+|punir\w*|punisc\w+|picchiar"
           r"\w*"
           r"|picchi|colpir\w*|colpisc\w+|spinger\w*|purific\w+|fare del male|faccia del male|farmi del male"
           r"|fargli del male|farle del male|farla finita|finirla|(?:butta|ammazza|taglia|brucia|lancia|getta"
           r"|spara"
           r"|ammazza|impicca)mme)\b")
_IT_KID = (r"(?:figli[oaie]?|bambin[oaie]|bimb[oaie]|nipot(?:e|ino|ina|ini|i)|neonat[oa]|ragazzin[oaie]|figli"
           r"occio"
           r"|figlioccia|alunn[oaie]|(?:[1-9]|1[0-5]|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undi"
           r"ci"
           r"|dodici) anni)")
_IT_EX = (r"(?:la mia |il mio |mia |mio |della mia |del mio |della |del |dalla |dal )?ex(?:[- ]?(?:ragazza|ra"
          r"gazzo|moglie"
          r"|marito|fidanzat[ao]|compagn[ao]))?")
_IT = {
    "command": [
        r"(?P<at>(?:" + _IT_AGENT + r")" + _IT_ORDER + r")" + r"[ ,:]+(?:di |de |che (?:devo |dovrei |bisogna"
                                                              r" |e ora di )?|che |a )?"
        r"(?:\w+ ){0,2}?" + _IT_ACT,
        r"(?P<at>(?:" + _IT_AGENT + r")" + _IT_ORDER + r")" + r"(?: che)? (?:deve|dovra|ha da|tocca) (?:esser"
                                                              r"e|succedere|farlo"
        r"|avvenire) (?:adesso|ora|stanotte|stasera|oggi|subito|prima dellalba)",
        r"(?P<at>(?:" + _IT_AGENT + r") (?:mi )?(?:ha parlato|parla|parlava|mi ha detto))\b[^.!?\n]{0,60}?\b("
                                    r"?:devo|dovro"
        r"|mi tocca) (?:\w+ ){0,2}?" + _IT_ACT,
    ],
    "position": [
        r"(?:gia )?(?:sono|so|sto|mi trovo) (?:gia |fuori |seduto |seduta |in piedi )?(?:sul|sulla|sul bordo "
        r"del"
        r"|sul bordo della|in cima al|in cima alla) (?:balcone|ringhiera|davanzale|cornicione|tetto|terrazzo|"
        r"ponte"
        r"|binari|binario|parapetto|bordo|scogliera|finestra)",
    ],
    "threat": [
        r"(?:gli |le |ti )(?:pianto|piantero|metto|mettero|sparo|sparero|tiro|scarico|scarichero|infilo) (?:u"
        r"na |due "
        r"|tre |sei |un |il |tutto il )?(?:pallottol["
        r"ae]|proiettil[ei]|colp[oi]|caricatore|piombo)" + _NOT_A_GAME,
        r"(?:torno|vado|ritorno|rientro|passo|entro)(?: \w+){0,2} (?:in|a|al|alla|nel|nella|dentro) (?:uffici"
        r"o|lavoro"
        r"|scuola|azienda|ditta|fabbrica|cantiere|magazzino|negozio|banca|palestra|chiesa|universita|classe)"
        r"(?: \w+){0,2} (?:e|a|per) (?:\w+ ){0,2}(?:faccio|fare|faro) (?:una |un )?(?:strage|massacro|carnefi"
        r"cina"
        r"|bagno di sangue|mattanza)" + _NOT_A_GAME,
        r"(?:giuro che|ti giuro che|te lo giuro|lo giuro|giuro) (?:\w+ ){0,6}?(?:faccio|fare|faro) (?:una |un"
        r" )?"
        r"(?:strage|massacro|carneficina|bagno di sangue|mattanza)" + _NOT_A_GAME,
    ],
    "harm_thought": [
        r"(?:mi vedo|continuo a vedermi|mi rivedo|mi immagino|continuo a immaginarmi|non smetto di vedermi) ("
        r"?:mentre )?"
        r"(?:\w+ ){0,2}(?:accoltell\w+|pugnal\w+|ferisc\w+|uccid\w+|ammazz\w+|strangol\w+|soffoc\w+|spingo|sp"
        r"inger\w*"
        r"|butt\w+|colpisc\w+|picchi\w*|pianto (?:un|il) coltello)",
        *_ex_near(r"(?:(?:gli|le) )?(?:ho (?:mandato|scritto|inviato|lasciato)|mando|scrivo)(?: \w+){0,2} (?:"
                  r"piu di "
                  r"|tipo |quasi |una )?(?:[2-9]\d|\d{3}|decine di|centinaia di|cinquanta|sessanta|settanta|o"
                  r"ttanta"
                  r"|cento|sessantina di|cinquantina di) (?:messaggi|sms|vocali|chiamate|telefonate|mail|what"
                  r"sapp)",
                  _IT_EX),
        r"(?:profilo|account) (?:falso|fake|finto|secondario|segreto)(?: \w+){0,3} (?:per|così da) (?:vedere|"
        r"guardare"
        r"|spiare|seguire|controllare) (?:le sue |le |i suoi )?(?:storie|stories|story|post|foto)",
        *_ex_near(r"(?:passo|ripasso|giro) (?:\w+ ){0,3}(?:in macchina |in motorino |a piedi )?(?:sotto|davan"
                  r"ti a"
                  r"|davanti al|vicino al|vicino a) (?:casa|lufficio|il lavoro|al lavoro|la palestra|il porto"
                  r"ne)"
                  r"(?: sua| di lei| di lui)?", _IT_EX),
    ],
    "child_harm": [
        *_kid_near(r"(?:(?:il|la|suo|sua) (?:padre|madre|patrigno|matrigna|papa|mamma|zio|nonno|compagno dell"
                   r"a madre)"
                   r"|lui|lei) (?:\w+ ){0,2}(?:lo|la|li|le) (?:chiude|chiudeva|ha chiuso|rinchiude|rinchiudev"
                   r"a"
                   r"|ha rinchiuso|lascia chius[oa]|tiene chius[oa]|chiudono|rinchiudono) (?:a chiave )?(?:\w"
                   r"+ )?"
                   r"(?:nello|nella|nel|in|dentro (?:lo|la|il)|in un|in una) (?:sgabuzzino|ripostiglio|armadi"
                   r"o|cantina"
                   r"|stanza|camera|bagno|soffitta|garage|bui"
                   r"o|box|macchina|sottoscala|balcone|gabbia)", _IT_KID),
        *_kid_near(r"(?:(?:il|la|suo|sua) (?:padre|madre|patrigno|matrigna|papa|mamma|zio|nonno|compagno dell"
                   r"a"
                   r" madre)) (?:\w+ ){0,2}(?:lo|la|li|le) (?:picchia|picchiava|prende a (?:schiaffi|calci|pu"
                   r"gni|cinghiate)"
                   r"|schiaffeggia|frusta|brucia|strozza|maltratta)\b", _IT_KID),
        *_kid_near(r"(?:aveva|ha|e arrivat[oa] con|e tornat[oa] con|aveva ancora) (?:un |dei |due |tanti |alt"
                   r"ri |un "
                   r"altro )?(?:livid[oi]|occhio nero|ematom[ai]|bruciatur[ae]|segni) (?:\w+ )?(?:sullocchio|"
                   r"sulla "
                   r"faccia|sul viso|in faccia|sul collo|sulle braccia|sulla schiena|sulla guancia|intorno al"
                   r" collo"
                   r"|sotto locchio)(?![^.!?\n]{0,80}\b(?:cadut\w*|bici\w*|calcio|giocando|inciampat\w*|parti"
                   r"ta"
                   r"|allenamento|pallonata)\b)", _IT_KID,
                   guard=r"\b(?:cadut\w*|bici\w*|calcio|giocando|inciampat\w*|partita|allenamento|pallonata)"
                         r"\b"),
        *_kid_near(r"(?:aveva|ha|e arrivat[oa] con|e tornat[oa] con) (?:un |un altro )?(?:occhio nero|occhio "
                   r"pesto"
                   r"|labbro spaccato)(?![^.!?\n]{0,80}\b(?:ca"
                   r"dut\w*|bici\w*|calcio|giocando|partita)\b)", _IT_KID,
                   guard=r"\b(?:cadut\w*|bici\w*|calcio|giocando|partita)\b"),
    ],
    "death": [
        r"(?:preferirebbe|preferisce|preferiva|preferirei) non (?:esserci|esistere|vivere|svegliarsi|svegliar"
        r"mi)"
        r"(?: piu)?" + _WISH_END,
    ],
    "message_goodbye": [
        r"(?:mi |ci )?(?:ha )?(?:mandato|scritto|inviato|lasciato|pubblicato) (?:un |una )?(?:messaggio|sms|w"
        r"hatsapp"
        r"|vocale|biglietto|lettera|post|storia)?[^.!?\n]{0,40}?\b(?:addio|perdonatemi|scusate(?:mi)? per tut"
        r"to"
        r"|grazie di tutto|grazie per tutto|vi voglio bene|prenditi cura (?:del|della|dei|di) \w+|bada (?:tu "
        r")?"
        r"(?:al|alla|ai) \w+)",
    ],
    "unreachable": [
        r"(?:il suo |ha il )?(?:telefono|cellulare|cell) (?:e |risulta |e ancora )?(?:spento|staccato|irraggi"
        r"ungibile"
        r"|muto)",
        r"non (?:mi |ci )?(?:risponde|rispondono|ha risposto)(?=[^.!?\n]{0,60}\b(?:da|ore|piu|messaggi|telefo"
        r"no)\b)",
        r"nessuno (?:lo|la) (?:sente|trova|riesce a sentire)|(?:e|risulta) irraggiungibile",
    ],
    "drink_driving": [
        r"(?:guida|guidava|si mette alla guida|torna in macchina|riprende la macchina|guido) (?:\w+ ){0,3}?(?"
        r":ubriac[oa]"
        r"|sbronz[oa]|brill[oa]|alticci[oa]|dopo aver bevuto|bevut[oa]|pien[oa] di alcol)",
        r"(?:ubriac[oa]|sbronz[oa]) al volante|guida in stato di ebbrezza",
    ],
    "help_seeking": [
        r"(?:a )?(?:che|quale) (?:numero|linea|servizio) (?:si |devo |bisogna |posso |io )?(?:chiama|chiamare"
        r"|chiamo"
        r"|rivolge|rivolgermi)(?=[^.!?\n]{0,100}\b(?:qualcuno|una persona|un amico|unamica|una amica)\b)",
    ],
    "denial": [
        r"(?:pensieri|idee|intenzioni|voglia|progetti) (?:di|suicid\w*)(?: \w+){0,3}?,? (?:io )?(?:non|mai) ("
        r"?:ne |li |le )?"
        r"(?:ho|ho avuti|ho mai avuto|ho mai avuti|ho avute)(?![^.!?\n]{0,25}\b(?:cosi|tanti|tante|come|piu d"
        r"i)\b)"
        r"(?![^.!?\n]{0,40}\b(?:fino a|ma adesso|ma ora|ultimamente)\b)",
        r"(?:ho preso|preso) (?:un|una|due|2|1) (?:\w+ )?(?:tachipirina|paracetamolo|moment|oki|brufen|aspiri"
        r"na|okitask"
        r"|compress[ae]|pastigli[ae]|bustin[ae])(?: \w+){0,6}?(?: e)? (?:mi sono (?:sdraiat|coricat|messa a l"
        r"etto"
        r"|messo a letto)\w*|ho dormito|sto meglio|e passato|va meglio)"
        r"(?![^\n]{0,120}\b(?:tutte|tutta la scatola|il resto)\b)",
    ],
}

OTHERS: dict[str, dict[str, list[str]]] = {"en": _EN, "es": _ES, "fr": _FR, "de": _DE, "pt": _PT, "it": _IT}
