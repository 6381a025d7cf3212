internal import CPNGEncoder
internal import CRsvg
import Synchronization

/// Turns SVG bytes into pixels and PNG files in this process: librsvg draws onto a cairo image
/// surface, libpng encodes. It knows nothing of campaigns; it only sees SVG.
///
/// The SVG is read from memory with no base address, so librsvg loads nothing from disk: pictures
/// must be embedded as `data:` URIs. Each call uses its own librsvg and cairo objects, so calls
/// may run on several threads at once, with one exception: librsvg sets `<text>` through
/// pangocairo, and cairo 1.16's scaled-font cache can deadlock when two threads use cairo fonts
/// at once (seen here), so SVGs with text elements are rendered one at a time, and so is the
/// text a `PDFRenderer` sets. Drawings whose text is already outlined, as the compiler's are,
/// render in parallel.
public enum Rasterizer {
    private static let textLock = Mutex(())

    /// The largest side rendered, in pixels (A2 at 600 dpi is under 12 000).
    public static let maximumSide = 20_000

    /// The SVG rendered to `width` x `height` pixels and encoded as PNG.
    public static func png(fromSVG svg: [UInt8], width: Int, height: Int, options: PNGOptions) throws(RasterError) -> [UInt8] {
        try pngs(fromSVG: svg, renditions: [PNGRendition(width: width, height: height, options: options)])[0]
    }

    /// The SVG read once and rendered and encoded at each rendition's size, in their order: a
    /// flyer and its thumbnail cost one reading of the drawing, which for a drawing of outlined
    /// text costs librsvg more than rendering a small picture of it.
    public static func pngs(fromSVG svg: [UInt8], renditions: [PNGRendition]) throws(RasterError) -> [[UInt8]] {
        for rendition in renditions {
            guard (1...maximumSide).contains(rendition.width), (1...maximumSide).contains(rendition.height) else {
                throw .badSize(width: rendition.width, height: rendition.height)
            }
        }
        return try oneAtATimeIfText(svg) { () throws(RasterError) in
            try parsed(svg) { (handle) throws(RasterError) in
                var files: [[UInt8]] = []
                for rendition in renditions {
                    let (width, height) = (rendition.width, rendition.height)
                    files.append(try rendered(handle, width: width, height: height) { (pixels, stride) throws(RasterError) in
                        try encode(pixels, width: width, height: height, stride: stride, options: rendition.options)
                    })
                }
                return files
            }
        }
    }

    /// The SVG rendered to `width` x `height` pixels.
    public static func image(fromSVG svg: [UInt8], width: Int, height: Int) throws(RasterError) -> RasterImage {
        try withRendering(svg, width: width, height: height) { pixels, stride in
            RasterImage(width: width, height: height, stride: stride, pixels: Array(UnsafeBufferPointer(start: pixels, count: stride * height)))
        }
    }

    /// Encodes an image already in memory.
    public static func png(from image: RasterImage, options: PNGOptions) throws(RasterError) -> [UInt8] {
        try image.pixels.withUnsafeBufferPointer { (buffer) throws(RasterError) in
            try encode(buffer.baseAddress!, width: image.width, height: image.height, stride: image.stride, options: options)
        }
    }

    private static func withRendering<Result>(
        _ svg: [UInt8], width: Int, height: Int, _ body: (UnsafePointer<UInt8>, Int) throws(RasterError) -> Result
    ) throws(RasterError) -> Result {
        guard (1...maximumSide).contains(width), (1...maximumSide).contains(height) else {
            throw .badSize(width: width, height: height)
        }
        return try oneAtATimeIfText(svg) { () throws(RasterError) in try render(svg, width: width, height: height, body) }
    }

    /// Runs `body`, under the text lock when the SVG has text for librsvg to set.
    static func oneAtATimeIfText<Result>(_ svg: [UInt8], _ body: () throws(RasterError) -> Result) throws(RasterError) -> Result {
        containsText(svg) ? try oneAtATime(body) : try body()
    }

    /// Runs `body` under the text lock: no other thread sets text with cairo meanwhile.
    static func oneAtATime<Result>(_ body: () throws(RasterError) -> Result) throws(RasterError) -> Result {
        var outcome: Swift.Result<Result, RasterError>?
        textLock.withLock { _ in
            do throws(RasterError) {
                outcome = .success(try body())
            } catch {
                outcome = .failure(error)
            }
        }
        return try outcome!.get()
    }

    /// Whether the SVG has a `<text` element (or anything starting so), which librsvg would lay out.
    static func containsText(_ svg: [UInt8]) -> Bool {
        let needle = Array("<text".utf8)
        guard svg.count >= needle.count else { return false }
        return (0...(svg.count - needle.count)).contains { start in
            svg[start] == needle[0] && svg[start..<start + needle.count].elementsEqual(needle)
        }
    }

    private static func render<Result>(
        _ svg: [UInt8], width: Int, height: Int, _ body: (UnsafePointer<UInt8>, Int) throws(RasterError) -> Result
    ) throws(RasterError) -> Result {
        try parsed(svg) { (handle) throws(RasterError) in try rendered(handle, width: width, height: height, body) }
    }

