import DocgenMarkdown
import XCTest

/// The heading-id rule of links.md and shared/bench/README.md: lowercase, drop
/// everything but letters, digits, space, `-` and `_`, each space becomes `-`,
/// runs are not collapsed, repeats get `-1`, `-2`, … in document order.
final class HeadingSluggerTests: XCTestCase {
    func testBenchExamples() {
        XCTAssertEqual(HeadingSlugger.slug("Cache & token"), "cache--token")
        XCTAssertEqual(HeadingSlugger.slug("Token - experimental mode"), "token---experimental-mode")
        XCTAssertEqual(HeadingSlugger.slug("Using cache_dir"), "using-cache_dir")
    }

    func testCodeSpanInHeadingKeepsItsTextWithoutBackticks() {
        let headings = MarkdownParser().parse("## Using `cache_dir`\n").headings
        XCTAssertEqual(headings.map(\.text), ["Using cache_dir"])
        XCTAssertEqual(headings.map(\.id), ["using-cache_dir"])
    }

    func testLowercasesAndDropsPunctuation() {
        XCTAssertEqual(HeadingSlugger.slug("Hello, World!"), "hello-world")
        XCTAssertEqual(HeadingSlugger.slug("What's new? (v2.0)"), "whats-new-v20")
        XCTAssertEqual(HeadingSlugger.slug("a.b/c:d"), "abcd")
        XCTAssertEqual(HeadingSlugger.slug("  two  spaces  "), "--two--spaces--")
        XCTAssertEqual(HeadingSlugger.slug("--already-dashed__"), "--already-dashed__")
        XCTAssertEqual(HeadingSlugger.slug("C++ & C#"), "c--c")
        XCTAssertEqual(HeadingSlugger.slug("???"), "")
    }

    func testUnicodeLettersAndDigitsAreKept() {
        XCTAssertEqual(HeadingSlugger.slug("Über Größe"), "über-größe")
        XCTAssertEqual(HeadingSlugger.slug("日本語の見出し"), "日本語の見出し")
        XCTAssertEqual(HeadingSlugger.slug("Ελληνικά Κείμενα"), "ελληνικά-κείμενα")
        XCTAssertEqual(HeadingSlugger.slug("Привет мир"), "привет-мир")
        XCTAssertEqual(HeadingSlugger.slug("cafe\u{301}"), "cafe\u{301}", "combining marks belong to their letter")
        XCTAssertEqual(HeadingSlugger.slug("हिन्दी"), "हिन्दी", "Devanagari vowel signs and virama are kept")
        XCTAssertEqual(HeadingSlugger.slug("v٣ step 3"), "v٣-step-3", "decimal digits of any script are digits")
    }

    func testSymbolsEmojiAndNonDigitNumbersAreDropped() {
        XCTAssertEqual(HeadingSlugger.slug("Rocket 🚀 launch"), "rocket--launch")
        XCTAssertEqual(HeadingSlugger.slug("Price £5 – ½ off"), "price-5---off")
        XCTAssertEqual(HeadingSlugger.slug("x² + y²"), "x--y", "superscripts are not digits")
        XCTAssertEqual(HeadingSlugger.slug("tab\there"), "tabhere", "only spaces become hyphens")
    }

    func testRepeatsGetNumberedSuffixesInOrder() {
        XCTAssertEqual(
            ids(["Intro", "Intro", "intro", "Setup", "INTRO"]), ["intro", "intro-1", "intro-2", "setup", "intro-3"])
    }

    func testHeadingLiterallyNamedLikeASuffixDoesNotCollide() {
        XCTAssertEqual(ids(["foo", "foo", "foo-1"]), ["foo", "foo-1", "foo-1-1"])
        XCTAssertEqual(ids(["foo-1", "foo", "foo"]), ["foo-1", "foo", "foo-2"])
    }

    func testHeadingsWithoutLettersOrDigitsAreNumberedByPosition() {
        XCTAssertEqual(ids(["!!", "??", "-1"]), ["section-1", "section-2", "-1"])
        XCTAssertEqual(
            ids(["Intro", "???", "🙂", "---", "_ _", "¿?"]),
            [
                "intro", "section-2", "section-3", "section-4", "section-5", "section-6",
            ])
        XCTAssertEqual(ids(["2", "½"]), ["2", "section-2"], "a digit is enough; other numbers are not digits")
    }

    func testPositionalIDsStepAroundHeadingsOfTheSameName() {
        XCTAssertEqual(ids(["Section 2", "!!"]), ["section-2", "section-2-1"])
        XCTAssertEqual(ids(["!!", "Section 1"]), ["section-1", "section-1-1"])
        var slugger = HeadingSlugger()
        slugger.reserve("section-1")
        XCTAssertEqual(slugger.uniqueSlug("?", headingNumber: 1), "section-1-1", "an explicit id keeps its name")
    }

    func testParserGivesHeadingsWithoutLettersAPositionalID() {
        let markdown = "# Title\n\n## ???\n\n## Section 4\n\n### 🙂\n\nSee [it](#section-2).\n"
        let parsed = MarkdownParser().parse(markdown)
        XCTAssertEqual(parsed.headings.map(\.id), ["title", "section-2", "section-4", "section-4-1"])
        XCTAssertTrue(parsed.html.htmlAsWritten.contains("<h2 id=\"section-2\">???</h2>"), parsed.html.htmlAsWritten)
        XCTAssertFalse(parsed.html.htmlAsWritten.contains("id=\"\""), parsed.html.htmlAsWritten)
    }

    /// The ids a page with these headings, in this order, gets.
    private func ids(_ texts: [String]) -> [String] {
        var slugger = HeadingSlugger()
        return texts.enumerated().map { slugger.uniqueSlug($1, headingNumber: $0 + 1) }
    }

    func testPagesWithManyHeadingsAreNumberedAlike() {
        // Past a few dozen ids the slugger changes how it stores them; the ids must not change.
        var texts: [String] = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let word = ["Intro", "Setup", "intro-1", "Setup-2", "FAQ", "faq-10", "Notes"].randomElement(
                using: &generator)!
            texts.append(Bool.random(using: &generator) ? word : word + " \(Int.random(in: 0..<40, using: &generator))")
        }
        var reference: [String: Int] = [:]
        let expected = texts.map { text -> String in
            let base = HeadingSlugger.slug(text)
            guard var count = reference[base] else {
                reference[base] = 0
                return base
            }
            var candidate: String
            repeat {
                count += 1
                candidate = "\(base)-\(count)"
            } while reference[candidate] != nil
            reference[base] = count
            reference[candidate] = 0
            return candidate
        }
        XCTAssertEqual(ids(texts), expected)
        XCTAssertEqual(Set(expected).count, texts.count)
    }

    func testParserAppliesTheSluggerPerPage() {
        let markdown = "# Intro\n\n## Intro\n\nSetup\n=====\n\n### Intro\n"
        XCTAssertEqual(MarkdownParser().parse(markdown).headings.map(\.id), ["intro", "intro-1", "setup", "intro-2"])
        XCTAssertEqual(MarkdownParser().parse("# Intro\n").headings.map(\.id), ["intro"], "a new page starts afresh")
    }
}
