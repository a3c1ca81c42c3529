import CentricScoring
import CentricText
import Foundation

/// `centric explain`: every token, match, negation and theme score of one document, for a person
/// debugging a lexicon.
public enum Explanation {
    public static func render(_ text: AnalyzedText, _ score: DocumentScore, engine: Engine, reasons: ModelReasons = ModelReasons()) -> String {
        var out = "language: \(text.language.code) (confidence \(String(format: "%.2f", text.language.confidence)), \(text.language.method))\n"
        out += "tokens: \(score.tokenCount) words, \(text.sentences.count) sentences\n\n"
        out += "matches:\n"
        if score.evidence.isEmpty { out += "  (none)\n" }
        for e in score.evidence {
            out += "  [\(e.charStart)..<\(e.charEnd)] \"\(e.text)\" -> \(e.theme) via `\(e.entry)`"
            if let location = e.entryLocation { out += " (\(location))" }
            out += " weight \(CSVLike.number(e.weight))"
            if e.negated { out += " NEGATED" }
            out += " sentiment \(String(format: "%+.3f", e.sentiment))\n"
        }
        out += "\nthemes:\n"
        for t in score.themes where t.hits > 0 || t.present {
            out += "  \(t.theme): hits \(t.hits) (negated \(t.negatedHits)), score \(CSVLike.number(t.weightedScore)), rate \(String(format: "%.1f", t.ratePer1k))/1k, "
            out += "\(t.present ? "PRESENT" : "absent") (confidence \(String(format: "%.2f", t.confidence))), sentiment \(String(format: "%+.3f", t.sentiment))\n"
        }
        // The theme model may find a theme no entry matched, or drop one the rule found.
        for t in score.themes {
            guard let p = t.probability, let parts = reasons.themes[t.theme], t.present || t.hits > 0 || p >= 0.2 else { continue }
            out += "  \(t.theme): model probability \(String(format: "%.2f", p)) -> \(t.present ? "PRESENT" : "absent"): \(listing(parts))\n"
        }
        out += "primary theme: \(score.primaryTheme ?? "none")"
        if score.primaryTheme != nil { out += " (confidence \(String(format: "%.2f", score.primaryConfidence)))" }
        out += "\nsentiment: \(score.sentiment.label.rawValue) (score \(String(format: "%+.3f", score.sentiment.score)))"
        if let p = score.sentiment.labelProbability {
            out += ", by the sentiment model (probability \(String(format: "%.2f", p))): \(listing(reasons.sentiment))"
        }
        return out + "\n"
    }

    /// The strongest reasons of a model decision: `w:queue +1.20, rule:loyalty -0.40, ...`.
    static func listing(_ parts: [(feature: String, value: Double)], limit: Int = 8) -> String {
        let shown = parts.prefix(limit).map { "\($0.feature) \(String(format: "%+.2f", $0.value))" }
        return shown.joined(separator: ", ") + (parts.count > limit ? ", ... (\(parts.count - limit) more)" : "")
    }
}

enum CSVLike {
    static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.2f", x)
    }
}
