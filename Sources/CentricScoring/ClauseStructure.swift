import CentricLexicon
import CentricText

/// Clauses, negation scopes and contrast weights of an analysed text: the context every
/// sentiment word and theme mention is read in.
///
/// - A clause ends at clause punctuation (`, ; : ( ) – —`), at a conjunction listed in the
///   language's `clause_breakers`, at a contrast word, and at a sentence end.
/// - English-style negation (`not`, `n't`, `never`, `no`, `nobody`, `hardly`, phrases such as
///   `not once`) covers the tokens after the negator up to the clause end (at most
///   `forwardScope` tokens). Dutch negation covers the whole clause, both sides of the negator,
///   because Dutch places `niet` and `nooit` after the verb they negate ("ze luisterden niet",
///   "ik vond het niet fijn"); `zonder` and Dutch negation phrases without such a word
///   (`in plaats van`, `gebrek aan`, `verre van`) precede what they negate and scope forward
///   like English; the prepositions `without`/`zonder` reach only the next three tokens.
/// - A valence shifter (`fell`, `cleared`, `fewer`, `minder`, `einde aan`; the language's
///   `shifters`) reverses the sentiment words of its whole clause, both sides, and of a relative
///   clause right after it ("fewer customers who have to call twice"), unless it is negated itself.
/// - Contrast (`but`, `however`, `maar`, `echter`) weights the clauses after it in the sentence
///   by `afterContrast` and those before it by `beforeContrast` (VADER's rule of thumb).
struct ClauseStructure {
    static let forwardScope = 8
    static let beforeContrast = 0.5
    static let afterContrast = 1.5

    /// Clause index of each token.
    var clauseOf: [Int]
    /// Token range of each clause.
    var clauses: [Range<Int>]
    /// Contrast weight of each clause.
    var weight: [Double]
    /// For each token, the index of the negator whose scope covers it, or -1.
    var negator: [Int]
    /// For each token, the first token of the valence shifter whose scope covers it, or -1.
    var shifter: [Int]
    /// True for tokens that are negators or contrast words themselves.
    var isFunctionWord: [Bool]
    /// True for intensifiers and diminishers (`very`, `heel`, `somewhat`).
    var isModifier: [Bool]
    /// Every negator: its first token and its length in tokens (`not once` is 2).
    var negators: [(start: Int, length: Int)] = []

    /// - Parameter forms: the normalised form of every token (the scorer computes them once).
    init(_ text: AnalyzedText, forms: [String], rules: (String) -> LanguageRules) {
        let n = text.tokens.count
        clauseOf = [Int](repeating: 0, count: n)
        clauses = []
        weight = []
        negator = [Int](repeating: -1, count: n)
        shifter = negator
        isFunctionWord = [Bool](repeating: false, count: n)
        isModifier = [Bool](repeating: false, count: n)

        for sentence in text.sentences {
            var clauseStart = sentence.lowerBound
            var sentenceClauses: [Int] = []
            var contrastAt: Int?  // index in sentenceClauses of the first clause after a contrast word
            func close(_ end: Int) {
                guard end > clauseStart else { return }
                sentenceClauses.append(clauses.count)
                clauses.append(clauseStart..<end)
                weight.append(1)
                clauseStart = end
            }
            // A sentence never spans blocks, so one language (and one rules lookup) serves it.
            let r = rules(text.language(ofToken: sentence.lowerBound))
            for i in sentence {
                let token = text.tokens[i]
                if token.kind == .punctuation, Self.isClausePunctuation(forms[i]) {
                    close(i)
                    clauseStart = i  // the punctuation opens the next clause; harmless for scope
                } else if token.kind == .word, r.contrast.contains(forms[i]) {
                    close(i)
                    isFunctionWord[i] = true
                    if contrastAt == nil { contrastAt = sentenceClauses.count }
                } else if token.kind == .word, r.clauseBreakers.contains(forms[i]), i > clauseStart {
                    close(i)
                }
            }
            close(sentence.upperBound)
            if let contrastAt, contrastAt > 0 {
                for (k, c) in sentenceClauses.enumerated() {
                    weight[c] = k < contrastAt ? Self.beforeContrast : Self.afterContrast
                }
            } else if let contrastAt, contrastAt == 0 {
                // "However, ..." opens the sentence: it contrasts with what came before.
                for c in sentenceClauses { weight[c] = Self.afterContrast }
            }
        }
        for (c, range) in clauses.enumerated() {
            for i in range { clauseOf[i] = c }
        }

        // Negation scopes.
        for range in clauses {
            let language = text.language(ofToken: range.lowerBound)
            let r = rules(language)
            var i = range.lowerBound
            while i < range.upperBound {
                guard text.tokens[i].kind == .word, let length = Self.negatorLength(at: i, forms: forms, in: range, rules: r) else {
                    i += 1
                    continue
                }
                for k in i..<(i + length) { isFunctionWord[k] = true }
                negators.append((i, length))
                let scope: Range<Int>
                // Lexical negators without niet/geen/nooit ("in plaats van", "gebrek aan") come
                // before what they negate, in Dutch too.
                if language == "nl", !Self.prepositionalNegators.contains(forms[i]),
                   length == 1 || (i..<(i + length)).contains(where: { r.negators.contains(forms[$0]) }) {
                    scope = range
                } else {
                    let reach = Self.prepositionalNegators.contains(forms[i]) ? Self.prepositionalScope : Self.forwardScope
                    scope = (i + length)..<min(range.upperBound, i + length + reach)
                }
                for k in scope where negator[k] < 0 && (k < i || k >= i + length) { negator[k] = i }

                i += length
            }
        }
        markShifters(text, forms: forms, rules: rules)
        for block in text.blocks {
            let r = rules(block.language.code)
            for i in block.tokenRange where text.tokens[i].kind == .word {
                if r.intensifiers[forms[i]] != nil || r.diminishers[forms[i]] != nil { isModifier[i] = true }
            }
        }
    }

