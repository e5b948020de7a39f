import Foundation

/// A rendered template cut at the markers planted in place of URLs:
/// `texts[0] marker(owners[0]) texts[1] … marker(owners[n-1]) texts[n]`.
/// A marker is `\u{1}` + the owner number + `\u{1}`; `\u{1}` never occurs in
/// Markdown-derived titles in practice, and any stray one makes parsing fail,
/// so the caller falls back to rendering without markers.
struct MarkedText: Sendable {
    private(set) var texts: [Substring] = []
    private(set) var owners: [Int] = []

    static func marker(_ owner: Int) -> String { "\u{1}\(owner)\u{1}" }

    /// Nil when a `\u{1}` is not part of a well-formed marker. Sidebars are
    /// long and cut once per section, so markers are found with `memchr` over
    /// the string's bytes rather than by stepping through its indices.
    init?(_ rendered: String) {
        var rendered = rendered
        rendered.makeContiguousUTF8()
        var cuts: [(open: Int, close: Int, owner: Int)] = []
        let wellFormed = rendered.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var position = 0
            while position < bytes.count,
                let found = memchr(base + position, 0x01, bytes.count - position)
            {
                let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var cursor = open + 1
                var owner = 0
                while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]), cursor - open <= 9 {
                    owner = owner * 10 + Int(bytes[cursor] - 0x30)
                    cursor += 1
                }
                guard cursor > open + 1, cursor < bytes.count, bytes[cursor] == 0x01 else { return false }
                cuts.append((open, cursor, owner))
                position = cursor + 1
            }
            return true
        }
        guard wellFormed == true else { return nil }
        let utf8 = rendered.utf8
        var textStart = utf8.startIndex
        for cut in cuts {
            texts.append(rendered[textStart..<utf8.index(utf8.startIndex, offsetBy: cut.open)])
            owners.append(cut.owner)
            textStart = utf8.index(utf8.startIndex, offsetBy: cut.close + 1)
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
