"""Situations told in wording no lexicon had (issue 10, after blind round 15), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon` after `families.py`. As there, each family is slots and
the way they combine, not the sentences of the set:

- on a bridge named by its own name ("on the Clifton suspension bridge", "auf der Köhlbrandbrücke") or in the middle
  of one with the car left there (`at_place`), outside the railing on the water's side (`under_way`), with "none of
  it was your fault" (`farewell`) or "don't call anyone / my mother" (`intent`): C-SSRS, an act about to begin;
- a rope or a hose already in the boot, the garage, or bought (`lethal_means`), for a day when the others are out
  (`time_soon`); medicine kept "in case I need it one day" (`lethal_means`);
- affairs put in order: insurance or a will settled, the pet left with someone, the keys handed over, a note left on
  the table (`prep`); possessions given away with a possessive ("I gave my books to", "verschenkt") (`give_away`),
  and "no one will have to deal with my stuff" / "what do I need them for anyway" (`settled`);
- a death idiom followed by "and I'm starting to mean it for real" / "not joking this time" (`death`, the idiom's
  own words stay the idiom's); an accident wished for ("if a bus hit me tomorrow I wouldn't mind"), relief for
  everyone if the speaker did not exist, envy of the dead, "if I disappeared would anyone notice", "won't make it to
  thirty" (`death` / `indirect`);
- a voice, God or the devil ordering a harm to the speaker's own body ("the voice says I should put my hand in the
  saw") (`command`); others hearing or commenting on the speaker's thoughts (`voices_worse`);
- a threat with a weapon carried to the person ("I'm going up there with a hammer"), fire set to someone's car with
  them inside, "she'll find out what it feels like" (`threat`), driving to the person now (`time_soon`);
- substances: benzodiazepines "necked" with cans, spirits "every day to be able to sleep" (dialect), a first try of
  fentanyl alone, party pills and ketamine with their effects (`party_drug` + `symptom`, a new combination), a
  relative who drinks and drives;
- a self-harm urge back after a time free of it ("ritzfrei ... aber", "la voglia di graffiarmi"), a wound infected
  with fever and care avoided (`wound_bad` + `care_avoided`, a new combination);
- an intrusive thought of stabbing someone ("der Gedanke, ich könnte meinem Freund das Messer reinrammen")
  (`harm_thought`); "only cucumbers for two weeks" and "every kilo less is a victory" (`restriction`); an adult who
  asks a child for photos (`child_harm`).

False alarms of the round, by structure: someone else's suicide named with a possessive ("Werthers Selbstmord", "his
suicide") and a song quoted or put on repeat (`idiom`: its words are not the speaker's); a training role play or a
case study (`fiction`); "wish me luck" and a leisure jump (bungee) (`event_time`, `sightseeing`); an anniversary of an
attempt or of the last cut ("five years ago today", "hoy se cumplen tres años") (`dated_past` + `well_now`).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# Bridges named by their own name, a car left on or by one, the water side of the railing.
_NAMED_BRIDGE = {
    "en": r"(?:standing|stood|sitting|sat|im|i am|here) (?:on|at) (?:the )?(?:[a-z]+ ){1,3}(?:bridge|viaduct)"
          r"(?! (?:club|road|street|school|station|game|tournament|night|party))",
    "es": r"(?:estoy|sigo|parad[oa]|aqui) (?:en|sobre) (?:el )?(?:medio del |mitad del )?puente (?:de |del )?[a-z]+",
    "fr": r"(?:je suis|suis|jsuis|chui|me voila) (?:sur|au milieu du) (?:le )?(?:pont|viaduc) (?:de |du |des )?[a-z]+",
    "de": r"(?:bin|steh|stehe|sitz|sitze) (?:jetzt |grad |gerade )?(?:auf|an) (?:der|dem) [a-z]*(?:brucke|viadukt)\b",
    "pt": r"(?:estou|to|tou|parei|aqui) (?:na|em cima da|no meio da|a meio da) ponte(?: [a-z]+)?",
    "it": r"(?:sono|sto) (?:sul|in mezzo al|a meta del) (?:ponte|viadotto)(?: [a-z]+)?",
}
_CAR_LEFT = {
    "en": r"(?:left|parked|stopped|abandoned) (?:the|my) car (?:on|at|by|in the middle of) (?:the )?(?:side|roadside"
          r"|hard shoulder|bridge|verge|edge)",
    "es": r"(?:deje|pare|estacione|aparque) (?:el|mi) (?:coche|auto|carro) (?:en|a) (?:la orilla|el arcen|mitad del"
          r" puente|medio del puente|el puente|un lado)",
    "fr": r"(?:jai )?(?:laisse|gare|arrete) (?:la|ma) (?:voiture|bagnole) (?:sur|au milieu du|au bord|sur le bord)"
          r" (?:le |de la |du )?(?:pont|route|bas-cote)?",
    "de": r"(?:das|mein) auto (?:am rand|am strassenrand|auf der brucke|auf dem standstreifen|mitten auf der brucke)"
          r" (?:stehen )?(?:lassen|gelassen|abgestellt|geparkt)",
    "pt": r"(?:parei|deixei|estacionei) o carro (?:a meio da|no meio da|na|em cima da|na berma da) (?:ponte|estrada)",
    "it": r"(?:ho )?(?:lasciato|fermato|parcheggiato) (?:la|lauto|la mia) (?:macchina |auto )?(?:in mezzo al|sul|a"
          r" bordo|sul ciglio del(?:la)?) (?:ponte|strada)",
}
_NOT_BROKEN = (r"(?![^\n]{0,100}\b(?:broke down|breakdown|flat tyre|flat tire|panne|averia|avaria|guasto|kaputt"
               r"|abschlepp\w*|tow\w*|grua|reboque|carro attrezzi|petrol|gasolina|essence|benzin|benzina)\b)")
_OUTSIDE_RAIL = {
    "en": r"(?:im|i am|standing|stood|sitting|now|already)(?: \w+){0,2} (?:on|over) the (?:other|wrong|outside|water)"
          r" side of the (?:railing|barrier|rail|parapet)s?|climbed (?:over|past) the (?:railing|parapet)s?",
    "es": r"(?:del otro lado|al otro lado|por fuera) de la (?:baranda|barandilla)|(?:ya )?(?:salte|pase)"
          r" la (?:baranda|barandilla)",
    "fr": r"de lautre cote (?:de la|du) (?:rambarde|garde-corps|parapet)|(?:jai )?enjambe (?:la rambarde"
          r"|le parapet)",
    "de": r"(?:auf der )?(?:anderen|ausseren|falschen) seite (?:des|vom) gelanders|uber das gelander (?:geklettert"
          r"|gestiegen)",
    "pt": r"(?:ja )?(?:estou|to|tou) (?:ca|la) fora,? do lado d[oa] (?:rio|mar|agua)|do outro lado d[oa] (?:grade"
          r"|parapeito|corrimao|vedacao|guarda)",
    "it": r"dallaltra parte (?:della|del) (?:ringhiera|parapetto|balaustra)|ho scavalcato (?:la ringhiera|il parapetto)",
}
_NOT_YOUR_FAULT = {
    "en": r"none of (?:it|this) (?:was|is) (?:ever )?your fault",
    "es": r"nada de (?:esto|eso) (?:fue|es) (?:tu|su) culpa",
    "fr": r"rien de (?:tout )?(?:ca|cela) (?:nest|netait) (?:de )?ta faute",
    "de": r"nichts davon (?:ist|war) deine schuld",
    "pt": r"nada disso (?:foi|e) (?:culpa )?(?:tua|sua|culpa tua|culpa sua)",
    "it": r"niente di (?:tutto )?(?:questo|cio) (?:e|era) colpa tua",
}
_DONT_CALL = {
    "en": r"(?:dont|do not) (?:call|ring|phone|tell) (?:anyone|anybody|an ambulance|the police|my (?:mum|mom|dad"
          r"|mother|father|wife|husband|parents))",
    "es": r"no (?:llamen|llames|avisen|avises) a (?:nadie|mi (?:madre|mama|padre|papa|mujer|marido)|la policia"
          r"|una ambulancia)",
    "fr": r"(?:nappelez|nappelle|ne prevenez|previens) (?:pas |personne)?(?:personne|ma mere|mon pere|la police"
          r"|les secours)",
    "de": r"(?:ruft|ruf|sagt|sag) (?:bitte )?(?:niemanden|keinen|nicht meine mutter|nicht meinen vater|nicht die"
          r" polizei) an",
    "pt": r"nao (?:liguem|ligues|chamem|chames|avisem) (?:a |para |pra )?(?:ninguem|minha mae|a minha mae|o meu pai"
          r"|meu pai|a policia|a ambulancia)",
    "it": r"non (?:chiamate|chiamare|avvisate|avvisare) (?:nessuno|mia madre|mio padre|la polizia|lambulanza)",
}
# A rope or a hose already in the boot or the garage, or bought; medicine kept "in case I need it".
_MEANS_STORED = {
    "en": r"(?:the |a )?(?:rope|hose|tube|pipe|noose)s? (?:is |s |are )?already (?:in|under|inside) (?:the |my )?"
          r"(?:boot|trunk|car|garage|shed|wardrobe|closet|bag)|(?:already )?(?:bought|got) (?:the |a )?(?:hose|tube"
          r"|pipe) for the exhaust",
    "es": r"(?:la|una) (?:cuerda|soga|manguera) ya (?:esta|la tengo|la guarde) (?:en|dentro de) (?:el|la|mi)"
          r" (?:maletero|baul|cajuela|coche|auto|garaje|armario)|(?:ya )?compre (?:la|una) manguera para el"
          r" (?:escape|tubo de escape)",
    "fr": r"(?:la|une) (?:corde|tuyau) (?:est )?deja dans (?:le|la|ma|mon) (?:coffre|voiture|garage|placard|sac)"
          r"|(?:jai )?(?:deja )?achete (?:le|un) tuyau pour (?:le pot dechappement|lechappement)",
    "de": r"(?:das|ein) (?:seil|schlauch|strick) (?:liegt|ist) schon (?:im|in der) (?:kofferraum|auto|garage"
          r"|schrank)|schlauch fur den auspuff (?:schon )?gekauft",
    "pt": r"(?:a|uma) (?:corda|mangueira) (?:ja (?:esta|ta)|(?:esta|ta) ja) (?:na|no|dentro d[oa]) (?:mala|porta-malas"
          r"|carro|garagem|armario)|(?:ja )?comprei (?:a|uma) mangueira para o escape",
    "it": r"(?:il )?tubo (?:per lo scarico )?lho (?:gia )?comprato|ho (?:gia )?comprato (?:il|un) tubo per (?:lo )?"
          r"scarico|(?:la|una) corda (?:e )?gia (?:nel|in) (?:bagagliaio|macchina|garage|cantina|armadio)",
}
# Not a climbing rope, a swing or a boat's, nor the children's.
_NOT_LEISURE = (r"(?![^\n]{0,160}\b(?:climb\w*|swing|hammock|camping|tent|boat|kids|escalade|balancoire|hamac|bateau"
                r"|enfants|escalada|columpio|hamaca|barco|ninos|klettern|schaukel|hangematte|boot|kinder|baloico"
                r"|criancas|arrampicata|altalena|amaca|ferrata|barca|bambini)\b)")
_KEPT_IN_CASE = {
    "en": r"(?:keeping|kept|saving|saved) (?:all )?(?:the |my )?(?:old )?(?:boxes|packs|pills|meds|tablets)[^.!?\n]{0,60}"
          r"\b(?:just )?in case i (?:need|ever need)",
    "es": r"(?:guardando|guardo|guarde) (?:todas )?(?:las )?(?:cajas|pastillas|medicinas)[^.!?\n]{0,60}\b(?:por si"
          r" (?:algun dia )?(?:las )?necesito)",
    "fr": r"(?:garde|gard\w*) (?:toutes )?(?:les )?(?:vieilles )?(?:boites|cachets|medicaments)[^.!?\n]{0,60}\b(?:au cas"
          r" ou|si un jour jen ai besoin)",
    "de": r"(?:hebe|heb|aufgehoben|behalte) (?:alle )?(?:die )?(?:alten )?(?:packungen|tabletten|schachteln)"
          r"[^.!?\n]{0,60}\b(?:fur den fall|falls ich sie (?:mal )?brauche)",
    "pt": r"(?:caixas antigas|caixas velhas|comprimidos|remedios)[^\n]{0,120}\b(?:vai que (?:um dia )?(?:eu )?precise"
          r"|caso (?:um dia )?(?:eu )?precise)",
    "it": r"(?:tengo|conservo|ho tenuto) (?:tutte )?(?:le )?(?:vecchie )?(?:scatole|pastiglie|compresse)"
          r"[^.!?\n]{0,60}\b(?:non si sa mai|nel caso mi servissero|caso mai)",
}
_WHEN_OUT = {
    "en": r"when (?:theyre|they are|theyve|they have|everyone is|everyones) (?:gone|out|away|left)",
    "es": r"cuando (?:se hayan ido|no esten|se vayan|esten fuera)",
    "fr": r"quand (?:ils|elles|tout le monde) (?:seront|sera) (?:partis?|parties|sortis?)",
    "de": r"wenn (?:sie|alle) (?:weg|aus dem haus|fort) (?:sind|ist)",
    "pt": r"quando (?:eles )?(?:sairem|forem embora|estiverem fora|nao estiverem)",
    "it": r"quando (?:saranno|sono) (?:usciti|partiti|via)",
}
# Affairs put in order.
_AFFAIRS = {
    "en": r"(?:sorted|settled|arranged|put in order) (?:out )?(?:the |my )?(?:life )?(?:insurance|will|accounts"
          r"|passwords|paperwork)|(?:left|gave) (?:my|the) (?:cat|dog|pets?) (?:with|to) (?:my|the) \w+|(?:left|gave)"
          r" (?:my|the) keys (?:to|with) (?:the |my )?(?:neighbou?r|concierge|caretaker|landlord)|left a (?:note"
          r"|letter) for (?:my )?\w+ on the (?:table|bed|desk)",
    "es": r"(?:deje|tengo|dejo) (?:arreglado|resuelto|listo|en orden) lo (?:del|de) (?:seguro|testamento|banco|cuentas"
          r"|papeles)|quien se queda con (?:el|la|mi|mis) \w+|(?:deje|di) (?:las|mis) llaves a (?:la|el|mi) \w+"
          r"|(?:deje|dejo) (?:a|al) (?:mi )?(?:gato|perro|michi) con",
    "fr": r"(?:jai )?(?:regle|mis en ordre|arrange) (?:lassurance|mon testament|mes comptes|mes papiers)|(?:jai )?laisse"
          r" mes cles a (?:la|le|ma|mon) \w+|(?:jai )?laisse (?:un mot|une lettre) pour (?:ma|mon|mes) \w+ sur la"
          r" table|(?:jai )?confie (?:mon|ma) (?:chat|chien|chatte)",
    "de": r"(?:versicherung|testament|papiere|konten|passworter) (?:ist |sind )?(?:alles )?(?:geregelt|geordnet"
          r"|erledigt)|(?:die|meine) schlussel (?:bei|an) (?:der|den|die|dem) \w+ (?:abgegeben|gelassen)|(?:(?:die|meine)"
          r" katze|(?:den|meinen) hund) (?:zu|bei) (?:meinen|meiner|meinem) \w+ (?:gebracht|gegeben)",
    "pt": r"(?:deixei|tratei|resolvi) (?:tudo )?(?:do |o )?(?:seguro|testamento|as contas|os papeis)|deixei (?:as )?"
          r"(?:minhas )?chaves (?:com|a|ao) (?:a |o )?\w+|deixei (?:o|a) (?:meu |minha )?(?:gato|gata|cao|cachorro)"
          r" (?:com|na casa)",
    "it": r"(?:ho )?(?:sistemato|messo in ordine) (?:lassicurazione|il testamento|i conti|le carte)|(?:ho )?lasciato"
          r" (?:il|la) (?:mio |mia )?(?:gatto|gatta|cane) (?:dai|da|con) (?:miei|mia|mio|\w+)|(?:ho )?lasciato le"
          r" chiavi (?:a|al|alla) \w+",
}
# Keys or a pet left for a holiday, a trip or a move: an ordinary reason, not affairs put in order.
_NOT_TRIP = (r"(?![^\n]{0,120}\b(?:holidays?|vacation|trip|travel\w*|away for|moving|vacaciones|viaje|mudanza"
             r"|vacances|voyage|demenage\w*|urlaub|reise|verreis\w*|umzug|ferias|viagem|mudanca|vacanze|viaggio"
             r"|ferie|trasloco)\b)")
_GIVEN_MINE = {
    "en": r"(?:gave|given|giving) (?:away )?(?:all )?my (?:\w+ ){0,2}(?:away|to (?:the|my|a) \w+)",
    "es": r"(?:regale|he regalado|regalando|empece a regalar|regalar|di) (?:todas )?(?:mis|mi) \w+",
    "fr": r"(?:jai donne|donne|jai offert|commence a donner|donner) (?:toutes )?(?:mes|mon|ma) \w+",
    "de": r"(?:meine|mein|meinen) \w+ (?:\w+ ){0,4}(?:verschenkt|weggegeben|gespendet)|(?:\w+ ){0,3}hat (?:die|der)"
          r" \w+ bekommen",
    "pt": r"(?:dei|doei|comecei a dar|dando|dar) (?:todas )?(?:as minhas|os meus|minhas|meus) \w+",
    "it": r"(?:regalato|regalare|regalando|dato via) (?:tutte )?(?:le mie|i miei|la mia|il mio) \w+",
}
_SETTLED = {
    "en": r"(?:no one|nobody) (?:will )?(?:has|have|need) to (?:deal with|sort out|clear out) my (?:stuff|things|mess)"
          r"|what do i need (?:them|it|all that) for anyway",
    "es": r"(?:nadie|ninguno) (?:tendra|va a tener) que (?:lidiar|ocuparse) con mis cosas|(?:total|igual),? para que"
          r" (?:las|los) quiero",
    "fr": r"personne (?:naura|aura) a (?:soccuper|gerer|se coltiner) (?:de )?mes (?:affaires|trucs)|(?:de toute facon"
          r"|tant pis),? a quoi (?:ca|ils|elles) (?:me )?serv\w+",
    "de": r"(?:muss|wird) sich (?:spater )?(?:keiner|niemand) mit meinem (?:kram|zeug|sachen) (?:rumschlagen|herumschlagen"
          r"|beschaftigen)|wozu brauch(?:e)? ich (?:die|das) (?:noch|schon)",
    "pt": r"ninguem (?:vai ter|tera) que (?:lidar|se ocupar) com as minhas coisas|(?:afinal|tanto faz),? pra que"
          r" (?:eu )?(?:preciso|quero)",
    "it": r"(?:tanto )?a che (?:mi )?servono|nessuno (?:dovra|deve) (?:occuparsi|sbattersi) (?:delle|con le) mie cose",
}
# A death idiom turned serious: the idiom is the condition, "for real" the part.
_IDIOM_REAL = {
    "en": r"(?:id rather (?:die|be dead)|rather be dead|kill me now|over my dead body)[^\n]{0,100}?\b(?P<at>(?:im"
          r" )?(?:starting to |beginning to )?(?:mean|think|meaning) it (?:for real|literally)|not joking (?:anymore"
          r"|this time)|i mean it this time)",
    "es": r"(?:prefiero|preferiria) (?:morir\w*|estar muert[oa]|palmarla)[^\n]{0,100}?\b(?P<at>(?:lo digo|lo pienso)"
          r" en serio|(?:ya )?no (?:es|estoy) (?:broma|bromeando)|esta vez va en serio)",
    "fr": r"(?:plutot|mieux vaut|je prefere) (?:crever|mourir|etre mort\w*)[^\n]{0,100}?\b(?P<at>(?:je commence a le"
          r" penser|je le pense) (?:pour de vrai|vraiment)|(?:cest )?pas une blague)",
    "de": r"(?:lieber (?:tot|sterben|krepieren)|bring mich um)[^\n]{0,100}?\b(?P<at>(?:ich )?mein(?:e)? (?:es|das)"
          r" (?:langsam |inzwischen )?ernst|kein (?:witz|spass) mehr)",
    "pt": r"(?:prefiro|antes) (?:morrer|estar mort[oa])[^\n]{0,100}?\b(?P<at>(?:agora )?(?:e|estou a falar|to"
          r" falando) (?:a )?serio|(?:ja )?nao (?:e|estou a) (?:brincadeira|brincar))",
    "it": r"meglio (?:morto|muorto|morta|mort[oa])[^\n]{0,100}?\b(?P<at>(?:stavolta|stavota|sta vota|adesso|ora)"
          r" (?:non|nun) (?:sto )?(?:scherz\w*|pazzi\w*)|(?:lo penso|dico) (?:sul serio|davvero))",
}
_ACCIDENT_WISH = {
    "en": r"if (?:a|the) (?:bus|car|truck|lorry|train) (?:hit|hits|ran over|runs over|took) me[^.!?\n]{0,50}\b(?:i"
          r" )?(?:wouldnt|would not|wouldn t) (?:mind|care|be upset|fight it)",
    "es": r"si (?:manana )?me (?:pisa|atropella|agarra|lleva) (?:un|el|una) (?:bondi|bus|colectivo|camion|auto|coche"
          r"|carro|tren|micro)[^.!?\n]{0,50}\b(?:tampoco|no) (?:me )?(?:haria|importaria|molestaria)",
    "fr": r"si (?:demain )?(?:un|une) (?:bus|voiture|camion|train) me (?:renversait|fauchait|passait dessus)"
          r"[^.!?\n]{0,50}\b(?:ca )?(?:me )?(?:generait|derangerait) pas",
    "de": r"wenn mich (?:morgen )?(?:ein|der) (?:bus|auto|lkw|zug) (?:uberfahren|erwischen) (?:wurde|tat)[^.!?\n]{0,50}"
          r"\b(?:ware|war) (?:mir )?(?:das )?(?:egal|nicht schlimm)",
    "pt": r"se (?:amanha )?(?:um|o) (?:onibus|autocarro|carro|camiao|caminhao) me (?:atropelasse|pegasse)[^.!?\n]{0,50}"
          r"\b(?:nao )?(?:me )?(?:importava|incomodava|ligava)",
    "it": r"se (?:domani )?(?:un|una) (?:autobus|bus|macchina|camion|treno) mi (?:investisse|prendesse|mettesse sotto)"
          r"[^.!?\n]{0,50}\b(?:non )?(?:mi )?(?:dispiacerebbe|importerebbe)",
}
_RELIEF_IF_GONE = {
    "en": r"(?:would be|be) (?:a relief|better|easier) for (?:everyone|everybody|all of them|them|my (?:family"
          r"|parents)) if i (?:wasnt|werent|didnt exist|was gone|were gone|disappeared)",
    "es": r"(?:seria|sería) (?:un alivio|mejor|mas facil) para (?:todos|todo el mundo|ellos|mi familia) si (?:yo )?no"
          r" (?:existiera|estuviera)",
    "fr": r"(?:ce serait|serait) (?:un soulagement|mieux|plus simple) pour (?:tout le monde|eux|ma famille) si je"
          r" (?:nexistais pas|netais (?:pas|plus) la)",
    "de": r"(?:ware|es ware) (?:eine erleichterung|besser|leichter) fur (?:alle|sie|meine familie),? wenn ich (?:nicht"
          r" mehr da|nicht) (?:ware|existieren wurde)",
    "pt": r"(?:seria) (?:um alivio|melhor|mais facil) para (?:todos|toda a gente|eles|a minha familia) se eu nao"
          r" (?:existisse|estivesse (?:aqui|ca))",
    "it": r"(?:sarebbe) (?:un sollievo|meglio|piu facile) per (?:tutti|loro|la mia famiglia) se (?:io )?non"
          r" (?:esistessi|ci fossi)",
}
_ENVY_DEAD = {
    "en": r"(?:at least )?(?:theyre|they are) (?:at peace|out of it|done with it)(?: at least)?|(?:i )?envy the dead",
    "es": r"(?:ellos )?(?:al menos|por lo menos) ya (?:descansan|terminaron)|envidio a los muertos",
    "fr": r"(?:eux )?au moins (?:ils )?(?:sont tranquilles|ont fini)|jenvie les morts",
    "de": r"(?:die|sie)(?: \w+){0,3} (?:habens|haben es|hams) (?:wenigstens|zumindest|endlich) hinter sich",
    "pt": r"(?:eles )?(?:pelo menos|ao menos) ja (?:descansaram|descansam)|invejo os mortos",
    "it": r"(?:loro )?(?:almeno|perlomeno) (?:hanno finito|riposano)|invidio i morti",
}
_VANISH_NOTICE = {
    "en": r"if i (?:disappeared|vanished|was gone|were gone)(?: tomorrow| today)?,? (?:[\w-]+ ){0,3}(?:anyone|anybody)"
          r" (?:even |actually |really )?(?:notice|care|miss me)",
    "es": r"si (?:manana )?(?:desapareciera|me fuera|no estuviera)(?: (?:tomorrow|today|manana|hoy|demain|morgen|heute|amanha|hoje|domani|oggi))?,? (?:[\w-]+ ){0,3}alguien (?:se )?(?:daria cuenta"
          r"|notaria|me extranaria)",
    "fr": r"si (?:demain )?je (?:disparaissais|partais)(?: (?:tomorrow|today|manana|hoy|demain|morgen|heute|amanha|hoje|domani|oggi))?,? (?:[\w-]+ ){0,3}quelquun (?:sen rendrait compte|le"
          r" remarquerait|remarquerait)",
    "de": r"wenn ich (?:morgen )?(?:verschwinden wurde|verschwande|weg ware)(?: (?:tomorrow|today|manana|hoy|demain|morgen|heute|amanha|hoje|domani|oggi))?,? (?:[\w-]+ ){0,4}(?:jemand|irgendwer)"
          r" (?:\w+ )?(?:merken|auffallen|vermissen|bemerken)",
    "pt": r"se eu (?:amanha )?(?:sumisse|desaparecesse)(?: (?:tomorrow|today|manana|hoy|demain|morgen|heute|amanha|hoje|domani|oggi))?,? (?:[\w-]+ ){0,3}alguem (?:ia|iria) (?:notar|perceber|sentir"
          r" falta)",
    "it": r"se (?:domani )?(?:sparissi|scomparissi)(?: (?:tomorrow|today|manana|hoy|demain|morgen|heute|amanha|hoje|domani|oggi))?,? (?:[\w-]+ ){0,4}qualcuno (?:se ne )?(?:accorgerebbe|noterebbe"
          r"|sentirebbe la (?:mia )?mancanza)",
}
_NOT_REACH_AGE = {
    "en": r"(?:wont|will not|not going to|never going to) (?:make it|live) (?:to|past) (?:\d\d|thirty|forty|twenty"
          r"|fifty)",
    "es": r"no (?:va a llegar|voy a llegar|llegare|llegara) a los (?:\d\d|treinta|cuarenta|veinte)",
    "fr": r"(?:arrivera|arriverai|atteindra|atteindrai) (?:pas|jamais) (?:a |les )?(?:\d\d|trente|quarante|vingt) ans",
    "de": r"(?:wird|werde) (?:keine |nicht )?(?:\d\d|dreissig|vierzig|zwanzig) (?:nicht )?(?:werden|erleben)",
    "pt": r"nao (?:vai|vou) chegar aos (?:\d\d|trinta|quarenta|vinte)",
    "it": r"non (?:arrivera|arrivero|arriva|arrivo) ai (?:\d\d|trent|quarant|vent)(?:anni| anni)",
}
# Commands to harm the speaker's own body.
_COMMAND_BODY = {
    "en": r"(?:the )?(?:voice|voices|god|devil|demon)s? (?:tells|told|says|said|is telling|keeps telling|orders?"
          r"|ordered|wants?) (?:me )?(?:to|i (?:should|must|have to)) (?:cut|burn|gouge|pull out|put|stab|hurt|punish"
          r"|jump|drown) (?:\w+ ){0,3}(?:my|myself)",
    "es": r"(?:dios|la voz|las voces|el demonio|el diablo) me (?:ordena|ordenan|dice|dicen|manda|mandan|pide|piden)"
          r" que me (?:saque|corte|queme|arranque|clave|tire|mate|haga dano|castigue)",
    "fr": r"(?:la voix|les voix|dieu|le diable|le demon) (?:me )?(?:dit|disent|ordonne|ordonnent|exige|veut) (?:de|que)"
          r" (?:je )?(?:me )?(?:couper|coupe|bruler|brule|arracher|arrache|mettre|mette|crever|creve|punir|punisse)",
    "de": r"(?:die )?(?:stimme|stimmen|gott|teufel|damon) (?:sagt|sagen|befiehlt|befehlen|will|wollen),? (?:dass )?"
          r"(?:ich (?:soll|muss|solle) mir|dass ich (?:\w+ )?mir)",
    "pt": r"(?:a voz|as vozes|deus|o diabo|o demonio) (?:me )?(?:manda|mandam|diz|dizem|ordena|ordenam) (?:que eu"
          r" |para eu |pra eu |que )?(?:me )?(?:cortar|corte|queimar|queime|arrancar|arranque|furar|fure|matar|castigar)",
    "it": r"(?:la voce|le voci|dio|il diavolo|il demonio) (?:mi )?(?:dice|dicono|ordina|ordinano|comanda) (?:di|che)"
          r" (?:mi )?(?:tagliar\w*|bruciar\w*|cavar\w*|tagli|bruci|cavi|strappar\w*|punir\w*|ammazz\w*)",
}
_THOUGHTS_HEARD = {
    "en": r"(?:they|people|the neighbou?rs|my neighbou?rs) (?:\w+ ){0,3}(?:hear|read|listen to|comment on) (?:my|what i)"
          r" (?:thoughts|think)",
    "es": r"(?:los vecinos|la gente|ellos) (?:\w+ ){0,3}(?:escuchan|oyen|leen|comentan) (?:mis pensamientos|lo que"
          r" (?:yo )?pienso)",
    "fr": r"(?:les voisins|les gens|ils) (?:\w+ ){0,3}(?:entendent|lisent|commentent) (?:mes pensees|ce que je pense)",
    "de": r"(?:die nachbarn|die leute|sie) (?:\w+ ){0,3}(?:horen|lesen|kommentieren) (?:meine gedanken|was ich denke)",
    "pt": r"(?:os vizinhos|as pessoas|eles) (?:\w+ ){0,4}(?:ouvir|ouvem|leem|ler|comentam) (?:os )?(?:meus )?"
          r"(?:pensamentos|o que eu penso)|comentam o que eu penso",
    "it": r"(?:i vicini|la gente|loro) (?:\w+ ){0,3}(?:sentono|leggono|commentano) (?:i miei pensieri|quello che penso)",
}
# Threats: a weapon carried to the person, fire set with them inside, "she'll find out what it feels like".
_WEAPONS = (r"(?:claw hammer|hammer|knife|bat|machete|axe|crowbar|gun|shotgun|martillo|cuchillo|bate|machete|hacha"
            r"|pistola|escopeta|marteau|couteau|batte|hache|fusil|hammer|messer|schlager|axt|pistole|gewehr|martelo"
            r"|faca|taco|machado|espingarda|martello|coltello|mazza|ascia|fucile)")
_GOING_ARMED = {
    "en": r"(?:im|i am|ill|i will|im gonna) (?:going|gonna go|go|coming) (?:up|over|round|down)? ?(?:there |to his"
          r" |to her )?(?:\w+ )?with (?:a|my|the) (?:\w+ )?" + _WEAPONS,
    "es": r"(?:voy|subo|bajo|me presento) (?:\w+ ){0,3}con (?:el|un|mi) " + _WEAPONS,
    "fr": r"(?:je monte|je descends|jy vais|je vais y aller|je debarque) (?:\w+ ){0,3}avec (?:un|le|mon|une|la|ma) "
          + _WEAPONS,
    "de": r"(?:geh|gehe|komm|komme) (?:ich )?(?:\w+ ){0,3}mit (?:dem|einem|meinem) " + _WEAPONS,
    "pt": r"(?:vou|subo|desco) (?:\w+ ){0,3}com (?:o|um|a|uma|o meu|a minha) " + _WEAPONS,
    "it": r"(?:vado|salgo|scendo) (?:\w+ ){0,3}con (?:il|un|la|una|il mio|la mia) " + _WEAPONS,
}
_FIRE_INSIDE = {
    "en": r"(?:set fire to|torch|burn) (?:his|her|their) (?:car|house|flat|van) with (?:him|her|them) (?:still )?in"
          r"(?:side| it)?",
    "es": r"(?:le )?(?:prendo|prendere|meto|pego) fuego (?:a su|al) \w+ con (?:el|ella) (?:adentro|dentro)",
    "fr": r"(?:je )?(?:fous|mets|foutrai|mettrai) le feu a (?:sa|son) \w+ avec (?:lui|elle) dedans",
    "de": r"(?:zund|zunde) (?:ihm|ihr)? ?(?:sein|ihr) (?:auto|haus|wohnung) an,? (?:mit|wahrend) (?:ihm|ihr|er|sie)"
          r" (?:drin|darin)",
    "pt": r"(?:lhe )?(?:pego|ponho|deito|taco) fogo (?:ao|a|na|no) \w+ com (?:ele|ela) (?:la )?dentro",
    "it": r"(?:gli |le )?(?:do|daro) fuoco (?:alla|al) \w+ con (?:lui|lei) dentro",
}
_FIND_OUT = {
    "en": r"(?:shell|hell|she will|he will|theyll) (?:find out|learn|know|see) what it feels like",
    "es": r"(?:va a saber|sabra|va a ver) lo que se siente",
    "fr": r"(?:elle|il) va (?:comprendre|voir|savoir) ce que ca fait",
    "de": r"(?:sie|er) wird (?:merken|sehen|spuren),? wie sich das anfuhlt",
    "pt": r"(?:ela|ele) vai (?:saber|perceber|ver) o que (?:e bom|custa|se sente)",
    "it": r"(?:lei|lui) (?:capira|vedra|sapra) cosa si prova",
}
_DRIVING_TO = {
    "en": r"(?:driving|on my way|heading) (?:over )?to (?:my ex|his|her|their)(?:s)? (?:place|house|flat)?",
    "es": r"(?:voy|manejo|conduzco|estoy yendo) (?:camino )?(?:a|hacia|pa) (?:la )?casa de (?:mi ex|el|ella)",
    "fr": r"(?:je roule|je fonce|jy vais|en route) (?:vers )?chez (?:mon ex|lui|elle)",
    "de": r"(?:fahre|fahr|bin unterwegs) (?:gerade |jetzt )?zu (?:meiner ex|meinem ex|ihm|ihr)",
    "pt": r"(?:vou|estou a ir|to indo|estou a conduzir) (?:a caminho )?(?:a|para|pra) casa d[oa] (?:minha ex|meu ex|ele"
          r"|ela)",
    "it": r"(?:sto andando|vado|sto guidando) (?:da|verso casa (?:del|della)) (?:mia ex|mio ex|lui|lei)",
}
# Substances.
_BENZO_TAKEN = {
    "en": r"(?:necked|popped|dropped|took|had|downed) (?:a few |some |a couple of |two |three |a handful of )?(?:diazepam"
          r"|valium|xanax|benzos?|vallies|blues|etizolam|alprazolam)",
    "es": r"(?:me tome|me meti|tome) (?:unos |unas |un par de )?(?:rivotril|clonazepam|alprazolam|diazepam|valium"
          r"|trankimazin|benzos)",
    "fr": r"(?:jai pris|jai avale|pris) (?:quelques |des |deux |trois )?(?:xanax|lexomil|valium|temesta|benzos)",
    "de": r"(?:ein paar|paar|zwei|drei) (?:diazepam|valium|tavor|benzos|xanax) (?:eingeworfen|genommen|geschluckt)",
    "pt": r"(?:tomei|mandei) (?:uns |umas |alguns )?(?:rivotril|clonazepam|diazepam|valium|xanax|benzos)",
    "it": r"(?:ho preso|mi sono fatto|calato) (?:qualche |un paio di |delle )?(?:xanax|valium|tavor|en|benzo)",
}
_ALCOHOL_SLANG = {
    "en": r"(?:with|and|open|cracked open|necked|downed) (?:my |some |a few |a couple of )?(?:cans|tinnies|bevvies|pints|voddy|vodka|wine)",
    "es": r"(?:dandole|dando|pegandole) (?:al|a la) (?:romo|ron|trago|guaro|chupe|vino|birra|pisco|aguardiente|alcohol)",
    "fr": r"(?:je picole|picoler|je me bourre|je tise)",
    "de": r"(?P<at>sauf|saufe)(?= (?:\w+ ){0,3}(?:sechserl|bier|halbe|schnaps|wein|flasche))",
    "pt": r"(?:a beber|bebendo|tomando) (?:cachaca|pinga|vinho|cerveja|whisky)",
    "it": r"(?:mi attacco alla|mi scolo|mi faccio) (?:\w+ )?(?:bottiglia|birre|vino|grappa)",
}
_EVERY_DAY = {
    "en": r"every (?:single )?(?:day|night|evening)",
    "es": r"(?:to|todos) los dias|todas las noches|cada noche",
    "fr": r"tous les (?:soirs|jours)|chaque soir",
    "de": r"jeden (?:abend|tag)|jede nacht",
    "pt": r"todos os dias|todas as noites|toda noite",
    "it": r"tutti i giorni|ogni sera|tutte le sere",
}
_TO_SLEEP = {
    "en": r"(?:just )?to (?:be able to )?(?:get to )?sleep",
    "es": r"(?:pa|para) (?:poder )?dormir",
    "fr": r"pour (?:pouvoir )?dormir",
    "de": r"sonst (?:kann|konn) (?:i|ich) (?:ned|nicht|nit|net) schlaf\w*",
    "pt": r"(?:pra|para) (?:conseguir )?dormir",
    "it": r"(?:per|pe) (?:riuscire a )?dormire",
}
_OPIOID_TRY = {
    "en": r"(?:try|trying|going to try) (?:the |some )?(?:fentanyl|fent|heroin|oxy)",
    "es": r"(?:probar|voy a probar|probando) (?:el |la |un poco de )?(?:fentanilo|fenta|heroina|oxicodona)",
    "fr": r"(?:essayer|tester|goutter) (?:le |la |du |de la )?(?:fentanyl|heroine|hero)",
    "de": r"(?:probier|probiere|probieren|testen) (?:\w+ ){0,2}(?:fentanyl|heroin)",
    "pt": r"(?:provar|experimentar|vou provar) (?:o |a )?(?:fentanil|heroina)",
    "it": r"(?:provare|provo|assaggiare) (?:il |la |un po di )?(?:fentanil|fentanyl|eroina)",
}
_ALONE_HOME = {
    "en": r"(?:im|i am) (?:all )?(?:alone|on my own|by myself) (?:at home|in the flat|at the flat|in my room)",
    "es": r"(?:estoy|toy) sol[oa] en (?:el|la|mi|casa) ?(?:depa|departamento|piso|casa|cuarto)?",
    "fr": r"(?:je suis|jsuis|chui) seule? (?:a la maison|chez moi|dans lappart)",
    "de": r"(?:bin|ich bin) (?:ganz )?allein (?:zu hause|daheim|in der wohnung)",
    "pt": r"(?:estou|to|tou) sozinh[oa] em casa|sozinh[oa] no (?:ape|apartamento)",
    "it": r"(?:sono|sto) (?:da )?sol[oa] (?:a casa|in casa|nellappartamento)",
}
_PARTY_DRUG = {
    "en": r"(?:took|had|dropped|necked|done) (?:a |two |three |some |a couple of )?(?:pills|pingers|mdma|molly|ecstasy"
          r"|ket|ketamine|k|coke|speed)\b(?=[^\n]{0,200}\b(?:party|rave|club|festival|last night|ket|ketamine|mdma))",
    "es": r"(?:me tome|tome|me meti) (?:\w+ )?(?:pastis|pastillas|tachas|mdma|keta|ketamina|coca|speed)"
          r"(?=[^\n]{0,200}\b(?:fiesta|rave|boliche|festival|keta|ketamina|mdma))",
    "fr": r"(?:jai pris|pris|gobe) (?:\w+ )?(?:taz|ecstas|cachets|mdma|keta|ketamine|coke|speed)"
          r"(?=[^\n]{0,200}\b(?:soiree|teuf|festival|rave|keta|mdma))",
    "de": r"(?:\w+ )?(?:pillen|teile|mdma|keta|ketamin|koks|speed) (?:eingeworfen|genommen|gezogen)",
    "pt": r"(?:tomei|mandei) (?:\w+ )?(?:balas|pastilhas|mdma|keta|ketamina|coca|speed)"
          r"(?=[^\n]{0,200}\b(?:festa|rave|balada|festival|keta|mdma))",
    "it": r"(?:ho preso|preso|calato|mi sono fatto) (?:\w+ )?(?:pasticche|pasticca|pasta|mdma|keta|ketamina|coca"
          r"|speed)(?=[^\n]{0,200}\b(?:festa|rave|disco|festival|keta|mdma))",
}
_PARTY_EFFECTS = {
    "en": r"(?:jaw (?:is )?(?:locked|clenched|stuck)|sweating (?:cold|buckets)|cold sweats?|heart (?:is )?(?:racing"
          r"|pounding|going mad)(?: for hours)?|cant stop shaking)",
    "es": r"(?:mandibula (?:trabada|bloqueada|apretada)|sudor frio|sudo frio|(?:el )?corazon (?:a mil|me late fortisimo"
          r"|late muy fuerte))",
    "fr": r"(?:machoire (?:bloquee|serree)|sueurs? froides?|(?:le )?coeur (?:bat )?(?:a fond|a mille|tres fort))",
    "de": r"(?:kiefer (?:ist )?(?:verkrampft|blockiert)|kalter schweiss|herz (?:rast|hammert|schlagt wie verruckt))",
    "pt": r"(?:maxilar (?:travado|bloqueado)|suor frio|suando frio|(?:o )?coracao (?:a mil|disparado|bate muito forte))",
    "it": r"(?:mascella (?:bloccata|serrata)|sudo freddo|sudore freddo|(?:il )?cuore (?:batte )?(?:fortissimo|a mille"
          r"|all impazzata))",
}
_DRINK_DRIVE = {
    "en": r"(?:drinks|drunk|had a few) and (?:then )?(?:drives|gets behind the wheel|takes the car)",
    "es": r"(?:bebe|toma|chupa) y (?:despues )?(?:maneja|conduce|agarra el (?:auto|coche|carro))",
    "fr": r"(?:boit|picole) et (?:puis )?(?:prend le volant|conduit|prend la voiture)",
    "de": r"(?:trinkt|sauft) und (?:dann )?(?:fahrt|setzt sich (?:dann )?ans steuer)",
    "pt": r"(?:bebe|enche a cara) e (?:depois )?(?:pega o carro|conduz|dirige|pega no carro)",
    "it": r"(?:beve|si ubriaca) e (?:poi )?(?:guida|prende la macchina|si mette al volante)",
}
# Self-harm urges back after a time free of them; a wound infected and care avoided.
_SH_URGE = {
    "en": r"(?:urge|itch|craving|need) to (?:cut|scratch|burn|hurt) (?:myself|again)|(?:cutting|sh) urges? (?:are|is)"
          r" back",
    "es": r"(?:ganas|necesidad|impulso) de (?:cortarme|rasgunarme|aranarme|quemarme|hacerme dano|lastimarme)",
    "fr": r"(?:envie|besoin|pulsion) de me (?:couper|scarifier|griffer|bruler|faire du mal|mutiler)",
    "de": r"(?:drang|lust|bedurfnis) (?:mich )?(?:zu ritzen|zu schneiden|zu kratzen|zu verletzen)|kribbelts? (?:wieder )?"
          r"in den fingern|(?:war|bin) (?:fast )?(?:\w+ ){0,3}(?:ritzfrei|clean)[^.!?\n]{0,80}\b(?:aber|doch) (?:seit|jetzt"
          r"|wieder)",
    "pt": r"(?:vontade|necessidade) de me (?:cortar|arranhar|queimar|machucar|ferir)",
    "it": r"(?:voglia|bisogno) di (?:graffiarmi|tagliarmi|ferirmi|bruciarmi|farmi (?:del )?male)",
}
_WOUND_BAD = {
    "en": r"(?:cut|wound|burn)s? (?:from )?(?:\w+ ){0,4}(?:is |are |s )?(?:swollen|infected|hot|oozing|weeping|full of"
          r" pus)",
    "es": r"(?:corte|herida|quemadura) (?:\w+ ){0,4}(?:esta )?(?:hinchad[oa]|infectad[oa]|caliente|supura|con pus)",
    "fr": r"(?:coupure|plaie|blessure|brulure) (?:\w+ ){0,4}(?:est )?(?:gonflee|infectee|chaude|suppure|pleine de pus)",
    "de": r"(?:schnitt|wunde|brandwunde) (?:\w+ ){0,4}(?:ist )?(?:geschwollen|entzundet|eitert|heiss|voller eiter)",
    "pt": r"(?:corte|ferida|queimadura) (?:\w+ ){0,4}(?:esta )?(?:inchad[oa]|infetad[oa]|infectad[oa]|infeccionad[oa]"
          r"|quente|com pus)",
    "it": r"(?:taglio|ferita|bruciatura) (?:\w+ ){0,4}(?:e )?(?:gonfi[oa]|infett[oa]|caldo|calda|esce (?:del )?pus)",
}
_CARE_AVOIDED = {
    "en": r"(?:fever|temperature of|38|39|40)(?:[.,]\d)?|(?:dont|do not|wont) (?:want to )?go to (?:a&e|the er|hospital"
          r"|the doctor|a doctor)",
    "es": r"fiebre|(?:38|39|40)(?:[.,]\d)?|no (?:quiero )?ir (?:a urgencias|al hospital|al medico)",
    "fr": r"fievre|(?:38|39|40)(?:[.,]\d)?|(?:veux )?pas aller (?:aux urgences|a lhopital|chez le medecin)",
    "de": r"fieber|(?:38|39|40)(?:[.,]\d)?|(?:will )?nicht (?:in die notaufnahme|ins krankenhaus|zum arzt)",
    "pt": r"febre|(?:38|39|40)(?:[.,]\d)?|nao (?:quero )?ir (?:as urgencias|ao hospital|ao medico|pro hospital)",
    "it": r"febbre|(?:38|39|40)(?:[.,]\d)?|(?:non )?(?:voglio )?andare al pronto soccorso",
}
_HARM_THOUGHT = {
    "en": r"(?:thought|image|idea) (?:that )?i (?:could|might) (?:stab|push|hurt|strangle) (?:my|the) \w+",
    "es": r"(?:pensamiento|idea|imagen) de que (?:podria|puedo) (?:apunalar|clavarle|empujar|hacerle dano|ahorcar) (?:a )?"
          r"(?:mi )?\w+",
    "fr": r"(?:pensee|idee|image) que je (?:pourrais|pourrai) (?:poignarder|planter|pousser|blesser|etrangler) (?:mon|ma)"
          r" \w+",
    "de": r"(?:gedanke|gedanken|bild),? (?:dass )?ich (?:konnte|konnt|wurde) (?:meinem|meiner|meine|meinen|jemandem|ihm"
          r"|ihr) (?:\w+ ){0,2}(?:das |ein )?(?:messer|schere) (?:\w+ )?(?:reinrammen|reinstechen|reinstossen|in den"
          r" \w+ rammen)",
    "pt": r"(?:pensamento|ideia|imagem) de que (?:eu )?(?:podia|poderia) (?:esfaquear|espetar|empurrar|magoar|estrangular)"
          r" (?:o meu|a minha|meu|minha) \w+",
    "it": r"(?:pensiero|idea|immagine) che (?:potrei|potessi) (?:accoltellare|pugnalare|spingere|fare del male a"
          r"|strangolare) (?:il mio|la mia|mio|mia) \w+",
}
_ONLY_EATING = {
    "en": r"(?:eat|eating|eaten|ate) (?:only|nothing but|just) (?:\w+ ){1,6}(?:for|since) (?:two |three |\d+ |a few"
          r" |several )?(?:weeks?|months?)|every (?:kilo|pound|kg) (?:less|lost) (?:feels like|is) a (?:win|victory)",
    "es": r"(?:solo|nada mas que|nomas) (?:como|he comido) (?:\w+ ){1,4}(?:desde hace|hace) (?:\w+ )?(?:semanas?|meses?)"
          r"|cada kilo (?:menos|que pierdo) (?:es|se siente como) (?:una victoria|un triunfo|un logro)",
    "fr": r"(?:je )?(?:mange|ne mange que) (?:\w+ ){1,4}depuis (?:\w+ )?(?:semaines?|mois)|chaque kilo (?:en moins"
          r"|perdu) (?:est|cest) une victoire",
    "de": r"(?:ess|esse) seit (?:\w+ ){1,2}(?:wochen|tagen|monaten) nur noch|jedes kilo weniger (?:fuhlt sich an wie"
          r"|ist) ein sieg",
    "pt": r"(?:so|apenas) (?:como|comi) (?:\w+ ){1,4}(?:ha|faz) (?:\w+ )?(?:semanas?|meses?)|cada quilo (?:a menos"
          r"|perdido) (?:e|parece) uma vitoria",
    "it": r"(?:mangio|ho mangiato) solo (?:\w+ ){1,4}da (?:\w+ )?(?:settimane|mesi)|ogni (?:chilo|kg) in meno (?:e"
          r"|sembra) una vittoria",
}
_GROOMING = {
    "en": r"(?:adult|grown|older) (?:man|guy|woman)\b[^\n]{0,120}\b(?:asked|asking) (?:her|him|them) for (?:\w+ )?"
          r"(?:photos|pics|pictures|nudes)",
    "es": r"(?:hombre|senor|tipo) (?:adulto|mayor|grande)[^\n]{0,120}\b(?:le )?(?:pidio|pide|pidiendo) (?:\w+ )?fotos",
    "fr": r"(?:homme|type|mec) (?:adulte|majeur|plus age)[^\n]{0,120}\b(?:lui )?(?:a demande|demande) (?:des )?photos",
    "de": r"(?:erwachsene[rn]?|altere[rn]?) (?:mann|typ)[^\n]{0,120}\b(?:wollte|will|fragt|fragte) (?:\w+ ){0,2}(?:fotos"
          r"|bilder)",
    "pt": r"(?:homem|senhor|tipo|cara) (?:adulto|mais velho|maior)[^\n]{0,120}\b(?:pediu|pede)(?:-lhe|-lhes)? (?:\w+ )?"
          r"fotos",
    "it": r"(?:uomo|tizio|signore) (?:adulto|maggiorenne|piu grande)[^\n]{0,120}\b(?:le |gli )?(?:ha chiesto|chiede)"
          r" (?:\w+ )?foto",
}
# False alarms: someone else's suicide with a possessive, a song quoted, a training role play, wish me luck, a jump
# for fun, an anniversary.
_THEIR_SUICIDE = {
    "en": r"(?:his|her|their) (?:own )?suicide|the suicide of (?:\w+ ){1,2}",
    "es": r"(?:el )?suicidio de (?:\w+)|su suicidio",
    "fr": r"(?:le )?suicide de (?:\w+)|son suicide",
    "de": r"(?:(?!(?:dass|das|was|es|als|bis|aus|uns|alles|etwas|nichts|ans|ins|furs|des)\b)[a-z]+s|seines|ihres|sein"
          r"|seinen|ihren|ihr) (?:selbstmord|suizid|freitod)",
    "pt": r"(?:o )?suicidio d[oae] (?:\w+)|(?:o )?seu suicidio",
    "it": r"(?:il )?suicidio di (?:\w+)|il suo suicidio",
}
_QUOTE = r" ?[-—:\"] ?[^-—\"\n]{4,90}\w(?= ?[-—\"])"
_SONG = {
    "en": r"(?:song|lyrics?|cover|on repeat|the line|sings?|singing)\b[^\n]{0,40}?" + _QUOTE,
    "es": r"(?:cancion|letra|en bucle|canta)\b[^\n]{0,40}?" + _QUOTE,
    "fr": r"(?:chanson|paroles|morceau|en boucle|chante)\b[^\n]{0,40}?" + _QUOTE,
    "de": r"(?:song|lied|liedtext|dauerschleife|singt)\b[^\n]{0,40}?" + _QUOTE,
    "pt": r"(?:musica|letra|em repeat|no repeat|canta)\b[^\n]{0,40}?" + _QUOTE,
    "it": r"(?:canzone|testo|a ripetizione|in loop|canta)\b[^\n]{0,40}?" + _QUOTE,
}
_TRAINING = {
    "en": r"role ?play|case study|training (?:session|day|course)|placement|simulation",
    "es": r"juego de rol|role ?play|caso clinico|practicas|simulacion",
    "fr": r"jeu de role|role ?play|cas clinique|stage|simulation",
    "de": r"rollenspiel|role ?play|fallbeispiel|praktikum|simulation",
    "pt": r"dramatizacao|role ?play|caso clinico|estagio|simulacao",
    "it": r"role ?play|gioco di ruolo|caso clinico|tirocinio|simulazione",
}
_WISH_LUCK = {
    "en": r"wish me luck|fingers crossed", "es": r"deseame suerte|deseenme suerte|cruza los dedos",
    "fr": r"souhaite-?moi bonne chance|croise les doigts", "de": r"druck(?:t)? mir die daumen|wunsch mir gluck",
    "pt": r"deseja-?me sorte|me deseja sorte|torce por mim|figas", "it": r"augurami buona fortuna|in bocca al lupo"
    r"|incrocia le dita",
}
_LEISURE_JUMP = {
    "en": r"bungee|bungy|zip ?line|paraglid\w*|skydiv\w*|abseil\w*", "es": r"puenting|bungee|tirolesa|parapente"
    r"|paracaidismo", "fr": r"saut a lelastique|bungee|parapente|parachut\w*|tyrolienne", "de": r"bungee\w*"
    r"|gleitschirm\w*|fallschirm\w*|seilrutsche", "pt": r"bungee|bungee jump|parapente|paraquedismo|slide",
    "it": r"bungee|bungee jumping|parapendio|paracadut\w*|zip ?line",
}
_ANNIVERSARY = {
    "en": r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) years? ago today",
    "es": r"hoy (?:se cumplen|hace|son) (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) anos",
    "fr": r"(?:il y a|ca fait) (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans (?:aujourdhui|jour pour jour)",
    "de": r"heute vor (?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn) jahren",
    "pt": r"hoje (?:faz|fazem|completa|sao) (?:\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez) anos",
    "it": r"oggi (?:sono|fanno|ricorrono) (?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) anni",
}
_NO_URGE_NOW = {
    "en": r"(?:feeling|i feel|im) (?:so |really )?(?:grateful|thankful|proud)|(?:dont|do not) (?:feel like|want to) do"
          r" it",
    "es": r"no tengo ganas de hacerlo|(?:me siento|estoy) (?:muy )?(?:agradecid[oa]|orgullos[oa])",
    "fr": r"(?:je nai|jai) (?:pas|plus) envie de le faire|(?:je me sens|je suis) (?:tres )?(?:reconnaissante?|fiere?)",
    "de": r"(?:hab|habe) keine lust,? es zu tun|(?:bin|fuhle mich) (?:so )?(?:dankbar|stolz)",
    "pt": r"nao tenho vontade de o fazer|nao tenho vontade de fazer isso|(?:estou|me sinto|sinto-me) (?:muito )?"
          r"(?:grat[oa]|agradecid[oa]|orgulhos[oa])",
    "it": r"non ho voglia di farlo|(?:mi sento|sono) (?:molto )?(?:grat[oa]|orgoglios[oa])",
}

# Something back now ("the urge is back", "mi è tornata la voglia"): told as present, not as history.
_BACK_NOW = {
    "en": r"(?:is|are|s|has come|have come|came) back", "es": r"(?:ha vuelto|volvio|han vuelto|volvieron|me volvio|me"
    r" volvieron)", "fr": r"(?:est revenue?|sont revenue?s|revient|reviennent)", "de": r"(?:ist|sind) wieder da|kommt"
    r" wieder|kommen wieder", "pt": r"(?:voltou|voltaram|esta de volta|estao de volta)", "it": r"(?:mi )?(?:e|sono)"
    r" tornat[aoie]",
}

PARTS: dict[str, dict[str, list[str]]] = {
    code: {
        "time_recent": [_BACK_NOW[code]],
        "at_place": [_NAMED_BRIDGE[code]],
        "under_way": [_OUTSIDE_RAIL[code]],
        "farewell": [_NOT_YOUR_FAULT[code]],
        "intent": [_DONT_CALL[code]],
        "lethal_means": [r"(?:" + _MEANS_STORED[code] + r")" + _NOT_LEISURE, _KEPT_IN_CASE[code]],
        "time_soon": [_WHEN_OUT[code], _DRIVING_TO[code]],
        "prep": [r"(?:" + _AFFAIRS[code] + r")" + _NOT_TRIP, r"(?:" + _CAR_LEFT[code] + r")" + _NOT_BROKEN],
        "give_away": [_GIVEN_MINE[code]],
        "settled": [_SETTLED[code]],
        "death": [_IDIOM_REAL[code], _ACCIDENT_WISH[code], _RELIEF_IF_GONE[code]],
        "indirect": [_ENVY_DEAD[code], _VANISH_NOTICE[code], _NOT_REACH_AGE[code]],
        "command": [_COMMAND_BODY[code]],
        "voices_worse": [_THOUGHTS_HEARD[code]],
        "threat": [_GOING_ARMED[code], _FIRE_INSIDE[code], _FIND_OUT[code]],
        "weapon": [_GOING_ARMED[code]],
        "depressant": [_BENZO_TAKEN[code]],
        "alcohol": [_ALCOHOL_SLANG[code]],
        "frequency": [_EVERY_DAY[code]],
        "cope": [_TO_SLEEP[code]],
        "opioid_use": [_OPIOID_TRY[code]],
        "alone": [_ALONE_HOME[code]],
        "party_drug": [_PARTY_DRUG[code]],
        "symptom": [_PARTY_EFFECTS[code]],
        "drink_driving": [_DRINK_DRIVE[code]],
        "self_harm_urge": [_SH_URGE[code]],
        "wound_bad": [_WOUND_BAD[code]],
        "care_avoided": [_CARE_AVOIDED[code]],
        "harm_thought": [_HARM_THOUGHT[code]],
        "restriction": [_ONLY_EATING[code]],
        "child_harm": [_GROOMING[code]],
        "idiom": [_THEIR_SUICIDE[code], _SONG[code]],
        "fiction": [_TRAINING[code]],
        "event_time": [_WISH_LUCK[code], _ANNIVERSARY[code]],
        "sightseeing": [_LEISURE_JUMP[code]],
        "dated_past": [_ANNIVERSARY[code]],
        "well_now": [_ANNIVERSARY[code], _NO_URGE_NOW[code]],
    }
    for code in _LANGS
}
