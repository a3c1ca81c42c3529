import CUchardet
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Text decoded from bytes, with where its encoding came from.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, without a byte order mark.
    public var text: String
    /// The encoding used: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1252`, or another IANA name
    /// (upper-cased) decoded through iconv.
    public var encoding: String
    /// The rule that decided: `bom`, `http`, `meta`, `detected` or `default` (see ``TextDecoder``).
    public var rule: String
    /// How many replacement characters decoding produced (invalid or truncated byte sequences).
    public var invalidBytes: Int
    /// Notes for the manifest, e.g. a declared encoding the bytes contradict.
    public var warnings: [String]

    public init(text: String, encoding: String, rule: String, invalidBytes: Int = 0, warnings: [String] = []) {
        self.text = text
        self.encoding = encoding
        self.rule = rule
        self.invalidBytes = invalidBytes
        self.warnings = warnings
    }
}

/// Thrown by ``TextDecoder/decode(_:httpContentType:)`` when the bytes are not text.
/// Callers turn it into `Rejection.notText(detected: detected)`.
public struct BinaryContent: Error, Sendable, Equatable {
    /// What the bytes look like, e.g. `PNG image` or `binary data (NUL bytes)`.
    public var detected: String
    public init(detected: String) { self.detected = detected }
}

/// The one place where bytes of HTML or plain text become a `String` (DESIGN.md: one decoding point).
///
/// Precedence, first match wins, recorded in ``DecodedText/rule``:
/// 1. `bom`: a UTF-8, UTF-16LE or UTF-16BE byte order mark.
/// 2. `http`: the `charset` of an HTTP `Content-Type`, when the caller has one.
/// 3. `meta`: `<meta charset>` or `<meta http-equiv=Content-Type content="...; charset=...">`
///    in the first 4 KB, found by a byte-level scan (as browsers prescan).
/// 4. `detected`: valid UTF-8 is UTF-8; otherwise uchardet's guess (UTF-16 without a BOM is
///    recognised by its pattern of NUL bytes).
/// 5. `default`: UTF-8 with replacement characters.
///
/// A declaration (rules 2 and 3) loses to the bytes when they contradict it: a page that says UTF-8
/// but is not valid UTF-8 is decoded as uchardet's guess, and a page that says a single-byte encoding
/// but holds valid multi-byte UTF-8 is decoded as UTF-8; both add a warning and record `detected`.
/// `iso-8859-1`, `latin1` and `us-ascii` are read as windows-1252, as browsers do (pages that say
/// Latin-1 routinely contain cp1252 quotes and dashes).
public enum TextDecoder {
    /// Decodes `data`, or throws ``BinaryContent`` when it is an image, archive, PDF or other binary.
    /// - Parameters:
    ///   - data: the raw bytes.
    ///   - httpContentType: the HTTP `Content-Type` header value, when the bytes came from a server.
    public static func decode(_ data: Data, httpContentType: String? = nil) throws(BinaryContent) -> DecodedText {
        let bytes = [UInt8](data)
        if let kind = binaryKind(bytes) { throw BinaryContent(detected: kind) }
        var warnings: [String] = []

        if let (encoding, bomLength) = byteOrderMark(bytes) {
            return finish(decode(bytes[bomLength...], as: encoding), encoding, rule: "bom", warnings: warnings)
        }
        if let guessed = utf16ByNulPattern(bytes) {
            return finish(decode(bytes[...], as: guessed), guessed, rule: "detected", warnings: warnings)
        }

        let declarations: [(label: String?, rule: String)] = [
            (httpContentType.flatMap(charset(inContentType:)), "http"),
            (metaCharset(bytes), "meta"),
        ]
        for (label, rule) in declarations {
            guard let label else { continue }
            guard var declared = Encoding(label: label) else {
                warnings.append("unknown encoding '\(label)' declared (\(rule)); ignored")
                continue
            }
            // A meta tag that says UTF-16 was read as ASCII, so it cannot be right (HTML spec: use UTF-8).
            if rule == "meta", declared == .utf16LE || declared == .utf16BE { declared = .utf8 }
            let stats = UTF8Stats(bytes)
            if declared == .utf8, stats.invalid > 0, stats.invalid >= stats.multibyte,
               let guess = uchardetGuess(bytes), guess != .utf8 {
                warnings.append("declared \(declared.name) (\(rule)) but the bytes are not valid UTF-8; decoded as \(guess.name) (detected)")
                return finish(decode(bytes[...], as: guess), guess, rule: "detected", warnings: warnings)
            }
            if declared != .utf8, declared != .utf16LE, declared != .utf16BE, stats.invalid == 0, stats.multibyte > 0 {
                warnings.append("declared \(declared.name) (\(rule)) but the bytes are valid UTF-8; decoded as UTF-8 (detected)")
                return finish(decode(bytes[...], as: .utf8), .utf8, rule: "detected", warnings: warnings)
            }
            if let result = decode(bytes[...], as: declared) {
                return finish(result, declared, rule: rule, warnings: warnings)
            }
            warnings.append("declared encoding \(declared.name) (\(rule)) is not supported here; ignored")
        }

        let stats = UTF8Stats(bytes)
        if stats.invalid == 0 {
            return finish(decode(bytes[...], as: .utf8), .utf8, rule: "detected", warnings: warnings)
        }
        if let guess = uchardetGuess(bytes), let result = decode(bytes[...], as: guess) {
            return finish(result, guess, rule: "detected", warnings: warnings)
        }
        return finish(decode(bytes[...], as: .utf8), .utf8, rule: "default", warnings: warnings)
    }

