import CampaignModel

/// Where each page of the website lives, relative to the site folder; a page is named by its
/// folder (`burglary-focus-day/de-AT/`), its file is that folder's `index.html`.
enum SitePaths {
    /// The site's start page.
    static let home = ""
    static let stylesheet = SiteDesign.stylesheet
    static let notFound = "404.html"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    /// The name of a locale's calendar day, beside its page.
    static let calendarDay = "key-date.ics"

    static func campaign(_ campaign: Campaign) -> String { "\(campaign.id)/" }

    static func locale(_ campaign: Campaign, _ locale: LocaleTag) -> String { "\(campaign.id)/\(locale)/" }

    /// The file of a page: its folder's `index.html`.
    static func file(ofPage page: String) -> String { page + "index.html" }

    /// The locale whose pictures stand for the campaign where no language is chosen (its
    /// start page, the site's): its first English locale, or its first.
    static func defaultLocale(of campaign: Campaign) -> LocaleTag? {
        campaign.locales.first { $0.language.language == "en" } ?? campaign.locales.first
    }
}
