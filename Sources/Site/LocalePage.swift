import CampaignModel
import Localization
import Newsletter

/// One locale's page: the campaign's message in the locale's language, the member state's
/// helplines as `tel:` links, the key date with a calendar file of it, the social picture and
/// the downloads, in the values `locale.mustache` reads.
struct LocalePage {
    let head: PageHead
    let keyDateLabelHTML: String
    let keyDate: String
    /// The key date as `2027-06-16`, for `<time datetime>`.
    let keyDateISO: String
    let headlineHTML: String
    let subheadlineHTML: String
    /// The newsletter's Markdown body, made safe HTML.
    let bodyHTML: String
    let tipsHTML: [String]
    let action: Action?
    let help: Help
    let calendar: Link
    let picture: Picture?
    let downloads: Downloads
    let footerHTML: String

    /// The call to action, a link to the campaign's website.
    struct Action {
        let textHTML: String
        let href: String
        /// The website as people read it (`eucpn.org`).
        let label: String
    }

    struct Help {
        let heading: String
        let lines: [Line]

        /// `Support for victims of burglary 116 006`, the number a `tel:` link in E.164.
        struct Line {
            let labelHTML: String
            let number: String
            let tel: String
        }
    }

    struct Link {
        let text: String
        let href: String
    }

    struct Picture {
        let src: String
        let width: Int
        let height: Int
        let alt: String
    }

    struct Downloads {
        let heading: String
        let intro: String
        let items: [Item]

        struct Item {
            let name: String
            let description: String
            let href: String
            let type: String
        }
    }
}

extension SiteMaker {
    /// The values of a locale's page, at `path`.
    func localePage(_ site: LocaleSite, path: String) -> (page: LocalePage, labels: SiteLabels.Lookup) {
        let campaign = site.campaign, locale = site.locale
        let strings = Localizer(campaign: campaign).strings(for: locale)
        let rightToLeft = locale.language.writesRightToLeft
        let text = { (id: String) in SiteText(strings.message(id), pageIsRightToLeft: rightToLeft) }
        let labels = design.labels.lookup(locale.language)
        let format = LocaleFormat(locale: locale)
        let headline = text("headline"), subheadline = text("subheadline")
        let socialLink = site.downloads.first { $0.format == .socialLink }
        let head = PageHead(
            lang: locale.description, dir: rightToLeft ? "rtl" : "ltr", title: "\(headline.text) – \(campaign.title)",
            description: subheadline.text, canonical: address.absolute(path),
            alternates: alternates(of: campaign), stylesheet: address.relative(from: path, to: SitePaths.stylesheet),
            colors: PageHead.Colors(campaign.theme),
            card: PageHead.SocialCard(
                title: headline.text, description: subheadline.text, url: address.absolute(path),
                image: socialLink.flatMap { address.absolute(path + $0.fileName) }, imageAlt: headline.text,
                locale: PageHead.openGraphLocale(locale),
                alternateLocales: campaign.locales.filter { $0 != locale }.map(PageHead.openGraphLocale)),
            noindex: false, skipToContent: labels["skip-to-content"],
            menu: PageHead.LanguageMenu(label: labels["other-languages"], links: languageLinks(of: campaign, current: locale, from: path)))
        let victimSupport = site.state.helplines.victimSupport
        let page = LocalePage(
            head: head, keyDateLabelHTML: text("key-date-label").html, keyDate: format.longDate(campaign.editionDate),
            keyDateISO: campaign.editionDate.description, headlineHTML: headline.html, subheadlineHTML: subheadline.html,
            bodyHTML: SafeMarkdown(styles: [:]).html(strings["newsletter-body"] ?? ""),
            tipsHTML: campaign.messages.map(\.id).filter { $0.hasPrefix("tip-") }.map { text($0).html }.filter { !$0.isEmpty },
            action: campaign.website.map { LocalePage.Action(textHTML: text("call-to-action").html, href: $0, label: campaign.websiteLabel ?? $0) },
            help: LocalePage.Help(heading: labels["help"], lines: [
                .init(labelHTML: text("helpline-label").html, number: victimSupport.display, tel: "tel:" + victimSupport.e164),
                .init(labelHTML: text("emergency-label").html, number: site.state.helplines.emergency, tel: "tel:" + site.state.helplines.emergency),
            ]),
            calendar: LocalePage.Link(text: labels["add-to-calendar"], href: SitePaths.calendarDay),
            picture: socialLink.flatMap { download in
                guard case .picture(let width, let height) = download.kind else { return nil }
                let action = text("call-to-action").text
                return LocalePage.Picture(src: download.fileName, width: width, height: height, alt: action.isEmpty ? headline.text : "\(headline.text) – \(action)")
            },
            downloads: LocalePage.Downloads(
                heading: labels["downloads"], intro: labels["downloads-intro"],
                items: site.downloads.map { downloadItem($0, labels: labels, format: format) }),
            footerHTML: text("footer").html)
        return (page, labels)
    }

    /// A download as the list shows it: `Flyer (A5)`, `PDF for print (PDF/X-4), 1 MB`.
    private func downloadItem(_ download: Download, labels: SiteLabels.Lookup, format: LocaleFormat) -> LocalePage.Downloads.Item {
        let size = format.fileSize(download.bytes.count)
        let description: String, type: String
        switch download.kind {
        case .printPDF:
            description = labels["print-pdf"].replacingOccurrences(of: "{size}", with: size)
            type = "application/pdf"
        case .picture(let width, let height):
            description = labels["picture-png"].replacingOccurrences(of: "{width}", with: format.number(width))
                .replacingOccurrences(of: "{height}", with: format.number(height)).replacingOccurrences(of: "{size}", with: size)
            type = "image/png"
        case let .animation(kind, width, height):
            description = labels["animation-\(kind.rawValue)"].replacingOccurrences(of: "{width}", with: format.number(width))
                .replacingOccurrences(of: "{height}", with: format.number(height)).replacingOccurrences(of: "{size}", with: size)
            type = kind == .gif ? "image/gif" : "video/mp4"
        }
        return .init(name: labels[download.format.rawValue], description: description, href: download.fileName, type: type)
    }
}
