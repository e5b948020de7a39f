import Foundation
import XCTest

/// `docgen serve` over real HTTP: the bytes `docgen build` writes, the
/// headers, redirects, the 404 page, the base path, no way out of the site,
/// the port rules, and Ctrl-C.
final class ServeHTTPTests: XCTestCase {
    static let pages = [
        "content/index.md": "---\ntitle: Home\n---\n# Home\n\n[Intro](guide/intro.md) and ![logo](img/logo.svg)\n",
        "content/guide/index.md": "---\ntitle: Guide\n---\n# Guide\n",
        "content/guide/intro.md": "---\ntitle: Intro\n---\n# Intro\n\nHello.\n",
        "content/caf\u{E9}.md": "# Caf\u{E9}\n",
        "content/img/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    ]

    private let tag =
        #/<script src="/__docgen/live\.js" data-docgen-build="\d+"( data-docgen-not-found)?( data-docgen-moved="[^"]*")?></script>/#

    func testEveryFileIsServedAsBuildWritesItPlusTheScriptInPages() throws {
        let site = try ScratchSite(Self.pages)
        let built = try ScratchSite()
        XCTAssertEqual(try site.run(["build", "--output", built.root.path]).status, 0)
        let server = try ServeProcess(site)
        let files = built.tree().filter { !$0.hasSuffix("/") && !isFolder(built.url($0)) }
        XCTAssertGreaterThan(files.count, 8)
        for file in files {
            let expected = try Data(contentsOf: built.url(file))
            let path =
                "/"
                + file.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)! }
                .joined(separator: "/")
            let response = try server.get(path)
            XCTAssertEqual(response.status, 200, file)
            XCTAssertEqual(response.header("Cache-Control"), "no-store", file)
            if file.hasSuffix(".html") {
                XCTAssertEqual(response.header("Content-Type"), "text/html; charset=utf-8")
                let text = response.text
                XCTAssertEqual(text.matches(of: tag).count, 1, file)
                XCTAssertEqual(text.replacing(tag, with: ""), String(decoding: expected, as: UTF8.self), file)
                XCTAssertTrue(text.contains("</script></body>") || !text.contains("</body>"), file)
            } else {
                XCTAssertEqual(response.body, expected, file)
            }
        }
        XCTAssertEqual(try server.get("/docgen.css").header("Content-Type"), "text/css; charset=utf-8")
        XCTAssertEqual(try server.get("/img/logo.svg").header("Content-Type"), "image/svg+xml")
        XCTAssertEqual(try server.get("/search-index.json").header("Content-Type"), "application/json")
        XCTAssertEqual(try server.get("/docgen.js").header("Content-Type"), "text/javascript; charset=utf-8")
        XCTAssertEqual(server.interrupt().status, 0)
    }

    func testFoldersRedirectsHEADAndThe404Page() throws {
        let site = try ScratchSite(Self.pages)
        let server = try ServeProcess(site)
        let intro = try server.get("/guide/intro/")
        XCTAssertTrue(intro.text.contains("Hello."))
        let moved = try server.get("/guide/intro?x=1")
        XCTAssertEqual(moved.status, 301)
        XCTAssertEqual(moved.header("Location"), "/guide/intro/?x=1")
        XCTAssertEqual(try server.get("/caf%C3%A9/").status, 200)
        let head = try server.get("/guide/intro/", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.body.count, 0)
        XCTAssertEqual(head.header("Content-Length"), String(intro.body.count))
        XCTAssertEqual(head.header("Content-Type"), "text/html; charset=utf-8")
        let missing = try server.get("/no/such/page/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.header("Cache-Control"), "no-store")
        let notFoundPage = try XCTUnwrap(try server.get("/404.html").text.replacing(tag, with: ""))
        XCTAssertEqual(missing.text.replacing(tag, with: ""), notFoundPage, "the theme's 404 page")
        XCTAssertTrue(missing.text.contains("data-docgen-not-found"))
        XCTAssertEqual(try server.get("/guide/intro/", method: "POST").status, 405)
    }

    func testTheSiteIsServedUnderTheBasePath() throws {
        let site = try ScratchSite(Self.pages.merging(["docgen.yml": "base_url: https://example.com/docs\n"]) { $1 })
        let server = try ServeProcess(site)
        XCTAssertTrue(server.stdout.contains("at http://127.0.0.1:\(server.port)/docs/"), server.stdout)
        let root = try server.get("/")
        XCTAssertEqual(root.status, 302)
        XCTAssertEqual(root.header("Location"), "/docs/")
        XCTAssertEqual(try server.get("/docs").header("Location"), "/docs/")
        XCTAssertTrue(try server.get("/docs/guide/intro/").text.contains("Hello."))
        XCTAssertEqual(try server.get("/guide/intro/").status, 404)
        XCTAssertEqual(try server.get("/docs/docgen.css").status, 200)
        XCTAssertEqual(try server.get("/docs/sitemap.xml").header("Content-Type"), "application/xml")
    }

    func testDraftsAreServedOnlyWithTheDraftsFlag() throws {
        let site = try ScratchSite(
            Self.pages.merging(["content/wip.md": "---\ntitle: WIP\ndraft: true\n---\n# WIP\n"]) { $1 })
        XCTAssertEqual(try ServeProcess(site).get("/wip/").status, 404)
        XCTAssertEqual(try ServeProcess(site, arguments: ["--drafts"]).get("/wip/").status, 200)
    }

    // MARK: - No way out of the site

    /// A site folder with a secret file beside it, outside the site.
    private func siteBesideASecret() throws -> (ScratchSite, String) {
        let site = try ScratchSite(Self.pages)
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        try Data(secret.utf8).write(
            to: site.root.deletingLastPathComponent().appendingPathComponent(
                "docgen-secret-\(site.root.lastPathComponent).txt"))
        addTeardownBlock {
            try? FileManager.default.removeItem(
                at: site.root.deletingLastPathComponent().appendingPathComponent(
                    "docgen-secret-\(site.root.lastPathComponent).txt"))
        }
        return (site, secret)
    }

    private func assertNothingOutside(_ paths: [String], _ site: ScratchSite, _ secret: String, _ server: ServeProcess)
        throws
    {
        for path in paths {
            let response = try server.get(path)
            XCTAssertEqual(response.status, 404, path)
            XCTAssertFalse(response.text.contains(secret), path)
            XCTAssertFalse(response.text.contains("root:x:0:0"), path)
        }
    }

    func testDotDotSegmentsLeadNowhere() throws {
        let (site, secret) = try siteBesideASecret()
        let server = try ServeProcess(site)
        let name = "docgen-secret-\(site.root.lastPathComponent).txt"
        try assertNothingOutside(
            ["/../\(name)", "/guide/../../\(name)", "/../../../../../../etc/passwd", "/content/../\(name)"], site,
            secret, server)
    }

    func testPercentEncodedDotsLeadNowhere() throws {
        let (site, secret) = try siteBesideASecret()
        let server = try ServeProcess(site)
        let name = "docgen-secret-\(site.root.lastPathComponent).txt"
        try assertNothingOutside(
            [
                "/%2e%2e/\(name)", "/%2E%2E/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/guide/%2e%2e/%2e%2e/\(name)",
                "/.%2e/\(name)",
            ], site, secret, server)
    }

    func testEncodedSlashesLeadNowhere() throws {
        let (site, secret) = try siteBesideASecret()
        let server = try ServeProcess(site)
        let name = "docgen-secret-\(site.root.lastPathComponent).txt"
        try assertNothingOutside(
            ["/..%2f\(name)", "/%2e%2e%2f\(name)", "/guide%2fintro/", "/..%5c\(name)", "/%2f..%2f..%2fetc%2fpasswd"],
            site, secret, server)
    }

    func testSymlinksOutOfTheSiteAreNotServed() throws {
        let (site, secret) = try siteBesideASecret()
        let name = "docgen-secret-\(site.root.lastPathComponent).txt"
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/leak.txt").path, withDestinationPath: "../../\(name)")
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/up").path, withDestinationPath: site.root.deletingLastPathComponent().path)
        let server = try ServeProcess(site)
        try assertNothingOutside(["/leak.txt", "/up/\(name)", "/up/"], site, secret, server)
        XCTAssertTrue(server.stdout.contains("unsafe-symlink"), "reported as docgen build reports it: \(server.stdout)")
    }

    // MARK: - Ports, Ctrl-C, nothing written

    func testAGivenPortThatIsTakenIsExitStatusTwo() throws {
        let site = try ScratchSite(Self.pages)
        let holder = try PortHolder(port: 0)
        let server = try ServeProcess(rawArguments: ["serve", ".", "--port", String(holder.port)], in: site.root)
        XCTAssertEqual(server.waitForExit(), 2)
        XCTAssertTrue(server.stderr.contains("port \(holder.port)") && server.stderr.contains("in use"), server.stderr)
    }

    func testAMissingSiteFolderIsExitStatusTwo() throws {
        let folder = try ScratchSite()
        let server = try ServeProcess(rawArguments: ["serve", "no-such-site", "--port", "0"], in: folder.root)
        XCTAssertEqual(server.waitForExit(), 2)
        XCTAssertTrue(server.stderr.contains("no site folder"), server.stderr)
    }

    func testWithoutPortTheNextFreeOneAfter8000IsUsed() throws {
        let site = try ScratchSite(Self.pages)
        let holder = try? PortHolder(port: 8000)  // when this fails, 8000 is taken already
        let server = try ServeProcess(rawArguments: ["serve", "."], in: site.root)
        XCTAssertTrue(server.waitForOutput({ $0.contains("serving") }, in: "stdout", timeout: 120), server.stderr)
        let port = try XCTUnwrap(server.stdout.firstMatch(of: #/127\.0\.0\.1:(\d+)\//#).flatMap { UInt16($0.1) })
        XCTAssertGreaterThan(port, 8000)
        XCTAssertEqual(try RawHTTP.request("GET", "/guide/intro/", port: port).status, 200)
        XCTAssertEqual(server.interrupt().status, 0)
        _ = holder
    }

    func testCtrlCExitsZeroAtOnceAndNothingIsWritten() throws {
        let site = try ScratchSite(Self.pages)
        let before = site.tree()
        let server = try ServeProcess(site)
        let stream = try server.events()
        try site.write("content/guide/intro.md", "---\ntitle: Intro\n---\n# Intro\n\nChanged.\n")
        XCTAssertNotNil(stream.wait(for: "build"))
        let (status, seconds) = server.interrupt()
        XCTAssertEqual(status, 0)
        XCTAssertLessThan(seconds, 2)
        XCTAssertFalse(
            server.stderr.contains("Fatal") || server.stderr.contains("Stack") || server.stderr.contains("0x"),
            server.stderr)
        XCTAssertEqual(site.tree(), before, "no public/, no .docgen-cache/: the site lives in memory")
    }

    private func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }
}
