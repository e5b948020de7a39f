import XCTest
import Yams

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

    // MARK: - The quick reading

    /// Values whose type the quick reading must tell exactly as Yams does,
    /// or leave to Yams: words that read as bools, nulls or floats, numbers
    /// in every notation, and text that cannot be any of them.
    private static let scalars = [
        "certificate", "job", "internal", "network", "tutorial", "operations", "snacks", "yesterday", "nothing",
        "snan", "SNaN", "nan", "NaN", "inf", "Inf", "infinity", "-inf", ".inf", ".NaN", "yes", "No", "ON", "off",
        "True", "FALSE", "null", "Null", "NULL", "nULL", "~", "''", "\"\"", "'yes'", "\"5\"", "0", "5", "007",
        "1_000", "0x1F", "0o17", "0b101", "1e3", "1.5", "-5", "+5", "12:30", "190:20:30", "5 apples", "a/b",
        "x, y", "é", "K", "nan(1)", "i_n_f", "s_nan", "123456789012345678", "1234567890123456789", "a-b", "(x)",
        "2024-01-15", "2024-01-15T10:00:00Z", "1.0.2", "v1.2", "-", "_", ".", "0.", "+.inf", "-.inf", ".5e-3",
    ]

    private static var agreeingSamples: [String] {
        var samples = [
            "title: Hello\nweight: 5\ndraft: true\n",
            "title: 'quoted: yes'\ndescription: \"d\"\nslug: s\ntemplate: wide\n",
            "draft: yes\n", "draft: 'true'\n", "draft: TRUE\n", "draft: maybe\n", "draft:\n",
            "weight: 05\n", "weight: '5'\n", "weight: 5.0\n", "weight: 99999999999999999999\n",
            "aliases: /old/\n", "aliases: [/a/, /b/]\n", "aliases:\n  - /a/\n  - /b/\n", "aliases: {a: b}\n",
            "aliases: [[a]]\n", "url: /u/\npermalink: /p/\n", "permalink: /p/\nurl: /u/\n",
            "meta:\n  author: Ann\n  tags: [a, b]\n  n: 3\n  none: ~\n", "list: [a, ~, [b, c], {d: e}]\n",
            "description: |\n  line one\n  line two\n", "description: >\n  folded\n  text\n", "title:\n",
            "ключ: значение\n", "title: A\r\nweight: 2\r\n", "# comment\ntitle: A # trailing\n\n\nweight: 3\n",
            "title: [a, b]\n", "title: {a: b}\n", "1: one\nnull: two\n", "? a\n: b\n", "title: ~\nslug: null\n",
        ]
        for scalar in scalars {
            samples += ["x: \(scalar)\n", "x: [\(scalar)]\n", "x: {k: \(scalar)}\n", "weight: \(scalar)\n"]
            samples += ["draft: \(scalar)\n", "title: \(scalar)\n", "aliases: \(scalar)\n", "aliases: [\(scalar)]\n"]
            samples += ["url: \(scalar)\n"]
        }
        return samples
    }

    /// YAML that only Yams may read: errors, and shapes whose errors or
    /// values only the composed nodes give.
    private static let yamsOnlySamples = [
        "a: 1\na: 2\n", "a: 1\nb: {c: 1, c: 2}\n", "a: &x 1\nb: *x\n", "a: *x\n", "a: !!str 5\n", "a: !x [b]\n",
        "- a\n- b\n", "just text\n", "? [a]\n: b\n", "title: A\nkey: value: other\n", "a: [\n",
        "a: 1\n---\nb: 2\n", "é: 1\ne\u{301}: 2\n", "a: 'unclosed\n", "\tbad: tab\n",
    ]

    func testQuickReadingsAgreeWithYamsConstructors() {
        var quick = 0
        for yaml in Self.agreeingSamples {
            let context = yaml.debugDescription
            let oracle = Self.yamsOnlyReading(yaml)
            let (slow, problems) = FrontMatterParser().readWithYams(yaml)
            if let oracle {
                XCTAssertEqual(problems.map(\.message), [], context)
                assertSame(slow, oracle, context)
            } else {
                XCTAssertEqual(problems.count, 1, context)
            }
            let bytes = Array(yaml.utf8)
            guard let fast = bytes.withUnsafeBufferPointer({ FrontMatter(quickYAML: $0) }) else { continue }
            quick += 1
            guard let oracle else { return XCTFail("read quickly, rejected by Yams: \(context)") }
            assertSame(fast, oracle, context)
        }
        XCTAssertGreaterThan(quick, Self.agreeingSamples.count / 2, "the quick reading should take the common shapes")
    }

    private func assertSame(_ actual: FrontMatter, _ expected: FrontMatter, _ context: String) {
        XCTAssertEqual(actual.title, expected.title, context)
        XCTAssertEqual(actual.description, expected.description, context)
        XCTAssertEqual(actual.draft, expected.draft, context)
        XCTAssertEqual(actual.weight, expected.weight, context)
        XCTAssertEqual(actual.slug, expected.slug, context)
        XCTAssertEqual(actual.url, expected.url, context)
        XCTAssertEqual(actual.aliases, expected.aliases, context)
        XCTAssertEqual(actual.template, expected.template, context)
        XCTAssertEqual(Self.canonical(.map(actual.params)), Self.canonical(.map(expected.params)), context)
        XCTAssertEqual(actual.keyLines, expected.keyLines, context)
    }

    /// A value as text, map keys sorted, so that values compare (NaN too).
    private static func canonical(_ value: TemplateValue) -> String {
        switch value {
        case .list(let values): return "[" + values.map(canonical).joined(separator: ", ") + "]"
        case .map(let values):
            return "{" + values.keys.sorted().map { "\($0): \(canonical(values[$0]!))" }.joined(separator: ", ") + "}"
        default: return "\(value)"
        }
    }

    /// The front-matter reading with nothing but Yams's nodes and its own
    /// constructors, as docgen first did it: the oracle for both fast paths
    /// (`YAMLValues.quickPlain`, `FrontMatter(quickYAML:)`). Nil for YAML
    /// or a value the reading rejects.
    private static func yamsOnlyReading(_ yaml: String) -> FrontMatter? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch {
            return nil
        }
        guard let root else { return FrontMatter() }
        guard case .mapping(let mapping) = root else { return nil }
        func plain(_ node: Node) -> TemplateValue?? {
            switch node {
            case .scalar(let scalar):
                if scalar.style == .plain {
                    if node.null != nil { return .some(nil) }
                    if let value = node.bool { return .bool(value) }
                    if let value = node.int { return .int(value) }
                    if let value = node.float { return .double(value) }
                }
                return .string(scalar.string)
            case .sequence(let sequence):
                return .list(sequence.compactMap { plain($0) ?? nil })
            case .mapping(let mapping):
                var values: [String: TemplateValue] = [:]
                for (key, value) in mapping {
                    if let name = key.string, let converted = plain(value) ?? nil { values[name] = converted }
                }
                return .map(values)
            case .alias: return .some(nil)
            }
        }
        /// A URL path is a YAML string: quoted, or plain and no null, bool, int or float.
        func isString(_ node: Node) -> Bool {
            guard case .scalar(let scalar) = node else { return false }
            guard scalar.style == .plain else { return true }
            return node.null == nil && node.bool == nil && node.int == nil && node.float == nil
        }
        var frontMatter = FrontMatter()
        for (key, value) in mapping {
            guard let name = key.string else { return nil }
            frontMatter.keyLines[name] = key.mark.map { $0.line + 1 }
            if value.null != nil { continue }
            switch name {
            case "title", "description", "slug", "template", "url", "permalink":
                guard case .scalar(let scalar) = value else { return nil }
                if name == "url" || name == "permalink", !isString(value) { return nil }
                switch name {
                case "title": frontMatter.title = scalar.string
                case "description": frontMatter.description = scalar.string
                case "slug": frontMatter.slug = scalar.string
                case "template": frontMatter.template = scalar.string
                default:
                    frontMatter.url = scalar.string
                    frontMatter.keyLines["url"] = key.mark.map { $0.line + 1 }
                }
            case "draft":
                guard let bool = value.bool else { return nil }
                frontMatter.draft = bool
            case "weight":
                guard let int = value.int else { return nil }
                frontMatter.weight = int
            case "aliases":
                switch value {
                case .scalar(let scalar):
                    guard isString(value) else { return nil }
                    frontMatter.aliases = [scalar.string]
                case .sequence(let sequence):
                    frontMatter.aliases = []
                    for item in sequence {
                        guard case .scalar(let scalar) = item, isString(item) else { return nil }
                        frontMatter.aliases.append(scalar.string)
                    }
                default: return nil
                }
            default:
                if let converted = plain(value) ?? nil { frontMatter.params[name] = converted }
            }
        }
        return frontMatter
    }

    func testQuickReadingLeavesErrorsAndRareShapesToYams() {
        for yaml in Self.yamsOnlySamples {
            let bytes = Array(yaml.utf8)
            XCTAssertNil(bytes.withUnsafeBufferPointer { FrontMatter(quickYAML: $0) }, yaml.debugDescription)
        }
    }
}
