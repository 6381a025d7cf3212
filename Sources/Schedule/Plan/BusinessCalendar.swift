import CampaignModel

/// The working days of one member state: Monday to Friday, less its public holidays.
///
/// Deadlines are counted here, so that "40 business days before" means the same amount of
/// working time for a translator in Prague as in Lisbon.
public struct BusinessCalendar: Sendable {
    public let holidays: PublicHolidays
    private var daysOff: [CalendarDate: [String]] = [:]
    private var yearsLoaded: Set<Int> = []

    public init(holidays: PublicHolidays) {
        self.holidays = holidays
    }

    /// The names of the holidays on `date`, or `nil` when it is no holiday.
    public mutating func holiday(on date: CalendarDate) -> [String]? {
        load(date.year)
        return daysOff[date]
    }

    /// Whether people work on `date`.
    public mutating func isBusinessDay(_ date: CalendarDate) -> Bool {
        date.weekday <= 5 && holiday(on: date) == nil
    }

    /// The day `count` business days after `date` (before, for a negative count), and the
    /// holidays on working weekdays that the count stepped over.
    public mutating func adding(businessDays count: Int, to date: CalendarDate) -> (date: CalendarDate, skipped: [HolidayDate]) {
        var day = date
        var remaining = abs(count)
        var skipped: [HolidayDate] = []
        let step = count < 0 ? -1 : 1
        while remaining > 0 {
            day = day.adding(days: step)
            if isBusinessDay(day) {
                remaining -= 1
            } else if day.weekday <= 5, let names = holiday(on: day) {
                skipped.append(HolidayDate(date: day, names: names))
            }
        }
        return (day, step < 0 ? skipped.reversed() : skipped)
    }

    /// The nearest business day on or after `date` (on or before, when `forward` is false).
    public mutating func nearestBusinessDay(from date: CalendarDate, forward: Bool) -> CalendarDate {
        var day = date
        while !isBusinessDay(day) { day = day.adding(days: forward ? 1 : -1) }
        return day
    }

    private mutating func load(_ year: Int) {
        guard !yearsLoaded.contains(year) else { return }
        yearsLoaded.insert(year)
        for day in holidays.days(in: year) { daysOff[day.date] = day.names }
    }
}
