/// GitHub-style heading ids, the one slug function shared by the HTML renderer
/// and the link checker, so that what is checked is what is written.
///
/// The rule (links.md): lowercase; drop every character that is not a letter,
/// digit, space, `-` or `_`; each space becomes `-`; runs are not collapsed.
/// A repeated id gets `-1`, `-2`, … in document order. A heading with no
/// letter or digit gets `section-N` (see `uniqueSlug`).
public struct HeadingSlugger: Sendable {
    /// Each id given out, with the last suffix tried for it. A page has a few
    /// dozen headings, for which a list searched in order is cheaper than
    /// hashing every id; past `listLimit` ids a dictionary takes over.
    private var usedList: [(id: String, count: Int)] = []
    private var usedTable: [String: Int]?
    private static let listLimit = 32

    public init() {}

    /// The slug of a heading's text, before de-duplication.
    public static func slug(_ text: String) -> String {
        if let ascii = asciiSlug(text) { return ascii }
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

    /// The slug of an all-ASCII text, or nil: the same rule without Unicode
    /// case mapping and property lookups, which cost more than the rest of
    /// a heading. In ASCII, the letters are `A-Z` and `a-z`, the decimal
    /// digits `0-9`, and there are no nonspacing marks.
    private static func asciiSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): output.append(byte | 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "-"), UInt8(ascii: "_"):
                    output.append(byte)
                case UInt8(ascii: " "): output.append(UInt8(ascii: "-"))
                case 0x80...: return nil
                default: continue
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The id for the next heading with this text, unique within the page.
    /// A heading whose slug has no letter or digit (`## ???`, `## 🙂`,
    /// `## ---`) would get an empty or meaningless id, so it gets
    /// `section-N` instead, N its 1-based position among the page's headings
    /// (`headingNumber`), made unique like any slug.
    public mutating func uniqueSlug(_ text: String, headingNumber: Int) -> String {
        var base = Self.slug(text)
        if !base.utf8.contains(where: { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") }) {
            base = "section-\(headingNumber)"
        }
        guard var count = used(base) else {
            setUsed(base, 0)
            return base
        }
        var candidate: String
        repeat {
            count += 1
            candidate = "\(base)-\(count)"
        } while used(candidate) != nil
        setUsed(base, count)
        setUsed(candidate, 0)
        return candidate
    }

    /// Takes `id` (a heading's explicit `{#id}`) so that no slug is given it.
    public mutating func reserve(_ id: String) {
        if used(id) == nil { setUsed(id, 0) }
    }

    private func used(_ id: String) -> Int? {
        if let usedTable { return usedTable[id] }
        return usedList.first(where: { $0.id == id })?.count
    }

    private mutating func setUsed(_ id: String, _ count: Int) {
        if usedTable != nil {
            usedTable![id] = count
        } else if let index = usedList.firstIndex(where: { $0.id == id }) {
            usedList[index].count = count
        } else if usedList.count < Self.listLimit {
            usedList.append((id, count))
        } else {
            var table = Dictionary(uniqueKeysWithValues: usedList.map { ($0.id, $0.count) })
            table[id] = count
            usedTable = table
            usedList = []
        }
    }
}
