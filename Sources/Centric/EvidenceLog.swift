import CentricIngest
import CentricScoring
import Foundation

/// `evidence.jsonl`: one JSON object per theme match, so every number in the tables can be
/// traced to the words that made it: document id, theme, entry (and its lexicon file:line),
/// matched text, token span, code-point offsets, negation, weight and mention sentiment.
struct EvidenceLog: RunSink {
    let file: OutputFile
    private let encoder: JSONEncoder

    init(url: URL) throws {
        file = try OutputFile(url)
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    struct Line: Encodable {
        var document: String
        var evidence: Evidence
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(document, forKey: .document)
            try c.encode(evidence.theme, forKey: .theme)
            try c.encode(evidence.entry, forKey: .entry)
            try c.encodeIfPresent(evidence.entryLocation, forKey: .entry_location)
            try c.encode(evidence.text, forKey: .text)
            try c.encode([evidence.tokenStart, evidence.tokenEnd], forKey: .tokens)
            try c.encode([evidence.charStart, evidence.charEnd], forKey: .chars)
            try c.encode(evidence.negated, forKey: .negated)
            try c.encode(evidence.weight, forKey: .weight)
            try c.encode(evidence.sentiment, forKey: .sentiment)
        }
        enum Keys: String, CodingKey { case document, theme, entry, entry_location, text, tokens, chars, negated, weight, sentiment }
    }

    mutating func document(_ document: Document, _ score: DocumentScore) throws {
        for e in score.evidence {
            let data = try encoder.encode(Line(document: document.id, evidence: e))
            try file.write(String(decoding: data, as: UTF8.self) + "\n")
        }
    }

    mutating func finish() throws { try file.close() }
}
