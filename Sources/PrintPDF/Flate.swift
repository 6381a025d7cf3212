internal import CDeflate

/// zlib's deflate, as PDF's `/FlateDecode` streams hold it, with one zlib stream for many
/// buffers, reset between them: a page's glyph forms are a hundred or more streams of a few
/// hundred bytes each, and setting zlib up anew for each (qpdf does, for every stream it
/// compresses) cost more than compressing them. The print PDFs' ICC profiles (ISO Coated v2 is
/// 1 MB, the same in every file) are compressed once, too, and handed to qpdf already filtered.
final class Deflater {
    /// zlib keeps a pointer back to its stream, so the stream stays where it was made.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)

    init() {
        stream.initialize(to: z_stream())
        let status = campaign_deflate_init(stream, Z_DEFAULT_COMPRESSION)
        precondition(status == Z_OK, "zlib could not set up a stream")
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    func compressed(_ bytes: [UInt8]) -> [UInt8] {
        deflateReset(stream)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = uInt(input.count)
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(out.count)
                return deflate(stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "zlib could not compress \(bytes.count) bytes in a buffer of its own bound")
        return Array(output.prefix(Int(stream.pointee.total_out)))
    }
}

