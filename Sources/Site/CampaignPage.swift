import CampaignModel
import Localization

/// A campaign's start page, its `x-default`: the campaign in English, and every language it is
/// in, by member state, each by its own name. No language is guessed for the visitor.
struct CampaignPage {
    let head: PageHead
    let title: String
    let headline: String
    let keyDate: String
    let chooseLanguage: String
    let states: [State]

    struct State {
        let name: String
        let languages: [PageHead.LanguageLink]
    }
}

extension SiteMaker {
    func campaignPage(_ entry: SiteCampaign) -> CampaignPage {
        let campaign = entry.campaign, path = SitePaths.campaign(campaign)
        let labels = design.labels.lookup(.english)
        let headline = campaign.message("headline")?.text ?? ""
        let links = languageLinks(of: campaign, current: nil, from: path)
        var order: [String] = []
        for locale in campaign.locales where !order.contains(locale.state) { order.append(locale.state) }
        let head = PageHead(
            lang: "en", dir: "ltr", title: campaign.title, description: headline, canonical: address.absolute(path),
            alternates: alternates(of: campaign), stylesheet: address.relative(from: path, to: SitePaths.stylesheet),
            colors: PageHead.Colors(campaign.theme),
            card: socialCard(for: campaign, title: campaign.title, description: headline, url: address.absolute(path)),
            noindex: false, skipToContent: labels["skip-to-content"], menu: nil)
        return CampaignPage(
            head: head, title: campaign.title, headline: headline,
            keyDate: LocaleFormat(locale: LocaleTag(language: .english, state: "IE")).longDate(campaign.editionDate),
            chooseLanguage: labels["choose-language"],
            states: order.map { state in
                CampaignPage.State(name: entry.states[state]?.name ?? state, languages: links.filter { $0.hreflang.hasSuffix("-" + state) })
            })
    }

    /// The social card of a page that stands for a whole campaign: its default locale's picture.
    func socialCard(for campaign: Campaign, title: String, description: String, url: String?) -> PageHead.SocialCard {
        let locale = SitePaths.defaultLocale(of: campaign)
        let image = locale.flatMap { address.absolute(SitePaths.locale(campaign, $0) + OutputFormat.socialLink.rawValue + ".png") }
        return PageHead.SocialCard(
            title: title, description: description, url: url, image: campaign.formats.contains(.socialLink) ? image : nil,
            imageAlt: campaign.message("headline")?.text ?? title, locale: "en_IE",
            alternateLocales: campaign.locales.map(PageHead.openGraphLocale))
    }
}
