import CampaignModel
import Schedule
import Testing

@Suite struct BusinessCalendarTests {
    static func calendar(_ state: String) -> BusinessCalendar {
        BusinessCalendar(holidays: Repository.project.holidays[state]!)
    }

    /// Czechia 2027: Good Friday 26 March and Easter Monday 29 March are days off.
    @Test func countingBackAcrossEasterSkipsGoodFridayAndEasterMonday() {
        var calendar = Self.calendar("CZ")
        let counted = calendar.adding(businessDays: -5, to: Repository.date("2027-04-01"))
        #expect(counted.date == Repository.date("2027-03-23"))
        #expect(counted.skipped.map(\.date.description) == ["2027-03-26", "2027-03-29"])
    }

    /// Denmark also rests on Maundy Thursday, so the same count reaches one day further back.
    @Test func theSameCountDiffersByState() {
        var czechia = Self.calendar("CZ")
        var denmark = Self.calendar("DK")
        let key = Repository.date("2027-04-01")
        let inCzechia = czechia.adding(businessDays: -5, to: key).date
        let inDenmark = denmark.adding(businessDays: -5, to: key).date
        #expect(inCzechia == Repository.date("2027-03-23"))
        #expect(inDenmark == Repository.date("2027-03-22"))
    }

    /// Czechia: 24, 25 and 26 December and 1 January are days off; 2027-12-24 is a Friday and
    /// 2028-01-01 a Saturday.
    @Test func countingForwardAcrossTheYearEnd() {
        var calendar = Self.calendar("CZ")
        #expect(calendar.adding(businessDays: 3, to: Repository.date("2027-12-23")).date == Repository.date("2027-12-29"))
        #expect(calendar.adding(businessDays: 6, to: Repository.date("2027-12-23")).date == Repository.date("2028-01-03"))
        #expect(calendar.adding(businessDays: -2, to: Repository.date("2028-01-03")).date == Repository.date("2027-12-30"))
    }

    /// For every state, ten years of key dates and counts: the result is a business day, and
    /// exactly `n` business days lie between it and the key date.
    @Test(arguments: Repository.project.memberStates.map(\.code))
    func countsLandOnBusinessDaysAtTheRightDistance(state: String) {
        var calendar = Self.calendar(state)
        var generator = SeededGenerator(seed: UInt64(state.unicodeScalars.reduce(0) { $0 * 31 + Int($1.value) }))
        for _ in 0..<300 {
            let key = Repository.date("2026-01-01").adding(days: Int.random(in: 0..<3650, using: &generator))
            let count = Int.random(in: -60...60, using: &generator)
            guard count != 0 else { continue }
            let result = calendar.adding(businessDays: count, to: key).date
            let isBusinessDay = calendar.isBusinessDay(result)
            #expect(isBusinessDay, "\(state): \(count) from \(key) gave \(result)")
            var between = 0
            var day = key
            while day != result {
                day = day.adding(days: count < 0 ? -1 : 1)
                if calendar.isBusinessDay(day) { between += 1 }
            }
            #expect(between == abs(count), "\(state): \(count) from \(key) gave \(result)")
        }
    }
}

/// SplitMix64: random cases that are the same in every run, so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
