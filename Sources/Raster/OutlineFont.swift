internal import CRsvg
import TextLayout

/// A cairo user font whose glyphs are a `PDFFace`'s outlines: on cairo's PDF surface it becomes
/// a Type 3 font, each glyph's outline written once and each use a glyph code, where drawing the
/// outlines as paths would write every glyph in full at every use.
enum OutlineFont {
    /// The key under which a font face holds its `PDFFace`.
    private nonisolated(unsafe) static let key = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

    /// A new font face drawing `face`'s outlines; the caller destroys it.
    static func make(_ face: PDFFace) -> OpaquePointer? {
        guard let font = cairo_user_font_face_create() else { return nil }
        let retained = Unmanaged.passRetained(face).toOpaque()
        cairo_font_face_set_user_data(font, key, retained) { pointer in
            pointer.map { Unmanaged<PDFFace>.fromOpaque($0).release() }
        }
        cairo_user_font_face_set_render_glyph_func(font) { scaledFont, glyph, context, extents in
            guard let scaledFont, let context, let pointer = cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(scaledFont), OutlineFont.key)
            else { return CAIRO_STATUS_USER_FONT_ERROR }
            let face = Unmanaged<PDFFace>.fromOpaque(pointer).takeUnretainedValue()
            let outline = face.outlines[UInt32(glyph)] ?? GlyphOutline(unitsPerEm: 1000, commands: [])
            let scale = 1 / Double(max(outline.unitsPerEm, 1))
            OutlineFont.draw(outline, scale: scale, on: context)
            extents?.pointee = OutlineFont.extents(of: outline, scale: scale)
            return CAIRO_STATUS_SUCCESS
        }
        return font
    }

    /// The glyph's box for the PDF: its outline's points (control points too, so it holds the
    /// ink) and the em above the baseline over its advance, so that readers finding lines see
    /// every glyph, a full stop too, as tall as the text; the advance is for readers that
    /// measure the gaps between glyphs to find the spaces between words. Glyph space, y down.
    private static func extents(of outline: GlyphOutline, scale: Double) -> cairo_text_extents_t {
        let advance = Double(outline.advance) * scale
        var minX = 0.0, minY = -1.0, maxX = max(advance, 0), maxY = 0.0
        for command in outline.commands {
            let points: [(Float, Float)] = switch command {
            case .move(let x, let y), .line(let x, let y): [(x, y)]
            case .quadratic(let cx, let cy, let x, let y): [(cx, cy), (x, y)]
            case .cubic(let c1x, let c1y, let c2x, let c2y, let x, let y): [(c1x, c1y), (c2x, c2y), (x, y)]
            case .close: []
            }
            for (x, y) in points {
                minX = min(minX, Double(x) * scale)
                maxX = max(maxX, Double(x) * scale)
                minY = min(minY, -Double(y) * scale)
                maxY = max(maxY, -Double(y) * scale)
            }
        }
        return cairo_text_extents_t(
            x_bearing: minX, y_bearing: minY, width: maxX - minX, height: maxY - minY, x_advance: advance, y_advance: 0)
    }

    /// Fills the outline in glyph space (one unit per em, y down), as fonts fill: non-zero.
    private static func draw(_ outline: GlyphOutline, scale: Double, on context: OpaquePointer) {
        let point = { (x: Float, y: Float) in (Double(x) * scale, -Double(y) * scale) }
        for command in outline.commands {
            switch command {
            case .move(let x, let y):
                let p = point(x, y)
                cairo_move_to(context, p.0, p.1)
            case .line(let x, let y):
                let p = point(x, y)
                cairo_line_to(context, p.0, p.1)
            case .quadratic(let cx, let cy, let x, let y):
                // A quadratic Bézier is the cubic with its control points two thirds of the way
                // from each end to the quadratic's control point.
                var startX = 0.0, startY = 0.0
                cairo_get_current_point(context, &startX, &startY)
                let c = point(cx, cy), end = point(x, y)
                cairo_curve_to(
                    context, startX + 2 / 3 * (c.0 - startX), startY + 2 / 3 * (c.1 - startY),
                    end.0 + 2 / 3 * (c.0 - end.0), end.1 + 2 / 3 * (c.1 - end.1), end.0, end.1)
            case .cubic(let c1x, let c1y, let c2x, let c2y, let x, let y):
                let c1 = point(c1x, c1y), c2 = point(c2x, c2y), end = point(x, y)
                cairo_curve_to(context, c1.0, c1.1, c2.0, c2.1, end.0, end.1)
            case .close:
                cairo_close_path(context)
            }
        }
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_WINDING)
        cairo_fill(context)
    }
}
