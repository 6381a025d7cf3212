internal import CRsvg

/// Composes the frames of an animation from layers drawn once: each frame paints the layers in
/// order, each at its own opacity, offset and scale, and repaints only the region that changed
/// since the frame before, so a frame costs little more than the movement in it. The layers
/// and the frame are cairo image surfaces; the frame is handed out as 8-bit BGRA rows
/// (cairo's premultiplied ARGB on a little-endian machine), opaque wherever the layers are.
public final class FrameComposer {
    /// Where and how one layer shows in a frame.
    public struct Placement: Equatable, Sendable {
        /// From 0 (not seen) to 1.
        public var opacity: Double
        /// How far the layer is moved, in pixels.
        public var offsetX: Double
        public var offsetY: Double
        /// The layer's size, 1 being as drawn, about the centre of what it draws.
        public var scale: Double

        public init(opacity: Double = 1, offsetX: Double = 0, offsetY: Double = 0, scale: Double = 1) {
            self.opacity = opacity
            self.offsetX = offsetX
            self.offsetY = offsetY
            self.scale = scale
        }

        /// In place, as drawn.
        public static let rest = Placement()
    }

    public let width: Int
    public let height: Int
    private let frame: OpaquePointer
    private let context: OpaquePointer
    private let layers: [OpaquePointer]
    /// What each layer draws, in pixels: the box of its pixels that are not transparent.
    private let bounds: [PixelBox?]
    /// The placements of the frame as it is now; `nil` when it must be painted whole.
    private var shown: [Placement?]?
    /// Rows without cairo's padding, when its rows have some.
    private let packed: UnsafeMutableRawBufferPointer?

    /// A composer for frames of `width` x `height` pixels, each layer an SVG that librsvg draws
    /// once, covering the frame as `Rasterizer` would.
    public init(layers svgs: [[UInt8]], width: Int, height: Int) throws(RasterError) {
        guard (1...Rasterizer.maximumSide).contains(width), (1...Rasterizer.maximumSide).contains(height) else {
            throw .badSize(width: width, height: height)
        }
        var drawn: [OpaquePointer] = []
        do throws(RasterError) {
            for svg in svgs {
                drawn.append(Self.surface(width: width, height: height))
                try Rasterizer.draw(svg, on: drawn[drawn.count - 1], width: width, height: height)
            }
        } catch {
            for layer in drawn { cairo_surface_destroy(layer) }
            throw error
        }
        self.width = width
        self.height = height
        layers = drawn
        bounds = drawn.map(PixelBox.init(drawnOn:))
        frame = Self.surface(width: width, height: height)
        context = cairo_create(frame)
        packed = Int(cairo_image_surface_get_stride(frame)) == width * 4
            ? nil : UnsafeMutableRawBufferPointer.allocate(byteCount: width * 4 * height, alignment: 4)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(frame)
        for layer in layers { cairo_surface_destroy(layer) }
        packed?.deallocate()
    }

    /// Makes the frame show each layer at its placement (`nil`: not shown).
    public func compose(_ placements: [Placement?]) {
        precondition(placements.count == layers.count, "one placement per layer")
        let region = changedRegion(to: placements)
        shown = placements
        guard let region else { return }
        cairo_save(context)
        cairo_rectangle(context, Double(region.left), Double(region.top), Double(region.right - region.left), Double(region.bottom - region.top))
        cairo_clip(context)
        cairo_set_operator(context, CAIRO_OPERATOR_CLEAR)
        cairo_paint(context)
        cairo_set_operator(context, CAIRO_OPERATOR_OVER)
        for (index, placement) in placements.enumerated() {
            guard let placement, placement.opacity > 0, let box = bounds[index] else { continue }
            cairo_save(context)
            let centre = box.centre
            cairo_translate(context, centre.x + placement.offsetX, centre.y + placement.offsetY)
            cairo_scale(context, placement.scale, placement.scale)
            cairo_translate(context, -centre.x, -centre.y)
            cairo_set_source_surface(context, layers[index], 0, 0)
            cairo_pattern_set_filter(cairo_get_source(context), CAIRO_FILTER_BILINEAR)
            if placement.opacity >= 1 { cairo_paint(context) } else { cairo_paint_with_alpha(context, placement.opacity) }
            cairo_restore(context)
        }
        cairo_restore(context)
    }

