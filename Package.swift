// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "campaign-compiler",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "campaign", targets: ["CampaignCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Compiler-style diagnostics (`path:line:column: error: message`) shared by every stage.
        .target(name: "Diagnostics"),
        // The campaign model and the loading of specs, strings and member states from YAML.
        .target(name: "CampaignModel", dependencies: ["Diagnostics", "Yams"]),
        // Message lookup per locale with fallback (locale -> language -> English) and its report.
        .target(name: "Localization", dependencies: ["CampaignModel", "Diagnostics"]),
        // Build orchestration: selection, validation, atomic writes into the output folder.
        .target(name: "CampaignBuild", dependencies: ["CampaignModel", "Localization", "Diagnostics"]),
        // The `campaign` command line: argument parsing and printing only.
        .executableTarget(
            name: "CampaignCommand",
            dependencies: [
                "CampaignBuild", "CampaignModel", "Localization", "Diagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "CampaignModelTests", dependencies: ["CampaignModel", "Diagnostics"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "CampaignModel", "Diagnostics"]),
        .testTarget(
            name: "CampaignBuildTests",
            dependencies: ["CampaignBuild", "CampaignModel", "Diagnostics"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CampaignCommandTests", dependencies: ["CampaignCommand"]),
    ]
)
