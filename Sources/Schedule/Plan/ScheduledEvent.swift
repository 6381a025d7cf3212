import CampaignModel

/// One dated step of one campaign in one member state and year: what a calendar shows as an
/// event and a spreadsheet as a row.
public struct ScheduledEvent: Hashable, Sendable {
    /// The campaign's id (`burglary-focus-day`).
    public let campaign: String
    public let campaignTitle: String
    /// The member state's code (`CZ`) and English name.
    public let state: String
    public let stateName: String
    public let kind: MilestoneKind
    /// The plan year the event belongs to (a translation deadline in December 2026 belongs to
    /// the 2027 focus day).
    public let year: Int
    public let date: CalendarDate
    /// The focus day this event is counted from.
    public let keyDate: CalendarDate
    /// How the date was found, in the spec's words (`40 business days before`).
    public let rule: String
    /// For a focus day that repeats on a rule a calendar can express, the rule and the first
    /// date of the series (the key date of the campaign's edition year).
    public let recurrence: Recurrence?
    /// What a person planning should know: holidays skipped, a move off a holiday, a key date
    /// that is a public holiday.
    public let notes: [String]
    /// Problems the plan has here (a clash with another focus day, a moved deadline); shown
    /// highlighted.
    public let warnings: [String]

    public init(
        campaign: String, campaignTitle: String, state: String, stateName: String, kind: MilestoneKind, year: Int,
        date: CalendarDate, keyDate: CalendarDate, rule: String, recurrence: Recurrence?, notes: [String], warnings: [String]
    ) {
        self.campaign = campaign
        self.campaignTitle = campaignTitle
        self.state = state
        self.stateName = stateName
        self.kind = kind
        self.year = year
        self.date = date
        self.keyDate = keyDate
        self.rule = rule
        self.recurrence = recurrence
        self.notes = notes
        self.warnings = warnings
    }

    /// The event with more warnings.
    func adding(warnings more: [String]) -> ScheduledEvent {
        ScheduledEvent(
            campaign: campaign, campaignTitle: campaignTitle, state: state, stateName: stateName, kind: kind, year: year,
            date: date, keyDate: keyDate, rule: rule, recurrence: recurrence, notes: notes, warnings: warnings + more)
    }

    /// The event without its yearly series (`repeating(false)`), for a calendar of one year.
    public func repeating(_ keep: Bool) -> ScheduledEvent {
        keep ? self : ScheduledEvent(
            campaign: campaign, campaignTitle: campaignTitle, state: state, stateName: stateName, kind: kind, year: year,
            date: date, keyDate: keyDate, rule: rule, recurrence: nil, notes: notes, warnings: warnings)
    }

    /// A name for the event that stays the same while the plan changes: campaign, state,
    /// milestone and (unless the event repeats yearly) year.
    public var identity: String {
        let parts = [campaign, state.lowercased(), kind.rawValue] + (recurrence == nil ? [String(year)] : [])
        return parts.joined(separator: "-")
    }
}

/// The distribution schedule of some campaigns and member states over some years: every event,
/// in date order, and what the planner found wrong with it.
public struct SchedulePlan: Hashable, Sendable {
    public let years: [Int]
    public let events: [ScheduledEvent]
    public let findings: [ScheduleFinding]

    public init(years: [Int], events: [ScheduledEvent], findings: [ScheduleFinding]) {
        self.years = years
        self.events = events
        self.findings = findings
    }

    /// The plan restricted to some events (one campaign's, one year's), findings included.
    public func filter(_ isIncluded: (ScheduledEvent) -> Bool) -> SchedulePlan {
        let events = events.filter(isIncluded)
        let keys = Set(events.map(\.identity))
        return SchedulePlan(
            years: years, events: events,
            findings: findings.filter { finding in finding.events.contains { keys.contains($0) } })
    }
}

/// A yearly series a calendar repeats on its own (`RRULE`), starting at the campaign's edition.
public struct Recurrence: Hashable, Sendable {
    public let rule: DateRule
    public let start: CalendarDate

    public init(rule: DateRule, start: CalendarDate) {
        self.rule = rule
        self.start = start
    }
}
