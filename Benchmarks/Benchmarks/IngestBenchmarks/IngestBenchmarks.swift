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

    // The extraction evaluation set (README, "Extraction quality"): 42 pages of ten CMS layouts. The
    // throughput metric counts pages; MB per second is pages/s x the KB in the name / 1000.
    let evaluation = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpora/extraction")
    let evalPages: [(String, Data)] = ((try? FileManager.default.contentsOfDirectory(at: evaluation, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path }
        .compactMap { url in (try? Data(contentsOf: url)).map { (url.lastPathComponent, $0) } }
    let evalBytes = evalPages.reduce(0) { $0 + $1.1.count }

    Benchmark("HTML extraction, Corpora/extraction (\(evalPages.count) pages, \(evalBytes / 1000) KB per iteration)",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident])) { benchmark in
        let extractor = HTMLExtractor()
        for _ in benchmark.scaledIterations {
            for (name, data) in evalPages { blackHole(try? extractor.extract(data, origin: name)) }
        }
    }

    Benchmark("Date finding in visible text (Dutch and English date lines)") { benchmark in
        let finder = DateFinder()
        let lines = [
            "Published February 14, 2022, Updated August 04, 2022", "Gepubliceerd op 14 februari 2022",
            "ma 3 jan. 2022, 14:32", "Bel 0900-15-06-2020 of mail ons", "Posted Feb. 3rd, 2020 by Marcus Reid",
        ]
        for _ in benchmark.scaledIterations {
            for line in lines { blackHole(finder.find(inText: line)) }
        }
    }
}
