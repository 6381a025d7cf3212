import CampaignModel
import Checks
import Diagnostics
import Foundation
import Localization
import Newsletter
import Raster

extension LocaleJob {
    /// The thumbnail's size: 160 x 227 CSS pixels in the newsletter, drawn at twice that for
    /// sharp screens.
    static let thumbnailSize = (width: 320, height: 454)

    func newsletter(_ design: NewsletterDesign, into result: inout Result) {
        let path = { (name: String) in OutputLayout.newsletterFile(campaign: campaign.id, locale: locale.description, name: name) }
        let subject = Subject.output(campaign: campaign.id, locale: locale.description, format: OutputFormat.newsletter.rawValue)
        let drawings = result.drawings
        guard let flyer = drawings[.flyerA5] ?? campaign.formats.compactMap({ drawings[$0] }).first else {
            // When the drawn formats failed, their own errors say why; only a campaign that
            // draws nothing at all is this mistake.
            if !campaign.formats.contains(where: \.isDrawn) {
                result.log.error(
                    .newsletterPicture, "the newsletter shows the flyer, but the campaign makes no drawn format", about: subject,
                    at: campaign.location)
            }
            return
        }
        let thumbnail: [UInt8]
        do throws(RasterError) {
            thumbnail = try Rasterizer.png(
                fromSVG: flyer, width: Self.thumbnailSize.width, height: Self.thumbnailSize.height,
                options: PNGOptions(dotsPerInch: 192, title: Localizer(campaign: campaign).strings(for: locale)["image-alt"], language: locale.description))
        } catch {
            result.log.error(.render, "\(error)", about: subject, at: campaign.location)
            return
        }
        let content = NewsletterContent(campaign: campaign, locale: locale, state: state)
        let files = NewsletterWriter(design: design).write(content, thumbnail: thumbnail, date: newsletterDate)
        result.files += [
            OutputFile(path: path(NewsletterWriter.thumbnailName), bytes: thumbnail),
            OutputFile(path: path("newsletter.html"), bytes: files.html),
            OutputFile(path: path("newsletter.txt"), bytes: files.text),
            OutputFile(path: path("newsletter.eml"), bytes: files.eml),
        ]
        let strings = Localizer(campaign: campaign).strings(for: locale)
        CheckRegistry.check(
            NewsletterUnderReview(
                html: files.html, subject: subject, vagueLinkTexts: vagueLinkTexts,
                imageDescription: strings.message("image-alt")?.location ?? campaign.location,
                body: strings.message("newsletter-body")?.location ?? campaign.location,
                design: SourceLocation(file: design.folder + "/newsletter.html.mustache")),
            into: &result.log)
        result.newsletter = BuildReport.NewsletterEntry(
            html: path("newsletter.html"), text: path("newsletter.txt"), eml: path("newsletter.eml"),
            subject: content.subject, htmlBytes: files.html.count)
    }

    /// The Date of the .eml: `SOURCE_DATE_EPOCH` when set, for reproducible builds; otherwise
    /// 09:00 on the key date in the member state, never the clock.
    private var newsletterDate: Date {
        if let date = SourceDateEpoch.date() { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: state.timeZone) ?? .gmt
        let day = campaign.editionDate
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 9)) ?? Date(timeIntervalSince1970: 0)
    }
}
