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
        .testTarget(
            name: "OrgAdvisorTests",
            dependencies: ["OrgAdvisor"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OrgAdvisorCLITests",
            dependencies: ["OrgAdvisorCLI"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
