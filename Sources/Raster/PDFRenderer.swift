internal import CRsvg

/// Makes one-page PDFs in this process with cairo's PDF surface: an SVG drawing, which librsvg
/// draws so that shapes stay vector, and over it the text layer of a print PDF, from glyphs a
/// layout already placed (`PDFTextLine`), set in subsets of their fonts embedded in the file, so
/// that the PDF can be searched and copied. What the page shows of the text is the glyphs'
/// outlines, which the `PrintPDF` module adds over the drawing; it also makes the layer
/// invisible (render mode 3, which cairo cannot set) and the file print-ready (boxes, output
/// intent, metadata).
///
/// An SVG with `<text>` is refused: librsvg would set that text in fonts, and it would be
/// hidden with the layer. The drawing renders in parallel with other threads' work; the text
/// layer and the file's finishing, where cairo writes its fonts, take the text lock (see
/// `Rasterizer`). The files name no creation date (cairo's own is replaced by `creationDate`),
/// so the same input gives the same bytes.
public enum PDFRenderer {
    /// The SVG drawn on one `width` x `height` point page, `text` set over it. `creationDate` is
    /// a PDF date string (`D:20270101000000Z`) stamped into the file's information.
    public static func pdf(
        fromSVG svg: [UInt8], text: [PDFTextLine] = [], width: Double, height: Double, creationDate: String
    ) throws(RasterError) -> [UInt8] {
        guard !Rasterizer.containsText(svg) else {
            throw .rejectedSVG("the drawing has <text>: a print PDF's drawing has its text as glyph outlines")
        }
        let page = try Page(width: width, height: height, creationDate: creationDate)
        var error: UnsafeMutablePointer<GError>?
        let handle = svg.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
        guard let handle else { throw .rejectedSVG(Rasterizer.message(taking: error)) }
        defer { campaign_rsvg_unref(UnsafeMutableRawPointer(handle)) }
        let drawing = { (context: OpaquePointer) throws(RasterError) in
            var viewport = RsvgRectangle(x: 0, y: 0, width: page.width, height: page.height)
            guard rsvg_handle_render_document(handle, context, &viewport, &error) != 0 else {
                throw .rejectedSVG(Rasterizer.message(taking: error))
            }
        }
        return try render(page, drawing: drawing, text: text, lockingText: !text.isEmpty)
    }

    private struct Page {
        let width: Double, height: Double, creationDate: String

        init(width: Double, height: Double, creationDate: String) throws(RasterError) {
            guard width > 0, height > 0, width < 14_400, height < 14_400 else {
                throw .badSize(width: Int(width), height: Int(height))
            }
            self.width = width
            self.height = height
            self.creationDate = creationDate
        }
    }

    /// Collects what cairo writes.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    /// A PDF of one page: `drawing` drawn on it, then `text`, then the file finished, the text and
    /// the finishing under the text lock when `lockingText`.
    private static func render(
        _ page: Page, drawing: (OpaquePointer) throws(RasterError) -> Void, text: [PDFTextLine], lockingText: Bool
    ) throws(RasterError) -> [UInt8] {
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        let surface = cairo_pdf_surface_create_for_stream(
            { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, unmanaged.toOpaque(), page.width, page.height)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .rejectedSVG("cairo cannot make a PDF surface")
        }
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, page.creationDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "campaign compiler")
        let context: OpaquePointer = cairo_create(surface)
        var drawn: RasterError?
        do {
            try drawing(context)
        } catch {
            drawn = error
        }
        func finish() throws(RasterError) {
            var textError: RasterError?
            if drawn == nil {
                do throws(RasterError) { try set(text, on: context) } catch { textError = error }
            }
            cairo_destroy(context)
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            cairo_surface_destroy(surface)
            if let error = drawn ?? textError { throw error }
            guard status == CAIRO_STATUS_SUCCESS else { throw .rejectedSVG("cairo cannot write the PDF") }
        }
        if lockingText { try Rasterizer.oneAtATime(finish) } else { try finish() }
        return sink.bytes
    }

    /// Sets the lines' glyphs in their fonts and colours, each cluster (a glyph with its
    /// characters and the glyphs that follow it without any) mapped to its characters, so that
    /// PDF readers extract the text as they do any PDF's, reordering right-to-left runs
    /// themselves. Each glyph is set where its outline is drawn, in its colour: a reader that ignored
    /// the invisible render mode would show the same page.
    private static func set(_ lines: [PDFTextLine], on context: OpaquePointer) throws(RasterError) {
        let fonts = try EmbeddedFonts(for: lines)
        for run in lines.flatMap(\.runs) where !run.glyphs.isEmpty {
            guard let face = fonts.faces[run.font] else { continue }
            cairo_set_font_face(context, face)
            cairo_set_font_size(context, run.size)
            cairo_set_source_rgb(context, run.color.red, run.color.green, run.color.blue)
            var start = run.glyphs.startIndex
            while start < run.glyphs.endIndex {
                let end = run.glyphs[(start + 1)...].firstIndex { !$0.characters.isEmpty } ?? run.glyphs.endIndex
                show(run.glyphs[start..<end], on: context)
                let status = cairo_status(context)
                guard status == CAIRO_STATUS_SUCCESS else { throw .text(String(cString: cairo_status_to_string(status))) }
                start = end
            }
        }
    }

    /// Shows one cluster: its glyphs, and the characters of the first.
    private static func show(_ cluster: ArraySlice<PDFTextLine.Glyph>, on context: OpaquePointer) {
        var glyphs = cluster.map { cairo_glyph_t(index: UInt($0.id), x: $0.x, y: $0.y) }
        let characters = cluster.first?.characters ?? ""
        var mapping = cairo_text_cluster_t(num_bytes: Int32(characters.utf8.count), num_glyphs: Int32(glyphs.count))
        characters.withCString { utf8 in
            cairo_show_text_glyphs(context, utf8, mapping.num_bytes, &glyphs, mapping.num_glyphs, &mapping, 1, cairo_text_cluster_flags_t(0))
        }
    }
}
