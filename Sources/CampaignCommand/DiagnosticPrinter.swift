import Diagnostics
import Foundation

/// Prints findings and progress to standard error, keeping standard output for results.
enum DiagnosticPrinter {
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.sorted {
            printError(diagnostic.description)
        }
    }

    /// `2 errors, 1 warning`
    static func summary(_ log: DiagnosticLog) -> String {
        "\(count(log.errorCount, "error")), \(count(log.warningCount, "warning"))"
    }

    /// `1 locale`, `2 locales`
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
