/// The backtick runs of a block, so that finding where a code span closes
/// costs a binary search instead of a scan to the end of the block: a block
/// of unclosed runs of many widths made the link-syntax scan quadratic.
struct BacktickRuns {
    /// Starts and ends of the maximal runs, in order.
    private var starts: [Int] = []
    private var ends: [Int] = []
    /// Run width → the starts of the runs of that width, in order.
    private var startsByWidth: [Int: [Int]] = [:]

    init(_ text: [UInt8]) {
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, text[index] == UInt8(ascii: "`") { index += 1 }
            starts.append(start)
            ends.append(index)
            startsByWidth[index - start, default: []].append(start)
        }
    }

    /// Past the code span that opens at `index` (a backtick, maybe inside a
    /// run after an escaped one): the end of the next run as wide as the rest
    /// of this run, or the end of this run if none closes it.
    func endOfCodeSpan(at index: Int) -> Int {
        guard let run = lastIndex(in: starts, atMost: index), index < ends[run] else { return index + 1 }
        let end = ends[run]
        guard let candidates = startsByWidth[end - index],
            let next = firstIndex(in: candidates, above: index)
        else { return end }
        return candidates[next] + (end - index)
    }

    private func lastIndex(in values: [Int], atMost value: Int) -> Int? {
        var (low, high) = (0, values.count)
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    private func firstIndex(in values: [Int], above value: Int) -> Int? {
        var (low, high) = (0, values.count)
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low < values.count ? low : nil
    }
}
