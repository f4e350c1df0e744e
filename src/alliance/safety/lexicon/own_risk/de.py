"""German parts of own risk told indirectly or by what is in the hands (German, Austrian and Swiss forms)."""

from __future__ import annotations

from alliance.safety.lexicon.own_risk.common import gap as _gap

_DE_HOLY = (r"(?:gott|herrgott|herrgot|der (?:liebe )?gott|lieber gott|der herr|der liebe herrgott"
            r"|der herrgott|unser herrgott|herr ?jesus|jesus|die (?:heilige )?(?:mutter ?gottes"
            r"|jungfrau(?: maria)?|maria)|muttergottes|gottesmutter|der himmel|petrus|der himmelvater"
            r"|der heiland|der allmachtige)")
_DE_WISH = (r"(?:warte|wart|warten|hoffe|hoff|hoffen|bete|bet|beten|wunsche|wunsch|sehne mich|bitte|bitt"
            r"|flehe|wart i|wart ich|hoff i|bet i)")
_DE_TAKE = (r"(?:holt|holen|hole|holte|zu sich (?:holt|nimmt|ruft|holen|nehmen|rufen)|zu sich|mitnimmt"
            r"|mitnehmen|abholt|abholen|heimholt|heimholen|erlost|erlosen|ruft|abberuft|heimruft)")
_DE_ME = r"(?:mich|mi|mir)"
_DE_ENDED = r"(?= *(?:$|[.!?,;:]| und\b| jetzt\b| also\b| aber\b| ich\b| i\b))"
_DE_EASIER = (r"(?:leichter|besser|einfacher|ruhiger|freier|entspannter|besser dran|erleichtert|glucklicher"
              r"|unbeschwerter|sorgenfreier|ein leichteres leben|weniger (?:sorgen|kosten|last|stress)"
              r"|mehr geld)")
_DE_THEM = (r"(?:(?:meine|mei|unsere|die) (?:\w+ )?(?:kinder|familie|frau|tochter|sohne|enkel|eltern|leute)"
            r"|(?:mein|unser) (?:\w+ )?(?:mann|sohn)|alle|sie|jeder)")
_DE_WOULD = r"(?:hatte|hatten|ware|waren|wurde|wurden|ginge|gings|konnte|konnten|hatts|warn|war)"
_DE_NOT_ME = (r"(?:ohne mich|ohne mi|wenn (?:ich|i) (?:nicht mehr|nimmer|weg) (?:da )?(?:ware|war|bin|waer)"
              r"|wenn (?:ich|i) tot (?:ware|war)|wenn es mich nicht (?:mehr )?gabe)(?! (?:zu|zum|zur|fur|in"
              r"|im|am|auf|unterwegs|beim|bei)\b)")
_DE_GONE = (r"(?:ich|i) (?:nicht mehr|nimmer|nimma) (?:da|hier|am leben|auf der welt) (?:ware|war|waer|bin"
            r"|sei)(?![^\n]{0,80}\b(?:urlaub|verreist|reise|kur|reha|klinik|krankenhaus|umzug)\b)")
_DE_KIN = (r"(?:meine|mei|die|unsere) (?:\w+ )?(?:kinder|familie|frau|tochter|sohne|buben|enkel|enkelkinder"
           r"|eltern|kids|madels|goofen)")
_DE_MANAGE = (r"(?:\w+ ){0,3}(?:zurechtkommen|zurecht|klarkommen|klar|durchkommen|es schaffen|uberleben"
              r"|ihr leben meistern)")
_DE_HOLD = (r"(?:hatte|hab|habe|hielt|halte|halt|trage|trag|hatt|nehm|nehme|nahm|hol|hole|holte|umklammere"
            r"|umklammert|starre|starrte)")
_DE_TOOL = (r"(?:(?:die|eine|meine|der|das|ne|mei) )?(?:klinge|klingen|rasierklinge|rasierklingen"
            r"|cuttermesser|teppichmesser|skalpell|scherbe|glasscherbe|spitzerklinge|anspitzerklinge)")
_DE_ON_ME = (r"(?:in der hand|in die hand|in meiner hand|in den handen|in der (?:hosen|jacken)?tasche"
             r"|in meiner (?:hosen|jacken)?tasche|bei mir|dabei|an der haut|auf der haut|am arm"
             r"|(?:eine )?(?:halbe |ganze )?stunde lang|stundenlang|minutenlang|den ganzen (?:tag|abend)"
             r"|die ganze nacht|(?:zweimal|dreimal|mehrmals) (?:\w+ )?(?:in der hand|heute|gestern))")
