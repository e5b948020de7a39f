/// The markers the tree walker plants in cmark's tree before rendering, and
/// the post-pass that turns them into heading ids and URL holes.
///
/// cmark cannot write an `id` on a heading, and a link's final URL is known
/// only once the whole site is indexed. So a heading gets an empty custom
/// inline whose text is `headingMarker` as its first child (cmark writes it
/// right after `<hN>`), and a rewritable link's URL is replaced by
/// `\u{1}dg<n>\u{1}`, which cmark's href escaping writes as `%01dg<n>%01`.
/// A marker counts only where cmark puts it: right after `<hN>`, or as a whole
/// `href="…"`/`src="…"` value. Text in the page can read the same (cmark
/// writes `%01dg0%01` or a raw `\u{1}h\u{1}` in prose unchanged), and is left as it is.
enum HTMLMarkers {
    static let headingMarker = "\u{1}h\u{1}"

    static func linkURL(slot: Int) -> String { "\u{1}dg\(slot)\u{1}" }

    static func fill(_ html: String, headingIDs: [String], slotURLs: [String]) -> RenderedHTML {
        guard !headingIDs.isEmpty || !slotURLs.isEmpty else { return RenderedHTML(pieces: [html], slots: []) }
        let bytes = Array(html.utf8)
        var pieces: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(bytes.count + headingIDs.count * 24)
        var slots: [String] = []
        var headingIndex = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x01, index + 2 < count, bytes[index + 1] == UInt8(ascii: "h"), bytes[index + 2] == 0x01,
                endsWithHeadingTag(current), headingIndex < headingIDs.count
            {
                // `<hN>` + marker → `<hN id="…">`
                current.removeLast()
                current.append(contentsOf: " id=\"".utf8)
                current.append(contentsOf: HTMLEscaping.attribute(headingIDs[headingIndex]).utf8)
                current.append(contentsOf: "\">".utf8)
                headingIndex += 1
                index += 3
                continue
            }
            if byte == UInt8(ascii: "%"), endsWithURLAttribute(current),
                let (slot, end) = slotMarker(in: bytes, at: index), slot == slots.count, slot < slotURLs.count,
                end < count, bytes[end] == UInt8(ascii: "\"")
            {
                pieces.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                slots.append(slotURLs[slot])
                index = end
                continue
            }
            current.append(byte)
            index += 1
        }
        pieces.append(String(decoding: current, as: UTF8.self))
        return RenderedHTML(pieces: pieces, slots: slots)
    }

    /// `<h1>` … `<h6>` at the end of the output so far.
    private static func endsWithHeadingTag(_ output: [UInt8]) -> Bool {
        let count = output.count
        return count >= 4 && output[count - 4] == UInt8(ascii: "<") && output[count - 3] == UInt8(ascii: "h")
            && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(output[count - 2])
            && output[count - 1] == UInt8(ascii: ">")
    }

    /// ` href="` or ` src="` at the end of the output so far.
    private static func endsWithURLAttribute(_ output: [UInt8]) -> Bool {
        output.ends(with: Array(" href=\"".utf8)) || output.ends(with: Array(" src=\"".utf8))
    }

    /// Reads `%01dg<digits>%01` at `index`: the slot number and the index past it.
    private static func slotMarker(in bytes: [UInt8], at index: Int) -> (Int, Int)? {
        let prefix: [UInt8] = Array("%01dg".utf8)
        guard index + prefix.count < bytes.count, Array(bytes[index..<(index + prefix.count)]) == prefix else {
            return nil
        }
        var cursor = index + prefix.count
        var value = 0
        let digitsStart = cursor
        while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
            value = value * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
        }
        let suffix: [UInt8] = Array("%01".utf8)
        guard cursor > digitsStart, cursor + 3 <= bytes.count, Array(bytes[cursor..<(cursor + 3)]) == suffix else {
            return nil
        }
        return (value, cursor + 3)
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
