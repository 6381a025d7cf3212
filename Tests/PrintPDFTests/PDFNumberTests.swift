@testable import PrintPDF
import Testing

/// Numbers written into PDF content: the value to the decimals asked for, in PDF's syntax.
@Suite struct PDFNumberTests {
    @Test func examples() {
        #expect(PDFNumber.text(0, decimals: 3) == "0")
        #expect(PDFNumber.text(-0.0004, decimals: 3) == "0", "no minus zero")
        #expect(PDFNumber.text(-8.50393, decimals: 3) == "-8.504")
        #expect(PDFNumber.text(12.5, decimals: 2) == "12.5")
        #expect(PDFNumber.text(0.00471031, decimals: 8) == "0.00471031")
        #expect(PDFNumber.text(556, decimals: 2) == "556")
        #expect(PDFNumber.text(1_000_000.004, decimals: 2) == "1000000")
    }

    /// Any value comes back within half a unit of its last decimal, with no exponent and no
    /// trailing zero after the point.
    @Test func everyValueReadsBackWithinItsRounding() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10_000 {
            let value = Double.random(in: -5_000...5_000, using: &generator) * (Bool.random(using: &generator) ? 1 : 0.001)
            let decimals = Int.random(in: 0...8, using: &generator)
            let text = PDFNumber.text(value, decimals: decimals)
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            #expect(abs((Double(text) ?? .nan) - value) <= 0.5 / scale + 1e-9, "\(value) to \(decimals): \(text)")
            #expect(!text.contains("e") && !text.hasPrefix("-0") || text.hasPrefix("-0."), "\(text)")
            if text.contains(".") { #expect(!text.hasSuffix("0") && !text.hasSuffix("."), "\(text)") }
        }
    }
}
