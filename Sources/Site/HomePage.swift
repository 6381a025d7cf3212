import CampaignModel
import Localization

/// The site's start page: its campaigns, each with its day and a link to its languages.
struct HomePage {
    let head: PageHead
    let heading: String
    let campaigns: [Entry]

    struct Entry {
        let title: String
        let headline: String
        let keyDate: String
        let href: String
    }
}

extension SiteMaker {
    func homePage(_ campaigns: [SiteCampaign]) -> HomePage {
        let labels = design.labels.lookup(.english), path = SitePaths.home
        let english = LocaleFormat(locale: LocaleTag(language: .english, state: "IE"))
        let titles = campaigns.map(\.campaign.title).joined(separator: " · ")
        let card = campaigns.first.map { socialCard(for: $0.campaign, title: labels["campaigns"], description: titles, url: address.absolute(path)) }
        let head = PageHead(
            lang: "en", dir: "ltr", title: labels["campaigns"], description: titles, canonical: address.absolute(path), alternates: [],
            stylesheet: address.relative(from: path, to: SitePaths.stylesheet), colors: campaigns.first.map { PageHead.Colors($0.campaign.theme) },
            card: card ?? PageHead.SocialCard(title: labels["campaigns"], description: titles, url: address.absolute(path), image: nil, imageAlt: "", locale: "en_IE", alternateLocales: []),
            noindex: false, skipToContent: labels["skip-to-content"], menu: nil)
        return HomePage(head: head, heading: labels["campaigns"], campaigns: campaigns.map { entry in
            HomePage.Entry(
                title: entry.campaign.title, headline: entry.campaign.message("headline")?.text ?? "",
                keyDate: english.longDate(entry.campaign.editionDate), href: address.relative(from: path, to: SitePaths.campaign(entry.campaign)))
        })
    }
}
