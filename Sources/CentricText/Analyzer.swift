/// Turns blocks of text into `AnalyzedText`: language per document and per block, tokens,
/// sentences and stems. One analyser per worker thread: it owns the vocabulary, the Snowball
/// stemmers (not thread-safe) and the stem cache, so each distinct form is stemmed once per
/// worker and the hot path stays lock-free.
public final class Analyzer {
    public let vocabulary: Vocabulary
    public let identifier: LanguageIdentifier
    public let tokenizer: Tokenizer
    public let splitter: CompoundSplitter?

    private var stemmers: [String: Stemmer] = [:]
    /// Per language slot, the stem id of each form id (`unknownStem` when not yet stemmed).
    /// Arrays indexed by slot, not a dictionary of arrays, so updates happen in place.
    @exclusivity(unchecked) private var stemCaches: [[FormID]] = []
    private var cacheSlots: [String: Int] = [:]
    @exclusivity(unchecked) private var lastSlot: (language: String, slot: Int)?
    private var partsCache: [FormID: [String]] = [:]
    private var scratch: [UInt8] = []
    /// Word scores of the language model, memoised for this worker.
    private let languageCache = LanguageWordCache()
    private static let unknownStem = FormID.max

    /// Blocks shorter than this (in bytes) take the document's language.
    static let blockLanguageMinimumBytes = 80
    /// Words scored per block when checking whether it differs from the document's language.
    static let blockLanguageWords = 40

    public init(identifier: LanguageIdentifier = LanguageIdentifier(), tokenizer: Tokenizer = Tokenizer(),
                compoundSplitter: CompoundSplitter? = nil, vocabulary: Vocabulary = Vocabulary()) {
        self.identifier = identifier
        self.tokenizer = tokenizer
        self.splitter = compoundSplitter
        self.vocabulary = vocabulary
        scratch.reserveCapacity(256)
    }

    /// Analyses a document given as blocks (paragraphs in reading order).
    /// - Parameters:
    ///   - hint: the declared language, used as a prior.
    ///   - language: when set, skips identification (the user said which language the text is in).
    public func analyze(blocks texts: [String], hint: String? = nil, language forced: String? = nil) -> AnalyzedText {
        let text = texts.joined(separator: "\n\n")
        let utf8 = Array(text.utf8)
        let documentLanguage: LanguageGuess
        if let forced {
            documentLanguage = LanguageGuess(code: forced, confidence: 1, method: "given")
        } else {
            // CLD2 needs no more than the first 32 KB to decide.
            let sample = utf8.count > 32_768 ? String(decoding: utf8[..<32_768], as: UTF8.self) : text
            documentLanguage = identifier.identify(sample, hint: hint, maximumWords: LanguageIdentifier.maximumWords, cache: languageCache)
        }

        var tokens: [Token] = []
        tokens.reserveCapacity(utf8.count / 5)
        var blocks: [AnalyzedBlock] = []
        blocks.reserveCapacity(texts.count)
        var offset = 0
        utf8.withUnsafeBufferPointer { p in
            for (index, block) in texts.enumerated() {
                let length = block.utf8.count
                let range = offset..<(offset + length)
                let first = tokens.count
                tokenizer.tokenize(p, range: range, block: UInt32(index), vocabulary: vocabulary, scratch: &scratch, into: &tokens)
                var language = documentLanguage
                if forced == nil, texts.count > 1, length >= Self.blockLanguageMinimumBytes {
                    // The document's language is the prior; 40 words settle whether a block differs.
                    let guess = identifier.identify(block, hint: documentLanguage.code, maximumWords: Self.blockLanguageWords, cache: languageCache)
                    if guess.code != documentLanguage.code, guess.code != "und", guess.confidence >= 0.7 {
                        language = guess
                    }
                }
                blocks.append(AnalyzedBlock(byteRange: range, tokenRange: first..<tokens.count, language: language))
                offset += length + 2
            }
        }
        var stems = [FormID](repeating: 0, count: tokens.count)
        for block in blocks {
            let code = block.language.code
            for i in block.tokenRange {
                let t = tokens[i]
                stems[i] = t.kind == .word ? stem(form: t.form, language: code) : t.form
            }
        }
        let sentences = utf8.withUnsafeBufferPointer { SentenceSplitter.split(tokens, text: $0) }
        return AnalyzedText(text: text, utf8: utf8, language: documentLanguage, blocks: blocks, tokens: tokens,
                            stems: stems, sentences: sentences, vocabulary: vocabulary)
    }

    /// The interned stem of a form in `language`; each (form, language) is stemmed once.
    /// Dutch stems also go through `DutchMatchKey`, which conflates verb forms Snowball keeps apart.
    public func stem(form: FormID, language: String) -> FormID {
        let slot = cacheSlot(language)
        let index = Int(form)
        if index < stemCaches[slot].count {
            let cached = stemCaches[slot][index]
            if cached != Self.unknownStem { return cached }
        } else {
            let grown = max(index + 1, stemCaches[slot].count * 2, 1024)
            stemCaches[slot].append(contentsOf: repeatElement(Self.unknownStem, count: grown - stemCaches[slot].count))
        }
        let result: FormID
        if let stemmer = stemmer(for: language) {
            let stemmed = vocabulary.withBytes(form) { stemmer.stem($0) }
            result = vocabulary.intern(language == "nl" ? DutchMatchKey.key(stemmed) : stemmed)
        } else {
            result = form
        }
        stemCaches[slot][index] = result
        return result
    }

    private func cacheSlot(_ language: String) -> Int {
        // Consecutive calls almost always ask for the same language: skip the dictionary then.
        if let last = lastSlot, last.language == language { return last.slot }
        if let slot = cacheSlots[language] {
            lastSlot = (language, slot)
            return slot
        }
        cacheSlots[language] = stemCaches.count
        stemCaches.append([])
        return stemCaches.count - 1
    }

    /// The stem of a word given as a string (used when compiling lexicons).
    public func stem(_ word: String, language: String) -> String {
        vocabulary.string(stem(form: vocabulary.intern(word), language: language))
    }

    /// Compound parts of a Dutch form (empty when it is not a compound of known words).
    public func compoundParts(form: FormID, language: String) -> [String] {
        guard language == "nl", let splitter else { return [] }
        if let cached = partsCache[form] { return cached }
        let parts = splitter.split(vocabulary.string(form))
        partsCache[form] = parts
        return parts
    }

    private func stemmer(for language: String) -> Stemmer? {
        if let s = stemmers[language] { return s }
        guard language == "en" || language == "nl", let s = try? Stemmer(language: language) else { return nil }
        stemmers[language] = s
        return s
    }
}
