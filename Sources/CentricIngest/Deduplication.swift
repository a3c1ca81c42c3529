import Foundation

/// Drops repeated inputs, whatever way they were reached (a feed, a folder, a URL list).
///
/// - Articles (pages, feed items, text files) are *duplicates* when their normalised main text
///   (lowercased, whitespace collapsed) is the same, and *near-duplicates* when the simhash of
///   their word 3-shingles differs from an earlier article's in at most
///   ``nearDuplicateDistance`` of 64 bits (the same story re-published with a changed
///   headline, a tracking line or a corrected typo). Articles under ``minimumShingles`` shingles
///   are too short to judge that way and are only checked for exact copies.
///
///   Why 6: measured on random texts, a one-word edit moves the simhash of a 150-word article
///   by 4 bits (median; 7 at the 90th percentile), of a 300-word article by 3 (5), of a
///   600-word article by 2 (4), while unrelated texts of any length are 19 bits or more apart.
///   The usual 3 (Manku et al., WWW 2007) was chosen for whole web pages and misses most
///   edits of news-length articles.
/// - Feedback records are the same only when their ids agree (ids hash the source file name
///   and the id column or row number), so loading an export twice adds nothing, while two
///   customers who both wrote "Top service!" stay two documents. Records are never
///   near-deduplicated.
///
/// Memory: per article an 8-byte content hash, an 8-byte simhash in seven 9-bit band indexes,
/// and its first origin (about 200 bytes in all); per record the 8-byte id hash and its origin.
/// The band index finds every earlier simhash within distance 6 exactly (by pigeonhole, two
/// 64-bit values that differ in at most 6 bits agree on at least one of seven disjoint 9-bit
/// bands), comparing each article with about 1 in 73 earlier ones instead of all of them.
public struct DocumentDeduplicator {
    /// What became of a document.
    public enum Verdict: Equatable, Sendable {
        case new
        case duplicate(of: String)
        case nearDuplicate(of: String, distance: Int)
    }

    /// Largest simhash distance (of 64 bits) that counts as a near-duplicate (see above).
    public static let nearDuplicateDistance = 6
    /// Fewer shingles than this and the simhash says little: exact duplicates only.
    public static let minimumShingles = 12

    /// Whether near-duplicates are detected at all (`--keep-near-duplicates` still detects
    /// them but lets the caller keep them).
    public var detectNearDuplicates: Bool

    private var seen: [UInt64: Int] = [:]
    private var origins: [String] = []
    private var simhashes: [(hash: UInt64, origin: Int)] = []
    private var bands: [[UInt16: [Int32]]] = Array(repeating: [:], count: bandCount)
    private static let bandCount = nearDuplicateDistance + 1

    public init(detectNearDuplicates: Bool = true) {
        self.detectNearDuplicates = detectNearDuplicates
    }

    /// Checks `document` against everything seen before, and remembers it when it is new.
    /// A near-duplicate is not remembered (so chains of small edits are judged against the
    /// first version); call ``remember(nearDuplicate:)`` to keep one in the index.
    public mutating func check(_ document: Document) -> Verdict {
        let key: UInt64
        switch document.kind {
        case .article: key = StableHash.fnv1a64("article", Self.normalized(document.blocks))
        case .feedback: key = StableHash.fnv1a64("record", document.id)
        }
        if let original = seen[key] { return .duplicate(of: origins[original]) }
        var simhash: UInt64?
        if detectNearDuplicates, document.kind == .article {
            simhash = Self.simhash(document.blocks)
            if let simhash, let (original, distance) = nearest(simhash) {
                return .nearDuplicate(of: origins[original], distance: distance)
            }
        }
        origins.append(document.origin)
        let index = origins.count - 1
        seen[key] = index
        if let simhash { insert(simhash, origin: index) }
        return .new
    }

    /// Adds a near-duplicate that the caller keeps, so later copies are matched too.
    public mutating func remember(nearDuplicate document: Document) {
        let key = StableHash.fnv1a64("article", Self.normalized(document.blocks))
        origins.append(document.origin)
        seen[key] = origins.count - 1
        if let simhash = Self.simhash(document.blocks) { insert(simhash, origin: origins.count - 1) }
    }

    /// The near-duplicate of a raw simhash, or `nil` after indexing it under `origin` (tests).
    mutating func near(simhash: UInt64, origin: String) -> (of: String, distance: Int)? {
        if let (original, distance) = nearest(simhash) { return (origins[original], distance) }
        origins.append(origin)
        insert(simhash, origin: origins.count - 1)
        return nil
    }

    private mutating func insert(_ simhash: UInt64, origin: Int) {
        simhashes.append((simhash, origin))
        let entry = Int32(simhashes.count - 1)
        for band in 0..<Self.bandCount {
            bands[band][Self.band(simhash, band), default: []].append(entry)
        }
    }

    /// The earliest article at the smallest distance within the threshold.
    private func nearest(_ simhash: UInt64) -> (origin: Int, distance: Int)? {
        var best: (entry: Int32, distance: Int)?
        for band in 0..<Self.bandCount {
            for entry in bands[band][Self.band(simhash, band)] ?? [] {
                let distance = (simhashes[Int(entry)].hash ^ simhash).nonzeroBitCount
                guard distance <= Self.nearDuplicateDistance else { continue }
                if best == nil || distance < best!.distance || (distance == best!.distance && entry < best!.entry) {
                    best = (entry, distance)
                }
            }
        }
        return best.map { (simhashes[Int($0.entry)].origin, $0.distance) }
    }

    private static func band(_ value: UInt64, _ band: Int) -> UInt16 {
        UInt16(truncatingIfNeeded: value >> (9 * UInt64(band))) & 0x1FF
    }

    // MARK: - Text fingerprints

    /// Lowercased text with whitespace runs collapsed, so re-wrapped copies still match.
    public static func normalized(_ blocks: [String]) -> String {
        blocks.joined(separator: " ").lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The 64-bit simhash of the text's word 3-shingles (words: runs of letters and digits,
    /// lowercased), each shingle weighing 1; `nil` under ``minimumShingles`` shingles.
    public static func simhash(_ blocks: [String]) -> UInt64? {
        var words: [Substring] = []
        for block in blocks {
            let lowered = block.lowercased()
            words += lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
                .map { Substring(String($0)) }
        }
        guard words.count >= 3, words.count - 2 >= minimumShingles else { return nil }
        var counts = [Int](repeating: 0, count: 64)
        for i in 0...(words.count - 3) {
            let hash = mix(StableHash.fnv1a64(String(words[i]), String(words[i + 1]), String(words[i + 2])))
            for bit in 0..<64 {
                counts[bit] += (hash >> UInt64(bit)) & 1 == 1 ? 1 : -1
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    /// SplitMix64's finaliser: spreads FNV's bits so every simhash bit is a fair coin.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