    /// Words that open a relative clause, which a shifter before it still reaches.
    static let relativeWords: Set<String> = ["who", "which", "that", "whose", "whom", "die", "dat", "wie", "waarvan", "wiens"]

    private mutating func markShifters(_ text: AnalyzedText, forms: [String], rules: (String) -> LanguageRules) {
        for (c, range) in clauses.enumerated() {
            let r = rules(text.language(ofToken: range.lowerBound))
            guard !r.shifters.isEmpty else { continue }
            for i in range where text.tokens[i].kind == .word && negator[i] < 0 {
                func fits(_ p: [String]) -> Bool {
                    i + p.count <= range.upperBound && p.indices.allSatisfy { Self.matches(forms[i + $0], p[$0]) }
                }
                guard let phrase = r.shiftersByFirstWord[forms[i]]?.first(where: fits) ?? r.shiftersWithPrefixFirst.first(where: fits)
                else { continue }
                var scope = range
                if c + 1 < clauses.count, let next = clauses[c + 1].first(where: { text.tokens[$0].kind == .word }),
                   Self.relativeWords.contains(forms[next]), text.sentences.contains(where: { $0.contains(i) && $0.contains(next) }) {
                    scope = range.lowerBound..<clauses[c + 1].upperBound
                }
                for k in scope where shifter[k] < 0 && (k < i || k >= i + phrase.count) { shifter[k] = i }
            }
        }
    }

    static func matches(_ form: String, _ word: String) -> Bool {
        word.hasSuffix("*") ? form.hasPrefix(word.dropLast()) : form == word
    }

    static func isClausePunctuation(_ form: String) -> Bool {
        switch form {
        case ",", ";", ":", "(", ")", "–", "—", "-", "--", "[", "]", "\"", "“", "”": true
        default: false
        }
    }

    /// Negators that are prepositions ("zonder overleg", "without any warning"): they negate
    /// the phrase right after them only, `prepositionalScope` tokens.
    static let prepositionalScope = 3
    static let prepositionalNegators: Set<String> = ["zonder", "without"]
    static let exclamativeNever: Set<String> = ["never", "nooit", "nimmer"]
    static let exclamativeDegree: Set<String> = ["so", "such", "zo", "zó", "zo'n", "zulke", "zulk"]

    /// Token count of the negator starting at `i` (phrases like `not once`, `geen enkele`), or nil.
    static func negatorLength(at i: Int, forms: [String], in range: Range<Int>, rules: LanguageRules) -> Int? {
        // "never been so rude", "nog nooit zo slecht geholpen": an exclamative, not a negation.
        if let k = (i..<min(range.upperBound, i + 2)).first(where: { exclamativeNever.contains(forms[$0]) }) {
            let next = (k + 1)..<min(range.upperBound, k + 4)
            if let d = next.first(where: { exclamativeDegree.contains(forms[$0]) }), d + 1 >= range.upperBound || forms[d + 1] != "much" {
                return nil
            }
        }
        for phrase in rules.negationPhrases where phrase.count > 1 && i + phrase.count <= range.upperBound {
            if phrase.indices.allSatisfy({ forms[i + $0] == phrase[$0] }) { return phrase.count }
        }
        let form = forms[i]
        if rules.negators.contains(form) { return 1 }
        if rules.negators.contains("n't"), form.hasSuffix("n't") { return 1 }
        return nil
    }
}
