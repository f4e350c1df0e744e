"""Spanish rules (same levels as English: C-SSRS screener, Posner et al. 2011; warning signs, Rudd et al. 2006)."""

from __future__ import annotations

from alliance.safety.dates import OLD_YEAR

from alliance.safety.patterns import C, L, make_pack
from alliance.safety.patterns.shared import BRUISES, CALORIES, CUT_CONTEXT, EAT_CONTEXT, MIX, SUBSTANCE_HABIT

PILLS = r"(?:pastillas|pildoras|medicamentos|comprimidos|medicinas|calmantes|somniferos|paracetamol)"
SI, PLAN, SH, HTO, ABUSE = C.SUICIDAL_IDEATION, C.SUICIDE_PLAN_INTENT, C.SELF_HARM, C.HARM_TO_OTHERS, C.ABUSE_SAFEGUARDING
PSY, OD, ED, SUB = C.PSYCHOSIS_COMMAND, C.OVERDOSE_MEDICAL, C.EATING_DISORDER_MEDICAL, C.SUBSTANCE_RISK
LOW, MOD, HIGH, IMM = L.LOW, L.MODERATE, L.HIGH, L.IMMINENT

# Several drinks, or drunk.
_DRUNK = (r"(?:borrach[oa]|pedo|ped[oa]|mamad[oa]|ciego|cieg[oa]|tomad[oa]|pasad[oa] de copas|pedisim[oa]|pisteando"
          r"|(?:[3-9]|1\d|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchas|varias|un monton de|demasiadas|mil)"
          r" (?:cervezas|copas|cubatas|tragos|chupitos|chelas|birras|whiskys|vinos|canas|tequilas|caguamas|latas"
          r"|cubas|gin ?tonics|chupes|shots)|(?:el|la|mi) (?:tercer|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta"
          r"|septim[oa]|setim[oa]|octav[oa]|noven[oa]|decim[oa]) (?:cubata|cerveza|copa|trago|chupito|whisky|vino"
          r"|birra|chela|cana|tequila|caguama|gin ?tonic|lata|cuba|chupe))")
_DRIVE = (r"(?<!\bno )(?<!\bni )(?<!\bnunca )(?<!\bsin )\b(?:cojo|agarro|pillo|saco|voy a coger|voy a agarrar"
          r"|voy a sacar|tengo que coger|me llevo) (?:el|mi|la) (?:coche|carro|auto|moto|camioneta|furgo)\b"
          r"|(?<!\bno )(?<!\bni )(?<!\bnunca )(?<!\bsin )(?<!\bde )\b(?:conduzco|manejo|voy a conducir|voy a manejar|me pongo"
          r" al volante|me subo al (?:coche|carro|auto)|tengo que conducir|tengo que manejar)\b(?! (?:yo )?no\b)")

