import CentricText

/// Checks a loaded lexicon as a whole, beyond what loading one file can see
/// (`centric lexicon lint` prints them after the loader's own issues):
///
/// - the same pattern in two themes of one language (allowed, THEMES.md lets a phrase count for
///   two themes, but usually a slip);
/// - entries that never win: within a theme and language, an entry that matches exactly the same
///   tokens as another one (same stems, forms, prefixes and gaps) loses every longest-match tie
///   to the heavier or earlier entry, so it never produces a hit;
/// - single-word stem entries whose stem is the stem of a function word (`vieren` ~ *vier*,
///   `open` ~ *openheid*): they fire on everyday words;
/// - themes whose English and Dutch entry counts are out of balance (fewer than
///   `balanceFloor` of the larger), and sentiment lexicons likewise.
public enum LexiconLint {
    public static let balanceFloor = 0.8

    public static func check(_ lexicon: Lexicon) -> [LexiconIssue] {
        var issues: [LexiconIssue] = []
        var stemmers: [String: Stemmer] = [:]
        func stem(_ word: String, _ language: String) -> String {
            if stemmers[language] == nil, let s = try? Stemmer(language: language) { stemmers[language] = s }
            var stem = stemmers[language]?.stem(word) ?? word
            if language == "nl" { stem = DutchMatchKey.key(stem) }
            return stem
        }
        func signature(_ entry: Entry) -> String {
            entry.pattern.elements.map { element in
                switch element {
                case let .stem(word): "s:" + stem(word, entry.language)
                case let .exact(form): "e:" + form
                case let .prefix(p): "p:" + p
                case let .suffix(s): "x:" + s
                case .gap: "*"
                }
            }.joined(separator: " ")
        }
        func here(_ entry: Entry) -> SourceLocation { entry.location ?? SourceLocation(file: "?", line: 0) }

        // Same pattern in two themes.
        var firstSeen: [String: (theme: String, entry: Entry)] = [:]
        for theme in lexicon.themes {
            for entry in theme.entries {
                let key = entry.language + "\t" + normalized(entry.pattern.source)
                if let first = firstSeen[key], first.theme != theme.id {
                    issues.append(LexiconIssue(.warning, here(entry),
                        "`\(entry.pattern.source)` (\(entry.language)) is also an entry of `\(first.theme)` (\(here(first.entry)))",
                        fix: "keep it in the theme it signals, or leave both if the phrase really means both themes"))
                } else if firstSeen[key] == nil {
                    firstSeen[key] = (theme.id, entry)
                }
            }
        }

        // Entries that never win a longest-match tie.
        for theme in lexicon.themes {
            var winner: [String: Entry] = [:]
            for entry in theme.entries {
                let key = entry.language + "\t" + signature(entry)
                guard let other = winner[key] else {
                    winner[key] = entry
                    continue
                }
                let (kept, lost) = entry.weight > other.weight ? (entry, other) : (other, entry)
                winner[key] = kept
                issues.append(LexiconIssue(.warning, here(lost),
                    "`\(lost.pattern.source)` never matches in `\(theme.id)`: `\(kept.pattern.source)` (\(here(kept))) matches the same words and wins",
                    fix: "remove one of the two, or make them differ (`=form` for the exact form)"))
            }
        }

        // Stems that collide with function words.
        for theme in lexicon.themes {
            for entry in theme.entries where entry.pattern.elements.count == 1 {
                guard case let .stem(word) = entry.pattern.elements[0] else { continue }
                let s = stem(word, entry.language)
                let words = FunctionWordList.words(entry.language)
                if let hit = words.first(where: { $0 != word && stem($0, entry.language) == s }) {
                    issues.append(LexiconIssue(.warning, here(entry),
                        "`\(word)` stems to `\(s)`, the stem of the everyday word `\(hit)`: it matches that word too",
                        fix: "write `=\(word)` (exact form) or list the forms you mean"))
                } else if words.contains(word) {
                    issues.append(LexiconIssue(.warning, here(entry),
                        "`\(word)` is a function word and matches almost every text",
                        fix: "use it only inside a phrase"))
                }
            }
        }

        // Balance between languages.
        let languages = lexicon.languages
        if languages.count > 1 {
            for theme in lexicon.themes {
                let counts = languages.map { code in theme.entries.filter { $0.language == code }.count }
                guard let most = counts.max(), most > 0 else { continue }
                let least = counts.min()!
                if Double(least) < balanceFloor * Double(most) {
                    let detail = zip(languages, counts).map { "\($1) \($0)" }.joined(separator: ", ")
                    let thin = languages[counts.firstIndex(of: least)!]
                    let location = theme.entries.first?.location.map { SourceLocation(file: $0.file, line: 1) } ?? SourceLocation(file: theme.id, line: 1)
                    issues.append(LexiconIssue(.warning, location,
                        "theme `\(theme.id)` is out of balance across languages (\(detail) entries)",
                        fix: "add \(thin) paraphrases until it has at least \(Int((balanceFloor * Double(most)).rounded(.up))) entries"))
                }
            }
            let sentiment = lexicon.sentiment.sorted { $0.key < $1.key }
            if let most = sentiment.map(\.value.count).max(), let least = sentiment.min(by: { $0.value.count < $1.value.count }),
               sentiment.count > 1, Double(least.value.count) < balanceFloor * Double(most) {
                issues.append(LexiconIssue(.warning, SourceLocation(file: "sentiment/\(least.key).tsv", line: 1),
                    "the \(least.key) sentiment lexicon has \(least.value.count) terms against \(most) in the largest",
                    fix: "add \(least.key) terms"))
            }
        }
        return issues.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
    }

