import Foundation
import XCTest

/// `docgen serve` watching files: one `build` event per change (after the
/// rebuild), its JSON, editors' saves and `git checkout` as one rebuild,
/// folders created later, CSS-only changes, deleted and renamed pages, and a
/// broken `docgen.yml` or template while serving.
final class ServeRebuildTests: XCTestCase {
    private let intro = "content/guide/intro.md"

    private func page(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\n---\n# \(title)\n\n\(body)\n"
    }

    func testAnEditSendsOneBuildEventAfterWhichThePageHoldsIt() throws {
        let site = try ScratchSite(ServeHTTPTests.pages)
        let server = try ServeProcess(site)
        let stream = try server.events()
        XCTAssertTrue(stream.headers.contains("text/event-stream"), stream.headers)
        XCTAssertTrue(stream.headers.contains("Cache-Control: no-store"), stream.headers)
        try site.write(intro, page("Intro", "Brand new words."))
        let event = try XCTUnwrap(stream.wait(for: "build"))
        let json = event.json
        XCTAssertEqual(json["version"] as? Int, 1)
        XCTAssertEqual(json["build"] as? Int, 2)
        XCTAssertEqual(json["css_only"] as? Bool, false)
        XCTAssertEqual((json["diagnostics"] as? [Any])?.count, 0)
        XCTAssertTrue((json["changed"] as? [String] ?? []).contains("/guide/intro/"), event.data)
        XCTAssertTrue(try server.get("/guide/intro/").text.contains("Brand new words."))
        XCTAssertTrue(try server.get("/guide/intro/").text.contains("data-docgen-build=\"2\""))
        XCTAssertTrue(
            server.waitForOutput({ $0.contains("rebuilt") && $0.contains(": 0 errors, 0 warnings") }, in: "stderr"),
            server.stderr)
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertEqual(stream.events(named: "build").count, 1)
    }