RULES = [
    ("si.want_to_die", SI, HIGH, r"\b(?:quiero|quisiera|queria|deseo|necesito|tengo ganas de|ganas de|me quiero|me "
     r"queria|quiere) morir(?:me|se)?\b(?! de (?:la )?(?:verguenza|risa|pena|ganas))|\bquiero estar muert[oa]\b"),
    ("si.kill_myself", SI, HIGH, r"\b(?:matarme|suicidarme|quitarme la vida|me voy a matar|me quiero matar|me quiero "
     r"suicidar|acabar con mi vida|terminar con mi vida|quitarme de en medio|me mato)\b", "me"),
    ("si.suicidal", SI, HIGH, r"\b(?:pensamientos?|ideas?|ideacion) (?:suicidas?|de suicidio|de matarme|de quitarme la "
     r"vida|de morir)\b|\b(?:pienso|pensando|he pensado|pense|considerando|planeando) (?:en )?(?:el )?(?:suicidio|"
     r"suicidarme|matarme|quitarme la vida|acabar con todo)\b|\b(?:soy|estoy|me siento|sentirme) suicida\b"),
    ("si.end_it", SI, HIGH, r"\b(?:acabar|terminar) con todo\b|\bponer fin a (?:mi vida|todo)\b|\bacabar(?:lo)? todo\b"),
    ("si.passive", SI, MOD, r"\bno quiero (?:vivir|seguir viviendo|estar aqui|existir|despertar(?:me)?|seguir)\b|\bojala "
     r"(?:no despertara|no me despierte|estuviera muert[oa]|no existiera|me muriera|no hubiera nacido)\b|\b(?:estarian|"
     r"estaria|estarias|estaran) mejor sin mi\b(?! (?:en|al|del|para|con|por|de viaje|de vacaciones)\b)|\bmejor muert[oa]\b|\bno (?:tengo|hay|veo) (?:ninguna )?(?:razon|motivo|"
     r"sentido) (?:para|de|en) (?:vivir|seguir)\b|\bnadie me (?:extranaria|echaria de menos|va a extranar)\b|"
     r"\bdesaparecer para siempre\b|\bno puedo seguir viviendo\b|\bcansad[oa] de vivir\b|\bdormir (?:y no despertar|para "
     r"siempre)\b|\bno vale la pena vivir\b|\bya no quiero estar aqui\b"),
    ("plan.intent", PLAN, IMM, r"\b(?:tengo|hice) un plan para (?:morir|matarme|suicidarme|acabar con todo)\b|\b(?:he "
     r"decidido|decidi|lo he decidido) (?:matarme|suicidarme|morir|acabar con todo|quitarme la vida)\b|\bvoy a (?:matarme|"
     r"suicidarme|quitarme la vida|acabar con todo|tirarme)\b|\bme voy a (?:matar|suicidar|quitar la vida|tirar)\b|\bnota "
     r"de suicidio\b|\bcarta de despedida\b|\beste es mi ultimo mensaje\b", "me"),
    ("plan.stockpile", PLAN, MOD, r"\b(?:guardado|juntado|acumulado|ahorrado|guardando|juntando) (?:\w+ ){0,2}" + PILLS +
     r"\b|\b(?:compre|tengo|consegui) (?:una )?(?:cuerda|soga|pistola)\b", "self", "means warning"),
    ("plan.method", PLAN, HIGH, r"\b(?:tirarme|lanzarme|aventarme|arrojarme|saltar|me tiro|me aviento|salto) (?:del|de|desde|por) (?:un |el |la |una )?(?:puente|edificio|"
     r"balcon|ventana|azotea)\b|\bahorcarme\b|\bcortarme las venas\b|\btirarme (?:al|a las vias del) (?:tren|metro)\b|"
     r"\bcuant(?:as|os) " + PILLS + r"(?: \w+){0,4} (?:morir|matar|letal)\b"),
    ("attempt.tried", PLAN, HIGH, r"\b(?:intente|intento|he intentado|trate de) (?:matarme|suicidarme|quitarme la vida)\b"
     r"|\bintento de suicidio\b"),
    ("warn.signs", SI, MOD, r"\b(?:regalando|regale|regalar|he regalado) (?:todas )?(?:mis|las) (?:cosas|pertenencias)\b|"
     r"\b(?:me estoy despidiendo|esto es una despedida|adios para siempre|adios a todos)\b|\bhice (?:mi )?testamento\b|"
     r"\bya no (?:sere|voy a ser) una carga\b|\bno (?:estare|voy a estar) (?:aqui )?mucho tiempo\b", "self", "warning"),
    ("plan.refuse_rescue", PLAN, HIGH, r"\bno quiero que nadie me (?:detenga|salve|encuentre)\b"),
    ("third.at_risk", SI, MOD, r"\b(?:se quiere|quiere|se va a) (?:matar|suicidar|morir)(?:se)?\b|\b(?:matarse|suicidarse|"
     r"quitarse la vida)\b", "other"),
    ("sh.self_harm", SH, MOD, r"\b(?:me (?:corto|corte|he cortado|hago dano|lastimo|quemo|queme|golpeo)|cortarme|hacerme "
     r"dano|autolesion(?:es|arme)?|lastimarme)\b", "me", "recent+"),
    ("hto.kill_other", HTO, HIGH, r"\b(?:quiero|voy a|tengo ganas de) (?:matar|hacer dano|lastimar|apunalar|disparar) a "
     r"(?:alguien|mi \w+|el|ella|ellos|todos|la gente)\b"),
    ("abuse.hurts_me", ABUSE, HIGH, r"\bme (?:pega|pego|golpea|golpeo|viola|violo|violaron|abusa|abuso|maltrata|amenaza|"
     r"amenazo|ahorca|estrangula)\b|\btengo miedo de (?:volver|ir) a casa\b|\bno estoy (?:a salvo|segur[oa]) en casa\b|"
     r"\bamenazo con matarme\b|\bviolencia domestica\b", "any"),
    ("psy.command", PSY, HIGH, r"\bvoces (?:\w+ ){0,2}(?:me (?:dicen|ordenan|piden|mandan)|que me dicen) que\b"
     r"|\b(?:la|esa) voz(?: (?:en|de|dentro de) mi cabeza)?(?: \w+)? me (?:dice|ordena|pide|manda|obliga a"
     r"|grita)(?: que)? (?:tengo que|tienes que|debo|debes|hay que|me (?:mate|corte|queme|haga dano|castigue|tire"
     r"|lastime|muera)|(?:matar|hacer dano|castigar|quemar|cortar|lastimar|tirar|hacerle dano|herir)(?:me|le|la|lo)?)"
     r"\b", "any"),
    ("od.took_pills", OD, IMM, r"\b(?:me tome|tome|me he tomado|trague|he tomado) (?:\w+ ){0,2}(?:todas las|toda la caja "
     r"de|un (?:bote|frasco|blister) de|muchas|demasiadas|\d{2,}) " + PILLS + r"\b", "self", "act"),
    ("od.overdose", OD, HIGH, r"\b(?:me (?:he |habia |voy a |acabo de )?(?:hice|hecho|hacer|di|dado|dar|meti"
     r"|metido|meter|tome|tomado|tomar|provoque|provocado|provocar)|(?:hice|he hecho|tuve|he tenido|tome|he tomado"
     r"|hacerme|darme|meterme|tomarme|provocarme|estoy teniendo|creo que tengo|voy a tener|casi tengo))"
     r" (?:una )?sobredosis\b", "self", "act"),
    ("ed.not_eaten", ED, HIGH, r"\bno (?:he )?(?:comido|como) (?:nada )?(?:en|desde hace) (?:\d+|dos|tres|cuatro|cinco|"
     r"varios) dias\b|\bvomito sangre\b"),
    ("sub.mix", SUB, HIGH, r"\bmezcl(?:e|ando|o) (?:\w+ ){0,2}" + PILLS + r" (?:con|y) (?:alcohol|vodka|vino|cerveza)\b",
     "self", "substance"),
    ("distress.hopeless", None, LOW, r"\b(?:sin esperanza|no puedo mas|no aguanto mas|estoy hart[oa] de todo|no sirvo "
     r"para nada|soy una carga|me odio|odio mi vida|nada tiene sentido|que sentido tiene|estoy agotad[oa])\b", "self",
     "hopeless"),
]

