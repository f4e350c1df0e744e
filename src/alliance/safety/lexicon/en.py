"""English parts of a risk statement (see `alliance.safety.lexicon`). Means follow the methods recorded in suicide
statistics (WHO 2014, "Preventing suicide": pesticides, hanging, firearms, falls, overdose, carbon monoxide,
drowning, trains); warning signs follow the AAS list (Rudd et al. 2006)."""

from __future__ import annotations

from alliance.safety.lexicon import make_lexicon

# A commute told beside a fast train (round 13): the next train taken, running late, waiting for one's own train.
_COMMUTE = (r"(?![^\n]{0,200}\b(?:(?:get|take|catch|wait for) (?:the |my )?next (?:one|train|stopping one)|running late"
            r"|waiting for (?:my|the|a) (?:train|connection)|delayed|commut\w*|for work|to the office|be home)\b)")

_ME = r"(?:i|im|ive|id|ill|i am|i have|i will|i would|i had)"
# Hiding as a game, not from someone: "the kids are hiding in the wardrobe playing hide and seek".
# Leisure and sport around a rope, a bridge or a height: "the rope is up on the climbing wall", "on the bridge watching
# the fireworks".
_LEISURE = (r"(?![^.!?]{0,50}\b(?:bungee|bungy|skydiv\w*|sky dive|parachut\w*|zip ?lin\w*|paraglid\w*|hang ?glid\w*"
            r"|cliff diving|tombstoning|coasteering|base jump\w*|climb\w*|crag|boulder\w*|belay\w*|abseil\w*|boat|sail\w*|mast|tent|camping|washing"
            r"|swing|hammock|tow\w*|gym|karate|judo|grading|watching (?:the )?(?:fireworks|match|game|boats|race|parade"
            r"|sunset|sunrise|planes|trains go)|fireworks|photos?|pics|selfies?|sunset|sunrise"
            r"|fishing|with (?:my|the) (?:kids|family|mates|friends|dog|partner|wife|husband|boyfriend|girlfriend))\b)")
_NOT_A_GAME = (r"(?!(?: \w+){0,3} (?:playing|hide and seek|game|from the rain|peace|quiet|a break|me time|a bath|"
               r"a shower|five minutes|some space))")
_PILL_WORDS = (
    r"pills?|tablets?|capsules?|meds|medications?|medicines?|paracetamol|paracetemol|paras?|panadol"
    r"|co[ -]?codamol|tylenol|acetaminophen|ibuprofen|aspirin"
    r"|sleeping (?:pills|tablets)|sleepers|xanax|benzos?|diazepam|valium|lorazepam|oxy\w*|painkillers?|opioids?"
    r"|antidepressants?|lithium|insulin|morphine|codeine|tramadol|sertraline|fluoxetine|citalopram|amitriptyline"
    r"|quetiapine|seroquel|zopiclone|zolpidem|heart (?:pills|tablets)|blood pressure (?:pills|tablets)|prescriptions?"
    r"|blister packs?|the (?:bottle|packet|box|pack)"
    # Where medicines are kept: "I took everything in the bathroom cabinet", "the whole first aid kit".
    r"|(?:bathroom|medicine|meds|medication|first aid|pill|drugs?) (?:cabinet|cupboard|drawer|box|kit|bag|tin|shelf"
    r"|organi[sz]er|dispenser)s?"
)

# --- Families of situations (issue 10, after blind round 6). Each entry is a situation a clinician recognises,
# written for the ways many people would word it, not for one message; merged into the parts below. ---
_MINOR = r"(?:[5-9]|1[0-6])"  # an age a child says or is given: "I'm 13", "she's only 9"
_KID_WORDS = (r"(?:son|daughter|kids?|child|children|baby|toddler|little (?:brother|sister|one)|stepson|stepdaughter"
              r"|grandson|granddaughter|boy|girl|pupil|student|niece|nephew|\d{1,2} ?(?:year|yr)s? ?old|\d{1,2} ?yo)")
_JUMP_SPOTS = (r"(?:beachy head|(?:the )?golden gate|(?:the )?humber bridge|(?:the )?clifton suspension bridge"
               r"|(?:the )?erskine bridge|(?:the )?westgate bridge|(?:the )?jacques cartier bridge|(?:the )?prince edward"
               r" viaduct|(?:the )?sunshine skyway|(?:the )?aurora bridge|(?:the )?story bridge|the gap|niagara falls"
               r"|(?:the )?(?:harbour|sydney harbour) bridge)")
_TRAVEL = (r"(?:on (?:my|the) way|heading|headed|driving|walking|going|cycling|hitching|(?:getting|got|catching|caught"
           r"|taking|took) (?:the|a) (?:last |next |late |night )?(?:bus|train|coach|taxi|cab|uber|ferry)|on (?:the|a) "
           r"(?:last |next |late |night )?(?:bus|train|coach|ferry)|in (?:a|the) (?:taxi|cab|uber))(?: (?:up|out|down"
           r"|back|over))?")
_DRUG_ALONE_DRUGS = (r"(?:percs?|percocets?|oxys?|oxycodone|oxycontin|roxys?|m30s?|blues|fent(?:anyl)?|fenty|heroin"
                     r"|dope|smack|gear|brown|tar|opiates?|opioids?|xans|bars|ket|ketamine|ghb|gbl|nitazenes?|tranq"
                     r"|xylazine|morphine|methadone|lean)")
_DRUG_ALONE_CUES = (r"(?:alone|by myself|on my own|on my tod|(?:its|it is) (?:just )?me(?: tonight| here)?"
                    r"|(?:no one|nobody|noone) (?:around|home|here|else|to check)|(?:roomies?|roommates?|flatmates?"
                    r"|housemates?|parents|mum|mom|dad|family|everyone|my \w+) (?:are |is |s )?(?:away|out|gone)"
                    r"|no (?:narcan|naloxone)|without (?:narcan|naloxone)|(?:narcan|naloxone) (?:ran out|is gone|used up"
                    r"|finished))")
