import Foundation

/// What poppler's tools read from a PDF, for tests that check what a reader or a print shop's
/// preflight gets from it.
public enum Poppler {
    /// The text `pdftotext` extracts.
    public static func text(of file: URL) throws -> String {
        try run("/usr/bin/pdftotext", [file.path, "-"])
    }

    /// The font table `pdffonts` prints.
    public static func fonts(of file: URL) throws -> String {
        try run("/usr/bin/pdffonts", [file.path])
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }
}
