import Foundation

/// Where a project keeps what the compiler reads: the campaigns (specs, strings, pictures,
/// schedule ledgers) and the shared assets (member states, holidays, templates, newsletter
/// designs, page templates, fonts). Every path to an input is spelled here and nowhere else.
public struct ProjectLayout: Hashable, Sendable {
    /// The folder holding one sub-folder per campaign (`Campaigns`).
    public let campaignsDirectory: String
    /// The folder holding the shared assets (`Assets`).
    public let assetsDirectory: String

    /// Trailing slashes are dropped, so paths in findings read `Campaigns/x`, not `Campaigns//x`.
    public init(campaignsDirectory: String = "Campaigns", assetsDirectory: String = "Assets") {
        self.campaignsDirectory = Self.trimmed(campaignsDirectory)
        self.assetsDirectory = Self.trimmed(assetsDirectory)
    }

    /// `Campaigns/<campaign>`
    public func campaignDirectory(_ campaign: String) -> String { "\(campaignsDirectory)/\(campaign)" }

    /// `Campaigns/<campaign>/campaign.yaml`
    public func campaignSpec(_ campaign: String) -> String { campaignDirectory(campaign) + "/campaign.yaml" }

    /// `Campaigns/<campaign>/strings`
    public func stringsDirectory(_ campaign: String) -> String { campaignDirectory(campaign) + "/strings" }

    /// `Campaigns/<campaign>/schedule.lock`: the event sequences the schedule has published.
    public func scheduleLedger(_ campaign: String) -> String { campaignDirectory(campaign) + "/schedule.lock" }

    /// `Assets/member-states.yaml`
    public var memberStates: String { assetsDirectory + "/member-states.yaml" }

    /// `Assets/link-text.yaml`: link texts that say nothing of their target.
    public var linkTexts: String { assetsDirectory + "/link-text.yaml" }

    /// `Assets/holidays.yaml`
    public var holidays: String { assetsDirectory + "/holidays.yaml" }

    /// `Assets/templates/<design>/<format>.svg`
    public func template(design: String, format: OutputFormat) -> String {
        "\(assetsDirectory)/templates/\(design)/\(format.rawValue).svg"
    }

    /// `Assets/templates/<design>/print.yaml`: the printing condition of the design's PDFs.
    public func printSettings(design: String) -> String { "\(assetsDirectory)/templates/\(design)/print.yaml" }

    /// `Assets/newsletter/<design>`
    public func newsletterDesign(_ design: String) -> String { "\(assetsDirectory)/newsletter/\(design)" }

    /// `Assets/site/<design>`: the templates, stylesheet and labels of a campaign website.
    public func siteDesign(_ design: String) -> String { "\(assetsDirectory)/site/\(design)" }

    /// `Assets/site.yaml`: where the website is published.
    public var siteSettings: String { assetsDirectory + "/site.yaml" }

    /// `Assets/pages`: the templates and stylesheet of the pages the build writes for people.
    public var pageTemplates: String { assetsDirectory + "/pages" }

    /// `Assets/fonts/fonts.conf`: the project's fonts, for fontconfig.
    public var fontConfiguration: String { assetsDirectory + "/fonts/fonts.conf" }

    /// The folders whose changes call for a rebuild.
    public var sourceDirectories: [String] { [campaignsDirectory, assetsDirectory] }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
