/// Mustache's standalone rule: a line holding only whitespace and a section,
/// comment, partial or delimiter tag disappears from the output, its leading
/// whitespace becoming a partial's indentation. With inheritance, a line may
/// hold several such tags (`{{<parent}}{{$block}}`, `{{/block}}{{/parent}}`)
/// and still stand alone, unless a block opens and closes on it: such a
/// block renders content in place of its tags, so the line stays.
enum MustacheStandaloneLines {
    static func resolve(_ tokens: [MustacheToken]) -> [MustachePlacedToken] {
        var result: [MustachePlacedToken] = []
        result.reserveCapacity(tokens.count)
        var line: [MustacheToken] = []
        /// Kinds of the tags whose bodies are open, to tell what a `{{/x}}` closes.
        var openKinds: [MustacheToken.Kind] = []
        for token in tokens {
            line.append(token)
            if case .text(let bytes) = token, bytes.last == UInt8(ascii: "\n") {
                resolveLine(line, openKinds: &openKinds, into: &result)
                line.removeAll(keepingCapacity: true)
            }
        }
        resolveLine(line, openKinds: &openKinds, into: &result)
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func resolveLine(
        _ line: [MustacheToken], openKinds: inout [MustacheToken.Kind], into result: inout [MustachePlacedToken]
    ) {
        guard !line.isEmpty else { return }
        var tags: [MustacheToken.Tag] = []
        var isInheritance = true  // every tag opens or closes a parent or block
        var opensAndClosesABlock = false
        var openedHere: [MustacheToken.Kind] = []
        for token in line {
            guard case .tag(let tag) = token else { continue }
            tags.append(tag)
            if tag.kind.opensBody {
                openKinds.append(tag.kind)
                openedHere.append(tag.kind)
                isInheritance = isInheritance && (tag.kind == .parent || tag.kind == .block)
            } else if tag.kind == .close {
                let closes = openKinds.popLast()
                isInheritance = isInheritance && (closes == .parent || closes == .block)
                if let opened = openedHere.popLast(), opened == .block { opensAndClosesABlock = true }
            } else {
                isInheritance = false
            }
        }
        let blank = line.allSatisfy { token in
            guard case .text(let bytes) = token else { return true }
            return bytes.allSatisfy(isBlank)
        }
        let standalone =
            blank
            && (tags.count == 1 ? tags[0].kind.canStandAlone : tags.count > 1 && isInheritance && !opensAndClosesABlock)
        if standalone {
            var indentation: [UInt8] = []
            if case .text(let bytes) = line[0] { indentation = Array(bytes) }
            for (index, tag) in tags.enumerated() {
                let indented = index == 0 && (tag.kind == .partial || tag.kind == .parent || tag.kind == .block)
                result.append(
                    MustachePlacedToken(
                        token: .tag(tag), indentation: indented ? indentation : [], standalone: true,
                        endsLine: index == tags.count - 1))
            }
            return
        }
        // Not standalone: the text stays. A block tag with only whitespace
        // before it is indented by that whitespace (its first line follows
        // the whitespace, the others get it added).
        var leading: [UInt8]? = []
        for (index, token) in line.enumerated() {
            var placed = MustachePlacedToken(token: token)
            switch token {
            case .text(let bytes):
                if let so = leading, bytes.allSatisfy(isSpace) { leading = so + bytes } else { leading = nil }
            case .tag(let tag):
                if tag.kind == .block {
                    placed.indentation = leading ?? []
                    placed.endsLine = line[(index + 1)...].allSatisfy { token in
                        guard case .text(let bytes) = token else { return false }
                        return bytes.allSatisfy(isBlank)
                    }
                }
                leading = nil
            }
            result.append(placed)
        }
    }
}
