import CampaignModel
import Foundation
import Localization
import Schedule

/// Makes the campaign website: a page per locale with its downloads and calendar day (made with
/// the locale, so that an unchanged locale is not made again), and the pages of the whole site
/// (each campaign's start page, the site's start page, sitemap, robots.txt, stylesheet and
/// not-found page), made from the campaigns alone. Every address in it comes from `SitePaths`
/// through `SiteAddress`; every text a translator wrote is escaped.
public struct SiteMaker: Sendable {
    public let design: SiteDesign
    public let address: SiteAddress
    /// `DTSTAMP` of the calendar days (`20270101T000000Z`), never the clock.
    public let stamp: String
    /// The calendar days' `PRODID`.
    public let producer: String

    public init(design: SiteDesign, address: SiteAddress, stamp: String, producer: String) {
        self.design = design
        self.address = address
        self.stamp = stamp
        self.producer = producer
    }

    /// The files of one locale's page, with the labels its language took from English.
    public func files(of site: LocaleSite) -> (files: [SiteFile], missingLabels: [String]) {
        let folder = SitePaths.locale(site.campaign, site.locale)
        let (page, labels) = localePage(site, path: folder)
        var files = [
            SiteFile(path: SitePaths.file(ofPage: folder), text: design.render(.locale, page)),
            SiteFile(path: folder + SitePaths.notFound, text: design.render(.notFound, localeNotFoundPage(site, labels: labels))),
            SiteFile(path: folder + SitePaths.calendarDay, text: calendarDay(site, page: folder).text),
        ]
        files += site.downloads.map { SiteFile(path: folder + $0.fileName, bytes: $0.bytes) }
        return (files, labels.missing)
    }

    /// The files of the whole site for `campaigns`, each with its member states by code.
    public func siteFiles(_ campaigns: [SiteCampaign]) -> [SiteFile] {
        var files = [
            SiteFile(path: SitePaths.file(ofPage: SitePaths.home), text: design.render(.home, homePage(campaigns))),
            SiteFile(path: SitePaths.notFound, text: design.render(.notFound, siteNotFoundPage(campaigns))),
            SiteFile(path: SitePaths.stylesheet, text: design.stylesheetText),
            SiteFile(path: SitePaths.robots, text: robots),
        ]
        files += campaigns.map { SiteFile(path: SitePaths.file(ofPage: SitePaths.campaign($0.campaign)), text: design.render(.campaign, campaignPage($0))) }
        if let sitemap = sitemap(campaigns.map(\.campaign)) { files.append(SiteFile(path: SitePaths.sitemap, text: sitemap)) }
        return files
    }

    /// What needs the base address and is left out without one, for the build to say.
    public static let absoluteOnly = "canonical links, hreflang alternates, og:image and sitemap.xml"

    /// The `hreflang` alternates of every page of a campaign: each locale, and the campaign's
    /// start page as `x-default`; none without a base address.
    func alternates(of campaign: Campaign) -> [PageHead.Alternate] {
        guard address.base != nil else { return [] }
        return campaign.locales.compactMap { locale in
            address.absolute(SitePaths.locale(campaign, locale)).map { PageHead.Alternate(hreflang: locale.description, href: $0) }
        } + [address.absolute(SitePaths.campaign(campaign)).map { PageHead.Alternate(hreflang: "x-default", href: $0) }].compactMap { $0 }
    }

    /// The language menu of a campaign's pages, seen from the page at `path`.
    func languageLinks(of campaign: Campaign, current: LocaleTag?, from path: String) -> [PageHead.LanguageLink] {
        campaign.locales.map { locale in
            PageHead.LanguageLink(
                name: LocaleFormat(locale: locale).endonym, hreflang: locale.description,
                dir: locale.language.writesRightToLeft ? "rtl" : "ltr", href: address.relative(from: path, to: SitePaths.locale(campaign, locale)), isCurrent: locale == current)
        }
    }

    /// The key date as one all-day event in the locale's language.
    private func calendarDay(_ site: LocaleSite, page: String) -> DayCalendar {
        let strings = Localizer(campaign: site.campaign).strings(for: site.locale)
        let date = site.campaign.editionDate
        let domain = site.campaign.website.flatMap { URL(string: $0)?.host?.lowercased() } ?? "\(site.campaign.id).campaign.invalid"
        return DayCalendar(
            uid: "site-\(site.campaign.id)-\(site.locale.description.lowercased())-\(date.year)@\(domain)", producer: producer,
            stamp: stamp, date: date, summary: strings["key-date-label"] ?? site.campaign.title,
            description: [strings["headline"], strings["call-to-action"], address.absolute(page)].compactMap { $0 }.joined(separator: "\n"),
            language: site.locale.description, url: address.absolute(page))
    }

    private var robots: String {
        "User-agent: *\nAllow: /\n" + (address.absolute(SitePaths.sitemap).map { "Sitemap: \($0)\n" } ?? "")
    }
}

/// One locale of a campaign as its page shows it: the member state's helplines and the files
/// the page offers.
public struct LocaleSite: Sendable {
    public let campaign: Campaign
    public let locale: LocaleTag
    public let state: MemberState
    public let downloads: [Download]

    public init(campaign: Campaign, locale: LocaleTag, state: MemberState, downloads: [Download]) {
        self.campaign = campaign
        self.locale = locale
        self.state = state
        self.downloads = downloads
    }
}

/// A campaign on the site, with its member states by code (for their names).
public struct SiteCampaign: Sendable {
    public let campaign: Campaign
    public let states: [String: MemberState]

    public init(campaign: Campaign, states: [String: MemberState]) {
        self.campaign = campaign
        self.states = states
    }
}
