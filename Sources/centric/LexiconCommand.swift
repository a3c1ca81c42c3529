import ArgumentParser
import Centric
import CentricLexicon
import Foundation

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, describe and convert lexicons.",
        subcommands: [Lint.self, Stats.self, Import.self, Induce.self, Train.self])

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report every problem with file, line and a fix; exit 1 on errors.")

        @Argument(help: "Lexicon folder or file.")
        var path: String = RunConfiguration.defaultLexicons

        func run() throws {
            let result = Result { () throws(LexiconError) in try LexiconLoader().load(URL(fileURLWithPath: path), displayPath: path) }
            let issues: [LexiconIssue]
            switch result {
            case let .success(loaded):
                issues = loaded.issues + LexiconLint.check(loaded.lexicon)
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
        static let configuration = CommandConfiguration(
            abstract: "Entries per theme per language; with --corpus, which entries never match and which words near theme hits are missing.")

        @Argument(help: "Lexicon folder or file.")
        var path: String = RunConfiguration.defaultLexicons

        @Option(name: .long, parsing: .upToNextOption, help: "Folders or files to measure the lexicon on.")
        var corpus: [String] = []

        @Option(name: .long, help: "Suggestions shown per theme.")
        var suggestions: Int = 10

        @Option(name: .long, help: "Worker threads (default: every core).")
        var workers: Int = ProcessInfo.processInfo.activeProcessorCount

        func run() throws {
            let loaded = try LexiconLoader().load(URL(fileURLWithPath: path), displayPath: path)
            print(LexiconStatistics.table(loaded.lexicon), terminator: "")
            guard !corpus.isEmpty else { return }
            let engine = Engine(lexicon: loaded.lexicon, issues: loaded.issues)
            let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let config = RunConfiguration(sources: corpus, root: root, workers: workers)
            let coverage = try LexiconStatistics.coverage(engine: engine, configuration: config)
            print("")
            print(coverage.report(suggestionsPerTheme: suggestions), terminator: "")
        }
    }

    struct Induce: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Suggest theme entries from a labelled corpus (gold JSON lines): words whose texts mostly carry a theme and that no entry matches yet.",
            discussion: "With --write, the suggestions replace the `# induced:begin`...`# induced:end` block of each language in Lexicons/themes/*.yaml; entries outside the blocks are never touched.")

        @Argument(help: "Labelled JSON-lines files: id, lang, text, themes.")
        var files: [String]

        @Option(name: .long, help: "Lexicon folder (themes/, languages/, sentiment/).")
        var lexicons: String = RunConfiguration.defaultLexicons

        @Option(name: .long, help: "Texts of the theme a word must occur in.")
        var minCount: Int = LexiconInduction.Options().minimumCount

        @Option(name: .long, help: "Smoothed share of a word's texts that must carry the theme.")
        var minPrecision: Double = LexiconInduction.Options().minimumPrecision

        @Option(name: .long, help: "Suggestions per theme and language at most.")
        var maxPerTheme: Int = LexiconInduction.Options().maximumPerTheme

        @Flag(name: .long, help: "Write the suggestions into the theme files instead of printing them.")
        var write = false

        func run() throws {
            let items = try readLabelledItems(files)
            let loaded = try LexiconLoader().load(URL(fileURLWithPath: lexicons), displayPath: lexicons)
            let engine = Engine(lexicon: InducedSections.withoutInducedEntries(loaded.lexicon), issues: loaded.issues)
            var options = LexiconInduction.Options()
            options.minimumCount = minCount
            options.minimumPrecision = minPrecision
            options.maximumPerTheme = maxPerTheme
            let suggestions = LexiconInduction(engine: engine, options: options).induce(items)
            let byTheme = Dictionary(grouping: suggestions, by: \.theme)
            for theme in engine.lexicon.lexicon.themeIDs {
                let list = byTheme[theme] ?? []
                if write {
                    let file = "\(lexicons)/themes/\(theme).yaml"
                    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw ValidationError("cannot read \(file)") }
                    let source = files.joined(separator: " ")
                    do {
                        try InducedSections.rewrite(text, file: file, suggestions: list, source: source).write(toFile: file, atomically: true, encoding: .utf8)
                    } catch let failure as InducedSections.Failure {
                        throw ValidationError(failure.description)
                    }
                    print("\(file): \(list.count) induced entries")
                } else {
                    for s in list {
                        print("\(s.theme)\t\(s.language)\t\(s.pattern)\t\(s.weight)\t\(s.withTheme)/\(s.total)\t\(s.precision)")
                    }
                }
            }
            print("\(suggestions.count) suggestions from \(items.count) items")
        }
    }

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fit the learned theme and sentiment models over the lexicon from a labelled corpus (gold JSON lines).",
            discussion: """
            Each item is scored with the documented rules alone; a logistic regression per theme and a multinomial one \
            for sentiment then learn from those figures and the words of the text. With --write, the models go to \
            LEXICONS/model/themes.weights and LEXICONS/model/sentiment.weights, which `run`, `score`, `eval` and \
            `explain` then use. Retrain after editing the lexicon. The same data gives the same files, byte for byte.
            """)

        @Argument(help: "Labelled JSON-lines files: id, lang, text, themes, sentiment.")
        var files: [String]

        @Option(name: .long, help: "Lexicon folder (themes/, languages/, sentiment/).")
        var lexicons: String = RunConfiguration.defaultLexicons

        @Option(name: .long, help: "Items a word or word pair must occur in to become a feature.")
        var minCount: Int = ModelTraining.Options().minimumCount

        @Option(name: .long, help: "L2 penalty on the weights.")
        var l2: Double = ModelTraining.Options().l2

        @Option(name: .long, help: "Rounds of gradient descent.")
        var rounds: Int = ModelTraining.Options().rounds

        @Option(name: .long, help: "Probability at which the theme model calls a theme present.")
        var themeThreshold: Double = ModelTraining.Options().themeThreshold

        @Option(name: .long, help: "Worker threads for scoring the items (default: every core).")
        var workers: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(name: .long, help: "Write the models into LEXICONS/model/ instead of only reporting them.")
        var write = false

        func run() throws {
            let items = try readLabelledItems(files)
            let loaded = try LexiconLoader().load(URL(fileURLWithPath: lexicons), displayPath: lexicons)
            let engine = Engine(lexicon: loaded.lexicon, issues: loaded.issues, useModels: false)
            var options = ModelTraining.Options()
            options.minimumCount = minCount
            options.l2 = l2
            options.rounds = rounds
            options.themeThreshold = themeThreshold
            let (themes, sentiment) = ModelTraining(engine: engine, options: options).train(items, workers: workers)
            let header = [
                "Written by `centric lexicon train` from \(files.joined(separator: " ")) (\(items.count) items);",
                "min-count \(minCount), l2 \(l2), rounds \(rounds), theme threshold \(themeThreshold). Do not edit: retrain after changing the lexicon or the data.",
            ]
            print("theme model: \(themes.columns.count) themes, \(themes.named.count) lexicon features, \(themes.words.count) word features")
            print("sentiment model: \(sentiment.columns.count) labels, \(sentiment.words.count) word features")
            guard write else { return }
            let folder = URL(fileURLWithPath: lexicons).appendingPathComponent("model")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, model) in [("themes.weights", themes), ("sentiment.weights", sentiment)] {
                let file = folder.appendingPathComponent(name)
                try model.fileText(header: header).write(to: file, atomically: true, encoding: .utf8)
                print("wrote \(lexicons)/model/\(name)")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a LIWC .dic/.dicx, a quanteda YAML dictionary or a VADER TSV into Centric's lexicon layout.")

        @Argument(help: "The dictionary file.")
        var file: String

        @Option(name: .long, help: "Folder to write themes/*.yaml (or sentiment/LANG.tsv) into.")
        var out: String

        @Option(name: .long, help: "Language of the dictionary's terms.")
        var lang: String = "en"

        @Option(name: .long, help: "liwc, liwc22, quanteda or vader (default: from the extension).")
        var format: String?

        func run() throws {
            let url = URL(fileURLWithPath: file)
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            let kind: LexiconImport.Kind
            if let format {
                guard let k = LexiconImport.Kind(rawValue: format) else { throw ValidationError("unknown format `\(format)`: use liwc, liwc22, quanteda or vader") }
                kind = k
            } else {
                guard let k = LexiconImport.Kind.of(url) else { throw ValidationError("cannot tell the format of \(file); pass --format") }
                kind = k
            }
            let result = try LexiconImport.convert(data, kind: kind, name: url.lastPathComponent, language: lang, to: URL(fileURLWithPath: out), displayOut: out)
            result.issues.forEach { print($0) }
            result.written.forEach { print("wrote \($0)") }
            print(result.summary)
        }
    }
}

/// Labelled items from gold JSON-lines files (`-` is stdin); bad lines are reported, not fatal.
func readLabelledItems(_ files: [String]) throws -> [GoldItem] {
    var items: [GoldItem] = []
    for file in files {
        let read = GoldEvaluation.read(try readInput(file))
        for problem in read.problems { printError("\(file): \(problem)") }
        items += read.items
    }
    guard !items.isEmpty else { throw ValidationError("no labelled items in \(files.joined(separator: ", "))") }
    return items
}