    /// Runs `body` with librsvg's reading of the SVG.
    private static func parsed<Result>(
        _ svg: [UInt8], _ body: (UnsafeMutablePointer<RsvgHandle>) throws(RasterError) -> Result
    ) throws(RasterError) -> Result {
        var error: UnsafeMutablePointer<GError>?
        let handle = svg.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
        guard let handle else { throw .rejectedSVG(Self.message(taking: error)) }
        defer { campaign_rsvg_unref(UnsafeMutableRawPointer(handle)) }
        return try body(handle)
    }

    /// Renders a read SVG onto a new `width` x `height` image surface and runs `body` with its pixels.
    private static func rendered<Result>(
        _ handle: UnsafeMutablePointer<RsvgHandle>, width: Int, height: Int, _ body: (UnsafePointer<UInt8>, Int) throws(RasterError) -> Result
    ) throws(RasterError) -> Result {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw .rejectedSVG("cairo cannot allocate \(width) x \(height) pixels")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .rejectedSVG("cairo cannot allocate \(width) x \(height) pixels")
        }
        try draw(handle, on: surface, width: width, height: height)
        guard let data = cairo_image_surface_get_data(surface) else { throw .rejectedSVG("cairo returned no pixels") }
        return try body(UnsafePointer(data), Int(cairo_image_surface_get_stride(surface)))
    }

    /// Draws a document onto an image surface of `width` x `height` pixels, covering it.
    static func draw(_ handle: UnsafeMutablePointer<RsvgHandle>, on surface: OpaquePointer, width: Int, height: Int) throws(RasterError) {
        let context = cairo_create(surface)
        defer { cairo_destroy(context) }
        var error: UnsafeMutablePointer<GError>?
        var viewport = Self.coveringViewport(handle, width: width, height: height)
        guard rsvg_handle_render_document(handle, context, &viewport, &error) != 0 else {
            throw .rejectedSVG(Self.message(taking: error))
        }
        cairo_surface_flush(surface)
    }

    /// Draws SVG bytes onto an image surface of `width` x `height` pixels, under the text lock
    /// when the SVG has text for librsvg to set.
    static func draw(_ svg: [UInt8], on surface: OpaquePointer, width: Int, height: Int) throws(RasterError) {
        try oneAtATimeIfText(svg) { () throws(RasterError) in
            var error: UnsafeMutablePointer<GError>?
            let handle = svg.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
            guard let handle else { throw .rejectedSVG(Self.message(taking: error)) }
            defer { campaign_rsvg_unref(UnsafeMutableRawPointer(handle)) }
            try draw(handle, on: surface, width: width, height: height)
        }
    }

    /// A viewport of the document's proportions that covers every pixel: rounding the page to
    /// whole pixels must crop a fraction of a pixel, not leave a transparent edge.
    static func coveringViewport(_ handle: UnsafeMutablePointer<RsvgHandle>, width: Int, height: Int) -> RsvgRectangle {
        var documentWidth = 0.0, documentHeight = 0.0
        guard rsvg_handle_get_intrinsic_size_in_pixels(handle, &documentWidth, &documentHeight) != 0,
              documentWidth > 0, documentHeight > 0
        else { return RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height)) }
        let scale = max(Double(width) / documentWidth, Double(height) / documentHeight)
        return RsvgRectangle(x: 0, y: 0, width: documentWidth * scale, height: documentHeight * scale)
    }

    private static func encode(
        _ pixels: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, options: PNGOptions
    ) throws(RasterError) -> [UInt8] {
        var output = campaign_png_output()
        var message = [CChar](repeating: 0, count: 256)
        let status = (options.title ?? "").withCString { title in
            (options.language ?? "").withCString { language in
                var settings = campaign_png_options(
                    pixels_per_metre: options.dotsPerInch.map { UInt32(($0 / 0.0254).rounded()) } ?? 0,
                    title: options.title == nil ? nil : title,
                    language: options.language == nil ? nil : language,
                    compression_level: Int32(options.compression.level),
                    compression_strategy: options.compression.strategy.rawValue,
                    filters: options.compression.filters.rawValue)
                return campaign_png_encode(pixels, Int32(width), Int32(height), Int32(stride), &settings, &output, &message, message.count)
            }
        }
        defer { campaign_png_output_free(&output) }
        guard status == 0, let bytes = output.bytes else {
            throw .encoding(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return Array(UnsafeBufferPointer(start: bytes, count: output.size))
    }

    static func message(taking error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }
}

/// Pixels as cairo keeps them: premultiplied ARGB in native-endian 32-bit words, rows `stride`
/// bytes apart.
public struct RasterImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let stride: Int
    public let pixels: [UInt8]

    /// The pixel at (x, y) as (red, green, blue, alpha), still premultiplied.
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8) {
        let offset = y * stride + x * 4
        return Self.channels(of: pixels.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) })
    }

    /// A pixel's 32-bit word (as read from `pixels` at its offset) as (red, green, blue, alpha).
    public static func channels(of word: UInt32) -> (red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8) {
        (UInt8(word >> 16 & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF), UInt8(word >> 24))
    }
}
