import Foundation
import Testing

@Suite(.serialized) struct CommandTests {
    @Test(arguments: [
        ([], "Compile multilingual crime-prevention campaigns"),
        (["build"], "Check the campaigns and write their outputs into the output folder."),
        (["check"], "Load and validate every campaign, translation and member state"),
        (["list"], "Show the member states, and the campaigns with their locales."),
    ])
    func everyCommandExplainsItself(command: [String], abstract: String) throws {
        let output = try CampaignProcess.run(command + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains(abstract))
        if !command.isEmpty {
            for option in ["--campaigns", "--assets", "--campaign", "--locale"] {
                #expect(output.stdout.contains(option), "\(command) --help lacks \(option)")
            }
        }
    }

    @Test func buildNamesItsOutputFolderOption() throws {
        let help = try CampaignProcess.run(["build", "--help"]).stdout
        #expect(help.contains("--output"))
        #expect(help.contains("--jobs"))
    }

    @Test func buildRefusesZeroJobs() throws {
        let output = try CampaignProcess.run(["build", "--jobs", "0"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--jobs must be at least 1"))
    }

    @Test func aBuildOnOneThreadWritesWhatAParallelOneDoes() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let one = try CampaignProcess.run(["build", "--jobs", "1", "--output", "One", "--campaign", "secure-yourself", "--verbose", "--no-motion"], in: root)
        let two = try CampaignProcess.run(["build", "--jobs", "2", "--output", "Two", "--campaign", "secure-yourself", "--no-motion"], in: root)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stderr.contains("wrote One/secure-yourself/cs-CZ/flyer-a5.png\n"))
        for locale in ["cs-CZ", "vi-CZ"] {
            for file in ["flyer-a5.png", "poster-a3.svg", "newsletter.eml"] {
                let a = try Data(contentsOf: root.appendingPathComponent("One/secure-yourself/\(locale)/\(file)"))
                let b = try Data(contentsOf: root.appendingPathComponent("Two/secure-yourself/\(locale)/\(file)"))
                #expect(a == b, "\(locale)/\(file) differs")
            }
        }
    }

    @Test func checkPassesOnTheRepositoryCampaigns() throws {
        let output = try CampaignProcess.run(["check"])
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "checked 4 campaigns in 72 locales: 0 errors, 0 warnings\n")
    }

    @Test func checkFailsWithLocatedDiagnosticsOnStandardError() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Campaigns/senior-cyber-safety/campaign.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "audience: seniors", with: "audiance: seniors").utf8).write(to: spec)

        let output = try CampaignProcess.run(["check"], in: root)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Campaigns/senior-cyber-safety/campaign.yaml:3:1: error: missing key 'audience' in the campaign",
            "Campaigns/senior-cyber-safety/campaign.yaml:18:1: error: unknown key 'audiance' in the campaign; did you mean 'audience'?",
            "checked 3 campaigns in 62 locales: 2 errors, 0 warnings",
        ])
    }

    @Test func listShowsEveryMemberStateAndLocale() throws {
        let output = try CampaignProcess.run(["list"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Member states (27)")
        #expect(lines.contains("Campaigns (4)"))
        for locale in ["nl-BE", "fr-BE", "de-BE", "uk-CZ", "ar-BE", "zh-Hans-FR", "vi-CZ", "hu-SK", "ga-IE", "mt-MT"] {
            #expect(output.stdout.contains(" \(locale)"), "list lacks \(locale)")
        }
        #expect(lines.contains { $0.hasPrefix("  CZ  Czechia") && $0.contains("Europe/Prague") && $0.contains("+420116006") })
    }

    @Test func buildWritesIntoTheOutputFolderAndReportsOnStandardError() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CampaignProcess.run(
            ["build", "--output", "Pack", "--campaign", "secure-yourself", "--no-motion"], in: root, environment: ScheduleCommandTests.planned)
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty)
        // 5 locales × 13 files and 8 of the site, the report, the schedule in 3 files, 2027 and 2028
        // calendars, the contact sheet, the translation status, the site's 5 files and 4 campaign pages.
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.last == "build: 132 files written to Pack; 0 errors, 0 warnings")
        // Not a terminal: one plain progress line per locale, numbered 1 to 5 in the order they are
        // printed (the tally numbers and prints in one step; ProgressTallyTests races it).
        #expect(lines.dropLast().map { String($0.prefix(10)) } == ["[1/5] made", "[2/5] made", "[3/5] made", "[4/5] made", "[5/5] made"])
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Pack/report.json").path))
    }
}
