import CampaignModel
import Diagnostics
import Localization

/// Loads the project and runs every check that does not need to render anything: the specs,
/// the member states, the translations and the command line's selection.
///
/// Both `campaign check` and `campaign build` start here, so they report the same findings.
public struct ProjectCheck: Sendable {
    public let campaignsDirectory: String
    public let assetsDirectory: String
    public let selection: Selection

    public init(campaignsDirectory: String, assetsDirectory: String, selection: Selection = Selection()) {
        self.campaignsDirectory = campaignsDirectory
        self.assetsDirectory = assetsDirectory
        self.selection = selection
    }

    /// The outcome of a check: the model, what of it is selected, and every finding.
    public struct Result: Sendable {
        public let project: Project
        public let selected: [SelectedCampaign]
        public let log: DiagnosticLog
    }

    public func run() -> Result {
        let loader = ProjectLoader(campaignsDirectory: campaignsDirectory, assetsDirectory: assetsDirectory)
        var (project, log) = loader.load()
        let selected = selection.resolve(in: project, log: &log).map {
            SelectedCampaign(campaign: $0.campaign, locales: $0.locales)
        }
        for entry in selected {
            for diagnostic in Localizer(campaign: entry.campaign).diagnostics() {
                log.append(diagnostic)
            }
        }
        return Result(project: project, selected: selected, log: log)
    }
}

/// A campaign chosen for this run, with the locales chosen of it.
public struct SelectedCampaign: Sendable {
    public let campaign: Campaign
    public let locales: [LocaleTag]
}
