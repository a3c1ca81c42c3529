import CentricIngest
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scores the HTML extractor against the evaluation sets in `Corpora/extraction/` (main text) and
/// `Corpora/dates/` (publication dates), for `centric eval-extraction`, the floor tests and the
/// comparison with trafilatura/htmldate (`Benchmarks/scripts/compare_extraction.sh`).
///
/// **Main text** is scored as a bag of word tokens, the way the ScrapingHub article-extraction
/// benchmark and trafilatura's comparisons do:
/// 1. the text is put in Unicode NFC and lowercased;
/// 2. a token is a maximal run of letters and digits (Unicode general categories `L*`, `Nd`, `Nl`,
///    `No`); everything else separates tokens (`don't` gives `don` and `t`, `6.5` gives `6` and `5`);
/// 3. predicted and gold tokens are multisets; true positives are `Σ min(count_pred, count_gold)`
///    over all tokens; precision = tp / predicted tokens, recall = tp / gold tokens, F1 their harmonic
///    mean (0 when either is 0; precision of an empty prediction is 0).
/// Micro averages sum tp, predicted and gold over all pages before dividing; macro F1 is the mean of
/// per-page F1. A page the extractor rejects predicts no tokens.
/// `Benchmarks/scripts/extraction_eval.py` implements the same definition and checks that it agrees
/// with this one on Centric's own output.
///
/// **Boilerplate leaks**: every line of `name.boilerplate.txt` that occurs verbatim in the extracted text.
///
/// **Dates**: `dates.tsv` (`file`, `published` as `YYYY-MM-DD`, empty when the page gives no date);
/// a page counts as right when the extracted publication day equals it exactly (an empty answer for an
/// empty expectation is right).
public enum ExtractionEvaluation {
    // MARK: - Token-bag scoring

    /// Counts of matched, predicted and gold tokens, with the ratios derived from them.
    public struct Score: Sendable, Equatable {
        public var truePositives = 0
        public var predicted = 0
        public var gold = 0

        public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0) {
            self.truePositives = truePositives
            self.predicted = predicted
            self.gold = gold
        }

        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        static func + (a: Score, b: Score) -> Score {
            Score(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
        }
    }

