/// Numbers as PDF content carries them: a fixed number of decimals at most, no trailing zeros,
/// no exponent, no `-0`. Written with integer arithmetic into bytes: a page's glyph outlines
/// hold tens of thousands of coordinates.
enum PDFNumber {
    /// `value` rounded to `decimals` places, appended to `bytes`.
    static func append(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * Double(scale)).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { bytes.append(UInt8(ascii: "0")); return }
        let units = Int64(scaled)
        guard units != 0 else { bytes.append(UInt8(ascii: "0")); return }
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = units.magnitude
        appendDigits(of: magnitude / UInt64(scale), to: &bytes)
        var fraction = magnitude % UInt64(scale), digits = decimals
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        guard digits > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor: UInt64 = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// `value` rounded to `decimals` places, as text.
    static func text(_ value: Double, decimals: Int) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendDigits(of value: UInt64, to bytes: inout [UInt8]) {
        guard value >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        appendDigits(of: value / 10, to: &bytes)
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
