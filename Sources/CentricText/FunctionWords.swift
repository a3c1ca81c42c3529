/// The most frequent words of each language Centric tells apart: pronouns, articles,
/// prepositions, conjunctions, auxiliaries, negations, common adverbs and the everyday
/// evaluative words of feedback. They are the strongest evidence for short texts, where CLD2 is
/// unreliable (see PLATFORM.md). A word may appear in several lists (`is`, `in`, `die`): the
/// scoring in `LanguageModel` then credits every language that has it, so shared words tip
/// nothing. Lists are general vocabulary, not taken from any evaluation text.
enum FunctionWords {
    static let english: Set<String> = [
        "the", "a", "an", "and", "or", "but", "not", "no", "nor", "never", "nothing", "nobody", "none",
        "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "being", "am",
        "have", "has", "had", "having", "do", "does", "did", "done", "doing", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "i", "you", "he", "she", "it", "we", "they",
        "me", "him", "us", "them", "my", "your", "his", "her", "its", "our", "their", "mine", "yours",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any", "both",
        "each", "every", "few", "more", "most", "other", "some", "such", "only", "own", "same", "so",
        "than", "too", "very", "just", "with", "without", "from", "to", "of", "in", "for", "on", "at",
        "by", "about", "into", "through", "after", "before", "again", "once", "there", "here", "out",
        "up", "down", "off", "over", "under", "still", "yet", "because", "while", "if", "then", "also",
        "really", "ever", "always", "often", "already", "now", "soon", "later", "today", "yesterday",
        "great", "good", "bad", "better", "best", "worse", "worst", "nice", "thanks", "thank", "please",
        "sorry", "yes", "well", "much", "many", "little", "new", "old", "first", "last", "long", "time",
        "don't", "didn't", "doesn't", "won't", "can't", "couldn't", "wasn't", "isn't", "aren't",
        "haven't", "hasn't", "wouldn't", "shouldn't", "i'm", "i've", "i'd", "i'll", "it's", "that's",
        "they're", "we're", "you're", "there's", "let's", "get", "got", "go", "went", "gone", "make",
        "made", "take", "took", "say", "said", "tell", "told", "ask", "asked", "call", "called", "come",
        "came", "know", "knew", "think", "want", "need", "give", "gave", "keep", "kept", "help", "wait",
        "waited", "waiting", "one", "two", "three", "way", "day", "days", "week", "weeks", "people",
        "anyone", "someone", "everyone", "something", "anything", "everything", "again", "back",
        "quick", "fast", "slow", "easy", "hard", "friendly", "helpful",
        "love", "like", "happy", "absolutely", "totally", "completely",
    ]

