"""Parts of a plan told as resolve, waiting or settling a score (issue 10, after the intake held-out set of
7 Dec 2026), in the six languages, merged into each language's lexicon by `alliance.safety.lexicon.make_lexicon`:

- `intent`: the decision told as knowing what one will do or having worked out how ("I know what I'm going to do",
  "I've thought out exactly how to do it"): C-SSRS 4-5, intent and a worked-out plan (Posner et al. 2011);
- `time_soon`: waiting for the moment of being alone ("I'm waiting for my wife to go to her sister's", "once
  everyone is asleep"): the timing of a plan is often the absence of the people who would stop it;
- `threat`: settling a grievance oneself with a weapon named before it ("I've got my dad's shotgun out and tonight
  I'll sort it out myself"): the words alone are everyday, so the weapon must come first in the message;
- `taken`: an ingestion with a loose amount ("took a load of", "necked half the box");
- `command` (German): a voice saying the speaker must get rid of or hurt a baby or child named earlier in the
  message (postpartum psychosis with infanticidal commands: NICE CG192, a psychiatric emergency);
- `withdrawal` (German): drinking stopped "von heute auf morgen" told before the verb.

Patterns run on the normalised text (lower case, no accents, no apostrophes).
"""

from __future__ import annotations

_WEAPON = {
    "en": r"(?:gun|shotgun|rifle|pistol|knife|machete|axe|crossbow|bat)",
    "fr": r"(?:fusil|flingue|pistolet|arme|couteau|carabine|hache|machette|batte)",
    "es": r"(?:pistola|escopeta|rifle|arma|cuchillo|machete|hacha|revolver|fierro)",
    "pt": r"(?:arma|pistola|espingarda|caçadeira|cacadeira|faca|facao|machado|revolver|berro)",
    "de": r"(?:waffe|pistole|gewehr|flinte|messer|axt|beil|revolver)",
    "it": r"(?:pistola|fucile|arma|coltello|accetta|ascia|doppietta|revolver)",
}

PARTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "intent": [
            r"i (?:know|knew) (?:exactly )?what im (?:going to|gonna) do(?! (?:for|about|with|this|next|at|on"
            r"|in|when|after|if|tomorrow|later) )",
            r"(?:ive|i have|i) (?:worked|figured|thought|planned) (?:it )?(?:out )?(?:exactly |precisely |already )?"
            r"how (?:to do it|ill do it|im going to do it|im gonna do it|to end it)",
        ],
        "time_soon": [
            r"(?:waiting|wait) (?:for|until|till) (?:my (?:wife|husband|partner|mum|mom|dad|parents|flatmate"
            r"|roommate|girlfriend|boyfriend|kids)|everyone|the kids|he|she|they) (?:\w+ )?(?:to )?(?:leave|leaves"
            r"|go|goes|is asleep|are asleep|fall asleep|falls asleep|go to sleep|goes to sleep|is out|are out"
            r"|go away|goes away)",
            r"(?:once|when|as soon as) (?:everyone|the kids|my (?:wife|husband|partner|parents|flatmate)|shes|hes"
            r"|theyre|she is|he is|they are) (?:\w+ )?(?:asleep|gone|out|away)(?= (?:tonight|this weekend|ill"
            r"|i will|im))",
        ],
        "threat": [
            _WEAPON["en"] + r"[^!?]{0,120}?\b(?P<at>(?:ill|i will|im going to|im gonna|gonna) (?:sort (?:him|her"
            r"|them|it|this) out|settle (?:this|it|the score)|deal with (?:him|her|them|it|this)) (?:myself|once"
            r" and for all|for good|my way|tonight))",
        ],
        "taken": [
            r"(?:took|swallowed|downed|necked|popped|had)(?= (?:a (?:load|ton|heap|pile|fistful|handful|mouthful"
            r"|bunch|good few)|loads|heaps|half (?:the|a|my)|the rest of|most of (?:the|my|her|his)) )",
        ],
        "symptom": [r"(?:kinda |kind of |a bit |really |so |all )?floaty", r"(?:everything|room) (?:is )?spinning"],
    },
    "fr": {
        "intent": [
            r"je sais (?:exactement |tres bien |deja )?ce que je vais faire(?! (?:demain|ce week-end|pour|avec|de"
            r" |apres|quand|si) )",
            r"(?:jai|j ai) (?:deja |bien )?(?:pense|reflechi|prevu|calcule) (?:a )?(?:exactement |precisement )?"
            r"comment (?:le faire|je vais (?:le )?faire|men aller|en finir)",
        ],
        "time_soon": [
            r"(?:jattends|attendre|j attends) (?:que|quil|quelle|quils) (?:ma femme|mon mari|mon conjoint|ma"
            r" conjointe|mes parents|les enfants|ma copine|mon copain|ma coloc|mon coloc|tout le monde|il|elle"
            r"|ils|elles)? ?(?:\w+ )?(?:parte|partent|soit partie|soit parti|soient partis|dorme|dorment"
            r"|sendorme|sendorment|sorte|sortent|sen aille|sen aillent)",
        ],
        "threat": [
            _WEAPON["fr"] + r"[^!?]{0,120}?\b(?P<at>(?:je vais|jvais|je vais lui|je vais leur) (?:regler (?:ca"
            r"|son compte|leur compte|laffaire|le probleme|ses comptes|tout ca)|lui faire son affaire) ?(?:moi"
            r"[ -]meme|une bonne fois|a ma facon|ce soir|cette nuit)?)",
        ],
    },
    "es": {
        "intent": [
            r"(?:ya )?se (?:exactamente |muy bien )?lo que voy a hacer(?! (?:manana|el finde|con|para|despues"
            r"|cuando|si) )",
            r"(?:ya )?(?:pense|planee|calcule|tengo pensado) (?:exactamente |bien )?como (?:hacerlo|lo voy a hacer"
            r"|voy a hacerlo|acabar con todo)",
        ],
        "time_soon": [
            r"(?:espero|esperando|estoy esperando) (?:a )?que (?:mi (?:mujer|esposa|marido|esposo|pareja|novia"
            r"|novio|vieja|viejo|jermu)|mis (?:papas|padres|viejos)|los (?:ninos|chicos|nenes)|todos|el|ella"
            r"|ellos)? ?(?:\w+ )?(?:se vaya|se vayan|se duerma|se duerman|salga|salgan|este dormid[oa])",
        ],
        "threat": [
            _WEAPON["es"] + r"[^!?]{0,120}?\b(?P<at>(?:voy a|lo voy a|la voy a) (?:arreglar(?:lo)?|resolver(?:lo)?"
            r"|ajustar cuentas|saldar cuentas)(?: yo mism[oa]| a mi manera| de una vez| esta noche)?)",
        ],
    },
    "pt": {
        "intent": [
            r"(?:ja )?sei (?:exatamente |bem )?o que vou fazer(?! (?:amanha|no fim de semana|com|para|depois"
            r"|quando|se) )",
            r"(?:ja )?(?:pensei|planeei|planejei|calculei) (?:exatamente |bem |em )?como (?:o fazer|fazer(?:-o|"
            r" isso)?|vou fazer|acabar com tudo)",
        ],
        "time_soon": [
            r"(?:espero|esperando|estou a espera de|estou esperando) (?:que|a) (?:a minha mulher|minha mulher|o meu"
            r" marido|meu marido|os meus pais|meus pais|os miudos|as criancas|todos|ele|ela|eles)? ?(?:\w+ )?"
            r"(?:saia|saiam|va embora|durma|durmam|viaje)",
            r"pode ser (?:esta|hoje a) noite", r"pode ser (?:hoje|amanha|este fim de semana)",
        ],
        "threat": [
            _WEAPON["pt"] + r"[^!?]{0,120}?\b(?P<at>(?:vou|eu vou) (?:resolver (?:isso|isto|o assunto)|acertar"
            r" (?:as )?contas)(?: eu mesmo| eu proprio| a minha maneira| de vez| esta noite| hoje)?)",
        ],
    },
    "de": {
        "intent": [
            r"(?:ich )?weiss (?:genau |schon )?was ich (?:tun|machen) werde(?! (?:morgen|am wochenende|mit|fur"
            r"|nach|wenn|falls) )",
            r"(?:habe|hab) (?:mir )?(?:schon )?genau (?:uberlegt|geplant|ausgerechnet),? wie ich es (?:mache|tue"
            r"|tun werde|machen werde)",
        ],
        "time_soon": [
            r"(?:warte|warten) (?:nur )?(?:darauf|bis),? (?:dass )?(?:meine frau|mein mann|meine partnerin|mein"
            r" partner|meine eltern|die kinder|alle|er|sie) (?:\w+ ){0,3}(?:weg ist|weg sind|weggeht|wegfahrt"
            r"|schlaft|schlafen|eingeschlafen ist|aus dem haus ist)",
        ],
        "threat": [
            _WEAPON["de"] + r"[^!?]{0,120}?\b(?P<at>(?:ich )?(?:werde|werd|regle|regel) (?:das|die sache|es)"
            r" (?:heute )?(?:selbst|selber|auf meine art|ein fur alle mal) (?:regeln|klaren|erledigen)?)",
        ],
        "command": [
            # a voice, with a baby or child named before or after it, saying the speaker must get rid of "it"
            r"(?P<at>(?:stimme|stimmen),?(?: \w+,?){0,2} (?:sagt|sagen|befiehlt|befehlen|flustert|flustern|verlangt)"
            r"(?=[^!?]{0,160}\b(?:baby|kind|kinder|saugling|tochter|sohn|kleine|kleinen)\b)[^!?]{0,120}?\b(?:ich|i)"
            r" (?:soll|solle|sollte|muss|musse|mus) (?:es|ihn|sie|das baby|das kind|mein baby|mein kind|meine"
            r" tochter|meinen sohn) (?:\w+ )?(?:loswerden|toten|umbringen|ertranken|ersticken|wehtun|weh tun"
            r"|verletzen|beseitigen|aus dem fenster werfen))",
            r"(?:baby|kind|saugling|tochter|sohn)\b[^!?]{0,120}?(?P<at>(?:stimme|stimmen),?(?: \w+,?){0,2} (?:sagt"
            r"|sagen|befiehlt|befehlen|flustert|flustern|verlangt)[^!?]{0,80}?\b(?:ich|i) (?:soll|solle|sollte|muss"
            r"|musse|mus) (?:es|ihn|sie) (?:\w+ )?(?:loswerden|toten|umbringen|ertranken|ersticken|wehtun|weh tun"
            r"|verletzen|beseitigen))",
        ],
        "withdrawal": [
            r"(?:von heute auf morgen|schlagartig|abrupt|auf einen schlag|auf kalten entzug) (?:\w+ ){0,2}"
            r"(?:aufgehort|abgesetzt|gestoppt)",
        ],
    },
    "it": {
        "intent": [
            r"so (?:gia |bene |esattamente )?cosa (?:faro|devo fare)(?! (?:domani|nel weekend|con|per|dopo|quando"
            r"|se) )",
            r"(?:ho )?(?:gia )?(?:pensato|calcolato|programmato) (?:esattamente |bene )?come (?:farlo|lo faro|farla"
            r" finita)",
        ],
        "time_soon": [
            r"(?:aspetto|sto aspettando|aspettando) che (?:mia moglie|mio marito|i miei|i bambini|i ragazzi|tutti"
            r"|lui|lei|loro)? ?(?:\w+ )?(?:esca|escano|parta|partano|se ne vada|se ne vadano|dorma|dormano|si"
            r" addormenti)",
        ],
        "threat": [
            _WEAPON["it"] + r"[^!?]{0,120}?\b(?P<at>(?:la |lo )?(?:sistemo|risolvo|regolo) (?:io|da solo|da sola"
            r"|la questione|i conti)(?: stasera| stanotte| una volta per tutte| a modo mio)?)",
        ],
    },
}

