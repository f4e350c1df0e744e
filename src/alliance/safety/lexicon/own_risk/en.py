"""English parts of own risk told indirectly or by what is in the hands (British, American, Scots, Irish)."""

from __future__ import annotations

from alliance.safety.lexicon.own_risk.common import gap as _gap

_EN_HOLY = (r"(?:god|the (?:good |dear |sweet )?lord|(?:sweet |dear )?jesus|christ|the almighty|the (?:man"
            r"|big man|one) upstairs|(?:him|he) upstairs|my maker|our (?:blessed )?lady"
            r"|the (?:blessed )?virgin(?: mary)?|mother mary|mary|our father|the angels|allah)")
_EN_PRAY = (r"(?:pray|prays|prayed|praying|ask|asks|asked|asking|beg|begs|begged|begging|plead|pleading"
            r"|pleaded|hope|hoped|hoping|wish|wished|wishing|wait|waiting|waited|long|longing|ready for"
            r"|just want)")
_EN_TAKE_ME = (r"(?:(?:will|would|to|could|might|should|just|finally|please|soon|comes? to) )*(?:take|takes"
               r"|took|taking|call|calls|called|calling|fetch|fetches|collect|collects|gather|gathers|bring"
               r"|brings|come for|comes for|came for|coming for) me(?= *(?:$|[.!?,;:]| (?:home|soon|now"
               r"|tonight|in my sleep|with (?:him|her|them)|to (?:be with|heaven|him|her)|away|already"
               r"|quickly|first|before|and|too|as well|please|lord|god|peacefully|at last|one day|instead"
               r"|hen|love|dear|pet)\b))")
_EN_ENDED = r"(?= *(?:$|[.!?,;:]| and\b| now\b| so\b| but\b| i\b| nothing\b| really\b| already\b| anyway\b))"
_EN_THEM = (r"(?:they|theyd|theyll|everyone|everybody|everyoned|people|my (?:\w+ )?(?:family|wife|husband"
            r"|partner|kids|children|parents|mum|mom|mam|ma|dad|da|son|daughter|sons|daughters|grandchildren"
            r"|grandkids|sister|brother|siblings|carers?|folks|lot)|the (?:kids|family|children|weans"
            r"|bairns))")
_EN_EASIER = (r"(?:better|happier|calmer|freer|free|lighter|easier|richer|simpler|less (?:stressed|worried"
              r"|burdened|tied down|skint)|more (?:relaxed|free|money)|at peace|relieved|fine|ok|okay"
              r"|alright|better off)")
_EN_NOT_ME = (r"(?:without me|without having to (?:\w+ ){0,3}(?:me|for me|after me|about me)|without (?:me"
              r"|my (?:\w+ )?(?:care|bills|needs)) (?:around|here|to (?:worry|look|care|pay)\w*)"
              r"|if i (?:was |were |wasnt |werent )?(?:gone|dead|not here|not around|no longer (?:here"
              r"|around)|out of the (?:picture|way)|didnt exist)|once im gone|when im gone|with me gone"
              r"|with me out of the way)(?! (?:for|while|when|during|on|this|next|at|until|till|tonight"
              r"|today|tomorrow|to|in the|at the)\b)(?! (?!dragging|holding|weighing|pulling|ruining"
              r"|bothering|being|messing|getting in)\w+ing\b)")
_EN_GONE = (r"(?:was |were |wasnt |werent |am |m )?(?:gone|dead|not here|not around|no longer (?:here"
            r"|around)|(?:not )?(?:here|around) any ?more)(?! (?:for|next|this|on|tomorrow|tonight|today|at"
            r"|in|while|during)\b)")
_EN_CLOSE = (r"(?:my|the|our) (?:\w+ )?(?:kids|children|family|wife|husband|partner|son|daughter"
             r"|grandchildren|grandkids|parents|mum|mom|dad|boys|girls|wee ones|weans|bairns)")
_EN_COPE = (r"(?:be (?:ok|okay|alright|all right|fine|better off|looked after|happy)|manage|cope|get by"
            r"|make it|be able to cope|get on|carry on|be better)")
