import Centric
import Foundation
import XCTest

/// `centric lexicon induce`: entries learned from a labelled corpus, printed or written into the
/// marked block of each theme file, and reproducible.
final class LexiconInductionTests: XCTestCase {
    /// A lexicon with one entry per theme, so that most words are new to it.
    static let themeFile = """
        id: customer_experience
        labels: {en: Experience}
        entries:
          en:
            - waiting time
          nl:
            - wachttijd

        """

    func makeLexicon(in dir: URL) throws -> URL {
        let lex = dir.appendingPathComponent("Lex")
        for sub in ["themes", "languages", "sentiment"] {
            try FileManager.default.createDirectory(at: lex.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try Self.themeFile.write(to: lex.appendingPathComponent("themes/customer_experience.yaml"), atomically: true, encoding: .utf8)
        try "id: loyalty\nlabels: {en: Loyalty}\nentries:\n  en:\n    - cancel\n  nl:\n    - opzeggen\n"
            .write(to: lex.appendingPathComponent("themes/loyalty.yaml"), atomically: true, encoding: .utf8)
        return lex
    }

    /// Texts written for this test: "queue" marks the experience, "cancel" is already an entry,
    /// "parcel" occurs as often with the theme as without it.
    func makeCorpus(in dir: URL) throws -> URL {
        var lines: [String] = []
        func add(_ text: String, _ themes: [String]) {
            let themeList = themes.map { "\"\($0)\"" }.joined(separator: ",")
            lines.append("{\"id\":\"t\(lines.count)\",\"lang\":\"en\",\"text\":\"\(text)\",\"themes\":[\(themeList)]}")
        }
        for place in ["post office", "bakery", "station", "pharmacy", "bank"] {
            add("The queue at the \(place) was endless this morning.", ["customer_experience"])
            add("I will cancel my card at the \(place).", ["loyalty"])
            add("My parcel went to the \(place) again.", ["customer_experience"])
            add("The parcel for the \(place) has a new label.", [])
            add("Opening hours of the \(place) change in May.", [])
        }
        let url = dir.appendingPathComponent("train.jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testSuggestsStrongNewWordsOnlyAndWritesThemReproducibly() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lex = try makeLexicon(in: dir)
        let corpus = try makeCorpus(in: dir)

        let printed = try CLI.run(["lexicon", "induce", corpus.path, "--lexicons", lex.path])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        let rows = printed.lines.filter { $0.contains("\t") }.map { $0.split(separator: "\t").map(String.init) }
        let experience = rows.filter { $0[0] == "customer_experience" }.map { $0[2] }
        XCTAssertTrue(experience.contains("queue"), "\(rows)")
        XCTAssertFalse(experience.contains("parcel"), "a word as common without the theme is no cue: \(rows)")
        XCTAssertFalse(rows.contains { $0[0] == "loyalty" && $0[2] == "cancel" }, "an existing entry is not suggested again")
        let queue = try XCTUnwrap(rows.first { $0[2] == "queue" })
        XCTAssertEqual(queue[3], "1.0", "5 of 5 texts: a cue that decides alone")
        XCTAssertEqual(queue[4], "5/5")

        let write = try CLI.run(["lexicon", "induce", corpus.path, "--lexicons", lex.path, "--write"])
        XCTAssertEqual(write.status, 0, write.stderr)
        let file = lex.appendingPathComponent("themes/customer_experience.yaml")
        let written = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(written.contains("# induced:begin"), written)
        XCTAssertTrue(written.contains("{pattern: \"queue\", weight: 1}"), written)
        XCTAssertTrue(written.contains("    - waiting time\n"), "hand-written entries stay: \(written)")

        // The written lexicon lints clean and finds the learned word.
        let lint = try CLI.run(["lexicon", "lint", lex.path])
        XCTAssertEqual(lint.status, 0, lint.stdout)
        let explain = try CLI.run(["explain", "Another queue today.", "--lang", "en", "--lexicons", lex.path])
        XCTAssertTrue(explain.stdout.contains("customer_experience: hits 1"), explain.stdout)

        // Inducing again replaces the block instead of adding a second one or seeing its
        // own entries as already covered.
        XCTAssertEqual(try CLI.run(["lexicon", "induce", corpus.path, "--lexicons", lex.path, "--write"]).status, 0)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), written)
    }

    func testUnlabelledInputIsAClearError() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lex = try makeLexicon(in: dir)
        let empty = dir.appendingPathComponent("empty.jsonl")
        try "not json\n".write(to: empty, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "induce", empty.path, "--lexicons", lex.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("line 1"), result.stderr)
        XCTAssertTrue(result.stderr.contains("no labelled items"), result.stderr)
    }
}
