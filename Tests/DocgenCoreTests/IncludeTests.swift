import XCTest

@testable import DocgenCore

/// `{{#include}}` (links.md, README "Includes"): every form of the directive,
/// where the included text lands, and what is reported where.
final class IncludeTests: XCTestCase {
    /// A site with the minimal theme and `files`; returns it built.
    private func build(_ files: [String: String]) throws -> (FixtureSite, BuildReport) {
        let site = try FixtureSite(["docgen.yml": "title: Includes\n"].merging(files) { $1 })
        try site.addMinimalTheme()
        return (site, try site.build())
    }

    /// The body of a page as written (the minimal layout: a title line, then the content).
    private func body(_ site: FixtureSite, _ path: String) -> String {
        var text = (site.read(path) ?? "").split(separator: "\n", maxSplits: 1).dropFirst().joined()
        if text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    private static let numbered = (1...6).map { "line \($0)" }.joined(separator: "\n") + "\n"

    // MARK: - Forms

    func testWholeFileOnALineOfItsOwn() throws {
        let (site, report) = try build([
            "content/a.md": "# A\n\n{{#include _note.md}}\n\nAfter.\n",
            "content/_note.md": "A *shared* note.\n",
        ])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(
            body(site, "public/a/index.html"), "<h1 id=\"a\">A</h1>\n<p>A <em>shared</em> note.</p>\n<p>After.</p>\n")
    }

    func testAContentFolderWrittenWithDotsAndSlashesIncludesAsPlainlyWritten() throws {
        let (site, report) = try build([
            "docgen.yml": "title: Includes\ncontent_dir: ./content/\n",
            "content/a.md": "# A\n\n{{#include _note.md}}\n",
            "content/_note.md": "See [B](b.md).\n",
            "content/b.md": "# B\n",
        ])
        XCTAssertEqual(report.diagnostics, [], "the partial is included, and its link resolves from content/")
        XCTAssertEqual(body(site, "public/a/index.html"), "<h1 id=\"a\">A</h1>\n<p>See <a href=\"/b/\">B</a>.</p>\n")
    }

    func testEveryLineRangeForm() throws {
        let forms = ["2:4": "line 2\nline 3\nline 4", "5:": "line 5\nline 6", ":2": "line 1\nline 2", "3": "line 3"]
        for (selector, expected) in forms {
            let (site, report) = try build([
                "content/a.md": "```\n{{#include _lines.txt:\(selector)}}\n```\n", "content/_lines.txt": Self.numbered,
            ])
            XCTAssertEqual(report.diagnostics, [], selector)
            XCTAssertEqual(body(site, "public/a/index.html"), "<pre><code>\(expected)\n</code></pre>\n", selector)
        }
        // `::2` is mdBook's spelling of "from the start to line 2".
        let (site, _) = try build([
            "content/a.md": "```\n{{#include _l.txt::2}}\n```\n", "content/_l.txt": Self.numbered,
        ])
        XCTAssertEqual(body(site, "public/a/index.html"), "<pre><code>line 1\nline 2\n</code></pre>\n")
    }

    func testAnchorsInAnyCommentStyleWithoutTheirMarkers() throws {
        let source = """
            // ANCHOR: all
            import Foundation
            # ANCHOR: body
            let x = 1
            <!-- ANCHOR_END: body -->
            /* ANCHOR: other */ let y = 2 /* ANCHOR_END: other */
            // ANCHOR_END: all

            """
        let (site, report) = try build([
            "content/a.md":
                "```swift\n{{#include ../src/main.swift:body}}\n```\n\n```\n{{#include ../src/main.swift:all}}\n```\n",
            "src/main.swift": source,
        ])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(
            body(site, "public/a/index.html"),
            "<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n<pre><code>import Foundation\nlet x = 1\n</code></pre>\n",
            "marker lines of every anchor are dropped")
    }

    func testIncludesNestWithPathsRelativeToEachFile() throws {
        let (site, report) = try build([
            "content/guides/a.md": "{{#include ../_parts/outer.md}}\n",
            "content/_parts/outer.md": "Outer.\n\n{{#include inner/_inner.md}}\n",
            "content/_parts/inner/_inner.md": "Inner.\n",
        ])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(body(site, "public/guides/a/index.html"), "<p>Outer.</p>\n<p>Inner.</p>\n")
    }

    func testInsideAListItemTheTextKeepsTheItemsIndentation() throws {
        let (site, report) = try build([
            "content/a.md": "- First\n\n  {{#include _steps.md}}\n- Second\n",
            "content/_steps.md": "Paragraph one.\n\n```\ncode\n```\n",
        ])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(
            body(site, "public/a/index.html"),
            "<ul>\n<li>\n<p>First</p>\n<p>Paragraph one.</p>\n<pre><code>code\n</code></pre>\n</li>\n<li>\n<p>Second</p>\n</li>\n</ul>\n"
        )
    }

    func testAfterAListMarkerTheOtherLinesContinueTheItem() throws {
        let (site, _) = try build(["content/a.md": "1. {{#include _two.md}}\n", "content/_two.md": "One\n\nTwo\n"])
        XCTAssertEqual(body(site, "public/a/index.html"), "<ol>\n<li>\n<p>One</p>\n<p>Two</p>\n</li>\n</ol>\n")
    }

    func testInsideCalloutsOfBothKinds() throws {
        let (site, report) = try build([
            "content/a.md": "> [!NOTE]\n> {{#include _n.md}}\n\n:::tip\n{{#include _n.md}}\n:::\n",
            "content/_n.md": "Keep *this*.\n\nAnd this.\n",
        ])
        XCTAssertEqual(report.diagnostics, [])
        let html = body(site, "public/a/index.html")
        XCTAssertEqual(
            html,
            "<div class=\"callout callout-note\" data-callout=\"note\">\n<p class=\"callout-title\">Note</p>\n<p>Keep <em>this</em>.</p>\n<p>And this.</p>\n</div>\n"
                + "<div class=\"callout callout-tip\" data-callout=\"tip\">\n<p class=\"callout-title\">Tip</p>\n<p>Keep <em>this</em>.</p>\n<p>And this.</p>\n</div>\n"
        )
    }

    func testEscapedDirectiveIsText() throws {
        let (site, report) = try build(["content/a.md": "```\n\\{{#include x.md}}\n```\n"])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(body(site, "public/a/index.html"), "<pre><code>{{#include x.md}}\n</code></pre>\n")
    }

    func testADirectiveInsideASentenceIsText() throws {
        let (site, report) = try build(["content/a.md": "Write {{#include x.md}} to include.\n"])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(body(site, "public/a/index.html"), "<p>Write {{#include x.md}} to include.</p>\n")
    }

    // MARK: - Partials

    func testPartialsAreNeitherPagesNorAssets() throws {
        let (site, report) = try build([
            "content/index.md": "# Home\n", "content/_note.md": "Note.\n", "content/_snippets/b.md": "B.\n",
            "content/_snippets/img.png": "PNG", "content/guides/_draft.png": "PNG", "content/guides/c.md": "# C\n",
        ])
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(report.sourcePages, 2)
        XCTAssertEqual(
            site.files(under: "public").filter {
                !$0.hasPrefix("static") && $0.hasSuffix(".html") || $0.hasSuffix(".png")
            },
            ["404.html", "guides/c/index.html", "guides/index.html", "index.html"])
        XCTAssertFalse(site.exists("public/_snippets"))
    }

    func testIncludedFilesAreRecordedOnThePageTransitivelyAndSorted() throws {
        let site = try FixtureSite([
            "content/a.md": "{{#include _z.md}}\n{{#include _snippets/b.md:1}}\n",
            "content/_z.md": "{{#include ../src/x.txt}}\n", "content/_snippets/b.md": "B\n", "src/x.txt": "x\n",
        ])
        let index = try site.index()
        XCTAssertEqual(
            index.pages.first { $0.sourcePath == "a.md" }?.includedFiles, ["../src/x.txt", "_snippets/b.md", "_z.md"])
    }

    // MARK: - Diagnostics of the directive

    func testMissingIncludeAtTheDirectivesLineAndColumn() throws {
        let (_, report) = try build([
            "content/a.md": "---\ntitle: A\n---\n\n- item\n\n  {{#include _nope.md}}\n", "content/_note.md": "x\n",
        ])
        XCTAssertEqual(report.locations, ["content/a.md:7:3 missing-include"])
        XCTAssertEqual(report.diagnostics.first?.severity, .error)
        XCTAssertEqual(report.diagnostics.first?.notes, ["did you mean `content/_note.md`?"])
    }

    func testCycleNamesTheChain() throws {
        let (_, report) = try build([
            "content/a.md": "{{#include _x.md}}\n", "content/_x.md": "X\n{{#include _y.md}}\n",
            "content/_y.md": "{{#include _x.md}}\n",
        ])
        XCTAssertEqual(report.locations, ["content/_y.md:1:1 include-cycle"])
        let diagnostic = report.diagnostics[0]
        XCTAssertEqual(diagnostic.message, "include cycle: content/_x.md → content/_y.md → content/_x.md")
        XCTAssertEqual(diagnostic.notes.last, "included from content/a.md:1 (through content/_x.md:2)")
    }

    func testAPageThatIncludesItself() throws {
        let (_, report) = try build(["content/a.md": "A\n\n{{#include a.md}}\n"])
        XCTAssertEqual(report.locations, ["content/a.md:3:1 include-cycle"])
    }

    func testBadRangesAndUnknownAnchors() throws {
        let (_, report) = try build([
            "content/a.md":
                "{{#include _l.txt:5:9}}\n{{#include _l.txt:4:2}}\n{{#include _l.txt:0}}\n{{#include _l.txt:x y}}\n"
                + "{{#include _l.txt:setup}}\n{{#include _l.txt:open}}\n",
            "content/_l.txt": "// ANCHOR: first\na\n// ANCHOR_END: first\n# ANCHOR: open\nb\n",
        ])
        XCTAssertEqual(
            report.locations,
            [
                "content/a.md:1:1 missing-include", "content/a.md:2:1 missing-include", "content/a.md:3:1 missing-include",
                "content/a.md:4:1 missing-include", "content/a.md:5:1 missing-include", "content/a.md:6:1 missing-include",
            ])
        XCTAssertEqual(report.diagnostics[0].message, "`content/_l.txt` has 5 lines; the range asks for line 9")
        XCTAssertEqual(report.diagnostics[4].message, "`content/_l.txt` has no anchor `setup`")
        XCTAssertEqual(report.diagnostics[4].notes, ["its anchors: `first`, `open`"])
        XCTAssertTrue(report.diagnostics[5].message.contains("no `ANCHOR_END: open`"), report.diagnostics[5].message)
    }

    func testATargetOutsideTheSiteFolderIsRefused() throws {
        let (_, report) = try build([
            "content/a.md":
                "{{#include ../../../../../etc/passwd}}\n{{#include /etc/passwd}}\n{{#include ../.git/config}}\n",
            ".git/config": "secret\n",
        ])
        XCTAssertEqual(
            report.locations,
            ["content/a.md:1:1 unsafe-url", "content/a.md:2:1 unsafe-url", "content/a.md:3:1 unsafe-url"])
    }

    func testASymlinkOutOfTheSiteIsRefused() throws {
        let site = try FixtureSite(["content/a.md": "{{#include _secret.md}}\n"])
        try FileManager.default.createSymbolicLink(
            atPath: site.url("content/_secret.md").path, withDestinationPath: "/etc/hostname")
        let report = try site.check()
        XCTAssertTrue(report.locations.contains("content/a.md:1:1 unsafe-url"), "\(report.locations)")
    }

    // MARK: - Diagnostics in included text

    func testALinkInAPartialIsReportedAtThePartialWithTheIncludingPage() throws {
        let (_, report) = try build([
            "content/guides/a.md": "---\ntitle: A\n---\nIntro.\n\n> {{#include ../_snippets/links.md}}\n",
            "content/_snippets/links.md": "First line.\nSee [the API](../api/nope.md) now.\n",
        ])
        XCTAssertEqual(report.locations, ["content/_snippets/links.md:2:5 missing-page"])
        XCTAssertEqual(report.diagnostics[0].notes.last, "included from content/guides/a.md:6")
    }

    func testFileLinksResolveFromThePartialAndAreRewrittenForThePage() throws {
        let (site, report) = try build([
            "content/guides/a.md": "{{#include ../_snippets/links.md}}\n",
            "content/_snippets/links.md":
                "[B](../reference/b.md) [img](../img/x.png) [up](../guides/a.md#top) [self](#top)\n",
            "content/reference/b.md": "# B\n", "content/img/x.png": "PNG",
        ])
        XCTAssertEqual(
            report.locations,
            ["content/_snippets/links.md:1:44 missing-anchor", "content/_snippets/links.md:1:69 missing-anchor"])
        XCTAssertTrue(
            report.diagnostics[1].message.contains("on `/guides/a/`"),
            "names the including page: \(report.diagnostics[1].message)")
        XCTAssertEqual(
            LinkFixture.urls(in: site.read("public/guides/a/index.html") ?? ""),
            ["/reference/b/", "/img/x.png", "/guides/a/#top", "#top"])
    }

    func testOneProblemInAPartialIncludedByManyPagesIsReportedOnce() throws {
        let (_, report) = try build([
            "content/a.md": "{{#include _p.md}}\n", "content/b.md": "Text.\n\n{{#include _p.md}}\n",
            "content/c.md": "{{#include _p.md}}\n", "content/_p.md": "[x](nope.md) and [y](/missing/) and [z}(a.md)\n",
        ])
        XCTAssertEqual(
            report.locations,
            ["content/_p.md:1:1 missing-page", "content/_p.md:1:18 missing-page", "content/_p.md:1:37 malformed-link"])
        XCTAssertEqual(report.diagnostics[1].notes.last, "included from content/a.md:1 and 2 other places")
    }

    func testAProblemWhoseMeaningDependsOnThePageIsReportedPerResult() throws {
        let (_, report) = try build([
            "content/guides/a.md": "{{#include ../_p.md}}\n", "content/guides/b.md": "{{#include ../_p.md}}\n",
            "content/api/c.md": "{{#include ../_p.md}}\n", "content/_p.md": "[sibling](sibling/)\n",
        ])
        // A URL-relative link resolves against each page's URL: three results, each naming its page.
        XCTAssertEqual(report.locations, Array(repeating: "content/_p.md:1:1 missing-page", count: 3))
        XCTAssertEqual(
            report.diagnostics.map { $0.notes.last ?? "" },
            [
                "included from content/api/c.md:1", "included from content/guides/a.md:1",
                "included from content/guides/b.md:1",
            ])
    }

    func testPartialsNothingIncludesAreStillCheckedAtTheirPositions() throws {
        let (_, report) = try build([
            "content/index.md": "# Home\n", "content/_unused.md": "\n[x](nope.md) [ok](index.md)\n",
            "content/_parts/_uses.md": "{{#include ../_also.md}}\n", "content/_also.md": "[y](gone.md)\n",
        ])
        XCTAssertEqual(
            report.locations, ["content/_also.md:1:1 missing-page", "content/_unused.md:2:1 missing-page"],
            "_also.md once, through the partial that includes it")
    }

    func testSyntaxAndDialectProblemsInAPartialArePlacedToo() throws {
        let (_, report) = try build([
            "content/a.md": "Intro.\n\n  {{#include _p.md}}\n",
            "content/_p.md": "Text [ref][nope] and\n\n:::note\nnever closed\n",
        ])
        XCTAssertEqual(
            report.locations, ["content/_p.md:1:6 undefined-reference", "content/_p.md:3:1 unclosed-callout"])
    }

    func testLinesNamedInMessagesAreTheirFilesLines() throws {
        let (_, report) = try build([
            "content/a.md": "# A\n\n{{#include _h.md}}\n\n## Two {#same}\n",
            "content/_h.md": "Intro.\n\n## One {#same}\n",
        ])
        XCTAssertEqual(report.locations, ["content/a.md:5:8 duplicate-id"])
        XCTAssertEqual(
            report.diagnostics.first?.message, "the id `same` is already given to the heading at content/_h.md:3")
    }
}
