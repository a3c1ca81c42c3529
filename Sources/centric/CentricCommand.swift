import ArgumentParser
import Centric
import Foundation
import Logging

/// The `centric` executable: argument parsing only; the work is in the `Centric` library.
@main
struct CentricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centric",
        abstract: "Customer-centricity themes and trends from English and Dutch articles and feedback.",
        version: CentricVersion.string,
        subcommands: [
            RunCommand.self, ExtractCommand.self, LanguageCommand.self, TokensCommand.self, ScoreCommand.self,
            ExplainCommand.self, EvalCommand.self, LexiconCommand.self, MergeCommand.self,
            TrendsCommand.self, ReportCommand.self, KwicCommand.self, EvalExtractionCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Exit status: 0 success, 1 a failed run, 2 bad usage (DESIGN.md's CLI contract).
    static func main() {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["CENTRIC_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
            return handler
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            if code == .success || error is ExitCode || error is CleanExit {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data("centric: error: \(error)\n".utf8))
            Foundation.exit(1)
        }
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Reads a file, or standard input for `-`.
func readInput(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("cannot read \(path): no such file, or not readable")
    }
    return data
}

/// Options shared by commands that score text.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: "Lexicon folder (themes/, languages/, sentiment/).")
    var lexicons: String = RunConfiguration.defaultLexicons

    @Option(name: .long, help: "Languages to score, comma-separated.")
    var languages: String = "en,nl"

    var languageList: [String] { languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    func engine() throws -> Engine {
        do {
            let engine = try Engine.load(lexicons: URL(fileURLWithPath: lexicons), displayPath: lexicons, languages: languageList)
            for issue in engine.lexiconIssues where issue.severity == .error {
                printError("warning: lexicon: \(issue)")
            }
            return engine
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
