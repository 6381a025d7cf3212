import CampaignModel
import Diagnostics
import Foundation
import Pages
import TranslationFiles
import TextLayout

/// `campaign build`: checks the project and, only when nothing is wrong, writes the outputs of
/// the selected campaigns and locales into the output folder.
///
/// The locales are made in parallel, one thread per core, each thread with its own Pango
/// engine over the one font set the process loads. A locale whose inputs are unchanged since the
/// last build (its key in `Output/.cache`) is not made again. What is made goes to a staging
/// folder first; only a build without errors moves it into place, so the previous outputs stay
/// as they were otherwise. Locales that no longer exist lose their files.
public struct Build: Sendable {
    public let check: ProjectCheck
    public let outputDirectory: String
    /// How many threads make outputs at once.
    public let threads: Int
    /// The years the schedule plans and what else its files depend on.
    public let schedule: ScheduleSettings
    /// Told each time a locale is done, from whichever thread finished it.
    public let progress: (@Sendable (BuildProgress) -> Void)?
    /// A failed build rewrites the contact sheet to show its errors (for `campaign preview`,
    /// whose open page is the contact sheet); otherwise a failed build changes nothing.
    public let showsFailures: Bool

    public init(
        check: ProjectCheck, outputDirectory: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        schedule: ScheduleSettings = .fromEnvironment(), progress: (@Sendable (BuildProgress) -> Void)? = nil,
        showsFailures: Bool = false
    ) {
        self.check = check
        self.outputDirectory = outputDirectory
        self.threads = max(1, threads)
        self.schedule = schedule
        self.progress = progress
        self.showsFailures = showsFailures
    }

    /// What a build did: every finding, the files it wrote, the locales it could take as they
    /// were, and the files it removed.
    public struct Result: Sendable {
        public let log: DiagnosticLog
        public let written: [String]
        public var reused: Int = 0
        public var removed: [String] = []
        /// The campaigns and locales the build was asked for.
        public var selected: [SelectedCampaign] = []
    }

    /// What one locale left for the rest of the build once its files are staged.
    struct Outcome: Sendable {
        var paths: [String] = []
        var artifacts: [BuildReport.ArtifactEntry] = []
        var newsletter: BuildReport.NewsletterEntry?
        var log = DiagnosticLog()
    }

