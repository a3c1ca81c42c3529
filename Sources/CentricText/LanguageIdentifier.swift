import Foundation
import CCLD2

/// Language identification for documents and blocks.
///
/// Every text is scored by Centric's own word model (`LanguageModel`: frequent words, character
/// 4-grams and vocabularies of English, Dutch, German, French and Afrikaans), which also works
/// on two-word feedback where CLD2 gives up. CLD2 adds its vote on longer text, and is the only
/// judge of languages outside those five. Priors, not truths: the configured languages weigh a
/// little more than the others, and a declared hint (a page's `lang`, a feed's `<language>`, a CSV
/// column) a little more again, so it breaks ties but never overrules clear evidence. The
/// confidence is the model's posterior, tempered because words are not independent; below 0.55
/// the answer is `und` ("Top service!" reads the same in English and Dutch).
public struct LanguageIdentifier: Sendable {
    /// The languages Centric scores. Others are reported as detected but weigh less as priors.
    public var languages: [String]
    /// Extra words per language that count as known vocabulary (the lexicons' words).
    public var vocabulary: [String: Set<String>]

    /// Letters above which CLD2's answer is trusted for languages the word model does not know.
    static let longTextBytes = 60
    /// Words scored at most: beyond a few hundred the answer no longer changes.
    static let maximumWords = 300
    /// Prior weights in nats: a configured language, and the declared hint.
    static let configuredPrior = 1.1
    static let hintPrior = 1.4
    /// Posterior temperature: word scores are summed as if independent, which overstates certainty.
    static let temperature = 2.0
    /// Below this posterior the answer is `und`.
    static let minimumConfidence = 0.55

    public init(languages: [String] = ["en", "nl"], vocabulary: [String: Set<String>] = [:]) {
        self.languages = languages.map(Self.normalizeCode)
        self.vocabulary = vocabulary
    }

    /// Identifies the language of `text`; `hint` (a page's `lang`, a CSV column) is a prior.
    public func identify(_ text: String, hint: String? = nil) -> LanguageGuess {
        identify(text, hint: hint, maximumWords: Self.maximumWords)
    }

    /// As `identify(_:hint:)`, scoring at most `maximumWords` words (blocks need fewer).
    func identify(_ text: String, hint: String?, maximumWords: Int, cache: LanguageWordCache? = nil) -> LanguageGuess {
        let hint = hint.map(Self.normalizeCode).flatMap { $0.isEmpty ? nil : $0 }
        let model = LanguageModel.shared
        let codes = LanguageModel.codes
        let L = codes.count
        var scores = [Double](repeating: 0, count: L)
        var recognised = [Int](repeating: 0, count: L)
        let extraKnown: [Set<String>?] = codes.map { vocabulary[$0] }
        var scratch: [UInt32] = []
        var words = 0
        forEachWord(text) { word in
            if let cache {
                let h = LanguageModel.hash(word)
                if let hit = cache.entries[h] {
                    LanguageModel.add(hit.0, hit.1, into: &scores, recognised: &recognised)
                } else {
                    let scored = model.wordScore(word: word, hash: h, extraKnown: extraKnown, scratch: &scratch)
                    if cache.entries.count >= cache.capacity { cache.entries.removeAll(keepingCapacity: true) }
                    cache.entries[h] = scored
                    LanguageModel.add(scored.0, scored.1, into: &scores, recognised: &recognised)
                }
            } else {
                model.score(word: word, extraKnown: extraKnown, into: &scores, recognised: &recognised, scratch: &scratch)
            }
            words += 1
            return words < maximumWords
        }
        let cld = detectWithCLD2(text, hint: hint)

        // A language the word model does not know, seen by CLD2, where the five languages'
        // vocabularies recognise at most a third of the words (names and loans do get recognised).
        if cld.code != "un", !codes.contains(cld.code), cld.bytes >= 30, cld.percent >= 70,
           3 * (recognised.max() ?? 0) <= words || (cld.bytes >= Self.longTextBytes && cld.percent >= 80 && 2 * (recognised.max() ?? 0) <= words) {
            return LanguageGuess(code: cld.code, confidence: min(0.95, Double(cld.percent) / 100 * (cld.reliable ? 1 : 0.8)), method: "cld2")
        }
        guard words > 0 else { return .undetermined }

        for (l, code) in codes.enumerated() {
            if languages.contains(code) { scores[l] += Self.configuredPrior }
            // CLD2's vote grows with the text it saw; on two words it is noise.
            if code == cld.code, cld.bytes >= 20 {
                scores[l] += min(Double(cld.bytes) / 20, 6) * Double(cld.percent) / 100
            }
        }
        let withoutHint = decide(scores)
        var hinted = scores
        if let hint, let l = codes.firstIndex(of: hint) { hinted[l] += Self.hintPrior }
        let final = decide(hinted)
        guard final.confidence >= Self.minimumConfidence else { return .undetermined }
        let code = codes[final.index]
        var method = cld.code == code && cld.bytes >= 20 ? "words+cld2" : "words"
        // Calibration: one word is never proof; certainty grows with the number of words.
        var confidence = min(final.confidence, 1 - 0.5 / Double(1 + words))
        if withoutHint.confidence < Self.minimumConfidence || codes[withoutHint.index] != code {
            // The hint decided: a weak prior, so a weak answer.
            method = "words+hint"
            confidence = min(confidence, 0.45)
        } else if hint == code {
            method += "+hint"
        }
        return LanguageGuess(code: code, confidence: (confidence * 100).rounded() / 100, method: method)
    }

