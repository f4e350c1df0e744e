"""Italian parts of own risk told indirectly or by what is in the hands (standard, Roman, northern forms)."""

from __future__ import annotations

from alliance.safety.lexicon.own_risk.common import gap as _gap

_IT_HOLY = (r"(?:dio|il signore|signore|il buon dio|il padreterno|padreterno|gesu|gesu cristo|cristo"
            r"|la madonna|madonna|la vergine|la santa vergine|maria vergine|il cielo|quello lassu|lassu"
            r"|san \w+|santa \w+|santantonio|il padre eterno)")
_IT_PRAY = (r"(?:prego|pregando|ho pregato|chiedo|chiedendo|supplico|spero|sperando|aspetto|aspettando"
            r"|sto aspettando|attendo|attendendo|vorrei|magari|non vedo lora|non vedo lora che)")
_IT_TAKE_ME = (r"(?:(?:che|di|a|ora|presto|finalmente|venga a|si decida a|mi) )*(?:mi (?:prenda|prende"
               r"|prendesse|porti|porta|portasse|chiami|chiama|chiamasse|accolga|venga a prendere"
               r"|faccia morire|lasci andare|lasci morire)|prendermi|portarmi (?:via|con se)|chiamarmi"
               r"|venirmi a prendere|venga a prendermi|si ricordi di me|si ricordasse di me"
               r"|si ricordera di me|si decida a prendermi)(?! (?:per mano|a messa|in chiesa|a casa"
               r"|al lavoro)\b)")
_IT_ENDED = r"(?= *(?:$|[.!?,;:]| e\b| ormai\b| ma\b| adesso\b| dottoressa\b| dottore\b))"
_IT_THEM = (r"(?:(?:i |le |la |il )?(?:miei|mie|mia|mio|nostri|nostra) (?:\w+ )?(?:figli|figlie|figlio"
            r"|figlia|nipoti|famiglia|moglie|marito|genitori|ragazzi)|loro|tutti)")
_IT_WOULD = (r"(?:starebbero|starebbe|vivrebbero|vivrebbe|sarebbero|sarebbe|andrebbe|andrebbero"
             r"|se la caverebbero|si troverebbero|avrebbero|avrebbe|respirerebbero|potrebbero|potrebbe)")
_IT_EASIER = (r"(?:meglio|piu tranquill[ie]|tranquill[ie]|piu liber[ie]|liber[ie]|sollevat[ie]"
              r"|piu sollevat[ie]|in pace|piu sereni|sereni|piu leggeri|una vita piu (?:facile|semplice"
              r"|leggera|serena)|meno (?:pensieri|spese|problemi|preoccupazioni)|bene)")
_IT_NOT_ME = (r"(?:senza di me|senza me|senza dover(?:e)? (?:\w+ ){0,3}(?:me|di me|per me|con me)"
              r"|se (?:io )?non ci fossi(?: piu)?|se (?:io )?(?:morissi|sparissi|me ne andassi per sempre"
              r"|non esistessi|mancassi)|quando non ci saro piu|quando (?:io )?(?:me ne saro andat[oa]"
              r"|saro mort[oa]|manchero)|liberi di me|liberati di me)(?! (?:in vacanza|per lavoro"
              r"|qualche giorno|una settimana|per un po|questo|questa|domani|stasera|nel|nella|nei|in|al"
              r"|alla|a|\w+ando|\w+endo)\b)")
_IT_GONE = (r"(?:io )?(?:non ci fossi(?: piu)?|morissi|sparissi|mancassi"
            r"|non esistessi(?: piu)?)(?! (?:in vacanza|per lavoro|qualche giorno|una settimana|per un po"
            r"|domani)\b)")
_IT_KIN = (r"(?:i |le |la |il )?(?:miei|mie|mia|mio) (?:\w+ )?(?:figli|figlie|figlio|figlia|nipoti|famiglia"
           r"|moglie|marito|ragazzi|bambini|genitori|pupi|regazzini)")
