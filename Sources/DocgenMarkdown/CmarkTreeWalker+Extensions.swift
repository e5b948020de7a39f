import CCmark
import Foundation

/// What the extensions find in a run of plain text, as the tree walker
/// reads it: footnote references, a task item's box, a heading's `{#id}`,
/// autolink literals and strikethrough tildes. Each becomes a cut that
/// `InlineEdits` makes after the walk; links and problems are recorded now,
/// at their place in the file.
extension CmarkTreeWalker {
    mutating func scan(
        _ run: TextRun, in parent: OpaquePointer, context: inout InlineContext,
        tildes: inout [(run: TildeRun, id: Int)]
    ) {
        var run = run
        run.close(in: context.block)
        let text = run.text
        var cuts: [InlineEdits.Cut] = []
        var claimed = CutRanges()
        func isFree(_ range: Range<Int>, verbatim: Bool = true) -> Bool {
            (!verbatim || run.isVerbatim(range)) && !claimed.overlaps(range)
        }
        func cut(_ cut: InlineEdits.Cut) {
            cuts.append(cut)
            claimed.insert(cut.range)
        }
        func position(_ index: Int) -> SourcePosition {
            // A byte of a decoded escape or entity is where its `\` or `&` is.
            let written = run.sourceIndex(of: index)
            return source.position(
                ofOffset: context.block.sourceOffset(ofTextIndex: written >= 0 ? written : -2 - written))
        }
        let triggers = RunTriggers(text: text, run: run.range)

        if extensions.contains(.footnotes), triggers.mayHoldFootnoteReference {
            for reference in TextRunSyntax.footnoteReferences(in: text, run: run.range) where isFree(reference.range) {
                if let html = footnotes?.reference(reference.label) {
                    cut(InlineEdits.Cut(range: reference.range, replacement: .html(html)))
                } else {
                    markdownProblems.append(
                        MarkdownProblem(
                            kind: .undefinedFootnote, position: position(reference.range.lowerBound),
                            message: "footnote `[^\(reference.label)]` has no definition, so it is published as text",
                            notes: ["define it on a line of its own: `[^\(reference.label)]: The note.`"],
                            target: reference.label))
                }
            }
        }
        if context.isTaskCandidate, parent == context.container {
            context.isTaskCandidate = false
            if run.sourceIndex(of: run.range.lowerBound) == context.textStart,
                let box = TextRunSyntax.taskBox(in: text, run: run.range), isFree(box.range)
            {
                let html =
                    box.checked
                    ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" />"
                    : "<input type=\"checkbox\" disabled=\"\" />"
                cut(InlineEdits.Cut(range: box.range, replacement: .html(html)))
            }
        }
        if context.isHeading, extensions.contains(.headingIDs), parent == context.container,
            let last = run.nodes.last, cmark_node_next(last) == nil,
            let found = TextRunSyntax.headingID(in: text, run: run.range), isFree(found.range)
        {
            cut(InlineEdits.Cut(range: found.range, replacement: .remove))
            let brace = text[found.range].firstIndex(of: UInt8(ascii: "{"))!
            context.explicitID = ExplicitID(
                id: found.id, removedBytes: found.range.count, position: position(brace))
        }
        if extensions.contains(.autolinks), context.linkDepth == 0, triggers.mayHoldAutolink {
            let literals = AutolinkLiteral.find(
                in: text, run: run.range, isVerbatim: run.hasDecodedBytes ? { run.sourceIndex(of: $0) >= 0 } : nil)
            for literal in literals where isFree(literal.range, verbatim: !literal.isEmail) {
                let slot = addSlot(for: literal.url)
                links.append(
                    MarkdownLink(
                        kind: .autolink, destination: literal.url, position: position(literal.range.lowerBound),
                        slot: slot))
                let nodeURL = slot.map { markers != nil ? HTMLMarkers.linkURL(slot: $0) : literal.url } ?? literal.url
                cut(
                    InlineEdits.Cut(
                        range: literal.range,
                        replacement: .link(
                            nodeURL: nodeURL, label: String(decoding: text[literal.range], as: UTF8.self))))
            }
        }
        if extensions.contains(.strikethrough), triggers.mayHoldStrikethrough {
            let runs = TildeRun.find(in: text, run: run.range, raw: run.rawByte(at:)) { run.sourceIndex(of: $0) >= 0 }
            for tilde in runs where isFree(tilde.range) {
                let id = edits.newTildeID()
                tildes.append((tilde, id))
                cut(InlineEdits.Cut(range: tilde.range, replacement: .tilde(id: id)))
            }
        }
        edits.add(cuts: cuts, nodes: run.nodes, text: text, range: run.range)
    }
}