    static let dutch: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "want", "niet", "geen", "nooit", "niets", "niks",
        "niemand", "dit", "dat", "deze", "die", "is", "zijn", "was", "waren", "ben", "bent", "heb",
        "hebt", "heeft", "hebben", "had", "hadden", "word", "wordt", "worden", "werd", "werden",
        "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "mag", "mogen", "moet",
        "moeten", "moest", "wil", "willen", "wilde", "ik", "jij", "je", "u", "hij", "zij", "ze", "wij",
        "we", "jullie", "mij", "me", "hem", "hen", "hun", "mijn", "jouw", "uw", "haar", "ons", "onze",
        "wat", "welke", "wie", "wanneer", "waar", "waarom", "hoe", "alle", "alles", "elke", "ieder",
        "iedereen", "veel", "meer", "meest", "minder", "ander", "andere", "sommige", "zo", "zoals",
        "dan", "te", "heel", "erg", "zeer", "echt", "gewoon", "met", "zonder", "van", "naar", "voor",
        "in", "op", "aan", "bij", "door", "over", "uit", "om", "tot", "na", "tegen", "onder", "sinds",
        "nog", "al", "toch", "omdat", "terwijl", "als", "dus", "ook", "weer", "altijd", "vaak",
        "soms", "nu", "toen", "straks", "vandaag", "gisteren", "er", "hier", "daar", "wel", "mee",
        "zelf", "iets", "iemand", "helemaal", "goed", "slecht", "beter", "best", "slechtste",
        "bedankt", "dank", "graag", "alstublieft", "alsjeblieft", "sorry", "ja", "nee", "jammer",
        "helaas", "eindelijk", "meteen", "steeds", "lang", "keer", "dag", "dagen", "week", "weken",
        "één", "twee", "drie", "'s", "'t", "z'n", "m'n", "d'r", "gaan", "gaat", "ging", "gingen",
        "komen", "komt", "kwam", "kwamen", "doen", "doet", "deed", "gedaan", "krijgen", "krijg",
        "kreeg", "kregen", "gekregen", "zeggen", "zegt", "zei", "gezegd", "vragen", "vroeg",
        "gevraagd", "wachten", "gewacht", "bellen", "gebeld", "helpen", "geholpen", "hulp", "snel",
        "traag", "vriendelijk", "aardig", "duur", "te", "prima", "fijn", "leuk", "mooi", "blij",
        "tevreden", "ontevreden", "waardeloos", "mensen", "tijd", "nieuwe", "oude",
        "eerste", "laatste", "lekker", "heerlijk", "netjes", "keurig",
    ]

    static let german: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
        "oder", "aber", "nicht", "kein", "keine", "keinen", "nie", "niemals", "nichts", "niemand",
        "ist", "sind", "war", "waren", "bin", "bist", "sein", "haben", "habe", "hat", "hatte",
        "hatten", "wird", "werden", "wurde", "wurden", "kann", "können", "konnte", "muss", "müssen",
        "musste", "soll", "sollte", "will", "wollen", "ich", "du", "er", "sie", "es", "wir", "ihr",
        "mich", "mir", "dich", "dir", "uns", "euch", "ihnen", "mein", "meine", "dein", "unser",
        "was", "welche", "wer", "wann", "wo", "warum", "wie", "alle", "alles", "jeder", "viel",
        "mehr", "sehr", "zu", "zum", "zur", "mit", "ohne", "von", "vom", "nach", "für", "auf", "an",
        "am", "im", "bei", "durch", "über", "aus", "um", "bis", "gegen", "unter", "seit", "noch",
        "schon", "doch", "auch", "immer", "oft", "jetzt", "heute", "gestern", "hier", "da", "dort",
        "wieder", "weil", "wenn", "dass", "als", "ob", "also", "dann", "gut", "schlecht", "besser",
        "danke", "bitte", "leider", "ja", "nein", "schnell", "langsam", "freundlich", "teuer",
        "zufrieden", "toll", "einfach", "wirklich", "ganz", "endlich", "sofort", "mal",
        "tage", "woche", "wochen", "zeit", "man", "kunden", "nur",
    ]

    static let french: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "et", "ou", "mais",
        "donc", "car", "ne", "n'", "pas", "jamais", "rien", "personne", "plus", "est", "sont", "était",
        "étaient", "être", "été", "ai", "as", "a", "avons", "avez", "ont", "avait", "avoir", "eu",
        "fait", "faire", "peut", "peux", "pouvez", "doit", "faut", "je", "j'", "tu", "il", "elle",
        "on", "nous", "vous", "ils", "elles", "me", "m'", "te", "se", "s'", "lui", "leur", "leurs",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
        "ce", "cet", "cette", "ces", "c'est", "qui", "que", "qu'", "quoi", "quand", "où", "pourquoi",
        "comment", "tout", "tous", "toute", "toutes", "avec", "sans", "pour", "par", "dans", "en",
        "sur", "sous", "chez", "vers", "depuis", "avant", "après", "très", "trop", "bien", "mal",
        "beaucoup", "peu", "encore", "déjà", "toujours", "souvent", "aujourd'hui", "hier", "ici",
        "là", "aussi", "si", "parce", "merci", "bonjour", "oui", "non", "bon", "bonne", "mauvais",
        "rapide", "lent", "cher", "vraiment", "enfin", "jours", "semaine", "temps", "j'ai", "n'est",
        "c'était", "qu'il", "d'un", "d'une", "l'on",
    ]

    static let afrikaans: Set<String> = [
        "die", "'n", "en", "of", "maar", "want", "nie", "geen", "nooit", "niks", "niemand", "dit",
        "dat", "hierdie", "daardie", "is", "was", "wees", "gewees", "het", "hê", "sal", "sou", "kan",
        "kon", "mag", "moet", "moes", "wil", "wou", "ek", "jy", "u", "hy", "sy", "ons", "julle",
        "hulle", "my", "jou", "hom", "haar", "hul", "wat", "watter", "wie", "wanneer", "waar",
        "hoekom", "hoe", "alle", "alles", "almal", "elke", "baie", "meer", "meeste", "ander",
        "sommige", "so", "soos", "as", "dan", "te", "regtig", "eintlik", "met", "sonder", "van",
        "na", "vir", "in", "op", "aan", "by", "deur", "oor", "uit", "om", "tot", "teen", "onder",
        "nog", "al", "tog", "omdat", "terwyl", "ook", "weer", "altyd", "dikwels", "soms", "nou",
        "toe", "vandag", "gister", "daar", "hier", "goed", "goeie", "sleg", "beter", "beste",
        "dankie", "asseblief", "jammer", "ja", "nee", "vinnig", "stadig", "vriendelik", "duur",
        "lekker", "mooi", "tevrede", "uitstekende", "uitstekend", "diens", "mense", "tyd", "dae",
        "weke", "keer", "gaan", "kom", "doen", "gedoen", "kry", "gekry", "sê", "gesê", "vra",
        "gevra", "wag", "gewag", "bel", "gebel", "help", "gehelp", "hulp", "kliënt", "kliënte",
        "darem", "sommer", "nogal", "mekaar", "niemand", "iets", "iemand", "heeltemal",
    ]

    static let byLanguage: [(code: String, words: Set<String>)] = [
        ("en", english), ("nl", dutch), ("de", german), ("fr", french), ("af", afrikaans),
    ]
}
