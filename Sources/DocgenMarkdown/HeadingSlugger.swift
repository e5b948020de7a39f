/// GitHub-style heading ids, the one slug function shared by the HTML renderer
/// and the link checker, so that what is checked is what is written.
///
/// The rule (links.md): lowercase; drop every character that is not a letter,
/// digit, space, `-` or `_`; each space becomes `-`; runs are not collapsed.
/// A repeated id gets `-1`, `-2`, … in document order.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The slug of a heading's text, before de-duplication.
    public static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case " ":
                result.append("-")
            case "-", "_":
                result.append(scalar)
            default:
                // Letters (with the marks that belong to them) and decimal
                // digits; not other numbers such as `½` or `²`, as GitHub.
                let properties = scalar.properties
                if properties.isAlphabetic || properties.generalCategory == .decimalNumber
                    || properties.generalCategory == .nonspacingMark
                {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// The id for the next heading with this text, unique within the page.
    public mutating func uniqueSlug(_ text: String) -> String {
        let base = Self.slug(text)
        guard var count = used[base] else {
            used[base] = 0
            return base
        }
        var candidate: String
        repeat {
            count += 1
            candidate = "\(base)-\(count)"
        } while used[candidate] != nil
        used[base] = count
        used[candidate] = 0
        return candidate
    }
}
