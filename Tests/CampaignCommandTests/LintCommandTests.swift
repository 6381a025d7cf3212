import Foundation
import Testing

@Suite struct LintCommandTests {
    /// The lint judges what a build would make and writes nothing, not even an output folder.
    @Test func lintJudgesEverythingAndWritesNothing() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CampaignProcess.run(
            ["check", "--lint", "--campaign", "secure-yourself"], in: root, environment: ScheduleCommandTests.planned)
        #expect(output.status == 0)
        #expect(output.stderr == "linted 1 campaign in 5 locales: 0 errors, 0 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
    }

    /// Grey text on the flyer's white fails the lint with its contrast ratio.
    @Test func lintFailsOnContrastWithTheRatio() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        let grey = text.replacingOccurrences(of: "    text: \"#102A20\"", with: "    text: \"#AAAAAA\"")
        #expect(grey != text)
        try Data(grey.utf8).write(to: spec)
        let output = try CampaignProcess.run(
            ["check", "--lint", "--campaign", "secure-yourself", "--locale", "cs-CZ"], in: root, environment: ScheduleCommandTests.planned)
        #expect(output.status != 0)
        #expect(output.stderr.contains("error: secure-yourself/cs-CZ/flyer-a5: slot 'tip-1': text #AAAAAA has a contrast of 2.32:1 against its background; WCAG 2.2 (1.4.3) asks for 4.5:1"))
    }
}