    /// A pattern compared as the loader does: lowercased, whitespace collapsed.
    public static func normalized(_ pattern: String) -> String {
        pattern.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// Everyday words per language that an entry should never match by accident: articles,
/// pronouns, prepositions, auxiliaries, conjunctions, numerals.
public enum FunctionWordList {
    public static func words(_ language: String) -> Set<String> {
        switch language {
        case "en": english
        case "nl": dutch
        default: []
        }
    }

    static let english: Set<String> = [
        "the", "a", "an", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "about", "as", "into", "over", "after", "before", "up", "down", "out", "off", "than", "then", "so",
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "i", "you", "he", "she",
        "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their",
        "this", "that", "these", "those", "there", "here", "what", "which", "who", "when", "where", "why",
        "how", "all", "any", "some", "no", "not", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "more", "most", "very", "just", "also", "only", "again", "still", "get", "got",
        "because", "while", "even", "almost", "among", "since", "until", "none", "else", "whole", "half",
        "made", "make", "many", "much", "such", "well", "like", "said", "says", "back", "being", "other",
        "every", "each", "both", "ever", "never", "always", "often", "without", "within", "between", "during",
        "i've", "i'm", "it's", "don't", "didn't", "can't", "won't", "percent", "year", "years", "week", "weeks",
    ]

    static let dutch: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "als", "dan", "van", "te", "in", "op", "aan", "bij", "met",
        "voor", "naar", "uit", "over", "door", "om", "tot", "na", "onder", "tegen", "is", "zijn", "was",
        "waren", "ben", "bent", "heb", "hebt", "heeft", "hebben", "had", "hadden", "word", "wordt", "worden",
        "werd", "werden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "mag", "mogen", "mocht",
        "wil", "willen", "zal", "zullen", "zou", "zouden", "ik", "je", "jij", "u", "hij", "zij", "ze", "we",
        "wij", "jullie", "mij", "me", "hem", "haar", "ons", "hun", "hen", "mijn", "jouw", "uw", "zijn", "onze",
        "dit", "dat", "deze", "die", "er", "hier", "daar", "wat", "wie", "waar", "wanneer", "hoe", "waarom",
        "niet", "geen", "al", "alle", "ook", "nog", "wel", "weer", "zo", "één", "twee", "drie", "vier", "vijf",
        "zes", "zeven", "acht", "negen", "tien", "meer", "veel", "heel", "erg",
        "omdat", "alleen", "eerst", "gaat", "gaan", "ging", "geworden", "terwijl", "vorige", "hele", "bijna",
        "naast", "geven", "gebeurt", "want", "toen", "zoals", "zelf", "sinds", "tussen", "zonder", "tijdens",
        "nadat", "voordat", "altijd", "nooit", "steeds", "iets", "niets", "iemand", "niemand", "alles",
        "weinig", "minder", "andere", "ander", "eigen", "mensen", "bedrijf", "jaar", "jaren", "week", "weken",
        "procent", "komt", "komen", "kwam", "maakt", "maken", "laat", "laten", "zegt", "zeggen", "krijgt",
    ]
}
