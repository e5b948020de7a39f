// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "docgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docgen", targets: ["docgen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
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
        /// The pipeline: config, pages, site index, link checking, templates, output.
        .target(
            name: "DocgenCore",
            dependencies: [
                "DocgenMarkdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "docgen",
            dependencies: [
                "DocgenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DocgenMarkdownTests", dependencies: ["DocgenMarkdown"]),
        .testTarget(name: "DocgenCoreTests", dependencies: ["DocgenCore"]),
        .testTarget(
            name: "DocgenEndToEndTests",
            // Not imported: depending on the executable makes SwiftPM build
            // `docgen` before these tests, which run it as a subprocess.
            dependencies: ["DocgenCore", "docgen"],
            exclude: ["Golden"]
        ),
    ]
)
