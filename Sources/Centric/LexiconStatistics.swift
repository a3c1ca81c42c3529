import CentricLexicon
import Foundation

/// `centric lexicon stats`: entries per theme and language, with the EN/NL balance.
public enum LexiconStatistics {
    public static func table(_ lexicon: Lexicon) -> String {
        let languages = lexicon.languages
        var out = "theme".padding(toLength: 26, withPad: " ", startingAt: 0)
            + languages.map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined() + "phrases  balance\n"
        for theme in lexicon.themes {
            let counts = languages.map { code in theme.entries.filter { $0.language == code }.count }
            let phrases = theme.entries.filter(\.pattern.isPhrase).count
            let balance = (counts.max() ?? 0) == 0 ? 0 : Double(counts.min() ?? 0) / Double(counts.max()!)
            out += theme.id.padding(toLength: 26, withPad: " ", startingAt: 0)
                + counts.map { String($0).padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
                + String(phrases).padding(toLength: 9, withPad: " ", startingAt: 0) + String(format: "%.2f", balance) + "\n"
        }
        for (code, s) in lexicon.sentiment.sorted(by: { $0.key < $1.key }) {
            out += "sentiment \(code): \(s.count) terms\n"
        }
        out += "digest: \(lexicon.digest)\n"
        return out
    }
}