_IT_MANAGE = (r"(?:se la caverebbero|se la caverebbe|ce la farebbero|ce la farebbe|starebbero bene"
              r"|starebbe bene|andrebbero avanti|andrebbe avanti|si arrangerebbero|si arrangerebbe"
              r"|sopravviverebbero|sarebbero a posto)")
_IT_HOLD = (r"(?:ho tenuto|tenevo|tengo|ho avuto|avevo|ho|ho preso|prendo|prendevo|porto|portavo"
            r"|ho tirato fuori|tiro fuori|stringevo|ho stretto|stringo|giravo|giro|(?:sono stat[oa]"
            r"|sono rimast[oa]|ho passato)(?: \w+){0,3} con)")
_IT_TOOL = (r"(?:(?:la|una|il|un|le|mia|le mie|lo) )?(?:lametta|lamette|lametta del rasoio"
            r"|lamette del rasoio|lama|lame|rasoio|taglierino|bisturi|coccio di vetro"
            r"|pezzo di vetro)")
_IT_ON_ME = (r"(?:in mano|nella mano|nelle mani|in tasca|nella tasca|nello zaino|nel portafoglio|addosso"
             r"|con me|sulla pelle|contro la pelle|sul braccio|sul polso|per (?:mezzora|mezza ora|un ora"
             r"|unora|ore|un bel po|tanto tempo|\w+ minuti)|tutto il giorno|tutta la (?:sera|notte|giornata)"
             r"|(?:due|tre|piu) volte(?: oggi| ieri| stanotte)?)")
_IT_NOT_CRAFT = (r"(?![^.!?\n]{0,60}\b(?:barba|radermi|rasarmi|depil\w*|cucin\w*|verdur\w*|cipoll\w*|carne"
                 r"|pane|cartone|pacco|lavoro|bricolage)\b)")
_IT_IDIOM = (r"(?:(?:mi ammazzo|mi sto ammazzando|mi ammazzavo) di (?:lavoro|studio|fatica)|(?:mi"
             r"|me) (?:ammazza|uccide|ammazzera|uccidera|fara morire|sta ammazzando|sta uccidendo|fa morire"
             r"|fa schiattare|portera alla tomba)|ammazzatemi|ammazzateme|uccidetemi|sparatemi"
             r"|muoio di (?:stress|fatica|noia))")
_IT_WELCOME = (r"(?:(?:e )?(?:sinceramente |onestamente |a dire il vero |in fondo |sotto sotto |pero "
               r"|ultimamente )*(?:non mi (?:dispiacerebbe|spiacerebbe)(?: neanche| nemmeno| mica)?"
               r"|mi (?:farebbe|farebbe quasi) (?:comodo|un favore|piacere)|(?:sarebbe"
               r"|sarebbe quasi) (?:un sollievo|una liberazione|un favore)|magari (?:fosse|sarebbe"
               r"|succedesse) (?:vero|cosi|davvero)|(?:penso|credo|spero) (?:che )?magari (?:fosse|sia) vero"
               r"|(?:nun|non) scherzo piu|non (?:sto|lo dico) (?:piu )?(?:scherzando|per scherzo|per ridere)"
               r"|lo dico (?:sul serio|davvero)))")
_IT_CLAUSE_END = (r"(?= *(?:$|[.!?,;:)]| (?:neanche|nemmeno|mica|davvero|sul serio|tanto|piu|ahah\w*"
                  r"|ormai)\b))(?! ?,? (?:che|se|quando|di)\b)")
_IT_KILL_DENIED = (r"(?:non (?:e che )?(?:voglio|vorrei|vado a|ho intenzione di|penso di) (?:ammazzarmi"
                   r"|uccidermi|suicidarmi|morire|farla finita|farmi niente)|non mi (?:voglio"
                   r"|vado a) (?:ammazzare|uccidere))")
_IT_OPIOID = (r"(?:l|dell|nell|all|sull)?(?:eroina|ero|fentanil\w*|ossicodone|oxycontin|morfina|metadone"
              r"|tramadolo|codeina|oppioidi|oppiacei)")
