/// Where a lexicon item was written, so every problem and every match can point back to it.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// The sentiment an entry carries by itself ("red tape" is negative whatever surrounds it).
public enum Polarity: String, Sendable, Equatable, Codable {
    case positive, negative

    public var sign: Double { self == .positive ? 1 : -1 }
}

/// One element of a pattern, matched against one token (or a gap of tokens).
public enum PatternElement: Sendable, Equatable, Hashable {
    /// Matches tokens with the same Snowball stem as the word (`listen` ~ listening, listened).
    case stem(word: String)
    /// Matches this normalised form only (`=word`).
    case exact(String)
    /// Matches forms starting with the prefix (`bureaucra*`).
    case prefix(String)
    /// Matches forms ending with the suffix, i.e. Dutch compounds with that head (`*feedback`).
    case suffix(String)
    /// Skips 0...max tokens inside a phrase (`listen * to customers`).
    case gap(max: Int)
}

/// A parsed entry pattern: one or more elements, never starting or ending with a gap.
public struct Pattern: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var elements: [PatternElement]
    /// The pattern as written in the lexicon.
    public var source: String

    public var description: String { source }
    public var isPhrase: Bool { elements.count > 1 }
}

/// A lexicon entry of one theme in one language.
public struct Entry: Sendable, Equatable {
    public var pattern: Pattern
    public var language: String
    public var weight: Double
    public var polarity: Polarity?
    /// True when the entry counts only in a sentence that evaluates something: "the delivery"
    /// says nothing about the experience, "terrible delivery" or "the nurses were wonderful" does.
    public var evaluated: Bool
    public var location: SourceLocation?

    public init(pattern: Pattern, language: String, weight: Double = 1, polarity: Polarity? = nil,
                evaluated: Bool = false, location: SourceLocation? = nil) {
        self.pattern = pattern
        self.language = language
        self.weight = weight
        self.polarity = polarity
        self.evaluated = evaluated
        self.location = location
    }
}

/// What a theme stands for, when it is a way of working: a customer-centric practice
/// (listening, backing from the top, working across silos) or its anti-pattern (inward focus).
/// A text that reports a practice without any sentiment word endorses it (THEMES.md).
public enum ThemeStance: String, Sendable, Equatable {
    case practice
    case antiPattern = "anti-pattern"
}

/// A theme of the taxonomy (THEMES.md) with its entries in every language.
public struct Theme: Sendable, Equatable {
    public var id: String
    public var labels: [String: String]
    public var description: String
    public var entries: [Entry]
    public var stance: ThemeStance?

    public init(id: String, labels: [String: String], description: String = "", entries: [Entry], stance: ThemeStance? = nil) {
        self.id = id
        self.labels = labels
        self.description = description
        self.entries = entries
        self.stance = stance
    }

    public func label(_ language: String) -> String { labels[language] ?? labels["en"] ?? id }
}

/// Negation, intensity and contrast words of one language.
public struct LanguageRules: Sendable, Equatable {
    public var language: String
    public var negators: Set<String>
    /// Multi-word negators (`not once`, `geen enkele`), as token sequences.
    public var negationPhrases: [[String]]
    public var intensifiers: [String: Double]
    public var diminishers: [String: Double]
    public var contrast: Set<String>
    /// Conjunctions that end a negation scope.
    public var clauseBreakers: Set<String>
    /// Valence shifters (`fell`, `cleared`, `minder`, `einde aan`), as token sequences: words
    /// that reduce, end or remove what their clause names, so they reverse its sentiment words
    /// ("complaints fell" is good news). A trailing `*` matches any continuation.
    public var shifters: [[String]] = [] {
        didSet {
            shiftersByFirstWord = Dictionary(grouping: shifters.filter { !$0[0].hasSuffix("*") }, by: { $0[0] })
            shiftersWithPrefixFirst = shifters.filter { $0[0].hasSuffix("*") }
        }
    }
    /// `shifters` indexed by their first word, so that a token looks up only its own; those
    /// whose first word is a prefix (`halve*`) are kept apart.
    public private(set) var shiftersByFirstWord: [String: [[String]]] = [:]
    public private(set) var shiftersWithPrefixFirst: [[String]] = []

