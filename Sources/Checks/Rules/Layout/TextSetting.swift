import Diagnostics
import Posters

/// Every slot's text can be shaped: some font has its glyphs, and it is not absurdly long.
public struct TextSetting: LayoutRule {
    public static let id: CheckID = "text-setting"
    public static let summary = "a slot's text cannot be set: no font has its glyphs, or it is longer than any slot holds"

    public init() {}

    public func check(_ poster: PosterUnderReview, into log: inout DiagnosticLog) {
        for case let .cannotBeSet(slot, reason, location) in poster.poster.problems {
            log.report(.textSetting(slot.name, reason: reason, locale: poster.content.locale.description), about: poster.subject(slot: slot.name), at: location)
        }
    }
}

extension Diagnostic.Message {
    static func textSetting(_ slot: String, reason: String, locale: String) -> Self {
        Self(TextSetting.id, .error, "slot '\(slot)': \(reason) in \(locale)")
    }
}
