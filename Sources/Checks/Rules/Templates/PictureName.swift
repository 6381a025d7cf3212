import Diagnostics
import Posters

/// A picture slot's name is a plain file name, so it cannot point anywhere else.
public struct PictureName: TemplateUseRule {
    public static let id: CheckID = "picture-name"
    public static let summary = "a picture slot's name is not lower-case letters, digits and hyphens"

    public init() {}

    public func check(_ use: TemplateUse, into log: inout DiagnosticLog) {
        for slot in use.template.imageSlots where !ImageLibrary.isValidName(slot.name) {
            log.report(.pictureName(slot.name), about: use.subject, at: use.template.location(line: slot.line))
        }
    }
}

extension Diagnostic.Message {
    static func pictureName(_ name: String) -> Self {
        Self(PictureName.id, .error,
             "picture name '\(name)' must be lower-case letters, digits and hyphens (a file name without folder or extension)")
    }
}