_IT_USE = (r"(?:mi sono fatt[oa]|mi faccio|mi facevo|farmi|mi sono bucat[oa]|mi buco|bucarmi|ho fumato|fumo"
           r"|ho sniffato|sniffo|ho preso|prendo|uso|ho usato|mi sono iniettat[oa]|mi inietto"
           r"|mi sono calat[oa])")
_IT_PETS = r"(?![^\n]{0,80}\b(?:cane|cagnolino|gatto|gattino|cucciolo|animale|veterinari\w*|cavallo)\b)"
_IT_ILL = (r"(?![^\n]{0,100}(?:\b|\bl|\bdell|\ball|\bnell|\bun)(?:influenza|virus|covid|vomit\w*"
           r"|gastroenterite|operazione|intervento|ramadan|digiuno|colonscopia|dentista|chemio)\b)")
_IT_JUMP = (r"(?:buttarmi|mi butto|mi buttassi|gettarmi|mi getto|lanciarmi|mi lancio|saltare|salto"
            r"|mi lascio cadere|lasciarmi cadere)")
_IT_EDGE = (r"(?:sono|so|sto|mi trovo|mo so|mo sto)(?: \w+){0,2}? (?:sul|sulla|sur|sulla"
            r"|in) (?:bordo del(?:la)? banchina|bordo dei binari|balcone|terrazzo|davanzale|finestra|tetto)")
