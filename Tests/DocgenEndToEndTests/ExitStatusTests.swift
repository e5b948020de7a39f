import XCTest

/// `docgen`'s exit status: 0 clean, 1 content errors, 2 usage or setup failure.
final class ExitStatusTests: XCTestCase {
    private let clean = ["content/index.md": "# Home\n\n[Guide](guide.md)\n", "content/guide.md": "# Guide\n"]

    func testCleanSiteExitsZero() throws {
        let site = try ScratchSite(clean)
        for command in ["build", "check"] {
            let result = try site.run([command, "."])
            XCTAssertEqual(result.status, 0, "\(command): \(result.stdout)\(result.stderr)")
            XCTAssertEqual(result.stdout, "", command)
            XCTAssertTrue(result.stderr.contains("0 errors, 0 warnings"), result.stderr)
        }
    }

    func testDefaultSubcommandIsBuildAndDefaultSiteIsTheCurrentFolder() throws {
        let site = try ScratchSite(clean)
        XCTAssertEqual(try site.run([]).status, 0)
        XCTAssertTrue(site.exists("public/guide/index.html"))
    }

    func testBrokenLinksExitOne() throws {
        let site = try ScratchSite(clean.merging(["content/guide.md": "# Guide\n\n[gone](/nowhere)\n"]) { $1 })
        for command in ["build", "check"] {
            let result = try site.run([command])
            XCTAssertEqual(result.status, 1, command)
            XCTAssertTrue(result.stdout.contains("content/guide.md:3:1: error:"), result.stdout)
        }
        XCTAssertTrue(site.exists("public/guide/index.html"), "a build with content errors still writes the site")
    }

    func testWarningsPassUnlessMadeErrors() throws {
        let site = try ScratchSite(clean.merging(["content/guide.md": "# Guide\n\n[empty]()\n"]) { $1 })
        XCTAssertEqual(try site.run(["check"]).status, 0)
        XCTAssertEqual(try site.run(["check", "--warnings-as-errors"]).status, 1)
    }

    func testUsageErrorsExitTwo() throws {
        let site = try ScratchSite(clean)
        for arguments in [["build", "--format", "nope"], ["check", "--bogus"], ["build", ".", "extra"]] {
            let result = try site.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.isEmpty, "\(arguments) explains the usage error")
        }
        XCTAssertTrue(try site.run(["build", "--format", "nope"]).stderr.contains("nope"))
        XCTAssertFalse(site.exists("public"))
    }

    func testMissingContentFolderExitsTwoAndWritesNothing() throws {
        let site = try ScratchSite(["docgen.yml": "title: Empty\n"])
        let result = try site.run(["build"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("no content folder"), result.stdout)
        XCTAssertTrue(result.stderr.contains("nothing was written"), result.stderr)
        XCTAssertEqual(site.tree(), ["docgen.yml"])
    }

    func testMissingSiteFolderExitsTwo() throws {
        let site = try ScratchSite()
        XCTAssertEqual(try site.run(["check", "does-not-exist"]).status, 2)
    }

    func testBadConfigExitsTwoWithFileAndLine() throws {
        let site = try ScratchSite(clean.merging(["docgen.yml": "title: T\n\ncolour: blue\n"]) { $1 })
        let result = try site.run(["check"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.hasPrefix("docgen.yml:3: error:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("[config]"), result.stdout)
    }

    func testHelpExitsZero() throws {
        let result = try ScratchSite().run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue((result.stdout + result.stderr).contains("build"))
    }
}
