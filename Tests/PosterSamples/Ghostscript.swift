import Foundation

/// Ghostscript's rendering of a PDF's first page, for tests that check what a print shop's RIP
/// would draw: one pixel per point at 72 dpi, the whole MediaBox.
public enum Ghostscript {
    public static func render(_ file: URL, dotsPerInch: Int = 72) throws -> PPM? {
        try run(["-r\(dotsPerInch)"], file)
    }

    /// The first page's TrimBox scaled to `width` x `height` pixels, antialiased, as a print
    /// shop's check compares a PDF with its PNG preview.
    public static func render(_ file: URL, trimBoxTo width: Int, height: Int) throws -> PPM? {
        try run([
            "-r72", "-dUseTrimBox", "-dDEVICEWIDTHPOINTS=\(width)", "-dDEVICEHEIGHTPOINTS=\(height)", "-dFIXEDMEDIA", "-dPDFFitPage",
            "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4",
        ], file)
    }

    private static func run(_ options: [String], _ file: URL) throws -> PPM? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gs")
        process.arguments = ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dFirstPage=1", "-dLastPage=1", "-sDEVICE=ppmraw"] + options + ["-sOutputFile=-", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PPM(data)
    }
}

/// A binary PPM (P6) as Ghostscript writes it: a header of tokens (comments between them), then
/// 8-bit RGB pixels.
public struct PPM: Sendable {
    public let width: Int
    public let height: Int
    public let pixels: [UInt8]

    public init?(_ data: Data) {
        let bytes = [UInt8](data)
        var tokens: [String] = []
        var index = 0
        while tokens.count < 4, index < bytes.count {
            if bytes[index] == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if bytes[index] <= 0x20 {
                index += 1
            } else {
                let start = index
                while index < bytes.count, bytes[index] > 0x20 { index += 1 }
                tokens.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
        }
        guard tokens.count == 4, tokens[0] == "P6", let width = Int(tokens[1]), let height = Int(tokens[2]), tokens[3] == "255",
              bytes.count >= index + 1 + width * height * 3
        else { return nil }
        self.width = width
        self.height = height
        pixels = Array(bytes[(index + 1)..<(index + 1 + width * height * 3)])
    }

    /// The pixel at (x, y), from the top left, as red, green and blue.
    public func pixel(x: Int, y: Int) -> [UInt8] {
        Array(pixels[(y * width + x) * 3..<(y * width + x) * 3 + 3])
    }
}
