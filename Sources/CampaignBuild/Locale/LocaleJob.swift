import CampaignModel
import Checks
import Diagnostics
import Localization
import Foundation
import Newsletter
import Posters
import Raster
import Site
import TextLayout

/// Makes everything of one campaign in one locale: the SVG of each drawn format (posters,
/// flyers, social images), a PNG of those that have a resolution, the print PDFs, the
/// newsletter and the locale's page of the website.
struct LocaleJob: Sendable {
    let check: ProjectCheck
    let campaign: Campaign
    let locale: LocaleTag
    let state: MemberState
    let templates: [String: Template]
    let newsletterDesigns: [String: NewsletterDesign]
    /// The colour profiles of the print PDFs: present whenever the campaign prints, unless the
    /// build makes no print PDFs.
    let printProfiles: PrintProfiles?
    /// Whether every print PDF carries crop marks, as `--print-marks` asks.
    let printMarks: Bool
    /// Whether the social formats whose designs move are also made as animations.
    let motion: Bool
    /// Link texts the locale's newsletter may not use ("click here", "hier klicken").
    let vagueLinkTexts: [String]
    /// The maker of the website's pages, when the project makes a site.
    let site: SiteMaker?

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

    func make(engine: TextLayoutEngine) -> Result {
        var result = drawnFormats(engine: engine)
        if campaign.formats.contains(.newsletter), let design = newsletterDesigns[campaign.newsletterDesign] {
            newsletter(design, into: &result)
        }
        if result.artifacts.contains(where: { $0.animations != nil }) { posts(into: &result) }
        if campaign.formats.contains(.site), let site { sitePage(site, into: &result) }
        return result
    }

    private func drawnFormats(engine: TextLayoutEngine) -> Result {
        var result = Result()
        let content = PosterContent(campaign: campaign, locale: locale, state: state)
        for format in campaign.formats where format.isDrawn {
            guard let template = templates[check.templatePath(campaign, format)] else { continue }
            let layout = PosterLayout(template: template, content: content, format: format)
            let poster = layout.layOut(engine: engine)
            var found = DiagnosticLog()
            CheckRegistry.check(PosterUnderReview(layout: layout, poster: poster), into: &found)
            result.log.append(contentsOf: found)
            guard !found.hasErrors else { continue }
            let svg: SVGPosterWriter.Output
            do throws(TemplateError) {
                svg = try SVGPosterWriter(template: template, content: content, images: check.images(for: campaign))
                    .write(poster, engine: engine)
            } catch {
                result.log.error(.render, error.message, about: poster.subject, at: SourceLocation(file: template.path))
                continue
            }
            result.files.append(OutputFile(path: path(format, "svg"), bytes: svg.svg))
            result.drawings[format] = svg.drawing
            var entry = BuildReport.ArtifactEntry(path: path(format, "svg"), poster: poster)
            let review = CheckRegistry.check(DrawnPoster(
                poster: poster, template: template, background: svg.background,
                backgroundWithBleed: format.isPrinted ? svg.backgroundWithBleed : nil))
            result.log.append(contentsOf: review.log)
            for (index, ratio) in review.contrasts { entry.slots[index].contrast = (ratio * 100).rounded() / 100 }
            if let dpi = format.pngDotsPerInch {
                let size = template.page.pixels(atDPI: dpi)
                let options = PNGOptions(dotsPerInch: dpi, title: content.value("headline"), language: locale.description)
                let moves = motion && !format.animations.isEmpty ? template.motion : nil
                do throws(RasterError) {
                    // An animation ends on the picture itself, so it is kept when one is made.
                    let image = moves == nil ? nil : try Rasterizer.image(fromSVG: svg.drawing, width: size.width, height: size.height)
                    let png: [UInt8]
                    if let image {
                        png = try Rasterizer.png(from: image, options: options)
                    } else {
                        // A printed format's thumbnail comes from the same reading of the drawing.
                        let renditions = [PNGRendition(width: size.width, height: size.height, options: options)]
                            + (format.isPrinted ? [Self.thumbnailRendition(template.page)] : [])
                        let pngs = try Rasterizer.pngs(fromSVG: svg.drawing, renditions: renditions)
                        png = pngs[0]
                        if pngs.count > 1 { add(thumbnail: pngs[1], format: format, entry: &entry, into: &result) }
                    }
                    result.files.append(OutputFile(path: path(format, "png"), bytes: png))
                    entry.png = BuildReport.PNGEntry(path: path(format, "png"), width: size.width, height: size.height, dotsPerInch: dpi)
                    if let moves, let image {
                        animate(svg.drawing, motion: moves, finished: image, template: template, poster: poster, format: format, entry: &entry, into: &result)
                    }
                } catch {
                    result.log.error(.render, "\(error)", about: poster.subject, at: SourceLocation(file: template.path))
                }
            }
            if format.isPrinted, let background = svg.backgroundWithBleed {
                printPDF(
                    background, svg: svg.svg, engine: engine, template: template, poster: poster, format: format, title: content.value("headline") ?? campaign.title,
                    entry: &entry, into: &result)
            }
            if format.isPrinted, entry.thumbnail == nil {
                thumbnail(of: svg.drawing, template: template, poster: poster, format: format, entry: &entry, into: &result)
            }
            result.artifacts.append(entry)
        }
        return result
    }

    /// Where a drawn format's file of this locale goes.
    func path(_ format: OutputFormat, _ ext: String) -> String {
        OutputLayout.artifact(campaign: campaign.id, locale: locale.description, format: format, ext: ext)
    }

    /// The width of the contact sheet's thumbnails, in pixels (shown at half that, for sharp screens).
    static let thumbnailWidth = 240

    /// The contact sheet's thumbnail of a page: `thumbnailWidth` pixels wide, in the page's proportions.
    static func thumbnailRendition(_ page: PageGeometry) -> PNGRendition {
        let width = thumbnailWidth
        let height = Int((Double(width) * page.heightInPoints / page.widthInPoints).rounded())
        return PNGRendition(width: width, height: height, options: PNGOptions(dotsPerInch: Double(width) / (page.widthInPoints / 72)))
    }

    /// A small PNG of a poster or flyer for the contact sheet, for a format that makes no PNG of
    /// its own to make it with.
    private func thumbnail(
        of drawing: [UInt8], template: Template, poster: LaidOutPoster, format: OutputFormat, entry: inout BuildReport.ArtifactEntry,
        into result: inout Result
    ) {
        let rendition = Self.thumbnailRendition(template.page)
        do throws(RasterError) {
            let png = try Rasterizer.png(fromSVG: drawing, width: rendition.width, height: rendition.height, options: rendition.options)
            add(thumbnail: png, format: format, entry: &entry, into: &result)
        } catch {
            result.log.error(.render, "cannot make the thumbnail: \(error)", about: poster.subject, at: SourceLocation(file: template.path))
        }
    }

    private func add(thumbnail png: [UInt8], format: OutputFormat, entry: inout BuildReport.ArtifactEntry, into result: inout Result) {
        let path = OutputLayout.thumbnail(campaign: campaign.id, locale: locale.description, format: format)
        result.files.append(OutputFile(path: path, bytes: png))
        entry.thumbnail = path
    }
}

/// A file the build writes, by its path under the output folder.
struct OutputFile: Sendable {
    let path: String
    let bytes: [UInt8]
}