RULES += [
    ("sub.mix_any", SUB, HIGH, MIX, "self", "substance"),
    ("sub.habit", SUB, MOD, SUBSTANCE_HABIT, "self", "substance"),
    # Opioids from the street, used alone and hidden (no one there to call for help if the breathing stops).
    ("sub.opioid_alone", SUB, HIGH, r"\b(?:usando|uso|use|tomando|tomo|tome|consumiendo|consumo|inyectandome|me inyecto"
     r"|fumando|esnifando|metiendome|me meto|compre|compro|consegui|consigo)(?: \w+){0,3} (?:oxicodona|oxycontin"
     r"|fentanilo|fentanil|fenta|heroina|morfina|tramadol|codeina|metadona|opioides?|opiaceos?|percocet)\b"
     # taken as prescribed ("tramadol recetado por el traumatologo, solo por las noches") is a treatment
     r"(?![^\n]{0,80}\b(?:recetad\w*|receta (?:del|de mi)|me (?:lo|la|los|las) (?:receto|mando|dio) el (?:medico"
     r"|doctor))\b)"
     r"(?=[^\n]{0,200}?\b(?:sol[oa]|a escondidas|escondid[oa]|sin que nadie (?:sepa|me vea|se entere)|nadie (?:sabe"
     r"|se entera)|ni (?:mi |el |la )?\w+ (?:sabe|se entera)|para que nadie (?:me vea|se entere|sepa)|de un (?:tipo"
     r"|man|wey|chavo|dealer|camello|transa|desconocido)|sin receta|en la calle|deep ?web|dark ?web)\b)", "self",
     "substance"),
    ("ed.calories", ED, MOD, CALORIES),
    ("abuse.bruises", ABUSE, HIGH, BRUISES, "any"),
    ("si.more", SI, MOD, r"\b(?:dormir(?:me)?|acostarme) y no (?:volver a )?despertar(?:me)?\b"
     # "si yo no estuviera" ends the clause: not "si no estuviera tan cansada"
     r"|\bsi (?:yo )?(?:ya )?no estuviera(?: aqui)?\b(?= (?:aqui|aca|en este mundo|viv[oa]|con vida|nunca mas|mas|y"
     r"|pero|porque|asi|todo|todos|nadie|seria|estarian|estaria)\b|\W*$|\W*[.,;:!?])"
     r"|\bya no (?:las|los|lo|la) voy a necesitar\b|\bno (?:le veo|tiene) (?:ningun )?sentido (?:a )?"
     r"(?:seguir )?(?:vivo|viva|vivir|la vida)\b|\bquiero desaparecer (?:y no volver|para siempre|de este mundo)\b"
     r"|\b(?:seria|estaria) mejor (?:estar )?muert[oa]\b"),
    ("si.more_phrasings", SI, MOD, r"\b(?:ya )?no tiene (?:caso|sentido) (?:seguir )?vivir\b"),
    ("si.take_life", SI, HIGH, r"\bme (?:\w+ ){0,2}quitar la vida\b", "me"),
    ("plan.take_all", PLAN, HIGH, r"\b(?:voy a|me voy a|quiero) tomar(?:me)? tod[ao]s (?:mis|las) " + PILLS + r"\b"),
    ("si.algospeak", SI, HIGH, r"\bdesvivir(?:me|se)?\b|\b(?:pienso|pensando) (?:\w+ ){0,3}en (?:el )?suicidio\b", "self"),
    ("plan.more", PLAN, HIGH, r"\b(?:me las|me los) voy a tomar tod[ao]s\b|\btomarmel[ao]s tod[ao]s\b|\b(?:estoy|ando) en "
     r"(?:la azotea|el puente|la cornisa|las vias)\b(?![^.!?\n]{0,60}\b(?:tendiendo|colgando|recogiendo|arreglando"
     r"|reparando|limpiando|pintando|tomando (?:el sol|algo|un cafe)|con (?:mis|mi|unos|unas|la|el|los|las) \w+|de (?:mayo"
     r"|agosto|diciembre|noviembre|octubre|marzo|abril|todos los santos|la constitucion)|festivo|largo|atasc\w*|trafico)\b)|\b(?:deje|he dejado|escribi) (?:escritas )?(?:unas |las )?cartas\b",
     "self", "", r"por si acaso|si acaso|despedida|azotea|puente|cornisa|vias|tomar"),
    ("plan.means_here", PLAN, MOD, r"\btengo (?:aqui |aca )?(?:las|unas) " + PILLS + r"\b", "self", "means"),
    ("od.more", OD, HIGH, PILLS + r" de mas\b|\b(?:acabo de tomar|me acabo de tomar) (?:toda la caja|todas las|un bote)\b",
     "self", "act"),
    ("plan.how", PLAN, HIGH, r"\bpensando (?:en )?como (?:hacerlo|matarme|suicidarme|quitarme la vida)\b"),
    ("warn.things", SI, LOW, r"\ble di mi (?:gato|perro)\b|\b(?:ordene|ordenando|regale) (?:todas )?mis cosas\b", "self",
     "warning"),
    # Loose ends tied up and people reached one last time (AAS: putting affairs in order, saying goodbye): a risk only
    # read with the rest of the conversation.
    ("warn.loose_ends", SI, LOW, r"\b(?:devolvi|he devuelto) (?:todo|todos|todas)(?: \w+){0,3} (?:que )?(?:me habian"
     r" prestado|me prestaron|tenia prestad[oa]s?|habia pedido prestad[oa]s?)\b|\b(?:vendi|he vendido) (?:mi|la|el)"
     r" (?:\w+ ){0,2}y (?:le |les )?(?:di|he dado|mande) (?:el dinero|la plata|todo) a\b|\b(?:deje|he dejado|ya deje"
     r"|pague|ya pague) (?:\w+ ){0,2}(?:pagad[oa]s? )?(?:la renta|el alquiler|el arriendo|las cuentas)(?: pagad[oa]s?)?"
     r" (?:de|por|para) (?:\w+ )?meses\b|\b(?:di|he dado|ya di) de baja (?:el|la|mi) (?:gimnasio|gym|linea|celular"
     r"|movil|contrato)\b|\b(?:llame|he llamado|escribi|le escribi|les escribi) (?:a )?(?:todos|toda la familia|todo el"
     r" mundo|mi \w+)(?: \w+){0,4} (?:solo |nomas )?(?:para|pa) (?:oir su voz|escuchar(?:les| su voz)|decir(?:le|les)"
     r" que (?:l[oae]s? )?quiero)\b|\b(?:el|ella|ellos) (?:l[oa]s? )?(?:va|van) a cuidar mejor(?: que yo)?\b", "self",
     "warning"),
    ("sh.more", SH, HIGH, r"\b(?:me volvi a cortar|volvi a cortarme|me cortaba)\b", "me", "recent+"),
    ("sh.bleeding", SH, IMM, r"\bno (?:para|deja) de sangrar\b", "self", "act", CUT_CONTEXT),
    ("sh.urges_back", SH, MOD, r"\b(?:han vuelto|volvieron|vuelven) las ganas\b", "self"),
    ("hto.more", HTO, HIGH, r"\b(?:lo|la|los) (?:voy a|vamos a) (?:matar|apunalar|madrear)\b|\bpensamientos de "
     r"(?:pegarle|golpear|matar|lastimar|hacerle dano)\b|\b(?:cuchillo|pistola|arma|navaja)(?: \w+){0,4} (?:voy a ir|voy) a "
     r"(?:su casa|por el|por ella)\b"),
    ("abuse.more", ABUSE, HIGH, r"\bno me deja (?:salir|ver a|trabajar|tener)\b|\bme (?:quito|quita) (?:el celular|el "
     r"telefono|el movil|el dinero|mi dinero|el pasaporte)\b|\bme (?:jaloneo|jalonea|empujo|empuja|agarro del cuello|ahorco|"
     r"abofeteo)\b|\ble (?:pega|golpea|pego) a (?:mi|su) (?:hij[oa]|sobrin[oa]|niet[oa]|herman(?:ito|ita))\b", "any"),
    ("abuse.touching", ABUSE, HIGH, r"\b(?:padrastro|padre|papa|tio|abuelo|hermano|primo|novio|profesor|entrenador|"
     r"vecino)(?: \w+){0,2} me (?:toca|manosea|tocaba|manoseaba)\b", "any"),
    ("abuse.door", ABUSE, IMM, r"\b(?:golpeando|pateando|aporreando) la puerta\b", "any", "act"),
    ("psy.more", PSY, HIGH, r"\bvoces (?:\w+ ){0,8}tengo que\b", "any"),
    ("psy.command_act", PSY, HIGH, r"\b(?:voces|voz)\b[^\n]{0,80}?\b(?:me )?(?:dicen|dice|ordenan|ordena|mandan|manda"
     r"|piden|pide|exigen|exige|obligan|obliga) (?:que )?(?:me |yo )?(?:tengo que |tienes que |debo |hay que |tenia que )?"
     r"(?:cortar|matar|quemar|tirar|hacer dano|hacerle dano|lastimar|morir|ahorcar|saltar|apunalar|clavar|ahogar"
     r"|envenenar|pegar|golpear|corte|mate|queme|tire|haga dano|lastime|muera|ahorque|salte|apunale|clave|ahogue"
     r"|envenene|pegue|golpee)\b", "any"),
    ("psy.voices", PSY, MOD, r"\b(?:las )?voces (?:\w+ ){0,4}(?:dicen|mas fuertes|volvieron|han vuelto)\b", "any"),
    ("ed.more", ED, MOD, r"\b(?:me provoco|provocarme) el vomito\b|\bvomitar despues de (?:comer|cenar)\b|\bvolvi a vomitar\b|"
     r"\bescondo la comida\b"),
    ("ed.symptoms", ED, HIGH, r"\b(?:mareada|mareado|me late el corazon|me desmaye)\b", "self", "", EAT_CONTEXT),
    ("sub.more", SUB, MOD, r"\bme meto (?:perico|coca|farlopa)\b|\bbotella de vino cada noche\b", "self", "substance"),
    ("third.goodbye_message", SI, HIGH, r"\bmensaje de despedida\b", "any"),
    # Driving drunk (WHO: alcohol-impaired driving): several drinks or drunk, and the car taken now.
    ("sub.drink_driving", SUB, HIGH, r"\b" + _DRUNK + r"\b[^.!?]{0,80}?" + _DRIVE + r"|" + _DRIVE + r"[^.!?]{0,60}?\b"
     + _DRUNK + r"\b", "self", "substance"),
    # "Estoy muerta" after an exam or a shift is tiredness (the idiom below discounts it); said as a feeling it is
    # distress.
    ("distress.dead_tired", None, LOW, r"\b(?:estoy|toy|ando|quede|me quede|acabe|termine) muert[oa]\b", "self"),
]

