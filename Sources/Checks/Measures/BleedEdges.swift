import Raster

/// Whether a print design's background art runs on past the trim, so that the print shop's cut
/// leaves no white sliver.
///
/// Judged on a rendering of the background that includes the bleed: along each edge, where the
/// art just inside the trim is coloured (not paper white), the bleed at its outer edge must be
/// painted in about the same colour (a photograph or gradient may change a little).
public enum BleedEdges {
    public enum Edge: String, CaseIterable, Sendable {
        case top, right, bottom, left
    }

    /// The edges whose art stops at the trim along more than 2 % of their length.
    /// `bleedPixels` is the bleed's width in the image.
    public static func shortEdges(of image: RasterImage, bleedPixels: Int) -> [Edge] {
        guard bleedPixels >= 2, image.width > 2 * bleedPixels + 2, image.height > 2 * bleedPixels + 2 else { return [] }
        let inside = bleedPixels + 1, outside = 0
        return Edge.allCases.filter { edge in
            let along = edge == .top || edge == .bottom ? image.width : image.height
            var coloured = 0, short = 0
            for position in bleedPixels..<(along - bleedPixels) {
                let (innerPixel, outerPixel): ((Int, Int), (Int, Int)) = switch edge {
                case .top: ((position, inside), (position, outside))
                case .bottom: ((position, image.height - 1 - inside), (position, image.height - 1 - outside))
                case .left: ((inside, position), (outside, position))
                case .right: ((image.width - 1 - inside, position), (image.width - 1 - outside, position))
                }
                let inner = image.pixel(x: innerPixel.0, y: innerPixel.1)
                guard inner.alpha > 128, min(inner.red, inner.green, inner.blue) < 245 else { continue }
                coloured += 1
                let outer = image.pixel(x: outerPixel.0, y: outerPixel.1)
                let difference = max(
                    abs(Int(inner.red) - Int(outer.red)), abs(Int(inner.green) - Int(outer.green)),
                    abs(Int(inner.blue) - Int(outer.blue)))
                if outer.alpha < 128 || difference > 48 { short += 1 }
            }
            return coloured > 0 && Double(short) > 0.02 * Double(along - 2 * bleedPixels)
        }
    }
}