_FAMILIES: dict[str, list[str]] = {
    # At a jumping place now, or on the way there: a named spot with "now", "alone" or "one last time" is an act
    # under way; any bridge, cliff or railway reached or travelled to composes with a time, a farewell or a wish.
    "under_way": [
        _TRAVEL + r" to " + _JUMP_SPOTS + r"\b(?=[^.!?\n]{0,60}\b(?:now|tonight|alone|on my own|by myself"
        r"|one (?:last|final) time|for the (?:last|final) time|nobody knows|no one knows)\b)" + _LEISURE,
        r"(?:now|alone|one last time) (?:\w+ ){0,3}(?:at|on|to) " + _JUMP_SPOTS + r"\b" + _LEISURE,
        # Stones in the pockets by the water.
        r"(?:filled|filling|fill|stuffed|stuffing|loaded|weighed down) (?:my |the )?(?:coat |jacket |trouser |"
        r"hoodie )?pockets? with (?:stones|rocks|bricks|weights)(?=[^\n]{0,160}\b(?:river|sea|lake|water|canal|waves"
        r"|tide|pier|harbour|loch|reservoir|weir|bridge|quarry)\b)",
        r"(?:river|sea|lake|water|canal|waves|tide|pier|harbour|loch|reservoir|weir|bridge|quarry)\b[^\n]{0,160}\b"
        r"(?:stones|rocks|bricks|weights) in (?:my|the) (?:coat |jacket |trouser |hoodie )?pockets?",
        # An overdose being taken: "swallowing them one by one, I'm at 20".
        r"(?:swallowing|taking|popping|necking|downing|eating) (?:them|these|those|the \w+|my \w+|\w+)(?: \w+)? "
        r"(?:one (?:by|after) (?:one|another|the other)|one at a time|in handfuls|by the handful|two at a time)"
        r"(?=[^\n]{0,160}\b(?:pills?|tablets?|meds|capsules|paracetamol|(?:im|i am|thats|up to|on) (?:at |up to |"
        r"on )?(?:number )?(?:[1-9]\d|\d{3}|ten|twenty|thirty|forty)\b))(?![^\n]{0,80}\b(?:like|as) (?:the|my) "
        r"(?:doctor|gp|nurse|pharmacist) (?:said|told|prescribed)|prescribed)",
        r"(?:im|i am|thats|up to) (?:at |up to |on )?(?:number )?(?:[1-9]\d|\d{3}|twenty|thirty|forty|fifty) "
        r"(?:now|so far|already)(?=[^\n]{0,120}\b(?:pills?|tablets?|meds|capsules|swallow\w*|one (?:by|after) one))",
    ],
    "at_place": [
        _TRAVEL + r" to (?:the )?(?:bridge|viaduct|cliffs?|cliff ?top|cliff edge|railway line|train tracks|tracks"
        r"|level crossing|multi ?storey|car park roof|roof|rooftop|top floor|quarry|pier|harbour wall|dam|"
        + _JUMP_SPOTS[3:-1] + r")\b" + _LEISURE,
        # A platform where a fast train passes: "the express doesn't stop here".
        r"(?:im |i am )?(?:on|at|standing on|stood on|sitting on|sat on|by) (?:the )?(?:platform|station)(?: \d+)?"
        r"(?=[^\n]{0,200}?\b(?:(?:goes|comes|runs|flies|passes|rushes|speeds|comes through|go|come) (?:\w+ ){0,3}"
        r"(?:through|past)(?: \w+){0,3} (?:without stopping|at full speed|at speed|flat out|fast)|doesnt stop (?:here"
        r"|at this)|non ?stop|fast train|express|freight train|goods train))(?![^\n]{0,200}\b(?:photo\w*|film\w*"
        r"|video\w*|trainspott\w*|spotting)\b)" + _COMMUTE,
    ],
    "time_soon": [
        r"(?:\d+|one|two|three|four|five|ten|a few|a couple of) (?:more )?(?:minutes?|mins?) (?:left|to go|away|"
        r"until it comes|till it comes|till it gets here)",
    ],
    "lethal_means": [
        r"(?:gun|pistol|rifle|shotgun|revolver|firearm|glock)s? (?:is |s |are |sitting |lying |resting )?(?:on|in|across"
        r"|under) my (?:lap|knees?|hands?|mouth|bed|pillow|chin)",
        r"(?:rope|noose|cord|belt|cable|flex)s? (?:is |s |are |has been |been |all )?(?:tied|fixed|secured|knotted"
        r"|looped|hung|attached) (?:up )?(?:to|on|around|round|over|from) (?:the |a |my )?(?:beam|rafters?|banister"
        r"|bannister|stair ?rail|railings?|loft hatch|hook|door|door ?frame|pipe|tree|branch|light fitting|ceiling"
        r"|curtain rail|wardrobe rail)" + _LEISURE,
    ],
    # Time-only farewells: "at 12 it all ends", "tonight at 11 it's over for me" (the time is a part of its own).
    "death": [
        r"(?:(?<=tonight )|(?<=today )|(?<=tomorrow )|(?<=midnight )|(?<=\d )|(?<=\d, )|(?<=pm )|(?<=am )"
        r"|(?<=clock )|(?<=tonight, )|(?<=then ))(?:it all|everything|all of it|my life|all this|(?:its|it is|itll be"
        r"|it will be|all) (?:all )?over for me|it ends for me|i end it|ill end it|i will end it)"
        r"(?: (?:ends|will end|is going to end|stops|will stop|is over|will be over|finishes|comes to an end))?"
        r"(?= *(?:$|[.!,;]| for me| for good| forever| and| then))(?<!party)(?<!sale)",
        # Lethal-dose research on one's own or a relative's medicines ("asking for a story" does not make it fiction).
        r"(?:how (?:many|much)|enough)(?: \w+){0,6} (?:take|need|needed|kill|be enough)(?: \w+){0,2} to (?:not wake up"
        r"|never wake up|die|be dead|kill (?:me|a person|someone|you|yourself|my ?self)|end it|be fatal|od|overdose)",
    ],
    # "Everyone says it as a joke, but when I say it I'm not joking": the office joke meant.
    "death ": [
        r"(?:rather (?:die|be dead)|kill me|shoot me|end me|want to die|wanna die|kms|kill my ?self|unalive my ?self)"
        r"(?:\W+\w+){1,20}?\W+(?:(?:i )?(?:dont think|do not think|not sure|doubt|wonder if) (?:im|i am|i was|i m)"
        r"(?: really| actually| even)? (?:joking|kidding|laughing|being funny)|(?:im|i am|i m)(?: really| actually"
        r"| honestly)? (?:not|no longer) (?:joking|kidding|laughing|being funny))",
    ],
    "indirect": [
        r"(?:better|easier|kinder|simpler) (?:for|on) (?:everyone|everybody|all of them|them all|the family|my (?:family"
        r"|kids|children|daughter|son|wife|husband))(?: all round| in the end)? (?:if|when|once) i(?:m| am| was| were"
        r"|d)? (?:gone|dead|not here|not around|went|passed|passed on|died|out of the way|no longer here|no longer "
        r"around|wasnt here|werent here)",
        r"(?:just |only )?waiting (?:for (?:my time|the end|god|death|the lord|my maker) (?:to come )?|to die|to be "
        r"taken)(?= *(?:$|[.!,;]| now| really| and| i| these| most| every| at))",
        r"(?:why|what) am i (?:still )?(?:here|alive|around|hanging on|holding on) for",
        r"(?:pray|hope|wish|ask)(?:ing|ed)?(?: \w+){0,3} (?:the (?:good )?lord|god|jesus|my maker) (?:to |would |will )?"
        r"(?:take|takes|took|call|calls|come for) me(?! (?:through|to (?:church|mass|chapel)|out of|back|by the hand"
        r"|home from|seriously|in|on|under|for|at|into|round|around|up)\b)(?! to (?!be with|heaven|him|her|join)\w)",
        r"(?:pray|hope|wish)(?:ing|ed)?(?: \w+){0,3} (?:that )?i (?:wont|dont|will not|do not|never) wake"
        r"(?: up)?(?= *(?:$|[.!,;]| again| tomorrow| in| and| so| but))",
    ],
    # A child harmed or in danger: a minor alone or on the run, burns and marks on a child, an adult grooming a
    # child, a parent threatening to take the child with them.
    "child_harm": [
        r"(?:im|i am|shes|hes|she is|he is|theyre|they are) (?:only |just )?" + _MINOR + r"(?: years old| yo)?"
        r"(?:,| and| &| but| so)? (?:\w+ ){0,3}(?:ran away|run away|running away|(?:got )?kicked (?:me |him |her )?"
        r"out|sleeping (?:rough|outside|on the streets?|in (?:a|the) (?:park|station|car|stairwell|shed|tent))"
        r"|on the streets|nowhere to (?:go|sleep|stay))\b(?! (?:for|to) (?:uni|college|work|study))",
        r"(?:ran|run|running) away from (?:home|care|the care home|my (?:foster|group) (?:home|family|parents)|my (?:mum"
        r"|mom|dad|parents)s?(?: house| place| flat)?)(?=[^\n]{0,160}\b(?:sleeping|slept|staying|hiding|nowhere|no "
        r"money|cold|scared|on the streets|tonight|station|park)\b)",
        r"(?:home alone|alone (?:at home|in the (?:house|flat))|on (?:my|our|his|her|their) own (?:at home|in the (?:house"
        r"|flat))) (?:for|since) (?:\w+ ){0,2}(?:days?|nights?|a week|friday|saturday|sunday|monday|tuesday|wednesday"
        r"|thursday|yesterday)",
        r"(?:burns?|cigarette burns|bruises|welts|marks|a black eye|belt marks|grip marks|handprints?|scalds?) (?:\w+ )"
        r"{0,4}(?:on|all over|across|round|around) (?:his|her|their) (?:arms?|legs?|back|neck|face|hands?|bum|bottom"
        r"|body|tummy|stomach|chest|wrists?|ankles?)(?=[^\n]{0,160}\b(?:" + _KID_WORDS + r"|dad|mum|mom|stepdad"
        r"|stepmum|parents?|at home|did it|did that)\b)",
        _KID_WORDS + r"(?:\W+\w+){0,12}?\W+(?:burns?|cigarette burns|bruises|welts|belt marks|grip marks|handprints?"
        r"|scalds?) (?:\w+ ){0,3}(?:on|all over|across|round|around) (?:his|her|their) ",
        # Grooming: an adult asking a child for pictures, secrecy or a meeting.
        r"(?:im|i am|shes|hes|she is|he is|my (?:son|daughter|\w+) is) (?:only |just )?" + _MINOR + r"\b(?! ?(?:minutes?"
        r"|mins?|hours?|percent|%|quid|pounds?|dollars?|euros?|kg|am|pm))[^\n]{0,200}?\b(?:send (?:him |her |them )?"
        r"(?:pics|photos|pictures|nudes|videos|snaps)|keep (?:it|this|us|our \w+) (?:a )?secret|(?:not|never) (?:to )?"
        r"tell (?:anyone|anybody|my (?:mum|mom|dad|parents))|meet (?:up )?(?:him |her )?(?:alone|in secret|without)"
        r"|our (?:little )?secret|(?:he|she)s (?:[2-7]\d|an adult|a grown))",
        r"(?:send (?:him |her |them )?(?:pics|photos|pictures|nudes|videos|snaps)|keep (?:it|this|us|our \w+) (?:a )?"
        r"secret|(?:not|never) (?:to )?tell (?:anyone|anybody|my (?:mum|mom|dad|parents))|meet (?:up )?(?:him |her )?"
        r"(?:alone|in secret|without))[^\n]{0,200}?\b(?:im|i am|shes|hes|she is|he is|my (?:son|daughter|\w+) is) "
        r"(?:only |just )?" + _MINOR + r"\b(?! ?(?:minutes?|mins?|hours?|percent|%|quid|pounds?|dollars?|euros?|kg|am"
        r"|pm))",
        # A parent threatening to kill themselves with the child.
        r"(?:kill|take|drown|end it for|gas|poison) (?:\w+ ){0,2}(?:himself|herself|themselves|(?:him|her)self) and "
        r"(?:the|my|our|his|her) (?:kids?|children|baby|son|daughter|little one|girl|boy|twins)",
        r"(?:kill|take|end it for|drown) (?:us|them) (?:both|all)(?=[^\n]{0,120}\b" + _KID_WORDS + r"\b)",
        r"(?:drive|crash|steer|drove|crashed|jump|jumped) (?:us|them|the car|off|into)(?: \w+){0,4} with (?:the|my|our"
        r"|his|her) (?:kids?|children|baby|son|daughter|little one|girl|boy)(?: in (?:the )?(?:car|back))?",
        # A child in danger now: on a balcony railing, a parent passed out; secrecy imposed on a child.
        r"(?:little (?:boy|girl|one)|toddler|child|kid|baby|\d+ ?(?:year|yr)s? ?old|son|daughter)(?: \w+){0,8} (?:on|climbing"
        r"|over|hanging (?:off|from|over)|sitting on|standing on) (?:the |their |a |our |his |her )?(?:balcony (?:railings?"
        r"|edge|wall)|railings?|window ?(?:sill|ledge)|ledge|roof)(?=[^\n]{0,160}\b(?:floors? up|storeys? up|stories up"
        r"|high up|passed out|nobody|no one|alone|unattended|drunk|asleep)\b)",
        r"(?:mum|mom|dad|mother|father|parents?|mums|moms|dads)(?:s| is| are)? (?:\w+ )?(?:passed out|unconscious|out cold"
        r"|comatose)(?: \w+){0,3}(?=[^\n]{0,160}\b" + _KID_WORDS + r"\b)",
        r"(?:he|she|they) (?:says|said|tells me|told me|keeps saying) (?:its|it is|this is|its just|it has to be) (?:our|a)"
        r" (?:little |special )?secret(?=[^\n]{0,160}\b(?:care|mum|mom|dad|teacher|school|trouble|dont tell|hurt"
        r"|(?:im|i am) " + _MINOR + r")\b)",
        r"(?:shut|keep) (?:her|him|them|the (?:baby|kid|child|toddler)) (?:up|quiet) (?:for good|permanently|forever"
        r"|once and for all)",
        # A child who swallowed medicines or a household poison.
        _KID_WORDS + r"(?: \w+){0,6} (?:swallowed|has swallowed|ate|has eaten|got into|drank|has drunk|chewed) (?:\w+ )"
        r"{0,5}(?:pills?|tablets?|meds|medicines?|capsules|paracetamol|calpol|bleach|dishwasher tablets?|washing "
        r"(?:pods?|capsules|tablets)|button batter(?:y|ies)|batter(?:y|ies)|cleaning \w+|antifreeze|vitamins)",
    ],
    "ed_effect": [
        r"(?:heart|heartbeat|pulse) (?:keeps |is |was |has been |s )?(?:skipping|skips|skipped|fluttering|flutters"
        r"|stumbling|irregular|all over the place|missing beats|doing (?:weird|funny|strange) things|pounding)",
        r"(?:leg|muscle|calf|foot) cramps", r"cramps in my (?:legs|calves|feet|hands)",
        r"(?:keep|kept|keeps|been) (?:fainting|blacking out|passing out|collapsing)",
    ],
    "purging": [
        r"(?:\d+|ten|twelve|fifteen|twenty|a handful of|several|loads of|a box of|half a box of) (?:\w+ )?"
        r"(?:laxatives?|dulcolax|senna|senokot|bisacodyl|diuretics|water pills)",
        r"(?:laxatives?|dulcolax|senna|diuretics|water pills) (?:\w+ ){0,3}(?:a day|every day|daily|after (?:every|each"
        r"|all my) (?:meal|meals|food|bite))",
    ],
    "restriction": [
        r"(?:skip|skipping|skipped) (?:breakfast|lunch|dinner|meals|every meal)(?: and (?:breakfast|lunch|dinner))?"
        r"[^\n]{0,120}?\b(?:living (?:on|off)|empty feeling|feel(?:ing)? empty|in control|lose weight|losing weight"
        r"|feel fat|too fat|calories|deserve to eat|earn (?:my )?food|black coffee|diet coke|chewing gum)",
        r"living (?:on|off) (?:black coffee|diet (?:coke|pepsi)|chewing gum|gum|air|water|ice|lettuce|celery"
        r"|cigarettes|rice cakes|an apple a day|\d+ calories)",
        r"(?:like|love|crave|chase|need|want) (?:the|that) (?:empty|hollow|hungry) feeling",
        r"(?:feel|felt) (?:more |so much more )?in control when i (?:dont|do not|didnt) eat",
        r"(?:dont|do not) deserve (?:to eat|food|dinner|lunch|breakfast)",
        r"(?:only|just) (?:eat|eating|ate|had) (?:an apple|a (?:few|couple of) (?:crackers|grapes|bites)|half an apple"
        r"|a rice cake) (?:a|per|each|every) day",
    ],
    # Only with signs in the body (restriction_with_effects): on its own it is how many people live.
    "meal_skipping": [
        # Drinks in place of meals, day after day: "only tea in the evenings for two weeks".
        r"(?:only|just|nothing but) (?:had |have |drink |drinking |drank )?(?:black )?(?:tea|coffee|water|diet coke)"
        r" (?:in the evenings?|at night|for (?:dinner|lunch|tea)|all day|every day|since \w+|for (?:days|a week|weeks"
        r"|two weeks|three weeks))",
        r"(?:skip|skipped|skipping) (?:breakfast|lunch|dinner|meals)(?: again| most days| every day| for days)",
    ],
    "amount": [
        r"(?:[3-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|twelve|a dozen|several|a few|half a dozen) "
        r"(?:\w+ )?(?:pints|cans|tins|tinnies|bottles|glasses|shots|doubles|units|beers|drinks|stubbies|schooners"
        r"|ciders|lagers)",
        r"(?:a|one|half a|two|three|a whole|a full|the whole) (?:bottle|litre|liter|fifth|handle|box|bag|crate) of "
        r"(?:wine|vodka|whisky|whiskey|gin|rum|spirits|cider|tequila|brandy|beer|lager|goon)",
    ],
    "cope": [
        r"(?:its|it is|thats) the only (?:way|thing)(?: that)? (?:i can |i )?(?:sleep|cope|get through|switch off"
        r"|stop thinking|forget|feel normal|numb)",
        r"(?:cant|cannot|couldnt) (?:get through|face|handle|survive) (?:the|a) (?:day|night|evening|week) without",
    ],
    # Stalking an ex: watching, following or tracking a partner who has left.
    "harm_thought": [
        r"(?:park|parked|parking|sit|sat|sitting|wait|waited|waiting|hang around|hanging around|drive|drove|driving"
        r"|walk|walked|walking|cycle|cycled) (?:up )?(?:\w+ ){0,2}(?:outside|past|near|by|across from|opposite|round)"
        r" (?:her|his|their|my exs|my ex) (?:place|house|flat|work|home|apartment|office|gym|parents)\b"
        r"(?=[^\n]{0,200}\b(?:since (?:she|he|they) (?:ended|left|dumped|broke)|to see (?:who|what|if|whether)"
        r"|(?:hasnt|hasn t|doesnt|didnt|has not|does not) (?:clocked|noticed|seen|spotted|realised|realized|caught)"
        r"|no idea|doesnt know|check(?:ing)? (?:who|on|if)|every (?:night|day|evening|morning)|most (?:nights|days"
        r"|evenings|arvos|mornings))\b)",
        r"(?:tracker|airtag|tracking app|find my) (?:on|in|under) (?:her|his|their|my exs) (?:car|bag|phone|bike)",
        r"(?:made|make|making|set up) (?:a |another )?(?:fake|new|secret) (?:accounts?|profiles?) to (?:watch|see"
        r"|message|follow|check on|keep tabs on) (?:her|him|them|my ex)",
        r"(?:following|followed|follow) (?:her|him|my ex) (?:home|to work|from work|around|everywhere)",
        r"(?:kill|stab|shoot|hurt|do|smash|glass|get) (?:him|her|them|that \w+|my \w+)(?: \w+){0,8} (?:and )?(?:im|i am)"
        r" (?:dead |deadly |fucking |being )?(?:serious|not joking|not kidding|not messing)",
    ],
    "threat": [
        r"(?:kill|stab|shoot|hurt|murder|cut|do in|smash) (?:him|her|them|that \w+|my \w+)(?: \w+){0,8} (?:and )?(?:im"
        r"|i am) (?:dead |deadly |fucking |being )?(?:serious|not joking|not kidding|not messing)",
    ],
    "self_harm_urge": [
        r"(?:urges?|itch|craving|pull|need)(?: to (?:cut|burn|hurt my ?self|self ?harm|sh|scratch))? (?:\w+ )?"
        r"(?:came back|coming back|are back|is back|have come back|returned|back again|creeping back|getting (?:stronger"
        r"|worse)|wont go away)",
        r"(?:thinking about|staring at|looking at|holding|got out|took out|found) (?:my |the )?(?:old )?(?:blades?"
        r"|razors?|sharpener|scissors|lighter)(?: \w+){0,2} again",
        r"(?:want|wanting|need|needing|tempted) to (?:cut|burn|hurt my ?self|self ?harm|scratch my ?self)(?: \w+){0,2}"
        r" (?:again|so much|so badly|so bad|really badly|tonight)",
    ],
    # A car engine running in a lock-up, a shed or a garage with the door down.
    "enclosed": [
        r"(?:in|inside|into) (?:the |my |a |our )?(?:lock ?-?up|lockup|garage|shed|carport|barn|workshop|"
        r"underground car park)",
        r"(?:door|shutter|roller door|garage door|up and over)s? (?:is |s |are |all )?(?:pulled |rolled |brought |"
        r"slid )?(?:down|shut|closed)",
    ],
    "intent": [
        r"(?:dont|do not) (?:want|try) (?:to be |anyone to |you to |them to )?(?:talk(?:ed)? (?:me )?out of (?:it|this)"
        r"|stop(?:ped)? me|save me|rescued?)",
    ],
    # Voices growing louder, and a child silenced "for good".
    "voices_worse": [
        r"(?:voices?|telling me|tell me|told me|whisper\w*|the devil|demons?|in my head)\b[^\n]{0,200}?\b(?:theyre|they"
        r" are|they keep|it keeps|its|it is|hes|he is|shes|she is) (?:getting|growing) (?:louder|stronger|closer|more (?:insistent|angry))",
        r"(?:theyre|they are|they keep|it keeps) (?:getting|growing) (?:louder|stronger|closer|more (?:insistent"
        r"|angry))(?=[^\n]{0,200}\b(?:voices?|telling me|tell me|whisper\w*|the devil|demons?|in my head)\b)",
    ],
    "farewell": [
        r"(?:please )?tell (?:\w+ ){1,3}(?:that )?i (?:really )?(?:did try|tried|tried my best|loved (?:them|her|him|you)"
        r"|love (?:them|her|him|you)|am sorry|was sorry|m sorry)(?= *(?:$|[.!,]| so| and))",
    ],
    # Not risk: helping others, in training or at work ("which number do we give someone who is suicidal?").
    "help_seeking": [
        r"(?:what|which) (?:\w+ ){0,2}(?:number|line|hotline|helpline|crisis line|service|website|app)(?: \w+){0,5} "
        r"(?:to|should|do|can|could|would|shall) (?:i |we |you |one )?(?:give|tell|pass|refer|point|signpost|recommend"
        r"|suggest|share|ring|call)",
        r"(?:im|i am|were|we are|im currently|i was) (?:doing|taking|on|in|attending|running|teaching) (?:a|the|my|our"
        r"|this) (?:\w+ ){0,4}(?:course|training|module|workshop|qualification|placement|induction|certificate|refresher)",
        r"(?:mental health )?first aid(?:er)? (?:course|training|certificate|quiz|exam|role)",
        r"(?:suicide|crisis) (?:prevention|awareness|intervention|first aid) (?:course|training|module|workshop|day)",
        r"(?:as|for) (?:a|our|the) (?:volunteer|mental health first aider|listener|peer supporter|crisis line "
        r"volunteer|wellbeing champion)",
    ],
    # Not risk: an answer to a clinician's question, said no ("no, I've never thought of ending my life").
    "denial": [
        r"(?:havent|have not|hadnt|had not|never|dont|do not|didnt|did not) (?:ever |really |once |honestly |seriously"
        r" )?(?:had|have|having|thought|think|considered|consider|wanted|want|planned|plan) (?:any )?(?:\w+ )?"
        r"(?:thoughts?|ideas?|plans?|urges?|intentions?|of|about)(?: of| about| to)? (?:\w+ ){0,2}(?:suicide|ending"
        r" (?:my life|it|it all|things)|killing my ?self|hurting my ?self|harming my ?self|taking my (?:own )?life"
        r"|dying|death|self ?harm)\b(?![^.!?\n]{0,40}\b(?:until|till|but now|but lately|but recently|but this"
        r"|before now|before this)\b)",
        r"(?:no|nope|never)[,.!]* (?:\w+ ){0,3}(?:i )?(?:havent|have not|never|dont|do not)(?: \w+){0,6}"
        r" (?:suicide|ending (?:my life|it)|killing my ?self|hurting my ?self|taking my (?:own )?life)"
        r"(?![^.!?\n]{0,40}\b(?:until|till|but now|but lately|but recently)\b)",
        r"(?:you|she|he|they|the \w+|my \w+) asked (?:me )?(?:on \w+ )?(?:if|whether|about)(?: \w+){0,10}[.?!,:]* "
        r"(?:no|nope|never|not once|honestly no)\b(?![^.!?\n]{0,40}\b(?:until|till|but now|but lately|but recently)\b)",
    ],
}


