import DocgenMarkdown
import XCTest

/// The examples of the GFM spec (0.29-gfm) for tables, strikethrough and
/// autolinks, and cmark-gfm's own extension tests (`extensions.txt`), parsed by
/// docgen with every extension on: the HTML must be the expected HTML after
/// `GFMHTMLNormalizer`. Raw HTML is on, as for the spec's reference renderer
/// (one table example holds `<strong>` in a cell).
final class GFMSpecTests: XCTestCase {
    static let specPath = "shared/gfm/spec-0.29-gfm.txt"
    static let extensionsPath = "shared/gfm/extensions.txt"
    /// The info strings of the spec's extension examples that docgen implements
    /// (`tagfilter` it does not: raw HTML is omitted or published whole).
    static let specKinds: Set<String> = ["table", "strikethrough", "autolink"]
    /// The sections of `extensions.txt` docgen implements (not `HTML tag filter`).
    static let extensionSections: Set<String> = [
        "Tables", "Strikethroughs", "Autolinks", "Interop", "Task lists", "Footnotes",
    ]

    /// Spec examples (by number) where docgen's HTML may differ, each with its
    /// reason; each must still differ, so the list cannot outlive its reason.
    static let acceptedSpecDifferences: [Int: String] = [:]
    /// The same for `extensions.txt`.
    static let acceptedExtensionsDifferences: [Int: String] = [
        23: """
        docgen's footnotes section carries `aria-label="Footnotes"`: a section with neither heading nor label is \
        unnamed to assistive technology (the Nu HTML checker warns), and github.com names it too; the rest is \
        cmark-gfm 0.29's markup
        """
    ]
    /// `extensions.txt` examples whose expected HTML is `<IGNORE>`: only
    /// parsing them without a crash is checked.
    static let crashOnlyExtensionExamples: [Int: String] = [
        20: "expected HTML is <IGNORE>: the example only checks that `(_A_@_.A` does not crash the autolinker"
    ]

    let parser = MarkdownParser(allowsRawHTML: true, extensions: .all)

    func testSpecExtensionExamples() throws {
        let file = try GFMSpecFile.load(Self.specPath)
        let examples = file.examples.filter { Self.specKinds.contains($0.info) }
        XCTAssertEqual(examples.count, 21, "8 table, 2 strikethrough and 11 autolink examples")
        check(examples, label: "GFM spec 0.29", accepted: Self.accepted(Self.acceptedSpecDifferences), by: \.info)
    }

    func testExtensionsFileExamples() throws {
        let file = try GFMSpecFile.load(Self.extensionsPath)
        let examples = file.examples.filter { Self.extensionSections.contains($0.section) }
        XCTAssertEqual(examples.count, 27, "extensions.txt without its one tag-filter example")
        var ran: [GFMSpecFile.Example] = []
        for example in examples {
            if let reason = Self.crashOnlyExtensionExamples[example.number] {
                _ = parser.parse(example.markdown)
                print("extensions.txt example \(example.number): parsed without crashing only (\(reason))")
            } else {
                ran.append(example)
            }
        }
        check(ran, label: "extensions.txt", accepted: Self.accepted(Self.acceptedExtensionsDifferences), by: \.section)
    }

    /// The spec's two task-list examples are marked `disabled` (cmark-gfm's
    /// test runner skips them): their expected HTML is written as GitHub's
    /// site writes it (`<input disabled="" type="checkbox">`, other attribute
    /// order, no ` /`), not as cmark-gfm does. They are not compared; the same
    /// Markdown is in `extensions.txt`'s `## Task lists` with cmark-gfm's
    /// markup, which `testExtensionsFileExamples` checks. This test proves that.
    func testDisabledTaskListExamplesAreCoveredByExtensionsFile() throws {
        let spec = try GFMSpecFile.load(Self.specPath)
        let extensions = try GFMSpecFile.load(Self.extensionsPath)
        let disabled = spec.examples.filter { $0.info == "disabled" }
        XCTAssertEqual(disabled.map(\.number), [279, 280])
        let taskExamples = extensions.examples.filter { $0.section == "Task lists" }
        for example in disabled {
            XCTAssertTrue(
                taskExamples.contains { $0.markdown.hasPrefix(example.markdown) },
                "disabled spec example \(example.number) starts an extensions.txt task-list example")
        }
        print("GFM spec 0.29 task lists: examples 279 and 280 skipped (disabled: GitHub's markup, not cmark-gfm's)")
    }

