import XCTest

@testable import DocgenCore

/// Content files end to end through the pipeline: every bad input is a
/// diagnostic with the file (and line where there is one), never a crash.
final class PageLoadingTests: XCTestCase {
    func testFrontMatterProblemsAreDiagnosticsWithFileAndLine() throws {
        let site = try FixtureSite([
            "content/open.md": "---\ntitle: Open\n\n# Open\n",
            "content/yaml.md": "---\ntitle: A\nkey: value: other\n---\n",
            "content/list.md": "---\n- a\n---\n",
            "content/draft.md": "---\ntitle: D\ndraft: maybe\n---\n",
        ])
        let report = try site.check()
        XCTAssertEqual(
            report.locations,
            [
                "content/draft.md:3:8 front-matter",
                "content/list.md:2:1 front-matter",
                "content/open.md:1:0 front-matter",
                "content/yaml.md:3:11 front-matter",
            ])
        XCTAssertTrue(report.diagnostics.allSatisfy { $0.severity == .error })
        XCTAssertEqual(report.exitStatus, 1)
    }

    func testNonUTF8FileIsReportedAtTheBadByte() throws {
        let site = try FixtureSite(["content/ok.md": "# OK\n"])
        try site.write(
            "content/latin1.md",
            bytes: Array("# Title\n\nna".utf8) + [0xEF, 0xBF] + Array("\n".utf8)
                + Array("Caf".utf8) + [0xE9] + Array("\n".utf8))
        let report = try site.check()
        let encoding = report.diagnostics("invalid-encoding")
        XCTAssertEqual(encoding.count, 1)
        XCTAssertEqual(encoding.first?.file, "content/latin1.md")
        XCTAssertEqual(encoding.first?.line, 3, "the truncated sequence on line 3 is the first bad byte")
        XCTAssertEqual(encoding.first?.column, 3)
        XCTAssertEqual(encoding.first?.severity, .error)
    }

    func testLatin1ByteColumnCountsCharacters() throws {
        let site = try FixtureSite()
        try site.write("content/x.md", bytes: Array("ok\nhé ".utf8) + [0xE9, 0x0A])
        let encoding = try site.check().diagnostics("invalid-encoding")
        XCTAssertEqual(encoding.map { "\($0.line ?? 0):\($0.column ?? 0)" }, ["2:4"])
    }

    func testEmptyFileIsAWarningAndStillAPage() throws {
        let site = try FixtureSite(["content/empty.md": ""])
        try site.addMinimalTheme()
        let report = try site.build()
        XCTAssertEqual(report.locations, ["content/empty.md:0:0 empty-file"])
        XCTAssertEqual(report.diagnostics.first?.severity, .warning)
        XCTAssertEqual(report.exitStatus, 0)
        XCTAssertEqual(site.read("public/empty/index.html"), "<title>empty</title>\n\n")
    }

    func testTwoPagesClaimingOneURLNameBothFiles() throws {
        let site = try FixtureSite([
            "content/a.md": "---\nurl: /same/\n---\n",
            "content/b.md": "---\ntitle: B\nurl: /same/\n---\n",
        ])
        let duplicates = try site.check().diagnostics("duplicate-url")
        XCTAssertEqual(duplicates.count, 1)
        XCTAssertEqual(duplicates.first?.file, "content/b.md")
        XCTAssertEqual(duplicates.first?.line, 3)
        XCTAssertTrue(duplicates.first?.message.contains("content/a.md") ?? false, duplicates.first?.message ?? "")
        XCTAssertEqual(duplicates.first?.severity, .error)
    }

    func testAFileAndAnIndexClaimingOneURLAreADuplicate() throws {
        let site = try FixtureSite(["content/guide.md": "# Guide\n", "content/guide/index.md": "# Guide index\n"])
        let duplicates = try site.check().diagnostics("duplicate-url")
        XCTAssertEqual(duplicates.count, 1)
        let message = duplicates.first.map { "\($0.file ?? "") \($0.message)" } ?? ""
        XCTAssertTrue(message.contains("content/guide.md") && message.contains("content/guide/index.md"), message)
    }

