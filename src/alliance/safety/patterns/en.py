"""English rules. Levels follow the issue's scale, informed by the C-SSRS screener (Posner et al., Am J Psychiatry
2011): wish to be dead = moderate, active thoughts = high, method/intent/plan/preparatory acts = imminent; warning
signs (goodbyes, giving things away, stockpiling) per the AAS "IS PATH WARM" warning signs (Rudd et al. 2006)."""

from __future__ import annotations

from alliance.safety.dates import OLD_YEAR


from alliance.safety.patterns import C, L, make_pack
from alliance.safety.patterns.shared import BRUISES, CALORIES, CUT_CONTEXT, EAT_CONTEXT, MIX, SUBSTANCE_HABIT

PILLS = (
    r"(?:pills?|tablets?|meds|medications?|medicine|paracetamol|tylenol|acetaminophen|ibuprofen|advil|aspirin"
    r"|sleeping pills|xanax|benzos?|oxy\w*|painkillers?|insulin|antidepressants?|lithium|opioids?|percocets?|methadone"
    r"|sertraline|fluoxetine|citalopram|quetiapine|seroquel|zopiclone|diazepam|codeine|tramadol|morphine)"
)
FAM = (
    r"(?:dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|husband|wife|boyfriend|girlfriend|partner"
    r"|ex|brother|sister|uncle|aunt|grandpa|grandfather|grandma|cousin|teacher|coach|boss|landlord|roommate|bf|gf"
    r"|parents?|family)"
)
KID = (
    r"(?:child|children|kid|kids|son|daughter|baby|babies|toddler|little (?:brother|sister)|stepson|stepdaughter"
    r"|newborn)"
)
PEOPLE = (
    r"(?:him|her|them|someone|somebody|people|everyone|everybody|those (?:people|kids|guys)|all of them|you"
    r"|my (?:boss|wife|husband|partner|ex|brother|sister|dad|mom|mum|mother|father|roommate|neighbou?r|coworker"
    r"|teacher|son|daughter|kids|baby|family|boyfriend|girlfriend|bf|gf|stepdad|stepmom|friend|landlord|uncle|aunt"
    r"|classmates?|coworkers?)|the (?:kids?|baby|guy|man|woman|people|teacher|boss|neighbou?r))"
)
SI, PLAN, SH, HTO, ABUSE = C.SUICIDAL_IDEATION, C.SUICIDE_PLAN_INTENT, C.SELF_HARM, C.HARM_TO_OTHERS, C.ABUSE_SAFEGUARDING
PSY, OD, ED, SUB = C.PSYCHOSIS_COMMAND, C.OVERDOSE_MEDICAL, C.EATING_DISORDER_MEDICAL, C.SUBSTANCE_RISK
NONE, LOW, MOD, HIGH, IMM = L.NONE, L.LOW, L.MODERATE, L.HIGH, L.IMMINENT
# Not followed by a doing other than being a burden ("better off without me nagging them" is about the nagging).
_BURDEN_ING = r"(?! (?!dragging|holding|weighing|pulling|ruining|bothering|being|messing|getting in)\w+ing\b)"

# Laughed off with a word or a laughing, skull or eye-roll emoji (an emoji is no word: no \\b after it).
_LAUGHED_OFF = (r"(?: (?:lo+l\w*|lmf?a+o+\w*|ha(?:ha)+\w*|he(?:he)+|rofl\w*|xd+|jk+|j k|just (?:kidding|joking)|kidding"
                r"|joking)|(?= ?[\U0001F602\U0001F923\U0001F480\U0001F643\U0001F605"
                r"\U0001F644\U0001F92A\U0001F606\U0001F604\U0001F601\U0001F972]))")

# A hoard of medicines: the keeping back and the medicines, in either order (for "got about 60 now").
_HOARD = (r"stash|stockpil|hoard|hiding them|hidden|hid them|putting them aside|put them aside|saving (?:up )?(?:them|my"
          r"|the|all)|saved up|not taking (?:my|them|the)|pretending to take|put by|squirrel|spitting (?:them|it) out")
_MEDS = (r"pills?|tablets?|meds|medication|medicine|paracetamol|painkillers?|sleeping|zopiclone|diazepam|valium|xanax"
         r"|benzos?|quetiapine|seroquel|sertraline|codeine|tramadol|oxy|insulin|antidepressants?|lithium|prescription")

