// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
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
            swiftSettings: strictSettings,
            linkerSettings: [.linkedLibrary("m")]
        ),
        .executableTarget(
            name: "OrgAdvisorCLI",
            dependencies: ["OrgAdvisor"],
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
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OrgAdvisorCLITests",
            dependencies: ["OrgAdvisorCLI", "OrgAdvisor", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
