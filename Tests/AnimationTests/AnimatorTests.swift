import Animation
import Foundation
import PosterSamples
import Posters
import Raster
import Testing

@Suite struct AnimatorTests {
    @Test func aDrawingIsCutIntoLayersInPaintingOrder() throws {
        let layers = try MotionLayer.layers(of: AnimationSample.drawing)
        #expect(layers.map(\.entrance) == [nil, AnimationSample.motion.entrances[0], AnimationSample.motion.entrances[1], nil])
        let drawn = layers.map { layer in
            String(decoding: layer.svg, as: UTF8.self).components(separatedBy: "<rect").count - 1
                + String(decoding: layer.svg, as: UTF8.self).components(separatedBy: "<circle").count - 1
        }
        #expect(drawn == [1, 1, 1, 1], "each layer draws one shape of the four")
    }

    /// Painting the layers at rest gives the drawing again: the still bar over the circle stays over it.
    @Test func theLayersAtRestComposeTheDrawing() throws {
        let layers = try MotionLayer.layers(of: AnimationSample.drawing)
        let composer = try FrameComposer(layers: layers.map(\.svg), width: AnimationSample.width, height: AnimationSample.height)
        composer.compose(Array(repeating: .rest, count: layers.count))
        let finished = try AnimationSample.finished()
        let composed = composer.withFrame { Array($0) }
        let difference = zip(composed, finished.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 0
        #expect(difference <= 2)
    }

    /// Repainting only what changed gives the frames painting every frame whole gives.
    @Test func composingOnlyWhatChangedEqualsComposingWhole() throws {
        let layers = try MotionLayer.layers(of: AnimationSample.drawing)
        let running = try FrameComposer(layers: layers.map(\.svg), width: AnimationSample.width, height: AnimationSample.height)
        let choreography = Choreography(
            motion: AnimationSample.motion, entrances: layers.map(\.entrance), rightToLeft: false, width: AnimationSample.width,
            height: AnimationSample.height)
        for time in stride(from: 0.0, through: 1.2, by: 1.0 / 30) {
            let placements = choreography.placements(at: time)
            running.compose(placements)
            let fresh = try FrameComposer(layers: layers.map(\.svg), width: AnimationSample.width, height: AnimationSample.height)
            fresh.compose(placements)
            // pixman may round a moved, filtered layer a level or two apart when it paints a
            // clipped region rather than the whole frame (a pixel left from the frame before would
            // be far off: layers move and fade by more than that from frame to frame).
            let incremental = running.withFrame { Array($0) }, whole = fresh.withFrame { Array($0) }
            let differences = zip(incremental, whole).map { abs(Int($0) - Int($1)) }
            #expect(differences.max() ?? 0 <= 2, "at \(time) s")
            #expect(Double(differences.reduce(0, +)) / Double(differences.count) < 0.01, "at \(time) s")
        }
    }

    @Test func theGIFLoopsAtItsRateAndEndsOnTheFinishedPicture() throws {
        let (gif, _) = try Self.animate()
        defer { try? FileManager.default.removeItem(at: gif.deletingLastPathComponent()) }
        let stream = try FFmpegReader.videoStream(of: gif)
        #expect(stream["codec_name"] as? String == "gif")
        let durations = try FFmpegReader.frameDurations(of: gif)
        #expect(durations.count == 25, "2 s at 12.5 frames a second")
        #expect(durations.allSatisfy { abs($0 - 0.08) < 0.001 })
        let bytes = [UInt8](try Data(contentsOf: gif))
        #expect(bytes.starts(with: Array("GIF89a".utf8)))
        #expect(String(decoding: bytes, as: UTF8.self).contains("NETSCAPE2.0"), "it loops")
        let frames = try FFmpegReader.rgbFrames(of: gif, width: AnimationSample.width, height: AnimationSample.height)
        #expect(frames.count == 25)
        let finished = try AnimationSample.finished()
        #expect(Self.meanDifference(try #require(frames.last), finished) < 1)
        // At the start only the still layers show: where the box and the circle come, the background.
        let first = try #require(frames.first)
        #expect(Self.rgb(first, x: 30, y: 20) == [0x0B, 0x3D, 0x91])
        #expect(Self.rgb(first, x: 90, y: 45) == [0x0B, 0x3D, 0x91])
        #expect(Self.rgb(first, x: 90, y: 75) == [0x14, 0x21, 0x3D])
    }

    @Test func theMP4IsH264InYUV420WithItsIndexFirst() throws {
        let (_, mp4) = try Self.animate()
        defer { try? FileManager.default.removeItem(at: mp4.deletingLastPathComponent()) }
        let stream = try FFmpegReader.videoStream(of: mp4)
        #expect(stream["codec_name"] as? String == "h264")
        #expect(stream["pix_fmt"] as? String == "yuv420p")
        #expect(stream["r_frame_rate"] as? String == "30/1")
        #expect(stream["nb_frames"] as? String == "60")
        let bytes = [UInt8](try Data(contentsOf: mp4))
        let moov = try #require(bytes.firstRange(of: Array("moov".utf8)))
        let mdat = try #require(bytes.firstRange(of: Array("mdat".utf8)))
        #expect(moov.lowerBound < mdat.lowerBound, "faststart: the index comes before the media")
        let frames = try FFmpegReader.rgbFrames(of: mp4, width: AnimationSample.width, height: AnimationSample.height)
        #expect(Self.meanDifference(try #require(frames.last), try AnimationSample.finished()) < 4)
    }

    @Test func theSameDrawingGivesTheSameBytes() throws {
        let first = try Self.encoded(), second = try Self.encoded()
        #expect(first == second)
    }

    /// The bytes do not depend on the machine: encoded with ffmpeg confined to one core (it
    /// inherits the calling thread's cores), the files are those of ffmpeg free to use every
    /// core. (x264 left to choose its threads splits the work by the cores it sees.)
    @Test func theBytesDoNotDependOnHowManyCoresTheMachineHas() throws {
        let free = try Self.encoded()
        // A cpu_set_t: 1024 bits.
        var saved = [UInt64](repeating: 0, count: 16), one = [UInt64](repeating: 0, count: 16)
        #expect(sched_getaffinity(0, 128, &saved) == 0)
        one[0] = 1
        #expect(sched_setaffinity(0, 128, &one) == 0)
        defer { _ = sched_setaffinity(0, 128, &saved) }
        #expect(try Self.encoded() == free)
    }

    // MARK: - Helpers

    static func encoded() throws -> [AnimationFile: [UInt8]] {
        let layers = try MotionLayer.layers(of: AnimationSample.drawing)
        return try Animator(motion: AnimationSample.motion, rightToLeft: false).animate(
            layers, drawing: AnimationSample.drawing, finished: try AnimationSample.finished(),
            files: [.gif(width: AnimationSample.width, height: AnimationSample.height), .mp4])
    }

    /// The sample's GIF and MP4, written to a temporary folder of their own for the caller to remove.
    static func animate() throws -> (gif: URL, mp4: URL) {
        let made = try encoded()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("animation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let gif = folder.appendingPathComponent("sample.gif"), mp4 = folder.appendingPathComponent("sample.mp4")
        try Data(try #require(made[.gif(width: AnimationSample.width, height: AnimationSample.height)])).write(to: gif)
        try Data(try #require(made[.mp4])).write(to: mp4)
        return (gif, mp4)
    }

    static func rgb(_ frame: [UInt8], x: Int, y: Int) -> [UInt8] {
        let offset = (y * AnimationSample.width + x) * 3
        return Array(frame[offset..<offset + 3])
    }

    /// The mean difference of every channel between an RGB frame and an opaque cairo image.
    static func meanDifference(_ frame: [UInt8], _ image: RasterImage) -> Double {
        var total = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let pixel = image.pixel(x: x, y: y)
                let decoded = rgb(frame, x: x, y: y)
                total += abs(Int(decoded[0]) - Int(pixel.red)) + abs(Int(decoded[1]) - Int(pixel.green)) + abs(Int(decoded[2]) - Int(pixel.blue))
            }
        }
        return Double(total) / Double(image.width * image.height * 3)
    }
}

// glibc's, for the calling thread (pid 0); Swift's Glibc module leaves them out.
@_silgen_name("sched_getaffinity") private func sched_getaffinity(_ pid: Int32, _ size: Int, _ mask: UnsafeMutablePointer<UInt64>) -> Int32
@_silgen_name("sched_setaffinity") private func sched_setaffinity(_ pid: Int32, _ size: Int, _ mask: UnsafeMutablePointer<UInt64>) -> Int32
