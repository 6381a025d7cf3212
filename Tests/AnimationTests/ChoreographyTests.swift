@testable import Animation
import Posters
import Raster
import Testing

@Suite struct ChoreographyTests {
    static let entrances: [Entrance?] = [nil, Entrance(start: 1, effect: .slideStart, length: 0.5), Entrance(start: 1, effect: .slideUp, length: 0.5)]

    static func choreography(rightToLeft: Bool = false) -> Choreography {
        Choreography(motion: Motion(duration: 4, entrances: entrances.compactMap { $0 }), entrances: entrances, rightToLeft: rightToLeft, width: 1000, height: 500)
    }

    @Test func aLayerIsUnseenBeforeItsEntranceAndAtRestAfterIt() {
        let choreography = Self.choreography()
        #expect(choreography.placements(at: 0.99) == [.rest, nil, nil])
        #expect(choreography.placements(at: 1.5) == [.rest, .rest, .rest])
        #expect(choreography.placements(at: 3.9) == [.rest, .rest, .rest])
    }

    /// Opacity only grows and the distance left only shrinks, ending where the layer rests.
    @Test func anEntranceMovesOneWayToItsPlace() throws {
        let choreography = Self.choreography()
        let steps = try stride(from: 1.0, to: 1.5, by: 0.02).map { try #require(choreography.placements(at: $0)[2]) }
        #expect(steps.first?.opacity == 0)
        #expect(steps.first?.offsetY == choreography.travel, "slide-up starts below its place")
        for (earlier, later) in zip(steps, steps.dropFirst()) {
            #expect(later.opacity > earlier.opacity)
            #expect(later.offsetY < earlier.offsetY && later.offsetY >= 0)
        }
        #expect(choreography.travel == 30, "6 % of the shorter side")
    }

    @Test func rightToLeftMirrorsHorizontalMovementOnly() throws {
        let leftToRight = try #require(Self.choreography().placements(at: 1.1)[1])
        let rightToLeft = try #require(Self.choreography(rightToLeft: true).placements(at: 1.1)[1])
        #expect(leftToRight.offsetX < 0, "in Latin, slide-start comes in from the left")
        #expect(rightToLeft.offsetX == -leftToRight.offsetX)
        #expect(rightToLeft.opacity == leftToRight.opacity)
        #expect(Self.choreography(rightToLeft: true).placements(at: 1.1)[2] == Self.choreography().placements(at: 1.1)[2])
    }

    /// 6 s at 30 fps settling at 2.2 s: 180 frames, of which 67 are composed (the last being the
    /// finished picture) and the other 113 repeated by the encoder.
    @Test func onlyTheFramesUntilTheMotionSettlesAreComposed() {
        let motion = Motion(duration: 6, entrances: [Entrance(start: 1.7, effect: .fade, length: 0.5)])
        let timing = FrameTiming(motion: motion, frameRate: 30)
        #expect(timing.total == 180 && timing.sent == 67)
        #expect(abs(timing.hold - 113.0 / 30) < 1e-9)
        #expect(timing.time(of: 66) >= motion.settled)
        #expect(FFmpegEncoder.seconds(timing.hold) == "3.767")
        #expect(FFmpegEncoder.rate(12.5) == "25/2" && FFmpegEncoder.rate(30) == "30")
    }
}
