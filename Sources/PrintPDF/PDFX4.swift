/// Makes a one-page PDF from cairo print-ready as PDF/X-4 (ISO 15930-7), the way print shops
/// ask for it, with qpdf:
///
/// - MediaBox = BleedBox = the drawing with its bleed; TrimBox = the page, `bleed` points in,
///   its lower left corner at 0 0;
/// - an output intent (`/S /GTS_PDFX`) naming the printing condition, with its ICC profile;
/// - RGB colour tagged as sRGB (`/DefaultRGB`), so the RIP converts it to the press's inks;
/// - the text as glyph outlines (`PrintedGlyph`), each glyph a form written once and called
///   wherever it stands: shapes the print shop's RIP draws like the rest of the art, needing
///   no font;
/// - the text cairo set made invisible (render mode 3): at the outlines' places, in embedded
///   subsets of their fonts, it is the searchable layer. cairo never sets a render mode, and a
///   drawing rendered by `PDFRenderer` has no text objects of its own;
/// - for a die-cut shape (a round sticker), the cut line as its own path in the spot colour
///   `CutContour`, overprinting, which sticker printers' RIPs take as the knife's path;
/// - optionally crop marks at the trim's corners, outside the bleed, in the registration
///   colour (`/All`), with the MediaBox widened to hold them;
/// - XMP metadata declaring PDF/X-4, with title and language; `/Trapped /False`;
/// - a document /ID derived from the content, and no clock: the same input, the same bytes.
public struct PDFX4: Sendable {
    /// The bleed around the trim, in points.
    public let bleed: Double
    public let title: String
    /// The language of the text (`de-AT`).
    public let language: String
    public let outputIntent: OutputIntent
    /// An sRGB ICC profile, for `/DefaultRGB`.
    public let rgbProfile: [UInt8]
    /// When the file was made, as `SOURCE_DATE_EPOCH` says (seconds since 1970, UTC).
    public let created: Int
    /// A stable identifier of the document (hexadecimal), the same for the same content.
    public let documentID: String
    /// The die-cut line to add, or `nil` for a page cut along its trim.
    public let cutLine: CutLine?
    /// Whether to draw crop marks outside the bleed.
    public let cropMarks: Bool

    /// A die-cut shape other than the trim's rectangle.
    public enum CutLine: Sendable, Equatable {
        /// The largest circle in the trim, centred.
        case circle
    }

    public init(
        bleed: Double, title: String, language: String, outputIntent: OutputIntent, rgbProfile: [UInt8], created: Int,
        documentID: String, cutLine: CutLine? = nil, cropMarks: Bool = false
    ) {
        self.cutLine = cutLine
        self.cropMarks = cropMarks
        self.bleed = bleed
        self.title = title
        self.language = language
        self.outputIntent = outputIntent
        self.rgbProfile = rgbProfile
        self.created = created
        self.documentID = documentID
    }

