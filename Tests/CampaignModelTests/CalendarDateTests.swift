import CampaignModel
import Foundation
import Testing

@Suite struct CalendarDateTests {
    /// Day numbers and weekdays agree with Foundation's Gregorian calendar for every day of
    /// 1999-2101, a range that crosses leap centuries and the 2000 exception.
    @Test func agreesWithFoundationOnEveryDay() throws {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = try #require(TimeZone(identifier: "UTC"))
        let epoch = try #require(gregorian.date(from: DateComponents(year: 1970, month: 1, day: 1)))
        var date = try #require(CalendarDate(year: 1999, month: 1, day: 1))
        var mismatches: [String] = []
        while date.year <= 2101 {
            let foundationDate = try #require(gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day)))
            let days = try #require(gregorian.dateComponents([.day], from: epoch, to: foundationDate).day)
            let isoWeekday = (gregorian.component(.weekday, from: foundationDate) + 5) % 7 + 1
            if days != date.dayNumber || isoWeekday != date.weekday || CalendarDate(dayNumber: days) != date {
                mismatches.append(date.description)
            }
            date = date.adding(days: 1)
        }
        #expect(mismatches.isEmpty)
    }

    @Test func refusesDaysThatDoNotExist() {
        #expect(CalendarDate(year: 2027, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2027, month: 13, day: 1) == nil)
    }

    @Test func printsISO8601() {
        #expect(CalendarDate(year: 2027, month: 6, day: 5)?.description == "2027-06-05")
    }
}
