"""Spanish parts of own risk told indirectly or by what is in the hands (Spain, Mexico, River Plate)."""

from __future__ import annotations

from alliance.safety.lexicon.own_risk.common import gap as _gap

_ES_HOLY = (r"(?:dios|diosito|tata dios|diosito santo|el senor|nuestro senor|jesus|jesucristo|cristo"
            r"|la (?:santisima )?virgen(?: (?:santisima|maria|de \w+|del \w+))?|la virgencita|mi virgencita"
            r"|la morenita|la guadalupana|el de arriba|el altisimo|el todopoderoso|el padre eterno|san \w+"
            r"|santa \w+)")
_ES_PRAY = (r"(?:pido|le pido|pidiendo|le pedi|pedi|rezo|le rezo|rezando|ruego|le ruego|rogando|suplico"
            r"|le suplico|espero|esperando|solo espero|estoy esperando|nomas espero|aguardo|ojala|quisiera"
            r"|deseo|clamo)")
_ES_TAKE_ME = (r"(?:(?:que|a que|para que|ya|pronto|por fin|de una vez|de una buena vez|se digne a"
               r"|venga a) )*(?:me (?:lleve|llevara|llevase|lleva|recoja|recogiera|llame|llamara|busque"
               r"|buscara|venga a buscar|venga a recoger|venga a llevar|saque de aqui|deje morir|deje ir"
               r"|deje descansar)|venga (?:a )?por mi|llevarme|recogerme|llamarme|venir a buscarme"
               r"|venir (?:a )?por mi|se acuerde de mi|se acordara de mi)(?! (?:por (?:el )?buen camino"
               r"|de la mano|a (?:misa|la iglesia|casa|trabajar)|bien|con bien)\b)")
_ES_ENDED = r"(?= *(?:$|[.!?,;:]| y\b| ya\b| pero\b| asi\b| nada\b| la verdad\b))"
# The people who would be better off, named first, so that they are not read as someone else at risk.
_ES_THEM = (r"(?:(?:mis|mi|nuestros|nuestra|nuestro) (?:\w+ )?(?:hijos|hijas|hijo|hija|nietos|familia|esposa"
            r"|esposo|marido|mujer|padres|viejos|chicos)|ellos|ellas|todos|todo el mundo)")
_ES_WOULD = (r"(?:estarian|estaria|vivirian|viviria|irian|iria|les iria|le iria|quedarian|quedaria|serian"
             r"|seria|estaran|tendrian|tendria|podrian|podria|andarian|andaria|respirarian|descansarian)")
_ES_EASIER = (r"(?:mejor|mas tranquil[oa]s?|tranquil[oa]s?|mas libres?|libres?|mas aliviad[oa]s?"
              r"|aliviad[oa]s?|mas desahogad[oa]s?|desahogad[oa]s?|mas descansad[oa]s?|descansad[oa]s?"
              r"|en paz|mas holgad[oa]s?|una vida mas (?:facil|tranquila|facilita|ligera)|menos (?:cargas?"
              r"|problemas|gastos|preocupaciones)|mas facil|mas a gusto|bien)")
_ES_NOT_ME = (r"(?:sin mi|sin tener que (?:\w+ ){0,3}(?:conmigo|por mi|de mi|a mi|mis \w+)|sin (?:esta|una"
              r"|mi) carga|si (?:yo )?(?:ya )?no (?:estuviera|estuviese|existiera|existiese|viviera|estoy)"
              r"|si (?:yo )?(?:faltara|faltase|me fuera|me muriera|muriera|desapareciera|me muero|falto"
              r"|no estoy)|cuando (?:yo )?(?:ya )?no este|cuando (?:yo )?falte|el dia que (?:yo )?(?:falte"
              r"|no este|me muera|me vaya))(?! (?:en|de viaje|de vacaciones|unos dias|una semana|un tiempo"
              r"|esta|este|el fin|manana|hoy|por trabajo|al|del|con|para|\w+ando|\w+iendo)\b)")
