// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "factlint",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "factlint", targets: ["factlint"]),
    .library(name: "FactlintCore", targets: ["FactlintCore"]),
  ],
  targets: [
    // MARK: FactlintCore — text in, findings out. No IO, no JSON-RPC, no terminal.
    .target(
      name: "FactlintCore",
      resources: [.embedInCode("Resources/default-facts.json")]
    ),
    .testTarget(
      name: "FactlintCoreTests",
      dependencies: ["FactlintCore", "FactlintTestSupport"]
    ),

    // MARK: FactlintWorkspace — the project's files: configuration, fact base files, source texts.
    .target(
      name: "FactlintWorkspace",
      dependencies: ["FactlintCore"]
    ),

    // MARK: FactlintServer — `factlint lsp`: JSON-RPC framing, the language server.
    .target(
      name: "FactlintServer",
      dependencies: ["FactlintCore", "FactlintWorkspace"]
    ),
    .testTarget(
      name: "FactlintServerTests",
      dependencies: ["FactlintServer", "FactlintTestSupport", "factlint"]
    ),

    // MARK: FactlintCLI — `factlint check` / `factlint facts`: files, arguments, renderers.
    .target(
      name: "FactlintCLI",
      dependencies: ["FactlintCore", "FactlintWorkspace", "FactlintServer"]
    ),
    .testTarget(
      name: "FactlintCLITests",
      dependencies: ["FactlintCLI", "FactlintCore", "FactlintTestSupport", "factlint"]
    ),

    // MARK: FactlintTestSupport — what the test targets share (the built binary, seeded generators).
    .target(name: "FactlintTestSupport"),

    // MARK: factlint-bench — the benchmark suite (`swift run -c release factlint-bench`).
    .executableTarget(
      name: "factlint-bench",
      dependencies: ["FactlintCore", "FactlintServer", "FactlintTestSupport", "factlint"]
    ),

    // MARK: factlint — the executable: a thin entry point.
    .executableTarget(
      name: "factlint",
      dependencies: ["FactlintCLI"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
