import ArgumentParser
import Centric
import CentricLexicon
import Foundation

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check and describe lexicons.",
        subcommands: [Lint.self, Stats.self])

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report every problem with file, line and a fix; exit 1 on errors.")

        @Argument(help: "Lexicon folder or file.")
        var path: String = RunConfiguration.defaultLexicons

        func run() throws {
            let result = Result { () throws(LexiconError) in try LexiconLoader().load(URL(fileURLWithPath: path), displayPath: path) }
            let issues: [LexiconIssue]
            switch result {
            case let .success(loaded):
                issues = loaded.issues
            case let .failure(.noThemes(_, found)):
                found.forEach { print($0) }
                print("no usable theme in \(path)")
                throw ExitCode.failure
            case let .failure(error):
                throw ValidationError("\(error)")
            }
            issues.forEach { print($0) }
            let errors = issues.filter { $0.severity == .error }.count
            print("\(errors) errors, \(issues.count - errors) warnings")
            if errors > 0 { throw ExitCode.failure }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Entries per theme per language.")

        @Argument(help: "Lexicon folder or file.")
        var path: String = RunConfiguration.defaultLexicons

        func run() throws {
            let loaded = try LexiconLoader().load(URL(fileURLWithPath: path), displayPath: path)
            print(LexiconStatistics.table(loaded.lexicon), terminator: "")
        }
    }
}
