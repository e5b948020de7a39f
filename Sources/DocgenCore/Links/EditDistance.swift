/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
    static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Close enough to suggest: a typo or two, scaled to the word's length.
    static func isClose(_ distance: Int, to word: String) -> Bool {
        distance <= max(2, word.count / 3)
    }

    /// The candidate nearest to `word`, if it is close enough; ties go to the
    /// first in sorted order so suggestions are deterministic.
    static func nearest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let distance = between(word, candidate)
            guard isClose(distance, to: word) else { continue }
            if best == nil || (distance, candidate) < (best!.distance, best!.candidate) { best = (distance, candidate) }
        }
        return best?.candidate
    }
}
