import CentricLexicon
import CentricText
import Foundation

/// Scores analysed documents against a compiled lexicon: theme hits with negation, sentiment
/// per mention and per document, the classification rule, and the evidence behind every number.
///
/// One `Scorer` is shared by all workers (it is immutable); each worker passes its own
/// `MatchCache` and `Analyzer`.
public struct Scorer: Sendable {
    public let lexicon: CompiledLexicon
    public let classification: ClassificationRule

    /// VADER's normalisation constant: a sum of valences `s` maps to `s / sqrt(s² + alpha)`.
    static let alpha = 15.0
    /// A negated sentiment word keeps most of its strength, reversed (VADER's 0.74).
    static let negationScalar = -0.74
    /// The valence an entry's own polarity adds to its clause, per unit of weight.
    static let entryPolarityValence = 1.5
    /// Intensifiers and diminishers reach this many tokens ahead.
    static let modifierReach = 2

    public init(lexicon: CompiledLexicon, classification: ClassificationRule = ClassificationRule()) {
        self.lexicon = lexicon
        self.classification = classification
    }

    /// Negation and intensity words of `language`; an undetermined language uses all of them.
    func rules(_ language: String) -> LanguageRules {
        if let r = lexicon.lexicon.rules[language] { return r }
        return mergedRules
    }

    private var mergedRules: LanguageRules {
        var merged = LanguageRules(language: "und")
        for r in lexicon.lexicon.rules.values.sorted(by: { $0.language < $1.language }) {
            merged.negators.formUnion(r.negators)
            merged.negationPhrases += r.negationPhrases
            merged.intensifiers.merge(r.intensifiers) { a, _ in a }
            merged.diminishers.merge(r.diminishers) { a, _ in a }
            merged.contrast.formUnion(r.contrast)
            merged.clauseBreakers.formUnion(r.clauseBreakers)
        }
        return merged
    }

    func valence(of form: String, language: String) -> Double? {
        if let lex = lexicon.lexicon.sentiment[language] { return lex.valence(of: form) }
        for code in lexicon.lexicon.sentiment.keys.sorted() {
            if let v = lexicon.lexicon.sentiment[code]?.valence(of: form) { return v }
        }
        return nil
    }

    /// Scores one analysed document.
    public func score(_ text: AnalyzedText, documentID: String, cache: MatchCache, analyzer: Analyzer?) -> DocumentScore {
        let matches = Matcher(lexicon).matches(in: text, cache: cache, analyzer: analyzer)
        let merged = mergedRules
        let ruleCache = Dictionary(uniqueKeysWithValues: lexicon.lexicon.rules.map { ($0.key, $0.value) })
        let rulesFor: (String) -> LanguageRules = { ruleCache[$0] ?? merged }
        let structure = ClauseStructure(text, rules: rulesFor)
        let forms = text.tokens.map { text.vocabulary.string($0.form) }

        // Tokens covered by an entry with its own polarity do not add their word valence too.
        var coveredByPolarEntry = [Bool](repeating: false, count: text.tokens.count)
        for m in matches where lexicon.lexicon.themes[m.theme].entries[lexicon.patterns[m.pattern].entry].polarity != nil {
            for i in m.tokens { coveredByPolarEntry[i] = true }
        }

        // MARK: Sentiment per clause
        var clauseValence = [Double](repeating: 0, count: structure.clauses.count)
        for (i, token) in text.tokens.enumerated() where token.kind == .word || token.kind == .emoji || token.kind == .emoticon {
            guard !structure.isFunctionWord[i], !coveredByPolarEntry[i] else { continue }
            let language = text.language(ofToken: i)
            guard var v = valence(of: forms[i], language: language) else { continue }
            let r = rulesFor(language)
            let clause = structure.clauseOf[i]
            // A word that is both an intensifier and a sentiment word ("super", "vreselijk")
            // intensifies when a sentiment word follows and is sentiment itself otherwise.
            if structure.isModifier[i] {
                let reach = (i + 1)..<min(structure.clauses[clause].upperBound, i + 1 + Self.modifierReach)
                if reach.contains(where: { valence(of: forms[$0], language: language) != nil }) { continue }
            }
            var k = i - 1
            while k >= max(structure.clauses[clause].lowerBound, i - Self.modifierReach) {
                if let f = r.intensifiers[forms[k]] ?? r.diminishers[forms[k]] {
                    v *= f
                    break
                }
                k -= 1
            }
            if structure.negator[i] >= 0 { v *= Self.negationScalar }
            clauseValence[clause] += v * structure.weight[clause]
        }
        for m in matches {
            let entry = lexicon.lexicon.themes[m.theme].entries[lexicon.patterns[m.pattern].entry]
            guard let polarity = entry.polarity else { continue }
            let clause = structure.clauseOf[m.tokens.lowerBound]
            var v = polarity.sign * Self.entryPolarityValence * entry.weight
            if Self.isNegated(m, structure) { v *= Self.negationScalar }
            clauseValence[clause] += v * structure.weight[clause]
        }
        let sentiment = documentSentiment(text, structure: structure, clauseValence: clauseValence)

        // MARK: Themes and evidence
        let tokenCount = text.wordCount
        let offsets = ScalarOffsets(text.utf8)
        var hits = [Int](repeating: 0, count: lexicon.lexicon.themes.count)
        var negatedHits = hits
        var weighted = [Double](repeating: 0, count: hits.count)
        var mentionSentiment = weighted
        var evidence: [Evidence] = []
        evidence.reserveCapacity(matches.count)
        for m in matches {
            let entry = lexicon.lexicon.themes[m.theme].entries[lexicon.patterns[m.pattern].entry]
            let negated = Self.isNegated(m, structure)
            let clause = structure.clauseOf[m.tokens.lowerBound]
            var v = clauseValence[clause]
            if v == 0 { v = sentenceValence(of: m.tokens.lowerBound, text, structure, clauseValence) }
            let mention = v / (v * v + Self.alpha).squareRoot()
            hits[m.theme] += 1
            if negated { negatedHits[m.theme] += 1 }
            weighted[m.theme] += entry.weight
            mentionSentiment[m.theme] += mention
            let start = Int(text.tokens[m.tokens.lowerBound].start)
            let end = Int(text.tokens[m.tokens.upperBound - 1].end)
            evidence.append(Evidence(
                theme: lexicon.lexicon.themes[m.theme].id, entry: entry.pattern.source,
                entryLocation: entry.location?.description,
                text: String(decoding: text.utf8[start..<end], as: UTF8.self),
                tokenStart: m.tokens.lowerBound, tokenEnd: m.tokens.upperBound,
                charStart: offsets.scalarOffset(ofByte: start), charEnd: offsets.scalarOffset(ofByte: end),
                negated: negated, weight: entry.weight, sentiment: Self.rounded(mention)))
        }
        let threshold = classification.threshold(tokens: tokenCount)
        var themes: [ThemeScore] = []
        for (t, theme) in lexicon.lexicon.themes.enumerated() {
            let present = weighted[t] >= threshold
            themes.append(ThemeScore(
                theme: theme.id, hits: hits[t], negatedHits: negatedHits[t], weightedScore: weighted[t],
                ratePer1k: tokenCount > 0 ? Double(hits[t]) * 1000 / Double(tokenCount) : 0,
                sentiment: hits[t] > 0 ? Self.rounded(mentionSentiment[t] / Double(hits[t])) : 0,
                present: present, confidence: classification.confidence(score: weighted[t], threshold: threshold)))
        }
        let (primary, primaryConfidence) = classification.primary(themes)
        return DocumentScore(
            documentID: documentID, language: text.language.code, languageConfidence: text.language.confidence,
            tokenCount: tokenCount, themes: themes, sentiment: sentiment, primaryTheme: primary,
            primaryConfidence: primaryConfidence, evidence: evidence)
    }

