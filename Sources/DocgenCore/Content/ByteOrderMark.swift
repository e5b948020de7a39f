/// The UTF-8 byte order mark, `EF BB BF`, that some Windows editors write at
/// the start of a file. It is no text: docgen reads a file, `docgen.yml` or a
/// template as if it were not there, and it is no column of line 1.
enum ByteOrderMark {
    static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// 3 when `bytes` start with the mark, else 0.
    static func length<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int {
        bytes.starts(with: utf8) ? utf8.count : 0
    }

    /// `text` without a leading U+FEFF.
    static func stripped(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
