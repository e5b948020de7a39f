/// What a table cell holds: nothing, plain text that no inline syntax can
/// change (most cells: `string`, `yes`, `v1.0`), which needs no parse, or
/// inlines parsed in the table's `SyntheticText` (its block's index).
enum TableCellContent {
    case empty
    case text(String)
    case inlines(Int)

    /// The cell's text when no byte of it can start inline syntax: no
    /// escape, code, emphasis, link, HTML, entity or an extension's syntax
    /// (`~`, `@`, `:` of a URL, `w` of `www.`). cmark would write such text
    /// as it is, escaped.
    static func plainText(_ bytes: ArraySlice<UInt8>) -> String? {
        guard !bytes.contains(where: { isSyntax[Int($0)] }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let isSyntax: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`*_[]!<&~@:w{".utf8 { table[Int(byte)] = true }
        return table
    }()
}