    /// A match is negated when a negator outside it, or inside one of its gaps, covers any of
    /// its tokens. A negator the pattern spells itself (`nobody listens`, `geen enkele reactie`)
    /// is part of the phrase and does not negate it again.
    static func isNegated(_ m: PatternMatch, _ structure: ClauseStructure) -> Bool {
        for i in m.tokens {
            let n = structure.negator[i]
            if n >= 0 && (!m.tokens.contains(n) || m.isGap(n)) { return true }
        }
        return false
    }

    private func sentenceValence(of token: Int, _ text: AnalyzedText, _ structure: ClauseStructure, _ clauseValence: [Double]) -> Double {
        guard let sentence = text.sentences.first(where: { $0.contains(token) }) else { return 0 }
        var sum = 0.0
        var c = -1
        for i in sentence where structure.clauseOf[i] != c {
            c = structure.clauseOf[i]
            sum += clauseValence[c]
        }
        return sum
    }

    /// Document sentiment: each sentence's valence is normalised to -1...1 and the document score
    /// is their mean over sentences that carry any sentiment, so a long document does not
    /// saturate the way a single normalised sum would. `mixed` when clearly positive and clearly
    /// negative clauses both carry real weight.
    func documentSentiment(_ text: AnalyzedText, structure: ClauseStructure, clauseValence: [Double]) -> SentimentScore {
        var sentenceScores: [Double] = []
        var positiveMass = 0.0, negativeMass = 0.0
        for v in clauseValence {
            if v > 0 { positiveMass += v } else { negativeMass -= v }
        }
        for sentence in text.sentences {
            var sum = 0.0
            var c = -1
            for i in sentence where structure.clauseOf[i] != c {
                c = structure.clauseOf[i]
                sum += clauseValence[c]
            }
            if sum != 0 { sentenceScores.append(sum / (sum * sum + Self.alpha).squareRoot()) }
        }
        let score = sentenceScores.isEmpty ? 0 : sentenceScores.reduce(0, +) / Double(sentenceScores.count)
        let positives = sentenceScores.filter { $0 > 0 }.count
        let negatives = sentenceScores.filter { $0 < 0 }.count
        let total = Double(max(sentenceScores.count, 1))
        let label = classification.sentimentLabel(score: score, positiveMass: positiveMass, negativeMass: negativeMass)
        return SentimentScore(score: Self.rounded(score), label: label,
                              positiveShare: Self.rounded(Double(positives) / total),
                              negativeShare: Self.rounded(Double(negatives) / total))
    }

    /// Rounds to 6 decimals so that outputs are identical however the sums were ordered.
    static func rounded(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}

/// Converts UTF-8 byte offsets to Unicode scalar offsets with one pass over the bytes.
struct ScalarOffsets {
    private let prefix: [Int32]

    init(_ utf8: [UInt8]) {
        var prefix = [Int32](repeating: 0, count: utf8.count + 1)
        var count: Int32 = 0
        for (i, b) in utf8.enumerated() {
            prefix[i] = count
            if b & 0xC0 != 0x80 { count += 1 }
        }
        prefix[utf8.count] = count
        self.prefix = prefix
    }

    func scalarOffset(ofByte offset: Int) -> Int { Int(prefix[offset]) }
}
