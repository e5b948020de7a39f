import Dispatch
import DocgenMarkdown
import Foundation
import XCTest

/// What the parser finds does not depend on how it runs: a check-only parse
/// (no HTML, so no markers planted in cmark's tree) and parses on many
/// threads at once (each in its own cmark arena) find what a rendering parse
/// on one thread finds.
final class ParseModeTests: XCTestCase {
    private static var pages: [String] {
        GeneratedPositionTests.lineEndings.enumerated().map { index, lineEnding in
            GeneratedPositionTests.page(seed: UInt64(index + 1), blocks: 45, lineEnding: lineEnding).markdown
        } + [HTMLFixtureTests.page]
    }

    private static func summary(_ parsed: ParsedMarkdown) -> [String] {
        parsed.headings.map { "heading \($0.level) \($0.id) \($0.position) \($0.text)" }
            + parsed.links.map {
                "link \($0.kind.rawValue) \($0.position) \($0.slot.map(String.init) ?? "-") \($0.destination)"
            }
            + parsed.syntaxProblems.map { "problem \($0.kind.rawValue) \($0.position) \($0.target) \($0.excerpt)" }
            + parsed.htmlAnchors.map { "anchor \($0)" } + ["raw HTML \(parsed.firstRawHTML?.description ?? "-")"]
    }

    func testCheckOnlyParseFindsWhatTheRenderingParseFinds() {
        for markdown in Self.pages {
            for allowsRawHTML in [false, true] {
                let rendering = MarkdownParser(allowsRawHTML: allowsRawHTML).parse(markdown)
                let checking = MarkdownParser(allowsRawHTML: allowsRawHTML, rendersHTML: false).parse(markdown)
                XCTAssertEqual(Self.summary(checking), Self.summary(rendering))
                XCTAssertEqual(checking.html.pieces, [""])
            }
        }
    }

    func testParsesOnManyThreadsAgree() {
        let pages = Self.pages
        let parser = MarkdownParser()
        let expected = pages.map { parser.parse($0) }
        let rounds = 8
        let results = Results(count: pages.count * rounds)
        DispatchQueue.concurrentPerform(iterations: pages.count * rounds) { index in
            let parsed = parser.parse(pages[index % pages.count])
            results.store(Self.summary(parsed) + parsed.html.pieces + parsed.html.slots, at: index)
        }
        for index in 0..<(pages.count * rounds) {
            let serial = expected[index % pages.count]
            XCTAssertEqual(results.values[index], Self.summary(serial) + serial.html.pieces + serial.html.slots)
        }
    }
}

/// Slots written by `concurrentPerform`, each by one iteration.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [[String]]

    init(count: Int) { values = Array(repeating: [], count: count) }

    func store(_ value: [String], at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
