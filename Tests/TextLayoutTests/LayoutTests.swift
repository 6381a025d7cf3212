import Testing
import TextLayout

@Suite struct LayoutTests {
    let engine = TextLayoutEngine(fonts: Fonts.library)

    @Test func theProjectFontsAreTheNotoFamilies() {
        let families = Fonts.library.families
        #expect(families.contains("Noto Sans"))
        #expect(families.contains("Noto Sans Arabic"))
        #expect(families.contains("Noto Sans CJK SC"))
        #expect(!families.contains("DejaVu Sans"))
    }

    @Test func widthGrowsInProportionToSize() throws {
        let style = Fonts.style("en")
        let small = try engine.layout("Lock up when you go out", style: style, size: 10, width: 10_000)
        let large = try engine.layout("Lock up when you go out", style: style, size: 40, width: 10_000)
        #expect(small.lines.count == 1)
        #expect(abs(large.width / small.width - 4) < 0.001, "unhinted metrics scale linearly")
        // Noto Sans: ascent 1.069 em, descent 0.293 em.
        #expect(abs(small.lines[0].ascent - 10.69) < 0.01)
        #expect(abs(small.lines[0].descent - 2.93) < 0.01)
    }

    @Test func wrapsAtWordBoundariesWithinTheWidth() throws {
        let text = "Lock doors and windows, even when you are at home."
        let block = try engine.layout(text, style: Fonts.style("en"), size: 20, width: 200)
        #expect(block.lines.count > 1)
        #expect(block.lines.allSatisfy { $0.width <= 200 })
        #expect(block.lines.map(\.text).joined() == text)
        // Every line but the last ends after a space, so no word is cut: the lines hold the
        // text's words whole, in order.
        #expect(block.lines.dropLast().allSatisfy { $0.text.hasSuffix(" ") }, "\(block.lines.map(\.text))")
        #expect(block.lines.flatMap { $0.text.split(separator: " ") } == text.split(separator: " "))
    }

    @Test func linesStackAtTheLineHeight() throws {
        let block = try engine.layout("one two three four", style: Fonts.style("en", lineHeight: 1.5), size: 10, width: 40)
        let baselines = block.lines.map(\.baseline)
        #expect(baselines.count >= 2)
        for (upper, lower) in zip(baselines, baselines.dropFirst()) {
            #expect(abs(lower - upper - 15) < 0.0001)
        }
        #expect(abs(block.height - (baselines.last! - baselines.first! + block.lines[0].ascent + block.lines.last!.descent)) < 0.0001)
    }

    @Test func arabicIsShapedAndRunsRightToLeft() throws {
        let text = "لك حقوق"
        let block = try engine.layout(text, style: Fonts.style("ar"), size: 20, width: 1000)
        let line = try #require(block.lines.first)
        #expect(line.text == text)
        #expect(line.glyphs.allSatisfy { $0.face.file.hasPrefix("NotoSansArabic") })
        // Joined letters use contextual forms: fewer or different glyphs than isolated letters,
        // and the first letter of the text (ل) sits at the right end of the line.
        let isolated = try engine.layout("ل ك ح ق و ق", style: Fonts.style("ar"), size: 20, width: 1000)
        #expect(Set(line.glyphs.map(\.glyph)) != Set(isolated.lines[0].glyphs.map(\.glyph)))
        let lam = try #require(try engine.layout("ل", style: Fonts.style("ar"), size: 20, width: 1000).lines.first?.glyphs.first)
        let rightmost = try #require(line.glyphs.max { $0.x < $1.x })
        #expect(rightmost.x > line.width / 2)
        #expect(lam.face == rightmost.face)
    }

    @Test func fallsBackToFontsThatHaveTheCharacters() throws {
        let block = try engine.layout("Ελλάδα Україна 中文 Tiếng Việt", style: Fonts.style("vi"), size: 20, width: 2000)
        let files = Set(block.lines.flatMap(\.glyphs).map(\.face.file))
        #expect(files.contains("NotoSans-Regular.ttf"))
        #expect(files.contains { $0.hasPrefix("NotoSansCJK") })
    }

    @Test func aCharacterNoFontHasIsAnError() {
        #expect(throws: TextLayoutError.missingGlyphs(["😀"])) {
            try engine.layout("Stay safe 😀", style: Fonts.style("en"), size: 20, width: 1000)
        }
        #expect(TextLayoutError.missingGlyphs(["😀"]).description == "no installed font has '😀' (U+1F600)")
    }

    @Test func absurdlyLongTextIsRefusedBeforeLayout() {
        let text = String(repeating: "a", count: TextLayoutEngine.characterLimit + 1)
        #expect(throws: TextLayoutError.textTooLong(characters: TextLayoutEngine.characterLimit + 1, limit: TextLayoutEngine.characterLimit)) {
            try engine.layout(text, style: Fonts.style("en"), size: 10, width: 100)
        }
    }

    @Test func glyphOutlinesComeInFontUnits() throws {
        let block = try engine.layout("O", style: Fonts.style("en"), size: 10, width: 100)
        let glyph = try #require(block.lines.first?.glyphs.first)
        let outline = engine.outline(face: glyph.face, glyph: glyph.glyph)
        #expect(outline.unitsPerEm == 1000)
        #expect(outline.commands.filter { $0 == .close }.count == 2, "an O has an outer and an inner contour")
    }
}