    /// The print-ready file made from cairo's, showing `glyphs` over its drawing.
    public func finish(_ pdf: [UInt8], glyphs: [PrintedGlyph] = []) throws(PrintPDFError) -> [UInt8] {
        let document = try QPDFDocument(pdf, name: "drawing.pdf")
        guard document.pageCount == 1 else { throw .page("the drawing has \(document.pageCount) pages, not one") }
        let page = document.page(0)
        guard let media = mediaSize(document, page), media.width > 2 * bleed, media.height > 2 * bleed
        else { throw .page("the drawing's page is missing or smaller than its bleed") }

        let box = { (x: Double, y: Double, width: Double, height: Double) in
            document.parse("[\(Self.number(x)) \(Self.number(y)) \(Self.number(x + width)) \(Self.number(y + height))]")
        }
        // The trim's lower left corner is the origin (the drawing moved by the bleed), as print
        // tools expect: some place the TrimBox as if it started at 0 0.
        document.set("/MediaBox", of: page, to: box(-bleed, -bleed, media.width, media.height))
        document.set("/BleedBox", of: page, to: box(-bleed, -bleed, media.width, media.height))
        document.set("/TrimBox", of: page, to: box(0, 0, media.width - 2 * bleed, media.height - 2 * bleed))

        // The drawing's RGB is tagged before the glyphs' forms join it: they set no colour.
        tagRGB(document, page: page)

        // The drawing's own content is left as cairo compressed it: a stream before it moves it
        // and turns text invisible (the render mode is graphics state, which BT does not reset),
        // and saves the state for the glyphs' outlines, which come after the drawing in the
        // drawing's place; a stream after them restores the state.
        guard let drawing = document.get("/Contents", of: page) else { throw .page("the drawing's page has no content") }
        let before = document.stream(Array("q 1 0 0 1 \(Self.number(-bleed)) \(Self.number(-bleed)) cm 3 Tr q\n".utf8))
        let contents = document.isArray(drawing) ? document.items(of: drawing) : [drawing]
        var outlines = Array("\nQ\n".utf8)
        if !glyphs.isEmpty {
            guard let resources = document.get("/Resources", of: page), document.isDictionary(resources) else {
                throw .page("the drawing's page has no resources")
            }
            outlines += GlyphForms.content(glyphs, pageHeight: media.height, document: document, resources: resources)
        }
        let after = document.stream(outlines + Array("Q\n".utf8))
        document.set("/Contents", of: page, to: document.array([before] + contents + [after]))
        let trim = (width: media.width - 2 * bleed, height: media.height - 2 * bleed)
        if cutLine == .circle { addCircularCut(document, page: page, trim: trim) }
        if cropMarks {
            let reach = bleed + Self.markGap + Self.markLength
            document.set("/MediaBox", of: page, to: box(-reach, -reach, trim.width + 2 * reach, trim.height + 2 * reach))
            addCropMarks(document, page: page, trim: trim)
        }

        let root = document.root
        let profile = document.stream(outputIntent.deflatedProfile, deflated: true, entries: [("/N", document.parse("4"))])
        let intent = document.dictionary()
        document.set("/Type", of: intent, to: document.name("/OutputIntent"))
        document.set("/S", of: intent, to: document.name("/GTS_PDFX"))
        document.set("/OutputConditionIdentifier", of: intent, to: document.text(outputIntent.identifier))
        document.set("/OutputCondition", of: intent, to: document.text(outputIntent.name))
        document.set("/Info", of: intent, to: document.text(outputIntent.name))
        document.set("/RegistryName", of: intent, to: document.text("http://www.color.org"))
        document.set("/DestOutputProfile", of: intent, to: profile)
        document.set("/OutputIntents", of: root, to: document.array([document.indirect(intent)]))
        let metadata = XMPPacket(
            title: title, language: language, created: created, documentID: documentID, producer: Self.producer)
        document.set(
            "/Metadata", of: root,
            to: document.stream(Array(metadata.text.utf8), entries: [("/Type", document.name("/Metadata")), ("/Subtype", document.name("/XML"))]))
        document.set("/Lang", of: root, to: document.text(language))

        let info = document.dictionary()
        let date = XMPPacket.pdfDate(created)
        document.set("/Title", of: info, to: document.text(title))
        document.set("/Producer", of: info, to: document.text(Self.producer))
        document.set("/Creator", of: info, to: document.text(Self.producer))
        document.set("/CreationDate", of: info, to: document.text(date))
        document.set("/ModDate", of: info, to: document.text(date))
        document.set("/Trapped", of: info, to: document.name("/False"))
        document.set("/Info", of: document.trailer, to: document.indirect(info))
        return try document.written(minimumVersion: "1.6")
    }

    static let producer = "campaign compiler (cairo, qpdf)"

    private func mediaSize(_ document: QPDFDocument, _ page: QPDFDocument.Object) -> (width: Double, height: Double)? {
        guard let media = document.get("/MediaBox", of: page), document.isArray(media) else { return nil }
        let numbers = document.items(of: media).compactMap(document.number)
        guard numbers.count == 4 else { return nil }
        return (numbers[2] - numbers[0], numbers[3] - numbers[1])
    }

    /// The knife's path: a circle stroked in the spot colour `CutContour` (shown as magenta),
    /// overprinting, in a content stream of its own after the drawing.
    private func addCircularCut(_ document: QPDFDocument, page: QPDFDocument.Object, trim: (width: Double, height: Double)) {
        guard let resources = addSeparation("/CutContour", ink: "/CutContour", cmyk: "0 1 0 0", to: document, page: page) else { return }
        let states = document.get("/ExtGState", of: resources) ?? document.dictionary()
        document.set("/ExtGState", of: resources, to: states)
        document.set("/CutContourOverprint", of: states, to: document.parse("<< /Type /ExtGState /OP true /op true /OPM 1 >>"))
        let path = Self.circlePath(centre: (trim.width / 2, trim.height / 2), radius: min(trim.width, trim.height) / 2)
        let cut = "q /CutContourOverprint gs /CutContour CS 1 SCN 0.5 w\n\(path) S\nQ\n"
        appendContent(cut, to: page, in: document)
    }

