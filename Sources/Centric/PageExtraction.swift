import CentricIngest
import Foundation

/// `centric extract`: the main text of one page, its metadata with provenance, or one field.
public enum PageExtraction {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case rejected(String, Rejection)

        public var description: String {
            switch self {
            case let .unreadable(what): "cannot read \(what)"
            case let .rejected(origin, why): "\(origin): \(why)"
            }
        }
    }

    /// Extracts a page from a path (or `-` for stdin) or an http(s) URL.
    public static func extract(_ input: String) throws -> HTMLPage {
        let data: Data
        var contentType: String?
        if input.hasPrefix("http://") || input.hasPrefix("https://") {
            let fetched = try URLFetcher().fetch(input)
            data = fetched.body
            contentType = fetched.contentType
        } else if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let bytes = FileManager.default.contents(atPath: input) else { throw Failure.unreadable(input) }
            data = bytes
        }
        do {
            return try HTMLExtractor().extract(data, origin: input, httpContentType: contentType)
        } catch {
            throw Failure.rejected(input, error.rejection)
        }
    }

    /// The fields `--field` accepts.
    public static let fieldNames = ["title", "published", "updated", "language", "author", "site", "canonical",
                                    "description", "encoding", "encoding_rule", "date_rule", "invalid_bytes", "extraction_rule"]

    /// One metadata value as text (dates as `YYYY-MM-DD`), nil when unknown.
    public static func field(_ name: String, of page: HTMLPage) -> String? {
        switch name {
        case "title": page.title
        case "published": page.published.map { DateFormatting.day($0.value) }
        case "updated": page.updated.map { DateFormatting.day($0.value) }
        case "language": page.declaredLanguage?.value
        case "author": page.author
        case "site": page.siteName
        case "canonical": page.canonicalURL
        case "description": page.description
        case "encoding": page.decoded.encoding
        case "encoding_rule": page.decoded.rule
        case "date_rule": page.published?.rule
        case "invalid_bytes": String(page.decoded.invalidBytes)
        case "extraction_rule": page.extractionRule
        default: nil
        }
    }

    /// Metadata with provenance, and the blocks, as pretty JSON with sorted keys.
    public static func json(_ page: HTMLPage) throws -> String {
        var object: [String: Any] = [
            "origin": page.origin,
            "encoding": ["name": page.decoded.encoding, "rule": page.decoded.rule, "invalid_bytes": page.decoded.invalidBytes],
            "extraction_rule": page.extractionRule,
            "blocks": page.blocks.map { ["kind": $0.kind.rawValue, "text": $0.text] },
            "warnings": page.decoded.warnings + page.warnings,
        ]
        for name in ["title", "author", "site", "canonical", "description"] {
            if let value = field(name, of: page) { object[name] = value }
        }
        if let l = page.declaredLanguage { object["language"] = ["value": l.value, "rule": l.rule] }
        if let p = page.published { object["published"] = ["value": DateFormatting.day(p.value), "rule": p.rule, "timestamp": ISO8601DateFormatter().string(from: p.value)] }
        if let u = page.updated { object["updated"] = ["value": DateFormatting.day(u.value), "rule": u.rule, "timestamp": ISO8601DateFormatter().string(from: u.value)] }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
