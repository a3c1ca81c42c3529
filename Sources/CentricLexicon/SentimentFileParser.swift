import Foundation

/// Reads a sentiment lexicon in VADER's TSV layout: `term<TAB>valence[<TAB>...]`, valence on
/// -4...+4, `#` comments; `prefix*` terms match inflected forms. VADER's own file (mean, standard
/// deviation, raw ratings) loads as is.
enum SentimentFileParser {
    static func parse(_ text: String, language: String, file: String) -> (SentimentLexicon, [LexiconIssue]) {
        var exact: [String: Double] = [:]
        var prefixes: [(String, Double)] = []
        var issues: [LexiconIssue] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            let location = SourceLocation(file: file, line: lineNumber)
            guard columns.count >= 2 else {
                issues.append(LexiconIssue(.error, location, "expected `term<TAB>valence`", fix: "separate the term and its valence with a tab"))
                continue
            }
            let term = columns[0].trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "’", with: "'")
            guard let valence = Double(columns[1].trimmingCharacters(in: .whitespaces)) else {
                issues.append(LexiconIssue(.error, location, "`\(columns[1])` is not a number", fix: "write the valence as a number from -4 to 4"))
                continue
            }
            guard (-4...4).contains(valence) else {
                issues.append(LexiconIssue(.error, location, "valence \(valence) is outside -4...4", fix: "use VADER's scale, -4 (most negative) to 4"))
                continue
            }
            if term.hasSuffix("*") {
                prefixes.append((String(term.dropLast()), valence))
            } else {
                if exact[term] != nil {
                    issues.append(LexiconIssue(.warning, location, "`\(term)` is listed twice; the later valence wins", fix: "remove one of the lines"))
                }
                exact[term] = valence
            }
        }
        return (SentimentLexicon(language: language, exact: exact, prefixes: prefixes), issues)
    }
}
