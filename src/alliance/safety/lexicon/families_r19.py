"""Situations told in wording no lexicon had (issue 10, after blind round 19), in the six languages, merged into each
language's lexicon by `alliance.safety.lexicon.make_lexicon` after `families_r18.py`. As there, each family is slots
and the way they combine, not the sentences of the set.

False alarms of the round, by structure (`idiom` or `denial`: the risk words inside are not the speaker's own risk):

- a rope named with its purpose further on in the sentence (a hammock, a swing, a climbing trip or harness,
  carabiners, pruning or felling a tree, a tent): the round-18 rule wanted the purpose within three words;
- a helpline trainee's course "about calls with suicidal thoughts", and a trainee's first session "with a patient
  who attempted suicide": the round-18 caller slot widened to calls and to a patient's attempt;
- a jump told first and the sport after it ("I'm jumping off the bridge... bungee, of course"): the round-18 sport
  rule read only the other order;
- an attempt or an overdose dated in the past (a year, "back then", "when young") and "I don't have those thoughts
  now", "today I'm well": history;
- a clinician's question about thoughts of self-harm answered "honestly no", "not once";
- "kill myself" taken back at once with a joke marker ("gonna kms jk"), whatever it is said of;
- "if they ask me again I'll throw myself out of the window" with laughter: an annoyance, not a method;
- "quelle purge" (French: a dreadful match), not purging.

Misses of the round, by family (the situation, not the sentence):

- not waking up told as a relief ("if I didn't wake up I wouldn't mind", "sorry to have woken up"), disappearing
  unnoticed, wanting to stop existing, thinking of one's own funeral (`death`); children better off with the other
  parent (`indirect`);
- voices or muttering louder, talking about the speaker, commenting (`voices_worse`);
- drinking every evening "to empty my head", "or I can't sleep" (`cope`, `frequency`, `alcohol`);
- belongings given away and "I don't need stuff any more", "she may as well have it now" (`settled`);
- only thinking of the blades, the urge back after months without self-harm (`self_harm_urge`);
- one bar or a coffee a day, no more evening meals (`restriction`), fainting again (`ed_effect`);
- the height of a bridge or a car park researched again and again, thoughts of throwing oneself under a train
  (`lethal_means`); a belt or rope already tied over a hatch or a beam (`lethal_means`);
- pinned by the throat, pushed against something, an object thrown at the face, shut out on the balcony all night
  (`violence_me`);
- blades or cigarette burns found on a child, a small child out on the step at night (`child_harm`);
- on a sea wall "not moving this time", walking into the water now (`at_place`, `intent`, `under_way`);
- a weapon in the boot or the cellar and "he'll pay", "a knife into him"; someone downstairs with a knife
  (`weapon`, `access`, `threat`, `under_threat_now`);
- a voice ordering to pierce, cut or light something (`command`);
- heroin or fentanyl used alone (`opioid_use`, `alone`); benzodiazepines with beers, G with alcohol
  (`depressant`, `alcohol`); a whole insulin pen injected (`taken`, `pills`, `amount`); blood spurting
  (`under_way`); a cut thigh (`self_harm`);
- a friend's goodbye voice message and no answer (`message_goodbye`, `unreachable`); "you won't have to put up with
  me much longer" (`death`);
- affairs settled across turns: letters for the children, the bank password left, a pet placed for good, savings
  transferred, a message for each friend, goodbyes to people (`prep`, not before an occasion or a new job); "don't
  worry, it's all sorted", thanks "for everything up to now", "nobody can say I didn't say goodbye" (`farewell`);
- a voice ordering to purify with fire (`command`); the hose on and the garage door shut (`engine_running`,
  `enclosed`); leaning over "it would be easy to let go" (`intent`);
- a train due at a clock time and "sorry everyone" (`train_due`, `farewell`); an intrusive image of pushing or
  drowning someone (`harm_thought`); photos taken from afar, an ex
  parked at the door (`danger_me`); a wound that festers with fever (`wound_bad`, `care_avoided`).

Patterns run on the normalised text (lower case, no accents, no apostrophes: "j'ai" is "jai").
"""

from __future__ import annotations

from alliance.safety.lexicon.families_r17 import _KID, _LAUGH
from alliance.safety.lexicon.families_r18 import _AGO, _BODY, _CALLER_WITH, _I_JUMP, _JUMP_SPORT, _NOT_NOW, _ROPE

_LANGS = ("en", "es", "fr", "de", "pt", "it")

# ---- False alarms, by structure. ----

# A rope and its purpose further on in the sentence.
_HOBBY = (r"(?:hammock|swing|hamaca|columpio|hamac|balancoire|hangematte|schaukel|rede|baloico|balanco|amaca|altalena"
          r"|climbing (?:trip|wall|gym)|harness|carabiners?|mosquetones|mousquetons|karabiner|moschettoni|mosquetoes"
          r"|arnes|baudrier|klettergurt|imbracatura|cadeirinha|prun\w+|podar|tailler|elaguer|beschneiden|baum\w* fallen"
          r"|gefallt|potare|potatura|ulivo|olive tree|apple tree|apfelbaum|arbol|albero|tent|zelt|tenda|tienda de campana)")
_ROPE_HOBBY = r"(?:\w+ ){0,3}" + _ROPE + r"\b[^.!?\n]{0,120}?\b" + _HOBBY + r"\b"

# A course about calls with suicidal thoughts; a patient who attempted suicide.
_CALLS_WITH = _CALLER_WITH.replace(r"(?:caller|callers|", r"(?:calls?|anrufe\w*|gesprache\w*|llamadas|appels|ligacoes"
                                   r"|chamadas|chiamate|telefonate|caller|callers|")
_PATIENT_ATTEMPT = (r"(?:patient|patients|patientin|client|cliente|paciente|paziente|utente|klient\w*|caller|anrufer\w*"
                    r"|llamante|appelant\w*|chiamante)(?: \w+){0,3}? (?:who|that|che|que|qui|der|die|o qual|a qual)"
                    r" (?:has |had |ha |a |hat |tem |tinha |aveva |avait |habia )?(?:attempted suicide|tried to (?:kill"
                    r"|end) \w+|tentato (?:il )?suicidio|intentado suicidarse|intento suicidarse|tente de se suicider"
                    r"|fait une ts|einen suizidversuch\w*(?: hinter sich)?|tentou (?:o )?suicidio|tentou se matar)")

# The jump told first, the sport after it.
_I_JUMP_MORE = r"(?:" + _I_JUMP + r"|vou (?:saltar|pular)|voy a saltar|ich (?:werde )?springe?|vado a saltare|salto)"
_JUMP_THEN_SPORT = _I_JUMP_MORE + r"\b[^\n]{0,80}?\b" + _JUMP_SPORT
# (The sport or its operator in an earlier turn: "the jump company's insurance", then "I'm jumping off the bridge".)
_SPORT_OPERATOR = (r"(?:" + _JUMP_SPORT + r"|(?:empresa|companhia|escola|clube|club|centro|centre|company|operator|ecole"
                   r"|scuola) (?:de |di |of )?(?:salto|saut|jump\w*|paraquedismo|paracadutismo))")
_OPERATOR_THEN_JUMP = _SPORT_OPERATOR + r"[\s\S]{0,300}?\b" + _I_JUMP_MORE + r"\b(?: [\w-]+){0,3}"

# An attempt dated in the past, and no such thoughts now.
_ATTEMPT = (r"(?:tried to (?:kill|end) (?:myself|my life)|attempted suicide|(?:my|an|the) (?:suicide )?attempt|intente"
            r" (?:matarme|suicidarme|quitarme la vida)|mi intento|jai (?:fait une ts|tente de me (?:tuer|suicider))"
            r"|ma (?:ts|tentative)|(?:einen|meinen) suizidversuch|versucht,? mich umzubringen|tentei (?:me matar|o"
            r" suicidio|suicidio|me suicidar)|(?:ho )?tentato (?:il )?suicidio|ho cercato di uccidermi"
            r"|took (?:an overdose|(?:some |a lot of )?(?:pills|tablets))|tome (?:unas |muchas )?pastillas"
            r"|jai pris (?:des|plein de) (?:cachets|medicaments)|tomei (?:uns |muitos )?(?:comprimidos|remedios)|(?:hab|habe) (?:\w+ )?tabletten genommen"
            r"|presi (?:delle|tante|un po di) (?:pastiglie|pillole|compresse))")
