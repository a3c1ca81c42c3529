import Foundation
import XCTest

/// Runs the built `centric` executable, as a user would, from the package root.
enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        // The test bundle sits next to the products: .build/<triple>/debug/CentricPackageTests.xctest
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("centric")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/centric")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = packageRoot) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting so a large output cannot block the child on a full pipe.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("centric-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The facts the sample corpus was written to produce (Tests/CLITests/Fixtures/corpus-facts.json).
struct CorpusFacts: Decodable {
    struct Page: Decodable {
        var file: String
        var language: String
        var encoding: String
        var title: String
        var published: String
        var main_sentence: String
        var boilerplate_sentence: String
    }
    struct Records: Decodable {
        var file: String
        var rows: Int
    }
    struct Feed: Decodable {
        var file: String
        var items: Int
    }
    struct ThemeRow: Decodable {
        var id: String
        var lang: String
        var themes: [String]
    }
    var pages: [Page]
    var csv: Records
    var jsonl: Records
    var feeds: [Feed]
    var clear_theme_rows: [ThemeRow]

    static func load() throws -> CorpusFacts {
        let url = CLI.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/corpus-facts.json")
        return try JSONDecoder().decode(CorpusFacts.self, from: Data(contentsOf: url))
    }
}

/// A minimal RFC 4180 reader for asserting on the CSV Centric writes.
enum CSVTable {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" {  // "\r\n" is one Character in Swift
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Rows as dictionaries keyed by the header.
    static func records(_ text: String) -> (header: [String], rows: [[String: String]]) {
        let table = parse(text)
        guard let header = table.first else { return ([], []) }
        return (header, table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }
}
