import Foundation
import Raster

/// The chunks of a PNG file, read by their length-type-data-CRC framing, for checking what the
/// encoder wrote (the pixels themselves are decoded by gdk-pixbuf, see `decode`).
struct PNGChunks {
    let chunks: [(type: String, data: [UInt8])]

    init(_ bytes: [UInt8]) {
        var chunks: [(String, [UInt8])] = []
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            chunks.append((type, Array(bytes[offset + 8..<min(bytes.count, offset + 8 + length)])))
            offset += 12 + length
        }
        self.chunks = chunks
    }

    var types: [String] { chunks.map(\.type) }

    func first(_ type: String) -> [UInt8]? { chunks.first { $0.type == type }?.data }

    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 << 8 | Int($1) } }

    /// The PNG decoded by gdk-pixbuf through librsvg: an SVG showing it at 1:1, rendered.
    static func decode(_ png: [UInt8], width: Int, height: Int) throws -> RasterImage {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="\(width)" height="\(height)">
            <image width="\(width)" height="\(height)" xlink:href="data:image/png;base64,\(Data(png).base64EncodedString())"/></svg>
            """
        return try Rasterizer.image(fromSVG: Array(svg.utf8), width: width, height: height)
    }
}
