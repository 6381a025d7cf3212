import CampaignModel
import Diagnostics
import Foundation
import Site

extension Build {
    /// Moves the staged files into place, removes what the project no longer makes, and writes
    /// the report, the pages, the cache and the schedule ledgers.
    func commit(_ plan: BuildPlan, _ made: MadeOutputs, staging: Staging) -> Result {
        let checked = plan.checked
        var log = made.log
        var cache = plan.previousCache
        var written: [String] = []
        var removed: [String] = []
        do {
            let stagedPaths = plan.misses.flatMap { made.outcomes[plan.jobs[$0].id]?.paths ?? [] }
            try staging.commit(stagedPaths)
            written += stagedPaths
            for index in plan.misses {
                let job = plan.jobs[index], outcome = made.outcomes[job.id]!
                let previous = cache.entries[job.id]?.files.map(\.path) ?? []
                removed += remove(previous.filter { !outcome.paths.contains($0) })
                cache.entries[job.id] = BuildCache.Entry(
                    key: plan.keys[index], files: outcome.paths.compactMap { BuildCache.stamp($0, in: outputDirectory) },
                    artifacts: outcome.artifacts, newsletter: outcome.newsletter, diagnostics: outcome.log.diagnostics)
            }
            removed += removeStale(&cache, project: checked.project)
            let report = BuildReport(selected: checked.selected, artifacts: made.artifacts, newsletters: made.newsletters, log: log)
            var files = made.schedule.files
            files.append(OutputFile(path: OutputLayout.report, bytes: [UInt8](try Self.encode(report))))
            let sheet = ContactSheet(report: report, log: log, stateNames: Self.stateNames(checked.project), succeeded: true, pages: plan.pages)
            files.append(OutputFile(path: OutputLayout.contactSheet, bytes: Array(sheet.html.utf8)))
            files.append(OutputFile(path: OutputLayout.stringsStatus, bytes: Array(Self.translationStatus(checked.project, pages: plan.pages).utf8)))
            let site = siteFiles(checked)
            files += site
            for file in files where try AtomicFile.writeIfChanged(Data(file.bytes), to: url(file.path)) {
                written.append(file.path)
            }
            let sitePaths = site.map(\.path)
            removed += remove(cache.siteFiles.filter { !sitePaths.contains($0) })
            cache.siteFiles = sitePaths
            if plan.scheduleHit == nil {
                cache.schedule = BuildCache.Entry(
                    key: plan.scheduleKey, files: made.schedule.files.compactMap { BuildCache.stamp($0.path, in: outputDirectory) },
                    artifacts: [], newsletter: nil, diagnostics: made.schedule.log.diagnostics)
            }
            if cache != plan.previousCache { try cache.save(outputDirectory: outputDirectory) }
            for (path, text) in made.schedule.ledgers.sorted(by: { $0.key < $1.key }) {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
                log.append(.note(.scheduleLedger, "the schedule changed; this file records the new event sequences: commit it", at: SourceLocation(file: path)))
            }
        } catch {
            staging.discard()
            log.error(.output, "cannot write into \(outputDirectory): \(error.localizedDescription)", at: nil)
            return Result(log: log, written: [], selected: checked.selected)
        }
        return Result(
            log: log, written: written.map { "\(outputDirectory)/\($0)" }, reused: plan.jobs.count - plan.misses.count,
            removed: removed, selected: checked.selected)
    }

    /// The website's own files (start pages, sitemap, robots.txt, stylesheet, not-found page), for
    /// every campaign of the project that makes a site, whichever were selected: the site is one.
    private func siteFiles(_ checked: ProjectCheck.Result) -> [OutputFile] {
        guard let setup = checked.site else { return [] }
        let states = Dictionary(checked.project.memberStates.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let campaigns = checked.project.campaigns.filter { $0.formats.contains(.site) }.map { SiteCampaign(campaign: $0, states: states) }
        return setup.maker(stamp: schedule.stamp).siteFiles(campaigns).map { OutputFile(path: OutputLayout.site($0.path), bytes: $0.bytes) }
    }

    /// Deletes the files of cached locales whose campaign or locale the project no longer has.
    private func removeStale(_ cache: inout BuildCache, project: Project) -> [String] {
        let existing = Set(project.campaigns.flatMap { campaign in
            campaign.locales.map { OutputLayout.localeFolder(campaign: campaign.id, locale: $0.description) }
        })
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

    static func encode(_ report: BuildReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