    private static func finish(_ result: (String, Int)?, _ encoding: Encoding, rule: String, warnings: [String]) -> DecodedText {
        let (text, invalid) = result ?? ("", 0)
        var warnings = warnings
        if invalid > 0 {
            warnings.append("\(invalid) invalid byte sequence(s) in \(encoding.name) replaced with U+FFFD")
        }
        return DecodedText(text: text, encoding: encoding.name, rule: rule, invalidBytes: invalid, warnings: warnings)
    }

    // MARK: - Encodings

    /// The encodings the decoder distinguishes; anything else goes through iconv by name.
    enum Encoding: Equatable {
        case utf8, utf16LE, utf16BE, windows1252
        case other(String)

        /// Normalises a charset label the way browsers do (WHATWG aliases for the common ones).
        init?(label raw: String) {
            // Foundation's trimming (and building its character set) only when an end needs it.
            func solid(_ b: UInt8?) -> Bool {
                guard let b else { return false }
                return b < 0x80 && b != 0x20 && !(b >= 0x09 && b <= 0x0D) && b != 0x22 && b != 0x27
            }
            let trimmed = solid(raw.utf8.first) && solid(raw.utf8.last) ? raw
                : raw.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
            let label = trimmed.lowercased()
            guard !label.isEmpty, label.count < 40,
                  label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) })
            else { return nil }
            switch label {
            case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
            case "utf-16", "utf-16le", "utf16", "unicode", "ucs-2": self = .utf16LE
            case "utf-16be": self = .utf16BE
            case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
                 "latin-1", "l1", "ascii", "us-ascii", "iso-ir-100", "ibm819", "cp819", "csisolatin1",
                 "ansi_x3.4-1968":
                self = .windows1252
            default: self = .other(label.uppercased())
            }
        }

        var name: String {
            switch self {
            case .utf8: "UTF-8"
            case .utf16LE: "UTF-16LE"
            case .utf16BE: "UTF-16BE"
            case .windows1252: "windows-1252"
            case let .other(name): name
            }
        }
    }

    /// Decodes bytes, returning the text and the number of replacement characters produced,
    /// or nil when the encoding is unknown to this machine.
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: Encoding) -> (String, Int)? {
        switch encoding {
        case .utf8: return decodeUTF8(bytes)
        case .utf16LE, .utf16BE: return decodeUTF16(bytes, littleEndian: encoding == .utf16LE)
        case .windows1252: return (decodeWindows1252(bytes), 0)
        case let .other(name): return decodeWithIconv(bytes, from: name)
        }
    }

    static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> (String, Int) {
        let text = String(decoding: bytes, as: UTF8.self)
        // Fast path: as many bytes out as in means nothing was replaced.
        if text.utf8.count == bytes.count { return (text, 0) }
        let produced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return (text, max(0, produced - literalReplacementCharacters(bytes)))
    }

    /// Counts EF BF BD sequences: U+FFFD written in the source is not a decoding error.
    private static func literalReplacementCharacters(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var i = bytes.startIndex
        while i + 2 < bytes.endIndex {
            if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { count += 1; i += 3 } else { i += 1 }
        }
        return count
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> (String, Int) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var invalid = bytes.count % 2 // a dangling odd byte
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var codec = UTF16()
        loop: while true {
            switch codec.decode(&iterator) {
            case let .scalarValue(scalar): scalars.append(scalar)
            case .error: invalid += 1; scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        return (String(scalars), invalid)
    }

    /// windows-1252 by table: total (every byte maps to something), unlike Foundation's converter,
    /// which fails on the five bytes cp1252 leaves undefined; those map to C1 controls as browsers do.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        // Written as UTF-8 bytes directly: appending scalars to a `String` one by one is slow.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else if byte >= 0xA0 {
                utf8.append(0xC0 | byte >> 6)
                utf8.append(0x80 | byte & 0x3F)
            } else {
                let scalar = Unicode.Scalar(cp1252High[Int(byte - 0x80)]) ?? "\u{FFFD}"
                utf8.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Any other encoding through the C library's iconv; undecodable bytes become U+FFFD and are counted.
    static func decodeWithIconv(_ bytes: ArraySlice<UInt8>, from name: String) -> (String, Int)? {
        #if canImport(Glibc)
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2)
        var invalid = 0
        var chunk = [UInt8](repeating: 0, count: 65_536)
        input.withUnsafeMutableBufferPointer { inBuffer in
            guard let base = inBuffer.baseAddress else { return }
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let (result, err, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int32, Int) in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (r, errno, outBuffer.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result == -1, err != E2BIG {
                    // EILSEQ or EINVAL: skip one byte, mark it, go on.
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    invalid += 1
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        return (String(decoding: output, as: UTF8.self), invalid)
        #else
        return nil
        #endif
    }

    // MARK: - Sniffing

    static func byteOrderMark(_ bytes: [UInt8]) -> (Encoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// Magic numbers of common binary formats, checked before anything else.
    private static let magic: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        (Array("Rar!".utf8), "RAR archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "MS Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("wOFF".utf8), "WOFF font"),
        (Array("wOF2".utf8), "WOFF2 font"),
        ([0x00, 0x00, 0x01, 0x00], "ICO image"),
        (Array("SQLite format 3".utf8), "SQLite database"),
    ]

    /// The kind of binary data, or nil when the bytes may be text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (signature, name) in magic where bytes.starts(with: signature) { return name }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), bytes[8..<12].elementsEqual("WEBP".utf8) {
            return "WebP image"
        }
        if bytes.count >= 12, bytes[4..<8].elementsEqual("ftyp".utf8) { return "MP4/QuickTime media" }
        if byteOrderMark(bytes) != nil || utf16ByNulPattern(bytes) != nil { return nil }
        // Text has no NUL bytes; tolerate a stray few (1% of the first 8 KB), as ripgrep does.
        let sample = bytes.prefix(8192)
        let nuls = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nuls > 0, nuls * 100 > sample.count { return "binary data (NUL bytes)" }
        return nil
    }

    /// UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte.
    static func utf16ByNulPattern(_ bytes: [UInt8]) -> Encoding? {
        let sample = bytes.prefix(8192)
        let pairs = sample.count / 2
        guard pairs >= 8 else { return nil }
        var evenNul = 0, oddNul = 0
        var i = sample.startIndex
        while i + 1 < sample.endIndex {
            if sample[i] == 0 { evenNul += 1 }
            if sample[i + 1] == 0 { oddNul += 1 }
            i += 2
        }
        if oddNul * 10 >= pairs * 6, evenNul * 50 < pairs { return .utf16LE }
        if evenNul * 10 >= pairs * 6, oddNul * 50 < pairs { return .utf16BE }
        return nil
    }

    /// The `charset` parameter of a `Content-Type` value (`text/html; charset="ISO-8859-1"`).
    static func charset(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let label = pair[1].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'")))
            return label.isEmpty ? nil : label
        }
        return nil
    }

    /// A byte-level prescan of the first 4 KB for `<meta ... charset=...>`, skipping comments.
    /// Covers both `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let meta = Array("<meta".utf8), charset = Array("charset".utf8), open = Array("<!--".utf8), close = Array("-->".utf8)
        // Compares in place: `head[i...].starts(with:)` at every byte was most of this function's time.
        func matches(_ needle: [UInt8], at i: Int) -> Bool {
            guard i + needle.count <= head.count else { return false }
            for k in 0..<needle.count where head[i + k] != needle[k] { return false }
            return true
        }
        var i = 0
        while i < head.count {
            if head[i] == UInt8(ascii: "<"), matches(open, at: i) {
                i = indexAfter(close, in: head, from: i + 4) ?? head.count
                continue
            }
            guard head[i] == UInt8(ascii: "<"), matches(meta, at: i) else { i += 1; continue }
            let end = head[i...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            var j = i + meta.count
            while j < end {
                guard head[j] == UInt8(ascii: "c"), matches(charset, at: j) else { j += 1; continue }
                j += charset.count
                while j < end, head[j] == 32 || head[j] == 9 || head[j] == 10 || head[j] == 13 { j += 1 }
                guard j < end, head[j] == UInt8(ascii: "=") else { continue }
                j += 1
                while j < end, head[j] == 32 || head[j] == 9 || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'") { j += 1 }
                var k = j
                while k < end, !" \t\r\n\"';/>".utf8.contains(head[k]) { k += 1 }
                if k > j { return String(decoding: head[j..<k], as: UTF8.self) }
            }
            i = end
        }
        return nil
    }

    private static func indexAfter(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= haystack.count {
            var k = 0
            while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i + needle.count }
            i += 1
        }
        return nil
    }

    /// uchardet's guess on (up to) the first 256 KB, mapped to ``Encoding``; nil when it has none.
    static func uchardetGuess(_ bytes: [UInt8]) -> Encoding? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let sample = bytes.prefix(262_144)
        let status = sample.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { uchardet_handle_data(detector, $0, buffer.count) }
            } ?? 0
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector), name.pointee != 0 else { return nil }
        let guess = Encoding(label: String(cString: name))
        // uchardet takes Dutch windows-1252 text for windows-1250 or ISO-8859-2 when it sees a
        // few accented letters (`geïnteresseerd` then reads `geďnteresseerd`). Centric reads
        // Western European text, so a guessed Latin single-byte encoding is read as windows-1252.
        if case let .other(label) = guess, latinSingleByteGuesses.contains(label) { return .windows1252 }
        return guess
    }

    /// uchardet answers that are Latin-script single-byte encodings (read as windows-1252).
    static let latinSingleByteGuesses: Set<String> = [
        "WINDOWS-1250", "WINDOWS-1254", "WINDOWS-1257", "WINDOWS-1258", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4",
        "ISO-8859-9", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16", "MAC-CENTRALEUROPE",
    ]
}

/// Counts of a UTF-8 validation pass: valid multi-byte sequences and invalid bytes.
struct UTF8Stats {
    var multibyte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: invalid += 1; i += 1; continue
            }
            guard i + length <= n else { invalid += 1; i += 1; continue }
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var ok = true
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { ok = false; break }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if ok, scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) {
                multibyte += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
    }
}