    /// Makes everything; with `writing` false (`campaign check --lint`), judges it all as a
    /// build would but writes nothing, not even the schedule ledgers or the cache.
    public func run(writing: Bool = true) -> Result {
        let lock = writing ? OutputLock(directory: outputDirectory) : nil
        lock?.removeLeftovers(in: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        let checked = check.run()
        var log = checked.log
        guard !log.hasErrors, let pages = checked.pages else { return failed(log, checked: checked, writing: writing) }

        let fonts: FontLibrary
        do {
            fonts = try FontLibrary(configurationFile: check.fontConfigurationPath)
        } catch {
            log.error(.fonts, error.description, at: SourceLocation(file: check.fontConfigurationPath))
            return failed(log, checked: checked, writing: writing)
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
        let previousCache = writing ? BuildCache.load(outputDirectory: outputDirectory) : BuildCache()
        var cache = previousCache
        let shared = JobKey.Shared(fonts: fonts)
        let keys = jobs.map { JobKey(job: $0, shared: shared).value }
        let hits = jobs.indices.map { cache.hit(jobs[$0].id, key: keys[$0], outputDirectory: outputDirectory) }
        let misses = jobs.indices.filter { hits[$0] == nil }
        let staging = Staging(outputDirectory: outputDirectory)
        let tally = ProgressTally(total: jobs.count, progress: progress)
        for index in jobs.indices where hits[index] != nil { tally.finished(jobs[index].id, reused: true) }
        let outcomes = WorkerPool(threads: threads).map(misses.map { jobs[$0] }, makeWorker: { TextLayoutEngine(fonts: fonts) }) {
            job, engine in
            let outcome = Self.make(job, engine: engine, staging: writing ? staging : nil)
            tally.finished(job.id, reused: false)
            return outcome
        }

        var made: [String: Outcome] = [:]
        for (index, outcome) in zip(misses, outcomes) { made[jobs[index].id] = outcome }
        var artifacts: [String: [BuildReport.ArtifactEntry]] = [:]
        var newsletters: [String: BuildReport.NewsletterEntry] = [:]
        for (index, job) in jobs.enumerated() {
            if let hit = hits[index] {
                for diagnostic in hit.diagnostics { log.append(diagnostic) }
                artifacts[job.id] = hit.artifacts
                newsletters[job.id] = hit.newsletter
            } else if let outcome = made[job.id] {
                log.append(contentsOf: outcome.log)
                artifacts[job.id] = outcome.artifacts
                newsletters[job.id] = outcome.newsletter
            }
        }
        let selectedIDs = checked.selected.map(\.campaign.id)
        let scheduleKey = ScheduleKey(
            project: checked.project, selected: selectedIDs, settings: schedule, shared: shared,
            campaignsDirectory: check.campaignsDirectory, pages: pages
        ).value
        let scheduleHit = BuildCache.hit(previousCache.schedule, key: scheduleKey, outputDirectory: outputDirectory)
        var scheduleFiles = ScheduleOutputs.Result()
        if let scheduleHit {
            for diagnostic in scheduleHit.diagnostics { log.append(diagnostic) }
        } else {
            scheduleFiles = ScheduleOutputs(project: checked.project, campaignsDirectory: check.campaignsDirectory, settings: schedule)
                .make(selected: selectedIDs, pages: pages)
            log.append(contentsOf: scheduleFiles.log)
        }
        guard writing, !log.hasErrors else {
            staging.discard()
            return failed(log, checked: checked, writing: writing)
        }

        var written: [String] = []
        var removed: [String] = []
        do {
            let stagedPaths = misses.flatMap { made[jobs[$0].id]?.paths ?? [] }
            try staging.commit(stagedPaths)
            written += stagedPaths
            for index in misses {
                let job = jobs[index], outcome = made[job.id]!
                let previous = cache.entries[job.id]?.files.map(\.path) ?? []
                removed += remove(previous.filter { !outcome.paths.contains($0) })
                cache.entries[job.id] = BuildCache.Entry(
                    key: keys[index], files: outcome.paths.compactMap { BuildCache.stamp($0, in: outputDirectory) },
                    artifacts: outcome.artifacts, newsletter: outcome.newsletter,
                    diagnostics: outcome.log.diagnostics)
            }
            removed += removeStale(&cache, project: checked.project)
            let buildReport = BuildReport(selected: checked.selected, artifacts: artifacts, newsletters: newsletters, log: log)
            var small = scheduleFiles.files
            small.append(OutputFile(path: "report.json", bytes: [UInt8](try Self.encode(buildReport))))
            let sheet = ContactSheet(report: buildReport, log: log, stateNames: Self.stateNames(checked.project), succeeded: true, pages: pages)
            small.append(OutputFile(path: "index.html", bytes: Array(sheet.html.utf8)))
            small.append(OutputFile(path: "strings-status.html", bytes: Array(Self.translationStatus(checked.project, pages: pages).utf8)))
            for file in small where try AtomicFile.writeIfChanged(Data(file.bytes), to: url(file.path)) {
                written.append(file.path)
            }
            if scheduleHit == nil {
                cache.schedule = BuildCache.Entry(
                    key: scheduleKey, files: scheduleFiles.files.compactMap { BuildCache.stamp($0.path, in: outputDirectory) },
                    artifacts: [], newsletter: nil, diagnostics: scheduleFiles.log.diagnostics)
            }
            if cache != previousCache { try cache.save(outputDirectory: outputDirectory) }
            for (path, text) in scheduleFiles.ledgers.sorted(by: { $0.key < $1.key }) {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
                log.append(.note(.scheduleLedger, "the schedule changed; this file records the new event sequences: commit it", at: SourceLocation(file: path)))
            }
        } catch {
            staging.discard()
            log.error(.output, "cannot write into \(outputDirectory): \(error.localizedDescription)", at: nil)
            return Result(log: log, written: [], selected: checked.selected)
        }
        return Result(
            log: log, written: written.map { "\(outputDirectory)/\($0)" }, reused: jobs.count - misses.count, removed: removed,
            selected: checked.selected)
    }

    /// Makes one locale, and stages its files unless it failed.
    static func make(_ job: LocaleJob, engine: TextLayoutEngine, staging: Staging?) -> Outcome {
        let result = job.run(engine: engine)
        var outcome = Outcome(artifacts: result.artifacts, newsletter: result.newsletter, log: result.log)
        guard let staging, !result.log.hasErrors else { return outcome }
        do {
            for file in result.files { try staging.write(file) }
            outcome.paths = result.files.map(\.path)
        } catch {
            outcome.log.error(
                .output, "cannot write: \(error.localizedDescription)",
                about: .output(campaign: job.campaign.id, locale: job.locale.description), at: nil)
        }
        return outcome
    }

    /// A build with errors keeps the last good pack as it was; for the preview, it updates the
    /// contact sheet, over the last good report, to show where it failed.
    private func failed(_ log: DiagnosticLog, checked: ProjectCheck.Result, writing: Bool) -> Result {
        guard writing, showsFailures, let pages = checked.pages, FileManager.default.fileExists(atPath: "\(outputDirectory)/report.json") else {
            Staging.removeEmptyFolders(outputDirectory: outputDirectory)
            return Result(log: log, written: [], selected: checked.selected)
        }
        let previous = (try? Data(contentsOf: url("report.json"))).flatMap { try? JSONDecoder().decode(BuildReport.self, from: $0) }
        let report = previous ?? BuildReport(selected: [], artifacts: [:], newsletters: [:], log: DiagnosticLog())
        let sheet = ContactSheet(report: report, log: log, stateNames: Self.stateNames(checked.project), succeeded: false, pages: pages)
        _ = try? AtomicFile.writeIfChanged(Data(sheet.html.utf8), to: url("index.html"))
        return Result(log: log, written: [], selected: checked.selected)
    }

    /// The translation status page of every campaign and locale. A build that succeeds laid out
    /// every slot without overflow, so none is listed as overflowing.
    static func translationStatus(_ project: Project, pages: PageTemplates) -> String {
        let rows = project.campaigns.flatMap { campaign in
            campaign.locales.map { TranslationStatus(campaign: campaign, locale: $0, overflowing: []) }
        }
        return StatusPage(rows: rows, pages: pages).html
    }

    static func stateNames(_ project: Project) -> [String: String] {
        Dictionary(project.memberStates.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Deletes the files of cached locales whose campaign or locale the project no longer has.
    private func removeStale(_ cache: inout BuildCache, project: Project) -> [String] {
        let existing = Set(project.campaigns.flatMap { campaign in campaign.locales.map { "\(campaign.id)/\($0)" } })
        var removed: [String] = []
        for id in cache.entries.keys.sorted() where !existing.contains(id) {
            removed += remove(cache.entries[id]!.files.map(\.path))
            cache.entries[id] = nil
        }
        return removed
    }

    /// Deletes files under the output folder, and the folders they leave empty.
    private func remove(_ paths: [String]) -> [String] {
        var removed: [String] = []
        for path in paths where BuildCache.isInside(path) {
            guard (try? FileManager.default.removeItem(at: url(path))) != nil else { continue }
            removed.append(path)
            var folder = url(path).deletingLastPathComponent()
            while folder.path.count > outputDirectory.count,
                  (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                try? FileManager.default.removeItem(at: folder)
                folder.deleteLastPathComponent()
            }
        }
        return removed
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: outputDirectory).appendingPathComponent(path)
    }

    static func encode(_ report: BuildReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

extension LocaleJob {
    /// `burglary-focus-day/de-AT`: how the cache, the report and progress name the locale.
    var id: String { "\(campaign.id)/\(locale)" }
}
