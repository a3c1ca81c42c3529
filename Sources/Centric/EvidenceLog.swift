import CentricIngest
import CentricScoring
import Foundation

/// `evidence.jsonl`: one JSON object per theme match, so every number in the tables can be
/// traced to the words that made it: document id, theme, entry (and its lexicon file:line),
/// matched text, token span, code-point offsets, negation, weight and mention sentiment.
struct EvidenceLog: RunSink {
    let file: OutputFile

    init(url: URL) throws {
        file = try OutputFile(url)
    }

    /// One evidence line, keys in sorted order.
    static func line(document: String, _ e: Evidence) -> String {
        var line = "{\"chars\":[\(e.charStart),\(e.charEnd)],\"document\":" + JSONText.string(document)
        line += ",\"entry\":" + JSONText.string(e.entry)
        if let location = e.entryLocation { line += ",\"entry_location\":" + JSONText.string(location) }
        line += ",\"negated\":\(e.negated),\"sentiment\":" + JSONText.number(e.sentiment)
        line += ",\"text\":" + JSONText.string(e.text) + ",\"theme\":" + JSONText.string(e.theme)
        line += ",\"tokens\":[\(e.tokenStart),\(e.tokenEnd)],\"weight\":" + JSONText.number(e.weight) + "}\n"
        return line
    }

    mutating func document(_ document: Document, _ score: DocumentScore) throws {
        for e in score.evidence {
            try file.write(Self.line(document: document.id, e))
        }
    }

    mutating func finish() throws { try file.close() }
}
