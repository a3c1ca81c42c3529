import CZlib
import Foundation

/// Streaming gzip decompression with zlib, so a `.gz` export is read like the plain file:
/// in chunks, never whole. Concatenated gzip members (`cat a.gz b.gz`) are read one after the
/// other, as `gunzip` does. Corrupt or cut-off data is an `IngestError` that says which.
final class GzipInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    /// Compressed bytes not yet consumed.
    private var input: [UInt8] = []
    private var inputOffset = 0
    /// Total compressed bytes consumed, for error messages.
    private(set) var consumed = 0
    /// True between members: the last member ended and no byte of a new one has been read.
    private(set) var atMemberEnd = false
    private var ready = false

    init() throws(IngestError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 16: a gzip wrapper only (not raw deflate, not zlib), largest window.
        let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw IngestError(.unreadable, "zlib could not start (status \(status))")
        }
        ready = true
    }

    deinit {
        if ready { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Whether more compressed input is needed before `inflate` can produce anything.
    var needsInput: Bool { inputOffset >= input.count }

    /// Hands compressed bytes to the inflater (after `needsInput` said so).
    func supply(_ bytes: [UInt8]) {
        input = bytes
        inputOffset = 0
    }

    /// Decompresses up to `limit` bytes from the supplied input; empty when it needs more input.
    func inflate(limit: Int) throws(IngestError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: limit)
        var produced = 0
        while produced < limit && inputOffset < input.count {
            if atMemberEnd {
                // Trailing zero padding after the last member is tolerated (tar and some tools add it).
                if input[inputOffset...].allSatisfy({ $0 == 0 }) {
                    inputOffset = input.count
                    break
                }
                inflateReset(stream)
                atMemberEnd = false
            }
            let available = input.count - inputOffset
            let before = (inputOffset, produced)
            let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    stream.pointee.next_in = inBuffer.baseAddress! + inputOffset
                    stream.pointee.avail_in = UInt32(available)
                    stream.pointee.next_out = outBuffer.baseAddress! + produced
                    stream.pointee.avail_out = UInt32(limit - produced)
                    let status = CZlib.inflate(stream, Z_NO_FLUSH)
                    inputOffset += available - Int(stream.pointee.avail_in)
                    produced = limit - Int(stream.pointee.avail_out)
                    return status
                }
            }
            consumed += inputOffset - before.0
            switch status {
            case Z_OK: break
            case Z_STREAM_END: atMemberEnd = true
            case Z_BUF_ERROR:
                if (inputOffset, produced) == before { return Array(output[..<produced]) }
            default:
                throw IngestError(.undecodable, "the gzip data is corrupt after \(consumed) compressed bytes (\(message(status))); the file is damaged: fetch or copy it again")
            }
        }
        return Array(output[..<produced])
    }

    /// Checks, at the end of the compressed input, that the last member was complete.
    func finish() throws(IngestError) {
        if !atMemberEnd {
            throw IngestError(.undecodable, "the gzip data ends early, after \(consumed) compressed bytes: the file was cut off; fetch or copy it again")
        }
    }

    private func message(_ status: Int32) -> String {
        if let text = stream.pointee.msg { return String(cString: text) }
        return "zlib status \(status)"
    }

    // MARK: - Whole buffers

    /// The decompressed bytes of `data`; throws `tooLarge` (as a message) past `limit` bytes.
    static func decompress(_ data: Data, limit: Int) throws(IngestError) -> Data {
        let inflater = try GzipInflater()
        inflater.supply([UInt8](data))
        var result = Data()
        while true {
            let piece = try inflater.inflate(limit: 1 << 20)
            if piece.isEmpty { break }
            result.append(contentsOf: piece)
            if result.count > limit {
                throw IngestError(.unreadable, "the data decompresses to more than \(limit) bytes")
            }
        }
        try inflater.finish()
        return result
    }

    /// `data` gzip-compressed (one member, default level).
    static func compress(_ data: Data) -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return Data() }
        defer { deflateEnd(&stream) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        return Data(output[..<produced])
    }

    /// Whether bytes start with the gzip magic number.
    static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x1F, 0x8B])
    }
}