# --- Structures (issue 10, after blind round 7): each slot is a word list written broadly, and a rule is the way the
# slots combine, not a phrase seen in a set. ---
# A denial: a strong negator governing a mental verb whose clause holds the risk words, with no turn ("until now",
# "but lately") in the sentence: "no, I've never wanted to hurt myself or end my life", "not once have I thought
# about suicide", "I have never seriously considered taking my own life".
_STRONG_NEG = (r"(?:never|not once|not ever|at no point|(?:i )?(?:havent|have not|hadnt|had not|didnt|did not|dont|do"
               r" not)(?: ever| once| really| honestly| seriously| actually)?|not once (?:have|did|had) i(?: ever)?)")
_MENTAL = (r"(?:wanted|want|wished|wish|thought|think|considered|consider|contemplated|contemplate|planned|plan"
           r"|intended|intend|meant|tried|attempted|felt like|had (?:any |the )?(?:thoughts?|urges?|plans?|ideas?"
           r"|intentions?|wish|desire)|have (?:any |the )?(?:thoughts?|urges?|plans?|ideas?|intentions?)|gone as far as"
           r"|been suicidal|felt suicidal|self ?harmed|cut my ?self|hurt my ?self|harmed my ?self)")
_RISK_WORDS = (r"(?:suicide|suicidal|kill(?:ing)? my ?self|end(?:ing)? (?:my (?:own )?life|it all|it|things|everything)"
               r"|hurt(?:ing)? my ?self|harm(?:ing)? my ?self|self ?harm\w*|tak(?:e|ing) my (?:own )?life|die|dying"
               r"|be dead|death|overdos\w*|cut(?:ting)? my ?self|not (?:be )?(?:here|alive)|unalive\w*|jump\w*"
               r"|hang(?:ing)? my ?self|wanted to die)")
_TURN = (r"(?![^.!?\n]*\b(?:until|till|til|now|lately|recently|these days|anymore|any more|before|since|this (?:week"
         r"|month|year)|tonight|today|yesterday|again|used to)\b)")
_ROUND7: dict[str, list[str]] = {
    "denial": [
        _STRONG_NEG + r" " + _TURN + r"(?:\w+ ){0,2}" + _MENTAL + r"\b(?: (?:about|of|on|to|that|i|i would|id|i might"
        r"|i could|anything|any|a|in|doing))*(?: \w+){0,3}? " + _RISK_WORDS + r"\b(?:(?:,? (?:or|and|nor)|,) (?:\w+ )"
        r"{0,4}?" + _RISK_WORDS + r"\b)*",
    ],
    # The same denial turned into an admission ("I never wanted to die until this week", "never thought about
    # suicide but lately I do"): the words start at the negator, so the negation does not cancel them.
    "death": [
        r"(?:never|not once|didnt|did not|havent|have not|hadnt|had not)(?: ever| once| really)? " + _MENTAL
        + r"\b(?: (?:about|of|on|to|that|i|i would|id|doing))*(?: \w+){0,3}? " + _RISK_WORDS
        + r"\b(?=[^.!?\n]{0,80}\b(?:until|till|til|now|lately|recently|these days|but this (?:week|month|year)"
        r"|before (?:now|this|today|tonight)|any more than|as much as)\b)",
    ],
    # A train or a bus due in a few minutes, read off a board: "board says 4 minutes", "due in 3 mins".
    "time_soon": [
        r"(?:board|screen|sign|display|app|timetable|it) (?:says|shows|said|showing) (?:\d+|one|two|three|four|five"
        r"|six|seven|eight|nine|ten) (?:minutes?|mins?)\b",
        r"(?:due|arrives|arriving|comes|coming|here|through|passes|passing) in (?:\d+|one|two|three|four|five|six"
        r"|seven|eight|nine|ten|a few|a couple of) (?:minutes?|mins?)\b",
    ],
    # At a place of danger, said in any register: "Am sat on the Erskine Bridge", "stood on the viaduct",
    # "I'm at the top of the multi-storey".
    "at_place": [
        r"(?:im|i am|am|ive been|been|currently|just|now|still|i m) (?:sat|sitting|stood|standing|perched|waiting"
        r"|parked|parked up|leaning|lying|kneeling|on|at|up on|out on|by) (?:on |at |by |over |up on |on top of )?(?:the |a "
        r"|this )?(?:" + _JUMP_SPOTS[3:-1] + r"|(?:railway |motorway |rail |train |foot ?)?bridge|viaduct|overpass"
        r"|ledge|cliff ?(?:top|edge)?|cliffs|parapet|railings?|rooftop|roof|tracks|railway line|level crossing"
        r"|platform(?: \d+)?|edge|multi ?storey|car park roof|top floor|quarry|pier|harbour wall|sea wall|dam)\b"
        + _LEISURE + r"(?![^.!?]{0,60}\b(?:waiting for (?:my|the|a) (?:train|bus|tram|tube|metro)|traffic|queue"
        r"|jam|late|delayed|roadworks|commut\w*|tailback|gridlock"
        r"|diversion|closed|for work|fixing|painting|inspect\w*|survey\w*|on shift)\b)" + _COMMUTE,
        # A bare platform with a fast train due: "Platform 3. The express doesn't stop here, board says 4 minutes."
        r"(?:^|(?<=[.!?\n] ))platform(?: \d+)?(?=[.,!\n ][^\n]{0,200}?\b(?:doesnt stop|does not stop|without stopping"
        r"|non ?stop|fast train|express|freight|goods train|comes? through|goes? through|passes? through))" + _COMMUTE,
    ],
    # A goodbye that sums up a relationship with a helper, in the past tense: "ye were good tae me", "you've always
    # been kind to me", "sorry for wasting all your time". Alone a warning sign (AAS: saying goodbye).
    "prep": [
        r"(?:you|ye|yous|youse|u)(?: \w+)? (?:were|was|have been|ve been|have always been|always were|were always"
        r"|was always) (?:always |so |really |aye |ever so |very )?(?:good|kind|lovely|patient|nice|decent) (?:to|tae"
        r"|wi|with) me\b(?![^\n]{0,200}\b(?:next (?:week|time|session|appointment)|see you|tomorrow|monday|tuesday"
        r"|wednesday|thursday|friday|at the weekend)\b)",
        r"sorry for (?:wasting|taking up|using up) (?:\w+ ){0,2}(?:your|yer|ur) time(?: \w+){0,3}(?= *(?:$|[.,!]))"
        r"(?![^\n]{0,200}\b(?:next (?:week|time|session|appointment)|see you|tomorrow)\b)",
    ],
    # Fainting, a racing or fluttering heart on standing: signs in the body of starving (NICE NG69).
    "ed_effect": [
        r"(?:heart|pulse) (?:does|is doing|keeps doing|goes|races|racing|flutters|pounds)(?: \w+){0,3} (?:racing"
        r"|fluttery|flutter|fluttering|pounding|skipping|thumping|funny) ?(?:\w+ )?(?:every time|when(?:ever)?) i (?:stand"
        r"|get up|sit up|climb)",
        r"(?:black|blacked|go|went|goes) (?:out|dizzy|grey|white|black) (?:every time|when(?:ever)?) i (?:stand|get up)",
    ],
    # Living on almost nothing: "down to an apple and black coffee", "surviving on one cracker a day".
    "restriction": [
        r"(?:down to|living on|surviving on|existing on|only having|only eating|only eat|just having|just eating"
        r"|nothing but|getting by on) (?:an? |one |half an? |a single |the odd )?(?:apple|banana|yoghurt|yogurt|cracker"
        r"|crackers|rice cake|rice cakes|slice of toast|piece of fruit|black coffee|coffee|diet coke|chewing gum|gum"
        r"|\d{2,3} calories)(?: (?:and|or|with|plus) (?:an? )?(?:black coffee|coffee|water|tea|diet coke|gum|apple))?"
        r"(?: (?:a|per) day| most days| every day| since \w+| for (?:days|weeks|a week|a month))",
    ],
}