_DATED = (r"(?:(?:in|en|em|im|nel|del|de|da|of) (?:19|20)\d\d|(?:19|20)\d\d|(?:nel|del|back in|en el) \d\d|da giovane"
          r"|back then|at the time|da epoca|na epoca"
          r"|naquela epoca|en (?:aquella|esa) epoca|a lepoque|damals|allora|a quel tempo)")
_THOSE_THOUGHTS = (r"(?:(?:dont|do not|no longer) have (?:those|these|such|any) thoughts|(?:nao|ja nao) tenho (?:mais )?"
                   r"(?:esses|estes|tais) pensamentos|(?:no|ya no) tengo (?:esos|estos|esas) (?:pensamientos|ideas)"
                   r"|je nai plus (?:ces|de telles) (?:pensees|idees)|(?:ich )?(?:habe|hab) (?:diese|solche) gedanken"
                   r" nicht mehr|(?:ich )?(?:habe|hab) keine (?:solchen )?gedanken mehr|non ho piu (?:questi|quei|tali)"
                   r" pensieri)")
_WELL_TODAY = (r"(?:(?:today|now) im (?:fine|well|good)|its all behind me|hoy estoy bien|ya paso|agua pasada"
               r"|aujourdhui (?:je vais|ca va) bien|cest du passe|heute (?:geht es|gehts) mir gut|das ist (?:lange )?vorbei"
               r"|hoje (?:estou|to|tou) bem|ficou (?:la )?(?:para tras|atras)|oggi sto bene|e acqua passata)")
_ATTEMPT_PAST = {c: r"(?:" + _DATED + r"|" + _AGO[c] + r")\b[^.!?\n]{0,40}?\b" + _ATTEMPT + r"\b[^\n]{0,200}?\b(?:"
                 + _THOSE_THOUGHTS + r"|" + _WELL_TODAY + r"|" + _NOT_NOW[c] + r")\b" for c in _LANGS}

# A clinician's question about thoughts of harming oneself, answered no.
_ANSWERED_NO = {
    "en": r"(?:thoughts|ideas) (?:of|about) (?:hurting|harming|killing|ending) (?:myself|my life)[^.!?\n\w]{0,6}"
          r"(?:honestly |truthfully |to be honest )?(?:no|none|nope|never|not once)\b(?! (?:way|one|hope|end|reason))",
    "es": r"(?:pensamientos|ideas) de (?:hacerme dano|lastimarme|matarme|quitarme la vida)[^.!?\n\w]{0,6}"
          r"(?:sinceramente |la verdad )?(?:no|ninguno|nunca|ni una vez)\b(?! (?:hay|tengo|veo))",
    "fr": r"(?:pensees?|idees?) de (?:me faire du mal|me blesser|me tuer)[^.!?\n\w]{0,6}(?:honnetement |franchement )?"
          r"(?:non|aucune|jamais|pas une fois)\b",
    "de": r"gedanken,? mi(?:r|ch) (?:etwas anzutun|was anzutun|zu verletzen|umzubringen)[^.!?\n\w]{0,6}(?:ehrlich gesagt"
          r" |ehrlich )?(?:nein|keine|nie|kein einziges mal)\b",
    "pt": r"(?:pensamentos|ideias) de (?:me machucar|me ferir|me matar)[^.!?\n\w]{0,6}(?:sinceramente |honestamente )?"
          r"(?:nao|nenhum|nunca|nem uma vez)\b",
    "it": r"pensieri di (?:farmi del male|uccidermi|ammazzarmi|togliermi la vita)[^.!?\n\w]{0,6}(?:sinceramente |onestamente"
          r" )?(?:no|nessuno|mai|neanche una volta)\b",
}

# "Kill myself" taken back at once with a joke marker.
_SELF_KILL = (r"(?:kms|kill myself|off myself|unalive myself|me mato|me suicido|me muero|je me tue|jme tue|je me suicide"
              r"|bring (?:ich )?mich um|vou me matar|me mato|mi ammazzo|mi uccido|mi sparo)")
_TAKE_BACK = (r"(?:jk|jks|just kidding|just joking|es broma|es coña|es cona|bromi|bromita|je rigole|jdeconne|je deconne"
              r"|je plaisante|spass|scherz|war ein witz|brincadeira|zoeira|zueira|to brincando|scherzo|scherzavo"
              r"|sto scherzando)")
_KILL_JOKED = (r"(?:(?:im |i am )?(?:gonna|going to|about to|ill|i will|i wanna) )?" + _SELF_KILL + r"\b[^.!?\n]{0,25}?\b"
               + _TAKE_BACK + r"\b")

# "If they ask me again I'll throw myself out of the window 😂": an annoyance said with laughter.
_IF_AGAIN = (r"(?:if|si|se|wenn|falls)\b[^.!?\n]{0,80}?\b(?:again|one more time|once more|otra vez|de nuevo|vuelve"
             r"|vuelven|encore|une fois de plus|nochmal|noch einmal|schon wieder|de novo|outra vez|mais uma vez|ancora"
             r"|di nuovo|unaltra volta)\b")
_SELF_METHOD = (r"(?:i(?:ll| will)? (?:jump|throw myself|kill myself|top myself)|kms|me (?:tiro|mato|suicido)|je me"
                r" (?:jette|tue|defenestre)|(?:spring|bring) ich mich|ich (?:spring\w*|bring mich um)|me (?:jogo|mato)"
                r"|mi (?:butto|ammazzo|uccido|sparo))")
_ANNOYED_JOKE = (_IF_AGAIN + r"[^.!?\n]{0,80}?\b" + _SELF_METHOD + r"\b(?:[^.!?\n]{0,30}?\b(?:out of|off|from|from"
                 r" the|dalla|dal|por la|par la|aus dem|da|pela)(?: \w+){0,2})?(?=[^.!?\n]{0,80}?(?:" + _LAUGH + r"|🙄))")

PARTS: dict[str, dict[str, list[str]]] = {
    code: {"idiom": [_ROPE_HOBBY, _CALLS_WITH, _PATIENT_ATTEMPT, _JUMP_THEN_SPORT, _OPERATOR_THEN_JUMP, _KILL_JOKED,
                     _ANNOYED_JOKE],
           "denial": [_ATTEMPT_PAST[code], _ANSWERED_NO[code]]} for code in _LANGS
}
PARTS["fr"]["idiom"].append(r"(?:quelle|cette|une vraie|une sacree|la) purge(?: de match)?")

# ---- Misses of the round, by structure. ----

