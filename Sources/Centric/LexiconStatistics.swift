import CentricIngest
import CentricLexicon
import CentricScoring
import CentricText
import Foundation

/// `centric lexicon stats`: entries per theme and language, with the EN/NL balance; on a
/// corpus (`--corpus`), which entries never match and which words keep turning up next to a
/// theme's hits without being in the lexicon (candidates for new entries).
public enum LexiconStatistics {
    public static func table(_ lexicon: Lexicon) -> String {
        let languages = lexicon.languages
        var out = "theme".padding(toLength: 26, withPad: " ", startingAt: 0)
            + languages.map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined() + "phrases  balance\n"
        var totals = [Int](repeating: 0, count: languages.count)
        for theme in lexicon.themes {
            let counts = languages.map { code in theme.entries.filter { $0.language == code }.count }
            for (k, c) in counts.enumerated() { totals[k] += c }
            let phrases = theme.entries.filter(\.pattern.isPhrase).count
            let balance = (counts.max() ?? 0) == 0 ? 0 : Double(counts.min() ?? 0) / Double(counts.max()!)
            out += theme.id.padding(toLength: 26, withPad: " ", startingAt: 0)
                + counts.map { String($0).padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
                + String(phrases).padding(toLength: 9, withPad: " ", startingAt: 0) + String(format: "%.2f", balance)
                + (balance < LexiconLint.balanceFloor ? "  out of balance" : "") + "\n"
        }
        out += "total".padding(toLength: 26, withPad: " ", startingAt: 0)
            + totals.map { String($0).padding(toLength: 8, withPad: " ", startingAt: 0) }.joined() + "\n"
        for (code, s) in lexicon.sentiment.sorted(by: { $0.key < $1.key }) {
            out += "sentiment \(code): \(s.count) terms (\(s.phrases.values.reduce(0) { $0 + $1.count }) phrases)\n"
        }
        out += "digest: \(lexicon.digest)\n"
        return out
    }

    /// How a lexicon fared on a corpus.
    public struct Coverage: Sendable {
        public var documents = 0
        /// Hits per entry, keyed by theme id and entry location (or pattern).
        public var hits: [String: Int] = [:]
        /// Entries that never matched: theme, language, pattern, location.
        public var unmatched: [(theme: String, language: String, pattern: String, location: String)] = []
        /// Per theme, words seen near its hits that no entry covers, with counts.
        public var nearby: [String: [String: Int]] = [:]
        public var themeIDs: [String] = []

        /// The text `lexicon stats --corpus` prints after the table.
        public func report(suggestionsPerTheme: Int) -> String {
            var out = "corpus: \(documents) documents\n\n"
            out += "entries that never matched: \(unmatched.count)\n"
            for u in unmatched {
                out += "  \(u.theme)\t\(u.language)\t\(u.pattern)\t\(u.location)\n"
            }
            out += "\nwords near theme hits that no entry covers (suggestions):\n"
            for theme in themeIDs {
                let words = (nearby[theme] ?? [:]).filter { $0.value >= 2 }
                    .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(suggestionsPerTheme)
                guard !words.isEmpty else { continue }
                out += "  \(theme): " + words.map { "\($0.key) (\($0.value))" }.joined(separator: ", ") + "\n"
            }
            return out
        }
    }

    /// Words on each side of a hit that count as "near" it.
    static let window = 6

    /// Scores the corpus and measures the lexicon on it.
    public static func coverage(engine: Engine, configuration: RunConfiguration) throws -> Coverage {
        let pipeline = Pipeline(configuration: configuration, engine: engine)
        var sinks: [any RunSink] = [CoverageSink(engine: engine)]
        try pipeline.process(into: &sinks)
        try sinks[0].finish()
        return (sinks[0] as! CoverageSink).coverage
    }

    static func key(theme: String, entry: Entry) -> String {
        theme + "\t" + (entry.location?.description ?? entry.language + ":" + entry.pattern.source)
    }

    struct CoverageSink: RunSink {
        let engine: Engine
        var coverage = Coverage()
        private var stemmers: [String: Stemmer] = [:]

        init(engine: Engine) {
            self.engine = engine
            coverage.themeIDs = engine.lexicon.lexicon.themeIDs
        }

        mutating func document(_ document: Document, _ score: DocumentScore) throws {
            coverage.documents += 1
            guard !score.evidence.isEmpty else { return }
            let scalars = Array(DocumentText.text(of: document).unicodeScalars)
            let language = score.language
            let known = engine.lexicon.words[language] ?? []
            let stopwords = FunctionWordList.words(language)
            for e in score.evidence {
                coverage.hits[e.theme + "\t" + (e.entryLocation ?? e.entry), default: 0] += 1
                guard e.charEnd <= scalars.count else { continue }
                let left = DocumentText.words(in: scalars[max(0, e.charStart - 80)..<e.charStart]).suffix(LexiconStatistics.window)
                let right = DocumentText.words(in: scalars[e.charEnd..<min(scalars.count, e.charEnd + 80)]).prefix(LexiconStatistics.window)
                for word in left + right where word.count >= 4 && !stopwords.contains(word) && !known.contains(word) {
                    guard !covered(word, language: language) else { continue }
                    coverage.nearby[e.theme, default: [:]][word, default: 0] += 1
                }
            }
        }

        /// True when some entry of the language would match the word on its own.
        private mutating func covered(_ word: String, language: String) -> Bool {
            if stemmers[language] == nil, let s = try? Stemmer(language: language) { stemmers[language] = s }
            var stem = stemmers[language]?.stem(word) ?? word
            if language == "nl" { stem = DutchMatchKey.key(stem) }
            if engine.lexicon.words[language]?.contains(stem) == true { return true }
            return engine.lexicon.candidates(form: word, stem: stem, language: language)
                .contains { engine.lexicon.patterns[Int($0.pattern)].elements.count == 1 }
        }

        mutating func finish() throws {
            for theme in engine.lexicon.lexicon.themes {
                for entry in theme.entries where coverage.hits[LexiconStatistics.key(theme: theme.id, entry: entry)] == nil {
                    coverage.unmatched.append((theme.id, entry.language, entry.pattern.source, entry.location?.description ?? ""))
                }
            }
        }
    }
}

/// The text of a document as the scorer sees it (Worker.process): an article's title first,
/// blocks separated by blank lines. Evidence offsets count Unicode scalars into this text.
enum DocumentText {
    static func text(of document: Document) -> String {
        var blocks = document.blocks
        if let title = document.title, !title.isEmpty, document.kind == .article, blocks.first != title {
            blocks.insert(title, at: 0)
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Lowercased words (letters, digits, inner apostrophes and hyphens) of a scalar slice.
    static func words(in scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            while let last = current.last, last == "'" || last == "-" { current.removeLast() }
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for s in scalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil || ((s == "'" || s == "’" || s == "-") && !current.isEmpty) {
                current.append(s == "’" ? "'" : s)
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
