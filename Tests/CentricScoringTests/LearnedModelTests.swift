import XCTest
import CentricLexicon
import CentricText
@testable import CentricScoring

/// The learned layers over the lexicon: how a weights file is read, and how the scorer lets the
/// theme and sentiment models decide (and falls back to the rules without them).
final class LearnedModelTests: XCTestCase {
    static let themeFile = """
    # a hand-written theme model
    themes\tcustomer_experience\tempowerment
    threshold\t0.5\t0.6
    bias\t-2\t-3
    rule:customer_experience\t4\t0
    w:refund\t0\t2.5
    w:spot\t0\t0.2
    b:on_the\t0\t0.1
    b:the_spot\t0\t1.0
    """

    static let sentimentFile = """
    labels\tpositive\tnegative\tneutral\tmixed
    bias\t0\t0\t1\t-1
    complaint\t0\t2\t0\t0
    w:refund\t1.5\t0\t0\t0
    """

    static func lexicon(models: Bool) -> CompiledLexicon {
        var parser = PatternParser()
        let themes = [
            Theme(id: "customer_experience", labels: ["en": "Experience"], entries: [
                Entry(pattern: try! parser.parse("waiting time").get(), language: "en", weight: 1),
            ]),
            Theme(id: "empowerment", labels: ["en": "Empowerment"], entries: [
                Entry(pattern: try! parser.parse("mandate").get(), language: "en", weight: 1),
            ]),
        ]
        let sentiment = ["en": SentimentLexicon(language: "en", exact: ["awful": -2.5, "lovely": 2.5])]
        let themeModel = models ? LinearModel.parse(themeFile, file: "themes.weights").0 : nil
        let sentimentModel = models ? LinearModel.parse(sentimentFile, file: "sentiment.weights").0 : nil
        return CompiledLexicon(Lexicon(themes: themes, sentiment: sentiment, digest: "model-test",
                                       themeModel: themeModel, sentimentModel: sentimentModel))
    }

    func score(_ text: String, models: Bool = true, useModels: Bool = true) -> DocumentScore {
        let analyzer = Analyzer()
        let analysed = analyzer.analyze(blocks: [text], language: "en")
        return Scorer(lexicon: Self.lexicon(models: models), useModels: useModels)
            .score(analysed, documentID: "d", cache: MatchCache(), analyzer: analyzer)
    }

    func testParsesColumnsThresholdsNamedAndWordRows() throws {
        let (model, issues) = LinearModel.parse(Self.themeFile, file: "themes.weights")
        XCTAssertEqual(issues, [])
        let m = try XCTUnwrap(model)
        XCTAssertEqual(m.kind, .themes)
        XCTAssertEqual(m.columns, ["customer_experience", "empowerment"])
        XCTAssertEqual(m.thresholds, [0.5, 0.6])
        XCTAssertEqual(m.named["bias"], [-2, -3])
        XCTAssertEqual(m.words, ["w:refund", "w:spot", "b:on_the", "b:the_spot"])
        // "on" and "the" carry no weight of their own but are known as parts of pairs.
        XCTAssertNotNil(m.stemIndex["the"])
        XCTAssertLessThan(m.stemIndex["the"]!, -1)
        XCTAssertEqual(m.pairIndex[LinearModel.pairKey(m.stemIndex["the"]!, m.stemIndex["spot"]!)], 3)
    }

    func testFileTextReadsBackToTheSameModel() throws {
        let m = try XCTUnwrap(LinearModel.parse(Self.themeFile, file: "t").0)
        let text = m.fileText(header: ["test"])
        XCTAssertTrue(text.hasPrefix("# test\nthemes\t"))
        XCTAssertEqual(LinearModel.parse(text, file: "t").0, m)
        XCTAssertEqual(LinearModel.parse(text, file: "t").0?.fileText(header: ["test"]), text, "rewriting is byte-stable")
    }