# Not waking up as a relief; disappearing unnoticed; stopping existing; one's own funeral.
_NOT_WAKE = {
    "en": r"if i (?:didnt|did not|never|dont|do not) wake up(?: tomorrow| in the morning| again)?,? (?:i|it) (?:wouldnt"
          r"|would not|wont|will not)(?: be| really| honestly| that| even)* (?:mind|bothered|care|matter|bad|sad)"
          r"|if i disappeared,? no ?(?:one|body) would (?:notice|care|mind)|(?:sorry|sad|disappointed) (?:i|to have)"
          r" woken up|(?:just )?(?:stop|stopped) existing|(?:think|thinking) (?:\w+ ){0,2}about my (?:own )?funeral",
    "es": r"si (?:no me despertara|no despertara|manana no despierto)[^.!?\n]{0,30}?(?:no me importaria|seria (?:un"
          r" alivio|lo mejor)|estaria bien|me daria igual)|si (?:yo )?desapareciera,? nadie (?:se daria cuenta|lo"
          r" notaria|me echaria de menos)|dejar de existir|(?:pienso|pensando) (?:\w+ ){0,2}en mi (?:propio )?funeral",
    "fr": r"si je ne me reveillais (?:pas|plus)(?: demain)?,? (?:ce serait|ca serait) (?:reposant|bien|un soulagement"
          r"|pas grave|pas si mal)|si (?:je |j)?disparaissais,? personne (?:ne )?(?:capoterait|le remarquerait|sen"
          r" rendrait compte)|arreter dexister|dormir pour de bon|(?:je )?pense (?:\w+ ){0,2}a mon (?:propre )?"
          r"(?:enterrement|funerailles)",
    "de": r"wenn ich (?:morgen |einfach )?nicht (?:mehr )?aufwachen (?:wurde|wurd),? (?:ware|war|wars|ist) (?:das |es )?"
          r"(?:nicht schlimm|mir egal|okay|ok|eine erlosung|gut)|wenn ich verschwinden wurde,? wurde es niemand\w*"
          r" (?:merken|auffallen)|aufhoren zu existieren|bei mir (?:darfs|darf es|kanns|kann es) (?:gern|gerne|ruhig)"
          r" (?:fruher|bald|eher) (?:sein|soweit sein)|(?:denke|denk) (?:\w+ ){0,2}an meine (?:eigene )?beerdigung",
    "pt": r"se eu nao acordasse(?: amanha)?,? (?:nao me importaria|seria um alivio|tudo bem|nao seria ruim)|se eu"
          r" sumisse,? ninguem (?:ia )?(?:notar|perceber|sentir falta)|parar de existir|(?:penso|pensando) (?:\w+ ){0,2}"
          r"no meu (?:proprio )?(?:funeral|enterro|velorio)",
    "it": r"(?:mi dispiace|mi spiace) (?:di )?essermi svegliat[oa]|se (?:domani )?non mi svegliassi(?: piu)?,? (?:non mi"
          r" dispiacerebbe|sarebbe (?:un sollievo|riposante|meglio))|se sparissi,? nessuno (?:se ne accorgerebbe"
          r"|noterebbe)|smettere di esistere|penso (?:\w+ ){0,2}al mio (?:funerale|funerali)",
}
_BETTER_WITH_OTHER = {
    "en": r"would be better off (?:with|living with) (?:their|his|her) (?:dad|mum|mom|father|mother|gran\w*|nan\w*)",
    "es": r"estarian mejor con su (?:padre|madre|abuel[oa]|papa|mama)",
    "fr": r"seraient mieux (?:avec|chez) leur (?:pere|mere|grand-mere|grand-pere|papa|maman)",
    "de": r"waren (?:bei|mit) (?:ihrem|ihrer) (?:vater|mutter|oma|opa|papa|mama) besser dran",
    "pt": r"ficariam melhor com (?:o pai|a mae|a avo|o avo|o pai deles|a mae deles)",
    "it": r"starebbero meglio con (?:il padre|la madre|la nonna|il nonno|il loro padre|la loro madre|il papa|la mamma)",
}
# Someone's "you won't have to put up with me much longer".
_NOT_BOTHER_LONG = {
    "en": r"(?:you|they) (?:wont|will not) have to (?:put up with|deal with|worry about) me (?:for )?much longer",
    "es": r"(?:pronto|dentro de poco) (?:ya )?no (?:os|les|te) (?:voy a )?(?:molestar|molestare|dar(?:e)? mas guerra)",
    "fr": r"(?:bientot|dans peu de temps) je ne (?:vous|te) (?:derangerai|embeterai|generai) plus",
    "de": r"(?:bald|nicht mehr lange) (?:falle ich euch|werde ich euch) nicht mehr (?:zur last|auf die nerven)",
    "pt": r"(?:logo|em breve) (?:nao vou mais|ja nao vou) (?:incomodar|dar trabalho)",
    "it": r"tra poco non (?:vi|ti) (?:daro|darò) piu (?:fastidio|pensieri)",
}

# Voices or muttering louder, talking about the speaker, commenting.
_VOICES = (r"(?:voices|muttering|mutterings|whispers|whispering|stimmen|gemurmel|voces|susurros|voix|murmures|vozes"
           r"|murmurios|sussurros|voci|sussurri|bisbigli)")
_WORSE = (r"(?:louder(?! than)|lauter(?! als)|mas alto|mas fuerte|plus fort|mais alto|piu alt\w|piu forte|aumentat\w"
          r"|zugenommen|haufiger"
          r"|talk(?:ing)? about me|(?:reden|sprechen) (?:\w+ ){0,4}uber mich|hablan (?:\w+ ){0,2}de mi|parlent (?:\w+"
          r" ){0,2}de moi|falam (?:\w+ ){0,2}de mim|parlano (?:\w+ ){0,3}di me|comentando|commentary|commenting"
          r"|kommentier\w*|commentent|comentam|commentano|in der dritten person|in the third person)")
_VOICES_WORSE = _VOICES + r"\b[^.!?\n]{0,60}?\b" + _WORSE

# Drinking to empty the head or to sleep.
_COPE_MORE = {
    "en": r"(?:or|otherwise) i (?:cant|cannot|dont|wont) (?:sleep|switch off|stop thinking)",
    "es": r"(?:si no|sino|o si no) no (?:duermo|puedo dormir|desconecto)|pa(?:ra)? no pensar en nada",
    "fr": r"(?:sinon|autrement) je (?:ne )?(?:dors|peux) pas|pour (?:ne plus|pas) penser",
    "de": r"(?:anders|sonst) (?:krieg|kriege|bekomm\w*) ich den kopf nicht (?:leer|frei|aus)|sonst (?:kann ich nicht"
          r" schlafen|schlaf ich nicht)",
    "pt": r"(?:senao|se nao) (?:nao )?(?:durmo|consigo dormir)|pra (?:conseguir )?dormir",
    "it": r"(?:senno|sennò|altrimenti|se no) non (?:dormo|riesco a dormire|stacco)",
}
_FREQ_MORE = {
    "en": r"these days|nowadays|every (?:evening|night) now",
    "es": r"ya no puedo dormir sin|diario|a diario",
    "fr": r"tous les soirs",
    "de": r"inzwischen|mittlerweile",
    "pt": r"todo (?:dia|santo dia)|toda noite",
    "it": r"da quando|ogni sera",
}
_ALCOHOL_MORE = (r"(?:\w*bier|bieren|alk|spritz|caguamas?|chelas?|pisto|six|canas|cubatas|birras?|cachaca|pinga"
                 r"|rose|rouge|biere|binouzes?)")
_DRINKS_N = r"\d+(?:[-/ ]\d+)? (?:spritz|bier\w*|biere|cervezas|caguamas|birre|cervejas|beers|pints|copas|verres|drinks)"

# Belongings given away, and "I don't need them any more".
# (Things in general, not the thing given: "I don't need it any more" of a bike is ordinary.)
_SETTLED_MORE = {
    "en": r"(?:dont|do not|wont) (?:really )?need (?:stuff|things|anything|possessions|material things|my stuff) any ?more",
    "es": r"ya no me hace falta nada|ya no necesito (?:nada|cosas)",
    "fr": r"je nai plus besoin de rien|jai plus besoin de rien",
    "de": r"(?:brauch|brauche) (?:ich )?(?:eh |ja )?nichts mehr|soll (?:sie|er) (?:es |das )?(?:jetzt )?schon haben",
    "pt": r"(?:nao|ja nao) preciso mais de nada",
    "it": r"non mi serve piu (?:niente|nulla)",
}
_GAVE_TO = {
    "en": r"(?:gave|given|giving) (?:away )?(?:my|all my) (?:\w+ ){1,5}?to (?:my|a|the) \w+",
    "es": r"(?:le )?(?:he dado|di|regale|he regalado) (?:la|el|los|las|mi|mis|todos mis|todas mis) (?:\w+ ){1,4}?a"
          r" (?:mi|mis) \w+",
    "fr": r"jai (?:donne|offert) (?:ma|mon|mes|tous mes|toutes mes) (?:\w+ ){1,4}?a (?:ma|mon|mes) \w+",
    "de": r"(?:hab|habe) (?:meiner|meinem|meinen) \w+ (?:\w+ ){1,4}(?:geschenkt|vermacht|gegeben)",
    "pt": r"dei (?:a|o|os|as|minha|meu|minhas|meus) (?:\w+ ){1,4}?(?:ao|a|pro|pra) (?:meu|minha) \w+",
    "it": r"ho (?:dato|regalato) (?:la|il|i|le|mia|mio|miei|mie|tutti i|tutte le) (?:\w+ ){1,4}?a (?:mia|mio|mi[ae]i) \w+",
}

