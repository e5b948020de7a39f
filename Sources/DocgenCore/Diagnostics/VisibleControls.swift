/// Makes the characters that could drive a terminal or reorder text visible,
/// for everything the terminal and GitHub formats quote from a site's files:
/// link targets, source lines, file names, front-matter values.
///
/// A file is input from anyone who can open a pull request; printed raw, an
/// ESC sequence in a link target could clear the screen, rewrite earlier
/// lines or set the window title of whoever runs `docgen check`, and a bidi
/// override could make a CI log show text other than what the file holds.
/// Each such character becomes `\u{HEX}` (Swift's notation: `\u{1B}` for
/// ESC), which shows what the file holds and is plain ASCII.
enum VisibleControls {
    /// C0 controls (tab and line endings too: a diagnostic is one line), DEL,
    /// C1 controls, the bidi embeddings, overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069), the bidi marks (U+200E, U+200F,
    /// U+061C), and the line and paragraph separators (U+2028, U+2029).
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    /// `text` with every character of `needsEscape` written as `\u{HEX}`;
    /// `keeping` are left as they are (the GitHub format encodes line
    /// endings itself).
    static func escape(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard !isPrintableASCII(text) else { return text }
        guard text.unicodeScalars.contains(where: { needsEscape($0) && !kept.contains($0) }) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) && !kept.contains(scalar) {
                output.append(contentsOf: escaped(scalar).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Text of printable ASCII only (most messages, targets and lines) needs
    /// no escape: one pass over its bytes, no scalar decoding.
    private static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    }

    /// `\u{1B}` for ESC: upper-case hex, no leading zeros.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// How many characters the first `count` characters of `text` take once
    /// escaped: where a column's caret goes under an escaped source line.
    static func escapedWidth(ofFirst count: Int, in text: String) -> Int {
        if isPrintableASCII(text) { return count }
        var width = 0
        var seen = 0
        for scalar in text.unicodeScalars {
            guard seen < count else { break }
            width += needsEscape(scalar) ? escaped(scalar).unicodeScalars.count : 1
            seen += 1
        }
        return width + (count - seen)
    }
}