PARTS: dict[str, list[str]] = {
    # Drinking for hours, beside a sedative (NICE CG115)
    "alcohol": [
        r"(?:sto bevendo|bevo|ho bevuto) (?:da (?:stamattina|stamani|ore|oggi pomeriggio|mezzogiorno"
        r"|ieri sera)|tanto|troppo|parecchio|un sacco)",
    ],
    # Belongings cleared so that no one has to later (AAS: putting affairs in order)
    "prep": [
        r"(?:meno (?:roba|cose)|niente) da (?:sistemare|buttare|svuotare|smaltire) per (?:nessuno|gli altri"
        r"|la mia famiglia|i miei figli|loro)(?: \w+){0,2} (?:dopo|poi|quando non ci saro)\b",
    ],
    # A last thank-you that sums up the help, as the end of the message
    "farewell": [
        r"grazie (?:di|per) tutto(?: quello che ha fatto(?: per me)?)?(?: (?:davvero|dottoressa|dottore"
        r"|sul serio))*(?= *(?:$|[.!]))",
        r"ha fatto la differenza nella mia vita",
    ],
    "time_soon": [r"(?:tra|fra) (?:un|uno) (?:minuto|secondo|attimo)"],
    # The jump said as the speaker's own act now (with a place of danger, imminent).
    "intent": [
        r"(?:mi butto|mi lancio|mi getto|salto|mo me butto|me butto)(?= *(?:$|[.!?,;:]| giu| adesso| ora"
        r"| subito))",
    ],
    # The urge or the thoughts back: told as now, so a history beside it does not make it the past.
    "time_recent": [
        r"(?:la voglia|le voglie|il bisogno|limpulso|gli impulsi|la tentazione"
        r"|i pensieri)(?: \w+){0,8} (?:e |sono )?(?:tornata|tornato|tornati|tornate|ritornata|torna|tornano"
        r"|riaffiora|ricomincia)\b",
    ],
    # A religious or passive wish (asking or waiting to be taken, a life lived to its end), burden.
    "indirect": [
        _IT_PRAY + _gap(8) + _IT_HOLY + _gap(4) + _IT_TAKE_ME,
        _IT_PRAY + r" (?:che |di )?(?:mi (?:prenda|porti via|chiami)|prendermi)(?: \w+){0,2} " + _IT_HOLY,
        r"(?:ho (?:gia )?vissuto|abbiamo vissuto) (?:tutto )?(?:quello|quel|cio) che (?:dovevo|avevo da"
        r"|potevo|mi toccava|era da) vivere(?! (?:a|in|con|qui|li|la|da|al|nel|nella)\b)",
        r"ho (?:gia )?vissuto (?:abbastanza|la mia vita|i miei anni|anche troppo)" + _IT_ENDED,
        r"(?:sarebbe|e|sara) (?:\w+ ){0,2}(?:piu facile|meglio|un sollievo|piu semplice)(?: per (?:tutti|me"
        r"|loro))? (?:semplicemente |solo )?(?:non svegliarmi(?: piu)?|non risvegliarmi"
        r"|addormentarmi e non svegliarmi|non esistere|non esserci piu)(?! (?:presto|alle|in tempo)\b)",
        r"se (?:non mi svegliassi|non mi risvegliassi)(?: piu)?(?: \w+){0,3},? (?:\w+ ){0,3}(?:sarebbe"
        r"|era) (?:\w+ )?(?:piu facile|meglio|un sollievo)",
        r"(?:" + _IT_THEM + r"(?: \w+){0,3}? )?" + _IT_WOULD + r"(?: \w+){0,3}? " + _IT_EASIER
        + r"(?: \w+){0,3}? "
        + _IT_NOT_ME,
        r"(?:senza di me|se non ci fossi(?: piu)?)(?: \w+){0,3}? " + _IT_WOULD + r"(?: \w+){0,2}? "
        + _IT_EASIER,
        r"se " + _IT_GONE + _gap(6) + _IT_KIN + r" " + _IT_MANAGE,
        _IT_KIN + r" " + _IT_MANAGE + r"(?: \w+){0,3} se " + _IT_GONE,
    ],
    # Burden told as cost: a risk factor that composes with the rest (Joiner 2005).
    "hopeless": [
        r"(?:sono|ormai sono) (?:solo |soltanto |ormai )?(?:un peso|un costo|una spesa|un fardello"
        r"|di peso)(?: per (?:loro|la mia famiglia|i miei figli|tutti))?",
        r"(?:gli|le) costo (?:troppo|un sacco|una fortuna|un patrimonio|tanti soldi)",
        r"(?:nun|non) ce la faccio (?:piu|pi)",
    ],
    # The instrument held or kept on them, the urge back, the blades stared at (NICE NG225).
    "self_harm_urge": [
        _IT_HOLD + r"(?: \w+){0,2}? " + _IT_TOOL + r"(?: \w+){0,4}? " + _IT_ON_ME + _IT_NOT_CRAFT,
        r"(?:bruciarmi|bruciare|bruciature?)\b[^\n]{0,150}?\b(?:lo|la) (?:tengo|porto|ho|tenevo"
        r"|portavo) (?:\w+ ){0,2}(?:in tasca|addosso|con me|in mano|tutto il giorno)",
        r"(?:la voglia|le voglie|il bisogno|limpulso|gli impulsi|la tentazione)(?: di (?:tagliarmi|bruciarmi"
        r"|farmi del male|farmi male|ferirmi|graffiarmi|autolesionarmi)(?: \w+){0,4})? (?:e "
        r"|sono )?(?:tornata|tornato|tornati|tornate|ritornata|torna|tornano|si fa sentire|riaffiora"
        r"|ricomincia)",
        r"(?:mi ritrovo|mi sorprendo|mi scopro|resto) a (?:guardare|fissare) (?:\w+ ){0,2}(?:le |la |il "
        r"|i )?(?:lamette|lametta|lame|rasoio|rasoi|taglierino)",
    ],
    # Self-harm told as recent, whatever the spelling.
    "self_harm": [
        r"(?:ieri|stanotte|stamattina|oggi|di nuovo|ancora|unaltra volta|un altra volta|stasera"
        r"|ieri sera) (?:\w+ ){0,2}(?:autolesion\w*|mi sono (?:di nuovo |ancora )?autolesionat[oa])",
        r"(?:autolesion\w*|mi sono autolesionat[oa])(?: \w+){0,3} (?:ieri|stanotte|di nuovo|ancora|stavolta)",
    ],
    # At an edge now: a ledge, the far side of a railing, a platform edge beside a jump or a train.
    "at_place": [
        r"(?:sono|so|sto|mi trovo|ora sono|mo so|mo sto|adesso sono|seduto|seduta|in piedi|salito|salita"
        r"|arrivat[oa])(?: \w+)? (?:sul|sur|sulla|sullo|in cima al|in cima alla|sul bordo del(?:la)?"
        r"|sur bordo der|sul ciglio del(?:la)?) (?:cornicione|parapetto|bordo del tetto|bordo der tetto"
        r"|ciglio)\b",
        r"(?:sono|so|sto|mi trovo|seduto|seduta|in piedi)(?: \w+)? (?:oltre|fuori dalla|fuori dal"
        r"|al di la della|dallaltra parte della|dall altra parte della) (?:ringhiera|balaustra|parapetto"
        r"|recinzione)",
        r"(?:sono|so|sto|mi trovo|mo so|mo sto) (?:sur|ar) (?:ponte|viadotto|cavalcavia|tetto"
        r"|cornicione)\b(?! (?:a |ad )?(?:aspett\w*|fare foto|fotograf\w*|passeggi\w*|in coda|in macchina"
        r"|nel traffico|bloccat[oa]|con (?:gli amici|la famiglia|il cane))\b)",
        _IT_JUMP + r"[^\n]{0,200}?\b(?P<at>" + _IT_EDGE + r")",
        _IT_EDGE + r"(?=[^\n]{0,200}\b" + _IT_JUMP + r")",
    ],
    # Not wanting to be here after denying a plan; a death idiom followed by a wish that it came true.
    "death": [
        r"(?:non|neanche|nemmeno|neppure) (?:voglio|vorrei) (?:neanche |nemmeno |piu )?(?:vivere|esistere"
        r"|esserci|stare al mondo|continuare a vivere)(?= *(?:$|[.!?,;:]| (?:piu|cosi|neanche|nemmeno"
        r"|ormai)\b))",
        _IT_KILL_DENIED + _gap(6) + r"(?P<at>(?:ma |pero )?(?:non|neanche|nemmeno|neppure) (?:voglio"
                                    r"|vorrei) (?:neanche |nemmeno |piu )?(?:stare qui|restare qui"
                                    r"|rimanere qui|restare|stare al mondo|esserci|andare avanti|continuare"
                                    r"|vivere)(?: (?:piu|neanche|nemmeno|cosi))*)",
        _IT_IDIOM + _gap(14) + r"(?P<at>" + _IT_WELCOME + r")" + _IT_CLAUSE_END,
        r"(?:magari|potessi|vorrei|spero di|che potessi|se potessi|mi piacerebbe) (?:\w+ ){0,2}(?:morir(?:e"
        r"|ci|mi)|crepare)(?: \w+){0,2} (?:davvero|sul serio|per davvero)(?: e finirla(?: li| qui"
        r"| una volta per tutte)?)?",
    ],
    # The lethal dose asked, not for an animal (C-SSRS: method research).
    "lethal_means": [
        # a beam or a hook tested for the weight (C-SSRS: preparatory acts)
        r"(?:guardato|controllato|provato|verificato) (?:\w+ ){0,3}(?:quale|se la|se il) (?:trave|gancio"
        r"|ramo|ringhiera|tubo|albero)(?: \w+){0,2} (?:regge|reggerebbe|tiene|terrebbe) (?:il mio peso)?",
        r"(?:la |qual e la |che |una )?(?:dose|quantita) (?:\w+ ){0,5}(?:e |sarebbe |diventa "
        r"|risulta )?(?:letale|mortale|fatale|che uccide)" + _IT_PETS,
        r"quant[ie] (?:\w+ ){0,4}(?:servirebbero|servono|ci vogliono|ci vorrebbero|bastano"
        r"|basterebbero) (?:\w+ ){0,2}per (?:morire|non svegliarsi|non svegliarmi|non risvegliarsi"
        r"|ammazzarsi|ammazzarmi|uccidersi|uccidermi|farla finita)" + _IT_PETS,
    ],
    # An ingestion with the amount apart from the noun: the verb is the part.
    "taken": [
        r"(?:ho preso|ho ingoiato|ho mandato giu|ho buttato giu|mi sono pres[oa]"
        r"|mi sono calat[oa])(?= (?:circa|tipo|quasi|piu di|almeno|una) (?:\d+|venti|trenta|quaranta"
        r"|cinquanta|ventina|trentina|quarantina|cinquantina|decina)\b)",
    ],
    # The amount, told before the noun it counts.
    "amount": [
        r"(?:(?:circa|tipo|quasi|piu di|almeno) (?:[1-9]\d|\d{3}|venti|trenta|quaranta|cinquanta)"
        r"|una (?:ventina|trentina|quarantina|cinquantina|decina))(?= (?:\w+ ){0,4}(?:di|delle|dei|pastiglie"
        r"|pillole|compresse|pasticche)\b)",
    ],
    # Laxatives at several times the dose or before a weigh-in (NICE NG69).
    "purging": [
        r"(?:\d+|due|tre|quattro|cinque|il doppio|il triplo) (?:volte )?(?:della "
        r"|la )?dose(?: \w+){0,3} (?:di )?(?:lassativi|lassativo|diuretici|dulcolax|purganti)",
        r"(?:lassativ[oi]|diuretici|purganti)(?: \w+){0,5} (?:prima d\w* |per )(?:ogni |la |il "
        r"|le )?(?:pesata|pesate|pesarmi|peso|gara|gare|incontro|match|rientrare nella categoria"
        r"|fare il peso)",
    ],
    # Days without eating, not through an illness or a fast.
    "restriction": [
        r"non (?:mangio|ho mangiato|mangiavo|tocco cibo)(?: niente| nulla| quasi niente| quasi nulla| bene"
        r"| decentemente)?(?: \w+){0,2} da (?:(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci"
        r"|diversi|parecchi) giorni|laltro ieri|ieri laltro|avantieri)" + _IT_ILL,
        r"(?:\d+|due|tre|quattro|cinque) giorni senza mangiare" + _IT_ILL,
    ],
    # Opioids used by the speaker, not as prescribed (WHO 2014).
    "opioid_use": [
        _IT_USE + r"(?: \w+){0,3}? " + _IT_OPIOID + r"\b(?![^\n]{0,80}\b(?:prescritt\w*|ricetta|cerott\w*"
        r"|palliativ\w*)\b)",
        r"(?:mi sono fatt[oa]|mi faccio|mi sono iniettat[oa])(?=[^\n]{0,100}\b" + _IT_OPIOID + r"\b)",
        r"(?:mi sono bucat[oa]|mi buco|bucarmi|mi sono fatt[oa] una pera|farmi una pera)",
    ],
    # No one there to call for help.
    "alone": [
        r"(?:da sol[oa]|tutto solo|tutta sola|da soli|senza nessuno|non ce nessuno(?: in casa)?"
        r"|nessuno in casa|(?:il mio|la mia|i miei|le mie) (?:\w+ )?(?:coinquilin[oaie]|genitori|famiglia"
        r"|ragazz[oa]|compagn[oa]|moglie|marito) (?:e|sono) (?:via|partit[oaie]|fuori|in vacanza"
        r"|andat[oaie] via)|chius[oa] (?:a chiave )?in (?:camera|bagno|macchina)|senza naloxone"
        r"|senza narcan)",
    ],
    # Signs of an opioid overdose: breathing slow or hard, lips blue, limbs numb, nodding off.
    "breathing": [
        r"(?:respiro|respira) (?:a fatica|male|piano piano|pianissimo|con fatica|a stento)",
        r"(?:non riesco|faccio fatica|fatico) a respirare",
        r"(?:il )?respiro (?:e )?(?:lento|strano|pesante|corto)",
        r"labbra (?:blu|viola|livide)",
        r"non sento piu (?:le gambe|le braccia|le mani|la faccia)",
        r"(?:non riesco|faccio fatica) a (?:stare svegli[oa]|tenere gli occhi aperti)",
    ],
}