# Only thinking of the blades; the urge back after months without.
_URGE_BLADES = {
    "en": r"(?:all i can think (?:about|of) is|cant stop thinking (?:about|of)|i keep thinking (?:about|of)) the"
          r" (?:\w+ ){0,2}(?:blades?|razors?|sharpener|lighter)",
    "es": r"(?:solo pienso en|no paro de pensar en|no dejo de pensar en) (?:la|las|el|mi|mis) (?:cuchillas?|hojas?|cuter"
          r"|sacapuntas|navajas?)",
    "fr": r"je (?:ne )?pense (?:plus )?qua (?:la|les|ma|mes) (?:lames?|rasoirs?|taille-crayons?|cutter)",
    "de": r"(?:denk|denke) (?:\w+ ){0,3}an (?:die|meine|den|das) (?:rasierklinge\w*|klinge\w*|anspitzer|cutter)",
    "pt": r"(?:so penso|nao paro de pensar|nao consigo parar de pensar) n(?:a|as|o|os) (?:laminas?|giletes?|apontador"
          r"|estilete)",
    "it": r"(?:penso solo|non faccio che pensare|continuo a pensare) (?:alla|alle|al) (?:lametta|lamette|lama|temperino"
          r"|rasoio|taglierino)",
}
_CLEAN_URGE = {
    "en": r"(?:months|weeks) (?:clean|without (?:cutting|self[- ]?harm\w*|hurting myself))[^.!?\n]{0,60}?\b(?:urges?"
          r"|want to|the pull)",
    "es": r"(?:meses|semanas) sin (?:hacerme nada|cortarme|hacerme dano)[^.!?\n]{0,60}?\bganas",
    "fr": r"(?:mois|semaines) sans (?:me couper|me faire du mal|me scarifier)[^.!?\n]{0,60}?\b(?:envie|pulsion)",
    "de": r"(?:monate\w*|wochen) (?:clean|ohne (?:ritzen|mich zu ritzen|mich zu verletzen))[^.!?\n]{0,60}?\b(?:drang"
          r"|lust|will ich)",
    "pt": r"(?:meses|semanas) sem (?:me cortar|me machucar|fazer nada)[^.!?\n]{0,60}?\bvontade",
    "it": r"(?:mesi|settimane) senza (?:tagliarmi|farmi (?:del )?male)[^.!?\n]{0,60}?\bvoglia",
}

# One bar or a coffee a day; no more evening meals; fainting again.
_RESTRICT_MORE = {
    "en": r"(?:down to|only (?:having|eating)|just|living on) (?:one|a|an|the) (?:\w+ ){0,2}(?:bar|apple|coffee|yoghurt"
          r"|yogurt|rice cakes?|crackers?)(?: and (?:a |one )?(?:\w+ ){0,2}(?:coffee|tea|water))? (?:a day|at lunch|per"
          r" day|all day)",
    "es": r"solo (?:un|una) (?:cafe|manzana|yogur|barrita) al dia",
    "fr": r"(?:seulement|juste|que) un cafe (?:le matin|par jour)|je ne mange plus (?:le soir|le midi|rien)",
    "de": r"nur (?:noch )?(?:einen|ein|eine) (?:apfel|kaffee|joghurt|riegel) am tag",
    "pt": r"so (?:um|uma) (?:cafe|maca|iogurte|barrinha) por dia",
    "it": r"solo (?:un|una) (?:caffe|mela|yogurt|barretta) al giorno",
}
_FAINT_AGAIN = (r"(?:fainted|passed out|blacked out|me desmaye|desmaye|me he desmayado|je me suis evanouie?|evanouie?"
                r"|ohnmachtig geworden|umgekippt|desmaiei|svenut[oa]) (?:\w+ ){0,2}(?:twice|again|\d+ times|three times"
                r"|dos veces|otra vez|deux fois|encore|zweimal|schon wieder|duas vezes|de novo|due volte|di nuovo)")

# The height of a bridge or a car park researched again and again; throwing oneself under a train.
_RESEARCH = (r"(?:keep (?:looking up|checking|googling)|(?:been|was|kept|keep) (?:looking up|checking|googling|working"
             r" out|calculating)|calculaba|miraba|buscaba|estuve (?:mirando|buscando|calculando)|no paro de (?:mirar"
             r"|buscar)|je calculais|je regardais|je cherchais|jai calcule|hab\w* (?:\w+ )?(?:nachgeschaut|gegoogelt"
             r"|ausgerechnet|nachgesehen)|schau (?:\w+ )?(?:dauernd|immer wieder) nach|ando a (?:ver|pesquisar|calcular)"
             r"|fico (?:pesquisando|vendo|calculando)|calculava|pesquisei|calcolavo|cercavo|guardavo)")
_HEIGHT_Q = (r"(?:how (?:tall|high)|the height of|que altura|cuanta altura|quelle hauteur|la hauteur|wie hoch|qual a altura"
             r"|quanto (?:e |sia |era )?alt[oa]|quanti metri|how many (?:metres|meters|floors|storeys)|cuantos metros"
             r"|combien de metres|wie viele meter|quantos metros)")
_HIGH_PLACE = (r"(?:bridge|multi ?-?storey|car ?park|building|tower|cliff|roof|puente|edificio|azotea|acantilado|pont"
               r"|immeuble|parking|falaise|toit|\w*brucke|parkhaus|hochhaus|turm|dach|klippe|ponte|predio|viaduto"
               r"|falesia|telhado|palazzo|scogliera|tetto|viadotto)")
# (A driver checking a clearance is no research of a height to fall from.)
_VEHICLE = (r"(?![^.!?\n]{0,60}\b(?:van|lorry|truck|bus|caravan|trailer|camper|furgoneta|camion|autobus|lkw|wohnmobil"
            r"|anhanger|caminhao|carrinha|furgone|tir|quiz|homework|deberes|devoirs|hausaufgabe\w*|compiti)\b)")
_HEIGHT_RESEARCHED = (_VEHICLE + r"(?:" + _RESEARCH + r" (?:\w+ ){0,2}?" + _HEIGHT_Q + r"\b[^.!?\n]{0,60}?\b"
                      + _HIGH_PLACE + r"|" + _HIGH_PLACE + r"\b[^.!?\n]{0,60}?\b" + _RESEARCH + r" (?:\w+ ){0,2}?"
                      + _HEIGHT_Q + r")")
_UNDER_TRAIN = (r"(?:thinking (?:about|of)|pensar em|pensando em|pienso en|pensando en|je pense a|denke (?:daran|an)"
                r"|penso a|pensando di) (?:\w+ ){0,2}?(?:throwing myself|jumping|stepping|atirar-me|me atirar|me jogar"
                r"|tirarme|lanzarme|me jeter|mich|buttarmi|gettarmi) (?:in front of|under|onto the (?:line|tracks)|a frente"
                r" d[oe]|para a frente d[oe]|pra frente d[oe]|debaixo d[oe]|para debaixo d[oe]|a|para a|pra|bajo|delante"
                r" de(?:l)?|a las|sous|devant|sur les|vor|unter|auf die|sotto|davanti a(?:l)?|sui) (?:\w+ ){0,2}?(?:train"
                r"|tracks|comboio|trem|linha|tren|vias|rails|zug|gleise|treno|binari)\b")
