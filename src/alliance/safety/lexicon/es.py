"""Spanish parts of a risk statement (see `alliance.safety.lexicon`), for Spain and Latin America (Mexico, Argentina,
Colombia, Chile). Means follow the methods recorded in suicide statistics (WHO 2014, "Preventing suicide": pesticides,
hanging, firearms, falls, overdose, carbon monoxide, drowning, trains), with the regional detail of the Spanish
national statistics (INE, "Defunciones segun la causa de muerte": hanging, falls, drugs), the PAHO/OPS regional report
(2014, "Mortalidad por suicidio en las Americas": hanging, firearms, pesticides such as aluminium phosphide, the
"pastilla del frijol" in Mexico, and paraquat) and the drug names of each market (Vademecum, ANMAT, COFEPRIS: brand
names such as rivotril, alplax, tafil, orfidal, trankimazin, tafirol, dolex); warning signs follow the AAS list (Rudd
et al. 2006) and the C-SSRS in its Spanish version (Posner et al. 2011). Every expression is written in the
normalised form: lower case, no accents (n for the tilde n), no apostrophes."""

from __future__ import annotations

from alliance.safety.dates import OLD_YEAR

from alliance.safety.lexicon import make_lexicon

# Pills and medicines, generic and brand names of Spain, Mexico, Argentina, Colombia and Chile.
_PILLS = (
    r"pastillas?|pastillitas|pastis|pildoras?|comprimidos?|capsulas?|grageas|tabletas?|pepas|chochos|medicamentos?"
    r"|medicinas?|medicacion|remedios|farmacos|calmantes|analgesicos|somniferos|ansioliticos|antidepresivos"
    r"|tranquilizantes|antipsicoticos|benzodiac?zepinas|benzos|rivotril|ravotril|clona[sz]epa[mn]|clonacepa[mn]"
    r"|alprazola[mn]|alplax|tafil|trankimazin|xanax|lorazepa[mn]|orfidal|diazepa[mn]|valium|lexatin|bromazepa[mn]"
    r"|lormetazepa[mn]|noctamid|zolpidem|stilnox|zopiclona|dormidina|paracetamol|acetaminofen|tylenol|tempra|dolex"
    r"|panadol|tafirol|geniol|ibuprofeno|ibupirac|actron|advil|aspirinas?|metamizol|nolotil|dipirona|naproxeno"
    r"|tramadol|codeina|morfina|fentanilo|oxicodona|metadona|quetiapina|seroquel|olanzapina|risperidona|litio"
    r"|insulina|sertralina|fluoxetina|prozac|escitalopram|citalopram|paroxetina|venlafaxina|amitriptilina|trazodona"
    r"|mirtazapina|pregabalina|lyrica|gabapentina|carbamazepina|acido valproico|valproato|depakine|lamotrigina"
    r"|digoxina|sintrom|pastillas? (?:de|para) la (?:presion|tension)|pastillas del corazon|blisters?|pastillero"
    r"|botiquin"
)
# Poisons: household caustics and the pesticides of rural suicide in Latin America.
_POISON = (
    r"lejia|cloro|lavandina|agua jane|clorox|veneno(?: para (?:ratas|ratones|cucarachas|hormigas))?|matarratas"
    r"|raticidas?|racumin|insecticidas?|pesticidas?|plaguicidas?|herbicidas?|paraquat|gramoxone|glifosato|folidol"
    r"|baygon|tres pasitos|fosfuro de aluminio|fosfina|pastillas? (?:del|para el|de) (?:frijol|gorgojo|granero)"
    r"|anticongelante|soda caustica|sosa caustica|acido muriatico|salfuman|agua ?fuerte|diablo rojo|destapacanos"
    r"|amoniaco|cianuro|arsenico|estricnina|metanol|thinner|tiner|creolina|formol"
)
# Ingestion verbs in the past: first person (preterite, perfect, pluperfect, "acabo de"), and third person after
# "se" (the "se" stays outside the part so that it reads as a third-party cue).
_ING = (
    r"(?:(?<!\bque )(?<!\bcuando )(?<!\bque me )(?<!\bcuando me )(?<!\bsi me )tome|trague|bebi|ingeri|consumi"
    r"|meti|zampe|empine|inyecte|pinche|(?:he|e|ha|a"
    r"|habia|hemos) (?:tomado|tragado|bebido|ingerido|consumido|metido|zampado|inyectado)|(?:acabo|acaba"
    r"|acababa) de (?:tomar|tragar|beber|meter|ingerir|inyectar)(?:me|se)?(?:las|los|la|lo)?|(?<=\bse )(?:tomo|trago"
    r"|bebio|metio|zampo|inyecto)|bebio|ingirio)"
)
_ALL = (
    r"tod[ao]s(?! (?:los|las) (?:dias|noches|mananas|tardes|semanas|meses|anos|veces|fines|findes|santos"
    r"|sabados|domingos|viernes|que me (?:recet|mand"
    r"|indic)\w*))(?!(?: \w+){0,3} (?:que|como) (?:me )?(?:recet|mand|indic|dij|dio|dier|toc|corresp|prescrib"
    r"|pidi)\w*)"
)
_EXCESS = (
    _ALL + r"|(?:el|la) (?:frasco|bote|caja|blister|tira|tarro|envase|plancha)(?: de \w+)? (?:enter[oa]|complet[oa])"
    r"|toda la (?:caja|cajita|tira|plancha|bolsa|botella|medicacion|receta|insulina)|todo el (?:frasco|bote|blister"
    r"|tubo|pastillero|botiquin|envase|tarro|paquete)|(?:la caja|el frasco|el bote|el blister|la tira|el envase"
    r"|la plancha|el tarro) (?:enter[oa]|complet[oa])|(?:dos|tres|cuatro|varias|\d) cajas|un (?:punado|monton|chingo"
    r"|mogollon|frasco|bote|blister)|una (?:caja|tira|plancha|banda|bocha|pila|docena)|punados|demasiad[oa]s"
    r"|muchisim[oa]s|much[oa]s|varias|unas cuantas|mas de la cuenta|de mas|(?:[1-9]\d|1\d\d)|diez|doce|quince|veinte"
    r"|veinticinco|treinta|cuarenta|cincuenta|sesenta|cien|doble|triple|de golpe|de una vez|juntas"
)
_FILL = (
    r"(?: (?:un|una|el|la|medio|media|todo|toda|vaso|vasito|botella|trago|taza|poco|litro|chorro|de|del|sorbo)){0,4}"
)
_KIN = (
    r"(?:amig[oa]s?|herman[oa]s?|hermanit[oa]s?|hij[oa]s?|hijastr[oa]s?|madre|padre|mama|papa|mami|papi|viej[oa]"
    r"|novi[oa]s?|pareja|espos[oa]|marido|mujer|prim[oa]s?|tia|tio|abuel[oa]s?|niet[oa]s?|sobrin[oa]s?|cunad[oa]s?"
    r"|suegr[oa]s?|companer[oa]s?|compas?|vecin[oa]s?|alumn[oa]s?|estudiantes?|pacientes?|clientes?|jef[ea]|colega"
    r"|cuate|pana|parcero|parce|roomie|padrastro|madrastra|nene|nena|bebe|nin[oa]|chaval(?:a)?|pibe|piba|man|tip[oa]"
    r"|wey|guey|chabon|mina|flac[oa]|ex|medic[oa]|doctor[a]?|enfermer[oa]|psicolog[oa]|psiquiatra|terapeuta"
    r"|veterinari[oa]|profe|profesor[a]?|maestr[oa]|perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?)"
)
_CHILD = (
    r"(?:hij[oa]s?|hijastr[oa]s?|nin[oa]s?|nenes?|nenas?|bebes?|crio|cria|crios|peque|pequen[oa]s?|chiquit[oa]s?"
    r"|chamac[oa]s?|escuincles?|guaguas?|pibes?|pibas?|hermanit[oa]s?|niet[oa]s?|sobrin[oa]s?)"
)
_HIT = (
    r"(?:pega|pego|pegaba|ha pegado|golpea|golpeo|golpeaba|ha golpeado|patea|pateo|pateaba|cachetea|cacheteo"
    r"|abofetea|abofeteo|zarandea|zarandeo|sacude|sacudio|jalonea|jaloneo|empuja|empujo|empujaba|quema|quemo|ahorca"
    r"|ahorcaba|estrangula|estrangulo|estrangulaba|asfixia|asfixio|asfixiaba|muerde|mordio|arrastra|arrastro"
    r"|encierra|encerro|encerraba|maltrata|maltrato|maltrataba|viola|violo|violaba|azota|azoto|azotaba)"
)
# Pets left with someone for a trip are not a farewell.
_NOTRIP = (
    r"(?!(?: \w+){0,12} (?:vacaciones|de viaje|un viaje|unos dias|el finde|fin de semana|la mudanza|me mudo|pasee"
    r"|pasear|saque a pasear|un rato|unas horas|esta tarde|hasta (?:manana|el lunes|la vuelta|que vuelva)))"
)
# Old things given to a library or a charity are not a farewell.
_NODONATE = (
    r"(?!(?: \w+){0,6} (?:viej[oa]s|usad[oa]s|que ya no (?:uso|leo|me (?:pongo|quedan|sirven|caben))|biblioteca"
    r"|caritas|ong|parroquia|beneficencia|rastro|mercadillo|segunda mano|mudanza|de texto|del (?:cole|colegio"
    r"|instituto|insti)|a wallapop|por wallapop)\b)"
)
_NOJOKE = r"(?!(?: \w+){0,10} (?:jaja\w*|jeje\w*|jsjs\w*|xd|lol|broma|bromeando))"
# Away for a move, a trip or work is not "no longer here".
# The last day or night of a job, a trip or a course is not the last of a life.
_NOTLAST = r"(?! (?:de|del|en|con|como|aqui|aca|antes)\b)"
# Hiding for a game is not hiding from someone.
_NOPLAY = (
    r"(?!(?: \w+){0,5} (?:jugando|al escondite|escondite|sorpresa|broma|para (?:asustar|darle una sorpresa))\b)"
)
# Hyperbole over a game or a match.
_NOGAME = (
    r"(?!(?: \w+){0,6} (?:partido|juego|jugando|fifa|play|videojuego|ajedrez|padel|tenis|futbol|basket|torneo"
    r"|figurado|en la cancha|en el campo))"
)
# Dying "of" boredom, laughter or shame is not dying.
_NOFIG = (
    r"(?! de (?:la )?(?:verguenza|risa|pena|ganas|envidia|hambre|sueno|frio|calor|amor|aburrimiento|felicidad|gusto"
    r"|placer|emocion|nervios|ternura|celos|sed|asco|cansancio|estres)\b)"
)
_NOMOVE = (
    r"(?![^.!?]{0,60}?\b(?:vacaciones|de viaje|un viaje|me mudo|nos mudamos|me voy a vivir|me cambio|me trasladan"
    r"|traslado|la mudanza|de intercambio|el erasmus|trabajo|turno|guardia|en el extranjero|fuera del pais))"
)
# Occasions a client counts down to: "para Navidad ya no voy a estar".
_OCCASION = (
    r"(?:navidad|nochebuena|nochevieja|ano nuevo|fin de ano|reyes|semana santa|mi cumpleanos|tu cumpleanos"
    r"|su cumpleanos|el cumpleanos de \w+|el verano|la primavera|el otono|el invierno|la boda|el bautizo"
    r"|la graduacion|las fiestas|el ano que viene|el mes que viene|fin de mes|el dia de la madre|el dia del padre)"
)
# The times of a clock in words: "a las siete menos cuarto", "a la una".
_CLOCK = (
    r"a (?:las (?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|la una)(?: (?:y (?:media|cuarto"
    r"|diez|veinte|cinco)|menos (?:cuarto|diez|veinte|cinco)|en punto|de la (?:manana|tarde|noche|madrugada)))?"
)
# A rope for a trip, a boat or the washing line is not a means.
_NOROPE = (
    r"(?!(?: \w+){0,6} (?:excursion|escalada|escalar|acampada|acampar|camping|tendedero|tender|la ropa|barco|velero"
    r"|lancha|mudanza|gimnasio|comba|columpio|hamaca|tienda de campana|toldo|carga|remolque|guitarra|violin))"
)
# A vehicle that could run someone over.
_VEHICLE = r"(?:coche|carro|auto|camion|trailer|tren|metro|subte|bus|autobus|colectivo|micro|moto|camioneta)"
_WEAPON = (
    r"(?:cuchillo|navaja|machete|pistola|arma|bate|fierro|fusca|chumbo|escopeta|punal|cadena|revolver|cuchilla"
    r"|hacha|martillo|manopla|cutter)"
)
_PLACE = (
    r"(?:puente|viaducto|edificio|azotea|terraza|balcon|ventana|techo|tejado|cornisa|acantilado|precipicio|barranco"
    r"|vacio|vias|via del tren|tren|metro|subte|autopista|carretera|rio|mar|lago|embalse|pantano|canal|piso)"
)
# First-person cues: pronouns and the verb forms that only the speaker uses.
_SPEAKER = (
    "yo", "me", "mi", "mis", "conmigo", "nos", "nosotros", "nosotras", "estoy", "toy", "tengo", "quiero", "voy", "he",
    "hice", "ise", "tome", "trague", "puedo", "pude", "siento", "senti", "pienso", "pense", "necesito", "soy", "fui",
    "estuve", "compre", "consegui", "decidi", "aguanto", "sufro", "odio", "deje", "escribi", "regale", "intente",
    "prepare", "busque", "llevo", "sigo", "guarde", "junte", "bebi",
)


def _after(*lead: str) -> str:
    """Lookbehinds for the words that lead into a part, so that they stay outside it: the subject cue of "quiero" or
    "estoy" is then read in the text before the part, and a negation before them still cancels it."""
    return "(?:" + "|".join(rf"(?<=\b{w} )" for w in lead) + ")"


# A determiner just after a preposition ("para mis", "de mi") does not start a subject.
_NOT_AFTER_PREP = "".join(
    rf"(?<!\b{p} \w\w)(?<!\b{p} \w\w\w)"
    for p in ("para", "a", "con", "de", "por", "sin", "que", "sobre", "entre", "contra", "hacia")
)
# Wishes (first person) take any death; plans and attempts ("voy a", "intente") take an act, not "morir": "me voy a
# morir" is said in panic, not as a plan.
_WISH = _after(
    "quiero", "qiero", "kero", "quero", "queria", "quisiera", "quisiese", "deseo", "deseaba", "necesito", "necesitaba",
    "tengo ganas de", "tenia ganas de", "me dan ganas de", "ganas de", "ganas d", "me gustaria", "me encantaria",
    "prefiero", "preferiria", "ojala pudiera", "pensando en", "pienso en", "he pensado en", "pense en", "intentado",
    "intente", "trate de", "solo quiero", "solo pienso en",
)
_GOING = _after(
    "planeo", "planeando", "voy a", "boy a", "iba a", "estoy por", "estoy a punto de", "intentare", "tratare de",
    "decidi", "voy a intentar", "he decidido", "pienso",
)
_ME_GOING = _after(
    "me quiero", "me queria", "me quisiera", "me voy a", "me iba a", "me dan ganas de", "me gustaria", "me re quiero",
)
_ACT = (
    r"(?:matarme|suicidarme|quitarme la vida|acabar con (?:mi vida|todo|mi existencia|mi sufrimiento)"
    r"|terminar con (?:mi vida|todo)|ponerle fin a (?:mi vida|todo)|poner fin a (?:mi vida|todo)"
    r"|desaparecer (?:para siempre|de este mundo)|dejar de existir|irme de este mundo|dejar este mundo"
    r"|irme para siempre|quitarme de en medio|ahorcarme|colgarme|(?:tirarme|lanzarme|aventarme|arrojarme"
    r"|botarme) (?:de|del|desde|por|al|a las|a la|a los|bajo|delante de)(?: \w+){0,2} " + _PLACE + r"|tirarme (?:de"
    r"|desde|por) (?:lo )?alto|saltar (?:de|del|desde|por|al)(?: \w+){0,2} " + _PLACE + r"|saltar(?=\W*$| ya\b"
    r"| al vacio)|pegarme un tiro|darme un tiro|volarme la cabeza|volarme los sesos|cortarme las venas|envenenarme"
    r"|ahogarme(?! en un vaso)|desvivirme|autoeliminarme)"
)
_DIE = (
    r"(?:morir(?:me)?(?! de (?:la )?(?:verguenza|risa|pena|ganas|envidia|hambre|sueno|frio|calor|amor|aburrimiento"
    r"|felicidad|gusto|placer|emocion|nervios|ternura|celos|sed)| de lo \w+)|estar muert[oa]|no existir"
    r"|no despertar(?:me)?|dormir(?:me)? para siempre|" + _ACT[3:]
)
# Third person: "quiere matarse", "se va a tirar del puente" (the subject's cue decides whose risk it is).
_ACT3 = (
    r"(?:matarse|suicidarse|quitarse la vida|ahorcarse|colgarse|(?:tirarse|lanzarse|aventarse|arrojarse) (?:de|del"
    r"|desde|por|al|a las|a la|bajo)(?: \w+){0,2} " + _PLACE + r"|cortarse las venas|envenenarse|pegarse un tiro"
    r"|acabar con su vida)"
)
_ME_DIE = (
    _ME_GOING + r"(?:re )?(?:matar(?! (?:de|con)\b| a (?!mi mism))|suicidar|quitar la vida|ahorcar|colgar"
    r"|pegar un tiro|cortar las venas|envenenar|ahogar(?! en un vaso)|(?:tirar|aventar|lanzar|arrojar|botar) (?:de"
    r"|del|desde|por|al|a las|a la|a los|bajo|delante de)(?: \w+){0,2} " + _PLACE + r")"
)

# Eating disorders, drinking and voices (NICE NG69 on purging and restriction with physical signs; AUDIT on drinking
# every day, in quantity or to cope).


def _unsaid(*negs: str) -> str:
    """Lookbehinds: none of `negs` just before the part, nor one word before it ("no vomito", "no tomo laxantes",
    "nunca me he provocado el vomito"), for parts that the composing layer does not negate itself."""
    return "".join(rf"(?<!\b{n} )" for n in negs) + "".join(
        rf"(?<!\b{n} \w{{{k}}} )" for n in negs for k in range(1, 12))


# A denial taken back at once: "le dije que no porque me dio verguenza. La verdad es que si".
_RETRACTED = (r"(?!(?:\W{1,3}\w+){0,14}?\W{1,3}(?:menti|le menti|te menti|les menti|era mentira|no era verdad"
              r"|no es verdad|la verdad es que si|en realidad si|la verdad si|pero si|porque me (?:dio|daba|da)"
              r" (?:verguenza|miedo|pena|corte|palo)|por (?:verguenza|miedo|pena))\b)")

_UNSAID = _unsaid("no", "nunca", "jamas", "tampoco", "ni", "sin", "deje de", "dejo de", "he dejado de", "ya no me",
                  "no me", "nunca me", "no he vuelto a", "no volvi a", "no vuelvo a", "nunca mas", "ya no vuelvo a",
                  "si", "si me")


def _said(body: str) -> str:
    """`body`, unless a negation comes just before it; the lookbehinds run only where `body` matches."""
    return "(?=" + body + ")" + _UNSAID + "(?:" + body + ")"


# Laxatives, diuretics and enemas, generic and brand names.
_LAX = (
    r"(?:laxantes?|laxativos?|purgantes?|diureticos?|enemas?|lavativas?|dulcolax|ex-?lax|bisacodilo|senosidos"
    r"|te (?:de sen|laxante|diuretico)|pastillas (?:laxantes|diureticas)|furosemida|lasix|hidroclorotiazida)"
)
# The purpose of a behaviour: weight, not illness.
_SLIM = (
    r"(?:para|pa|por) (?:no (?:engordar|subir(?: de)? peso|subir (?:ni )?(?:un )?(?:gramo|kilo)|ganar peso)|adelgazar"
    r"|bajar(?: de)? peso|perder(?: de)? peso|bajar (?:de )?(?:talla|kilos|unos kilos)|perder (?:unos )?kilos"
    r"|estar (?:mas )?(?:flac[oa]|delgad[oa])|verme (?:mas )?(?:flac[oa]|delgad[oa])|compensar|quemar (?:lo que|las"
    r" calorias)|vaciarme|sacar(?:me)? (?:todo )?lo que (?:comi|como|he comido)|deshacerme de (?:lo que|la comida))"
)
_AFTER_FOOD = (
    r"(?:(?:despues de|tras) (?:cada |las |los |mis |un |una |el |la )?(?:comer|comida|comidas|cenar|cena|atracon"
    r"|atracones|comilona|desayunar|almorzar|merendar|que como)|cada vez que (?:como|ceno|me doy un atracon|me atraco"
    r"|me atasco|me harto|pruebo bocado))"
)
# Constipation, a colonoscopy, a doctor's prescription; a stomach bug, pregnancy, a hangover.
_NOT_MED = (
    r"(?![^.!?\n]{0,80}\b(?:estren\w+|colonoscopia|endoscopia|hemorroides|(?:me (?:lo|los|las) )?(?:recet|mand|indic"
    r"|prescrib)\w+ (?:el|la|mi) (?:medic|doctor|gastro)\w*|receta))"
)
_NOT_ILL = (
    r"(?![^.!?\n]{0,80}\b(?:embaraz\w*|gastritis|gastroenteritis|virus|gripe|covid|quimio\w*|infeccion|intoxicacion"
    r"|alergi\w*|intoleran\w*|resaca|cruda|migrana|reflujo|ulcera|estomacal|indigestion|me (?:cayo|sento) mal"
    r"|antibioticos?))"
)
_NOT_SICK = (
    r"(?![^.!?\n]{0,80}\b(?:gripe|virus|gastro\w*|operacion|operaron|cirugia|muela|dentista|anestesia|fiebre"
    r"|enferm[oa]|covid|ramadan|cuaresma|quimio\w*|vomitando|diarrea|infeccion|resaca|cruda|dieta liquida)\b)"
)
_DAYS = (
    r"(?:(?:[2-9]|[1-9]\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|varios|varias|unos|unas"
    r"|unos cuantos|un par de|mas de \w+) (?:dias|semanas)|(?:una|toda una|mas de una) semana|(?:un|todo un) mes)"
)
# A food named after "sin comer", "no como": giving up meat or sweets is not restriction.
_NO_FOOD = (
    r"(?! (?:carne|pescado|pan|dulces?|azucar|harinas?|gluten|chocolate|fritos|chatarra|comida (?:chatarra|basura"
    r"|rapida)|carbohidratos|lacteos|fruta|postres?|golosinas|snacks|entre horas|fuera|afuera|en la calle|con\b)\b)"
)
_EAT_NOT = (
    r"(?:como|he comido|comi|comia|he probado bocado|pruebo bocado|probe bocado|ingiero|he ingerido)" + _NO_FOOD
)
# One small food a day, for days or as the whole diet: "llevo dos semanas comiendo una manzana al dia y un cafe".
_FOR_DAYS = (
    r"(?:llevo|hace|desde hace|durante|ya van|van) (?:ya |mas de |casi )?" + _DAYS + r" (?:que )?(?:comiendo|como"
    r"|viviendo de|vivo de|a base de|comi|me alimento de|alimentandome de) "
)
_ONE_FOOD = (
    r"(?:una?|medi[oa]|un par de|dos) (?!vez\b|veces\b|comida\b|comidas\b|plato\b|platos\b|buena\b|gran\b)\w+"
    r"(?: (?:de|con) \w+)? (?:al|por|cada|en todo el|el) dia"
)
_ONLY_THAT = (
    r",? y (?:nada mas|ya|punto|(?:un |una |algo de )?(?:cafe|te|agua|mate|caldo|coca light|coca zero|infusion)"
    r"(?=\W*$|\W*[.,;]| y nada mas))"
)
_KCAL = r"(?:[1-9]\d\d?|mil|doscientas|trescientas|cuatrocientas|quinientas|seiscientas|setecientas|ochocientas)"
# What is drunk when it is not alcohol.
_SOFT = (
    r"(?! (?:\w+ ){0,2}(?:agua|leche|cafe|te|tila|infusion(?:es)?|manzanilla|zumos?|jugos?|refrescos?|gaseosas?"
    r"|sodas?|batidos?|licuados?|caldo|mate|cola|coca|yogur|isotonic\w*|electrolitos|sin alcohol|con moderacion"
    r"|poco|menos|casi nada|nada)\b)"
)
_VOICES = (
    r"(?:las |unas |esas |mis |estas )?voces(?: (?:que (?:oigo|escucho)|en mi cabeza|de mi cabeza|dentro de mi"
    r" cabeza))?(?: (?:ahora|ya|hoy|otra vez|de nuevo|ultimamente|cada vez|siempre))?"
)
# The ages, years and clock times that a number names besides a quantity ("hace 20 anos", "a las 10").
_NOT_UNIT = (
    r"(?! ?(?:anos|meses|semanas|dias|horas|minutos|mins?|hs?|euros|pesos|dolares|soles|kilos|kg|km|grados|%"
    r"|calorias|kcal|veces|de (?:la manana|la noche|la tarde|edad)|(?:los |las )?(?:fines|findes|sabados|domingos"
    r"|viernes|santos dias))\b)"
)

