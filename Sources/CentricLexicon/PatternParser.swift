import CentricText

/// Parses entry patterns of the lexicon schema (Lexicons/README.md):
/// `word` (same stem), `=word` (exact form), `word*` (prefix), `*word` (suffix: Dutch compound
/// heads), and a lone `*` inside a phrase for a gap of up to `gapLimit` tokens.
///
/// Each chunk is cut into tokens by the same `Tokenizer` the text goes through, so an entry such
/// as `e-mail`, `silo's` or `24/7` matches exactly the tokens the text produces.
public struct PatternParser {
    public static let gapLimit = 3
    private let tokenizer = Tokenizer()
    private let vocabulary = Vocabulary(capacity: 64)
    private var scratch: [UInt8] = []

    public init() {}

    public enum Failure: Error, Equatable {
        case empty
        case gapAtEdge
        case doubleStar(String)
        case adjacentGaps
        case noWord(String)
    }

    public mutating func parse(_ source: String) -> Result<Pattern, Failure> {
        let chunks = source.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard !chunks.isEmpty else { return .failure(.empty) }
        var elements: [PatternElement] = []
        for (index, chunk) in chunks.enumerated() {
            if chunk == "*" {
                if index == 0 || index == chunks.count - 1 { return .failure(.gapAtEdge) }
                if case .gap = elements.last { return .failure(.adjacentGaps) }
                elements.append(.gap(max: Self.gapLimit))
                continue
            }
            var core = Substring(chunk)
            let exact = core.hasPrefix("=")
            if exact { core = core.dropFirst() }
            let suffix = core.hasPrefix("*")
            if suffix { core = core.dropFirst() }
            let prefix = core.hasSuffix("*")
            if prefix { core = core.dropLast() }
            if core.contains("*") || (suffix && prefix) { return .failure(.doubleStar(chunk)) }
            let words = tokens(of: String(core))
            guard !words.isEmpty else { return .failure(.noWord(chunk)) }
            for (k, word) in words.enumerated() {
                if suffix && k == 0 {
                    elements.append(.suffix(word))
                } else if prefix && k == words.count - 1 {
                    elements.append(.prefix(word))
                } else if exact {
                    elements.append(.exact(word))
                } else {
                    elements.append(.stem(word: word))
                }
            }
        }
        return .success(Pattern(elements: elements, source: source))
    }

    /// Normalised forms of the tokens of `text`, punctuation included (it must match too).
    private mutating func tokens(of text: String) -> [String] {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in
            tokenizer.tokenize(p, range: 0..<bytes.count, block: 0, vocabulary: vocabulary, scratch: &scratch, into: &tokens)
        }
        return tokens.map { vocabulary.string($0.form) }
    }
}

extension PatternParser.Failure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .empty: "the pattern is empty"
        case .gapAtEdge: "a gap `*` cannot start or end a phrase"
        case let .doubleStar(chunk): "`\(chunk)` has a star on both sides or in the middle"
        case .adjacentGaps: "two gaps `* *` in a row"
        case let .noWord(chunk): "`\(chunk)` holds no word"
        }
    }

    /// How to fix it, shown by `centric lexicon lint`.
    public var fix: String {
        switch self {
        case .empty: "remove the entry or write a word"
        case .gapAtEdge: "remove the leading or trailing `*`; use `word*` for a prefix"
        case .doubleStar: "use one star: `prefix*` or `*suffix`"
        case .adjacentGaps: "use a single `*` (it already skips up to \(PatternParser.gapLimit) tokens)"
        case .noWord: "write at least one letter or digit"
        }
    }
}
