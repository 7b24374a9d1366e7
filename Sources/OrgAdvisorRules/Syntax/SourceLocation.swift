/// A place in a rule file, as people read it: path, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path of the file, as given when it was loaded.
    public let path: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars.
    public let column: Int

    /// Creates a location.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form compilers and editors use.
    public var description: String { "\(path):\(line):\(column)" }

    /// `path:line`, the short form used in explanations.
    public var pathAndLine: String {
        var bytes: [UInt8] = []
        appendPathAndLine(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``pathAndLine``'s UTF-8 to `out` (a report of thousands of reasons writes
    /// them into one buffer).
    public func appendPathAndLine(to out: inout [UInt8]) {
        var path = path
        path.withUTF8 { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: ":"))
        var line = String(line)
        line.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Orders by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// A byte range in one of the files of a load.
package struct SourceRange: Sendable, Hashable {
    /// Index of the file in the load.
    var file: Int
    /// First byte.
    package var start: Int
    /// One past the last byte.
    package var end: Int

    /// A range covering both.
    func union(_ other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
    }
}
