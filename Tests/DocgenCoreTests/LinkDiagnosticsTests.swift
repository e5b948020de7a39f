import XCTest

@testable import DocgenCore

/// links.md "What is reported": the code, severity, position, target and
/// notes of each link problem, on the shared link fixture.
final class LinkDiagnosticsTests: XCTestCase {
    /// Checks the fixture with `intro` as content/guides/intro.md; returns the intro page's diagnostics.
    private func diagnose(_ intro: String, extra: [String: String] = [:], drafts: Bool = false) throws -> [Diagnostic] {
        let site = try LinkFixture.site(intro: intro, extra: extra)
        return try site.check(drafts: drafts).diagnostics.filter { $0.file == "content/guides/intro.md" }
    }

    private func only(_ diagnostics: [Diagnostic], file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)", file: file, line: line)
        return diagnostics.first
    }

    func testMissingPageHasPositionTargetAndSeverity() throws {
        let text = "---\ntitle: Intro\n---\n\nSee the [Lock docs](/libraries/lock) now.\n"
        let diagnostic = only(try diagnose(text))
        XCTAssertEqual(diagnostic?.code, "missing-page")
        XCTAssertEqual(diagnostic?.severity, .error)
        XCTAssertEqual(diagnostic?.line, 5, "lines count the front matter")
        XCTAssertEqual(diagnostic?.column, 9)
        XCTAssertEqual(diagnostic?.target, "/libraries/lock")
        XCTAssertTrue(diagnostic?.message.contains("`/libraries/lock`") ?? false)
    }

    func testBrowserRelativeLinkGetsAHintNamingTheMarkdownFile() throws {
        let diagnostic = only(try diagnose("[other](other)"))
        XCTAssertEqual(diagnostic?.code, "missing-page")
        XCTAssertTrue(diagnostic?.message.contains("/guides/intro/other") ?? false, diagnostic?.message ?? "")
        let notes = diagnostic?.notes.joined(separator: "\n") ?? ""
        XCTAssertTrue(notes.contains("`other.md`"), notes)
        XCTAssertTrue(notes.contains("content/guides/other.md"), notes)
    }

    func testDidYouMeanTheNearestPagePathAware() throws {
        let diagnostic = only(try diagnose("[t](/tokens/cocncepts/access-tokens)"))
        XCTAssertEqual(diagnostic?.code, "missing-page")
        XCTAssertEqual(diagnostic?.notes, ["did you mean `/tokens/concepts/access-tokens/`?"])
    }

    func testNoSuggestionWhenNothingIsClose() throws {
        let diagnostic = only(try diagnose("[x](/completely/unrelated/thing)"))
        XCTAssertEqual(diagnostic?.notes, [])
    }

    func testOnlyTheCaseDiffersRootRelative() throws {
        let diagnostic = only(try diagnose("[o](/Guides/Other/)"))
        XCTAssertEqual(diagnostic?.code, "missing-page", "matching is case-sensitive")
        XCTAssertEqual(diagnostic?.notes.count, 1)
        XCTAssertTrue(diagnostic?.notes.first?.contains("only the case differs") ?? false)
        XCTAssertTrue(diagnostic?.notes.first?.contains("`/guides/other/`") ?? false, "\(diagnostic?.notes ?? [])")

        let asset = only(try diagnose("![l](/guides/img/LOGO.png)"))
        XCTAssertEqual(asset?.code, "missing-asset")
        XCTAssertTrue(asset?.notes.first?.contains("`/guides/img/logo.png`") ?? false, "\(asset?.notes ?? [])")
    }

    func testOnlyTheCaseDiffersFileRelative() throws {
        // links.md: a target that matches only when case is ignored is an error
        // whose diagnostic says which case exists; `Other.md` matches other.md.
        let diagnostic = only(try diagnose("[o](Other.md)"))
        XCTAssertEqual(diagnostic?.code, "missing-page")
        let notes = diagnostic?.notes.joined(separator: "\n") ?? ""
        XCTAssertTrue(notes.contains("only the case differs") && notes.contains("other"), notes)
    }

    func testMissingAnchorSuggestsTheNearestAnchor() throws {
        let diagnostic = only(try diagnose("[i](other.md#instalation)"))
        XCTAssertEqual(diagnostic?.code, "missing-anchor")
        XCTAssertEqual(diagnostic?.severity, .error)
        XCTAssertEqual(diagnostic?.target, "other.md#instalation")
        XCTAssertTrue(diagnostic?.message.contains("/guides/other/") ?? false)
        XCTAssertEqual(diagnostic?.notes, ["did you mean `#installation`?"])
    }

    func testMissingAnchorWhoseCaseDiffers() throws {
        let diagnostic = only(try diagnose("[i](/guides/other/#Installation)"))
        XCTAssertEqual(diagnostic?.code, "missing-anchor")
        XCTAssertEqual(diagnostic?.notes, ["only the case differs: the anchor is `#installation`"])
    }

    func testMissingAnchorOnTheSamePage() throws {
        let diagnostic = only(try diagnose("# Intro\n\n[x](#intr)"))
        XCTAssertEqual(diagnostic?.code, "missing-anchor")
        XCTAssertTrue(diagnostic?.message.contains("this page") ?? false)
        XCTAssertEqual(diagnostic?.notes, ["did you mean `#intro`?"])
        XCTAssertEqual(diagnostic?.line, 3)
    }

    func testMissingAssets() throws {
        let diagnostics = try diagnose("![a](img/nope.png)\n\n[b](/files/gude.pdf)\n")
        XCTAssertEqual(diagnostics.map(\.code), ["missing-asset", "missing-asset"])
        XCTAssertEqual(diagnostics.map(\.line), [1, 3])
        XCTAssertEqual(diagnostics.last?.notes, ["did you mean `/files/guide.pdf`?"])
    }

    func testOwnSiteAbsoluteURLThatMissesIsAnError() throws {
        let diagnostic = only(try diagnose("[a](https://example.com/docs/auth-api#user-profile)"))
        XCTAssertEqual(diagnostic?.code, "missing-page")
        XCTAssertEqual(diagnostic?.target, "https://example.com/docs/auth-api#user-profile")
    }

    func testLinkToDraftFromAPublishedPage() throws {
        let diagnostic = only(try diagnose("[w](wip.md)"))
        XCTAssertEqual(diagnostic?.code, "link-to-draft")
        XCTAssertEqual(diagnostic?.severity, .warning)
        XCTAssertTrue(diagnostic?.message.contains("content/guides/wip.md") ?? false)
        XCTAssertEqual(try diagnose("[w](wip.md)", drafts: true), [], "with --drafts the page is published")
    }

    func testDraftsMayLinkToDraftsButTheirOwnLinksAreChecked() throws {
        let site = try LinkFixture.site(
            intro: "---\ndraft: true\n---\n[w](wip.md) [x](nowhere.md)\n")
        let report = try site.check()
        XCTAssertEqual(report.locations, ["content/guides/intro.md:4:13 missing-page"])
    }

    func testDraftsAreNotWritten() throws {
        let site = try LinkFixture.site(intro: "# Intro\n")
        _ = try site.build()
        XCTAssertFalse(site.exists("public/guides/wip"))
        XCTAssertTrue(site.exists("public/guides/intro/index.html"))
        _ = try site.build(drafts: true)
        XCTAssertTrue(site.exists("public/guides/wip/index.html"))
    }

    func testDraftAliasesAreNotWritten() throws {
        // A redirect to a page this build does not publish would send readers to a 404.
        let site = try LinkFixture.site(intro: "# Intro\n")
        _ = try site.build()
        XCTAssertFalse(site.exists("public/old/wip/index.html"))
        _ = try site.build(drafts: true)
        XCTAssertTrue(site.exists("public/old/wip/index.html"))
    }

    func testEmptyLinksAreWarnings() throws {
        let diagnostics = try diagnose("[a]()\n[b](<>)\n[c](< >)\n")
        XCTAssertEqual(diagnostics.map(\.code), ["empty-link", "empty-link", "empty-link"])
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .warning, .warning])
        XCTAssertEqual(diagnostics.map(\.line), [1, 2, 3])
        let site = try LinkFixture.site(intro: "[a]()\n")
        XCTAssertEqual(try site.check().exitStatus, 0, "a warning never fails the build")
    }

    func testRawHTMLOmittedIsOneWarningAtTheFirstOccurrence() throws {
        let diagnostic = only(try diagnose("# Intro\n\nText <span>one</span>\n\n<div id=\"x\">two</div>\n"))
        XCTAssertEqual(diagnostic?.code, "raw-html-omitted")
        XCTAssertEqual(diagnostic?.severity, .warning)
        XCTAssertEqual(diagnostic?.line, 3)
        XCTAssertEqual(diagnostic?.column, 6)
    }

    func testPublishedRawHTMLIsCheckedAndItsIdsAreAnchors() throws {
        let config = ["docgen.yml": "base_url: https://example.com/docs\nraw_html: true\n"]
        let diagnostics = try diagnose(
            "<div id=\"box\">x</div>\n\n[a](#box) <a href=\"/nope\">b</a> <img src=\"img/logo.png\">\n",
            extra: config)
        XCTAssertEqual(diagnostics.map(\.code), ["missing-page"])
        XCTAssertEqual(diagnostics.first?.target, "/nope")
        XCTAssertEqual(diagnostics.first?.column, 14, "the `h` of `href`")
    }

    func testEveryPageIsCheckedAndDiagnosticsAreSorted() throws {
        let site = try LinkFixture.site(intro: "[a](/x)\n[b](/y)\n", extra: ["content/a.md": "[c](/z)\n"])
        let report = try site.check()
        XCTAssertEqual(
            report.locations,
            [
                "content/a.md:1:1 missing-page", "content/guides/intro.md:1:1 missing-page",
                "content/guides/intro.md:2:1 missing-page",
            ])
        XCTAssertEqual(report.exitStatus, 1)
    }
}
