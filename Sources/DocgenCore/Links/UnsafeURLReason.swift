/// Why a front-matter `url:`, `slug:` or alias cannot be a URL of this site:
/// it would leave the output folder, name another host, hold bytes no file
/// name should, or be longer than a file system allows. Each is reported as
/// `unsafe-url` at the key's line, and nothing is written at that URL.
public enum UnsafeURLReason: Error, Equatable, Sendable {
    /// `https://host/x`, `javascript:x`: another site or scheme, not a path.
    case absolute
    /// `//host/x`: a browser reads it as another host.
    case protocolRelative
    /// A `.` or `..` segment, which would climb out of the output folder.
    case dotSegment
    case backslash
    /// NUL, a newline or another control character (also when percent-encoded).
    case controlCharacter
    /// A raw `?` or `#`, which starts a query or a fragment.
    case queryOrFragment(Character)
    /// A `:` in a segment, which reads as a scheme or a drive.
    case colon
    /// A slug with a `/` (raw or as `%2F`), or a URL segment with `%2F`.
    case slash
    /// An empty slug.
    case empty
    /// Percent-escapes that decode to bytes that are not UTF-8.
    case invalidPercentEncoding
    /// A segment longer than a file or folder name may be (`NAME_MAX`, 255 bytes).
    case segmentTooLong(bytes: Int)
    /// A whole URL of 2,048 characters or more, percent-encoded.
    case urlTooLong(characters: Int)

    /// The longest file or folder name, in bytes, of the file systems docs are
    /// built on (Linux ext4/XFS/Btrfs, macOS APFS, Windows NTFS in UTF-16 units).
    public static let maximumSegmentBytes = 255

    /// The longest URL path, percent-encoded: sitemaps.org takes URLs of fewer
    /// than 2,048 characters, and the file written for it then stays far
    /// below `PATH_MAX` (4,096 bytes) under any reasonable output folder.
    public static let maximumURLCharacters = 2047

    /// The rule that was broken, for the diagnostic.
    public var explanation: String {
        switch self {
        case .absolute: return "it has a scheme (`https:`…); write a path of this site such as `/guides/start/`"
        case .protocolRelative: return "a URL starting with `//` names another host; write a path with one `/`"
        case .dotSegment: return "a `.` or `..` segment would leave the output folder"
        case .backslash: return "it holds a backslash, which some servers and file systems read as a separator"
        case .controlCharacter: return "it holds a control character (NUL, newline, tab…)"
        case .queryOrFragment(let character):
            let escape = character == "#" ? "%23" : "%3F"
            return "`\(character)` starts a \(character == "#" ? "fragment" : "query") in a URL, "
                + "so no page can live there; write `\(escape)` for a literal `\(character)`"
        case .colon: return "a `:` reads as a scheme or a drive letter"
        case .slash: return "a slug is one URL segment, without `/`; use `url:` to move the page to another folder"
        case .empty: return "it is empty"
        case .invalidPercentEncoding: return "its percent-escapes do not decode to UTF-8"
        case .segmentTooLong(let bytes):
            return
                "a segment of \(bytes) bytes is longer than a file system allows for a folder name (\(Self.maximumSegmentBytes) bytes)"
        case .urlTooLong(let characters):
            return
                "the URL is \(characters) characters percent-encoded; sitemaps and servers take fewer than \(Self.maximumURLCharacters + 1)"
        }
    }

    /// `text` for a message: control characters as `\u{…}`, so that a NUL or
    /// a newline in front matter cannot garble the diagnostic, and at most
    /// 60 characters of it (the source line under the message shows it all).
    public static func shown(_ text: String) -> String {
        let limit = 60
        let text = text.count > limit ? text.prefix(limit) + "…" : text
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
