import CampaignModel
import Diagnostics
import Posters

/// A poster of one locale as laid out, with what it was laid out from.
public struct PosterUnderReview: Sendable {
    public let layout: PosterLayout
    public let poster: LaidOutPoster

    public init(layout: PosterLayout, poster: LaidOutPoster) {
        self.layout = layout
        self.poster = poster
    }

    public var template: Template { layout.template }
    public var content: PosterContent { layout.content }

    /// The poster as findings name it, about one of its slots.
    func subject(slot: String) -> Subject {
        var subject = poster.subject
        subject.slot = slot
        return subject
    }
}