    /// The word tokens of `text` (see the type's documentation for the exact definition).
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                current.append(scalar)
            default:
                if !current.isEmpty {
                    result.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// Token-bag overlap of a predicted text with the gold text.
    public static func score(predicted: String, gold: String) -> Score {
        var goldCounts: [String: Int] = [:]
        let goldTokens = tokens(gold)
        for token in goldTokens { goldCounts[token, default: 0] += 1 }
        let predictedTokens = tokens(predicted)
        var tp = 0
        for token in predictedTokens {
            if let n = goldCounts[token], n > 0 {
                goldCounts[token] = n - 1
                tp += 1
            }
        }
        return Score(truePositives: tp, predicted: predictedTokens.count, gold: goldTokens.count)
    }

    // MARK: - The main-text set

    /// One page of the set: `name.html`, `name.gold.txt`, `name.boilerplate.txt`.
    public struct Page: Sendable {
        public var name: String
        public var html: Data
        public var gold: String
        public var boilerplate: [String]
    }

    /// Reads every `*.html` with a `.gold.txt` beside it, sorted by name.
    public static func loadPages(_ folder: URL) throws -> [Page] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
        return try files.compactMap { file in
            let name = String(file.dropLast(5))
            let goldURL = folder.appendingPathComponent(name + ".gold.txt")
            guard FileManager.default.fileExists(atPath: goldURL.path) else { return nil }
            let boilerplate = (try? String(contentsOf: folder.appendingPathComponent(name + ".boilerplate.txt"), encoding: .utf8)) ?? ""
            return Page(name: name, html: try Data(contentsOf: folder.appendingPathComponent(file)),
                        gold: try String(contentsOf: goldURL, encoding: .utf8),
                        boilerplate: boilerplate.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
    }

    /// The outcome for one page.
    public struct PageResult: Sendable {
        public var name: String
        public var score: Score
        /// Boilerplate strings found in the extracted text.
        public var leaks: [String]
        /// The extracted main text (blocks separated by blank lines); empty when rejected.
        public var text: String
        /// Why the extractor refused the page, if it did.
        public var rejection: String?
    }

    /// The outcome for a whole set.
    public struct Report: Sendable {
        public var pages: [PageResult]
        public var micro: Score { pages.reduce(Score()) { $0 + $1.score } }
        public var macroF1: Double { pages.isEmpty ? 0 : pages.map(\.score.f1).reduce(0, +) / Double(pages.count) }
        public var leaks: Int { pages.reduce(0) { $0 + $1.leaks.count } }

        /// One tab-separated line per page, then the totals as `key=value` lines.
        public func text() -> String {
            var out = "page\tprecision\trecall\tf1\tleaks\n"
            for p in pages {
                out += "\(p.name)\t\(f3(p.score.precision))\t\(f3(p.score.recall))\t\(f3(p.score.f1))\t\(p.leaks.count)"
                if let r = p.rejection { out += "\trejected: \(r)" }
                for leak in p.leaks { out += "\n  leak: \(leak)" }
                out += "\n"
            }
            let m = micro
            out += "pages=\(pages.count)\nleaks=\(leaks)\nmicro_precision=\(f3(m.precision))\nmicro_recall=\(f3(m.recall))\n"
            out += "macro_f1=\(f3(macroF1))\nmicro_f1=\(f3(m.f1))\n"
            return out
        }

        /// One JSON object per page (name, counts, ratios, leaks, the extracted text), one per line.
        public func jsonLines() throws -> String {
            try pages.map { p -> String in
                let object: [String: Any] = [
                    "name": p.name, "tp": p.score.truePositives, "predicted": p.score.predicted, "gold": p.score.gold,
                    "precision": p.score.precision, "recall": p.score.recall, "f1": p.score.f1,
                    "leaks": p.leaks, "text": p.text, "rejection": p.rejection ?? NSNull(),
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                return String(decoding: data, as: UTF8.self)
            }.joined(separator: "\n") + "\n"
        }
    }

    /// Extracts and scores every page.
    public static func evaluate(_ pages: [Page], extractor: HTMLExtractor = HTMLExtractor()) -> Report {
        Report(pages: pages.map { page in
            var text = "", rejection: String?
            do throws(Rejected) {
                text = try extractor.extract(page.html, origin: page.name + ".html").text
            } catch {
                rejection = error.rejection.description
            }
            return PageResult(name: page.name, score: score(predicted: text, gold: page.gold),
                              leaks: page.boilerplate.filter { text.contains($0) }, text: text, rejection: rejection)
        })
    }

    // MARK: - The date set

    /// One row of `dates.tsv`.
    public struct DateCase: Sendable {
        public var file: String
        /// `YYYY-MM-DD`, or nil when the page gives no publication date.
        public var expected: String?
    }

    public struct DateResult: Sendable {
        public var file: String
        public var expected: String?
        public var found: String?
        public var rule: String?
        public var isRight: Bool { expected == found }
    }

    public struct DateReport: Sendable {
        public var results: [DateResult]
        public var accuracy: Double {
            results.isEmpty ? 0 : Double(results.filter(\.isRight).count) / Double(results.count)
        }

        public func text() -> String {
            var out = "file\texpected\tfound\trule\tok\n"
            for r in results {
                out += "\(r.file)\t\(r.expected ?? "-")\t\(r.found ?? "-")\t\(r.rule ?? "-")\t\(r.isRight ? "ok" : "WRONG")\n"
            }
            out += "pages=\(results.count)\nright=\(results.filter(\.isRight).count)\ndate_accuracy=\(f3(accuracy))\n"
            return out
        }
    }

    /// Reads `dates.tsv` (a header line, then `file<TAB>published`).
    public static func loadDates(_ folder: URL) throws -> [DateCase] {
        let table = try String(contentsOf: folder.appendingPathComponent("dates.tsv"), encoding: .utf8)
        return table.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let file = cells.first, !file.isEmpty, !file.hasPrefix("#") else { return nil }
            let expected = cells.count > 1 && !cells[1].isEmpty ? cells[1] : nil
            return DateCase(file: file, expected: expected)
        }
    }

    public static func evaluateDates(_ cases: [DateCase], folder: URL, extractor: HTMLExtractor = HTMLExtractor()) -> DateReport {
        DateReport(results: cases.map { c in
            let data = (try? Data(contentsOf: folder.appendingPathComponent(c.file))) ?? Data()
            let page = try? extractor.extract(data, origin: c.file)
            return DateResult(file: c.file, expected: c.expected, found: page?.published.map { DateFormatting.day($0.value) },
                              rule: page?.published?.rule)
        })
    }

    // MARK: - Throughput

    /// Bytes of HTML extracted per CPU-second on one thread.
    public struct Throughput: Sendable {
        public var bytes: Int
        public var pages: Int
        public var cpuSeconds: Double
        public var megabytesPerCPUSecond: Double { cpuSeconds == 0 ? 0 : Double(bytes) / 1_000_000 / cpuSeconds }

        public func text() -> String {
            "throughput_bytes=\(bytes)\nthroughput_pages=\(pages)\nthroughput_cpu_seconds=\(f3(cpuSeconds))\n"
                + "throughput_mb_per_cpu_second=\(f3(megabytesPerCPUSecond))\n"
        }
    }

    /// Extracts every page over and over, on the calling thread, until `seconds` of CPU time are spent.
    public static func throughput(_ pages: [Data], seconds: Double, extractor: HTMLExtractor = HTMLExtractor()) -> Throughput {
        let start = cpuTime()
        var bytes = 0, count = 0
        repeat {
            for data in pages {
                _ = try? extractor.extract(data, origin: "page.html")
                bytes += data.count
                count += 1
            }
        } while cpuTime() - start < seconds && !pages.isEmpty
        return Throughput(bytes: bytes, pages: count, cpuSeconds: cpuTime() - start)
    }

    /// CPU time of this process (user + system), in seconds.
    public static func cpuTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func f3(_ x: Double) -> String { String(format: "%.3f", x) }
}