# A belt or rope already tied over a hatch or a beam.
_TIED_OVER = {
    "en": r"(?:belt|rope|cord|cable|noose|scarf|flex|lead)(?:s| is)? (?:already |now )?(?:looped|tied|knotted|hung|hanging"
          r"|fixed|fastened|secured) (?:over|round|around|to|from|on) (?:the |a )?(?:loft hatch|hatch|beam|banister"
          r"|bannister|rafter|door|hook|pipe|rail|branch|stair rail)",
    "es": r"(?:ya )?(?:ate|he atado|colgue|amarre|he colgado) (?:la|el) (?:cuerda|soga|cinturon|cable) (?:a|en|de) (?:la|el)"
          r" (?:viga|barandilla|rama|gancho|puerta|trampilla)",
    "fr": r"(?:jai )?(?:attache|accroche|noue|fixe) (?:la|le|ma|mon) (?:corde|ceinture|cable) (?:a|au|sur) (?:la|le|une)"
          r" (?:poutre|rampe|crochet|trappe|branche)",
    "de": r"(?:gurtel|seil|strick|kabel) (?:ist |hangt )?(?:schon )?(?:am|an der|an dem|uber (?:dem|der|den)) (?:balken"
          r"|dachbodenluke|luke|treppengelander|gelander|haken|ast)",
    "pt": r"(?:ja )?(?:amarrei|prendi|pendurei) (?:a|o) (?:corda|cinto|cabo) (?:na|no) (?:viga|caibro|corrimao|galho"
          r"|gancho|alcapao)",
    "it": r"(?:ho )?(?:gia )?(?:legato|fissato|appeso) (?:la|il) (?:corda|cintura|cinghia) (?:alla|al) (?:trave|ringhiera"
          r"|gancio|botola|ramo)",
}

# Pinned by the throat, pushed against something, an object thrown at the face, shut out all night.
_VIOLENCE_MORE = {
    "en": r"(?:had|held|pinned|grabbed|picked) me (?:up )?(?:\w+ ){0,4}by (?:my|the) (?:throat|neck)|(?:pushed|shoved"
          r"|slammed|threw) me (?:up )?against (?:the )?\w+|threw (?:a|the) \w+ (?:at|in) my face|(?:locked|shut|left)"
          r" me out (?:on|in) the (?:balcony|garden|yard|street)",
    "es": r"me (?:agarro|cogio|tenia|sujeto|empujo|estampo) (?:\w+ ){0,4}(?:del|por el) cuello|me (?:empujo|estampo|tiro)"
          r" contra (?:la|el) \w+|me tiro (?:el|un|la|una) \w+ (?:a la|en la) cara|me (?:dejo|encerro) (?:fuera )?en el"
          r" (?:balcon|patio|rellano)",
    "fr": r"ma (?:plaquee?|tenue?|attrapee?|prise?|soulevee?) (?:\w+ ){0,4}(?:par|au) (?:le )?cou|ma (?:poussee?|projetee?"
          r"|balancee?|plaquee?) contre (?:le|la|les|l) ?\w+|ma (?:jete|lance|balance) (?:le|un|la|une) \w+ (?:a la|au)"
          r" (?:figure|visage)|ma (?:enfermee?|laissee?) (?:dehors )?sur le balcon",
    "de": r"(?:hat|hatte) mich (?:\w+ ){0,4}(?:am hals|an der kehle) (?:gepackt|gehalten|gewurgt|gedruckt|hochgehoben)"
          r"|mich (?:gegen|an) (?:die|den|das) \w+ (?:geschubst|gestossen|geschleudert|geworfen|gedruckt)|(?:hat )?mir"
          r" (?:das|den|die|ein|einen|eine) \w+ ins gesicht geworfen|(?:hat )?mich (?:\w+ ){0,3}auf dem balkon"
          r" (?:ausgesperrt|eingesperrt)",
    "pt": r"me (?:agarrou|pegou|prendeu|segurou|encostou|imprensou) (?:\w+ ){0,4}pelo pescoco|me (?:empurrou|jogou|atirou)"
          r" contra (?:a|o) \w+|(?:me )?(?:jogou|atirou) (?:o|um|a|uma) \w+ na (?:minha )?cara|me (?:trancou|deixou)"
          r" (?:fora )?na varanda",
    "it": r"mi ha (?:pres[oa]|afferrat[oa]|tenut[oa]|spint[oa]|sollevat[oa]) (?:\w+ ){0,4}(?:per il|al) collo|mi ha"
          r" (?:spint[oa]|sbattut[oa]|scaraventat[oa]) contro (?:il|la|lo|l|al|alla) ?\w+|mi ha tirato (?:il|un|la|una|lo)"
          r" \w+ in faccia|mi ha chius[oa] fuori (?:sul|in) (?:balcone|terrazzo|giardino)",
}

# Blades or burns found on a child; a small child out on the step at night.
_FOUND = (r"(?:found|find|achei|encontrei|encontre|he encontrado|trouve|jai trouve|gefunden|entdeckt|ho trovato"
          r"|trovato)")
_MY_KID = (r"(?:my|our|mi|mis|mon|ma|mein\w*|unser\w*|do meu|da minha|meu|minha|mio|mia|di mi[ao]|de mi) (?:\w+ )?"
           r"(?:son|daughter|kid|child|boy|girl|hij[oa]|fils|fille|sohn|tochter|kind|filh[oa]|figli[oa]|bambin[oa])s?")
_HARM_OBJ = (r"(?:(?:razor )?blades?|razors?|cigarette burns|cuchillas|hojas de afeitar|quemaduras de cigarr\w+|lames"
             r"|rasoirs|brulures de cigarette|(?:rasier)?klingen|zigarettenverbrennungen|laminas|giletes|queimaduras de"
             r" cigarro|lamette|lame|bruciature di sigaretta)")
_KID_FOUND_HARM = (_FOUND + r"\b[^.!?\n]{0,80}?\b" + _MY_KID + r"\b[^.!?\n]{0,60}?\b" + _HARM_OBJ + r"\b|" + _FOUND
                   + r"\b[^.!?\n]{0,40}?\b" + _HARM_OBJ + r"\b[^.!?\n]{0,60}?\b" + _MY_KID + r"\b")
_KID_OUT_NIGHT = (_KID + r"\b[^.!?\n]{0,60}?\b(?:out on the (?:step|doorstep|landing|street)|locked out|fuera en el"
                  r" (?:rellano|portal)|dehors sur le palier|drau(?:ss|s)en vor der tur|na rua|fuori sul pianerottolo)"
                  r"\b[^.!?\n]{0,60}?\b(?:at \d+ ?(?:pm|am)?|at (?:night|midnight)|a las \d+|de noche|la nuit|a \d+h"
                  r"|nachts|um \d+ uhr|a noite|de madrugada|di notte|alle \d+)")

# On a sea wall "not moving this time"; walking into the water now; blood spurting.
_AT_WATER_EDGE = (r"(?:(?:im |i am )?(?:sat|sitting|standing|stood) on the (?:sea ?wall|harbour wall|pier|breakwater|jetty"
                  r"|cliff edge)|(?:to|tou|estou) na beira (?:da praia|do mar|do rio)|estoy en la orilla|je suis au bord"
                  r" de (?:leau|la mer)|ich (?:steh|stehe|sitz|sitze) (?:am|auf dem) (?:wellenbrecher|steg|deich)"
                  r"|sono sul (?:molo|frangiflutti))")
_NOT_MOVING = (r"(?:im )?not (?:moving|leaving|coming back) this time|this time im not (?:moving|coming back)|esta vez no"
               r" me muevo|cette fois je ne bouge pas|diesmal geh ich nicht weg|dessa vez nao saio|stavolta non mi muovo")
