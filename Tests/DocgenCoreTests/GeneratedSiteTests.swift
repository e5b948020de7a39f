import XCTest

@testable import DocgenCore

/// A few hundred generated pages with planted link defects: `docgen check`
/// must report every defect at its exact file, line and column with its code
/// (recall 1.0) and nothing else (precision 1.0).
final class GeneratedSiteTests: XCTestCase {
    func testEveryPlantedDefectIsFoundAtItsPositionAndNothingElse() throws {
        for seed: UInt64 in [1, 42] {
            var generator = GeneratedSite(seed: seed, sections: 8, pagesPerSection: 30)
            let (files, expected) = generator.generate()
            let site = try FixtureSite(files)
            let report = try site.check()
            let reported = Set(
                report.diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0):\($0.column ?? 0) \($0.code)" })
            XCTAssertEqual(files.count, 8 * 31 + 1)
            XCTAssertGreaterThan(expected.count, 100, "the generator plants enough defects to mean something")
            XCTAssertEqual(Set(expected).count, expected.count)
            XCTAssertEqual(reported.subtracting(expected).sorted(), [], "false positives (seed \(seed))")
            XCTAssertEqual(Set(expected).subtracting(reported).sorted(), [], "missed defects (seed \(seed))")
        }
    }
}

/// A deterministic generator of a small docs site. Every link it writes is
/// either valid or a planted defect whose position it records as it writes.
private struct GeneratedSite {
    var state: UInt64
    let sections: Int
    let pagesPerSection: Int

    init(seed: UInt64, sections: Int, pagesPerSection: Int) {
        state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        self.sections = sections
        self.pagesPerSection = pagesPerSection
    }

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private func heading(_ page: Int, _ index: Int) -> String { "Topic \(index) of page \(page)" }
    private func slug(_ page: Int, _ index: Int) -> String { "topic-\(index)-of-page-\(page)" }

    mutating func generate() -> (files: [String: String], expected: [String]) {
        var files: [String: String] = ["content/assets/logo.png": "png"]
        var expected: [String] = []
        for section in 0..<sections {
            files["content/s\(section)/index.md"] =
                "---\ntitle: Section \(section)\n---\n\nPages of section \(section).\n"
            for page in 0..<pagesPerSection {
                let path = "content/s\(section)/p\(page).md"
                var lines = ["---", "title: \"Page \(page)\"", "weight: \(next(100))", "---", ""]
                for block in 0..<4 {
                    lines.append("## \(heading(page, block))")
                    lines.append("")
                    var line = next(2) == 0 ? "Intro ü text " : "  Plain text "
                    for _ in 0..<3 {
                        let (link, defect) = link(section: section, page: page)
                        if let defect {
                            expected.append("\(path):\(lines.count + 1):\(line.count + 1) \(defect)")
                        }
                        line += link + " and "
                    }
                    lines.append(line + "more.")
                    lines.append("")
                    if next(4) == 0 {
                        lines += ["```markdown", "[not a link](missing.md) [x}(y)", "```", ""]
                    }
                }
                lines.append("[ref-ok]: ../s\((section + 1) % sections)/p0.md")
                files[path] = lines.joined(separator: "\n") + "\n"
            }
        }
        return (files, expected)
    }

    /// One link slot: valid most of the time, else one of the five defects.
    private mutating func link(section: Int, page: Int) -> (String, String?) {
        let other = next(pagesPerSection)
        let otherSection = next(sections)
        switch next(20) {
        case 0: return ("[gone](../s\(otherSection)/nope\(other).md)", "missing-page")
        case 1: return ("[gone](/s\(otherSection)/p\(other)#no-such-heading)", "missing-anchor")
        case 2: return ("![img](../assets/missing\(other).png)", "missing-asset")
        case 3: return ("[typo}(p\(other).md)", "malformed-link")
        case 4: return ("[text][undefined-\(other)]", "undefined-reference")
        case 5...8: return ("[sib](p\(other).md#\(slug(other, next(4))))", nil)
        case 9...11: return ("[root](/s\(otherSection)/p\(other)/)", nil)
        case 12...13: return ("![logo](../assets/logo.png)", nil)
        case 14: return ("[ref][ref-ok]", nil)
        case 15: return ("[same](#\(slug(page, next(4))))", nil)
        case 16: return ("<https://example.com/x>", nil)
        case 17: return ("`[code](nope.md)`", nil)
        default: return ("[up](../index.md)", nil)
        }
    }
}
