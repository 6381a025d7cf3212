import CampaignModel
import Diagnostics

/// Places every campaign's focus day and milestones in the calendar of each member state that
/// takes part, and finds what a scheduler must look at.
public struct SchedulePlanner {
    public let project: Project
    /// The day the plan is made, for deadlines already past; `nil` skips that check.
    public let today: CalendarDate?

    public init(project: Project, today: CalendarDate?) {
        self.project = project
        self.today = today
    }

    /// The plan for `years`, for the campaigns and states asked for (all when `nil`).
    ///
    /// Clashes are looked for among all campaigns, so a campaign planned alone still hears about
    /// the focus day of another in the same week.
    public func plan(years: [Int], campaigns: Set<String>? = nil, states: Set<String>? = nil) -> SchedulePlan {
        var calendars: [String: BusinessCalendar] = [:]
        var events: [ScheduledEvent] = []
        var findings: [ScheduleFinding] = []
        for campaign in project.campaigns {
            for year in years.sorted() where year >= campaign.edition {
                guard let keyDate = campaign.keyDate.date(in: year) else {
                    if campaign.keyDate.repeatsYearly {
                        findings.append(ScheduleFinding(
                            kind: .noDate, message: "the key date rule '\(campaign.keyDate)' gives no date in \(year); nothing is planned that year",
                            location: campaign.keyDateLocation, events: []))
                    }
                    continue
                }
                for participation in campaign.distribution {
                    let state = participation.state
                    var calendar = calendars[state]
                        ?? BusinessCalendar(holidays: project.holidays[state] ?? PublicHolidays(state: state, holidays: []))
                    let planned = YearPlan(
                        campaign: campaign, state: project.memberState(state), code: state, year: year, keyDate: keyDate)
                        .events(calendar: &calendar, findings: &findings)
                    calendars[state] = calendar
                    events += planned
                }
            }
        }
        let clashes = Clashes(events: events)
        findings += clashes.findings(project: project)
        events = events.map { event in
            let warnings = clashes.warnings[event.identity + "/\(event.year)"] ?? []
            return warnings.isEmpty ? event : event.adding(warnings: warnings)
        }
        let selected = events
            .filter { campaigns?.contains($0.campaign) ?? true }
            .filter { states?.contains($0.state) ?? true }
            .sorted { ($0.date, $0.state, $0.campaign, $0.kind) < ($1.date, $1.state, $1.campaign, $1.kind) }
        let keys = Set(selected.map(\.identity))
        findings = findings.filter { $0.events.isEmpty ? campaigns == nil : $0.events.contains { keys.contains($0) } }
        if let today {
            findings += PastDeadlines(today: today).findings(events: selected, project: project)
        }
        return SchedulePlan(years: years.sorted(), events: selected, findings: findings)
    }
}

/// One campaign's events in one member state and year.
private struct YearPlan {
    let campaign: Campaign
    let state: MemberState?
    let code: String
    let year: Int
    let keyDate: CalendarDate

    var stateName: String { state?.name ?? code }

    func events(calendar: inout BusinessCalendar, findings: inout [ScheduleFinding]) -> [ScheduledEvent] {
        var events = [focusDay(calendar: &calendar, findings: &findings)]
        for milestone in campaign.milestones {
            events.append(self.milestone(milestone, calendar: &calendar, findings: &findings))
        }
        return events
    }

    private func focusDay(calendar: inout BusinessCalendar, findings: inout [ScheduleFinding]) -> ScheduledEvent {
        var notes: [String] = []
        var warnings: [String] = []
        var recurrence: Recurrence?
        if campaign.keyDate.hasCalendarRecurrence, let start = campaign.keyDate.date(in: campaign.edition) {
            recurrence = Recurrence(rule: campaign.keyDate, start: start)
        }
        let event = { (notes: [String], warnings: [String]) in
            ScheduledEvent(
                campaign: campaign.id, campaignTitle: campaign.title, state: code, stateName: stateName, kind: .focusDay,
                year: year, date: keyDate, keyDate: keyDate, rule: campaign.keyDate.description, recurrence: recurrence,
                notes: notes, warnings: warnings)
        }
        if let holiday = calendar.holiday(on: keyDate) {
            let message = "the \(year) key date \(keyDate) is a public holiday in \(stateName) (\(holiday.joined(separator: ", "))); it is kept"
            warnings.append(message)
            findings.append(ScheduleFinding(
                kind: .keyDateOnHoliday, message: message, location: campaign.keyDateLocation,
                events: [event(notes, warnings).identity]))
        } else if keyDate.weekday > 5 {
            notes.append("falls on a \(DateRule.weekdayName(keyDate.weekday))")
        }
        return event(notes, warnings)
    }

    private func milestone(_ milestone: Milestone, calendar: inout BusinessCalendar, findings: inout [ScheduleFinding]) -> ScheduledEvent {
        var notes: [String] = []
        var warnings: [String] = []
        let date: CalendarDate
        let offset = milestone.offset
        if offset.days == 0 {
            date = keyDate
        } else if offset.inBusinessDays {
            let counted = calendar.adding(businessDays: offset.days, to: keyDate)
            date = counted.date
            if !counted.skipped.isEmpty {
                let list = counted.skipped.map { "\($0.names.joined(separator: ", ")) (\($0.date))" }
                notes.append("skips public holidays: " + list.joined(separator: "; "))
            }
        } else {
            let raw = keyDate.adding(days: offset.days)
            date = calendar.nearestBusinessDay(from: raw, forward: offset.days > 0)
            if date != raw {
                if let holiday = calendar.holiday(on: raw) {
                    warnings.append(
                        "moved from \(raw) to \(date): \(raw) is \(holiday.joined(separator: ", ")) in \(stateName)")
                } else {
                    notes.append("moved from \(DateRule.weekdayName(raw.weekday)) \(raw) to the nearest business day")
                }
            }
        }
        let event = ScheduledEvent(
            campaign: campaign.id, campaignTitle: campaign.title, state: code, stateName: stateName, kind: milestone.kind,
            year: year, date: date, keyDate: keyDate, rule: offset.days == 0 ? "on the focus day" : "\(offset) the focus day", recurrence: nil,
            notes: notes, warnings: warnings)
        for warning in warnings {
            findings.append(ScheduleFinding(
                kind: .movedOffHoliday, message: "\(milestone.kind.rawValue) of \(year): \(warning)",
                location: milestone.location, events: [event.identity]))
        }
        return event
    }
}

extension DateRule {
    /// Whether an iCalendar `RRULE` can repeat the rule (Easter and explicit dates cannot).
    public var hasCalendarRecurrence: Bool {
        switch self {
        case .fixed(let month, let day): !(month == 2 && day == 29)
        case .weekdayOfMonth: true
        case .easter, .explicit: false
        }
    }
}
