// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Faster start-up for the release binary: direct type-metadata accessors instead of
/// run-time demangling (see README, "Start-up time").
let releaseStartup: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
        .when(configuration: .release))
]

let package = Package(
    name: "orgadvisor",
    products: [
        .library(name: "OrgAdvisor", targets: ["OrgAdvisor"]),
        .executable(name: "orgadvisor", targets: ["OrgAdvisorCLI"]),
    ],
    targets: [
        .target(
            name: "OrgAdvisor",
            swiftSettings: strictSettings + releaseStartup,
            linkerSettings: [.linkedLibrary("m")]
        ),
        .executableTarget(
            name: "OrgAdvisorCLI",
            dependencies: ["OrgAdvisor"],
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
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OrgAdvisorTests",
            dependencies: ["OrgAdvisor", "TestSupport"],
            exclude: ["Fixtures", "Snapshots"],
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
