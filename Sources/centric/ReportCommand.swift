import ArgumentParser
import Centric
import CentricTrends
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The self-contained HTML report from trends.json, partial.json, scores or a store.",
        discussion: """
        trends.json (written by `run`, `trends --out` and `merge --out`) carries its evidence snippets; \
        a partial, scores or a store give the charts and tables without snippets.
        """)

    @Option(name: .long, help: "trends.json, partial.json, SCORES.jsonl or store.sqlite.")
    var from: String

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var out: String?

    @Option(name: .long, help: "Report title.")
    var title: String = "Centric trend report"

    @Option(name: .long, help: "Cells with fewer documents are flagged small_sample (not for trends.json, whose cells are final).")
    var minDocuments: Int = 10

    @OptionGroup var source: TrendSourceOptions

    func run() throws {
        guard let handle = FileHandle(forReadingAtPath: from) else { throw ValidationError("cannot read \(from): no such file, or not readable") }
        let kind = TrendInputKind.detect(handle.readData(ofLength: 4096))
        try? handle.close()
        let html: String
        do {
            if kind == .trendsJSON {
                html = TrendOutputs.report(from: try TrendJSON.decode(try readInput(from)), title: title)
            } else {
                var outputs = try source.load(from, options: TrendOptions(minimumDocuments: minDocuments))
                outputs.title = title
                html = outputs.report()
            }
        } catch let error as TrendJSON.ReadError {
            throw ValidationError(error.description)
        } catch let error as TrendInputError {
            throw ValidationError(error.description)
        }
        if let out {
            try Data(html.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            printError("wrote \(out)")
        } else {
            FileHandle.standardOutput.write(Data(html.utf8))
        }
    }
}