RULES = [
    # --- suicidal ideation ---
    ("si.want_to_die", SI, HIGH, r"\b(?:want(?:s|ed)?|wish(?:es|ed)?|need(?:s|ed)?|ready|long(?:ing)?|desire|wanting"
     r"|trying|try) to (?:die|be dead|not exist|not be alive)\b(?! (?:of|from) (?:embarrassment|shame|laughter|boredom))"),
    ("si.wish_could_die", SI, HIGH, r"\bwish (?:that )?i (?:could|would) (?:just )?die\b", "me"),
    ("si.kill_myself", SI, HIGH, r"\b(?:kill|killing|end|ending|take|taking) (?:my ?self|my own life|my life)\b|\b(?:off|"
     r"offing|top|topping) my ?self\b|\b(?:bump|do) my ?self (?:off|in)\b", "me"),
    ("si.death_thoughts", SI, MOD, r"\b(?:fantasi[sz](?:e|ing)|dream(?:ing)?|daydream(?:ing)?) (?:about|of) (?:my )?(?:death|"
     r"dying|being dead|not existing)\b|\bcrav(?:e|ing) death\b|\bnot existing would be (?:nice|better|a relief|easier)\b|"
     r"\bsuicide is (?:always |still )?(?:an|the only|my only) (?:option|answer|way out)\b"),
    ("si.only_reason_alive", SI, HIGH, r"\b(?:only|the) reason (?:that )?i (?:didnt|havent|dont|did not) (?:kill my ?self|"
     r"end it|do it)\b"),
    ("plan.noose_gun", PLAN, HIGH, r"\b(?:making|make|made|tie|tying|tied|bought|have) (?:a|the) noose\b|\b(?:gun|pistol|"
     r"barrel)(?: \w+){0,6} (?:at|to|against|in) my (?:head|temple|mouth)\b|\bpoison(?:ing)? my ?self\b"),
    ("si.failed_attempt", SI, MOD, r"\b(?:should|was supposed to|were supposed to) (?:have |ve )?died\b|\bwish (?:it|the "
     r"attempt|the overdose) (?:had )?worked\b|\b(?:courage|guts|balls|nerve) (?:\w+ ){0,4}(?:to (?:do it|end it|kill|die|"
     r"go through with it)|wouldnt have to live)\b", "self"),
    ("si.suicide_thinking", SI, HIGH, r"\b(?:commit(?:ting)?|do(?:ing)?|consider(?:ing|ed)?|contemplat(?:e|ing|ed)"
     r"|think(?:ing)? (?:about|of)|thought (?:about|of)|thoughts (?:about|of)|plan(?:ning)?) (?:suicide|killing my ?self"
     r"|ending my life|ending it all|ending it|taking my (?:own )?life|dying|not being alive|not being here|being dead|"
     r"my (?:death|funeral))\b|\b(?:doing|do) the suicide\b|\b(?:suicide|killing my ?self|ending it) (?:is|has been|"
     r"keeps) (?:all i think about|on my mind|in my head|always on my mind)\b|\bthink(?:ing)? (?:about|of) (?:suicide|"
     r"killing my ?self) (?:a lot|all the time|constantly|every day|again|more)\b"),
    ("si.suicidal", SI, HIGH, r"\b(?:feel(?:ing|s)?|am|im|been|getting|get|so|very|really|pretty|kinda|quite|extremely"
     r"|actively|severely|is|was|hes|shes|theyre|(?<!who )(?<!that )are|(?<!who )(?<!that )were|felt|still|more) "
     r"suicidal\b"),
    ("si.suicidal_thoughts", SI, HIGH, r"\bsuicidal (?:thoughts?|ideation|feelings?|urges?|again|thinking)\b"
     r"|\bthoughts? of (?:suicide|killing my ?self)\b|\bsuicide (?:thoughts?|ideation|urges?)\b"),
    ("si.end_it", SI, HIGH, r"\bend(?:ing)? (?:it all|everything|it (?:tonight|today|now|for good|once and for all))\b"
     r"|\b(?:want|going|thinking(?: about)?|easy|plan(?:ning)?|decided|ready|could|just|about|way|how|gonna) (?:to )?"
     r"end(?:ing)? it\b(?! (?:with|between|early|there|here|off|on a))"),
    ("si.not_wake_up", SI, MOD, r"\b(?:wish(?:ing)?|want|hop(?:e|es|ing)|pray(?:ing)?|rather|like|prefer)"
     r"(?: \w+){0,8} (?:not|never|dont|didnt) "
     r"(?:to )?wake up\b(?! (?:until|till|before|early|late|on time|in time|the|my|him|her|them|you|us|everyone|"
     r"anyone|with|to|in|at|feeling|and (?:feel|find|see))\b)|\b(?:ok|okay|fine|alright|mind|care) if i "
     r"(?:didnt|dont|never|did not) wake up\b|\bsleep (?:forever|and never wake)\b|\bgo to sleep forever\b"),
    ("si.wish_dead", SI, MOD, r"\bwish (?:that )?i (?:was dead|were dead|wasnt (?:here|alive|born|around)|werent "
     r"(?:here|alive|born|around)|had never been born|hadnt been born|was never born|could (?:disappear|vanish|stop "
     r"existing|cease to exist))\b"),
    # (a doing after "without me" is that doing, unless it is the burden itself: "without me dragging them down")
    ("si.better_off", SI, MOD, r"\bbetter off (?:dead|without me" + _BURDEN_ING + r"|if i (?:was|were|wasnt|werent"
     r"|died|disappeared))\b|\b(?:everyone|they|world|family|everybody)(?: \w+){0,2} (?:be|would be|is|are) better "
     r"(?:off )?without me\b" + _BURDEN_ING),
    ("si.no_reason_to_live", SI, MOD, r"\bno (?:reason|point) (?:to|in|of) (?:live|living|go on|going on|being alive|be "
     r"alive|stay alive|staying alive|carry on)\b|\bnothing (?:left )?to live for\b|\bnot worth living\b|\b(?:whats|what "
     r"is) the point (?:of|in) (?:living|life|being alive|going on|staying alive)\b"),
    ("si.dont_want_to_live", SI, MOD, r"\b(?:dont|do not|no longer|dont really) (?:want|wish|feel like) (?:to )?"
     r"(?:live|be alive|be here|exist|wake up|go on|keep living|stay alive|be around)\b"),
    ("si.cant_go_on", SI, MOD, r"\b(?:cant|cannot|can not) (?:go on|keep living|carry on living|live like this|live with "
     r"(?:this|my ?self) anymore|stay alive)\b"),
    ("si.tired_of_living", SI, MOD, r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|this life)\b"),
    ("si.no_one_would_miss", SI, MOD, r"\b(?:no ?one|nobody) (?:would|will|is going to|going to)(?: \w+){0,2} "
     r"(?:miss me|notice|care|cry|mourn)\b"),
    ("si.if_i_were_gone", SI, MOD, r"\bif i (?:was|were|am) (?:gone|dead|not here|not around)\b|\b(?:when|after|once) "
     r"im (?:gone|dead)\b"),
    ("si.disappear", SI, MOD, r"\b(?:want|wish|like) (?:to |i could )?(?:disappear|vanish) (?:forever|for good|"
     r"permanently)\b|\b(?:want|wish)(?: \w+){0,3} to (?:stop existing|cease to exist|not be here anymore)\b"),
    ("si.death_wish", SI, MOD, r"\b(?:hope|hoping|wish|pray) (?:that )?i (?:get|die|got) (?:hit by|killed|cancer|in an "
     r"accident|in a crash|in my sleep)\b|\b(?:death|dying) (?:would|will) be (?:a )?(?:relief|easier|better|peaceful)\b"
     r"|\bwould(?:nt)? mind (?:dying|being dead|not waking up|if i died)\b"),
    ("si.want_it_over", SI, MOD, r"\bwant (?:it all|everything|my life|this life) to (?:end|be over)\b|\b(?:want|need|wish) "
     r"(?:it|everything|this|the pain|it all) to (?:stop|end) (?:permanently|forever|for good)\b|\bif i (?:dont|didnt|"
     r"never|do not) wake up(?: \w+){0,4} (?:fine|ok|okay|alright|good|better|a relief|wouldnt mind|dont care)\b"),
    ("si.more_phrasings", SI, MOD, r"\b(?:dont think|not sure|doubt) i can (?:keep living|go on|keep going|do this much "
     r"longer|live like this)\b|\b(?:ready|want|going|time) to check out\b(?! (?:the|this|that|a|my|of|at|from|your|our|"
     r"some|new))|\b(?:no way out|only way out)(?: \w+){0,2} (?:except|but|is) (?:dying|death|suicide|to die)\b"),
    ("plan.jump_drive", PLAN, HIGH, r"\b(?:going to|gonna|will|about to|ready to) jump\b(?! (?:in|on|into|rope|start|ship|"
     r"the gun|ahead|over|at|out|up|around|through|back))|\bdriv(?:e|ing) (?:my car )?(?:into|off) (?:a|the) (?:wall|tree|"
     r"truck|bridge|cliff|river|oncoming)\b"),
    ("sh.blade_to_skin", SH, HIGH, r"\b(?:knife|blade|razor|glass|scissors)(?: \w+){0,3} (?:to|against|on|across|into) my "
     r"(?:wrists?|arms?|throat|skin|thighs?)\b"),
    ("si.end_things", SI, HIGH, r"\b(?:going to|gonna|want to|ready to|about to|decided to|plan to) end (?:things|"
     r"everything|it all)\b(?! with| between)"),
    ("si.method_research", PLAN, HIGH, r"\bhow (?:many|much)(?: \w+){0,3} (?:" + PILLS + r"|mg|of (?:my|these|the) "
     r"(?:pills|meds|tablets))(?: \w+){0,4} (?:kill|die|lethal|fatal|overdose|not wake up|(?:would|does|will) it take|"
     r"it (?:would|will) take)\b|\b(?:looked up|researching|researched|googled|searching|searched) (?:how|ways|the best "
     r"way)(?: \w+){0,6} (?:bridge|die|kill|overdose|pills|tablets|lethal|jump|hang)\b(?![^.!?\n]{0,60}\b(?:lorry|truck|van|bus"
     r"|boat|ship|mast|trailer|caravan|clearance)s?\b)|\b(?:painless|easiest|quickest|fastest|best|"
     r"surest|quietest|quick) (?:way|method|means)s? to (?:die|kill (?:my|your)self|end (?:it|my life)|commit suicide|go|check "
     r"out)\b"
     r"|\b(?:lethal|fatal) (?:dose|amount)\b|\bsurvive (?:a|an) (?:\w+ ){0,2}(?:crash|fall|jump|overdose)\b"
     r"|\bhow (?:high|tall)(?: \w+){0,3} (?:jump|fall) (?:to die|and die)\b"),
    ("si.method", PLAN, HIGH, r"\b(?:jump(?:ing)? (?:off|from) (?:a |the |my )?(?:bridge|building|roof|cliff|balcony|"
     r"overpass|tower|window)|jump(?:ing)? in front of|hang(?:ing)? my ?self|slit(?:ting)? my (?:wrists?|throat)|"
     r"shoot(?:ing)? my ?self|drown(?:ing)? my ?self|overdos(?:e|ing) on|step(?:ping)? in front of (?:a )?(?:train|bus|car|"
     r"truck)|crash(?:ing)? my car|driv(?:e|ing) (?:my car )?off (?:a|the) (?:bridge|cliff|road))\b"),
    # --- plan, intent, preparatory acts ---
    ("plan.have_plan", PLAN, IMM, r"\b(?:have|got|made|making|came up with|worked out|figured out) (?:a|the|my) plan "
     r"(?:to|for|of how to|on how to) (?:die|kill my ?self|end (?:it|my life|everything)|suicide|commit suicide|do it)\b"
     r"|\b(?:i know|ive (?:decided|figured out|worked out|planned)|i decided|i have decided|ive chosen) (?:how|when|where) "
     r"(?:to do it|ill do it|i will do it|im going to do it|to die|to end it|to kill my ?self)\b"),
    ("plan.decided", PLAN, IMM, r"\b(?:ive|i have|i) (?:decided|made up my mind|made the decision|chosen) to (?:die|kill "
     r"my ?self|end (?:it|my life|things|everything)|commit suicide|go through with it)\b"),
    ("plan.going_to", PLAN, IMM, r"\b(?:im|i am|i will|ill|i m) (?:going to|about to|finally going to|really going to) "
     r"(?:kill my ?self|end (?:it all|my life|it)|commit suicide|take my (?:own )?life|hang my ?self|overdose|take all "
     r"(?:my|the|of my) (?:pills|meds|tablets))\b(?! with)", "me"),
    ("plan.suicide_note", PLAN, IMM, r"\b(?:wrote|written|writing|left|leaving|finished|drafted) (?:a|my|the) (?:suicide "
     r"note|goodbye (?:note|letter)s?|last letter)\b|\bmy suicide (?:note|letter)\b"),
    ("plan.final_message", PLAN, IMM, r"\b(?:this is|its|this will be) my (?:last|final) (?:message|post|night|day|"
     r"goodbye|words|text)\b|\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this\b"),
    ("plan.means_ready", PLAN, IMM, r"\b(?:rope|noose) (?:is )?(?:ready|tied|set up|around my neck)\b|\btied (?:a|the) "
     r"(?:noose|rope)\b|\bloaded (?:the |a |my )?gun\b|\bgun (?:is )?(?:loaded|in my (?:hand|mouth)|to my head)\b|"
     r"\b(?:standing|stood) (?:on|at) (?:the )?(?:edge|ledge|bridge|roof|railing|rooftop|tracks|train tracks|cliff)\b"
     r"(?![^.!?]{0,50}\b(?:watching (?:the )?(?:fireworks|match|game|boats|race|parade|sunset|sunrise|planes)|fireworks"
     r"|photos?|pics|selfies?|fishing|traffic|queue|climb\w*|abseil\w*|with (?:my|the) (?:kids|family|mates|friends|dog"
     r"|partner|wife|husband|boyfriend|girlfriend)|waiting for (?:my|the|a) (?:train|bus|tram|tube"
     r"|metro))\b)"),
    ("plan.stockpile", PLAN, MOD, r"\b(?:sav(?:ed|ing)|stockpil\w+|hoard\w*|stash(?:ed|ing)?|collect(?:ed|ing)) (?:up )?"
     r"(?:\w+ ){0,3}" + PILLS + r"\b|\b" + PILLS + r" (?:saved up|stockpiled|hoarded|stashed)\b", "self", "means warning"),
    ("plan.acquire_means", PLAN, MOD, r"\b(?:bought|buying|got|have|ordered|got hold of) (?:a |the |some )?(?:rope|noose|"
     r"gun|firearm|pistol|razor blades|helium)\b(?! (?:for|to climb|license))", "self", "means warning"),
    ("plan.refuse_rescue", PLAN, HIGH, r"\b(?:dont|do not) want (?:anyone|anybody|you|them|people) to (?:stop|save|find|"
     r"rescue) me\b|\b(?:nobody|no one) (?:can|will|could) (?:stop|save) me\b"),
    ("attempt.tried", PLAN, HIGH, r"\b(?:tried|try|trying|attempted|attempt) (?:to )?(?:kill(?:ing)? my ?self|suicide|"
     r"end(?:ing)? (?:my life|it all|it)|take my (?:own )?life|overdose|hang my ?self)\b|\bsuicide attempts?\b"),
    # --- warning signs ---
    ("warn.giving_away", SI, MOD, r"\b(?:giv(?:e|ing)|gave|given) away (?:all |some |most )?(?:of )?my\b|\b(?:giv(?:e|ing)"
     r"|gave|given) (?:all )?(?:of )?my (?:\w+ ){1,3}away\b|\bwho (?:will|can|could|should) (?:have|take|get) my (?:stuff|things|cat|"
     r"dog|belongings)\b", "self", "warning"),
    ("warn.goodbye", SI, MOD, r"\b(?:this is (?:my )?goodbye|goodbye (?:forever|everyone|world|all|cruel world)|"
     r"(?:say|said|saying) (?:my )?goodbyes?(?: \w+){0,2} (?:to (?:everyone|my family|you all|all of you|my (?:friends|kids|"
     r"family))|for (?:the )?last time|forever)|final goodbye)\b", "self", "warning"),
    ("warn.affairs", SI, MOD, r"\b(?:put(?:ting)?|getting|got) my (?:affairs|things|life) in order\b|\b(?:wrote|write|"
     r"writing|made|update(?:d)?|updating|finished) (?:my|a) will\b|\b(?:take|taking) care of my (?:cat|dog|pets?|kids|"
     r"children) (?:for me )?(?:when|after|once) im gone\b", "self", "warning"),
    ("warn.not_around", SI, MOD, r"\bwont (?:be (?:around|here|a (?:problem|burden)|dealing with (?:this|it))|have to "
     r"(?:deal|worry) (?:with|about) me)(?: \w+){0,2} (?:much longer|for long|anymore|soon|after (?:tonight|today|this))\b"
     r"|\bwont be (?:around|here) (?:much longer|for long|to see)\b", "self", "warning"),
    ("si.ambivalent_intent", SI, MOD, r"\b(?:dont know|not sure|no idea) (?:if|whether) (?:id|i would|ill|i will|i could)"
     r"(?: ever)?(?: actually| really)? (?:do it|go through with it|act on it)\b|\b(?:not going to|wont|not gonna) do "
     r"(?:anything|it) (?:now|tonight|today|yet)(?: \w+){0,2} (?:but|though) (?:that|it|this) (?:could|might|may) change\b"),
    ("si.more", SI, MOD, r"\b(?:dont|do not|not) (?:expect|plan|planning|expecting) to (?:be around|be here|be alive|"
     r"live|make it)\b|\b(?:peaceful|nice|easier|better|relief)(?: it would be)? to (?:just )?(?:disappear|not exist|not be "
     r"here|die|be dead)\b|\bdisappear(?:ing)? (?:for good|forever|permanently)\b|\bif (?:a|the) (?:bus|car|truck|train) "
     r"(?:hit|hits|ran over|runs over) me\b|\bif i (?:wasnt|werent|was not|were not) (?:around|here|alive)\b"
     r"(?! (?:next|this|tomorrow|tonight|on|for|at|in (?:the|a) \w+|during)\b)"),
    ("si.rather_dead_meant", SI, MOD, r"\brather (?:be dead|die)\b", "self", "", r"mean it|not joking|serious"),
    ("warn.wont_need", SI, LOW, r"\bwont (?:be )?need(?:ing)? (?:\w+ ){0,3}(?:where im going|soon|anymore|much longer|"
     r"after (?:tonight|this))\b", "self", "warning"),
    ("warn.wont_need_help", SI, MOD, r"\bwont (?:be )?need(?:ing)? (?:therapy|help|my meds|you|sessions|treatment)\b",
     "self", "warning"),
    ("warn.gave_things", SI, LOW, r"\b(?:gave|given|giving|sold|selling) (?:my|the) (?:\w+ ){0,2}(?:to (?:my|the|a)|away)\b"
     r"|\b(?:sorting|sorted|tidying|tidied) (?:out )?(?:all )?my (?:stuff|things|affairs)\b", "self", "warning"),
    # Loose ends tied up and people reached one last time (AAS: putting affairs in order, saying goodbye): a risk only
    # read with the rest of the conversation.
    ("warn.loose_ends", SI, LOW, r"\b(?:returned|given back|gave back|took back) (?:all |everything |every )?(?:the )?"
     r"(?:\w+ ){0,2}(?:i|id) (?:had )?borrowed\b|\b(?:sold|selling) (?:my|the) (?:\w+ ){0,2}and (?:gave|give|giving"
     r"|sent) (?:the money|it all|the cash|everything) to\b|\bpaid (?:\w+ ){0,3}(?:rent|bills|mortgage) (?:for|up for"
     r"|ahead for) (?:the next )?(?:\w+ )?(?:months?|weeks)\b|\bcancell?ed (?:my|the) (?:gym|phone contract|phone"
     r"|subscriptions?|membership|contract)\b|\b(?:rang|called|phoned|texted|messaged) (?:everyone|all my family"
     r"|everybody|all of them)(?: \w+){0,4} (?:just )?to (?:hear (?:their|his|her) voices?|say (?:i love (?:them|you)"
     r"|goodbye|thank you))\b|\b(?:wrote|texted|messaged|rang|called) (?:to )?my \w+ (?:\w+ ){0,2}(?:to say|to tell"
     r" (?:her|him|them)|telling (?:her|him|them)) (?:that )?i love\b|\b(?:hell|shell|theyll|he will|she will|they will)"
     r" (?:\w+ ){0,2}(?:look after|take care of|care for|play) (?:it|them|him|her) (?:\w+ )?better than (?:me|i)\b",
     "self", "warning"),
    ("plan.letters", PLAN, HIGH, r"\b(?:wrote|written|writing|left) (?:\w+ ){0,2}(?:letters?|notes?) (?:to|for) (?:\w+ ){0,3}"
     r"(?:kids|children|family|parents|wife|husband|partner|mum|mom|dad|everyone|son|daughter)\b", "self", "",
     r"just in case|in case|not that anything|if anything happens|for after"),
    ("plan.note_ready", PLAN, IMM, r"\bsuicide note (?:is )?(?:written|ready|done|finished)\b"),
    ("plan.do_it_decided", PLAN, HIGH, r"\b(?:im|i am) (?:going to|gonna) do it\b", "self", "", r"decided|made up my mind"),
    ("plan.take_them_all", PLAN, HIGH, r"\b(?:going to|gonna|about to|will) (?:take|swallow) (?:them|these|those|the "
     r"\w+) all\b|\b(?:pills|tablets|meds) (?:are )?lined up\b"),
    ("plan.sleep_forever", PLAN, IMM, r"\b(?:im|i am) (?:just )?(?:going to|gonna) (?:go to )?sleep and (?:not|never) "
     r"wake up\b", "me"),
    ("plan.location", PLAN, IMM, r"\b(?:im|i am) (?:on|at|standing on) (?:the|a) (?:bridge|ledge|roof|rooftop|edge|tracks|"
     r"cliff)\b(?![^.!?]{0,50}\b(?:traffic|queue|jam|stuck|late|delayed|roadworks|on my way|commut\w*|tailback|bus"
     r"|gridlock|diversion|closed|fixing|repair\w*|gutters?|tiles|aerial|satellite|solar|bar|terrace|party|drinks"
     r"|sunbath\w*|photos?|pics|selfies?)\b)|\bstep(?:ped|ping)? (?:off|onto) the (?:platform|tracks|ledge)\b|\bin front of the (?:next )?train\b"),
    ("third.goodbye_message", SI, HIGH, r"\b(?:texted|sent|messaged|sent me) (?:me )?(?:a )?(?:\w+ ){0,3}(?:goodbye|sorry "
     r"for everything|farewell)\b", "any"),
    ("third.self_harm", SH, MOD, r"\b(?:cutting|cut|burning|hurting|harming) (?:her|his|their) (?:arms?|legs?|wrists?|"
     r"thighs?|skin)\b|\bself[- ]?harming\b", "other"),
    ("hto.vague_threat", HTO, LOW, r"\b(?:going to|gonna|will) (?:deal with|sort out|take care of|get|teach a lesson to) "
     r"(?:him|her|them)\b"),
    ("third.weapon_school", HTO, HIGH, r"\b(?:taking|bringing|take|bring|took|brought) (?:a|his|her|my|the) (?:knife|gun|"
     r"weapon) (?:to|into) school\b", "any"),
    # --- third party at risk (a safeguarding concern, capped at moderate) ---
    ("third.at_risk", SI, MOD, r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending) (?:him|her|them)"
     r"sel(?:f|ves)\b|\b(?:take|taking|end|ending) (?:his|her|their) (?:own )?life\b|\b(?:he|she|they) (?:wants?|wanted"
     r"|said (?:he|she|they) wants?) to die\b", "other"),
    # --- self-harm ---
    ("sh.self_harm", SH, MOD, r"\bself[- ]?harm(?:ing|ed|s)?\b|\bself[- ]?injur(?:y|e|ing|ed)\b|\bsh (?:urges?|again|"
     r"relapse|scars?)\b|\b(?:relapsed?|urges? to|clean from|did|doing) sh\b", "self", "recent+"),
    ("sh.cut_myself", SH, MOD, r"\b(?:cut|cuts|cutting|burn|burned|burnt|burning|hit|hitting|scratch|scratched|scratching"
     r"|punch|punched|punching|bang|banged|banging|carve|carved|carving|bite|bit|biting|hurt|hurting|harm|harming|stab|"
     r"stabbed|stabbing|starve|starving|punish|punishing) my ?self\b|\b(?:cut|cutting|slit|slitting|burn|burned|burnt|"
     r"burning|carve|carved|carving|scratch|scratched|scratching) (?:my|into my) (?:wrists?|arms?|thighs?|skin|stomach"
     r"|hips?)\b", "me", "recent+"),
    ("sh.cutting", SH, MOD, r"\b(?:tried|started|been|keep|kept|stop|stopped|quit) cutting\b(?! (?:back|down|out|off|"
     r"class|my hair|carbs|sugar|coffee|ties|corners))|\bmy cutting\b", "self", "recent+"),
    ("sh.urge", SH, MOD, r"\b(?:urges?|itching|tempted|craving|want(?:ed)?|need(?:ed)?) to (?:cut|burn|hurt|harm|punish|"
     r"scratch|hit) (?:my ?self|again)\b|\b(?:cutting|self harm) urges?\b|\burges? to cut\b"),
    ("sh.more", SH, MOD, r"\b(?:want|urge|need|tempted) to cut\b|\bthe (?:blade|razor) again\b|\bthing with the "
     r"(?:blade|razor)\b", "self", "recent+"),
    ("sh.head_banging", SH, MOD, r"\b(?:hitting|banging|bashing|hit|banged) my head (?:against|on|into) (?:the )?"
     r"(?:wall|floor|door)\b", "self", "recent+"),
    ("sh.wound", SH, HIGH, r"\b(?:red and hot|oozing|pus|infected|swollen and hot)\b", "self", "", CUT_CONTEXT),
    ("sh.recent_act", SH, HIGH, r"\bi (?:cut|relapsed|started cutting|burned) (?:again|last night|this morning|yesterday|"
     r"today)\b|\brelapsed (?:on|with) (?:cutting|self ?harm|sh)\b|\bcut (?:again|last night) (?:and|but)\b"),
    ("sh.medical", SH, IMM, r"\b(?:cut|went) (?:too|really|very) deep\b|\b(?:wont|cant|doesnt|isnt) stop(?:ped)? "
     r"bleeding\b|\bbleeding (?:a lot|badly|heavily|everywhere)\b|\bneed(?:s)? stitches\b", "self", "act",
     r"cut|blade|razor|wrist|self ?harm|on purpose|my ?self"),
    # --- harm to others ---
    ("hto.kill_other", HTO, HIGH, r"\b(?:want|going|gonna|plan(?:ning)?|about|ready|need|will|ill|im going|urge) to "
     r"(?:kill|murder|stab|shoot|strangle|poison|hurt|beat up|attack|smother|drown) " + PEOPLE + r"\b"),
    ("hto.thoughts", HTO, HIGH, r"\b(?:thoughts?|urges?|images?|fantas(?:y|ies|ize|izing)|think(?:ing)?) (?:about|of) "
     r"(?:hurting|killing|harming|stabbing|drowning|smothering|shaking|shooting|murdering) (?:" + PEOPLE[3:-1] + r"|my "
     + KID + r")\b"),
    ("hto.mass", HTO, HIGH, r"\b(?:shoot(?:ing)? up|bomb(?:ing)?|blow(?:ing)? up|attack(?:ing)?) (?:the |my |a )?(?:school"
     r"|class|office|workplace|church|mosque|synagogue|mall|campus|party|concert)\b"),
    ("hto.weapon_for", HTO, IMM, r"\b(?:bought|got|have|brought) (?:a )?(?:gun|knife|weapon)s? (?:for|to (?:use on|kill|"
     r"hurt|shoot|stab)) " + PEOPLE + r"\b"),
    ("hto.thoughts_more", HTO, MOD, r"\b(?:thoughts?|urges?|images?|imagin(?:e|ing)|picture|picturing|keep "
     r"thinking) (?:\w+ ){0,2}(?:hitting|punching|attacking|stabbing|hurting|killing|harming|smothering|drowning) "
     r"(?:\w+ ){0,1}(?:him|her|them|my|the|someone|people)\b"),
    ("hto.armed_going", HTO, HIGH, r"\b(?:got|have|grabbed|took) (?:a|my|the) (?:knife|gun|bat|weapon|hammer)\b(?: \w+)"
     r"{0,6} (?:going|go|heading|driving|coming) (?:round |over )?to (?:his|her|their|him)\b"),
    # --- abuse and safeguarding ---
    ("abuse.more", ABUSE, HIGH, r"\b(?:pushed|shoved|threw|kicked|strangled|choked|slapped|punched) me\b(?<!(?:it|at|is) threw me)"
     r"(?! (?:a bit|a little|off|for a (?:loop|while|minute|second)|a curve ?ball|a bone|a party|a lifeline|out of))|\bgrabbed me "
     r"by (?:the )?(?:neck|throat|hair)\b|\b(?:takes|took|stole|steals|controls|taken|has taken|keeps) (?:all )?my "
     r"(?:money|pension|benefits|wages|bank card|passport|phone)\b|\bnot allowed to (?:leave|go out|see (?:my )?friends|"
     r"have (?:my )?(?:own )?money)\b|\b(?:keeps?|kept) (?:turning up|showing up|following me|waiting outside)\b|\bstalk"
     r"(?:ing|s|ed)? me\b|\b(?:screaming|shouting|yelling|says|saying|said|threatening)(?: that)? (?:hell|he will|she "
     r"will|shell|theyll|hes going to|shes going to) (?:kill|hurt) me\b|" + BRUISES[2:-2] + r"|\b(?:dad|father|stepdad|"
     r"mum|mom|mother|boyfriend|partner|husband)\b(?: \w+){0,3} (?:hits|beats|hurts|kicks|slaps|punches|burns) "
     r"(?:him|her|them)\b|\b(?:hell|he will|shell|she will) make me (?:regret|pay)\b|\bfound out where i live\b",
     "any"),
    ("abuse.door", ABUSE, IMM, r"\b(?:banging|pounding|hammering|kicking) (?:on )?(?:the|my) door\b", "any", "act",
     r"kill|hurt|hiding|screaming|locked"),
    ("abuse.hurts_me", ABUSE, HIGH, r"\b(?:he|she|they|his|her|my (?:\w+ ){0,2}" + FAM + r") (?:\w+ )?(?:hits|hit|beats|"
     r"beat|punches|punched|kicks|kicked|chokes|choked|strangles|strangled|slaps|slapped|burns|burned|rapes|raped|"
     r"molests|molested|abuses|abused|shoves|shoved|threw|throws|locks|locked|starves) me\b", "any"),
    ("abuse.threat", ABUSE, HIGH, r"\b(?:threaten(?:s|ed|ing)?|tried|tries|trying|swore|says (?:he|she)(?:ll| will)|"
     r"said (?:he|she)(?:d| would)) (?:to )?(?:kill|hurt|choke|strangle|beat|stab|shoot) me\b|\b(?:afraid|scared|"
     r"terrified) (?:that )?(?:he|she|they|my \w+)(?:ll| will| might| is going to| would) (?:kill|hurt|find|beat) me\b|"
     r"\b(?:afraid|scared|terrified) (?:to go|of going) home\b|\b(?:not|dont feel|never feel) safe (?:at home|in my "
     r"(?:home|house))\b", "any"),
    ("abuse.sexual", ABUSE, HIGH, r"\b(?:raped|molested|sexually (?:assaulted|abused)|forced (?:me )?(?:to have sex|into "
     r"sex|himself on me)|(?:makes|made) me (?:have sex|do sexual|sleep with)|touch(?:es|ed)? me (?:down there|inappropriately|where)|comes "
     r"into my (?:room|bed) at night)\b", "any"),
    ("abuse.child", ABUSE, HIGH, r"\b(?:he|she|they|my \w+|i) (?:hits|hit|beats|beat|shakes|shook|hurts|hurt|burns|burned|"
     r"kicks|kicked|slaps|slapped|chokes|choked|locks|locked|starves) (?:my|the|our|his|her) " + KID + r"\b|\b" + KID +
     r" (?:is|are|was|were|keeps being|is being|are being) (?:being )?(?:abused|hit|beaten|touched|molested|neglected|"
     r"left alone)\b|\bafraid (?:i|ill|i will|i might) (?:hurt|shake|harm) (?:my|the) " + KID + r"\b", "any"),
    ("abuse.relationship", ABUSE, MOD, r"\b(?:domestic (?:violence|abuse)|abusive (?:relationship|partner|husband|"
     r"boyfriend|wife|girlfriend|home|parents?|dad|mom|family))\b", "any"),
    # --- psychosis with command hallucinations ---
    ("psy.command", PSY, HIGH, r"\bvoices? (?:\w+ ){0,3}(?:tell(?:s|ing)?|told|want(?:s|ed)?|command(?:s|ing|ed)?|"
     r"order(?:s|ing|ed)?|say(?:s|ing)?|said|urging|keep telling) me (?:to|that i (?:should|must|have to|need to|deserve"
     r" to)|i (?:should|must|have to|need to|deserve to)|its time)\b|\b(?:god|the devil|satan|demons?) (?:is |are |keeps? "
     r")?(?:telling|told|commanding|ordered|ordering|wants|want) me to (?:kill|hurt|die|jump|cut|sacrifice|punish)\b",
     "any"),
    ("psy.they_command", PSY, HIGH, r"\b(?:they|it|he|she) (?:want|wants|tell|tells|told|command|commands|order|orders|"
     r"keep telling) me to (?:cut|kill|hurt|jump|die|harm|burn|punish|stab)\b", "any", "", r"voice|hear|whisper"),
    ("psy.compulsion", PSY, HIGH, r"\bi (?:have|need|must|got) to do it\b(?: \w+){0,4}(?: or| otherwise| before) "
     r"(?:something|they|someone|it|bad|else|the voices)\b", "any"),
    ("psy.wont_stop", PSY, MOD, r"\b(?:they|the voices|it) (?:wont|will not|dont|never) stop\b", "any", "",
     r"voice|hear|whisper|in my head"),
    ("psy.more", PSY, HIGH, r"\bvoices? (?:\w+ ){0,8}(?:i (?:have|need|must|got) to|i should|obey)\b|\b(?:god|the devil|"
     r"satan|demons?) (?:is |are |keeps? )?(?:telling|told|commanding|ordering) me (?:that )?i (?:have|need|must) to\b|"
     r"\b(?:tv|television|radio|the man in the \w+) (?:says|tells me|told me|is telling me|keeps telling me|keep telling me"
     r"|keeps saying|wants me) (?:that )?(?:i (?:need|have|"
     r"must) to|to)\b", "any"),
    ("psy.voices_worse", PSY, MOD, r"\bvoices? (?!(?:in|of) (?:the|a|my) (?:choir|crowd|room|hall|class|band|"
     r"audience|pub|street))(?:\w+ ){0,4}(?:louder|worse|came back|are back|keep saying|say|saying)\b|"
     r"\b(?:putting|inserting|stealing) thoughts (?:in|into|from) my (?:head|mind)\b|\bpoisoning my food\b|\b(?:watching|"
     r"following|tracking|controlling) me through (?:the )?(?:wifi|tv|phone|walls)\b", "any"),
    ("psy.voices", PSY, MOD, r"\b(?:hear|hearing|heard) (?:voices|things that (?:arent|are not) there)\b|\bvoices in my "
     r"head\b"),
    # --- overdose and medical emergency ---
    ("od.took_pills", OD, IMM, r"\b(?:took|taken|swallowed|downed|ate) (?:\w+ ){0,2}(?:all (?:of )?(?:my|the|these|those)"
     r"|a (?:whole |full )?(?:bottle|pack|box|handful|bunch|lot|load)(?: of)?|too many|way too many|\d{2,}|twenty|thirty"
     r"|forty|fifty|a hundred|the whole (?:bottle|pack|box))(?: of)?(?: my| the)? " + PILLS + r"\b", "self", "act"),
    ("od.overdosed", OD, IMM, r"\b(?:overdosed|took an overdose|taken an overdose|drank (?:bleach|antifreeze|poison|drain"
     r" cleaner)|swallowed (?:bleach|poison|batteries))\b", "self", "act"),
    ("od.symptoms", OD, HIGH, r"\b(?:cant breathe|cant stay awake|throwing up|vomiting|heart is racing|passing out|"
     r"seizure|cant feel my)\b", "self", "", r"\btook|taken|swallowed|overdos|pills|tablets"),
    ("sub.mix", SUB, HIGH, r"\b(?:xanax|benzos?|valium|klonopin|oxy\w*|opioids?|percocets?|fentanyl|heroin|sleeping "
     r"pills|pills)(?: \w+){0,2} (?:with|and|plus) (?:alcohol|booze|vodka|whiskey|wine|beer|drinking|drinks)\b|\b(?:alcohol"
     r"|drinking|vodka|wine|beer) (?:with|and|plus) (?:xanax|benzos?|oxy\w*|opioids?|fentanyl|heroin|sleeping pills)\b",
     "self", "substance"),
    ("od.extra", OD, HIGH, r"\b(?:took|taken|had) (?:\w+ ){0,2}extra\b(?: \w+){0,3} " + PILLS + r"\b|\btook my "
     r"(?!vitamin\w*|multivitamin\w*|supplements?|iron|magnesium|probiotics?|fish oil|omega\w*|zinc|folic)\w+ "
     r"twice\b|\b(?:took|taken|swallowed) all (?:of )?my " + PILLS + r"\b"),
    ("sub.mix_any", SUB, HIGH, MIX, "self", "substance"),
    ("sub.habit", SUB, MOD, SUBSTANCE_HABIT, "self", "substance"),
    ("sub.more", SUB, MOD, r"\busing (?:coke|cocaine|meth|heroin|ketamine|crack|speed|mdma)\b|\b(?:taking|take|took) "
     r"(?:my \w+s? |someone elses )?(?:oxy\w*|codeine|tramadol|xanax|benzos|valium|diazepam|morphine|fentanyl) to "
     r"(?:cope|sleep|feel|get through)\b|\bbender\b|\bdrink(?:ing)? until i (?:black|pass) out\b", "self", "substance"),
    ("sub.withdrawal", SUB, HIGH, r"\b(?:cant|can not) stop shaking\b", "self", "", r"bender|drinking|drunk|withdraw"),
    # --- eating-disorder medical risk ---
    ("ed.more", ED, MOD, CALORIES + r"|\bpro ?ana\b|\bthinspo\b|\blaxatives? (?:every|each|to)\b|\bhiding food\b|"
     r"\bmaking my ?self sick\b"),
    ("ed.symptoms", ED, HIGH, r"\b(?:dizzy|light ?headed|heart (?:is )?(?:doing weird things|racing|pounding|skipping)|"
     r"(?:everything|vision) goes (?:black|dark)|fainting)\b", "self", "", EAT_CONTEXT),
    ("ed.not_eaten", ED, HIGH, r"\b(?:havent|have not|hasnt|didnt|did not|not) (?:eaten|had (?:any )?food|eaten anything|"
     r"had anything to eat|eaten a thing)(?: \w+){0,2} (?:in|for) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
     r"several|a few|many|over a|almost a|nearly a) (?:days?|weeks?)\b"),
    ("ed.faint", ED, HIGH, r"\b(?:faint(?:ed|ing)?|passed out|pass out|collapsed|black(?:ed|ing)? out|heart (?:is )?"
     r"(?:racing|pounding|skipping|fluttering|beating weird)|chest (?:pain|hurts)|hair (?:is )?falling out|dizzy all the "
     r"time)\b", "self", "", r"\beat|food|calorie|starv|purg|fasting|restrict|laxative|weight|throw(?:ing)? up|binge|meal"),
    ("ed.purge_blood", ED, HIGH, r"\b(?:throw(?:ing)?|threw) up blood\b|\bvomit(?:ing|ed)? blood\b|\bpurg(?:e|ing|ed) "
     r"(?:\w+ ){0,2}(?:\d+|several|multiple|many|five|six|ten) times\b|\b(?:a|the) (?:whole|full|entire) (?:box|bottle|"
     r"pack) of laxatives\b"),
    ("ed.behaviour", ED, MOD, r"\b(?:make|made|making) my ?self (?:throw up|sick|vomit|puke)\b|\bpurg(?:e|ing|ed)\b|"
     r"\blaxatives? to lose\b|\bbinge and purge\b|\brestrict(?:ing)? (?:my )?(?:food|eating|calories)\b|\bnot eating to "
     r"lose\b|\beat(?:ing)? (?:under|less than) \d+ calories\b", "self", "recent+"),
    ("ed.avoid_eating", ED, LOW, r"\b(?:avoid|stop|stopped|skip|skipping) eating\b|\bfeel (?:so )?fat\b"),
    # --- substance risk ---
    ("sub.use", SUB, MOD, r"\b(?:relapsed (?:on|with) (?:alcohol|drinking|heroin|meth|coke|cocaine|pills|opioids|fentanyl)"
     r"|using again|drinking again|shooting up|injecting|using alone|blacked out (?:again|drunk)|"
     r"drink(?:s|ing)? (?:all day|"
     r"every day|every night|until i pass out)|(?:cant|cannot) stop (?:drinking|using))\b", "self", "substance"),
    # Street-bought pills (counterfeit bars, "blues", pressed percs often carry fentanyl), taken alone: a fatal risk.
    ("sub.street_pills_alone", SUB, HIGH, r"\b(?<!protein )(?<!chocolate )(?<!granola )(?<!cereal )(?<!energy )"
     r"(?<!snack )(?<!candy )(?<!soap )(?<!gold )(?:bars|xans|xannies|blues|m30s?|percs|perc 30s|roxys?|pressies"
     r"|press(?:ed)? (?:pills|bars|xanax|percs|oxys?|blues)|fake (?:xanax|oxys?|percs?|bars|pills)|street (?:xanax"
     r"|benzos|valium|pills|oxys?|percs?))\b(?:\W+\w+){0,16}?\W+(?:on my own|by myself|alone|all alone|on my"
     r" tod|no one (?:around|home|here)|nobody (?:around|home|here))\b", "self", "substance",
     r"\b(?:off|from) (?:a|some|this|my|the) (?:guy|bloke|lad|dude|dealer|plug|mate|friend|fella|man|kid|girl)\b"
     r"|\bfrom (?:the )?(?:dark ?web|street|plug|snap|telegram)\b|\bdealer\b|\bplug\b|\bbought\b|\bscored\b"
     r"|\bpicked up\b|\bgot (?:some|a few|a bag|a strip|a couple)\b"),
    ("sub.intox", SUB, LOW, r"\b(?:im|i am|so|really|very|getting|got) (?:drunk|high|wasted|hammered|stoned|blackout "
     r"drunk)\b|\bbeen drinking\b", "self", "substance"),
    # Lethal-dose research on one's own or a relative's medicines ("how many of my lithium would it take", "what's
    # the lethal dose of my mum's insulin"), even "for a story": subject "any", so a fiction cover does not cancel it.
    ("plan.own_meds_research", PLAN, HIGH, r"\b(?:how (?:many|much)|what amount|what dose|the (?:lethal|fatal|deadly) "
     r"(?:dose|amount)|(?:lethal|fatal|deadly) (?:dose|amount)) (?:of )?(?:\w+ ){0,2}(?:my|my own|mine|my (?:mums?|moms?"
     r"|dads?|nans?|nanas?|grans?|grandmas?|grandads?|grandpas?|husbands?|wifes?|partners?|sisters?|brothers?|sons?"
     r"|daughters?|flatmates?|roommates?|dogs?|cats?)) (?:\w+ ){0,2}(?:" + _MEDS + r")\b(?:\W+\w+){0,8}?\W+(?:kill|die"
     r"|dead|not wake up|never wake up|be fatal|be lethal|would it take|does it take|will it take|it would take|od|"
     r"overdose)\b|\b(?:lethal|fatal|deadly) (?:dose|amount) (?:of |for )?(?:\w+ ){0,2}(?:my|my own|my \w+s) "
     r"(?:\w+ ){0,2}(?:" + _MEDS + r")\b", "any"),
    # Using opioids or street drugs alone, or without naloxone: the overdose nobody sees (WHO 2014, community
    # naloxone guidance).
    ("sub.using_alone", SUB, HIGH, r"\b(?:percs?|percocets?|oxys?|oxycodone|oxycontin|roxys?|m30s?|fent(?:anyl)?|fenty"
     r"|heroin|dope|smack|gear|opiates?|opioids?|xans|ket|ketamine|ghb|gbl|nitazenes?|tranq|xylazine|morphine|methadone"
     r"|(?<=\U0001F17F)ercs?|(?:some|using|doing|shooting|smoking|bag of|score|scored) h)\b(?:\W+\w+){0,14}?\W+(?:alone|by myself|on my own|on my tod|(?:its|it is) (?:just )?me|(?:no one|nobody|noone)"
     r" (?:around|home|here|else|to check)|(?:roomies?|roommates?|flatmates?|housemates?|parents|mum|mom|dad|family"
     r"|everyone) (?:are |is |s )?(?:away|out|gone)|no (?:narcan|naloxone)|without (?:narcan|naloxone))\b|\b(?:alone"
     r"|by myself|on my own|no (?:narcan|naloxone)|without (?:narcan|naloxone))(?:\W+\w+){0,10}?\W+(?:percs?|percocets?"
     r"|oxys?|fent(?:anyl)?|fenty|heroin|dope|smack|gear|opiates?|opioids?|xans|ket|ketamine|ghb|gbl|nitazenes?"
     r"|tranq|morphine|methadone)\b", "self", "substance",
     r"\b(?:do|doing|did|use|using|used|take|taking|took|shoot|shooting|shot|smoke|smoking|snort|snorting|pop|popping"
     r"|bang|banging|dose|dosing|score|scored|pick|picked|got|have|tonight|gonna|going to|about to)\b"),
    # --- distress without a risk indicator ---
    # The count of a hoard of medicines kept back ("been putting them aside" ... "got about 60 now").
    ("plan.hoard_count", PLAN, HIGH, r"\b(?:ive got|i have|ive|i got|got|thats|up to|counted|theres) (?:about |nearly "
     r"|almost |over |at least |like |around |maybe |roughly )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|seventy"
     r"|eighty|ninety|a hundred)(?: of them| now| saved| stashed| hidden| put by)*\b(?! ?(?:years?|yrs?|quid|pounds|"
     r"dollars|euros|kg|km|miles|percent|%|minutes|mins|hours|followers|likes|messages|emails|days|weeks|people|quid))",
     "self", "", r"(?:" + _HOARD + r")[^\n]{0,300}?(?:" + _MEDS + r")|(?:" + _MEDS + r")[^\n]{0,300}?(?:" + _HOARD
     + r")"),
    # "I feel dead inside" is distress; "I'm so dead" (in trouble) and "I'm dead lol" are idioms (below).
    ("distress.dead_inside", None, LOW, r"\b(?:im|i am|i feel|feel|feeling|i felt|i just feel|were|we are) (?:so |already "
     r"|basically |just |totally |literally |completely |kind of |kinda |actually |sooo |soo |well |dead )*dead(?: inside)?"
     r"\b", "self", "hopeless"),
    ("distress.hopeless", None, LOW, r"\b(?:hopeless|worthless|(?:im|i am|feel(?:ing)? (?:like )?)(?:a )?(?:burden|"
     r"failure|useless)|hate (?:my ?self|my life)|(?:cant|cannot) (?:do|take|handle|cope with) (?:this|it|anything|life) "
     r"anymore|(?:cant|cannot) keep (?:doing|going on like) this|whats the point|what is the point|nothing matters|no way "
     r"out|trapped|empty inside|give up on (?:everything|life)|tired of everything|so tired of (?:it|this|trying)|nothing "
     r"anyone can do|(?:cant|cannot) cope|falling apart|lost all hope|no hope|(?:nobody|no one) (?:cares|loves me)|cant "
     r"guarantee anything|cant promise anything|not my ?self anymore|want the thoughts to stop|dont want to be alive|"
     r"dont know what to do(?: anymore)?)\b",
     "self", "hopeless"),
]

