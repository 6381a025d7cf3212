import Foundation

/// Encodes raw frames with the `ffmpeg` program, fed through a pipe. The frames sent cover the
/// animation until it settles; ffmpeg holds the last one to the end (`tpad`), so the still
/// part costs neither composing nor sending. The MP4 converts its colours before the hold, so the
/// held frames are converted once; the GIF's palette is chosen from the frames sent and the
/// hold comes before the palette is applied, since `tpad` cannot repeat paletted frames (ffmpeg
/// would convert them back and lose the palette). Flags are chosen for byte-identical output on
/// any machine: no metadata, bit-exact muxers, x264 on one thread.
struct FFmpegEncoder {
    let width: Int
    let height: Int
    let frameRate: Double
    /// How long ffmpeg holds the last frame sent, in seconds.
    let hold: Double
    let file: AnimationFile

    /// The path of the ffmpeg program, looked up once on the `PATH`.
    static let program: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/ffmpeg" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs ffmpeg; `send` is called with a function that sends one frame (`height` rows of
    /// `width` BGRA pixels) and sends them all in order.
    func encode(
        _ send: ((UnsafeRawBufferPointer) throws(AnimationError) -> Void) throws(AnimationError) -> Void
    ) throws(AnimationError) -> [UInt8] {
        guard let program = Self.program else { throw .ffmpegMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-animation-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .ffmpeg(status: -1, message: "cannot make a temporary folder: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("animation.\(file.fileExtension)").path
        let messages = folder.appendingPathComponent("ffmpeg.log")
        _ = FileManager.default.createFile(atPath: messages.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments(output: output)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let log = try? FileHandle(forWritingTo: messages)
        process.standardError = log ?? FileHandle.nullDevice
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            throw .ffmpeg(status: -1, message: "cannot start \(program): \(error.localizedDescription)")
        }
        let writer = input.fileHandleForWriting
        var sendingFailed: AnimationError?
        do throws(AnimationError) {
            try send { (frame) throws(AnimationError) in try Self.write(frame, to: writer.fileDescriptor) }
        } catch {
            sendingFailed = error
        }
        try? writer.close()
        process.waitUntilExit()
        try? log?.close()
        let message = (try? String(contentsOf: messages, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard process.terminationStatus == 0 else { throw .ffmpeg(status: process.terminationStatus, message: message) }
        if let sendingFailed { throw sendingFailed }
        guard let bytes = FileManager.default.contents(atPath: output) else {
            throw .ffmpeg(status: 0, message: "ffmpeg wrote no \(file.fileExtension) file")
        }
        return [UInt8](bytes)
    }

    /// Writes a whole frame to the pipe, however many writes it takes.
    private static func write(_ frame: UnsafeRawBufferPointer, to descriptor: Int32) throws(AnimationError) {
        var offset = 0
        while offset < frame.count {
            let written = Foundation.write(descriptor, frame.baseAddress! + offset, frame.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .ffmpeg(status: -1, message: "ffmpeg stopped reading its frames (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
    }

    /// ffmpeg's command line: raw frames in, converted and held, encoded.
    func arguments(output: String) -> [String] {
        let input = [
            "-nostdin", "-hide_banner", "-loglevel", "error",
            "-f", "rawvideo", "-pixel_format", "bgra", "-video_size", "\(width)x\(height)", "-framerate", Self.rate(frameRate),
            "-i", "pipe:0",
        ]
        let hold = "tpad=stop_mode=clone:stop_duration=\(Self.seconds(self.hold))"
        let encoding: [String] = switch file {
        case .mp4:
            [
                "-filter_complex", "[0:v]format=yuv420p,\(hold)[out]", "-map", "[out]",
                // One encoding thread: x264 splits its work by the cores it sees, and the bytes with it.
                "-c:v", "libx264", "-preset", "superfast", "-tune", "animation", "-crf", "20", "-profile:v", "high", "-threads", "1",
                "-pix_fmt", "yuv420p", "-movflags", "+faststart",
            ]
        case .gif:
            [
                "-filter_complex",
                "[0:v]split[frames][sample];[sample]palettegen=stats_mode=full:reserve_transparent=0[palette];"
                    + "[frames]\(hold)[held];[held][palette]paletteuse=dither=none:diff_mode=rectangle[out]",
                "-map", "[out]", "-loop", "0",
            ]
        }
        return input + encoding + ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-y", output]
    }

    /// A frame rate as ffmpeg reads it (`30`, `25/2`).
    static func rate(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : "\(Int((value * 2).rounded()))/2"
    }

    /// Seconds to the millisecond, as ffmpeg reads a duration.
    static func seconds(_ value: Double) -> String {
        let milliseconds = Int((value * 1000).rounded())
        return "\(milliseconds / 1000).\(String(milliseconds % 1000).leftPadded(to: 3))"
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
