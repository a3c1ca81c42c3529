import CentricIngest
import CentricLexicon
import CentricScoring
import Foundation

/// `centric kwic`: keyword-in-context lines for a term, a lexicon entry or a whole theme.
///
/// The query is resolved in this order: a theme id (every hit of the theme), an entry's
/// pattern as written in the lexicon (that entry's hits, in whichever themes list it), else a
/// term in the pattern syntax (`listen`, `wacht*`, `voice of * customer`), matched exactly as a
/// lexicon entry would be, in every language. Lines come in input order, then text order, so
/// the output is the same on every run and any number of threads.
public enum Kwic {
    /// What a query stands for.
    public enum Query: Sendable, Equatable {
        case theme(String)
        case entry(String)
        case term(String)
    }

    /// The theme id a term query is matched under.
    public static let termTheme = "_kwic"

    /// One keyword-in-context line.
    public struct Line: Sendable, Equatable {
        public var left: String
        public var match: String
        public var right: String
        public var origin: String
        public var theme: String
        public var entry: String
        public var negated: Bool

        /// `left<TAB>match<TAB>right<TAB>origin`, the left context right-aligned.
        public func formatted(width: Int) -> String {
            let pad = max(0, width - left.count)
            return String(repeating: " ", count: pad) + left + "\t" + match + "\t" + right + "\t" + origin
        }
    }

    /// Resolves the query against the lexicon; for a term, returns the lexicon with the term added
    /// as the theme `_kwic`.
    public static func resolve(_ text: String, in lexicon: Lexicon) throws -> (Query, Lexicon) {
        if lexicon.themes.contains(where: { $0.id == text }) { return (.theme(text), lexicon) }
        let wanted = LexiconLint.normalized(text)
        if lexicon.themes.contains(where: { $0.entries.contains { LexiconLint.normalized($0.pattern.source) == wanted } }) {
            return (.entry(wanted), lexicon)
        }
        var parser = PatternParser()
        switch parser.parse(text) {
        case let .success(pattern):
            var extended = lexicon
            let languages = lexicon.languages.isEmpty ? ["en"] : lexicon.languages
            extended.themes.append(Theme(id: termTheme, labels: ["en": text], entries: languages.map { Entry(pattern: pattern, language: $0) }))
            return (.term(text), extended)
        case let .failure(failure):
            throw KwicError.badQuery("`\(text)` is no theme, entry or valid pattern: \(failure) (\(failure.fix))")
        }
    }

    public enum KwicError: Error, CustomStringConvertible {
        case badQuery(String)
        public var description: String {
            switch self { case let .badQuery(s): s }
        }
    }

    /// Receives scored documents and emits the query's lines in order.
    public struct Sink: RunSink {
        let query: Query
        let width: Int
        let emit: (Line) -> Void
        public private(set) var count = 0

        public init(query: Query, width: Int = 40, emit: @escaping (Line) -> Void) {
            self.query = query
            self.width = width
            self.emit = emit
        }

        public mutating func document(_ document: Document, _ score: DocumentScore) throws {
            let selected = score.evidence.filter { e in
                switch query {
                case let .theme(id): e.theme == id
                case let .entry(pattern): LexiconLint.normalized(e.entry) == pattern
                case .term: e.theme == Kwic.termTheme
                }
            }
            guard !selected.isEmpty else { return }
            let scalars = Array(DocumentText.text(of: document).unicodeScalars)
            var seen: Set<Int> = []
            for e in selected.sorted(by: { ($0.charStart, $0.charEnd, $0.theme) < ($1.charStart, $1.charEnd, $1.theme) }) {
                // An entry listed in two themes gives one line per place in the text.
                if case .entry = query, !seen.insert(e.charStart).inserted { continue }
                guard e.charEnd <= scalars.count, e.charStart <= e.charEnd else { continue }
                let left = Self.flat(scalars[max(0, e.charStart - width)..<e.charStart])
                let right = Self.flat(scalars[e.charEnd..<min(scalars.count, e.charEnd + width)])
                emit(Line(left: left, match: Self.flat(scalars[e.charStart..<e.charEnd]), right: right,
                          origin: document.origin, theme: e.theme, entry: e.entry, negated: e.negated))
                count += 1
            }
        }

        public mutating func finish() throws {}

        /// The slice on one line: newlines and tabs become spaces.
        static func flat(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            for s in scalars { view.append(s == "\n" || s == "\t" || s == "\r" ? " " : s) }
            return String(view)
        }
    }
}