# --- Structures (issue 10, after blind round 7): not-risk frames written as slots, each slot a broad word list. ---
# Planning ahead: a conditional about the future ("if ... ever", "one day", "just in case") and a question about a
# number, a line, a service or whom to call, with no sign of risk now.
_SOMEDAY = (r"(?:(?:if|in case|should|whenever|incase)(?: \w+){0,7}? (?:ever|one day|someday|some day|in (?:the )?future"
            r"|at some point|down the (?:line|road|track)|later on|later in life)\b|(?:just )?in case\b|for (?:future"
            r" reference|the future|later)\b)")
_ASK_SERVICE = (r"(?:what|which|whats|who|whom|where|is|are|do|does|should|can|could|would|how|numbers?|number for)\b"
                r"[^.!?\n]{0,60}?\b(?:numbers?|(?:crisis |help ?|hot ?|text |support |suicide |samaritans )?lines?"
                r"|service|services|988|999|911|111|112|116 ?123|85258|samaritans|shout|lifeline|crisis team|call|ring"
                r"|phone|text|contact|go to|a ?& ?e|er|emergency room)\b")
_NOT_NOW = r"(?![^\n]{0,200}\b(?:right now|tonight|at the moment|currently|already|about to|im going to|on the way)\b)"
_PLANNING_AHEAD = [
    _SOMEDAY + _NOT_NOW + r"[^\n]{0,160}?" + _ASK_SERVICE + r"[^.!?\n]{0,120}",
    _ASK_SERVICE + _NOT_NOW + r"[^.!?\n]{0,60}?" + _SOMEDAY + r"[^.!?\n]{0,120}",
]
# Study and work frames: a text, an author or an assignment as the subject of the risk words ("how Plath presents
# Esther's suicide attempt", "the theme of death in Hamlet"), or the speaker playing a role ("I played a client
# who'd taken an overdose", "we role-played a caller who wanted to die").
_RISK_NOUN = (r"(?:suicid\w*|self ?harm\w*|overdos\w*|attempt\w*|death|deaths|dying|drowning|hanging|cutting|killing"
              r" (?:her|him|them)sel(?:f|ves)|kills? (?:her|him|them)sel(?:f|ves)|(?:wants?|wanted) to die|depression"
              r"|self ?destruct\w*|despair)")
