/// Stable, platform-independent hashing for document ids.
///
/// Swift's `Hasher` is seeded per process, so it cannot give ids that survive a restart;
/// FNV-1a over UTF-8 bytes gives the same value on every run and machine.
public enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// 64-bit FNV-1a over the UTF-8 bytes of `parts`, with a NUL byte between consecutive parts
    /// (so `("ab", "c")` and `("a", "bc")` differ, and `fnv1a64("a", "b") == fnv1a64("a\u{0}b")`).
    public static func fnv1a64(_ parts: String...) -> UInt64 {
        fnv1a64(parts)
    }

    /// The array form of ``fnv1a64(_:)-variadic``.
    public static func fnv1a64(_ parts: [String]) -> UInt64 {
        var hash = offsetBasis
        for (index, part) in parts.enumerated() {
            if index > 0 {
                hash ^= 0
                hash &*= prime
            }
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= prime
            }
        }
        return hash
    }

    /// ``fnv1a64(_:)-variadic`` as 16 lowercase hex digits (zero-padded), the form used for ids.
    public static func hex(_ parts: String...) -> String {
        hex(fnv1a64(parts))
    }

    /// A 64-bit value as 16 lowercase hex digits, zero-padded.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
