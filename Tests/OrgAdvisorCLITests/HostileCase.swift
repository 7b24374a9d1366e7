import Foundation
import TestSupport
import Testing

/// One case of the hostile-input corpus (`Tests/Fixtures/hostile/NAME/case.txt`): a
/// command run as a user would, on files of the case's folder and files generated for
/// it, within a time and memory bound, with the result it must give.
///
/// `case.txt` holds `key: value` lines (`#` starts a comment):
/// - `run: ARGUMENTS`: the arguments of `orgadvisor` (words split on spaces; `"…"`
///   keeps spaces), run in a scratch folder holding a copy of the case's files;
/// - `generate: GENERATOR FILE [COUNT]`: a large input made by ``HostileGenerator``;
/// - `stdin: FILE` or `stdin: closed` (default: empty); `stdout-to: PATH` (e.g.
///   `/dev/full`; default: a file whose text is checked);
/// - `symlink: NAME -> TARGET`, `fifo: NAME`: made in the scratch folder before the run;
/// - `exit: N`; `stderr-contains: TEXT`, `stdout-contains: TEXT`, `stdout-excludes: TEXT`
///   (repeatable); `stdout: FILE`: the whole standard output, a golden file of the case;
/// - `file-kind: PATH KIND` (`regular`, `fifo`, `symlink`, `directory`, `missing`): what a
///   path of the scratch folder is after the run;
/// - `seconds: N` (default 60) and `memory-mb: N` (default 1024): the bounds.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let name: String
    var arguments: [String] = []
    var generate: [(generator: String, file: String, count: Int)] = []
    var stdin: String?
    var stdinClosed = false
    var stdoutTo: String?
    var symlinks: [(name: String, target: String)] = []
    var fifos: [String] = []
    var exit: Int32 = 0
    var stderrContains: [String] = []
    var stdoutContains: [String] = []
    var stdoutExcludes: [String] = []
    var stdoutGolden: String?
    var fileKinds: [(path: String, kind: String)] = []
    var seconds = 60
    var memoryMB = 1024

    var testDescription: String { name }

    /// The folder of the corpus, relative to the package root.
    static let folder = "Tests/Fixtures/hostile"

    /// Every case of the corpus, by folder name.
    static func all() throws -> [HostileCase] {
        try TestFiles.list(folder).filter { !$0.hasPrefix(".") && $0 != "README.md" }.map {
            try HostileCase(name: $0, text: TestFiles.text("\(folder)/\($0)/case.txt"))
        }
    }

    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    init(name: String, text: String) throws {
        self.name = name
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw FormatError(
                    description: "\(name)/case.txt:\(number + 1): expected 'key: value'")
            }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            try apply(key, value, at: "\(name)/case.txt:\(number + 1)")
        }
        guard !arguments.isEmpty else { throw FormatError(description: "\(name): no 'run:' line") }
    }

    private mutating func apply(_ key: String, _ value: String, at place: String) throws {
        let words = HostileCase.words(value)
        switch key {
        case "run": arguments = words
        case "generate":
            guard words.count >= 2 else {
                throw FormatError(description: "\(place): generate GEN FILE [N]")
            }
            generate.append((words[0], words[1], words.count > 2 ? Int(words[2]) ?? 0 : 0))
        case "stdin":
            if value == "closed" { stdinClosed = true } else { stdin = value }
        case "stdout-to": stdoutTo = value
        case "symlink":
            let parts = value.components(separatedBy: " -> ")
            guard parts.count == 2 else {
                throw FormatError(description: "\(place): symlink NAME -> TARGET")
            }
            symlinks.append((parts[0], parts[1]))
        case "fifo": fifos.append(value)
        case "exit": exit = Int32(value) ?? -1
        case "stderr-contains": stderrContains.append(value)
        case "stdout-contains": stdoutContains.append(value)
        case "stdout-excludes": stdoutExcludes.append(value)
        case "stdout": stdoutGolden = value
        case "file-kind":
            guard words.count == 2 else {
                throw FormatError(description: "\(place): file-kind PATH KIND")
            }
            fileKinds.append((words[0], words[1]))
        case "seconds": seconds = Int(value) ?? seconds
        case "memory-mb": memoryMB = Int(value) ?? memoryMB
        default: throw FormatError(description: "\(place): unknown key '\(key)'")
        }
    }

    /// Words split on spaces; `"…"` keeps its spaces (no escapes inside).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }
}
