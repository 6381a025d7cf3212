import CampaignModel
import Diagnostics
import Foundation

/// `campaign build`: checks the project and, only when nothing is wrong, writes the outputs of
/// the selected campaigns and locales into the output folder.
///
/// A run with any error writes nothing, so the previous outputs stay as they were.
public struct Build: Sendable {
    public let check: ProjectCheck
    public let outputDirectory: String

    public init(check: ProjectCheck, outputDirectory: String) {
        self.check = check
        self.outputDirectory = outputDirectory
    }

    /// What a build did: every finding and the files it wrote.
    public struct Result: Sendable {
        public let log: DiagnosticLog
        public let written: [String]
    }

    public func run() -> Result {
        let checked = check.run()
        var log = checked.log
        guard !log.hasErrors else { return Result(log: log, written: []) }

        let report = BuildReport(selected: checked.selected, log: log)
        let reportURL = URL(fileURLWithPath: outputDirectory).appendingPathComponent("report.json")
        do {
            try AtomicFile.write(try Self.encode(report), to: reportURL)
        } catch {
            log.error("cannot write \(reportURL.path): \(error.localizedDescription)", at: nil)
            return Result(log: log, written: [])
        }
        return Result(log: log, written: [outputDirectory + "/report.json"])
    }

    static func encode(_ report: BuildReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
