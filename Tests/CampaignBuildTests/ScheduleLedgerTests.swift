import CampaignBuild
import CampaignModel
import Foundation
import Testing

/// A plan that changes keeps each event's UID and raises its SEQUENCE, remembered in the
/// campaign's `schedule.lock` from one build to the next.
@Suite struct ScheduleLedgerTests {
    static func build(_ root: URL) -> Build.Result {
        BuildTests.build(root, selection: Selection(campaignIDs: ["secure-yourself"]))
    }

    static func event(_ uid: String, in root: URL) throws -> String {
        let ics = try String(contentsOf: root.appendingPathComponent("Output/secure-yourself/schedule.ics"), encoding: .utf8)
        let start = try #require(ics.range(of: "UID:\(uid)\r\n"))
        return String(ics[start.lowerBound...].prefix(200))
    }

    @Test func aMovedFocusDayKeepsItsUIDAndRaisesItsSequence() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let lock = root.appendingPathComponent("Campaigns/secure-yourself/schedule.lock")
        let committed = try String(contentsOf: lock, encoding: .utf8)
        let focusDay = "secure-yourself-cz-focus-day@www.policie.cz"

        #expect(!Self.build(root).log.hasErrors)
        #expect(try String(contentsOf: lock, encoding: .utf8) == committed, "the committed ledger matches the committed plan")
        #expect(committed.contains("  \(focusDay): {sequence: 0, published: \"20270625 FREQ=YEARLY;BYMONTH=6;BYDAY=-1FR\"}"))
        #expect(try Self.event(focusDay, in: root).contains("SEQUENCE:0\r\n"))

        let moved = try String(contentsOf: spec, encoding: .utf8)
            .replacingOccurrences(of: "keyDate: last Friday of June", with: "keyDate: last Thursday of June")
        try Data(moved.utf8).write(to: spec)
        #expect(!Self.build(root).log.hasErrors)
        #expect(try Self.event(focusDay, in: root).contains("SEQUENCE:1\r\nDTSTART;VALUE=DATE:20270624\r\n"))
        #expect(try Self.event("secure-yourself-cz-translations-due-2028@www.policie.cz", in: root).contains("SEQUENCE:1\r\n"))
        let updated = try String(contentsOf: lock, encoding: .utf8)
        #expect(updated.contains("  \(focusDay): {sequence: 1, published: \"20270624 FREQ=YEARLY;BYMONTH=6;BYDAY=-1TH\"}"))

        #expect(!Self.build(root).log.hasErrors)
        #expect(try String(contentsOf: lock, encoding: .utf8) == updated, "an unchanged plan leaves the ledger as it was")
        #expect(try Self.event(focusDay, in: root).contains("SEQUENCE:1\r\n"))
    }
}