    /// Names a separation colour space `name` in the page's resources: the ink `ink`, shown as
    /// `cmyk` (four numbers from 0 to 1) where it has no plate. Returns the page's resources, or
    /// `nil` when it has none.
    private func addSeparation(
        _ name: String, ink: String, cmyk: String, to document: QPDFDocument, page: QPDFDocument.Object
    ) -> QPDFDocument.Object? {
        guard let resources = document.get("/Resources", of: page), document.isDictionary(resources) else { return nil }
        let spaces = document.get("/ColorSpace", of: resources) ?? document.dictionary()
        document.set("/ColorSpace", of: resources, to: spaces)
        document.set(
            name, of: spaces,
            to: document.parse("[/Separation \(ink) /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [\(cmyk)] /N 1 >>]"))
        return resources
    }

    /// How far crop marks keep from the bleed, and how long they are: 1 pt and 5 mm.
    static let markGap = 1.0
    static let markLength = 5 * 72 / 25.4

    /// Crop marks: at each corner of the trim, two short lines on its edges' extensions, outside
    /// the bleed, 0.25 pt wide, in the registration colour that prints on every plate.
    private func addCropMarks(_ document: QPDFDocument, page: QPDFDocument.Object, trim: (width: Double, height: Double)) {
        guard addSeparation("/Registration", ink: "/All", cmyk: "1 1 1 1", to: document, page: page) != nil else { return }
        let near = bleed + Self.markGap, far = near + Self.markLength, n = Self.number
        var lines = ""
        for x in [0, trim.width] {
            for y in [0, trim.height] {
                let outX = x == 0 ? -1.0 : 1.0, outY = y == 0 ? -1.0 : 1.0
                lines += "\(n(x + outX * near)) \(n(y)) m \(n(x + outX * far)) \(n(y)) l S\n"
                lines += "\(n(x)) \(n(y + outY * near)) m \(n(x)) \(n(y + outY * far)) l S\n"
            }
        }
        appendContent("q /Registration CS 1 SCN 0.25 w\n\(lines)Q\n", to: page, in: document)
    }

    /// Adds a content stream after the page's others, in the page's default coordinates.
    private func appendContent(_ content: String, to page: QPDFDocument.Object, in document: QPDFDocument) {
        guard let contents = document.get("/Contents", of: page) else { return }
        let streams = document.isArray(contents) ? document.items(of: contents) : [contents]
        document.set("/Contents", of: page, to: document.array(streams + [document.stream(Array(content.utf8))]))
    }

    /// A circle as four Bézier curves, counter-clockwise from its rightmost point.
    static func circlePath(centre: (x: Double, y: Double), radius r: Double) -> String {
        let k = 0.552_284_749_8 * r, (x, y) = centre
        let n = number
        return "\(n(x + r)) \(n(y)) m\n"
            + "\(n(x + r)) \(n(y + k)) \(n(x + k)) \(n(y + r)) \(n(x)) \(n(y + r)) c\n"
            + "\(n(x - k)) \(n(y + r)) \(n(x - r)) \(n(y + k)) \(n(x - r)) \(n(y)) c\n"
            + "\(n(x - r)) \(n(y - k)) \(n(x - k)) \(n(y - r)) \(n(x)) \(n(y - r)) c\n"
            + "\(n(x + k)) \(n(y - r)) \(n(x + r)) \(n(y - k)) \(n(x + r)) \(n(y)) c h"
    }

    /// Tags the page's RGB (and that of the forms it draws) as sRGB.
    private func tagRGB(_ document: QPDFDocument, page: QPDFDocument.Object) {
        let sRGB = document.array([document.name("/ICCBased"), document.stream(rgbProfile, entries: [("/N", document.parse("3"))])])
        var resourcesToTag: [QPDFDocument.Object] = []
        if let resources = document.get("/Resources", of: page), document.isDictionary(resources) {
            resourcesToTag.append(resources)
            if let forms = document.get("/XObject", of: resources), document.isDictionary(forms) {
                for key in document.keys(of: forms) {
                    guard let form = document.get(key, of: forms), document.isStream(form),
                        let formResources = document.get("/Resources", of: document.streamDictionary(form)),
                        document.isDictionary(formResources)
                    else { continue }
                    resourcesToTag.append(formResources)
                }
            }
        }
        for resources in resourcesToTag {
            let spaces = document.get("/ColorSpace", of: resources).flatMap { document.isDictionary($0) ? $0 : nil } ?? {
                let spaces = document.dictionary()
                document.set("/ColorSpace", of: resources, to: spaces)
                return spaces
            }()
            document.set("/DefaultRGB", of: spaces, to: sRGB)
        }
    }

    /// A number as PDF writes it: up to three decimals, no exponent.
    static func number(_ value: Double) -> String { PDFNumber.text(value, decimals: 3) }
}
