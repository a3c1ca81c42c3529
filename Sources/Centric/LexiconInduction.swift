import CentricLexicon
import CentricScoring
import CentricText
import Foundation

/// `centric lexicon induce`: theme entries learned from a labelled corpus.
///
/// For every language and theme it counts, over the labelled items, in how many texts each
/// stem (and each pair of adjacent stems) occurs, and in how many of those the theme is
/// labelled. A word becomes a suggested entry when it occurs in at least `minimumCount` texts
/// of the theme and its smoothed precision — the share of its texts that carry the theme,
/// `(a + m·P(theme)) / (n + m)` with `m = 2` — reaches `minimumPrecision` and is at least
/// `minimumLift` times the theme's base rate. Its weight follows the lexicon's scale: 1 (decides
/// alone) from `strongPrecision` up, 0.5 (needs a second cue) below. Left out, so that the
/// suggestions are what the lexicon is missing and lint stays clean: words an entry of any theme
/// already matches, closed-class and function words (and words with a function word's stem),
/// and pairs holding a word the theme already has. A word suggested for two themes goes to the
/// one whose texts it marks best.
///
/// The counting is by text, not by occurrence, so one long text cannot make a word look strong.
/// Names (words mostly capitalised inside a sentence) and single words under four letters are
/// never suggested.
public struct LexiconInduction {
    public struct Options: Sendable {
        public var minimumCount = 3
        public var minimumPrecision = 0.6
        public var minimumLift = 2.0
        public var strongPrecision = 0.8
        public var maximumPerTheme = 80
        public init() {}
    }

    public struct Suggestion: Sendable, Equatable {
        public var theme: String
        public var language: String
        /// The pattern as written in a lexicon: the most frequent surface form of each word.
        public var pattern: String
        public var weight: Double
        /// Texts holding the pattern that carry the theme, and all texts holding it.
        public var withTheme: Int
        public var total: Int
        public var precision: Double
    }

    public let engine: Engine
    public let options: Options

    public init(engine: Engine, options: Options = Options()) {
        self.engine = engine
        self.options = options
    }

    /// Per-language counts: texts per feature, texts per feature and theme, surface forms.
    private struct Counts {
        var texts = 0
        var textsWithTheme: [String: Int] = [:]
        var featureTexts: [String: Int] = [:]
        var featureThemeTexts: [String: [String: Int]] = [:]
        var surfaces: [String: [String: Int]] = [:]
        var occurrences: [String: Int] = [:]
        var capitalised: [String: Int] = [:]
    }

    /// Single words shorter than this are too ambiguous to stand alone ("ter", "vol", "act").
    static let minimumWordLength = 4

