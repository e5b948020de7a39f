import XCTest

@testable import DocgenCore

/// Found by the front-matter fuzz target (Tests/fuzz/crashers/frontmatter/):
/// with two pairs of duplicated keys that are mappings (`? d: x`), Yams's
/// own duplicate check picked the pair to report in hash order, so the same
/// file was reported on line 2 in one run and line 3 in another. docgen
/// reads no such key (nested ones were dropped in silence), so a key that is
/// a mapping or a list is now refused where it stands, the same every run.
final class FrontMatterComplexKeyTests: XCTestCase {
    func testFuzzCrasherIsReportedAtItsFirstComplexKey() {
        // The committed crasher, byte for byte.
        let file = "---\n? d: :6|$\n? d: 5|$      blo\n? d: :6|$\n? d: 5|$      blo\n---"
        for _ in 0..<20 {
            let problems = FrontMatterParser().parse(file).problems
            XCTAssertEqual(
                problems, [FrontMatterProblem(message: "a key must be text, got a mapping", line: 2, column: 3)])
        }
    }

    func testKeysThatAreListsOrMappingsAreRefusedAtAnyDepth() {
        let nested = FrontMatterParser().parse("---\ntitle: T\nparams:\n  ok: 1\n  ? [a, b]\n  : c\n---\n").problems
        XCTAssertEqual(nested, [FrontMatterProblem(message: "a key must be text, got a list", line: 5, column: 5)])
        let flow = FrontMatterParser().parse("---\nx: {{a: 1}: 2}\n---\n").problems
        XCTAssertEqual(flow.map(\.line), [2])
        XCTAssertEqual(flow.first?.message, "a key must be text, got a mapping")
    }

    func testMappingsAndListsAsValuesAreStillRead() {
        let result = FrontMatterParser().parse("---\ntitle: T\nparams: {a: [1, 2], b: {c: d}}\nlist:\n  - k: v\n---\n")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.frontMatter.title, "T")
    }
}
