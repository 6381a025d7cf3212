import CampaignModel
import Diagnostics
import Posters

/// A printed design declares a bleed of at least 3 mm, the band past the trim that print shops
/// cut into. That the art really reaches it is `BleedArt`'s judgement.
public struct DeclaredBleed: DesignRule {
    public static let id: CheckID = "bleed"
    public static let summary = "a printed design declares no bleed, or less than 3 mm"
    /// What print shops ask: art 3 mm past the trim.
    public static let minimumMillimetres = 3.0

    public init() {}

    public func check(_ design: DesignUnderReview, into log: inout DiagnosticLog) {
        guard design.format.isPrinted else { return }
        let page = design.template.page, root = design.template.location(line: design.template.rootLine)
        let subject = Subject(format: design.format.rawValue)
        if let bleed = page.bleed {
            if page.millimetres(bleed) < Self.minimumMillimetres - 0.01 {
                log.report(.bleedTooNarrow(design.format, millimetres: page.millimetres(bleed)), about: subject, at: root)
            }
        } else {
            log.report(.bleedMissing(design.format), about: subject, at: root)
        }
    }
}

extension Diagnostic.Message {
    static func bleedTooNarrow(_ format: OutputFormat, millimetres: Double) -> Self {
        Self(DeclaredBleed.id, .error,
             "\(format.rawValue) is printed: its bleed of \(millimetres.oneDecimal) mm is less than the "
                + "\(DeclaredBleed.minimumMillimetres.oneDecimal) mm print shops cut into")
    }

    static func bleedMissing(_ format: OutputFormat) -> Self {
        Self(DeclaredBleed.id, .error,
             "\(format.rawValue) is printed: declare its bleed with data-bleed=\"3mm\" on the root <svg> and draw "
                + "the background art 3 mm past the page")
    }
}
