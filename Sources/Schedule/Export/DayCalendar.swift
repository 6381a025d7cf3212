import CampaignModel

/// One day as an iCalendar file (RFC 5545): what a website's "add to calendar" link hands a
/// reader, an all-day event in the reader's language. The whole schedule, with its deadlines and
/// repeating focus days, is `ICalendarWriter`'s; this is the reader's one day.
public struct DayCalendar: Sendable {
    /// The event's UID: stable for the same campaign, locale and year, so that importing the
    /// file again updates the event instead of doubling it.
    public let uid: String
    /// The `PRODID`.
    public let producer: String
    /// `DTSTAMP` in UTC (`20270101T000000Z`), never the clock.
    public let stamp: String
    public let date: CalendarDate
    /// The event's title and description, and their language (a BCP 47 tag).
    public let summary: String
    public let description: String
    public let language: String
    /// The page the event refers to, when it has an absolute address.
    public let url: String?

    public init(
        uid: String, producer: String, stamp: String, date: CalendarDate, summary: String, description: String, language: String,
        url: String?
    ) {
        self.uid = uid
        self.producer = producer
        self.stamp = stamp
        self.date = date
        self.summary = summary
        self.description = description
        self.language = language
        self.url = url
    }

    /// The file, CRLF line ends and folded lines.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(producer)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:\(uid)",
            "DTSTAMP:\(stamp)",
            "DTSTART;VALUE=DATE:\(ICalendarText.date(date))",
            "DTEND;VALUE=DATE:\(ICalendarText.date(date.adding(days: 1)))",
            "SUMMARY;LANGUAGE=\(language):\(ICalendarText.escaped(summary))",
            "DESCRIPTION;LANGUAGE=\(language):\(ICalendarText.escaped(description))",
        ]
        if let url { lines.append("URL;VALUE=URI:\(url)") }
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]
        return lines.map(ICalendarText.line).joined()
    }
}