    /// The best language's index and its tempered posterior; ties go to the earlier language.
    private func decide(_ scores: [Double]) -> (index: Int, confidence: Double) {
        var best = 0
        for l in scores.indices where scores[l] > scores[best] { best = l }
        var total = 0.0
        for s in scores { total += Foundation.exp((s - scores[best]) / Self.temperature) }
        return (best, min(0.99, 1 / total))
    }

    /// Calls `body` with each lowercased word of `text` (letters, joined by inner apostrophes,
    /// plus the Dutch clitics `'s`, `'t`, `'n`, `'k`, `'m`); stops when `body` returns false.
    /// Works on scalars with a Latin fast path, so it allocates only for other scripts' capitals.
    func forEachWord(_ text: String, _ body: (Substring) -> Bool) {
        var word = ""
        word.reserveCapacity(32)
        var letters = 0
        var pendingApostrophe = false
        var startsWithApostrophe = false
        func flush() -> Bool {
            defer {
                word.removeAll(keepingCapacity: true)
                letters = 0
                pendingApostrophe = false
                startsWithApostrophe = false
            }
            guard letters > 0 else { return true }
            if startsWithApostrophe && letters != 1 { word.unicodeScalars.removeFirst() }
            return body(Substring(word))
        }
        for u in text.unicodeScalars {
            let v = u.value
            if CharClass.isLetter(v) {
                if pendingApostrophe { word.unicodeScalars.append("'"); pendingApostrophe = false }
                if v < 0x80 {
                    word.unicodeScalars.append(Unicode.Scalar(UInt8(v) | (v >= 0x41 && v <= 0x5A ? 0x20 : 0)))
                } else if v <= 0x17F {
                    word.unicodeScalars.append(Unicode.Scalar(Self.lowercaseLatin(v)) ?? u)
                } else {
                    word.unicodeScalars.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
                }
                letters += 1
            } else if CharClass.isApostrophe(v) && v != 0x60 && v != 0xB4 {
                if letters == 0 && !startsWithApostrophe {
                    word.unicodeScalars.append("'")
                    startsWithApostrophe = true
                } else if letters > 0 && !pendingApostrophe {
                    pendingApostrophe = true
                } else if !flush() {
                    return
                }
            } else if CharClass.isIgnorable(v) {
                continue
            } else if !flush() {
                return
            }
        }
        _ = flush()
    }

    /// Lowercase of a Latin-1 or Latin Extended-A scalar.
    @inline(__always)
    static func lowercaseLatin(_ v: UInt32) -> UInt32 {
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 0x20 }
        if v >= 0x100 && v <= 0x137 && v & 1 == 0 && v != 0x130 { return v + 1 }
        if v >= 0x139 && v <= 0x148 && v & 1 == 1 { return v + 1 }
        if v >= 0x14A && v <= 0x177 && v & 1 == 0 { return v + 1 }
        if v == 0x178 { return 0xFF }
        if v >= 0x179 && v <= 0x17E && v & 1 == 1 { return v + 1 }
        return v
    }

    /// `nl-NL`, `NL`, `nld`, `dutch` -> `nl`.
    public static func normalizeCode(_ code: String) -> String {
        let lower = code.lowercased().trimmingCharacters(in: .whitespaces)
        let base = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
        switch base {
        case "nld", "dut", "dutch", "nederlands", "vla": return "nl"
        case "eng", "english": return "en"
        case "deu", "ger", "german": return "de"
        case "fra", "fre", "french": return "fr"
        case "afr", "afrikaans": return "af"
        default: return base
        }
    }

    // MARK: - Evidence

    struct CLDAnswer {
        var code: String
        var percent: Int
        var bytes: Int
        var reliable: Bool
    }

    func detectWithCLD2(_ text: String, hint: String?) -> CLDAnswer {
        var result = ccld2_result()
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let hint {
                    hint.withCString { ccld2_detect(chars.baseAddress, chars.count, $0, &result) }
                } else {
                    ccld2_detect(chars.baseAddress, chars.count, nil, &result)
                }
            }
        }
        let code = withUnsafeBytes(of: result.codes.0) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        return CLDAnswer(code: Self.normalizeCode(code), percent: Int(result.percents.0), bytes: Int(result.text_bytes), reliable: result.reliable != 0)
    }
}