# Ordinary endings with a time ("a las 3 se acaba todo: vacaciones!"), read ahead in the same sentence.
_NOT_ENDING = (
    r"(?![^.!?\n]{0,60}\b(?:vacaciones|examen|examenes|curso|clases|cuatrimestre|semestre|temporada|rebajas|oferta"
    r"|plazo|fiesta|partido|serie|contrato|obra|proyecto|mudanza|jaja\w*|jeje\w*|xd)\b)"
)
# A child young enough that being alone, or left with an intoxicated adult, is danger now.
_YOUNG_CHILD = (
    r"(?:hij[oa]|bebe|nin[oa]|nene|nena|peque|pequen[oa]|chiquit[oa]|crio|cria|chamac[oa]|guagua|pibe|piba|niet[oa]"
    r"|sobrin[oa]|hermanit[oa]) de (?:[0-6]|un|uno|una|dos|tres|cuatro|cinco|seis) (?:anos|anitos|meses)"
)
_HIGH_NOW = (
    r"(?:borrach[oa]|drogad[oa]|colocad[oa]|pasad[oa]|puest[oa]|ciego|cieg[oa]|pedo|hasta arriba|empastillad[oa]"
    r"|(?:consumiendo|fumando|esnifando|jalando|metiendose|bebiendo|chupando|tomando)(?: (?:coca|crack|paco|pasta"
    r"|perico|droga|drogas|cristal|mucho))?)"
)
_LETHAL_Q = (
    r"(?:mas fuerte|mas fuertes|mas peligros[oa]s?|hace falta|hacen falta|se necesitan?|necesito|necesitaria"
    r"|bastan?|bastaria|mata|matan|matar|mataria|letal|letales|mortal|mortales|morir|muere|no despertar|sobredosis)"
)

# Structures that discount risk words (issue 10, round 7), built from word lists rather than phrases seen in tuning.
# Planning ahead: a conditional about the future ("si algun dia", "por si acaso un dia", "en caso de que") ...
_SOMEDAY = (
    r"(?:si|por si|por si acaso|en caso de que|cuando|y si|para cuando) (?:yo )?(?:algun dia|un dia|alguna vez"
    r"|en algun momento|mas adelante|en el futuro|de repente|otra vez|algun momento|llegara el dia en que)"
)
# ... with a question about a number, a line, a service or whom to call (and no sign of risk now).
_WHO_TO_CALL = (
    r"(?:(?:que|cual) (?:es |seria |era )?(?:el |la )?(?:numero|telefono|linea|servicio|contacto)"
    r"|(?:a|con) (?:quien|donde|que numero|que telefono|que servicio) (?:yo |se )?(?:llamo|llamar|llama|acudo|acudir"
    r"|escribo|escribir"
    r"|puedo|tengo que|debo|deberia|recurro|hablo|hablar)"
    r"|(?:el|la|al) (?:024|112|911|088|106|113|141|135|0800|linea de la vida|linea 024|linea de (?:prevencion|crisis"
    r"|ayuda|atencion)|telefono de la esperanza|telefono de (?:crisis|prevencion|ayuda)|salud responde|saptel)"
    r"|(?:es|era|sigue siendo|seria) (?:el|la) (?:\d{3,4}|numero|linea|telefono)"
    r"|(?:numero|telefono|linea)(?: \w+){0,3} (?:de (?:ayuda|crisis|emergencias?|prevencion|atencion)|para"
    r" (?:crisis|emergencias|llamar))"
    r"|(?:guardar|apuntar|anotar|tener a mano|agendar|guardarlo|apuntarlo|anotarlo)(?: \w+){0,3} (?:numero|telefono"
    r"|contacto|movil|celular|agenda))"
)
# Nothing of now inside the conditional ("tonight", "I already have").
_NOT_NOW = r"(?:(?!\b(?:ahora mismo|esta noche|hoy|ya tengo|ya compre|ya lo tengo|manana)\b)[^.!?\n])"
# Work and study: the person's role ...
_ROLE = (
    r"(?:(?:hago|haciendo|estoy haciendo|empece|empiezo|termine|acabo) (?:las |mis |el |mi )?(?:practicas|pasantias"
    r"|pasantia|residencia|voluntariado|guardias?|turnos?|formacion|master|rotacion)"
    r"|(?:soy|trabajo como|trabajo de|estudio para|me formo como|estoy de|estudiante de|como) (?:un[oa]? )?"
    r"(?:voluntari[oa]|enfermer[oa]|medic[oa]|psicolog[oa]|psiquiatra|residente|estudiante|trabajador[a]? social"
    r"|operador[a]?|teleoperador[a]?|orientador[a]?|profe|profesor[a]?|maestr[oa]|tutor[a]?|actor|actriz|socorrista"
    r"|paramedico|bombero|policia|agente|becari[oa]|investigador[a]?)"
    r"|(?:trabajo|colaboro|hago voluntariado|estoy de voluntari[oa]|atiendo llamadas) (?:en|con|para) (?:una|un|la"
    r"|el) (?:linea|telefono|servicio|unidad|programa|centro|asociacion|ong|fundacion|hospital|urgencias|planta))"
)
# ... and the risk words as the topic of a service, a course or a study.
_TOPIC = (
    r"(?:linea|telefono|servicio|unidad|programa|protocolo|campana|guia|jornada|congreso|curso|taller|formacion"
    r"|asignatura|master|tesis|tfg|tfm|investigacion|estudio|charla|seminario|dia mundial|prevencion|atencion"
    r"|intervencion)(?: \w+){0,5} (?:suicid\w*|autolesion\w*|sobredosis|crisis|salud mental)"
)
# A role played: "hice de paciente que se habia tomado una sobredosis" (a role-play in training or theatre).
_PLAYED = (
    r"(?:hice|hago|haciendo|hacia|me toco hacer|interprete|interpreto|interpretaba|interpretando|represente"
    r"|representaba|actue|actuaba) (?:de|el papel de|como|a) (?:un[oa]? |la |el )?(?:paciente|cliente|usuari[oa]"
    r"|persona|chic[oa]|mujer|hombre|personaje|victima|adolescente|chaval|madre|padre)"
)
# History: an attempt dated in the past, with a present statement of being well.
_DATED = r"(?:(?:de|del|en|en el|en el ano|del ano) " + OLD_YEAR + r"|hace (?:\w+ )?(?:anos|decadas))"
_WELL_NOW = (
    r"(?:hoy|ahora|ya|actualmente|hoy en dia|desde entonces)(?: \w+){0,4} (?:estoy|me siento|me encuentro|vivo|soy"
    r"|me va) (?:\w+ ){0,2}(?:bien|mejor|feliz|tranquil[oa]|estable|en paz|liger[oa]|agradecid[oa]|content[oa]|fuerte)"
)

