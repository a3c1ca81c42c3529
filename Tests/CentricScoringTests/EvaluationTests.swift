import XCTest
@testable import CentricScoring

final class EvaluationTests: XCTestCase {
    func testPrecisionRecallAndMacroF1() {
        var e = Evaluation(themeIDs: ["a", "b"])
        e.add(GoldItem(id: "1", lang: "en", text: "", themes: ["a"], sentiment: .positive), predictedThemes: ["a"], predictedSentiment: .positive)
        e.add(GoldItem(id: "2", lang: "en", text: "", themes: ["a", "b"], sentiment: .negative), predictedThemes: ["a"], predictedSentiment: .neutral)
        e.add(GoldItem(id: "3", lang: "nl", text: "", themes: [], sentiment: .neutral), predictedThemes: ["b"], predictedSentiment: .neutral)
        let a = e.overall("a"), b = e.overall("b")
        XCTAssertEqual(a.precision, 1)
        XCTAssertEqual(a.recall, 1)
        XCTAssertEqual(b.truePositives, 0)
        XCTAssertEqual(b.falsePositives, 1)
        XCTAssertEqual(b.falseNegatives, 1)
        XCTAssertEqual(e.macroF1(), 0.5)
        XCTAssertEqual(e.sentimentAccuracy(), 2.0 / 3.0, accuracy: 1e-9)
        let lines = e.report().split(separator: "\n")
        XCTAssertEqual(lines.suffix(2), ["sentiment_accuracy=0.667", "macro_f1=0.500"])
        XCTAssertEqual(e.errors.map(\.id), ["2", "3"])
    }
}
