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
        var compiledEntries: [(theme: Int, entry: Int, elements: [PatternElement], language: String)] = []
        for (t, theme) in lexicon.themes.enumerated() {
            for (e, entry) in theme.entries.enumerated() {
                compiledEntries.append((t, e, entry.pattern.elements, entry.language))
                // The text keeps hyphenated words whole (`cross-functional`, `follow-up`), while
                // lexicons spell them with spaces: also match the hyphen-joined single token.
                if let joined = Self.hyphenJoined(entry.pattern.elements) {
                    compiledEntries.append((t, e, [joined], entry.language))
                }
            }
        }
        for (t, e, elements, language) in compiledEntries {
            let id = UInt32(patterns.count)
            patterns.append(CompiledPattern(theme: t, entry: e, elements: elements, language: language))
            let single = elements.count == 1
            for (k, element) in elements.enumerated() {
                let ref = ElementRef(pattern: id, element: UInt16(k))
                switch element {
                case let .exact(form):
                    indexes[language, default: LanguageIndex()].exact[form, default: []].append(ref)
                    if single { indexes[language]!.singleExact[form, default: []].append(ref) }
                    words[language, default: []].insert(form)
                case let .stem(word):
                    if stemmers[language] == nil, let s = try? Stemmer(language: language) {
                        stemmers[language] = s
                    }
                    var stem = stemmers[language]?.stem(word) ?? word
                    // The same keys the Analyzer gives text tokens.
                    if language == "nl" { stem = DutchMatchKey.key(stem) }
                    indexes[language, default: LanguageIndex()].stems[stem, default: []].append(ref)
                    if single { indexes[language]!.singleStems[stem, default: []].append(ref) }
                    words[language, default: []].insert(word)
                case let .prefix(p):
                    indexes[language, default: LanguageIndex()].prefixes[p, default: []].append(ref)
                    words[language, default: []].insert(p)
                case let .suffix(s):
                    indexes[language, default: LanguageIndex()].suffixes[s, default: []].append(ref)
                    words[language, default: []].insert(s)
                case .gap:
                    break
                }
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

    /// `cross functional` -> `cross-functional`: the single token a hyphenated spelling of a
    /// two- or three-word phrase of plain words produces.
    static func hyphenJoined(_ elements: [PatternElement]) -> PatternElement? {
        guard (2...3).contains(elements.count) else { return nil }
        var words: [String] = []
        for element in elements {
            switch element {
            case let .stem(word), let .exact(word): words.append(word)
            default: return nil
            }
        }
        guard words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        return .stem(word: words.joined(separator: "-"))
    }

    /// The weight of a compiled pattern's entry.
    public func weight(ofPattern pattern: Int) -> Double {
        lexicon.themes[patterns[pattern].theme].entries[patterns[pattern].entry].weight
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
