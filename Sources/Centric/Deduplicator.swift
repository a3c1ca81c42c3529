import CentricIngest

/// Drops repeated inputs. Articles (pages, feed items) are the same when their normalised main
/// text is the same, however they were reached (a feed, a folder, a URL list); feedback records
/// are the same only when their ids agree (ids hash the source and the id column), so two
/// customers who both wrote "Top service!" stay two documents.
///
/// Keeps a 64-bit hash and the first origin per document (about 100 bytes each).
struct Deduplicator {
    private var seen: [UInt64: String] = [:]

    /// The origin of the earlier copy when `document` was seen before; otherwise records it.
    mutating func duplicate(of document: Document) -> String? {
        let key: UInt64
        switch document.kind {
        case .article: key = StableHash.fnv1a64("article", Self.normalized(document.blocks))
        case .feedback: key = StableHash.fnv1a64("record", document.id)
        }
        if let original = seen[key] { return original }
        seen[key] = document.origin
        return nil
    }

    /// Lowercased text with whitespace runs collapsed, so re-wrapped copies still match.
    static func normalized(_ blocks: [String]) -> String {
        blocks.joined(separator: " ").lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
