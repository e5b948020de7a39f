import XCTest

@testable import DocgenCore

/// Every front-matter key docgen reads, with a value of the wrong type: a
/// problem at the value's line and column that names the type expected and
/// the type found; duplicate keys at the duplicate.
final class FrontMatterTypeErrorTests: XCTestCase {
    private func problem(_ yaml: String) -> FrontMatterProblem? {
        let problems = FrontMatterParser().parse("---\n\(yaml)---\nBody\n").problems
        XCTAssertLessThanOrEqual(problems.count, 1)
        return problems.first
    }

    func testEveryKeyNamesTheTypeExpectedAndFound() {
        let cases: [(yaml: String, column: Int, message: String)] = [
            ("title: [a]\n", 8, "`title` must be text, got a list"),
            ("description: {a: b}\n", 14, "`description` must be text, got a mapping"),
            ("draft: maybe\n", 8, "`draft` must be true or false, got text"),
            ("draft: 1\n", 8, "`draft` must be true or false, got a number"),
            ("weight: heavy\n", 9, "`weight` must be an integer, got text"),
            ("weight: 2.5\n", 9, "`weight` must be an integer, got a number"),
            ("weight: true\n", 9, "`weight` must be an integer, got true/false"),
            ("slug: [a]\n", 7, "`slug` must be text, got a list"),
            ("url: 5\n", 6, "`url` must be a URL path such as /guide/intro/, got a number"),
            ("permalink: false\n", 12, "`permalink` must be a URL path such as /guide/intro/, got true/false"),
            ("aliases: 5\n", 10, "`aliases` must be a list of URL paths such as [/old/path/], got a number"),
            ("aliases: {a: b}\n", 10, "`aliases` must be a list of URL paths such as [/old/path/], got a mapping"),
            (
                "aliases: [/a/, [b]]\n", 16,
                "`aliases` must be a list of URL paths such as [/old/path/], got a list in the list"
            ),
            ("template: {a: b}\n", 11, "`template` must be text, got a mapping"),
        ]
        for (yaml, column, message) in cases {
            let found = problem(yaml)
            XCTAssertEqual(found?.message, message, yaml)
            XCTAssertEqual(found?.line, 2, yaml)
            XCTAssertEqual(found?.column, column, yaml)
        }
    }

    func testTextKeysTakeAnyScalarAsWritten() {
        let matter = FrontMatterParser().parse("---\ntitle: 2024\ndescription: yes\nslug: 1.0\n---\n").frontMatter
        XCTAssertEqual(matter.title, "2024")
        XCTAssertEqual(matter.description, "yes")
        XCTAssertEqual(matter.slug, "1.0")
    }

    func testURLPathsMayBeQuotedNumbers() {
        let matter = FrontMatterParser().parse("---\nurl: '5'\naliases: [\"2019\", /b/]\n---\n").frontMatter
        XCTAssertEqual(matter.url, "5")
        XCTAssertEqual(matter.aliases, ["2019", "/b/"])
    }

    func testDuplicateKeyIsAtTheDuplicateWithANote() {
        let found = problem("title: A\ndraft: true\ntitle: B\n")
        XCTAssertEqual(found?.line, 4)
        XCTAssertEqual(found?.column, 1)
        XCTAssertEqual(found?.message, "duplicate key `title`: a key may be set once in a mapping")
        XCTAssertEqual(found?.notes, ["`title` is first set on line 2"])
    }

    func testBillionLaughsIsAProblemNotAnExpansion() {
        var yaml = "a0: &a0 [lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", "))]\n"
        }
        let found = problem(yaml)
        XCTAssertEqual(found?.line, 7)
        XCTAssertTrue(found?.message.contains("aliases expand") ?? false, found?.message ?? "")
    }
}
