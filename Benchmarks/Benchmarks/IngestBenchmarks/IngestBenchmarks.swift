import Benchmark
import Centric
import Foundation

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(5))

    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpora/articles")
    var pages: [(String, Data)] = []
    for language in ["en", "nl"] {
        let dir = folder.appendingPathComponent(language)
        for file in ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []).sorted(by: { $0.path < $1.path }) {
            if let data = try? Data(contentsOf: file) { pages.append((file.lastPathComponent, data)) }
        }
    }
    let bytes = pages.reduce(0) { $0 + $1.1.count }

    Benchmark("HTML extraction, shipped pages (\(bytes / 1000) KB per iteration)") { benchmark in
        let extractor = HTMLExtractor()
        for _ in benchmark.scaledIterations {
            for (name, data) in pages { blackHole(try? extractor.extract(data, origin: name)) }
        }
    }
}
