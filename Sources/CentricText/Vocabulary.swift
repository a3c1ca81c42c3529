import Foundation

/// Interned id of a normalised form. The hot path compares these, never strings.
public typealias FormID = UInt32

/// An append-only interner of normalised forms, owned by one analysing worker.
///
/// Forms are stored once in a byte arena; lookup hashes the bytes and probes an open-addressing
/// table, so interning a form that was seen before allocates nothing. Ids are dense (0, 1, 2...),
/// so per-form caches (stems, lexicon candidates) are plain arrays indexed by id.
/// Not thread-safe by design: each worker owns one (see `Analyzer`).
public final class Vocabulary {
    // Unchecked exclusivity: a vocabulary belongs to one worker and these are touched on every
    // token; the runtime's dynamic checks cost a quarter of tokenizing time.
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var offsets: [Int] = [0]
    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var hashes: [UInt64] = []

    public init(capacity: Int = 1 << 14) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        arena.reserveCapacity(capacity * 8)
    }

    /// Number of distinct forms interned.
    public var count: Int { hashes.count }

    /// Bytes held by the arena; callers reset the vocabulary when it grows past a budget.
    public var arenaBytes: Int { arena.count }

    /// The id of `bytes`, interning them if new.
    public func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> FormID {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return FormID(id) }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if hashes.count * 2 > slots.count { grow() }
        return FormID(id)
    }

    public func intern(_ string: String) -> FormID {
        var string = string
        return string.withUTF8 { intern($0) }
    }

    /// The id of `string` if it was interned, without interning it.
    public func lookup(_ string: String) -> FormID? {
        var string = string
        return string.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                if hashes[Int(id)] == hash && equals(Int(id), bytes) { return FormID(id) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The normalised form of `id`.
    public func string(_ id: FormID) -> String {
        let range = offsets[Int(id)]..<offsets[Int(id) + 1]
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Calls `body` with the bytes of `id`'s form, without copying.
    public func withBytes<R>(_ id: FormID, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = offsets[Int(id)]..<offsets[Int(id) + 1]
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id], end = offsets[id + 1]
        guard end - start == bytes.count else { return false }
        guard let b = bytes.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in
            let a = arena.baseAddress! + start
            var i = 0
            while i < bytes.count {  // tokens are short: a loop beats a call to memcmp
                if a[i] != b[i] { return false }
                i += 1
            }
            return true
        }
    }

    private func grow() {
        var newSlots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = newSlots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while newSlots[slot] >= 0 { slot = (slot + 1) & mask }
            newSlots[slot] = Int32(id)
        }
        slots = newSlots
    }

    /// Eight bytes at a time, multiply-xorshift mixed, with a final avalanche so low bits spread
    /// over the table. Tokens are short: most take one or two rounds.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 32
        }
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
