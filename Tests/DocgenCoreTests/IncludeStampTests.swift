import XCTest

@testable import DocgenCore

/// The no-change stamp counts what includes read: editing a `_` partial in
/// the content folder, or a file outside it that a page includes, rebuilds
/// the pages that include it; a file nothing includes changes nothing.
final class IncludeStampTests: XCTestCase {
    private func makeSite() throws -> FixtureSite {
        let site = try FixtureSite([
            "docgen.yml": "title: Stamp\n", "content/index.md": "# Home\n\n{{#include _note.md}}\n",
            "content/code.md": "```\n{{#include ../src/main.swift:body}}\n```\n", "content/_note.md": "Note one.\n",
            "src/main.swift": "// ANCHOR: body\nlet x = 1\n// ANCHOR_END: body\n", "src/other.swift": "let y = 2\n",
        ])
        try site.addMinimalTheme()
        return site
    }

    func testEditingAPartialRebuildsThePageThatIncludesIt() throws {
        let site = try makeSite()
        _ = try site.build()
        XCTAssertTrue(try site.build().upToDate)
        try site.write("content/_note.md", "Note two.\n")
        let report = try site.build()
        XCTAssertFalse(report.upToDate)
        XCTAssertTrue(site.read("public/index.html")?.contains("Note two.") == true)
    }

    func testEditingAnIncludedFileOutsideTheContentFolderRebuilds() throws {
        let site = try makeSite()
        _ = try site.build()
        try site.write("src/main.swift", "// ANCHOR: body\nlet x = 42\n// ANCHOR_END: body\n")
        XCTAssertFalse(try site.build().upToDate)
        XCTAssertTrue(site.read("public/code/index.html")?.contains("let x = 42") == true)
        XCTAssertTrue(try site.build().upToDate)
        try site.write("src/other.swift", "let y = 3\n")
        XCTAssertTrue(try site.build().upToDate, "a file no page includes is no input")
    }

    func testAddingAPartialThatAPageMissedRebuilds() throws {
        let site = try makeSite()
        try site.write("content/index.md", "# Home\n\n{{#include _later.md}}\n")
        XCTAssertEqual(try site.build().locations, ["content/index.md:3:1 missing-include"])
        try site.write("content/_later.md", "Here now.\n")
        let report = try site.build()
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertTrue(site.read("public/index.html")?.contains("Here now.") == true)
    }
}
