import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// `orgadvisor page` without a browser: what it writes, and its errors. A tiny module
/// (`\0asm`, version 1, nothing else) stands for the real one, so these tests run
/// without `WebAssembly/build.sh`.
@Suite("page command")
struct PageCommandTests {
    static let tinyModule: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-page-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(Self.tinyModule).write(to: url.appendingPathComponent("tiny.wasm"))
        return url
    }

    @Test("the page is one file: the module and the rules inline, nothing to fetch")
    func selfContained() throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let module = directory.appendingPathComponent("tiny.wasm").path
        let result = try BinaryRunner.run(["page", "--module", module, "--lang", "fr"])
        #expect(result.code == 0, "\(result.stderr)")
        let page = result.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(
            page.contains(
                "<script type=\"application/octet-stream\" id=\"oa-module\">\nAGFzbQEAAAA=\n"))
        let archive = Data(RuleBase.builtIn.archive()).base64EncodedString()
        #expect(page.contains("id=\"oa-rules\">\n" + archive.prefix(120) + "\n"))
        #expect(
            page.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        // Nothing outside the file: no source, link or address of another resource.
        for reference in [" src=", " href=\"http", "url(", "@import", "fetch("] {
            #expect(!page.contains(reference), "'\(reference)' in the page")
        }
        #expect(page.contains("Organisation du support"))
    }

    @Test("--assets writes the script, the module and a rule archive that loads as --rules")
    func assets() throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let assets = directory.appendingPathComponent("assets")
        let result = try BinaryRunner.run([
            "page", "--module", directory.appendingPathComponent("tiny.wasm").path,
            "--assets", assets.path,
        ])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("page: wrote '\(assets.path)/orgadvisor.js'"))
        let module = try Data(contentsOf: assets.appendingPathComponent("orgadvisor.wasm"))
        #expect(Array(module) == Self.tinyModule)
        let script = try String(
            contentsOf: assets.appendingPathComponent("orgadvisor.js"), encoding: .utf8)
        #expect(script.contains("const OrgAdvisor = (() => {"))
        let archive = assets.appendingPathComponent("rules.orgarchive").path
        let fromArchive = try BinaryRunner.run(
            ["--rules", archive, "--sites", "5", "--volume", "high", "--format", "json"])
        let builtIn = try BinaryRunner.run(["--sites", "5", "--volume", "high", "--format", "json"])
        #expect(fromArchive.code == 0 && fromArchive.stdout == builtIn.stdout)
    }

    struct ErrorCase: Sendable, CustomStringConvertible {
        let arguments: [String]
        let code: Int32
        let message: String
        var description: String { arguments.joined(separator: " ") }
    }

    @Test(
        "errors name the module and what to run",
        arguments: [
            ErrorCase(
                arguments: ["--module", "DIR/none.wasm"], code: 3,
                message: "Error: cannot read 'DIR/none.wasm': "),
            ErrorCase(
                arguments: ["--module", "DIR/not-wasm.txt"], code: 3,
                message:
                    "Error: 'DIR/not-wasm.txt' is not a WebAssembly module (it does not start with '\\0asm')"
            ),
            ErrorCase(
                arguments: ["extra"], code: 2, message: "Error: unexpected argument 'extra'"),
        ])
    func errors(_ error: ErrorCase) throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "text".write(
            to: directory.appendingPathComponent("not-wasm.txt"), atomically: true, encoding: .utf8)
        let arguments =
            ["page"]
            + error.arguments.map {
                $0.replacingOccurrences(of: "DIR", with: directory.path)
            }
        let result = try BinaryRunner.run(arguments)
        #expect(result.code == error.code)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                error.message.replacingOccurrences(of: "DIR", with: directory.path)),
            "\(result.stderr)")
    }

    @Test("without a module beside it or in .build/wasm, the message says what to run")
    func noModule() throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("orgadvisor")
        try FileManager.default.copyItem(at: BinaryRunner.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["page"]
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(
            decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(
            stderr
                == "Error: no WebAssembly module 'orgadvisor-page.wasm' beside orgadvisor or in"
                + " '.build/wasm'; build it with 'WebAssembly/build.sh' (about 3 minutes), or give"
                + " '--module PATH'\n")
    }
}