    /// The harness itself: cmark-gfm's own output for the same examples after
    /// the same normalization equals the expected HTML, except where listed.
    func testCmarkGFMMatchesTheExamples() throws {
        let cmarkGFM = try CmarkGFM.installed()
        let spec = try GFMSpecFile.load(Self.specPath).examples.filter { Self.specKinds.contains($0.info) }
        let extensions = try GFMSpecFile.load(Self.extensionsPath).examples.filter {
            Self.extensionSections.contains($0.section) && Self.crashOnlyExtensionExamples[$0.number] == nil
        }
        let names = CmarkGFM.extensionNames + ["footnotes"]
        let specHTML = try cmarkGFM.render(spec.map(\.markdown), extensions: names, unsafe: true)
        let extensionsHTML = try cmarkGFM.render(extensions.map(\.markdown), extensions: names, unsafe: true)
        let known: [Int: String] = [
            23: """
            footnote markup: Debian's 0.29.0.gfm.6 writes the newer form (`#fn-1`, `data-footnote-ref`, \
            `aria-label`, named ids) introduced in 0.29.0.gfm.1, after this extensions.txt was written
            """
        ]
        var failing: [String] = []
        for (example, html) in zip(spec, specHTML) where !Self.equal(html, example.html) {
            failing.append("spec \(example.number)")
        }
        for (example, html) in zip(extensions, extensionsHTML) where !Self.equal(html, example.html) {
            failing.append("extensions \(example.number)")
            if known[example.number] == nil {
                XCTFail("cmark-gfm differs on extensions.txt example \(example.number): \(html.debugDescription)")
            }
        }
        XCTAssertEqual(failing, known.keys.sorted().map { "extensions \($0)" })
        print(
            """
            cmark-gfm (\(cmarkGFM.version.split(separator: "\n").first ?? "")): \
            \(spec.count + extensions.count - failing.count) of \(spec.count + extensions.count) examples pass; \
            fails \(failing.isEmpty ? "none" : failing.joined(separator: ", "))
            """)
    }

    static func equal(_ actual: String, _ expected: String) -> Bool {
        GFMHTMLNormalizer.normalize(actual) == GFMHTMLNormalizer.normalize(expected)
    }

    private static func accepted(_ reasons: [Int: String]) -> Set<Int> { Set(reasons.keys) }

    /// Compares each example, fails on an unlisted difference and on a listed
    /// example that no longer differs, and prints the passes per group.
    private func check(
        _ examples: [GFMSpecFile.Example], label: String, accepted: Set<Int>,
        by group: KeyPath<GFMSpecFile.Example, String>
    ) {
        var passed: [String: Int] = [:]
        var total: [String: Int] = [:]
        var order: [String] = []
        for example in examples {
            let key = example[keyPath: group]
            if total[key] == nil { order.append(key) }
            total[key, default: 0] += 1
            let html = parser.parse(example.markdown).html.htmlAsWritten
            let same = Self.equal(html, example.html)
            if same { passed[key, default: 0] += 1 }
            if accepted.contains(example.number) {
                XCTAssertFalse(same, "\(label) example \(example.number) is listed as differing but now matches")
            } else if !same {
                XCTFail(
                    """
                    \(label) example \(example.number) (\(key), line \(example.line)):
                    markdown: \(example.markdown.debugDescription)
                    expected: \(GFMHTMLNormalizer.normalize(example.html).debugDescription)
                    docgen:   \(GFMHTMLNormalizer.normalize(html).debugDescription)
                    """)
            }
        }
        for key in order {
            print("\(label) \(key): \(passed[key, default: 0]) of \(total[key]!) examples pass")
        }
    }
}
