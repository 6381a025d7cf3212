import CampaignModel
import Foundation
import Testing

/// Every member state's holidays, as `Assets/holidays.yaml` gives them, against an independent
/// implementation (python-holidays, kept in `Fixtures/holidays-reference.json` by
/// `Scripts/holiday-reference`) for ten years.
@Suite struct HolidayReferenceTests {
    struct Reference: Decodable {
        let generator: String
        let years: [Int]
        let states: [String: [String: String]]
    }

    static let reference: Reference = {
        let data = try! Data(contentsOf: Repository.fixtures.appendingPathComponent("holidays-reference.json"))
        return try! JSONDecoder().decode(Reference.self, from: data)
    }()

    @Test func everyMemberStateHasHolidaysAndAReference() {
        let codes = Set(Repository.project.memberStates.map(\.code))
        #expect(codes.count == 27)
        #expect(Set(Repository.project.holidays.keys) == codes)
        #expect(Set(Self.reference.states.keys) == codes)
        #expect(Self.reference.years == [2026, 2035])
    }

    /// Every day off the reference lists is one here; the only extra days here are Sundays
    /// (Spain keeps a national holiday on its Sunday; python-holidays leaves it out), which
    /// never change a business day.
    @Test(arguments: Repository.project.memberStates.map(\.code))
    func holidaysMatchTheReference(state: String) throws {
        let holidays = try #require(Repository.project.holidays[state])
        let expected = Set(try #require(Self.reference.states[state]).keys)
        var ours = Set<String>()
        for year in Self.reference.years[0]...Self.reference.years[1] {
            ours.formUnion(holidays.days(in: year).map(\.date.description))
        }
        let missing = expected.subtracting(ours).sorted()
        let extraWeekdays = ours.subtracting(expected).filter { Repository.date($0).weekday != 7 }.sorted()
        #expect(missing.isEmpty, "\(state) lacks \(missing)")
        #expect(extraWeekdays.isEmpty, "\(state) has days off the reference does not: \(extraWeekdays)")
    }
}
