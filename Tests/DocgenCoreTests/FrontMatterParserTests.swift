import XCTest

@testable import DocgenCore

/// `FrontMatterParser`: the keys it knows, their lines, the body it leaves for
/// cmark, and a clear problem with the right file line for every bad input.
final class FrontMatterParserTests: XCTestCase {
    private func parse(_ text: String) -> FrontMatterParser.Result { FrontMatterParser().parse(text) }

    func testReadsEveryKnownKeyWithItsLine() {
        let result = parse(
            """
            ---
            title: Tokens
            description: All about tokens
            draft: true
            weight: 3
            slug: tok
            url: /t/
            aliases: [/old/, /older/]
            template: wide
            ---
            # Body
            """)
        let matter = result.frontMatter
        XCTAssertTrue(result.problems.isEmpty)
        XCTAssertEqual(matter.title, "Tokens")
        XCTAssertEqual(matter.description, "All about tokens")
        XCTAssertTrue(matter.draft)
        XCTAssertEqual(matter.weight, 3)
        XCTAssertEqual(matter.slug, "tok")
        XCTAssertEqual(matter.url, "/t/")
        XCTAssertEqual(matter.aliases, ["/old/", "/older/"])
        XCTAssertEqual(matter.template, "wide")
        XCTAssertEqual(matter.keyLines["title"], 2)
        XCTAssertEqual(matter.keyLines["template"], 9)
        XCTAssertEqual(matter.endLine, 10)
    }

    func testBodyKeepsTheFileLineNumbers() {
        let result = parse("---\ntitle: A\n---\n# Heading\ntext\n")
        let lines = result.body.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[0], "")
        XCTAssertEqual(lines[2], "")
        XCTAssertEqual(lines[3], "# Heading", "line 4 of the file must stay line 4 of the body")
        XCTAssertFalse(result.body.contains("title: A"))
    }

    func testFileWithoutFrontMatterIsAllBody() {
        let text = "# Just Markdown\n\n---\n\nmore\n"
        let result = parse(text)
        XCTAssertEqual(result.body, text)
        XCTAssertNil(result.frontMatter.title)
        XCTAssertTrue(result.problems.isEmpty)
    }

    func testPermalinkIsAnAliasOfURL() {
        let result = parse("---\n\npermalink: /p/\n---\n")
        XCTAssertEqual(result.frontMatter.url, "/p/")
        XCTAssertEqual(result.frontMatter.keyLines["url"], 3)
    }

    func testASingleAliasStringIsAListOfOne() {
        XCTAssertEqual(parse("---\naliases: /old/\n---\n").frontMatter.aliases, ["/old/"])
    }

    func testUnknownKeysBecomeTemplateParams() {
        let result = parse("---\nauthor: Ann\nversion: 2\nbeta: true\ntags: [a, b]\n---\n")
        XCTAssertEqual(result.frontMatter.params["author"], .string("Ann"))
        XCTAssertEqual(result.frontMatter.params["version"], .int(2))
        XCTAssertEqual(result.frontMatter.params["beta"], .bool(true))
        XCTAssertEqual(result.frontMatter.params["tags"], .list([.string("a"), .string("b")]))
    }

    func testClosingFenceMayBeDotsAndHaveCRLF() {
        XCTAssertEqual(parse("---\r\ntitle: A\r\n...\r\nbody\r\n").frontMatter.title, "A")
    }

    // MARK: - Bad input

    func testUnterminatedFrontMatterIsReportedOnLineOne() {
        let result = parse("---\ntitle: A\n\n# Heading\n")
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertEqual(result.problems.first?.line, 1)
        XCTAssertTrue(result.problems.first?.message.contains("never closed") ?? false, "\(result.problems)")
    }

    func testInvalidYAMLPointsAtTheFileLine() {
        let result = parse("---\ntitle: A\ndescription: \"unclosed\nweight: 2\n---\n")
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertTrue(result.problems[0].message.hasPrefix("invalid YAML"), result.problems[0].message)
        // The quoted scalar opens on file line 3 and the scanner gives up at the
        // end of the YAML (line 4); either is a fair place to send the author.
        XCTAssertTrue([3, 4].contains(result.problems[0].line), "line \(result.problems[0].line)")

        let colon = parse("---\ntitle: A\nkey: value: other\n---\n")
        XCTAssertEqual(colon.problems.map(\.line), [3])
    }

    func testNonMappingYAMLIsAProblem() {
        let result = parse("---\n- a\n- b\n---\nbody\n")
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertEqual(result.problems.first?.line, 2)
        XCTAssertTrue(result.problems.first?.message.contains("must be a mapping") ?? false)
    }

    func testWrongTypesNameTheKeyAndLine() {
        let draft = parse("---\ntitle: A\ndraft: maybe\n---\n")
        XCTAssertEqual(draft.problems.map(\.line), [3])
        XCTAssertTrue(draft.problems.first?.message.contains("`draft` must be true or false") ?? false)

        let weight = parse("---\nweight: heavy\n---\n")
        XCTAssertEqual(weight.problems.map(\.line), [2])
        XCTAssertTrue(weight.problems.first?.message.contains("`weight` must be an integer") ?? false)

        let aliases = parse("---\n\naliases:\n  key: value\n---\n")
        XCTAssertEqual(aliases.problems.count, 1)
        XCTAssertTrue(aliases.problems.first?.message.contains("`aliases`") ?? false)
        XCTAssertEqual(aliases.problems.first?.line, 4)

        let title = parse("---\ntitle: [a, b]\n---\n")
        XCTAssertEqual(title.problems.map(\.line), [2])
    }

    func testEmptyFrontMatterIsFine() {
        let result = parse("---\n---\n# Hello\n")
        XCTAssertTrue(result.problems.isEmpty)
        XCTAssertEqual(result.frontMatter.endLine, 2)
    }
}
