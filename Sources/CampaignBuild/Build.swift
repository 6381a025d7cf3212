import CampaignModel
import Diagnostics
import Foundation
import TextLayout

/// `campaign build`: checks the project and, only when nothing is wrong, writes the outputs of
/// the selected campaigns and locales into the output folder.
///
/// Every output is made in memory first; a run with any error writes nothing, so the previous
/// outputs stay as they were. Each file is then written to a temporary name and renamed.
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

        let fonts: FontLibrary
        do {
            fonts = try FontLibrary(configurationFile: check.fontConfigurationPath)
        } catch {
            log.error(error.description, at: SourceLocation(file: check.fontConfigurationPath))
            return Result(log: log, written: [])
        }
        let engine = TextLayoutEngine(fonts: fonts)
        var files: [OutputFile] = []
        var artifacts: [String: [BuildReport.ArtifactEntry]] = [:]
        for entry in checked.selected {
            for locale in entry.locales {
                guard let state = checked.project.memberState(locale.region) else { continue }
                let job = PosterJob(check: check, campaign: entry.campaign, locale: locale, state: state, templates: checked.templates)
                for made in job.run(engine: engine, log: &log) {
                    files.append(made.file)
                    artifacts["\(entry.campaign.id)/\(locale)", default: []].append(made.entry)
                }
            }
        }
        guard !log.hasErrors else { return Result(log: log, written: []) }

        let report = BuildReport(selected: checked.selected, artifacts: artifacts, log: log)
        do {
            files.append(OutputFile(path: "report.json", bytes: [UInt8](try Self.encode(report))))
            for file in files {
                try AtomicFile.write(Data(file.bytes), to: URL(fileURLWithPath: outputDirectory).appendingPathComponent(file.path))
            }
        } catch {
            log.error("cannot write into \(outputDirectory): \(error.localizedDescription)", at: nil)
            return Result(log: log, written: [])
        }
        return Result(log: log, written: files.map { "\(outputDirectory)/\($0.path)" })
    }

    static func encode(_ report: BuildReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