LEXICON = make_lexicon(
    "es",
    # "no" negates only when it is among the last three words before the part and no "y" intervenes: "no aguanto
    # mas y quiero morir" is not a negated wish; "no me he tomado nada" is.
    negation=[r"(?:no|nunca|jamas|tampoco|ni|niego|negue|nego|ninguna?|ningun)"
              r"(?=(?: (?!y\b|e\b|o\b|pero\b)\w+){0,2}$)",
              r"sin(?= haber$|$)",
              # told as history: "hace cinco anos me tome todas", "de adolescente me corte"
              r"(?:hace (?:\w+ )?anos|el ano pasado|cuando (?:tenia|era)(?: \w+)?(?: anos)?|de (?:adolescente|joven"
              r"|nin[oa]|chic[oa]|chaval|pequen[oa]))(?=(?: (?:me|se|yo|lo|la|las|los|le))?$)",
              # an attempt told as history: "hace ocho anos intente suicidarme", "el ano pasado trate de matarme"
              r"(?:(?:hace )?\w+ anos|el ano pasado|hace (?:mucho|tiempo)|de (?:adolescente|joven|nin[oa]|chic[oa]"
              r"|pequen[oa]))(?: (?:ya|yo|que))? (?:intente|trate de|quise|intento|trato de|quiso)(?= ?$)"],
    # "mi" before a kin noun or a medicine names what is someone else's or what is taken ("a mi perro", "de mi
    # madre", "se tomo mis pastillas"): not a cue either way.
    first_person=[w for w in _SPEAKER if w not in ("mi", "mis")]
    + [r"mis?(?! (?:\w+ )?(?:" + _KIN[3:-1] + "|" + _PILLS + r")\b)"],
    third_party=["ella", "ellos", "ellas", "alguien", "su", "sus", r"se(?= ?$)",
                 r"el (?:se|me|te|le|lo|la|no|ya|quiere|queria|dice|dijo|esta|estaba|tiene|tenia|va|iba|fue|ha|habia"
                 r"|es|era|siempre|nunca|tambien|solo)",
                 r"(?:me|nos|le|les)? ?(?:dijo|dice|conto|cuenta|escribio|ha dicho|confeso|confiesa|mando)"
                 r"(?: (?!que\b)\w+){0,4} que",
                 # A kin noun is a subject cue, not after a preposition ("para mis hijos", "las pastillas de mi
                 # madre") and not when the kin died or left ("mi esposo murio y quiero irme con el").
                 r"(?:mi|mis|un|una|unos|unas|su|sus|nuestr[oa]s?|el|la|los|las|este|esta|ese|esa)" + _NOT_AFTER_PREP
                 + r" (?:mejor |pequen[oa] |menor |mayor |querid[oa] |ex |hermano |hermana |difunt[oa] )?" + _KIN
                 + r"(?! (?:\w+ )?(?:murio|fallecio|se murio|se fue|me dejo|nos dejo|se marcho|partio|ya no esta"
                 r"|esta en el cielo|se mato|se suicido))"],
    child=[_CHILD, r"alumn[oa]s?", r"menor de edad", r"adolescentes?", r"(?:[1-9]|1[0-7]) anos",
           r"(?:hermano|hermana) (?:pequen[oa]|menor|chic[oa])", r"nino|nina|ninos|ninas", r"chic[oa]s? de \d{1,2}"],
    death=[
        # a figure of speech taken back: "siempre digo 'antes muerta que...'; ultimamente ya no lo digo en broma"
        r"(?:antes|mejor|prefiero estar) muert[oa](?=[^\n]{0,200}\b(?:ya no (?:lo )?(?:digo|decia|es|era) (?:en |de |una )?"
        r"broma|ya no (?:es|era) (?:un chiste|una forma de hablar)|lo digo en serio|no es (?:una )?broma|va en serio)\b)",
        # better off without me, in any tense: "estaban mejor sin mi", "les iria mejor sin mi"
        r"(?:estaba|estaban|estaria|estarian|estarias|viviria|vivirian|iria|irian|les iria|le iria|quedarian|seria"
        r"|serian|iban a estar|van a estar|estaran)(?: \w+){0,3} mejor sin mi(?! (?:en|al|del|para|con|por|de viaje"
        r"|de vacaciones)\b)",
        r"(?:estaria|estarian|seria|serian|viviria|vivirian|iria|irian|les iria|quedarian|estaban|estarias) mejor"
        r"(?: \w+){0,6} si (?:yo )?(?:ya )?no (?:estuviera|estuviese|existiera|existiese|viviera|viviese"
        r"|hubiera nacido|hubiese nacido)",
        r"(?:ya )?no (?:le |les |me |te )?(?:ve|ves|vemos|ven|veia|veo|encuentra|encuentro|tiene|tengo|tienen) (?:ningun )?"
        r"sentido (?:a |en )?(?:vivir|seguir viviendo|seguir viv[oa]|seguir con vida|la vida|seguir aqui)",
        # an ending told with a time just before it: "a las 12 se acaba todo", "esta noche termina todo para mi"
        "(?:" + "|".join(rf"(?<=\b{w} )" for w in (
            "hoy", "noche", "manana", "medianoche", "madrugada", "tarde", "domingo", "sabado", "viernes", "lunes",
            "doce", "once", "diez", "nueve", "ocho", "una", "punto", "media", "cuarto")) + r"|(?<=\d )|(?<=\dh )"
        r"|(?<=\d\d )|(?<=\d\dh ))(?:(?:yo )?(?:acabo con todo|termino con todo)|(?:todo )?(?:se )?(?:acaba|termina"
        r"|acabara|terminara|va a acabar|va a terminar|se va a acabar|se va a terminar)(?: todo)?(?: para mi)?)(?=\W*$"
        r"|\W*[.,;:!?]| (?:y|de una vez|para siempre|ya|listo)\b)" + _NOT_ENDING,
        r"(?:todo )?(?:se )?(?:acaba|termina|acabara|terminara|va a acabar|va a terminar)(?: todo)?(?: para mi)?(?= (?:hoy"
        r"|esta noche|manana|a (?:la )?medianoche|a las \d{1,2}|a la una|en (?:una|un|dos|\d+) (?:horas?|minutos?)))"
        + _NOT_ENDING,
        # dead inside, and told as meant: "estoy muerta por dentro y no es una forma de hablar"
        r"(?:muert[oa]|muriendo(?:me)?) por dentro(?=[^\n]{0,80}\b(?:no es (?:una forma de hablar|un decir|exageracion"
        r"|exagerar|broma|metafora|drama|en sentido figurado)|literalmente|lo digo en serio|va en serio)\b)",

        _WISH + r"(?:re )?" + _DIE,
        _GOING + r"(?:re )?" + _ACT,
        r"(?:se )?(?:re )?(?:quiere|queria|tiene ganas de|quisiera) (?:morir(?:se)?|" + _ACT3[3:],
        r"(?:se )?(?:va|iba|piensa|planea) a " + _ACT3,
        r"se (?:quiere|queria|va a|iba a) (?:matar|suicidar|quitar la vida|ahorcar|colgar|(?:tirar|lanzar|aventar"
        r"|arrojar) (?:de|del|desde|por|al|a las|a la|bajo)(?: \w+){0,2} " + _PLACE + r")(?! (?:a|de|con)\b)",
        _ME_DIE,
        r"(?<!\bcon )(?<!\bquiere )(?<!\bqueria )(?<!\bquiso )(?<!\bintento )(?<!\bva a )(?<!\bvan a )(?<!\bde"
        r" )(?<!\btrato de )matarme(?! (?:a|de|trabajando|estudiando|entrenando|corriendo|en el))", r"suicidarme",
        r"quitarme la vida",
        r"s[uo]?i[cs]id(?:arme|arse|ar)", r"(?<=\bme )s[uo]?i[cs]idar", r"(?<=\bse )s[uo]?i[cs]idar",
        r"(?:soy|estoy|me siento|me pongo|ando|sentirme|pensamientos?|ideas?|ideacion|impulsos?|ganas|crisis"
        r"|conducta|intento) s[uo]?i[cs]idas?",
        r"(?:en el|en|pienso en|pensando en|intento de|tentativa de|considerando el|planeando mi|mi|ideas de"
        r"|ideacion de|pensamientos de|piensa en|hablar de) s[uo]?i[cs]idio", r"autoeliminar\w*", r"desvivir\w*",
        r"ahorcarme",
        r"pegarme un tiro",
        r"volarme (?:la cabeza|los sesos)", r"cortarme las venas", r"envenenarme",
        r"(?:(?<=\byo )|(?<=\bque )|(?<=\bya )|(?<=\bhoy )|(?<=\bestos )|(?<=\bnoche )|(?<=\bo )|(?<=\by )|(?<=, )"
        r"|(?<=^))me mato(?! (?:de|a|con|en|trabajando|estudiando|entrenando|corriendo|haciendo|por)\b)",
        r"acabar con todo", r"terminar con todo", r"(?:acabo|termino) con todo(?! lo que)",
        r"(?<!\bse )me (?:tiro|lanzo|aviento|arrojo|boto) (?:de|del|desde|por|al|a las|a la|bajo"
        r"|delante de)(?: \w+){0,2} "
        + _PLACE,
        r"(?:(?<=\byo )|(?<=\bque )|(?<=\bya )|(?<=\bhoy )|(?<=\bestos )|(?<=\bnoche )|(?<=\bmanana )|(?<=\bo )"
        r"|(?<=\by )|(?<=, )|(?<=^))me (?:ahorco|cuelgo)(?! (?:el|la|los|las|del telefono|de la mochila)\b)",
        r"(?:voy a|me voy a|pienso|quiero|me quiero|planeo|estoy por|voy a ir a) tomar(?:me)?(?:las"
        r"|los)? (?:tod[ao]s|toda la caja|todo el (?:frasco|bote|blister)|un monton de|el frasco entero"
        r"|la caja entera)",
        r"(?:me las|me los) (?:voy a|pienso) tomar tod[ao]s", r"tomarmel[ao]s tod[ao]s",
        # the whole supply, told in the present for the future: "esta noche me tomo todas las pastillas juntas"
        r"(?:me )?(?:tomo|trago|bebo|meto|tomare|tragare|me voy a tomar|me voy a tragar|me voy a meter) (?:\w+ )?"
        r"(?:tod[ao]s (?:las|los|mis)|toda la caja de|todo el (?:frasco|bote|blister|botiquin) de|(?:el|un) (?:frasco"
        r"|bote|blister) (?:entero )?de|la caja entera de|un punado de) (?:\w+ ){0,2}(?:" + _PILLS + r")(?: (?:de"
        r"|para) (?:dormir|la (?:presion|tension|ansiedad|depresion)|los nervios|mi madre|mi padre|mi marido|mi mujer"
        r"|la abuela|el abuelo))?(?=(?: (?:que (?:tengo|hay|quedan en (?:casa|el botiquin)|he (?:juntado|guardado"
        r"|ido guardando))|de (?:la casa|casa)))?(?: (?:juntas|juntos|de golpe|de una vez|de una))?(?:\W*$|\W*[.,;:!?]"
        r"| y (?:ya|se acabo|adios|fin|listo|me (?:duermo|acuesto))\b| (?:juntas|juntos|de golpe|de una vez)\b))",
        # "manana ya no estare", "esta noche ya no voy a estar": not here, told as the end of a sentence (the time
        # stays outside the part, so that it is read as a time)
        "(?:" + "|".join(rf"(?<=\b{w} )" for w in (
            "manana", "esta noche", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            "que viene", "dentro de poco", "pronto", "para entonces", "vuelvas", "vuelvan", "llegues", "lleguen",
            "despiertes", "despierten", "amanezca", "manana yo", "esta noche yo", "pronto yo")) + r")ya no (?:estare|voy a estar|existire"
        r"|voy a existir)(?: (?:aqui|aca|viv[oa]|con vida|en este mundo|entre ustedes|con ustedes|con vosotros"
        r"|para nadie))?(?=\W*$|\W*[.!,;?]| y\b| pero\b| asi\b| para (?:molestar|nadie)\b)" + _NOMOVE,
        r"ya no (?:estare|voy a estar|existire) (?:aqui |aca |en este mundo )?(?:manana|pasado manana|esta noche"
        r"|el lunes|el fin de semana|la semana que viene)(?=\W*$|\W*[.!,;?]| y\b| pero\b| asi\b)" + _NOMOVE,
        # "a veces pienso que seria mejor no estar", "es mejor no existir", "mejor no haber nacido"
        r"(?:seria|es|estaria|sera|seria mucho|es mucho|seria todo|todo seria)? ?mejor (?:si )?no (?:estar|existir"
        r"|vivir|seguir viv[oa]|seguir aqui|seguir aca|haber nacido|despertar(?:me)?|estar viv[oa]|seguir existiendo"
        r"|estar en este mundo)(?=\W*$|\W*[.,;:!?]| (?:en este mundo|viv[oa]|con vida|nunca mas|mas|ya|y|pero"
        r"|porque|asi|para nadie|la verdad)\b)",
        r"(?:seria|es|estaria|sera) mejor (?:desaparecer|esfumarme|irme para siempre)(?=\W*$|\W*[.,;:!?]"
        r"| (?:del todo|para siempre|de una vez|y|pero|porque|asi)\b)",
        r"(?:me las|me los) (?:tomo|trago) " + _ALL,
        r"(?:tren|metro|subte|camion|trailer)(?: \w+){0,2} me (?:tiro|lanzo|aviento|arrojo)",
        r"(?:ya )?me (?:fui|habre ido|voy a haber ido|he ido) para siempre(?=\W*$|\W*[.!,;]| y\b)",
        r"ponerle fin a todo", r"acabar con (?:mi|esta) vida",
        r"(?:ya )?no (?:quiero|qiero|kero|deseo) (?:vivir|seguir viviendo|seguir con vida|existir|estar viv[oa]"
        r"|seguir (?:aqui|aca|en este mundo|vivo|viva|existiendo)|despertar(?:me)?|volver a despertar(?:me)?)",
        r"(?:ya )?no quiero estar (?:aqui|aca|en este mundo)(?: (?:nunca mas|mas|manana))?",
        r"(?:estarian|estarias|estarian todos|estaria|estaran|vivirian|quedarian) mejor sin mi(?! (?:en|al|del|para"
        r"|con|por|de viaje|de vacaciones)\b)",
        r"(?:todos|todo el mundo|mi familia|mis hijos|el mundo|ustedes)(?: \w+){0,3} mejor sin mi(?! (?:en|al|del|para"
        r"|con|por|de viaje|de vacaciones)\b)",
        r"(?:seria|estaria|estaria todo|es) mejor (?:si )?(?:yo )?(?:estar |estuviera |estuviese )?muert[oa]",
        r"mejor (?:estar )?muert[oa]", r"mejor (?:me )?muero",
        r"ojala (?:estuviera|estuviese) muert[oa]",
        r"ojala (?:me muriera|me muera|me muriese|no despertara|no despierte|no me despierte|no hubiera nacido"
        r"|no existiera|me pase algo y me muera)",
        r"no (?:tengo |hay |veo |encuentro )?(?:ninguna |ningun )?(?:razon|razones|motivo|motivos) (?:para"
        r"|pa) (?:vivir|seguir(?: viviendo| vivo| viva| aqui)?)",
        r"(?:ya )?no (?:le )?(?:veo|tiene|encuentro) (?:ningun )?sentido (?:a |en )?(?:vivir|seguir viviendo|la vida"
        r"|mi vida|seguir viv[oa])",
        r"este es mi (?:ultimo dia|ultimo mensaje|final)" + _NOTLAST, r"es mi (?:ultimo dia|ultima noche)" + _NOTLAST,
        r"esta es mi ultima noche" + _NOTLAST,
        r"(?:ya )?no (?:voy a estar|estare|voy a seguir) (?:aqui|aca|viv[oa]|con vida) (?:manana|mucho tiempo"
        r"|el lunes|la semana que viene|para (?:navidad|tu cumpleanos|mi cumpleanos))",
        # "para Navidad ya no voy a estar", "en tu cumpleanos ya no estare", "ya no estare para la boda"
        r"(?:para|en|antes de|antes del|despues de) " + _OCCASION + r"(?: \w+){0,3} ya no (?:voy a estar|estare"
        r"|voy a seguir|sigo|voy a seguir aqui)(?: (?:aqui|aca|viv[oa]|con vida|en este mundo|entre ustedes"
        r"|con ustedes|con vosotros))?(?=\W*$|\W*[.!,;?]| y\b| pero\b| asi\b)" + _NOMOVE,
        r"ya no (?:voy a estar|estare|voy a seguir) (?:aqui |aca |viv[oa] |con vida |en este mundo )?(?:para|en) "
        + _OCCASION + _NOMOVE,
        r"no (?:llego|voy a llegar|llegare|paso) (?:a|de|hasta) (?:manana|el lunes|esta noche|navidad|mi cumpleanos"
        r"|el fin de semana)",
        r"no (?:voy a ver|vere) (?:otro|otra|el proximo|la proxima) (?:dia|amanecer|ano|navidad|cumpleanos)",
        r"mi (?:funeral|entierro|velorio|velatorio|suicidio|propia muerte)",
        r"(?:dormir(?:me)?|acostarme) y no (?:volver a )?despertar(?:me)?", r"descansar para siempre",
        # "ojala me durmiera y no despertara", "quisiera acostarme un dia y ya no despertar"
        r"(?:me )?(?:durmiera|dormiera|durmiese|duerma|duermo|quedara dormid[oa]|quedase dormid[oa]|quede dormid[oa]"
        r"|acostara|acueste|acostarme)(?: \w+){0,3} y (?:ya )?no (?:me )?(?:volviera a |volviese a |vuelva a |vuelvo a"
        r" |volver a )?despert(?:ara|ase|e|o|ar)(?:me)?(?! (?:hasta|a tiempo|con|temprano|antes|por|en toda)\b)",
        # "mis hijos estarian mejor si yo ya no estuviera", "seria mejor morirse"
        r"mejor (?:si|sin que) (?:yo )?(?:ya )?no (?:estuviera|estuviese|existiera|existiese|viviera|viviese|estoy"
        r"|existo|hubiera nacido|hubiese nacido)(?=\W*$|\W*[.,;:!?]| (?:aqui|aca|en este mundo|viv[oa]|con vida"
        r"|nunca mas|mas|y|pero|porque|asi)\b)",
        r"(?:seria|es|estaria|sera|era|seria mucho|es mucho) mejor (?:morir(?:me|se)?|estar muert[oa])" + _NOFIG
        + r"(?! (?:de pie|luchando|peleando|con las botas|en el intento|intentandolo|que vivir)\b)",
        r"(?:el )?sueno eterno", r"dejar de existir", r"desaparecer (?:para siempre|de este mundo|de la faz)",
        r"(?:pienso|pensando|he pensado|pense|pensaba)(?: (?:mucho|todo el tiempo|a menudo|cada dia"
        r"|seguido))? en (?:la muerte|morir(?:me)?|matarme|suicidarme|el suicidio|quitarme la vida|acabar con todo"
        r"|como (?:hacerlo|matarme|morir))",
        r"para (?:morir(?:me)?" + _NOFIG + r"|matarme|no despertar(?:me)?(?=\W*$|\W*[.,;?!]| (?:nunca|jamas|mas"
        r"|para siempre|y)\b)|quitarme la vida|suicidarme|acabar con todo"
        r"|no volver a despertar)",
        r"(?:quiero|voy a|me voy a|necesito) (?:irme|ir) (?:de este mundo|para siempre)",
    ],
    indirect=[
        # the own death by accident as no loss: "si manana me atropellara un coche tampoco me importaria"
        r"si (?:\w+ ){0,3}(?:me (?:atropell|arroll|pis|aplast)\w*|me (?:muero|muriera|muriese|pasa algo|pasara algo"
        r"|pasase algo|cae algo|cayera algo)|(?:un|el|una|la) " + _VEHICLE + r" me (?:atropell|arroll|pis)\w*|no"
        r" (?:me )?(?:despierto|despertara|despertase|amanezco|amaneciera|volviera))(?: \w+){0,6}\W{1,4}(?:(?:no|tampoco"
        r"|ni) me (?:importaria|importa|molestaria|daria (?:pena|miedo))|me (?:daria|da) (?:igual|lo mismo)|(?:seria|sera"
        r"|es) un (?:alivio|descanso)|no pasaria nada|(?:tampoco )?pasa nada|mejor)",
        r"ya no (?:le )?veo (?:ningun )?sentido a nada(?=\W*$|\W*[.,;!?]| (?:en la vida|la verdad|y)\b)",

        # the own death imagined as a relief to others: "si no despertara manana seria un alivio para todos"
        r"si (?:yo )?(?:ya )?(?:no (?:me )?(?:despertara|despertase|amaneciera|amaneciese|estuviera|estuviese"
        r"|existiera|existiese)|me (?:muriera|muriese|fuera para siempre)|desapareciera|desapareciese|dejara de existir)"
        r"(?: \w+){0,5} (?:seria|serian|iba a ser|estarian|estaria|sera|les iria|todo seria) (?:\w+ )?(?:un alivio"
        r"|alivio|mejor|un descanso|lo mejor|mas faciles?|mas facil|mas tranquil\w+|en paz)",
        # the life insurance as what the family would get: "al menos el seguro de vida esta a nombre de mis hijos"
        r"(?:al menos|por lo menos|menos mal que|suerte que|lo bueno es que|aunque sea)(?: \w+){0,3} (?:el |mi )?seguro"
        r" de vida",
        r"seguro de vida(?: \w+){0,8} (?:algo les quedaria|les quedaria algo|les quedaria|algo les queda|cobrarian"
        r"|cobrarian algo|cobraria|estarian mejor|saldrian ganando|les tocaria|no les faltaria)",
        r"(?:valgo|valdria|vale|valdra) mas muert[oa] que viv[oa]", r"muert[oa] (?:valgo|valdria|valdre) mas",
        # leaving for good: "esta noche me voy al pantano y no vuelvo"
        r"(?:me voy|me ire|me marcho|me largo|me vaya|me vaya|salgo|saldre|voy|ire)(?: \w+){0,4} y (?:ya )?no"
        r" (?:vuelvo|volvere|regreso|regresare|voy a volver|voy a regresar|me vuelven a ver|me volveran a ver)"
        r"(?: nunca| jamas| mas| nunca mas)?(?!\s*(?:a |al |hasta|en |antes|hoy|manana|esta|este|el |la |por|tarde"
        r"|pronto|temprano|para|de |del |sin|con|cuando|si ))",
        # "sin mi estarian mejor": the burden told in another order
        r"sin mi (?:\w+ ){0,2}(?:estarian|estaria|estarias|estaran|estara|vivirian|viviria|vivirias|les iria|le iria"
        r"|iria|irian|serian|seria) (?:\w+ )?mejor(?!(?: \w+){0,3} (?:el equipo|en el partido|la empresa|la obra"
        r"|jugando|en el trabajo|la reunion|el proyecto|el grupo))",
        r"(?:list[oa]|preparad[oa]) (?:para )?(?:irme|partir|morir|reunirme|encontrarme)(?: (?:de este mundo"
        r"|con (?:dios|el senor|diosito|mi \w+)|al cielo|para siempre))?",
        r"(?:ya )?(?:es|llego|ha llegado) (?:hora|tiempo|el momento|mi hora|mi momento) de (?:irme de este mundo"
        r"|partir|irme con (?:dios|el senor|mi \w+)|descansar para siempre|reunirme)",
        r"(?:quiero|quisiera|me quiero|me quisiera|ojala pudiera) (?:irme|ir) con (?:el|ella"
        r"|mi \w+)(?: \w+)? (?:pronto|ya|al cielo|de una vez|para siempre|donde (?:esta|este))",
        r"(?:reunirme|juntarme|estar|encontrarme|ir|irme) con (?:mi (?:difunt[oa] |querid[oa] |pobre |santa "
        r"|santo )?(?:esposo|esposa|marido|mujer|viejo|vieja|hijo|hija|madre|padre|mama|papa|companero|companera)|el"
        r"|ella) (?:en el cielo|alla arriba|pronto|otra vez|de nuevo|donde (?:este|esten)|ya|al fin|por fin)",
        r"(?:ya )?(?:he vivido|vivi|hemos vivido|ha vivido|vivio) (?:lo )?(?:suficiente|bastante|demasiado)",
        r"(?:le )?(?:pido|rezo|ruego|pidiendo|rezando) (?:a dios|al senor|a diosito|a la virgen"
        r"|a dios todos los dias) (?:que|para que) (?:me lleve|me recoja|me llame|me lleve pronto|me deje morir)"
        r"(?! (?:por (?:el )?buen camino|de la mano|a (?:misa|la iglesia|casa|trabajar)|bien|con bien)\b)",
        r"(?:estoy )?esperando (?:a )?la muerte", r"la muerte (?:no llega|que no llega|tarda)",
        r"ya no le temo a la muerte", r"(?:dios|el senor|diosito) (?:se la|se lo) (?:lleve|recoja|llame)",
        r"ojala (?:me muriera|morirme|me muera) (?:mientras duermo|dormid[oa]|en el sueno|esta noche)",
        r"(?:que |ojala )?(?:dios|el senor|diosito|tata dios|la virgen) (?:ya )?(?:me )?(?:puede|podria|deberia"
        r"|debe)? ?(?:me )?(?:lleve|recoja|llame|llevar|recoger|llamar|llevarme|recogerme|llamarme|lleva"
        r"|recoge)(?: (?:ya|pronto|cuando quiera|de una vez|con el|consigo))?",
        r"que me lleve la muerte",
        r"(?:no me importaria|no me molestaria|me daria igual|me da igual) (?:morir(?:me)?|no despertar(?:me)?|irme"
        r"|que me pase algo|si me muero|dormirme y no despertar)",
        r"(?:ojala|quisiera|me gustaria) (?:no despertar(?:me)?|dormirme y no despertar|irme (?:ya|pronto"
        r"|de una vez)|que todo (?:acabe|termine)|que esto (?:acabe|termine) (?:ya|de una vez|para siempre))",
        r"(?:ya )?no (?:voy a ser|sere) (?:una )?carga (?:por )?(?:mucho tiempo|mucho mas|por mucho|nunca mas)",
        r"pronto (?:dejare|voy a dejar) de ser (?:una )?carga", r"(?:pronto )?dejare de molestar",
        r"(?:para|pa) (?:que|q) seguir(?: (?:viviendo|aqui|aca|asi|vivo|viva|con vida))?",
        r"(?:de que sirve|que sentido tiene|para que sirve) (?:seguir )?(?:viviendo|vivir|vivo|viva|despertar)",
        r"no (?:quiero|espero) (?:ver|llegar a|pasar) (?:otro|otra|la proxima|el proximo) (?:invierno|navidad|ano"
        r"|cumpleanos|primavera|verano|dia)",
        r"(?:cansad[oa]|hart[oa]|agotad[oa]|aburrid[oa]) de (?:vivir|la vida|estar viv[oa]|existir|despertar"
        r"|seguir aqui)",
        r"no (?:puedo|aguanto|quiero) (?:seguir|continuar) (?:asi|viviendo|mas|con esto)",
        r"no (?:puedo|podre) (?:mas|seguir) con (?:esta|mi) vida",
        r"(?:nadie|ninguno|ninguna) (?:me )?(?:extranaria|extranara|echaria de menos|echara de menos|va a extranar"
        r"|notaria|se daria cuenta|me va a echar de menos)",
        r"por fin (?:descansar|descansare|voy a descansar|en paz)", r"cuando (?:yo )?(?:ya )?no este(?: aqui| aca)?",
        r"cuando me haya ido", r"(?:ya )?(?:cumpli|he cumplido) (?:mi ciclo|mi tiempo)",
        r"mi tiempo (?:ya )?(?:paso|se acabo|ha pasado|termino)",
        r"(?:sobro|estoy de sobra|estoy de mas) en (?:este mundo|esta vida|esta casa)",
        r"(?:desaparecer|esfumarme|irme lejos) (?:y no volver|sin dejar rastro)",
        r"que (?:todo|esto) (?:se )?(?:acabe|termine) (?:ya|de una vez|para siempre)",
        # imagined or wished accidental death: "me imagino que me atropella un coche", "ojala me arrolle el tren"
        r"(?:me imagino|imagino|me imaginaba|me he imaginado|fantaseo con|fantaseaba con|fantaseando con|sueno con"
        r"|me pongo a pensar en|ojala|a ver si|quisiera que) (?:que )?(?:me (?:atropell|arroll|pis)\w* (?:un|el"
        r"|una|la) " + _VEHICLE + r"|(?:un|el|una) " + _VEHICLE + r" me (?:atropell|arroll|pis)\w*|me (?:muero"
        r"|muera|muriera|moria)(?! de\b)|(?:tener|tuviera|tenga) un accidente(?: \w+)? (?:y no|y morir|y me muera"
        r"|y me muero|mortal|fatal)|(?:me )?(?:pasa|pase|pasara) algo (?:malo|grave"
        r"|y no)|no despertar(?:me)?|mi (?:propio )?(?:funeral|entierro|velorio))",
        r"si me (?:atropell|arroll|pis)\w* (?:un|el|una) " + _VEHICLE + r"(?: \w+){0,3} (?:no me importaria|me daria"
        r"|me da igual|mejor|no pasaria nada|no pasa nada|seria un alivio|tampoco pasa nada|ojala)",
        r"(?:morir(?:me)?|no despertar(?:me)?|desaparecer|no estar|dejar de existir|que me pase algo)(?: \w+){0,3}"
        r" no me (?:parece|pareceria|suena) (?:tan |tampoco |nada )?(?:mal|mala idea|tan malo)",
        r"(?:y )?no me (?:parece|pareceria) (?:tan|tampoco tan|nada) mal(?= (?:morir|no despertar|desaparecer))",
    ],
    method=[
        r"cuerdas?", r"sogas?", r"(?:un|el|una) lazo", r"mecate", r"piola", r"nudo corredizo", r"(?:la |una )?horca",
        r"(?:cinturon|cable|cordon|sabana|bufanda|corbata) (?:al|en el|alrededor del) cuello", r"(?:la|una) viga",
        r"(?:el|un) travesano", r"(?:colgar|ahorcar)(?:me|se|te)?", r"me (?:cuelgo|ahorco)", r"ahorcamiento",
        r"pistolas?(?! de (?:agua|silicona|pintura|calor|aire|juguete))",
        r"(?:un|el|mi|su|una|las) arma(?:s)?(?: de fuego)?", r"armas de fuego", r"escopetas?", r"rifles?",
        r"(?:un|el|mi|su) revolver", r"fusil", r"chumbo", r"fusca", r"glock", r"calibre \d+", r"9 ?mm",
        r"pegarme un tiro", r"(?:un|el) tiro en la cabeza", r"cuchillos?", r"navajas?", r"cuchillas?",
        r"hojas? de afeitar", r"gillettes?", r"cutter|cuter|trincheta|bisturi", r"cortarme las venas", r"las venas",
        r"puentes?", r"viaducto", r"acantilados?", r"precipicios?", r"barrancos?", r"azotea", r"cornisa",
        r"(?:un|el|del|de un) (?:segundo|tercer|tercero|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|ultimo"
        r"|\d+) piso",
        r"(?:por|desde) la ventana", r"(?:del|desde el) balcon", r"al vacio",
        r"(?:tirar(?:me)?|lanzar(?:me)?|aventar(?:me)?|arrojar(?:me)?|botar(?:me)?|saltar|me tiro|me lanzo"
        r"|me aviento|salto|me arrojo|tirarse|lanzarse|aventarse|arrojarse|se tiro|se lanzo|se avento) (?:de|del"
        r"|desde|por|al|a las|a la|a los|bajo|delante de)(?: \w+){0,2} " + _PLACE,
        r"vias del tren", r"(?:las|la) vias?",
        r"(?:debajo|delante|enfrente|frente|bajo) (?:de )?(?:un|del|el|al) (?:tren|metro|subte|camion|coche|carro"
        r"|auto|bus|micro|colectivo)", r"al paso del tren",
        r"(?:cuando|en cuanto) (?:pase|llegue|venga) el (?:proximo |siguiente )?(?:tren|metro|subte)",
        r"(?:que me )?(?:arrolle|atropelle) (?:un|el) (?:tren|metro|camion|coche|carro|auto|bus)", r"arrollarme",
        r"ahogarme", r"ahogarse",
        r"(?:tirarme|meterme|adentrarme|lanzarme|entrar) (?:al|en el|hacia el) (?:rio|mar|lago|embalse|pantano|canal)",
        r"mar adentro",
        r"tubo de escape", r"(?:el )?escape del (?:coche|carro|auto)", r"manguera", r"monoxido(?: de carbono)?",
        r"motor (?:encendido|prendido|en marcha)", r"carbon(?: vegetal)?", r"brasero", r"anafe", r"anafre",
        r"bolsa (?:de plastico )?en la cabeza", r"bolsa de plastico", r"helio", r"asfixiarme",
        r"(?:abrir|abri|abrire|dejar abierta?|prender) (?:la llave del |el )?gas", r"la llave del gas",
        r"el horno de gas", r"estrellarme", r"(?:chocar|estrellar) (?:el|mi) (?:coche|carro|auto)", r"volantazo",
        r"contra un (?:camion|muro|arbol|poste|pared)", r"sobredosis", r"insulina", _POISON,
        # a through train: "el tren de las siete no para en mi estacion", "el expreso que no se detiene"
        r"(?:tren|trenes|expreso|mercancias|rapido|ave)(?: \w+){0,4} (?:que )?no (?:para|paran|se detiene"
        r"|se detienen|frena|frenan|hace parada|hacen parada)(?= en| aqui| aca| por| nunca|\W*$|\W*[.,;])",
    ],
    # The possessive stays in the part: "se tomo todas mis pastillas" is said of him, not of the speaker.
    pills=[r"(?:(?:mis|sus|tus) )?(?:" + _PILLS + ")",
           r"(?:(?<=\bme )|(?<=\bse ))(?:las|los) (?:tome|trague|he tomado|he tragado|tomo|trago|ha tomado) tod[ao]s",
           r"todo el (?:frasco|bote|blister|pastillero)", r"toda la caja",
           r"(?:el|un) (?:frasco|bote|blister) (?:enter|complet)[oa]"],
    poison=[_POISON],
    lethal_means=[
        # how much would be lethal, however the end is said: "cuantos comprimidos de un gramo harian falta para
        # que ya no hubiera vuelta atras"
        r"(?:cuantas|cuantos|cuanto|cuanta|que cantidad de|que dosis de) (?:\w+ ){0,9}(?:para|pa|como para) "
        r"(?:que (?:ya )?no (?:haya|hubiera|hubiese) vuelta atras|que sea (?:mortal|letal|irreversible|definitiv[oa])"
        r"|no (?:volver|poder volver)|que no me (?:salven|puedan salvar|encuentren a tiempo)|no contarlo)",
        r"(?:cuantas|cuantos|cuanto|cuanta) (?:\w+ ){1,6}(?:son|serian|seria|es) demasiad[oa]s? para (?:un adulto"
        r"|una persona|alguien|morir|matar)",
        # research into lethality: "busque cual de las pastillas de mi madre es mas fuerte y cuantas hacen falta"
        r"(?:busque|buscando|he buscado|estuve buscando|googlee|gugle|mire en internet|lei en internet|investigue"
        r"|estuve mirando|he mirado|averigue)(?=[^.!?\n]{0,140}\b(?:pastillas?|pildoras?|medicamentos?|medicinas?"
        r"|remedios?|comprimidos?|dosis|veneno|piso|pisos|altura|puente|cuerda|soga)\b)[^.!?\n]{0,60}?\b(?:cual"
        r"|cuales|cuant[oa]s|cuanto|que dosis|la dosis|que altura|desde que piso)\b[^.!?\n]{0,60}?\b" + _LETHAL_Q,
        # a lethality question about a method: "si alguien se tira desde un sexto piso, se muere seguro?"
        r"(?:si|cuando) (?:alguien|uno|una persona|la gente|yo|tu|te|me)(?: \w+){0,2} (?:se tira|tira|te tiras|me tiro"
        r"|salta|saltas|salto|se lanza|te lanzas|me lanzo|cae|caes|se toma|te tomas|me tomo|traga|tragas|se cuelga"
        r"|se ahorca)(?: \w+){0,6}\W{1,4}(?:se muere|te mueres|me muero|muere|moriria|sobrevive|sobrevives|sobreviviria"
        r"|queda viv[oa]|puede quedar viv[oa]|es (?:mortal|letal|muerte segura))",
        r"(?:a partir de|desde) (?:que|cual|cuantos) (?:altura|piso|pisos|metros) (?:\w+ ){0,3}(?:se muere|muere"
        r"|te mueres|es mortal|es letal|mata)",
        # only the day left to choose: "solo me falta elegir el dia", "solo no he decidido la fecha todavia"
        r"(?:solo|nomas|solamente) (?:me )?(?:falta|queda) (?:decidir|elegir|escoger|fijar|poner) (?:el dia|la fecha"
        r"|la hora|cuando)(?! (?:de|del|para)\b)",
        r"(?:solo|nomas|solamente) no (?:he decidido|decidi|elegi|he elegido|escogi) (?:todavia |aun )?(?:el dia"
        r"|la fecha|la hora|cuando)(?! (?:de|del|para)\b)",
        # stones in the pockets by the water
        r"(?:piedras|pesas|ladrillos) en (?:los|mis) bolsillos",
        # the rope fixed to something: "tengo la cuerda atada a la barandilla de la escalera"
        r"(?:cuerda|soga|cinturon|sabana|cable|lazo|mecate)(?: \w+){0,2} (?:ya )?(?:atad[oa]|amarrad[oa]|colgad[oa]"
        r"|sujet[oa]|fijad[oa]) (?:a|al|en|de|del|de la) (?:\w+ ){0,2}(?:viga|techo|arbol|puerta|gancho|barandal"
        r"|baranda|barandilla|tuberia|ventilador|travesano|lampara|rama|armario|escalera|litera|barrote)"
        + _NOROPE,

        # walking or swimming out to sea until exhausted: "me voy a meter al mar y nadar hasta no poder mas"
        r"(?:meter(?:me)?|meto|entrar(?:me)?|entro|adentrar(?:me)?|caminar|camino|nadar|nado|ir(?:me)?)(?: \w+)?"
        r" (?:(?:al|en el|hacia el|hasta el) (?:mar|rio|lago|oceano)(?: adentro)?|mar adentro)(?: \w+){0,3}"
        r" (?:hasta (?:no (?:poder|aguantar|dar)"
        r"(?: mas)?|hundirme|ahogarme|que no pueda (?:mas|volver)|desaparecer)|y no (?:volver|vuelvo|regresar|regreso|salir|salgo)(?: nunca| mas)?)",
        r"(?:ya )?(?:tengo|guarde|escondi|he guardado|he escondido|deje) (?:la|una|mi) (?:soga|cuerda con (?:el |un )?"
        r"nudo) (?:escondida|guardada|lista|preparada|en el (?:ropero|armario|closet|cajon|altillo|coche|sotano)"
        r"|debajo de la cama|bajo la cama)" + _NOROPE + r"(?!(?: \w+){0,6} (?:bici|bicicleta|bicis|taburete|garaje"
        r"|trastero|colgar la|tendal|perro|caballo))",
        r"nudo corredizo", r"(?:la|una) horca",
        r"(?:ate|amarre|colgue|fije|puse|asegure|he atado|he amarrado|he colgado|tengo atada|deje atada|deje colgada"
        r"|esta atada|esta colgada|ya esta) (?:la |una |el |mi )?(?:soga|cuerda|cinturon|cable|sabana|lazo"
        r"|mecate) (?:a|en|de|del|de la|al|sobre)(?: la| el| una| un)? (?:viga|techo|arbol|puerta|gancho|barandal"
        r"|baranda|barandilla|tuberia|ventilador|travesano|lampara|rama|armario|escalera|litera)",
        r"(?:soga|cuerda|lazo|mecate) (?:ya )?(?:esta |estan )?(?:atada|amarrada|colgada|lista|preparada|con el nudo)"
        + _NOROPE,
        r"(?:las |los |mis )?(?:" + _PILLS + r") (?:ya )?(?:estan |las tengo |los tengo )?(?:preparad[oa]s|listas"
        r"|listos|contad[oa]s|separad[oa]s|alinead[oa]s|en fila|en (?:un )?monton|sobre la mesa esperando)",
        r"(?:prepare|conte|separe|aline|deje preparad[oa]s|tengo preparad[oa]s|tengo contad[oa]s"
        r"|tengo separad[oa]s) (?:todas )?(?:las |los |mis )?(?:\w+ )?(?:" + _PILLS + r")",
        r"(?:suficientes|bastantes) (?:\w+ )?(?:" + _PILLS + r") (?:para|como para|pa) (?:morir|matarme|no despertar"
        r"|acabar|hacerlo|matar a)",
        r"(?:dosis|cantidad) (?:letal|mortal)",
        # how much is lethal: "cuantas pastillas hacen falta pa no despertarse", "cuanto paracetamol es mortal"
        r"(?:cuantas|cuantos|cuanto|cuanta|que cantidad de|que dosis de) (?:\w+ ){0,6}(?:para|pa|como para) "
        r"(?:morir(?:me|se)?" + _NOFIG + r"|matarme|matarse|matar a una persona|no despertar(?:me|se)?"
        r"(?=\W*$|\W*[.,;?!]| (?:nunca|jamas|mas|para siempre|y)\b)|no volver a despertar(?:me|se)?"
        r"|quitarme la vida|quitarse la vida|suicidarme|suicidarse|una sobredosis|que sea (?:mortal|letal)"
        r"|dormir para siempre|acabar con todo)",
        r"(?:cuantas|cuantos|cuanto|cuanta) (?:\w+ ){1,5}(?:es|son|serian|seria|resulta|resultan) (?:una dosis )?"
        r"(?:mortal(?:es)?|letal(?:es)?)",
        r"(?:ya )?(?:esta|estan|tengo|deje) (?:la|mi|una|el) (?:soga|cuerda|lazo|mecate|nudo corredizo) (?:ya )?"
        r"(?:atad[oa]|amarrad[oa]|colgad[oa]|list[oa]|preparad[oa]|puest[oa]|anudad[oa])" + _NOROPE,
        r"manguera (?:al|en el|conectada al|desde el|pegada al) (?:tubo de )?escape",
        r"(?:selle|sellado|tape con cinta|tapado con cinta|he sellado) (?:todas )?(?:las )?(?:ventanas|puertas"
        r"|rendijas|el garaje|el coche|el carro|el auto|el bano)",
        r"(?:carbon|brasero|anafe|anafre) (?:encendido |prendido )?(?:en|dentro de|dentro del) (?:el |la "
        r"|mi )?(?:bano|cuarto|habitacion|pieza|coche|carro|auto|carpa|tienda|dormitorio)",
        r"(?:cargue|he cargado|tengo cargad[oa]) (?:la|el|mi) (?:pistola|escopeta|arma|revolver|rifle)",
        r"(?:pistola|arma|escopeta|revolver|rifle) (?:ya )?(?:esta |la tengo |lo tengo )?cargad[oa]",
        r"(?:he ido |llevo (?:\w+ ){0,2})?(?:guardando|juntando|acumulando|ahorrando|escondiendo"
        r"|reuniendo) (?:\w+ ){0,3}(?:" + _PILLS + r")",
        r"(?:he )?(?:juntado|acumulado|ahorrado|reunido|escondido|junte|acumule|reuni)(?: \w+){0,3} (?:" + _PILLS
        + ")",
        r"(?:tengo )?(?:guardad[oa]s|escondid[oa]s) (?:\w+ ){0,2}(?:" + _PILLS + ")",
        r"(?:" + _PILLS + r") (?:guardad[oa]s|escondid[oa]s|acumulad[oa]s)",
    ],
    taken=[
        _ING + r"(?: \w+){0,3} (?:" + _EXCESS + ")",
        r"(?:tome|trague|bebi|ingeri|(?:he|e|habia) (?:tomado|tragado|bebido|ingerido)|(?<=\bse )(?:tomo|trago"
        r"|bebio)|bebio|ingirio|acabo de (?:tomar|beber|tragar)(?:me|se)?)" + _FILL + " (?:" + _POISON + ")",
        r"(?:las|los|la|lo) (?:tome|trague|meti|bebi|(?:he|e|ha|habia) (?:tomado|tragado|metido|bebido)"
        r"|(?<=\bse las )tomo)(?: \w+)? (?:tod[ao]s|toda|todo|de golpe|juntas|juntos|de una vez|de una"
        r"|de un (?:trago|tiron|saque)|enter[oa]s?)",
        _ING + r"(?: \w+){0,7} (?:de golpe|de una vez|de un trago|todas juntas|de una sentada)",
        _ING + r"(?: \w+){0,4} (?:para|pa) (?:morir(?:me)?|matarme|no despertar(?:me)?|acabar con (?:todo|mi vida)"
        r"|quitarme la vida|suicidarme|dormir para siempre)",
        r"(?:me )?(?:hice|di|meti|tome|provoque) una sobredosis", r"(?:he|ha|habia) (?:hecho|tenido) una sobredosis",
        r"sobredosis de", r"(?:me )?(?:pase|he pasado|pasado) (?:con|de) (?:las |los |la |mis )?(?:" + _PILLS + ")",
        r"(?:me )?empastille", r"(?:me )?he empastillado",
        r"(?:ya )?me (?:las|los) (?:tome|trague|he tomado|he tragado)(?= tod| de golpe| juntas| ya| hace| todas)",
        # a street drug taken (with pills and their effects it is an overdose): "me meti perico y unas pastillas"
        _ING + r"(?: \w+){0,2} (?:cocaina|tusi|tussi|tusibi|2cb|extasis|molly|mdma|keta|ketamina|cristal|speed"
        r"|anfetas?|anfetaminas?|lsd|crack|paco|pasta base|heroina|fentanilo|ghb|burundanga|escopolamina|metanfetamina"
        r"|hongos|setas alucinogenas)",
        r"(?:me )?(?:meti|he metido|esnife|he esnifado|jale|aspire) (?:\w+ ){0,2}(?:perico|coca|farlopa|merca|falopa"
        r"|rayas?|tiros? de coca)", r"me (?:hice|pegue|meti) (?:\w+ ){0,2}rayas? de (?:coca|perico|farlopa|merca)",
    ],
    amount=[
        r"(?<!\blas )(?<!\bel )(?<!\bdel )(?:" + _EXCESS + ")" + _NOT_UNIT,
        r"(?:" + _PILLS + r") (?:de mas|de golpe|juntas|juntos|de una vez|enteras?)",
        r"todo lo que (?:habia|tenia|encontre|quedaba)", r"todo el botiquin", r"(?:la|una) caja entera",
        r"mas de (?:\d+|diez|veinte|treinta|cuarenta|cincuenta|cien)" + _NOT_UNIT, r"el doble|el triple",
        # Drinks: a bottle of wine or spirits, four drinks or more, litres; drinking until passing out.
        r"(?:una|dos|tres|cuatro|media|\d) botellas? (?:enteras? |completas? )?(?:de|del) (?:vino|whisky|whiskey|vodka"
        r"|ron|tequila|mezcal|ginebra|gin|pisco|aguardiente|guaro|fernet|licor|cava|champan|sidra|anis|brandy|cognac"
        r"|cana)",
        r"(?:[4-9]|1\d|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte)(?: o (?:[4-9]|1\d|\w+))?"
        r" (?:cervezas|chelas|birras|latas|copas|copazos|tragos|chupitos|shots|cubatas|cubas|whiskys|vasos|caguamas"
        r"|tercios|quintos|litronas|pintas|jarras|tequilas|mezcales|vinos|chupes)",
        r"(?:dos|tres|cuatro|\d) (?:litros|caguamas|caguamones|litronas|cajas? de (?:cerveza|chelas|vino)|six packs?"
        r"|packs?)", r"litros de (?:cerveza|vino|alcohol|whisky|ron|vodka)",
        r"(?:casi |mas de |medio |un |1 )litro (?:de|del) (?:vino|whisky|whiskey|vodka|ron|tequila|mezcal|ginebra|gin"
        r"|pisco|aguardiente|guaro|fernet|licor|cana|cerveza|birra|chela|calimocho|sangria|tinto|alcohol)",
        r"hasta (?:perder el conocimiento|desmayarme|caerme|no acordarme de nada|quedarme inconsciente|vomitar"
        r"|no poder (?:ni )?(?:mas|pararme|levantarme))",
    ],
    symptom=[
        r"maread[oa]", r"mareos?", r"me mareo", r"(?:todo )?me da vueltas(?: (?:todo|la cabeza))?", r"somnolient[oa]",
        r"(?:no puedo|no consigo|me cuesta) (?:mantener los ojos abiertos|mantenerme despiert[oa]|respirar|ver bien"
        r"|moverme|hablar bien|levantarme|pararme)", r"se me cierran los ojos", r"vomit\w*", r"he vomitado",
        r"devolvi", r"gomit\w*", r"nauseas?",
        r"(?:el )?corazon (?:me )?(?:late|va|palpita) (?:muy )?(?:rapido|a mil|fuerte|raro)", r"taquicardia",
        r"(?:me )?zumban los oidos", r"zumbido", r"(?:veo|todo) borroso",
        r"vista borrosa", r"me duele (?:mucho )?(?:el estomago|la panza|la guata|la barriga|el pecho)",
        r"dolor de (?:estomago|pecho|panza|barriga)", r"me arde (?:la garganta|el estomago|la boca|todo)",
        r"me siento (?:muy )?(?:rar[oa]|mal|fatal|extran[oa]|pesad[oa]|como drogad[oa])",
        r"me estoy (?:durmiendo|desmayando|quedando dormid[oa]|apagando)", r"me voy a desmayar", r"desmay\w*",
        r"entumid[oa]", r"adormecid[oa]", r"no siento (?:las|los|mis) (?:piernas|brazos|manos|pies)", r"temblores",
        r"tiemblo", r"sudor frio", r"(?:estoy )?sudando (?:mucho|frio)", r"(?:tengo|con) mucho sueno",
        r"convulsion\w*",
        r"no me (?:puedo|puedo ni) (?:mover|levantar)",
    ],
    under_way=[
        # the car left on a bridge: "estoy en el puente, he parado el coche en el arcen"
        r"(?:puente|viaducto)(?:[ -]\w+){0,3}\W{1,3}(?:\w+ )?(?:pare|he parado|aparque|he aparcado|estacione"
        r"|he estacionado|deje|he dejado|orille|frene) (?:el|mi) (?:coche|carro|auto)(?: (?:en el arcen|en la"
        r" banquina|en la berma|en el acotamiento|en medio|encima|ahi|aqui|y (?:me )?(?:baje|sali)))?(?![^.!?\n]{0,80}"
        r"\b(?:fotos?|paisaje|rueda|pinchazo|pinche|averi\w*|se (?:paro|calo|rompio)|trafico|atasco|trancon|accidente"
        r"|policia|guardia civil|gasolina|nafta|grua|seguro|telefono|movil|celular|llamada|mapa|gps|esperar|recoger"
        r"|mear|pasajer\w*)\b)",
        r"(?:pare|he parado|aparque|he aparcado|estacione|deje|he dejado|orille) (?:el|mi) (?:coche|carro|auto)"
        r" (?:en el arcen |en la banquina |en la berma |en el acotamiento )?(?:en (?:medio|mitad) del|encima del|sobre"
        r" el|en el) (?:puente|viaducto)(?![^.!?\n]{0,80}\b(?:fotos?|paisaje|rueda|pinchazo|pinche|averi\w*"
        r"|se (?:paro|calo|rompio)|trafico|atasco|trancon|accidente|policia|guardia civil|gasolina|nafta|grua|seguro"
        r"|telefono|movil|celular|llamada|mapa|gps|esperar|recoger|mear|pasajer\w*)\b)",
        r"(?:estoy|sentad[oa]|metid[oa]|encerrad[oa]|acostad[oa]) (?:en|dentro del?) (?:el |mi )?(?:coche|carro"
        r"|auto)(?: \w+){0,6} (?:motor (?:encendido|prendido|en marcha|andando)|garaje|garage|cochera|manguera"
        r"|escape|humo)",
        r"motor (?:esta )?(?:encendido|prendido|en marcha|andando|funcionando)(?: \w+){0,4} (?:garaje|garage|cochera"
        r"|(?:puerta|portón|porton) (?:esta )?cerrad[ao]|cerrad[ao]|manguera)",
        r"(?:garaje|garage|cochera|puerta|porton) (?:esta )?cerrad[ao](?: \w+){0,4} (?:motor|coche|carro"
        r"|auto) (?:esta )?(?:encendido|prendido|en marcha|andando)",
        r"(?:me )?(?:puse|he puesto|pongo|estoy poniendo|tengo puesta?) (?:la|una|el|un) (?:soga|cuerda|cinturon"
        r"|sabana|cable|lazo|mecate|nudo) (?:alrededor del|en el|al) cuello",
        r"(?:soga|cuerda|cinturon|lazo|mecate|cable) (?:ya )?(?:esta |esta puesta )?(?:alrededor de|amarrad[ao] a"
        r"|atad[ao] a|en) mi cuello",
        r"(?:estoy|parad[oa]|sentad[oa]|de pie|subid[oa]) (?:en|sobre|al otro lado de) (?:el borde (?:del"
        r"|de la) (?:edificio|puente|anden|precipicio|acantilado|azotea|techo|terraza|balcon|ventana)|la cornisa"
        r"|la baranda|la barandilla|el barandal|el pretil|las vias|el borde del anden|la orilla del anden|la valla"
        r"|la reja)",
        r"(?:cuchillo|navaja|cuchilla|hoja|pistola|arma|escopeta|revolver) (?:\w+ )?(?:en (?:la|mi) (?:muneca|cuello"
        r"|garganta|sien|cabeza|boca)|contra (?:mi|la) (?:muneca|cuello|garganta|sien|pecho|cabeza))",
        r"(?:tengo|con) (?:la|el) (?:pistola|arma|escopeta|revolver|canon) (?:en|contra) (?:la|mi) (?:cabeza|sien"
        r"|boca)",
        r"(?:venas|muneca|munecas|brazo|brazos|cuello)(?: \w+){0,5} (?:sangrando|sangra (?:mucho|sin parar)"
        r"|no para de sangrar|no deja de sangrar|sangre por todos lados)",
        r"(?:estoy )?sangrando (?:mucho|un monton|muchisimo|sin parar|demasiado)(?: \w+){0,2} (?:de |por )?"
        r"(?:la|las|mi|mis) (?:muneca|munecas|venas|brazo|brazos|cuello)",
        r"(?:estoy )?(?:respirando|aspirando) (?:el )?(?:humo|gas|monoxido)",
        r"(?:el |la )?(?:cuarto|pieza|bano|habitacion) (?:se esta llenando|se lleno|lleno) de (?:humo|gas)",
        r"(?:ya )?(?:prendi|encendi) el (?:carbon|brasero|anafe|anafre)(?: \w+){0,4} (?:cerre|cerrado|sellado|selle"
        r"|tape|tapado)",
        r"(?:me estoy|estoy) (?:ahorcando|ahogando en el rio|desangrando)",
        # the veins just cut: "ya esta, me he cortado las venas, hay mucha sangre"
        r"(?<!\bno )(?<!\bnunca )me (?:he cortado|acabo de cortar|he rajado|acabo de rajar|he abierto|estoy cortando"
        r"|estoy rajando) (?:las venas|la vena|las munecas|la muneca|el cuello)(?! (?:con (?:el|un|una) (?:cristal|vidrio"
        r"|papel|lata|cuchillo de cocina) (?:sin querer|cocinando|fregando)|sin querer|cocinando|fregando)\b)",
        r"(?<!\bno )(?<!\bnunca )me (?:corte|raje|abri) (?:las venas|la vena|las munecas|la muneca|el cuello)"
        r"(?=[^.!?]{0,80}?\b(?:sangre|sangrando|sangra|desangr\w*)\b)",
        r"(?<!\bno )(?<!\bnunca )(?:me (?:he cortado|corte|he rajado|raje)|las venas|la muneca|las munecas)[^.!?]{0,80}?"
        r"\b(?:hay|sale|esta saliendo|pierdo|estoy perdiendo|he perdido|no para de salir|sangro) (?:mucha|muchisima"
        r"|demasiada|un monton de|tanta|tantisima)? ?sangre",
        r"me estoy metiendo (?:al|en el) (?:rio|mar|lago|agua) (?:para|hasta)",
    ],
    at_place=[
        # on the way to a jumping place: "voy caminando hacia el viaducto"
        r"(?:voy|estoy yendo|ando|ya voy)(?: \w+)? (?:caminando|andando|camino|de camino|en camino|rumbo|manejando"
        r"|conduciendo)? ?(?:hacia|rumbo a|rumbo al|camino (?:a|al|de|del)) (?:el |la |las |un |una )?(?:puente|viaducto"
        r"|acantilado|precipicio|barranco|vias|via del tren|azotea|cornisa|presa|malecon|muelle|escollera)",
        r"(?:estoy|ya estoy|llegue)(?: \w+)? en (?:el anden|la estacion)(?=[^\n]{0,60}\b(?:tren|metro|subte)\b[^\n]{0,40}"
        r"\b(?:pasa|llega|viene|va a pasar|esta llegando)\b)",

        r"(?!(?:\w+ ){1,6}(?:atasco|trafico|trancon|embotellamiento|cola|esperando|paseando|caminando|cruzando"
        r"|de camino|fotos|atardecer|de paseo|trabajando|con (?:mis|mi|unos|unas|la|el|los|las) (?:amig\w+|familia"
        r"|novi\w+|padres|hij\w+|compa\w+|perr\w+|pareja)))(?!\w+ (?:\w+ )?(?:\w+ )?el puente (?:de (?:mayo|agosto"
        r"|diciembre|noviembre|octubre|marzo|abril|semana|todos|san|la inmaculada|la constitucion)|festivo|largo"
        r"|vacacional))(?:estoy|ando|me encuentro|estoy parad[oa]|estoy sentad[oa]|estoy de pie|estoy subid[oa]"
        r"|llegue|acabo de llegar|vine) (?:en|sobre|arriba de|arriba del|encima de|encima del|al borde de"
        r"|al borde del|junto a|a|al|hasta) (?:el |la |un |una |este |esta |las )?(?:puente|viaducto|cornisa"
        r"|acantilado|precipicio|barranco|vias|via del tren|azotea del edificio|azotea de (?:un|mi|este) edificio"
        r"|techo del edificio|borde (?:del|de la) (?:edificio|puente|anden|precipicio|acantilado|azotea|techo"
        r"|terraza|balcon|barranco|ventana|cornisa|via|vias)|orilla del (?:anden|puente|rio|precipicio)|mirador"
        r"|ultimo piso|decimo piso|muelle|escollera|malecon)",
        r"(?:estoy|sentad[oa]|parad[oa]) (?:en|sobre) (?:la|el) (?:baranda|barandilla|barandal|pretil) del (?:puente"
        r"|balcon|edificio)",
        r"(?:al|del) otro lado de la (?:baranda|barandilla|valla|reja|barandal)",
        r"(?:esperando|espero) (?:a )?(?:que pase |que venga |el proximo )?(?:el )?(?:tren|metro"
        r"|subte)(?: \w+){0,3} (?:para|pa) (?:tirarme|lanzarme|aventarme|saltar)",
        r"mirando (?:el agua|al vacio|hacia abajo) desde (?:el|la|lo alto del?) (?:puente|azotea|edificio|cornisa"
        r"|acantilado|balcon)",
        r"(?:aparcad[oa]|estacionad[oa]|sentad[oa]|parad[oa]) (?:junto a|al lado de|cerca de|frente a) (?:las vias"
        r"|el puente|el acantilado|el precipicio)",
        # by the track, one rail or many: "ya estoy junto a la via", "estoy al lado de las vias del tren"
        r"(?:estoy|ando|me quede|sigo|estoy parad[oa]|estoy sentad[oa]|estoy de pie|llegue|ya llegue) (?:junto a"
        r"|al lado de|al borde de|pegad[oa] a|cerca de|frente a|sobre|en medio de|entre) (?:la|las) vias?(?: del"
        r" (?:tren|metro|subte|ferrocarril))?(?! (?:publica|correcta|rapida|libre|de (?!tren)\w+|judicial|legal"
        r"|oral)\b)",
    ],
    access=[
        r"(?:ya )?(?:tengo|tenemos) (?:aqui |aca |a mano |guardad[oa]s |escondid[oa]s )?(?:la|las|el|los|una|un|unas"
        r"|unos|suficientes|bastantes|muchas|todas|todos|mis|\d+)",
        r"(?:ya )?(?:compre|he comprado|consegui|he conseguido|me consegui|pedi|encargue|robe|saque|agarre|cogi"
        r"|pille|busque|encontre|he encontrado|tome prestad[oa]) (?:la|las|el|los|una|un|unas|unos|suficientes|todas"
        r"|todos|\d+)",
        r"(?:ya )?tengo todo (?:listo|preparado|comprado)",
        r"(?:ya )?(?:compre|he comprado|consegui|he conseguido|fui a comprar|sali a comprar)",
        r"(?:a mano|al alcance|a mi alcance|delante de mi|frente a mi|enfrente de mi|enfrente mio|junto a mi"
        r"|a mi lado|aqui conmigo|conmigo)",
        r"en (?:la|mi) mano",
        r"en mi (?:bolsillo|bolso|mochila|cartera|cajon|mesita|cuarto|habitacion|pieza|coche|carro|auto|escritorio"
        r"|armario|closet)",
        r"(?:en|dentro de) (?:el|la|mi) (?:garaje|garage|cochera|trastero|sotano|atico|desvan|altillo|galpon|bodega"
        r"|cajon|botiquin)",
        r"(?:ya )?(?:estan|esta) (?:listas?|listos?|preparad[oa]s?|ahi|alli)",
        r"(?:las|los|la|lo) (?:tengo|escondi|guarde|he guardado|he escondido)",
        r"(?:hay|tenemos) (?:una |un )?(?:pistola|escopeta|arma|rifle|revolver) en (?:casa|mi casa|el cuarto)",
        r"(?:se|ya se) donde (?:guarda|guardan|esta|estan|tiene|tienen) (?:la|el|las|los)",
        r"(?:mi|el) (?:padre|papa|abuelo|tio|marido|esposo|hermano|viejo) tiene (?:una |un )?(?:pistola|escopeta"
        r"|arma|rifle|revolver)",
    ],
    time_soon=[
        # the children away, a window of opportunity: "los ninos estan en el cole"
        r"(?:los ninos|las ninas|los chicos|los nenes|los crios|mis hijos|mis hijas|mi marido|mi mujer|mi pareja"
        r"|todos) (?:ya )?(?:estan|esta|se fueron|se fue) (?:en el cole|en el colegio|en la escuela|en la guarderia"
        r"|fuera|con (?:su padre|su madre|los abuelos|la abuela)|dormidos|durmiendo|trabajando|de viaje)",

        r"esta noche", r"esta nochecita",
        # not "today" of something told as done: "me dijo hoy", "hoy regale mis libros"
        r"(?<!\bdijo )(?<!\bdije )(?<!\bconto )(?<!\bcontaron )(?<!\bdijeron )(?<!\bhable )(?<!\bhablamos )"
        r"(?<!\bescribio )(?<!\bllamo )(?<!\bvi )(?<!\bvimos )(?<!\bpaso )(?<!\bfui )(?<!\bestuve )"
        r"hoy(?: mismo| en la noche| por la noche| a la noche)?(?! (?:ya )?(?:me |le |les |lo |la )?(?:regale|di|fui"
        r"|hice|deje|estuve|vi|hable|tuve|compre|escribi|pase|termine|empece|dije|comi|sali|llegue|vine|conoci"
        r"|encontre|perdi|levante|desperte|trabaje|estudie|llame|cene|almorce|desayune|entregue|reparti|vendi"
        r"|done|mande|envie)\b)(?! (?:me |le |les |lo |la |nos |se )?(?:he|ha|hemos|han) (?!decidido\b)\w*(?:ado|ido"
        r"|to|cho|sto)\b)"
        # nor the "today" of being well now: "hoy tengo 30 y estoy genial", "hoy en dia estoy bien"
        r"(?! (?:en dia|dia de hoy|tengo (?:\d{1,2}|veinte|treinta|cuarenta|cincuenta)\b|(?:ya )?(?:estoy|me siento"
        r"|me encuentro) (?:muy |super |bastante )?(?:bien|genial|estable|feliz|recuperad[oa]|tranquil[oa])\b))",
        r"ahora mismo", r"ahorita(?: mismo)?", r"ya mismo", r"en este (?:momento|instante)",
        r"(?:en|dentro de) un rato",
        r"(?:en|dentro de) (?:una|un par de|dos|tres|unas|pocas|media|\d+|cinco|diez|quince|veinte|treinta|cuarenta"
        r"|cuatro|seis|unos|escasos) (?:horas?|minutos?|mins?)",
        r"(?<!\besta )(?<!\bla )(?<!\blas )(?<!\bpor la )manana(?: (?:por la manana|temprano|en la noche|a la noche"
        r"|por la noche))?", r"pasado manana", r"esta tarde", r"esta madrugada", r"esta semana",
        r"este fin de semana",
        r"este finde", r"el finde",
        r"(?:el |este |el proximo )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?: (?:por la|en la"
        r"|a la) noche)?", r"a las \d{1,2}(?:[:.]\d\d)?", _CLOCK, r"a (?:la )?medianoche",
        r"de madrugada",
        r"antes de que (?:amanezca|vuelvan|lleguen|se despierten|vuelva|llegue|salga el sol)",
        r"cuando (?:todos|los ninos|los chicos|mis hijos|mis padres|mis papas|mis viejos|mis jefes|mi (?:marido"
        r"|mujer|esposo|esposa|pareja|novio|novia|madre|padre|mama|papa|familia)|se) (?:se )?(?:duerman|duerma|vayan"
        r"|vaya|salgan|salga|esten dormidos|este dormid[oa]|se acuesten|se acueste)",
        r"cuando (?:oscurezca|anochezca|se haga de noche|todos duerman)",
        r"(?:cuando|en cuanto) (?:pase|llegue|venga) el (?:proximo |siguiente )?(?:tren|metro|subte)",
        r"en mi cumpleanos",
        r"(?:es|sera|este es|hoy es) el (?:momento|dia)", r"esta es la noche", r"muy pronto", r"dentro de poco",
        r"en breve", r"en poco tiempo", r"(?:para|pa) esta noche", r"mi ultima noche", r"antes del amanecer",
    ],
    engine_running=[
        r"(?:motor|coche|carro|auto)(?: \w+)? (?:esta |sigue |lleva |ya esta )?(?:encendido|prendido|en marcha"
        r"|andando|funcionando|arrancado)",
        r"(?:deje|dejo|tengo|puse) (?:el )?(?:motor|coche|carro|auto) (?:encendido|prendido|en marcha|andando)",
        r"tubo de escape", r"(?:los )?gases del (?:escape|motor|coche|carro|auto)",
        r"humo del (?:escape|motor)", r"manguera (?:por|en|dentro de|metida en) la ventan\w+", r"monoxido",
        r"(?:prendi|encendi|prendido|encendido) (?:el )?(?:carbon|brasero|anafe|anafre)",
        r"(?:carbon|brasero|anafe|anafre) (?:ya )?(?:esta )?(?:prendido|encendido)",
    ],
    enclosed=[
        r"(?:en|dentro de|dentro del) (?:el |la |mi )?(?:garaje|garage|cochera|galpon|cobertizo)",
        r"(?:garaje|garage|cochera|porton|puertas?) (?:esta |estan |ya esta )?(?:cerrad[oa]s?|con llave|sellad[oa]s?"
        r"|tapad[oa]s?)",
        r"(?:ventanas|ventanillas|vidrios) (?:estan )?(?:cerrad[oa]s|subid[oa]s|sellad[oa]s|tapad[oa]s)",
        r"(?:cerre|selle|tape|he cerrado|he sellado) (?:todo|las (?:puertas|ventanas|ventanillas|rendijas)|la puerta"
        r"|el garaje|la cochera)",
    ],
    self_harm=[
        # cuts seen or shown on someone: "mi sobrina de 13 me enseno los cortes en el muslo"
        r"(?:me |le |les )?(?:enseno|ensena|mostro|muestra|vi|veo|he visto|note|descubri|encontre)(?: \w+){0,3}"
        r" (?:los |unos |las |unas |sus |tus )?(?:cortes|cortadas|cicatrices|heridas|quemaduras|rasgunos|marcas de"
        r" cortes?)(?: \w+){0,2} (?:en |de )(?:los |las |la |el |sus |su )?(?:muslos?|brazos?|munecas?|piernas?"
        r"|barriga|antebrazos?|tripa|panza|caderas?)",
        r"(?<!\bno )(?<!\bnunca )me (?:corte|he cortado|volvi a cortar|he vuelto a cortar|estoy cortando|queme"
        r"|he quemado|raje|he rajado|rasgue|lastime|hice cortes|he hecho cortes) (?:\w+ ){0,2}(?:los brazos|el brazo"
        r"|las piernas|la pierna|los muslos|el muslo|las munecas|la muneca|la panza|el estomago|la piel|las caderas"
        r"|las venas|la vena|el cuello)",
        r"(?<!\bno )(?<!\bnunca )me (?:corte|he cortado|volvi a cortar|queme|autolesione"
        r"|he autolesionado) (?:otra vez|de nuevo|anoche|ayer|hoy|mas profundo|muy profundo|demasiado)",
        r"(?<!\bno )(?<!\bnunca )(?:volvi a|he vuelto a|vuelvo a) (?:cortarme|hacerme dano|lastimarme|quemarme"
        r"|autolesionarme)",
        # cuts made again or recently without the body part: "me he vuelto a hacer cortes", "me hice cortes anoche"
        r"(?<!\bno )(?<!\bnunca )(?:me (?:he vuelto|volvi|vuelvo|volvio) a hacer|volvi a hacerme|he vuelto a"
        r" hacerme|me (?:he hecho|hice|estoy haciendo)) (?:unos |mas |otra vez |de nuevo )?(?:cortes|cortaditas"
        r"|cortadas|heridas|quemaduras)",
        r"(?:cortes|heridas) (?:mas |muy )?profund[oa]s",
        r"(?:corte|cortes|herida)(?: \w+){0,4} no (?:para|deja) de sangrar",
    ],
    self_harm_urge=[
        # the urge back after a clean spell: "hace un ano que no me corto y hoy volvieron las ganas"
        r"(?:no me corto|sin cortarme|no me hago dano|sin hacerme dano|no me lastimo|sin lastimarme|limpi[oa])"
        r"(?:\W+\w+){0,12}?\W+(?:las |esas |el |ese )?(?:ganas|impulso|impulsos|necesidad|urgencia) (?:\w+ ){0,2}"
        r"(?:han vuelto|volvieron|vuelven|regresaron|estan volviendo|aparecieron|me (?:vinieron|vienen|dieron))",

        r"(?<!\bno )(?<!\bnunca )(?:tengo|me dan|siento|con|vuelven|volvieron|han vuelto|me muero de|me entran"
        r"|me vienen) (?:muchas |muchisimas |tantas |demasiadas |unas |unas ganas |tremendas |tanta |mucha |muchisima"
        r")?(?:ganas|impulsos?|necesidad) (?:enormes |tremendas |muy fuertes |locas |terribles )?de (?:volver a )?"
        r"(?:cortarme|hacerme dano|lastimarme|quemarme|autolesionarme|rasgunarme|arrancarme la piel|golpearme"
        r"|rajarme)",
        r"(?:han vuelto|volvieron|vuelven) las ganas de (?:cortarme|hacerme dano|lastimarme|quemarme)",
        r"llevo (?:\w+ ){0,2}(?:dias|semanas|meses|anos) sin (?:cortarme|autolesionarme|hacerme dano)",
    ],
    depressant=[
        r"rivotril|ravotril|clona[sz]epa[mn]|alprazola[mn]|xanax|tafil|alplax|trankimazin|orfidal|lorazepa[mn]"
        r"|diazepa[mn]|valium|lexatin|bromazepa[mn]|benzos|benzodiac?zepinas|somniferos|pastillas para dormir"
        r"|zolpidem|stilnox|zopiclona|tramadol|codeina|morfina|fentanilo|oxicodona|metadona|heroina|pregabalina"
        r"|lyrica|ghb|ansioliticos|tranquilizantes",
    ],
    alcohol=[
        # other drugs used to get through: "me meto perico todos los findes para aguantar la semana"
        _said(r"(?:estoy|ando|sigo|vivo) (?:consumiendo|metiendome|esnifando|jalando|fumando (?:paco|crack|pasta base"
        r"|cristal)|drogandome|empastillandome)"),
        _said(r"(?:me meto|meto|me pongo|esnifo|jalo|me jalo|fumo|me fumo|tomo|me tomo|consumo|me hago) (?:unas |un"
        r" |una )?(?:perico|coca|cocaina|farlopa|merca|falopa|rayas?|tusi|pasta base|paco|crack|cristal|tachas|keta"
        r"|ketamina|mdma|extasis|pepas|pastis|speed|anfetas|porro|porros)"),

        r"alcohol|vodka|vino|cervezas?|chelas?|birras?|whisky|whiskey|tequila|mezcal|ron|ginebra|pisco|aguardiente"
        r"|guaro|fernet|borrach[oa]|ebri[oa]|copas|tragos|chupando|bebiendo|curad[oa] de",
        # Mixed drinks and the drinks of each region: "cubatas", "gin tonics", "caguamas", "chelas", "piscolas".
        r"cubatas?|cubalibres?|cuba libres?|gin ?tonics?|calimochos?|kalimotxos?|chupitos|caguamas?|caguamones?"
        r"|litronas?|tercios de cerveza|piscolas?|fernet con coca|vermut|vermu|sidra|brandy|cognac"
        r"|licor(?:es)?|champan|chicha|pulque|aguardientes?|ron con cola|whiskies|whiskys|vinos",
        # Drinking told in the first person, not when denied and not of water or coffee.
        _said(r"(?:bebo|bebia|he bebido|me emborracho|me emborrachaba|emborracharme|me pongo (?:pedo|ped[oa]"
        r"|borrach[oa]|hasta (?:atras|las manos|el culo)|ciego)|me empedo|empedarme|pisteo|pistear|me agarro (?:una"
        r"|la) (?:peda|borrachera|pea|curda|mona|cogorza|melopea)|(?:me )?pillo (?:un pedo|una borrachera|una cogorza"
        r"|una melopea|una curda)|chupo(?= (?:todos los dias|todas las noches|cada|diario|a diario|mucho|sin parar"
        r"|como)))" + _SOFT),
    ],
    harm_thought=[
        # intrusive images with the act after them: "me vienen imagenes horribles: que la dejo caer por la escalera"
        r"(?:imagenes|imagen|pensamientos?|ideas?|flashes|escenas|visiones|miedo)(?: \w+){0,3}\W{0,3} (?:de |en )?que"
        r" (?:yo )?(?:lo |la |le |los |las )?(?:suelto|dejo caer|tiro|ahogo|hundo|empujo|lastimo|hago dano|apunalo"
        r"|acuchillo|corto|asfixio|sacudo|estrangulo|mato|quemo|clavo)",
        # intrusive images: "cuando bano a mi bebe me vienen imagenes de que lo suelto en el agua"
        r"(?:imagenes|pensamientos|ideas|flashes|escenas)(?: \w+){0,3} (?:de que|en (?:las|los) que|donde) (?:yo )?(?:lo"
        r" |la |le |los |las )?(?:suelto|dejo caer|tiro|ahogo|hundo|empujo|lastimo|hago dano|apunalo|acuchillo|corto"
        r"|asfixio|sacudo|estrangulo|mato|quemo)",

        r"(?:pensamientos|imagenes|ideas|impulsos|flashes) (?:\w+ ){0,2}(?:de|sobre"
        r"|en que) (?:\w+ ){0,1}(?:hacerle dano|lastimar|danar|ahogar|asfixiar|apunalar|empujar|sacudir|tirar|matar"
        r"|pegarle|golpear|acuchillar|hacer dano) (?:a )?(?:mi|el|la|al|mis|los|nuestr[oa]|alguien|ella)",
        r"(?:me vienen|tengo|me asaltan|veo) (?:imagenes|pensamientos) (?:\w+ ){0,3}(?:hacerle dano|lastimar"
        r"|matar) (?:a )?(?:mi|al|a la|alguien)",
    ],
    time_recent=[
        r"hace (?:una|un|media|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|cuarenta|unas|unos|pocas|pocos"
        r"|un par de|\d+) (?:hora|horas|minutos?|mins?|rato|ratito|momento)", r"hace (?:un )?rat(?:o|ito)",
        r"hace (?:nada|poco|un momento)", r"recien", r"hace unos minutos", r"esta manana", r"esta tarde", r"anoche",
        r"ayer(?: por la noche| a la noche| en la noche)?",
        r"despues de (?:cenar|comer|desayunar|almorzar|la cena|la comida)", r"(?:a|desde) las \d{1,2}(?:[:.]\d\d)?",
        r"acabo de", r"hace (?:una|media) hora",
    ],
    intent=[
        r"ya (?:lo )?(?:decidi|he decidido)", r"lo (?:he decidido|decidi|tengo decidido)", r"(?:ya )?esta decidido",
        r"(?:tome|he tomado) (?:la|una|mi) decision", r"mi decision (?:esta tomada|es firme|es final|es definitiva)",
        r"decidi (?:hacerlo|acabar|terminar|matarme|morir|suicidarme|quitarme la vida|irme|que (?:hoy|esta noche"
        r"|manana|ya))", r"no hay (?:vuelta|marcha) atras", r"no me voy a echar (?:para )?atras",
        r"(?:lo )?voy a hacer(?:lo)? (?:hoy|esta noche|manana|ya|de verdad|en serio)",
        r"lo (?:hago|hare|voy a hacer)(?=\W*$|\W*[.!]| (?:hoy|esta noche|manana|ya|de una vez|pronto))",
        r"lo hare (?:hoy|esta noche|manana|pronto)",
        r"esta vez (?:si )?(?:lo hago|va en serio|no fallo|no voy a fallar|lo voy a lograr)",
        r"(?:ya )?se (?:como|cuando|donde) (?:lo voy a hacer|hacerlo|voy a hacerlo)",
        r"(?:tengo|ya tengo) (?:un|el) plan",
        r"(?:lo )?tengo todo (?:planead[oa]|pensad[oa]|preparad[oa]|listo|organizado)",
        r"ya (?:lo )?tengo (?:todo )?(?:planead[oa]|pensad[oa]|decidid[oa]|listo|preparado)",
        r"ya (?:elegi|escogi) (?:el dia|la fecha|el lugar|el metodo|como)",
        r"ya tengo (?:el dia|la fecha|el lugar|el metodo)",
        r"nada (?:me va a|va a|me puede|puede|me hara) (?:detener|parar|hacer cambiar de opinion|convencer)",
        r"nadie me va a (?:detener|parar|convencer|salvar)",
        r"no (?:me )?(?:busquen|busques|intenten detenerme|intenten salvarme|me salven|me detengan)",
        r"no intenten (?:salvarme|detenerme|buscarme)", r"(?:estoy|me siento) en paz con (?:mi decision|esto|ello)",
        r"(?:ya )?estoy (?:list[oa]|preparad[oa]|decidid[oa]|determinad[oa]) (?:para|a) (?:morir|irme|partir|hacerlo"
        r"|acabar|despedirme|dejar este mundo|matarme)", r"(?:ya )?estoy decidid[oa]",
        r"(?:ha )?llegado (?:la hora|el momento)", r"llego (?:la hora|el momento|el dia)",
        r"es hora de (?:irme|acabar|terminar|hacerlo|decir adios|despedirme)", r"este es el (?:fin|final)",
        r"mi (?:ultima|ultimo) (?:decision|mensaje|noche|dia)" + _NOTLAST,
        r"(?:ultimo|ultima) (?:mensaje|noche|dia|despedida)" + _NOTLAST,
        r"ya no hay nada que (?:me detenga|hacer)", r"(?:todo )?se (?:acaba|termina) (?:todo|hoy|esta noche|manana)",
        r"(?:hoy|esta noche|manana) (?:se acaba|termina|se termina) todo", r"(?:ya )?(?:lo )?tengo (?:muy )?claro",
        r"(?:de verdad|en serio) (?:lo voy a hacer|voy a hacerlo|me voy a matar)",
    ],
    prep=[
        # passwords and bank access handed over: "ya le pase a mi mama la contrasena del celular y del banco"
        r"(?:ya )?(?:le |les )?(?:pase|di|deje|mande|envie|entregue|anote|apunte|escribi|comparti|he pasado|he dado"
        r"|he dejado|he mandado|he enviado|he compartido|he anotado)(?: a (?:mi|mis) \w+)? (?:las|la|mis|mi|todas las"
        r"|todas mis) (?:contrasenas?|claves?|pin|pines|codigos?|accesos?)(?: \w+){0,2} (?:del|de la|de mi|de mis"
        r"|de las|de los) (?:banco|cuenta bancaria|cuentas|celular|movil|telefono|correo|email|redes|tarjetas?)"
        r"(?= y (?:del|de la|de las|de los|las|la|el)\b|(?: \w+){0,2} y (?:del|de la) (?:banco|cuenta|cuentas"
        r"|celular|correo|tarjeta)\b)",
        r"(?:ya )?(?:le |les )?(?:pase|di|deje|entregue|he pasado|he dado|he dejado|he entregado)(?: a (?:mi|mis)"
        r" \w+)? todas (?:las|mis) (?:contrasenas|claves|cuentas)",
        # belongings given away: "le di mis plantas a la vecina", "regale las joyas de mi madre a mi sobrina"
        r"(?![^.!?\n]{0,100}\b(?:escuela|colegio|cole|iglesia|parroquia|rifa|sorteo|subasta|caridad|museo"
        r"|biblioteca|asociacion|fundacion|ong|mercadillo|mudanza|cumpleanos|navidad|reyes|boda|me mudo|nos mudamos"
        r"|vacaciones|viaje|mientras|cuando vuelva|que riegue|para que las riegue)\b)"
        r"(?:regale|he regalado|estoy regalando|regalando|di|he dado|reparti|repartiendo|done|he donado)"
        r" (?:todas |todos )?(?:mis|las|los) (?:plantas|joyas|anillos?|relojes|reloj|cadenas?|collares?|alhajas"
        r"|cuadros|herramientas|discos|colecciones|coleccion)(?: \w+){0,4} (?:a|al|a la|a mi|a mis|entre)"
        r" (?:mi |mis |la |el |los |las )?\w+" + _NODONATE,
        # things handed over before going: "he dejado las llaves al portero", "el gato esta con mi hermana"
        r"(?:deje|he dejado|le deje|le he dejado|le di|le he dado|devolvi|he devuelto|entregue|he entregado)"
        r" (?:las|mis|todas las|las dos) (?:\w+ )?llaves (?:a|al|a la|con|en) (?:mi |el |la |los |las )?(?:portero"
        r"|portera|conserje|vecin[oa]s?|caser[oa]|duen[oa]|hermano|hermana|madre|padre|mama|papa|amig[oa]|buzon"
        r"|recepcion)" + _NOTRIP + r"(?!(?: \w+){0,8} (?:para|mientras|por si|cuando vuelva|riegue|de repuesto"
        r"|porque viene|que viene)\b)",
        # the keys and the pet left with a relative: "he dejado a mi hermana las llaves del piso y al gato"
        r"(?:deje|he dejado|le deje|le he dejado|les deje|les he dejado|le di|le he dado|entregue|he entregado) a (?:mi"
        r"|mis) " + _KIN + r"(?: \w+){0,6} (?:y )?(?:al|a la|a mi|a mis|el|la|mis) (?:perr[oa]s?|gat[oa]s?|mascotas?"
        r"|perrit[oa]s?|gatit[oa]s?)" + _NOTRIP + r"(?!(?: \w+){0,8} (?:mientras|finde|hasta|porque|vacaciones|viaje"
        r"|cuando vuelva|de momento|por ahora)\b)",
        r"(?:deje|he dejado|le deje|le he dejado|le di|le he dado|entregue|he entregado) a (?:mi|mis) " + _KIN
        + r" (?:\w+ ){0,2}(?:las|mis|todas las) (?:\w+ )?llaves" + _NOTRIP + r"(?!(?: \w+){0,8} (?:para|mientras"
        r"|por si|cuando vuelva|riegue|de repuesto|porque viene|que viene)\b)",
        # the bank papers laid out: "he dejado los papeles del banco encima de la mesa", "ya lo he dejado todo en
        # orden"
        r"(?:deje|he dejado|te he dejado|te deje|os he dejado|les he dejado|les deje|dejo|tengo) (?:ya )?(?:todos )?"
        r"(?:los|mis) (?:papeles|documentos)(?: (?:del banco|de la casa|del seguro|de la herencia|del piso"
        r"|importantes|de todo))? (?:(?:encima de|sobre|en) (?:la mesa|el cajon|el escritorio|la mesilla|la comoda"
        r"|el aparador|la carpeta)|ordenados|preparados|en orden|a mano)(?=(?:\W+\w+){0,40}?\W+(?:pastillas|esta noche"
        r"|ya no|cansad[oa]|no te preocupes|no os preocupeis|no se preocupen|perdon|adios|os quiero|te quiero|carga"
        r"|morir|matarme|despedir\w*)\b)(?!(?: \w+){0,6} (?:para (?:que (?:los )?firmes|firmar|la gestoria|el notario"
        r"|el contable|hacienda|la reunion|la declaracion)|de la hipoteca)\b)",
        r"ya (?:lo )?(?:he dejado|deje|dejo) todo (?:arreglado|en orden|organizado|atado|resuelto|ordenado"
        r"|listo)(?=\W*$|\W*[.,;:!?]| y\b| para (?:cuando|que no)\b)",
        r"(?:el|la|mi|mis|los|las) (?:perr[oa]s?|gat[oa]s?|mascotas?|perrit[oa]s?|gatit[oa]s?|canario|loro)"
        r" (?:ya )?(?:esta|estan|se queda|se quedan|se quedara|se quedaran|queda|quedan|se quedo) (?:ya )?con"
        r" (?:mi|mis|su|el|la) \w+" + _NOTRIP + r"(?!(?: \w+){0,8} (?:mientras|finde|semana|semanas|hasta|porque"
        r"|dias|vacaciones|viaje|mes|meses|cuando|que (?:estoy|estare|vuelva)|de momento|por ahora)\b)",
        r"(?:escribi|he escrito|estoy escribiendo|escribiendo|deje|he dejado|termine|redacte"
        r"|dejo) (?:\w+ ){0,3}(?:cartas?|notas?|mensajes?|videos?) (?:de despedida|(?:para|a) (?:cada (?:uno"
        r"|una) de )?(?:mis|mi|los|las|cada|todos|toda)(?: \w+)?)",
        r"(?:cartas?|notas?|mensajes?|videos?) de despedida",
        r"(?:escribi|he escrito|deje escritas|tengo escritas|termine|deje) (?:las|mis|unas) cartas(?! de (?:navidad"
        r"|reyes|presentacion|motivacion|recomendacion|amor))", r"(?:nota|carta) (?:de suicidio|suicida)",
        r"(?:ultima|ultimas) (?:carta|cartas|voluntad|voluntades)", r"carta final",
        r"(?:hice|he hecho|redacte|actualice|arregle|prepare|firme|cambie|deje hecho) (?:mi |el )?"
        r"testamento(?! vital)",
        r"(?:regale|he regalado|estoy regalando|regalando|di|he dado|estoy dando|dando|reparti|repartiendo|regalo"
        r"|doy) (?:todas |todos |casi todas |casi todos )?mis (?:cosas|pertenencias|ropa|libros|joyas|discos|juegos"
        r"|ahorros|mascotas)" + _NODONATE,
        r"(?:regale|he regalado|estoy regalando|di|he dado|regalo|doy) (?:a )?mi (?:perr[oa]|gat[oa]|mascota"
        r"|perrit[oa]|gatit[oa])" + _NOTRIP,
        r"(?:busque|buscando|encontre|estoy buscando|busco|le busque|les busque|le encontre) (?:un |una )?(?:nuevo "
        r"|nueva )?(?:hogar|casa|dueno|duena|familia|adoptante|quien (?:lo|la|los|las) adopte"
        r"|quien se quede con) (?:para |a )?(?:mi|mis) (?:perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?)",
        r"(?:di|he dado|doy|voy a dar) en adopcion a (?:mi|mis) (?:perr[oa]s?|gat[oa]s?|mascotas?)",
        r"(?:le|les) (?:di|deje|regale|he dejado|he dado) (?:a )?(?:mi|mis|el|la|los|las) (?:perr[oa]s?|gat[oa]s?"
        r"|mascotas?|perrit[oa]s?|gatit[oa]s?)" + _NOTRIP,
        r"(?:escribi|he escrito|mande|envie|he mandado|les escribi|le escribi)(?: \w+){0,3} (?:para|pa) "
        r"(?:despedirme|decir adios|decirles adios)",
        r"(?:quien|alguien que|que alguien|a alguien para que|para que alguien) (?:cuide|cuidara|cuidaria"
        r"|se quede con|se encargue de|se haga cargo de|va a cuidar|pueda cuidar) (?:a |de )?(?:mis|mi|los|el"
        r"|la) (?:hij[oa]s?|ninos|chicos|nenes|perr[oa]|gat[oa]|mascotas?|plantas)",
        r"(?:cuide|cuidara|cuidaria|se quede con|se encargue de|se haga cargo de|va a cuidar|cuidar) (?:a "
        r"|de )?(?:mis|mi|los|el|la) (?:hij[oa]s?|ninos|chicos|nenes|perr[oa]|gat[oa]"
        r"|mascotas?)(?: \w+){0,3} cuando (?:yo )?(?:ya )?(?:no este|falte|me vaya|me haya ido|muera|me muera)",
        r"(?:puse|poniendo|pongo|dejar|deje|dejando|he dejado) (?:en orden |todo en orden )?(?:mis"
        r"|todos mis) (?:asuntos|papeles|documentos)(?: en orden)?",
        r"(?:deje|dejando|dejar|he dejado|dejo) todo (?:en orden|arreglado|atado|organizado"
        r"|pagado) (?:para (?:cuando|mi familia|mis hijos|que)|por si)",
        # "asi esta todo mas ordenado, por si acaso", "ya queda todo en orden por si me pasa algo"
        r"(?:esta|queda|quedo|tengo|deje|dejo|he dejado|he puesto|puse|ya esta|ya queda) (?:todo|todas mis cosas"
        r"|mis cosas|mis papeles|la casa) (?:mas |bien )?(?:en orden|ordenad[oa]s?|arreglad[oa]s?|organizad[oa]s?"
        r"|atad[oa]s?|recogid[oa]s?)(?: \w+){0,3},? (?:por si (?:acaso|me pasa algo|no vuelvo|no estoy|falto"
        r"|algun dia)|para cuando (?:yo )?(?:ya )?no (?:este|estoy)|para que no (?:tengan|tengais|tenga) que"
        r" (?:hacer|ocuparse|preocuparse))",
        r"(?:deje|he dejado|dejo|anote|apunte) (?:las|mis) (?:contrasenas|claves|cuentas del banco"
        r"|datos del banco)(?: \w+){0,3} (?:para|a) (?:mi|mis|los|la)",
        r"(?:pague|he pagado|salde|liquide|he saldado) (?:todas )?mis deudas (?:para que|antes de|por si)",
        r"(?:revise|actualice|deje listo|arregle) (?:el|mi) seguro de vida",
        r"(?:elegi|escogi|he elegido|he escogido|deje elegid[oa]s?) (?:la musica|las canciones|la cancion|el ataud"
        r"|la ropa|las flores)(?: \w+){0,2} (?:para|de) mi (?:funeral|entierro|velorio|velatorio)",
        r"(?:deje|dejar|he dejado) (?:pagado|arreglado|organizado) (?:mi|el) (?:entierro|funeral|velorio|nicho|ataud)",
        r"(?:me estoy despidiendo|despidiendome|vengo a despedirme|queria despedirme|quiero despedirme"
        r"|he venido a despedirme) de (?:todos|todas|ustedes|ti|vos|todo el mundo|mi familia|mis hijos|mis amigos"
        r"|este mundo)",
        r"(?:ver|abrazar|visitar|besar|hablar con) (?:a )?(?:\w+ ){0,2}por ultima vez",
        r"(?:borre|elimine|cerre|he borrado|he eliminado|he cerrado) (?:todas )?mis (?:cuentas|redes|redes sociales"
        r"|perfiles) (?:para que|antes de)",
    ],
    farewell=[
        r"(?:no es|nada de esto es|esto no es) culpa (?:tuya|suya|vuestra|de nadie|de ustedes)|la culpa no es"
        r" (?:tuya|suya|vuestra|de nadie)|nadie tiene la culpa",
        r"gracias por todo", r"perdon(?:ame|enme)? por todo", r"perdonenme", r"perdoname", r"perdonadme",
        r"lo siento (?:mucho )?por todo", r"siento (?:mucho )?todo", r"les pido perdon", r"os pido perdon",
        r"(?:los|las|os) quiero (?:a todos|a todas|mucho|muchisimo)", r"(?:los|las|os) amo(?: a todos)?",
        r"adios(?: a todos| a todas| para siempre| mundo| mundo cruel)?", r"chao para siempre", r"chau para siempre",
        r"hasta siempre", r"hasta nunca", r"nos vemos en (?:otra vida|el cielo|la otra vida|el mas alla)",
        r"no me olviden", r"no se olviden de mi", r"recuerdenme", r"acordaos de mi",
        r"(?:cuiden|cuida|cuidad|cuidate|cuidese|cuidalos) (?:a |de )?(?:mama|papa|mi madre|mi padre|mis hijos"
        r"|los ninos|los chicos|mi perr[oa]|mi gat[oa]|mi familia|todos|los demas)",
        r"(?:diles|dile|decile|decirle|decirles|diganle|diganles|decidle|decidles|dales|dale)(?: a (?:\w+ ){0,2}\w+)?"
        r" que (?:siempre )?(?:los|las|la|lo|les|le|te|os) (?:quiero|amo|quise|ame|queria|adoro|he querido)",
        # a message that ends on an apology: "...esta noche cuando se duerman todos. perdon"
        r"perdon(?:ame|enme|adme)?\W*$", r"lo siento (?:mucho|tanto)?\W*$",
        r"(?:ya no|no) (?:van|vas|vais) a (?:volver a )?saber (?:nada )?(?:mas )?de mi", r"esta es mi despedida",
        r"me despido(?: de (?:todos|ustedes|ti|vos|este mundo|la vida))?", r"fue un placer conocer(?:te|los|les|os)",
        r"los (?:voy a )?extran(?:are|ar)", r"nunca (?:los|las|te|os) olvidare",
        r"(?:no es|no fue) (?:tu|su|vuestra) culpa", r"no se culpen", r"no te culpes",
    ],
    hopeless=[
        r"sin esperanzas?", r"no (?:hay|tengo|queda) (?:ninguna )?esperanza", r"desesperanza", r"desesperad[oa]",
        r"(?:ya )?nada tiene sentido", r"(?:la vida|mi vida|esto) no tiene sentido", r"nada importa",
        r"nada va a cambiar", r"(?:esto )?nunca va a cambiar", r"nunca (?:voy a|vo a) estar bien",
        r"(?:ya )?no (?:puedo|aguanto|soporto) mas(?! de (?:risa|sueno|hambre|calor|frio|comer|comida|cansancio"
        r"|felicidad|alegria|emocion))", r"(?:ya )?no (?:lo )?(?:aguanto|soporto)(?: mas)?", r"ya no puedo",
        r"no doy mas", r"no puedo seguir(?: asi)?", r"no puedo con (?:esto|todo|mi vida)",
        r"(?:estoy )?hart[oa] de todo", r"(?:soy|me siento|seria|seguire siendo) una carga",
        r"(?:ya )?no quiero (?:ser|seguir siendo) (?:una )?(?:carga|molestia|estorbo)", r"soy un estorbo",
        r"no (?:valgo|sirvo) (?:nada|para nada)",
        # self-mockery over a clumsy task is not hopelessness: "soy un desastre con los nudos jaja"
        r"soy (?:un|una) (?:fracaso|desastre|inutil|basura)" + _NOJOKE,
        r"atrapad[oa]", r"no (?:hay|tengo|veo|le veo|encuentro) (?:otra )?salida", r"callejon sin salida",
        r"(?:a nadie le importo|a nadie le importa|nadie me quiere|nadie me necesita|no le importo a nadie)",
        r"(?:estoy|me siento) (?:tan |muy )?vaci[oa]", r"me rindo", r"(?:ya )?me rendi", r"tir(?:o|e|ar) la toalla",
        r"perdi las ganas de (?:todo|vivir)", r"ya no tengo ganas de nada", r"(?:estoy )?cansad[oa] de luchar",
        r"que sentido tiene", r"de que sirve", r"(?:para|pa) que (?:seguir|luchar)", r"todo es oscuro",
        r"no veo (?:futuro|la luz|ninguna luz)", r"no tengo futuro", r"ya no (?:me )?queda nada",
        r"(?:todos|todo el mundo) (?:estaria|estarian|estara|estaran) (?:mejor|bien)", r"estoy de (?:mas|sobra)",
        r"no sirvo para nada", r"me odio", r"odio mi vida", r"estoy destruid[oa]", r"estoy en el fondo",
        r"toque fondo", r"(?:esto|todo) (?:se )?(?:acabo|termino) para mi", r"ya fue todo",
        r"(?:ya )?no me (?:quedan|queda) (?:ni )?(?:fuerzas|fuerza|energia|ganas)(?! (?:para (?:ir|salir|hacer|limpiar"
        r"|cocinar|estudiar|trabajar|entrenar)|de (?:ir|salir|hacer|limpiar|cocinar|estudiar|trabajar|entrenar))\b)",
        r"(?:estoy|me siento) sin fuerzas (?:para (?:seguir|vivir|nada|luchar))",
    ],
    stopped_treatment=[
        r"(?:deje|he dejado|dejo|estoy dejando|voy a dejar|deje de) (?:de )?(?:tomar(?:me)?|ponerme|inyectarme|usar"
        r"|ir a) (?:la |mi |las |mis |el )?(?:insulina|medicacion|medicamentos|pastillas|remedios|tratamiento"
        r"|dialisis|hemodialisis|anticoagulantes|sintrom|pastillas del corazon|pastillas de la (?:presion|tension)"
        r"|quimio|quimioterapia|antirretrovirales|retrovirales|oxigeno)(?: \w+){0,3} (?:a proposito|aproposito"
        r"|adrede|queriendo|(?:para|pa) (?:morir|morirme|que (?:me|pase|llegue|acabe|dios)|acabar|irme|no seguir"
        r"|dejarme morir)|hasta que (?:me muera|pase lo que pase|llegue)|y que sea lo que dios quiera"
        r"|y que pase lo que (?:tenga que|sea))",
        r"(?:ya )?no (?:me )?(?:pongo|inyecto|tomo|voy a poner|voy a tomar) (?:la |mis |las )?(?:insulina|medicacion"
        r"|pastillas|remedios|medicamentos)(?: \w+){0,3} (?:para|pa|porque quiero|asi) (?:morir|morirme|irme|acabar"
        r"|que (?:se acabe|todo acabe|llegue))",
        r"(?:ya )?no (?:voy a ir|voy|vuelvo|pienso ir|pienso volver) a (?:la )?(?:dialisis|hemodialisis|quimio"
        r"|quimioterapia)", r"(?:deje|he dejado) de ir a (?:la )?(?:dialisis|hemodialisis)",
        r"dejar que (?:el cancer|la diabetes|la enfermedad|el cuerpo|la naturaleza|el corazon|mi cuerpo) (?:haga"
        r"|siga|decida|termine)", r"que la enfermedad (?:haga|siga) su curso",
        r"(?:deje|he dejado|dejo) de (?:comer|beber|tomar agua) (?:para|pa|hasta) (?:morir|morirme|que (?:me muera"
        r"|llegue|se acabe))", r"(?:ya )?no (?:como|bebo) (?:nada )?(?:para|hasta) (?:morir|morirme|que me muera)",
        r"(?:me )?dejo morir", r"dejarme morir", r"(?:me voy a|me quiero|voy a|quiero) dejar(?:me)? morir",
    ],
    threat=[
        # a grievance and "he'll find out": "el que me ha estado humillando se va a enterar"
        r"(?:el|la|los|las|ese|esa|esos|esas|aquel|aquella) (?:que|cabron|cabrona|hijo de puta|hdp|idiota|imbecil|tipo"
        r"|tio|pibe|chaval|wey|guey|profe|jefe|gilipollas|pendejo|forro)(?=[^.!?\n]{0,80}? se (?:va|van) a enterar"
        r"(?! de\b| que\b| por\b| si\b| cuando\b))",
        r"(?<!\bme )(?<!\bse )(?<!\bnos )(?:voy a|vamos a|quiero|queria|tengo ganas de|me dan ganas de|pienso"
        r"|estoy pensando en|estoy por|planeo|planeando|estoy planeando|ire a|voy a ir a|juro que voy a"
        r"|te juro que voy a) (?:matar|apunalar|acuchillar|asesinar|balear|disparar|estrangular|ahorcar|degollar"
        r"|envenenar|quemar|atropellar|rajar|reventar|picar) a (?:mi \w+|su \w+|ese|esa|este|esta|el|ella|ellos"
        r"|ellas|todos|todas|alguien|todo el mundo|la gente|(?!(?:la|el|los|las|un|una|unos|unas|mosca|moscas"
        r"|cucaracha\w*|mosquito\w*|rata\w*|bicho\w*|hormiga\w*)\b)[a-z]+)"
        + _NOJOKE,
        r"(?:voy a|vamos a|quiero|queria|tengo ganas de|pienso|estoy pensando en|planeo"
        r"|juro que voy a) (?:matarl[oa]s?|matarle|matarles|apunalarl[oa]s?|acuchillarl[oa]s?|asesinarl[oa]s?"
        r"|balearl[oa]s?|dispararle|dispararles|envenenarl[oa]s?|quemarl[oa]s?|atropellarl[oa]s?|estrangularl[oa]s?"
        r"|ahorcarl[oa]s?|degollarl[oa]s?|hacerle dano|hacerles dano|lastimarl[oa]s?|pegarle un tiro"
        r"|meterle un tiro)" + _NOJOKE,
        r"(?:lo|la|los|las|le|les) (?:voy a|vamos a|quiero|pienso|tengo ganas de) (?:matar|apunalar|acuchillar"
        r"|asesinar|balear|disparar|estrangular|ahorcar|degollar|envenenar|quemar|atropellar|hacer dano|lastimar"
        r"|reventar a tiros|pegar un tiro|meter un tiro|pegar un balazo|meter un balazo)" + _NOJOKE,
        r"(?:lo|la|los|las) (?:voy a|pienso) (?:esperar|buscar)(?: \w+){0,3} (?:con (?:el|la|un|una|mi)"
        r"|a la salida con)",
        r"(?:voy a ir|voy|ire) (?:a su casa|por el|por ella|a buscarl[oa]|a buscarle)(?: \w+){0,3} (?:con (?:el|la"
        r"|un|una|mi) (?:cuchillo|navaja|pistola|arma|machete|escopeta|bate|gasolina)|a matarl[oa])",
        r"(?:voy a|quiero|pienso|vamos a) (?:quemar|incendiar|prender fuego a|prenderle fuego a) (?:la casa|el carro"
        r"|el coche|el auto|el negocio|la tienda) (?:de|del) (?:mi \w+|ese|esa|\w+)" + _NOJOKE,
        r"(?:va|van) a pagar con (?:su|la) vida", r"se va a arrepentir de haber nacido",
        r"(?:lo|la|los) voy a hacer pedazos", r"(?:lo|la) mato(?: si| esta noche| hoy| manana)" + _NOJOKE,
        # harm to the body of someone else: "le reviento la cabeza", "le voy a partir la cara", "le vuelo los sesos"
        r"(?<!\bme )(?<!\bse )(?<!\bte )(?:le|les) (?:voy a |vamos a |juro que (?:le |les )?)?(?:(?:reviento|reventar"
        r"|revientan|parto|partir|abro|abrir|vuelo|volar|destrozo|destrozar|desfiguro|desfigurar|rajo|rajar)"
        r" (?:la cabeza|la cara|el craneo|la crisma|los dientes|las piernas|la boca|la jeta|el hocico|los sesos"
        r"|la madre|la nuca|las costillas|el cuello|el alma)|(?:rompo|romper) (?:la cara|la crisma|los dientes"
        r"|las piernas|la boca|la jeta|el hocico|la madre|las costillas|el cuello|el alma))" + _NOJOKE + _NOGAME,
        # retaliation: "ese no vuelve a tocar a mi hermanita", "no va a volver a ponerle la mano encima a nadie"
        r"(?:ese|esa|este|esta|el|ella)(?: \w+){0,3} no (?:vuelve|va a volver|volvera) a (?:tocar"
        r"|pegar|ponerle (?:una |la )?mano encima|acercarse|lastimar|hacer(?:le)? dano|molestar) a (?:mi|nadie"
        r"|ninguna|ningun)" + _NOJOKE,
        # lying in wait with a weapon: "espero al Brayan con el machete", "lo espero a la salida con la navaja"
        r"(?:lo|la|los|las|le)? ?(?:espero|esperamos|esperare|voy a esperar|busco|buscare|voy a buscar)(?: a| al)?"
        r"(?: \w+){0,5} con (?:el|la|un|una|mi|este|esta) " + _WEAPON,
        # revenge for what someone did: "hoy se acaba lo que le hizo a mi hija", "me las va a pagar por lo que hizo"
        r"(?:se (?:le )?acaba|se (?:le )?termina|se (?:le )?acabo|(?:me |nos )?(?:las|la|lo) (?:va|van) a pagar"
        r"|(?:me |nos )?(?:las|la|lo) pagar(?:a|an)|va a pagar|van a pagar|pagara|pagaran|me las paga|me la paga)"
        r"(?: \w+){0,3} (?:por )?(?:todo )?lo que (?:le |me |nos |les )?(?:hizo|ha hecho|hicieron|han hecho|hace"
        r"|hacia)" + _NOJOKE + r"(?!(?: \w+){0,10} (?:justicia|juicio|juez|jueza|carcel|denuncia|condena|tribunal"
        r"|policia|abogad\w*|karma|la vida|dios)\b)",
        # the target's routine known, with an insult: "se a que hora sale ese cabron del bar"
        r"se (?:a que hora|cuando|donde|por donde|por que calle|en que \w+) (?:sale|llega|pasa|vive|trabaja|esta"
        r"|duerme|entrena|bebe|toma|para|se mete|se queda|vuelve) (?:ese|esa|este|esta|el|la|aquel|aquella) (?:\w+ )?"
        r"(?:cabron|desgraciad[oa]|hijo de puta|hijueputa|hijoputa|malnacid[oa]|maldit[oa]|hdp|pendej[oa]|cerdo"
        r"|miserable|gonorrea|culero|violador|abusador|infeliz|bastardo|hijo de perra|canalla|mierda|degenerad[oa]"
        r"|asqueros[oa]|pedofilo|malparid[oa])",
    ],
    weapon=[r"cuchillos?", r"navajas?", r"cuchillas?", r"machete",
    r"pistolas?(?! de (?:agua|silicona|pintura|calor|aire|juguete))",
            r"(?:un|el|mi|una|las) armas?",
            r"(?:un|el|mi|su) revolver", r"escopetas?", r"rifle", r"fusil", r"bate", r"martillo", r"hacha", r"chumbo",
            r"fusca", r"gasolina", r"nafta", r"bencina", r"acido", r"punal", r"manopla", r"cadena", r"cargad[ao]",
            r"glock", r"calibre \d+", r"9 ?mm"],
    violence_me=[
        r"me " + _HIT + r"(?! (?:un|una|el|la|los|las) (?:susto|grito|gritos|gripe|resfriado|virus|sol|bronca|chicle"
        r"|covid|enfermedad|mano|vuelta|tirón|tiron|cancion|manana|rato|pelota|estomago|comida|cafe"
        r"|dedo))(?! (?:el sol|la gripe|fuerte la musica|la musica))",
        r"me (?:da|dio|daba|ha dado|pega|pego|pegaba|mete|metio|metia) (?:una |unas )?(?:palizas?|golpes|cachetadas"
        r"|bofetadas|patadas|punetazos|trompadas|pinas|manotazos|cachetazos|madrazos|chingadazos|putazos|hostias"
        r"|ostias|tortazos|guantazos)",
        r"me (?:agarro|agarra|tomo|cogio|coge|apreto|aprieta|apretaba|agarraba) (?:del|el|por el) cuello",
        # the act again or attempted: "me volvio a agarrar del cuello", "me ha vuelto a pegar", "me intento ahorcar"
        r"me (?:volvio|ha vuelto|vuelve|volvia|volveria) a (?:pegar|golpear|patear|empujar|ahorcar|estrangular"
        r"|asfixiar|cachetear|abofetear|quemar|morder|arrastrar|encerrar|violar|amenazar|dar una paliza"
        r"|(?:agarrar|apretar|coger|tomar|sujetar) (?:del|el|por el) cuello)",
        r"me (?:\w+ )?(?:agarr\w*|apret\w*|cogi\w*|sujet\w*|estruj\w*) (?:del|el|por el) cuello(?: \w+){0,6} (?:hasta"
        r"|no podia respirar|casi me (?:desmayo|desmaye|ahogo|ahoga|muero|mata))",
        r"(?:para que no se (?:vean|noten)|para tapar|para esconder|para ocultar|para disimular) (?:las|los|mis)"
        r" (?:marcas|moretones|moratones|morados|golpes|hematomas|chupones)(?! de (?:acne|granos|la varicela"
        r"|nacimiento|la operacion|la cirugia))(?=(?: \w+){0,3}(?: del cuello| de la cara| de los brazos|\W*$"
        r"|\W*[.,;]))",
        r"(?:sus|las) manos (?:en|alrededor de|sobre) mi cuello",
        r"(?:el|ella|novio|novia|marido|esposo|esposa|pareja|ex|padre|padrastro|papa|mama|madre|hermano|hijo"
        r"|tio)(?: \w+){0,2} me (?:ahorco|asfixio)", r"casi me (?:ahorca|ahorco|asfixia|asfixio|estrangula|mata)",
        r"me (?:ahorco|apreto el cuello) (?:hasta|con (?:sus|las) manos)",
        r"me (?:intento|quiso) (?:ahorcar|estrangular|asfixiar|ahogar|matar)",
        r"me dejo (?:marcas|moretones|moratones|morados) en el cuello",
        r"no podia respirar(?: \w+){0,4} (?:sus manos|me apretaba|me tenia|me agarraba)",
        r"(?:me )?(?:amenaz(?:a|o|aba)|ha amenazado) (?:con )?(?:matarme|pegarme|quemarme|apunalarme|dispararme"
        r"|matarnos|quitarme (?:a )?(?:mis|los) hijos|hacerme dano|lastimarme|desfigurarme)",
        r"(?:dijo|dice|grito|juro|jura) que me (?:va|iba) a (?:matar|apunalar|quemar|pegar un tiro|desfigurar)",
        r"me (?:amenazo|amenaza|amenazaba|ha amenazado) con (?:una|un|la|el|su) (?:navaja|cuchillo|pistola|arma"
        r"|machete|escopeta|tijeras|botella)",
        r"me (?:apunto|apunta|apuntaba) con (?:una|la|el|un|su) (?:pistola|arma|cuchillo|navaja|escopeta)",
        r"me (?:puso|pone|ponia) (?:el|un|la|una|su) (?:cuchillo|navaja|pistola|arma) (?:en|al|contra|sobre)",
        r"(?:abusa|abuso|abusaba|ha abusado) (?:sexualmente )?de mi",
        r"me (?:forzo|forza|obligo|obliga|obligaba) a (?:tener (?:sexo|relaciones)|acostarme|hacerle)",
        r"me (?:violo|violaron|viola|violaba)",
        r"(?:tio|padrastro|padre|papa|abuelo|hermano|primo|novio|profesor|profe|entrenador|vecino|jefe|pareja|marido"
        r"|esposo)(?: \w+){0,4} me (?:toca|tocaba|toco|manosea|manoseaba|manoseo)(?! (?:a mi|\w+r\b))",
        r"me (?:quita|quito|quitaba|saca|saco|retiene|esconde) (?:el|mi|la|los|mis) (?:dinero|sueldo|pension"
        r"|jubilacion|tarjeta|tarjetas|celular|telefono|movil|pasaporte|documentos|llaves|papeles)",
        r"no me deja (?:salir|ver a|trabajar|tener|hablar con|usar|ir|llamar|estudiar)",
        r"(?:moretones|moratones|morados|hematomas|ojo morado|labio partido|marcas)(?: \w+){0,6} (?:me (?:hizo|dejo)"
        r"|de (?:el|ella|mi (?:marido|esposo|pareja|novio|novia|mujer|esposa))|otra vez)",
        r"me (?:tiro|tira|jalo|jala|tiraba|jalaba) (?:del|el) pelo",
        r"me (?:tiro|empujo|lanzo) (?:por|de|contra) (?:las escaleras|la pared|el suelo|el piso)",
        r"(?:violencia (?:domestica|de genero|machista|intrafamiliar))", r"me maltrata\w*",
    ],
    danger_me=[
        # keeping a weapon or a barricade by the bed for fear: "voy a dormir con un cuchillo debajo de la almohada"
        r"(?:duermo|voy a dormir|dormi|dormire|dormir|me acuesto|me voy a acostar|tengo que dormir) con (?:un|el|una|la"
        r"|mi) (?:cuchillo|navaja|tijeras|bate|palo|martillo|destornillador|cuchilla)(?: \w+){0,4}",
        r"(?:pongo|puse|atranco|atranque|trabo|trabe|arrastre|arrastro|empuje) (?:una silla|la silla|la comoda|el armario"
        r"|la cama|un mueble|la mesa) (?:contra|delante de|detras de) la puerta",

        # A threat reported: "mi marido dijo que me va a matar esta noche" (not "cuando vea la multa").
        r"(?:dijo|dice|juro|jura|amenazo|amenaza|grito|grita|aviso|escribio|repite|repetia|decia)(?: \w+){0,2} que"
        r" (?:me )?(?:va a matar(?:me)?|me va a matar|me mata|me matara|matara|acaba conmigo|acabara conmigo|me mataria"
        r"|me va a dar una paliza|me rompe la cara)(?! (?:cuando|si) (?:vea|se entere|sepa|llegue tarde|suspendo))",
        # stalking: "un companero me sigue hasta casa", "mi ex me espera a la salida del trabajo"
        r"(?:tipo|hombre|senor|companer[oa]|ex|expareja|exnovi[oa]|exmarido|exmujer|jefe|jefa|vecin[oa]|desconocid[oa]"
        r"|chico|alguien|cliente|profesor|profe|compa)(?: \w+){0,6} (?:me|nos) (?:sigue|siguen|seguia|siguio"
        r"|ha seguido|persigue|persiguen|persiguio|ha perseguido|acecha|espia|vigila) (?:hasta|a|por|en|desde)"
        r" (?:(?:la )?(?:puerta|salida) (?:de |del )?)?(?:casa|mi casa|el trabajo|trabajo|la oficina|el portal"
        r"|el coche|el parking|la parada|el metro|el colegio|la facultad|la escuela)(?!(?: \w+){0,6}\W{0,2} (?:para"
        r" (?:charlar|hablar|saludar|acompanarme|ayudarme|ir juntos|jugar|darme)|es (?:muy )?(?:majo|maja|amable"
        r"|simpatic[oa]|un encanto)|jugando|de broma)\b)",
        r"(?:me (?:esta|estan) acosando|me acosa|me acosan|me acecha|me acechan)",
        r"(?:tengo |me da )?miedo (?:de )?(?:que|de que) (?:me (?:mate|pegue|haga dano|encuentre|lastime|golpee)"
        r"|(?:el|ella|mi \w+|vuelva y) me (?:mate|pegue|encuentre|haga dano|lastime|golpee))",
        r"(?:dijo|dice|juro|jura|grito|amenazo) que (?:me|nos) (?:va|iba|van) a (?:matar|encontrar|buscar)",
        # a threat told in the present or future: "dice que esta noche nos mata a mi y al nino"
        r"(?:dijo|dice|decia|juro|jura|grito|grita|gritaba|amenazo|amenaza|repite|repetia) que (?:\w+ ){0,3}(?:me"
        r"|nos) (?:mata|matara|mataria|matan|mataran|va a matar|van a matar|iba a matar|quema|quemara|va a quemar"
        r"|rajara|raja|apunala|apunalara|mete un tiro|pega un tiro)\b" + _NOJOKE + r"(?!(?: \w+){0,3} si (?:llego"
        r"|llegamos|llegas|llegan|suspendo|suspendemos|suspendes|repruebo|reprobamos|rompo|rompemos|no (?:recojo"
        r"|recogemos|limpio|limpiamos|ordeno|hago|hacemos|apruebo|aprobamos|llamo|llamamos))\b)"
        r"(?!(?: \w+){0,4} (?:de (?:risa|hambre|aburrimiento|pena|verguenza)|a (?:disgustos|sustos|trabajar|deberes)"
        r"|con (?:su|sus|tanta|tanto|la|el|esa|ese|esas|esos) (?:paella|comida|cocina|chistes|bromas|musica|ruido"
        r"|rollo|charla|preguntas|tarta|pastel|guiso|cena|postre|picante|deberes|examen|examenes|entrenamiento))\b)",
        r"(?:me estoy escondiendo|estoy escondid[oa]|me escondi|me escondo|me he escondido) (?:de el|de ella"
        r"|de mi \w+|en el (?:bano|armario|closet|cuarto|ropero)|en la (?:pieza|habitacion))" + _NOPLAY,
        r"no estoy (?:a salvo|segur[oa]) (?:en casa|aqui|aca|con el|con ella|en mi casa)",
        r"(?:tengo|me da) miedo (?:de )?(?:volver|ir|regresar) a (?:casa|mi casa)",
        r"me (?:persigue|esta siguiendo|sigue a todas partes|acosa|acecha|vigila)",
        # an ex who waits, watches or turns up: "mi ex me sigue esperando a la salida del laburo"
        r"(?:mi|el|la|su) ex(?:pareja|novi[oa]|marido|mujer|espos[oa]| pareja| novi[oa]| marido| mujer"
        r"| espos[oa])?(?: \w+){0,3} (?:me )?(?:sigue|esta|anda|estaba|andaba|vuelve a|volvio a|ha vuelto a)"
        r"(?: \w+)? (?:esperando(?:me)?(?! (?:que|a que|respuesta|noticias|una respuesta|mi respuesta|un hijo"
        r"|un bebe|el divorcio|los papeles)\b)|siguiendo(?:me)?|vigilando(?:me)?|espiando(?:me)?|rondando|acechando"
        r"|acosando(?:me)?|aparecer|presentarse|merodeando)",
        r"(?:mi|el|la|su) ex(?:pareja|novi[oa]|marido|mujer|espos[oa]| pareja| novi[oa]| marido| mujer"
        r"| espos[oa])?(?: \w+){0,3} (?:aparece|se presenta|se aparece|aparecio|se presento|se planta|se planto"
        r"|me espera|me esperaba|me espero) (?:\w+ )?(?:en|a la (?:salida|puerta) de|fuera de|afuera de) "
        r"(?:mi|la) (?:casa|trabajo|laburo|curro|chamba|oficina|escuela|facultad|universidad|puerta|edificio)"
        r"(?!(?: \w+){0,4} (?:para|a) (?:devolver|traer|recoger|dejar|buscar|llevar|dar|firmar|pagar)\w*)",
        r"(?:si|cuando) (?:se entera|me encuentra|vuelve)(?: \w+){0,3} me mata",
    ],
    under_threat_now=[
        r"(?:esta|estan) (?:golpeando|pateando|aporreando|dando golpes (?:a|en)|tocando fuerte) (?:la|mi) puerta",
        r"(?:golpeando|pateando|aporreando|tumbando|rompiendo|forzando) la puerta",
        r"(?:esta|estan) (?:afuera|fuera|en la puerta|abajo|en la ventana)(?: de (?:mi )?casa)? (?:ahora|ahorita"
        r"|en este momento|gritando)",
        r"(?:ya )?(?:viene|esta viniendo|esta llegando) (?:para aca|hacia aca|a casa|a buscarme|de camino|en camino)",
        r"me (?:encerre|escondi|he encerrado) en el (?:bano|cuarto|armario|closet|coche|carro|auto)",
        r"me (?:encerre|escondi|he encerrado) en la (?:pieza|habitacion)",
        r"(?:tiene|trae|agarro|saco|cogio) (?:un|una|el|la) (?:cuchillo|navaja|pistola|arma|machete"
        r"|escopeta)(?: \w+){0,3} (?:ahora|y viene|en la mano|y me|abajo)",
        r"(?:quiere|intenta|esta intentando|trata de) entrar",
        # shut in a room away from someone: "estoy encerrada en el cuarto", "estamos escondidos en el bano"
        r"(?:estoy|estamos|sigo|seguimos) (?:encerrad[oa]s?|escondid[oa]s?|atrincherad[oa]s?) (?:con (?:mi|mis|el"
        r"|la|los) \w+ )?en (?:el|la|mi) (?:bano|cuarto|pieza|habitacion|armario|closet|ropero|dormitorio|coche"
        r"|carro|auto)(?!(?: \w+){0,4} (?:estudiando|jugando|leyendo|trabajando|viendo|durmiendo|todo el (?:dia"
        r"|rato|finde|fin de semana)|desde (?:hace|el)|sin salir|toda la (?:tarde|manana|semana)|con (?:la|el|mi)"
        r" (?:musica|play|movil|celular|compu|ordenador|portatil|pc|tablet))\b)",
        # the door broken down: "tiro la puerta a patadas", "rompio la puerta del bano y tiene un cuchillo"
        r"(?:tiro|tumbo|derribo|reviento|forzo|echo abajo|ha tirado|ha roto|esta rompiendo|rompio|pateo|esta"
        r" tirando) (?:la|mi) puerta(?: (?:del|de la) \w+)?(?= (?:a patadas|a golpes|de una patada|a punetazos"
        r"|para entrar|y (?:me|nos|tiene|trae|viene|entro|dice|grita|amenaza)))",
        r"(?:esta|ya esta) (?:aqui|aca) (?:y|con)",
        r"(?:ahora|ahorita|todavia) (?:esta|sigue) (?:en la sala|en casa|aqui|aca|abajo|afuera|en la cocina"
        r"|en el cuarto|en la puerta|en la otra pieza|en el salon)",
    ],
    child_harm=[
        # a young child left alone, and marks seen on a child
        r"(?:deja|dejan|dejaba|dejaban|ha dejado|han dejado|dejo|se deja) (?:sol[oa]s?|encerrad[oa]s?|sin comer)"
        r" (?:a |al )?(?:\w+ ){0,2}" + _YOUNG_CHILD,
        r"(?:l[oa]|le|los|las) (?:vi|he visto|veo|vimos|hemos visto) (?:\w+ ){0,5}con (?:moratones|moretones|morados"
        r"|cardenales|hematomas|marcas de golpes|quemaduras|la cara hinchada|un ojo morado)",
        # marks on a child told across a sentence: "la nena del tercero tiene unos 8 anos y siempre viene con quemaduras"
        r"(?:" + _CHILD + r"|nin[oa]|chic[oa]|chiquill[oa])(?: (?:del? \w+|de \d{1,2} anos))?[^.!?\n]{0,60}? (?:aparece"
        r"|aparecia|aparecio|viene|vino|llega|llego|va|iba|anda|andaba|esta|sale) (?:\w+ ){0,3}(?:con|llen[oa] de)"
        r" (?:\w+ ){0,2}(?:marcas? de (?:quemadura|cinturon|correa|dedos|mordida|cigarro|cuerda)|quemaduras|moretones"
        r"|moratones|morados|hematomas|cardenales|verdugones|un ojo morado|el ojo morado)(?![^.!?\n]{0,60}\b(?:jugando"
        r"|de jugar|se cayo|se cae|caida|futbol|patin\w*|bici\w*|columpio|vacuna|sol|playa|entrenamiento)\b)",
        # a small child alone now, or left with an intoxicated adult
        _YOUNG_CHILD + r"(?: \w+){0,2} (?:esta|se quedo|se queda|sigue|anda) (?:sol[oa]|solit[oa]|sin nadie|encerrad[oa])",
        r"(?:" + _CHILD + r")(?: de \d{1,2} (?:anos|meses))?(?: \w+){0,3} (?:esta|se quedo|se queda|sigue|sol[oa]) (?:\w+"
        r" ){0,3}con (?:el |la |mi |su )?(?:ex|padre|madre|papa|mama|padrastro|madrastra|novio|tio|abuelo|\w+)"
        r" (?:que (?:esta|anda|va|estaba) |(?:esta|anda) )?" + _HIGH_NOW,

        # small children left alone for a day or more: "dejo solos a sus dos chiquitos desde ayer y nadie abre"
        r"(?:deja|dejan|dejaba|dejaban|dejo|dejaron|ha dejado|han dejado) (?:sol[oa]s?|solit[oa]s?|encerrad[oa]s?"
        r"|abandonad[oa]s?) (?:a )?(?:mi|mis|su|sus|el|la|los|las|dos|tres) (?:\w+ ){0,2}" + _CHILD
        + r"(?=[^.!?]{0,60}\b(?:desde (?:ayer|anoche|antier|anteayer|el (?:lunes|martes|miercoles|jueves|viernes"
        r"|sabado|domingo)|hace (?:\w+ )?(?:horas|dias))|(?:dos|tres|varios|\w+) dias|no (?:paran|dejan) de llorar"
        r"|nadie (?:abre|contesta|responde)|no (?:abre|contesta) nadie)\b)",
        r"(?:nin[oa]s|nenes|chiquit[oa]s|bebes?|crios|hij[oa]s|peques)(?: \w+){0,3} sol[oa]s? (?:en (?:la |su )?casa"
        r" )?desde (?:ayer|anoche|antier|anteayer|hace (?:\w+ )?(?:dias|horas))",
        r"(?:le|les|la|lo|los|las) (?:pega|pegan|pegaba|pegaban|golpea|golpean|golpeaba|azota|azotan|azotaba"
        r"|pego|golpeo) con (?:el|la|un|una) (?:cinturon|correa|palo|cable|manguera|vara|cuerda|zapatilla)"
        + _NOJOKE,
        r"(?:le |les )?" + _HIT + r" (?:a )?(?:mi|mis|nuestr[oa]s?|su|sus|el|la|los|las) (?:\w+ )?" + _CHILD,
        r"(?:le |les )?" + _HIT + r" al (?:\w+ )?(?:nino|nene|bebe|crio|chico|peque|chiquito|chamaco|pibe|hijo"
        r"|hermanito)",
        r"(?:le |les )?(?:pegue|golpee|zarandee|sacudi|empuje|queme) (?:a )?(?:mi|mis|la|el|al|los|las) (?:\w+ )?"
        + _CHILD,
        r"(?<!\ble )(?<!\bles )(?:toca|toco|tocaba|manosea|manoseo|manoseaba|abusa de|abuso de"
        r"|abusaba de) (?:a )?(?:mi|su|la|el|al) (?:\w+ )?" + _CHILD + r"(?! \w+r\b)",
        # an adult entering a child's room or bed at night: "el padrastro entra en su cuarto por la noche"
        r"(?:padrastro|madrastra|tio|abuelo|vecino|primo|novio de (?:su|mi|la) madre|pareja de (?:su|mi|la) madre"
        r"|marido de (?:su|mi|la) madre|hermano mayor|profesor|profe|entrenador|catequista|cura|monitor)(?: \w+){0,3}"
        r" (?:se )?(?:entra|entraba|entro|mete|metia|metio|cuela|colaba|colo|acuesta|acostaba|acosto) (?:en|a) (?:su"
        r"|el|la) (?:cuarto|habitacion|pieza|cama|dormitorio)(?: (?:de|del) (?:la nina|el nino|mi hija|mi hijo"
        r"|mi sobrin[oa]|mi niet[oa]|mi ahijad[oa]|la cria|el crio|la peque|el peque|su hijastr[oa]))?(?: \w+){0,3}"
        r" (?:por la noche|de noche|en la noche|a la noche|de madrugada|cuando (?:todos|su madre|mi hermana|la madre"
        r"|ella|el|la casa) (?:duermen|duerme|sale|no esta|esta dormid[oa])|a escondidas)",
        r"(?:padrastro|madrastra|tio|abuelo|vecino|primo|novio de (?:su|mi|la) madre|pareja de (?:su|mi|la) madre"
        r"|profesor|profe|entrenador|catequista|cura|monitor)(?: \w+){0,2} (?:la|le|lo) (?:toca|tocaba|toco|manosea"
        r"|manoseaba|manoseo) (?:cuando|por la noche|de noche|a escondidas|en (?:sus|las) partes|por debajo)",
        # marks seen on a child: "he visto al nino con moratones en los brazos y en la cara"
        r"(?:mi|mis|su|sus|el|la|los|las|al|del|a la|a los|a las|a mi|a su|a sus|a mis|ese|esa|este|esta) (?:\w+ )?"
        + _CHILD + r"(?: \w+){0,3} (?:tiene|tenia|tienen|tenian|llego con|llega con|con|llen[oa]s? de|vino con"
        r"|viene con|va con|iba con|lleva|llevaba|aparece con|aparecio con|aparecen con) (?:\w+ )?(?:moretones"
        r"|moratones|morados|hematomas|quemaduras|marcas|golpes|un ojo morado|el ojo morado|cortes|aranazos"
        r"|cardenales|verdugones|chichones|la cara hinchada|el labio partido)(?![^.!?]{0,60}\b(?:jugando|de jugar"
        r"|se cayo|se cae|se ha caido|caida|caerse|futbol|patin\w*|bici\w*|columpio|vacuna|varicela|rodillas?"
        r"|entrenamiento|rugby|judo|karate)\b)",
        r"(?:a )?(?:mi|su) (?:\w+ )?" + _CHILD + r"(?: \w+){0,4} (?:le pegan|lo golpean|la golpean|le pega|lo pega"
        r"|la pega|lo maltratan|la maltratan|abusan de)",
        r"(?:tengo miedo de|me da miedo|temo) (?:hacerle dano|pegarle|sacudir|lastimar|zarandear) (?:a )?(?:mi|al"
        r"|a la) (?:\w+ )?" + _CHILD,
        r"(?:abuso|maltrato) (?:infantil|de menores)",
        # neglect: small children left alone for hours: "deja solos a sus dos ninos todo el dia"
        r"(?:deja|dejan|dejaba|dejaban|dejo|dejaron|ha dejado|han dejado|se dejan) (?:sol[oa]s?|encerrad[oa]s?"
        r"|abandonad[oa]s?) (?:a )?(?:mi|mis|su|sus|el|la|los|las|dos|tres) (?:\w+ ){0,2}" + _CHILD
        + r"(?=[^.!?]{0,60}\b(?:todo el dia|toda la noche|todo el fin de semana|durante horas|horas y horas"
        r"|(?:varias|muchas|tantas) horas|dias enteros|sin nadie|sin comer|sin comida|sin agua|llorando|por la noche"
        r"|de noche|noches enteras)\b)",
        r"(?:deja|dejan|dejaba|dejaban|dejo|dejaron|ha dejado|han dejado) (?:a )?(?:mi|mis|su|sus|el|la|los|las)"
        r" (?:\w+ ){0,2}" + _CHILD + r" (?:sol[oa]s?|encerrad[oa]s?|abandonad[oa]s?) (?:todo el dia|toda la noche"
        r"|todo el fin de semana|durante horas|horas y horas|(?:varias|muchas) horas|dias enteros|sin nadie"
        r"|sin comer|por las noches|noches enteras)",
        r"(?:nin[oa]|nene|nena|bebe|peque|pequen[oa]|chiquit[oa]|crio|cria|hij[oa])(?: \w+){0,3} (?:asomad[oa]"
        r"|colgad[oa]|subid[oa]|encaramad[oa]) (?:a|al|en|sobre) (?:el |la )?(?:balcon|ventana|barandilla|baranda"
        r"|cornisa|azotea|tejado|techo)(?: \w+){0,3} (?:sin nadie|sol[oa]|sin vigilancia|sin ningun adulto)",
    ],
    hypothetical=[
        r"si (?:alguna vez )?(?:me sintiera|me sintiese|estuviera|estuviese|tuviera|tuviese|llegara a|llegase a"
        r"|pensara|quisiera|algun dia)", r"que pasaria si", r"hipoteticamente", r"en teoria", r"supongamos(?: que)?",
        r"(?:imaginate|imagina|imaginemos) que", r"por ejemplo si",
    ],
    denial=[
        # a euphemism for an act, denied: "no es que quiera hacer nada raro", "no voy a hacer ninguna tonteria"
        r"(?:no es que|no|nunca|jamas|tampoco) (?:yo )?(?:quiera|vaya a|piense|quiero|voy a|pienso|pensaria|haria"
        r"|hare|he pensado en) (?:hacer(?:me)? )?(?:nada|ninguna|ningun|alguna) (?:raro|malo|tonto|loco|grave|de eso"
        r"|tonteria|locura|estupidez|barbaridad|burrada|cosa rara|disparate)(?! (?:pero|aunque)\b)",
        # planning ahead: "si algun dia tengo ideas de matarme, a que numero llamo?", and the question first
        _SOMEDAY + _NOT_NOW + r"{0,140}?" + _WHO_TO_CALL + r"[^.!?\n]{0,60}",
        _WHO_TO_CALL + r"[^.!?\n]{0,60}?" + _SOMEDAY + _NOT_NOW + r"{0,140}",
        # work, study and training: "hago las practicas en una linea de atencion a la conducta suicida"
        _ROLE + r"[^.!?\n]{0,80}?" + _TOPIC,
        _PLAYED + r"[^.!?\n]{0,140}",
        # an old attempt told calmly: "mi intento de suicidio de 2009 ... hoy me siento mucho mejor"
        r"(?:mi|el|la|aquel|aquella|una|un) (?:intento|tentativa|sobredosis|ingreso|crisis)(?: de suicidio)?"
        r"(?: \w+){0,2} " + _DATED + r"(?=[^\n]{0,220}\b" + _WELL_NOW + r"\b)",
        r"(?:no|nunca|jamas),? (?:nunca |jamas )?(?:he pensado|pense|pienso|he querido|quise|he intentado|intente)"
        r" (?:en )?(?:matarme|suicidarme|quitarme la vida|acabar con (?:mi vida|todo)|morir(?:me)?|el suicidio)"
        r"(?:,? (?!pero\b|aunque\b)\w+){0,6}",

        # "no, no tengo ganas de morirme ni nada de eso"
        r"(?:no|nunca|jamas|tampoco) (?:tengo|tuve|he tenido|siento|senti|me dan|me vienen|me han dado|me dieron)"
        r" (?:ningunas? )?(?:ganas|deseos|intencion|intenciones|idea|ideas|pensamientos) de (?:morir(?:me)?|matarme"
        r"|suicidarme|quitarme la vida|hacerme dano|desaparecer|acabar con (?:todo|mi vida))(?: ni nada(?: de eso"
        r"| parecido| asi)?)?",
        r"(?:que (?:verguenza|oso|roche|bochorno|palo|corte|pena)|tierra tragame"
        r"|tragame tierra)\W{1,3}(?:\w+ ){0,2}(?:me )?(?:quiero|queria|quise) morir(?:me)?",
        r"(?:me |le |les |nos )?pregunt\w*(?:\W{1,3}\w+){0,12}\W{1,3}(?:si|sobre|acerca de"
        r"|por)(?:\W{1,3}\w+){0,14}?\W{1,3}(?:y )?(?:yo )?(?:le |les )?(?:dije|conteste|respondi|he dicho"
        r"|he respondido|he contestado|digo|respondo|contesto|le dije|le conteste) (?:que )?(?:no|nunca"
        r"|jamas)\b" + _RETRACTED + r"(?: (?!pero\b|aunque\b|y\b)\w+){0,6}",
        r"(?:dije|conteste|respondi|respondo|digo|he dicho) que no (?:a (?:la|esa|las|esas) preguntas?"
        r"|cuando (?:me )?pregunt\w*)" + _RETRACTED + r"(?: (?!pero\b|aunque\b)\w+){0,16}",
        r"(?:no|nunca|jamas) (?:he tenido|tengo|tuve|tendria|he pensado en)(?: \w+){0,2} (?:ideas|pensamientos"
        r"|intenciones|planes|ganas|ideacion) (?:suicidas?|de (?:suicidarme|matarme|quitarme la vida|hacerme dano"
        r"|morir|suicidio|autolesionarme|muerte))(?: (?!pero\b|aunque\b)\w+){0,2}",
        r"(?:no|nunca|jamas) (?:soy|estoy|he sido|he estado|fui|me considero) suicida",
        r"(?:yo )?(?:nunca|jamas|no) (?:me )?(?:haria|voy a hacer|hare|he hecho) (?:dano|nada)(?: a mi mism[oa]"
        r"| de eso| asi| malo)?",
        r"(?:yo )?(?:nunca|jamas|no) (?:me )?(?:mataria|suicidaria|quitaria la vida)",
        r"no (?:me )?(?:quiero|voy a|pienso) (?:matar(?:me)?|suicidar(?:me)?|morir(?:me)?|quitar(?:me)? la vida"
        r"|hacer(?:me)? dano)(?: (?:ni nada|de verdad|para nada))?",
        r"no (?:estoy|corro) (?:en )?(?:ningun )?peligro", r"no hay (?:ningun )?riesgo", r"nada de eso",
        r"ni (?:se me )?(?:ocurriria|ocurre|pasa por la cabeza)",
        r"neg(?:ue|o|aba) (?:tener|haber tenido)(?: \w+){0,6}",
        r"(?:matarme|suicidarme) (?:ni loc[oa]|jamas|nunca)",
    ],
    fiction=[
        r"romeo", r"julieta", r"hamlet", r"ofelia", r"macbeth", r"shakespeare", r"werther", r"karenina",
        r"madame bovary", r"bodas de sangre", r"bernarda alba", r"lorca", r"alfonsina", r"el tunel", r"(?:ernesto |de )sabato",
        r"cronica de una muerte anunciada", r"la celestina", r"melibea", r"pedro paramo", r"quijote",
        r"(?:la|una|esta|esa) (?:obra|novela|pelicula|peli|serie|cancion|poesia|tragedia|escena|trama|temporada"
        r"|noticia|nota periodistica|telenovela|novelita)",
        r"(?:el|un|este|ese) (?:libro|cuento|poema|personaje|protagonista|capitulo|episodio|videojuego|documental"
        r"|articulo|ensayo|reportaje|noticiero|telediario|podcast|anime|manga|comic|guion|relato)",
        r"(?:tarea|deberes|trabajo practico|trabajo de (?:clase|lengua|literatura)|comentario de texto|literatura"
        r"|clase de (?:lengua|literatura|historia|filosofia|teatro)|exposicion oral|monografia|redaccion)",
        r"(?:en las|las) noticias", r"true crime",
        r"(?:curso|capacitacion|formacion|taller|charla) (?:sobre|de) (?:suicidio|prevencion|salud mental"
        r"|primeros auxilios)",
    ],
    help_seeking=[
        r"como (?:puedo|podria|debo|deberia|hago para|se puede|podemos) (?:ayudar|apoyar|hablar con|acompanar"
        r"|ayudarl[oa]|ayudarle|apoyarl[oa]|apoyarle|convencerl[oa]|animarl[oa]|ayudarles)",
        r"que (?:puedo|debo|deberia|tengo que|podemos) (?:hacer|decir(?:le|les)?)(?: \w+){0,3} (?:si|cuando|con|para"
        r"|por) (?:mi|un|una|el|ella|alguien|ellos)",
        r"(?:estoy )?preocupad[oa] por (?:mi|un|una) (?:\w+ )?(?:amig[oa]|alumn[oa]|hij[oa]|herman[oa]|companer[oa]"
        r"|paciente|vecin[oa]|pareja|novi[oa]|madre|padre|mama|papa|estudiante|prim[oa])",
        r"(?:senales|signos|sintomas) de (?:alerta|alarma|riesgo|suicidio)",
        r"(?:para|a) (?:mi|un|una) (?:amig[oa]|alumn[oa]|companer[oa]|estudiante|conocid[oa]) que",
        r"como (?:ayudo|apoyo|hablo con) a", r"como ayudar a (?:alguien|una persona|un amigo|una amiga)",
    ],
    purging=[
        # exercise to compensate: "por la noche hago dos horas de bici para quemar la cena"
        r"(?:hago|hice|corro|corri|entreno|entrene|pedaleo|nado|camino|salto)(?: \w+){0,6} (?:para|pa|por) (?:quemar"
        r"|compensar|eliminar|bajar) (?:la cena|la comida|el desayuno|lo que (?:he )?com\w*|lo que cene|las calorias"
        r"|lo que me como|lo que comi)",
        # Vomiting brought on on purpose.
        _said(r"(?:me )?(?:provoco|provoque|provocaba|provocarme|provocandome|he provocado|induzco|induje"
        r"|inducirme)(?: \w+)? (?:el |los |un )?vomitos?"),
        _said(r"(?:me )?(?:hago|hice|hacia|he hecho|hacerme|haciendome|obligo a|obligue a|obligaba a|obligarme a"
        r"|fuerzo a|force a|forzarme a) (?:vomitar|devolver|guacarear|wacarear)"),
        _said(r"(?:me )?(?:meto|meti|metia|he metido|meterme|metiendome)(?: \w+)? (?:los |el |un |dos )?dedos?"
        r" (?:\w+ )?(?:(?:en|hasta) (?:la|mi) garganta|(?:para|pa) (?:vomitar|devolver|guacarear))"),
        # Vomiting, laxatives or "purging" after food or to lose weight.
        _said(r"(?:vomito|vomite|vomitaba|vomitar|vomitando|he vomitado|guacareo|guacarear|devuelvo|devolvi"
        r"|devolver|guacareando)(?: (?:todo|todo lo que (?:como|comi|he comido)|lo que (?:como|comi|he comido)"
        r"|la comida|la cena"
        r"|siempre|casi siempre|otra vez))?(?: \w+)? (?:" + _SLIM + "|" + _AFTER_FOOD + r"|a proposito|adrede"
        r"|queriendo|a escondidas)" + _NOT_ILL),
        _said(r"(?:me purgo|me purgue|purgarme|me estoy purgando|purgandome|hago purgas|hice purgas|tengo purgas"
        r"|compenso|compensar|compense)(?: \w+)? (?:" + _SLIM + "|" + _AFTER_FOOD + r"|vomitando|con (?:laxantes"
        r"|diureticos|vomitos?))"),
        _AFTER_FOOD + r",? (?:siempre |luego |despues |me )?(?:vomito|me provoco el vomito|me hago vomitar|me purgo"
        r"|devuelvo|lo devuelvo|tomo laxantes)" + _NOT_ILL,
        r"atracon(?:es)? (?:y|para) (?:luego |despues |enseguida )?(?:vomito|vomitar|vomitarlo|me provoco|me purgo"
        r"|purgarme|purgas?|laxantes|devuelvo|lo devuelvo)", r"ciclos? de atracon(?:es)? y purgas?",
        _said(r"(?:tomo|tome|tomaba|tomar|tomando|me tomo|me tome|me tomaba|he tomado|me he tomado|uso|use"
        r"|usaba|usar|usando|he usado|consumo|consumia|abuso de|abusaba de|abusando de|me meto|me pongo|me ponia"
        r"|compro|me compro)(?: \w+){0,3} " + _LAX + _NOT_MED + r"(?=[^.!?\n]{0,80}\b(?:" + _SLIM + "|" + _AFTER_FOOD
        + r"|todos los dias|a diario|cada (?:dia|noche)|todas las noches|(?:[2-9]|dos|tres|cuatro|cinco) veces (?:al"
        r"|por) dia|atracon\w*|kilos|calorias|gord[oa]|la bascula|el peso"
        # more than a dose: "laxantes extra, como diez al dia", "el doble de laxantes"
        r"|(?:[3-9]|[1-9]\d|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta)(?: \w+)? (?:al"
        r"|por|cada|en un) dia|extras?|de mas|el doble|el triple|doble dosis|(?:la|una) caja entera|la dieta))"),
        _said(r"(?:tomo|tome|tomaba|tomar|me tomo|me tome|me tomaba|he tomado|me he tomado|uso|use|usaba"
        r"|consumo|me meto) (?:hasta |como |unos |unas |mas de |entre )?(?:[3-9]|[1-9]\d|tres|cuatro|cinco|seis"
        r"|siete|ocho|nueve|diez|doce|quince|veinte|treinta|varios|varias|muchos|muchas|un punado de|un monton de"
        r"|una caja (?:entera )?de|cajas de|el doble de|el triple de|(?:\d|dos|tres) o (?:[3-9]|tres|cuatro|cinco"
        r"|seis)) (?:pastillas |comprimidos |sobres |sobres de |pastillas de |comprimidos de |dosis de )?" + _LAX
        + _NOT_MED),
        _said(_LAX + r"(?: \w+){0,3} (?:" + _SLIM + "|" + _AFTER_FOOD + ")" + _NOT_MED),
        _said(r"abuso de (?:los )?(?:laxantes|diureticos)"),
    ],
    restriction=[
        r"(?:no|casi no|apenas|ni) " + _EAT_NOT + r"(?: nada| casi nada)? desde (?:ayer|anteayer|antier|el (?:lunes"
        r"|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana))" + _NOT_SICK,

        # Days without food, not from an illness.
        _DAYS + r"(?: enter[oa]s| seguid[oa]s)?(?: casi| practicamente)? sin (?:comer" + _NO_FOOD + r"|probar bocado"
        r"|ingerir (?:nada|alimentos?|comida)|comida|alimento|nada de comida)" + _NOT_SICK,
        r"hace (?:ya |mas de |como |casi )?" + _DAYS + r" que (?:casi |practicamente |apenas )?(?:no|ni) " + _EAT_NOT
        + _NOT_SICK,
        r"(?:no|casi no|apenas|ni) " + _EAT_NOT + r"(?: nada| casi nada| bien| mas que (?:agua|cafe|te|mate)| solo"
        r" (?:agua|cafe|te|mate))? (?:en|desde hace|hace|durante|por) (?:los ultimos |ya |casi |mas de )?" + _DAYS
        + _NOT_SICK,
        r"(?:solo|solamente|nada mas que|nomas) (?:tomo|bebo|he tomado|he bebido|tomando|bebiendo|vivo de|vivo a base"
        r" de) (?:agua|cafe|te|mate|coca (?:light|zero))(?: y (?:agua|cafe|te|mate|cigarros|chicles))?(?: \w+){0,2}"
        r" (?:desde hace|hace|en|durante) " + _DAYS,
        # One small food a day for days: "llevo dos semanas comiendo una manzana al dia y un cafe"
        _FOR_DAYS + r"(?:solo|solamente|apenas|nada mas que|unicamente) " + _ONE_FOOD,
        _FOR_DAYS + _ONE_FOOD + _ONLY_THAT,
        r"(?:solo|solamente|apenas|unicamente|no) (?:como|me como|comia|he comido|estoy comiendo)(?: mas que)? "
        + _ONE_FOOD + _ONLY_THAT + _NOT_SICK,
        # Very few calories.
        r"(?:como|comi|consumo|ingiero|me permito|me limito a|no paso de|no supero|no me paso de|no llego a|vivo con"
        r"|sobrevivo con|estoy comiendo|me mantengo en) (?:solo |solamente |apenas |como mucho |como maximo |maximo "
        r"|menos de |unas |no mas de )?" + _KCAL + r" (?:calorias|kcal|cal|kilocalorias)\b",
        r"(?:solo|solamente|apenas|menos de|no mas de|como mucho|maximo) " + _KCAL + r" (?:calorias|kcal|cal"
        r"|kilocalorias) ?(?:al|por|cada|en todo el|/) ?dia",
        # Not eating to lose weight, or as a punishment.
        _said(r"(?:deje|he dejado|dejo|voy a dejar|dejare|dejando|estoy dejando) de comer(?: del todo| por"
        r" completo| casi)?(?: \w+)? (?:" + _SLIM + r"|hasta (?:bajar|pesar|llegar a|adelgazar|que (?:baje|pese"
        r"|adelgace|este flac|este delgad)))"),
        _said(r"(?:no como|no estoy comiendo|casi no como|apenas como|no pruebo bocado|ayuno|ayune|estoy ayunando"
        r"|hago ayunos?(?: de \w+ (?:dias|horas))?|me salto (?:todas )?las comidas|me mato de hambre|me estoy matando"
        r" de hambre|matarme de hambre|me mate de hambre|paso hambre|me hago pasar hambre)(?: nada| casi nada)?"
        r"(?: a proposito| adrede| queriendo)? " + _SLIM),
        _said(r"(?:me obligo a no comer|me prohibo comer|no me permito comer|me castigo sin comer|me castigo no"
        r" comiendo|me dejo sin comer)"),
    ],
    # Only with signs in the body (restriction_with_effects): on its own it is how many people live.
    meal_skipping=[
        r"(?:por la noche|de noche|a la noche|al mediodia|todo el dia|en todo el dia) (?:\w+ )?solo (?:tomo |bebo |un |una )?(?:te|cafe|agua|mate|cafe solo|coca light|coca zero)",
        r"(?:me salto|me salte|saltandome|me he saltado|me estoy saltando) (?:otra vez )?(?:la comida|el almuerzo|la cena|el desayuno|las comidas|comidas)",
    ],
    ed_effect=[
        # Fainting, collapse, dizziness on standing.
        r"me (?:desmaye|he desmayado|desmayo|desmayaba)", r"desmayos?", r"desmayandome",
        r"me (?:he caido|cai|caigo) (?:redond[oa]|desmayad[oa]|al suelo)", r"(?:perdi|pierdo|he perdido) el"
        r" conocimiento", r"(?:perdi|pierdo) la conciencia", r"me (?:desvaneci|desvanezco|desplome|he desplomado)",
        r"colapse", r"me dio un (?:desmayo|colapso|bajon de (?:presion|tension)|vahido|patatus|sincope)", r"sincope",
        r"lipotimias?", r"(?:se me baja|me baja|tengo) la (?:presion|tension) (?:muy )?(?:baja|por los suelos)",
        r"me mareo (?:cada vez que|cuando|al) (?:me levanto|levantarme|me pongo de pie|me paro|pararme)",
        # Vision going dark.
        r"se me (?:nubla|nublo|pone|puso|va|fue|oscurece|oscurecio) (?:la vista|todo (?:negro|oscuro))",
        r"(?:veo|vi) (?:todo )?negro (?:al|cuando|cada vez que) (?:me levanto|levantarme|me paro|me pongo de pie)",
        # Very low weight or heart rate.
        r"(?:peso|pesaba|estoy en|baje a|he bajado a|llegue a) (?:solo |solamente |apenas |menos de |unos )?(?:[23]\d"
        r"|4[0-4])(?:[.,]\d)? ?(?:kilos|kg|kgs|k)\b", r"(?:peso|pesaba) (?:solo |apenas |menos de )?[6-9]\d libras",
        r"(?:imc|indice de masa corporal) (?:de |es |esta en |en |bajo |por debajo de )?(?:1[0-7]|[0-9])(?:[.,]\d)?\b",
        r"(?:pulso|pulsaciones|frecuencia cardiaca|ritmo cardiaco|el corazon)(?: \w+){0,2} (?:a |de |en )?[2-4]\d\b",
        r"[2-4]\d (?:pulsaciones|lpm|latidos por minuto|ppm)",
        r"(?:pulso|pulsaciones|frecuencia cardiaca) (?:muy |super |re )?(?:baj[oa]s?|lent[oa]s?)", r"bradicardia",
        r"el corazon (?:me )?(?:late|va) (?:muy )?(?:lento|despacio)", r"arritmias?",
        # Hair falling out, always cold, periods stopped.
        r"se me (?:cae|esta cayendo|caia) (?:mucho )?el (?:pelo|cabello)", r"(?:el pelo|el cabello) se me cae",
        r"caida del (?:pelo|cabello)", r"(?:pierdo|estoy perdiendo) (?:mucho )?(?:pelo|cabello)", r"lanugo",
        r"(?:siempre|todo el tiempo|todo el dia|constantemente) (?:tengo|estoy con|paso|siento) frio",
        r"tengo frio (?:siempre|todo el tiempo|todo el dia|constantemente|aunque haga calor|en verano)",
        r"(?:siempre|todo el tiempo) (?:estoy|ando) (?:helad[oa]|congelad[oa])",
        r"(?:estoy|ando) (?:helad[oa]|congelad[oa]) (?:siempre|todo el tiempo)",
        r"(?:se me (?:ha )?(?:retirado|ido|cortado|quitado)|se me fue|perdi|he perdido) (?:la regla|el periodo|la"
        r" menstruacion)", r"(?:no me (?:baja|viene)) (?:la regla|el periodo) (?:desde hace|hace) \w+ meses",
        r"amenorrea",
    ],
    frequency=[
        r"(?:casi )?(?:todas las|cada) (?:noches?|mananas?|tardes?|madrugadas?)", r"(?:casi )?cada dia",
        r"(?:casi )?todos los (?:santos )?dias", r"a diario", r"diariamente", r"todo el (?:santo )?dia",
        r"el dia entero", r"toda la noche", r"(?:de )?lunes a (?:domingo|lunes)",
        r"desde (?:que me levanto|que me despierto|temprano|por la manana|primera hora)",
        r"antes de (?:ir a )?(?:trabajar|clase|la oficina|el trabajo|la chamba)",
        r"(?:[2-9]|dos|tres|cuatro|cinco|seis|varias) veces (?:al|por|cada) dia",
        r"(?=diario)(?<!\bel )(?<!\bun )(?<!\bmi )(?<!\btu )(?<!\bsu )(?<!\bdel )(?<!\bal )(?<!\bese )(?<!\beste )"
        r"(?<!\ben )(?<!\bpor )diario(?! (?:de|del|oficial|intimo|personal|deportivo|local|nacional)\b)",
        r"(?:cada|todos los) (?:fin de semana|fines de semana|finde|findes)",
        # A quantity per night or per day: "un litro por noche", "seis al dia".
        r"(?:por|x) (?:noche|dia)\b",
        r"(?<=\w )(?<!\bestar )(?<!\bestoy )(?<!\besta )(?<!\bponer )(?<!\bponerme )(?<!\bponerse )(?<!\bpuesto )"
        r"(?<!\bpuesta )(?<!\bmantener )(?<!\bmantenerme )(?<!\bvivir )(?<!\bvivo )(?<!\bandar )(?<!\bando )"
        r"(?<!\bponte )(?<!\bponga )al dia(?! (?:de hoy|siguiente|con)\b)",
    ],
    cope=[
        r"(?:es )?(?:la|mi) unica (?:forma|manera|cosa|salida) (?:de|para|que me (?:deja|ayuda a|hace)) (?:no pensar"
        r"|dormir|olvidar|desconectar|aguantar|soportar|calmarme|no sentir|apagar la cabeza)",
        r"(?:para|pa) (?:poder )?(?:olvidar(?:me)?(?: de (?:todo|\w+))?|dormir(?:me)?|conciliar el sueno|desconectar"
        r"|apagar (?:la cabeza|el cerebro|la mente|los pensamientos)|no pensar(?: en nada)?|dejar de pensar"
        r"|aguantar(?:lo)?(?: el dia)?|soportar(?:lo)?|sobrellevar(?:lo)?|sobrevivir(?: al dia)?|funcionar"
        r"|anestesiarme|no sentir(?: nada)?|dejar de sentir|evadirme|escaparme|calmar(?:me)?(?: los nervios| la"
        r" ansiedad)?|tranquilizarme|quitarme (?:la ansiedad|los nervios|el temblor|la angustia|la tristeza|la cruda)"
        r"|sentirme (?:normal|mejor)|no temblar|ahogar (?:las|mis) penas|enfrentar el dia|la cruda)",
        r"(?:me ayuda|me sirve|me deja) (?:a |para )?(?:dormir|olvidar|desconectar|no pensar|aguantar|calmarme"
        r"|funcionar)",
        r"(?:es )?lo unico que (?:me )?(?:ayuda|calma|funciona|sirve|tranquiliza|quita|apaga|hace (?:olvidar|dormir"
        r"|sentir)|deja dormir|saca)",
        r"(?:no puedo|no consigo|ya no puedo|no soy capaz de|no se) (?:dormir(?:me)?|funcionar|vivir|estar bien"
        r"|estar tranquil[oa]|salir|trabajar|calmarme|aguantar el dia|empezar el dia) sin(?= (?:beber|tomar|chupar"
        r"|pistear|alcohol|una copa|unas copas|un trago|unos tragos|mis? copas?|el vino|mi vino|la cerveza"
        r"|unas (?:chelas|birras|cervezas)|emborracharme)\b)",
        _after("sin alcohol", "sin beber", "sin tomar", "sin una copa", "sin unas copas", "sin unos tragos",
               "sin el vino", "sin la cerveza") + r"no (?:puedo|consigo|duermo|funciono|aguanto|me calmo)",
        r"ahog(?:o|ar|ando) (?:las|mis) penas",
    ],
    voices_worse=[
        # a voice that commands: "las voces otra vez. ahora me dicen que me tengo que cortar"
        r"(?:voces|voz)(?: \w+){0,3}\W{0,3}(?: \w+){0,3} (?:me )?(?:dicen|dice|ordenan|ordena|mandan|manda|piden|pide"
        r"|exigen|exige|obligan|obliga|insisten|insiste) (?:que )?(?:me |yo )?(?:tengo que|tienes que|debo|hay que"
        r"|tenia que|haga|hagas)",
        r"cada vez (?:gritan|hablan|se oyen|suenan|chillan|me gritan) mas (?:fuerte|alto)",
        _VOICES + r"(?! de (?:los|las|mis|la|el|mi|unos|unas|afuera|fuera|la calle)\b) (?:siguen|continuan"
        r"|no se van|no desaparecen|no paran)\W{0,3} (?:y )?(?:(?:estan|son|se oyen) )?(?:(?:cada vez|todavia|aun"
        r"|incluso|mucho|igual de|igual o) )?(?:mas fuertes|mas altas|mas alto|mas intensas|peor|peores|fuertes"
        r"|mas seguido|mas frecuentes)",
        _VOICES + r"(?! de (?:los|las|mis|la|el|mi|unos|unas|afuera|fuera|la calle|ninos)\b)(?:\W{0,3} \w+){0,10}"
        r"\W{0,3} (?:pero |y )?no me dejan en paz",
        _VOICES + r" (?:(?:estan|son|se oyen|se escuchan|se han puesto|se ponen|se volvieron)(?: (?:mucho"
        r"|muy|cada vez|todavia|aun))? )?(?:mas fuertes|mas alto|mas altas|mas intensas|mas claras|mas frecuentes"
        r"|peor|peores|insoportables|mas seguido)",
        _VOICES + r" (?:han vuelto|volvieron|vuelven|regresaron|han regresado|estan de vuelta|volvieron a aparecer"
        r"|no paran|no se callan|no callan|no me dejan (?:en paz|tranquil[oa]|dormir|pensar)|no dejan de hablar(?:me)?"
        r"|me hablan todo el (?:dia|tiempo|rato)|(?:me )?hablan de mi|comentan (?:todo )?(?:lo que hago|lo que pienso"
        r"|todo)|se rien de mi|se burlan de mi|me insultan|me critican|me gritan|me dicen (?:cosas|que soy|que no"
        r" valgo))",
        r"(?:han vuelto|volvieron|regresaron) las voces", r"(?:vuelvo|volvi|he vuelto|volvio) a (?:oir|escuchar)"
        r" (?:las |unas |esas )?voces",
        r"(?:oigo|escucho|estoy oyendo|estoy escuchando) (?:las |esas )?voces (?:otra vez|de nuevo|mas que nunca"
        r"|cada vez mas|mas fuerte|mas seguido)",
        r"(?:oigo|escucho|estoy oyendo|estoy escuchando) (?:las|esas) voces (?:todo el (?:santo )?(?:dia|tiempo|rato)"
        r"|a todas horas)",
        # people heard where nobody is: "escucho a los del piso de arriba hablando de mi, aunque el piso esta vacio"
        r"(?:oigo|escucho|oia|escuchaba|estoy oyendo|estoy escuchando|vuelvo a oir|vuelvo a escuchar) (?:a )?(?:\w+"
        r" ){0,6}(?:hablando|hablar|reirse|riendose|reir|burlandose|comentando|susurrando|murmurando|criticandome"
        r"|insultandome|gritandome|llamandome)(?: \w+){0,6}\W{0,3} (?:aunque|pero|y|cuando|si) (?:(?:el|la|los|las"
        r"|mi) \w+ )?(?:no hay nadie|no habia nadie|esta vaci[oa]|estaba vaci[oa]|estan vaci[oa]s|estoy sol[oa]"
        r"|estaba sol[oa]|no vive nadie|nadie (?:mas )?(?:lo|los|las|l[oa]s) (?:oye|escucha|oyen)|nadie (?:mas )?oye"
        r"|nadie esta)",
        r"la voz(?: (?:en|de|dentro de) mi cabeza)? (?:ha vuelto|volvio|regreso|esta mas fuerte|es mas fuerte"
        r"|se oye mas fuerte|no se calla|no para de hablar(?:me)?|se rie de mi|se burla de mi|me insulta|comenta"
        r" (?:todo )?lo que hago|me habla todo el (?:dia|tiempo))",
    ],
)
