// swift-tools-version:6.0
// tracuu: a query shell over Vietnamese Party-congress resolution data.
//
// The targets follow the pipeline, and dependencies point one way:
//
//   text ─▶ TracuuSyntax (tokens, syntax tree) ─▶ TracuuEngine (checked query, plan, rows) ─▶ TracuuOutput
//                                                      ▲
//                                   TracuuData (datasets, loaders, bundled sample)
//
// TracuuText (Vietnamese text rules), TracuuDiagnostics (places and messages) and
// TracuuValues (the typed values every stage shares) sit underneath all of them.
// TracuuShell runs queries from arguments, files, pipes and the prompt; the
// executable `tracuu` only parses its command line and hands over to it.
import PackageDescription

let package = Package(
    name: "tracuu",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tracuu", targets: ["tracuu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "TracuuText"),
        .target(name: "TracuuDiagnostics", dependencies: ["TracuuText"]),
        .target(name: "TracuuValues", dependencies: ["TracuuText"]),
        .target(name: "TracuuSyntax", dependencies: ["TracuuText", "TracuuDiagnostics", "TracuuValues"]),
        // Raw article text (.txt, .md, .html) → rows of articles, targets and metrics.
        .target(name: "TracuuIngest", dependencies: ["TracuuText", "TracuuValues", "TracuuDiagnostics"],
                exclude: ["Gazetteer/units-pre2025.csv", "Gazetteer/units-pre2025.LICENSE", "Gazetteer/provinces-pre2025.csv", "Measures/measures.tsv"]),
        .target(name: "TracuuData", dependencies: ["TracuuText", "TracuuDiagnostics", "TracuuValues", "TracuuIngest"]),
        .target(name: "TracuuEngine", dependencies: ["TracuuSyntax", "TracuuData", "TracuuValues", "TracuuText", "TracuuDiagnostics"]),
        .target(name: "TracuuOutput", dependencies: ["TracuuValues", "TracuuText"]),
        // Writing files whole or not at all, and streams with their errors: every write tracuu makes.
        .target(name: "FileWriting"),
        // libedit, through pkg-config (Debian: libedit-dev), behind a shim of fixed-arity
        // wrappers; LineEditing is the only module that touches it.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditing", dependencies: ["CEditLine", "FileWriting"]),
        .target(name: "TracuuShell", dependencies: ["TracuuEngine", "TracuuOutput", "TracuuData", "TracuuDiagnostics", "TracuuSyntax", "TracuuValues", "TracuuText", "LineEditing", "FileWriting"]),
        // For the REPL tests only: opens pseudo-terminals (hidden from Swift's Glibc module).
        .target(name: "PTYSupport"),
        .executableTarget(name: "tracuu", dependencies: [
            "TracuuShell",
            "LineEditing",
            "FileWriting",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "TracuuTextTests", dependencies: ["TracuuText"]),
        .testTarget(name: "TracuuDiagnosticsTests", dependencies: ["TracuuDiagnostics", "TracuuText"]),
        .testTarget(name: "TracuuValuesTests", dependencies: ["TracuuValues"]),
        .testTarget(name: "TracuuSyntaxTests", dependencies: ["TracuuSyntax"]),
        .testTarget(name: "TracuuDataTests", dependencies: ["TracuuData"]),
        .testTarget(name: "TracuuEngineTests", dependencies: ["TracuuEngine", "TracuuData"]),
        .testTarget(name: "TracuuOutputTests", dependencies: ["TracuuOutput"]),
        .testTarget(name: "FileWritingTests", dependencies: ["FileWriting"]),
        .testTarget(name: "TracuuIngestTests", dependencies: ["TracuuIngest", "TracuuData"]),
        .testTarget(name: "GoldenTests", dependencies: ["TracuuShell"]),
        .testTarget(name: "TracuuShellTests", dependencies: ["TracuuShell", "TracuuData", "TracuuEngine"]),
        .testTarget(name: "EndToEndTests", dependencies: ["tracuu"]),
        .testTarget(name: "TracuuShellTeachingTests", dependencies: ["TracuuShell", "TracuuEngine", "TracuuData", "TracuuSyntax"]),
        .testTarget(name: "REPLTests", dependencies: ["tracuu", "PTYSupport"]),

        // Fuzzing (Tests/Fuzz, `make fuzz`): the harness code, one libFuzzer target per input
        // kind (each also a plain program that replays files), and the tests that replay every
        // crash found so far and the seed corpus.
        .target(name: "TracuuFuzzing",
                dependencies: ["TracuuSyntax", "TracuuEngine", "TracuuData", "TracuuOutput", "TracuuShell", "TracuuDiagnostics", "TracuuValues", "FileWriting"],
                path: "Tests/Fuzz/Harness"),
        .executableTarget(name: "FuzzQuery", dependencies: ["TracuuFuzzing"], path: "Tests/Fuzz/Targets/FuzzQuery"),
        .executableTarget(name: "FuzzCSV", dependencies: ["TracuuFuzzing"], path: "Tests/Fuzz/Targets/FuzzCSV"),
        .executableTarget(name: "FuzzJSONLines", dependencies: ["TracuuFuzzing"], path: "Tests/Fuzz/Targets/FuzzJSONLines"),
        .executableTarget(name: "FuzzIngest", dependencies: ["TracuuFuzzing"], path: "Tests/Fuzz/Targets/FuzzIngest"),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["TracuuFuzzing"]),
    ],
    swiftLanguageModes: [.v6]
)
