import Testing
import TextLayout

/// Lines never meet, in any script: measured on the glyph outlines themselves (HarfBuzz's),
/// not on the extents the layout used to space them.
@Suite struct LineSpacingTests {
    let engine = TextLayoutEngine(fonts: Fonts.library)

    static let samples: [(language: String, families: [String], text: String)] = [
        ("ar", ["Noto Sans", "Noto Sans Arabic"], "هل يُجبرك أحد على العمل؟ لا يُسمح لك بالمغادرة؟ لك حقوق."),
        ("ur", ["Noto Sans", "Noto Nastaliq Urdu"], "چھٹیوں پر جانے سے پہلے گھر کو تالا لگائیں"),
        ("th", ["Noto Sans", "Noto Sans Thai"], "ล็อกบ้านให้เรียบร้อยก่อนออกเดินทางช่วงวันหยุด"),
        ("vi", ["Noto Sans"], "Hãy khóa cửa cẩn thận trước khi rời khỏi nhà vào kỳ nghỉ lễ"),
        ("hi", ["Noto Sans", "Noto Sans Devanagari"], "छुट्टियों पर जाने से पहले घर पर ताला लगाएँ"),
        ("km", ["Noto Sans", "Noto Sans Khmer"], "ចាក់សោផ្ទះឲ្យបានជាប់មុនចេញដំណើរនៅថ្ងៃឈប់សម្រាក"),
        ("cs", ["Noto Sans"], "Ďábelsky Šťastné Čtvrtky: gypsy Ůžasné Řádky jsou Ústřední"),
    ]

    @Test(arguments: samples.indices, [TextStyle.Alignment.left, .center, .right])
    func noGlyphMeetsOneOfTheNextLine(sample: Int, alignment: TextStyle.Alignment) throws {
        let (language, families, text) = Self.samples[sample]
        let style = TextStyle(
            families: families, weight: 700, language: language,
            direction: ["ar", "ur"].contains(language) ? .rightToLeft : .leftToRight, lineHeight: 1.0,
            alignment: alignment)
        let block = try engine.layout(text, style: style, size: 40, width: 300)
        #expect(block.lines.count >= 3, "the sample should wrap to several lines")
        let frame = block.width
        let boxes = block.lines.map { line in glyphBoxes(line, size: 40, alignment: alignment, frame: frame) }
        for (upper, lower) in zip(boxes, boxes.dropFirst()) {
            for high in upper {
                for low in lower where low.left < high.right && high.left < low.right {
                    #expect(high.bottom <= low.top, "\(language): a glyph reaches \(high.bottom - low.top) pt into the next line")
                }
            }
        }
    }

    @Test func latinKeepsTheDesignersLineHeight() throws {
        let block = try engine.layout(
            "Lock every door and window before you leave home", style: Fonts.style("en"), size: 20, width: 200)
        #expect(block.lines.count > 2)
        for (upper, lower) in zip(block.lines, block.lines.dropFirst()) {
            #expect(abs(lower.baseline - upper.baseline - 24) < 0.001)
        }
    }

    @Test func arabicGetsMoreRoomThanItsLatinLineHeight() throws {
        let block = try engine.layout(
            "في الاتحاد الأوروبي، يحق لضحايا الاتجار بالبشر الحصول على المساعدة والأمان والدعم.",
            style: Fonts.style("ar"), size: 20, width: 200)
        #expect(block.lines.count > 2)
        for (upper, lower) in zip(block.lines, block.lines.dropFirst()) {
            #expect(lower.baseline - upper.baseline > 24.5)
        }
    }

    /// Each glyph's outline box in the block, from its on-curve points and the midpoints of
    /// its curves, with the line placed as `alignment` places it in a frame of `frame` points.
    private func glyphBoxes(_ line: TextLine, size: Double, alignment: TextStyle.Alignment, frame: Double)
        -> [(left: Double, right: Double, top: Double, bottom: Double)]
    {
        let span = line.extent.right - line.extent.left
        let start = switch alignment {
        case .left: 0.0
        case .center: (frame - span) / 2
        case .right: frame - span
        }
        let originX = start - line.extent.left
        return line.glyphs.compactMap { glyph in
            let outline = engine.outline(face: glyph.face, glyph: glyph.glyph)
            let scale = size / Double(outline.unitsPerEm)
            var xs: [Double] = [], ys: [Double] = []
            var current = (x: Float(0), y: Float(0))
            for command in outline.commands {
                switch command {
                case let .move(x, y), let .line(x, y):
                    xs.append(Double(x)); ys.append(Double(y)); current = (x, y)
                case let .quadratic(cx, cy, x, y):
                    xs += [Double(x), Double(current.x + 2 * cx + x) / 4]
                    ys += [Double(y), Double(current.y + 2 * cy + y) / 4]
                    current = (x, y)
                case let .cubic(c1x, c1y, c2x, c2y, x, y):
                    xs += [Double(x), Double(current.x + 3 * c1x + 3 * c2x + x) / 8]
                    ys += [Double(y), Double(current.y + 3 * c1y + 3 * c2y + y) / 8]
                    current = (x, y)
                case .close: break
                }
            }
            guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return nil }
            let x = originX + glyph.x, y = line.baseline + glyph.y
            return (x + minX * scale, x + maxX * scale, y - maxY * scale, y - minY * scale)
        }
    }
}
