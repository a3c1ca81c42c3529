import ArgumentParser
import Centric
import CentricTrends
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial aggregates (partial.json from `run --partial`) exactly and write the trend table.",
        discussion: "Prints the long CSV (or --format) unless --out names a folder; the result equals a single run over all shards, byte for byte.")

    @Argument(help: "partial.json files from shards.")
    var partials: [String]

    @Option(name: .long, help: "Write the merged partial here as well.")
    var partialOut: String?

    @Option(name: .long, help: "Lexicon folder, for theme labels in trends.json, trends.md and the report.")
    var lexicons: String = RunConfiguration.defaultLexicons

    @OptionGroup var output: TrendOutputOptions

    func run() throws {
        guard let first = partials.first else { throw ValidationError("give at least one partial.json") }
        var merged = try PartialFile.decode(try readInput(first))
        for path in partials.dropFirst() {
            do { try merged.merge(try PartialFile.decode(try readInput(path))) } catch let error as TrendAggregate.MergeError {
                throw ValidationError("\(path): \(error)")
            }
        }
        if let partialOut { try PartialFile.encode(merged).write(to: URL(fileURLWithPath: partialOut)) }
        let labels = TrendSourceOptions.labels(lexicons)
        try output.emit(TrendOutputs(aggregate: merged, options: output.options, themeLabels: labels))
    }
}