_STUDY_FRAME = [
    r"(?:how|why|the way|ways?|where|when|whether) (?:\w+ ){1,3}(?:presents?|presented|portrays?|portrayed|depicts?"
    r"|depicted|explores?|explored|represents?|represented|describes?|described|writes? about|wrote about|handles?"
    r"|deals? with|treats?|frames?|foreshadows?|uses?|shows?)(?: (?!my\b|me\b|myself\b|i\b)\w+){0,5} " + _RISK_NOUN
    + r"(?: (?:attempts?|ideation|thoughts|note|scene|theme))?",
    r"(?:presentation|portrayal|depiction|representation|treatment|theme|themes|motif|symbolism|imagery|analysis"
    r"|essay|paper|assignment|coursework|dissertation|presentation|question|quotes?|scene) (?:of|on|about|around"
    r"|exploring)(?: (?!my\b|me\b|myself\b|i\b)\w+){0,5} " + _RISK_NOUN + r"(?: (?:attempts?|ideation|thoughts|note))?",
    r"(?:i|we|me|you) (?:\w+ )?(?:played|play|playing|acted|act|acting|portrayed|portraying|role ?-?played|role ?-?play"
    r"|roleplayed|roleplaying|pretended to be|pretending to be|had to play|got to play|had to be|was cast as|am cast as)"
    r" (?:a|an|the) (?:\w+ ){0,2}(?:client|patient|caller|character|person|service user|teenager|teen|woman|man|girl"
    r"|boy|mum|mom|dad|student|role|part|victim|survivor)s?\b[^.!?\n]{0,120}",
]
# A year at least two years before these rules were written (2026): history, not the recent past.

