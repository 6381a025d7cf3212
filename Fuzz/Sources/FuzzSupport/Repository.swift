import Foundation

/// The checkout whose `Assets/` and `Campaigns/` the fuzzers read their fixed inputs from.
public enum Repository {
    /// `CAMPAIGN_ROOT` when it is set (Scripts/fuzz sets it), otherwise the nearest folder above
    /// the executable that holds `Assets/` and `Campaigns/`: the fuzzers are built into
    /// `Fuzz/.build/`, inside the checkout.
    public static let root: String = {
        if let root = ProcessInfo.processInfo.environment["CAMPAIGN_ROOT"], !root.isEmpty {
            guard isCheckout(root) else { fatalError("CAMPAIGN_ROOT=\(root) has no Assets/ and Campaigns/ folders") }
            return root
        }
        var folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if isCheckout(folder.path) { return folder.path }
            folder.deleteLastPathComponent()
        }
        fatalError("no checkout above the executable: set CAMPAIGN_ROOT to the repository's folder")
    }()

    public static var assetsDirectory: String { root + "/Assets" }
    public static var campaignsDirectory: String { root + "/Campaigns" }

    private static func isCheckout(_ path: String) -> Bool {
        ["Assets", "Campaigns"].allSatisfy { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
