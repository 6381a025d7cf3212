import Diagnostics
import Posters

/// A picture file that is a link leading out of the project (where the build must not read).
public struct PictureOutsideProject: TemplateUseRule {
    public static let id: CheckID = "picture-outside-project"
    public static let summary = "a picture is a link that leads outside the project"

    public init() {}

    public func check(_ use: TemplateUse, into log: inout DiagnosticLog) {
        let states = use.campaign.distribution.map(\.state)
        for slot in use.template.imageSlots where ImageLibrary.isValidName(slot.name) {
            guard let escape = states.lazy.flatMap({ use.images.escaping(slot.name, state: $0) }).first else { continue }
            log.report(
                .pictureOutsideProject(escape.path, target: escape.target, images: use.images),
                about: use.subject, at: use.template.location(line: slot.line))
        }
    }
}

extension Diagnostic.Message {
    static func pictureOutsideProject(_ path: String, target: String, images: ImageLibrary) -> Self {
        Self(PictureOutsideProject.id, .error,
             "\(path) leads outside the project (to \(target)); pictures must be files inside "
                + "\(images.campaignDirectory)/images or \(images.assetsDirectory)/images")
    }
}