_INTO_WATER = (r"(?:im |i am )?(?:walking|wading|going) (?:into|in(?:to)? the) (?:sea|water|waves|river|lake|canal)"
               r"|(?:me estoy metiendo|estoy entrando) en el (?:mar|agua|rio)|(?:je rentre|jentre|je marche) dans (?:leau"
               r"|la mer|le lac|la riviere)|ich (?:geh|gehe|laufe) (?:jetzt )?(?:ins wasser|ins meer|in den see|in den"
               r" fluss)|(?:agua|mar|praia|rio)\b[^.!?\n]{0,40}?\b(?:vou|to|tou|estou) entrando|(?:sto entrando|entro)"
               r" (?:in acqua|nel mare|nel lago|nel fiume)")
_BLOOD_SPURTS = (r"(?:blood (?:is )?(?:spurting|gushing|pumping|pouring out)|la sangre sale a chorros|le sang (?:gicle|coule"
                 r" a flots)|blut spritzt|(?:o )?sangue (?:jorra|esguicha)|(?:il )?sangue (?:esce|sgorga|zampilla) a"
                 r" fiotti)")
_CUT_BODY = {  # each language its own words: a Spanish cut read by the English lexicon escapes Spanish history guards
    "en": r"(?:i )?cut my " + _BODY,
    "es": r"me (?:corte|he cortado) (?:el|la|los|las) " + _BODY,
    "fr": r"je me suis coupee? (?:le|la|les) " + _BODY,
    "de": r"(?:hab|habe) mir (?:den|die|das) " + _BODY + r" (?:aufgeschnitten|geschnitten)",
    "pt": r"cortei (?:o|a|os|as) " + _BODY,
    "it": r"mi sono tagliat[oa] (?:il|la|le|i|l) ?" + _BODY,
}

# A weapon in the boot or the cellar and "he'll pay"; someone downstairs with a knife.
_WEAPON_MORE = (r"(?:machete|cacadeira|espingarda|luftgewehr|gewehr|escopeta|fusil|fucile|doppietta|pied-de-biche"
                r"|piede di porco|crowbar|brecheisen|cacciavite|screwdriver|destornillador|tournevis|schraubenzieher"
                r"|chave de fenda|claw hammer|peixeira|facao)")
_WEAPON_STORED = (r"(?:in (?:the|my) (?:boot|car|glovebox|van|pocket)|en el (?:maletero|coche|bolsillo)|dans (?:le coffre"
                  r"|la voiture|ma poche)|im (?:kofferraum|auto|keller)|steht (?:noch )?im keller|no (?:carro|porta-malas"
                  r"|bolso)|na mala do carro|nel bagagliaio|in macchina|in tasca|detras de la puerta|lo tengo afilado)")
_PAY_END = r"(?=\s*(?:$|[.,;!?\n]))"
_PAY_FOR_IT = {
    "en": r"(?:hes|he is|shes|she is|theyre|they are) (?:going to|gonna) (?:answer|pay) for (?:what|this|it)\b"
          r"(?! (?:costs?|dinner|lunch|tickets?|drinks?|repairs?))|(?:he|she|they)(?:ll| will) pay for (?:this|it|what"
          r" (?:he|she|they) did)" + _PAY_END,
    "es": r"(?:me )?las va a pagar|(?:el|ella|ese) va a pagar" + _PAY_END + r"|que se entere de lo que es bueno",
    "fr": r"(?:il|elle) va (?:payer|le regretter)" + _PAY_END + r"|(?:il|elle) va me le payer",
    "de": r"(?:der|er|die|sie) wird dafur (?:bezahlen|bussen)" + _PAY_END + r"|das wird (?:er|sie) bereuen|dann knallts",
    "pt": r"(?:ele|ela) vai (?:pagar|se arrepender)" + _PAY_END,
    "it": r"(?:gliela|te la|me la) (?:faccio|faro) pagare|(?:me )?la paghera",
}
_STRIKE_WITH = {
    "en": r"(?:ill|i will|im gonna) (?:put|stick|drive|sink) (?:the|my|a) " + _WEAPON_MORE + r" (?:in|into|through) (?:him"
          r"|her|his|their)",
    "es": r"(?:le|les) (?:meto|clavo|saco|pongo|hundo) (?:el|la|un|una|mi) " + _WEAPON_MORE,
    "fr": r"je (?:lui|leur) (?:plante|enfonce|mets|colle) (?:le|la|un|une|mon|ma) " + _WEAPON_MORE,
    "de": r"(?:ramm|ramme|steck|stecke) ich (?:ihm|ihr) (?:den|das|die|meinen|mein) " + _WEAPON_MORE,
    "pt": r"(?:eu )?(?:enfio|meto|cravo|espeto) (?:a|o|minha|meu) " + _WEAPON_MORE + r" n(?:ele|ela)",
    "it": r"(?:gli|le) (?:pianto|infilo|ficco|caccio) (?:il|lo|la|un|una) " + _WEAPON_MORE,
}
_DOWNSTAIRS_ARMED = {
    "en": r"(?:hes|he is|shes|she is) (?:outside|downstairs|at the door|in the (?:hall|stairwell|car park)) with (?:a|the"
          r"|his|her) (?:knife|gun|bat|machete|hammer|axe)",
    "es": r"(?:esta|estan) (?:abajo|fuera|en el portal|en la puerta) con (?:un|una|el|la) (?:cuchillo|navaja|pistola|bate"
          r"|machete|hacha)",
    "fr": r"(?:il|elle) est (?:en bas(?: de (?:limmeuble|chez moi))?|devant (?:la porte|chez moi)|dans lescalier) avec"
          r" (?:un|une|le|la|son|sa) (?:couteau|arme|batte|flingue|hache|machette)",
    "de": r"(?:er|sie) (?:steht|ist) (?:unten |drau(?:ss|s)en )?(?:unten|vor der tur|vorm haus|im treppenhaus) mit"
          r" (?:einem|einer|dem|der)"
          r" (?:messer|waffe|pistole|baseballschlager|axt)",
    "pt": r"(?:ele|ela) (?:ta|esta) (?:la fora|la embaixo|na porta|no portao) com (?:a|uma|o|um) (?:faca|arma|revolver"
          r"|taco|facao)",
    "it": r"(?:e|sta) (?:sotto casa|giu|fuori|alla porta|davanti al portone) con (?:un|il|una|la) (?:coltello|pistola"
          r"|mazza|machete|accetta)",
}

# A voice ordering to pierce, cut, throw or light.
_VOICE_ORDERS_MORE = {
    "en": r"(?:they|the voices?|it) (?:say|says|tells? me|said) (?:\w+ ){0,3}(?:is when|that) i (?:must |have to |should"
          r" |will )?(?:walk into|jump|drown|hang|cut|burn|stab|throw myself)",
    "es": r"(?:la voz|las voces) (?:me )?(?:dice|dicen|manda|mandan|ordena) (?:que )?(?:me )?(?:clave|pinche|saque|arranque"
          r"|prenda|queme|corte)",
    "fr": r"(?:la voix|les voix) (?:me )?(?:dit|disent|ordonne\w*) (?:de|que je) (?:me )?(?:crever|percer|arracher|bruler"
          r"|allumer|couper)",
    "de": r"(?:die stimme|die stimmen) (?:sagt|sagen|befiehlt|befehlen) (?:mir,? )?(?:ich soll|ich muss) (?:mir )?(?:\w+ ){0,3}"
          r"(?:ausstechen|anzunden|verbrennen|abschneiden)",
    "pt": r"(?:a voz|as vozes|ela|elas) (?:manda|mandam|mandou|diz|dizem) (?:pra |para |que )?(?:eu )?(?:me )?(?:furar"
          r"|cortar|machucar|queimar|arrancar|acender)",
    "it": r"(?:(?:la voce|le voci) )?(?:mi )?(?:dice|dicono|ordina|ordinano) di (?:accendere|bruciare|tagliarmi|cavarmi"
          r"|buttarmi|saltare)",
}

