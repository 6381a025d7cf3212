// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "campaign-compiler",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "campaign", targets: ["CampaignCommand"]),
        // Measures the PNG compression settings on the pack's flyers; see Benchmarks/README.md.
        .executable(name: "flyer-benchmark", targets: ["FlyerBenchmark"]),
        // Renders a list of PNGs in process with the build's settings: the raster floor.
        .executable(name: "raster-floor", targets: ["RasterFloor"]),
        // The modules the fuzzers in Fuzz/ call: another package can only import a package's
        // modules through a library product. Nothing in this package depends on it.
        .library(
            name: "CampaignCompiler",
            targets: [
                "CampaignModel", "Posters", "TranslationFiles", "Newsletter", "Diagnostics", "XML", "Localization",
                "CLDRPlurals",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // C libraries, each entering through pkg-config; Scripts/system-packages installs them.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CPango", path: "Sources/CPango", pkgConfig: "pangoft2",
            providers: [.apt(["libpango1.0-dev", "libharfbuzz-dev", "libfontconfig-dev"])]),
        .systemLibrary(
            name: "CRsvg", path: "Sources/CRsvg", pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev", "libcairo2-dev"])]),
        .systemLibrary(
            name: "CFontSubset", path: "Sources/CFontSubset", pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(
            name: "CLibPNG", path: "Sources/CLibPNG", pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"])]),
        .systemLibrary(
            name: "CICU", path: "Sources/CICU", pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]),
        // libhyphen has no pkg-config file: its module map links it by name.
        .systemLibrary(name: "CHyphen", path: "Sources/CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CQPDF", path: "Sources/CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        // zlib, to deflate the print PDFs' ICC profile once (ZIPFoundation has a CZLib module of its own).
        .systemLibrary(name: "CDeflate", path: "Sources/CDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libpng reports errors with longjmp, which Swift cannot catch: this C encoder does.
        .target(name: "CPNGEncoder", dependencies: ["CLibPNG"]),

        // Compiler-style diagnostics (`path:line:column: error: message`) shared by every stage.
        .target(name: "Diagnostics"),
        // libxml2 behind a small Swift API, locked down against network and entity expansion.
        // It must not import Foundation: libxml2's ICU headers clash with Foundation's.
        .target(name: "XML", dependencies: ["CLibXML2"]),
        // Word and line boundaries from ICU's dictionaries (Khmer, Lao, Myanmar, Chinese, Japanese).
        // It must not import Foundation: ICU's headers clash with it.
        .target(name: "TextSegmentation", dependencies: ["CICU"]),
        // Text shaping, bidi, line breaking, hyphenation and copy-fit with Pango, HarfBuzz,
        // fontconfig and libhyphen.
        .target(name: "TextLayout", dependencies: ["CPango", "CHyphen", "TextSegmentation"]),
        // SVG to PNG in process: librsvg onto a cairo surface, encoded with libpng.
        .target(name: "Raster", dependencies: ["CRsvg", "CFontSubset", "CPNGEncoder", "TextLayout"]),
        // The campaign website: a page per locale with its downloads, and the site's own pages.
        .target(name: "Site", dependencies: ["CampaignModel", "Localization", "Newsletter", "Schedule", "Pages", "XML", "Diagnostics", "Yams"]),
        // Print-ready PDF/X-4 from cairo's PDF with qpdf: the text's outlines, boxes, output
        // intent, XMP, the text layer made invisible.
        .target(name: "PrintPDF", dependencies: ["CQPDF", "CDeflate", "XML", "TextLayout"]),
        // Animated social posts: frames composed from a design's layers, encoded by ffmpeg.
        .target(name: "Animation", dependencies: ["Posters", "Raster"]),
        // The campaign model and the loading of specs, strings and member states from YAML.
        .target(name: "CampaignModel", dependencies: ["Diagnostics", "Yams", .product(name: "Crypto", package: "swift-crypto")]),
        // CLDR plural categories from ICU. It must not import Foundation: ICU's headers clash with it.
        .target(name: "CLDRPlurals", dependencies: ["CICU"]),
        // Message lookup per locale with fallback (locale -> language -> English), ICU
        // MessageFormat placeholders and plurals, and the report on translations.
        .target(name: "Localization", dependencies: ["CampaignModel", "Diagnostics", "CLDRPlurals"]),
        // Translation files for translators' tools: XLIFF 2.1 (libxml2) and gettext PO, written
        // with the room the layout measured and read back with every unit checked.
        .target(name: "TranslationFiles", dependencies: ["CampaignModel", "Localization", "CLDRPlurals", "Diagnostics", "XML", "Pages"]),
        // Posters and flyers as SVG: templates read with libxml2, slots set with TextLayout.
        .target(name: "Posters", dependencies: ["XML", "TextLayout", "CampaignModel", "Localization", "Diagnostics"]),
        // Every rule the build judges by, one per file, in one registry: translations, designs,
        // templates' use, laid-out and drawn posters, newsletters.
        .target(
            name: "Checks",
            dependencies: ["CampaignModel", "Localization", "CLDRPlurals", "Posters", "Raster", "Schedule", "XML", "Diagnostics"]),
        // The e-mail newsletter: HTML from Mustache templates and Markdown (Ink), a plain-text
        // twin, and a ready .eml.
        .target(
            name: "Newsletter",
            dependencies: [
                "CampaignModel", "Localization", "Diagnostics", "Yams", "XML",
                .product(name: "Ink", package: "Ink"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The HTML pages a build writes for people (contact sheet, translation status, schedule
        // timeline), rendered from the Mustache templates and the one stylesheet in Assets/pages/.
        .target(name: "Pages", dependencies: ["Diagnostics", .product(name: "Mustache", package: "swift-mustache")]),
        // The distribution schedule: business days, milestones, clashes; iCalendar, CSV, timeline;
        // the ledger of published event sequences.
        .target(name: "Schedule", dependencies: ["CampaignModel", "Diagnostics", "XML", "Yams", "Pages"]),
        // Build orchestration: selection, validation, atomic writes into the output folder.
        .target(
            name: "CampaignBuild",
            dependencies: [
                "CampaignModel", "Localization", "Posters", "TextLayout", "Raster", "Newsletter", "Checks", "Schedule",
                "TranslationFiles", "Pages", "PrintPDF", "Site", "Animation", "Diagnostics", "XML", .product(name: "Crypto", package: "swift-crypto"),
                "ZIPFoundation",
            ]),
        // The translation desk: translation files out and back in with the room the layout
        // measured, their status, and member states' choices of languages (`campaign strings`,
        // `campaign locales`).
        .target(
            name: "Translation",
            dependencies: [
                "CampaignBuild", "CampaignModel", "Localization", "Posters", "TextLayout", "TranslationFiles", "Diagnostics",
            ]),
        // `campaign preview`: serves the output folder, rebuilds on changes, reloads the page.
        .target(
            name: "Preview",
            dependencies: ["CampaignBuild", "CampaignModel", .product(name: "Hummingbird", package: "hummingbird")]),
        // The `campaign` command line: argument parsing and printing only.
        .executableTarget(
            name: "CampaignCommand",
            dependencies: [
                "CampaignBuild", "CampaignModel", "Checks", "Localization", "Translation", "TranslationFiles", "Diagnostics", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "FlyerBenchmark", dependencies: ["CampaignBuild", "CampaignModel", "Raster", "BenchmarkSupport"], path: "Benchmarks/FlyerBenchmark"),
        .target(name: "BenchmarkSupport", path: "Benchmarks/BenchmarkSupport"),
        .executableTarget(name: "RasterFloor", dependencies: ["Raster"], path: "Benchmarks/RasterFloor"),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "CampaignModelTests", dependencies: ["CampaignModel", "Diagnostics"]),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
        .testTarget(name: "XMLTests", dependencies: ["XML"]),
        // Sample campaigns and template fixtures the poster and check tests share.
        .target(
            name: "PosterSamples", dependencies: ["Posters", "Checks", "TextLayout", "CampaignModel", "Diagnostics"],
            path: "Tests/PosterSamples", exclude: ["Fixtures"]),
        .testTarget(name: "PostersTests", dependencies: ["Posters", "PosterSamples", "TextLayout", "XML", "CampaignModel", "Diagnostics"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "PosterSamples", "CampaignModel", "Diagnostics", "XML"]),
        .testTarget(name: "RasterTests", dependencies: ["Raster", "TextLayout", "PosterSamples"]),
        .testTarget(name: "AnimationTests", dependencies: ["Animation", "Posters", "Raster", "PosterSamples"]),
        .testTarget(name: "PrintPDFTests", dependencies: ["PrintPDF", "Raster", "TextLayout", "PosterSamples"]),
        .testTarget(
            name: "ChecksTests",
            dependencies: ["Checks", "PosterSamples", "Raster", "Posters", "CampaignModel", "Localization", "Diagnostics", "TextLayout"]),
        .testTarget(name: "NewsletterTests", dependencies: ["Newsletter", "CampaignModel", "Diagnostics"]),
        .testTarget(name: "PagesTests", dependencies: ["Pages", "Diagnostics"]),
        .testTarget(
            name: "ScheduleTests", dependencies: ["Schedule", "Pages", "CampaignModel", "Diagnostics"],
            exclude: ["Fixtures"]),
        .testTarget(name: "CLDRPluralsTests", dependencies: ["CLDRPlurals"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "Checks", "CampaignModel", "Diagnostics", "CLDRPlurals"]),
        .testTarget(
            name: "TranslationFilesTests",
            dependencies: ["TranslationFiles", "Pages", "CampaignModel", "Localization", "Diagnostics", "XML"]),
        .testTarget(
            name: "CampaignBuildTests",
            dependencies: [
                "CampaignBuild", "CampaignModel", "Checks", "Diagnostics", "PrintPDF", "Raster", "TextLayout", "Translation", "XML", "PosterSamples",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CampaignCommandTests", dependencies: ["CampaignCommand"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "CampaignBuild", "CampaignModel", .product(name: "Hummingbird", package: "hummingbird")]),
    ]
)
