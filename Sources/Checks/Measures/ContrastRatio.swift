import Foundation
import Raster

/// Contrast between text and what is behind it, as WCAG 2.2 defines it (success criterion
/// 1.4.3): from the relative luminance of the two colours, from 1:1 to 21:1.
///
/// Backgrounds are photographs, gradients and shapes, so the text colour is compared with the
/// pixels actually rendered behind the text box, and the box is judged by its worst pixels.
public enum ContrastRatio {
    /// An sRGB colour with 8-bit channels.
    public typealias RGB = (red: UInt8, green: UInt8, blue: UInt8)

    /// WCAG's minimum for text of this size: 3:1 for large text (18 pt, or 14 pt bold), 4.5:1
    /// otherwise.
    public static func required(sizeInPoints size: Double, weight: Int) -> Double {
        size >= 18 || (size >= 14 && weight >= 700) ? 3 : 4.5
    }

    /// The contrast ratio of two colours.
    public static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Relative luminance of an sRGB colour.
    public static func luminance(_ color: RGB) -> Double {
        0.2126 * linear[Int(color.red)] + 0.7152 * linear[Int(color.green)] + 0.0722 * linear[Int(color.blue)]
    }

    /// Each 8-bit sRGB value as linear light.
    private static let linear: [Double] = (0...255).map { channel in
        let value = Double(channel) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }

    /// The contrast of `text` against the pixels of `image` inside the pixel rectangle, at the
    /// given percentile of the worst pixels (0.05: all but the worst 5 % have at least this
    /// contrast). Transparent pixels count as white paper. `nil` for an empty rectangle.
    public static func worst(
        text: RGB, on image: RasterImage, x: Int, y: Int, width: Int, height: Int, percentile: Double = 0.05
    ) -> Double? {
        let left = max(0, x), top = max(0, y)
        let right = min(image.width, x + width), bottom = min(image.height, y + height)
        guard right > left, bottom > top else { return nil }
        // Ratios run from 1 to 21; a histogram in steps of 0.01 finds the percentile without sorting.
        let textLuminance = luminance(text)
        var histogram = [Int](repeating: 0, count: 2_001)
        // Backgrounds are mostly runs of one colour: a pixel like the one before falls in its bin.
        var previous: (pixel: UInt32, bin: Int)?
        image.pixels.withUnsafeBytes { pixels in
            for row in top..<bottom {
                for column in left..<right {
                    let word = pixels.loadUnaligned(fromByteOffset: row * image.stride + column * 4, as: UInt32.self)
                    if let previous, previous.pixel == word {
                        histogram[previous.bin] += 1
                        continue
                    }
                    let background = luminance(paper(RasterImage.channels(of: word)))
                    let value = (max(background, textLuminance) + 0.05) / (min(background, textLuminance) + 0.05)
                    let bin = min(2_000, Int((value - 1) * 100))
                    histogram[bin] += 1
                    previous = (word, bin)
                }
            }
        }
        let wanted = Int(Double((right - left) * (bottom - top)) * percentile)
        var seen = 0
        for (bin, count) in histogram.enumerated() {
            seen += count
            if seen > wanted { return 1 + Double(bin) / 100 }
        }
        return 21
    }

    /// A premultiplied pixel composited over white.
    private static func paper(_ pixel: (red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8)) -> RGB {
        let blank = 255 - Int(pixel.alpha)
        return (UInt8(min(255, Int(pixel.red) + blank)), UInt8(min(255, Int(pixel.green) + blank)), UInt8(min(255, Int(pixel.blue) + blank)))
    }
}