    public func induce(_ items: [GoldItem]) -> [Suggestion] {
        let worker = engine.makeWorker()
        var counts: [String: Counts] = [:]
        for item in items {
            let text = worker.analyze(item.text.components(separatedBy: "\n\n"), hint: item.lang, language: item.lang)
            var features: [String: String] = [:]  // stem key -> surface
            var previous: (stem: String, form: String)?
            var previousIndex = -2
            var c = counts[item.lang] ?? Counts()
            for sentence in text.sentences {
                previousIndex = -2
                for i in sentence where text.tokens[i].kind == .word {
                    let form = text.form(i).lowercased()
                    let stem = text.stem(i).lowercased()
                    guard Self.isUsable(form) else { previousIndex = -2; continue }
                    // Capitalised inside a sentence: a name ("Tom", "Sandra"), not vocabulary.
                    if i > sentence.lowerBound, text.surface(i).first?.isUppercase == true { c.capitalised[stem, default: 0] += 1 }
                    c.occurrences[stem, default: 0] += 1
                    if !Self.isClosedClass(form, language: item.lang), form.count >= Self.minimumWordLength { features[stem] = form }
                    // A pair needs one open-class word: "and the" says nothing.
                    if previousIndex == i - 1, let p = previous,
                       !(Self.isClosedClass(p.form, language: item.lang) && Self.isClosedClass(form, language: item.lang)) {
                        features[p.stem + " " + stem] = p.form + " " + form
                    }
                    previous = (stem, form)
                    previousIndex = i
                }
            }
            c.texts += 1
            for theme in Set(item.themes) { c.textsWithTheme[theme, default: 0] += 1 }
            for (key, surface) in features {
                c.featureTexts[key, default: 0] += 1
                c.surfaces[key, default: [:]][surface, default: 0] += 1
                for theme in Set(item.themes) { c.featureThemeTexts[key, default: [:]][theme, default: 0] += 1 }
            }
            counts[item.lang] = c
        }

        var suggestions: [Suggestion] = []
        let themeIDs = engine.lexicon.lexicon.themeIDs
        for language in counts.keys.sorted() {
            let c = counts[language]!
            let everyday = everydayWords(language, worker: worker)
            for (t, theme) in themeIDs.enumerated() {
                let base = Double(c.textsWithTheme[theme] ?? 0) / Double(max(c.texts, 1))
                guard base > 0 else { continue }
                var candidates: [Suggestion] = []
                for (key, total) in c.featureTexts {
                    let a = c.featureThemeTexts[key]?[theme] ?? 0
                    guard a >= options.minimumCount else { continue }
                    let stems = key.split(separator: " ").map(String.init)
                    if stems.contains(where: { 2 * (c.capitalised[$0] ?? 0) >= (c.occurrences[$0] ?? 1) }) { continue }
                    let precision = (Double(a) + 2 * base) / (Double(total) + 2)
                    guard precision >= options.minimumPrecision, precision >= options.minimumLift * base else { continue }
                    let surface = Self.mostFrequent(c.surfaces[key]!)
                    candidates.append(Suggestion(
                        theme: theme, language: language, pattern: surface,
                        weight: precision >= options.strongPrecision ? 1 : 0.5,
                        withTheme: a, total: total, precision: (precision * 1000).rounded() / 1000))
                }
                // Strongest first; unigrams before pairs so that a pair holding a chosen word is dropped.
                candidates.sort {
                    let (w0, w1) = ($0.pattern.contains(" "), $1.pattern.contains(" "))
                    if w0 != w1 { return !w0 }
                    if $0.precision != $1.precision { return $0.precision > $1.precision }
                    if $0.withTheme != $1.withTheme { return $0.withTheme > $1.withTheme }
                    return $0.pattern < $1.pattern
                }
                var chosenWords = Set<String>()
                var chosen: [Suggestion] = []
                for s in candidates where chosen.count < options.maximumPerTheme {
                    let words = s.pattern.split(separator: " ").map(String.init)
                    if words.count > 1, words.contains(where: { chosenWords.contains($0) || covered($0, theme: t, language: language, worker: worker) }) { continue }
                    if words.count == 1, everyday.words.contains(s.pattern)
                        || everyday.stems.contains(worker.analyzer.stem(s.pattern, language: language)) { continue }
                    // An entry of this theme already has it; one of another theme would make it
                    // signal two themes at once.
                    if covered(s.pattern, theme: nil, language: language, worker: worker) { continue }
                    chosen.append(s)
                    words.forEach { chosenWords.insert($0) }
                }
                chosen.sort { $0.precision != $1.precision ? $0.precision > $1.precision : $0.pattern < $1.pattern }
                suggestions += chosen
            }
        }
        // A word suggested for two themes goes to the one whose texts it marks best.
        var best: [String: Suggestion] = [:]
        for s in suggestions {
            let key = s.language + "\t" + s.pattern
            if let other = best[key], other.precision >= s.precision { continue }
            best[key] = s
        }
        return suggestions.filter { best[$0.language + "\t" + $0.pattern]?.theme == $0.theme }
    }

    /// Whether an entry of the theme (of any theme when nil) already matches `phrase`.
    private func covered(_ phrase: String, theme: Int?, language: String, worker: Worker) -> Bool {
        let text = worker.analyze([phrase], hint: language, language: language)
        return Matcher(engine.lexicon).matches(in: text, cache: MatchCache(), analyzer: worker.analyzer)
            .contains { theme == nil || $0.theme == theme }
    }

    /// Function words and their stems: a word among them, or with one of the stems (`mogen` ~
    /// *mag*), matches almost every text, and `lexicon lint` warns about it.
    private func everydayWords(_ language: String, worker: Worker) -> (words: Set<String>, stems: Set<String>) {
        let words = FunctionWordList.words(language)
        return (words, Set(words.map { worker.analyzer.stem($0, language: language) }))
    }

    private static func mostFrequent(_ surfaces: [String: Int]) -> String {
        surfaces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }

    /// Words a pattern can hold: letters (and inner hyphens or apostrophes), at least three of them.
    static func isUsable(_ form: String) -> Bool {
        form.unicodeScalars.count >= 3 && !form.hasPrefix("=") && !form.contains("*")
            && form.unicodeScalars.allSatisfy { CharacterSet.letters.contains($0) || $0 == "-" || $0 == "'" }
    }

    /// Pronouns, articles, auxiliaries, prepositions and conjunctions: never an entry alone.
    static func isClosedClass(_ form: String, language: String) -> Bool {
        (language == "nl" ? dutchClosedClass : englishClosedClass).contains(form)
    }

    static let englishClosedClass: Set<String> = [
        "the", "and", "but", "not", "nor", "for", "with", "without", "from", "into", "onto", "about", "after",
        "before", "over", "under", "this", "that", "these", "those", "there", "here", "they", "them", "their",
        "she", "her", "his", "him", "you", "your", "our", "ours", "its", "it's", "i'm", "i've", "i'd", "we're",
        "was", "were", "are", "been", "being", "have", "has", "had", "does", "did", "doing", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "what", "which", "who", "whom", "whose",
        "when", "where", "why", "how", "all", "any", "some", "each", "every", "than", "then", "also", "just",
        "only", "very", "too", "yet", "still", "even", "because", "while", "though", "although", "if", "since",
        "until", "once", "again", "per", "via", "out", "off", "one", "two", "three", "four", "five", "more",
        "most", "much", "many", "such", "own", "same", "other", "another", "don't", "didn't", "doesn't",
        "can't", "won't", "isn't", "wasn't", "aren't", "weren't", "haven't", "hasn't", "hadn't", "let",
        "we've", "you've", "they've", "i'll", "we'll", "you'll", "they'll", "he's", "she's", "that's", "there's",
    ]

