import CampaignModel
import Checks
import Diagnostics
import Localization
import Foundation
import Newsletter
import Posters
import Raster
import TextLayout

/// Makes everything of one campaign in one locale: the SVG of each drawn format (posters,
/// flyers, social images), a PNG of those that have a resolution, and the newsletter.
struct LocaleJob: Sendable {
    let check: ProjectCheck
    let campaign: Campaign
    let locale: LocaleTag
    let state: MemberState
    let templates: [String: Template]
    let newsletterDesigns: [String: NewsletterDesign]

    /// What one job made: the files, relative to the output folder, what the report says about
    /// them, and what it found.
    struct Result: Sendable {
        var files: [OutputFile] = []
        var artifacts: [BuildReport.ArtifactEntry] = []
        var log = DiagnosticLog()
        var newsletter: BuildReport.NewsletterEntry?
        /// Each drawn format's SVG without its invisible text, for rendering.
        var drawings: [OutputFormat: [UInt8]] = [:]
    }

    func run(engine: TextLayoutEngine) -> Result {
        var result = drawnFormats(engine: engine)
        if campaign.formats.contains(.newsletter), let design = newsletterDesigns[campaign.design] {
            newsletter(design, into: &result)
        }
        return result
    }

    private func drawnFormats(engine: TextLayoutEngine) -> Result {
        var result = Result()
        let content = PosterContent(campaign: campaign, locale: locale, state: state)
        for format in campaign.formats where format.isDrawn {
            guard let template = templates[check.templatePath(campaign, format)] else { continue }
            let errorsBefore = result.log.errorCount
            let poster = PosterLayout(template: template, content: content, format: format).run(engine: engine, log: &result.log)
            guard result.log.errorCount == errorsBefore else { continue }
            let stem = "\(campaign.id)/\(locale)/\(format.rawValue)"
            let svg: SVGPosterWriter.Output
            do throws(TemplateError) {
                svg = try SVGPosterWriter(template: template, content: content, images: check.images(for: campaign))
                    .write(poster, engine: engine)
            } catch {
                result.log.error("\(poster.artifact): \(error.message)", at: SourceLocation(file: template.path))
                continue
            }
            result.files.append(OutputFile(path: stem + ".svg", bytes: svg.svg))
            result.drawings[format] = svg.drawing
            var entry = BuildReport.ArtifactEntry(path: stem + ".svg", poster: poster)
            judgeContrast(of: poster, background: svg.background, template: template, entry: &entry, log: &result.log)
            if let dpi = format.pngDotsPerInch {
                let size = template.page.pixels(atDPI: dpi)
                let options = PNGOptions(dotsPerInch: dpi, title: content.value("headline"), language: locale.description)
                do throws(RasterError) {
                    let png = try Rasterizer.png(fromSVG: svg.drawing, width: size.width, height: size.height, options: options)
                    result.files.append(OutputFile(path: stem + ".png", bytes: png))
                    entry.png = BuildReport.PNGEntry(path: stem + ".png", width: size.width, height: size.height, dotsPerInch: dpi)
                } catch {
                    result.log.error("\(poster.artifact): \(error)", at: SourceLocation(file: template.path))
                }
            }
            result.artifacts.append(entry)
        }
        return result
    }
}

extension LocaleJob {
    /// The resolution the background behind text is rendered at for judging contrast: enough
    /// to see a gradient or a photograph, cheap enough for every slot of every poster.
    static let contrastDotsPerInch = 72.0

