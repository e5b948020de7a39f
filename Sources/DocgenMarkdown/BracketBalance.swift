/// How many `(` and `[` are open at a place in a block's text, counted from
/// the block's start: whether a `)` or `]` right after a link closes
/// something the sentence opened, or is a stray character a reader sees.
/// Asked at increasing places, it reads each byte once, so a block of any
/// number of links is counted in linear time. An escaped `\[` or `\(` is a
/// bracket the reader sees, so it counts like any other.
struct BracketBalance {
    private var position = 0
    private(set) var parentheses = 0
    private(set) var brackets = 0

    /// The counts just before `index` (not before the last place asked).
    mutating func advance(to index: Int, in text: [UInt8]) {
        while position < index, position < text.count {
            switch text[position] {
            case UInt8(ascii: "("): parentheses += 1
            case UInt8(ascii: ")"): parentheses = max(0, parentheses - 1)
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"): brackets = max(0, brackets - 1)
            default: break
            }
            position += 1
        }
    }
}
