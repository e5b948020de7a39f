// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "docgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docgen", targets: ["docgen"])
    ],
    traits: [
        /// `docgen serve` needs FlyingFox, which imports Foundation's
        /// networking and so links libcurl: the static binary
        /// (`--disable-default-traits`) leaves it out to need only the C
        /// library and libcmark.
        .trait(name: "Serve", description: "The `docgen serve` preview server (FlyingFox)."),
        .default(enabledTraits: ["Serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        /// HTTP/1.1 for `docgen serve` (no dependencies of its own).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        /// Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        /// The only module that imports CCmark: parsing, positions, HTML.
        .target(name: "DocgenMarkdown", dependencies: ["CCmark"]),
        /// Mustache templates: parsing with line and column errors, and rendering
        /// over a closed set of value kinds (no `Any`, no dynamic casts).
        .target(name: "DocgenMustache"),
        /// The pipeline: config, pages, site index, link checking, templates, output.
        .target(
            name: "DocgenCore",
            dependencies: [
                "DocgenMarkdown",
                "DocgenMustache",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        /// `docgen serve`: HTTP (FlyingFox), file watching, server-sent events,
        /// the live-reload script; the site itself comes from DocgenCore's `SiteSession`.
        .target(
            name: "DocgenServe",
            dependencies: [
                "DocgenCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "docgen",
            dependencies: [
                "DocgenCore",
                .target(name: "DocgenServe", condition: .when(traits: ["Serve"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DocgenMarkdownTests", dependencies: ["DocgenMarkdown"]),
        .testTarget(name: "DocgenMustacheTests", dependencies: ["DocgenMustache"]),
        .testTarget(name: "DocgenCoreTests", dependencies: ["DocgenCore", "DocgenMustache"]),
        .testTarget(name: "DocgenServeTests", dependencies: ["DocgenServe", "DocgenCore"]),
        .testTarget(
            name: "DocgenEndToEndTests",
            // Not imported: depending on the executable makes SwiftPM build
            // `docgen` before these tests, which run it as a subprocess.
            dependencies: ["DocgenCore", "docgen"],
            exclude: ["Golden"]
        ),
    ]
)
