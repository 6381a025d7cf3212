import CampaignModel
import Diagnostics
import Foundation
import Testing

/// Loading details that the broken-spec fixtures do not show: how values are read.
@Suite struct SpecLoadingTests {
    /// A temporary project written from strings, removed afterwards.
    struct Project {
        let root: URL

        init(files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("spec-loading-\(UUID().uuidString)")
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }

        func load() -> (project: CampaignModel.Project, log: DiagnosticLog) {
            defer { try? FileManager.default.removeItem(at: root) }
            return ProjectLoader(ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")).load()
        }
    }

    static let memberStates = """
        memberStates:
          - code: NO
            name: Norway as a test of YAML 1.1 booleans
            officialLanguages: [nb]
            timeZone: Europe/Oslo
            callingCode: +47
            helplines:
              emergency: 112
              victimSupport:
                number: "+47116006"
                display: "116 006"
        """

    /// A holidays file whose one rule is also a YAML 1.1 trap (`NO` is not `false`).
    static let holidays = """
        holidays:
          NO:
            - name: Constitution Day
              date: 17 May
        """

    static func campaign(distribution: String = "NO: [nb]", messages: String? = nil) -> String {
        """
        id: trial
        title: Trial
        theme:
          colors: {primary: "#000000", accent: "#FFFFFF", text: "#111111", background: "#fefefe"}
          fonts: {headline: Noto Sans, body: Noto Serif}
        design: civic
        formats: [newsletter]
        audience: seniors
        keyDate: Easter + 1
        edition: 2027
        messages:
        \(messages ?? """
          - id: body
            text: |
              First paragraph.

              Second paragraph.
            description: Body text.
        """)
        distribution:
          \(distribution)
        """
    }

    @Test func readsScalarsAsWritten() throws {
        let (project, log) = try Project(files: [
            "Assets/member-states.yaml": Self.memberStates,
            "Assets/holidays.yaml": Self.holidays,
            "Campaigns/trial/campaign.yaml": Self.campaign(),
            "Campaigns/trial/strings/nb.yaml": "body: Første avsnitt.\n",
        ]).load()
        #expect(log.diagnostics == [])
        let state = try #require(project.memberStates.first)
        #expect(state.code == "NO")
        #expect(state.callingCode == "+47")
        #expect(state.helplines.emergency == "112")
        let campaign = try #require(project.campaigns.first)
        #expect(campaign.theme.colors.background.description == "#FEFEFE")
        #expect(campaign.theme.fonts.body == "Noto Serif")
        #expect(campaign.audience == .seniors)
        #expect(campaign.keyDate == .easter(offset: 1, calendar: .western))
        #expect(campaign.locales.map(\.description) == ["nb-NO"])
    }

    @Test func blockScalarsLoseOnlyTheirFinalNewline() throws {
        let (project, _) = try Project(files: [
            "Assets/member-states.yaml": Self.memberStates,
            "Assets/holidays.yaml": Self.holidays,
            "Campaigns/trial/campaign.yaml": Self.campaign(),
            "Campaigns/trial/strings/nb.yaml": "body: Første avsnitt.\n",
        ]).load()
        let message = try #require(project.campaigns.first?.message("body"))
        #expect(message.text == "First paragraph.\n\nSecond paragraph.")
    }

    @Test func reportsEveryMistakeOfAFileInOneRun() throws {
        let broken = Self.campaign(messages: """
              - id: Body
                text: Text
                description: Capital letters in the id.
              - id: footer
                text: [not, text]
                description: A list where text belongs.
            """)
        let (project, log) = try Project(files: [
            "Assets/member-states.yaml": Self.memberStates,
            "Assets/holidays.yaml": Self.holidays,
            "Campaigns/trial/campaign.yaml": broken,
        ]).load()
        #expect(project.campaigns.isEmpty)
        #expect(log.sorted.map(\.message) == [
            "message id 'Body' must use lower-case letters, digits and hyphens only",
            "expected text for 'text', found a list",
        ])
    }

    @Test func aFolderWithoutASpecIsNotACampaign() throws {
        let (project, log) = try Project(files: [
            "Assets/member-states.yaml": Self.memberStates,
            "Assets/holidays.yaml": Self.holidays,
            "Campaigns/drafts/notes.txt": "ideas",
        ]).load()
        #expect(project.campaigns.isEmpty)
        #expect(log.sorted.map(\.description).map { $0.hasSuffix("/Campaigns/drafts:1:1: warning: folder has no campaign.yaml and is not a campaign") } == [true])
    }

    /// A campaign named as a folder of the output (`site`, `schedule`, `packs`) would mix its
    /// files with the website's, the year calendars' or the packs': it is refused at its id.
    @Test(arguments: OutputLayout.reservedFolders)
    func aCampaignMayNotBeNamedAsAFolderOfTheOutput(name: String) throws {
        let (project, log) = try Project(files: [
            "Assets/member-states.yaml": Self.memberStates,
            "Assets/holidays.yaml": Self.holidays,
            "Campaigns/\(name)/campaign.yaml": Self.campaign().replacingOccurrences(of: "id: trial", with: "id: \(name)"),
        ]).load()
        #expect(project.campaigns.isEmpty)
        let errors = log.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("/Campaigns/\(name)/campaign.yaml:1:5: error: campaign id '\(name)' is the name of a folder of the output (site, schedule, packs): rename the campaign and its folder") == true, "\(errors)")
    }

    @Test func englishStringsBelongInTheSpec() throws {
        let (_, log) = try Project(files: [
            "Assets/member-states.yaml": Self.memberStates,
            "Assets/holidays.yaml": Self.holidays,
            "Campaigns/trial/campaign.yaml": Self.campaign(),
            "Campaigns/trial/strings/nb.yaml": "body: Første avsnitt.\n",
            "Campaigns/trial/strings/en.yaml": "body: Other English.\n",
        ]).load()
        #expect(log.sorted.map(\.message) == [
            "English source text lives in campaign.yaml; put regional English wording in en-<STATE>.yaml",
        ])
    }
}
