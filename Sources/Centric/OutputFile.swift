import Foundation

/// A file written sequentially through a buffer, so a million-row CSV never sits in memory.
final class OutputFile {
    private let handle: FileHandle
    private var buffer = Data()
    private static let flushSize = 1 << 20

    init(_ url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
    }

    func write(_ string: String) throws {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
