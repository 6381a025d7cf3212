internal import CPango

/// Lays out text with Pango: shaping with HarfBuzz, bidi with FriBidi, line breaking by the
/// Unicode rules, font fallback through fontconfig, and unhinted, resolution-free metrics.
///
/// Pango objects are not shared between threads: make one engine per thread. Engines share the
/// process's `FontLibrary`.
public final class TextLayoutEngine {
    /// The longest text the engine lays out; longer input is a mistake, refused before Pango
    /// spends time on it.
    public static let characterLimit = 10_000

    /// Every text is shaped and broken at this one size and the result scaled to the size asked
    /// for: the fonts are used unhinted, so their metrics scale exactly, and Pango then finds and
    /// sorts the fonts of a style once instead of at every size copy-fit tries (which took a
    /// quarter of a build, and held a font face per size in memory).
    static let referenceSize = 100.0

    /// The least gap between the glyphs of two lines, as a fraction of the font size.
    static let lineClearance = 0.02

    let fonts: FontLibrary
    let hyphenation: HyphenationLibrary
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private var faces: [FaceKey: Face] = [:]
    /// Where each face's font file is, as fontconfig found it.
    private var fontFiles: [FaceKey: String] = [:]

    public init(fonts: FontLibrary, hyphenation: HyphenationLibrary = .shared) {
        self.fonts = fonts
        self.hyphenation = hyphenation
        fontMap = campaign_font_map_new(fonts.configuration)
        context = pango_font_map_create_context(fontMap)
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit {
        for face in faces.values { face.release() }
        campaign_object_unref(UnsafeMutableRawPointer(context))
        campaign_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// Lays `text` out at `size` points, wrapping lines so that they cover at most `width` points,
    /// ink margins included (`TextLine.extent`). A paragraph break (`\n`) starts a new line.
    public func layout(_ text: String, style: TextStyle, size: Double, width: Double) throws(TextLayoutError) -> TextBlock {
        try layout(Paragraph(text, language: style.language), style: style, size: size, width: width)
    }

    /// Lays a paragraph out, leaving hyphenated words whole again until no more than two lines
    /// in a row end in a hyphen.
    func layout(_ paragraph: Paragraph, style: TextStyle, size: Double, width: Double) throws(TextLayoutError) -> TextBlock {
        var whole = Set<Int>()
        while true {
            let (text, words) = paragraph.text(keepingWhole: whole)
            let block = try setLines(text, paragraph: paragraph, style: style, size: size, width: width)
            guard paragraph.hyphenated != nil, paragraph.limitsHyphenatedLines, let end = Self.thirdHyphenatedLineEnd(in: block),
                let word = words.firstIndex(where: { $0.contains(end - 1) }), !whole.contains(word)
            else { return block }
            whole.insert(word)
        }
    }

    /// Where the first line that ends a third hyphenated line in a row ends.
    private static func thirdHyphenatedLineEnd(in block: TextBlock) -> Int? {
        var run = 0
        for line in block.lines {
            run = line.isHyphenated ? run + 1 : 0
            if run == 3 { return line.end }
        }
        return nil
    }

    private func setLines(
        _ text: String, paragraph: Paragraph, style: TextStyle, size: Double, width: Double
    ) throws(TextLayoutError) -> TextBlock {
        let characters = text.unicodeScalars.count
        guard characters <= Self.characterLimit else {
            throw .textTooLong(characters: characters, limit: Self.characterLimit)
        }
        pango_context_set_language(context, pango_language_from_string(style.language))
        pango_context_set_base_dir(context, style.direction == .rightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR)

        let layout = pango_layout_new(context)!
        defer { campaign_object_unref(UnsafeMutableRawPointer(layout)) }
        let description = pango_font_description_new()!
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, style.families.joined(separator: ","))
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(style.weight)))
        let scale = size / Self.referenceSize
        pango_font_description_set_absolute_size(description, Self.referenceSize * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_layout_set_auto_dir(layout, 0)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        let inkMargin = size / 25
        pango_layout_set_width(layout, Int32((max(width - 2 * inkMargin, 0) / scale * Double(PANGO_SCALE)).rounded(.down)))
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                pango_layout_set_text(layout, $0, Int32(buffer.count))
            }
        }
        let unbreakable = LineBreakRules.unbreakableRanges(
            in: text, language: style.language, phrases: style.breaksAtPhrases, keepLastWords: paragraph.keepsLastWords)
        if !unbreakable.isEmpty {
            let attributes = pango_attr_list_new()!
            defer { pango_attr_list_unref(attributes) }
            for range in unbreakable {
                let attribute = pango_attr_allow_breaks_new(0)!
                attribute.pointee.start_index = UInt32(range.lowerBound)
                attribute.pointee.end_index = UInt32(range.upperBound)
                pango_attr_list_insert(attributes, attribute)
            }
            pango_layout_set_attributes(layout, attributes)
        }

        let strut = self.strut(description, language: style.language)
        func points(_ pangoUnits: some BinaryInteger) -> Double { Self.points(pangoUnits) * scale }
        var missing: [Unicode.Scalar] = []
        var lines: [MeasuredLine] = []
        for index in 0..<pango_layout_get_line_count(layout) {
            guard let line = pango_layout_get_line_readonly(layout, index) else { continue }
            var logical = PangoRectangle(), ink = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            let end = min(utf8.count, start + length)
            var lineText = String(decoding: utf8[start..<end], as: UTF8.self)
            while lineText.last == "\n" || lineText.last == "\r" { lineText.removeLast() }
            let hyphenated = lineText.unicodeScalars.last == HyphenatedText.softHyphen
            if paragraph.addedWordBreaks {
                lineText.unicodeScalars.removeAll { $0 == LineBreakRules.zeroWidthSpace }
            }
            var inkBoxes: [InkBox] = []
            let glyphs = positionedGlyphs(
                of: line, text: utf8, originX: Double(logical.x), scale: scale, missing: &missing, inkBoxes: &inkBoxes)
            // Renderers pad the ink they measure by a fraction of a pixel (anti-aliasing); a
            // margin of 1/25 em keeps glyphs that overhang their advance inside any of them.
            let hasInk = ink.width > 0, margin = inkMargin
            // Nastaliq's cascades and stacked marks can reach past the fonts' logical extents:
            // the line is as tall as its glyphs reach.
            let inkTop = inkBoxes.map(\.top).min() ?? 0, inkBottom = inkBoxes.map(\.bottom).max() ?? 0
            lines.append(MeasuredLine(
                text: lineText, width: points(logical.width),
                ascent: max(points(-logical.y), strut.ascent * scale, -inkTop),
                descent: max(points(logical.height + logical.y), strut.descent * scale, inkBottom),
                inkLeft: hasInk ? points(ink.x - logical.x) - margin : 0,
                inkRight: hasInk ? points(ink.x + ink.width - logical.x) + margin : 0,
                glyphs: glyphs, inkBoxes: inkBoxes, isHyphenated: hyphenated, end: end))
        }
        if !missing.isEmpty {
            var seen = Set<Unicode.Scalar>()
            throw .missingGlyphs(missing.filter { seen.insert($0).inserted })
        }
        return Self.block(
            size: size, lineHeight: style.lineHeight, strut: (strut.ascent + strut.descent) * scale,
            alignment: style.alignment, lines: lines)
    }

    /// The ascent and descent of the first family of `description`: every line is at least that
    /// tall, as CSS line boxes are (its "strut"), even when fallback fonts set all its glyphs.
    private func strut(_ description: OpaquePointer, language: String) -> (ascent: Double, descent: Double) {
        guard let font = pango_context_load_font(context, description) else { return (0, 0) }
        defer { campaign_object_unref(UnsafeMutableRawPointer(font)) }
        guard let metrics = pango_font_get_metrics(font, pango_language_from_string(language)) else { return (0, 0) }
        defer { pango_font_metrics_unref(metrics) }
        return (Self.points(pango_font_metrics_get_ascent(metrics)), Self.points(pango_font_metrics_get_descent(metrics)))
    }

    /// The path of the font file a face of this engine's layouts comes from.
    public func fontFile(of key: FaceKey) -> String? { fontFiles[key] }

    /// The outline of a glyph, in font units, y up.
    public func outline(face key: FaceKey, glyph: UInt32) -> GlyphOutline {
        guard let face = faces[key] else { return GlyphOutline(unitsPerEm: 1000, commands: []) }
        return face.outline(glyph)
    }

    private func positionedGlyphs(
        of line: UnsafeMutablePointer<PangoLayoutLine>, text: [UInt8], originX: Double, scale: Double, missing: inout [Unicode.Scalar],
        inkBoxes: inout [InkBox]
    ) -> [PositionedGlyph] {
        var result: [PositionedGlyph] = []
        var x = 0.0
        var node = line.pointee.runs
        while let current = node {
            defer { node = current.pointee.next }
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = run.pointee.item, let glyphString = run.pointee.glyphs
            else { continue }
            let key = faceKey(of: item.pointee.analysis.font)
            let runOffset = Double(run.pointee.y_offset)
            let clusters = Self.clusterTexts(of: glyphString, item: item.pointee, in: text)
            for index in 0..<Int(glyphString.pointee.num_glyphs) {
                let info = glyphString.pointee.glyphs[index]
                let glyph = info.glyph
                if glyph != campaign_pango_glyph_empty {
                    if glyph & campaign_pango_glyph_unknown_flag != 0 {
                        if let scalar = Unicode.Scalar(glyph & ~campaign_pango_glyph_unknown_flag) { missing.append(scalar) }
                    } else if let key {
                        let placed = PositionedGlyph(
                            face: key, glyph: glyph,
                            x: Self.points(x + Double(info.geometry.x_offset) - originX) * scale,
                            y: Self.points(Double(info.geometry.y_offset) - runOffset) * scale,
                            characters: clusters[index])
                        result.append(placed)
                        var ink = PangoRectangle()
                        pango_font_get_glyph_extents(item.pointee.analysis.font, glyph, &ink, nil)
                        if ink.width > 0, ink.height > 0 {
                            inkBoxes.append(InkBox(
                                left: placed.x + Self.points(ink.x) * scale, right: placed.x + Self.points(ink.x + ink.width) * scale,
                                top: placed.y + Self.points(ink.y) * scale, bottom: placed.y + Self.points(ink.y + ink.height) * scale))
                        }
                    }
                }
                x += Double(info.geometry.width)
            }
        }
        return result
    }

    /// For each glyph of a run, the characters of its cluster if it is the cluster's first glyph
    /// in visual order, else "". A cluster's characters run from its start to the next cluster's
    /// start in logical order (Pango's `log_clusters`, in bytes from the item's start). What an
    /// empty glyph stands for (a zero-width non-joiner, say) joins a neighbour's characters, so
    /// that no character is lost.
    private static func clusterTexts(of glyphs: UnsafeMutablePointer<PangoGlyphString>, item: PangoItem, in text: [UInt8]) -> [String] {
        let count = Int(glyphs.pointee.num_glyphs)
        guard count > 0, let logClusters = glyphs.pointee.log_clusters else { return Array(repeating: "", count: count) }
        let itemStart = Int(item.offset), itemEnd = min(text.count, Int(item.offset + item.length))
        let starts = Set((0..<count).map { Int(logClusters[$0]) }).sorted()
        var ends: [Int: Int] = [:]
        for (position, start) in starts.enumerated() {
            ends[start] = position + 1 < starts.count ? itemStart + starts[position + 1] : itemEnd
        }
        var texts = (0..<count).map { index in
            let start = Int(logClusters[index])
            guard index == 0 || logClusters[index - 1] != logClusters[index] else { return "" }
            let lower = min(itemStart + start, itemEnd), upper = max(lower, ends[start] ?? itemEnd)
            var characters = String(decoding: text[lower..<upper], as: UTF8.self)
            characters.unicodeScalars.removeAll { $0 == LineBreakRules.zeroWidthSpace || $0 == "\n" || $0 == "\r" }
            return characters
        }
        let isEmpty = { (index: Int) in glyphs.pointee.glyphs[index].glyph == campaign_pango_glyph_empty }
        let rightToLeft = item.analysis.level % 2 == 1
        for index in 0..<count where isEmpty(index) && !texts[index].isEmpty {
            let moved = texts[index]
            texts[index] = ""
            // In visual order, a glyph to the left is logically before in left-to-right text
            // and after in right-to-left text.
            if let left = (0..<index).last(where: { !isEmpty($0) }) {
                texts[left] = rightToLeft ? moved + texts[left] : texts[left] + moved
            } else if let right = (index + 1..<count).first(where: { !isEmpty($0) }) {
                texts[right] = rightToLeft ? texts[right] + moved : moved + texts[right]
            }
        }
        return texts
    }

    /// The stable key of a Pango font, registering its face for outlines on first sight.
    private func faceKey(of font: UnsafeMutablePointer<PangoFont>?) -> FaceKey? {
        guard let font, let pattern = campaign_font_pattern(font), let path = pattern.string(FC_FILE) else { return nil }
        let file = String(path.split(separator: "/").last ?? Substring(path))
        let key = FaceKey(file: file, index: pattern.integer(FC_INDEX) ?? 0)
        if faces[key] == nil, let hbFont = pango_font_get_hb_font(font) {
            faces[key] = Face(hb_font_get_face(hbFont))
            fontFiles[key] = path
        }
        return key
    }

    private static func points(_ pangoUnits: some BinaryInteger) -> Double {
        Double(pangoUnits) / Double(PANGO_SCALE)
    }

    private static func points(_ pangoUnits: Double) -> Double {
        pangoUnits / Double(PANGO_SCALE)
    }

    /// A line as Pango measured it, before it is stacked into a block.
    private struct MeasuredLine {
        let text: String
        let width: Double, ascent: Double, descent: Double, inkLeft: Double, inkRight: Double
        let glyphs: [PositionedGlyph]
        /// Where each glyph's ink is, from the line's origin on its baseline.
        let inkBoxes: [InkBox]
        let isHyphenated: Bool
        let end: Int

        /// The span the line covers, as `TextLine.extent`.
        var extent: (left: Double, right: Double) { (min(0, inkLeft), max(width, inkRight)) }
    }

    /// The ink of one glyph, in points from its line's origin: x to the right, y down.
    struct InkBox {
        let left: Double, right: Double, top: Double, bottom: Double
    }

    /// Stacks the lines and measures the block from the highest ascent to the lowest descent.
    ///
    /// The distance between two baselines is the style's line height, scaled where the fonts on
    /// those lines are taller than the first family (its "strut": Noto Sans Arabic, Thai or
    /// Nastaliq Urdu are made for more room than Latin) by the square root of how much taller,
    /// half way between the designer's leading and the font's own; and never less than what keeps every glyph
    /// of the upper line clear of the glyphs of the lower one that stand under it, where the
    /// alignment puts them.
    private static func block(
        size: Double, lineHeight: Double, strut: Double, alignment: TextStyle.Alignment, lines: [MeasuredLine]
    ) -> TextBlock {
        guard let first = lines.first else { return TextBlock(size: size, lines: [], width: 0, height: 0) }
        func fontFactor(_ line: MeasuredLine) -> Double {
            strut > 0 ? max(1, ((line.ascent + line.descent) / strut).squareRoot()) : 1
        }
        let frame = lines.map { $0.extent.right - $0.extent.left }.max() ?? 0
        func origin(_ line: MeasuredLine) -> Double {
            TextLine.origin(extent: line.extent, aligned: alignment, in: frame)
        }
        let clearance = lineClearance * size
        var baselines = [first.ascent]
        for (upper, lower) in zip(lines, lines.dropFirst()) {
            let designed = lineHeight * size * max(fontFactor(upper), fontFactor(lower))
            let shift = origin(lower) - origin(upper)
            var clear = 0.0
            for high in upper.inkBoxes {
                for low in lower.inkBoxes
                where low.left + shift < high.right + clearance && high.left < low.right + shift + clearance {
                    clear = max(clear, high.bottom - low.top + clearance)
                }
            }
            baselines.append(baselines[baselines.count - 1] + max(designed, clear))
        }
        let top = zip(lines, baselines).map { $1 - $0.ascent }.min() ?? 0
        let bottom = zip(lines, baselines).map { $1 + $0.descent }.max() ?? 0
        let placed = zip(lines, baselines).map { line, baseline in
            TextLine(
                text: line.text, baseline: baseline - top, width: line.width, inkLeft: line.inkLeft,
                inkRight: line.inkRight, ascent: line.ascent, descent: line.descent, glyphs: line.glyphs,
                isHyphenated: line.isHyphenated, end: line.end)
        }
        let width = placed.map { $0.extent.right - $0.extent.left }.max() ?? 0
        return TextBlock(size: size, lines: placed, width: width, height: bottom - top)
    }
}
