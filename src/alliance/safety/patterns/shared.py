"""Terms shared by every language: drug and alcohol names, calories, bruises (brand names cross borders)."""

from __future__ import annotations

# Benzodiazepines, opioids, sedatives: dangerous with alcohol (respiratory depression; NICE CG115, WHO 2014).
DEPRESSANTS = (
    r"(?:xanax|alprazolam|clonazepam|rivotril|klonopin|tavor|lorazepam|valium|diazepam|lexotan|lexomil|bromazepam|"
    r"benzos?|anxiolytiques|ansioliticos|ansiolitici|tranquilizantes|beruhigungsmittel|schlaftabletten|zopiclone|"
    r"zolpidem|stilnox|somniferes|sleeping pills|methadone|metadona|methadon|metadone|oxy\w*|opioids?|fentanyl|"
    r"heroin|heroina|eroina|morphine|morfina|codeine|codeina|tramadol|percocets?|lyrica|pregabalin)"
)
ALCOHOL = (
    r"(?:alcohol|alcool|alkohol|vodka|wodka|whisky|whiskey|tequila|rum|ron|cachaca|wine|vino|vin|wein|vinho|beer|"
    r"cerveza|biere|bier|cerveja|birra|booze|drinks|drinking|bebida|schnaps|gin|grappa)"
)
MIX = rf"\b{DEPRESSANTS}(?: \w+){{0,4}} {ALCOHOL}\b|\b{ALCOHOL}(?: \w+){{0,4}} {DEPRESSANTS}\b"
SUBSTANCES = (
    r"(?:weed|cannabis|joints?|kiffe\w*|canne|porros?|maconha|marihuana|mota|coke|cocaine|cocaina|kokain|perico|"
    r"farlopa|speed|meth|crack|ketamine?|bottle of \w+|botella de vino|bouteille de vin|flasche wein|garrafa de vinho|"
    r"bottiglia di vino|drunk|borracho|borracha|bourre|betrunken|bebado|bebada|ubriaco|ubriaca|fumo|fume|kiffe|"
    r"mi faccio)"
)
FREQUENT = (
    r"(?:every (?:day|night|morning|weekend|evening)|each night|all day|most (?:weekends|nights|days)|cada (?:noche|dia|"
    r"finde|fin de semana)|todas las noches|todos los dias|tous les (?:soirs|jours)|du matin au soir|jeden (?:abend|tag)|"
    r"von morgens bis abends|taglich|todas as noites|todo dia|todos os dias|o dia inteiro|ogni (?:sera|giorno)|dalla "
    r"mattina alla sera|tutti i giorni|todo el dia|the whole day|until i (?:black|pass) out)"
)
SUBSTANCE_HABIT = rf"\b{SUBSTANCES}(?: \w+){{0,6}} {FREQUENT}\b|\b{FREQUENT}(?: \w+){{0,4}} {SUBSTANCES}\b"
CALORIES = r"\b\d{2,4} ?(?:calories|calorias|kalorien|calorie|kcal|cals?)\b"
BRUISES = (
    r"\b(?:bruises (?:all over|everywhere)|covered in bruises|bleus partout|lleno de moretones|llena de moretones|"
    r"blaue flecken|cheio de roxos|cheia de roxos|pieno di lividi|piena di lividi)\b"
)
CUT_CONTEXT = r"cut|blade|razor|wrist|self ?harm|cort|coup|schnitt|geschnitten|ritz|taglia|sangr|saign|blut"
EAT_CONTEXT = (
    r"\beat|food|calorie|starv|purg|fasting|restrict|laxative|weight|throw(?:ing)? up|binge|meal|living on|diet|"
    r"vomit|comer|comida|comiendo|manger|mange|essen|gegessen|ubergeb|kalorien|mangiare|mangio|cena|jantar|dinner"
)
