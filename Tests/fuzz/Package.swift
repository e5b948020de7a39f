// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for docgen, kept out of the main package: CI builds that
/// from scratch, and these executables have no `main` (libFuzzer supplies it).
/// The product's modules are the main package's own sources, reached through
/// the symbolic links in Sources/ (the main package exports no libraries).
/// Build and run with `Tests/fuzz/run.sh SECONDS`; see README.md.
let package = Package(
    name: "docgen-fuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0")
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark"),
        .target(name: "DocgenMarkdown", dependencies: ["CCmark"]),
        .target(name: "DocgenMustache"),
        .target(
            name: "DocgenCore",
            dependencies: ["DocgenMarkdown", "DocgenMustache", .product(name: "Yams", package: "Yams")]
        ),
        /// What the targets share: the file's lines, as CommonMark and YAML count them.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["DocgenCore", "FuzzSupport"]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["DocgenMarkdown", "FuzzSupport"]),
        .executableTarget(name: "FuzzMustache", dependencies: ["DocgenMustache", "FuzzSupport"]),
        .executableTarget(name: "FuzzLinkTarget", dependencies: ["DocgenCore"]),
    ]
)
