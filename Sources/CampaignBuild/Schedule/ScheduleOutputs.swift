import CampaignModel
import Diagnostics
import Foundation
import Pages
import Schedule

/// The schedule files of a build: for each selected campaign `schedule.ics`, `schedule.csv` and
/// `schedule.html`; for each planned year `schedule/<year>.ics` with every campaign. Also the
/// updated ledgers that keep each event's `SEQUENCE`.
struct ScheduleOutputs {
    let project: Project
    let layout: ProjectLayout
    let settings: ScheduleSettings

    struct Result {
        var files: [OutputFile] = []
        /// Ledger files to rewrite, by path, when their content changed.
        var ledgers: [String: String] = [:]
        var log = DiagnosticLog()
    }

    /// The files of the `selected` campaigns; `pages` draw the timelines.
    func make(selected: [String], pages: PageTemplates) -> Result {
        var result = Result()
        let plan = SchedulePlanner(project: project, today: settings.today).plan(years: settings.years)
        for finding in plan.findings { result.log.append(finding.diagnostic) }

        let (sequences, ledgers) = self.sequences(plan, log: &result.log)
        result.ledgers = ledgers.filter { path, _ in selected.contains { layout.scheduleLedger($0) == path } }
        for id in selected {
            guard let campaign = project.campaign(id) else { continue }
            let campaignPlan = plan.filter { $0.campaign == id }
            let years = settings.years.map(String.init).joined(separator: "–")
            let ics = calendarWriter(name: "\(campaign.title): schedule \(years)", sequences: sequences).write(campaignPlan)
            result.files += [
                OutputFile(path: OutputLayout.schedule(campaign: id, ext: "ics"), bytes: Array(ics.utf8)),
                OutputFile(path: OutputLayout.schedule(campaign: id, ext: "csv"), bytes: Array(ScheduleCSVWriter().write(campaignPlan).utf8)),
                OutputFile(
                    path: OutputLayout.schedule(campaign: id, ext: "html"),
                    bytes: Array(TimelinePage(title: campaign.title, rule: campaign.keyDate.description, pages: pages).write(campaignPlan).utf8)),
            ]
        }
        for year in settings.years {
            let yearPlan = plan.filter { $0.year == year }
            let ics = calendarWriter(name: "Campaign schedule \(year)", sequences: sequences, year: year).write(yearPlan)
            result.files.append(OutputFile(path: OutputLayout.yearSchedule(year), bytes: Array(ics.utf8)))
        }
        return result
    }

    /// Every event's `SEQUENCE` from the campaigns' ledgers, and the ledgers' new text where
    /// an event is new or changed.
    func sequences(_ plan: SchedulePlan, log: inout DiagnosticLog) -> (sequences: [String: Int], ledgers: [String: String]) {
        var sequences: [String: Int] = [:]
        var ledgers: [String: String] = [:]
        let writers = [calendarWriter(name: "", sequences: [:])]
            + settings.years.map { calendarWriter(name: "", sequences: [:], year: $0) }
        for campaign in project.campaigns {
            let path = layout.scheduleLedger(campaign.id)
            let previous = ScheduleLedger.load(path, log: &log)
            var ledger = previous
            for writer in writers {
                for series in writer.series(plan.events.filter { $0.campaign == campaign.id }) {
                    let uid = writer.uid(series[0])
                    sequences[uid] = ledger.sequence(uid: uid, fingerprint: writer.fingerprint(series))
                }
            }
            if ledger != previous { ledgers[path] = ledger.text }
        }
        return (sequences, ledgers)
    }

    func calendarWriter(name: String, sequences: [String: Int], year: Int? = nil) -> ICalendarWriter {
        ICalendarWriter(
            name: name, producer: CompilerVersion.calendarProducer, stamp: settings.stamp,
            domains: Self.domains(project), sequences: sequences, year: year)
    }

    /// Each campaign's UID domain: its website's host.
    static func domains(_ project: Project) -> [String: String] {
        var domains: [String: String] = [:]
        for campaign in project.campaigns {
            if let host = campaign.website.flatMap({ URL(string: $0)?.host }) { domains[campaign.id] = host }
        }
        return domains
    }
}
