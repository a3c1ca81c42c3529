import CStemmer

/// Errors from the text stage.
public enum TextError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownStemmerLanguage(String)

    public var description: String {
        switch self {
        case let .unknownStemmerLanguage(code):
            "Snowball has no stemmer for '\(code)'; use en or nl (or another Snowball language name)"
        }
    }
}

/// Snowball stemming through libstemmer. One instance per worker: libstemmer's stemmers keep
/// internal buffers and are not thread-safe.
public final class Stemmer {
    public let language: String
    private let stemmer: OpaquePointer

    /// - Parameter language: an ISO 639-1 code (`en`, `nl`) or a Snowball algorithm name.
    public init(language: String) throws(TextError) {
        let algorithm = Self.algorithmName(language)
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else {
            throw .unknownStemmerLanguage(language)
        }
        self.language = language
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// Maps ISO codes to Snowball algorithm names; other names pass through.
    static func algorithmName(_ language: String) -> String {
        switch language {
        case "en": "english"
        case "nl": "dutch"
        case "de": "german"
        case "fr": "french"
        default: language
        }
    }

    /// The stem of a lowercase UTF-8 word.
    public func stem(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return "" }
        let out = base.withMemoryRebound(to: sb_symbol.self, capacity: bytes.count) {
            sb_stemmer_stem(stemmer, $0, Int32(bytes.count))
        }
        guard let out else { return String(decoding: bytes, as: UTF8.self) }
        let length = Int(sb_stemmer_length(stemmer))
        return out.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { stem($0) }
    }
}
