import Foundation
import Testing
import FactlintTestSupport

/// Runs the built `factlint` binary, as a user or a CI job would.
enum Factlint {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root, and the `shared/` folder beside it.
  static let packageRoot = BuiltBinary.packageRoot
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  static var examples: URL { shared.appendingPathComponent("examples") }
  static var seeds: URL { shared.appendingPathComponent("seeds") }
  static let binary = BuiltBinary.factlint

  /// `stdin`: what the program reads on standard input (nothing when nil).
  @discardableResult
  /// `env`: variables set on top of this process's environment.
  static func run(_ arguments: [String], in directory: URL? = nil, stdin: [UInt8]? = nil, env: [String: String] = [:]) throws -> Result {
    try run(program: binary.path, arguments, in: directory, stdin: stdin, env: env)
  }

  /// Runs another program (a shell, `script`) the same way.
  @discardableResult
  static func run(program: String, _ arguments: [String], in directory: URL? = nil, stdin: [UInt8]? = nil, env: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    if !env.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(env) { $1 } }
    if let directory { process.currentDirectoryURL = directory }
    // Output goes to files, so a large output can never block the child.
    let dir = try temporaryDirectory()
    let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    if let stdin {
      let inURL = dir.appendingPathComponent("stdin")
      try Data(stdin).write(to: inURL)
      process.standardInput = try FileHandle(forReadingFrom: inURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    defer { try? FileManager.default.removeItem(at: dir) }
    return Result(status: process.terminationStatus,
                  stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                  stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  static func json(_ text: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
  }

  /// A fresh temporary folder for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Validates a JSON document against a JSON Schema with Python's jsonschema.
  static func validate(_ document: String, schema: URL) throws -> (ok: Bool, message: String) {
    let dir = try temporaryDirectory()
    let doc = dir.appendingPathComponent("doc.json")
    try document.write(to: doc, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
      cls = jsonschema.validators.validator_for(schema)
      errors = list(cls(schema).iter_errors(doc))
      print("\\n".join(e.message for e in errors[:5])); sys.exit(1 if errors else 0)
      """, schema.path, doc.path]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus == 0, String(decoding: data, as: UTF8.self))
  }
}
