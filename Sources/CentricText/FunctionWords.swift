/// Function words per language: the evidence Centric adds to CLD2 for short texts, where
/// CLD2 alone is unreliable (see PLATFORM.md). Each list favours words distinctive of its
/// language; words shared by English and Dutch (`in`, `is`, `of`, `me`, `we`, `top`) are left
/// out so they cannot tip a two-word text either way.
enum FunctionWords {
    static let english: Set<String> = [
        "the", "a", "an", "and", "or", "but", "not", "no", "never", "nothing", "nobody", "this", "that",
        "these", "those", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do",
        "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "i", "you", "he", "she", "it", "they", "us", "them", "my", "your", "his", "her", "its", "our",
        "their", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any",
        "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "so",
        "than", "too", "very", "just", "with", "without", "from", "to", "for", "on", "at", "by", "about",
        "into", "through", "after", "before", "again", "once", "there", "here", "out", "up", "down",
        "off", "over", "under", "still", "yet", "because", "while", "if", "then", "also", "really",
        "again", "ever", "always", "great", "good", "bad", "thanks", "thank", "please",
        "don't", "didn't", "doesn't", "won't", "can't", "couldn't", "wasn't", "isn't", "aren't",
        "i'm", "i've", "it's", "they're", "we're", "you're", "got", "get", "waited", "called", "asked",
        "help", "helpful", "staff", "customer", "customers", "nice", "friendly", "slow", "fast",
        "worst", "best", "love", "awesome", "terrible", "horrible", "again", "who", "one", "well",
    ]

    static let dutch: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "niet", "geen", "nooit", "niets", "niemand", "dit",
        "dat", "deze", "die", "zijn", "was", "waren", "ben", "bent", "heb", "hebt", "heeft", "hebben",
        "had", "hadden", "wordt", "worden", "werd", "werden", "zal", "zullen", "zou", "zouden", "kan",
        "kunnen", "kon", "konden", "mag", "mogen", "moet", "moeten", "moest", "wil", "willen", "ik",
        "jij", "je", "u", "hij", "zij", "ze", "wij", "jullie", "mijn", "jouw", "uw", "zijn", "haar",
        "ons", "onze", "hun", "wat", "welke", "wie", "wanneer", "waar", "waarom", "hoe", "alle", "elke",
        "ieder", "veel", "meer", "meest", "ander", "andere", "sommige", "zo", "zoals", "dan", "te",
        "heel", "erg", "zeer", "echt", "gewoon", "met", "zonder", "van", "naar", "voor", "op", "aan",
        "bij", "door", "over", "uit", "om", "tot", "na", "tegen", "onder", "nog", "al", "toch", "omdat",
        "terwijl", "als", "dus", "ook", "weer", "altijd", "goed", "slecht", "bedankt", "dank", "graag",
        "alstublieft", "klantenservice", "klant", "klanten", "er", "hier", "daar", "nu", "toen", "wel",
        "mij", "me", "mee", "zelf", "iets", "iemand", "helemaal", "snel", "traag", "vriendelijk",
        "geholpen", "gebeld", "teruggebeld", "gewacht", "lang", "keer", "weken", "dagen", "prima",
        "fijn", "jammer", "waardeloos", "'s", "'t", "z'n", "m'n", "d'r", "één", "twee",
        "nooit", "meer", "helaas", "heb", "wachten", "duurt", "duurde", "gaat", "ging", "kregen", "kreeg",
    ]

    /// German, French and Afrikaans function words: only to recognise them as other languages
    /// (they share vocabulary with Dutch and English) so a short German text is not called Dutch.
    static let german: Set<String> = [
        "der", "die", "das", "und", "nicht", "ist", "ich", "sie", "wir", "ein", "eine", "einen", "mit",
        "auf", "für", "von", "zu", "sehr", "auch", "aber", "wie", "noch", "schon", "kein", "keine",
        "nie", "wurde", "haben", "habe", "hat", "sind", "mich", "mir", "dem", "den", "des", "immer",
        "gut", "schlecht", "danke", "bitte", "nach", "wieder", "warum", "wenn", "dass", "weil",
    ]

    static let french: Set<String> = [
        "le", "la", "les", "un", "une", "des", "et", "ou", "mais", "ne", "pas", "jamais", "rien",
        "est", "sont", "était", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "mon", "ma",
        "mes", "votre", "vos", "notre", "avec", "sans", "pour", "dans", "sur", "très", "bien", "merci",
        "c'est", "j'ai", "n'est", "qui", "que", "quoi", "du", "au", "aux",
    ]

    static let afrikaans: Set<String> = [
        "die", "en", "nie", "is", "het", "ek", "jy", "hy", "sy", "ons", "hulle", "baie", "goed", "sleg",
        "dankie", "asseblief", "van", "vir", "met", "op", "om", "te", "was", "nog", "ook", "maar", "wat",
        "wie", "hoe", "waar", "kan", "sal", "moet", "gaan", "gee", "kry", "altyd", "nooit", "ook", "dit",
        "daar", "hier", "gehelp", "lekker", "mense", "diens", "kliënt", "kliënte", "my", "jou", "julle",
    ]

    static let byLanguage: [(code: String, words: Set<String>)] = [
        ("en", english), ("nl", dutch), ("de", german), ("fr", french), ("af", afrikaans),
    ]
}