    func testABadRowIsSkippedWithItsLineAndAMissingHeaderIsAnError() {
        let (model, issues) = LinearModel.parse("themes\ta\tb\nbias\t1\nw:x\t1\tnope\nw:y\t1\t2\n", file: "m.weights")
        XCTAssertEqual(model?.words, ["w:y"])
        XCTAssertEqual(issues.map(\.location.line), [2, 3])
        XCTAssertTrue(issues.allSatisfy { $0.fix.contains("centric lexicon train") })

        let (none, problems) = LinearModel.parse("bias\t1\t2\n", file: "m.weights")
        XCTAssertNil(none)
        XCTAssertEqual(problems.first?.severity, .error)
    }

    func testThemeModelDecidesFromWordsTheLexiconDoesNotHave() throws {
        // No empowerment entry matches; the model's words "refund" and "on the spot" do.
        let s = score("They gave me a refund on the spot.")
        let empowerment = try XCTUnwrap(s.theme("empowerment"))
        XCTAssertEqual(empowerment.weightedScore, 0)
        XCTAssertTrue(empowerment.present)
        // bias -3 + refund 2.5 + spot 0.2 + "on the" 0.1 + "the spot" 1.0 = 0.8
        XCTAssertEqual(try XCTUnwrap(empowerment.probability), 1 / (1 + exp(-0.8)), accuracy: 1e-6)
        XCTAssertEqual(s.primaryTheme, "empowerment")
        XCTAssertEqual(s.theme("customer_experience")?.present, false)

        let without = score("They gave me a refund.")
        // bias -3 + refund 2.5 = -0.5: probability 0.38, under the 0.6 threshold.
        XCTAssertEqual(without.theme("empowerment")?.present, false)
        XCTAssertEqual(without.theme("empowerment")?.confidence ?? 0, 1 - 1 / (1 + exp(0.5)), accuracy: 0.001)
    }

    func testThemeModelReadsTheRulesDecision() {
        // The rule finds customer_experience (one entry of weight 1); the model's rule feature
        // (+4 against a bias of -2) keeps it.
        XCTAssertEqual(score("The waiting time was long.").theme("customer_experience")?.present, true)
        XCTAssertEqual(score("The wait was long.").theme("customer_experience")?.present, false)
    }

    func testSentimentModelChoosesTheLabel() {
        // Without the model the rule reads "lovely" as positive; the model's neutral bias wins.
        XCTAssertEqual(score("A lovely day.", models: false).sentiment.label, .positive)
        let modelled = score("A lovely day.")
        XCTAssertEqual(modelled.sentiment.label, .neutral)
        XCTAssertNotNil(modelled.sentiment.labelProbability)
        // complaint mass (log(1 + 2.5) * 2 = 2.5) outweighs the neutral bias.
        XCTAssertEqual(score("An awful day.").sentiment.label, .negative)
        XCTAssertEqual(score("A refund, finally.").sentiment.label, .positive)
    }

    func testWithoutModelsOrWithModelsSwitchedOffTheRulesDecide() {
        for s in [score("They gave me a refund on the spot.", models: false),
                  score("They gave me a refund on the spot.", useModels: false)] {
            XCTAssertEqual(s.theme("empowerment")?.present, false)
            XCTAssertNil(s.theme("empowerment")?.probability)
            XCTAssertNil(s.sentiment.labelProbability)
        }
    }

    func testContributionsExplainTheDecisionLargestFirst() throws {
        let m = try XCTUnwrap(LinearModel.parse(Self.themeFile, file: "t").0)
        let ids = [m.stemIndex["refund"]!, m.stemIndex["spot"]!]
        let parts = m.contributions(1, named: [("bias", 1)], words: ids)
        XCTAssertEqual(parts.map(\.feature), ["bias", "w:refund", "w:spot"])
        XCTAssertEqual(parts.map(\.value), [-3, 2.5, 0.2])
    }
}
