import Foundation

/// Numbers as SVG files carry them: at most three decimals, no trailing zeros, no `-0`.
///
/// Written with integer arithmetic: a poster holds tens of thousands of coordinates, and
/// `String(format:)` was a tenth of a whole build's time.
enum SVGNumber {
    static func format(_ value: Double, decimals: Int = 3) -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * Double(scale)).rounded(.toNearestOrEven)
        guard scaled.isFinite, abs(scaled) < 1e15 else { return String(format: "%.\(decimals)f", value) }
        let units = Int64(scaled)
        guard units != 0 else { return "0" }
        let magnitude = units.magnitude
        var fraction = magnitude % UInt64(scale)
        var digits = decimals
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var text = units < 0 ? "-" : ""
        text += String(magnitude / UInt64(scale))
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    static func list(_ values: [Double]) -> String {
        values.map { format($0) }.joined(separator: " ")
    }
}
