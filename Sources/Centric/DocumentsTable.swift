import CentricIngest
import CentricScoring
import CentricTrends
import Foundation

/// `documents.csv`: one row per processed document. Columns (documented in the README):
/// `id, origin, source, kind, title, language, language_confidence, published, date_rule,
/// tokens, sentiment, sentiment_label, primary_theme, themes, fields`, then one column per theme
/// with its hit count, then `lexicon_digest`.
struct DocumentsTable: RunSink {
    let file: OutputFile
    let themeIDs: [String]
    let digest: String

    static func header(themeIDs: [String]) -> [String] {
        ["id", "origin", "source", "kind", "title", "language", "language_confidence", "published", "date_rule",
         "tokens", "sentiment", "sentiment_label", "primary_theme", "themes", "fields"] + themeIDs + ["lexicon_digest"]
    }

    init(url: URL, themeIDs: [String], digest: String) throws {
        file = try OutputFile(url)
        self.themeIDs = themeIDs
        self.digest = digest
        try file.write(CSVWriterLine.header(themeIDs))
    }

    mutating func document(_ document: Document, _ score: DocumentScore) throws {
        try file.write(CSVWriterLine.row(document, score, digest: digest))
    }

    mutating func finish() throws { try file.close() }
}

/// The documents.csv row format, shared by the run's file and `centric score`.
enum CSVWriterLine {
    static func header(_ themeIDs: [String]) -> String { CSVWriter.line(DocumentsTable.header(themeIDs: themeIDs)) }

    static func row(_ document: Document, _ score: DocumentScore, digest: String) -> String {
        var row = [
            document.id, document.origin, document.source, document.kind.rawValue, document.title ?? "",
            score.language, CSVWriter.number(score.languageConfidence, decimals: 2),
            document.published.map { DateFormatting.day($0.value) } ?? "", document.published?.rule ?? "",
            String(score.tokenCount), CSVWriter.number(score.sentiment.score, decimals: 4), score.sentiment.label.rawValue,
            score.primaryTheme ?? "", score.presentThemes.joined(separator: ";"),
            document.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"),
        ]
        for theme in score.themes { row.append(String(theme.hits)) }
        row.append(digest)
        return CSVWriter.line(row)
    }
}

/// Dates as users read them in every output: `YYYY-MM-DD` in UTC.
enum DateFormatting {
    static func day(_ date: Date) -> String {
        dayLabeler.label(date)
    }

    private static let dayLabeler = PeriodLabeler(unit: .day)
}