    /// Measures each slot's text colour against the pixels behind its box (WCAG 2.2, 1.4.3),
    /// records the ratio in the report and logs an error below the minimum for its size.
    private func judgeContrast(
        of poster: LaidOutPoster, background: [UInt8], template: Template, entry: inout BuildReport.ArtifactEntry,
        log: inout DiagnosticLog
    ) {
        let size = template.page.pixels(atDPI: Self.contrastDotsPerInch)
        let image: RasterImage
        do throws(RasterError) {
            image = try Rasterizer.image(fromSVG: background, width: size.width, height: size.height)
        } catch {
            log.error("\(poster.artifact): cannot render the background to judge contrast: \(error)", at: SourceLocation(file: template.path))
            return
        }
        let scale = Double(size.width) / template.page.viewBox.width
        for (index, slot) in poster.slots.enumerated() {
            let box = slot.slot.boxInRoot, origin = template.page.viewBox
            let text = Color(hex: slot.fill).map { (red: $0.red, green: $0.green, blue: $0.blue) } ?? (0, 0, 0)
            guard let ratio = Contrast.worst(
                text: text, on: image, x: Int(((box.x - origin.x) * scale).rounded()), y: Int(((box.y - origin.y) * scale).rounded()),
                width: Int((box.width * scale).rounded()), height: Int((box.height * scale).rounded()))
            else { continue }
            entry.slots[index].contrast = (ratio * 100).rounded() / 100
            let required = Contrast.required(sizeInPoints: slot.size, weight: slot.weight)
            if ratio < required {
                log.error(
                    "\(poster.artifact): slot '\(slot.slot.name)': text \(slot.fill) has a contrast of "
                        + "\(String(format: "%.2f", ratio)):1 against its background; WCAG 2.2 (1.4.3) asks for "
                        + "\(required == 3 ? "3" : "4.5"):1 at \(String(format: "%.1f", slot.size)) pt",
                    at: template.location(line: slot.slot.line))
            }
        }
    }

    /// The thumbnail's size: 160 x 227 CSS pixels in the newsletter, drawn at twice that for
    /// sharp screens.
    static let thumbnailSize = (width: 320, height: 454)

    private func newsletter(_ design: NewsletterDesign, into result: inout Result) {
        let stem = "\(campaign.id)/\(locale)/"
        let artifact = "\(campaign.id)/\(locale)/newsletter"
        let drawings = result.drawings
        guard let flyer = drawings[.flyerA5] ?? campaign.formats.compactMap({ drawings[$0] }).first else {
            result.log.error("\(artifact): the newsletter shows the flyer, but the campaign makes no drawn format", at: campaign.location)
            return
        }
        let thumbnail: [UInt8]
        do throws(RasterError) {
            thumbnail = try Rasterizer.png(
                fromSVG: flyer, width: Self.thumbnailSize.width, height: Self.thumbnailSize.height,
                options: PNGOptions(dotsPerInch: 192, title: Localizer(campaign: campaign).strings(for: locale)["image-alt"], language: locale.description))
        } catch {
            result.log.error("\(artifact): \(error)", at: campaign.location)
            return
        }
        let content = NewsletterContent(campaign: campaign, locale: locale, state: state)
        let files = NewsletterWriter(design: design).write(content, thumbnail: thumbnail, date: newsletterDate)
        result.files += [
            OutputFile(path: stem + NewsletterWriter.thumbnailName, bytes: thumbnail),
            OutputFile(path: stem + "newsletter.html", bytes: files.html),
            OutputFile(path: stem + "newsletter.txt", bytes: files.text),
            OutputFile(path: stem + "newsletter.eml", bytes: files.eml),
        ]
        result.newsletter = BuildReport.NewsletterEntry(
            html: stem + "newsletter.html", text: stem + "newsletter.txt", eml: stem + "newsletter.eml",
            subject: content.subject, htmlBytes: files.html.count)
    }

    /// The Date of the .eml: `SOURCE_DATE_EPOCH` when set, for reproducible builds; otherwise
    /// 09:00 on the key date in the member state, never the clock.
    private var newsletterDate: Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: state.timeZone) ?? .gmt
        let day = campaign.editionDate
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 9)) ?? Date(timeIntervalSince1970: 0)
    }
}

/// A file the build writes, by its path under the output folder.
struct OutputFile: Sendable {
    let path: String
    let bytes: [UInt8]
}
