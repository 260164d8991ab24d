import FactlintCore
import FactlintWorkspace
import Foundation

extension LanguageServer {
  /// `initialize`: negotiate the position encoding and hover format, read
  /// `initializationOptions`, announce the capabilities.
  func initialize(_ params: JSONValue?) throws(RPCError) -> JSONValue {
    guard let params, params.object != nil else { throw .invalidParams("'initialize' needs params") }
    let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
    let supported: [String: LineIndex.ColumnUnit] = ["utf-8": .utf8, "utf-16": .utf16, "utf-32": .unicodeScalar]
    let chosen = offered.first { supported[$0] != nil } ?? "utf-16"
    unit = supported[chosen]!
    let formats = params["capabilities"]?["textDocument"]?["hover"]?["contentFormat"]?.array?.compactMap(\.string) ?? []
    hoverMarkdown = formats.contains("markdown")
    try configure(ServerSettings(params["initializationOptions"]), force: true)
    state = .running
    return [
      "capabilities": [
        "positionEncoding": .string(chosen),
        "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
        "hoverProvider": true,
        "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.factlint"]],
        "diagnosticProvider": ["interFileDependencies": false, "workspaceDiagnostics": false],
      ],
      "serverInfo": ["name": "factlint", "version": .string(FactlintServerVersion.current)],
    ]
  }

  /// Loads the fact bases the settings name and re-checks every open document.
  func configure(_ new: ServerSettings, force: Bool = false) throws(RPCError) {
    guard force || new != settings else { return }
    let base: FactBase
    do {
      // Files the settings name are read only when regular and within the document limit.
      base = try FactBaseFiles.load(files: new.facts, includeDefault: !new.noDefaultFacts, sources: new.sources, limit: limits.maximumDocumentBytes)
    } catch let error as FactBaseError {
      throw .invalidParams("the fact base is broken: \(error.description)")
    } catch {
      throw .invalidParams("\(error)")
    }
    settings = new
    checker = Checker(factBase: base)
    checkerGeneration += 1
    projects.reset()
    factFileDates = Dictionary(uniqueKeysWithValues: new.facts.map { ($0, Self.modificationDate($0) ?? .distantPast) })
    for uri in documents.keys.sorted() { schedule(uri) }
  }
}

extension LanguageServer {
  /// A fact base file edited on disk is reloaded before the next check.
  func reloadFactsIfChanged() {
    guard factFileDates.contains(where: { Self.modificationDate($0.key) != $0.value }) else { return }
    do { try configure(settings, force: true) } catch { show(error.message) }
    factFileDates = Dictionary(uniqueKeysWithValues: settings.facts.map { ($0, Self.modificationDate($0) ?? .distantPast) })
  }

  static func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}

public enum FactlintServerVersion {
  public static let current = "0.1.0"
}
