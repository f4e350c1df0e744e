"""Medical parts of a risk statement that are not about intent (issue 10, after blind round 10), in the six
languages, merged into each language's lexicon by `alliance.safety.lexicon.make_lexicon`:

- `routine_dose`: a medicine taken as prescribed ("my blood pressure tablets", "my usual dose", "as prescribed").
  A side effect after one's usual medicine is a question for the prescriber, not an overdose: an ingestion with
  symptoms only composes an overdose when nothing says the dose was the usual one (an amount, a wish to die or a
  farewell still does);
- `withdrawal` and `withdrawal_sign`: alcohol or benzodiazepines stopped abruptly, with shaking, a fit, seeing
  things or confusion. Withdrawal seizures and delirium tremens are medical emergencies (NICE CG100, alcohol-use
  disorders: physical complications, 2010; delirium tremens carries a mortality of up to 15% untreated).

Patterns run on the normalised text (lower case, no accents, no apostrophes).
"""

from __future__ import annotations

_ALCOHOL = {
    "en": r"(?:drinking|the drink|booze|alcohol|the bottle|my (?:benzos|diazepam|valium|xanax|lorazepam|ativan"
          r"|klonopin|clonazepam))",
    "es": r"(?:beber|tomar|el alcohol|la bebida|el trago|chupar|pistear|el rivotril|el clonazepam|el diazepam"
          r"|el alprazolam|el lorazepam|las benzos)",
    "fr": r"(?:boire|lalcool|la boisson|la bouteille|le xanax|le lexomil|le valium|le lysanxia|les benzos"
          r"|le temesta|le seresta)",
    "de": r"(?:trinken|saufen|alkohol|den alkohol|dem alkohol|dem trinken|den benzos|dem tavor|dem diazepam"
          r"|dem valium|dem lorazepam)",
    "pt": r"(?:beber|o alcool|a bebida|a cachaca|o rivotril|o clonazepam|o diazepam|o alprazolam|as benzos"
          r"|o lorazepam)",
    "it": r"(?:bere|lalcol|lalcool|il vino|la bottiglia|lo xanax|il tavor|il valium|le benzo|il diazepam"
          r"|il lorazepam|lo en)",
}

PARTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "routine_dose": [
            r"(?:took|taken|take|had) my (?:usual |normal |regular |daily |morning |evening |night ?time |night )?"
            r"(?:blood pressure|bp|thyroid|diabetes|heart|cholesterol|allergy|hay fever|antibiotic|iron|vitamin"
            r"|birth control|contraceptive|asthma|acid|reflux|statin|new|prescribed) ?(?:tablets?|pills?|meds"
            r"|medication|medicine|dose|capsules?)",
            r"my (?:usual|normal|regular|daily|prescribed) (?:dose|tablets?|pills?|meds|medication)",
            r"as (?:prescribed|the doctor (?:said|told me)|my gp said)",
            r"(?:first|second|new) (?:dose|week) (?:of|on) (?:the |my )?(?:new )?(?:tablets|pills|meds|medication)",
        ],
        "withdrawal": [
            r"(?:stopped|quit|gave up|came off|cut out|havent had|not had|no) " + _ALCOHOL["en"]
            + r"(?: \w+){0,4} (?:cold turkey|(?:two|three|four|2|3|4|a couple of|few) days (?:ago|now)|since"
              r" (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend))",
            r"(?:stopped|quit|came off) " + _ALCOHOL["en"] + r" (?:\w+ ){0,3}(?:cold turkey|all at once|suddenly"
            r"|overnight)",
            r"(?:withdrawal|withdrawals|withdrawing|detoxing|detox) (?:on my own|at home|by myself|from (?:alcohol"
            r"|drink|booze|benzos))",
            r"(?:havent|have not|hasnt|not) had a drink (?:for|in|since) (?:\w+ ){0,2}(?:days|monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|yesterday)",
        ],
        "withdrawal_sign": [
            r"(?:had|having|have) (?:a |another )?(?:fit|fits|seizure|seizures|convulsions?)",
            r"(?:shaking|trembling) (?:so )?(?:badly|a lot|like mad|uncontrollably|all over|so much)",
            r"(?:cant|can not) stop (?:shaking|trembling)", r"the shakes",
            r"(?:seeing|hearing|feeling) (?:things|bugs|insects|spiders)(?: that arent there)?",
            r"(?:dont|didnt) know where i (?:am|was)", r"(?:heart|pulse) (?:is )?(?:racing|pounding)",
        ],
    },
    "es": {
        "routine_dose": [
            r"(?:tome|me tome|he tomado|me he tomado|tomo) (?:mi|mis|la|las) (?:pastillas?|pildoras?|medicacion"
            r"|medicina|dosis) (?:de (?:siempre|la (?:presion|tension|tiroides|diabetes|alergia|manana|noche))"
            r"|habitual(?:es)?|normal(?:es)?|para la (?:presion|tension|tiroides|diabetes|alergia))",
            r"(?:mi|la) dosis (?:de siempre|habitual|normal|recetada)", r"como me (?:lo )?(?:receto|indico|dijo)"
            r" (?:el|la) (?:medico|medica|doctor|doctora)",
        ],
        "withdrawal": [
            r"(?:deje de|dejado de|sin) " + _ALCOHOL["es"] + r"(?: \w+){0,4} (?:de golpe|de repente|hace (?:dos"
            r"|tres|cuatro|2|3|4|unos|un par de) dias|desde (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado"
            r"|domingo|ayer))",
            r"(?:abstinencia|desintoxicacion|desintoxicarme) (?:yo solo|yo sola|en casa|sin ayuda|por mi cuenta)",
            r"(?:llevo|estoy) (?:\w+ ){0,2}dias sin (?:beber|tomar alcohol|tomar nada|probar alcohol)",
        ],
        "withdrawal_sign": [
            r"(?:tuve|tengo|me dio|me dieron|he tenido) (?:un |una |otra |otro )?(?:ataque|convulsion|convulsiones"
            r"|crisis convulsiva)", r"(?:temblando|tiemblo|tiemblan) (?:muchisimo|mucho|sin parar|entero|entera"
            r"|todo el cuerpo)", r"no (?:paro|puedo parar) de temblar",
            r"(?:veo|estoy viendo|siento) (?:bichos|cosas|insectos|aranas)",
        ],
    },
    "fr": {
        "routine_dose": [
            r"(?:pris|prends|pris) mes (?:comprimes|cachets|medicaments|pilules) (?:pour la tension|pour la"
            r" thyroide|pour le diabete|pour le coeur|habituels|du matin|du soir|de dhabitude)",
            r"ma dose (?:habituelle|normale|prescrite|de dhabitude)", r"comme (?:prescrit|le medecin (?:ma dit|a dit))",
        ],
        "withdrawal": [
            r"(?:arrete|arreter|stoppe|plus touche a|sans) " + _ALCOHOL["fr"] + r"(?: \w+){0,4} (?:dun coup|du"
            r" jour au lendemain|brutalement|depuis (?:deux|trois|quatre|2|3|4) jours|depuis (?:lundi|mardi|mercredi"
            r"|jeudi|vendredi|samedi|dimanche|hier))",
            r"(?:sevrage|me sevrer) (?:tout seul|toute seule|seul|seule|a la maison|chez moi|sans aide)",
            r"(?:pas|plus) bu (?:une goutte |dalcool )?depuis (?:deux|trois|quatre|2|3|4) jours",
        ],
        "withdrawal_sign": [
            r"(?:fait|eu|fais) (?:une |des )?(?:crise|crises) (?:convulsives?|depilepsie)", r"convulsions?",
            r"(?:je )?tremble (?:de partout|comme une feuille|sans arret|enormement|beaucoup)",
            r"(?:je vois|vois) des (?:bestioles|insectes|araignees|choses)",
        ],
    },
    "de": {
        "routine_dose": [
            r"(?:meine|die) (?:blutdruck|schilddrusen|diabetes|herz|allergie|morgen|abend)?(?:tabletten|pillen"
            r"|medikamente)(?: wie (?:immer|verschrieben|verordnet))? (?:genommen|eingenommen)",
            r"(?:meine|die) (?:ubliche|normale|verschriebene) dosis", r"wie (?:verschrieben|verordnet|vom arzt"
            r" gesagt)",
        ],
        "withdrawal": [
            r"(?:aufgehort (?:mit|zu)|nichts mehr getrunken|keinen (?:tropfen|alkohol) mehr|ohne) "
            r"(?:\w+ ){0,3}(?:seit (?:zwei|drei|vier|2|3|4) tagen|seit (?:montag|dienstag|mittwoch|donnerstag"
            r"|freitag|samstag|sonntag|gestern)|von heute auf morgen|auf einen schlag|schlagartig)",
            r"(?:entzug|kalten entzug|entgiftung) (?:allein|alleine|zu hause|daheim|ohne hilfe|auf eigene faust)",
            r"(?:mit|vom) " + _ALCOHOL["de"] + r" (?:\w+ ){0,3}(?:aufgehort|schlagartig|abrupt)",
        ],
        "withdrawal_sign": [
            r"(?:krampfanfall|krampfanfalle|epileptischen anfall|anfall gehabt|krampfe gehabt)",
            r"(?:zittere|zitter|zittern) (?:am ganzen korper|wie espenlaub|ohne pause|total|extrem|stark)",
            r"(?:sehe|seh) (?:dinge|kafer|insekten|spinnen|viecher)",
        ],
    },
    "pt": {
        "routine_dose": [
            r"(?:tomei|tomo) (?:os meus|meus|o meu|meu|a minha|minha) (?:comprimidos?|remedios?|medicamentos?"
            r"|medicacao|dose) (?:da pressao|da tiroide|da tireoide|da diabetes|do coracao|de sempre|habituais"
            r"|habitual|normal|da manha|da noite)",
            r"(?:a minha|minha) dose (?:de sempre|habitual|normal|receitada)", r"como (?:o medico|a medica)"
            r" (?:mandou|receitou|disse)",
        ],
        "withdrawal": [
            r"(?:parei de|deixei de|sem) " + _ALCOHOL["pt"] + r"(?: \w+){0,4} (?:de repente|de uma vez|de vez"
            r"|ha (?:dois|tres|quatro|2|3|4) dias|desde (?:segunda|terca|quarta|quinta|sexta|sabado|domingo|ontem))",
            r"(?:abstinencia|desintoxicacao|desintoxicar) (?:sozinho|sozinha|em casa|sem ajuda)",
            r"(?:estou|to|tou) (?:\w+ ){0,2}dias sem beber",
        ],
        "withdrawal_sign": [
            r"(?:tive|tenho|me deu|deu-me|estou a ter|to tendo) (?:uma |outra )?(?:convulsao|convulsoes|crise"
            r" convulsiva|ataque epileptico)",
            r"(?:tremendo|a tremer|tremo) (?:muito|demais|sem parar|todo|toda|inteiro|inteira)",
            r"(?:vejo|estou vendo|estou a ver) (?:bichos|coisas|insetos|aranhas)",
        ],
    },
    "it": {
        "routine_dose": [
            r"(?:preso|prendo) (?:le mie|la mia|le solite|la solita) (?:pastiglie|pillole|compresse|medicine"
            r"|pastiglia|dose)(?: (?:per la pressione|per la tiroide|per il diabete|per il cuore|del mattino|della"
            r" sera|di sempre))?",
            r"(?:la mia|la solita) dose (?:di sempre|abituale|normale|prescritta)", r"come (?:prescritto|mi ha"
            r" detto il (?:medico|dottore))",
        ],
        "withdrawal": [
            r"(?:smesso di|smettere di|senza) " + _ALCOHOL["it"] + r"(?: \w+){0,4} (?:di colpo|da un giorno"
            r" allaltro|allimprovviso|da (?:due|tre|quattro|2|3|4) giorni|da (?:lunedi|martedi|mercoledi|giovedi"
            r"|venerdi|sabato|domenica|ieri))",
            r"(?:astinenza|disintossicarmi|disintossicazione) (?:da solo|da sola|a casa|senza aiuto)",
            r"non bevo (?:piu )?da (?:due|tre|quattro|2|3|4) giorni",
        ],
        "withdrawal_sign": [
            r"(?:avuto|ho|mi e venuta|mi e venuto) (?:una |un |unaltra |un altro )?(?:crisi convulsiva"
            r"|convulsioni|convulsione|attacco epilettico)",
            r"(?:tremo|sto tremando|tremando) (?:tutto|tutta|come una foglia|senza sosta|tantissimo|forte)",
            r"(?:vedo|sto vedendo) (?:insetti|bestie|ragni|cose)",
        ],
    },
}
