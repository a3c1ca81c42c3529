import Foundation
import CentricText

/// `centric tokens`: one token per line, tab-separated: token, kind, normalised form, then with
/// stems the stem and the compound parts (`+`-joined).
public enum TokenListing {
    public static func lines(_ text: String, language: String?, withStems: Bool, worker: Worker) -> [String] {
        let blocks = text.components(separatedBy: "\n\n")
        let analysed = worker.analyze(blocks, hint: nil, language: language)
        var lines: [String] = []
        lines.reserveCapacity(analysed.tokens.count)
        for i in analysed.tokens.indices {
            let token = analysed.tokens[i]
            var fields = [sanitize(analysed.surface(i)), token.kind.description, sanitize(analysed.form(i))]
            if withStems {
                let lang = analysed.language(ofToken: i)
                fields.append(sanitize(analysed.stem(i)))
                fields.append(worker.analyzer.compoundParts(form: token.form, language: lang).joined(separator: "+"))
            }
            lines.append(fields.joined(separator: "\t"))
        }
        return lines
    }

    /// Tabs and newlines cannot appear in a token, but keep the format safe whatever comes.
    private static func sanitize(_ s: String) -> String {
        s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
