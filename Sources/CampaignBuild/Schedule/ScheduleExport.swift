import CampaignModel
import Diagnostics
import Foundation
import Schedule

/// `campaign schedule`: the plan of some campaigns, states and years as one text (a table,
/// iCalendar or CSV), from the specs alone; it reads the schedule ledgers but writes nothing.
public struct ScheduleExport {

    /// Where the project's inputs are.
    public let layout: ProjectLayout
    public let settings: ScheduleSettings

    public init(layout: ProjectLayout, settings: ScheduleSettings) {
        self.layout = layout
        self.settings = settings
    }

    public struct Result {
        /// The plan in the format asked for; `nil` when there were errors.
        public let text: String?
        public let eventCount: Int
        public let log: DiagnosticLog
    }

    /// `format` is `table`, `ics` or `csv`; empty filters select everything.
    public func export(campaigns: [String], states: [String], format: String) -> Result {
        let (project, log) = ProjectLoader(layout).load()
        return render(project, campaigns: campaigns, states: states, format: format, log: log)
    }

    /// The same, for a project already loaded (a pack renders several from one).
    public func render(_ project: Project, campaigns: [String], states: [String], format: String, log: DiagnosticLog = DiagnosticLog()) -> Result {
        var log = log
        let known = project.campaigns.map(\.id)
        for id in campaigns where !known.contains(id) {
            log.error(.selection, "no campaign '\(id)'\(Suggestion.didYouMeanOrList(id, among: known))", at: nil)
        }
        let codes = project.memberStates.map(\.code)
        for code in states where !codes.contains(code) {
            log.error(.selection, "no member state '\(code)'\(Suggestion.didYouMeanOrList(code, among: codes))", at: nil)
        }
        guard !log.hasErrors else { return Result(text: nil, eventCount: 0, log: log) }

        let plan = SchedulePlanner(project: project, today: settings.today).plan(
            years: settings.years, campaigns: campaigns.isEmpty ? nil : Set(campaigns), states: states.isEmpty ? nil : Set(states))
        for finding in plan.findings { log.append(finding.diagnostic) }
        let text: String
        switch format {
        case "ics":
            let outputs = ScheduleOutputs(project: project, layout: layout, settings: settings)
            let sequences = outputs.sequences(plan, log: &log).sequences
            let name = "Campaign schedule \(settings.years.map(String.init).joined(separator: "–"))"
            text = outputs.calendarWriter(name: name, sequences: sequences).write(plan)
        case "csv":
            text = ScheduleCSVWriter().write(plan)
        default:
            text = ScheduleTableWriter().write(plan)
        }
        return Result(text: text, eventCount: plan.events.count, log: log)
    }
}
