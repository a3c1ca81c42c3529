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
    /// A word in a valence shifter's scope is reversed ("complaints fell", "bezuinigd op waardering").
    static let shifterScalar = -0.8
    /// Intensifiers and diminishers reach this many tokens ahead.
    static let modifierReach = 2
    /// Questions and requests carry less stance than statements ("Is parking free?").
    static let questionScalar = 0.5
    /// The score a text of nothing but questions and requests needs to keep a polar label.
    static let questionOnlyOverride = 0.3
    /// "Why ...?" asks for an account: a complaint rather than a plain question.
    static let complaintQuestionWords: Set<String> = ["why", "waarom", "hoezo"]

    /// Longest text the lukewarm rule applies to, and the document score that overrides it.
    static let lukewarmMaximumWords = 30
    static let lukewarmOverride = 0.55
    /// Words and phrases by which a writer calls the experience middling, in both languages.
    static let lukewarmPhrases: [[String]] = [
        ["ok"], ["okay"], ["oke"], ["oké"], ["alright"], ["average"], ["so-so"], ["meh"], ["acceptable"], ["adequate"],
        ["nothing", "special"], ["nothing", "to", "write", "home", "about"], ["not", "bad", "not", "great"],
        ["not", "great", "not", "terrible"], ["neither", "good", "nor", "bad"], ["does", "the", "job"], ["did", "the", "job"],
        ["gemiddeld"], ["gemiddelde"], ["acceptabel"], ["middelmatig"], ["middelmatige"],
        ["niks", "bijzonders"], ["niets", "bijzonders"], ["niks", "bijzonder"], ["niet", "slecht", "niet", "goed"],
        ["niet", "goed", "niet", "slecht"], ["zo", "zo"], ["gaat", "wel"], ["ging", "wel"], ["kan", "ermee", "door"],
    ]

    static func hasLukewarmMarker(_ forms: [String]) -> Bool {
        let lower = forms.map { $0.lowercased() }.filter { $0 != "," && $0 != "." }
        for i in lower.indices {
            for p in lukewarmPhrases where i + p.count <= lower.count {
                if (0..<p.count).allSatisfy({ lower[i + $0] == p[$0] }) { return true }
            }
        }
        return false
    }

    /// A neutral text this long, with a score this close to 0, that reports a practice theme in
    /// the third person is read as endorsing it.
    static let reportedPracticeMinimumWords = 20
    static let reportedPracticeBand = 0.1
    /// First- and second-person pronouns: a text with one speaks for someone (feedback, a
    /// letter), not about an organisation.
    static let personalPronouns: Set<String> = [
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "i'm", "i've", "i'd", "i'll",
        "we're", "we've", "we'd", "we'll", "you're", "you've",
        "ik", "mij", "me", "mijn", "m'n", "wij", "we", "ons", "onze", "jij", "je", "jou", "jouw", "jullie", "u", "uw",
    ]

    /// Words that make a sentence a request: it reports a need rather than a stance.
    static let requestWords: Set<String> = ["please", "pls", "graag", "alstublieft", "alsjeblieft", "aub", "svp"]

    /// The longest sentiment phrase starting at token `i`.
    func sentimentPhrase(at i: Int, forms: [String], end: Int, language: String) -> SentimentPhrase? {
        if let lex = lexicon.lexicon.sentiment[language] { return lex.phrase(at: i, in: forms, end: end) }
        for code in lexicon.lexicon.sentiment.keys.sorted() {
            if let p = lexicon.lexicon.sentiment[code]?.phrase(at: i, in: forms, end: end) { return p }
        }
        return nil
    }

    /// Rules for text of undetermined language: every language's words together.
    private let undeterminedRules: LanguageRules

    /// False scores with the documented rules alone, as `centric lexicon train` needs.
    public let useModels: Bool
    /// The theme model's column of each lexicon theme (nil: the model does not know it).
    private let modelColumn: [Int?]
    /// Each model's weight rows for the lexicon features, in `ModelFeatures.values` order.
    private let themeModelRows: [[Double]?]
    private let sentimentModelRows: [[Double]?]
    /// True when both models have the same word features, so one lookup serves both.
    private let modelsShareWords: Bool

    public init(lexicon: CompiledLexicon, classification: ClassificationRule = ClassificationRule(), useModels: Bool = true) {
        self.lexicon = lexicon
        self.classification = classification
        self.useModels = useModels
        undeterminedRules = Self.mergedRules(lexicon.lexicon.rules)
        let columns = lexicon.lexicon.themeModel?.columns ?? []
        modelColumn = lexicon.lexicon.themes.map { theme in columns.firstIndex(of: theme.id) }
        let names = ModelFeatures.names(themes: lexicon.lexicon.themeIDs)
        themeModelRows = lexicon.lexicon.themeModel?.rows(for: names) ?? []
        sentimentModelRows = lexicon.lexicon.sentimentModel?.rows(for: names) ?? []
        modelsShareWords = lexicon.lexicon.themeModel.map { t in lexicon.lexicon.sentimentModel.map { $0.words == t.words } ?? false } ?? false
    }

    /// Negation and intensity words of `language`; an undetermined language uses all of them.
    func rules(_ language: String) -> LanguageRules {
        lexicon.lexicon.rules[language] ?? undeterminedRules
    }

    private static func mergedRules(_ rules: [String: LanguageRules]) -> LanguageRules {
        var merged = LanguageRules(language: "und")
        for r in rules.values.sorted(by: { $0.language < $1.language }) {
            merged.negators.formUnion(r.negators)
            merged.negationPhrases += r.negationPhrases
            merged.intensifiers.merge(r.intensifiers) { a, _ in a }
            merged.diminishers.merge(r.diminishers) { a, _ in a }
            merged.contrast.formUnion(r.contrast)
            merged.clauseBreakers.formUnion(r.clauseBreakers)
            merged.shifters += r.shifters
        }
        return merged
    }

    func valence(of form: String, language: String) -> Double? {
        if let lex = lexicon.lexicon.sentiment[language] { return lex.valence(of: form) ?? SentimentCues.derivedValence(of: form, language: language, lex) }
        for code in lexicon.lexicon.sentiment.keys.sorted() {
            if let v = lexicon.lexicon.sentiment[code]?.valence(of: form) { return v }
        }
        return nil
    }

    /// Scores one analysed document.
    public func score(_ text: AnalyzedText, documentID: String, cache: MatchCache, analyzer: Analyzer?) -> DocumentScore {
        let matches = Matcher(lexicon).matches(in: text, cache: cache, analyzer: analyzer)
        let forms = text.tokens.map { text.vocabulary.string($0.form) }
        let structure = ClauseStructure(text, forms: forms, rules: rules)

        // Tokens covered by an entry with its own polarity do not add their word valence too.
        var coveredByPolarEntry = [Bool](repeating: false, count: text.tokens.count)
        for m in matches where lexicon.lexicon.themes[m.theme].entries[lexicon.patterns[m.pattern].entry].polarity != nil {
            for i in m.tokens { coveredByPolarEntry[i] = true }
        }

        // MARK: Sentiment per clause
        // Multi-word sentiment terms first ("thanks for nothing", "nog steeds"); their tokens do
        // not add word valences of their own.
        var phraseAt: [Int: SentimentPhrase] = [:]
        var coveredByPhrase = [Bool](repeating: false, count: text.tokens.count)
        for sentence in text.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                if !coveredByPolarEntry[i], !structure.isFunctionWord[i], let phrase = sentimentPhrase(at: i, forms: forms, end: sentence.upperBound, language: text.language(ofToken: i)) {
                    phraseAt[i] = phrase
                    for k in i..<(i + phrase.words.count) { coveredByPhrase[k] = true }
                    i += phrase.words.count
                } else {
                    i += 1
                }
            }
        }
        var clauseValence = [Double](repeating: 0, count: structure.clauses.count)
        /// The same without contrast weights: how much praise and complaint the text holds.
        var rawValence = clauseValence
        /// Negators that reversed something; the others may carry a valence of their own.
        var usedNegators = Set<Int>()
        func add(_ v: Double, at i: Int) {
            let clause = structure.clauseOf[i]
            clauseValence[clause] += v * structure.weight[clause] * questionFactor(i)
            rawValence[clause] += v * questionFactor(i)
        }
        func questionFactor(_ i: Int) -> Double { isQuestion[i] ? Self.questionScalar : 1 }
        var isQuestion = [Bool](repeating: false, count: text.tokens.count)
        let quoted = SentimentCues.scareQuoted(text, forms: forms)
        for sentence in text.sentences where !sentence.isEmpty {
            let last = sentence.upperBound - 1
            // Questions and requests ("please block it") report a need rather than a stance.
            if forms[last] == "?" { for i in sentence { isQuestion[i] = true } }
            else if sentence.contains(where: { Self.requestWords.contains(forms[$0].lowercased()) }) {
                for i in sentence { isQuestion[i] = true }
            }
        }
        // Rules are looked up once per block: copying a LanguageRules value per token retains
        // all of its sets and dictionaries.
        var rulesBlock = -1
        var r = rules("und")
        for (i, token) in text.tokens.enumerated() where token.kind == .word || token.kind == .emoji || token.kind == .emoticon {
            guard !coveredByPolarEntry[i] else { continue }
            let language = text.language(ofToken: i)
            var v: Double
            if let phrase = phraseAt[i] {
                v = phrase.valence
            } else {
                guard !structure.isFunctionWord[i], !coveredByPhrase[i], let w = valence(of: forms[i], language: language) else { continue }
                v = w
            }
            if Int(token.block) != rulesBlock {
                rulesBlock = Int(token.block)
                r = rules(language)
            }
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
            // Praise in scare quotes ("our 'wonderful' staff") is not the writer's own.
            if v > 0, quoted[i] { continue }
            if structure.shifter[i] >= 0 && !structure.isModifier[i] && !(phraseAt[i].map { (i..<(i + $0.words.count)).contains(structure.shifter[i]) } ?? false) {
                v *= Self.shifterScalar
            }
            let n = structure.negator[i]
            // A negator the phrase spells itself ("werkt niet", "still nothing") is part of it.
            if n >= 0 && !(phraseAt[i].map { (i..<(i + $0.words.count)).contains(n) } ?? false) {
                v *= Self.negationScalar
                usedNegators.insert(n)
            } else if let phrase = phraseAt[i] {
                for k in i..<(i + phrase.words.count) where structure.negator[k] >= 0 { usedNegators.insert(structure.negator[k]) }
                for (start, _) in structure.negators where (i..<(i + phrase.words.count)).contains(start) { usedNegators.insert(start) }
            }
            add(v, at: i)
        }
        for m in matches {
            let entry = lexicon.lexicon.themes[m.theme].entries[lexicon.patterns[m.pattern].entry]
            guard let polarity = entry.polarity else { continue }
            var v = polarity.sign * Self.entryPolarityValence * entry.weight
            if let sh = m.tokens.lazy.map({ structure.shifter[$0] }).first(where: { $0 >= 0 }), !m.tokens.contains(sh) { v *= Self.shifterScalar }
            if Self.isNegated(m, structure) {
                v *= Self.negationScalar
                for i in m.tokens where structure.negator[i] >= 0 { usedNegators.insert(structure.negator[i]) }
            }
            add(v, at: m.tokens.lowerBound)
        }
        // Waiting times, "???", repeated contacts: complaint markers without a sentiment word.
        for (i, v) in SentimentCues.complaintMarkers(text, forms: forms) { add(v, at: i) }
        // "2 stars", "4/5": the rating says what the writer thinks, whatever the words.
        for (i, v) in Self.ratings(text, forms: forms) {
            if v == 0 { add(1.0, at: i); add(-1.0, at: i) } else { add(v, at: i) }
        }
        // A negator that reversed no sentiment word still says something in feedback: "nobody
        // came", "nooit teruggebeld". Those listed in the sentiment lexicon (`nobody`, `nooit`)
        // add their own valence then.
        for (start, length) in structure.negators where !usedNegators.contains(start) && !coveredByPolarEntry[start] {
            let language = text.language(ofToken: start)
            // "not working", "geen reactie": a phrase that starts with the negator comes first.
            let clauseEnd = structure.clauses[structure.clauseOf[start]].upperBound
            if let phrase = sentimentPhrase(at: start, forms: forms, end: clauseEnd, language: language), phrase.words.count >= length {
                add(phrase.valence, at: start)
            } else if length == 1, let v = valence(of: forms[start], language: language) {
                add(v, at: start)
            }
        }
        // "Great, another 45 minutes on hold.": bare praise beside a complaint is sarcasm.
        for c in SentimentCues.sarcasticPraise(text, forms: forms, structure: structure, rawValence: rawValence,
                                                isPraise: { i in (phraseAt[i]?.valence ?? valence(of: forms[i], language: text.language(ofToken: i)) ?? 0) > 0 }) {
            clauseValence[c] = -clauseValence[c]
            rawValence[c] = -rawValence[c]
        }
        var sentiment = documentSentiment(text, structure: structure, clauseValence: clauseValence, rawValence: rawValence)
        // "Does the plan renew automatically?": a text whose stance words all sit in questions
        // or requests asks for something; it is neutral unless its score is clear.
        let stanceTokens = structure.clauseOf.indices.filter { rawValence[structure.clauseOf[$0]] != 0 }
        let complaintQuestion = forms.contains { Self.complaintQuestionWords.contains($0.lowercased()) }
        if !stanceTokens.isEmpty, !complaintQuestion, stanceTokens.allSatisfy({ isQuestion[$0] }), abs(sentiment.score) < Self.questionOnlyOverride {
            sentiment.label = .neutral
        }
        // "Service was fine, nothing special", "Gemiddelde ervaring": a short text that calls
        // itself middling is neutral unless something clearly outweighs that.
        if text.wordCount <= Self.lukewarmMaximumWords, Self.hasLukewarmMarker(forms),
           abs(sentiment.score) < Self.lukewarmOverride {
            sentiment.label = .neutral
        }

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
            let clause = structure.clauseOf[m.tokens.lowerBound]
            // "the delivery" alone is no experience; "terrible delivery" is: an `evaluated` entry
            // counts only in a clause that carries sentiment. A stop phrase (weight 0, "we
            // recommend") only keeps the shorter entries inside it from matching.
            if entry.weight == 0 || (entry.evaluated && rawValence[clause] == 0) { continue }
            let negated = Self.isNegated(m, structure)
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
        let strongest = weighted.max() ?? 0
        var themes: [ThemeScore] = []
        for (t, theme) in lexicon.lexicon.themes.enumerated() {
            let present = classification.isPresent(score: weighted[t], threshold: threshold, strongest: strongest)
            themes.append(ThemeScore(
                theme: theme.id, hits: hits[t], negatedHits: negatedHits[t], weightedScore: weighted[t],
                ratePer1k: tokenCount > 0 ? Double(hits[t]) * 1000 / Double(tokenCount) : 0,
                sentiment: hits[t] > 0 ? Self.rounded(mentionSentiment[t] / Double(hits[t])) : 0,
                present: present, confidence: classification.confidence(score: weighted[t], threshold: threshold, strongest: strongest)))
        }
        // "The insurer now lets a customer panel test every letter.": a third-person report of
        // a practice, without a sentiment word, endorses it (THEMES.md: articles that mainly
        // endorse a practice are positive).
        if sentiment.label == .neutral, abs(sentiment.score) < Self.reportedPracticeBand,
           tokenCount >= Self.reportedPracticeMinimumWords,
           !forms.contains(where: { Self.personalPronouns.contains($0.lowercased()) }),
           themes.indices.contains(where: { themes[$0].present && lexicon.lexicon.themes[$0].stance == .practice }),
           !themes.indices.contains(where: { themes[$0].present && lexicon.lexicon.themes[$0].stance == .antiPattern }) {
            sentiment.label = .positive
        }
        // The learned layers, when the lexicon has them, decide from the rules' own figures and
        // the words of the text.
        if useModels, lexicon.lexicon.themeModel != nil || lexicon.lexicon.sentimentModel != nil {
            // What the rules decided is what the models read (`centric lexicon train` learns from
            // the same figures, scored with the models off).
            let values = ModelFeatures.values(themes: themes, sentiment: sentiment, words: tokenCount)
            var themeWordIDs: [Int32] = []
            if let model = lexicon.lexicon.themeModel {
                themeWordIDs = ModelFeatures.wordIDs(text, model: model, cache: cache.themeModel)
                let p = model.probabilities(values: values, rows: themeModelRows, words: themeWordIDs)
                for t in themes.indices {
                    guard let column = modelColumn[t] else { continue }
                    themes[t].present = p[column] >= model.thresholds[column]
                    themes[t].probability = Self.rounded(p[column])
                    themes[t].confidence = ((themes[t].present ? p[column] : 1 - p[column]) * 1000).rounded() / 1000
                }
            }
            if let model = lexicon.lexicon.sentimentModel {
                // Models trained together share their word features: look the words up once.
                let ids = modelsShareWords ? themeWordIDs : ModelFeatures.wordIDs(text, model: model, cache: cache.sentimentModel)
                let p = model.probabilities(values: values, rows: sentimentModelRows, words: ids)
                // The first of equal maxima, in column order.
                let best = p.indices.reduce(0) { p[$1] > p[$0] ? $1 : $0 }
                if let label = SentimentLabel(rawValue: model.columns[best]) {
                    sentiment.label = label
                    sentiment.labelProbability = Self.rounded(p[best])
                }
            }
        }
        let (primary, primaryConfidence) = classification.primary(themes)
        return DocumentScore(
            documentID: documentID, language: text.language.code, languageConfidence: text.language.confidence,
            tokenCount: tokenCount, themes: themes, sentiment: sentiment, primaryTheme: primary,
            primaryConfidence: primaryConfidence, evidence: evidence)
    }

    /// Star ratings ("2 stars", "4/5", "8/10", "3 sterren"): the valence each implies, at the
    /// number's token. A middle rating (40-60 %) returns 0 and counts as praise and complaint.
    static func ratings(_ text: AnalyzedText, forms: [String]) -> [(Int, Double)] {
        var out: [(Int, Double)] = []
        let starWords: Set<String> = ["star", "stars", "ster", "sterren", "sterretjes"]
        for (i, t) in text.tokens.enumerated() where t.kind == .number {
            guard let n = Double(forms[i].replacingOccurrences(of: ",", with: ".")) else { continue }
            var scale: Double?
            if i + 2 < forms.count, forms[i + 1] == "/" || forms[i + 1] == "uit" || forms[i + 1] == "out",
               let d = Double(forms[i + 2]), d == 5 || d == 10 { scale = d }
            else if i + 3 < forms.count, forms[i + 1] == "out", forms[i + 2] == "of", let d = Double(forms[i + 3]), d == 5 || d == 10 { scale = d }
            else if i + 1 < forms.count, starWords.contains(forms[i + 1]), n <= 5 { scale = 5 }
            guard let scale, n >= 0, n <= scale else { continue }
            let r = n / scale
            let v: Double = r <= 0.2 ? -3 : r <= 0.45 ? -2 : r < 0.7 ? 0 : r < 0.8 ? 1.5 : 2.5
            out.append((i, v))
        }
        return out
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
    func documentSentiment(_ text: AnalyzedText, structure: ClauseStructure, clauseValence: [Double], rawValence: [Double]? = nil) -> SentimentScore {
        var sentenceScores: [Double] = []
        var positiveMass = 0.0, negativeMass = 0.0
        for v in rawValence ?? clauseValence {
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
        // The turn at the first contrast word: what came before it and what follows.
        var before = 0.0, after = 0.0
        let raw = rawValence ?? clauseValence
        if let turn = structure.weight.firstIndex(where: { $0 > 1 }) {
            for (c, v) in raw.enumerated() { if c < turn { before += v } else { after += v } }
        }
        let label = classification.sentimentLabel(score: score, positiveMass: positiveMass, negativeMass: negativeMass,
                                                  beforeContrast: before, afterContrast: after)
        return SentimentScore(score: Self.rounded(score), label: label,
                              positiveShare: Self.rounded(Double(positives) / total),
                              negativeShare: Self.rounded(Double(negatives) / total),
                              positiveMass: Self.rounded(positiveMass), negativeMass: Self.rounded(negativeMass))
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
