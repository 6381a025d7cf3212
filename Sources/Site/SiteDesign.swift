import CampaignModel
import Diagnostics
import Pages

/// A website design, read once from `Assets/site/<design>/`: the skeleton every page inherits
/// (`page.mustache`), a template per kind of page, the stylesheet every page links, and the
/// interface labels in each language (`labels/<tag>.yaml`). Mustache escapes every
/// `{{value}}`; the few values that are HTML already (`{{{body}}}`) are made safe in Swift.
public struct SiteDesign: Sendable {
    /// A kind of page the site has, named as its template (`locale.mustache`).
    public enum Page: String, CaseIterable, Sendable {
        /// One locale's page: the campaign's message, helplines, day and downloads.
        case locale
        /// A campaign's start page and `x-default`: its languages by member state.
        case campaign
        /// The site's start page: the campaigns.
        case home
        /// The page for an address that does not exist, per locale and for the site.
        case notFound = "not-found"
    }

    /// The stylesheet's file name, in the design folder and at the site's root.
    public static let stylesheet = "site.css"

    /// The design's folder, as the user's paths spell it.
    public let folder: String
    private let templates: MustacheFolder
    public let labels: SiteLabels

    /// Every file's text by name, labels included: what the pages are made from, for cache keys.
    public var sources: [String: String] {
        templates.sources.merging(labels.sources) { template, _ in template }
    }

    /// The stylesheet's text.
    public var stylesheetText: String { templates.sources[Self.stylesheet] ?? "" }

    static var requiredFiles: [String] { ["page.mustache", stylesheet] + Page.allCases.map { $0.rawValue + ".mustache" } }

    /// Reads the design in `folder`, logging what is missing or malformed.
    public static func load(folder: String, log: inout DiagnosticLog) -> SiteDesign? {
        let templates = MustacheFolder.load(folder: folder, required: requiredFiles, kind: "site template", check: .siteDesign, log: &log)
        let labels = SiteLabels.load(folder: folder + "/labels", log: &log)
        guard let templates, let labels else { return nil }
        return SiteDesign(folder: folder, templates: templates, labels: labels)
    }

    /// The page's HTML from its values.
    func render(_ page: Page, _ values: Any) -> String {
        // `load` returns a design only when every page's template is there.
        templates.render(values, template: page.rawValue)!
    }
}
