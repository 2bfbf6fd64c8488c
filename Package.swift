// swift-tools-version:6.0
import Foundation
import PackageDescription

// Layers, lowest first; a target imports only targets listed before it (docs/architecture in DESIGN.md).
let package = Package(
    name: "mlops-lab",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mlops-lab", targets: ["mlops-lab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "3.12.3"),
    ],
    targets: [
        // The tree of values that commands return, `--json` prints and expressions read.
        .target(name: "Values"),
        // Seeded randomness, distributions, statistical tests, distances, binning.
        .target(name: "Stats"),
        // Datasets, CSV, feature transforms, models, metrics, explanations.
        .target(name: "Modeling", dependencies: ["Values", "Stats", .product(name: "Crypto", package: "swift-crypto")]),
        // The simulated world: the expression language, drift detection, generators, pipeline specs.
        .target(
            name: "Sandbox",
            dependencies: ["Values", "Stats", "Modeling", .product(name: "Yams", package: "Yams")]),
        // The course: content model and loaders, quizzes, GIFT, exams, spaced review.
        .target(name: "Curriculum", dependencies: ["Values", .product(name: "Yams", package: "Yams")]),
        // The learner's store: profiles, the hash-chained event log, review cards, derived progress.
        .target(
            name: "Progress",
            dependencies: [
                "Values",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Appends events and acknowledges each commit; only the store's crash tests run it.
        .executableTarget(name: "progress-crash-helper", dependencies: ["Progress"]),
        // libedit, through small C wrappers for its variadic functions.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The command layer: every command, the session, parsing, completion.
        .target(name: "Workbench", dependencies: ["Values", "Curriculum", "Stats", "Progress", "Modeling", "Sandbox"]),
        // The terminal: line editing, history, rendering, colour policy.
        .target(name: "Console", dependencies: ["Workbench", "Values", "CEditLine"]),
        // The executable: reads its own arguments and picks REPL, script or one-shot mode.
        .executableTarget(name: "mlops-lab", dependencies: ["Console", "Workbench"]),
        // `make bench`: release-build workloads.
        .executableTarget(
            name: "mlops-lab-bench",
            dependencies: ["Workbench", "Values", "Curriculum", "Stats", "Modeling", "Sandbox", "Progress", "CPseudoTerminal"],
            path: "Benchmarks/mlops-lab-bench"
        ),
        .target(name: "CPseudoTerminal", path: "Benchmarks/CPseudoTerminal"),
        // What the fuzzers read: one function per kind of input (`make fuzz`, HostileInputTests).
        .target(
            name: "FuzzTargets", dependencies: ["Workbench", "Curriculum", "Sandbox", "Modeling", "Progress", "Values"],
            path: "Fuzz/FuzzTargets"),

        .testTarget(name: "ValuesTests", dependencies: ["Values"]),
        .testTarget(name: "StatsTests", dependencies: ["Stats"], resources: [.copy("Vectors")]),
        .testTarget(name: "ModelingTests", dependencies: ["Modeling", "Stats"], resources: [.copy("Vectors")]),
        .testTarget(name: "SandboxTests", dependencies: ["Sandbox", "Stats", "Values", "Modeling"], resources: [.copy("Vectors")]),
        .testTarget(
            name: "CurriculumTests", dependencies: ["Curriculum"],
            resources: [.copy("Vectors"), .copy("Fixtures")]),
        .testTarget(
            name: "ProgressTests",
            dependencies: ["Progress", "Values", "progress-crash-helper", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Vectors")]),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench", "Values"]),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "Workbench", "Values"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["mlops-lab", "Progress"]),
        .testTarget(
            name: "HostileInputTests", dependencies: ["Curriculum", "Modeling", "Sandbox", "Values", "Progress", "FuzzTargets"],
            exclude: ["Inputs"]),
    ],
    swiftLanguageModes: [.v6]
)

// `make fuzz` (MLOPS_LAB_FUZZ=1): the libFuzzer targets, built with -sanitize=fuzzer,address. Left
// out of every other build, where an executable without a main would not link.
if ProcessInfo.processInfo.environment["MLOPS_LAB_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "mlops-lab-fuzz", dependencies: ["FuzzTargets"], path: "Fuzz/mlops-lab-fuzz",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
