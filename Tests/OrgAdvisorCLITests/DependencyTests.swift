import Foundation
import TestSupport
import Testing

/// The library as another package uses it: a throwaway package depends on this one by
/// version, through a local git repository tagged `1.0.0`, imports `OrgAdvisor` and
/// scores a profile. SwiftPM refuses a dependency whose library targets carry unsafe
/// flags, so this fails if one does. Needs `git` and `swift` on `PATH` (CI has both);
/// builds in debug without debug information or index (about half the time), in a
/// temporary directory of its own (its own build folder, caches and configuration),
/// which it removes. Not run under the sanitizers (`.ci/run`'s
/// filters leave it out): it builds, and tests nothing of the library's memory.
@Suite("usable as a dependency")
struct DependencyTests {
    /// What the package needs to build as a dependency: its manifest and its sources
    /// (the built-in rule base is compiled into a source file, so `Rules/` is not needed).
    static let packageContents = ["Package.swift", "Sources"]

    @Test(
        "a package depending on this one by version (file:// git repository, tag 1.0.0) runs the README's library example and names the same winner as 'orgadvisor --sites 5 --volume high'"
    )
    func consumerPackage() throws {
        let git = try #require(
            ToolRunner("git"), "'git' is not on PATH: the dependency test needs it")
        let swift = try #require(
            ToolRunner("swift"), "'swift' is not on PATH: the dependency test needs the toolchain")
        let directory = try TemporaryDirectory("dependency")
        defer { directory.remove() }

        let repository = directory.file("orgadvisor")
        try FileManager.default.createDirectory(
            atPath: repository, withIntermediateDirectories: false)
        for name in Self.packageContents {
            try FileManager.default.copyItem(
                atPath: TestFiles.url(name).path, toPath: repository + "/" + name)
        }
        let log = directory.file("log.txt")
        for arguments in [
            ["-c", "init.defaultBranch=main", "init", "-q"],
            ["add", "-A"],
            [
                "-c", "user.name=orgadvisor tests", "-c", "user.email=tests@orgadvisor.invalid",
                "commit", "-q", "-m", "orgadvisor",
            ],
            ["tag", "1.0.0"],
        ] {
            let result = try git.run(arguments, in: repository, log: log)
            try #require(
                result.code == 0, "git \(arguments.joined(separator: " ")):\n\(result.output)")
        }

        let consumer = directory.file("consumer")
        try writeConsumer(at: consumer, dependingOn: repository)
        let build = try swift.run(
            [
                "build", "--scratch-path", directory.file("build"),
                "--cache-path", directory.file("cache"),
                "--config-path", directory.file("config"),
                "--security-path", directory.file("security"),
                "--manifest-cache", "local", "--disable-dependency-cache",
                "--disable-index-store", "-Xswiftc", "-gnone",
            ], in: consumer, log: log)
        try #require(build.code == 0, "swift build of the consumer package:\n\(build.output)")
        let run = try ToolRunner(path: directory.file("build/debug/consumer"))
            .run([], in: consumer, log: log)
        #expect(run.code == 0, "\(run.output)")

        let cli = try BinaryRunner.run(["--sites", "5", "--volume", "high", "--format", "json"])
        #expect(cli.code == 0, "\(cli.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8))
        let winner = try #require((json as? [String: Any])?["winner"] as? String)
        #expect(winner == "call-center")
        // The README's example prints the winner's id, then a Markdown report.
        #expect(run.output.hasPrefix(winner + "\n"))
        #expect(run.output.contains("Call-center"))
    }

    /// Writes the throwaway package: a manifest depending on `repository` from 1.0.0, and
    /// an executable whose code is the README's library example (so that it stays true):
    /// it loads the built-in rule base, scores a profile, prints the winner's id and a
    /// report.
    private func writeConsumer(at consumer: String, dependingOn repository: String) throws {
        let sources = consumer + "/Sources/consumer"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        let manifest = """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "consumer",
                dependencies: [.package(url: "file://\(repository)", from: "1.0.0")],
                targets: [
                    .executableTarget(
                        name: "consumer",
                        dependencies: [.product(name: "OrgAdvisor", package: "orgadvisor")])
                ]
            )

            """
        let main = try DependencyTests.readmeExample()
        try manifest.write(toFile: consumer + "/Package.swift", atomically: true, encoding: .utf8)
        try main.write(toFile: sources + "/main.swift", atomically: true, encoding: .utf8)
    }

    /// The README's library example: the first Swift code block of its section on the
    /// library that imports OrgAdvisor.
    static func readmeExample() throws -> String {
        let readme = try String(contentsOf: TestFiles.url("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## The library"))
        let rest = readme[section.upperBound...]
        let start = try #require(rest.range(of: "```swift\nimport OrgAdvisor\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        return "import OrgAdvisor\n" + rest[start.upperBound..<end.lowerBound]
    }
}
