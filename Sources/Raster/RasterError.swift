/// Why an SVG could not be turned into a PNG or PDF.
public enum RasterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// librsvg could not read or draw the SVG.
    case rejectedSVG(String)
    /// The requested pixel size is zero, negative or too large to be sensible.
    case badSize(width: Int, height: Int)
    /// cairo could not set a PDF's text layer (a font file it cannot read, say).
    case text(String)
    /// libpng could not encode the pixels.
    case encoding(String)

    public var description: String {
        switch self {
        case .rejectedSVG(let reason): "librsvg cannot render the SVG: \(reason)"
        case let .badSize(width, height):
            "cannot render at \(width) x \(height) pixels; sides must be 1 to \(Rasterizer.maximumSide) pixels"
        case .text(let reason): "cannot set the PDF's text: \(reason)"
        case .encoding(let reason): "cannot encode the PNG: \(reason)"
        }
    }
}
