import DocgenMarkdown
import Foundation
import XCTest

/// docgen's GFM against cmark-gfm 0.29.0.gfm.6 on generated documents: after
/// `GFMHTMLNormalizer` the HTML must be the same, or the difference must fall
/// in one of the named classes below, each with its reason. Any other
/// difference fails. `DOCGEN_GFM_DIFF_DUMP=dir` writes every differing
/// document and both outputs to `dir`.
final class GFMDifferentialTests: XCTestCase {
    static let seed: UInt64 = 0x6466_6d67_6466_6d00
    static let documentCount = 1_200

    /// Differences accepted with the extensions on.
    static let extensionClasses: [GFMDifferenceClass] = coreClasses + GFMKnownDifferences.all

    /// Differences accepted between cmark 0.30 and cmark-gfm's CommonMark 0.29
    /// core, extensions off (they carry over to the runs with extensions).
    static let coreClasses: [GFMDifferenceClass] = []

    static func documents() -> [String] {
        var generator = GFMDocumentGenerator(seed: seed)
        return (0..<documentCount).map { _ in generator.document() }
    }

    func testExtensionsEqualCmarkGFM() throws {
        let cmarkGFM = try CmarkGFM.installed()
        let parser = MarkdownParser(extensions: [.tables, .strikethrough, .tasklists, .autolinks])
        try compare(
            label: "extensions", parser: parser, cmarkGFM: cmarkGFM, extensions: CmarkGFM.extensionNames,
            classes: Self.extensionClasses)
    }

    /// The harness and the core classes, before any extension: docgen without
    /// extensions (cmark 0.30) against cmark-gfm without extensions.
    func testCoreEqualsCmarkGFMWithoutExtensions() throws {
        let cmarkGFM = try CmarkGFM.installed()
        try compare(
            label: "core", parser: MarkdownParser(), cmarkGFM: cmarkGFM, extensions: [], classes: Self.coreClasses)
    }

    /// The generated documents exercise every feature (counted on cmark-gfm's
    /// HTML, so a feature counts only where the reference really produced it).
    func testGeneratedDocumentsCoverEachFeature() throws {
        let cmarkGFM = try CmarkGFM.installed()
        let html = try cmarkGFM.render(Self.documents())
        let features: [(name: String, test: (String) -> Bool)] = [
            ("table", { $0.contains("<table>") }),
            ("table in a list item", { $0.range(of: "<li>[^<]*\\n?<table>", options: .regularExpression) != nil }),
            ("table in a block quote", { $0.contains("<blockquote>\n<table>") }),
            ("table after a paragraph line", { $0.contains("</p>\n<table>") }),
            ("aligned cell", { $0.contains("align=\"center\"") && $0.contains("align=\"right\"") }),
            ("empty cell", { $0.contains("<td></td>") }),
            ("pipe in a code span", { $0.contains("|</code>") }),
            ("strikethrough", { $0.contains("<del>") }),
            ("www autolink", { $0.contains("href=\"http://www.") }),
            ("url autolink", { $0.contains("\">http") }),
            ("email autolink", { $0.contains("href=\"mailto:") }),
            ("unchecked task", { $0.contains("<input type=\"checkbox\" disabled=\"\" />") }),
            ("checked task", { $0.contains("checked=\"\"") }),
            ("task in an ordered list", { $0.range(of: "<ol[^>]*>\n<li><input", options: .regularExpression) != nil }),
            (
                "loose task list",
                { $0.range(of: "<li><input [^>]*/> *\\n<p>", options: .regularExpression) != nil }
            ),
        ]
        for feature in features {
            let count = html.filter(feature.test).count
            print("  generated documents with \(feature.name): \(count)")
            XCTAssertGreaterThanOrEqual(count, 20, "too few generated documents with \(feature.name)")
        }
    }

    func testGeneratorIsDeterministic() {
        var first = GFMDocumentGenerator(seed: Self.seed)
        var second = GFMDocumentGenerator(seed: Self.seed)
        for _ in 0..<50 { XCTAssertEqual(first.document(), second.document()) }
    }

    private func compare(
        label: String, parser: MarkdownParser, cmarkGFM: CmarkGFM, extensions: [String],
        classes: [GFMDifferenceClass]
    ) throws {
        let documents = Self.documents()
        let start = Date()
        let reference = try cmarkGFM.render(documents, extensions: extensions)
        let seconds = Date().timeIntervalSince(start)
        let dump = ProcessInfo.processInfo.environment["DOCGEN_GFM_DIFF_DUMP"].map {
            URL(fileURLWithPath: $0).appendingPathComponent(label)
        }
        if let dump { try FileManager.default.createDirectory(at: dump, withIntermediateDirectories: true) }
        var equal = 0
        var counts = Array(repeating: 0, count: classes.count)
        var unclassified = 0
        for (index, (markdown, html)) in zip(documents, reference).enumerated() {
            let docgen = GFMHTMLNormalizer.normalize(parser.parse(markdown).html.htmlAsWritten)
            let theirs = GFMHTMLNormalizer.normalize(html)
            if docgen == theirs {
                equal += 1
                continue
            }
            var difference = GFMDifferenceClass.Case(markdown: markdown, docgen: docgen, cmarkGFM: theirs)
            if let dump {
                let text = "<!-- markdown -->\n\(markdown)\n<!-- docgen -->\n\(docgen)\n<!-- cmark-gfm -->\n\(theirs)\n"
                try Data(text.utf8).write(to: dump.appendingPathComponent("doc\(index).txt"))
            }
            var used: [Int] = []
            for (index, known) in classes.enumerated() where difference.docgen != difference.cmarkGFM {
                let rewritten = known.rewrite(difference)
                if rewritten != difference { used.append(index) }
                difference = rewritten
            }
            if difference.docgen == difference.cmarkGFM {
                for index in used { counts[index] += 1 }
            } else {
                unclassified += 1
                if unclassified <= 20 {
                    XCTFail(
                        """
                        \(label): document \(index) differs from cmark-gfm in no known way:
                        markdown: \(markdown.debugDescription)
                        docgen:    \(difference.docgen.debugDescription)
                        cmark-gfm: \(difference.cmarkGFM.debugDescription)
                        """)
                }
            }
        }
        print(
            """
            GFM differential (\(label)): \(documents.count) documents, \(equal) equal, \
            \(documents.count - equal) different (\(unclassified) unclassified); cmark-gfm took \
            \(String(format: "%.1f", seconds)) s
            """)
        for (difference, count) in zip(classes, counts) {
            print("  \(difference.name): \(count) (\(difference.reason))")
        }
        XCTAssertEqual(unclassified, 0, "\(label): differences from cmark-gfm that no class explains")
    }
}
