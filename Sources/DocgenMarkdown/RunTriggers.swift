/// Which extension scanners a run of text can need, from one pass over its
/// bytes: most runs of prose hold no `~`, `^`, `:` or `@`, and then the
/// strikethrough, footnote and autolink scanners (each a pass of its own,
/// with per-byte checks of escapes) are not run at all.
struct RunTriggers: OptionSet {
    let rawValue: UInt8

    static let tilde = RunTriggers(rawValue: 1 << 0)
    static let caret = RunTriggers(rawValue: 1 << 1)
    static let colon = RunTriggers(rawValue: 1 << 2)
    static let at = RunTriggers(rawValue: 1 << 3)
    static let w = RunTriggers(rawValue: 1 << 4)
    static let dot = RunTriggers(rawValue: 1 << 5)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(text: [UInt8], run: Range<Int>) {
        var bits: UInt8 = 0
        text.withUnsafeBufferPointer { buffer in
            for index in run { bits |= Self.table[Int(buffer[index])] }
        }
        rawValue = bits
    }

    /// `~` can start strikethrough.
    var mayHoldStrikethrough: Bool { contains(.tilde) }
    /// `[^` needs a `^`.
    var mayHoldFootnoteReference: Bool { contains(.caret) }
    /// A scheme URL needs `:`, an e-mail address `@`, a `www.` literal a `w` and a `.`.
    var mayHoldAutolink: Bool { contains(.colon) || contains(.at) || contains([.w, .dot]) }

    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        table[Int(UInt8(ascii: "~"))] = RunTriggers.tilde.rawValue
        table[Int(UInt8(ascii: "^"))] = RunTriggers.caret.rawValue
        table[Int(UInt8(ascii: ":"))] = RunTriggers.colon.rawValue
        table[Int(UInt8(ascii: "@"))] = RunTriggers.at.rawValue
        table[Int(UInt8(ascii: "w"))] = RunTriggers.w.rawValue
        table[Int(UInt8(ascii: "."))] = RunTriggers.dot.rawValue
        return table
    }()
}
