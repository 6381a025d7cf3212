import Animation
import CampaignModel
import Diagnostics
import Posters
import Raster

extension LocaleJob {
    /// The animations of a social format whose design moves, ending on its static picture
    /// `finished`: GIF and MP4 as the format asks, all encoded from the same frames.
    func animate(
        _ drawing: [UInt8], motion: Motion, finished: RasterImage, template: Template, poster: LaidOutPoster, format: OutputFormat,
        entry: inout BuildReport.ArtifactEntry, into result: inout Result
    ) {
        let files = format.animations.map { kind -> (AnimationKind, AnimationFile) in
            switch kind {
            case .gif: (kind, .gif(width: Self.gifSide(finished.width), height: Self.gifSide(finished.height)))
            case .mp4: (kind, .mp4)
            }
        }
        let made: [AnimationFile: [UInt8]]
        do throws(AnimationError) {
            let layers: [MotionLayer]
            do throws(TemplateError) { layers = try MotionLayer.layers(of: drawing) } catch { throw .drawing(error.message) }
            made = try Animator(motion: motion, rightToLeft: locale.language.writesRightToLeft)
                .animate(layers, drawing: drawing, finished: finished, files: files.map { $0.1 })
        } catch {
            result.log.error(.render, "cannot make the animation: \(error)", about: poster.subject, at: SourceLocation(file: template.path))
            return
        }
        var entries: [BuildReport.AnimationEntry] = []
        for (kind, file) in files {
            guard let bytes = made[file] else { continue }
            let path = path(format, file.fileExtension)
            result.files.append(OutputFile(path: path, bytes: bytes))
            let size = file.size(framesWidth: finished.width, height: finished.height)
            entries.append(BuildReport.AnimationEntry(
                path: path, kind: kind, width: size.width, height: size.height, frameRate: file.frameRate, duration: motion.duration,
                bytes: bytes.count))
        }
        entry.animations = entries
    }

    /// A GIF's side for a picture's side: two thirds, even. GIFs are shown small (X and
    /// LinkedIn show them at most 600 px wide in a feed) and their size grows with every pixel
    /// of every frame; the MP4 keeps the full size, which Instagram wants.
    static func gifSide(_ side: Int) -> Int { Int((Double(side) * 2 / 3 / 2).rounded()) * 2 }

    /// `posts.txt`: for each animation, the text to give it where it is posted: the headline
    /// and the call to action as its alternative text, since the words in a moving picture
    /// cannot be read aloud.
    func posts(into result: inout Result) {
        let content = PosterContent(campaign: campaign, locale: locale, state: state)
        // As the site's picture joins them: a headline need not end in a full stop.
        let description = ["headline", "call-to-action"].compactMap { content.value($0) }.filter { !$0.isEmpty }.joined(separator: " – ")
        var text = "# \(campaign.title), \(locale): the animated posts and their alternative text (paste it as the description).\n"
        for artifact in result.artifacts {
            guard let animations = artifact.animations, !animations.isEmpty else { continue }
            text += "\n" + animations.map { $0.path.split(separator: "/").last.map(String.init) ?? $0.path }.joined(separator: ", ") + "\n"
            text += description + "\n"
        }
        result.files.append(OutputFile(path: OutputLayout.posts(campaign: campaign.id, locale: locale.description), bytes: Array(text.utf8)))
    }
}
