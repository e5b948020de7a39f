import XCTest

@testable import DocgenCore

/// links.md: the link defects real docs have, each at its exact position with
/// a hint that says how to fix it, on the shared link fixture (base URL
/// `https://example.com/docs`; `guides/moved.md` moved to `/custom/place/`).
final class LinkDefectTests: XCTestCase {
    private func diagnose(_ intro: String, extra: [String: String] = [:]) throws -> [Diagnostic] {
        let site = try LinkFixture.site(intro: intro, extra: extra)
        return try site.check().diagnostics.filter { $0.file == "content/guides/intro.md" }
    }

    private func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.severity) \($0.code) \($0.target ?? "-")" }
    }

    // MARK: - Placeholders

    func testPlaceholderTargetsAreErrors() throws {
        let found = try diagnose(
            "[a](TODO) [b](??) [c](?) [d](TBD) [e](…) [f](url) [g](link) [h](todo)\n\n[i]: TBD\n\nSee [i].\n")
        XCTAssertEqual(
            summary(found),
            [
                "1:1 error placeholder-link TODO", "1:11 error placeholder-link ??", "1:19 error placeholder-link ?",
                "1:26 error placeholder-link TBD", "1:35 error placeholder-link …", "1:42 error placeholder-link url",
                "1:51 error placeholder-link link", "1:61 error placeholder-link todo",
                "5:5 error placeholder-link TBD",
            ])
        XCTAssertEqual(found[0].message, "`TODO` is a placeholder, not a link target")
        XCTAssertEqual(
            found[0].notes, ["replace it with the page, file or URL the link should go to, or remove the link"])
    }

    func testAPageNamedLinkIsNoPlaceholder() throws {
        XCTAssertEqual(
            try diagnose("[a](link) [b](url)\n", extra: ["content/guides/intro/link.md": "# Link\n"]).map(\.target),
            ["url"])
    }

    // MARK: - Stray characters around links

    func testStrayParenthesisAfterALinkWithNoneOpen() throws {
        let found = try diagnose(
            "See [a](other.md)) here. Fine (see [b](other.md)) here.\n(A\nlong [c](other.md)) remark.\n")
        XCTAssertEqual(summary(found), ["1:18 error malformed-link other.md"])
        XCTAssertEqual(found[0].message, "a `)` right after this link is published as text: `[a](other.md))`")
        XCTAssertEqual(found[0].notes, ["remove the `)`, or open the parenthesis before the link"])
    }

    func testStrayBracketAfterALinkWithNoneOpen() throws {
        let found = try diagnose(
            "See [a](other.md)] here and [see [b](other.md)] and [![i](img/logo.png)](other.md).\n")
        XCTAssertEqual(summary(found), ["1:18 error malformed-link other.md"])
        XCTAssertEqual(found[0].notes, ["remove the `]`, or open the bracket before the link"])
    }

    func testAURLInsideTheBrackets() throws {
        let found = try diagnose("[RFC 7518 (https://tools.ietf.org/html/rfc7518)] and [the guide https://x.org/g].\n")
        XCTAssertEqual(
            summary(found),
            [
                "1:1 error malformed-link https://tools.ietf.org/html/rfc7518",
                "1:54 error malformed-link https://x.org/g",
            ])
        XCTAssertEqual(
            found[0].notes, ["a link is `[text](url)`: write `[RFC 7518](https://tools.ietf.org/html/rfc7518)`"])
        XCTAssertEqual(found[1].notes, ["a link is `[text](url)`: write `[the guide](https://x.org/g)`"])
    }

    func testTextAndURLTheWrongWayRound() throws {
        let found = try diagnose(
            "Read (the guide)[other.md] or (this)[https://x.org/a]. Not (a remark)[1] or f(x)[i].\n")
        XCTAssertEqual(
            summary(found), ["1:6 error malformed-link other.md", "1:31 error malformed-link https://x.org/a"])
        XCTAssertEqual(found[0].notes, ["a link is `[text](url)`, brackets first: write `[the guide](other.md)`"])
    }

    func testUnterminatedTitle() throws {
        let found = try diagnose("A [link](other.md \"the title) and more.\n")
        XCTAssertEqual(summary(found), ["1:3 error malformed-link other.md"])
        XCTAssertEqual(
            found[0].notes,
            ["the link's title opens with a quote that never closes: end it with the same quote before `)`"])
    }

    // MARK: - Shortcut references meant as links

    func testWordsInBracketsWithNoDefinitionAreAWarning() throws {
        let found = try diagnose("# Intro\n\n## Naming rules\n\nFollow the [naming rule] and the [release process].\n")
        XCTAssertEqual(
            summary(found),
            ["5:12 warning undefined-reference naming rule", "5:34 warning undefined-reference release process"])
        XCTAssertEqual(found[0].notes, ["did you mean the heading `Naming rules`: `[naming rule](#naming-rules)`?"])
        XCTAssertEqual(
            found[1].notes,
            [
                "to link, write `[release process](url)` or define `[release process]: url`; to show the brackets, write `\\[release process\\]`"
            ])
    }

    func testOneWordIsReportedOnlyWhenItIsAHeadingOrAPageTitle() throws {
        let found = try diagnose("See [Other] and [sic] and [Installation] and [other] and [GSUtil].\n")
        XCTAssertEqual(summary(found), ["1:5 warning undefined-reference Other"])
        XCTAssertEqual(found[0].notes, ["did you mean the page `Other`: `[Other](/guides/other/)`?"])
    }

    func testBracketsThatAreNotLinkText() throws {
        let text = """
            - [ ] open task
            - [x] done task

            A citation [1], [sic], [citation 12], a[0], [!NOTE], [--output DIR], [a.b c], `[in code]`.

            > [!WARNING]
            > Careful.

            ```
            [naming rules]
            ```

            [defined words] here.

            [defined words]: other.md

            """
        XCTAssertEqual(try diagnose(text), [])
    }

    // MARK: - Hints

    func testBasePathWrittenTwice() throws {
        let found = try diagnose("[a](/docs/guides/other/) [b](/docs/guides/othr/)\n")
        XCTAssertEqual(
            summary(found),
            ["1:1 error missing-page /docs/guides/other/", "1:26 error missing-page /docs/guides/othr/"])
        XCTAssertEqual(found[0].notes, ["this link already starts with the base path `/docs`; write `/guides/other/`"])
        XCTAssertEqual(
            found[1].notes,
            [
                "this link already starts with the base path `/docs`; write `/guides/othr/`",
                "did you mean `/guides/other/`?",
            ])
    }

    func testFileURLOfAPageThatURLMoved() throws {
        let found = try diagnose("[m](/guides/moved/) and [n](moved/)\n")
        XCTAssertEqual(summary(found), ["1:1 error missing-page /guides/moved/", "1:25 error missing-page moved/"])
        XCTAssertEqual(
            found[0].notes,
            [
                "`/guides/moved/` is where content/guides/moved.md would be, but its front matter moved it to `/custom/place/`: link to that URL, or to the file"
            ])
    }
}
