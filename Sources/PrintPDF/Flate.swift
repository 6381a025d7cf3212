internal import CDeflate

/// zlib's deflate, as PDF's `/FlateDecode` streams hold it. The print PDFs' ICC profiles are
/// large (ISO Coated v2 is 1 MB) and the same in every file: compressed once, they are handed
/// to qpdf already filtered instead of being compressed again for each PDF.
enum Flate {
    static func compressed(_ bytes: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { compress2(out.baseAddress, &size, $0.baseAddress, uLong($0.count), Z_DEFAULT_COMPRESSION) }
        }
        precondition(status == Z_OK, "zlib could not compress \(bytes.count) bytes in a buffer of its own bound")
        return Array(output.prefix(Int(size)))
    }
}
