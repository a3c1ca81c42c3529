import ArgumentParser
import Centric
import CentricTrends
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial aggregates (partial.json from `run --partial`) exactly and write the trend table.")

    @Argument(help: "partial.json files from shards.")
    var partials: [String]

    @Option(name: .long, help: "Write the merged partial here as well.")
    var partialOut: String?

    @Option(name: .long, help: "Cells with fewer documents are flagged small_sample.")
    var minDocuments: Int = 10

    func run() throws {
        guard let first = partials.first else { throw ValidationError("give at least one partial.json") }
        var merged = try PartialFile.decode(try readInput(first))
        for path in partials.dropFirst() {
            try merged.merge(try PartialFile.decode(try readInput(path)))
        }
        if let partialOut { try PartialFile.encode(merged).write(to: URL(fileURLWithPath: partialOut)) }
        print(TrendTable(merged, options: TrendOptions(minimumDocuments: minDocuments)).longCSV(), terminator: "")
    }
}