    public init(language: String, negators: Set<String> = [], negationPhrases: [[String]] = [],
                intensifiers: [String: Double] = [:], diminishers: [String: Double] = [:],
                contrast: Set<String> = [], clauseBreakers: Set<String> = []) {
        self.language = language
        self.negators = negators
        self.negationPhrases = negationPhrases
        self.intensifiers = intensifiers
        self.diminishers = diminishers
        self.contrast = contrast
        self.clauseBreakers = clauseBreakers
    }
}

/// Word valences of one language on VADER's scale (-4...+4).
public struct SentimentLexicon: Sendable, Equatable {
    public var language: String
    public var exact: [String: Double]
    /// `prefix*` terms, longest first so the most specific wins.
    public var prefixes: [(prefix: String, valence: Double)]
    /// Multi-word terms (`thanks for nothing`, `nog steeds`), keyed by their first word, longest
    /// first. A phrase's last word may end in `*` (a prefix).
    public var phrases: [String: [SentimentPhrase]]

    public init(language: String, exact: [String: Double] = [:], prefixes: [(String, Double)] = [], phrases: [SentimentPhrase] = []) {
        self.language = language
        self.exact = exact
        self.prefixes = prefixes.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
            .map { (prefix: $0.0, valence: $0.1) }
        var byFirst: [String: [SentimentPhrase]] = [:]
        for phrase in phrases { byFirst[phrase.words[0], default: []].append(phrase) }
        for key in byFirst.keys {
            byFirst[key]!.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.joined(separator: " ") < $1.words.joined(separator: " ") }
        }
        self.phrases = byFirst
    }

    public static func == (a: SentimentLexicon, b: SentimentLexicon) -> Bool {
        a.language == b.language && a.exact == b.exact && a.prefixes.elementsEqual(b.prefixes, by: { $0 == $1 })
            && a.phrases == b.phrases
    }

    /// The valence of a normalised form, or nil when the word carries none.
    public func valence(of form: String) -> Double? {
        if let v = exact[form] { return v }
        for (prefix, v) in prefixes where form.hasPrefix(prefix) { return v }
        return nil
    }

    /// The longest phrase starting at `start` of `forms` (not reaching `end`), if any.
    public func phrase(at start: Int, in forms: [String], end: Int) -> SentimentPhrase? {
        guard let candidates = phrases[forms[start]] else { return nil }
        for phrase in candidates where start + phrase.words.count <= end {
            if phrase.matches(forms, at: start) { return phrase }
        }
        return nil
    }

    public var count: Int { exact.count + prefixes.count + phrases.values.reduce(0) { $0 + $1.count } }

    /// Every phrase, in a stable order.
    public var allPhrases: [SentimentPhrase] {
        phrases.keys.sorted().flatMap { phrases[$0]! }
    }
}

/// A multi-word sentiment term: consecutive lowercase words, the last one possibly a prefix.
public struct SentimentPhrase: Sendable, Equatable, Hashable {
    public var words: [String]
    public var valence: Double

    public init(words: [String], valence: Double) {
        self.words = words
        self.valence = valence
    }

    func matches(_ forms: [String], at start: Int) -> Bool {
        for (k, word) in words.enumerated() {
            let form = forms[start + k]
            if k == words.count - 1, word.hasSuffix("*") {
                if !form.hasPrefix(word.dropLast()) { return false }
            } else if form != word {
                return false
            }
        }
        return true
    }
}

/// Everything Centric scores with: themes, language rules and sentiment lexicons, plus a digest
/// of the files they came from (every output row names it).
public struct Lexicon: Sendable, Equatable {
    public var themes: [Theme]
    public var rules: [String: LanguageRules]
    public var sentiment: [String: SentimentLexicon]
    /// Hex digest of the lexicon files' bytes, in path order.
    public var digest: String
    /// The learned layers (`model/themes.weights`, `model/sentiment.weights`), when the folder
    /// has them; without them the documented rules decide.
    public var themeModel: LinearModel?
    public var sentimentModel: LinearModel?

    public init(themes: [Theme], rules: [String: LanguageRules] = [:], sentiment: [String: SentimentLexicon] = [:],
                digest: String = "", themeModel: LinearModel? = nil, sentimentModel: LinearModel? = nil) {
        self.themes = themes
        self.rules = rules
        self.sentiment = sentiment
        self.digest = digest
        self.themeModel = themeModel
        self.sentimentModel = sentimentModel
    }

    public var themeIDs: [String] { themes.map(\.id) }

    /// Languages that have at least one entry.
    public var languages: [String] {
        Set(themes.flatMap { $0.entries.map(\.language) }).sorted()
    }
}