_ES_GONE = (r"(?:yo )?(?:ya )?(?:no (?:estuviera|estuviese|existiera|existiese)(?: mas| aqui| aca)?|faltara"
            r"|faltase|me muriera|me fuera para siempre|desapareciera|no estoy mas)(?! (?:en|de viaje"
            r"|de vacaciones|unos dias|una semana|por trabajo)\b)")
_ES_KIN = (r"(?:mis|mi) (?:\w+ )?(?:hijos|hijas|hijo|hija|nietos|familia|esposa|esposo|marido|mujer|chicos"
           r"|ninos|padres|viejos|pibes|chamacos|cipotes|guaguas|gurises|peques)")
_ES_MANAGE = (r"(?:se las arreglarian|se las apanarian|se las rebuscarian|saldrian adelante|estarian bien"
              r"|podrian (?:salir adelante|seguir)|se arreglarian|seguirian adelante|sobrevivirian"
              r"|aguantarian|lo superarian|se las apanaria|saldria adelante|estaria bien|se arreglaria"
              r"|podria seguir)")
_ES_HOLD = (r"(?:tuve|tenia|tengo|agarre|agarro|agarraba|cogi|cojo|cogia|sostuve|sostengo|sostenia|llevo"
            r"|llevaba|guardo|guardaba|saque|saco|sacaba|(?:estuve|estaba|me quede|pase"
            r"|me pase)(?: \w+){0,3} con|apretaba|apreto)")
_ES_TOOL = (r"(?:(?:la|una|mi|el|un) )?(?:cuchilla|cuchillas|hoja de afeitar|hojas de afeitar|gillette"
            r"|gilette|gillete|cutter|cuter|bisturi|trincheta|sacapuntas|pedazo de vidrio"
            r"|trozo de cristal)")
_ES_ON_ME = (r"(?:en la mano|en las manos|en mi mano|en el bolsillo|en mi bolsillo|en la mochila"
             r"|en la cartera|encima|conmigo|contra (?:la|mi) piel|sobre (?:la|mi) piel|en el brazo"
             r"|(?:durante|por) (?:media hora|una hora|horas|un buen rato|un rato largo|mucho rato"
             r"|\w+ minutos)|todo el dia|toda la (?:noche|tarde)|(?:dos|tres|varias) veces(?: hoy"
             r"| esta (?:manana|tarde|noche)| ayer)?)")
_ES_NOT_CRAFT = (r"(?![^.!?\n]{0,60}\b(?:afeit\w*|la barba|manualidad\w*|carton|cajas?|paquete|el trabajo"
                 r"|en el trabajo|para trabajar|maqueta|lapices|para (?:pelar|abrir|cortar)|en el campo)\b)")
_ES_IDIOM = (r"(?:me (?:va|van) a matar|me esta matando|me estan matando|me mata|me matan|(?:va"
             r"|van) a acabar conmigo|acabara conmigo|me mato (?:a|de) (?:trabajar|estudiar|trabajo|laburar"
             r"|chambear)|me voy a morir de (?:estres|trabajo|cansancio|aburrimiento|pena)"
             r"|me muero de (?:estres|cansancio|aburrimiento|trabajo))")
_ES_WELCOME = (r"(?:(?:y )?(?:la verdad |sinceramente |honestamente |siendo sincer[oa] |en el fondo "
               r"|a veces |ultimamente )?(?:(?:y )?no me (?:importaria|molestaria|vendria mal"
               r"|parece tan mal)|me (?:vendria|vendria hasta|daria) (?:bien|igual)|me (?:haria"
               r"|hace) un favor|(?:seria|sera) un alivio|ojala (?:sea|fuera|fuese) (?:verdad|cierto|asi)"
               r"|(?:ya )?no lo digo en broma|lo digo (?:con ganas|en serio)|con ganas de que (?:sea|fuera"
               r"|fuese) (?:verdad|cierto|asi)|(?:casi )?lo (?:prefiero|preferiria|agradeceria)"
               r"|tampoco estaria (?:tan )?mal|bienvenido sea|no seria lo peor))")
