import Foundation
import XCTest
@testable import CentricText

final class StemmerTests: XCTestCase {
    func testEnglishAndDutchStems() throws {
        let en = try Stemmer(language: "en"), nl = try Stemmer(language: "nl")
        XCTAssertEqual(en.stem("listening"), "listen")
        XCTAssertEqual(en.stem("customers"), "custom")
        XCTAssertEqual(nl.stem("luisteren"), "luister")
        XCTAssertEqual(nl.stem("geïnteresseerd"), "geinteresseerd", "Snowball's Dutch stemmer removes diacritics")
    }

    func testUnknownLanguageIsATypedError() {
        XCTAssertThrowsError(try Stemmer(language: "xx")) { error in
            XCTAssertEqual(error as? TextError, .unknownStemmerLanguage("xx"))
        }
    }

    /// Snowball's own test vocabularies (Debian package snowball-data, installed by `make test`):
    /// every English and Dutch entry must stem exactly as Snowball's reference output says.
    func testSnowballReferenceVocabularies() throws {
        for (language, folder) in [("en", "english"), ("nl", "dutch")] {
            let base = "/usr/share/snowball/data/\(folder)/"
            guard let voc = try? String(contentsOfFile: base + "voc.txt", encoding: .utf8),
                  let output = try? String(contentsOfFile: base + "output.txt", encoding: .utf8) else {
                return XCTFail("snowball-data is not installed: run `make test`, which installs it")
            }
            let words = voc.split(separator: "\n"), stems = output.split(separator: "\n")
            XCTAssertEqual(words.count, stems.count)
            XCTAssertGreaterThan(words.count, 20_000)
            let stemmer = try Stemmer(language: language)
            var mismatches = 0
            for (word, expected) in zip(words, stems) where stemmer.stem(String(word)) != expected {
                mismatches += 1
            }
            XCTAssertEqual(mismatches, 0, "\(language): \(mismatches) of \(words.count) stems differ from Snowball's output")
        }
    }

    func testAnalyzerStemsEachFormOnceAndPerLanguage() {
        let analyzer = Analyzer()
        let en = analyzer.analyze(blocks: ["waiting waited"], language: "en")
        XCTAssertEqual(en.stem(0), "wait")
        XCTAssertEqual(en.stem(1), "wait")
        let nl = analyzer.analyze(blocks: ["wachten"], language: "nl")
        XCTAssertEqual(nl.stem(0), "wacht")
    }
}
