/// Byte-level UTF-8 helpers for the tokenizer's single pass. Invalid sequences decode as
/// U+FFFD of length 1, so a bad byte never stops or crashes tokenization.
enum UTF8Scalars {
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = p.count
        if b0 & 0xE0 == 0xC0, i + 1 < n, p[i + 1] & 0xC0 == 0x80 {
            let v = (UInt32(b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F)
            return v >= 0x80 ? (v, 2) : (0xFFFD, 1)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
            let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
            return v >= 0x800 ? (v, 3) : (0xFFFD, 1)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 {
            let v = (UInt32(b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12)
                | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
            return v >= 0x10000 && v <= 0x10FFFF ? (v, 4) : (0xFFFD, 1)
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

/// Character classes the tokenizer needs, decided per scalar.
enum CharClass {
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Invisible characters that must not split or appear in a word: soft hyphen, zero-width
    /// space/joiners, word joiner, BOM.
    @inline(__always)
    static func isIgnorable(_ v: UInt32) -> Bool {
        v == 0xAD || (v >= 0x200B && v <= 0x200D) || v == 0x2060 || v == 0xFEFF
    }

    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x60 || v == 0xB4
    }

    @inline(__always)
    static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        guard let scalar = Unicode.Scalar(v) else { return false }
        let p = scalar.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    @inline(__always)
    static func isEmoji(_ v: UInt32) -> Bool {
        if v < 0x2000 { return false }
        if (v >= 0x1F300 && v <= 0x1FAFF) || (v >= 0x2600 && v <= 0x27BF) || (v >= 0x1F000 && v <= 0x1F2FF) {
            return true
        }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isEmojiPresentation
    }

    /// Scalars that continue an emoji: variation selectors, skin tones, zero-width joiner, tags.
    @inline(__always)
    static func isEmojiContinuation(_ v: UInt32) -> Bool {
        v == 0xFE0F || v == 0xFE0E || v == 0x200D || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0xE0020 && v <= 0xE007F) || v == 0x20E3
    }

    @inline(__always)
    static func isCurrencyOrSymbol(_ v: UInt32) -> Bool {
        if v == 0x24 || v == 0xA3 || v == 0xA5 || v == 0x20AC || v == 0xA2 { return true }
        guard v >= 0x80, let scalar = Unicode.Scalar(v) else { return v == 0x2B || v == 0x3D || v == 0x3C || v == 0x3E || v == 0x7E || v == 0x5E || v == 0x7C }
        switch scalar.properties.generalCategory {
        case .currencySymbol, .mathSymbol, .otherSymbol, .modifierSymbol: return true
        default: return false
        }
    }
}
