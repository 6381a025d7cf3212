internal import CFontSubset
internal import CRsvg

/// The cairo font faces a PDF's text layer is set in: for each font, the glyphs the page uses,
/// taken out of its font file by HarfBuzz's subsetter without hinting (at their own indices, so
/// the layout's glyphs are the ones set), and opened by FreeType for cairo, which embeds its own
/// subset of them in the PDF, once per font whatever the sizes.
///
/// The layer is searched and copied, never drawn (the page shows the glyphs' outlines), so the
/// fonts' hinting programs would only add bytes. Made and destroyed under the text lock, as
/// cairo's fonts must be.
struct EmbeddedFonts: ~Copyable {
    /// cairo's faces, by font; each keeps its FreeType face and bytes until cairo lets it go.
    let faces: [PDFFont: OpaquePointer]

    /// The faces for `lines`; throws when a font cannot be read or subset (having released the
    /// faces already made: `self` is not made, so `deinit` does not run).
    init(for lines: [PDFTextLine]) throws(RasterError) {
        var glyphs: [PDFFont: Set<UInt32>] = [:]
        for run in lines.flatMap(\.runs) { glyphs[run.font, default: []].formUnion(run.glyphs.map(\.id)) }
        var made: [PDFFont: OpaquePointer] = [:]
        for (font, used) in glyphs {
            guard let face = Self.face(font, glyphs: used.sorted()) else {
                for face in made.values { cairo_font_face_destroy(face) }
                throw .text("cannot embed the font \(font.path) (face \(font.index))")
            }
            made[font] = face
        }
        faces = made
    }

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    /// FreeType's library for the process; only used under the text lock, one thread at a time.
    private nonisolated(unsafe) static let library = campaign_ft_library_new()

    private static func face(_ font: PDFFont, glyphs: [UInt32]) -> OpaquePointer? {
        guard let library else { return nil }
        guard let subset = glyphs.withUnsafeBufferPointer({
            campaign_unhinted_subset(font.path, UInt32(font.index), $0.baseAddress, UInt32($0.count))
        }) else { return nil }
        defer { hb_blob_destroy(subset) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(subset, &length) else { return nil }
        return campaign_font_face_from_memory(library, bytes, Int(length))
    }
}
