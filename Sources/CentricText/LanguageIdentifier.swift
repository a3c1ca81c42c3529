import Foundation
import CCLD2

/// Language identification for documents and blocks: CLD2 for text long enough to judge,
/// combined with function-word and lexicon-vocabulary evidence and the declared hint for short
/// texts, where CLD2 is weak. Answers `und` with low confidence rather than guess wrong.
public struct LanguageIdentifier: Sendable {
    /// The languages Centric scores. Others are reported as detected but never guessed from hints.
    public var languages: [String]
    /// Extra words per language that count as evidence (the lexicons' vocabulary).
    public var vocabulary: [String: Set<String>]

    /// Letters above which CLD2's answer is trusted on its own.
    static let longTextBytes = 60

    public init(languages: [String] = ["en", "nl"], vocabulary: [String: Set<String>] = [:]) {
        self.languages = languages
        self.vocabulary = vocabulary
    }

    /// Identifies the language of `text`; `hint` (a page's `lang`, a CSV column) is a prior.
    public func identify(_ text: String, hint: String? = nil) -> LanguageGuess {
        let hint = hint.map(Self.normalizeCode)
        let cld = detectWithCLD2(text, hint: hint)
        let evidence = wordEvidence(text)

        if cld.bytes >= Self.longTextBytes, cld.code != "un" {
            var confidence = Double(cld.percent) / 100
            if !cld.reliable { confidence *= 0.8 }
            // When CLD2 sees a configured language, function words must not strongly disagree.
            if let best = evidence.best, best.code != cld.code, best.margin >= 4, languages.contains(best.code) {
                return LanguageGuess(code: best.code, confidence: 0.6, method: "words")
            }
            return LanguageGuess(code: cld.code, confidence: min(0.99, confidence), method: hint == cld.code ? "cld2+hint" : "cld2")
        }

        // Short text: function words and lexicon words decide, CLD2 and the hint tip the balance.
        if let best = evidence.best, best.margin >= 1 {
            var confidence = min(0.9, 0.45 + 0.12 * Double(best.margin) + 0.05 * Double(best.hits))
            if cld.code == best.code { confidence = min(0.95, confidence + 0.1) }
            if hint == best.code { confidence = min(0.95, confidence + 0.1) }
            return LanguageGuess(code: best.code, confidence: confidence, method: "words")
        }
        if let tied = evidence.tiedLeaders, let hint, tied.contains(hint) {
            return LanguageGuess(code: hint, confidence: 0.45, method: "words+hint")
        }
        if cld.code != "un", cld.bytes >= 20, languages.contains(cld.code) || cld.bytes >= 40 {
            return LanguageGuess(code: cld.code, confidence: hint == cld.code ? 0.6 : 0.45, method: "cld2")
        }
        if let hint, languages.contains(hint) {
            return LanguageGuess(code: hint, confidence: 0.35, method: "hint")
        }
        return .undetermined
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

    struct WordEvidence {
        var best: (code: String, hits: Int, margin: Int)?
        var tiedLeaders: Set<String>?
    }

    func wordEvidence(_ text: String) -> WordEvidence {
        var counts: [String: Int] = [:]
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            for (code, words) in FunctionWords.byLanguage where words.contains(word) { counts[code, default: 0] += 1 }
            for (code, words) in vocabulary where words.contains(word) { counts[code, default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for ch in text.lowercased() {
            if ch.isLetter || ch == "'" || ch == "’" {
                word.append(ch == "’" ? "'" : ch)
            } else {
                flush()
            }
        }
        flush()
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let first = ranked.first, first.value > 0 else { return WordEvidence() }
        let second = ranked.count > 1 ? ranked[1].value : 0
        if first.value == second {
            return WordEvidence(best: nil, tiedLeaders: Set(ranked.filter { $0.value == first.value }.map(\.key)))
        }
        return WordEvidence(best: (first.key, first.value, first.value - second), tiedLeaders: nil)
    }
}
