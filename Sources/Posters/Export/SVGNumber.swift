import Foundation

/// Numbers as SVG files carry them: at most three decimals, no trailing zeros, no `-0`.
enum SVGNumber {
    static func format(_ value: Double, decimals: Int = 3) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    static func list(_ values: [Double]) -> String {
        values.map { format($0) }.joined(separator: " ")
    }
}