    static let dutchClosedClass: Set<String> = [
        "de", "het", "een", "en", "maar", "niet", "noch", "voor", "met", "zonder", "van", "naar", "over",
        "onder", "boven", "bij", "uit", "tot", "door", "dit", "dat", "deze", "die", "daar", "hier", "zij",
        "hun", "hen", "haar", "hij", "hem", "zijn", "jij", "jou", "jouw", "jullie", "wij", "ons", "onze",
        "ik", "mij", "mijn", "was", "waren", "ben", "bent", "is", "zijn", "geweest", "heb", "hebt", "heeft",
        "hebben", "had", "hadden", "doet", "deed", "deden", "wordt", "werd", "werden", "worden", "zal", "zou",
        "zullen", "zouden", "kan", "kon", "konden", "kunnen", "mag", "mocht", "moet", "moest", "moeten", "wat",
        "welke", "wie", "wiens", "wanneer", "waar", "waarom", "hoe", "alle", "alles", "elke", "ieder", "dan",
        "ook", "pas", "wel", "nog", "toch", "omdat", "terwijl", "hoewel", "als", "sinds", "totdat", "weer",
        "per", "via", "een", "twee", "drie", "vier", "vijf", "meer", "meest", "veel", "zo'n", "zulke", "eigen",
        "zelfde", "andere", "ander", "er", "erg", "heel", "dus", "want", "omdat", "of", "om", "te", "aan",
        "op", "in", "al", "nu", "ze", "je", "we", "u", "uw", "me", "men",
    ]
}

/// Writes suggestions into theme files between `# induced:begin` and `# induced:end` markers, one
/// block per language at the end of that language's entry list, replacing the previous block.
public enum InducedSections {
    public static let begin = "# induced:begin"
    public static let end = "# induced:end"

    public enum Failure: Error, CustomStringConvertible {
        case noEntryList(file: String, language: String)
        public var description: String {
            switch self {
            case let .noEntryList(file, language):
                "\(file): no block-style `  \(language):` entry list under `entries:` to add induced entries to; write the entries as `    - ...` lines"
            }
        }
    }

    /// The lexicon without the entries of earlier induced blocks, so that inducing again
    /// suggests them afresh instead of counting them as already covered.
    public static func withoutInducedEntries(_ lexicon: Lexicon) -> Lexicon {
        var lexicon = lexicon
        var linesByFile: [String: [Bool]] = [:]
        func isInduced(_ location: SourceLocation) -> Bool {
            if linesByFile[location.file] == nil {
                let text = (try? String(contentsOfFile: location.file, encoding: .utf8)) ?? ""
                linesByFile[location.file] = inducedLines(text.components(separatedBy: "\n"))
            }
            let lines = linesByFile[location.file]!
            return location.line >= 1 && location.line <= lines.count && lines[location.line - 1]
        }
        for t in lexicon.themes.indices {
            lexicon.themes[t].entries.removeAll { $0.location.map(isInduced) ?? false }
        }
        return lexicon
    }

    /// For each line, whether it belongs to an induced block, markers included (a block left
    /// open runs to the end of the file).
    static func inducedLines(_ lines: [String]) -> [Bool] {
        var inside = false
        return lines.map { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(begin) { inside = true; return true }
            if inside, trimmed.hasPrefix(end) { inside = false; return true }
            return inside
        }
    }

    /// The theme file's text with the induced blocks replaced by `suggestions` (of this theme).
    public static func rewrite(_ text: String, file: String, suggestions: [LexiconInduction.Suggestion], source: String) throws(Failure) -> String {
        // Drop the previous blocks.
        let all = text.components(separatedBy: "\n")
        var lines = zip(all, inducedLines(all)).filter { !$0.1 }.map(\.0)
        let byLanguage = Dictionary(grouping: suggestions, by: \.language)
        for language in byLanguage.keys.sorted() {
            guard let header = lines.firstIndex(of: "  \(language):") else { throw .noEntryList(file: file, language: language) }
            var last = header
            var k = header + 1
            while k < lines.count {
                let line = lines[k]
                if line.hasPrefix("    ") { last = k } else if !line.trimmingCharacters(in: .whitespaces).isEmpty { break }
                k += 1
            }
            var block = ["    \(begin) — learned by `centric lexicon induce \(source)`; rerun it instead of editing"]
            for s in byLanguage[language]! {
                let weight = s.weight == 1 ? "1" : String(s.weight)
                block.append("    - {pattern: \"\(s.pattern)\", weight: \(weight)}  # \(s.withTheme) of \(s.total) texts")
            }
            block.append("    \(end)")
            lines.insert(contentsOf: block, at: last + 1)
        }
        return lines.joined(separator: "\n")
    }
}
