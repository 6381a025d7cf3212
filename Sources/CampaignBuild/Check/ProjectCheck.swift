import CampaignModel
import Checks
import Diagnostics
import Newsletter
import Pages
import Posters

/// Loads the project and runs every check that does not need to render anything: the specs,
/// the member states, the translations, the templates the campaigns use, the templates of the
/// build's pages, and the command line's selection.
///
/// Both `campaign check` and `campaign build` start here, so they report the same findings.
public struct ProjectCheck: Sendable {

    /// Where the project's inputs are.
    public let layout: ProjectLayout
    public let selection: Selection

    public init(layout: ProjectLayout, selection: Selection = Selection()) {
        self.layout = layout
        self.selection = selection
    }

    /// The outcome of a check: the model, what of it is selected, the templates it uses, and
    /// every finding.
    public struct Result: Sendable {
        public let project: Project
        public let selected: [SelectedCampaign]
        /// Templates by path.
        public let templates: [String: Template]
        /// Newsletter designs by name.
        public let newsletterDesigns: [String: NewsletterDesign]
        /// The templates of the contact sheet, translation status and timelines; `nil` when one
        /// cannot be read, which the log says.
        public let pages: PageTemplates?
        /// The colour profiles print PDFs carry, by design, for the designs of the selected
        /// campaigns that print (a design whose profiles cannot be read has an error instead).
        public let printProfiles: [String: PrintProfiles]
        /// The website's design and settings, when a campaign of the project makes a site.
        public let site: SiteSetup?
        public let log: DiagnosticLog
    }

    public func run() -> Result {
        let loader = ProjectLoader(layout)
        var (project, log) = loader.load()
        let selected = selection.resolve(in: project, log: &log).map {
            SelectedCampaign(campaign: $0.campaign, locales: $0.locales)
        }
        var templates: [String: Template] = [:]
        var newsletterDesigns: [String: NewsletterDesign] = [:]
        var unreadable = Set<String>()
        var designsChecked = Set<String>()
        for entry in selected {
            let design = entry.campaign.newsletterDesign
            if entry.campaign.formats.contains(.newsletter), newsletterDesigns[design] == nil, !unreadable.contains(design) {
                if let loaded = NewsletterDesign.load(folder: layout.newsletterDesign(design), log: &log) {
                    newsletterDesigns[design] = loaded
                } else {
                    unreadable.insert(design)
                }
            }
            log.append(contentsOf: CheckRegistry.check(entry.campaign))
            for format in entry.campaign.formats where format.isDrawn {
                let path = templatePath(entry.campaign, format)
                if templates[path] == nil, !unreadable.contains(path) {
                    if let template = TemplateLoader(path: path, assetsDirectory: layout.assetsDirectory).load(log: &log) {
                        templates[path] = template
                    } else {
                        unreadable.insert(path)
                    }
                }
                guard let template = templates[path] else { continue }
                CheckRegistry.check(
                    TemplateUse(template: template, campaign: entry.campaign, format: format, images: images(for: entry.campaign)),
                    into: &log)
                if designsChecked.insert("\(path) \(entry.campaign.audience)").inserted {
                    CheckRegistry.check(DesignUnderReview(template: template, format: format, audience: entry.campaign.audience), into: &log)
                }
            }
        }
        let pages = PageTemplates.load(folder: layout.pageTemplates, log: &log)
        var printProfiles: [String: PrintProfiles] = [:]
        for design in Set(selected.filter { $0.campaign.formats.contains(where: \.isPrinted) }.map(\.campaign.design)).sorted() {
            let settings = PrintSettingsLoader(path: layout.printSettings(design: design)).load(log: &log)
            printProfiles[design] = PrintProfiles.load(settings, log: &log)
        }
        let site = SiteSetup.load(project, layout: layout, log: &log)
        return Result(
            project: project, selected: selected, templates: templates, newsletterDesigns: newsletterDesigns, pages: pages,
            printProfiles: printProfiles, site: site, log: log)
    }

    /// `Assets/templates/<design>/<format>.svg`
    public func templatePath(_ campaign: Campaign, _ format: OutputFormat) -> String {
        layout.template(design: campaign.design, format: format)
    }

    /// Where a campaign's pictures are looked up.
    public func images(for campaign: Campaign) -> ImageLibrary {
        ImageLibrary(campaignDirectory: layout.campaignDirectory(campaign.id), assetsDirectory: layout.assetsDirectory)
    }

}

/// A campaign chosen for this run, with the locales chosen of it.
public struct SelectedCampaign: Sendable {
    public let campaign: Campaign
    public let locales: [LocaleTag]
}