_EN_HOLD = (r"(?:had|held|hold|holding|kept|keep|keeping|carry|carrying|carried|got|took out|take out"
            r"|taking out|sat with|sitting with|pressed|pressing|stared at|staring at|playing with"
            r"|fiddling with)")
_EN_TOOL = (r"(?:(?:the|a|my|an|that|me) )?(?:(?:old|new|spare|little|same) )?(?:blade(?! of)|blades(?! of)"
            r"|razor ?blades?|razors?|sharpener(?: blade)?|scalpel|stanley knife|box ?cutter|craft knife"
            r"|shard|piece of glass|bit of glass|compass)")
_EN_ON_ME = (r"(?:in (?:my|me|the) (?:hand|hands|palm|fist|pocket|pockets|bag|sleeve|wallet|purse|bra|sock"
             r"|pencil case|phone case)|on me|with me|against my (?:skin|arm|wrist|leg|thigh|stomach)"
             r"|to my (?:skin|arm|wrist|leg|thigh)|for (?:an hour|half an hour|ages|hours|(?:\d+|ten|twenty"
             r"|thirty|forty) (?:minutes|mins|hours))|all (?:day|night|evening|morning)|(?:twice|three times"
             r"|again|(?:a )?(?:few|couple of) times) (?:today|tonight|this (?:morning|evening|week)"
             r"|last night))")
_EN_NOT_CRAFT = (r"(?![^.!?\n]{0,60}\b(?:shav\w*|beard|skates?|skating|mower|saw|sword|fencing|hockey"
                 r"|craft\w*|cardboard|box(?:es)?|parcel|art class|model|diy|wallpaper|lino|carpet|sculpt\w*"
                 r"|at work|for work|on shift)\b)")
_EN_IDIOM = (r"(?:(?:will|gonna|going to|is going to|is gonna|is|are|keeps?|could|might) (?:\w+ )?(?:kill"
             r"|killing|finish|finishing) me|be the death of me|(?:work|working|worked|drink|drinking|worry"
             r"|worrying|stress|stressing) (?:my ?self|me) (?:in)?to death|dying (?:of|from) (?:boredom"
             r"|stress|exhaustion|overwork)|(?:just )?(?:kill|shoot) me now)")
_EN_WELCOME = (r"(?:(?:and )?(?:honestly |tbh |to be honest |truthfully |frankly |part of me thinks "
               r"|i think |ngl )?(?:that|it|which|thatd|itd)(?: honestly| really| actually| almost"
               r"| probably)? (?:would|might|could|d)?(?: honestly| really| actually| almost"
               r"| probably)? ?(?:suit me|be fine (?:by|with) me|be a relief|be ok(?:ay)? (?:by|with) me"
               r"|not be (?:so |that |such a )?(?:bad|terrible)|not be the worst|be (?:a "
               r"|kind of a )?(?:mercy|blessing)|be welcome)|i (?:wouldnt|would not|dont think id|dont"
               r"|wont) (?:really |even |honestly )?mind(?: that| it| if it did)?|(?:part of me|i kind of"
               r"|i almost|i half|honestly i|i sort of|i secretly|im kind of|im half) (?:hopes?|hoping"
               r"|wants?|wishes|wish) (?:it (?:does|would|will|did)|so|it to|it was true|they (?:would|will)"
               r"|someone (?:will|would))|good riddance|fine by me|bring it on|(?:it )?cant come soon enough"
               r"|the sooner the better|id welcome it|(?:maybe|perhaps) (?:thats|that would be"
               r"|itd be) (?:for the best|better|what i want)|(?:im|i am) (?:not|no longer) (?:joking"
               r"|kidding)|i (?:actually|really) mean it)")
_EN_IF_IT = r"if it(?: \w+)? (?:did|does|happened|happens|came true|was true|were true)"
_EN_CLAUSE_END = (r"(?= *(?:$|[.!?,;:)]| (?:tbh|honestly|really|tho|though|anymore|at all|either|lol|haha"
                  r"|to be honest|these days|lately|now|" + _EN_IF_IT + r")\b))"
                  r"(?! ?,? (?:if|that|when|to)\b(?!" + _EN_IF_IT[2:] + r"))")
