// swift-tools-version: 6.1
import PackageDescription

// Coverage-guided fuzzers (libFuzzer) for the readers that take text from people and tools
// outside the project. A package of its own, so that the project's `swift build` and
// `swift test` never build them: they only link with `-sanitize=fuzzer`. Scripts/fuzz builds
// and runs them; README.md beside this file says what each one feeds to which API.

/// The project's modules, through the library product of the package one folder up. The name
/// is given because SwiftPM otherwise names a path dependency after its folder, which differs
/// between checkouts.
let project = Target.Dependency.product(name: "CampaignCompiler", package: "campaign-compiler")

/// A fuzz target: one executable whose `@main` hands its test function to libFuzzer.
func fuzzer(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport", project])
}

let package = Package(
    name: "campaign-compiler-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "campaign-compiler", path: "..")],
    targets: [
        // libFuzzer's driver, declared for Swift; `-sanitize=fuzzer` links it.
        .systemLibrary(name: "CLibFuzzer"),
        // What the fuzzers share: the entry into libFuzzer, the checkout, a scratch project, the
        // campaigns to import into.
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", project]),
        fuzzer("SpecFuzzer"),
        fuzzer("StringsFuzzer"),
        fuzzer("TemplateFuzzer"),
        fuzzer("XLIFFFuzzer"),
        fuzzer("POFuzzer"),
        fuzzer("MarkdownFuzzer"),
        fuzzer("MessageFormatFuzzer"),
    ]
)
