/// A rendered template cut at the markers planted in place of URLs:
/// `texts[0] marker(owners[0]) texts[1] … marker(owners[n-1]) texts[n]`.
/// A marker is `\u{1}` + the owner number + `\u{1}`; `\u{1}` never occurs in
/// Markdown-derived titles in practice, and any stray one makes parsing fail,
/// so the caller falls back to rendering without markers.
struct MarkedText: Sendable {
    private(set) var texts: [Substring] = []
    private(set) var owners: [Int] = []

    static func marker(_ owner: Int) -> String { "\u{1}\(owner)\u{1}" }

    /// Nil when a `\u{1}` is not part of a well-formed marker.
    init?(_ rendered: String) {
        let utf8 = rendered.utf8
        var textStart = utf8.startIndex
        var position = textStart
        while let open = utf8[position...].firstIndex(of: 0x01) {
            var cursor = utf8.index(after: open)
            var owner = 0
            var digits = 0
            while cursor != utf8.endIndex, let byte = Optional(utf8[cursor]), (0x30...0x39).contains(byte),
                digits < 9
            {
                owner = owner * 10 + Int(byte - 0x30)
                digits += 1
                cursor = utf8.index(after: cursor)
            }
            guard digits > 0, cursor != utf8.endIndex, utf8[cursor] == 0x01 else { return nil }
            texts.append(rendered[textStart..<open])
            owners.append(owner)
            position = utf8.index(after: cursor)
            textStart = position
        }
        texts.append(rendered[textStart...])
    }

    /// The text with each marker replaced by its owner's URL.
    func joined(urls: [String], replacing replacements: [Int: String] = [:]) -> String {
        var output = ""
        output.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count } + owners.count * 32)
        for (index, text) in texts.enumerated() {
            if let replacement = replacements[index] { output += replacement } else { output += text }
            if index < owners.count { output += urls[owners[index]] }
        }
        return output
    }
}