    /// Makes the frame show `image` as it is, pixel for pixel (the finished picture); the next
    /// `compose` paints the whole frame again.
    public func show(_ image: RasterImage) throws(RasterError) {
        guard image.width == width, image.height == height else { throw .badSize(width: image.width, height: image.height) }
        Self.copy(image, into: frame)
        shown = nil
    }

    /// The frame's pixels: `height` rows of `width` BGRA pixels, with no padding.
    public func withFrame<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure) -> Result {
        cairo_surface_flush(frame)
        let data = UnsafeRawPointer(cairo_image_surface_get_data(frame)!)
        let stride = Int(cairo_image_surface_get_stride(frame))
        guard let packed else { return try body(UnsafeRawBufferPointer(start: data, count: stride * height)) }
        for row in 0..<height {
            packed.baseAddress!.advanced(by: row * width * 4).copyMemory(from: data.advanced(by: row * stride), byteCount: width * 4)
        }
        return try body(UnsafeRawBufferPointer(packed))
    }

    /// The pixels that differ between the frame as shown and the frame at `placements`, or `nil`
    /// when nothing changes.
    private func changedRegion(to placements: [Placement?]) -> PixelBox? {
        guard let shown else { return PixelBox(left: 0, top: 0, right: width, bottom: height) }
        var region: PixelBox?
        for index in placements.indices where placements[index] != shown[index] {
            guard let box = bounds[index] else { continue }
            for placement in [shown[index], placements[index]].compactMap({ $0 }) {
                region = box.placed(placement).union(region)
            }
        }
        return region?.clamped(width: width, height: height)
    }

    private static func surface(width: Int, height: Int) -> OpaquePointer {
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))
    }

    private static func copy(_ image: RasterImage, into surface: OpaquePointer) {
        cairo_surface_flush(surface)
        let data = cairo_image_surface_get_data(surface)!
        let stride = Int(cairo_image_surface_get_stride(surface))
        image.pixels.withUnsafeBytes { source in
            for row in 0..<image.height {
                (data + row * stride).update(
                    from: source.baseAddress!.advanced(by: row * image.stride).assumingMemoryBound(to: UInt8.self), count: image.width * 4)
            }
        }
        cairo_surface_mark_dirty(surface)
    }
}

/// A box of whole pixels, right and bottom excluded.
struct PixelBox: Equatable {
    var left: Int, top: Int, right: Int, bottom: Int

    var centre: (x: Double, y: Double) { (Double(left + right) / 2, Double(top + bottom) / 2) }

    /// The box of the pixels an image surface draws (alpha above 0), `nil` when it draws none.
    init?(drawnOn surface: OpaquePointer) {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var box: PixelBox?
        for row in 0..<height {
            // Premultiplied ARGB in native 32-bit words: alpha is the top byte.
            let words = UnsafeBufferPointer(start: UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self), count: width)
            guard let first = words.firstIndex(where: { $0 >> 24 != 0 }), let last = words.lastIndex(where: { $0 >> 24 != 0 }) else { continue }
            box = PixelBox(left: first, top: row, right: last + 1, bottom: row + 1).union(box)
        }
        guard let box else { return nil }
        self = box
    }

    init(left: Int, top: Int, right: Int, bottom: Int) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    func union(_ other: PixelBox?) -> PixelBox {
        guard let other else { return self }
        return PixelBox(left: min(left, other.left), top: min(top, other.top), right: max(right, other.right), bottom: max(bottom, other.bottom))
    }

    /// The pixels the box covers once scaled about its centre and moved, one pixel wider on each
    /// side for the smoothing of fractional positions.
    func placed(_ placement: FrameComposer.Placement) -> PixelBox {
        let (x, y) = centre
        let halfWidth = Double(right - left) / 2 * placement.scale, halfHeight = Double(bottom - top) / 2 * placement.scale
        return PixelBox(
            left: Int((x + placement.offsetX - halfWidth).rounded(.down)) - 1,
            top: Int((y + placement.offsetY - halfHeight).rounded(.down)) - 1,
            right: Int((x + placement.offsetX + halfWidth).rounded(.up)) + 1,
            bottom: Int((y + placement.offsetY + halfHeight).rounded(.up)) + 1)
    }

    func clamped(width: Int, height: Int) -> PixelBox? {
        let box = PixelBox(left: max(0, left), top: max(0, top), right: min(width, right), bottom: min(height, bottom))
        return box.left < box.right && box.top < box.bottom ? box : nil
    }
}