# Heroin or fentanyl used alone; benzodiazepines with beers; G with alcohol.
_OPIOID_MORE = (r"(?:use|using|take|taking|do|doing|shoot|smoke|snort|usar|meter|meterme|tomar|fumar|chutarme|me faire|prendre"
                r"|fumer|sniffer|taper|nehm\w*|konsumier\w*|rauch\w*|spritz\w*|druck\w*|cheirar|injetar|farmi|prendere"
                r"|fumare|usare)\b[^.!?\n]{0,40}?\b(?:fentanyl|fentanil|fentanilo|heroin\w*|heroina|eroina|dhero\w*"
                r"|tramadol\w*|oxycodon\w*|ossicodone|oxicodona|metadona|metadone|methadon\w*)")
_ALONE_MORE = (r"(?:ninguem (?:em|na) casa|nadie en casa|personne a la maison|niemand (?:zu hause|daheim)|nessuno in casa"
               r"|nobody (?:home|at home|in)|(?:je suis|chuis|jsuis) tout seule?|(?:vou|to|tou) usar sozinh[oa])")
_BENZO_MORE = (r"(?:trankimazin\w*|orfidal\w*|lexatin\w*|tranxilium|clonas|clonazepams?|rivotril\w*|(?:mische|nehm\w*)"
               r" (?:\w+ ){0,6}?(?:g|ghb|gbl)\b)")
_AMOUNT_PEN = (r"(?:the whole|all the|todo el|toda la|tout le|toute la|den ganzen|die ganze|a caneta toda|toda a|tutta la"
               r"|tutto il) (?:insulin )?(?:pen|stylo|boligrafo|pluma|caneta|penna|pen de insulina)")
_INJECTED = (r"(?:i )?injected|me (?:inyecte|he inyectado|pinche)|je me suis injectee?|jai injecte|(?:hab|habe) mir"
             r" (?:\w+ ){0,4}gespritzt|(?:me )?injetei|mi sono iniettat[oa]|ho iniettato")
_INSULIN = r"(?:insulin\w*|insuline|novorapid|lantus|humalog|toujeo|levemir|insulina|fiasp|apidra)"

# A friend's goodbye voice message; a train at a clock time and "sorry everyone"; thanks "for everything".
_GOODBYE_NOTE = (r"(?:audio|mensaje|nota de voz|voice ?(?:note|message)|message|vocal|sprachnachricht|mensagem|messaggio)"
                 r" (?:\w+ )?(?:despidiendose|de despedida|saying goodbye|dadieu|pour dire adieu|zum abschied|se"
                 r" despedindo|di addio|per salutar\w+)")
_TRAIN_AT = (r"(?:der|die|das|the|el|le|o|il) (?:re|rb|ice|ic|s-bahn|zug|regio|regionalbahn|train|tren|ter|tgv|trem"
             r"|comboio|treno|freccia\w*|regionale) (?:kommt|fahrt|comes|passes|pasa|passe|arrive|passa|chega) (?:um |at"
             r" |a las |a |as |alle )?\d{1,2}[:.h]\d{2}")
_SORRY_ALL = (r"(?:sry|sorry|tut mir leid|verzeiht mir) an alle|sorry (?:everyone|all|to everyone)|perdon a todos"
              r"|(?:desole|pardon) a tous|desculp\w+ a todos|scusate tutti|scusatemi tutti")
_THANKS_ALL = (r"(?:gracias|obrigad[oa]|merci|thank you|thanks|danke|grazie) (?:\w+ ){0,2}(?:por todo lo que has hecho"
               r"|por tudo ate aqui|por tudo o que (?:fez|fizeste)|davoir essaye avec moi|for trying with me|fur alles,? was"
               r" sie|per tutto quello che)")

# An intrusive image of pushing or drowning someone; photos taken from afar; an ex at the door; a festering wound.
_IMAGE = (r"(?:limage|limmagine|image|picture|flash|thought|imagen|pensamiento|pensee|bild|gedanke|imagem|pensamento"
          r"|immagine|pensiero)s?")
_HARM_VERB_OBJ = (r"(?:soltarl[oa]|ahogarl[oa]|empujarl[oa]|tirarl[oa]|afoga-l[oa]|empurra-l[oa]|spingerl[oa]|annegarl[oa]"
                  r"|(?:pushing|drowning|dropping|pousser|noyer|lacher|stossen|schubsen|ertranken|empujar|ahogar|soltar"
                  r"|empurrar|afogar|spingere|annegare|buttare) (?:\w+ ){0,2}?(?:someone|somebody|him|her|the baby|my"
                  r" baby|a alguien|al bebe|a la bebe|quelquun|le bebe|la bebe|jemanden|das baby|alguem|o bebe|a bebe"
                  r"|qualcuno|il bambino|la bambina|il neonato))")
_INTRUSIVE_PUSH = _IMAGE + r" (?:de |of |di |von |da |do )?(?:\w+ ){0,2}?" + _HARM_VERB_OBJ
_PHOTOS_AFAR = (r"(?:photos?|pictures?|fotos?|foto) (?:\w+ ){0,2}(?:mias|de mi|of me|de moi|von mir|minhas|mie|di me)"
                r" (?:\w+ ){0,3}(?:desde lejos|from (?:a distance|afar)|de loin|aus der ferne|de longe|da lontano)")
_EX_AT_MY_DOOR = (r"(?:aparca|se planta|espera) (?:delante de|frente a|en la puerta de|a la salida de)(?: mi| del)?"
                  r" (?:portal|casa|curro|trabajo)|(?:parks|waits) (?:outside|in front of) my (?:door|house|flat|work)"
                  r"|(?:se gare|attend) devant (?:chez moi|mon immeuble|mon travail)")
_FESTERS = {
    "en": r"(?:oozing pus|full of pus|festering|hot and red|red and hot)",
    "es": r"(?:supura|tiene pus|roja y caliente|caliente y roja)",
    "fr": r"(?:suppure|plein de pus|rouge et chaud\w*|chaud\w* et rouge)",
    "de": r"(?:eitert|ist entzundet|rot und (?:heiss|geschwollen))",
    "pt": r"(?:com pus|supurando|vermelh[oa] e quente)",
    "it": r"(?:fa pus|suppura|rossa e calda|calda e rossa)",
}
_FEVER_NOW = {
    "en": r"(?:ive got|i have|got) (?:a )?(?:fever|temperature) (?:now|too)",
    "es": r"(?:ahora )?(?:tengo|tambien tengo) fiebre",
    "fr": r"(?:jai|et) (?:aussi |maintenant )?de la fievre",
    "de": r"(?:hab|habe) (?:jetzt )?(?:auch )?fieber",
    "pt": r"(?:to|estou|tou) com febre",
    "it": r"(?:ho|ora ho) (?:anche )?la febbre",
}

# Affairs settled before a goodbye: papers in a folder, a pet placed "for longer", debts paid back, a plan cancelled,
# a message for each friend, letters for the children, the bank password left; saying goodbye to people.
_CLAUSE_END = r"(?=\s*(?:$|[.,;:!?\n]| and | e | y | et | und ))"
_OCCASION = (r"(?![^.!?\n]{0,40}\b(?:birthday|christmas|cumple\w*|navidad|anniversaire|noel|geburtstag|weihnacht\w*"
             r"|aniversario|natal|compleanno|natale|wedding|boda|mariage|hochzeit|casamento|matrimonio|at work|new job"
             r"|party|trabajo|fiesta|travail|fete|arbeit|feier|trabalho|festa|lavoro)\b)")