# "I don't want to kill myself, but...": what follows the denial.
_EN_KILL_DENIED = (r"(?:i )?(?:dont|do not|wouldnt|would not|wont|im not going to|not going to"
                   r"|dont really) (?:want to |wanna |plan to )?(?:kill|hurt|top|off|end) (?:my ?self|it all"
                   r"|my life)")
_EN_OPIOID = (r"(?:heroin|smack|gear|brown|dope|fent(?:anyl)?|fenty|oxys?|oxycodone|oxycontin|percs?"
              r"|percocets?|m30s?|blues|morphine|methadone|opiates?|opioids?|nitazenes?|tranq|codeine"
              r"|tramadol)")
_EN_USE = (r"(?:used|using|use|took|take|taking|shot up|shooting up|injected|injecting|smoked|smoking"
           r"|snorted|snorting|did|doing|had|having|popped|popping|banged|banging|fixed|fixing|chased"
           r"|chasing)")
_EN_JUMP = (r"(?:(?:jump|jumping)(?! (?:in|into|on|at|up|around|over|out of bed|the queue|the gun|ship|rope"
            r"|for joy)\b)|throw my ?self (?:off|over|down)|step off|let (?:my ?self )?go\b"
            r"|let my ?self fall)")
_EN_EDGE = (r"(?:im|i am|am|now|already|just)(?: \w+){0,2}? (?:out |outside )?(?:on|at|by) (?:the "
            r"|my )?(?:balcony|window|roof|edge of the platform|platform edge|edge of the roof)")
_EN_PETS = r"(?![^\n]{0,80}\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|vet)\b)"
_EN_ILL = (r"(?![^\n]{0,100}\b(?:bug|flu|virus|covid|vomiting|food poisoning|surgery|operation|procedure"
           r"|colonoscopy|fasting|ramadan|lent|wisdom teeth|dentist|chemo)\b)")