_DE_NOT_CRAFT = (r"(?![^.!?\n]{0,60}\b(?:rasier\w*|bart|basteln|bastel\w*|karton\w*|paket\w*|bei der arbeit"
                 r"|auf der arbeit|werkstatt)\b)")
_DE_IDIOM = (r"(?:(?:bringt|bringen|bringst) mich (?:noch |echt |irgendwann |wirklich |sicher )*um|(?:wird"
             r"|werden) mich (?:noch )?umbringen|(?:ich )?arbeite mich (?:noch )?zu tode|(?:das|der"
             r"|die) (?:\w+ )?(?:ist|wird) (?:noch )?mein tod|sterbe (?:noch )?vor (?:stress|langeweile"
             r"|mudigkeit))")
_DE_WELCOME = (r"(?:(?:und )?(?:ehrlich gesagt |ehrlich |ganz ehrlich |offen gesagt |insgeheim |eigentlich "
               r"|im grunde |mittlerweile |langsam |inzwischen )*(?:(?:war|ware|wars"
               r"|wares) (?:mir )?(?:\w+ ){0,3}(?:recht|egal|ganz recht|nur recht|eine erleichterung"
               r"|nicht so schlimm|nicht das schlimmste)|(?:hatte|hatt) (?:ich |i )?nichts dagegen|(?:wurde"
               r"|wurd) mich nicht storen|(?:wurde|wurd) mir nichts ausmachen"
               r"|(?:ich )?mein(?:e)? das (?:langsam |inzwischen |mittlerweile )?(?:ernst|wirklich)|(?:ist"
               r"|ists) (?:kein|nicht mehr (?:nur )?ein) (?:witz|spass|scherz)))")
_DE_CLAUSE_END = (r"(?= *(?:$|[.!?,;:)]| (?:ehrlich|wirklich|echt|langsam|inzwischen|mittlerweile|sogar"
                  r"|eigentlich|schon|mehr)\b))(?! ?,? (?:wenn|dass|falls|ob|zu)\b)")
_DE_KILL_DENIED = (r"(?:(?:ich )?(?:will|werde|mochte|mag|wott) mich (?:nicht|net|ned|nid) (?:umbringen"
                   r"|toten|umbringe)|(?:ich )?(?:will|mochte) (?:nicht|net|ned) sterben"
                   r"|(?:ich )?bring mich (?:nicht|net|ned) um)")
_DE_OPIOID = (r"(?:heroin|h|fentanyl|fenta|fentanylpflaster|oxycodon|oxy|morphin|methadon|tramadol|tilidin"
              r"|codein|opioide?|opiate?|subutex|pola|polamidon)")
_DE_USE = (r"(?:druck\w*|gedruckt|spritz\w*|gespritzt|ballern|ballere|geballert|konsumier\w*|nehme|nehm"
           r"|genommen|rauche|geraucht|ziehe|gezogen|reingezogen|reingehauen|gesetzt|drauf)")
_DE_PETS = r"(?![^\n]{0,80}\b(?:hund|hundin|katze|kater|tier|welpe|tierarzt|kaninchen|pferd)\b)"
_DE_ILL = (r"(?![^\n]{0,100}\b(?:magen-?darm|grippe|virus|corona|covid|erbrochen|kotz\w*|operation|op|fasten"
           r"|ramadan|darmspiegelung|zahnarzt|chemo)\b)")
_DE_JUMP = (r"(?:springen|spring|springe|werf|werfe|werfen|mich (?:vor|runter|hinunter|fallen)|fallen lassen"
            r"|runterspringen|vor den zug|vor die (?:bahn|u-?bahn|s-?bahn))")
_DE_EDGE = (r"(?:stehe|steh|sitze|sitz|hocke|bin|bi|stoh|hock) (?:ich "
            r"|i )?(?:\w+ ){0,3}(?:an der bahnsteigkante|am bahnsteigrand|an der kante|auf dem balkon"
            r"|auf m balkon|aufm balkon|uf em balkon|am fenster|auf dem dach|aufm dach)")
