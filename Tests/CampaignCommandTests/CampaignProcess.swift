import Foundation

/// Runs the built `campaign` executable as a user would, capturing both output streams.
struct CampaignProcess {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable SwiftPM built beside this test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("campaign")
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the command with `environment` added to the test's own.
    static func run(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A copy of the repository's campaigns and assets to run commands in.
    static func copyOfRepository() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for folder in ["Campaigns", "Assets"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(folder), to: target.appendingPathComponent(folder))
        }
        return target
    }
}
