import Foundation

/// Whitespace and invisible-character clean-up for extracted text.
///
/// Works on UTF-8 bytes: it runs over every byte of every page, and appending Unicode scalars to
/// a `String` one by one was the extractor's largest cost.
enum TextNormalizer {
    /// Whether `needle` occurs in `text`, compared as UTF-8 bytes. On Linux, `String.contains(String)`
    /// resolves to Foundation's `range(of:)`, which is slow enough to show in extraction profiles.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        var text = text
        return text.withUTF8 { h in
            guard h.count >= n.count else { return false }
            var i = 0
            let last = h.count - n.count
            while i <= last {
                if h[i] == first {
                    var k = 1
                    while k < n.count, h[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Collapses every run of whitespace (including no-break and typographic spaces) to one space,
    /// trims the ends, and removes characters that are invisible but break words apart for a
    /// tokenizer: soft hyphens, zero-width spaces and joiners, word joiners, stray BOMs, direction
    /// marks, NULs and other control characters.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapse(bytes: $0) }
    }

    static func collapse(bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        return String(unsafeUninitializedCapacity: n) { out in
            var o = 0
            var pendingSpace = false
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    if b <= 0x20 || b == 0x7F {
                        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { pendingSpace = o > 0 }
                        continue
                    }
                    if pendingSpace { out[o] = 0x20; o += 1; pendingSpace = false }
                    out[o] = b
                    o += 1
                    continue
                }
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                guard i + length <= n else { break }
                switch classify(bytes, i, length) {
                case .space: pendingSpace = o > 0
                case .invisible: break
                case .text:
                    if pendingSpace { out[o] = 0x20; o += 1; pendingSpace = false }
                    for k in 0..<length { out[o + k] = bytes[i + k] }
                    o += length
                }
                i += length
            }
            return o
        }
    }

    private enum Class { case space, invisible, text }

    private static func classify(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Class {
        let b0 = s[i]
        if length == 2 {
            if b0 == 0xC2 {
                let b1 = s[i + 1]
                if b1 == 0xA0 || b1 == 0x85 { return .space } // NBSP, NEL
                if b1 == 0xAD || b1 < 0xA0 { return .invisible } // soft hyphen, C1 controls
            }
            return .text
        }
        if length == 3 {
            let b1 = s[i + 1], b2 = s[i + 2]
            switch (b0, b1) {
            case (0xE2, 0x80):
                if b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return .space } // U+2000-200A, 2028, 2029, 202F
                if (0x8B...0x8F).contains(b2) { return .invisible } // zero-width, direction marks
            case (0xE2, 0x81):
                if b2 == 0x9F { return .space } // U+205F
                if b2 == 0xA0 { return .invisible } // word joiner
            case (0xE3, 0x80): if b2 == 0x80 { return .space } // ideographic space
            case (0xE1, 0x9A): if b2 == 0x80 { return .space } // ogham space
            case (0xEF, 0xBB): if b2 == 0xBF { return .invisible } // BOM / ZWNBSP
            default: break
            }
        }
        return .text
    }

    /// Counts non-whitespace UTF-8 bytes: a cheap, allocation-free measure of how much text there is.
    static func weight(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { weight(bytes: $0) }
    }

    static func weight(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte > 0x20 { count += 1 }
        return count
    }

    /// `trimmingCharacters(in: .whitespaces)` without Foundation when there is nothing to trim
    /// (an ASCII non-blank byte at both ends), which is nearly always.
    static func trimmingSpaces(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func solid(_ b: UInt8) -> Bool { b < 0x80 && b != 0x20 && b != 0x09 }
        if solid(first) && solid(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
