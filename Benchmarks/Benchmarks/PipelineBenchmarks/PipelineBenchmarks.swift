import Benchmark
import Centric
import Foundation

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 5)

    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardizedFileURL

    Benchmark("centric run on Corpora/ (all cores)") { benchmark in
        let engine = try Engine.load(lexicons: root.appendingPathComponent("Lexicons"))
        for _ in benchmark.scaledIterations {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("centric-bench-\(UUID().uuidString)")
            let config = RunConfiguration(sources: [root.appendingPathComponent("Corpora").path], root: root, outputDirectory: out)
            blackHole(try Pipeline(configuration: config, engine: engine).run())
            try? FileManager.default.removeItem(at: out)
        }
    }
}
