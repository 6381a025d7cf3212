internal import CRsvg

/// Turns an SVG drawing and a laid-out text layer into a one-page PDF in this process: librsvg
/// draws onto cairo's PDF surface, so shapes stay vector, and cairo sets the text from the
/// glyphs the layout placed (`PDFTextLine`), its fonts embedded as subsets, nearly transparent.
/// The page is the SVG's whole drawing at `width` x `height` points. What makes the file
/// print-ready (boxes, output intent, metadata, the text made invisible) is added afterwards,
/// by the `PrintPDF` module.
///
/// The drawing renders in parallel with other threads' work; only the text and the fonts'
/// embedding take the text lock (see `Rasterizer`). An SVG with `<text>` of its own is rendered
/// entirely under that lock, as librsvg lays it out with pangocairo.
///
/// The file names no creation date (cairo's own is replaced by `creationDate`), so the same
/// input gives the same bytes.
public enum PDFRenderer {
    /// How opaque the text layer is drawn: visible enough that cairo keeps it (it drops what is
    /// fully transparent), too faint to see should a reader ignore the invisible render mode.
    static let textOpacity = 0.01

    /// The SVG drawn on one `width` x `height` point page, with `text` set over it.
    /// `creationDate` is a PDF date string (`D:20270101000000Z`) stamped into the file's information.
    public static func pdf(
        fromSVG svg: [UInt8], text: [PDFTextLine] = [], width: Double, height: Double, creationDate: String
    ) throws(RasterError) -> [UInt8] {
        guard width > 0, height > 0, width < 14_400, height < 14_400 else {
            throw .badSize(width: Int(width), height: Int(height))
        }
        let page = Page(width: width, height: height, creationDate: creationDate)
        guard Rasterizer.containsText(svg) else { return try render(svg, text: text, page: page, lockingText: true) }
        return try Rasterizer.oneAtATime { () throws(RasterError) in try render(svg, text: text, page: page, lockingText: false) }
    }

    private struct Page {
        let width: Double, height: Double, creationDate: String
    }

    /// Collects what cairo writes.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    private static func render(_ svg: [UInt8], text: [PDFTextLine], page: Page, lockingText: Bool) throws(RasterError) -> [UInt8] {
        var error: UnsafeMutablePointer<GError>?
        let handle = svg.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
        guard let handle else { throw .rejectedSVG(Rasterizer.message(taking: error)) }
        defer { campaign_rsvg_unref(UnsafeMutableRawPointer(handle)) }

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
        var viewport = RsvgRectangle(x: 0, y: 0, width: page.width, height: page.height)
        let drawn = rsvg_handle_render_document(handle, context, &viewport, &error) != 0
        func finish() throws(RasterError) -> cairo_status_t {
            defer { cairo_surface_destroy(surface) }
            let textStatus = drawn ? set(text, on: context) : CAIRO_STATUS_SUCCESS
            cairo_destroy(context)
            cairo_surface_finish(surface)
            guard textStatus == CAIRO_STATUS_SUCCESS else { throw .text(String(cString: cairo_status_to_string(textStatus))) }
            return cairo_surface_status(surface)
        }
        let status = lockingText ? try Rasterizer.oneAtATime(finish) : try finish()
        guard drawn else { throw .rejectedSVG(Rasterizer.message(taking: error)) }
        guard status == CAIRO_STATUS_SUCCESS else { throw .rejectedSVG("cairo cannot write the PDF") }
        return sink.bytes
    }

    /// Sets the lines' glyphs, each cluster (a glyph with its characters and the glyphs that
    /// follow it without any) mapped to its characters, so that PDF readers extract the text as
    /// they do any PDF's, reordering right-to-left runs themselves.
    private static func set(_ lines: [PDFTextLine], on context: OpaquePointer) -> cairo_status_t {
        var faces: [String: OpaquePointer] = [:]
        defer { for face in faces.values { cairo_font_face_destroy(face) } }
        cairo_set_source_rgba(context, 0, 0, 0, textOpacity)
        for run in lines.flatMap(\.runs) where !run.glyphs.isEmpty {
            let key = "\(run.fontFile)#\(run.faceIndex)"
            if faces[key] == nil { faces[key] = campaign_font_face_for_file(run.fontFile, Int32(run.faceIndex)) }
            guard let face = faces[key] else { return CAIRO_STATUS_NO_MEMORY }
            cairo_set_font_face(context, face)
            cairo_set_font_size(context, run.size)
            var start = run.glyphs.startIndex
            while start < run.glyphs.endIndex {
                let end = run.glyphs[(start + 1)...].firstIndex { !$0.characters.isEmpty } ?? run.glyphs.endIndex
                show(run.glyphs[start..<end], on: context)
                let status = cairo_status(context)
                guard status == CAIRO_STATUS_SUCCESS else { return status }
                start = end
            }
        }
        return CAIRO_STATUS_SUCCESS
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
