import Foundation
import TestSupport
import Testing

/// The VS Code extension's LSP client (`Editors/vscode/lsp-connection.js`, plain
/// Node.js) against the built `orgadvisor lsp`, through `Editors/vscode/test/smoke.js`.
/// Skipped where Node.js is not installed.
@Suite struct EditorClientTests {
    static let node = ["/usr/bin/node", "/usr/local/bin/node"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(
        .enabled(if: node != nil, "Node.js is not installed: the editor client test is skipped"),
        arguments: ["Rules/40-rules.orgrules", "Rules/10-criteria.orgrules"])
    func clientTalksToTheServer(_ file: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.node))
        process.arguments = [
            TestFiles.url("Editors/vscode/test/smoke.js").path, BinaryRunner.binary.path,
            TestFiles.url(file).path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"encoding":"utf-16","diagnostics":0,"completion":["rulebase","criterion","form","rule","derive","advice"],"exit":0}"#
                + "\n")
    }
}
