"""Situations told in wording no lexicon had (issue 10, after blind round 14), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon`. Each family is written as slots (a question word, a
medicine, an outcome; a place, a height; a verb of hoarding, a medicine) and the way they combine, not as the
sentences of the set:

- the lethal dose asked as a question of quantity (how many, combien, cuantas, wie viele, quantos, quante) about a
  medicine, with a deadly outcome (fatal, not wake up, dangerous, too many): C-SSRS method research, a lethal-dose
  question is high (`lethal_means`); not for a child, an animal or a course;
- medicine put aside instead of taken, hoarded or collected (C-SSRS preparatory behaviour: `lethal_means`), and a
  plan whose day is still open ("I don't know when yet": `intent`); farewell letters left somewhere for someone to
  find ("the letter is on the table for my mum": `prep`);
- someone else's death wish told in the third person ("she doesn't want to live any more", "he says he has lived
  too long", "he doesn't care if he dies"): `death` and `indirect`, which the composing layer gives to the third
  party (moderate: the clinician should know);
- "I don't want to kill myself, but I don't want to be here either" in the informal registers (`death`);
- at a bridge or a roof with the height told (a floor, metres) (`height`), with "don't try to talk me out of it"
  (`intent`), "I just wanted someone to know" (`farewell`) or "I don't think I'll come back" (`intent`):
  C-SSRS, an act about to begin;
- a last thank-you that sums up what someone did for the speaker ("you were the only one who listened", "thank
  you for everything you did for me": `farewell`), which beside things given away is preparation (AAS, Rudd
  et al. 2006);
- opioids and a benzodiazepine together (`opioid_use` + `depressant`: respiratory depression, FDA 2016 boxed
  warning);
- the car driven off the road on purpose ("what if I just don't take the bend", "nobody would know it was on
  purpose": `crash_method`), at speed now (`driving_now`);
- a time that belongs to an everyday event ("exam tomorrow", "la carrera del domingo": `event_time`), which does
  not make a death idiom a timed plan; effort idioms ("I'm going to die on that hill", "je vais mourir dans la
  montée": `idiom`).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

_W = r"(?:\w+ ){0,%d}"

# Medicines by kind and by the names clients use (generic and brand names common in the six countries' markets),
# and the endings of drug names (-azepam, -tyline, -oxetine...) so that a name not listed is still a medicine.
_DRUG = (r"(?:pills?|tablets?|tabs|caps(?:ules)?|meds|mg|drops|pcm|paracetamol\w*|acetaminophen|tylenol|panadol"
         r"|ibuprofen\w*|ibuprofeno|aspirin\w*|aspirina|doliprane|dafalgan|efferalgan|tachipirina|benuron|ben-u-ron"
         r"|gelocatil|xanax|valium|lexotan|rivotril|klonopin|tavor|stilnox|ambien|seroquel|tramadol|codein\w*"
         r"|morphin\w*|oxycodon\w*|fentanyl|metadone|methadon\w*|insulin\w*|lithium|litio"
         r"|\w+(?:azepam|azolam|zepam|zolam|tyline|tilina|tilin|triptylin\w*|pramin\w*|oxetin\w*|oxetina"
         r"|alin[ae]?|apin[ae]?|idon[ae]?|codon[ae]?|pidem|piclon[ae]?|barbital)"
         r"|pastillas|pastis|comprimidos?|pildoras|gotas|remedios?|medicamentos?|cachets?|comprimes|pilules"
         r"|gouttes|gelules|somniferes|medicaments?|tabletten|tablette|pillen|tropfen|medikamente?"
         r"|schlaftabletten|pilulas|capsulas|pastiglie|compresse|pillole|gocce|farmac[oi]|sonniferi)")
# Not about a child's or an animal's dose, nor a course, an exam or a nurse's work.
_NOT_CARE = (r"(?![^\n]{0,120}\b(?:kid|kids|child|baby|toddler|dog|cat|puppy|nino|nina|bebe|perro|gato|enfant"
             r"|chien|chat|hund|katze|crianca|cao|cachorro|bambino|bambina|cane|gatto|exam|examen|esame|prova"
             r"|pharmacology|farmacologia|pharmacologie|pharmakologie|nursing|enfermeria|infirmier\w*)\b)")

_Q = {
    "en": r"(?:how (?:much|many)|what (?:dose|amount)|at what (?:dose|point))",
    "es": r"(?:cuant[oa]s?|que (?:dosis|cantidad)|a partir de cuant[oa]s?)",
    "fr": r"(?:combien|cb|quelle (?:dose|quantite)|a partir de combien)",
    "de": r"(?:wie ?viele?|welche (?:dosis|menge)|ab wie ?viel\w*)",
    "pt": r"(?:quant[oa]s?|que (?:dose|quantidade)|a partir de quant[oa]s?)",
    "it": r"(?:quant[ei]|quanto|quanta|che dose|quale dose|da quant[ei])",
}
# The outcome asked about: death, not waking up, the liver destroyed, "dangerous", "too many".
_OUTCOME = {
    "en": r"(?:kill (?:my ?self|your ?self|urself|ur self|oneself|a person|someone|you)|die|not wake up|never wake"
          r" up|(?:be |is |are )?(?:fatal|lethal|deadly|dangerous)|too many|too much|od|overdose|liver (?:fails|fail"
          r"|fail|packs in|shuts down))",
    "es": r"(?:demasiad[oa]s|peligros[oa]s|mortal(?:es)?|letal(?:es)?|fatal(?:es)?|morir|morirme|morirse|matarme"
          r"|matarse|no despertar(?:me|se)?|no volver a despertar(?:me|se)?|(?:el )?higado (?:falla|revienta))",
    "fr": r"(?:fatal(?:e|es)?|mortel(?:le|les|s)?|letal(?:e|es)?|dangereu\w*|trop|mourir|en mourir|se tuer|me tuer"
          r"|pas se reveiller|plus se reveiller|y passer|(?:le )?foie (?:lache|claque|est foutu))",
    "de": r"(?:todlich\w*|letal\w*|gefahrlich\w*|zu viele?|sterben|nicht mehr aufwachen|nie mehr aufwachen"
          r"|(?:die )?leber (?:kaputt|versagt))",
    "pt": r"(?:demais|perigos[oa]s|morta(?:l|is)|leta(?:l|is)|fata(?:l|is)|morrer|matar-?(?:me|se)|nao acordar"
          r"|(?:o )?figado (?:falha|rebenta))",
    "it": r"(?:troppe|troppi|pericolos\w*|mortal[ei]|letal[ei]|fatal[ei]|morire|ammazzarsi|uccidersi|non svegliarsi"
          r"(?: piu)?|non risvegliarsi|(?:il )?fegato (?:cede|salta))",
}
_DRUG_IN = {code: _DRUG for code in ("en", "es", "fr", "de", "pt")} | {"it": r"(?:" + _DRUG + r"|en)"}
_LETHAL_DOSE = {code: _Q[code] + r"(?: \w+){0,4}? " + _DRUG_IN[code] + r"\b(?: \S+){0,8}? " + _OUTCOME[code] + r"\b"
                for code in _Q}
# Medicine hoarded or put aside instead of taken (not collected from the pharmacy).
_NOT_PHARMACY = (r"(?![^\n]{0,60}\b(?:pharmacy|chemist|prescription|farmacia|pharmacie|apotheke|farmacia|rezept"
                 r"|receta|ricetta|ordonnance)\b)")
_HOARD = {
    "en": r"(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|squirrel+ing away|putting aside"
          r"|put aside|been collecting|keeping back|kept back) (?:up )?" + _W % 3 + r"(?:" + _DRUG + r")",
    "es": r"(?:junto|juntando|he juntado|acumulo|acumulando|he acumulado|ahorro|ahorrando|voy guardando|guardando|he"
          r" guardado|escondo|escondiendo) " + _W % 3 + r"(?:" + _DRUG + r")",
    "fr": r"(?:je )?(?:stocke|accumule|amasse|garde|planque|cache|mets de cote|jai stocke|jai accumule|jai garde"
          r"|jai mis de cote|jai planque|economise) " + _W % 3 + r"(?:" + _DRUG + r")",
    "de": r"(?:sammel|sammle|sammelt|horte|bunker|bunkere|spare|verstecke) " + _W % 4 + r"(?:" + _DRUG + r")",
    "pt": r"(?:junto|juntando|acumulo|acumulando|guardando|escondendo|tenho guardado|tenho juntado|ando a juntar"
          r"|ando a guardar|estou a juntar|estou a guardar) " + _W % 3 + r"(?:" + _DRUG + r")",
    "it": r"(?:metto|messo|mettendo|sto mettendo) da parte " + _W % 3 + r"(?:" + _DRUG + r")|(?:accumulo|sto"
          r" accumulando|raccolgo|nascondo|conservo) " + _W % 3 + r"(?:" + _DRUG + r")",
}
# German word order: "hab die Tabletten gesammelt".
_HOARD_AFTER = {
    "en": r"(?:" + _DRUG + r") (?:\w+ ){0,3}(?:instead of taking them|rather than taking them)",
    "es": r"(?:" + _DRUG + r") (?:\w+ ){0,3}(?:en vez de tomarlas|en lugar de tomarlas|sin tomarlas)",
    "fr": r"(?:" + _DRUG + r") (?:\w+ ){0,3}(?:au lieu de les prendre|sans les prendre)",
    "de": r"(?:" + _DRUG + r") (?:\w+ ){0,4}(?:gesammelt|gehortet|gebunkert|zur seite gelegt|statt sie zu nehmen)",
    "pt": r"(?:" + _DRUG + r") (?:\w+ ){0,3}(?:em vez de (?:as )?tomar|sem (?:as )?tomar)",
    "it": r"(?:" + _DRUG + r") (?:\w+ ){0,3}(?:invece di prenderl[ea]|senza prenderl[ea])",
}
# A plan whose day is still open: "I don't know when yet" as its own clause.
_END = r"(?= *(?:$|[.!?,;]|\.{2,}))"
_WHEN_OPEN = {
    "en": r"(?:i )?(?:dont|do not) (?:know|have) (?:yet )?when(?: yet)?" + _END + r"|(?:when|the date),? i (?:dont"
          r"|do not) know (?:yet)?" + _END + r"|(?:havent|have not) (?:picked|chosen|decided) (?:when|the day) yet",
    "es": r"(?:todavia|aun) no se cuando|no se (?:todavia|aun) cuando|cuando,? (?:todavia|aun) no (?:lo )?se"
          r"|(?:todavia|aun) no (?:he )?(?:decidido|elegido) (?:cuando|el dia)",
    "fr": r"(?:je )?(?:ne )?sais (?:pas|plus) encore quand|(?:je )?(?:ne )?sais pas quand encore|quand,? je (?:ne )?sais"
          r" pas encore|(?:jai|ai) pas encore (?:choisi|decide) (?:quand|le jour)",
    "de": r"wann,? (?:weiss|weis|weiß) ich noch nicht|ich (?:weiss|weis) noch nicht,? wann|(?:hab|habe) noch nicht"
          r" entschieden,? wann",
    "pt": r"(?:ainda )?nao sei (?:ainda )?quando" + _END + r"|quando,? ainda nao sei|ainda nao (?:decidi|escolhi)"
          r" (?:quando|o dia)",
    "it": r"non so ancora quando|quando,? non (?:lo )?so ancora|non ho ancora (?:deciso|scelto) (?:quando|il giorno)",
}
# Letters left somewhere to be found.
_LETTER_LEFT = {
    "en": r"(?:the |my )?(?:letters) (?:for (?:my |the )?\w+ )?(?:is|are|s) (?:\w+ )?(?:in|on|under|inside)"
          r" (?:the|my) (?:\w+ )?(?:drawer|table|desk|bed|pillow|envelope|kitchen|hall|box)",
    "es": r"(?:la|las|mi|mis) (?:carta|cartas|nota|notas) (?:para (?:\w+ ){1,2})?(?:esta|estan|queda|quedan) (?:\w+ )?(?:en|sobre"
          r"|debajo|dentro|encima)",
    "fr": r"(?:la|les|ma|mes) (?:lettre|lettres|mot) (?:pour (?:\w+ ){1,2})?(?:est|sont|reste|restent) (?:\w+ )?(?:dans|sur|sous"
          r"|au|a lentree)",
    "de": r"(?:der|die|mein|meine) (?:brief|briefe|abschiedsbrief\w*) (?:fur (?:\w+ ){1,2})?(?:ist|sind|liegt|liegen) (?:\w+ )?"
          r"(?:in|im|auf|unter|unterm)",
    "pt": r"(?:a|as|minha|minhas) (?:carta|cartas|bilhete|bilhetes) (?:(?:para|pra|pro) (?:\w+ ){1,3})?(?:esta|estao|ta|tao|fica|ficam|deixei)"
          r" (?:\w+ )?(?:na|no|em|sobre|debaixo|dentro)",
    "it": r"(?:la|le) (?:lettera|lettere|biglietto) (?:per (?:\w+ ){1,3})?(?:e|sono|sta|stanno|lho lasciata|le ho lasciate)"
          r" (?:\w+ )?(?:nel|nella|sul|sulla|sotto|dentro)",
}
_OCCASION = (r"(?![^\n]{0,160}\b(?:christmas|xmas|birthday|wedding|party|anniversary|navidad|cumple\w*|boda|fiesta"
             r"|noel|anniversaire|mariage|fete|weihnacht\w*|geburtstag|hochzeit|natal|aniversario|casamento|festa"
             r"|natale|compleanno|matrimonio|santa|babbo|papai noel|pere noel|weihnachtsmann|reyes|secret)\b)")

_THIRD_DEATH = {
    "en": [r"(?:doesnt|does not|dont|do not|didnt) want to (?:live|be alive|exist)(?: anymore| any more"
           r"| any longer)?(?=[^\n]{0,3}(?:$|[.!?,;]| and| but| anymore| any more))",
           r"(?:wishes|wished) (?:he|she|they) (?:was|were|could be) dead",
           r"(?:doesnt|does not|dont|do not) care (?:if|whether) (?:he|she|they|i) (?:die|dies|live|lives|dead)",
           r"(?:doesnt|does not|dont) (?:care|mind) about dying"],
    "es": [r"(?:ya )?no quiere (?:seguir )?(?:vivir|viviendo|estar (?:aqui|aca)|existir)",
           r"ojala (?:se muriera|se muera|estuviera muert[oa]|no despertara)",
           r"(?:no )?(?:le|me) (?:da igual|importa|vale) (?:morir\w*|si se muere|si me muero|vivir o morir)"],
    "fr": [r"(?:ne )?veut plus vivre|(?:na|a) plus envie de vivre|souhaiterait (?:etre mort|mourir)",
           r"(?:sen fout|se fiche|sen fiche|men fous|me fiche|men fiche|cest egal|mest egal|lui est egal) de mourir"],
    "de": [r"(?:will|mochte|mocht|wott|wott|wil|woll) (?:nicht|nimmer|nummer|numm|num|nume|nimmi|nit) (?:mehr )?"
           r"(?:leben|lebe|labe|labe|sein|existieren)",
           r"(?:ihm|ihr|mir) (?:ist )?(?:egal|wurst|gleich),? ob (?:er|sie|ich) (?:stirbt|sterbe|lebt)"],
    "pt": [r"(?:ja )?nao quer (?:mais )?(?:viver|estar aqui|existir)",
           r"(?:nao )?(?:lhe |me )?(?:importa|liga|interessa) (?:de |se )?morrer|tanto (?:lhe |me )?faz morrer"],
    "it": [r"non (?:vuole|vuol|vole) piu vivere", r"(?:non )?(?:gli|le|mi) importa (?:niente |nulla )?(?:di|se)"
           r" (?:morire|muore|muoio)", r"non (?:gliene|me ne) frega (?:niente |nulla )?di morire",
           r"vorrebbe (?:morire|essere mort[oa])"],
}
_THIRD_INDIRECT = {  # (not "lived long enough in Milan": a place or a time after it is a stay, not a life)
    "en": [r"(?:has|hes) (?:lived|had) (?:long )?enough|(?:has|hes) lived too long(?! (?:in|at|with|abroad|here"
           r"|there|on)\b)"],
    "es": [r"(?:ya )?(?:vivio|ha vivido) (?:demasiado|bastante|suficiente|lo suficiente)(?! (?:en|con|aqui|alli|alla"
           r"|por)\b)"],
    "fr": [r"a (?:assez|trop) vecu(?! (?:a|en|avec|ici|la-bas|au|chez)\b)"],
    "de": [r"(?:hat|hatte) (?:lange )?genug gelebt|(?:hat|hatte) zu lange gelebt"],
    "pt": [r"(?:ja )?(?:viveu|tem vivido) (?:demais|o suficiente|bastante)(?! (?:em|no|na|com|aqui|la|ca)\b)"],
    "it": [r"(?:ha|ho) (?:gia )?vissuto (?:abbastanza|troppo|fin troppo)(?! (?:a|in|da|con|nel|nella|qui|li|la|al"
           r"|allestero|fuori)\b)"],
}
# "I don't want to kill myself, but I don't want to be here either" (informal registers).
_NOT_HERE = {
    "en": [r"(?:dont|do not) (?:want|wanna) to be here (?:either|anymore|any more)"],
    "es": [r"(?:pero )?tampoco (?:quiero )?(?:estar|seguir) (?:aqui|aca)", r"ya no quiero (?:estar|seguir) (?:aqui|aca)",
           r"no quiero (?:estar|seguir) (?:aqui|aca) (?:ya|mas)\b"],
    "fr": [r"(?:jai|j ai|ai) plus envie (?:detre|de rester) (?:la|ici)", r"(?:juste )?plus etre la(?= *(?:$|[.!?,;]))",
           r"(?:je )?veux (?:juste )?plus etre la"],
    "de": [r"(?:aber )?auch nicht mehr (?:hier |da )?sein", r"will (?:aber )?(?:auch )?nicht mehr (?:hier|da) sein"],
    "pt": [r"(?:mas )?tambem nao quero (?:estar|ficar) (?:aqui|ca)", r"(?:ja nao quero|nao quero mais) (?:estar|ficar)"
           r" (?:aqui|ca)"],
    "it": [r"(?:pero|ma) (?:neanche|nemmeno|neppure|manco) (?:stare|restare|essere) qui", r"vorrei (?:solo |soltanto"
           r" |solamente )?sparire"],
}
# A height told from where the speaker stands: a floor, metres, the wind up there.
_HEIGHT = {
    "en": r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top) floor|\d+ "
          r"(?:floors|storeys|stories|metres|meters|m) (?:up|high|down)|(?:its|so) (?:really |very )?(?:windy|high)"
          r" up here",
    "es": r"(?:piso|planta) \d+|(?:\d+|decimo|noveno|octavo|septimo|sexto|quinto|ultimo) (?:piso|planta)|\d+ (?:pisos"
          r"|metros) de (?:altura|alto)|(?:mucho|un) viento",
    "fr": r"\d+ ?e(?:me)? etage|(?:dernier|dixieme|neuvieme|huitieme|septieme|sixieme|cinquieme) etage|\d+ (?:etages"
          r"|metres) de (?:haut|hauteur)|(?:meme )?pas le vertige",
    "de": r"\d+\.? (?:stock|etage|og|stockwerk)|(?:im )?(?:zehnten|neunten|achten|siebten|sechsten|funften|obersten)"
          r" (?:stock|stockwerk)|\d+ (?:meter|stockwerke) (?:hoch|tief)",
    "pt": r"\d+ ?o? andar|(?:decimo|nono|oitavo|setimo|sexto|quinto|ultimo) andar|\d+ (?:andares|metros) de altura",
    "it": r"\d+ ?o? piano|(?:decimo|nono|ottavo|settimo|sesto|quinto|ultimo) piano|\d+ (?:piani|metri) di altezza"
          r"|(?:un )?vento fortissimo",
}
_NO_CONVINCE = {
    "en": r"(?:dont|do not) (?:try to |bother trying to )?(?:talk me out of (?:it|this)|convince me|stop me)|(?:dont"
          r"|do not) want (?:anyone|you|people|to be) (?:to )?(?:talk(?:ed)? me out of (?:it|this)|convinc\w* )",
    "es": r"no (?:quiero que|intentes|intenten|traten de|trates de) (?:me )?(?:convenc\w*|detene\w*|par\w*)|no me"
          r" (?:intentes|intenten) (?:convencer|detener|parar)",
    "fr": r"(?:essayez|essaie|essayer) pas de me (?:convaincre|retenir|faire changer davis)|(?:je )?(?:ne )?veux pas"
          r" qu(?:on|e vous|e tu|e quelquun) me (?:convain\w*|retien\w*|dissuad\w*)",
    "de": r"(?:versuch|versucht|versuchen sie) (?:es )?(?:nicht|nich|ned|bloss nicht),? mich (?:umzustimmen|aufzuhalten"
          r"|zu uberreden)|will nicht,? dass (?:mich )?(?:jemand|ihr|du|sie) mich (?:umstimm\w*|aufhalt\w*|uberred\w*)",
    "pt": r"nao (?:quero que|tentem|tente|tentes) (?:me )?(?:convenc\w*|impe\w*|par\w*|salv\w*)",
    "it": r"(?:non|nun|un) (?:voglio|vojo|vuoi|volete) che (?:mi|me) (?:convinc\w*|ferm\w*|salv\w*)|(?:non|nun)"
          r" (?:provate|provare|cercate|cercare) (?:a|di) (?:convincermi|fermarmi)",
}
_SOMEONE_KNOW = {
    "en": r"(?:i )?(?:just|only) (?:wanted|want|needed) (?:someone|somebody|one person|someone else) to know(?: where"
          r" i am)?",
    "es": r"(?:solo|solamente|nomas) (?:queria|quiero) que alguien (?:lo )?(?:supiera|sepa)",
    "fr": r"(?:je )?voulais (?:juste|seulement|simplement) que quelquun (?:le )?sache",
    "de": r"(?:ich )?wollte (?:nur|bloss|einfach),? dass (?:es )?(?:jemand|irgendwer|einer) (?:es )?(?:weiss|weis)",
    "pt": r"(?:so|apenas|somente) queria que alguem soubesse",
    "it": r"volevo (?:solo|soltanto|solamente) che qualcuno (?:lo )?(?:sapesse|sappia)",
}
_NOT_BACK = {
    "en": r"(?:i )?(?:dont|do not) think (?:ill|i will|im going to|im gonna) (?:come|make it|be coming) (?:back|home)"
          r"|(?:im|i am) not (?:coming|going) (?:back|home) (?:this time|again)",
    "es": r"no (?:creo que )?(?:vuelva|voy a volver|vuelvo) (?:esta vez|a casa|mas)",
    "fr": r"(?:je )?(?:pense|crois) pas que (?:je vais|jvais|je) revenir|je (?:reviendrai|rentrerai) (?:pas|plus)"
          r"(?: cette fois)?",
    "de": r"(?:ich )?(?:komme|komm|werde) (?:diesmal )?(?:nicht|nich|ned) (?:mehr )?(?:zuruck|heim|nach hause)"
          r"(?: kommen)?" + _END,
    "pt": r"(?:acho que )?nao (?:vou )?(?:volto|voltar) (?:desta vez|para casa|pra casa|mais)",
    "it": r"non (?:credo che )?(?:tornero|torno|ritornero|ritorno) (?:piu|a casa|stavolta|questa volta)",
}
# A last thank-you that sums up what someone did for the speaker.
_THANKS = {
    "en": [r"(?:you(?:ve| have)? been|you were) (?:\w+ )?(?:kinder|better|nicer) to me than i (?:ever )?deserve(?:d)?",
           r"you (?:were|are|have been|ve been) the only (?:one|person) (?:who|that) (?:\w+ )?(?:listened|cared"
           r"|helped|understood)", r"(?:thank you|thanks) for everything you(?:ve| have)? (?:did|done) for me"],
    "es": [r"gracias por todo lo que (?:hicieron|hiciste|hizo|han hecho|has hecho|ha hecho) por mi",
           r"(?:fuiste|fue|has sido|ha sido|eres|es) (?:la|el) unic[oa] que (?:me )?(?:\w+ )?(?:escuch|entendi|ayud)\w*"],
    "fr": [r"merci pour tout ce que (?:vous avez|tu as|vous mavez|tu mas) (?:fait|apporte|donne)",
           r"(?:vous avez|tu as) (?:vraiment )?essaye(?= *(?:$|[.!?,;]))",
           r"(?:vous etiez|tu etais|vous avez ete|tu as ete) (?:la |le )?seule?(?: personne)? (?:qui|a) ma"
           r" (?:vraiment )?(?:ecoute|compris|aide)\w*"],
    "de": [r"danke fur alles,? (?:was )?(?:sie|du|ihr) (?:fur mich )?(?:getan|gemacht)",
           r"(?:sie|du) (?:waren|warst|sind|bist) (?:die|der) (?:einzige|einzigen?),? (?:die|der) (?:mir )?(?:\w+ )?"
           r"(?:zugehort|verstanden|geholfen)"],
    "pt": [r"obrigad[oa] por tudo (?:o )?que (?:voce |vc |voces |tu )?(?:fez|fizeram|fizeste|tem feito) por mim",
           r"(?:voce|vc|tu|a senhora) (?:foi|foste|e|es) (?:a|o) unic[oa] (?:pessoa )?que (?:me )?(?:\w+ )?(?:ouviu"
           r"|escutou|entendeu|ajudou)"],
    "it": [r"grazie (?:di|per) tutto (?:quello |quel )?che (?:ha|hai|avete) fatto per me",
           r"(?:ringraziarla|ringraziarti|ringraziarvi) per tutto(?: quello che)?",
           r"(?:sei|e|sei stat[oa]|e stat[oa]) (?:l)?unic[oa] (?:persona )?che (?:mi )?(?:ha|hai) (?:\w+ )?"
           r"(?:ascoltat|capit|aiutat)\w*"],
}
# A day the others sleep: the plan's time is when no one would stop it (Hawton et al. 2012).
_WHEN_ASLEEP = {
    "en": r"(?:when|once|after) (?:my (?:wife|husband|partner|parents|kids)|everyone|they|the others|the house) (?:is"
          r" |are |has |have )?(?:asleep|sleeping|gone to bed|in bed)",
    "es": r"cuando (?:mi (?:mujer|esposa|marido|esposo|pareja)|todos|mis padres|los demas|ellos) (?:se )?(?:duerma"
          r"|duerman|este dormid[oa]|esten dormidos|se acuesten|se acueste)",
    "fr": r"(?:quand|une fois que|des que) (?:ma femme|mon mari|mon copain|ma copine|tout le monde|les autres|ils|mes"
          r" parents) (?:dorment|dormira|dormiront|dort|sera couche|seront couches|sera endormie?)",
    "de": r"wenn (?:meine frau|mein mann|alle|die anderen|meine eltern|sie) (?:schlaft|schlafen|eingeschlafen"
          r" (?:ist|sind)|im bett (?:ist|sind))",
    "pt": r"quando (?:a minha mulher|a minha esposa|minha mulher|minha esposa|meu marido|o meu marido|todos|todo mundo"
          r"|os outros|eles) (?:dormir|dormirem|estiver a dormir|estiverem a dormir|estiverem dormindo)",
    "it": r"quando (?:mia moglie|mio marito|tutti|gli altri|i miei) (?:dorme|dormono|dormira|dormiranno|si addormenta"
          r"|si addormentano|sara a letto)",
}
# The car and a hose: the exhaust method prepared (C-SSRS preparatory acts).
_CAR_HOSE = {
    "en": r"(?:the car|car) and (?:the |a )?(?:hose|tube|pipe)|(?:hose|tube|pipe) (?:on|to|in) the exhaust",
    "es": r"(?:el coche|el auto|el carro|la camioneta) y (?:la |el )?(?:manguera|tubo)",
    "fr": r"(?:la voiture|la bagnole|lauto|le char) et (?:le |un )?(?:tuyau|tube)",
    "de": r"(?:das auto|den wagen|der wagen|das auto) und (?:den |der |einen )?(?:schlauch)",
    "pt": r"(?:o carro) e (?:a |o )?(?:mangueira|tubo)",
    "it": r"(?:la macchina|lauto) e (?:il |un )?(?:tubo|tubo di gomma)",
}
_ALL_READY = {
    "en": r"(?:ive|i have|i) (?:already )?(?:prepared|got|set up|laid out) everything|everything is (?:ready|prepared"
          r"|set up|in place)",
    "es": r"(?:ya )?(?:tengo|he preparado|deje) todo (?:listo|preparado)|todo (?:esta|ta) (?:listo|preparado)",
    "fr": r"(?:jai )?(?:deja )?(?:tout prepare|tout pret)|tout est (?:pret|prepare)",
    "de": r"(?:ich )?(?:hab|habe) (?:schon )?alles (?:vorbereitet|bereit|fertig)|alles ist (?:vorbereitet|bereit)",
    "pt": r"(?:ja )?(?:tenho|deixei|preparei) tudo (?:pronto|preparado)?|(?:ja )?(?:esta|ta) tudo (?:pronto|preparado)",
    "it": r"(?:ho )?(?:gia )?preparato tutto|ho (?:gia )?tutto pronto|(?:e )?tutto pronto",
}
# Opioids said with the benzodiazepine taken on top.
_ON_TOP = {
    "en": r"(?:and|plus|with) (?:a few|some|a couple of|two|three)? ?(?:\w+ )?(?:xanax|valium|diazepam|clonazepam"
          r"|klonopin|rivotril|benzos?|bars)",
    "es": r"(?:y|con|mas) (?:unas? |algunas? )?(?:gotas de |pastillas de )?(?:rivotril|clonazepam|alprazolam|valium"
          r"|diazepam|lorazepam|tranquimazin|orfidal)",
    "fr": r"(?:et|avec|plus) (?:quelques |des |du )?(?:gouttes de )?(?:rivotril|xanax|lexomil|valium|temesta|seresta"
          r"|lysanxia|benzo\w*)",
    "de": r"(?:und|mit|dazu) (?:ein paar |etwas |einige )?(?:tropfen |tabletten )?(?:rivotril|tavor|diazepam|valium"
          r"|lorazepam|benzos?)",
    "pt": r"(?:e|com|mais) (?:umas? |algumas? )?(?:gotas de )?(?:rivotril|clonazepam|alprazolam|diazepam|valium|xanax"
          r"|lorazepam)",
    "it": r"(?:e|con|sopra) (?:qualche |un po di |delle )?(?:goccia |gocce )?(?:di )?(?:rivotril|en|xanax|valium|tavor"
          r"|lorazepam|delorazepam|lexotan|minias)",
}
_OPIOID = {
    "en": r"(?:took|had|used|taken|take|taking) (?:my |the |some )?(?:methadone|heroin|oxy\w*|morphine|fentanyl"
          r"|tramadol|codeine|subutex|buprenorphine)",
    "es": r"(?:tome|me tome|tomo|use|me meti|he tomado) (?:la |mi |el |un poco de )?(?:metadona|heroina|morfina"
          r"|fentanilo|tramadol|oxicodona|codeina)",
    "fr": r"(?:jai pris|pris|je prends|jai pris ma|jai pris mon) (?:la |ma |mon |de la |du )?(?:methadone|heroine"
          r"|hero|morphine|fentanyl|tramadol|codeine|subutex|skenan)",
    "de": r"(?:hab|habe|nehme|genommen) (?:\w+ )?(?:methadon|heroin|morphin|fentanyl|tramadol|codein|subutex"
          r"|polamidon)",
    "pt": r"(?:tomei|tomo|usei|tomei a|tomei o) (?:a |o |um pouco de )?(?:metadona|heroina|morfina|fentanil|tramadol"
          r"|codeina)",
    "it": r"(?:ho preso|preso|prendo) (?:il |la |del |un po di )?(?:metadone|eroina|morfina|fentanil|tramadolo"
          r"|codeina|ossicodone|subutex)",
}
# The car driven off the road on purpose, and at speed now.
_OFF_ROAD = {
    "en": r"(?:what if i|if i|i could|tempted to|thinking (?:about|of)) (?:just )?(?:dont|didnt|not|never) (?:take"
          r"|make|turn (?:at|into)) (?:the|that|this) (?:bend|curve|corner|turn)|no one (?:would|will|d) (?:ever )?know"
          r" (?:it was|i did it) on purpose",
    "es": r"(?:y )?si (?:simplemente |solo )?no (?:tomo|tomara|agarro|hago) (?:la|esa) curva|nadie (?:sabria|va a"
          r" saber|sabra) que (?:fue|era) (?:a proposito|adrede|queriendo)",
    "fr": r"(?:et )?si (?:je )?(?:ne )?(?:prenais|prends) (?:juste )?pas (?:le|ce) virage|personne (?:saurait|saura|ne"
          r" saurait) que (?:cetait|cest) (?:expres|voulu)",
    "de": r"(?:was )?wenn ich (?:die|diese) kurve (?:einfach )?nicht (?:nehme|nehmen wurde|kriege)|niemand (?:wurde|wird)"
          r" wissen,? dass (?:es )?absicht (?:war|ist)",
    "pt": r"(?:e )?se eu (?:simplesmente |so )?nao (?:fizer|fizesse|fazer|faco|fizer) a curva|ninguem (?:ia|iria|vai)"
          r" saber que (?:foi|era) de proposito",
    "it": r"(?:e )?se (?:io )?(?:semplicemente )?non (?:prendo|prendessi|faccio|facessi) (?:la|quella) curva|nessuno"
          r" (?:saprebbe|sapra|lo saprebbe) che (?:e stato|era) (?:apposta|voluto)",
}
_SPEED = {
    "en": r"(?:im|i am|doing|going) (?:at )?(?:1[2-9]\d|2\d\d)\b(?! (?:followers|pounds|lbs|words|pages))",
    "es": r"(?:voy|estoy|ando) a (?:1[2-9]\d|2\d\d)\b",
    "fr": r"(?:je suis|chu|jsuis|je roule) a (?:1[2-9]\d|2\d\d)\b",
    "de": r"(?:fahre|fahr|bin) (?:mit|bei) (?:1[2-9]\d|2\d\d)\b",
    "pt": r"(?:to|estou|tou|vou) a (?:1[2-9]\d|2\d\d)\b",
    "it": r"(?:vado|sto andando|sono) a (?:1[2-9]\d|2\d\d)\b",
}
# A time that belongs to an everyday event next to it: "exam tomorrow", "manana examen", "la course de dimanche".
_EVENT = (r"(?:exam|exams|test|quiz|final|finals|midterm|presentation|interview|race|marathon|match|game|deadline"
          r"|examen|examenes|prueba|parcial|carrera|partido|entrevista|exposicion|partiel|controle|concours|oral"
          r"|course|entretien|prufung|klausur|test|rennen|lauf|spiel|vorstellungsgesprach|prova|provas|teste|exame"
          r"|corrida|jogo|entrevista|verifica|interrogazione|esame|gara|partita|colloquio|maratona|marathon"
          r"|halbmarathon|meia maratona|semi)")
EVENT_TIME = (r"(?:" + _EVENT + r")(?: \w+){0,3}? (?:tomorrow|tonight|today|on \w+day|at \d+(?:am|pm|h)?|manana|esta"
               r" noche|hoy|demain|ce soir|aujourdhui|morgen|heute(?: abend)?|amanha|hoje|domani|stasera|oggi)\b"
               r"|\b(?:tomorrow|tonight|today|manana|demain|morgen|amanha|domani|oggi|hoje|hoy)(?:s)? (?:\w+ ){0,2}"
               r"(?:" + _EVENT + r")")
# Effort idioms: dying on a climb, in a race, at the gym.
_EFFORT = {
    "en": r"(?:going to|gonna|will|gon|about to) die (?:on|at|in|during) (?:that|the|this) (?:\w+ )?(?:hill|climb"
          r"|race|run|gym|workout|class|session|course|stairs|bike|lap|last km|last mile|finish)",
    "es": r"(?:me )?(?:voy a morir|me muero|muero) (?:en|durante) (?:la|esa|el) (?:\w+ )?(?:subida|cuesta|carrera"
          r"|clase|gimnasio|gym|entrenamiento|cuesta|escalera)",
    "fr": r"(?:je vais|jvais) mourir (?:dans|pendant|a|sur) (?:la|cette|le) (?:\w+ )?(?:montee|cote|course|salle"
          r"|seance|marathon|escaliers)",
    "de": r"(?:ich )?(?:sterbe|sterb|werde sterben) (?:am|beim|im|auf dem) (?:\w+ )?(?:berg|anstieg|lauf|rennen"
          r"|training|gym|marathon)",
    "pt": r"(?:vou morrer|morro) (?:na|nessa|no|durante a) (?:\w+ )?(?:subida|corrida|academia|aula|ladeira|treino"
          r"|maratona)",
    "it": r"(?:moriro|muoio|morir[oò]) (?:in|sulla|alla|durante la|nella) (?:\w+ )?(?:salita|gara|palestra"
          r"|maratona|corsa|lezione)",
}

PARTS: dict[str, dict[str, list[str]]] = {
    code: {
        "lethal_means": [_LETHAL_DOSE[code] + _NOT_CARE, _HOARD[code] + _NOT_PHARMACY,
                         _HOARD_AFTER[code] + _NOT_PHARMACY, _CAR_HOSE[code]],
        "intent": [_WHEN_OPEN[code], _NO_CONVINCE[code], _NOT_BACK[code]],
        "prep": [_LETTER_LEFT[code] + _OCCASION, _ALL_READY[code] + r"(?=[^\n]{0,200}\b(?:garage|garaje|garagem"
                 r"|rope|corda|cuerda|corde|seil|pills|pastillas|cachets|tabletten|comprimidos|pastiglie|tubo|tuyau"
                 r"|hose|schlauch|mangueira|manguera)\b)"],
        "death": [*_THIRD_DEATH[code], *_NOT_HERE[code]],
        "indirect": _THIRD_INDIRECT[code],
        "height": [_HEIGHT[code]],
        "farewell": [_SOMEONE_KNOW[code], *_THANKS[code]],
        "time_soon": [_WHEN_ASLEEP[code]],
        "depressant": [_ON_TOP[code]],
        "opioid_use": [_OPIOID[code]],
        "crash_method": [_OFF_ROAD[code]],
        "driving_now": [_SPEED[code]],
        "event_time": [EVENT_TIME],
        "idiom": [_EFFORT[code]],
    }
    for code in ("en", "es", "fr", "de", "pt", "it")
}

# Someone's farewell in a voice note or a message ("forgive me for everything"), then a phone that rings out.
_GOODBYE_SENT = {
    "en": r"(?:sent|left) (?:me|us) (?:a |an )?(?:\w+ )?(?:voice ?note|voice message|audio|message|text)[^.!?\n]{0,40}?"
          r"\b(?:forgive me|sorry for everything|sorry for it all)",
    "es": r"(?:me |nos )?(?:mando|envio|dejo) (?:un |una )?(?:audio|mensaje de voz|nota de voz|mensaje|whatsapp|wasap)"
          r"[^.!?\n]{0,40}?\b(?:perdoname|perdonadme|perdonenme|perdon por todo|lo siento por todo)",
    "fr": r"(?:ma |mas |m a )?(?:envoye|laisse) (?:un )?(?:vocal|message vocal|audio|message|texto|sms)[^.!?\n]{0,40}?"
          r"\b(?:pardonne-?moi|pardonnez-?moi|desolee? pour tout|dsl pour tout)",
    "de": r"(?:hat|hatte) (?:mir|uns) (?:eine |ne )?(?:sprachnachricht|sprachmemo|nachricht|sms|whatsapp)[^.!?\n]{0,40}?"
          r"\b(?:verzeih mir|vergib mir|(?:es )?tut mir (?:so )?leid fur alles)",
    "pt": r"(?:me |nos )?(?:mandou|enviou|deixou)(?:-me|-nos)? (?:um |uma )?(?:audio|mensagem de voz|mensagem|msg|zap)[^.!?\n]{0,40}?"
          r"\b(?:perdoa-?me|me perdoa|desculpa por tudo|perdoem-?me)",
    "it": r"(?:mi |ci )?(?:ha )?(?:mandato|inviato|lasciato) (?:un |una )?(?:vocale|audio|messaggio|whatsapp)"
          r"[^.!?\n]{0,40}?\b(?:perdonami|scusami per tutto|perdonatemi)",
}
_RINGS_OUT = {
    "en": r"(?:the |her |his |their )?phone (?:just )?(?:rings out|keeps ringing out|rings and rings|rings and no one"
          r" answers|rings with no answer)",
    "es": r"(?:el )?(?:telefono|celular|movil) (?:suena y suena|suena y nadie (?:contesta|atiende)|da tono y nadie"
          r" (?:contesta|atiende)|suena sin respuesta)",
    "fr": r"(?:le |son )?(?:telephone|portable|tel) sonne (?:dans le vide|sans reponse)",
    "de": r"(?:es |das handy |das telefon |ihr handy |sein handy )?klingelt (?:es )?(?:nur )?(?:ins leere|durch|und niemand"
          r" geht ran|und keiner geht ran)",
    "pt": r"(?:o )?(?:telefone|telemovel|celular) (?:toca e (?:ninguem|ela nao|ele nao) atende|chama e ninguem atende"
          r"|toca sem resposta|chama sem resposta)",
    "it": r"(?:il )?(?:telefono|cellulare) (?:squilla|suona) (?:a vuoto|senza risposta)|squilla a vuoto",
}
# Things given away with an article, to a relative or a friend ("y la compu a mi sobrina").
_GIVEN_TO = {
    "en": r"(?:^|[.,;] |\band )(?:the|his|her) (?:\w+ ){1,2}to (?:my|his|her) (?:cousin|niece|nephew|sister|brother"
          r"|friend|neighbou?r|son|daughter|mum|mom|dad)\b",
    "es": r"(?:^|[.,;] |\by )(?:el|la|los|las) (?:\w+ ){1,2}(?:a mi|a mis|a un|a una) (?:prim|sobrin|herman|amig"
          r"|vecin|hij|madre|padre|tio|tia|abuel|compa)\w*",
    "fr": r"(?:^|[.,;] |\bet )(?:le|la|les) (?:\w+ ){1,2}a (?:mon|ma|mes) (?:cousin|niece|neveu|soeur|frere|ami"
          r"|voisin|fils|fille|mere|pere)\w*",
    "de": r"(?:^|[.,;] |\bund )(?:den|die|das) (?:\w+ ){1,2}(?:an|fur) (?:meine|meinen|meinem) (?:cousin|kusine"
          r"|nichte|neffen|schwester|bruder|freund|nachbar|sohn|tochter|mutter|vater)\w*",
    "pt": r"(?:^|[.,;] |\be )(?:o|a|os|as) (?:\w+ ){1,2}(?:pro|pra|para o|para a) (?:meu|minha) (?:prim|sobrinh|irm"
          r"|amig|vizinh|filh|mae|pai)\w*",
    "it": r"(?:^|[.,;] |\be )(?:il|la|i|le|lo) (?:\w+ ){1,2}a (?:mio|mia) (?:cugin|nipote|sorella|fratello|amic"
          r"|vicin|figli|madre|padre)\w*",
}
# "Suicide tonight", telegraphic: the noun with a time (algospeak is normalised to it first).
_NOUN_TIME = {
    "en": r"suicide (?:tonight|today|tomorrow|now)", "es": r"suicidio (?:esta noche|hoy|manana|ahora)",
    "fr": r"suicide (?:ce soir|cette nuit|aujourdhui|demain|maintenant)", "de": r"suizid (?:heute(?: nacht)?|morgen"
    r"|jetzt)", "pt": r"suicidio (?:hoje(?: a noite)?|amanha|agora)", "it": r"suicidio (?:stasera|stanotte|oggi"
    r"|domani|adesso)",
}
for _code, _parts in PARTS.items():
    _parts["message_goodbye"] = [_GOODBYE_SENT[_code]]
    _parts["unreachable"] = [_RINGS_OUT[_code]]
    _parts["give_away"] = [_GIVEN_TO[_code]]
    _parts["death"].append(_NOUN_TIME[_code])
# A visit: photos, a selfie, the view, tourists (the place is a sight, not a place of danger).
_SIGHTSEEING = {
    "en": r"(?:(?:blurry|all the|all my|lots of|loads of|holiday|trip|tourist|nice|some) (?:photos|pics|pictures)"
          r"|selfies|tourists?|sightseeing|the view|postcards?|sunset)",
    "es": r"(?:(?:las|muchas|unas|tantas) fotos|fotos (?:borrosas|del viaje|de las vacaciones)|selfies|las vistas"
          r"|turistas?|turismo|atardecer|postal(?:es)?)",
    "fr": r"(?:(?:les|des|mes|toutes ces|plein de) photos|photos (?:floues|de vacances|du voyage)|selfies|la vue"
          r"|touristes?|coucher de soleil|cartes? postales?)",
    "de": r"(?:(?:die|viele|ein paar|unscharfen|verwackelten) (?:fotos|bilder)|urlaubsfotos|selfies|aussicht"
          r"|touristen|sonnenuntergang|postkarten?)",
    "pt": r"(?:(?:as|muitas|umas|tantas) fotos|fotos (?:tremidas|desfocadas|da viagem|das ferias)|selfies|a vista"
          r"|turistas?|por do sol|postais?)",
    "it": r"(?:(?:tante|un sacco di|alcune|le mie) foto|foto (?:mosse|sfocate|del viaggio|delle vacanze)|selfie"
          r"|la vista|turisti|tramonto|cartoline?)",
}
for _code, _parts in PARTS.items():
    _parts["sightseeing"] = [_SIGHTSEEING[_code]]
# History: an act dated in the past (an age, years ago, school) with being well now (C-SSRS lifetime, not recent).
_DATED_PAST = {
    "en": r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years ago|when i was (?:\d+|a teen\w*"
          r"|young|younger|at (?:school|uni)|in (?:school|high school|secondary school|college|uni))|(?:at|in)"
          r" (?:secondary|high) school|(?:havent|have not|hasnt) (?:done it|cut|self harmed|harmed myself)(?: \w+){0,2}"
          r" (?:in|for) (?:\w+ ){0,2}(?:years|months)",
    "es": r"hace (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos|varios) anos|cuando (?:tenia \d+ anos"
          r"|tenia \d+|era (?:adolescente|joven|chic[oa]))|en el (?:instituto|colegio|secundario|liceo)",
    "fr": r"il y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plus de \d+) ans|quand (?:javais \d+ ans"
          r"|jetais (?:ado|adolescente?|jeune))|au (?:lycee|college)|plus de \d+ ans",
    "de": r"vor (?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|vielen) jahren|als ich (?:\d+|jugendlich"
          r"|teenager) war|in der (?:schulzeit|lehre|schule)|(?:uber )?(?:\d+|zwei|drei|vier|funf|sechs|sieben|acht"
          r"|neun|zehn) jahre her",
    "pt": r"(?:faz|ha|fazem) (?:\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|muitos) anos|quando eu tinha \d+"
          r" anos|quando (?:eu )?era (?:adolescente|nov[oa]|miudo|miuda)|no (?:liceu|secundario|colegio)",
    "it": r"(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|tanti|molti) anni fa|quando avevo \d+ anni"
          r"|(?:al|ai tempi del) liceo|da ragazz[oa]",
}
_WELL_NOW = {
    "en": r"(?:im|i am|i feel|feeling|doing) (?:totally |really |much )?(?:fine|ok|okay|good|well|better|great)"
          r"(?: now| these days)?|(?:dont|doesnt|do not) bother me (?:now|any ?more)|in a (?:good|better) place"
          r"(?: now)?|(?:its|it is) (?:long )?behind me",
    "es": r"(?:ahora |hoy )?(?:estoy|me siento) (?:muy )?(?:bien|mejor|en otro momento)|ya no me afecta|(?:ya )?lo"
          r" (?:tengo|deje) (?:superado|atras)",
    "fr": r"(?:je vais|ca va) (?:tres |bien )?(?:bien|mieux)(?: maintenant| aujourdhui)?|cest loin(?: maintenant)?"
          r"|cest derriere moi|(?:je suis|jsuis) passee? a autre chose",
    "de": r"(?:mir geht es|mir gehts|es geht mir|jetzt gehts mir) (?:jetzt |heute |wieder )?(?:gut|besser)|ist"
          r" (?:lange|langst) (?:her|vorbei)|(?:es )?fuhlt sich gut an",
    "pt": r"(?:hoje |agora )?(?:to|estou|tou|me sinto) (?:bem|melhor|em outro momento|noutra fase)|ja passou|ficou"
          r" para tras",
    "it": r"(?:ora|adesso|oggi) (?:sto|mi sento) (?:bene|meglio)|(?:sto|mi sento) bene (?:ora|adesso|oggi)|e"
          r" acqua passata|me lo sono lasciat[oa] alle spalle",
}
for _code, _parts in PARTS.items():
    _parts["dated_past"] = [_DATED_PAST[_code]]
    _parts["well_now"] = [_WELL_NOW[_code]]
# The speaker's present age set against the past one ("hoje, com 34", "now I'm 40"): the present of the story.
_AGE_NOW = {"en": r"(?:now|today),? (?:at|aged) \d+|now (?:im|i am) \d+", "es": r"(?:hoy|ahora),? con \d+(?: anos)?",
            "fr": r"aujourdhui,? a \d+ ans", "de": r"heute,? mit \d+(?: jahren)?", "pt": r"(?:hoje|agora),? com \d+"
            r"(?: anos)?", "it": r"(?:oggi|ora),? a \d+ anni"}
for _code, _parts in PARTS.items():
    _parts["well_now"].append(_AGE_NOW[_code])
# Eating: almost nothing for weeks or months, two meals skipped, weight lost (NICE NG69).
_EAT_NOTHING = {
    "en": r"(?:eat|eating|eaten|ate) (?:almost |next to |practically |virtually )?nothing (?:for|in|since) (?:a |one |two"
          r" |three |\d+ |several |the last )?(?:weeks?|months?|january|february|march|april|may|june|july|august"
          r"|september|october|november|december)|skip(?:ping)? (?:breakfast|lunch|dinner) and (?:lunch|dinner|supper)",
    "es": r"(?:casi )?no (?:como|he comido|comi|estoy comiendo) (?:casi )?nada (?:desde hace|hace|en|desde) (?:\w+ )?"
          r"(?:semanas?|mes|meses|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
          r"|diciembre)|me salto (?:el |la )?(?:desayuno|almuerzo|comida|cena) y (?:el |la )?(?:almuerzo|comida|cena)",
    "fr": r"(?:je )?(?:mange|mangeais|ai mange) (?:presque |quasi |pratiquement |quasiment )?(?:rien|pas grand chose"
          r"|plus rien) depuis (?:un |une |deux |trois |des |\d+ |plusieurs )?(?:semaines?|mois|janvier|fevrier|mars"
          r"|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|je saute (?:le )?(?:petit-dejeuner"
          r"|dejeuner|diner) et (?:le )?(?:dejeuner|diner|souper)",
    "de": r"(?:esse|ess|ich esse) (?:fast |kaum |so gut wie )?(?:nichts|nix) (?:mehr )?seit (?:einem |zwei |drei |\d+"
          r" |wochen|monaten|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"
          r"|(?:lasse|lass|ich lasse) (?:das )?(?:fruhstuck|mittagessen|abendessen) und (?:das )?(?:mittagessen"
          r"|abendessen) (?:aus|weg)",
    "pt": r"(?:quase )?nao (?:como|comi|tenho comido) (?:quase )?nada (?:ha|faz|desde) (?:\w+ )?(?:semanas?|mes|meses"
          r"|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)|salto o"
          r" (?:almoco|jantar|pequeno-almoco|cafe da manha) e o (?:jantar|almoco)",
    "it": r"(?:non )?(?:mangio|ho mangiato) (?:quasi )?(?:niente|nulla) da (?:un |una |due |tre |\w+ )?(?:settimane"
          r"|mese|mesi|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)"
          r"|salto (?:il )?(?:pranzo|colazione|la cena) e (?:la |il )?(?:cena|pranzo)",
}
_WEIGHT_LOST = {"en": r"lost \d+ ?(?:kg|kilos?|pounds|lbs|stone)", "es": r"(?:he )?(?:perdido|baje|bajado) \d+ ?(?:kg"
                r"|kilos?)", "fr": r"(?:jai )?perdu \d+ ?(?:kg|kilos?)", "de": r"\d+ ?(?:kg|kilo) abgenommen",
                "pt": r"(?:perdi|emagreci) \d+ ?(?:kg|quilos?)", "it": r"(?:ho )?perso \d+ ?(?:kg|chili)"}
_NOT_ILL = (r"(?![^\n]{0,100}\b(?:flu|virus|covid|surgery|operation|chemo|ramadan|gripe|cirugia|grippe|chirurgie|op"
            r"|grippe|operation|cirurgia|quimio|influenza|intervento|chemio)\b)")
# Drinking: a count of drinks every night, or "otherwise I can't sleep".
_DRINKS = {
    "en": r"(?:drink|drinking|drank|having|have) (?:about |like |around |maybe )?(?P<at>(?:[5-9]|1\d|20)(?: (?:or|to|-)"
          r" (?:[5-9]|1\d|20))?) (?:\w+ )?(?:beers|cans|pints|glasses|drinks|shots|bottles)?",
    "es": r"(?:bebo|bebiendo|tomo|tomando|me tomo) (?:unas |unos |como )?(?P<at>(?:[5-9]|1\d|20)(?: (?:o|a|-)"
          r" (?:[5-9]|1\d|20))?)\b",
    "fr": r"(?:je bois|bois|boire|jen bois) (?:genre |environ |dans les )?(?P<at>(?:[5-9]|1\d|20)(?: (?:ou|a|-)"
          r" (?:[5-9]|1\d|20))?)\b",
    "de": r"(?:trinke|trink|saufe|sauf) (?:so |etwa |circa |ca )?(?P<at>(?:[5-9]|1\d|20)(?: (?:oder|bis|-)"
          r" (?:[5-9]|1\d|20))?)\b",
    "pt": r"(?:a beber|bebendo|bebo|tomo|tomando) (?:umas |uns |tipo )?(?P<at>(?:[5-9]|1\d|20)(?: (?:ou|a|-)"
          r" (?:[5-9]|1\d|20))?)\b",
    "it": r"(?:bevo|bere|bevendo) (?:tipo |circa |sui |sulle )?(?P<at>(?:[5-9]|1\d|20)(?: (?:o|a|-) (?:[5-9]|1\d"
          r"|20))?)\b",
}
_NO_SLEEP = {"en": r"(?:or|otherwise) i (?:cant|cannot|dont|wont) sleep", "es": r"(?:si no|sino|o si no) no"
             r" (?:duermo|puedo dormir)", "fr": r"sinon je (?:ne )?(?:dors|peux) pas(?: dormir)?", "de": r"sonst"
             r" (?:kann ich nicht schlafen|schlaf ich nicht)", "pt": r"(?:senao|se nao) nao (?:durmo|consigo dormir)",
             "it": r"altrimenti non (?:dormo|riesco a dormire)"}
# Looking up which bridges have no barriers, working out the height: method research (C-SSRS).
_RESEARCH = {
    "en": r"(?:look(?:ing|ed)? up|googl\w*|search\w*|check\w*|research\w*|calculat\w*|work(?:ing|ed)? out|measur\w*"
          r"|looking at)",
    "es": r"(?:busc\w*|mir\w*|calcul\w*|averigu\w*|investig\w*|googl\w*)",
    "fr": r"(?:regard\w*|cherch\w*|calcul\w*|verifi\w*|mesur\w*|googl\w*)",
    "de": r"(?:such\w*|schau\w*|guck\w*|recherch\w*|berechn\w*|rechne\w*|googl\w*|nachgeschaut|nachgesehen)",
    "pt": r"(?:procur\w*|pesquis\w*|olh\w*|calcul\w*|googl\w*)",
    "it": r"(?:cerc\w*|guard\w*|calcol\w*|controll\w*|googl\w*)",
}
_HIGH_PLACE = {
    "en": r"(?:bridges?|buildings?|roofs?|rooftops?|car parks?|parking (?:garages?|structures?)|cliffs?|towers?|viaducts?)",
    "es": r"(?:puentes?|edificios?|azoteas?|techos?|acantilados?|torres?|viaductos?)",
    "fr": r"(?:ponts?|immeubles?|toits?|falaises?|tours?|viaducs?|parkings?)",
    "de": r"(?:brucken?|hochhaus\w*|dacher|dach|klippen?|turme?|viadukte?|parkhaus\w*)",
    "pt": r"(?:pontes?|predios?|edificios?|telhados?|terracos?|falesias?|penhascos?|viadutos?)",
    "it": r"(?:ponti?|palazzi|palazzo|tetti?|terrazz\w*|scogliere?|torri?|viadott\w*)",
}
_FEATURE = {
    "en": r"(?:height|how high|how tall|barriers?|fences?|nets?|railings?|the drop|water (?:below|underneath|under)"
          r"|how deep)",
    "es": r"(?:altura|barreras|vallas|redes|barandas?|agua (?:debajo|abajo))",
    "fr": r"(?:hauteur|barrieres?|filets?|grillages?|garde-corps|de leau en dessous|profondeur)",
    "de": r"(?:hohe|wie hoch|gelander|zaune?|netze?|absperrung\w*|wasser (?:drunter|darunter)|wie tief)",
    "pt": r"(?:altura|grades?|barreiras?|redes?|parapeitos?|agua (?:embaixo|por baixo))",
    "it": r"(?:altezza|quanto (?:e )?alt[oa]|barriere|reti|ringhier\w*|parapett\w*|acqua (?:sotto|di sotto))",
}
_NOT_WORK = (r"(?![^\n]{0,120}\b(?:engineer\w*|project|homework|assignment|architect\w*|survey|truck|lorry|van|bus"
             r"|camion|lkw|caravan|ingenier\w*|proyecto|ingenieur\w*|projet|projekt|ingegner\w*|progetto|photo\w*"
             r"|foto\w*)\b)")
# Charcoal bought, not for a barbecue.
_CHARCOAL = {
    "en": r"(?:bought|got|buying) (?:some |a bag of |a sack of )?charcoal",
    "es": r"(?:compre|comprado|compro) (?:\w+ )?carbon(?: vegetal)?",
    "fr": r"(?:achete|jai achete|pris) (?:du |un sac de )?charbon(?: de bois)?",
    "de": r"(?:gekauft|kaufe|kaufte) (?:\w+ )?(?:holzkohle|grillkohle)|(?:holzkohle|grillkohle) gekauft",
    "pt": r"(?:comprei|compro|comprado) (?:\w+ )?carvao",
    "it": r"(?:comprato|compro|comprata) (?:\w+ )?carbon(?:e|ella)",
}
_NOT_BBQ = (r"(?![^\n]{0,160}\b(?:bbq|barbecue|barbeque|grill\w*|asado|parrilla|churrasco|grigliata|braai|picnic"
            r"|camping|brasero|sauna)\b)")
for _code, _parts in PARTS.items():
    _parts["restriction"] = [_EAT_NOTHING[_code] + _NOT_ILL]
    _parts["ed_effect"] = [_WEIGHT_LOST[_code]]
    _parts["amount"] = [_DRINKS[_code]]
    _parts["cope"] = [_NO_SLEEP[_code]]
    _parts["lethal_means"] += [
        _RESEARCH[_code] + r"(?:[ ,]+\w+){0,4}?[ ,]+" + _HIGH_PLACE[_code] + r"\b(?: \S+){0,8}? " + _FEATURE[_code] + r"\b"
        + _NOT_WORK,
    ]
    _parts["gas_on"] = [_CHARCOAL[_code] + _NOT_BBQ]
# A small room shut (with charcoal or gas: `gas_in_closed_space`).
_SHUT_IN = {
    "en": r"(?:close|closing|shut|shutting|lock|locking|seal|sealing) (?:the |my )?(?:door (?:of|to) the )?(?:bathroom"
          r"|bedroom|garage|car|room)(?: door)?",
    "es": r"(?:cierro|cerrar|cerrando|sello|sellar) (?:la puerta del |la puerta de la |el |la )?(?:bano|cuarto"
          r"|habitacion|garaje|coche|auto)",
    "fr": r"(?:ferme|fermer|fermerai|calfeutre|calfeutrer|verrouille) (?:la porte de |la porte du )?(?:la salle de bain"
          r"|la sdb|la chambre|le garage|la voiture|la piece)",
    "de": r"(?:schliesse|schliess|sperre|dichte) (?:mich )?(?:im |ins |das |die )?(?:bad|badezimmer|schlafzimmer"
          r"|garage|auto)(?: ab| ein| zu)?",
    "pt": r"(?:fecho|fechar|tranco|trancar|vedo|vedar) (?:a porta d[oa] |o |a )?(?:casa de banho|banheiro|quarto"
          r"|garagem|carro)",
    "it": r"(?:chiudo|chiudere|sigillo|sigillare) (?:la porta del |la porta della |il |la )?(?:bagno|camera|garage"
          r"|macchina|stanza)",
}
for _code, _parts in PARTS.items():
    _parts["enclosed"] = [_SHUT_IN[_code]]
# "I've never had thoughts of X or of Y": a denial that runs to the end of its clause (not past a "but").
_NEVER_HAD = {
    "en": r"(?:ive|i have|i|i had|i ve) never (?:had|have had|experienced) (?:any )?(?:thoughts|ideas|urges|feelings)"
          r" (?:of|about)",
    "es": r"nunca (?:he tenido|tuve|he pensado en) (?:pensamientos|ideas|ganas)? ?(?:de|en)?",
    "fr": r"(?:je nai|jai|jamais eu) (?:jamais eu )?(?:de |des )?(?:pensees|idees|envies) (?:de|sur)",
    "de": r"(?:ich hatte|hatte ich|ich habe|ich hab) (?:noch )?(?:nie|niemals|keine) (?:gedanken|ideen|absichten)"
          r" (?:an|uber|daran)",
    "pt": r"nunca (?:tive|tenho|pensei em) (?:pensamentos|ideias|vontade)? ?(?:de|em)?",
    "it": r"(?:non ho )?mai avuto (?:pensieri|idee|intenzioni) (?:di|sul|sulla)",
}
_REST_OF_CLAUSE = r"(?:(?! but | pero | mais | aber | mas | ma | though )[^.!?;\n]){0,80}"
for _code, _parts in PARTS.items():
    _parts["denial"] = [_NEVER_HAD[_code] + _REST_OF_CLAUSE]
# "Not here" with a place after it ("aquí en esta empresa", "ici dans ce boulot") is a job or a town, not a life.
_PLACE_AFTER = r"(?! (?:in|at|with|on|en|con|de|por|dans|au|avec|chez|bei|an|mit|im|em|no|na|nesta|neste|com|al|alla|da|nel|nella|a)\b)"
for _code, _parts in PARTS.items():
    _parts["death"] = [p + _PLACE_AFTER if p in _NOT_HERE[_code] else p for p in _parts["death"]]
# Never having been born, wished for (C-SSRS 1, a passive wish to be dead).
_NEVER_BORN = {
    "en": r"(?:id|i would|would) (?:rather|prefer to) (?:have )?never (?:have )?been born|(?:i )?wish (?:that )?i (?:had|d)"
          r" never been born",
    "es": r"(?:preferiria|ojala|quisiera) no haber nacido|ojala nunca hubiera nacido",
    "fr": r"(?:jaurais|j aurais) (?:prefere|aime) ne (?:jamais|pas) (?:etre ne|etre nee|naitre)|jaurais voulu ne jamais"
          r" naitre",
    "de": r"(?:ware|waere|war) (?:ich )?lieber (?:nie|gar nicht) geboren|(?:ich )?wunschte,? ich ware (?:nie|nicht)"
          r" geboren",
    "pt": r"(?:preferia|queria|gostava de) (?:nunca )?(?:nao )?ter nascido",
    "it": r"(?:avrei preferito|vorrei) non (?:essere mai nat[oa]|esser mai nat[oa]|essere nat[oa])",
}
for _code, _parts in PARTS.items():
    _parts["indirect"].append(_NEVER_BORN[_code])
