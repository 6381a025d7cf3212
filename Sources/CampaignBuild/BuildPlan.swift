import CampaignModel
import Pages
import Site
import TextLayout

/// What a build is to make, decided before anything is made: a job per selected locale, each
/// job's cache key, which jobs the cache can answer, and the schedule's key.
struct BuildPlan {
    let checked: ProjectCheck.Result
    /// The templates of the build's pages.
    let pages: PageTemplates
    let fonts: FontLibrary
    let jobs: [LocaleJob]
    /// Each job's key: the hash of everything its outputs depend on.
    let keys: [String]
    /// What the cache holds for each job whose inputs are unchanged.
    let hits: [BuildCache.Entry?]
    /// The cache as the last build left it (empty when not writing).
    let previousCache: BuildCache
    let scheduleKey: String
    let scheduleHit: BuildCache.Entry?

    /// The indices of the jobs to make anew.
    var misses: [Int] { jobs.indices.filter { hits[$0] == nil } }
}

extension Build {
    /// Loads the fonts and decides what is to be made.
    func plan(_ checked: ProjectCheck.Result, pages: PageTemplates, writing: Bool) throws(TextLayoutError) -> BuildPlan {
        let fonts = try FontLibrary(configurationFile: check.layout.fontConfiguration)
        let site = checked.site?.maker(stamp: schedule.stamp)
        let jobs = checked.selected.flatMap { entry in
            entry.locales.compactMap { locale in
                checked.project.memberState(locale.state).map {
                    LocaleJob(
                        check: check, campaign: entry.campaign, locale: locale, state: $0, templates: checked.templates,
                        newsletterDesigns: checked.newsletterDesigns, printProfiles: printPDFs ? checked.printProfiles[entry.campaign.design] : nil, printMarks: printMarks,
                        motion: motion && entry.campaign.motion, vagueLinkTexts: checked.project.vagueLinkTexts(for: locale.language), site: site)
                }
            }
        }
        let previousCache = writing ? BuildCache.load(outputDirectory: outputDirectory) : BuildCache()
        let shared = JobKey.Shared(fonts: fonts, templates: checked.templates, site: site)
        let keys = jobs.map { JobKey(job: $0, shared: shared).value }
        let scheduleKey = ScheduleKey(
            project: checked.project, selected: checked.selected.map(\.campaign.id), settings: schedule, shared: shared,
            layout: check.layout, pages: pages
        ).value
        return BuildPlan(
            checked: checked, pages: pages, fonts: fonts, jobs: jobs, keys: keys,
            hits: jobs.indices.map { previousCache.hit(jobs[$0].id, key: keys[$0], outputDirectory: outputDirectory) },
            previousCache: previousCache, scheduleKey: scheduleKey,
            scheduleHit: BuildCache.hit(previousCache.schedule, key: scheduleKey, outputDirectory: outputDirectory))
    }
}
