import CampaignModel
import Diagnostics
import Posters
import TextLayout

/// Makes the drawn formats (posters, flyers, social images) of one campaign in one locale.
struct PosterJob {
    let check: ProjectCheck
    let campaign: Campaign
    let locale: LocaleTag
    let state: MemberState
    let templates: [String: Template]

    /// The files, relative to the output folder, and what the report says about them.
    func run(engine: TextLayoutEngine, log: inout DiagnosticLog) -> [(file: OutputFile, entry: BuildReport.ArtifactEntry)] {
        let content = PosterContent(campaign: campaign, locale: locale, state: state)
        return campaign.formats.filter(\.isDrawn).compactMap { format -> (file: OutputFile, entry: BuildReport.ArtifactEntry)? in
            guard let template = templates[check.templatePath(campaign, format)] else { return nil }
            let errorsBefore = log.errorCount
            let poster = PosterLayout(template: template, content: content, format: format).run(engine: engine, log: &log)
            guard log.errorCount == errorsBefore else { return nil }
            let writer = SVGPosterWriter(template: template, content: content, images: check.images(for: campaign))
            let path = "\(campaign.id)/\(locale)/\(format.rawValue).svg"
            do throws(TemplateError) {
                let bytes = try writer.write(poster, engine: engine)
                return (OutputFile(path: path, bytes: bytes), BuildReport.ArtifactEntry(path: path, poster: poster))
            } catch {
                log.error("\(poster.artifact): \(error.message)", at: SourceLocation(file: template.path))
                return nil
            }
        }
    }
}

/// A file the build writes, by its path under the output folder.
struct OutputFile {
    let path: String
    let bytes: [UInt8]
}
