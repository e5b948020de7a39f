import XCTest

@testable import DocgenCore

/// `YAMLEventAudit`: aliases that expand past the bound, nesting past the
/// depth and duplicate keys are found in the events, where they are;
/// ordinary YAML and YAML errors (left to Yams) give nothing.
final class YAMLEventAuditTests: XCTestCase {
    private func audit(_ yaml: String, lineOffset: Int = 0) -> YAMLValues.Problem? {
        var text = yaml
        return text.withUTF8 { YAMLEventAudit.audit($0, lineOffset: lineOffset) }
    }

    /// `levels` levels of nine aliases of the level before.
    private func laughs(_ levels: Int) -> String {
        "l0: &a0 [lol]\n"
            + (1...levels).map {
                "l\($0): &a\($0) [\(Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ", "))]\n"
            }
            .joined()
    }

    func testBillionLaughsStopAtTheAliasThatPassesTheBound() {
        let problem = audit(laughs(9), lineOffset: 1)
        XCTAssertNotNil(problem)
        // Values per alias of a0…a4: 2, 19, 172, 1,549, 13,942. The aliases of
        // l1…l4 add up to 15,678; the 7th of l5 (`*a4, ` is 5 columns) passes 100,000.
        XCTAssertEqual(problem?.line, 7)
        XCTAssertEqual(problem?.column, 10 + 5 * 6)
        XCTAssertTrue(problem?.message.contains("aliases expand to more than 100000 values") ?? false)
    }

    func testAliasesWithinTheBoundAreFine() {
        XCTAssertNil(audit(laughs(3)))
        XCTAssertNil(audit("base: &b {team: x, tags: [a, b]}\none: *b\ntwo: *b\n"))
    }

    func testAliasesOfAliasedValuesCountExpanded() {
        // a2 holds 9 copies of a1 (9 x 10 values): eleven aliases of it are 11 x 92 values.
        let wide = "a0: &a0 [" + Array(repeating: "x", count: 9).joined(separator: ", ") + "]\n"
        let yaml =
            wide + "a1: &a1 [" + Array(repeating: "*a0", count: 9).joined(separator: ", ") + "]\n"
            + "a2: &a2 [" + Array(repeating: "*a1", count: 9).joined(separator: ", ") + "]\n"
            + "big: [" + Array(repeating: "*a2", count: 200).joined(separator: ", ") + "]\n"
        let problem = audit(yaml)
        XCTAssertEqual(problem?.line, 4)
    }

    func testUndefinedAliasAndBrokenYAMLAreLeftToYams() {
        XCTAssertNil(audit("a: *nowhere\n"))
        XCTAssertNil(audit("a: [\n"))
        XCTAssertNil(audit("a: 'unclosed\n"))
    }

    func testNestingPastTheDepth() {
        XCTAssertNil(audit("x: " + String(repeating: "[", count: 99) + String(repeating: "]", count: 99) + "\n"))
        let problem = audit("x: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n")
        XCTAssertEqual(problem?.line, 1)
        XCTAssertTrue(problem?.message.contains("nested deeper than 100 levels") ?? false)
    }

    func testNestingThroughAliasesCountsExpanded() {
        let deep = String(repeating: "[", count: 60) + "x" + String(repeating: "]", count: 60)
        let wrapped = String(repeating: "[", count: 60) + "*d" + String(repeating: "]", count: 60)
        let problem = audit("d: &d \(deep)\ne: \(wrapped)\n")
        XCTAssertEqual(problem?.line, 2)
        XCTAssertTrue(problem?.message.contains("aliases expanded") ?? false)
    }

    func testDuplicateKeyIsFoundAtTheDuplicate() {
        let problem = audit("title: A\nweight: 1\ntitle: B\n", lineOffset: 1)
        XCTAssertEqual(problem?.line, 4)
        XCTAssertEqual(problem?.column, 1)
        XCTAssertEqual(problem?.notes, ["`title` is first set on line 2"])
    }

    func testNestedDuplicateAndSameKeysInOtherMappings() {
        XCTAssertNil(audit("a: {k: 1}\nb: {k: 2}\nc: [{k: 1}, {k: 2}]\n"))
        let problem = audit("meta:\n  k: 1\n  j: 2\n  k: 3\n")
        XCTAssertEqual(problem?.line, 4)
        XCTAssertEqual(problem?.column, 3)
    }

    func testAValueEqualToAKeyIsNoDuplicate() {
        XCTAssertNil(audit("title: title\nx: title\n"))
    }
}
