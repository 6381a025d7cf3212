import CampaignModel
import Foundation

/// What the schedule outputs depend on besides the specs: the years planned, the day the plan
/// is made (for deadlines already past) and the `DTSTAMP` of calendar events.
public struct ScheduleSettings: Sendable {
    public let years: [Int]
    /// `nil` skips the check for deadlines already past.
    public let today: CalendarDate?
    /// `DTSTAMP`, UTC, `20270101T000000Z`.
    public let stamp: String

    public init(years: [Int], today: CalendarDate?, stamp: String) {
        self.years = years
        self.today = today
        self.stamp = stamp
    }

    /// From the environment: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set is both
    /// today and the stamp, so a reproducible build plans the same years; otherwise today is the
    /// system's date and the stamp the epoch itself. Without `years`, the coming year and the
    /// one after.
    public static func fromEnvironment(years: [Int]? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> ScheduleSettings {
        let epoch = SourceDateEpoch.seconds(in: environment)
        let seconds = epoch ?? Int(Date().timeIntervalSince1970)
        let today = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let stampSeconds = epoch ?? 0
        let stampDay = CalendarDate(dayNumber: Int((Double(stampSeconds) / 86_400).rounded(.down)))
        let secondOfDay = stampSeconds - stampDay.dayNumber * 86_400
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let stamp = stampDay.description.filter { $0 != "-" }
            + "T\(pad(secondOfDay / 3600))\(pad(secondOfDay / 60 % 60))\(pad(secondOfDay % 60))Z"
        return ScheduleSettings(years: years ?? [today.year + 1, today.year + 2], today: today, stamp: stamp)
    }
}
