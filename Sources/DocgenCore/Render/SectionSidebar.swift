/// The sidebar of every page of one section, from four renders of
/// `partials/nav` instead of one per page.
///
/// The pages of a section share their sidebar but for the item shown as
/// current. The template is rendered with no item current (`base`), with the
/// even-numbered pages current, with the odd-numbered ones current, and with
/// the section page current, each with a marker in place of the candidates'
/// URLs. An item's state only changes text inside that item, and neighbouring
/// pages have different parity, so a page's sidebar is `base` with the text
/// around its own markers taken from its parity's render. `make` verifies
/// that every difference between the renders can be attributed that way and
/// returns nil otherwise, so splicing never changes a byte of the output.
struct SectionSidebar: Sendable {
    /// Nothing current.
    private let base: MarkedText
    /// Index 0: even pages current; index 1: odd pages current. Only the
    /// segments that differ from `base`, so a section costs one render's memory.
    private let parityChanges: [[Int: String]]
    /// The segments that differ from `base` when the section page is current.
    private let sectionChanges: [Int: String]
    /// Pages by identity (`Page.identity`), not position, so that a session
    /// can keep the sidebar while pages elsewhere come and go.
    private let sectionPage: String?
    /// Page identity → owner number (its position among the section's pages).
    private let ownerOfPage: [String: Int]
    /// Owner number → the indexes of its markers in `base.owners`.
    private let markerIndexes: [[Int]]
    private let urls: [String]

    /// - Parameters:
    ///   - pages: the section's pages in sidebar order; `section`: its section page.
    ///   - identity: a page's identity.
    ///   - render: renders the sidebar with `isCurrent` and `url` for items.
    static func make(
        pages: [Int], section: Int?, identity: (Int) -> String, urls pageURL: @escaping (Int) -> String,
        render: (_ isCurrent: (Int) -> Bool, _ url: (Int) -> String) -> String
    ) -> SectionSidebar? {
        var ownerOfPage: [Int: Int] = [:]
        for (owner, page) in pages.enumerated() { ownerOfPage[page] = owner }
        let sectionOwner = pages.count
        func markerURL(_ index: Int) -> String {
            if index == section { return MarkedText.marker(sectionOwner) }
            return ownerOfPage[index].map(MarkedText.marker) ?? pageURL(index)
        }
        var urls = pages.map(pageURL)
        if let section { urls.append(pageURL(section)) }
        // Inserted after rendering: exact only when escaping would not change them.
        guard urls.allSatisfy({ !$0.utf8.contains(where: Self.escapedBytes.contains) }) else { return nil }

        func rendered(current: @escaping (Int) -> Bool) -> MarkedText? { MarkedText(render(current, markerURL)) }
        guard let base = rendered(current: { _ in false }),
            let even = rendered(current: { ownerOfPage[$0].map { $0 % 2 == 0 } ?? false }),
            let odd = rendered(current: { ownerOfPage[$0].map { $0 % 2 == 1 } ?? false }),
            let sectionRender = section == nil ? base : rendered(current: { $0 == section })
        else { return nil }

        let renders = [base, even, odd, sectionRender]
        guard renders.allSatisfy({ $0.owners == base.owners }) else { return nil }
        var markerIndexes = Array(repeating: [Int](), count: urls.count)
        for (index, markerOwner) in base.owners.enumerated() {
            guard markerOwner < urls.count else { return nil }
            markerIndexes[markerOwner].append(index)
        }
        // Every candidate must show its URL, or its state could not be placed.
        guard markerIndexes.allSatisfy({ !$0.isEmpty }) else { return nil }
        let owners = base.owners
        for index in owners.indices.dropFirst() {
            let (left, right) = (owners[index - 1], owners[index])
            if left != right, left < sectionOwner, right < sectionOwner, left % 2 == right % 2 { return nil }
        }
        for (parity, render) in [even, odd].enumerated() {
            for index in base.texts.indices where base.texts[index] != render.texts[index] {
                let isPage: (Int) -> Bool = { $0 < sectionOwner && $0 % 2 == parity }
                let leftOwned = index > 0 && isPage(owners[index - 1])
                let rightOwned = index < owners.count && isPage(owners[index])
                guard leftOwned || rightOwned else { return nil }
            }
        }
        func changes(_ render: MarkedText) -> [Int: String] {
            var changed: [Int: String] = [:]
            for index in base.texts.indices where base.texts[index] != render.texts[index] {
                changed[index] = String(render.texts[index])
            }
            return changed
        }
        return SectionSidebar(
            base: base, parityChanges: [changes(even), changes(odd)], sectionChanges: changes(sectionRender),
            sectionPage: section.map(identity),
            ownerOfPage: Dictionary(uniqueKeysWithValues: ownerOfPage.map { (identity($0.key), $0.value) }),
            markerIndexes: markerIndexes, urls: urls)
    }

    /// What HTML escaping changes (swift-mustache's `{{…}}` escapes these).
    private static let escapedBytes: Set<UInt8> = Set("<>&\"'".utf8)

    /// The sidebar as the page with identity `page` sees it.
    func html(for page: String) -> String {
        if page == sectionPage { return base.joined(urls: urls, replacing: sectionChanges) }
        guard let owner = ownerOfPage[page] else { return base.joined(urls: urls) }
        let changes = parityChanges[owner % 2]
        var replacements: [Int: String] = [:]
        for marker in markerIndexes[owner] {
            replacements[marker] = changes[marker]
            replacements[marker + 1] = changes[marker + 1]
        }
        return base.joined(urls: urls, replacing: replacements)
    }
}
