import CentricTrends
import Foundation

/// The on-disk form of a partial aggregate (`--partial`, `centric merge`): JSON with sorted
/// keys, cells as a sorted list so the file is byte-identical for the same state.
public enum PartialFile {
    struct Cell: Codable {
        var period: String
        var groups: [String]
        var counts: CellCounts
    }

    struct Body: Codable {
        var format: String
        var centric_version: String
        var unit: PeriodUnit
        var group_fields: [String]
        var theme_ids: [String]
        var lexicon_digest: String
        var cells: [Cell]
    }

    public static func encode(_ aggregate: TrendAggregate) throws -> Data {
        let body = Body(format: aggregate.format, centric_version: CentricVersion.string, unit: aggregate.unit,
                        group_fields: aggregate.groupFields, theme_ids: aggregate.themeIDs, lexicon_digest: aggregate.lexiconDigest,
                        cells: aggregate.cells.keys.sorted().map { Cell(period: $0.period, groups: $0.groups, counts: aggregate.cells[$0]!) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(body)
    }

    public static func decode(_ data: Data) throws -> TrendAggregate {
        let body = try JSONDecoder().decode(Body.self, from: data)
        var aggregate = TrendAggregate(unit: body.unit, groupFields: body.group_fields, themeIDs: body.theme_ids, lexiconDigest: body.lexicon_digest)
        for cell in body.cells {
            aggregate.cells[TrendAggregate.Key(period: cell.period, groups: cell.groups)] = cell.counts
        }
        return aggregate
    }
}