PARTS: dict[str, list[str]] = {
    # The whole pack or a number taken, the verb last: the word that starts the act is the part
    "taken": [
        r"(?P<at>hab|habe|hob|ha|han)(?= (?:\w+ ){0,3}(?:die ganze|alle|ne ganze|eine ganze|den ganzen"
        r"|so \d+|ungefahr \d+|\d{2,3}|zwanzig|dreissig|vierzig)\b(?: \w+){0,9}? (?:genommen|geschluckt"
        r"|eingeworfen|gnommen|gschluckt|runtergeschluckt)\b)",
    ],
    # Belongings cleared so that no one has to later (AAS: putting affairs in order)
    "prep": [
        r"(?:weniger|nichts),? (?:was|das) (?:jemand|die anderen|meine familie|meine kinder|keiner"
        r"|wer) (?:nachher|hinterher|spater|danach) (?:\w+ ){0,2}(?:aufraumen|ausraumen|wegwerfen"
        r"|sortieren) (?:muss|mussen)\b",
    ],
    # A last thank-you that sums up the help, as the end of the message
    "farewell": [
        r"(?:danke|merci|vielen dank) fur alles(?: (?:wirklich|frau doktor|herr doktor))*(?= *(?:$|[.!]))",
        r"(?:sie haben|du hast) (?:wirklich )?(?:einen )?unterschied in meinem leben gemacht",
    ],
    # The jump said as the speaker's own act now (with a place of danger, imminent).
    "intent": [
        r"(?:ich |i )?(?:spring|springe|werf mich|werfe mich|lass mich fallen)(?: jetzt| gleich| ich"
        r"| i)?(?= *(?:$|[.!?,;:]))",
    ],
    # The urge or the thoughts back: told as now, so a history beside it does not make it the past.
    "time_recent": [
        r"(?:der drang|das verlangen|die lust|der impuls|das bedurfnis|der druck"
        r"|die gedanken)(?: \w+){0,8} (?:wieder da|wieder zuruck|kommt wieder|kommen wieder|kommt zuruck"
        r"|meldet sich wieder)\b",
    ],
    # A religious or passive wish (asking or waiting to be taken, a life lived to its end), burden.
    "indirect": [
        _DE_WISH + _gap(8) + r"(?:dass|das|damit) " + _DE_ME + r" (?:\w+ )?" + _DE_HOLY
        + r" (?:\w+ ){0,3}" + _DE_TAKE,
        _DE_WISH + _gap(8) + r"(?:dass|das|damit) " + _DE_HOLY + r" (?:\w+ )?" + _DE_ME
        + r" (?:\w+ ){0,3}" + _DE_TAKE,
        r"(?:bitte|bitt|bete|flehe|anflehe) (?:\w+ ){0,4}" + _DE_HOLY + _gap(5) + _DE_ME
        + r" (?:endlich |bald |doch )?"
        r"(?:zu holen|zu sich zu (?:holen|nehmen)|mitzunehmen|abzuholen|heimzuholen|zu erlosen)",
        r"(?:warte|wart|warten) (?:\w+ ){0,3}(?:nur noch|nur mehr|blos noch|bloss noch|eigentlich nur"
        r"|nur) (?:\w+ )?(?:auf den tod|aufs sterben|auf das sterben|auf mein ende|auf das ende|aufs ende"
        r"|auf den sensenmann)",
        r"(?:hab|habe|hob) (?:mein leben |alles )?(?:gelebt|erlebt),? was (?:ich|i) (?:zu leben|erleben"
        r"|leben|zu erleben) (?:hatte|musste|sollte|hatt)",
        r"(?:hab|habe|hob) (?:genug|alles) (?:gelebt|erlebt)" + _DE_ENDED,
        r"(?:ware|wars|es ware) (?:\w+ ){0,2}(?:einfacher|leichter|besser"
        r"|eine erleichterung),? (?:einfach )?(?:nicht mehr|nimmer|nie mehr|nie wieder) aufzuwachen",
        r"(?:" + _DE_THEM + r"(?: \w+){0,3}? )?" + _DE_WOULD + r" (?:es )?(?:\w+ ){0,3}?" + _DE_NOT_ME
        + r" (?:\w+ ){0,3}?" + _DE_EASIER + r"(?! (?:beim|bei|im|am|in|mit|zum|zur|auf)\b)",
        r"(?:" + _DE_THEM + r"(?: \w+){0,3}? )?" + _DE_WOULD + r" (?:es )?(?:\w+ ){0,3}?" + _DE_EASIER
        + r"(?: \w+){0,3}? " + _DE_NOT_ME,
        r"(?:wenn|falls) " + _DE_GONE + _gap(6) + r"(?:wurden|wurde|wurdn|kamen|kame|konnten|konnte) "
        + _DE_KIN
        + r" " + _DE_MANAGE,
        r"(?:wurden|kamen|wurde|kame|konnten) " + _DE_KIN + r" " + _DE_MANAGE + r",? (?:wenn|falls) "
        + _DE_GONE,
        r"(?:kamen|kame|wurden) " + _DE_KIN + r" (?:\w+ )?ohne mich (?:\w+ )?(?:zurecht|klar|durch)",
    ],
    # Burden told as cost: a risk factor that composes with the rest (Joiner 2005).
    "hopeless": [
        r"(?:ich )?(?:koste|kost) (?:\w+ )?(?:nur|bloss|blos|nichts als|eh nur) (?:geld|nerven|kraft)",
        r"(?:ich bin|bin) (?:nur (?:noch )?|bloss )(?:eine last|ein kostenfaktor|eine belastung|ballast"
        r"|ein klotz am bein)",
    ],
    # The instrument held or kept on them, the urge back, the blades stared at (NICE NG225).
    "self_harm_urge": [
        _DE_HOLD + r"(?: \w+){0,2}? " + _DE_TOOL + r"(?: \w+){0,4}? " + _DE_ON_ME + _DE_NOT_CRAFT,
        r"(?:verbrennen|verbrenne|brennen|verbrennt|brandwunden)\b[^\n]{0,150}?\b(?:trag|trage|hab|habe|halt"
        r"|halte) (?:es|ihn|das feuerzeug|mein feuerzeug) (?:\w+ ){0,3}(?:in der tasche|bei mir|dabei"
        r"|in der hand|den ganzen tag)",
        r"(?:der drang|das verlangen|die lust|der impuls|das bedurfnis|der druck)(?:,? mich zu (?:ritzen"
        r"|schneiden|verletzen|verbrennen)| (?:mich )?zu (?:ritzen|schneiden|verletzen"
        r"|verbrennen)) (?:\w+ ){0,2}(?:ist |sind )?(?:wieder da|wieder zuruck|zuruck|kommt wieder"
        r"|kommt zuruck|wird (?:wieder )?starker|meldet sich wieder)",
        r"(?:starre|starr|schaue|schau|guck|gucke) (?:\w+ ){0,3}(?:die |meine )?(?:klingen|klinge"
        r"|rasierklingen|rasierklinge)(?: \w+){0,3} an",
    ],
    # At an edge now: a ledge, the far side of a railing, a platform edge beside a jump or a train.
    "at_place": [
        r"(?:stehe|steh|sitze|sitz|hocke|hock|bin|bi|stoh) (?:ich |i )?(?:\w+ ){0,3}(?:auf dem|aufm|auf m"
        r"|uf em|uf de|am) (?:sims|fenstersims|mauervorsprung|dachrand|dachkante|balkongelander)",
        r"(?:auf der anderen seite|ausserhalb|hinter) (?:des|dem|vom) (?:gelanders|gelander|gelaender"
        r"|brustung)",
        r"(?:uber (?:das|s)|ubers) (?:gelander|balkongelander|brustung) (?:geklettert|gestiegen)",
        _DE_JUMP + r"[^\n]{0,200}?\b(?P<at>" + _DE_EDGE + r")",
        _DE_EDGE + r"(?=[^\n]{0,200}\b" + _DE_JUMP + r")",
    ],
    # Not wanting to be here after denying a plan; a death idiom followed by a wish that it came true.
    "death": [
        r"(?:will|mochte|mag|wott|wu) (?:\w+ ){0,2}(?:auch )?(?:nicht mehr|nimmer|nimma|ned mehr|nid meh"
        r"|nit mehr) (?:leben|weiterleben|existieren|auf der welt sein)",
        _DE_KILL_DENIED + _gap(6) + r"(?P<at>(?:aber )?(?:ich )?(?:will|mochte|mag"
                                    r"|wott) (?:\w+ ){0,2}(?:auch )?(?:nicht mehr|nimmer|nimma|ned mehr"
                                    r"|nid meh|nit mehr|auch nicht) (?:hier sein|da sein|leben|weiterleben"
                                    r"|existieren|auf der welt sein|weitermachen|hier bleiben))",
        _DE_IDIOM + _gap(12) + r"(?P<at>" + _DE_WELCOME + r")" + _DE_CLAUSE_END,
    ],
    # The lethal dose asked, not for an animal (C-SSRS: method research).
    "lethal_means": [
        # a beam or a hook tested for the weight (C-SSRS: preparatory acts)
        r"(?:angeschaut|angesehen|geschaut|getestet|ausprobiert|gecheckt|nachgeschaut"
        r"|uberpruft),? (?:welcher|welche|ob der|ob die|ob das) (?:\w+ )?(?:balken|dachbalken|haken|ast"
        r"|gelander|rohr|baum)(?: \w+){0,2} (?:halt|tragt|halten wurde|tragen wurde|aushalt)",
        r"(?:todliche|letale) (?:dosis|menge)" + _DE_PETS,
        r"(?:welche|wie viel|wieviel) (?:dosis|menge)(?: \w+){0,5} (?:ist|ware|wird) (?:todlich"
        r"|letal)" + _DE_PETS,
        r"(?:ab wann|ab wie ?viel(?:en)?|wie ?viele?)(?: \w+){0,6} (?:todlich|letal|stirbt man)" + _DE_PETS,
        r"(?:wie ?viele?|welche menge)(?: \w+){0,6} (?:braucht|brauchte|muss|musste|reicht|reichen) (?:man"
        r"|es|ich)(?: \w+){0,3},? um (?:zu sterben|nicht mehr aufzuwachen|tot zu sein)" + _DE_PETS,
    ],
    # The amount, told before the noun it counts.
    "amount": [
        r"(?:so|etwa|ungefahr|circa|ca|fast|knapp|uber|mindestens|bestimmt) (?:[1-9]\d|\d{3}|zwanzig"
        r"|dreissig|vierzig|funfzig)(?= (?:\w+ ){0,4}(?:von|stuck|tabletten|pillen|kapseln)\b)",
    ],
    # Laxatives at several times the dose or before a weigh-in (NICE NG69).
    "purging": [
        r"(?:doppelte|dreifache|vierfache|(?:\d+|zwei|drei|vier)-?fache) (?:dosis|menge)(?: \w+){0,3} (?:an "
        r"|von )?(?:abfuhrmittel\w*|abfuhrtabletten|dulcolax|entwasserungstabletten)",
        r"abfuhr(?:mittel|tabletten|tee)\w*(?: \w+){0,5} (?:vor (?:jedem|dem|dem nachsten|jeder) (?:wiegen"
        r"|wiegetermin|wettkampf|kampf)|um (?:das|mein) gewicht zu (?:machen|halten|schaffen)|zum abnehmen)",
    ],
    # Days without eating, not through an illness or a fast.
    "restriction": [
        r"(?:seit|sit) (?:vorgestern|(?:\d+|zwei|drei|vier|funf|sechs|sieben|mehreren|ein paar) tagen"
        r"|tagen) (?:\w+ ){0,3}(?:nichts|nix|kaum was|kaum etwas"
        r"|nichts richtiges) (?:mehr )?gegessen" + _DE_ILL,
        r"(?:nichts|nix|kaum was|kaum etwas|nichts richtiges) (?:mehr )?gegessen,? seit (?:vorgestern|(?:\d+"
        r"|zwei|drei|vier|funf|mehreren) tagen|tagen)" + _DE_ILL,
    ],
    # Opioids used by the speaker, not as prescribed (WHO 2014).
    "opioid_use": [
        _DE_USE + r"(?: \w+){0,3}? " + _DE_OPIOID
        + r"\b(?![^\n]{0,80}\b(?:verschrieben|rezept|arzt hat|pflaster"
        r"|palliativ\w*)\b)",
        _DE_OPIOID + r"(?: \w+){0,3}? (?:gedruckt|gespritzt|geballert|genommen|geraucht|gezogen|konsumiert"
                     r"|reingezogen)\b(?![^\n]{0,80}\b(?:verschrieben|rezept|pflaster|palliativ\w*)\b)",
    ],
    # No one there to call for help.
    "alone": [
        r"(?:allein|alleine|ganz allein|ohne (?:jemanden|wen)|niemand (?:da|hier|zuhause|zu hause|daheim"
        r"|bei mir)|keiner (?:da|hier|daheim)|(?:meine?|mei) (?:\w+ )?(?:mitbewohner\w*|wg|eltern|freundin"
        r"|freund|frau|mann|familie) (?:ist|sind) (?:weg|verreist|nicht da|im urlaub|ausgezogen)|eingesperrt"
        r"|abgeschlossen im (?:zimmer|bad|auto)|ohne naloxon)",
    ],
    # Signs of an opioid overdose: breathing slow or hard, lips blue, limbs numb, nodding off.
    "breathing": [
        r"(?:kann|krieg|kriege|bekomm|bekomme) (?:kaum|keine|schlecht|nicht mehr|kaum noch) (?:luft|atmen)",
        r"(?:atme|atmung|atem) (?:\w+ )?(?:ganz )?(?:langsam|flach|schwer|komisch|rasselnd|kaum)",
        r"(?:lippen|lippe) (?:sind |werden |wird )?(?:blau|lila)",
        r"spur(?:e)? (?:meine )?(?:beine|arme|hande) (?:nicht mehr|kaum noch|nimmer)",
        r"kann (?:mich )?(?:kaum|nicht mehr) wach halten",
    ],
}