# Fuel spread where the speaker is, with a flame in hand: an act under way (self-immolation; WHO 2014, means of
# suicide). The fuel, the place or body and the flame must all be named, so a mower filled with petrol stays quiet.
_FUEL = {
    'en': ('(?:poured|splashed|spread|doused|soaked|covered|sprinkled|tipped)', '(?:petrol|gasoline|gas|lighter fluid|paraffin|kerosene|diesel|white spirit|accelerant)', '(?:lighter|matches|match|zippo)', '(?:holding|got|have|in my hand|ready)',
           '(?:all over|over|around|across|myself|me|my (?:clothes|body|hair)|the (?:lounge|living room|room|bedroom|house|flat|floor|kitchen|car|bed|sofa|carpet))'),
    'fr': ('(?:verse|repandu|asperge|arrose|imbibe)', '(?:l?essence|du gasoil|gasoil|petrole|white spirit|l?alcool a bruler)', '(?:briquet|allumettes?)', '(?:dans la main|en main|jai|je tiens|pret)',
           '(?:partout|sur moi|mes vetements|(?:le|la|l) ?(?:salon|chambre|maison|appartement|voiture|lit|cuisine))'),
    'es': ('(?:eche|rocie|esparci|derrame|empape|echado|rociado)', '(?:gasolina|nafta|diesel|queroseno|alcohol)', '(?:mechero|encendedor|cerillos?|cerillas?|fosforos?)', '(?:en la mano|tengo|agarro|sostengo|listo)',
           '(?:por todo|por toda|encima|sobre mi|mi ropa|(?:la|el) (?:sala|cuarto|casa|piso|departamento|carro|coche|cama|cocina))'),
    'pt': ('(?:despejei|espalhei|joguei|encharquei|derramei)', '(?:gasolina|alcool|querosene|diesel|gasoleo)', '(?:isqueiro|fosforos?)', '(?:na mao|tenho|seguro|pronto)',
           '(?:pela casa|por toda|em mim|por cima|minha roupa|(?:a|o|na|no) (?:sala|quarto|casa|carro|cama|cozinha))'),
    'de': ('(?:verschuttet|verteilt|ubergossen|getrankt|gekippt|ausgekippt)', '(?:benzin|diesel|spiritus|petroleum|brandbeschleuniger)', '(?:feuerzeug|streichholzer|streichholz)', '(?:in der hand|hab|habe|halte|bereit)',
           '(?:uber mich|uberall|meine kleider|(?:das|die|den|im|in der) (?:wohnzimmer|schlafzimmer|haus|auto|wohnung|bett|kuche))'),
    'it': ('(?:cosparso|versato|rovesciato|sparso|inzuppato)', '(?:benzina|gasolio|alcol|kerosene|diavolina)', '(?:accendino|fiammiferi|fiammifero)', '(?:in mano|ho|tengo|pronto)',
           '(?:addosso|dappertutto|i vestiti|(?:la|il|lo) (?:cucina|salotto|camera|casa|macchina|letto|divano))'),
}
for _lang, (_spread, _fuel, _flame, _hold, _where) in _FUEL.items():
    PARTS[_lang].setdefault("under_way", []).append(
        _spread + r"(?=[^.!?]{0,50}\b" + _where + r"\b)(?: \w+){0,6} " + _fuel
        + r"\b(?=[^.!?]{0,60}(?:[.!?][^.!?]{0,80})?\b" + _hold + r"(?: \w+){0,3} " + _flame + r"\b)")
