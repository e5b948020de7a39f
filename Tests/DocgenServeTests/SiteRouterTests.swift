import XCTest

@testable import DocgenServe

/// How request paths map to the built site's files: folders, redirects, the
/// base path, and every way a path could try to leave the site.
final class SiteRouterTests: XCTestCase {
    private let files: Set<String> = [
        "index.html", "guide/index.html", "guide/intro/index.html", "docgen.css", "img/logo.png",
        "caf\u{E9}/index.html", "c#d/index.html", "404.html",
    ]

    private func router(base: String = "") -> SiteRouter {
        SiteRouter(basePath: base) { [files] in files.contains($0) }
    }

    func testFoldersServeTheirIndexAndFilesThemselves() {
        XCTAssertEqual(router().route(rawPath: "/", rawQuery: ""), .file("index.html"))
        XCTAssertEqual(router().route(rawPath: "/guide/intro/", rawQuery: ""), .file("guide/intro/index.html"))
        XCTAssertEqual(router().route(rawPath: "/docgen.css", rawQuery: ""), .file("docgen.css"))
        XCTAssertEqual(router().route(rawPath: "/guide/index.html", rawQuery: ""), .file("guide/index.html"))
    }

    func testAFolderWithoutItsSlashIsRedirectedKeepingTheQuery() {
        XCTAssertEqual(
            router().route(rawPath: "/guide/intro", rawQuery: ""), .redirect("/guide/intro/", permanent: true))
        XCTAssertEqual(router().route(rawPath: "/guide", rawQuery: "q=1"), .redirect("/guide/?q=1", permanent: true))
    }

    func testPercentEncodedNamesAreDecodedPerSegment() {
        XCTAssertEqual(router().route(rawPath: "/caf%C3%A9/", rawQuery: ""), .file("caf\u{E9}/index.html"))
        XCTAssertEqual(router().route(rawPath: "/c%23d/", rawQuery: ""), .file("c#d/index.html"))
        XCTAssertEqual(router().route(rawPath: "/img/%6cogo.png", rawQuery: ""), .file("img/logo.png"))
    }

    func testUnknownPathsAreNotFound() {
        XCTAssertEqual(router().route(rawPath: "/nope/", rawQuery: ""), .notFound)
        XCTAssertEqual(router().route(rawPath: "/nope", rawQuery: ""), .notFound)
        XCTAssertEqual(router().route(rawPath: "/docgen.css/", rawQuery: ""), .notFound)
    }

    func testDotSegmentsEncodedOrNotNeverResolve() {
        for path in [
            "/../etc/passwd", "/guide/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/etc/passwd",
            "/guide/%2e%2e/index.html", "/./index.html", "/%2e/index.html", "/guide/..",
        ] {
            XCTAssertEqual(router().route(rawPath: path, rawQuery: ""), .notFound, path)
        }
    }

    func testEncodedSlashesBackslashesNULAndBadEscapesNeverResolve() {
        for path in [
            "/guide%2Fintro/", "/guide%2fintro/index.html", "/..%2F..%2Fetc%2Fpasswd", "/guide%5Cintro/",
            "/index.html%00", "/%zz/", "/%", "/%C3/", "//etc/passwd", "/guide//intro/", "relative",
        ] {
            XCTAssertEqual(router().route(rawPath: path, rawQuery: ""), .notFound, path)
        }
    }

    func testTheSiteLivesUnderTheBasePathAndTheRootRedirectsThere() {
        let docs = router(base: "/docs")
        XCTAssertEqual(docs.route(rawPath: "/", rawQuery: ""), .redirect("/docs/", permanent: false))
        XCTAssertEqual(docs.route(rawPath: "/docs", rawQuery: ""), .redirect("/docs/", permanent: true))
        XCTAssertEqual(docs.route(rawPath: "/docs/", rawQuery: ""), .file("index.html"))
        XCTAssertEqual(docs.route(rawPath: "/docs/guide/intro/", rawQuery: ""), .file("guide/intro/index.html"))
        XCTAssertEqual(docs.route(rawPath: "/guide/intro/", rawQuery: ""), .notFound)
        XCTAssertEqual(docs.route(rawPath: "/docs/../docs/", rawQuery: ""), .notFound)
    }

    func testDocgensEndpointsAreOutsideTheBasePath() {
        XCTAssertEqual(router(base: "/docs").route(rawPath: "/__docgen/events", rawQuery: ""), .events)
        XCTAssertEqual(router().route(rawPath: "/__docgen/live.js", rawQuery: ""), .liveScript)
    }
}
