import CampaignModel
import Diagnostics
import Site

/// The campaign website's design and settings, read when a campaign of the project makes a site
/// (`site` in its formats): `Assets/site.yaml` and the design it names.
public struct SiteSetup: Sendable {
    public let design: SiteDesign
    public let settings: SiteSettings

    /// Reads the settings and the design; `nil` when no campaign makes a site or the design
    /// cannot be read (which the log then says). Without a base address the site still builds,
    /// and a warning says what it leaves out.
    static func load(_ project: Project, layout: ProjectLayout, log: inout DiagnosticLog) -> SiteSetup? {
        guard let first = project.campaigns.first(where: { $0.formats.contains(.site) }) else { return nil }
        let settings = SiteSettingsLoader(path: layout.siteSettings).load(log: &log)
        if settings.baseURL == nil {
            log.warning(
                .siteSettings, "the site has no base address (baseURL): its \(SiteMaker.absoluteOnly) need one and are left out",
                at: settings.location)
        }
        guard let design = SiteDesign.load(folder: layout.siteDesign(settings.design ?? first.design), log: &log) else { return nil }
        return SiteSetup(design: design, settings: settings)
    }

    /// The maker of the site's files, dating its calendar days with `stamp`.
    func maker(stamp: String) -> SiteMaker {
        SiteMaker(design: design, address: SiteAddress(base: settings.baseURL), stamp: stamp, producer: CompilerVersion.calendarProducer)
    }
}