    func testDiagnosticsAreExactlyWhatTheJSONFormatPrints() throws {
        let site = try ScratchSite(ServeHTTPTests.pages)
        let server = try ServeProcess(site)
        let stream = try server.events()
        try site.write(intro, page("Intro", "A [broken](nope.md) link and [an anchor](#nowhere)."))
        let event = try XCTUnwrap(stream.wait(for: "build"))
        let check = try site.run(["check", "--format", "json"])
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let served = try XCTUnwrap(event.json["diagnostics"] as? [[String: Any]])
        let wanted = try XCTUnwrap(expected["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(served.count, 2)
        XCTAssertEqual(served as NSArray, wanted as NSArray)
        // Each diagnostic object is byte for byte what --format json prints.
        for line in check.stdout.split(separator: "\n") where line.hasPrefix("    {") {
            XCTAssertTrue(event.data.contains(line.dropFirst(4)), String(line))
        }
        let sources = try XCTUnwrap(event.json["sources"] as? [[String: Any]])
        XCTAssertEqual(sources.first?["text"] as? String, "A [broken](nope.md) link and [an anchor](#nowhere).")
        XCTAssertTrue(
            server.waitForOutput({ $0.contains("content/guide/intro.md:6:3: error:") }, in: "stdout"), server.stdout)
        XCTAssertTrue(server.waitForOutput({ $0.contains(": 2 errors, 0 warnings") }, in: "stderr"), server.stderr)
        // Fixed: the next event has no diagnostics.
        try site.write(intro, page("Intro", "Fixed."))
        let fixed = try XCTUnwrap(stream.wait(for: "build", after: 1))
        XCTAssertEqual((fixed.json["diagnostics"] as? [Any])?.count, 0)
    }

    func testTheTerminalPrintsEachRebuildsDiagnosticsAndASummaryLine() throws {
        let site = try ScratchSite(ServeHTTPTests.pages)
        let server = try ServeProcess(site)
        let stream = try server.events()
        try site.write(intro, page("Intro", "[gone](/nowhere/)"))
        XCTAssertNotNil(stream.wait(for: "build"))
        try site.write(intro, page("Intro", "[gone](/nowhere/) and more text"))
        XCTAssertNotNil(stream.wait(for: "build", after: 1))
        let diagnostic = "content/guide/intro.md:6:1: error: `/nowhere/` matches no page of this site"
        XCTAssertTrue(
            server.waitForOutput({ $0.components(separatedBy: diagnostic).count == 3 }, in: "stdout"), server.stdout)
        XCTAssertTrue(
            server.waitForOutput({ $0.components(separatedBy: "docgen: rebuilt ").count == 3 }, in: "stderr"),
            server.stderr)
        XCTAssertTrue(server.stderr.contains(" ms: 1 error, 0 warnings"), server.stderr)
    }

    func testAnEditorsAtomicSaveIsOneRebuild() throws {
        let site = try ScratchSite(ServeHTTPTests.pages)
        let server = try ServeProcess(site)
        let stream = try server.events()
        let fm = FileManager.default
        // What vim does on :w with backups: swap file, probe file, backup by rename, new file, drop backup.
        try site.write("content/guide/.intro.md.swp", "swap")
        try site.write("content/guide/4913", "")
        try fm.removeItem(at: site.url("content/guide/4913"))
        try fm.moveItem(at: site.url(intro), to: site.url("content/guide/intro.md~"))
        try site.write(intro, page("Intro", "Saved by an editor."))
        try fm.removeItem(at: site.url("content/guide/intro.md~"))
        try site.write("content/guide/.intro.md.swp", "swap 2")
        XCTAssertNotNil(stream.wait(for: "build"))
        Thread.sleep(forTimeInterval: 0.7)
        XCTAssertEqual(stream.events(named: "build").count, 1, stream.events.map(\.data).joined(separator: "\n"))
        XCTAssertTrue(try server.get("/guide/intro/").text.contains("Saved by an editor."))
        // What other editors do: a temp file renamed over the page.
        try site.write("content/guide/intro.md.tmp~", page("Intro", "Saved again."))
        try fm.removeItem(at: site.url(intro))
        try fm.moveItem(at: site.url("content/guide/intro.md.tmp~"), to: site.url(intro))
        XCTAssertNotNil(stream.wait(for: "build", after: 1))
        Thread.sleep(forTimeInterval: 0.7)
        XCTAssertEqual(stream.events(named: "build").count, 2, stream.events.map(\.data).joined(separator: "\n"))
        XCTAssertTrue(try server.get("/guide/intro/").text.contains("Saved again."))
        XCTAssertEqual(try server.get("/guide/intro.md~").status, 404)
        // Swap files alone start nothing.
        try site.write("content/guide/.intro.md.swp", "swap 3")
        try site.write("content/guide/#intro.md#", "emacs auto-save")
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertEqual(stream.events(named: "build").count, 2)
    }

    func testAGitCheckoutOfHundredsOfFilesIsOneRebuild() throws {
        var files = ServeHTTPTests.pages
        for index in 0..<300 { files["content/many/p\(index).md"] = page("Page \(index)", "Version one.") }
        let site = try ScratchSite(files)
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", site.root.path] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, arguments.joined(separator: " "))
        }
        try git("init", "-q", "-b", "one")
        try git("add", "-A")
        try git("commit", "-qm", "one")
        try git("checkout", "-qb", "two")
        for index in 0..<300 { try site.write("content/many/p\(index).md", page("Page \(index)", "Version two.")) }
        try git("commit", "-qam", "two")
        try git("checkout", "-q", "one")
        let server = try ServeProcess(site)
        let stream = try server.events()
        try git("checkout", "-q", "two")
        let event = try XCTUnwrap(stream.wait(for: "build"))
        Thread.sleep(forTimeInterval: 1)
        XCTAssertEqual(stream.events(named: "build").count, 1)
        XCTAssertGreaterThanOrEqual((event.json["changed"] as? [String])?.count ?? 0, 300)
        XCTAssertTrue(try server.get("/many/p299/").text.contains("Version two."))
    }

    func testFoldersCreatedLaterAreWatched() throws {
        let site = try ScratchSite(ServeHTTPTests.pages)
        let server = try ServeProcess(site)
        let stream = try server.events()
        try site.write("content/new/deeper/page.md", page("Deep", "First."))
        XCTAssertNotNil(stream.wait(for: "build"))
        XCTAssertTrue(try server.get("/new/deeper/page/").text.contains("First."))
        try site.write("content/new/deeper/page.md", page("Deep", "Second."))
        XCTAssertNotNil(stream.wait(for: "build", after: 1))
        XCTAssertTrue(try server.get("/new/deeper/page/").text.contains("Second."))
        try FileManager.default.moveItem(at: site.url("content/new"), to: site.url("content/renamed"))
        XCTAssertNotNil(stream.wait(for: "build", after: 2))
        XCTAssertEqual(try server.get("/new/deeper/page/").status, 404)
        try site.write("content/renamed/deeper/page.md", page("Deep", "Third."))
        XCTAssertNotNil(stream.wait(for: "build", after: 3))
        XCTAssertTrue(try server.get("/renamed/deeper/page/").text.contains("Third."))
    }

    func testAStylesheetChangeIsCSSOnly() throws {
        let site = try ScratchSite.copyOfRepository()
        let server = try ServeProcess(site)
        let stream = try server.events()
        let css = try XCTUnwrap(site.read("templates/static/docgen.css"))
        try site.write("templates/static/docgen.css", css + "\nbody { outline: 1px solid red; }\n")
        let event = try XCTUnwrap(stream.wait(for: "build"))
        XCTAssertEqual(event.json["css_only"] as? Bool, true, event.data)
        XCTAssertEqual(event.json["changed"] as? [String], ["/docs/docgen.css"], "under base_url's path")
        XCTAssertTrue(try server.get("/docs/docgen.css").text.contains("outline: 1px solid red"))
    }

    func testDeletedAndRenamedPages() throws {
        let site = try ScratchSite(ServeHTTPTests.pages)
        let server = try ServeProcess(site)
        let stream = try server.events()
        try FileManager.default.removeItem(at: site.url("content/caf\u{E9}.md"))
        let deleted = try XCTUnwrap(stream.wait(for: "build"))
        XCTAssertEqual(deleted.json["removed"] as? [String], ["/caf%C3%A9/"])
        XCTAssertEqual(try server.get("/caf%C3%A9/").status, 404)
        try FileManager.default.moveItem(at: site.url(intro), to: site.url("content/guide/introduction.md"))
        let renamed = try XCTUnwrap(stream.wait(for: "build", after: 1))
        XCTAssertEqual(
            renamed.json["moved"] as? [String: String], ["/guide/intro/": "/guide/introduction/"], renamed.data)
        let old = try server.get("/guide/intro/")
        XCTAssertEqual(old.status, 404)
        XCTAssertTrue(old.text.contains("data-docgen-moved=\"/guide/introduction/\""), old.text)
        XCTAssertTrue(try server.get("/guide/introduction/").text.contains("Hello."))
    }

    func testABrokenConfigKeepsTheLastGoodSiteUntilFixed() throws {
        let site = try ScratchSite(ServeHTTPTests.pages.merging(["docgen.yml": "title: Good\n"]) { $1 })
        let server = try ServeProcess(site)
        let stream = try server.events()
        try site.write("docgen.yml", "title: Good\nunknown_key: [1\n")
        let broken = try XCTUnwrap(stream.wait(for: "build"))
        XCTAssertEqual(broken.json["setup_error"] as? Bool, true)
        let diagnostic = try XCTUnwrap((broken.json["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(diagnostic["code"] as? String, "config")
        XCTAssertEqual(diagnostic["file"] as? String, "docgen.yml")
        XCTAssertNotNil(diagnostic["line"] as? Int)
        let stillServed = try server.get("/guide/intro/")
        XCTAssertEqual(stillServed.status, 200)
        XCTAssertTrue(stillServed.text.contains("Hello."))
        XCTAssertTrue(server.waitForOutput({ $0.contains("docgen.yml:") }, in: "stdout"), server.stdout)
        XCTAssertTrue(
            server.waitForOutput({ $0.contains("still serving the last good site") }, in: "stderr"), server.stderr)
        try site.write("docgen.yml", "title: Fixed Title\n")
        let fixed = try XCTUnwrap(stream.wait(for: "build", after: 1))
        XCTAssertEqual(fixed.json["setup_error"] as? Bool, false)
        XCTAssertTrue(try server.get("/guide/intro/").text.contains("Fixed Title"))
    }

    func testATemplateSyntaxErrorKeepsTheLastGoodSiteUntilFixed() throws {
        let site = try ScratchSite.copyOfRepository()
        let server = try ServeProcess(site)
        let stream = try server.events()
        let page = try XCTUnwrap(site.read("templates/page.mustache"))
        try site.write("templates/page.mustache", page + "\n{{#unclosed}}\n")
        let broken = try XCTUnwrap(stream.wait(for: "build"))
        XCTAssertEqual(broken.json["setup_error"] as? Bool, true)
        let diagnostic = try XCTUnwrap((broken.json["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(diagnostic["code"] as? String, "template")
        XCTAssertEqual(diagnostic["file"] as? String, "templates/page.mustache")
        XCTAssertEqual(try server.get("/docs/").status, 200)
        try site.write(
            "templates/page.mustache", page.replacingOccurrences(of: "</article>", with: "</article><!-- edited -->"))
        let fixed = try XCTUnwrap(stream.wait(for: "build", after: 1))
        XCTAssertEqual(fixed.json["setup_error"] as? Bool, false)
    }

    func testASiteWithNoContentFolderYetIsServedOnceOneIsMade() throws {
        let site = try ScratchSite(["docgen.yml": "title: Later\n"])
        let server = try ServeProcess(site)
        XCTAssertTrue(server.stdout.contains("no content folder"), server.stdout)
        XCTAssertEqual(try server.get("/").status, 404)
        let stream = try server.events()
        XCTAssertEqual(stream.events(named: "state").first?.json["setup_error"] as? Bool, true)
        try site.write("content/index.md", page("Home", "Made later."))
        let event = try XCTUnwrap(stream.wait(for: "build"))
        XCTAssertEqual(event.json["setup_error"] as? Bool, false)
        XCTAssertTrue(try server.get("/").text.contains("Made later."))
    }

    func testPollingWorksAndIsTheFallbackWhenInotifyRunsOut() throws {
        let site = try ScratchSite(ServeHTTPTests.pages)
        let polled = try ServeProcess(site, arguments: ["--poll"])
        let stream = try polled.events()
        try site.write(intro, page("Intro", "Polled."))
        XCTAssertNotNil(stream.wait(for: "build", timeout: 10))
        XCTAssertTrue(try polled.get("/guide/intro/").text.contains("Polled."))

        let other = try ScratchSite(ServeHTTPTests.pages)
        let fallback = try ServeProcess(other, environment: ["DOCGEN_SERVE_MAX_WATCHES": "1"])
        XCTAssertTrue(fallback.stderr.contains("out of inotify watches"), fallback.stderr)
        XCTAssertTrue(fallback.stderr.contains("polling"), fallback.stderr)
        let fallbackStream = try fallback.events()
        try other.write("content/guide/intro.md", page("Intro", "Seen by polling."))
        XCTAssertNotNil(fallbackStream.wait(for: "build", timeout: 10))
        XCTAssertTrue(try fallback.get("/guide/intro/").text.contains("Seen by polling."))
    }
}
