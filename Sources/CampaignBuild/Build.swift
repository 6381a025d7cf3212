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
    /// Whether every print PDF carries crop marks (`--print-marks`), whatever its design says.
    public let printMarks: Bool
    /// Whether the print PDFs are made (`--no-print-pdf` leaves them out of a draft build).
    public let printPDFs: Bool
    /// Whether the social formats whose designs move are also made as GIF and MP4
    /// (`--no-motion` leaves the animations out).
    public let motion: Bool

    public init(
        check: ProjectCheck, outputDirectory: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        schedule: ScheduleSettings = .fromEnvironment(), progress: (@Sendable (BuildProgress) -> Void)? = nil,
        showsFailures: Bool = false, printMarks: Bool = false, printPDFs: Bool = true,
        motion: Bool = true
    ) {
        self.motion = motion
        self.printPDFs = printPDFs
        self.printMarks = printMarks
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

    /// Makes everything; with `writing` false (`campaign check --lint`), judges it all as a
    /// build would but writes nothing, not even the schedule ledgers or the cache.
    ///
    /// Three steps: `plan` (what is to be made and what the cache still holds), `make` (the
    /// locales in parallel and the schedule, staged), `commit` (staged files moved into place,
    /// the report, the pages, the cache and the ledgers written).
    public func run(writing: Bool = true) -> Result {
        let lock = writing ? OutputLock(directory: outputDirectory) : nil
        lock?.removeLeftovers(in: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        let checked = check.run()
        guard !checked.log.hasErrors, let pages = checked.pages else { return failed(checked.log, checked: checked, writing: writing) }
        let plan: BuildPlan
        do throws(TextLayoutError) {
            plan = try self.plan(checked, pages: pages, writing: writing)
        } catch {
            var log = checked.log
            log.error(.fonts, error.description, at: SourceLocation(file: check.layout.fontConfiguration))
            return failed(log, checked: checked, writing: writing)
        }
        let staging = Staging(outputDirectory: outputDirectory)
        let made = make(plan, staging: writing ? staging : nil)
        guard writing, !made.log.hasErrors else {
            staging.discard()
            return failed(made.log, checked: checked, writing: writing)
        }
        return commit(plan, made, staging: staging)
    }

    /// A build with errors keeps the last good pack as it was; for the preview, it updates the
    /// contact sheet, over the last good report, to show where it failed.
    private func failed(_ log: DiagnosticLog, checked: ProjectCheck.Result, writing: Bool) -> Result {
        guard writing, showsFailures, let pages = checked.pages,
            FileManager.default.fileExists(atPath: "\(outputDirectory)/\(OutputLayout.report)")
        else {
            Staging.removeEmptyFolders(outputDirectory: outputDirectory)
            return Result(log: log, written: [], selected: checked.selected)
        }
        let previous = (try? Data(contentsOf: url(OutputLayout.report))).flatMap { try? JSONDecoder().decode(BuildReport.self, from: $0) }
        let report = previous ?? BuildReport(selected: [], artifacts: [:], newsletters: [:], log: DiagnosticLog())
        let sheet = ContactSheet(report: report, log: log, stateNames: Self.stateNames(checked.project), succeeded: false, pages: pages)
        _ = try? AtomicFile.writeIfChanged(Data(sheet.html.utf8), to: url(OutputLayout.contactSheet))
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

    func url(_ path: String) -> URL {
        URL(fileURLWithPath: outputDirectory).appendingPathComponent(path)
    }
}

extension LocaleJob {
    /// `burglary-focus-day/de-AT`: how the cache, the report and progress name the locale.
    var id: String { OutputLayout.localeFolder(campaign: campaign.id, locale: locale.description) }
}
