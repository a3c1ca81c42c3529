import Foundation

/// Reads a sentiment lexicon in VADER's TSV layout: `term<TAB>valence[<TAB>...]`, valence on
/// -4...+4, `#` comments; `prefix*` terms match inflected forms. VADER's own file (mean, standard
/// deviation, raw ratings) loads as is. A term of several words separated by single spaces
/// (`thanks for nothing`, `nog steeds`) is a phrase, matched as consecutive tokens.
public enum SentimentFileParser {
    public static func parse(_ text: String, language: String, file: String) -> (SentimentLexicon, [LexiconIssue]) {
        var exact: [String: Double] = [:]
        var prefixes: [(String, Double)] = []
        var phrases: [SentimentPhrase] = []
        var seenPhrases: Set<String> = []
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
            if term.isEmpty {
                issues.append(LexiconIssue(.error, location, "the term is empty", fix: "write a word before the tab"))
                continue
            }
            if valence == 0 {
                issues.append(LexiconIssue(.warning, location, "`\(term)` has valence 0 and changes nothing", fix: "remove the line or give it a score"))
            }
            let words = term.split(separator: " ").map(String.init)
            if words.count > 1 {
                if words.dropLast().contains(where: { $0.contains("*") }) {
                    issues.append(LexiconIssue(.error, location, "`\(term)`: only the last word of a phrase may end in `*`", fix: "remove the inner star or list the forms"))
                    continue
                }
                if !seenPhrases.insert(words.joined(separator: " ")).inserted {
                    issues.append(LexiconIssue(.warning, location, "`\(term)` is listed twice; the first valence wins", fix: "remove one of the lines"))
                    continue
                }
                phrases.append(SentimentPhrase(words: words, valence: valence))
            } else if term.hasSuffix("*") {
                if term.dropLast().contains("*") || term.count < 4 {
                    issues.append(LexiconIssue(.error, location, "`\(term)` is not a usable prefix", fix: "use one trailing star after at least three letters"))
                    continue
                }
                prefixes.append((String(term.dropLast()), valence))
            } else {
                if exact[term] != nil {
                    issues.append(LexiconIssue(.warning, location, "`\(term)` is listed twice; the later valence wins", fix: "remove one of the lines"))
                }
                exact[term] = valence
            }
        }
        return (SentimentLexicon(language: language, exact: exact, prefixes: prefixes, phrases: phrases), issues)
    }
}