_AFFAIRS = (r"(?:cat|dog|katze|hund|gato|perro|chat|chien|cachorro|gatta|gatto|cane)\b[^.!?\n]{0,60}?\b(?:fur langer"
            r"|for good|for longer|para siempre|pour de bon|para sempre|per sempre|fur immer)"
            r"|(?:he )?transferido a (?:mi|\w+) \w+ lo que tenia ahorrado|transferred (?:all )?my savings"
            r"|(?:(?:a |one )?(?:message|letter|note) for each of my|un mensaje para cada uno de mis|un message pour chacun"
            r" de mes|eine nachricht fur jede\w*|uma mensagem para cada um dos meus|un messaggio per ognuno dei miei)"
            r" \w+" + _CLAUSE_END + _OCCASION +
            r"|(?:cartas|letters|lettres|briefe|lettere) (?:\w+ ){0,2}(?:pros|para os|para as|for|to|pour|an|per|ai|alle|a)"
            r" (?:meus|minhas|my|mes|meine|miei|mie|mis) (?:filhos|kids|children|enfants|kinder|figli|hijos)" + _CLAUSE_END
            + _OCCASION +
            r"|(?:left|deixei|he dejado|deje|jai laisse|hinterlassen|ho lasciato) (?:\w+ ){0,2}(?:the |a |la |le |il )?"
            r"(?:bank )?(?:password|pin|senha do banco|contrasena del banco|code de (?:la )?(?:banque|carte)|pin der bank"
            r"|password della banca)"
            r"|(?:(?:im )?saying goodbye to (?:some )?people|me estoy despidiendo de (?:la )?gente|je dis au revoir a (?:des"
            r"|quelques) (?:gens|personnes)|verabschiede mich von (?:ein paar )?leuten|(?:to|estou|tou) me despedindo de"
            r" (?:umas |algumas )?pessoas|sto salutando (?:alcune )?persone)" + _OCCASION)
_SORTED_DONT_WORRY = (r"(?:keine sorgen|dont worry|no te preocupes|ne tinquiete pas|ne vous inquietez pas|nao se preocupe"
                      r"|nao te preocupes|non preoccuparti|non si preoccupi|mussen sich keine sorgen machen)[^.!?\n]{0,40}?"
                      r"(?:alles geregelt|sorted everything|everything(?:s| is) sorted|todo (?:esta )?arreglado|tout est"
                      r" regle|tudo (?:esta )?resolvido|tutto (?:e )?sistemato)")
_NOBODY_CAN_SAY = (r"(?:nobody|no one) (?:can|will be able to|could) say i didnt say goodbye|nessuno potra dire che non"
                   r" ho salutato|nadie podra decir que no me despedi|personne ne pourra dire que je nai pas dit au revoir"
                   r"|niemand kann sagen,? ich hatte mich nicht verabschiedet|ninguem vai poder dizer que (?:eu )?nao me"
                   r" despedi")
# A voice ordering to purify with fire; the hose on and the garage door shut; a friend who does not answer.
_PURIFY = (r"(?:(?:tengo|tienes) que|i (?:have|need) to|je dois|ich muss|tenho que|devo) (?:\w+ ){0,2}?(?:limpiar\w*"
           r"|purificar\w*|cleanse|purify|purifier|reinigen|limpar|purificar\w*|purificarl[oa]|purificare) (?:\w+ )?"
           r"(?:con fuego|with fire|par le feu|mit feuer|com fogo|col fuoco)?")
_HOSE_ON = (r"(?:the )?hose(?:s| is)? (?:attached|connected|on the exhaust|in the window)|schlauch ist (?:dran|drauf"
            r"|angeschlossen)|(?:la )?manguera"
            r" (?:ya )?(?:esta )?(?:puesta|conectada)|le tuyau est (?:branche|en place|mis)|a mangueira (?:ja )?(?:esta|ta)"
            r" (?:ligada|colocada|conectada)|il tubo e (?:gia )?(?:attaccato|collegato)")
_DOOR_SHUT_NOW = (r"(?:in (?:die|der) garage|into the garage|en el garaje|dans le garage|na garagem|in garage|(?:ich )?mach"
                  r" (?:jetzt )?die tur zu|closing the (?:garage )?door now|cierro la puerta|je ferme la porte"
                  r"|fecho a porta|chiudo la porta)")
_LEAN_LET_GO = (r"(?:leaning|lean) (?:over|out)[^.!?\n]{0,60}?\beasy to let go|(?:je )?me penche[^.!?\n]{0,60}?\bfacile"
                r" de lacher|me asomo[^.!?\n]{0,60}?\bfacil soltarme|lehne mich[^.!?\n]{0,60}?\bleicht,? loszulassen"
                r"|me debruco[^.!?\n]{0,60}?\bfacil (?:me )?soltar|mi sporgo[^.!?\n]{0,60}?\bfacile mollare")
_NO_ANSWER = (r"(?:isnt|is not|not) (?:answering|picking up)|no (?:me )?coge el (?:movil|telefono)|no contesta|ne repond"
              r" (?:pas|plus)|geht nicht (?:mehr )?ans (?:handy|telefon)|nao atende|non risponde")

for _code in _LANGS:
    _p = PARTS[_code]
    _p["death"] = [_NOT_WAKE[_code], _NOT_BOTHER_LONG[_code]]
    _p["indirect"] = [_BETTER_WITH_OTHER[_code]]
    _p["voices_worse"] = [_VOICES_WORSE]
    _p["cope"] = [_COPE_MORE[_code]]
    _p["frequency"] = [_FREQ_MORE[_code]]
    _p["alcohol"] = [_ALCOHOL_MORE]
    _p["amount"] = [_DRINKS_N, _AMOUNT_PEN]
    _p["settled"] = [_SETTLED_MORE[_code]]
    _p["give_away"] = [_GAVE_TO[_code]]
    _p["prep"] = [_AFFAIRS]
    _p["engine_running"] = [_HOSE_ON]
    _p["enclosed"] = [_DOOR_SHUT_NOW]
    _p["unreachable"] = [_NO_ANSWER]
    _p["self_harm_urge"] = [_URGE_BLADES[_code], _CLEAN_URGE[_code]]
    _p["restriction"] = [_RESTRICT_MORE[_code]]
    _p["ed_effect"] = [_FAINT_AGAIN]
    _p["lethal_means"] = [_HEIGHT_RESEARCHED, _UNDER_TRAIN, _TIED_OVER[_code]]
    _p["violence_me"] = [_VIOLENCE_MORE[_code]]
    _p["child_harm"] = [_KID_FOUND_HARM, _KID_OUT_NIGHT]
    _p["at_place"] = [_AT_WATER_EDGE]
    _p["intent"] = [_NOT_MOVING, _LEAN_LET_GO]
    _p["under_way"] = [_INTO_WATER, _BLOOD_SPURTS]
    _p["self_harm"] = [_CUT_BODY[_code]]
    _p["weapon"] = [_WEAPON_MORE]
    _p["access"] = [_WEAPON_STORED]
    _p["threat"] = [_PAY_FOR_IT[_code], _STRIKE_WITH[_code]]
    _p["under_threat_now"] = [_DOWNSTAIRS_ARMED[_code]]
    _p["command"] = [_VOICE_ORDERS_MORE[_code], _PURIFY]
    _p["opioid_use"] = [_OPIOID_MORE]
    _p["alone"] = [_ALONE_MORE]
    _p["depressant"] = [_BENZO_MORE]
    _p["pills"] = [_INSULIN, r"clonas|clonazepams?|trankimazin\w*"]
    _p["taken"] = [_INJECTED]
    _p["message_goodbye"] = [_GOODBYE_NOTE]
    _p["train_due"] = [_TRAIN_AT]
    _p["farewell"] = [_SORRY_ALL, _THANKS_ALL, _SORTED_DONT_WORRY, _NOBODY_CAN_SAY]
    _p["harm_thought"] = [_INTRUSIVE_PUSH]
    _p["danger_me"] = [_PHOTOS_AFAR, _EX_AT_MY_DOOR]
    _p["wound_bad"] = [_FESTERS[_code]]
    _p["care_avoided"] = [_FEVER_NOW[_code]]
