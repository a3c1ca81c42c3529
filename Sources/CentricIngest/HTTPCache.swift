import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What a nightly re-run needs to send conditional requests: per URL its ETag and
/// Last-Modified, and the body last read (so a 304 can be read again from disk).
///
/// On disk, under the cache folder (`--cache`, default `.centric-cache/`): `http/index.jsonl`,
/// one JSON object per line, appended as URLs are fetched (the last line for a URL wins; the
/// file is compacted when it is loaded with many stale lines), and `http/bodies/<hash>`, one
/// file per URL. Only responses that carry a validator (ETag or Last-Modified) are kept.
final class HTTPCache: Sendable {
    struct Entry: Codable, Sendable {
        var url: String
        var etag: String?
        var lastModified: String?
        var contentType: String?
        var finalURL: String?
        var body: String

        enum CodingKeys: String, CodingKey {
            case url, etag, body
            case lastModified = "last_modified"
            case contentType = "content_type"
            case finalURL = "final_url"
        }
    }

    let folder: URL
    private let entries = Locked<[String: Entry]?>(nil)

    init(directory: URL) {
        folder = directory.appendingPathComponent("http")
    }

    private var index: URL { folder.appendingPathComponent("index.jsonl") }

    /// The entry for `url` whose body is still on disk.
    func entry(for url: String) -> Entry? {
        entries.withLock { loaded in
            load(&loaded)
            return loaded?[url]
        }.flatMap { entry in
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(entry.body).path) ? entry : nil
        }
    }

    func body(of entry: Entry) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(entry.body).path)
    }

    /// Keeps the validators and body of a 2xx response (nothing without a validator).
    func store(url: String, response: HTTPURLResponse, finalURL: String, contentType: String?, body: Data) {
        let etag = response.value(forHTTPHeaderField: "ETag")
        let modified = response.value(forHTTPHeaderField: "Last-Modified")
        guard etag != nil || modified != nil else { return }
        let entry = Entry(url: url, etag: etag, lastModified: modified, contentType: contentType, finalURL: finalURL,
                          body: "bodies/" + StableHash.hex(url))
        entries.withLock { loaded in
            load(&loaded)
            do {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent("bodies"), withIntermediateDirectories: true)
                try body.write(to: folder.appendingPathComponent(entry.body), options: .atomic)
                try append([entry])
                loaded?[url] = entry
            } catch {
                // A cache that cannot be written only costs a full fetch next time.
            }
        }
    }

    private func load(_ loaded: inout [String: Entry]?) {
        guard loaded == nil else { return }
        var map: [String: Entry] = [:]
        var lines = 0
        if let data = FileManager.default.contents(atPath: index.path) {
            let decoder = JSONDecoder()
            for line in data.split(separator: UInt8(ascii: "\n")) {
                lines += 1
                if let entry = try? decoder.decode(Entry.self, from: Data(line)) { map[entry.url] = entry }
            }
        }
        loaded = map
        if lines > 2 * map.count + 64 {
            try? FileManager.default.removeItem(at: index)
            try? append(map.keys.sorted().compactMap { map[$0] })
        }
    }

    private func append(_ new: [Entry]) throws {
        guard !new.isEmpty else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for entry in new {
            data.append(try encoder.encode(entry))
            data.append(UInt8(ascii: "\n"))
        }
        if !FileManager.default.fileExists(atPath: index.path) {
            FileManager.default.createFile(atPath: index.path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: index)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
    }
}
