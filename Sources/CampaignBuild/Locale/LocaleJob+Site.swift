import CampaignModel
import Diagnostics
import Site

extension LocaleJob {
    /// The formats whose files the locale's page offers, in the order it lists them.
    static let downloadOrder: [OutputFormat] = [.posterA3, .flyerA5, .stickerRound, .socialSquare, .socialLink]

    /// The locale's page of the website, its not-found page and calendar day, and copies of its
    /// print PDFs and pictures to download, all under `site/<campaign>/<locale>/`.
    func sitePage(_ site: SiteMaker, into result: inout Result) {
        let files = Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        var downloads: [Download] = []
        for format in Self.downloadOrder where campaign.formats.contains(format) {
            guard let artifact = result.artifacts.first(where: { $0.path == path(format, "svg") }) else { continue }
            if let pdf = artifact.pdf, let bytes = files[pdf.path] {
                downloads.append(Download(format: format, kind: .printPDF, fileName: "\(format.rawValue).pdf", bytes: bytes))
            }
            if let png = artifact.png, let bytes = files[png.path] {
                downloads.append(Download(
                    format: format, kind: .picture(width: png.width, height: png.height), fileName: "\(format.rawValue).png", bytes: bytes))
            }
            for animation in artifact.animations ?? [] {
                guard let bytes = files[animation.path] else { continue }
                downloads.append(Download(
                    format: format, kind: .animation(animation.kind, width: animation.width, height: animation.height),
                    fileName: "\(format.rawValue).\(animation.kind.rawValue)", bytes: bytes))
            }
        }
        let made = site.files(of: LocaleSite(campaign: campaign, locale: locale, state: state, downloads: downloads))
        result.files += made.files.map { OutputFile(path: OutputLayout.site($0.path), bytes: $0.bytes) }
        if !made.missingLabels.isEmpty {
            result.log.warning(
                .siteLabels,
                "the website has no \(locale.language.englishName) labels for \(made.missingLabels.map { "'\($0)'" }.joined(separator: ", ")); the page shows them in English",
                about: .output(campaign: campaign.id, locale: locale.description, format: OutputFormat.site.rawValue),
                at: SourceLocation(file: site.design.folder + "/labels/\(locale.language).yaml"))
        }
    }
}
