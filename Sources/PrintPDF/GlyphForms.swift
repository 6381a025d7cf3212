import TextLayout

/// A page's printed glyphs as PDF: each glyph's outline written once, as a form in the font's
/// units around which its `/BBox` is drawn, and a content stream that calls the form wherever
/// the glyph stands, scaled to its size and filled in its colour, as the SVG's `<use>` calls
/// its `<defs>`. A form sets no colour and needs no resources: its path is filled in the colour
/// the page chose before calling it, so one form serves every colour and every size.
enum GlyphForms {
    /// The content that draws `glyphs` on a page `pageHeight` points high (y upwards from its
    /// bottom, as PDF counts), each form added to the page's resources under `/XObject`.
    static func content(
        _ glyphs: [PrintedGlyph], pageHeight: Double, document: QPDFDocument, resources: QPDFDocument.Object
    ) -> [UInt8] {
        let forms = document.get("/XObject", of: resources).flatMap { document.isDictionary($0) ? $0 : nil } ?? {
            let forms = document.dictionary()
            document.set("/XObject", of: resources, to: forms)
            return forms
        }()
        struct Key: Hashable {
            let font: String, face: Int, glyph: UInt32
        }
        var names: [Key: String] = [:]
        let deflater = Deflater()
        var content: [UInt8] = []
        content.reserveCapacity(48 * glyphs.count)
        var color: (red: Double, green: Double, blue: Double)?
        for glyph in glyphs where !glyph.outline.commands.isEmpty {
            let key = Key(font: glyph.font, face: glyph.face, glyph: glyph.glyph)
            let name = names[key] ?? {
                let name = "/Glyph\(names.count)"
                document.set(name, of: forms, to: form(glyph.outline, document: document, deflater: deflater))
                names[key] = name
                return name
            }()
            if color.map({ ($0.red, $0.green, $0.blue) != (glyph.color.red, glyph.color.green, glyph.color.blue) }) ?? true {
                for channel in [glyph.color.red, glyph.color.green, glyph.color.blue] {
                    PDFNumber.append(channel, decimals: 4, to: &content)
                    content.append(UInt8(ascii: " "))
                }
                content.append(contentsOf: "rg\n".utf8)
                color = glyph.color
            }
            let scale = glyph.size / Double(glyph.outline.unitsPerEm)
            content.append(contentsOf: "q ".utf8)
            PDFNumber.append(scale, decimals: 8, to: &content)
            content.append(contentsOf: " 0 0 ".utf8)
            PDFNumber.append(scale, decimals: 8, to: &content)
            content.append(UInt8(ascii: " "))
            PDFNumber.append(glyph.x, decimals: 3, to: &content)
            content.append(UInt8(ascii: " "))
            PDFNumber.append(pageHeight - glyph.y, decimals: 3, to: &content)
            content.append(contentsOf: " cm ".utf8)
            content.append(contentsOf: name.utf8)
            content.append(contentsOf: " Do Q\n".utf8)
        }
        return content
    }

    /// The outline as a form: its path, filled by the non-zero rule as fonts' outlines are.
    private static func form(_ outline: GlyphOutline, document: QPDFDocument, deflater: Deflater) -> QPDFDocument.Object {
        var path: [UInt8] = []
        path.reserveCapacity(24 * outline.commands.count)
        var bounds = (low: (x: Float.infinity, y: Float.infinity), high: (x: -Float.infinity, y: -Float.infinity))
        var current = (x: Float(0), y: Float(0)), start = current
        func point(_ x: Float, _ y: Float) {
            PDFNumber.append(Double(x), decimals: 2, to: &path)
            path.append(UInt8(ascii: " "))
            PDFNumber.append(Double(y), decimals: 2, to: &path)
            path.append(UInt8(ascii: " "))
            bounds.low = (min(bounds.low.x, x), min(bounds.low.y, y))
            bounds.high = (max(bounds.high.x, x), max(bounds.high.y, y))
        }
        func end(_ operator: StaticString) {
            path.append(contentsOf: UnsafeBufferPointer(start: `operator`.utf8Start, count: `operator`.utf8CodeUnitCount))
            path.append(UInt8(ascii: "\n"))
        }
        for command in outline.commands {
            switch command {
            case let .move(x, y):
                point(x, y)
                end("m")
                current = (x, y)
                start = current
            case let .line(x, y):
                point(x, y)
                end("l")
                current = (x, y)
            case let .quadratic(cx, cy, x, y):
                // PDF has cubic curves only; a quadratic one is the cubic with its control points
                // two thirds of the way to the quadratic's.
                point(current.x + 2 / 3 * (cx - current.x), current.y + 2 / 3 * (cy - current.y))
                point(x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y))
                point(x, y)
                end("c")
                current = (x, y)
            case let .cubic(c1x, c1y, c2x, c2y, x, y):
                point(c1x, c1y)
                point(c2x, c2y)
                point(x, y)
                end("c")
                current = (x, y)
            case .close:
                end("h")
                current = start
            }
        }
        path.append(contentsOf: "f\n".utf8)
        // Control points bound the curves; a unit more on each side covers the rounding.
        let box = [bounds.low.x - 1, bounds.low.y - 1, bounds.high.x + 1, bounds.high.y + 1].map { Int($0.rounded(.down)) }
        return document.stream(deflater.compressed(path), deflated: true, entries: [
            ("/Type", document.name("/XObject")), ("/Subtype", document.name("/Form")),
            ("/BBox", document.parse("[\(box.map(String.init).joined(separator: " "))]")), ("/Resources", document.dictionary()),
        ])
    }
}
