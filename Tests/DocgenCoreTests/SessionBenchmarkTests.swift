import Foundation
import XCTest

@testable import DocgenCore

/// Times a `SiteSession` on a large site; skipped unless
/// `DOCGEN_SESSION_BENCH` names a site folder (for example the 10,000-page
/// corpus of `bench/gen_corpus.py`). Run it in release:
///
///     DOCGEN_SESSION_BENCH=/tmp/session-c10k swift test -c release -Xswiftc -enable-testing \
///         --filter SessionBenchmarkTests
///
/// It edits pages of that site one at a time (text edits, then title edits),
/// rebuilds after each and prints the times, and puts every file back.
final class SessionBenchmarkTests: XCTestCase {
    func testOnePageEditRebuildTimes() throws {
        guard let folder = ProcessInfo.processInfo.environment["DOCGEN_SESSION_BENCH"] else {
            throw XCTSkip("set DOCGEN_SESSION_BENCH to a site folder to run the benchmark")
        }
        let root = URL(fileURLWithPath: folder)
        let before = Self.peakRSS()
        var started = Date()
        let session = SiteSession(options: BuildOptions(siteRoot: root))
        let ready = Date().timeIntervalSince(started)
        XCTAssertNil(session.initial.setupError)
        let afterFirst = Self.peakRSS()
        print(
            String(
                format: "session: first build %.0f ms, %d pages rendered, peak RSS %.0f MB (%.0f MB before it)",
                ready * 1000, session.initial.renderedPages, afterFirst, before))

        let content = root.appendingPathComponent("content")
        let pages = try Self.markdownFiles(in: content)
        var generator = SeededGenerator(seed: 50)
        let chosen = (0..<60).map { _ in pages[Int.random(in: 0..<pages.count, using: &generator)] }
        for (kind, edits) in [("text", Array(chosen.prefix(50))), ("title", Array(chosen.suffix(10)))] {
            var times: [Double] = []
            var rendered: [Int] = []
            for (number, path) in edits.enumerated() {
                let file = content.appendingPathComponent(path)
                let original = try Data(contentsOf: file)
                defer { try? original.write(to: file) }
                var text = String(decoding: original, as: UTF8.self)
                if kind == "text" {
                    text += "\nAn edit, number \(number).\n"
                } else if let range = text.range(of: "title: \"") {
                    text.replaceSubrange(range, with: "title: \"Edited \(number) ")
                } else {
                    text = "# Edited \(number)\n\n" + text
                }
                try Data(text.utf8).write(to: file)
                started = Date()
                let build = session.rebuild(changed: [file.path])
                times.append(Date().timeIntervalSince(started) * 1000)
                rendered.append(build.renderedPages)
                XCTAssertNil(build.setupError)
                if number < 2, let timings = session.current?.timings { print(timings.table) }
                _ = session.rebuild(changed: [file.path])  // put back, outside the timing
            }
            let sorted = times.sorted()
            print(
                String(
                    format:
                        "session: %@ edit rebuild over %d pages: p50 %.1f ms, p95 %.1f ms, max %.1f ms; pages rendered p50 %d, max %d",
                    kind, edits.count, sorted[sorted.count / 2], sorted[min(sorted.count - 1, sorted.count * 95 / 100)],
                    sorted.last!, rendered.sorted()[rendered.count / 2], rendered.max()!))
        }
        // A page added, then deleted: the site is indexed and checked again.
        var structural: [Double] = []
        for number in 0..<5 {
            let file = content.appendingPathComponent((chosen[number] as NSString).deletingLastPathComponent)
                .appendingPathComponent("session-bench-\(number).md")
            try Data("# Added \(number)\n\nA new page.\n".utf8).write(to: file)
            started = Date()
            _ = session.rebuild(changed: [file.path])
            structural.append(Date().timeIntervalSince(started) * 1000)
            if number == 0, let timings = session.current?.timings { print(timings.table) }
            try FileManager.default.removeItem(at: file)
            started = Date()
            _ = session.rebuild(changed: [file.path])
            structural.append(Date().timeIntervalSince(started) * 1000)
        }
        structural.sort()
        print(
            String(
                format: "session: page added or deleted: p50 %.0f ms, max %.0f ms", structural[structural.count / 2],
                structural.last!))
        print(String(format: "session: peak RSS after the edits %.0f MB", Self.peakRSS()))
        // Pages are rendered when asked for: what serving one costs.
        var serving: [Double] = []
        for path in chosen.prefix(50) {
            let output = PageURL.outputPath(forURL: PageURL.defaultURL(forSourcePath: path))
            started = Date()
            let bytes = session.file(at: output)
            serving.append(Date().timeIntervalSince(started) * 1000)
            _ = bytes  // nil for a draft or a page another claims
        }
        serving.sort()
        print(
            String(
                format: "session: file(at:) of a page: p50 %.2f ms, max %.2f ms", serving[serving.count / 2],
                serving.last!))
    }

    /// The process's peak resident set, in MB.
    static func peakRSS() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func markdownFiles(in folder: URL) throws -> [String] {
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md"), !path.split(separator: "/").last!.hasPrefix("_") { files.append(path) }
        }
        return files.sorted()
    }
}
