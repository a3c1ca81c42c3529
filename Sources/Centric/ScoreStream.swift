import CentricIngest
import CentricScoring
import Foundation

/// `centric score`: per-document scores to standard output, as CSV (the documents.csv columns)
/// or JSON lines (one object per document, with evidence), streamed as documents are scored, so
/// it can run under Spark's `RDD.pipe`.
public struct ScoreLines: RunSink {
    private let write: (String) -> Void
    private let json: Bool
    private let themeIDs: [String]
    private let digest: String
    private let encoder: JSONEncoder

    public init(json: Bool, themeIDs: [String], digest: String, write: @escaping (String) -> Void) {
        self.json = json
        self.themeIDs = themeIDs
        self.digest = digest
        self.write = write
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if !json { write(CSVWriterLine.header(themeIDs)) }
    }

    struct ScoreRecord: Encodable {
        var id: String
        var origin: String
        var source: String
        var kind: String
        var language: String
        var published: String?
        var tokens: Int
        var sentiment: Double
        var sentiment_label: String
        var primary_theme: String?
        var themes: [String: ThemeRecord]
        var fields: [String: String]
        var lexicon_digest: String
    }

    struct ThemeRecord: Encodable {
        var hits: Int
        var present: Bool
        var score: Double
        var sentiment: Double
        var mention_sentiments: [Double]
        /// The theme model's probability, when a model decided.
        var probability: Double?
    }

    public mutating func document(_ document: Document, _ score: DocumentScore) throws {
        if json {
            var themes: [String: ThemeRecord] = [:]
            for t in score.themes where t.hits > 0 || t.present {
                themes[t.theme] = ThemeRecord(hits: t.hits, present: t.present, score: t.weightedScore, sentiment: t.sentiment,
                                              mention_sentiments: score.evidence.filter { $0.theme == t.theme }.map(\.sentiment),
                                              probability: t.probability)
            }
            let record = ScoreRecord(
                id: document.id, origin: document.origin, source: document.source, kind: document.kind.rawValue,
                language: score.language, published: document.published.map { DateFormatting.day($0.value) },
                tokens: score.tokenCount, sentiment: score.sentiment.score, sentiment_label: score.sentiment.label.rawValue,
                primary_theme: score.primaryTheme, themes: themes, fields: document.fields, lexicon_digest: digest)
            write(String(decoding: try encoder.encode(record), as: UTF8.self) + "\n")
        } else {
            write(CSVWriterLine.row(document, score, digest: digest))
        }
    }

    public mutating func finish() throws {}
}
