// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Faster start-up for the release binary: direct type-metadata accessors instead of
/// run-time demangling (see Benchmarks/README.md, "Start-up time"). Only on the
/// executable: a package with unsafe flags on a library cannot be used as a dependency.
let releaseStartup: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
        .when(configuration: .release))
]

let package = Package(
    name: "orgadvisor",
    products: [
        // One library for embedding programs: `import OrgAdvisor` brings every layer.
        .library(name: "OrgAdvisor", targets: ["OrgAdvisor"]),
        .executable(name: "orgadvisor", targets: ["OrgAdvisorCLI"]),
    ],
    targets: [
        // The layers, each depending only on those before it (see ARCHITECTURE.md).
        // The rule language: source text to a checked rule base. Standard library only.
        .target(
            name: "OrgAdvisorRules",
            swiftSettings: strictSettings,
            linkerSettings: [.linkedLibrary("m")]
        ),
        // The engine: programs, evaluation, trace and analyses, all as data.
        .target(
            name: "OrgAdvisorEngine",
            dependencies: ["OrgAdvisorRules"],
            swiftSettings: strictSettings
        ),
        // The renderers: text, Markdown, HTML, SVG, CSV and JSON of every result.
        .target(
            name: "OrgAdvisorReports",
            dependencies: ["OrgAdvisorRules", "OrgAdvisorEngine"],
            swiftSettings: strictSettings
        ),
        // Batch: JSON records read, scored and written in bulk.
        .target(
            name: "OrgAdvisorBatch",
            dependencies: ["OrgAdvisorRules", "OrgAdvisorEngine", "OrgAdvisorReports"],
            swiftSettings: strictSettings
        ),
        // The umbrella library: re-exports the layers, adds files and rule test cases.
        .target(
            name: "OrgAdvisor",
            dependencies: [
                "OrgAdvisorRules", "OrgAdvisorEngine", "OrgAdvisorReports", "OrgAdvisorBatch",
            ],
            swiftSettings: strictSettings
        ),
        // The language server of `orgadvisor lsp`: LSP messages in and out, as data; the
        // CLI reads and writes the bytes. Beside the umbrella, not part of the product.
        .target(
            name: "OrgAdvisorLanguageServer",
            dependencies: ["OrgAdvisorRules", "OrgAdvisorEngine"],
            swiftSettings: strictSettings
        ),
        // glibc's malloc options, which Swift's C modules leave out: the CLI prepares the
        // heap for a large rule base with them (HeapReservation.swift).
        .target(name: "CMallocOptions"),
        .executableTarget(
            name: "OrgAdvisorCLI",
            dependencies: ["OrgAdvisor", "OrgAdvisorLanguageServer", "CMallocOptions"],
            swiftSettings: strictSettings + releaseStartup,
            // A fully static executable starts without the dynamic loader's work.
            linkerSettings: [
                .unsafeFlags(
                    ["-static-executable"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .executableTarget(
            name: "orgadvisor-benchmark",
            dependencies: ["OrgAdvisor"],
            path: "Sources/OrgAdvisorBenchmark",
            swiftSettings: strictSettings
        ),
        // The generator of Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift from Rules/
        // (`swift run orgadvisor-embed-rules`); the tests check the file with its library.
        .target(
            name: "OrgAdvisorRuleEmbedding",
            dependencies: ["OrgAdvisorRules"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "orgadvisor-embed-rules",
            dependencies: ["OrgAdvisorRuleEmbedding"],
            path: "Sources/OrgAdvisorEmbedRules",
            swiftSettings: strictSettings
        ),
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OrgAdvisorTests",
            dependencies: [
                "OrgAdvisor", "OrgAdvisorRules", "OrgAdvisorEngine", "OrgAdvisorReports",
                "OrgAdvisorBatch", "OrgAdvisorRuleEmbedding", "TestSupport",
            ],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OrgAdvisorLanguageServerTests",
            dependencies: [
                "OrgAdvisorLanguageServer", "OrgAdvisorRules", "OrgAdvisorEngine", "TestSupport",
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OrgAdvisorCLITests",
            dependencies: ["OrgAdvisorCLI", "OrgAdvisor", "TestSupport"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