# Laughed off with a word or a laughing, skull or eye-roll emoji (an emoji is no word: no \\b after it).
_LAUGHED_OFF = (r"(?: (?:jaja\w*|jeje\w*|jiji\w*|jsjs\w*|ajaj\w*|lol|lmao|xd|es broma|(?:que )?no es (?:en )?serio)"
                r"|(?= ?[\U0001F602\U0001F923\U0001F480\U0001F643\U0001F605\U0001F644\U0001F92A\U0001F606"
                r"\U0001F604\U0001F601\U0001F972]))")
_HYPERBOLE = (r"(?:kill myself|killing myself|unalive myself|kms|kys|me mato|me muero|me suicido|me tiro por la ventana|me pego un tiro|me cuelgo|me ahorco"
              r"|me voy a (?:matar|morir|suicidar|tirar por la ventana|pegar un tiro|colgar|ahorcar)"
              r"|me quiero (?:morir|matar))")

PACK = make_pack(
    "es",
    RULES,
    negation=["no", "nunca", "jamas", "tampoco", "ni", "niega", "sin"],
    first_person=["yo", "me", "mi", "mis", "conmigo"],
    third_party=["el", "ella", "ellos", "ellas", "alguien", "su", "sus", r"(?:mi|mis|un|una|su) (?:mejor )?(?:amig[oa]s?|"
                 r"herman[oa]s?|hij[oa]s?|madre|padre|mama|papa|novi[oa]|pareja|prim[oa]|companer[oa]|vecin[oa]|"
                 r"alumn[oa]|pacientes?)"],
    idioms=[
            # Something else "will unalive me" ("el reggaeton del vecino me va a desvivir"), and "desvivirse por"
            # (to go out of one's way for someone: "me desvivo por mis hijos").
            r"(?:me|nos) (?:va|van|iba|iban|esta|estan|estaba|estaban) (?:a )?desvivi\w*", r"me desviven?\b",
            r"desviv\w*(?: (?:tanto|mucho|siempre|toda la vida))? por (?!siempre\b)",
            # An accident that nearly killed: "casi me mato cuando se movio la escalera", "por poco me mato con la bici"
            r"(?:casi|por poco|poco mas y|a poco mas y|un poco mas y) (?:que )?(?:me|nos) (?:mato|mate|mata|matan"
            r"|matamos|matabamos|muero|morimos|mataba)(?=(?: \w+){0,6} (?:cuando|al (?:caer|bajar|subir|resbalar"
            r"|tropezar|frenar|girar|salir|entrar)|en (?:bici|bicicleta|moto|patineta|patines|skate)|con (?:la|el|una|un|las|los) (?:escalera|bici\w*|moto|patin\w*"
            r"|coche|carro|auto|silla|escalon\w*|hielo|cuchillo|puerta|patineta|monopatin|skate|tacones|cable|cuerda"
            r"|manguera|alfombra)|de (?:un|una) (?:caida|golpe|resbalon|susto|tropezon|porrazo)|jaja\w*|jeje\w*|xd"
            r"|del susto|en la (?:ducha|escalera|bici|carretera|curva|moto|banera|autopista|calle)|en el"
            r" (?:hielo|bano|coche|carro|cruce))\b)",
            # A figure of speech: "una sobredosis de cafe", "overdose de series este finde"
            r"(?:sobredosis|overdose) de (?:cafe|cafeina|azucar|chocolate|dulces?|mate|energeticas?|energizantes?"
            r"|red bull|monster|series?|netflix|trabajo|informacion|memes|ternura|amor|carino|comida|pizza|pelis"
            r"|peliculas|anime|musica|reuniones|estudio|tiktok|redes|felicidad|drama|chisme|chismes|sol|playa"
            r"|entrenamiento|gym|emociones|realidad|cuquis|azucares)",
            # A summer jump into the river, the pool or the sea: "nos tirabamos del puente al rio cada verano jaja"
            r"(?:tirarnos|tirarse|tirarme|saltar|saltamos|saltabamos|nos tiramos|nos tirabamos|se tiran|se tiraban"
            r"|me tire|me tiraba|me tiro|clavarnos|clavarse|echarnos|lanzarnos) (?:del|de la|desde el|desde la)"
            r" (?:puente|roca|pena|muelle|trampolin|malecon|acantilado|barranco|pasarela) (?:\w+ ){0,2}(?:al|a la"
            r"|en el|en la) (?:rio|lago|mar|agua|poza|presa|cenote|piscina|pileta|alberca|laguna)(?=[^.!?\n]{0,150}"
            r"\b(?:tradicion|jaja\w*|jeje\w*|divertid\w*|feliz|felices|helad[oa]|fri[oa]|verano|vacaciones|domingo"
            r"|sabado|fiesta|chapuzon|nadar|amigos|pandilla|chavos|primos|risas|genial|increible|adrenalina)\b)",
            r"me muero de (?:sueno|hambre|risa|ganas|frio|calor|verguenza|aburrimiento|sed|envidia|curiosidad|amor|pena)",
            r"muert[oa] de (?:hambre|sueno|risa|cansancio|frio|miedo|verguenza)", r"(?<!que )me va a matar", r"(?<!que )me van a matar",
            r"me mata(?:n)? (?:el|la|los|las|este|esta)", 
            # something else killed me: "me mato el partido de Boca", "me mataron los tacones" (not a time: "me mato
            # el lunes")
            r"me (?:mato|mataron) (?:el|la|los|las|este|esta|estos|estas|ese|esa|aquel|aquella)(?! (?:lunes|martes"
            r"|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana|dia|mes|ano|proxim[oa]|semana que viene"
            r"|ano que viene|mes que viene)\b)",
            # ... said with the subject first: "el partido de Boca me mato", "ese parcial me mato" (not a time or a
            # place: "esta noche me mato", "en el puente me mato")
            r"(?<!\ben )(?<!\bcon )(?<!\bdesde )(?<!\bpor )(?<!\ba )(?<!\bde )(?<!\bpara )(?<!\bhasta )(?<!\bsi )"
            r"(?:el|la|los|las|ese|esa|este|esta|esos|esas|aquel|aquella) (?!(?:noche|dia|dias|tarde|manana|semana"
            r"|finde|fin|mes|ano|vez|hora|momento|lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxim[oa]"
            r"|que|\d+)\b)\w+(?: (?:de|del) \w+)? me (?:mato|mataron)(?! (?:si|cuando|hoy|manana|ya|de verdad|en serio)\b)",
            # someone else's warning: "mi marido dice que un dia me voy a matar en esa escalera"
            r"(?:dice|dicen|dijo|dijeron|me dice|me dicen|cree|creen) que (?:yo )?(?:un dia |algun dia )?(?:me voy a"
            r" matar|me vas a matar|me mato|me voy a morir|me voy a desnucar)(?= (?:en|con|subiendo|bajando|conduciendo"
            r"|manejando|si sigo|de tanto|por)\b)",r"me (?:esta|estan) matando", r"me mato (?:trabajando|"
            r"estudiando|a trabajar|de risa)", r"matar el tiempo", "me muero por", "para morirse",
            r"me (?:corte|corto|queme|quemo) (?:el (?:dedo|pelo)|cocinando|con (?:el|un) (?:cuchillo|horno|aceite|papel)|"
            r"afeitandome)",
            # Hyperbole about a chore, laughed off: "una reunion mas y me mato jaja", "si me ponen otro examen me tiro
            # por la ventana 😂".
            r"(?:otr[oa]s?|una|un|solo una|solo un) (?!(?:dia|noche|semana|mes|ano|minuto|hora|segundo|vez"
            r"|momento)s?\b)(?:\w+ ){1,8}(?:y )?(?:juro que |te juro que |literalmente |de verdad )?"
            + _HYPERBOLE + _LAUGHED_OFF,
            r"(?:si|como) (?:me|tengo que|oigo|veo|vuelvo a|vuelven a|ponen|hay|llega|sale)(?: \w+){1,10}"
            r" (?:(?:ya|es que|te juro que|juro que) )?(?:literalmente )?" + _HYPERBOLE + _LAUGHED_OFF,
            # The wish itself laughed off at once: "me quiero morir jajaja que malo soy" (not when the laugh is
            # taken back: "jaja no, en serio")
            r"(?:(?:ya|literalmente|te juro que|juro que|es que) )?" + _HYPERBOLE + _LAUGHED_OFF
            + r"(?!\w*(?: \w+){0,3} (?:pero )?(?:en serio|de verdad|no es broma|no estoy bromeando|lo digo en serio)\b)",
            # A threat to a relative or friend over a trifle, laughed off in the same sentence: "voy a matar a mi
            # hermana, me ha cogido el cargador otra vez jajaja"
            r"(?:voy a|la voy a|lo voy a|te voy a|vamos a|los vamos a|las vamos a|lo vamos a|la vamos a|van a)"
            r" (?:matar|reventar|destrozar|aplastar|machacar)(?:la|lo|te|los|las)?(?: a (?:mi|mis|tu|este|esta|ese|esa"
            r"|los|las) \w+)?"
            r"(?=[^.!?\n]{0,80}?(?: (?:jaja\w*|jeje\w*|jsjs\w*|xd|lol)\b| ?[\U0001F602\U0001F923\U0001F605\U0001F644]))",
            # "me voy a matar de risa", "me estoy matando a estudiar": the verb with what one dies "of"
            r"(?:me (?:voy a |iba a )?(?:matar|mato|mate)|matarme) (?:de|a) (?:risa|reir|trabajar|estudiar|hambre|correr"
            r"|entrenar|limpiar|sed|frio|calor|verguenza|cansancio|aburrimiento)",
            # Dead tired: "estoy muerta" after an exam, a shift or training
            r"(?:estoy|toy|ando|quede|me quede|acabe|termine) muert[oa](?! (?:por dentro|en vida|de (?:pena|tristeza"
            r"|dolor|miedo))\b)"],
    fiction=[
             # Training and placements: a trainee asking about a case or a protocol (issue 10, round 14).
             r"estudiante de (?:psicologia|enfermeria|medicina|trabajo social)", r"(?:hago|haciendo|hice|estoy haciendo) (?:las |mis )?practicas", r"protocolos?", r"material(?:es)? de formacion", r"(?:curso|formacion|capacitacion|taller) (?:de|sobre) (?:prevencion|suicidio|crisis|autolesiones)",
             "pelicula", "libro", "novela", "serie", "episodio", "personaje", "cancion", "videojuego", "documental",
             "articulo", "noticia", "trabajo de clase",
             # Hunting, fishing and sport shooting: the gun and the knife are the gear of a hobby.
             r"(?:de|la|una|en la|a la) (?:caza|caceria|monteria|pesca)", r"(?:ir|vamos|voy|fuimos|salimos|iremos"
             r"|salgo|nos vamos) a (?:cazar|pescar)", r"(?:coto|temporada|licencia|permiso|jornada) de (?:caza|pesca)",
             r"tiro al plato", r"(?:campo|club|galeria|stand) de tiro", r"tiro deportivo", r"cazador(?:es)?"],
    history=[
             # An act dated by the age it happened at or by years ago (issue 10, round 14).
             r"cuando tenia \d+(?: anos)?", r"hace (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos) anos",
             r"cuando era (?:nino|nina|joven|adolescente|pequeno|pequena|chic[oa])", r"hace (?:\w+ )?anos",
             "en el instituto", "en la secundaria", "en el colegio", "en el pasado", "solia",
             # an age that is not now: "lo intente a los 16, ahora tengo 35 y estoy bien"
             r"(?:a los|con|cuando tenia) (?:1[0-9]|[2-9][0-9]|[1-9]|doce|trece|catorce|quince|dieciseis|diecisiete"
             r"|dieciocho|diecinueve|veinte|treinta)(?: anos| y pico)?(?! (?:minutos|min|segundos|dias|meses|horas"
             r"|semanas|metros|kilos|km|mg|pastillas|comprimidos|euros|pesos)\b)"
             r"(?=(?:\W{0,3} \w+){0,12}\W{0,3} (?:ahora|hoy|hoy en dia|actualmente|desde entonces)\b)",
             # well for years now: "ahora tengo 35 y estoy bien", "llevo anos estable", "llevo 5 anos sin cortarme"
             r"(?:ahora|hoy|hoy en dia|actualmente) tengo (?:\d{2}|treinta|cuarenta|cincuenta)(?: anos)?(?: \w+){0,2}"
             r" y (?:estoy|me siento|me encuentro|me va) (?:muy |super |bastante )?(?:bien|genial|estable|feliz"
             r"|tranquil[oa]|recuperad[oa])",
             r"llevo (?:\w+ )?(?:anos|ano|decadas) (?:bien|estable|tranquil[oa]|recuperad[oa]|sin (?:cortarme"
             r"|hacerme dano|intentarlo|recaer|pensar en eso|pastillas))",
             r"hace (?:mucho|muchisimo|bastante) tiempo", r"hace (?:una|dos|tres|\w+) decadas?", r"anos atras",
             r"en (?:mi|la) (?:adolescencia|juventud|infancia|ninez)", r"de (?:pequen[oa]|chiquit[oa]|cri[oa])",
             r"de (?:adolescente|joven|chav[oa]|chic[oa]|nin[oa]|morr[oa])",
             r"(?:en|en el ano|del ano|de) " + OLD_YEAR + r"\b"],
    recency=["otra vez", "de nuevo", "anoche", "ayer", "esta semana", "ultimamente", "recientemente",
             "esta manana", "estos dias", "ultimamente", "cada noche", "todas las noches", "todos los dias"],
    timing=["esta noche", "ahora mismo", "hoy es el dia", "ahora", "manana", "este fin de semana", r"en (?:una|unas|\d+) horas?"],
    means=[r"(?:tengo|compre) (?:la|una) (?:cuerda|soga|pistola)", r"" + PILLS + " guardad[ao]s", r"ya (?:me )?tome",
           "el puente", "nota de suicidio"],
    # "ya esta todo listo" (not "listo para la fiesta"): resolve only after earlier risk or with ideation.
    resolve=[r"(?:ya )?(?:esta|tengo|queda|quedo|deje|dejo|lo tengo) todo (?:listo|preparado|decidido)"
             r"(?!\W{0,3}(?:para|pa|pal|de|con|en) (?:el|la|los|las|mi|mis|tu|un|una|su|sus|nuestr\w+|ir|salir"
             r"|manana|el viaje|la fiesta)\b)", "ya lo decidi", "lo he decidido", "he tomado una decision", r"estoy list[oa]", "es hora",
             "no hay vuelta atras", "se lo que tengo que hacer", "es la unica salida", "ya tengo un plan"],
    farewell=["perdon por todo", "los quiero a todos", "adios", "cuiden de", "perdonenme", "perdoname",
              # thanks that sum up the help, not with plans ahead ("gracias por todo, nos vemos el lunes")
              r"gracias por (?:todo|aguantarme|soportarme|tanto|todo lo que (?:hizo|hiciste|han hecho))"
              r"(?![^\n]{0,80}\b(?:nos vemos|hasta (?:el|la|manana|luego|pronto)|la (?:proxima|semana que viene)|el (?:lunes|martes"
              r"|miercoles|jueves|viernes|sabado|domingo))\b)",
              r"(?:marco|marcaste|hizo|hiciste|ha hecho) (?:una |la )?diferencia en mi vida"],
    concealment=["no se lo digas a nadie", "no llames a nadie", "nada de policia", "no quiero que nadie me detenga"],
)
