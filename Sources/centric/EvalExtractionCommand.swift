import ArgumentParser
import Centric
import Foundation

struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-extraction",
        abstract: "Score main-text extraction (token-bag precision, recall, F1, boilerplate leaks) or publication dates against an evaluation folder.",
        discussion: """
        A folder with name.html, name.gold.txt and name.boilerplate.txt files (Corpora/extraction) is scored for \
        main text; its last line is micro_f1=0.NNN. A folder with a dates.tsv (Corpora/dates) is scored for \
        publication dates; its last line is date_accuracy=0.NNN.
        """)

    @Argument(help: "The evaluation folder.")
    var folder: String = "Corpora/extraction"

    @Flag(name: .long, help: "Print one JSON object per page (counts, ratios, leaks, extracted text) instead of the table.")
    var json = false

    @Option(name: .long, help: "Also measure single-thread throughput: extract the pages repeatedly for this many CPU-seconds.")
    var throughput: Double?

    func validate() throws {
        if let throughput, !(throughput > 0) { throw ValidationError("--throughput must be a positive number of seconds") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("dates.tsv").path) {
            let cases = try ExtractionEvaluation.loadDates(url)
            guard !cases.isEmpty else { throw ValidationError("\(folder)/dates.tsv lists no page") }
            print(ExtractionEvaluation.evaluateDates(cases, folder: url).text(), terminator: "")
            if let seconds = throughput {
                let pages = cases.compactMap { try? Data(contentsOf: url.appendingPathComponent($0.file)) }
                print(ExtractionEvaluation.throughput(pages, seconds: seconds).text(), terminator: "")
            }
            return
        }
        let pages: [ExtractionEvaluation.Page]
        do {
            pages = try ExtractionEvaluation.loadPages(url)
        } catch {
            throw ValidationError("cannot read \(folder): \(error.localizedDescription)")
        }
        guard !pages.isEmpty else { throw ValidationError("\(folder) holds no page with a .gold.txt beside it") }
        let report = ExtractionEvaluation.evaluate(pages)
        print(json ? try report.jsonLines() : report.text(), terminator: "")
        if let seconds = throughput {
            print(ExtractionEvaluation.throughput(pages.map(\.html), seconds: seconds).text(), terminator: "")
        }
    }
}
