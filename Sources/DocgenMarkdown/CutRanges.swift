/// The ranges of a run of text that extension syntax has already claimed,
/// asked "does this range overlap one?" for every new find.
///
/// Each scanner finds its syntax in text order, so the ranges come as a few
/// increasing sequences: each is kept sorted and searched by bisection. A
/// run of 100,000 autolinks then costs n log n, not n².
struct CutRanges {
    private var sequences: [[Range<Int>]] = []

    mutating func insert(_ range: Range<Int>) {
        if let last = sequences.last?.last, last.upperBound <= range.lowerBound {
            sequences[sequences.count - 1].append(range)
        } else {
            sequences.append([range])
        }
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        sequences.contains { sequence in
            // The first range that starts at or after `range` ends; only the
            // one before it can reach into `range` (the ranges are disjoint).
            var low = 0
            var high = sequence.count
            while low < high {
                let middle = (low + high) / 2
                if sequence[middle].lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
            }
            return low > 0 && sequence[low - 1].upperBound > range.lowerBound
        }
    }
}
