import CentricText

/// A reference to one element of one compiled pattern: what a token can match.
public struct ElementRef: Sendable, Hashable {
    public var pattern: UInt32
    public var element: UInt16
}

/// A pattern ready to match: its theme, entry and elements.
public struct CompiledPattern: Sendable {
    public var theme: Int
    public var entry: Int
    public var elements: [PatternElement]
    public var language: String
}

/// The lexicon compiled once per run into lookup tables keyed by normalised form, stem, prefix
/// and suffix, per language. Immutable and shared by every worker; each worker resolves a
/// token's form to candidate elements once and caches the answer by form id (`MatchCache`), so
/// matching a token costs an array read.
public struct CompiledLexicon: Sendable {
    public let lexicon: Lexicon
    public let patterns: [CompiledPattern]

    struct LanguageIndex: Sendable {
        var exact: [String: [ElementRef]] = [:]
        var stems: [String: [ElementRef]] = [:]
        var prefixes: [String: [ElementRef]] = [:]
        var prefixLengths: [Int] = []
        var suffixes: [String: [ElementRef]] = [:]
        var suffixLengths: [Int] = []
        /// Refs of one-element patterns only, for matching Dutch compound parts.
        var singleExact: [String: [ElementRef]] = [:]
        var singleStems: [String: [ElementRef]] = [:]
    }

    let indexes: [String: LanguageIndex]

    /// Every single word of the lexicon per language (forms and stems), for language evidence and
    /// the compound splitter's vocabulary.
    public let words: [String: Set<String>]

    public init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        var patterns: [CompiledPattern] = []
        var indexes: [String: LanguageIndex] = [:]
        var words: [String: Set<String>] = [:]
        var stemmers: [String: Stemmer] = [:]
        for (t, theme) in lexicon.themes.enumerated() {
            for (e, entry) in theme.entries.enumerated() {
                let id = UInt32(patterns.count)
                patterns.append(CompiledPattern(theme: t, entry: e, elements: entry.pattern.elements, language: entry.language))
                var index = indexes[entry.language] ?? LanguageIndex()
                let single = entry.pattern.elements.count == 1
                for (k, element) in entry.pattern.elements.enumerated() {
                    let ref = ElementRef(pattern: id, element: UInt16(k))
                    switch element {
                    case let .exact(form):
                        index.exact[form, default: []].append(ref)
                        if single { index.singleExact[form, default: []].append(ref) }
                        words[entry.language, default: []].insert(form)
                    case let .stem(word):
                        if stemmers[entry.language] == nil, let s = try? Stemmer(language: entry.language) {
                            stemmers[entry.language] = s
                        }
                        var stem = stemmers[entry.language]?.stem(word) ?? word
                        // The same keys the Analyzer gives text tokens.
                        if entry.language == "nl" { stem = DutchMatchKey.key(stem) }
                        index.stems[stem, default: []].append(ref)
                        if single { index.singleStems[stem, default: []].append(ref) }
                        words[entry.language, default: []].insert(word)
                    case let .prefix(p):
                        index.prefixes[p, default: []].append(ref)
                        words[entry.language, default: []].insert(p)
                    case let .suffix(s):
                        index.suffixes[s, default: []].append(ref)
                        words[entry.language, default: []].insert(s)
                    case .gap:
                        break
                    }
                }
                indexes[entry.language] = index
            }
        }
        for (language, var index) in indexes {
            index.prefixLengths = Set(index.prefixes.keys.map(\.utf8.count)).sorted()
            index.suffixLengths = Set(index.suffixes.keys.map(\.utf8.count)).sorted()
            indexes[language] = index
        }
        self.patterns = patterns
        self.indexes = indexes
        self.words = words
    }

    /// Languages with entries, sorted.
    public var languages: [String] { indexes.keys.sorted() }

    public func hasLanguage(_ language: String) -> Bool { indexes[language] != nil }

    /// The elements a token with this normalised form and stem can match in `language`.
    /// `compoundParts` are the Dutch compound's parts (forms and stems), matched against
    /// one-word entries so `klantfeedback` counts for an entry `feedback`.
    public func candidates(form: String, stem: String, language: String,
                           compoundParts: [(form: String, stem: String)] = []) -> [ElementRef] {
        guard let index = indexes[language] else { return [] }
        var refs: [ElementRef] = []
        if let r = index.exact[form] { refs += r }
        if let r = index.stems[stem] { refs += r }
        let utf8 = form.utf8
        for length in index.prefixLengths {
            guard length <= utf8.count else { break }
            let prefix = String(decoding: utf8.prefix(length), as: UTF8.self)
            if let r = index.prefixes[prefix] { refs += r }
        }
        for length in index.suffixLengths {
            guard length <= utf8.count else { break }
            let suffix = String(decoding: utf8.suffix(length), as: UTF8.self)
            if let r = index.suffixes[suffix] { refs += r }
        }
        for part in compoundParts {
            if let r = index.singleExact[part.form] { refs += r }
            if let r = index.singleStems[part.stem] { refs += r }
        }
        if refs.count > 1 {
            refs = Array(Set(refs)).sorted { ($0.pattern, $0.element) < ($1.pattern, $1.element) }
        }
        return refs
    }
}
