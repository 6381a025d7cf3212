internal import CPango

/// A glyph's outline as path commands in font units (y up), with the face's units per em and
/// the glyph's horizontal advance, in font units.
public struct GlyphOutline: Hashable, Sendable {
    public let unitsPerEm: Int
    public let commands: [PathCommand]
    public let advance: Int

    public init(unitsPerEm: Int, commands: [PathCommand], advance: Int = 0) {
        self.unitsPerEm = unitsPerEm
        self.commands = commands
        self.advance = advance
    }
}

/// One step of an outline, as fonts store them: lines, quadratic and cubic Béziers.
public enum PathCommand: Hashable, Sendable {
    case move(x: Float, y: Float)
    case line(x: Float, y: Float)
    case quadratic(cx: Float, cy: Float, x: Float, y: Float)
    case cubic(c1x: Float, c1y: Float, c2x: Float, c2y: Float, x: Float, y: Float)
    case close
}

/// A HarfBuzz face and an unscaled font over it, for reading outlines in font units.
final class Face {
    private let face: OpaquePointer
    private let font: OpaquePointer
    private var cache: [UInt32: GlyphOutline] = [:]
    let unitsPerEm: Int

    init(_ face: OpaquePointer) {
        self.face = hb_face_reference(face)
        font = hb_font_create(face)
        unitsPerEm = Int(hb_face_get_upem(face))
    }

    func release() {
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    func outline(_ glyph: UInt32) -> GlyphOutline {
        if let cached = cache[glyph] { return cached }
        let recorder = OutlineRecorder()
        hb_font_get_glyph_shape(font, glyph, OutlineRecorder.functions, Unmanaged.passUnretained(recorder).toOpaque())
        let outline = GlyphOutline(unitsPerEm: unitsPerEm, commands: recorder.commands, advance: Int(hb_font_get_glyph_h_advance(font, glyph)))
        cache[glyph] = outline
        return outline
    }
}

/// Collects HarfBuzz's drawing callbacks into `PathCommand`s.
private final class OutlineRecorder {
    var commands: [PathCommand] = []

    static func recorder(_ data: UnsafeMutableRawPointer?) -> OutlineRecorder {
        Unmanaged<OutlineRecorder>.fromOpaque(data!).takeUnretainedValue()
    }

    nonisolated(unsafe) static let functions: OpaquePointer = {
        let functions = hb_draw_funcs_create()!
        hb_draw_funcs_set_move_to_func(functions, { _, data, _, x, y, _ in
            recorder(data).commands.append(.move(x: x, y: y))
        }, nil, nil)
        hb_draw_funcs_set_line_to_func(functions, { _, data, _, x, y, _ in
            recorder(data).commands.append(.line(x: x, y: y))
        }, nil, nil)
        hb_draw_funcs_set_quadratic_to_func(functions, { _, data, _, cx, cy, x, y, _ in
            recorder(data).commands.append(.quadratic(cx: cx, cy: cy, x: x, y: y))
        }, nil, nil)
        hb_draw_funcs_set_cubic_to_func(functions, { _, data, _, c1x, c1y, c2x, c2y, x, y, _ in
            recorder(data).commands.append(.cubic(c1x: c1x, c1y: c1y, c2x: c2x, c2y: c2y, x: x, y: y))
        }, nil, nil)
        hb_draw_funcs_set_close_path_func(functions, { _, data, _, _ in
            recorder(data).commands.append(.close)
        }, nil, nil)
        hb_draw_funcs_make_immutable(functions)
        return functions
    }()
}
