/// A unified diff of two texts, line by line, as `diff -u` writes it and `patch -p0`
/// applies it (`fmt --diff`).
struct UnifiedDiff {
    /// The lines of context around each change.
    var context = 3
    /// The most cells of the table of longest common subsequences; past it, the lines
    /// between the common start and end are shown as all removed and all added.
    var tableLimit = 16_000_000

    /// One line of a text with whether a line break ends it.
    private struct Line: Equatable {
        var text: Substring
        var hasBreak: Bool
    }

    /// One line of the edit script, with the positions in both texts where it stands
    /// (for a removed line, the next line of the new text; for an added one, the next
    /// line of the old text).
    private struct Edit {
        enum Kind { case same, removed, added }
        var kind: Kind
        var old: Int
        var new: Int
    }

    /// The diff of `old` and `new`, both shown under `path`; empty when they are equal.
    func render(old: String, new: String, path: String) -> String {
        let a = Self.lines(old)
        let b = Self.lines(new)
        guard a != b else { return "" }
        let edits = script(a, b)
        var out = "--- \(path)\n+++ \(path)\n"
        var index = 0
        while index < edits.count {
            guard let change = edits[index...].firstIndex(where: { !isSame($0) }) else { break }
            // A hunk: context before, changes joined while at most 2 × context lines
            // separate them, context after.
            let start = max(index, change - context)
            var end = change
            var lastChange = change
            while end < edits.count {
                if !isSame(edits[end]) { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(edits.count, lastChange + context + 1)
            out += hunk(edits[start..<end], a, b)
            index = end
        }
        return out
    }

    private func isSame(_ edit: Edit) -> Bool { edit.kind == .same }

    private func hunk(_ edits: ArraySlice<Edit>, _ a: [Line], _ b: [Line]) -> String {
        var oldCount = 0
        var newCount = 0
        var body = ""
        func add(_ mark: String, _ line: Line) {
            body += mark + line.text + "\n"
            if !line.hasBreak { body += "\\ No newline at end of file\n" }
        }
        for edit in edits {
            switch edit.kind {
            case .same:
                oldCount += 1
                newCount += 1
                add(" ", a[edit.old])
            case .removed:
                oldCount += 1
                add("-", a[edit.old])
            case .added:
                newCount += 1
                add("+", b[edit.new])
            }
        }
        let first = edits.first ?? Edit(kind: .same, old: 0, new: 0)
        return "@@ -\(range(first.old, oldCount)) +\(range(first.new, newCount)) @@\n" + body
    }

    /// `start,count` in the unified format: 1-based, the line before when empty.
    private func range(_ start: Int, _ count: Int) -> String {
        if count == 0 { return "\(start),0" }
        return count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func lines(_ text: String) -> [Line] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Line(text: $0, hasBreak: true)
        }
        if lines.last?.text.isEmpty == true {
            lines.removeLast()
        } else if !lines.isEmpty {
            lines[lines.count - 1].hasBreak = false
        }
        return lines
    }

    /// The edit script: the common start and end, and between them the longest common
    /// subsequence of lines.
    private func script(_ a: [Line], _ b: [Line]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        var edits = (0..<prefix).map { Edit(kind: .same, old: $0, new: $0) }
        let n = a.count - prefix - suffix
        let m = b.count - prefix - suffix
        if n * m > tableLimit || n == 0 || m == 0 {
            edits += (prefix..<prefix + n).map { Edit(kind: .removed, old: $0, new: prefix) }
            edits += (prefix..<prefix + m).map { Edit(kind: .added, old: prefix + n, new: $0) }
        } else {
            edits += middle(a, b, prefix: prefix, n: n, m: m)
        }
        edits += (0..<suffix).map {
            Edit(kind: .same, old: a.count - suffix + $0, new: b.count - suffix + $0)
        }
        return edits
    }

    /// The edits between the common start and end, from a table of the lengths of the
    /// longest common subsequences of their ends.
    private func middle(_ a: [Line], _ b: [Line], prefix: Int, n: Int, m: Int) -> [Edit] {
        let width = m + 1
        var table = [Int32](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * width + j] =
                    a[prefix + i] == b[prefix + j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            let kind: Edit.Kind
            if i < n, j < m, a[prefix + i] == b[prefix + j] {
                kind = .same
            } else if i < n, j == m || table[(i + 1) * width + j] >= table[i * width + j + 1] {
                kind = .removed
            } else {
                kind = .added
            }
            edits.append(Edit(kind: kind, old: prefix + i, new: prefix + j))
            if kind != .added { i += 1 }
            if kind != .removed { j += 1 }
        }
        return edits
    }
}
