import Benchmark
import Centric
import Foundation

/// Sample text: the shipped English and Dutch article pages' main text, repeated to about 1 MB
/// per language so a run measures steady-state throughput, not start-up.
enum SampleText {
    static func corpus(_ language: String) -> String {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpora/articles/\(language)")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var text = ""
        for file in files.sorted(by: { $0.path < $1.path }) {
            if let data = try? Data(contentsOf: file), let page = try? HTMLExtractor().extract(data, origin: file.lastPathComponent) {
                text += page.text + "\n\n"
            }
        }
        guard !text.isEmpty else { return "" }
        var out = ""
        while out.utf8.count < 1_000_000 { out += text }
        return out
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(5))

    for language in ["en", "nl"] {
        let text = SampleText.corpus(language)
        let bytes = Array(text.utf8)
        let megabytes = String(format: "%.1f", Double(bytes.count) / 1_000_000)

        // Throughput in MB/s = iterations per second x the MB per iteration in the name.
        // The first (warm-up) iteration interns every form; after it, tokenizing ASCII and
        // Latin text allocates nothing, which mallocCountTotal shows.
        Benchmark("Tokenizer \(language) (\(megabytes) MB per iteration)") { benchmark in
            let vocabulary = Vocabulary()
            let tokenizer = Tokenizer()
            var scratch: [UInt8] = []
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 4)
            bytes.withUnsafeBufferPointer { p in
                tokenizer.tokenize(p, range: 0..<p.count, block: 0, vocabulary: vocabulary, scratch: &scratch, into: &tokens)
            }
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                tokens.removeAll(keepingCapacity: true)
                bytes.withUnsafeBufferPointer { p in
                    tokenizer.tokenize(p, range: 0..<p.count, block: 0, vocabulary: vocabulary, scratch: &scratch, into: &tokens)
                }
                blackHole(tokens.count)
            }
        }

        // Tokenizing plus the stem of every word, through the Analyzer's per-form stem cache
        // (the steady state of a worker: each distinct form was stemmed once before).
        Benchmark("Tokenize + stem \(language) (\(megabytes) MB per iteration)") { benchmark in
            let analyzer = Analyzer()
            let tokenizer = Tokenizer()
            var scratch: [UInt8] = []
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 4)
            func run() -> UInt64 {
                tokens.removeAll(keepingCapacity: true)
                bytes.withUnsafeBufferPointer { p in
                    tokenizer.tokenize(p, range: 0..<p.count, block: 0, vocabulary: analyzer.vocabulary, scratch: &scratch, into: &tokens)
                }
                var sum: UInt64 = 0
                for t in tokens where t.kind == .word { sum &+= UInt64(analyzer.stem(form: t.form, language: language)) }
                return sum
            }
            blackHole(run())
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(run()) }
        }

        // The stem cache's hit path alone: 100,000 lookups of forms stemmed before.
        Benchmark("Stem cache hits \(language) (100k lookups per iteration)") { benchmark in
            let analyzer = Analyzer()
            let words = text.split(whereSeparator: { !$0.isLetter }).prefix(100_000).map { $0.lowercased() }
            let forms = words.map { analyzer.vocabulary.intern($0) }
            for form in forms { _ = analyzer.stem(form: form, language: language) }
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                var sum: UInt64 = 0
                for form in forms { sum &+= UInt64(analyzer.stem(form: form, language: language)) }
                blackHole(sum)
            }
        }

        Benchmark("Analyze (tokens, sentences, stems; language given) \(language) (\(megabytes) MB per iteration)") { benchmark in
            let analyzer = Analyzer()
            let blocks = text.components(separatedBy: "\n\n")
            for _ in benchmark.scaledIterations {
                blackHole(analyzer.analyze(blocks: blocks, language: language).tokens.count)
            }
        }

        // Language identification of the paragraphs one by one (the word model plus CLD2).
        Benchmark("Language identification \(language) (paragraphs of 1 MB per iteration)") { benchmark in
            let identifier = LanguageIdentifier()
            let paragraphs = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            blackHole(identifier.identify("warm up the shared model"))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                for p in paragraphs { blackHole(identifier.identify(p)) }
            }
        }
    }

    Benchmark("Compound splitting (wdutch vocabulary, 1,000 words per iteration)") { benchmark in
        let words = CompoundEvaluation.vocabulary(wordList: "/usr/share/dict/dutch")
        let splitter = CompoundSplitter(words: words)
        let sample = words.filter { $0.count >= 12 }.sorted().prefix(1_000)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for w in sample { blackHole(splitter.split(w)) }
        }
    }
}
