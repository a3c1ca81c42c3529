import CentricStore
import CentricTrends
import Foundation

/// Where `centric trends` and `centric report` read trend data from, recognised by content:
/// scores from `centric score --jsonl` (JSON lines), a SQLite store (`run --store`), a partial
/// aggregate (`partial.json`) or a written `trends.json`.
public enum TrendInputKind: String, Sendable {
    case scores, store, partial, trendsJSON = "trends.json"

    /// Sniffs the first bytes: SQLite's magic header, a JSON object whose `format` names a partial
    /// or a trends file, else JSON lines of scores.
    public static func detect(_ prefix: Data) -> TrendInputKind {
        if prefix.starts(with: Data("SQLite format 3\u{0}".utf8)) { return .store }
        let head = String(decoding: prefix.prefix(4096), as: UTF8.self)
        if head.contains("\"format\": \"\(TrendJSON.format)\"") || head.contains("\"format\":\"\(TrendJSON.format)\"") { return .trendsJSON }
        // partial.json is written with sorted keys: its `cells` come before its `format`.
        if head.hasPrefix("{\"cells\":") || head.contains("centric-partial-") { return .partial }
        return .scores
    }
}

/// Errors of reading trend inputs, with what to do about them.
public enum TrendInputError: Error, CustomStringConvertible {
    case badLine(Int, String)
    case mixedLexicons([String])
    case regroup(String)

    public var description: String {
        switch self {
        case let .badLine(n, why): "line \(n): not a score record from `centric score --jsonl` (\(why))"
        case let .mixedLexicons(d): "the scores come from different lexicons (\(d.joined(separator: ", "))): re-score them with one lexicon"
        case let .regroup(why): why
        }
    }
}

/// Builds trend aggregates from stored scores, so tables can be made again (other periods,
/// other groups) without re-reading or re-scoring the sources.
public struct TrendInputs {
    public var unit: PeriodUnit
    public var groupBy: [String]
    /// Themes in lexicon order; themes a record names that are not here are counted nowhere.
    public var themeIDs: [String]
    /// Reported for records without a digest (or a store without runs).
    public var fallbackDigest: String

    public init(unit: PeriodUnit, groupBy: [String], themeIDs: [String], fallbackDigest: String) {
        self.unit = unit
        self.groupBy = groupBy
        self.themeIDs = themeIDs
        self.fallbackDigest = fallbackDigest
    }

    /// Score records carry the publication day (UTC); periods are labelled from that day.
    private var labeler: PeriodLabeler { PeriodLabeler(unit: unit, timeZone: TimeZone(identifier: "UTC")!) }

    static func date(_ day: String?) -> Date? {
        guard let day, day.count == 10, let y = Int(day.prefix(4)), let m = Int(day.dropFirst(5).prefix(2)), let d = Int(day.suffix(2)) else { return nil }
        return Date(timeIntervalSince1970: Double(PeriodLabeler.daysFromCivil(y, m, d)) * 86_400 + 43_200)
    }

    func observation(published: String?, tokens: Int, group: (String) -> String, theme: (String) -> (present: Bool, hits: Int, mentions: [Double])?) -> TrendObservation {
        TrendObservation(
            period: labeler.label(Self.date(published)), groups: groupBy.map(group), tokens: tokens,
            themes: themeIDs.map { id in
                let t = theme(id)
                return ThemeObservation(present: t?.present ?? false, hits: t?.hits ?? 0, mentionSentiments: t?.mentions ?? [])
            })
    }

    // MARK: - Score JSON lines

    struct ScoreRecord: Decodable {
        struct Theme: Decodable { var hits: Int; var present: Bool; var mention_sentiments: [Double]? }
        var source: String
        var kind: String
        var language: String
        var published: String?
        var tokens: Int
        var sentiment_label: String
        var primary_theme: String?
        var themes: [String: Theme]
        var fields: [String: String]?
        var lexicon_digest: String?
    }

    /// Aggregates `centric score --jsonl` output, read line by line (memory does not grow with
    /// the number of records).
    public func aggregate(scoresFrom handle: FileHandle) throws -> TrendAggregate {
        var aggregate: TrendAggregate?
        var digests: Set<String> = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        var pending = Data()
        func consume(_ line: Data) throws {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            let r: ScoreRecord
            do { r = try decoder.decode(ScoreRecord.self, from: line) } catch { throw TrendInputError.badLine(lineNumber, "\(error)") }
            let digest = r.lexicon_digest ?? fallbackDigest
            if digests.insert(digest).inserted, digests.count > 1 { throw TrendInputError.mixedLexicons(digests.sorted()) }
            if aggregate == nil { aggregate = TrendAggregate(unit: unit, groupFields: groupBy, themeIDs: themeIDs, lexiconDigest: digest) }
            aggregate!.add(observation(
                published: r.published, tokens: r.tokens,
                group: {
                    TrendCollector.groupValue($0, source: r.source, kind: r.kind, language: r.language, primaryTheme: r.primary_theme,
                                              sentiment: r.sentiment_label, fields: r.fields ?? [:])
                },
                theme: { id in r.themes[id].map { ($0.present, $0.hits, $0.mention_sentiments ?? []) } }))
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                try consume(pending[start..<nl])
                start = pending.index(after: nl)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { try consume(pending) }
        return aggregate ?? TrendAggregate(unit: unit, groupFields: groupBy, themeIDs: themeIDs, lexiconDigest: fallbackDigest)
    }

    // MARK: - SQLite store

    /// Aggregates every document of a store. Warns through `warn` when the documents were
    /// scored with more than one lexicon (the most recent digest is reported).
    public func aggregate(store path: String, warn: (String) -> Void) throws -> TrendAggregate {
        let store = try Store(path: path)
        let digests = try store.lexiconDigests()
        if digests.count > 1 {
            warn("the store holds documents scored with \(digests.count) lexicons (\(digests.joined(separator: ", "))); the table names the most recent")
        }
        var aggregate = TrendAggregate(unit: unit, groupFields: groupBy, themeIDs: themeIDs, lexiconDigest: digests.first ?? fallbackDigest)
        try store.forEachTrendDocument { d in
            aggregate.add(observation(
                published: d.published, tokens: d.tokens,
                group: {
                    TrendCollector.groupValue($0, source: d.source, kind: d.kind, language: d.language, primaryTheme: d.primaryTheme,
                                              sentiment: d.sentimentLabel, fields: d.fields)
                },
                theme: { id in d.themes[id].map { ($0.present, $0.hits, $0.mentionSentiments) } }))
        }
        return aggregate
    }

    // MARK: - Partials

    /// A partial read back, regrouped when `groupBy` names a subset of its group fields (exact:
    /// cells are summed). Periods cannot be changed: a partial holds counts per period only.
    public static func aggregate(partial data: Data, period: PeriodUnit?, groupBy: [String]?) throws -> TrendAggregate {
        var aggregate = try PartialFile.decode(data)
        if let period, period != aggregate.unit {
            throw TrendInputError.regroup("the partial counts \(aggregate.unit.rawValue) periods and cannot be re-cut into \(period.rawValue) periods; aggregate again with --period \(period.rawValue)")
        }
        if let groupBy, groupBy != aggregate.groupFields {
            do { aggregate = try aggregate.regrouped(by: groupBy) } catch { throw TrendInputError.regroup(error.description) }
        }
        return aggregate
    }
}