def _lexicon(lang: str, **parts: list[str]):  # noqa: ANN202 - make_lexicon's Lexicon
    """The parts with the families above merged in."""
    for part, alternatives in (*_FAMILIES.items(), *_ROUND7.items()):
        parts[part.strip()] = [*parts.get(part.strip(), ()), *alternatives]
    return make_lexicon(lang, **parts)


LEXICON = _lexicon(
    "en",
    negation=["not", "never", "dont", "didnt", "doesnt", "wont", "wouldnt", "havent", "hasnt", "hadnt", "isnt",
              "arent", "wasnt", "werent", "no", "nor", "no longer", "cant", "cannot", "denied", "deny", "without",
              "nothing", "nobody", "none"],
    first_person=["i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"],
    third_party=["he", "she", "they", "hes", "shes", "theyre", "him", "her", "his", "their", "them", "someone",
                 "somebody", r"(?:my|our|a|her|his|their) (?:best |little |older |younger )?(?:friend|mate|buddy|"
                 r"sister|brother|mom|mum|mother|dad|father|son|daughter|kid|child|cousin|partner|boyfriend|"
                 r"girlfriend|husband|wife|roommate|flatmate|classmate|student|client|patient|coworker|colleague|"
                 r"neighbou?r|aunt|uncle|grandma|grandpa|grandmother|grandfather|niece|nephew|teenager)s?\b"
                 # "my dad's rifle", "my mum's pills": a possessive before a thing is not who the sentence is about.
                 r"(?!(?<=s) (?:\w+ )?(?:rifle|guns?|shotgun|pistol|knife|knives|pills|tablets|meds|medication|insulin"
                 r"|car|house|flat|garage|shed|rope|belt|razor|bottle|room|bed|drawer|cabinet|stash|prescription"
                 r"|sleeping)\b)"],
    child=["son", "daughter", "kids?", "child", "children", "baby", "toddler",
           r"(?:shes|hes|theyre|she is|he is|they are|aged|age) (?:only |just |barely )?(?:1[0-7]|[1-9])\b(?! ?(?:minutes?"
           r"|mins?|hours?|percent|%|quid|pounds?|dollars?|euros?|kg|lbs?|stone|am|pm|o ?clock|weeks? (?:pregnant|late)))", r"little (?:brother|sister|one)",
           "stepson", "stepdaughter", r"\d{1,2} ?(?:year|yr)s? ?old", "boy", "girl", "teen", "teenager", "grandson",
           "granddaughter"],
    death=[
        r"(?:want|wants|wanted|wanting|wish|need|ready|longing|planning|plan|try|trying|tempted|(?:im|i am|ill|i will) "
        r"(?:going|gonna|about)) (?:\w+ )?to (?:die|"
        r"be dead|not exist|not wake up|disappear forever|end (?:it|it all|everything|my life|things)|kill my ?self|"
        r"take my (?:own )?life|go to sleep forever|not be here)",
        r"(?:kill|killing|end|ending|take|taking) (?:my ?self|my (?:own )?life)", r"end (?:it all|everything)",
        r"commit(?:ting)? suicide", r"unalive", r"(?:off|top) my ?self", r"(?:be|being) better off dead",
        r"(?:sleep|close my eyes) and (?:never|not) wake up", r"not (?:be |being )?(?:here|around|alive) (?:tomorrow|by "
        r"(?:morning|monday|the weekend|next week)|much longer|anymore)", r"(?:never|not) see (?:another|the next) "
        r"(?:day|morning|sunrise|christmas|birthday)", r"this is (?:the|my) (?:end|last (?:day|night|message))",
        r"(?:everyone|they|my family|the kids|the world|everybody)(?: \w+){0,3} better off without me",
        r"(?:no|no more) reason (?:to|for) (?:live|living|stay|staying|go on|going on)", r"done with (?:life|living)",
        r"(?:make|making) it (?:all )?stop (?:for good|forever|permanently)", r"rest forever", r"(?:final|eternal) sleep",
        r"finish (?:it|things|my ?self) (?:off|for good)", r"my (?:death|funeral|suicide note|last day)",
        r"wont (?:wake up|be here|be around)", r"wish(?:es|ed)? (?:i|id|he|she|they) (?:was|were) dead",
        r"rather be dead",
        # The office joke said in earnest: "everyone jokes 'kill me now'... when I say it, I'm not joking anymore".
        r"(?:kill me|shoot me|end me|want to die|wanna die|want to be dead|kms|kys me)(?: now| already| please)?"
        r"(?:\W+\w+){1,16}?\W+(?:im|i am|i m|im really|im honestly) (?:not|no longer) (?:joking|kidding|laughing)"
        r"(?: anymore| any more| now| about it| when i say it)?",
        r"when i say (?:it|that|i want to die|kill me|i wish i was dead)(?: \w+){0,2},? i (?:actually |really |truly )?mean"
        r" it",
        r"(?:how (?:many|much)|enough)(?: \w+){0,4} (?:take|need|needed|kill|be enough)(?: \w+){0,2} to (?:not wake up|"
        r"never wake up|die|be dead|kill (?:me|a person|someone|you|yourself|my ?self)|end it|be fatal|od|overdose)",
        r"(?:think|thinking|thought|planning|plan|planned|worked out|working out|figured out|figuring out|imagine"
        r"|imagining|picture|picturing) (?:about |of )?how (?:i|id|i would|i could|i will|ill|i might|to) (?:do it|end it"
        r"|end things|end my life|kill my ?self|go through with it)\b(?! (?:differently|better|again|if|in|with|without|"
        r"properly|right|for|at|on|by|when|yet|myself|alone))",
        # Working out the method: "which time it comes through fastest", "how high does it need to be".
        r"(?:which|what) (?:time|train|one|times)(?: \w+){0,5} (?:comes?|goes?|pass(?:es)?|runs?|flies) (?:through|past)"
        r"(?: \w+){0,2} (?:fastest|quickest|without stopping|at full speed|at speed|flat out)\b(?! (?:to|into|for)\b)",
        r"(?:when|where) (?:the )?(?:fast|express|non ?stop|freight) trains? (?:\w+ )?(?:comes?|goes?|pass(?:es)?) "
        r"(?:through|past)(?: \w+){0,2} (?:without stopping|at full speed|fastest|flat out)",
        r"how (?:high|tall|far)(?: \w+){0,4} (?:fall|jump|drop)(?: \w+){0,3} (?:to (?:die|be fatal|kill|not survive"
        r"|make sure)|would kill|is fatal|be fatal|be enough|before (?:you|it) (?:die|kills?))",
        r"(?:high|tall) enough (?:to (?:die|kill (?:me|you|someone|a person)|be fatal|not survive|do it|make sure))",
    ],
    indirect=[
        r"(?:ready|time) (?:for me )?to go", r"(?:join|be with|see) (?:my (?:late )?(?:husband|wife|son|daughter|"
        r"mother|mom|mum|father|dad|partner)|him|her) (?:again|soon|in heaven|up there)",
        r"(?:lived|had) (?:long )?enough(?: of a life| life)?", r"(?:god|the lord|he) (?:can|should|could|may|will) "
        r"(?:take|call) me", r"(?:wouldnt|would not|dont|do not) mind (?:if i )?(?:just |simply )?(?:dying|died|not waking|going|didnt wake"
        r"|did not wake|never woke|never wake|went to sleep and)",
        r"(?:not|never) (?:be|being) (?:a )?(?:burden|trouble) (?:to (?:anyone|anybody|you|them) )?(?:much )?"
        r"(?:longer|for long|soon)", r"(?:wont|will not) be (?:a )?(?:burden|bother|problem) (?:much longer|for long|"
        r"soon|anymore)", r"(?:whats|what is) the point (?:of|in) (?:going on|living|carrying on|staying|waking up)",
        r"(?:dont|do not) (?:want|expect) to (?:see|wake up to) (?:another|one more|next) (?:day|winter|christmas|"
        r"birthday|spring|year)", r"(?:go|fall) to sleep and not wake", r"(?:disappear|vanish) (?:forever|for good)",
        r"wish (?:it|everything|this) (?:would|could) (?:all )?(?:just )?(?:end|stop) for good",
        r"(?:tired|sick|weary) of (?:living|being alive|existing|waking up)", r"(?:cant|cannot) (?:go on|keep going|"
        r"do this) (?:anymore|any longer|much longer)", r"(?:no one|nobody) (?:would|will) (?:miss|notice)",
        r"peace at last",
        # "No bad thing if the Lord took me before morning", "I pray God takes me in my sleep".
        r"(?:if|that|wish|wishing|hope|hoping|pray|praying|prayed|ask|asking)(?: that)? (?:the (?:good )?lord|god|jesus"
        r"|the almighty|the man upstairs|he upstairs|my maker) (?:would |could |will |just |simply |finally )?(?:took"
        r"|take|takes|came for|come for|comes for|called|call|calls|gathered|gather) me"
        r"(?! (?:back|seriously|in|on|under|for|at|into|round|around|up)\b)(?! (?:to (?:church|mass|the)"
        r"|through|out of)\b)(?! to (?!be with|heaven|him|her|join)\w)",
        r"(?:no|not a|wouldnt be a|would not be a|would be no|be no) (?:bad|terrible|great loss|loss|tragedy|bad thing"
        r"|sad thing|shame) (?:thing )?if (?:i (?:died|was gone|were gone|didnt wake|did not wake|never woke|went in my"
        r" sleep|passed|slipped away|wasnt here|was not here|werent here)|(?:the (?:good )?lord|god|jesus|the almighty"
        r"|my maker) (?:would |could |just )?(?:took|take|came for|come for|called|call|gathered) me)",
        # Old and done: "I am 81 and I have had quite enough", "I'm ninety, I've had my innings".
        r"(?:im|i am) (?:[6-9]\d|1[01]\d|sixty|seventy|eighty|ninety|a hundred|old|very old|an old \w+)(?: years old)?"
        r"(?: now)?,? (?:and |so )?(?:i )?(?:have |ive |i have )?(?:had (?:quite |more than |just about |about )?enough"
        r"|had my innings|had a good innings|had my time|done my time|lived my life)(?= *(?:$|[.!;,]| now| and| please))",
        r"(?:hope|hopes|hoping|hoped|wish|wishing|pray|praying|prayed)(?: that)? i (?:just |simply )?(?:dont|wont"
        r"|never|do not|will not|didnt) (?:ever )?wake (?:up|again)(?: (?:again|ever|anymore|tomorrow"
        r"|in the morning))?(?= *(?:$|[.,!?;:]| and (?:its|it|i|that)| but| so| because| cause| its| it would| i "
        r"| then| tbh| lol))",
        r"(?:they|theyd|theyll|everyone|everyone(?:d|ll)|everybody|people|my (?:family|wife|husband|partner|kids"
        r"|children|parents))(?: would| will)?(?: all)? (?:cope|manage|be|do|get on|get by|live)(?: so much| much"
        r"| so| a lot| far)? (?:better|happier)(?: off)? without me(?! (?!dragging|holding|weighing|pulling"
        r"|ruining|bothering|being|messing|getting in)\w+ing\b)(?! (?:for|while|when|during|on|at|in|to)\b)",
        r"(?:they|theyd|theyll|everyone|everyone(?:d|ll)|everybody|people|my (?:family|wife|husband|partner|kids"
        r"|children|parents))(?: would| will)?(?: all)? (?:cope|manage|be|do|get on|get by)(?: just)? (?:fine|ok"
        r"|okay|alright)(?: \w+){0,2} without me[.,!]? (?:\w+ ){0,2}(?:better|happier|easier)",
        r"(?:out of|away from) (?:everyones|your|their) way (?:for good|forever)",
        # "Everyone would cope fine without me" (not "the team will be fine without me for a week").
        r"(?:they|theyd|theyll|everyone|everyone(?:d|ll)|everybody|my (?:family|wife|husband|partner|kids|children"
        r"|parents|mum|mom|dad))(?: would| will| could)?(?: all)? (?:cope|manage|be|do|get on|get by|carry on)(?: just)?"
        r" (?:fine|ok|okay|alright|perfectly well|well enough)(?: \w+){0,2} without me\b(?! (?:for|while|when|during|on"
        r"|this|next|at|until|till|tonight|today|tomorrow)\b)",
    ],
    method=[
        r"ropes?", r"noose", r"belt (?:around|round) my neck", r"(?:the )?(?:beam|rafter|banister|loft hatch)",
        r"hang(?:ing)? my ?self", r"guns?", r"pistol", r"rifle", r"shotgun", r"firearm",
        r"(?:the )?(?:knife|knifes|blade|"
        r"razor|razors)", r"(?:foot ?bridge|viaduct|bridge|overpass|roof|rooftop|ledge|cliffs?|balcony|parking garage|car park|top floor)",
        r"(?:train|tracks|railway|rail line|metro|subway|motorway|highway)", r"(?:into|in front of|out in) (?:the )?"
        r"(?:oncoming )?traffic", r"jump(?:ing)?",
        r"(?:river|lake|sea|ocean|canal|quarry)", r"drown(?:ing)?", r"exhaust", r"hose", r"engine running",
        r"carbon monoxide", r"charcoal", r"gas oven", r"plastic bag", r"helium", r"overdos\w*", r"bleach",
        r"antifreeze", r"weed ?killer", r"pesticides?", r"rat poison", r"poison", r"insulin", r"car (?:into|off)",
        r"drive (?:into|off)", r"crash (?:the|my) car",
        # The drop looked at from a height: "the cars look so small from up here", "it's a long way down".
        r"(?:cars|people|traffic|water|road|street|trains?|ground|houses|boats|lorries|trucks|rocks|waves|river)"
        r" (?:\w+ )?(?:look|looks|seem|seems|are|is) (?:so |really |very |tiny |like ants |)?(?:small|tiny|far (?:away"
        r"|down)|a long way down)(?: \w+){0,2} (?:from )?(?:up )?(?:here|there)",
        r"(?:its|it is|thats|that is|such) (?:a |such a |so |really )?(?:long|big|high|steep) (?:way )?(?:down|drop|fall)",
        r"(?:looking|look|staring|stare|stared|looked) (?:straight |right )?down at (?:the )?(?:water|traffic|cars|road"
        r"|river|tracks|drop|rocks|street|ground|sea|waves|motorway)",
    ],
    pills=[_PILL_WORDS],
    poison=[r"bleach", r"antifreeze", r"weed ?killer", r"pesticides?", r"rat poison", r"drain cleaner", r"poison",
            r"paraquat", r"fertili[sz]er", r"windscreen wash"],
    lethal_means=[
        r"noose", r"(?:tied|tie|tying|fixed|hung|secured) (?:a |the )?(?:rope|belt|cord|cable) (?:to|on|around|over) "
        r"(?:the |a )?(?:beam|rafter|banister|door|hook|tree|pipe|railing)", r"rope (?:is )?(?:ready|tied|up|around)" + _LEISURE,
        r"(?:rope|noose|cord|belt)s? (?:is |s |are |has been |have been |been |all )?(?:ready|tied|up|hung|hanging|set up"
        r"|in place|sorted)(?= (?:in|on|from|over|at|under|round|around|off) (?:the|my) (?:garage|shed|loft|attic|beam"
        r"|rafters?|tree|woods|basement|cellar|bedroom|wardrobe|door|banister|bannister|stairs|stairwell|hook|bathroom"
        r"|barn|garden)| *(?:$|[.,!;]))" + _LEISURE,
        r"(?:put|hung|tied|fixed|set|rigged|strung) (?:up )?(?:a |the )?(?:rope|noose) (?:up )?(?:in|on|from|over|to) "
        r"(?:the |my )?(?:garage|shed|loft|attic|beam|rafters?|tree|banister|bannister|stairs|hook|door)" + _LEISURE,
        r"(?:pills|tablets|meds|medication) (?:are |all |are all )?(?:laid out|lined up|counted out|in a pile|ready|on the "
        r"(?:table|counter|bed|desk))", r"(?:laid|lined|counted|set) out (?:all )?(?:the |my )?(?:\w+ )?(?:pills|"
        r"tablets|meds)", r"(?:enough|plenty of) (?:\w+ )?(?:pills|tablets|meds|insulin) to (?:kill|end|die|do it|not "
        r"wake)", r"(?:lethal|fatal) (?:dose|amount)", r"hose (?:on|to|from|into) (?:the )?exhaust",
        r"(?:taped|sealed) (?:up )?the (?:garage|car|windows|doors)", r"charcoal (?:in|into) (?:the )?(?:bathroom|"
        r"bedroom|car|tent)", r"(?:loaded|load) (?:the |my |a )?(?:gun|pistol|rifle|shotgun)", r"gun (?:is )?loaded", r"(?:gun|pistol|rifle|shotgun|revolver)s? (?:is |s )?(?:loaded|cocked)",
        r"(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|collecting|collected) (?:up )?(?:\w+ ){0,3}"
        r"(?:pills|tablets|meds|sleeping pills|painkillers)",
        r"(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing) (?:up )?(?:my |all my |the )?(?:\w+ )?"
        r"(?:" + _PILL_WORDS + r")(?! (?:for (?:the|my) (?:trip|holiday|flight)|prescription))",
        # Medicines put aside instead of taken: "putting my evening tablets aside in a tin rather than taking them".
        r"(?:putting|put|keeping|kept|setting|set|tucking|tucked|hiding|hid|saving|stashing|stashed|storing|stored"
        r"|squirrel+ing|squirrel+ed|collecting|collected) (?:my |the |all my |all the )?(?:\w+ ){0,2}(?:" + _PILL_WORDS
        + r")(?: \w+){0,5} (?:instead of|rather than|and not|but not|without) (?:taking|swallowing|having) (?:them|it)",
        # Medicines not taken but kept back: "not taking my quetiapine, putting them aside", "pills hidden".
        r"(?:not taking|stopped taking|pretending to take|skipping|spitting out|palming|not swallowing) (?:my |the |all "
        r"my )?(?:\w+ )?(?:" + _PILL_WORDS + r")(?:\W+\w+){0,5}?\W+(?:saving|keeping|putting|hiding|stashing|storing"
        r"|collecting|stockpiling|hoarding|saved|kept|put|hid|stashed|stored|collected) (?:them|it|they|all of them)"
        r"(?: \w+){0,2}? (?:aside|away|up|by|back|somewhere|in (?:a|my|the) \w+)",
        r"(?:" + _PILL_WORDS + r") (?:\w+ )?(?:hidden|stashed|saved up|stockpiled|hoarded|put aside|put away|squirrel+ed "
        r"away|tucked away|kept back)\b(?! (?:from (?:the|my) (?:kids|children|dog|baby|grandkids)|out of reach))",
    ],
    taken=[
        r"(?:i|ive|i have|i just|just) (?:already )?(?:took|taken|swallowed|downed|ate|drank|injected|necked|popped)",
        r"(?:took|taken|swallowed|downed|necked|popped) (?:all|the whole|every|them all|the lot|a (?:whole|full)|"
        r"everything|whatever|\d+)(?!(?: \w+){0,5} (?:out|off|apart|down|back|away|with me|home|to (?:the|my) (?:car|tip|shop"
        r"|charity))\b)", r"(?:took|swallowed|taken) (?:them|it) all", r"overdosed", r"took an overdose",
        r"(?:i|ive) done it", r"its done",
    ],
    amount=[r"all (?:of )?(?:them|my|the|it)", r"(?:the )?(?:whole|entire|full) (?:bottle|box|pack|packet|strip|"
            r"jar|lot|month)", r"every (?:last )?(?:one|pill|tablet)", r"(?:a |two |three )?(?:handfuls?|bottles?|"
            r"boxes|packets|blister packs?) (?:of|full)(?! (?:wine|beer|vodka|water|whisky|whiskey|gin|rum|prosecco"
            r"|champagne|cider|lager|milk|juice|coke|pop|soda|red|white|bubbly))", r"too many",
            r"(?:[2-9]\d|1\d\d|\d{2,3}) ?(?:\w+ )?(?:pills|"
            r"tablets|of (?:them|my|the))", r"(?:twenty|thirty|forty|fifty|sixty|a hundred)", r"double|triple",
            r"lots? of", r"a bunch of", r"everything (?:in|from|that was in|i could find in|i found in) (?:the|my|our|mums|moms|dads|nans) (?:\w+ ){0,2}"
            r"(?:cabinet|cupboard|drawer|box|kit|bag|shelf|tin)", r"(?:whatever|everything|all) (?:was left|i (?:had|could"
            r" find|found|could get)|there was|that was there)(?! to (?:do|say|give|offer))", r"them all",
            r"the lot"],
    symptom=[r"dizzy", r"drowsy", r"(?:feel|feeling|getting|im|so|really|very) (?:really |so |very |a bit )?(?:sleepy"
             r"|woozy|groggy|light ?headed|spaced out|out of it)", r"(?:cant|can not|cannot) (?:keep my eyes open|stay awake|feel my|breathe|see "
             r"straight)", r"(?:throwing|threw) up", r"vomit\w*", r"heart (?:is )?(?:racing|pounding)", r"ringing in my "
             r"ears", r"(?:everything is|im|its|getting) (?:blurry|spinning|fuzzy|numb|dark)", r"so (?:sleepy|tired)",
            r"passing out", r"feel (?:weird|strange|funny|sick)", r"going numb", r"(?:stomach|chest) (?:hurts|pain)"],
    under_way=[
        r"(?:sitting|sat|lying|im) in (?:the|my) car (?:\w+ ){0,6}(?:engine|garage|hose|exhaust|fumes)",
        r"(?:rope|belt|cord|noose) (?:is )?(?:around|round|on) my neck",
        # (not on a commute: "standing at the edge of the platform waiting for my train")
        r"(?:standing|sitting|stood|sat) (?:on|at) (?:the )?(?:edge|ledge|railing|parapet|tracks|platform edge)"
        r"(?![^.!?\n]{0,60}\b(?:waiting for (?:my|the|a) (?:train|bus|tram|tube|metro)|for (?:my|the) (?:train|bus)"
        r"|late|delayed|commut\w*|to get on)\b)",
        # (not a razor while shaving nor a knife while cooking)
        r"(?:knife|blade|razor|gun) (?:is )?(?:in my hand|to my (?:wrist|throat|head)|against my)"
        r"(?![^.!?\n]{0,40}\b(?:shav\w*|cooking|chopping|slicing|peeling|carving|whittling|opening|at work"
        r"|for work)\b)", r"(?:bleeding|blood) (?:everywhere|wont stop|a lot|all over)",
        r"(?:doing|do) it (?:right )?now", r"(?:water|river|sea) (?:is )?(?:up to|over) my", r"(?:im|i am) (?:in|into) "
        r"the (?:river|lake|sea|water) ", r"(?:tied|put) the (?:rope|noose|belt)",
    ],
    at_place=[
        _ME + r" (?:be |been )?(?:on|at|standing on|sitting on|up on) (?:the |a |this )?(?:bridge|roof|rooftop|ledge|cliff|edge|tracks|"
        r"railway|platform|balcony|top floor|overpass|car park roof|pier"
        r"|foot ?bridge|viaduct)(?! of (?:the |my |our |a )?(?:office|work|hotel|restaurant|bar|shopping|mall|museum"
        r"|gallery|library|department store|shard))(?![^.!?]{0,40}\b(?:traffic|queue|jam|stuck|late|delayed|roadworks|on my way|commut\w*"
        r"|tailback|bus|gridlock|diversion|closed))(?![^.!?]{0,40}\b(?:fixing|repairing|mending|cleaning|clearing"
        r"|checking|painting|replacing|putting up|taking down|installing|sunbathing|having (?:a|my) (?:smoke|fag|coffee"
        r"|cuppa|drink|beer)|hanging (?:out )?(?:the )?washing|with (?:the|my) (?:kids|family|friends|mates|dog"
        r"|partner))\b)" + _COMMUTE,
        r"(?:parked|parked up|sitting|sat|waiting|standing|stood|been sat|been sitting|been standing|pulled up) "
        r"(?:here )?(?:by|at|near|next to|on top of|up on) (?:the )?(?:tracks|railway|bridge|cliffs?|cliff top"
        r"|clifftop|cliff edge|river|edge|beachy head|golden gate|clifton suspension bridge|humber bridge"
        r"|erskine bridge)(?![^.!?\n]{0,60}\b(?:waiting for (?:my|the|a) (?:train|bus|tram|tube|metro)"
        r"|for (?:my|the) (?:train|bus)|late|delayed|commut\w*|to get on)\b)",
        r"(?:at|on) (?:beachy head|the golden gate|the clifton suspension bridge|the humber bridge"
        r"|the erskine bridge)",
        r"(?:next|the) train (?:is|comes) (?:in|coming)",
        _ME + r" (?:on|at|up on|standing on|sitting on) (?:the )?(?:top|edge) of (?:the |a |this )?(?:\w+ )?(?:bridge"
        r"|cliffs?|building|car park|multi ?storey|tower|quarry|roof|dam|flats|block)" + _LEISURE,
        r"(?:standing|stood|sitting|sat|waiting|parked|perched|climbed) (?:here )?(?:on|over|onto) (?:the |a |this )?"
        r"(?:railway |motorway |train |foot ?)?(?:bridge|ledge|edge|tracks|railway line|cliff edge|parapet|railing"
        r"|overpass|viaduct|wrong side of the (?:railing|barrier|fence))" + _LEISURE,
        r"(?:^|(?<=[.,!] ))(?:on|at|up on) (?:the )?(?:roof|top|edge|ledge) of (?:the |my |a |this )?(?:\w+ )?(?:building"
        r"|block|flats|car park|multi ?storey|tower|bridge|cliffs?|hospital|office|school|quarry)" + _LEISURE,
        _ME + r" (?:on|at|by) (?:the )?(?:level crossing|railway bridge|motorway bridge|train bridge|dam|quarry edge"
        r"|multi ?storey|harbour wall|sea wall)",
        r"(?:its|it is|so|really) (?:quiet|peaceful|calm|still|windy|high|dark) up here",
    ],
    access=[
        r"(?:i|ive|i have|i just|just|finally) (?:got|bought|ordered|picked up|collected|found|have|taken out) "
        r"(?:a |the |some |enough |my |all )?", r"ive got", r"i have (?:a|the|enough|some|them|it|all)",
        r"in front of me",
        r"in (?:my|the) (?:hand|hands|pocket|bag|car|drawer|room|boot|trunk|glovebox|glove box|van)",
        r"(?:are|is|its|theyre|all) ready",
        r"(?:next to|beside|with) me", r"within reach", r"(?:in|into) the (?:garage|shed|loft|attic|cellar|basement)",
        r"(?:hidden|hid|stashed) (?:it|them)", r"(?:set|all set) up", r"laid out", r"lined up", r"counted",
    ],
    time_soon=[
        r"(?:after|once|when) (?:everyones|everybodys|theyre|the kids are|the kids have|the house is|its all|mums|moms"
        r"|dads|hes|shes) (?:all |finally |fast )?(?:asleep|in bed|gone to bed|gone to sleep|out|gone|quiet|at work"
        r"|at school)",
        r"tonight", r"tonite", r"right now", r"today", r"this (?:evening|afternoon|morning|weekend|week)",
        r"tomorrow(?: morning| night)?", r"in (?:an|one|a few|two|three|a couple of|\d+) (?:hours?|minutes?|mins?)",
        r"(?:after|once|when) (?:the kids|everyone|they|my (?:husband|wife|partner|parents|mum|mom|dad)) (?:are|is|go|"
        r"goes|have gone|has gone|fall|fell)(?: to)? (?:asleep|sleep|bed|out|away|gone|to work|to school)",
        # A clock time, not an age ("tried at 16, I am 35 now"): bare numbers only up to 12.
        r"(?<!me )(?<!up )(?<!it )at (?:\d{1,2} ?(?:[ap]m|o ?clock)|\d{1,2}(?:[:.]| ?h ?)\d\d|(?:[1-9]|1[0-2])\b"
        r"(?! ?(?:years?|yrs?|yo|y o)\b)|midnight|dawn)",
        r"before (?:morning|sunrise|dawn|anyone wakes|they get back)",
        r"very soon", r"(?:the )?(?:right|perfect) (?:time|moment)", r"the night (?:is )?(?:here|the night)",
        r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?",
        r"when (?:its|it gets) dark",
        r"(?:the )?(?:sun|suns|sun is|sun has) (?:almost |nearly |just |about )?(?:gone|down|set|setting|going down)",
        r"(?:on )?my birthday", r"(?:this|that) is it", r"for tonight", r"last night on earth",
    ],
    engine_running=[r"(?:engine|motor|car)s? (?:has |have |is |s |was |been |keeps )*(?:been )?(?:running|on|idling)",
                    r"(?:exhaust|fumes)", r"hose (?:in|into|through) the (?:window|car)"],
    gas_on=[r"(?:turned|switched|put|left) (?:on )?the gas(?: on)?", r"(?:opened|open) the gas", r"gas (?:is )?(?:on|"
            r"open|running)", r"lit (?:the )?(?:charcoal|barbecue|bbq)", r"charcoal (?:is )?(?:lit|burning)"],
    enclosed=[r"(?:in|inside|into) (?:the |my )?garage", r"(?:closed|shut|sealed|taped) (?:all )?(?:the |every )?"
              r"(?:windows|doors|vents|gaps)", r"garage (?:door )?(?:is |s )?(?:shut|closed|locked)", r"doors? (?:is |s |are )?(?:shut|closed|locked|taped)", r"windows? (?:are |is )?"
              r"(?:shut|closed|taped|up)", r"(?:sealed|taped) (?:it|the \w+) up"],
    self_harm=[r"(?:cut|cutting|burned|burnt|burning|scratched|carved) (?:\w+ ){0,2}(?:my (?:arms?|wrists?|thighs?|legs?|"
               r"stomach|skin|hips?)|on my (?:thighs?|arms?|legs?|stomach|hips?))", r"(?:cut|cutting) (?:again|deeper|too deep|"
               r"last night|yesterday)", r"(?:went|gone|going) back to (?:cutting|burning|hurting my ?self)",
               r"(?:cut|cuts) (?:deeper|deep) than (?:usual|before)", r"(?:wont|doesnt|didnt) stop bleeding"],
    self_harm_urge=[r"urges? (?:are|is|were|to cut|to hurt|to burn)(?: \w+){0,2} (?:really )?(?:bad|strong|back|"
                    r"overwhelming)", r"(?:\w+ )?(?:weeks|months|days|years) clean", r"(?:want|need|craving) to "
                    r"(?:cut|hurt my ?self|burn my ?self) (?:so bad|again|really bad)"],
    depressant=[r"xanax|benzos?|valium|diazepam|klonopin|clonazepam|lorazepam|ativan|oxy\w*|percocets?|opioids?|"
                r"fentanyl|heroin|codeine|tramadol|morphine|methadone|sleeping (?:pills|tablets)|zopiclone|zolpidem|"
                r"ambien|lean|ghb"],
    alcohol=[r"drink|drinking|drinks|drunk|alcohol|vodka|wine|beer|whiskey|whisky|booze|shots|tequila|rum|gin"
    r"|pints?|lagers?|ciders?|prosecco|champagne|bourbon|brandy|sambuca|jager\w*|cans of \w+|bottles? of \w+|units"],
    harm_thought=[r"(?:thoughts?|images?|flashes|pictures?|urges?) (?:\w+ ){0,4}(?:of|about) (?:\w+ ){0,1}"
                  r"(?:hurting|harming|dropping|drowning|smothering|stabbing|pushing|shaking|killing) (?:my|the|our|him|"
                  r"her|them|someone)"],
    voices_worse=[r"(?:voices?|whisper(?:s|ing|ings)?) (?:\w+ ){0,3}(?:louder|worse|stronger|back|came back|"
                  r"all the time|won.?t stop|never stop|"
                  r"commenting|comment on|laughing at me)", r"(?:hearing|hear) (?:the )?voices (?:again|more|all day)"],
    purging=[r"(?:take|taking|took|use|using|used|pop|popping)(?: \w+){0,3} laxatives", r"laxatives? (?:every|each|after|"
             r"to)", r"(?:make|made|making) my ?self (?:throw up|sick|vomit|puke)", r"(?:throw|throwing|threw) up "
             r"(?:after|every)", r"diuretics? to (?:lose|drop)", r"purg(?:e|ing|ed)"],
    restriction=[r"(?:havent|hardly|barely|not) (?:eaten|had (?:any )?food|eating)(?! (?:any )?(?:meat|sugar|bread"
                 r"|carbs|sweets|chocolate|junk|dairy|gluten|fish|chicken|pork|beef|fast food|takeaways?|crisps|cake"
                 r"|pizza|out)\b)(?: \w+){0,3} (?:in|for) (?:\d+|two|"
                 r"three|four|five|six|seven|eight|nine|ten|several|a few) (?:days|weeks)", r"(?:\d+|two|three|four|five|"
                 r"six|seven|ten) days (?:without|with no|of no) (?:food|eating)", r"(?:under|less than|only) \d{2,3} "
                 r"(?:calories|kcal|cals)", r"(?:stopped|stop) eating(?: \w+){0,2} (?:to lose|so i|until)"],
    ed_effect=[r"faint(?:ed|ing)?", r"passed out", r"collapsed", r"black(?:ed|ing)? out", r"(?:heart rate|pulse|heart)"
               r" (?:is |was |of )?(?:\d{2}|really low|so low|racing|skipping)", r"weigh (?:\d{2}|under \d{2}) (?:kg|kilos|"
               r"pounds|lbs)", r"(?:vision|eyes) (?:went|going|goes) (?:black|dark|blurry)", r"hair (?:is )?falling out",
               r"(?:always|so) cold", r"dizzy (?:all the time|every time i stand)"],
    frequency=[r"every (?:night|day|evening|morning)", r"(?:a|per) (?:night|day|evening)\b(?! (?:out|off|in|at|away|or two"
               r"|before|trip|shift))", r"(?:most|all) (?:evenings|weekends)", r"every (?:single )?(?:night|day|evening)", r"each (?:night|day)", r"all day", r"most (?:nights|days)",
               r"(?:morning|first thing) till night", r"before work", r"(?:\d|two|three|four|five) times a day"],
    cope=[r"to (?:cope|get through|switch off|numb|forget|sleep|calm down)",
          r"(?:the )?only (?:way|thing)(?: that)?(?: \w+){0,3} (?:shuts? off|switch(?:es)? off|turns? off|quiets? down"
          r"|goes quiet|shuts? up|stops|helps|works|gets me to sleep|knocks me out|numbs|takes the edge off)", r"(?:only|one) thing that (?:helps|works|"
          r"switches)", r"(?:cant|cannot) (?:sleep|cope|function) without"],
    time_recent=[r"last night", r"yesterday", r"(?:an?|one|two|three|a few|half an|\d+) (?:hours?|minutes?|mins?) ago", r"(?:just|earlier)(?: now|"
                 r" today| tonight)?", r"this (?:morning|evening|afternoon)",
                 # A clock time, not an age: "at 16, I am 35 now" is history.
                 r"(?:since|at) (?:\d{1,2} ?(?:[ap]m|o ?clock)|\d{1,2}(?:[:.]| ?h ?)\d\d|(?:[1-9]|1[0-2])\b"
                 r"(?! ?(?:years?|yrs?|yo)\b)|lunch|dinner|breakfast)", r"a (?:little |short )?while ago", r"after (?:dinner|lunch|breakfast)"],
    intent=[
        r"(?:ive|i have|i) (?:decided|made up my mind|made my decision|made the decision|chosen)", r"(?:its|it is) "
        r"(?:time|decided)", r"no going back", r"(?:going|gonna) (?:to )?(?:do it|go through with it)",
        r"(?:ill|i will|i am going to|im going to|im gonna) (?:do it|go through with it|finally do it)",
        r"(?:i know|ive worked out|ive figured out|i have a plan) (?:how|when|where)", r"(?:have|got|made) a plan",
        r"nothing (?:will|can) (?:stop|change) (?:me|my mind)", r"(?:at peace|made (?:my )?peace) with (?:it|my "
        r"decision|this)", r"(?:this|tonight) is (?:the night|the day|it)", r"my mind is made up",
        r"(?:work|works|working|worked|build|building|built|get|getting|got|find|finding|found|summon|summoning"
        r"|muster|mustering) (?:up )?(?:the )?(?:nerve|courage|guts|balls) to (?:do it|go through|jump|walk (?:to"
        r"|off)|step (?:off|out|over)|go over|end|take|finish|kill|hang|let go)",
        r"(?:final|last) (?:decision|goodbye|message|night|day)", r"dont try to (?:stop|find|save) me",
    ],
    prep=[
        r"(?:wrote|written|writing|left|leaving|finished|sealed) (?:\w+ ){0,3}(?:letters?|notes?|cards?) (?:to|for) "
        r"(?:\w+ ){0,2}(?:kids|children|son|daughter|family|wife|husband|partner|parents|mum|mom|dad|everyone|each of)",
        r"(?:goodbye|farewell|last|final|suicide) (?:letters?|notes?|messages?|videos?)", r"(?:updated|made|wrote|"
        r"finished|sorted|done|did|written|finali[sz]ed|signed|redone|rewritten|changed) (?:out )?my will(?: out)?\b"
        r"(?! (?:power|to (?:the|a) gym|\w+ing))(?![^.!?]{0,60}\b(?:solicitor|lawyer|notary|attorney|will writer"
        r"|probate|estate planning|ticked|admin|organi[sz]ed|to ?do list|adulting|grown ?up))", r"my will (?:is )?(?:sorted|done|written|signed|finished|up to date|in order)\b"
        r"(?![^.!?]{0,60}\b(?:solicitor|lawyer|notary|attorney|will writer|probate|estate planning|ticked|admin"
        r"|organi[sz]ed|to ?do list|adulting|grown ?up))",
        r"(?:my|the) (?:flat|house|car|savings|money|jewel+ery|stuff|things|belongings|guitar|dog|cat|pets?|records"
        r"|collection) (?:will go|goes|is going|are going|should go|can go|is to go|go) to (?:my|our) (?:\w+ )?(?:sister"
        r"|brother|mum|mom|dad|friend|neighbou?r|aunt|uncle|cousin|daughter|son|niece|nephew|kids|children|partner|wife"
        r"|husband)s?\b(?! (?:for|while|when|until|till|over|during|this|next|on|because|cos|since|after (?:school|work"
        r"|the))\b)",
        r"(?:the|my) (?:dog|cat|pets?|rabbit|hamster|bird|budgie|fish|tortoise|horse|guinea pigs?|dogs|cats) (?:is|are|will"
        r" be|s|can go|should go) (?:going|go) to (?:my|our|a|the) (?:\w+ )?(?:sister|brother|mum|mom|dad|friend|neighbou?r"
        r"|aunt|uncle|cousin|daughter|son|niece|nephew|new (?:home|owner|family)|good home)s?\b(?! (?:for|while|when"
        r"|until|till|over|during|this|next|on)\b)", r"(?:giv(?:e|ing)|gave|given|rehom(?:e|ing|ed)|found a (?:new )?home for) "
        r"(?:away )?(?:my|the) (?:dog|cat|pets?|rabbit|bird|things|stuff|belongings|guitar|jewel+ery|collection)",
        r"(?:who|someone) (?:will|can|to) (?:look after|take care of|feed|have) (?:my|the) (?:dog|cat|pets?|kids|"
        r"children|plants) (?:when|after|once)", r"(?:put|putting|getting|got) my (?:affairs|things|papers) in order",
        r"my (?:affairs|papers|financial affairs|estate) (?:are|is) (?:all |now |finally )?(?:in order|settled|sorted"
        r"|arranged|tidy|squared away)(?![^.!?]{0,80}\b(?:solicitor|lawyer|notary|attorney|accountant|tax|probate"
        r"|estate planning|admin|mortgage|pension|insurance|move|moving|house sale|retire\w*|holiday|trip|audit))",
        r"(?:cancelled|closing|closed|deleted) (?:all )?my (?:accounts|subscriptions|social media|phone contract)",
        r"(?:paid|paying) off (?:all )?my (?:debts|bills)", r"(?:passwords|pin numbers|insurance papers|bank details) "
        r"(?:for|written down for|left for) (?:my|the)", r"(?:planned|planning|chose|chosen) (?:the )?(?:songs|music|"
        r"hymns) for my funeral", r"funeral (?:plan|arrangements|songs)", r"(?:said|saying) (?:my )?goodbyes?",
        r"(?:the|my) (?:dog|cat|pets?|kids|children) (?:is|are|will be|can stay|can go) (?:at|with) (?:my|our|the|a) "
        r"\w+(?: now| for good| from now on)?",
        r"(?:saying|said) goodbye to (?:everyone|my|the)",
        r"(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|collected|collecting|put by|"
        r"putting by|hidden|hid|hiding) (?:up )?(?:\w+ ){0,4}(?:" + _PILL_WORDS + r")",
        r"enough (?:of )?(?:\w+ ){0,3}(?:" + _PILL_WORDS + r") (?:saved|stockpiled|stashed|put by|put aside|hidden"
        r"|collected|now|to)",
        r"(?:gave|given|giving|give) (?:away )?(?:my (?:\w+ ){1,3}and )?all (?:of )?my (?:\w+ ){0,2}(?:things|stuff|"
        r"belongings|clothes|hoodies|games|consoles?|books|jewel+ery|records|vinyls?|collection|savings|possessions|"
        r"trainers|shoes|gear)\b(?! (?:to|for|at) (?:the )?(?:charity|oxfam|a charity|the tip|goodwill))", r"(?:visited|seeing|see) (?:everyone|my family|them) one "
        r"(?:last|final) time",
    ],
    farewell=[r"thank you for everything", r"thanks for everything",
              r"(?:thank you|thanks|thankyou|ty) (?:so much )?for (?:trying|all you did|everything you did|all youve done"
              r"|everything youve done|all your help|always being there|putting up with me)(?= *(?:$|[.,!]| and| but| i))",
              r"you did (?:all|everything|what) you could", r"(?:its not|it is not|this is not|this isnt|it isnt|its nobodys"
              r"|it wasnt|this wasnt)(?: (?:your|anyones|anybodys))? fault", r"(?:dont|do not) blame your(?:self|selves)",
              r"(?:just )?wanted (?:someone|somebody|you|one person|anyone) to know", r"i love you all", r"goodbye(?: everyone| all|"
              r" world| forever)?", r"bye forever", r"sorry for everything", r"forgive me", r"remember me",
              r"take care of (?:mum|mom|dad|the kids|my|everyone|yourselves)", r"tell (?:them|my \w+|everyone) (?:that )?i"
              r" loved?", r"(?:you|nobody|no one) wont hear from me", r"(?:im )?(?:so )?sorry(?: for everything| mum| mom| dad)?$"],
    hopeless=[r"hopeless", r"no hope", r"pointless", r"nothing (?:left|matters|will change|will ever change)",
              r"(?:cant|cannot) (?:take|do|cope with) (?:it|this|anything) anymore", r"(?:a |such a )?burden",
              r"worthless", r"trapped", r"no way out", r"(?:nobody|no one) (?:cares|would care|will care)",
              r"everyone (?:would|will) be (?:fine|better)", r"(?:too|so) tired of (?:it|this|everything|fighting)",
              r"(?:its|it is) (?:over|hopeless|no use)", r"given up", r"giving up", r"(?:whats|what is) the point",
              r"at (?:the )?end of my rope",
              r"(?:none of (?:it|this|that)|nothing) (?:will|is going to|would|wont) (?:matter|count)(?: anymore| any more"
              r"| soon| after| then| by then)?", r"(?:it|this|that|any of it) (?:wont|will not|isnt going to) matter"
              r" (?:anymore|any more|soon|after|by then|much longer)",
              r"(?:^|(?<=[.!?,] ))(?:i )?(?:just )?(?:cant|cannot) do this(?: anymore| any more| any longer| no more)?"
              r"(?= *(?:$|[.!?,;]| anymore| been| im| i| just))"],
    stopped_treatment=[r"(?:stopped|stop|quit|not) (?:taking )?(?:my )?(?:insulin|dialysis|heart (?:pills|tablets|meds)|"
                       r"blood thinners|warfarin|chemo|medication|meds|pills|tablets) (?:on purpose|so (?:that )?(?:i|it)|"
                       r"to (?:die|speed|let|hurry|go)|for good|and (?:let|wait))", r"(?:let|letting) (?:my )?(?:diabetes|"
                       r"illness|cancer|heart|body|nature) (?:take|do) (?:its course|me|the rest)",
                       r"(?:stopped|refuse|refusing) (?:eating|drinking|to eat|to drink) (?:so|until|to die)"],
    threat=[
        # A weapon and the person's home, or revenge for someone close: "rifle loaded and I know where Kyle lives".
        r"(?:rifle|guns?|shotgun|pistol|knife|machete|bat|hammer|axe|crossbow)(?:\W+\w+){0,20}?\W+(?:i know where (?:he"
        r"|she|they|\w+) (?:lives?|works?|drinks|goes|parks|stays)|(?:hes|shes|theyre|he is|she is|they are|hell|shell"
        r"|theyll) (?:not|never) (?:going to |gonna )?(?:do|doing|touch|touching|hurt|hurting|hit|hitting|come near"
        r"|coming near) (?:that|this|it|her|him|them|anyone|my \w+)(?: to (?:my|her|him|anyone)(?: \w+)?)?(?: ever)? "
        r"again)",
        r"i know where (?:he|she|they|\w+) (?:lives?|works?|drinks|parks|stays)(?:\W+\w+){0,12}?\W+(?:rifle|guns?"
        r"|shotgun|pistol|knife|machete|bat|hammer|axe|crossbow)",
        r"(?:going to|gonna|will|ill|want to|wanna|about to|plan to|planning to|im going to) (?:kill|stab|shoot|"
        r"murder|strangle|beat|hurt|smash|run over|slit|cut|burn|poison|destroy|end) "
        r"(?:him|her|them|my (?:boss|ex|husband|wife|partner|neighbou?r|brother|sister|father|dad|mother|mom|mum|"
        r"stepdad|landlord|manager|coworker|teacher|roommate|flatmate)|the (?:\w+ )?(?:guy|man|woman|boss|neighbou?r|"
        r"teacher|manager|landlord)|(?!me\b|my ?self\b|it\b|time\b)[a-z]+ (?:tonight|tomorrow))",
        r"(?:he|she|they)(?:ll| will) (?:be sorry(?! for (?:the|being|not|missing|leaving|forgetting|"
        r"their|his|her))|regret it|get what (?:he|she|they) deserves?|pay)",
        r"(?:going to|gonna|will|ill|im going to) make (?:him|her|them|my \w+) (?:pay|suffer|regret)",
        r"(?:wait(?:ing)? for|waiting outside|follow) (?:him|her|them) (?:with|after|by|at|outside)",
        r"(?:going to|gonna|will|ill|im going to) (?:smash|kick|punch|cave|bash) (?:his|her|their) (?:face|head|skull|"
        r"teeth)", r"(?:today|tonight|tomorrow) (?:he|she|they) (?:finds? out|learns?|gets? what|will pay|pays)",
        r"(?:he|she|they)(?:ll| will) (?:find out|learn) what happens",
        r"(?:hes|shes|theyre|he is|she is|they are|hes just|shes just) (?:about|going|gonna)(?: to)? (?:find out|"
        r"learn|know|feel) (?:what (?:it|that|pain) feels like|how (?:it|that) feels)\b"
        r"(?! (?:to|when|once|one day|someday|if|after)\b)",
        r"(?:hes|shes|theyre|he is|she is|they are|hell|shell|theyll) (?:going to |gonna )?(?:pay|be sorry"
        r"|regret it|get what (?:he|she|they) deserves?)(?: for (?:it|this|that|what)| tonight| today| tomorrow)",
        r"(?:going to|gonna|will|ill|im going to|i swear ill|swear i will) (?:put|throw|smash|shove|slam|kick) "
        r"(?:him|her|them|my (?:boss|ex|manager|husband|wife|partner|stepdad|dad|brother|neighbou?r|landlord"
        r"|coworker)|that (?:\w+ )?(?:guy|man|woman|bastard|prick|bitch|cow)) (?:through|into|down|off|out of) "
        r"(?:the |a )?(?:\w+ )?(?:door|window|wall|table|stairs|windscreen|glass|bannister|railings?)",
        r"(?:going to|gonna|will|ill|im going to|i swear ill|swear i will|i would|id|want to|wanna|could) (?:put|send"
        r"|lay) (?:him|her|them|that (?:\w+ )?(?:guy|man|woman|bastard|prick|bitch|cow)|my (?:ex|boss|stepdad|brother"
        r"|neighbou?r|landlord)) (?:in the ground(?! floor| level)|six feet under|in (?:a|his|her|their|an early) (?:grave|coffin|box)"
        r"|in (?:the )?(?:hospital|morgue|icu|a wheelchair|intensive care)|in the dirt|under the patio|to sleep for good)",
        r"(?:going to|gonna|will|ill|im going to|i swear ill) (?:break|snap|smash) (?:his|her|their) (?:neck"
        r"|legs?|arms?|jaw|nose|skull|fingers)",
        r"(?:going to|gonna|will|ill|im going to|i swear ill) (?:glass|batter|deck|knife|bottle) (?:him|her|them)\b"
        r"(?! (?:a|an|the|some))",
    ],
    weapon=[r"knife", r"knifes", r"knives", r"guns?", r"pistols?", r"rifles?", r"shotguns?", r"machetes?", r"axes?",
            r"hammers?", r"crowbars?", r"blades?", r"(?:baseball |"
            r"cricket )?bats?", r"petrol", r"gasoline", r"acid", r"loaded"],
    violence_me=[
        r"(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mom|mother|stepdad|"
        r"stepfather|son|brother|carer|caregiver))(?: \w+){0,3} (?:hit|hits|hitting|beat|beats|beating|punched|punches|"
        r"kicked|kicks|slapped|slaps|choked|chokes|choking|strangled|strangles|strangling|shoved|pushed|threw|dragged|"
        r"burned|bit|raped|locked|locks|grabbed|pinned|smashed) me",
        r"(?:hands?|arm|fingers) (?:around|round|on) my (?:neck|throat)", r"(?:choked|strangled|throttled) me",
        r"(?:couldnt|could not|cant) breathe(?: \w+){0,4} (?:his|her|their) (?:hands|arm|grip)",
        r"(?:threatened|threatens|threatening) (?:to )?(?:kill|hurt|stab|shoot|burn) me", r"(?:held|holds|pointed|put) "
        r"(?:a|the|his|her) (?:knife|gun|blade) (?:to|at|against) (?:me|my)", r"(?:bruises|black eye|split lip|"
        r"marks on my neck)(?: \w+){0,6} (?:he|she|him|her|again|from)",
        r"(?:takes|took|keeps|kept) (?:all )?my (?:money|pension|bank card|passport|phone|keys)(?: \w+){0,3} (?:so|and "
        r"wont|from me)", r"(?:wont|doesnt) let me (?:leave|see|go out|call|have)", r"forced (?:me|himself|herself)",
    ],
    danger_me=[r"(?:scared|afraid|terrified|frightened) (?:that )?(?:hell|he will|shell|she will|theyll|he is going to|"
               r"hes going to|he might|she might) (?:kill|hurt|find|beat|come for) me", r"(?:he|she|they) (?:said|says|"
               r"swore|threatened|threatens|texted|keeps saying|screamed|yelled|told me)(?: \w+){0,5} (?:kill|hurt|"
               r"strangle|stab|shoot|murder) me(?! (?:when|if|once) (?:he|she|they|i) (?:sees?|finds? out|hears?))", r"(?:hiding|hide) (?:from|in the)(?: \w+){0,3} (?:him|her|"
               r"bathroom|wardrobe|cupboard|closet)\b" + _NOT_A_GAME, r"not safe (?:at home|here|with him|with her)",
               r"(?:scared|afraid) to go home",
               r"(?:hell|shell|theyll|he will|she will|he would|hed|shed|hes going to|shes going to) (?:make me "
               r"(?:regret it|pay for (?:it|this|that|leaving)|suffer for)|make sure i regret)"],
    under_threat_now=[r"(?:banging|pounding|kicking|hammering) (?:on )?(?:the|my) door", r"(?:outside|at) (?:the|my) "
                      r"(?:door|window|house) (?:right )?now", r"(?:is|hes|shes) (?:coming|on (?:his|her) way) (?:back|"
                      r"here|over)", r"(?:locked|hiding|hid|barricaded|shut) (?:my ?self |me |us |(?:me|my ?self) and (?:the |my )?(?:kids|children|"
                      r"baby|\w+) |the (?:kids|children) and me )?in (?:the|my|our) (?:bathroom|bedroom|car|toilet|"
                      r"loo|wardrobe|cupboard|closet|attic|loft)\b" + _NOT_A_GAME,
                      r"(?:he|she|hes|shes|theyre|they are|he is|she is)(?: \w+){0,2} (?:downstairs|upstairs|outside|"
                      r"in the (?:kitchen|hall|house|garden)) with (?:a|the|his|her|their) (?:knife|gun|shotgun|"
                      r"rifle|machete|pistol)\b(?! (?:\w+ )?(?:fixing|cleaning|chopping|cutting|cooking|making|"
                      r"doing|for the|to (?:fix|cut|chop|clean)))",
                      r"(?:has|got|with) (?:a|the) (?:knife|gun)(?: \w+){0,3} (?:now|downstairs|in the house)",
                      r"trying to (?:break|get) in",
                      r"(?:his|her|their|the same) (?:car|van|truck|motorbike) (?:is |s |was |has been "
                      r"|keeps )?(?:\w+ )?(?:outside|parked (?:up )?(?:outside|across|opposite|down)) (?:again|my "
                      r"(?:house|flat|work|place|school)|every)"],
    child_harm=[
        r"(?:hits|hit|hitting|beats|beat|beating|smacks|smacked|slaps|slapped|kicks|kicked|punches|punched|shakes|"
        r"shook|burns|burned|whips|whipped|belts|belted|chokes|choked|throws|threw|locks|locked|starves|starved"
        r"|strangles|strangled|throttles|throttled|shoves|shoved|drags|dragged|pins|pinned) "
        r"(?:my|our|his|her|the|their) (?:\w+ )?(?:son|daughter|kids?|child|children|baby|toddler|little (?:brother|"
        r"sister|one)|stepson|stepdaughter|grandson|granddaughter|boy|girl|niece|nephew)",
        r"(?:grabs|grabbed|grabbing|holds|held|lifts|lifted|pins|pinned) (?:my|our|his|her|the|their) "
        r"(?:\w+ )?(?:son|daughter|kids?|child|children|baby|toddler|little (?:brother|sister|one)|stepson"
        r"|stepdaughter|niece|nephew|grandson|granddaughter|boy|girl) (?:up )?by the (?:neck|throat|hair)",
        r"(?:boyfriend|stepdad|stepfather|uncle|grandad|grandpa|cousin|coach|babysitter|lodger|neighbou?r|man|he)"
        r"(?: \w+){0,3} (?:comes|came|goes|went|sneaks|sneaked|snuck|creeps|crept|gets|got) in(?:to)? (?:her|his"
        r"|their) (?:bed|bedroom|room)(?: \w+){0,4} (?:at night|when|while|and)(?: \w+){0,8} (?:secret|touch\w*"
        r"|dont tell)",
        r"(?:our|their|a|his|her) (?:little |special )?secret (?:game|touching)",
        r"(?:son|daughter|kids?|child|children|baby|little (?:brother|sister)|boy|girl)(?: \w+){0,3} (?:has|had|with|"
        r"covered in) (?:bruises|burns|marks|welts|a black eye)", r"(?:son|daughter|kids?|child|children|baby|little "
        r"(?:brother|sister))(?: \w+){0,2} (?:is|are|was|were|gets|got|keeps getting) (?:being )?(?:hit|beaten|"
        r"smacked|hurt|slapped|locked in|left alone|touched)", r"(?:touches|touched|abuses|abused|molests|molested) "
        r"(?:my|our|his|her) (?:son|daughter|kids?|child|children|little (?:brother|sister))",
        r"afraid (?:i|ill|i will|i might) (?:hurt|shake|hit|harm) (?:my|the) (?:baby|son|daughter|kids?|child)",
        r"(?:stepdad|stepfather|step dad|stepmum|stepmom|stepbrother|mums boyfriend|moms boyfriend|uncle|grandad|"
        r"grandpa|cousin|coach|babysitter|lodger|tutor|mums partner)(?: \w+){0,2} (?:touches|touched|has been touching|"
        r"keeps touching|is touching|was touching|fiddles with|fiddled with|interferes with|interfered with) (?:her|him|"
        r"them|me)\b(?! (?:hair|arm|shoulder|back|hand|head|face|cheek|knee) ?\b)(?! on the (?:shoulder|arm|back|head))",
    ],
    hypothetical=[r"(?:if|when) i (?:ever )?(?:felt|feel|get|got|were|was) (?:suicidal|like that)", r"what (?:if|would"
                  r" happen if)", r"(?:would|could) (?:it|you) (?:ever )?be", r"hypothetically", r"in theory"],
    denial=[
        r"(?:asked|asks|asking|checked|wanted to know|wanted to check|question(?:ed)?)[^.!?\n]{0,80}? (?:if|whether|"
        r"about)[^.!?\n]{0,100}? (?:and )?(?:i (?:said|answered|told (?:her|him|them))|said) (?:no|that i (?:wasnt|am not|"
        r"dont|didnt|havent)|i (?:wasnt|dont|didnt|havent|am not))(?: \w+){0,6}",
        r"(?:i )?(?:said|answered) no(?: \w+){0,3} (?:when|after|because) (?:she|he|they|the \w+|my \w+) asked"
        r"(?: \w+){0,16}", r"(?:(?:im|i am|i was|id|i would|ill|i will) (?:not|never)|i wasnt|im not feeling|not) (?:be )?"
        r"(?:suicidal|going to (?:hurt|kill) my ?self)\b(?! (?:but|yet|tonight|today))", r"(?:no|never had (?:any)?|dont have (?:any)?) (?:suicidal )?(?:thoughts|intention|plans?) "
        r"(?:of|about|to) (?:suicide|killing my ?self|hurting my ?self|ending my life|harming my ?self|self ?harm)",
        r"(?:no|not any) (?:suicidal|self ?harm) (?:thoughts|ideas|urges|plans)", r"i would never (?:kill|hurt|harm) "
        r"my ?self", r"(?:dont|do not) want to die(?: \w+){0,2} (?:at all|i (?:just|only) want)",
        r"(?:not|never) (?:in )?(?:any )?danger", r"(?:nothing|no risk) like that",
    ],
    fiction=[r"romeo", r"juliet", r"hamlet", r"ophelia", r"macbeth", r"shakespeare", r"(?:the|a|this) (?:play|poem|"
             r"novel|book|film|movie|series|show|episode|documentary|podcast|song|article|news|essay|story|character|"
             r"protagonist|tragedy|chapter)", r"(?:homework|assignment|exam|class|lesson|lecture|seminar|coursework|"
             r"literature|english teacher|revision)", r"(?:video )?game", r"true crime", r"(?:at|in) work (?:we|i) "
             r"(?:see|saw|had|deal)", r"as an? (?:[\w&]+ )?(?:nurse|paramedic|doctor|medic|gp|pharmacist|hca|carer|"
             r"support worker|healthcare assistant|psychiatrist|psychologist|therapist|social worker|police officer|"
             r"firefighter|first responder|toxicologist)", r"on (?:my|a|the|our|this) (?:shift|night shift|rounds)",
             r"(?:school|uni|college|science|class|group) project",
             r"(?:ok|okay|good|appropriate|suitable|right|ok ish) (?:topic|subject)",
             r"(?:training|course) (?:on|about) (?:suicide|overdose)", r"in the news"],
    help_seeking=[r"how (?:can|do|should|could) i (?:help|support|talk to|reach|approach)", r"what (?:should|can|do) i "
                  r"(?:say|do) (?:to|for|if|when)", r"(?:worried|concerned) about (?:my|a) (?:friend|student|"
                  r"colleague|patient|client|neighbou?r|sister|brother)", r"(?:signs|warning signs) (?:of|that) "
                  r"(?:someone|a person|a friend)", r"(?:how|where) (?:do|can) (?:i|we|people) (?:find|get|call) "
                  r"(?:help|a (?:helpline|crisis line))", r"(?:for|to) (?:my|a) (?:friend|student|colleague) who",
                  r"(?:hotline|helpline|crisis (?:line|text line|team)|988|samaritans|lifeline)(?: \w+){0,4} (?:only|just)?"
                  r" ?(?:for|take|takes|accept|help)"],
)
