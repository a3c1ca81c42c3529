import Foundation

/// `trends.json`: the trend table, its trend directions and its evidence snippets in one JSON
/// document, written by hand so keys keep their documented order and numbers their fixed
/// decimals (byte-identical for the same input), and read back by `centric report`.
///
/// Shape: `format`, `centric_version`, `lexicon_digest`, `period`, `group_fields`,
/// `min_documents`, `significance`, `documents`, `themes` (`id`, `label`), `periods`, `rows`,
/// `directions`, `overall` (the ungrouped rows and directions, only when `group_fields` is not
/// empty) and `evidence` (KWIC snippets from the latest period).
public enum TrendJSON {
    public static let format = "centric-trends-1"

    /// What `trends.json` holds besides the table.
    public struct Document: Sendable {
        public var table: TrendTable
        /// The table without groups (period x theme), for the report; `nil` when `table` has no groups.
        public var overall: TrendTable?
        public var themeLabels: [String: String]
        public var snippets: [TrendSnippet]

        public init(table: TrendTable, overall: TrendTable?, themeLabels: [String: String], snippets: [TrendSnippet]) {
            self.table = table
            self.overall = overall
            self.themeLabels = themeLabels
            self.snippets = snippets
        }
    }

    // MARK: - Writing

    public static func encode(_ doc: Document) -> String {
        let t = doc.table
        var out = "{\n"
        out += "\"format\": \(string(format)),\n"
        out += "\"centric_version\": \(string(t.centricVersion)),\n"
        out += "\"lexicon_digest\": \(string(t.lexiconDigest)),\n"
        out += "\"period\": \(string(t.unit.rawValue)),\n"
        out += "\"group_fields\": [\(t.groupFields.map(string).joined(separator: ", "))],\n"
        out += "\"min_documents\": \(t.options.minimumDocuments),\n"
        out += "\"significance\": \(CSVWriter.number(t.options.significance, decimals: 4)),\n"
        out += "\"documents\": \(t.documents),\n"
        out += "\"themes\": [\n" + t.themeIDs.map { "{\"id\": \(string($0)), \"label\": \(string(doc.themeLabels[$0] ?? $0))}" }.joined(separator: ",\n") + "\n],\n"
        out += "\"periods\": [\(t.datedPeriods.map(string).joined(separator: ", "))],\n"
        out += rowsAndDirections(t)
        if let overall = doc.overall {
            out += ",\n\"overall\": {\n" + rowsAndDirections(overall) + "\n}"
        }
        out += ",\n\"evidence\": [\n" + doc.snippets.map(snippet).joined(separator: ",\n") + (doc.snippets.isEmpty ? "" : "\n") + "]\n}\n"
        return out
    }

    static func rowsAndDirections(_ t: TrendTable) -> String {
        var out = "\"rows\": [\n" + t.rows.map { row($0, t) }.joined(separator: ",\n") + (t.rows.isEmpty ? "" : "\n") + "],\n"
        out += "\"directions\": [\n" + t.directions.map { direction($0, t) }.joined(separator: ",\n") + (t.directions.isEmpty ? "" : "\n") + "]"
        return out
    }

    static func groups(_ values: [String], _ fields: [String]) -> String {
        "{" + zip(fields, values).map { "\(string($0)): \(string($1))" }.joined(separator: ", ") + "}"
    }

