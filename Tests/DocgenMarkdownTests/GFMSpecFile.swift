import Foundation
import XCTest

/// The examples of a file in the CommonMark spec format (`spec-0.29-gfm.txt`,
/// `extensions.txt`), read in place from `../shared/` beside the repository.
struct GFMSpecFile {
    struct Example {
        /// 1-based over every example of the file, as the rendered spec numbers them.
        var number: Int
        /// The 1-based line of the opening fence.
        var line: Int
        /// What follows `example` on the opening fence: "table", "disabled", or "".
        var info: String
        /// The last `## ` heading before the example, without the `## `.
        var section: String
        var markdown: String
        var html: String
    }

    var url: URL
    var examples: [Example]

    /// `path` relative to the folder that holds the repository (`shared/gfm/extensions.txt`).
    static func load(_ path: String) throws -> GFMSpecFile {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // DocgenMarkdownTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .deletingLastPathComponent()  // its parent
            .appendingPathComponent(path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw XCTSkip("GFM test data not found at \(url.path); these tests need ../\(path) beside the repository")
        }
        return GFMSpecFile(url: url, examples: parse(text))
    }

    static func parse(_ text: String) -> [Example] {
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var section = ""
        var current: Example?
        var markdown: [String] = []
        var html: [String] = []
        var inHTML = false
        func joined(_ lines: [String]) -> String {
            lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
        }
        for (index, substring) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(substring)
            guard var example = current else {
                if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
                if line.hasPrefix(fence + " example") {
                    let info = line.dropFirst(fence.count + " example".count).trimmingCharacters(in: .whitespaces)
                    current = Example(
                        number: examples.count + 1, line: index + 1, info: info, section: section, markdown: "",
                        html: "")
                    markdown = []
                    html = []
                    inHTML = false
                }
                continue
            }
            if !inHTML {
                if line == "." { inHTML = true } else { markdown.append(line) }
            } else if line == fence {
                example.markdown = joined(markdown)
                example.html = joined(html)
                examples.append(example)
                current = nil
            } else {
                html.append(line)
            }
        }
        return examples
    }
}
