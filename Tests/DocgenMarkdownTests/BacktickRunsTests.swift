import XCTest

@testable import DocgenMarkdown

/// `BacktickRuns` must close code spans exactly where a scan to the next run
/// of the same width does (the scanner's old, quadratic way), at every
/// backtick, including ones inside a run after an escaped backtick.
final class BacktickRunsTests: XCTestCase {
    private func scanned(_ text: [UInt8], at index: Int) -> Int {
        var run = index
        while run < text.count, text[run] == UInt8(ascii: "`") { run += 1 }
        let width = run - index
        var search = run
        while search < text.count {
            if text[search] == UInt8(ascii: "`") {
                var end = search
                while end < text.count, text[end] == UInt8(ascii: "`") { end += 1 }
                if end - search == width { return end }
                search = end
            } else {
                search += 1
            }
        }
        return run
    }

    func testClosesWhereAScanWouldAtEveryBacktick() {
        var generator = SystemRandomNumberGenerator.Seeded(seed: 0x5EED)
        let alphabet = Array("``` a\\".utf8)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let runs = BacktickRuns(text)
            for index in text.indices where text[index] == UInt8(ascii: "`") {
                XCTAssertEqual(
                    runs.endOfCodeSpan(at: index), scanned(text, at: index),
                    "\(String(decoding: text, as: UTF8.self)) at \(index)")
            }
        }
    }

    func testExamples() {
        let text = Array("a ``b` c`` `d` ```".utf8)
        let runs = BacktickRuns(text)
        XCTAssertEqual(runs.endOfCodeSpan(at: 2), 10, "`` closes at the next ``")
        XCTAssertEqual(runs.endOfCodeSpan(at: 3), 6, "from inside the run: a single ` closes at the next single one")
        XCTAssertEqual(runs.endOfCodeSpan(at: 15), 18, "an unclosed run ends where it ends")
    }
}

extension SystemRandomNumberGenerator {
    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    fileprivate struct Seeded: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