PACK = make_pack(
    "en",
    RULES,
    negation=["not", "never", "dont", "didnt", "doesnt", "wont", "wouldnt", "havent", "hasnt", "hadnt", "isnt", "arent",
              "wasnt", "werent", "no longer", "nor", "denies", "denied", "deny", "no", "without", "neither", "none",
              "stopped", "quit"],
    first_person=["i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"],
    third_party=["he", "she", "they", "hes", "shes", "theyre", "him", "his", "their", "them", "someone", "somebody",
                 "people",
                 r"(?:my|our|a|her|his|their) (?:best )?(?:friend|friends|buddy|sister|brother|mom|mum|mother|dad|father|"
                 r"son|daughter|kid|child|cousin|partner|boyfriend|girlfriend|husband|wife|roommate|classmate|student|"
                 r"client|patient|coworker|colleague|neighbou?r|aunt|uncle|grandma|grandpa|niece|nephew|teen|teenager|"
                 r"bf|gf)s?"],
    idioms=[*_PLANNING_AHEAD, *_STUDY_FRAME, r"dying (?:to|for|of (?:laughter|boredom|embarrassment|curiosity|thirst|hunger)|laughing)", "to die for",
            r"(?:bored|scared|worried|sick|frozen|tickled|loved?) to death", r"(?:killing|kills) (?:me|it)",
            r"kill(?:ing|ed)? (?:it|time|the (?:lights|engine|vibe|mood|game))",
            r"(?:boss|mom|mum|mother|dad|father|parents|teacher|coach|sister|brother"
            r"|manager) (?:will|would|is going to|gonna|going to|is gonna|might) (?:literally )?kill me",
            # A partner "will kill me" is a figure of speech only about a mishap ("when he sees the bill"); said
            # otherwise, or reported ("he said he will kill me"), it is a threat, read by the danger rules.
            r"(?:wife|husband|girlfriend|boyfriend|gf|bf|partner) (?:will|would|is going to|gonna|going to|is gonna|"
            r"might) (?:literally )?kill me(?= (?:when|if|once) (?:he|she|they|i) (?:sees?|finds? out|hears?|notices?|"
            r"realises|realizes|forget|miss|break|lose|spend|crash|dent|tell))",
            r"kill(?:ed|ing)? my ?self (?:laughing|to (?:get|finish|make|meet|pass)|at (?:work|the gym|practice)|over "
            r"(?:this|that|work|nothing)|working|studying|for (?:this|that|nothing|a|an|the))",
            r"(?:cut|burn(?:ed|t)?|hurt|hit|scratch(?:ed)?|bit|bang(?:ed)?) my ?self (?:while |when |on |with |by |at |in "
            r")?(?:shaving|cooking|chopping|slicing|the (?:knife|iron|oven|stove|pan|door|glass)|a (?:knife|glass|paper|"
            r"can|nail|piece)|accident|accidentally|the gym|work|practice|playing|running|falling|opening|lifting|"
            r"working out)",
            r"(?:phone|battery|laptop|car|plant|plants|conversation|party|engine|wifi|computer) (?:is |was |just )?"
            r"(?:dead|died|dying)", r"dead (?:tired|serious|on my feet|wrong|last|end)", r"(?:die|died) laughing",
            "over my dead body", r"dress(?:ed)? to kill", r"kill (?:for|off) (?:a|some|the)",
            r"shoot (?:me|him|her|them|you|my \w+) (?:a|an) (?:text|email|message|dm|note|line)",
            r"(?:kill|murder|strangle) (?:him|her|them|you|my \w+) if (?:he|she|they|you)",
            r"jump (?:off|from) (?:the )?(?:diving board|board|boat|dock|swing)", r"(?:would|could) die (?:of|for|happy)",
            r"suicide (?:squad|mission|doors?|run|sprints?|drills?|prevention|awareness)",
            # In trouble or laughing, not dying: "I'm so dead when mum sees this", "we're dead meat", "I'm dead 💀".
            r"(?:im|i am|were|we are|youre|you are|hes|shes) (?:so |totally |literally |absolutely |completely "
            r"|actually |so so |sooo |soo |well |dead )+dead\b(?! inside| to the world| and| i wish)",
            r"(?:im|i am|were|we are) (?:so )?dead(?: meat|" + _LAUGHED_OFF + r")",
            r"(?:im|i am|were|we are|youre|you are) (?:so |totally )?dead (?:if|when|once|after) (?:\w+ ){0,4}(?:finds? out"
            r"|sees?|hears?|catches|notices|gets? (?:home|back)|knows|finds? it)",
            # An ordinary purpose for a rope, a stool or a hook: "got the rope out to hang the bikes from the beam".
            r"(?:rope|ropes|stool|ladder|hook|hooks|beam|cord)(?: \w+){0,8} to (?:hang|tie|hold|secure|lift|hoist|pull|tow"
            r"|string) (?:up )?(?:\w+ ){0,2}(?:bikes?|bicycles?|hammock|washing|laundry|clothes|swing|tyre|tire|lights"
            r"|decorations|bunting|plants?|baskets?|tools|punching bag|tarp|tent|boat|canoe|kayak|branch|load|boxes|sofa"
            r"|mattress|trailer|hay|bales?|shelf|shelves|sign|banner|flag|pictures?|mirror|bird ?feeders?|fairy lights"
            r"|coats?|pans|pots)\b",
            # A trip, not a farewell: "I won't need my winter coat where I'm going!"
            r"wont (?:be )?need(?:ing)? (?:my |a |any |the |those )?(?:\w+ )?(?:coats?|jackets?|jumpers?|sweaters?|scarf"
            r"|scarves|gloves|boots|umbrella|brolly|wellies|hats?|heating|thermals|sun ?cream|sunscreen|shorts|flip ?flops"
            r"|swimsuit|bikini|suncream|woolies|layers)(?: \w+){0,2} where (?:im|we are|were) (?:going|headed|heading)",
            r"overdosed? on (?:chocolate|sugar|caffeine|coffee|netflix|tv|candy|love|cuteness|carbs)",
            r"my (?:feet|legs|back) (?:are|is) killing me", r"(?:hurt|hurting) my (?:back|knee|leg|ankle|shoulder|wrist)",
            r"(?:want|wanted|going) to die (?:of|from) (?:embarrassment|shame|laughter|boredom)",
            r"kill(?:ing)? my ?self (?:lo+l\w* |lmf?a+o+\w* |ha(?:ha)+\w* |rofl\w* |xd+ )*(?:jk+|just kidding|just joking"
            r"|kidding|joking)",
            # Something that is not a person "killing me": the heat, a match, the wait ("this heat will be the death
            # of me", "the penalties are going to kill me").
            r"(?:the|this|that|these|those) (?:\w+ )?(?:heat|humidity|cold|weather|traffic|commute|match|game|suspense"
            r"|wait|waiting|queue|noise|hangover|cough|cold|headache|migraine|deadline|exams?|homework|workload|job|shift"
            r"|diet|gym|workout|run|class|meeting|song|show|series|episode|ending|finale|season|team|ref|referee"
            r"|penalties|penalty|shootout|kids|baby|toddler|teething|cat|dog|puppy|commute|rota|paperwork|budget"
            r"|invoices|heels|shoes|stairs|hill|boots|sunburn|mosquitoes|neighbours?|renovation|builders|taxes)"
            r"(?: \w+){0,2} (?:is|are|will|would|s|re|is going to|are going to|is gonna|are gonna|gonna|going to)"
            r"(?: literally| actually| honestly| genuinely| seriously)? (?:be the death of (?:me|us)|kill(?:ing)? (?:me|us))",
            # Someone else's warning that an activity will kill you: "my husband says I'll kill myself on that ladder".
            r"(?:says|said|thinks|reckons|warns|warned|warning|tells me|told me|worried|worries|scared|afraid|convinced)"
            r"(?: me)?(?: that)? (?:i(?:ll| will| would|d|m going to| am going to|m gonna)|youll|you will|youre going"
            r" to) (?:\w+ ){0,2}(?:kill (?:my|your) ?self|break (?:my|your) neck|die|end up dead) (?:on|in|with|doing"
            r"|riding|driving|climbing|falling|if|one day|at this rate|up there|from)\b",
            r"(?:bungee|bungy|base|tandem|sky ?dive|skydiving|charity|parachute|parachuting|cliff) jump\w*(?: \w+){0,4}"
            r" (?:off|from|out of) (?:\w+ ){0,3}(?:bridge|building|cliff|tower|plane|crane|platform|dam|viaduct)",
            # Hyperbole about a chore, laughed off: "one more meeting about synergy and I'll kill myself lol".
            r"(?:one more|another) (?!(?:day|night|week|month|year|minute|hour|second|time|moment)s?\b)(?:\w+ ){1,8}"
            r"(?:and )?(?:im going to|im gonna|ill|i will|i swear ill|gonna|i might) (?:literally |actually )?"
            r"(?:kill my ?self|die)" + _LAUGHED_OFF,
            # The same hyperbole after a condition: "if I have to sit through another KPI meeting I'll kill myself 😂".
            # ... or after a test, a match or a game lost: "if i fail this driving test again im going to unalive myself 💀".
            r"if (?:i|we) (?:have to|had to|hear|see|get|sit|fail|failed|flunk|flunked|lose|lost|miss|missed|bomb|dont"
            r" pass|dont get|do not pass|mess up|screw up|mess this up|screw this up|get rejected|dont make|burn|drop"
            r"|spill|break|crash|forget|cant find|have another|get another|end up|wake up)(?: \w+){1,10} (?:(?:then|and) )?"
            r"(?:im going to|im gonna|ill|i will"
            r"|i swear ill|gonna|i might) (?:literally |actually |honestly )?(?:kill my ?self|die)" + _LAUGHED_OFF,
            r"if i (?:ever )?(?:did |do |was |were |started to |start to )?(?:feel|felt|get|got|become|became|feeling) "
            r"suicidal", r"asked (?:me )?(?:if|whether)(?: \w+){1,8} (?:and )?i (?:honestly |truthfully )?said no",
            r"(?:said|say|answered|ticked|put) no (?:to|for|on) (?:the (?:one|question|bit|part|box)|it|that|questions?)"
            r"(?: \w+){0,2} (?:about|on|asking about|re) (?:\w+ ){0,3}(?:suicide|ending (?:it|it all|my life)|killing"
            r" my ?self|self ?harm|harming my ?self|hurting my ?self|being better off dead|wanting to die)"],
    fiction=[
             # Training and placements: a trainee asking about a case or a protocol (issue 10, round 14).
             r"(?:psychology|psych|nursing|medical|social work|counselling|counseling) student", r"(?:on|my|during) (?:\w+ )?(?:placement|practicum|internship)", r"protocols?", r"training (?:material|materials|course|session|day)", r"(?:suicide prevention|crisis line|helpline|samaritans) (?:training|course|volunteer\w*)",
             "movie", "film", "book", "novel", "series", "tv show", "the show", "episode", "character", "characters",
             "protagonist", "plot", "song", "lyrics", "video game", "anime", "documentary", "article", "podcast",
             "essay", "school project", "research paper", "fictional", "in the news", "true crime",
             "story i am writing", "story im writing", "for a class", "statistics",
             # Health and emergency workers telling of their work: "as an A&E nurse I see overdoses every week".
             r"as an? (?:[\w&]+ )?(?:nurse|paramedic|doctor|medic|gp|pharmacist|hca|carer|support worker|psychiatrist"
             r"|psychologist|therapist|social worker|police officer|firefighter|first responder|toxicologist)",
             r"on (?:my|a|the|our|this) (?:shift|night shift|rounds)",
             # Training, placements and role-plays: "as a trainee counsellor", "in the role-play", "for A-level".
             r"as an? (?:[\w&]+ )?(?:trainee|student|volunteer|intern|placement student|call handler|listener|actor"
             r"|actress|counsell?or|teacher|lecturer|researcher|moderator|youth worker)",
             r"(?:role ?-?plays?|roleplays?|simulation|skills (?:session|lab)|osce|mock (?:call|session|assessment)"
             r"|practice (?:call|session)|drama (?:class|exercise|school)|rehearsals?|a ?-?level|gcses?|coursework"
             r"|dissertation|set text|lit (?:essay|class)|english lit\w*|my essay|an essay|the essay)"],
    history=[
             # An act dated by the age it happened at or by years ago (issue 10, round 14).
             r"when i was (?:\d+|a teen\w*|in (?:school|high school|secondary school|college|uni))", r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many) years ago",
             "used to", "years ago", r"(?:\d+|a|two|three|four|five|ten|many|several|some|a few|few) years ago", r"(?:when|as) i was "
             r"(?:a )?(?:kid|child|teen|teenager|younger|little|in (?:high school|college|middle school|school|university)|"
             r"\d+)", "in high school", "in middle school", "in college", "at university",
             r"as a (?:kid|child|teen|teenager)", "in the past", "back then", "long time ago", r"in my (?:teens|twenties|20s)",
             "growing up", "years back", "once before", r"in (?:19|20)\d\d",
             # A year attached to the act: "back in 2009", "my 2016 overdose", "from 2012", "the attempt in 2015".
             r"(?:back in|from|since|around|circa|during|in the summer of|in the winter of|the year) " + OLD_YEAR,
             OLD_YEAR + r"(?: was| when)? (?:\w+ )?(?:attempt|overdose|od|suicide attempt|when i tried|was when)",
             r"(?:attempt|overdose|od)(?: \w+){0,2} (?:in|from|of|back in) " + OLD_YEAR, r"at (?:age )?1\d", "ever since",
             r"(?:\d+|ten|five|two|three) years (?:clean|free)"],
    recency=["again", "lately", "recently", "last night", "last week", "this week", "this morning", "yesterday",
             "tonight", "relapsed", "right now",
             r"these days(?!,? (?:im|i am|i feel|things are|life is|its|i m) (?:\w+ )?(?:happy|good|well|fine|ok|okay|better"
             r"|great|stable|content|settled|doing well|doing ok|doing good|doing great))", r"past (?:few )?(?:days|weeks)",
             r"(?:a few|few|couple of|two|three) (?:days|weeks) ago", "started again", "currently", "every day",
             "every night", r"still (?:do|cut|cutting|want|wanting|think|thinking|feel|feeling|struggle|hurt|have)"],
    timing=["tonight", "right now", r"this (?:evening|weekend|morning|afternoon|week)", "tomorrow",
            r"in (?:an|one|a few|two|few|\d+) (?:hours?|minutes?)", r"before (?:morning|dawn|anyone wakes up|they get home)",
            r"when (?:everyone|they) (?:is|are|goes|go) (?:asleep|to sleep|out|gone)", r"at (?:\d+|midnight) ?(?:am|pm)?",
            "very soon", "after work", "after school", r"(?:on|this|next) (?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday)", r"when everyones (?:away|out|asleep)", r"\d+ minutes? away", "the right time"],
    means=[r"(?:have|got|bought|holding|found|ordered) (?:a |the |my |some |enough )?(?:rope|noose|gun|pills|tablets|"
           r"razor|blades?|knife|helium)", r"(?:saved|stockpiled|hoarded|stashed) (?:up )?(?:\w+ )?(?:pills|tablets|meds)",
           r"(?:pills|meds|tablets) (?:saved up|stockpiled|ready|in front of me|in my hand)", r"(?:already|just) "
           r"(?:took|taken|swallowed)", "loaded", "the bridge", "the ledge", "train tracks", "suicide note",
           r"wrote (?:a|my) (?:note|letter)"],
    resolve=["ive decided", "i have decided", "i decided", "made up my mind", "made my decision", "made the decision",
             "im ready", "i am ready", "its time", "it is time", "no going back", r"i know what i (?:have|need) to do",
             "this is the only way", "ill do it", "im going to do it", "going through with it",
             r"at peace with (?:it|my decision)", "nothing will change my mind", "tonight is the night", "i have a plan",
             "ive got a plan", "i know how", "its decided", "made my peace", "made peace with it", "theres no other way", "i have enough",
             "i think i have enough",
             # A stockpile complete: "think i've got enough now" (not "I've got enough on my plate").
             r"(?:ive got|i have|ive|i got|weve got|i finally have|ive finally got) (?:got )?(?:just )?enough(?: now"
             r"| saved(?: up)?| stashed| put by| put aside| of them| pills| tablets| meds| together)*(?= *(?:$|[.!]))"],
    farewell=["i love you all", "goodbye", "bye forever",
              r"take care of (?:yourself|everyone|my)", r"tell (?:my|them|her|him) (?:that )?i love",
              "sorry for everything", "forgive me", r"its been nice (?:talking|knowing)", "remember me",
              "you wont hear from me", "this is it", "goodnight everyone", "sorry for everything",
              # thanks that sum up the help ("cheers for everything", "thank you for trying"), without plans
              r"(?:cheers|ta|thanks|thank you) for (?:everything|trying|all (?:youve done|you did|your help)"
              r"|putting up with me)(?![^\n]{0,80}\b(?:see you|see ya|next (?:week|time|session|appointment)|tomorrow"
              r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|until (?:next|monday|tuesday|wednesday"
              r"|thursday|friday)|talk soon|catch you)\b)",
              r"(?:you|youve) (?:really )?made a (?:real |huge |big )?difference (?:in|to) my life"],
    concealment=[r"dont tell (?:anyone|anybody|my|them)", r"(?:you )?wont tell (?:anyone|anybody)",
                 r"promise (?:you wont|not to) tell", r"no (?:police|doctors|hospital|ambulance)",
                 r"dont call (?:anyone|the police|911|an ambulance)", r"keep (?:this|it) (?:a )?secret",
                 r"(?:dont|do not) want anyone to (?:stop|know|find)"],
)
