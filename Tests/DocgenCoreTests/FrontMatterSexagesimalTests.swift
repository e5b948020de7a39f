import XCTest
import Yams

@testable import DocgenCore

/// Found by the front-matter fuzz target (Tests/fuzz/crashers/frontmatter/):
/// YAML 1.1 reads `1:30` as the base-60 integer 90, and Yams multiplies the
/// parts out unchecked, so a value too large for an `Int` crashed docgen on
/// the page's front matter. Such a value is now a float, or refused where
/// an integer is required.
final class FrontMatterSexagesimalTests: XCTestCase {
    func testFuzzCrasherIsReadWithoutACrash() {
        // The committed crasher, byte for byte.
        let result = FrontMatterParser().parse("---\nd: [200000000000000000:0]\n---")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.frontMatter.endLine, 3)
    }

    func testTooLargeSexagesimalParamsAreFloats() {
        for text in [
            "1:0:0:0:0:0:0:0:0:0:0:0", "9223372036854775807:1", "-9223372036854775807:59", "1:9223372036854775807",
        ] {
            let node = Node.scalar(.init(text, .implicit, .plain))
            XCTAssertNil(YAMLValues.yamsInt(node), text)
            XCTAssertNotNil(YAMLValues.plain(node) as? Double, text)
        }
    }

    func testSexagesimalThatFitsIsStillAnInteger() {
        let cases: [(String, Int)] = [
            ("1:30", 90), ("-1:0:0", -3600), ("+2:0", 120), ("1_0:0", 600),
            ("1:0:0:0:0:0:0:0:0:0:0", 604_661_760_000_000_000),
        ]
        for (text, value) in cases {
            XCTAssertEqual(YAMLValues.yamsInt(Node.scalar(.init(text, .implicit, .plain))), value, text)
        }
        XCTAssertEqual(FrontMatterParser().parse("---\nweight: 1:30\n---\n").frontMatter.weight, 90)
    }

    func testTooLargeSexagesimalWeightIsRefused() {
        let problems = FrontMatterParser().parse("---\nweight: 1:0:0:0:0:0:0:0:0:0:0:0\n---\n").problems
        XCTAssertEqual(problems.map(\.line), [2])
        XCTAssertTrue(problems.first?.message.contains("`weight` must be an integer") ?? false, "\(problems)")
    }
}
