import TextLayout

/// A glyph outline as SVG path data, in font units with y up.
enum GlyphPath {
    static func data(_ outline: GlyphOutline) -> String {
        outline.commands.map { command in
            switch command {
            case let .move(x, y): "M" + pair(x, y)
            case let .line(x, y): "L" + pair(x, y)
            case let .quadratic(cx, cy, x, y): "Q" + pair(cx, cy) + " " + pair(x, y)
            case let .cubic(c1x, c1y, c2x, c2y, x, y): "C" + pair(c1x, c1y) + " " + pair(c2x, c2y) + " " + pair(x, y)
            case .close: "Z"
            }
        }.joined()
    }

    private static func pair(_ x: Float, _ y: Float) -> String {
        SVGNumber.format(Double(x), decimals: 2) + " " + SVGNumber.format(Double(y), decimals: 2)
    }

    /// An XML id for a glyph of a face: `g-NotoSans-Bold-36`.
    static func id(face: FaceKey, glyph: UInt32) -> String {
        let stem = face.file.split(separator: ".").dropLast().joined(separator: ".")
        let slug = String((stem.isEmpty ? face.file : stem).map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
        return "g-\(slug)\(face.index == 0 ? "" : "-\(face.index)")-\(glyph)"
    }
}
