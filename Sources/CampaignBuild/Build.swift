import CampaignModel
import Diagnostics
import Foundation
import TextLayout

/// `campaign build`: checks the project and, only when nothing is wrong, writes the outputs of
/// the selected campaigns and locales into the output folder.
///
/// The locales are made in parallel, one thread per core, each thread with its own Pango
/// engine over the one font set the process loads. Every output is made in memory first; a
/// run with any error writes nothing, so the previous outputs stay as they were. Each file is
/// then written to a temporary name and renamed.
public struct Build: Sendable {
    public let check: ProjectCheck
    public let outputDirectory: String
    /// How many threads make outputs at once.
    public let threads: Int
    /// The years the schedule plans and what else its files depend on.
    public let schedule: ScheduleSettings

    public init(
        check: ProjectCheck, outputDirectory: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        schedule: ScheduleSettings = .fromEnvironment()
    ) {
        self.check = check
        self.outputDirectory = outputDirectory
        self.threads = max(1, threads)
        self.schedule = schedule
    }

    /// What a build did: every finding and the files it wrote.
    public struct Result: Sendable {
        public let log: DiagnosticLog
        public let written: [String]
    }

    /// Makes everything; with `writing` false (`campaign check --lint`), judges it all as a
    /// build would but writes nothing, not even the schedule ledgers.
    public func run(writing: Bool = true) -> Result {
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
        let jobs = checked.selected.flatMap { entry in
            entry.locales.compactMap { locale in
                checked.project.memberState(locale.region).map {
                    LocaleJob(
                        check: check, campaign: entry.campaign, locale: locale, state: $0, templates: checked.templates,
                        newsletterDesigns: checked.newsletterDesigns,
                        vagueLinkTexts: checked.project.vagueLinkTexts(for: locale.language))
                }
            }
        }
        let results = WorkerPool(threads: threads).map(jobs, makeWorker: { TextLayoutEngine(fonts: fonts) }) { job, engine in
            job.run(engine: engine)
        }
        var files: [OutputFile] = []
        var artifacts: [String: [BuildReport.ArtifactEntry]] = [:]
        var newsletters: [String: BuildReport.NewsletterEntry] = [:]
        for (job, result) in zip(jobs, results) {
            log.append(contentsOf: result.log)
            files += result.files
            artifacts["\(job.campaign.id)/\(job.locale)"] = result.artifacts
            newsletters["\(job.campaign.id)/\(job.locale)"] = result.newsletter
        }
        let schedule = ScheduleOutputs(project: checked.project, campaignsDirectory: check.campaignsDirectory, settings: schedule)
            .make(selected: checked.selected.map(\.campaign.id))
        log.append(contentsOf: schedule.log)
        files += schedule.files
        guard !log.hasErrors else { return Result(log: log, written: []) }

        guard writing else { return Result(log: log, written: []) }
        let report = BuildReport(selected: checked.selected, artifacts: artifacts, newsletters: newsletters, log: log)
        do {
            files.append(OutputFile(path: "report.json", bytes: [UInt8](try Self.encode(report))))
            for file in files {
                try AtomicFile.write(Data(file.bytes), to: URL(fileURLWithPath: outputDirectory).appendingPathComponent(file.path))
            }
            for (path, text) in schedule.ledgers.sorted(by: { $0.key < $1.key }) {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
                log.append(.note("the schedule changed; this file records the new event sequences: commit it", at: SourceLocation(file: path)))
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