_ES_CLAUSE_END = (r"(?= *(?:$|[.!?,;:)]| (?:la verdad|de verdad|para nada|en absoluto|tampoco|sinceramente"
                  r"|honestamente|jaja\w*|ya|eh|ultimamente)\b))(?! ?,? (?:que|si|cuando|de)\b)")
_ES_KILL_DENIED = (r"(?:no (?:es que )?(?:quiero|quiera|kiero|qiero|voy a|pienso|planeo) (?:matarme"
                   r"|suicidarme|quitarme la vida|hacerme nada|hacer nada)|no me (?:quiero|voy a) (?:matar"
                   r"|suicidar))")
_ES_OPIOID = (r"(?:heroina|caballo|jaco|chiva|fentanilo|fentanil|fenta|oxicodona|oxycontin|morfina|metadona"
              r"|tramadol|codeina|opioides?|opiaceos?|percocet)")
_ES_USE = (r"(?:use|uso|usando|consumi|consumo|consumiendo|me meti|me meto|metiendome|me inyecte|me inyecto"
           r"|inyectandome|fume|fumo|fumando|esnife|esnifo|tome|tomo|tomando|me pique|me pico|me chute"
           r"|me chuto|me puse|me pongo)")
_ES_JUMP = (r"(?:salt(?:e|ar|o|a|aria) (?:de|del|desde|por|al)|me tiro|tirarme|me tirara|me lanzo|lanzarme"
            r"|me aviento|aventarme|arrojarme|me arrojo|dejarme caer|me dejo caer)")
_ES_EDGE = (r"(?:(?:ya )?(?:estoy|toy|sali|me sali|me subi|subi)(?: \w+){0,2}? (?:afuera |fuera "
            r"|asomad[oa] )?(?:en|al|a la|a|sobre) (?:el |la )?(?:balcon|terraza|ventana|techo|tejado|azotea"
            r"|borde del anden|orilla del anden|borde de la via|borde de las vias))")
_ES_PETS = r"(?![^\n]{0,80}\b(?:perr[oa]s?|perrit[oa]|gat[oa]s?|gatit[oa]|mascota|veterinari\w*|caballo)\b)"
_ES_ILL = (r"(?![^\n]{0,100}\b(?:gastro\w*|gripe|virus|covid|vomit\w*|operacion|cirugia|ramadan|ayuno"
           r"|colonoscopia|dentista|muela|intoxicacion|quimio)\b)")
