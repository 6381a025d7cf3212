import CampaignModel

/// Writes a plan as an iCalendar file (RFC 5545) that calendar apps import or subscribe to.
///
/// Every event is an all-day `VEVENT` (Google Calendar drops `VTODO`), with a UID that names
/// campaign, state, milestone and year so that a changed plan updates the events people already
/// have; categories carry the state's code and the milestone kind for filtering. In a
/// campaign's calendar, a focus day whose rule a calendar can repeat is one event with a yearly
/// `RRULE`; a calendar of one year holds that year's events only, under UIDs of its own, so
/// that it imports beside a campaign's calendar (Google Calendar refuses a UID that another
/// calendar of the account already holds).
public struct ICalendarWriter {
    /// Names the calendar in apps that show it (`X-WR-CALNAME`).
    public let name: String
    /// The `PRODID`: who made the file (`-//EUCPN//campaign 0.1.0//EN`).
    public let producer: String
    /// When the events were made, `DTSTAMP` in UTC (`20270101T000000Z`): from
    /// `SOURCE_DATE_EPOCH`, never the wall clock, so the same plan gives the same bytes.
    public let stamp: String
    /// The domain part of each campaign's UIDs (its website's host), by campaign id.
    public let domains: [String: String]
    /// The `SEQUENCE` of each UID: raised by the caller each time an event's date changes.
    public let sequences: [String: Int]
    /// The year of a calendar of one year (`schedule/2027.ics`); `nil` for a campaign's calendar.
    public let year: Int?

    public init(
        name: String, producer: String, stamp: String, domains: [String: String], sequences: [String: Int], year: Int? = nil
    ) {
        self.name = name
        self.producer = producer
        self.stamp = stamp
        self.domains = domains
        self.sequences = sequences
        self.year = year
    }

    /// The UID of an event: `burglary-focus-day-cz-translations-due-2027@eucpn.org` in a
    /// campaign's calendar, `year-2027-burglary-focus-day-cz-translations-due@eucpn.org` in the
    /// calendar of 2027.
    public func uid(_ event: ScheduledEvent) -> String {
        let domain = domains[event.campaign] ?? "\(event.campaign).campaign.invalid"
        guard let year else { return "\(event.identity)@\(domain)" }
        return "year-\(year)-\(event.campaign)-\(event.state.lowercased())-\(event.kind.rawValue)@\(domain)"
    }

    /// The whole file, CRLF line ends and folded lines.
    public func write(_ plan: SchedulePlan) -> String {
        var text = ""
        func put(_ line: String) { text += ICalendarText.line(line) }
        put("BEGIN:VCALENDAR")
        put("VERSION:2.0")
        put("PRODID:\(producer)")
        put("CALSCALE:GREGORIAN")
        put("METHOD:PUBLISH")
        put("X-WR-CALNAME:\(ICalendarText.escaped(name))")
        for series in series(plan.events) {
            for line in lines(series) { put(line) }
        }
        put("END:VCALENDAR")
        return text
    }

    /// The events each `VEVENT` stands for: in a campaign's calendar, one event, or all years of
    /// a repeating focus day; in a year's calendar, that year's events one by one.
    public func series(_ events: [ScheduledEvent]) -> [[ScheduledEvent]] {
        if let year {
            return events.filter { $0.year == year }.map { [$0.repeating(false)] }
        }
        var order: [String] = []
        var groups: [String: [ScheduledEvent]] = [:]
        for event in events {
            if groups[event.identity] == nil { order.append(event.identity) }
            groups[event.identity, default: []].append(event)
        }
        return order.map { groups[$0]!.sorted { $0.year < $1.year } }
    }

    /// What makes a new `SEQUENCE` when it changes: the start and the repeat rule.
    public func fingerprint(_ series: [ScheduledEvent]) -> String {
        let event = series[0]
        let start = ICalendarText.date(event.recurrence?.start ?? event.date)
        return event.recurrence.flatMap { Self.recurrenceRule($0.rule) }.map { "\(start) \($0)" } ?? start
    }

    /// The properties of one event, unfolded.
    func lines(_ series: [ScheduledEvent]) -> [String] {
        let event = series[0]
        let start = event.recurrence?.start ?? event.date
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(uid(event))",
            "DTSTAMP:\(stamp)",
            "SEQUENCE:\(sequences[uid(event)] ?? 0)",
            "DTSTART;VALUE=DATE:\(ICalendarText.date(start))",
            "DTEND;VALUE=DATE:\(ICalendarText.date(start.adding(days: 1)))",
        ]
        if let recurrence = event.recurrence, let rule = Self.recurrenceRule(recurrence.rule) {
            lines.append("RRULE:\(rule)")
        }
        lines += [
            "SUMMARY:\(ICalendarText.escaped(Self.summary(event)))",
            "DESCRIPTION:\(ICalendarText.escaped(Self.description(series)))",
            "CATEGORIES:\([event.state, event.kind.rawValue, event.campaign].map(ICalendarText.escaped).joined(separator: ","))",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
        return lines
    }

    /// `Translations due: EU Focus Day on domestic burglary (CZ)`.
    static func summary(_ event: ScheduledEvent) -> String {
        event.kind == .focusDay
            ? "\(event.campaignTitle) (\(event.state))"
            : "\(event.kind.title): \(event.campaignTitle) (\(event.state))"
    }

    static func description(_ series: [ScheduledEvent]) -> String {
        let event = series[0]
        var lines: [String]
        if let recurrence = event.recurrence {
            lines = ["\(event.campaignTitle) in \(event.stateName), every year on the \(recurrence.rule) from \(recurrence.start.year)."]
        } else {
            lines = [
                "\(event.kind.title) for the \(event.year) focus day of \(event.campaignTitle) (\(event.keyDate)) in \(event.stateName).",
                "When: \(event.rule).",
            ]
        }
        for occurrence in series {
            let prefix = event.recurrence == nil ? "" : "\(occurrence.year): "
            lines += occurrence.warnings.map { "\(prefix)Warning: \($0)." }
            lines += occurrence.notes.map { "\(prefix)Note: \($0)." }
        }
        return lines.joined(separator: "\n")
    }

    /// The `RRULE` for a rule a calendar can repeat.
    static func recurrenceRule(_ rule: DateRule) -> String? {
        guard rule.hasCalendarRecurrence else { return nil }
        switch rule {
        case let .fixed(month, day):
            return "FREQ=YEARLY;BYMONTH=\(month);BYMONTHDAY=\(day)"
        case let .weekdayOfMonth(ordinal, weekday, month):
            let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            return "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(ordinal)\(days[weekday - 1])"
        case .easter, .explicit:
            return nil
        }
    }
}
