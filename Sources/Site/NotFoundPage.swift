import CampaignModel
import Localization

/// The page a web server shows for an address that does not exist: one per locale, in its
/// language, leading to its page, and one for the site. A server shows it at any address, so
/// its links are absolute when the site has a base address.
struct NotFoundPage {
    let head: PageHead
    let heading: String
    let text: String
    let links: [Link]

    struct Link {
        let text: String
        let href: String
    }
}

extension SiteMaker {
    func localeNotFoundPage(_ site: LocaleSite, labels: SiteLabels.Lookup) -> NotFoundPage {
        let campaign = site.campaign, locale = site.locale
        let file = SitePaths.locale(campaign, locale) + SitePaths.notFound
        let strings = Localizer(campaign: campaign).strings(for: locale)
        let headline = strings["headline"] ?? campaign.title
        let head = PageHead(
            lang: locale.description, dir: locale.language.writesRightToLeft ? "rtl" : "ltr", title: labels["not-found"],
            description: labels["not-found-text"], canonical: nil, alternates: [], stylesheet: link(from: file, to: SitePaths.stylesheet),
            colors: PageHead.Colors(campaign.theme),
            card: PageHead.SocialCard(
                title: labels["not-found"], description: headline, url: nil,
                image: campaign.formats.contains(.socialLink) ? address.absolute(SitePaths.locale(campaign, locale) + OutputFormat.socialLink.rawValue + ".png") : nil,
                imageAlt: headline, locale: PageHead.openGraphLocale(locale), alternateLocales: []),
            noindex: true, skipToContent: labels["skip-to-content"], menu: nil)
        return NotFoundPage(head: head, heading: labels["not-found"], text: labels["not-found-text"], links: [
            .init(text: headline, href: link(from: file, to: SitePaths.locale(campaign, locale))),
            .init(text: labels["choose-language"], href: link(from: file, to: SitePaths.campaign(campaign))),
        ])
    }

    func siteNotFoundPage(_ campaigns: [SiteCampaign]) -> NotFoundPage {
        let labels = design.labels.lookup(.english), file = SitePaths.notFound
        let head = PageHead(
            lang: "en", dir: "ltr", title: labels["not-found"], description: labels["not-found-text"], canonical: nil, alternates: [],
            stylesheet: link(from: file, to: SitePaths.stylesheet), colors: campaigns.first.map { PageHead.Colors($0.campaign.theme) },
            card: campaigns.first.map { socialCard(for: $0.campaign, title: labels["not-found"], description: labels["not-found-text"], url: nil) }
                ?? PageHead.SocialCard(title: labels["not-found"], description: "", url: nil, image: nil, imageAlt: "", locale: "en_IE", alternateLocales: []),
            noindex: true, skipToContent: labels["skip-to-content"], menu: nil)
        return NotFoundPage(head: head, heading: labels["not-found"], text: labels["not-found-text"], links: campaigns.map {
            .init(text: $0.campaign.title, href: link(from: file, to: SitePaths.campaign($0.campaign)))
        })
    }

    /// A link that works from whatever address the page is shown at: absolute with a base.
    private func link(from file: String, to target: String) -> String {
        address.absolute(target) ?? address.relative(from: file, to: target)
    }
}