PARTS: dict[str, list[str]] = {
    # A train or a minute away.
    "time_soon": [
        r"(?:en|dentro de) (?:un|1|dos|2|tres|3|cinco|5|pocos) (?:minutos?|segundos?)",
    ],
    # Belongings cleared so that no one has to later (AAS: putting affairs in order)
    "prep": [
        r"(?:menos|nada de) (?:cosas )?(?:para que|que) (?:nadie|mi familia|mis hijos|ellos) (?:tenga"
        r"|tengan) que (?:ordenar|recoger|tirar|revisar)(?: \w+){0,3} (?:despues|luego|cuando (?:me vaya"
        r"|no este|falte))\b",
    ],
    # A last thank-you that sums up the help, as the end of the message
    "farewell": [
        r"gracias por (?:todo|intentarlo|aguantarme|soportarme|tanto|todo lo que (?:hizo|hiciste"
        r"|han hecho)(?: por mi)?)(?: (?:de verdad|en serio|doctora?|a todos|todo este tiempo))*(?= *(?:$"
        r"|[.!]))",
        r"(?:marco|hizo|ha hecho) (?:una |la )?diferencia en mi vida",
    ],
    # The jump said as the speaker's own act now (with a place of danger, imminent).
    "intent": [
        r"(?:(?:ya )?me (?:tiro|lanzo|aviento|arrojo)|(?:ya )?salto|voy a (?:saltar|tirarme|lanzarme"
        r"|aventarme))(?= *(?:$|[.!?,;:]| ya| ahora| de una vez| y ya))",
    ],
    # The urge or the thoughts back: told as now, so a history beside it does not make it the past.
    "time_recent": [
        r"(?:las ganas|la necesidad|los impulsos|el impulso|la tentacion|las ideas"
        r"|los pensamientos)(?: \w+){0,8} (?:volvieron|vuelven|han vuelto|regresaron|regresan"
        r"|estan de vuelta|volvio|ha vuelto|regreso)\b",
        r"(?:vuelven|volvieron|han vuelto|regresan|regresaron) (?:\w+ ){0,2}(?:las ganas|los impulsos"
        r"|la necesidad|las ideas|los pensamientos)\b",
    ],
    # A religious or passive wish (asking or waiting to be taken, a life lived to its end), burden.
    "indirect": [
        _ES_PRAY + _gap(8) + _ES_HOLY + _gap(4) + _ES_TAKE_ME,
        _ES_PRAY + r" (?:que |a que )?(?:me (?:lleve|recoja|llame|venga a buscar)|venga por mi)(?: \w+){0,2} "
        + _ES_HOLY,
        r"(?:ya )?(?:vivi|he vivido|hemos vivido) (?:todo )?lo que (?:tenia|tuve|me tocaba|debia|habia"
        r"|me toco|teniamos) (?:que |de )?vivir(?! (?:en|con|alli|alla|ahi|aqui|de|con)\b)",
        r"(?:ya )?(?:vivi|he vivido) (?:mi vida|lo mio|lo que me toco|mis anos|todo lo que queria"
        r"|todo)" + _ES_ENDED,
        r"(?:seria|es|sera|seria todo) (?:mas facil|mas sencillo|un alivio|lo mejor"
        r"|mas tranquilo)(?: para (?:todos|mi|ellos))? (?:simplemente |solo "
        r"|nomas )?(?:no (?:volver a )?despertar(?:me)?|dormirme y no despertar|no existir"
        r"|no estar)(?! (?:a |al |temprano|tan temprano|para|antes)\b)",
        r"(?:" + _ES_THEM + r"(?: \w+){0,3}? )?" + _ES_WOULD + r"(?: \w+){0,3}? " + _ES_EASIER
        + r"(?: \w+){0,3}? "
        + _ES_NOT_ME,
        _ES_NOT_ME + r"(?: \w+){0,3}? " + _ES_WOULD + r"(?: \w+){0,2}? " + _ES_EASIER,
        r"si " + _ES_GONE + _gap(6) + _ES_KIN + r" " + _ES_MANAGE,
        _ES_KIN + r" " + _ES_MANAGE + r"(?: \w+){0,3} si " + _ES_GONE,
    ],
    # At an edge now: a ledge, the far side of a railing, a platform edge beside a jump or a train.
    "at_place": [
        r"(?:estoy|toy|ya estoy|sali) en (?:la|el) (?:terraza|azotea|techo|tejado) del (?:edificio|bloque"
        r"|hospital|hotel|centro comercial|parking|estacionamiento)\b(?![^.!?\n]{0,60}\b(?:tomando|tendiendo"
        r"|colgando|comiendo|cenando|arreglando|limpiando|con (?:mis|mi|unos|unas|la|el|los|las) \w+|fiesta"
        r"|cumple\w*)\b)",
        r"(?:estoy|toy|ya estoy|estoy parad[oa]|estoy sentad[oa]|estoy de pie|me subi|subi|sali"
        r"|me sente)(?: \w+){0,2}? (?:en el |en la |al |a la |sobre el |sobre la |en )?(?:cornisa"
        r"|repisa de la ventana|pretil|parapeto|borde del anden|borde de la azotea|borde del techo"
        r"|borde del puente|orilla del anden|borde de las? vias?)\b",
        _ES_JUMP + r"[^\n]{0,200}?\b(?P<at>" + _ES_EDGE + r")",
        _ES_EDGE + r"(?=[^\n]{0,200}\b" + _ES_JUMP + r")",
    ],
    # Burden told as cost: a risk factor that composes with the rest (Joiner 2005).
    "hopeless": [
        r"(?:solo |nomas |nada mas )?(?:soy|les soy|le soy|seria|me he vuelto|me converti en) (?:un "
        r"|una )?(?:gasto|carga|estorbo|peso|lastre)(?: para (?:ellos|ellas|mi familia|mis hijos|todos))?",
        r"(?:les|le) (?:cuesto|salgo) (?:mucho|demasiado|caro|carisimo|un dineral|dinero|una fortuna)",
    ],
    # The instrument held or kept on them, the urge back, the blades stared at (NICE NG225).
    "self_harm_urge": [
        _ES_HOLD + r"(?: \w+){0,2}? " + _ES_TOOL + r"(?: \w+){0,4}? " + _ES_ON_ME + _ES_NOT_CRAFT,
        r"(?:quemarme|quemar|quemaduras?)\b[^\n]{0,150}?\b(?:lo|la) (?:llevo|tengo|guardo|cargo"
        r"|traigo) (?:\w+ ){0,2}(?:en el bolsillo|encima|conmigo|en la mano|todo el dia)",
        r"(?:las |la )?(?:ganas|necesidad|impulsos?|tentacion) (?:de (?:cortarme|hacerme dano|quemarme"
        r"|lastimarme|autolesionarme|rasgu\w+)(?: \w+){0,4} )?(?:volvieron|vuelven|han vuelto|regresaron"
        r"|regresan|estan de vuelta|volvio|ha vuelto|regreso)",
        r"(?:volvieron|vuelven|han vuelto|regresaron|regresan|volvio|ha vuelto) (?:\w+ ){0,2}(?:las ganas"
        r"|los impulsos|el impulso|la necesidad|la tentacion) de (?:cortarme|hacerme dano|quemarme"
        r"|lastimarme|autolesionarme)",
        r"(?:mirando|me pillo mirando|me quedo mirando|me descubro mirando|me sorprendo mirando"
        r"|miro) (?:\w+ ){0,2}(?:las |la |mis )?(?:cuchillas|cuchilla|hojas de afeitar"
        r"|navajas?)(?: \w+){0,4} (?:mas de la cuenta|demasiado|otra vez|de nuevo|cada (?:dia|noche)"
        r"|todo el rato|a cada rato)",
    ],
    # Self-harm told as recent, whatever the spelling.
    "self_harm": [
        r"(?:ayer|anoche|otra vez|de nuevo|esta (?:manana|semana|noche)"
        r"|hoy) (?:\w+ ){0,2}(?:me (?:he )?autolesion\w+|autolesion\w*)",
        r"(?:me (?:he )?autolesion\w+|autolesiones)(?: \w+){0,2} (?:ayer|anoche|otra vez|de nuevo|hoy)",
    ],
    # Not wanting to be here after denying a plan; a death idiom followed by a wish that it came true.
    "death": [
        r"(?:tampoco|ni|pero no) (?:quiero|kiero|qiero|deseo) (?:vivir|existir|seguir (?:viv[oa]"
        r"|en este mundo|viviendo|existiendo)|estar viv[oa])(?= *(?:$|[.!?,;:]| (?:mas|ya|asi|tampoco"
        r"|nunca)\b))",
        _ES_KILL_DENIED + _gap(6) + r"(?P<at>(?:tampoco|pero no|ni|pero tampoco|no) (?:quiero|kiero|qiero"
                                    r"|deseo) (?:seguir|estar|quedarme|vivir|existir)(?: (?:aqui|aca|aki|asi"
                                    r"|mas|en este mundo|viv[oa]|viviendo|existiendo))*)",
        _ES_IDIOM + _gap(10) + r"(?P<at>" + _ES_WELCOME + r")" + _ES_CLAUSE_END,
    ],
    # The lethal dose asked, not for an animal (C-SSRS: method research).
    "lethal_means": [
        # a beam or a hook tested for the weight (C-SSRS: preparatory acts)
        r"(?:mire|revise|comprobe|probe|estuve viendo|estoy viendo) (?:\w+ ){0,3}(?:que|cual|si) (?:viga"
        r"|gancho|rama|arbol|barandal|tuberia)(?: \w+){0,2} (?:aguanta|aguantaria|soporta|soportaria"
        r"|resiste) (?:mi peso)?",
        r"(?:cual es la |que |cuanta |la )?(?:dosis|cantidad) (?:\w+ ){0,5}(?:es |seria |se vuelve |resulta "
        r"|que es )?(?:mortal|letal|fatal|que mata)" + _ES_PETS,
        r"(?:a partir de|desde) (?:cuantas|cuantos|que cantidad|que dosis)(?: \w+){0,5} (?:es|son|se vuelve"
        r"|resulta|serian?) (?:mortal|mortales|letal|letales|fatal)" + _ES_PETS,
    ],
    # An ingestion with the amount apart from the noun: the verb is the part.
    "taken": [
        r"(?:me )?(?:tome|trague|bebi|meti)(?= (?:como|unas?|casi|mas de|alrededor de|cerca de"
        r"|aproximadamente|tipo) (?:\d+|veinte|treinta|cuarenta|cincuenta|una docena)\b)",
    ],
    # The amount, told before the noun it counts.
    "amount": [
        r"(?:como|unas?|casi|mas de|alrededor de|cerca de|aproximadamente|tipo) (?:[1-9]\d|\d{3}|veinte"
        r"|treinta|cuarenta|cincuenta|una docena)(?= (?:\w+ ){0,4}(?:de|pastillas|pastis|comprimidos"
        r"|capsulas)\b)",
    ],
    # Laxatives at several times the dose or before a weigh-in (NICE NG69).
    "purging": [
        r"(?:\d+|dos|tres|cuatro|cinco|el doble|el triple) (?:veces )?(?:la "
        r"|de la )?dosis(?: \w+){0,3} (?:de )?(?:laxantes?|laxativos?|diureticos?|dulcolax|bisacodilo)",
        r"(?:laxantes?|laxativos?|diureticos?|purgantes?)(?: \w+){0,5} (?:antes de|para) (?:cada |el |la "
        r"|los )?(?:pesaje|pesada|pesarme|dar el peso|entrar en (?:la |mi )?categoria|competi\w+|combate"
        r"|pelea)",
    ],
    # Days without eating, not through an illness or a fast.
    "restriction": [
        r"no (?:he |habia |e )?(?:comido|como|probado bocado)(?: nada| casi nada| bien| practicamente nada"
        r"| nada solido| en condiciones)?(?: (?:ya|todavia|aun))? (?:desde|hace) (?:antier|anteayer"
        r"|antes de ayer|el \w+|(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
        r"|varios) dias)" + _ES_ILL,
    ],
    # Opioids used by the speaker, not as prescribed (WHO 2014).
    "opioid_use": [
        _ES_USE + r"(?: \w+){0,3}? " + _ES_OPIOID
        + r"\b(?![^\n]{0,80}\b(?:receta\w*|recetad\w*|me (?:lo|la|los|las)"
        r" (?:receto|mando|dio) el (?:medico|doctor)|paliativ\w*|oncolog\w*)\b)",
    ],
    # No one there to call for help.
    "alone": [
        r"(?:sol[oa]|a solas|yo sol[oa]|sin nadie|no hay nadie(?: en casa)?|nadie en casa|(?:mi"
        r"|mis) (?:\w+ )?(?:companer[oa]s?|compa|roomie|padres|familia|viejos|pareja) (?:se fue|se fueron"
        r"|esta fuera|estan fuera|no esta|no estan|salio|salieron)|encerrad[oa] en (?:mi|el) (?:cuarto"
        r"|habitacion|bano|carro|coche)|sin naloxona|sin narcan)",
    ],
    # Signs of an opioid overdose: breathing slow or hard, lips blue, limbs numb, nodding off.
    "breathing": [
        r"(?:no puedo|me cuesta|casi no puedo|apenas puedo) respirar",
        r"respiro (?:con dificultad|mal|muy lento|raro|a duras penas|muy despacio)",
        r"(?:la )?respiracion (?:muy )?(?:lenta|rara|dificil|pesada|entrecortada)",
        r"labios (?:azules|morados)",
        r"(?:no siento|ya no siento) (?:las piernas|los brazos|las manos|la cara)",
        r"no (?:me )?puedo (?:mantener despiert[oa]|mantener los ojos abiertos)",
    ],
}
