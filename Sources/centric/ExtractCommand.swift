import ArgumentParser
import Centric
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Main text of one HTML page (blocks separated by blank lines), its metadata with --json, or one --field.")

    @Argument(help: "A file, an http(s) URL, or - for standard input.")
    var input: String

    @Flag(name: .long, help: "Print metadata with provenance and the blocks as JSON.")
    var json = false

    @Option(name: .long, help: "Print one value: \(PageExtraction.fieldNames.joined(separator: ", ")).")
    var field: String?

    func validate() throws {
        if let field, !PageExtraction.fieldNames.contains(field) {
            throw ValidationError("unknown field '\(field)': use one of \(PageExtraction.fieldNames.joined(separator: ", "))")
        }
        if json && field != nil { throw ValidationError("--json and --field cannot be combined") }
    }

    func run() throws {
        let page = try PageExtraction.extract(input)
        if json {
            print(try PageExtraction.json(page))
        } else if let field {
            if let value = PageExtraction.field(field, of: page) { print(value) }
        } else {
            print(page.blocks.map(\.text).joined(separator: "\n\n"))
        }
    }
}
