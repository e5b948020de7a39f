import XCTest

@testable import DocgenCore

/// A few hundred generated pages with planted link defects: `docgen check`
/// must report every defect at its exact file, line and column with its code
/// (recall 1.0) and nothing else (precision 1.0). Links stand in paragraphs,
/// table cells, task items, `:::note` and `> [!WARNING]` callouts and footnote
/// definitions, and some headings have an explicit `{#id}`.
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

    /// The last heading of every page has an explicit id, which replaces its slug.
    private func heading(_ page: Int, _ index: Int) -> String {
        "Topic \(index) of page \(page)" + (index == 3 ? " {#t3-p\(page)}" : "")
    }
    private func slug(_ page: Int, _ index: Int) -> String {
        index == 3 ? "t3-p\(page)" : "topic-\(index)-of-page-\(page)"
    }

    mutating func generate() -> (files: [String: String], expected: [String]) {
        var files: [String: String] = ["content/assets/logo.png": "png"]
        var expected: [String] = []
        for section in 0..<sections {
            files["content/s\(section)/index.md"] =
                "---\ntitle: Section \(section)\n---\n\nPages of section \(section).\n"
            for page in 0..<pagesPerSection {
                let path = "content/s\(section)/p\(page).md"
                var lines = ["---", "title: \"Page \(page)\"", "weight: \(next(100))", "---", ""]
                var footnotes: [String] = []
                for block in 0..<4 {
                    lines.append("## \(heading(page, block))")
                    lines.append("")
                    // A line of three links, in one of the constructs; `open` and
                    // `close` are the lines around it, `between` what separates links.
                    var line: String
                    var open: [String] = []
                    var close: [String] = []
                    var between = " and "
                    var end = "more."
                    switch next(7) {
                    case 0:
                        open = ["| One | Two | Three | Four |", "| --- | :---: | ---: | --- |"]
                        line = "| ü "
                        between = " | "
                        end = "end |"
                    case 1:
                        line = next(2) == 0 ? "- [ ] Task ü " : "- [x] Done "
                    case 2:
                        open = [":::note"]
                        line = "Noted ü "
                        close = [":::"]
                    case 3:
                        open = ["> [!WARNING]"]
                        line = "> Careful ü "
                    case 4:
                        // The links go into a footnote definition at the end of the page.
                        let label = next(2) == 0 ? "\(block + 1)" : "note-\(block)"
                        lines += ["Claimed ü[^\(label)] here.", ""]
                        footnotes.append(label)
                        continue
                    default:
                        line = next(2) == 0 ? "Intro ü text " : "  Plain text "
                    }
                    lines += open
                    for _ in 0..<3 {
                        let (link, defect) = link(section: section, page: page)
                        if let defect {
                            expected.append("\(path):\(lines.count + 1):\(line.count + 1) \(defect)")
                        }
                        line += link + between
                    }
                    lines.append(line + end)
                    lines += close
                    lines.append("")
                    if next(4) == 0 {
                        lines += ["```markdown", "[not a link](missing.md) [x}(y) [^nope] :::note", "```", ""]
                    }
                }
                for label in footnotes {
                    var line = "[^\(label)]: See "
                    for _ in 0..<3 {
                        let (link, defect) = link(section: section, page: page)
                        if let defect {
                            expected.append("\(path):\(lines.count + 1):\(line.count + 1) \(defect)")
                        }
                        line += link + " and "
                    }
                    lines += [line + "more.", ""]
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
        case 1:
            // The slug of a heading with an explicit id is no anchor.
            let fragment = next(2) == 0 ? "no-such-heading" : "topic-3-of-page-\(other)"
            return ("[gone](/s\(otherSection)/p\(other)#\(fragment))", "missing-anchor")
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
