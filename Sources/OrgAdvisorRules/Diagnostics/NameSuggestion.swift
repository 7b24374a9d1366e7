/// Finds the valid name nearest to a misspelt one, for "did you mean …?" hints.
public enum NameSuggestion {
    /// The candidate nearest to `name` by edit distance (case-insensitive), if it is
    /// close enough to be a plausible typo: at most one third of the longer name's
    /// length, and at least 1. A candidate that starts with `name` also counts.
    public static func nearest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            let distance = editDistance(target, other)
            let limit = max(1, max(target.count, other.count) / 3)
            let isPrefix = target.count >= 3 && other.starts(with: target)
            guard distance <= limit || isPrefix else { continue }
            let rank = isPrefix ? min(distance, limit) : distance
            if best == nil || rank < best!.distance {
                best = (candidate, rank)
            }
        }
        return best?.name
    }

    /// The "did you mean …?" text for `name`, or nil.
    package static func help(for name: String, in candidates: [String]) -> String? {
        nearest(to: name, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// transpositions of adjacent characters each cost 1.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
