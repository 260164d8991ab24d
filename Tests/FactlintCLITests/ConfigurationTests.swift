import Foundation
import Testing

/// `.factlint.json` through the built binary: where it is found, what each
/// key does, and the error each mistake gets.
@Suite struct ConfigurationTests {
  static let wrong = "# Launch\n\nMuse Spark launched on April 7, 2026, and scored 57 on the Artificial Analysis Intelligence Index.\n"
  static let disputed = "Meta's 2026 capex guidance is $115 billion to $135 billion.\n"

  /// A folder tree: paths to contents.
  private func tree(_ files: [String: String]) throws -> URL {
    let root = try Factlint.temporaryDirectory()
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
  }

  private func findings(_ result: Factlint.Result) throws -> [String: [String]] {
    var byFile: [String: [String]] = [:]
    for file in try Factlint.json(result.stdout)["files"] as! [[String: Any]] {
      let name = (file["path"] as! String).split(separator: "/").suffix(2).joined(separator: "/")
      byFile[name] = (file["findings"] as! [[String: Any]]).map { "\($0["rule"]!):\($0["severity"]!):\($0["text"]!)" }
    }
    return byFile
  }

  @Test func theNearestConfigurationAboveEachDraftApplies() throws {
    let root = try tree([
      ".factlint.json": #"{"rules": {"conflict": "warning"}}"#,
      "news/a.md": Self.wrong,
      "news/opinion/.factlint.json": #"{"rules": {"conflict": "off"}}"#,
      "news/opinion/b.md": Self.wrong,
    ])
    let result = try Factlint.run(["check", "--format", "json", root.path])
    let byFile = try findings(result)
    #expect(byFile["news/a.md"] == ["conflict:warning:April 7, 2026", "conflict:warning:57"])
    #expect(byFile["opinion/b.md"] == [], "the nearer file turns conflicts off")
    #expect(result.status == 0, "warnings do not fail the default --fail-on error")
  }

