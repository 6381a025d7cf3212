import Posters
import Raster

/// Where every layer of an animation is at any time: hidden before its entrance, coming in
/// during it (eased), at rest after it. Horizontal movement follows the reading direction.
public struct Choreography: Sendable {
    public let motion: Motion
    /// Each layer's entrance, `nil` for layers there from the start.
    public let entrances: [Entrance?]
    public let rightToLeft: Bool
    /// How far sliding layers travel, in pixels.
    public let travel: Double

    /// The scale a zooming layer starts from.
    static let zoomStart = 0.8
    /// How far sliding layers travel, as a share of the frame's shorter side.
    static let travelShare = 0.06

    public init(motion: Motion, entrances: [Entrance?], rightToLeft: Bool, width: Int, height: Int) {
        self.motion = motion
        self.entrances = entrances
        self.rightToLeft = rightToLeft
        travel = Double(min(width, height)) * Self.travelShare
    }

    /// Every layer's placement at `time` seconds: `nil` while it is not seen.
    public func placements(at time: Double) -> [FrameComposer.Placement?] {
        entrances.map { entrance in
            guard let entrance else { return .rest }
            guard time >= entrance.start else { return nil }
            guard entrance.length > 0, time < entrance.end else { return .rest }
            return placement(entrance.effect, progress: Self.easeOut((time - entrance.start) / entrance.length))
        }
    }

    /// The placement of a layer `progress` (0 to 1) of the way into its entrance.
    func placement(_ effect: Effect, progress: Double) -> FrameComposer.Placement {
        let remaining = 1 - progress
        let towardsEnd = rightToLeft ? -1.0 : 1.0
        return switch effect {
        case .fade: FrameComposer.Placement(opacity: progress)
        case .slideUp: FrameComposer.Placement(opacity: progress, offsetY: travel * remaining)
        case .slideDown: FrameComposer.Placement(opacity: progress, offsetY: -travel * remaining)
        case .slideStart: FrameComposer.Placement(opacity: progress, offsetX: -towardsEnd * travel * remaining)
        case .slideEnd: FrameComposer.Placement(opacity: progress, offsetX: towardsEnd * travel * remaining)
        case .zoom: FrameComposer.Placement(opacity: progress, scale: Self.zoomStart + (1 - Self.zoomStart) * progress)
        case .cut: .rest
        }
    }

    /// Fast at first, gentle at the end (a cubic ease-out), as things come to rest.
    static func easeOut(_ progress: Double) -> Double {
        let remaining = 1 - min(max(progress, 0), 1)
        return 1 - remaining * remaining * remaining
    }
}
