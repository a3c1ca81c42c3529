import Centric
import Foundation
import XCTest

/// `centric lexicon train`: the learned theme and sentiment models, written beside the lexicon,
/// reproducible, and used by `eval`, `score` and `explain` from then on.
final class ModelTrainingTests: XCTestCase {
    func makeLexicon(in dir: URL) throws -> URL {
        let lex = dir.appendingPathComponent("Lex")
        for sub in ["themes", "languages", "sentiment"] {
            try FileManager.default.createDirectory(at: lex.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try "id: customer_experience\nlabels: {en: Experience}\nentries:\n  en:\n    - waiting time\n"
            .write(to: lex.appendingPathComponent("themes/customer_experience.yaml"), atomically: true, encoding: .utf8)
        try "id: loyalty\nlabels: {en: Loyalty}\nentries:\n  en:\n    - cancel\n"
            .write(to: lex.appendingPathComponent("themes/loyalty.yaml"), atomically: true, encoding: .utf8)
        try "great\t2.5\nslow\t-1.5\n".write(to: lex.appendingPathComponent("sentiment/en.tsv"), atomically: true, encoding: .utf8)
        return lex
    }

    /// Texts written for this test. The lexicon knows "waiting time" and "cancel"; the labels
    /// also follow "queue" (experience) and "switching" (loyalty), which it does not know, and
    /// texts that say "fine" are labelled neutral although the lexicon reads nothing in them.
    func makeCorpus(in dir: URL, name: String, places: [String]) throws -> URL {
        var lines: [String] = []
        func add(_ text: String, _ themes: [String], _ sentiment: String) {
            let themeList = themes.map { "\"\($0)\"" }.joined(separator: ",")
            lines.append("{\"id\":\"\(name)\(lines.count)\",\"lang\":\"en\",\"text\":\"\(text)\",\"themes\":[\(themeList)],\"sentiment\":\"\(sentiment)\"}")
        }
        for place in places {
            add("The queue at the \(place) was slow again.", ["customer_experience"], "negative")
            add("The waiting time at the \(place) was great.", ["customer_experience"], "positive")
            add("I am switching away from the \(place) for good.", ["loyalty"], "negative")
            add("I cancel my card at the \(place) today.", ["loyalty"], "negative")
            add("The \(place) opens at nine, which is fine.", [], "neutral")
        }
        let url = dir.appendingPathComponent("\(name).jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testTrainedModelsLearnWhatTheLexiconMissesAndRewriteIdentically() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lex = try makeLexicon(in: dir)
        let train = try makeCorpus(in: dir, name: "train", places: ["post office", "bakery", "station", "pharmacy", "bank", "library"])
        // Unseen places: the model must generalise over the words it learned, not the items.
        let test = try makeCorpus(in: dir, name: "test", places: ["garage", "dentist", "museum"])

        let before = try CLI.run(["eval", test.path, "--lexicons", lex.path])
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertTrue(before.stdout.contains("macro_f1=0.667"), "the rules miss the queue and switching items: \(before.stdout)")

        let trained = try CLI.run(["lexicon", "train", train.path, "--lexicons", lex.path, "--min-count", "2", "--write"])
        XCTAssertEqual(trained.status, 0, trained.stderr)
        let themesFile = lex.appendingPathComponent("model/themes.weights")
        let sentimentFile = lex.appendingPathComponent("model/sentiment.weights")
        let themes = try String(contentsOf: themesFile, encoding: .utf8)
        let sentiment = try String(contentsOf: sentimentFile, encoding: .utf8)
        XCTAssertTrue(themes.contains("\nthemes\tcustomer_experience\tloyalty\n"))
        XCTAssertTrue(themes.contains("\nw:queue\t"), "a word the lexicon lacks became a feature")
        XCTAssertTrue(sentiment.contains("\nlabels\tpositive\tnegative\tneutral\tmixed\n"))
        XCTAssertFalse(themes.contains("w:pharmacy"), "a word of fewer than --min-count items is left out")

        let after = try CLI.run(["eval", test.path, "--lexicons", lex.path])
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertTrue(after.stdout.hasSuffix("sentiment_accuracy=1.000\nmacro_f1=1.000\n"), after.stdout)

        // Same data, same files, byte for byte.
        XCTAssertEqual(try CLI.run(["lexicon", "train", train.path, "--lexicons", lex.path, "--min-count", "2", "--write"]).status, 0)
        XCTAssertEqual(try String(contentsOf: themesFile, encoding: .utf8), themes)
        XCTAssertEqual(try String(contentsOf: sentimentFile, encoding: .utf8), sentiment)

        // explain names the model's reasons.
        let explained = try CLI.run(["explain", "--lexicons", lex.path, "The queue at the zoo was slow."])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        XCTAssertTrue(explained.stdout.contains("w:queue"), explained.stdout)
    }

    func testAModelForOtherThemesIsReportedAndNotUsed() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lex = try makeLexicon(in: dir)
        try FileManager.default.createDirectory(at: lex.appendingPathComponent("model"), withIntermediateDirectories: true)
        try "themes\tcustomer_experience\tbureaucracy\nbias\t9\t9\n"
            .write(to: lex.appendingPathComponent("model/themes.weights"), atomically: true, encoding: .utf8)
        let lint = try CLI.run(["lexicon", "lint", lex.path])
        XCTAssertTrue(lint.stdout.contains("bureaucracy") && lint.stdout.contains("not used"), lint.stdout + lint.stderr)
        let scored = try CLI.run(["score", "--jsonl", "-", "--lexicons", lex.path], stdin: "{\"id\":\"a\",\"text\":\"Nothing to see here.\"}\n")
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertFalse(scored.stdout.contains("\"present\":true"), "a bias of 9 would make every theme present: \(scored.stdout)")
    }
}
