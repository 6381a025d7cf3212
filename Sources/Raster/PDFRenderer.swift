internal import CRsvg
import Synchronization

/// Turns SVG bytes into a one-page PDF in this process: librsvg draws onto cairo's PDF surface,
/// so shapes stay vector and text stays text, its fonts embedded as subsets. The page is the
/// SVG's whole drawing at `width` x `height` points. What makes the file print-ready (boxes,
/// output intent, metadata) is added afterwards, by the `PrintPDF` module.
///
/// The file names no creation date (cairo's own is replaced by `creationDate`), so the same SVG
/// gives the same bytes.
public enum PDFRenderer {
    /// The SVG drawn on one `width` x `height` point page. `creationDate` is a PDF date string
    /// (`D:20270101000000Z`) stamped into the file's information.
    public static func pdf(fromSVG svg: [UInt8], width: Double, height: Double, creationDate: String) throws(RasterError) -> [UInt8] {
        guard width > 0, height > 0, width < 14_400, height < 14_400 else {
            throw .badSize(width: Int(width), height: Int(height))
        }
        return try Rasterizer.oneAtATimeIfText(svg) { () throws(RasterError) in
            try render(svg, width: width, height: height, creationDate: creationDate)
        }
    }

    /// Collects what cairo writes.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    private static func render(_ svg: [UInt8], width: Double, height: Double, creationDate: String) throws(RasterError) -> [UInt8] {
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
            }, unmanaged.toOpaque(), width, height)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .rejectedSVG("cairo cannot make a PDF surface")
        }
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, creationDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "campaign compiler")
        let context = cairo_create(surface)
        var viewport = RsvgRectangle(x: 0, y: 0, width: width, height: height)
        let drawn = rsvg_handle_render_document(handle, context, &viewport, &error) != 0
        cairo_destroy(context)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard drawn else { throw .rejectedSVG(Rasterizer.message(taking: error)) }
        guard status == CAIRO_STATUS_SUCCESS else { throw .rejectedSVG("cairo cannot write the PDF") }
        return sink.bytes
    }
}
