// swift-tools-version:6.1
import PackageDescription

// One target per pipeline stage (see DESIGN.md); dependencies point one way:
// Ingest -> Text -> Lexicon -> Scoring -> Trends -> Report, with the `Centric` facade wiring them
// and the `centric` executable doing argument parsing only.
let package = Package(
    name: "Centric",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Centric", targets: ["Centric"]),
        .executable(name: "centric", targets: ["centric"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // MARK: - System libraries (Debian -dev packages; `make` installs them)
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet", providers: [.apt(["libuchardet-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "CCLD2",
            cxxSettings: [.unsafeFlags(["-Wno-deprecated-declarations"])],
            linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]
        ),

        // MARK: - Pipeline stages
        .target(name: "CentricIngest", dependencies: ["CLibXML2", "CUchardet", "CZlib"]),
        .target(name: "CentricText", dependencies: ["CStemmer", "CCLD2"]),
        .target(name: "CentricLexicon", dependencies: ["CentricText", "Yams"]),
        .target(name: "CentricScoring", dependencies: ["CentricLexicon", "CentricText"]),
        .target(name: "CentricTrends", dependencies: ["CentricScoring"]),
        .target(name: "CentricStore", dependencies: [
            "CentricIngest", "CentricScoring", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "CentricReport", dependencies: ["CentricTrends"]),
        .target(name: "Centric", dependencies: [
            "CentricIngest", "CentricText", "CentricLexicon", "CentricScoring",
            "CentricTrends", "CentricStore", "CentricReport",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "centric", dependencies: [
            "Centric", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // MARK: - Tests
        .testTarget(name: "CentricIngestTests", dependencies: ["CentricIngest"], exclude: ["Fixtures"]),
        .testTarget(name: "CentricTextTests", dependencies: ["CentricText"]),
        .testTarget(name: "CentricLexiconTests", dependencies: ["CentricLexicon"]),
        .testTarget(name: "CentricScoringTests", dependencies: ["CentricScoring", "CentricLexicon"]),
        .testTarget(name: "CentricTrendsTests", dependencies: ["CentricTrends"]),
        .testTarget(name: "CentricStoreTests", dependencies: ["CentricStore"]),
        .testTarget(name: "CentricReportTests", dependencies: ["CentricReport"]),
        .testTarget(name: "CLITests", dependencies: ["Centric"], exclude: ["Fixtures"]),
    ]
)
