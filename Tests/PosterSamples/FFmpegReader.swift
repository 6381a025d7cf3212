import Foundation

/// What ffmpeg's own tools read from an animation: ffprobe's streams and frame timings, and
/// frames decoded to RGB, for tests that check what a platform or a player gets from a file.
public enum FFmpegReader {
    /// ffprobe's description of the first video stream: `codec_name`, `pix_fmt`, `width`, ...
    public static func videoStream(of file: URL) throws -> [String: Any] {
        let json = try run("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_streams", "-of", "json", file.path])
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        return (object?["streams"] as? [[String: Any]])?.first ?? [:]
    }

    /// How long each frame shows, in seconds, as ffprobe reads the file.
    public static func frameDurations(of file: URL) throws -> [Double] {
        let json = try run("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_frames", "-show_entries", "frame=pkt_duration_time", "-of", "json", file.path])
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        return (object?["frames"] as? [[String: Any]] ?? []).compactMap { ($0["pkt_duration_time"] as? String).flatMap(Double.init) }
    }

    /// Every frame decoded to 8-bit RGB, `width * height * 3` bytes each.
    public static func rgbFrames(of file: URL, width: Int, height: Int) throws -> [[UInt8]] {
        let bytes = [UInt8](try run("ffmpeg", ["-v", "error", "-i", file.path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]))
        let size = width * height * 3
        return stride(from: 0, to: bytes.count - size + 1, by: size).map { Array(bytes[$0..<$0 + size]) }
    }

    private static func run(_ program: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