    func testAliasClaimingAPageURLIsADuplicate() throws {
        let site = try FixtureSite([
            "content/a.md": "# A\n",
            "content/b.md": "---\naliases: [/a/]\n---\n# B\n",
        ])
        let duplicates = try site.check().diagnostics("duplicate-url")
        XCTAssertEqual(duplicates.map(\.file), ["content/b.md"])
        XCTAssertEqual(duplicates.first?.line, 2)
        XCTAssertTrue(duplicates.first?.message.contains("content/a.md") ?? false)
    }

    func testURLThatWouldEscapeTheOutputFolderIsRejected() throws {
        let site = try FixtureSite([
            "content/evil.md": "---\ntitle: Evil\nurl: ../../etc\n---\n# Evil\n",
            "content/sneaky.md": "---\nurl: /a/../../../etc/passwd\n---\n",
            "content/scheme.md": "---\nurl: https://example.com/x\n---\n",
        ])
        try site.addMinimalTheme()
        let report = try site.build(output: "site/public")
        XCTAssertEqual(
            report.locations,
            [
                "content/evil.md:3:0 unsafe-url", "content/scheme.md:2:0 unsafe-url",
                "content/sneaky.md:2:0 unsafe-url",
            ])
        XCTAssertEqual(
            site.entries(of: ""), [".docgen-cache", "content", "site", "templates"], "only the output and the cache")
        XCTAssertEqual(site.entries(of: "site"), ["public"])
        XCTAssertTrue(site.exists("site/public/evil/index.html"), "the page keeps its default URL")
    }

    func testSlugMustBeOneSegment() throws {
        let site = try FixtureSite([
            "content/a.md": "---\nslug: a/b\n---\n",
            "content/b.md": "---\nslug: ..\n---\n",
            "content/c.md": "---\nslug: fine\n---\n",
        ])
        let report = try site.check()
        XCTAssertEqual(report.locations, ["content/a.md:2:0 unsafe-url", "content/b.md:2:0 unsafe-url"])
        let index = try site.index()
        XCTAssertEqual(index.page(atURL: "/fine/").map { index.pages[$0].sourcePath }, "c.md")
    }

    func testTitleComesFromFrontMatterThenFirstH1ThenFileName() throws {
        let site = try FixtureSite([
            "content/a.md": "---\ntitle: From front matter\n---\n# From heading\n",
            "content/b.md": "## Not an h1\n\n# From heading\n",
            "content/getting-started.md": "Plain text.\n",
        ])
        let titles = try site.index().pages.filter { !$0.isGenerated }.map(\.title)
        XCTAssertEqual(titles, ["From front matter", "From heading", "getting-started"])
    }

    func testBlankFilesAndFileNameTitles() throws {
        // The loader reads bytes, not Characters: Unicode whitespace still makes a blank file.
        let site = try FixtureSite([
            "content/blank.md": " \n\t\r\n",
            "content/nbsp.md": "\u{00A0}\u{2003}\n",
            "content/text.md": "\u{00A0}x\n",
            "content/guide/a.md.md": "Text.\n",
            "content/guide/notes.mdx.md": "Text.\n",
            "content/guide/café.md": "Text.\n",
            "content/guide/index.md": "Text.\n",
        ])
        let report = try site.check()
        XCTAssertEqual(report.diagnostics("empty-file").compactMap(\.file), ["content/blank.md", "content/nbsp.md"])
        let pages = try site.index().pages.filter { !$0.isGenerated }
        XCTAssertEqual(
            Set(pages.map { "\($0.folder)|\($0.title)|\($0.isSection)" }),
            [
                "|blank|false", "|nbsp|false", "|text|false", "guide|a|false", "guide|notesx|false",
                "guide|café|false", "guide|index|true",
            ])
    }

    func testUnderscoreFilesArePartialsNotPages() throws {
        let site = try FixtureSite(["content/_snippet.md": "# Snippet\n", "content/page.md": "# Page\n"])
        let index = try site.index()
        XCTAssertEqual(index.pages.compactMap(\.file), ["content/page.md"])
    }

    func testNonMarkdownFilesAreAssets() throws {
        let site = try FixtureSite([
            "content/a.md": "# A\n", "content/img/logo.png": "png", "content/files/x.pdf": "pdf",
        ])
        XCTAssertEqual(try site.index().assets, ["img/logo.png", "files/x.pdf"])
    }
}
