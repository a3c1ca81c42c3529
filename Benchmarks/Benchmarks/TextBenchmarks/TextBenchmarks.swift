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
        let megabytes = Double(bytes.count) / 1_000_000

        Benchmark("Tokenizer \(language) (\(String(format: "%.1f", megabytes)) MB per iteration)") { benchmark in
            let vocabulary = Vocabulary()
            var scratch: [UInt8] = []
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 4)
            for _ in benchmark.scaledIterations {
                tokens.removeAll(keepingCapacity: true)
                bytes.withUnsafeBufferPointer { p in
                    Tokenizer().tokenize(p, range: 0..<p.count, block: 0, vocabulary: vocabulary, scratch: &scratch, into: &tokens)
                }
                blackHole(tokens.count)
            }
        }

        Benchmark("Analyze (tokens, sentences, stems) \(language)") { benchmark in
            let analyzer = Analyzer()
            let blocks = text.components(separatedBy: "\n\n")
            for _ in benchmark.scaledIterations {
                blackHole(analyzer.analyze(blocks: blocks, language: language).tokens.count)
            }
        }
    }
}
