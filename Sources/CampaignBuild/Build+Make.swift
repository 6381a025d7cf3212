import CampaignModel
import Diagnostics
import TextLayout

/// What the make step left for the commit: every finding (the check's, the cache's and the new
/// ones), each locale's outcome, and the schedule's files.
struct MadeOutputs {
    var log: DiagnosticLog
    /// The outcome of each job made anew, by its id.
    var outcomes: [String: Build.Outcome] = [:]
    /// Every selected locale's report entries, made anew or from the cache, by its id.
    var artifacts: [String: [BuildReport.ArtifactEntry]] = [:]
    var newsletters: [String: BuildReport.NewsletterEntry] = [:]
    /// The schedule's files; empty when the cache holds them.
    var schedule = ScheduleOutputs.Result()
}

extension Build {
    /// What one locale left for the rest of the build once its files are staged.
    struct Outcome: Sendable {
        var paths: [String] = []
        var artifacts: [BuildReport.ArtifactEntry] = []
        var newsletter: BuildReport.NewsletterEntry?
        var log = DiagnosticLog()
    }

    /// Makes the jobs the cache cannot answer, in parallel, staging their files, and the
    /// schedule; takes the rest from the cache.
    func make(_ plan: BuildPlan, staging: Staging?) -> MadeOutputs {
        let jobs = plan.jobs, misses = plan.misses
        let tally = ProgressTally(total: jobs.count, progress: progress)
        for index in jobs.indices where plan.hits[index] != nil { tally.finished(jobs[index].id, reused: true) }
        let fonts = plan.fonts
        let outcomes = WorkerPool(threads: threads).map(misses.map { jobs[$0] }, makeWorker: { TextLayoutEngine(fonts: fonts) }) {
            job, engine in
            let outcome = Self.make(job, engine: engine, staging: staging)
            tally.finished(job.id, reused: false)
            return outcome
        }

        var made = MadeOutputs(log: plan.checked.log)
        for (index, outcome) in zip(misses, outcomes) { made.outcomes[jobs[index].id] = outcome }
        for (index, job) in jobs.enumerated() {
            if let hit = plan.hits[index] {
                for diagnostic in hit.diagnostics { made.log.append(diagnostic) }
                made.artifacts[job.id] = hit.artifacts
                made.newsletters[job.id] = hit.newsletter
            } else if let outcome = made.outcomes[job.id] {
                made.log.append(contentsOf: outcome.log)
                made.artifacts[job.id] = outcome.artifacts
                made.newsletters[job.id] = outcome.newsletter
            }
        }
        if let hit = plan.scheduleHit {
            for diagnostic in hit.diagnostics { made.log.append(diagnostic) }
        } else {
            made.schedule = ScheduleOutputs(project: plan.checked.project, layout: check.layout, settings: schedule)
                .make(selected: plan.checked.selected.map(\.campaign.id), pages: plan.pages)
            made.log.append(contentsOf: made.schedule.log)
        }
        return made
    }

    /// Makes one locale, and stages its files unless it failed.
    static func make(_ job: LocaleJob, engine: TextLayoutEngine, staging: Staging?) -> Outcome {
        let result = job.make(engine: engine)
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
}
