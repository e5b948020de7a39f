import Foundation

/// The markers the tree walker plants in cmark's tree before rendering, and
/// the post-pass that turns them into heading ids and URL holes.
///
/// cmark cannot write an `id` on a heading, and a link's final URL is known
/// only once the whole site is indexed. So a heading gets an empty custom
/// inline whose text is `headingMarker(index:)`, `\u{1}h<n>\u{1}`, as its
/// first child (cmark writes it right after `<hN>`), and a rewritable link's
/// URL is replaced by `\u{1}dg<n>\u{1}`, which cmark's href escaping writes
/// as `%01dg<n>%01`. Markers carry their number because the extensions can
/// render a part of the page elsewhere than it was read (footnotes go to
/// the end), so they need not come in order; each counts once.
/// A marker counts only where cmark puts it: right after `<hN>`, or as a whole
/// `href="…"`/`src="…"` value. Text in the page can read the same (cmark
/// writes `%01dg0%01` or a raw `\u{1}h\u{1}` in prose unchanged), and is left as it is.
enum HTMLMarkers {
    static func headingMarker(index: Int) -> String { "\u{1}h\(index)\u{1}" }

    static func linkURL(slot: Int) -> String { "\u{1}dg\(slot)\u{1}" }

    /// Fills the markers of cmark's rendered HTML. Also returns, for each
    /// hole in the result, the slot number its marker carried.
    ///
    /// Only the bytes where a marker can start (`\u{1}` and `%`) are looked
    /// at, found with `memchr`; the HTML between them is copied in bulk. The
    /// tag or attribute a marker must follow is read from the rendered HTML
    /// itself, and only when it lies wholly after the previous replacement:
    /// what a replacement writes (`…">`, or a new piece) can never complete
    /// `<hN>` or ` href="`, so that is the same as reading the output so far.
    static func fill(_ html: UnsafeBufferPointer<UInt8>, headingIDs: [String], slotURLs: [String]) -> (
        html: RenderedHTML, slotOrder: [Int]
    ) {
        guard !headingIDs.isEmpty || !slotURLs.isEmpty else {
            return (RenderedHTML(pieces: [String(decoding: html, as: UTF8.self)], slots: []), [])
        }
        var headingDone = [Bool](repeating: false, count: headingIDs.count)
        var slotDone = [Bool](repeating: false, count: slotURLs.count)
        var slotOrder: [Int] = []
        var pieces: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(html.count + headingIDs.count * 24)
        var slots: [String] = []
        // Bytes before `copied` are in `current` or earlier pieces; nothing
        // before `replaced` may be read as the start of a tag or attribute.
        var copied = 0
        var replaced = 0
        var candidates = MarkerCandidates(html)
        while let index = candidates.next() {
            if html[index] == 0x01 {
                guard index + 1 < html.count, html[index + 1] == UInt8(ascii: "h"),
                    let (heading, end) = number(in: html, from: index + 2), end < html.count, html[end] == 0x01,
                    heading < headingIDs.count, !headingDone[heading],
                    endsWithHeadingTag(html, at: index, after: replaced)
                else { continue }
                // `<hN>` + marker → `<hN id="…">`
                current.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<(index - 1)]))
                current.append(contentsOf: " id=\"".utf8)
                current.append(contentsOf: HTMLEscaping.attribute(headingIDs[heading]).utf8)
                current.append(contentsOf: "\">".utf8)
                headingDone[heading] = true
                copied = end + 1
                replaced = copied
                candidates.skip(to: copied)
            } else {
                guard endsWithURLAttribute(html, at: index, after: replaced),
                    let (slot, end) = slotMarker(in: html, at: index), slot < slotURLs.count, !slotDone[slot],
                    end < html.count, html[end] == UInt8(ascii: "\"")
                else { continue }
                slotDone[slot] = true
                slotOrder.append(slot)
                current.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<index]))
                pieces.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                slots.append(slotURLs[slot])
                copied = end
                replaced = end
                candidates.skip(to: end)
            }
        }
        current.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied...]))
        pieces.append(String(decoding: current, as: UTF8.self))
        return (RenderedHTML(pieces: pieces, slots: slots), slotOrder)
    }

    /// The decimal number at `index` and the index past it.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> (Int, Int)? {
        var cursor = index
        var value = 0
        while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39, cursor - index < 9 {
            value = value * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
        }
        return cursor > index ? (value, cursor) : nil
    }

    /// `<h1>` … `<h6>` just before `index`, after `start`.
    private static func endsWithHeadingTag(_ html: UnsafeBufferPointer<UInt8>, at index: Int, after start: Int) -> Bool
    {
        index - 4 >= start && html[index - 4] == UInt8(ascii: "<") && html[index - 3] == UInt8(ascii: "h")
            && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[index - 2])
            && html[index - 1] == UInt8(ascii: ">")
    }

    /// ` href="` or ` src="` just before `index`, after `start`.
    private static func endsWithURLAttribute(_ html: UnsafeBufferPointer<UInt8>, at index: Int, after start: Int)
        -> Bool
    {
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard index - count >= start else { return false }
            return UnsafeBufferPointer(start: suffix.utf8Start, count: count)
                .elementsEqual(UnsafeBufferPointer(rebasing: html[(index - count)..<index]))
        }
        return endsWith(" href=\"") || endsWith(" src=\"")
    }

    /// Reads `%01dg<digits>%01` at `index`: the slot number and the index past it.
    private static func slotMarker(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int)? {
        let prefix = "%01dg".utf8
        guard index + prefix.count < bytes.count,
            UnsafeBufferPointer(rebasing: bytes[index..<(index + prefix.count)]).elementsEqual(prefix)
        else {
            return nil
        }
        guard let (value, cursor) = number(in: bytes, from: index + prefix.count), cursor + 3 <= bytes.count,
            UnsafeBufferPointer(rebasing: bytes[cursor..<(cursor + 3)]).elementsEqual("%01".utf8)
        else {
            return nil
        }
        return (value, cursor + 3)
    }
}

/// The indexes of the bytes where a marker can start, `\u{1}` and `%`, in
/// order: each found with `memchr`, which is much faster than a byte loop
/// over the tens of kilobytes of a page's HTML.
private struct MarkerCandidates {
    let html: UnsafeBufferPointer<UInt8>
    private var nextSOH: Int
    private var nextPercent: Int

    init(_ html: UnsafeBufferPointer<UInt8>) {
        self.html = html
        nextSOH = -1
        nextPercent = -1
        nextSOH = find(0x01, from: 0)
        nextPercent = find(UInt8(ascii: "%"), from: 0)
    }

    mutating func next() -> Int? {
        let index = min(nextSOH, nextPercent)
        guard index < html.count else { return nil }
        if index == nextSOH {
            nextSOH = find(0x01, from: index + 1)
        } else {
            nextPercent = find(UInt8(ascii: "%"), from: index + 1)
        }
        return index
    }

    /// Forgets the candidates before `index`: they were part of a marker.
    mutating func skip(to index: Int) {
        if nextSOH < index { nextSOH = find(0x01, from: index) }
        if nextPercent < index { nextPercent = find(UInt8(ascii: "%"), from: index) }
    }

    private func find(_ byte: UInt8, from start: Int) -> Int {
        guard start < html.count, let base = html.baseAddress,
            let found = memchr(base + start, Int32(byte), html.count - start)
        else { return html.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
