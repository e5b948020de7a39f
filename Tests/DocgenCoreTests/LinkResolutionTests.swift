import XCTest

@testable import DocgenCore

/// links.md "How a target is resolved": links that must resolve (no
/// diagnostic) and the URL each one is written as in the built page.
final class LinkResolutionTests: XCTestCase {
    private func assertResolves(
        _ markdown: String, to expected: [String], extra: [String: String] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let (report, urls) = try LinkFixture.build(markdown, extra: extra)
        XCTAssertEqual(report.diagnostics.map { "\($0.code): \($0.message)" }, [], file: file, line: line)
        XCTAssertEqual(urls, expected, file: file, line: line)
    }

    func testFileRelativeMarkdownLinks() throws {
        try assertResolves(
            "[a](other.md) [b](./other.md#installation) [c](../index.md) [d](../tokens/concepts/access-tokens.md)",
            to: [
                "/docs/guides/other/", "/docs/guides/other/#installation", "/docs/",
                "/docs/tokens/concepts/access-tokens/",
            ])
    }

    func testURLRelativeLinksResolveAgainstThePageURL() throws {
        // From /guides/intro/, `../other/` is /guides/other/, as a browser sees it.
        try assertResolves(
            "[a](../other/) [b](../other) [c](../../) [d](../../tokens/concepts/access-tokens/)",
            to: ["/docs/guides/other/", "/docs/guides/other/", "/docs/", "/docs/tokens/concepts/access-tokens/"])
    }

    func testAFileWinsOverTheSameURLRelativePath() throws {
        // `x.md` is content/guides/x.md as a file; as a URL it would be /guides/intro/x.md.
        // (intro.md now also stands for the folder guides/intro/, so its page lists x.md after the body.)
        let (report, urls) = try LinkFixture.build(
            "[x](x.md)", extra: ["content/guides/x.md": "# Sibling\n", "content/guides/intro/x.md": "# Nested\n"])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(urls.first, "/docs/guides/x/")
    }

    func testEveryRootRelativeFormNamesThePage() throws {
        try assertResolves(
            "[a](/guides/other) [b](/guides/other/) [c](/guides/other/index.html) [d](/guides/other.md) [e](/guides/other#installation-1) [f](/)",
            to: [
                "/docs/guides/other/", "/docs/guides/other/", "/docs/guides/other/", "/docs/guides/other/",
                "/docs/guides/other/#installation-1", "/docs/",
            ])
    }

    func testOwnSiteAbsoluteURLsAreInternal() throws {
        // Checked as internal, written as the author wrote them (they already work).
        let links = [
            "https://example.com/docs/guides/other", "https://example.com/docs", "https://example.com/docs/#home",
        ]
        try assertResolves(links.map { "[x](\($0))" }.joined(separator: " "), to: links)
    }

    func testOwnSiteAbsoluteMarkdownURLIsNotPublishedBroken() throws {
        // The checker accepts it as page /guides/other/ (links.md rules 4 and 5),
        // so the page must not be published with a link to a `.md` file the
        // server does not have.
        let (report, urls) = try LinkFixture.build("[x](https://example.com/docs/guides/other.md?x=1)")
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertTrue(
            ["/docs/guides/other/?x=1", "https://example.com/docs/guides/other/?x=1"].contains(urls.first ?? ""),
            "written as \(urls)")
    }

    func testQueryStringsAreIgnoredForMatchingAndKept() throws {
        try assertResolves(
            "[a](/guides/other?tab=1#installation) [b](other.md?x=1) [c](/files/guide.pdf?dl=1)",
            to: ["/docs/guides/other/?tab=1#installation", "/docs/guides/other/?x=1", "/docs/files/guide.pdf?dl=1"])
    }

    func testPercentEscapesAreDecodedBeforeMatching() throws {
        try assertResolves(
            "[a](../my%20page.md) [b](/my%20page/#caf%C3%A9) [c](<../my page.md>)",
            to: ["/docs/my%20page/", "/docs/my%20page/#caf%C3%A9", "/docs/my%20page/"])
    }

    func testAliasesResolveToTheirPage() throws {
        try assertResolves(
            "[a](/old/renamed) [b](/old/renamed/)", to: ["/docs/guides/renamed/", "/docs/guides/renamed/"])
        let site = try LinkFixture.site(intro: "# Intro\n")
        _ = try site.build()
        let redirect = site.read("public/old/renamed/index.html") ?? ""
        XCTAssertTrue(
            redirect.contains(#"<meta http-equiv="refresh" content="0; url=/docs/guides/renamed/">"#), redirect)
    }

    func testURLOverridesMoveThePage() throws {
        try assertResolves(
            "[a](moved.md) [b](/custom/place) [c](https://example.com/docs/custom/place/)",
            to: ["/docs/custom/place/", "/docs/custom/place/", "https://example.com/docs/custom/place/"])
        let (report, _) = try LinkFixture.build("[old](/guides/moved/)")
        XCTAssertEqual(report.diagnostics.map(\.code), ["missing-page"], "the page no longer lives at its default URL")
    }

    func testAssetsResolveAsFilesAndAsURLs() throws {
        try assertResolves(
            "![logo](img/logo.png) [pdf](/files/guide.pdf) [pdf](../files/guide.pdf) [logo](https://example.com/docs/guides/img/logo.png)",
            to: [
                "/docs/guides/img/logo.png", "/docs/files/guide.pdf", "/docs/files/guide.pdf",
                "https://example.com/docs/guides/img/logo.png",
            ])
    }

    func testExternalLinksAndOtherSchemesAreNotChecked() throws {
        let links = [
            "https://example.com/other", "https://example.com/docsearch", "http://nowhere.invalid/x",
            "mailto:a@example.com", "tel:+1555", "//cdn.example.com/x.js", "ftp://x/y",
        ]
        try assertResolves(links.map { "[x](\($0))" }.joined(separator: " "), to: links)
    }

    func testSamePageAnchor() throws {
        let (report, _) = try LinkFixture.build("# Intro\n\n## Overview\n\n[a](#overview)")
        XCTAssertEqual(report.diagnostics, [])
    }

    func testSamePageAnchorIsWrittenAsCmarkWroteIt() throws {
        // Issue 2: body HTML equals cmark's except .md links and root-relative prefixes.
        try assertResolves("# Intro\n\n## Overview\n\n[a](#overview)", to: ["#overview"])
    }

    func testSectionIndexAndGeneratedSectionsAreLinkable() throws {
        try assertResolves(
            "[t](/tokens/) [c](../../tokens/concepts/) [g](/guides)",
            to: ["/docs/tokens/", "/docs/tokens/concepts/", "/docs/guides/"])
    }

    func testWithoutBaseURLLinksAreWrittenFromTheRoot() throws {
        let (report, urls) = try LinkFixture.build("[a](/guides/other/)", extra: ["docgen.yml": "title: No base\n"])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(urls, ["/guides/other/"])
    }
}