PARTS: dict[str, list[str]] = {
    # Belongings cleared so that no one has to later (AAS: putting affairs in order)
    "prep": [
        r"(?:less|nothing|fewer things|not much|no mess) (?:left )?for (?:anyone|anybody|them"
        r"|my (?:\w+ )?(?:family|kids|mum|mom|dad|sister|brother)|people|whoever) to (?:sort|clear|deal with"
        r"|go through|tidy|pack) (?:\w+ ){0,2}(?:afterwards|after|later|when im gone|once im gone)\b",
    ],
    # A last thank-you that sums up the help, as the end of the message
    "farewell": [
        r"(?:thank you|thanks|cheers|ta) (?:so much )?for (?:trying|everything|all of it"
        r"|putting up with me)(?: with me| for me|, really| really)?(?= *(?:$|[.!]))",
        r"(?:you|youve) (?:really )?made a (?:real |huge |big )?difference (?:in|to) my life",
    ],
    # The jump said as the speaker's own act now (with a place of danger, imminent).
    "intent": [
        r"(?:im (?:going to |gonna )?|i am (?:going to )?|ill )(?:jump|jumping|throw my ?self|step off"
        r"|let go)\b(?! (?:in|into|on|off the (?:diving|high) board|rope|the queue|at the chance|ship)\b)",
    ],
    # The urge or the thoughts back: told as now, so a history beside it does not make it the past.
    "time_recent": [
        r"(?:urges?|itch|craving|cravings|temptation|thoughts?|need|pull|desire)(?: \w+){0,8} (?:is |are "
        r"|has |have )?(?:back|came back|comes back|coming back|returned|returning|creeping back)\b",
    ],
    # A religious or passive wish (asking or waiting to be taken, a life lived to its end), burden.
    "indirect": [
        _EN_PRAY + _gap(8) + _EN_HOLY + _gap(4) + _EN_TAKE_ME,
        r"(?:until|till|for the day|for when|the day) " + _EN_HOLY + r" " + _EN_TAKE_ME,
        r"(?:ive|i have|i|weve|we have) (?:already |now |just )?(?:lived|had|done|seen) (?:all |everything "
        r"|what |all that )(?:i (?:had|was meant|needed|wanted|came|was supposed|was given) to (?:live|do"
        r"|see)|there is to (?:live|see|do)|life had to give)" + _EN_ENDED,
        r"(?:easier|better|simpler|kinder|nicer|a relief|more peaceful|best)(?: for (?:everyone|everybody|me"
        r"|them|all|us))?(?: just)? (?:to (?:just |simply )?(?:not|never) (?:wake up|wake(?! up)|exist"
        r"|be here|be alive|be around)|if i (?:just |simply )?(?:didnt|did not|never|wouldnt) (?:wake up"
        r"|wake|exist)|if i (?:just )?(?:wasnt|werent|was not|were not) (?:here|around|alive)"
        r"|to (?:just )?(?:go to sleep|fall asleep|sleep) (?:and|n) (?:not|never) wake(?: up)?)(?! (?:the"
        r"|him|her|them|my|anyone|everyone|early|at|for|so early|before|on time|in time|every)\b)",
        # would be better off (the speaker gone), or are better off now without them around
        r"(?:" + _EN_THEM
        + r"(?: \w+){0,2}? (?:would|will|d|ll|could|might)|theyd|theyll|everyoned|everyonell)"
        r"(?: \w+){0,3}? " + _EN_EASIER + r"(?: off)?(?: \w+){0,3}? " + _EN_NOT_ME,
        _EN_THEM + r" (?:are|is|re|s)(?: \w+){0,2}? (?:better off|better|happier|fine|ok"
                   r"|okay) without me(?! \w+ing\b)(?! (?:for|while|when|during|on|this|next|at|until|till"
                   r"|tonight|today|tomorrow|to|in the|at the)\b)",
        r"if i " + _EN_GONE + _gap(6) + r"(?:would|will|could) " + _EN_CLOSE + r" " + _EN_COPE,
        r"(?:would|will|could) " + _EN_CLOSE + r" " + _EN_COPE + r"(?: \w+){0,3} if i " + _EN_GONE,
    ],
    # At an edge now: a ledge, the far side of a railing, a platform edge beside a jump or a train.
    "at_place": [
        r"(?:on|over|onto|astride|straddling|sat on|sitting on|standing on|stood on) (?:the |my )?(?:balcony"
        r"|window) (?:railing|railings|rail|edge|wall|ledge|barrier)",
        r"(?:other|wrong|outside|far) side of (?:the |my )?(?:balcony|railing|railings|parapet|balustrade)"
        r"(?! (?:at|in|of the (?:road|street|room|pitch|stand|bar|court)|to)\b)",
        _EN_JUMP + r"[^\n]{0,200}?\b(?P<at>" + _EN_EDGE + r")",
        _EN_EDGE + r"(?=[^\n]{0,200}\b" + _EN_JUMP + r")",
    ],
    # Burden told as cost: a risk factor that composes with the rest (Joiner 2005).
    "hopeless": [
        r"i (?:only |just )?cost (?:them|my (?:\w+ )?(?:family|kids|children|parents|son|daughter)"
        r"|everyone) (?:so much|too much|a fortune|money|nothing but)",
        r"(?:im|i am) (?:just |only |nothing but )(?:an? )?(?:expense|cost|drain|dead weight|weight (?:round"
        r"|around) their necks|millstone)",
    ],
    # The instrument held or kept on them, the urge back, the blades stared at (NICE NG225).
    "self_harm_urge": [
        _EN_HOLD + r"(?: \w+){0,2}? " + _EN_TOOL + r"(?: \w+){0,4}? " + _EN_ON_ME + _EN_NOT_CRAFT,
        r"burn(?:ing|ed|t)? (?:my ?self|me|my (?:skin|arm|arms|wrist|wrists|leg|legs|thigh"
        r"|thighs))[^\n]{0,150}?\b(?:keep|kept|carry|carrying|have|had|got|hold|holding|held) (?:it"
        r"|the lighter|my lighter|a lighter|the lighters) (?:\w+ ){0,2}(?:in my (?:hand|pocket|bag)|on me"
        r"|with me|all day)",
        r"(?:urges?|itch|craving|pull|temptation)(?: to (?:cut|burn|hurt|harm|self ?harm"
        r"|scratch)(?: \w+){0,5})? (?:is |are |has |have )?(?:back|came back|coming back|comes back|returned"
        r"|returning|back again|creeping back)\b",
    ],
    # Not wanting to be here after denying a plan; a death idiom followed by a wish that it came true.
    "death": [
        _EN_IDIOM + _gap(18) + r"(?P<at>(?:im|i am|im kind of|im half|part of me is"
                               r"|i find myself) (?:kind of |half |secretly )?(?:hoping|wishing) (?:someone"
                               r"|somebody|it|they) (?:will|would|might) (?:take me up on it|do it|mean it"
                               r"|actually do it|happen)|when i say it,? i (?:kind of |really "
                               r"|actually )?mean it)",
        r"(?:i )?(?:dont|do not|dont really|do not really|no longer) want to (?:be alive|exist|live"
        r"|go on living|keep living|be here)(?: (?:anymore|any more|any longer|much longer))(?! (?:at|in"
        r"|with)\b)",
        _EN_KILL_DENIED + _gap(6) + r"(?P<at>(?:i )?(?:dont|do not|dont really"
                                    r"|do not really) want to (?:be here|be around|stay|go on|carry on"
                                    r"|keep going|live|exist)(?: (?:either|anymore|any more|any longer))*)",
        _EN_IDIOM + _gap(8) + r"(?P<at>" + _EN_WELCOME + r")" + _EN_CLAUSE_END,
        r"(?:wish|hope|maybe|part of me (?:wishes|hopes)) (?:that )?i (?:could|would|might|will) (?:actually"
        r"|really|just) die(?: of it| from it| for real)?",
    ],
    # The lethal dose asked, not for an animal (C-SSRS: method research).
    "lethal_means": [
        # a beam or a hook tested for the weight (C-SSRS: preparatory acts)
        r"(?:checked|tested|looked at|looking at|checking|testing|seeing|see|worked out"
        r"|working out) (?:which|if|whether) (?:the )?(?:beam|rafter|hook|branch|banister|bannister"
        r"|loft hatch|pipe|tree)s? (?:would |will |can |could |is strong enough to )?(?:hold"
        r"|take) (?:my weight|me)?",
        r"(?:what|which|how (?:much|many))(?: \w+){0,5} (?:dose|amount|number|mg|milligrams?"
        r"|grams?)(?: \w+){0,6} (?:is|would be|becomes|gets|be) (?:lethal|fatal|deadly|enough to (?:die"
        r"|kill))" + _EN_PETS,
        r"(?:at )?what (?:dose|point|amount)(?: \w+){0,5} (?:does|do|would|will)(?: \w+){0,4} (?:become|turn"
        r"|get|be) (?:lethal|fatal|deadly)" + _EN_PETS,
    ],
    # An ingestion with the amount apart from the noun: the verb is the part.
    "taken": [
        r"(?:took|taken|swallowed|downed|necked|popped|had|ate)(?= (?:about|around|like|maybe|roughly|nearly"
        r"|almost|over|at least|more than|just over|just under|probably) (?:[1-9]\d|\d{3}|a dozen|twenty"
        r"|thirty|forty|fifty|sixty|a hundred)\b)",
    ],
    # The amount, told before the noun it counts.
    "amount": [
        r"(?:about|around|like|maybe|roughly|nearly|almost|over|at least|more than|just over|just under"
        r"|probably) (?:[1-9]\d|\d{3}|a dozen|twenty|thirty|forty|fifty|sixty"
        r"|a hundred)(?= (?:\w+ ){0,4}(?:pills|tablets|capsules|meds|of)\b)",
        # what was left of a pack, or an amount told loosely: "the rest of the packet", "a load of", "half the box"
        r"(?:the )?(?:rest|remainder) of (?:the|my|her|his|mums|moms|dads|nans|\w+s) (?:\w+ ){0,2}(?:packet|pack"
        r"|box|bottle|strip|tub|jar|pills|tablets|meds|prescription)",
        r"(?:a (?:load|ton|heap|pile|fistful|mouthful)|loads|heaps|a good few|a whole bunch) of",
        r"half (?:of )?(?:the|a|my|her|his) (?:\w+ )?(?:packet|pack|box|bottle|strip|tub|jar)",
        r"(?:several|a few|a couple of|two|three|four|five|six) (?:packets|packs|boxes|bottles|strips)",
    ],
    # Laxatives at several times the dose or before a weigh-in (NICE NG69).
    "purging": [
        r"(?:double|triple|twice|three times|four times|(?:\d+|two|three|four|five"
        r"|six) times) (?:the )?(?:recommended |normal |usual )?(?:dose"
        r"|amount)(?: \w+){0,3} (?:of )?(?:laxatives?|senna|dulcolax|bisacodyl|diuretics|water pills)",
        r"(?:laxatives?|senna|dulcolax|bisacodyl|diuretics|water pills)(?: \w+){0,5} (?:before|ahead of"
        r"|for) (?:every|each|a|the|my|weigh) ?(?:weigh[- ]?ins?|weighing|weigh day|fight|bout|competition"
        r"|making weight)",
        r"(?:laxatives?|diuretics|water pills)(?: \w+){0,5} (?:to make weight|to cut weight|to drop weight)",
    ],
    # Days without eating, not through an illness or a fast.
    "restriction": [
        r"(?:not|havent|hadnt|have not|had not|hardly|barely|didnt|did not) (?:eaten|eat"
        r"|had (?:any )?(?:food|a meal|anything))(?: properly| anything| much| a thing| at all"
        r"| a proper meal| solid food){0,2} (?:since|for|in) (?:\d+|two|three|four|five|six|seven|eight|nine"
        r"|ten|several|a few|many) (?:days|weeks)" + _EN_ILL,
    ],
    # Opioids used by the speaker, not as prescribed (WHO 2014).
    "opioid_use": [
        _EN_USE + r"(?: (?:some|a|the|my|a bit of|a bag of|a point of|half a|a line of|a few|a couple of|too "
        r"much"
        r"|more)){0,2} " + _EN_OPIOID
        + r"\b(?![^\n]{0,80}\b(?:prescribed|prescription|my (?:doctor|gp|consultant)"
        r" (?:gave|put)|patch|patches|palliative|hospice)\b)",
        r"(?:i|ive|i just|just) (?:fixed|used|had a hit|had a bag)(?=[^\n]{0,100}\b" + _EN_OPIOID + r"\b)",
        r"(?:shot up|shooting up|banged up|banging up)(?![^\n]{0,40}\b(?:the place|the (?:school|town|bar"
        r"|club)|in (?:the )?(?:game|film|movie))\b)",
    ],
    # No one there to call for help.
    "alone": [
        r"(?:alone|by myself|on my own|on my tod|(?:its|it is) (?:just )?me(?: tonight| here)?|(?:no one"
        r"|nobody|noone) (?:around|home|here|else|to check)|(?:roomies?|roommates?|flatmates?|housemates?"
        r"|parents|mum|mom|dad|family|everyone|my (?:partner|wife|husband|girlfriend|boyfriend|mates?"
        r"|folks)) (?:are |is |s )?(?:away|out|gone)|no (?:narcan|naloxone)|without (?:narcan|naloxone)"
        r"|locked (?:in|myself in) (?:my|the) (?:room|bathroom|car))",
    ],
    # Signs of an opioid overdose: breathing slow or hard, lips blue, limbs numb, nodding off.
    "breathing": [
        r"(?:cant|can not|cannot|struggling to|hard to|barely|hardly|trouble) (?:breathe|breathing"
        r"|catch my breath|feel my (?:legs|arms|hands|feet|face|lips))",
        r"(?:breathing|breath|breaths|breathings) (?:is |are |feels |keeps |getting |going |gone |has gone "
        r"|s gone )?(?:really |so |very )?(?:slow|slowing|shallow|weird|funny|hard|heavy|rattly|rattling"
        r"|stopping|gurgling)",
        r"lips (?:are |look |going |turning |gone )?(?:blue|purple|grey|gray)",
        r"(?:keep|keeps|kept|im) (?:nodding|passing|blacking) (?:off|out)",
        r"(?:cant|can not|cannot) (?:stay awake|keep my eyes open|move my (?:legs|arms))",
    ],
}