    static func row(_ r: TrendRow, _ t: TrendTable) -> String {
        let fields: [(String, String)] = [
            ("period", string(r.period)), ("groups", groups(r.groups, t.groupFields)), ("theme", string(r.theme)),
            ("documents", String(r.documents)), ("documents_with_theme", String(r.documentsWithTheme)),
            ("share", CSVWriter.number(r.share, decimals: 4)), ("hits", String(r.hits)), ("tokens", String(r.tokens)),
            ("rate_per_1k", CSVWriter.number(r.ratePer1k, decimals: 3)),
            ("share_low", CSVWriter.number(r.shareLow, decimals: 4)), ("share_high", CSVWriter.number(r.shareHigh, decimals: 4)),
            ("mean_sentiment", number(r.meanSentiment, 4)), ("net_sentiment", number(r.netSentiment, 4)),
            ("change", number(r.change, 4)), ("change_p", number(r.changePValue, 4)),
            ("significant", r.changePValue == nil ? "null" : (t.isSignificant(r) ? "true" : "false")),
            ("small_sample", r.smallSample ? "true" : "false"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func direction(_ d: TrendDirection, _ t: TrendTable) -> String {
        let fields: [(String, String)] = [
            ("groups", groups(d.groups, t.groupFields)), ("theme", string(d.theme)), ("periods", String(d.periods)),
            ("direction", string(d.direction.rawValue)), ("tau", number(d.tau, 4)), ("p", number(d.pValue, 4)),
            ("slope", number(d.slope, 5)), ("first_period", string(d.firstPeriod)), ("last_period", string(d.lastPeriod)),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func snippet(_ s: TrendSnippet) -> String {
        let fields: [(String, String)] = [
            ("theme", s.theme), ("language", s.language), ("period", s.period), ("left", s.left), ("match", s.match),
            ("right", s.right), ("origin", s.origin),
        ]
        return "{" + fields.map { "\"\($0.0)\": \(string($0.1))" }.joined(separator: ", ") + "}"
    }

    static func number(_ x: Double?, _ decimals: Int) -> String {
        x.map { CSVWriter.number($0, decimals: decimals) } ?? "null"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest UTF-8.
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029:
                out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    // MARK: - Reading

    public enum ReadError: Error, CustomStringConvertible {
        case notTrendsJSON(String)
        public var description: String {
            switch self { case let .notTrendsJSON(why): "not a trends.json file: \(why)" }
        }
    }

    struct Body: Decodable {
        struct Theme: Decodable { var id: String; var label: String }
        struct Row: Decodable {
            var period: String, groups: [String: String], theme: String, documents: Int, documents_with_theme: Int
            var share: Double, hits: Int, tokens: Int, rate_per_1k: Double, share_low: Double, share_high: Double
            var mean_sentiment: Double?, net_sentiment: Double?, change: Double?, change_p: Double?, small_sample: Bool
        }
        struct Direction: Decodable {
            var groups: [String: String], theme: String, periods: Int, direction: TrendDirection.Direction
            var tau: Double?, p: Double?, slope: Double?, first_period: String, last_period: String
        }
        struct Part: Decodable { var rows: [Row]; var directions: [Direction] }
        var format: String
        var centric_version: String
        var lexicon_digest: String
        var period: PeriodUnit
        var group_fields: [String]
        var min_documents: Int
        var significance: Double
        var documents: Int
        var themes: [Theme]
        var rows: [Row]
        var directions: [Direction]
        var overall: Part?
        var evidence: [TrendSnippet]
    }

    public static func decode(_ data: Data) throws -> Document {
        let body: Body
        do { body = try JSONDecoder().decode(Body.self, from: data) } catch { throw ReadError.notTrendsJSON("\(error)") }
        guard body.format == format else { throw ReadError.notTrendsJSON("format is \(body.format), expected \(format)") }
        let options = TrendOptions(minimumDocuments: body.min_documents, significance: body.significance)
        func table(_ rows: [Body.Row], _ directions: [Body.Direction], _ fields: [String]) -> TrendTable {
            TrendTable(
                groupFields: fields, themeIDs: body.themes.map(\.id), unit: body.period, lexiconDigest: body.lexicon_digest,
                centricVersion: body.centric_version, options: options,
                rows: rows.map { r in
                    TrendRow(period: r.period, groups: fields.map { r.groups[$0] ?? "" }, theme: r.theme, documents: r.documents,
                             documentsWithTheme: r.documents_with_theme, share: r.share, shareLow: r.share_low, shareHigh: r.share_high,
                             hits: r.hits, tokens: r.tokens, ratePer1k: r.rate_per_1k, meanSentiment: r.mean_sentiment,
                             netSentiment: r.net_sentiment, change: r.change, changePValue: r.change_p, smallSample: r.small_sample)
                },
                directions: directions.map { d in
                    TrendDirection(groups: fields.map { d.groups[$0] ?? "" }, theme: d.theme, periods: d.periods,
                                   firstPeriod: d.first_period, lastPeriod: d.last_period, direction: d.direction,
                                   tau: d.tau, pValue: d.p, slope: d.slope)
                },
                documents: body.documents)
        }
        return Document(
            table: table(body.rows, body.directions, body.group_fields),
            overall: body.overall.map { table($0.rows, $0.directions, []) },
            themeLabels: Dictionary(body.themes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a }),
            snippets: body.evidence)
    }
}
