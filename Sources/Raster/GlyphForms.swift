internal import CRsvg
import TextLayout

/// The visible text of a PDF: every glyph's outline, the one the SVG draws and the PNG is
/// rendered from, filled in its run's colour. Each glyph of a font is recorded once per colour
/// (a cairo recording surface in font units), which cairo's PDF surface writes once as a form
/// and calls wherever the glyph stands, as the SVG's `<use>` calls its `<defs>`: the outlines
/// are written once, not once per letter on the page.
///
/// Outlines are shapes, not text: they need no font at the print shop and no text lock, and a
/// RIP draws them as it draws the rest of the art.
struct GlyphForms: ~Copyable {
    private struct Key: Hashable {
        let font: PDFFont
        let glyph: UInt32
        let red: Double, green: Double, blue: Double
    }

    /// The recorded glyphs; each stays alive until the PDF is finished, cairo keeping its own
    /// reference while it needs one.
    private var forms: [Key: OpaquePointer] = [:]

    init() {}

    deinit {
        for form in forms.values { cairo_surface_destroy(form) }
    }

    /// Draws the lines' outlines on `context`, each glyph at its origin on the baseline.
    mutating func draw(_ lines: [PDFTextLine], on context: OpaquePointer) throws(RasterError) {
        for run in lines.flatMap(\.runs) {
            for glyph in run.glyphs where !glyph.outline.commands.isEmpty {
                let key = Key(font: run.font, glyph: glyph.id, red: run.color.red, green: run.color.green, blue: run.color.blue)
                let form = forms[key] ?? Self.record(glyph.outline, color: run.color)
                forms[key] = form
                let scale = run.size / Double(glyph.outline.unitsPerEm)
                cairo_save(context)
                cairo_translate(context, glyph.x, glyph.y)
                cairo_scale(context, scale, -scale)
                cairo_set_source_surface(context, form, 0, 0)
                cairo_paint(context)
                cairo_restore(context)
                let status = cairo_status(context)
                guard status == CAIRO_STATUS_SUCCESS else { throw .text(String(cString: cairo_status_to_string(status))) }
            }
        }
    }

    /// The outline filled in `color`, in font units (y up), on a surface just large enough.
    private static func record(_ outline: GlyphOutline, color: (red: Double, green: Double, blue: Double)) -> OpaquePointer {
        var extents = bounds(of: outline.commands)
        let surface: OpaquePointer = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)
        let context: OpaquePointer = cairo_create(surface)
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
        trace(outline.commands, on: context)
        cairo_fill(context)
        cairo_destroy(context)
        return surface
    }

    /// The outline as a cairo path; quadratic curves become the cubic curves they are.
    private static func trace(_ commands: [PathCommand], on context: OpaquePointer) {
        var current = (x: 0.0, y: 0.0)
        for command in commands {
            switch command {
            case let .move(x, y):
                cairo_move_to(context, Double(x), Double(y))
                current = (Double(x), Double(y))
            case let .line(x, y):
                cairo_line_to(context, Double(x), Double(y))
                current = (Double(x), Double(y))
            case let .quadratic(cx, cy, x, y):
                let control = (x: Double(cx), y: Double(cy)), end = (x: Double(x), y: Double(y))
                cairo_curve_to(
                    context,
                    current.x + 2 / 3 * (control.x - current.x), current.y + 2 / 3 * (control.y - current.y),
                    end.x + 2 / 3 * (control.x - end.x), end.y + 2 / 3 * (control.y - end.y),
                    end.x, end.y)
                current = end
            case let .cubic(c1x, c1y, c2x, c2y, x, y):
                cairo_curve_to(context, Double(c1x), Double(c1y), Double(c2x), Double(c2y), Double(x), Double(y))
                current = (Double(x), Double(y))
            case .close:
                cairo_close_path(context)
                var x = 0.0, y = 0.0
                cairo_get_current_point(context, &x, &y)
                current = (x, y)
            }
        }
    }

    /// A rectangle holding every point of the outline, control points included (a curve stays
    /// inside them), widened by a font unit against rounding.
    private static func bounds(of commands: [PathCommand]) -> cairo_rectangle_t {
        var low = (x: Float.infinity, y: Float.infinity), high = (x: -Float.infinity, y: -Float.infinity)
        func include(_ x: Float, _ y: Float) {
            low = (min(low.x, x), min(low.y, y))
            high = (max(high.x, x), max(high.y, y))
        }
        for command in commands {
            switch command {
            case let .move(x, y), let .line(x, y): include(x, y)
            case let .quadratic(cx, cy, x, y): include(cx, cy); include(x, y)
            case let .cubic(c1x, c1y, c2x, c2y, x, y): include(c1x, c1y); include(c2x, c2y); include(x, y)
            case .close: break
            }
        }
        guard low.x <= high.x else { return cairo_rectangle_t(x: 0, y: 0, width: 1, height: 1) }
        let x = (low.x - 1).rounded(.down), y = (low.y - 1).rounded(.down)
        return cairo_rectangle_t(x: Double(x), y: Double(y), width: Double((high.x + 1).rounded(.up) - x), height: Double((high.y + 1).rounded(.up) - y))
    }
}
