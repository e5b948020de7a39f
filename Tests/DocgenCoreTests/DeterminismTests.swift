import XCTest

@testable import DocgenCore

/// architecture.md: "a run on 1 core and on 16 gives the same bytes". Builds
/// one fixture with `DOCGEN_WORKERS=1` and with many workers and compares the
/// output trees and diagnostics byte for byte.
final class DeterminismTests: XCTestCase {
    private var savedWorkers: String?

    override func setUp() { savedWorkers = ProcessInfo.processInfo.environment["DOCGEN_WORKERS"] }

    override func tearDown() {
        if let savedWorkers { setenv("DOCGEN_WORKERS", savedWorkers, 1) } else { unsetenv("DOCGEN_WORKERS") }
    }

    /// Sixty pages in nested sections, cross-links (some broken), aliases, assets and a draft.
    private func makeSite() throws -> FixtureSite {
        let site = try FixtureSite(["docgen.yml": "title: Many\nbase_url: https://example.com/docs\n"])
        try site.addMinimalTheme()
        try site.write("content/index.md", "# Home\n\n[first](s0/p0.md)\n")
        for section in 0..<6 {
            for number in 0..<10 {
                let weight = number % 3 == 0 ? "weight: \(10 - number)\n" : ""
                let alias = number == 4 ? "aliases: [/old/s\(section)/]\n" : ""
                let draft = number == 9 ? "draft: true\n" : ""
                try site.write(
                    "content/s\(section)/p\(number).md",
                    """
                    ---
                    title: Page \(section).\(number)
                    \(weight)\(alias)\(draft)---
                    ## Part \(number)

                    [next](p\((number + 1) % 10).md#part-\((number + 1) % 10)) [up](../index.md) [bad](/s\(section)/p\(number + 20)/)
                    [draft](p9.md) ![img](/img/i\(section).png) [typo](#prt-\(number))

                    """)
            }
            try site.write("content/img/i\(section).png", "PNG \(section)")
        }
        return site
    }

    private func tree(_ site: FixtureSite, _ folder: String) -> [String: Data] {
        Dictionary(
            uniqueKeysWithValues: site.files(under: folder).map {
                ($0, FileManager.default.contents(atPath: site.url(folder + "/" + $0).path) ?? Data())
            })
    }

    private func build(_ site: FixtureSite, workers: String?, into output: String) throws -> [Diagnostic] {
        if let workers { setenv("DOCGEN_WORKERS", workers, 1) } else { unsetenv("DOCGEN_WORKERS") }
        return try site.build(output: output).diagnostics
    }

    func testOneWorkerAndManyWorkersWriteIdenticalSites() throws {
        let site = try makeSite()
        let one = try build(site, workers: "1", into: "out-1")
        XCTAssertEqual(Parallel.workerCount, 1)
        let many = try build(site, workers: "8", into: "out-8")
        let defaults = try build(site, workers: nil, into: "out-default")

        XCTAssertGreaterThan(one.count, 100, "the fixture should report many problems")
        XCTAssertEqual(one, many)
        XCTAssertEqual(one, defaults)
        let reference = tree(site, "out-1")
        XCTAssertEqual(
            reference.count, 6 * 9 + 1 + 6 + 6 + 6 + 1 + 4 + FixtureSite.builtInStaticFiles.count,
            "pages, sections, aliases, images, the CSS, sitemap.xml, robots.txt, 404.html, search-index.json"
                + " and the built-in theme's static files")
        XCTAssertEqual(tree(site, "out-8"), reference)
        XCTAssertEqual(tree(site, "out-default"), reference)
    }

    /// The built-in theme exercises the spliced sidebar and the spooled page
    /// bodies, whose work is also split across workers.
    func testBuiltInThemeGivesIdenticalSitesOnOneAndManyWorkers() throws {
        let site = try makeSite()
        try site.remove("templates")
        let one = try build(site, workers: "1", into: "out-1")
        let many = try build(site, workers: "8", into: "out-8")
        XCTAssertEqual(one, many)
        let reference = tree(site, "out-1")
        let themeStatic = DefaultTheme.files.keys.filter { $0.hasPrefix("static/") }.count
        XCTAssertEqual(reference.count, 6 * 9 + 1 + 6 + 6 + 6 + themeStatic + 4)
        XCTAssertEqual(tree(site, "out-8"), reference)
        let page = String(decoding: reference["s2/p3/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(page.contains("aria-current=\"page\""), "the sidebar marks the page")
        XCTAssertTrue(page.contains("<h2 id=\"part-3\">Part 3</h2>"), "the body came back from the spool")
    }
}
