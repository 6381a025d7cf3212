import CampaignBuild
import CampaignModel
import Foundation
import PosterSamples
import Raster
import Testing
import TextLayout
import XML

/// The test campaign in many scripts (`Fixtures/scripts`), built once with the repository's
/// assets, read back as a reader's eye would: the order of the glyphs on each line.
@Suite struct ScriptsCampaignTests {
    static let built: (root: URL, result: Build.Result) = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scripts-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(
            at: FixtureProject.fixtures.appendingPathComponent("scripts/Campaigns"), to: root.appendingPathComponent("Campaigns"))
        try! FileManager.default.copyItem(
            at: RepositoryCampaigns.root.appendingPathComponent("Assets"), to: root.appendingPathComponent("Assets"))
        return (root, BuildTests.build(root, motion: true))
    }()

    static let fonts = try! FontLibrary(
        configurationFile: RepositoryCampaigns.root.appendingPathComponent("Assets/fonts/fonts.conf").path)

    @Test func everyScriptBuildsWithoutAnError() {
        let errors = Self.built.result.log.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description) == [])
        #expect(FileManager.default.fileExists(atPath: Self.output("ur-FR/flyer-a5.png").path))
    }

    @Test(arguments: ["flyer-a5", "poster-a3"])
    func englishFallbackInAnUrduLayoutEndsWithItsFullStopOnTheRight(format: String) throws {
        let lines = try Self.glyphLines(slot: "tip-1", in: "ur-FR/\(format).svg")
        let fullStop = try Self.glyphIDs(of: ".")
        let last = try #require(lines.last)
        #expect(fullStop.contains(last.max { $0.x < $1.x }!.id), "the rightmost glyph is not the full stop")
        #expect(!fullStop.contains(last.min { $0.x < $1.x }!.id), "the full stop stands at the left")
    }

    @Test(arguments: ["flyer-a5", "poster-a3", "social-square"])
    func aDateAfterAnEnglishLabelInAnUrduLayoutStaysWhole(format: String) throws {
        // `{key-date-label} · {key-date}`: the label falls back to English ("Home Security
        // Day"), the date is Urdu ("17 دسمبر، 2027"): every glyph of the date (its digits, its
        // Nastaliq month) stands to the right of every letter of the label, in one piece.
        let glyphs = try Self.glyphLines(slot: "key-date", in: "ur-FR/\(format).svg").flatMap { $0 }
        let digits = try Self.glyphIDs(of: "0123456789")
        let separator = try Self.glyphIDs(of: "·")
        let date = glyphs.filter { digits.contains($0.id) || $0.id.contains("Nastaliq") }
        let label = glyphs.filter { !digits.contains($0.id) && !separator.contains($0.id) && !$0.id.contains("Nastaliq") }
        #expect(!date.isEmpty && !label.isEmpty)
        let labelEnd = try #require(label.map(\.x).max()), dateStart = try #require(date.map(\.x).min())
        #expect(labelEnd < dateStart, "the label and the date interleave")
    }

    @Test func aSubheadlineSetBelowItsTipsIsReportedWithBothSizesAndItsLine() throws {
        let warnings = Self.built.result.log.diagnostics.filter { $0.severity == .warning && $0.subject.output == "world-scripts/ur-FR/flyer-a5" }
        let hierarchy = try #require(warnings.first { $0.check == "hierarchy" })
        #expect(hierarchy.subject.slot == "subheadline")
        #expect(hierarchy.location?.file.hasSuffix("strings/ur.yaml") == true)
        #expect(hierarchy.message.contains("slot 'subheadline' is set at "))
        #expect(hierarchy.message.contains("smaller than 'tip-1' (14 pt)"))
    }

    @Test func urduIsDrawnInNastaliqAndItsInvisibleCopyNamesTheNaskhFamily() throws {
        let svg = try String(contentsOf: Self.output("ur-FR/flyer-a5.svg"), encoding: .utf8)
        let document = try XMLDocument(parsing: Array(svg.utf8), name: "ur-FR")
        let headline = try #require(document.root?.descendantsAndSelf.first { $0.attribute("data-slot") == "headline" })
        let uses = headline.descendantsAndSelf.filter { $0.name == "use" }
        #expect(uses.contains { ($0.attribute("href", namespace: "http://www.w3.org/1999/xlink") ?? "").contains("Nastaliq") })
        let families = headline.descendantsAndSelf.filter { $0.name == "text" }.compactMap { $0.attribute("font-family") }
        #expect(!families.isEmpty && families.allSatisfy { !$0.contains("Nastaliq") && $0.contains("Noto Sans Arabic") })
    }

    @Test func aGermanSubheadlineWithCompoundsIsHyphenatedNotShrunk() throws {
        let report = try BuildTests.report(in: Self.built.root)
        let german = try #require(report.campaigns.first?.locales.first { $0.locale == "de-DE" })
        let flyer = try #require(german.artifacts.first { $0.path.hasSuffix("flyer-a5.svg") })
        let subheadline = try #require(flyer.slots.first { $0.name == "subheadline" })
        let tips = flyer.slots.filter { $0.name.hasPrefix("tip-") }
        #expect(subheadline.hyphenatedLines?.isEmpty == false)
        #expect(tips.allSatisfy { $0.size <= subheadline.size * 1.1 })
    }

    @Test func aChineseOrJapaneseHeadlineNeverOpensALineWithClosingPunctuation() throws {
        for locale in ["ja-IT", "zh-Hans-IT"] {
            let report = try BuildTests.report(in: Self.built.root)
            #expect(report.campaigns.first?.locales.contains { $0.locale == locale } == true)
            let svg = try String(contentsOf: Self.output("\(locale)/flyer-a5.svg"), encoding: .utf8)
            let document = try XMLDocument(parsing: Array(svg.utf8), name: locale)
            let headline = try #require(document.root?.descendantsAndSelf.first { $0.attribute("data-slot") == "headline" })
            let texts = headline.descendantsAndSelf.filter { $0.name == "text" }.map(\.textContent)
            #expect(texts.count > 1)
            for text in texts { #expect(!(text.first.map { "、。！？」』）".contains($0) } ?? false), "'\(text)'") }
        }
    }

    /// The print PDFs carry the text under their outlines, set from the layout's glyphs: every
    /// character of every line, in every script, comes back out of poppler's `pdftotext`, which
    /// reorders right-to-left lines itself (so they are compared as sets of characters, counted).
    /// Hyphens are left out: poppler joins a word broken at one.
    @Test(arguments: ["flyer-a5", "poster-a3"])
    func everyPrintPDFGivesItsTextBackToPdftotext(format: String) throws {
        let locales = try FileManager.default.contentsOfDirectory(atPath: Self.output("").path).filter { $0.contains("-") }
        #expect(locales.count > 15)
        for locale in locales.sorted() {
            let svg = try Array(Data(contentsOf: Self.output("\(locale)/\(format).svg")))
            let document = try XMLDocument(parsing: svg, name: locale)
            let lines = document.root?.descendantsAndSelf.filter { $0.name == "text" && $0.attribute("fill-opacity") == "0" }.map(\.textContent)
            let extracted = try Poppler.text(of: Self.output("\(locale)/\(format).pdf"))
            #expect(Self.characterCounts(lines?.joined() ?? "") == Self.characterCounts(extracted), "\(locale)/\(format).pdf")
        }
    }

    /// Ghostscript's rendering of a flyer's PDF shows the flyer's PNG: the text is drawn from the
    /// same outlines, so its edges fall on the same pixels, in every script (Latin, Arabic,
    /// Nastaliq, Thai, Devanagari, Japanese, Georgian). The limits are those of the shared
    /// validator: a mean difference of at most 4 of 255 per channel, and 98 % of the pixels
    /// within 32 levels. (Text left to Ghostscript's font rasterizer came to 97.8 % on the
    /// Georgian flyer; the outlines give 98.6-99.2 %.)
    @Test(arguments: ["de-AT", "ar-BE", "ur-FR", "th-FI", "hi-HU", "ja-IT", "ka-GR"])
    func aFlyersPDFShowsWhatItsPNGShows(locale: String) throws {
        let svg = try Array(Data(contentsOf: Self.output("\(locale)/flyer-a5.svg")))
        let document = try XMLDocument(parsing: svg, name: locale)
        let root = try #require(document.root)
        root.removeDescendants { $0.name == "text" && $0.attribute("fill-opacity") == "0" }
        let png = try Rasterizer.image(fromSVG: document.serialized(), width: 1748, height: 2480)
        let pdf = try #require(try Ghostscript.render(Self.output("\(locale)/flyer-a5.pdf"), trimBoxTo: 1748, height: 2480))
        #expect(pdf.width == png.width && pdf.height == png.height)
        var within = 0
        var sums = [0, 0, 0]
        for y in 0..<png.height {
            for x in 0..<png.width {
                let drawn = png.pixel(x: x, y: y), printed = pdf.pixel(x: x, y: y)
                let differences = [drawn.red, drawn.green, drawn.blue].enumerated().map { abs(Int($1) - Int(printed[$0])) }
                for channel in 0..<3 { sums[channel] += differences[channel] }
                if differences.max()! <= 32 { within += 1 }
            }
        }
        let count = Double(png.width * png.height)
        let means = sums.map { Double($0) / count }
        #expect(means.allSatisfy { $0 <= 4 }, "\(locale): mean difference \(means)")
        #expect(Double(within) / count >= 0.98, "\(locale): \(Double(within) / count * 100) % of the pixels within 32 levels")
    }

    /// The site has a page per locale in its language and direction, offering the pack's own
    /// files; a language the design has no labels for shows them in English, and the build says so.
    @Test func everyLocaleHasItsPageOfTheSiteInItsLanguage() throws {
        let report = try BuildTests.report(in: Self.built.root)
        let locales = try #require(report.campaigns.first?.locales.map(\.locale))
        for locale in locales {
            let page = Self.built.root.appendingPathComponent("Output/site/world-scripts/\(locale)/index.html")
            let root = try #require(try XMLDocument(parsingHTML: Array(Data(contentsOf: page)), name: locale).root, "\(locale)")
            #expect(root.attribute("lang") == locale)
            let rightToLeft = ["ar", "fa", "he", "ur"].contains { locale.hasPrefix($0 + "-") }
            #expect(root.attribute("dir") == (rightToLeft ? "rtl" : "ltr"), "\(locale)")
        }
        let copied = try Data(contentsOf: Self.built.root.appendingPathComponent("Output/site/world-scripts/ur-FR/flyer-a5.pdf"))
        #expect(copied == (try Data(contentsOf: Self.output("ur-FR/flyer-a5.pdf"))), "the page offers the pack's own PDF")
        let georgian = Self.built.result.log.diagnostics.filter { $0.check == "site-labels" && $0.subject.locales == ["ka-GR"] }
        #expect(georgian.count == 1)
        #expect(georgian.first?.location?.file.hasSuffix("Assets/site/civic/labels/ka.yaml") == true)
        #expect(georgian.first?.message.contains("the page shows them in English") == true)
    }

    /// Every locale's social posts move: a GIF of each and an MP4 of the square one, listed in the
    /// report and offered on the locale's page, with their alternative text in posts.txt, and
    /// each ending on the static picture.
    @Test func everyLocaleHasItsAnimationsEndingOnItsPicture() throws {
        let report = try BuildTests.report(in: Self.built.root)
        let locales = try #require(report.campaigns.first?.locales)
        #expect(locales.count > 15)
        for locale in locales {
            let animations = locale.artifacts.flatMap { $0.animations ?? [] }
            #expect(animations.map { $0.path.split(separator: "/").last.map(String.init) ?? "" }.sorted()
                == ["social-link.gif", "social-square.gif", "social-square.mp4"], "\(locale.locale)")
            #expect(animations.filter { $0.kind == .gif }.map { "\($0.width)x\($0.height)" }.sorted() == ["720x720", "800x420"])
            let page = try String(contentsOf: Self.built.root.appendingPathComponent("Output/site/world-scripts/\(locale.locale)/index.html"), encoding: .utf8)
            #expect(page.contains("href=\"social-square.mp4\"") && page.contains("href=\"social-link.gif\""), "\(locale.locale)")
        }
        let sheet = try String(contentsOf: Self.built.root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(sheet.contains("<a href=\"world-scripts/ur-FR/social-square.mp4\">square MP4</a>"), "the contact sheet links them")
        let posts = try String(contentsOf: Self.output("ur-FR/posts.txt"), encoding: .utf8)
        #expect(posts.contains("social-square.gif, social-square.mp4\nچھٹیوں پر جانے سے پہلے گھر کو تالا لگائیں – جانے سے پہلے ہر تالا دو بار چیک کریں۔\n"))
        #expect(posts.contains("\nsocial-link.gif\n"))

        let video = try FFmpegReader.videoStream(of: Self.output("ur-FR/social-square.mp4"))
        #expect(video["codec_name"] as? String == "h264" && video["pix_fmt"] as? String == "yuv420p")
        let last = try #require(try FFmpegReader.rgbFrames(of: Self.output("ur-FR/social-square.mp4"), width: 1080, height: 1080).last)
        let picture = try #require(try FFmpegReader.rgbFrames(of: Self.output("ur-FR/social-square.png"), width: 1080, height: 1080).first)
        let difference = zip(last, picture).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
        #expect(Double(difference) / Double(picture.count) < 4, "the video ends on the picture")
    }

    /// The same locale built again gives the same animations, byte for byte.
    @Test func anAnimationIsMadeAgainByteForByte() throws {
        let again = Self.built.root.appendingPathComponent("Again")
        defer { try? FileManager.default.removeItem(at: again) }
        let check = ProjectCheck(
            layout: ProjectLayout(campaignsDirectory: Self.built.root.path + "/Campaigns", assetsDirectory: Self.built.root.path + "/Assets"),
            selection: Selection(localeFilters: ["ar-BE"]))
        #expect(!Build(check: check, outputDirectory: again.path, schedule: BuildTests.schedule).run().log.hasErrors)
        for file in ["social-square.gif", "social-square.mp4", "social-link.gif"] {
            let first = try Data(contentsOf: Self.output("ar-BE/\(file)"))
            #expect(try Data(contentsOf: again.appendingPathComponent("world-scripts/ar-BE/\(file)")) == first, "\(file)")
        }
    }

    // MARK: - Reading the outputs

    /// How often each visible character occurs, spaces, hyphens and bidi controls left out.
    static func characterCounts(_ text: String) -> [Unicode.Scalar: Int] {
        let invisible = Set("-\u{AD}\u{200B}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}".unicodeScalars)
        return text.unicodeScalars.filter { !$0.properties.isWhitespace && !invisible.contains($0) }.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }


    static func output(_ path: String) -> URL {
        built.root.appendingPathComponent("Output/world-scripts/\(path)")
    }

    /// The glyphs a slot draws, by line (top first): each `<use>`'s glyph id and where its origin is.
    static func glyphLines(slot: String, in path: String) throws -> [[(id: String, x: Double)]] {
        let bytes = try Array(Data(contentsOf: output(path)))
        let document = try XMLDocument(parsing: bytes, name: path)
        let group = try #require(document.root?.descendantsAndSelf.first { $0.attribute("data-slot") == slot })
        var lines: [Double: [(String, Double)]] = [:]
        for use in group.descendantsAndSelf where use.name == "use" {
            let href = use.attribute("href", namespace: "http://www.w3.org/1999/xlink") ?? ""
            let numbers = (use.attribute("transform") ?? "").dropFirst("matrix(".count).dropLast()
                .split(separator: " ").compactMap { Double($0) }
            guard numbers.count == 6 else { continue }
            lines[numbers[5], default: []].append((String(href.dropFirst()), numbers[4]))
        }
        return lines.keys.sorted().map { lines[$0]! }
    }

    /// The glyph ids (as the SVG names them) of the characters of `text` in Noto Sans, regular and bold.
    static func glyphIDs(of text: String) throws -> Set<String> {
        let styles = [400, 700].map { TextStyle(families: ["Noto Sans"], weight: $0, language: "en", direction: .leftToRight) }
        let engine = TextLayoutEngine(fonts: fonts)
        let glyphs = try styles.flatMap { try engine.layout(text, style: $0, size: 10, width: 1000).lines.flatMap(\.glyphs) }
        return Set(glyphs.map { glyph in
            let stem = glyph.face.file.split(separator: ".").dropLast().joined(separator: ".")
            let slug = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
            return "g-\(slug)\(glyph.face.index == 0 ? "" : "-\(glyph.face.index)")-\(glyph.glyph)"
        })
    }
}