  @Test func configFlagReplacesTheSearch() throws {
    let root = try tree([".factlint.json": #"{"rules": {"conflict": "off"}}"#, "a.md": Self.wrong, "strict.json": #"{"failOn": "warning"}"#])
    #expect(try Factlint.run(["check", root.appendingPathComponent("a.md").path]).status == 0)
    let result = try Factlint.run(["check", "--config", root.appendingPathComponent("strict.json").path, root.appendingPathComponent("a.md").path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("conflict 2"))
  }

  @Test func failOnFromTheFileAndFromTheCommandLine() throws {
    let root = try tree([".factlint.json": #"{"failOn": "warning"}"#, "d.md": Self.disputed])
    let draft = root.appendingPathComponent("d.md").path
    #expect(try Factlint.run(["check", draft]).status == 1, "a disputed figure is a warning, and the file fails on warnings")
    #expect(try Factlint.run(["check", "--fail-on", "error", draft]).status == 0, "the command line wins")
  }

  @Test func ruleSeveritiesAreWhatTheReportsShow() throws {
    let root = try tree([".factlint.json": #"{"rules": {"disputed": "error", "conflict": "hint"}}"#, "d.md": Self.disputed + "\n" + Self.wrong])
    let result = try Factlint.run(["check", "--format", "sarif", root.path])
    #expect(result.stdout.contains(#""level" : "error""#) || result.stdout.contains(#""level": "error""#))
    let text = try Factlint.run(["check", root.path])
    #expect(text.stdout.contains(": error: ") && text.stdout.contains(": hint: "))
    #expect(text.status == 1, "the disputed figure is now an error")
  }

  @Test func includeAndExcludeChooseTheDrafts() throws {
    let root = try tree([
      ".factlint.json": #"{"include": ["drafts/**"], "exclude": ["drafts/archive/**", "**/*.txt"]}"#,
      "drafts/a.md": Self.wrong, "drafts/archive/old.md": Self.wrong, "drafts/notes.txt": Self.wrong, "README.md": Self.wrong,
    ])
    let result = try Factlint.run(["check", "--format", "json", root.path])
    #expect(try findings(result).keys.sorted() == ["drafts/a.md"])
    let named = try Factlint.run(["check", "--format", "json", root.appendingPathComponent("drafts/archive/old.md").path])
    #expect(try findings(named).isEmpty, "a file the configuration excludes is skipped even when named")
    #expect(named.stderr.contains("old.md: not checked: " + root.appendingPathComponent(".factlint.json").path + " excludes it"), "\(named.stderr)")
    #expect(result.stderr.isEmpty, "files a folder walk leaves out are not each announced: \(result.stderr)")
  }

  @Test func factBasesAndSourcesAreRelativeToTheFile() throws {
    let facts = #"""
      {"version": 1,
       "sources": [{"id": "memo", "title": "Budget memo"}],
       "entities": [{"id": "library", "name": "Riverside Library", "kind": "organization", "aliases": ["Riverside Library"]}],
       "facts": [{"id": "library-visitors", "entity": "library", "attribute": "visitors in 2025", "value": {"kind": "count", "text": "41,200"},
                  "cues": ["visitors"], "citations": [{"source": "memo", "quote": "41,200 visitors came in 2025"}]}]}
      """#
    let root = try tree([
      "project/.factlint.json": #"{"facts": ["facts/local.json"], "defaultFacts": false, "sources": "sources"}"#,
      "project/facts/local.json": facts,
      "project/sources/memo.txt": "The memo says 41,200 visitors came in 2025, up from the year before.",
      "project/drafts/story.md": "Riverside Library drew 45,000 visitors in 2025.\n\n" + Self.wrong,
    ])
    let result = try Factlint.run(["check", "--format", "json", root.appendingPathComponent("project/drafts").path], in: root.appendingPathComponent("project/drafts"))
    let files = try Factlint.json(result.stdout)["files"] as! [[String: Any]]
    let found = files[0]["findings"] as! [[String: Any]]
    #expect(found.count == 1, "only the local fact base: the default facts are off")
    #expect(found.first?["expected"] as? String == "41,200")
    let source = (found.first?["sources"] as? [[String: Any]])?.first
    #expect(source?["line"] as? Int == 1, "the quote was located in the sources folder named by the file")
  }

  @Test(arguments: [
    ("{", "not valid JSON"),
    ("[1]", "the configuration must be a JSON object"),
    (#"{"rulez": {}}"#, "'rulez': unknown key (known keys: facts, defaultFacts, sources, include, exclude, rules, failOn)"),
    (#"{"facts": "a.json"}"#, "'facts': must be an array of fact base file paths"),
    (#"{"defaultFacts": "no"}"#, "'defaultFacts': must be true or false"),
    (#"{"sources": 3}"#, "'sources': must be a folder path"),
    (#"{"include": "*.md"}"#, "'include': must be an array of globs"),
    (#"{"exclude": [1]}"#, "'exclude': must be an array of globs"),
    (#"{"rules": ["conflict"]}"#, "'rules': must be an object mapping rule names"),
    (#"{"rules": {"conflicts": "off"}}"#, "'conflicts': unknown rule (rules: conflict, disputed, weekday, scale)"),
    (#"{"rules": {"conflict": "loud"}}"#, "'conflict': must be \"off\" or a severity (error, warning, information, hint), not \"loud\""),
    (#"{"failOn": "fatal"}"#, "'failOn': must be a severity (error, warning, information, hint), not \"fatal\""),
    (#"{"facts": ["missing.json"]}"#, "missing.json: cannot read the fact base: no such file"),
    (#"{"sources": "nowhere"}"#, "nowhere: the sources setting needs a folder"),
    (#"{"facts": [], "defaultFacts": false}"#, "no fact base"),
  ])
  func everyMistakeNamesTheFileAndTheKey(config: String, message: String) throws {
    let root = try tree([".factlint.json": "\n" + config, "a.md": Self.wrong])
    let result = try Factlint.run(["check", root.appendingPathComponent("a.md").path])
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    if message.hasPrefix("'") {
      #expect(result.stderr.contains(root.appendingPathComponent(".factlint.json").path + ":2:"), "the key's line: \(result.stderr)")
    } else if !message.contains(":") && !message.hasPrefix("no fact") {
      #expect(result.stderr.contains(root.appendingPathComponent(".factlint.json").path), "\(result.stderr)")
    }
  }

  @Test func aMissingConfigFlagFileIsAnError() throws {
    let result = try Factlint.run(["check", "--config", "/nonexistent/.factlint.json", try tree(["a.md": Self.wrong]).appendingPathComponent("a.md").path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("/nonexistent/.factlint.json: cannot read the configuration file"))
  }
}

/// The schema in `protocol/config.schema.json` says what the parser says.
@Suite struct ConfigurationSchemaTests {
  static let schema = Factlint.packageRoot.appendingPathComponent("protocol/config.schema.json")

  @Test(arguments: [
    (#"{}"#, true),
    (#"{"facts": ["a.json"], "defaultFacts": false, "sources": "s", "include": ["**/*.md"], "exclude": [], "rules": {"weekday": "off", "scale": "hint"}, "failOn": "warning"}"#, true),
    (#"{"rulez": {}}"#, false),
    (#"{"rules": {"conflicts": "off"}}"#, false),
    (#"{"rules": {"conflict": "loud"}}"#, false),
    (#"{"failOn": "fatal"}"#, false),
    (#"{"facts": "a.json"}"#, false),
  ])
  func schemaAndParserAgree(config: String, valid: Bool) throws {
    #expect(try Factlint.validate(config, schema: Self.schema).ok == valid)
    let root = try Factlint.temporaryDirectory()
    try config.write(to: root.appendingPathComponent(".factlint.json"), atomically: true, encoding: .utf8)
    try "No figures here.\n".write(to: root.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    try "{\"version\": 1, \"sources\": [], \"entities\": [], \"facts\": []}".write(to: root.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(at: root.appendingPathComponent("s"), withIntermediateDirectories: true)
    let result = try Factlint.run(["check", root.appendingPathComponent("a.md").path])
    #expect((result.status != 2) == valid, "\(result.stderr)")
  }
}
