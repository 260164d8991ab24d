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
    // Diagnostics go one way only: a client that pulls and is pushed to as well
    // keeps both copies (Neovim ≥ 0.10 in two namespaces, vscode-languageclient
    // in two collections), so a client that declares pull is never pushed to.
    let capabilities = params["capabilities"]
    delivery = capabilities?["textDocument"]?["diagnostic"]?.object != nil
      ? .pull(refresh: capabilities?["workspace"]?["diagnostics"]?["refreshSupport"]?.bool == true)
      : .push
    try configure(ServerSettings(params["initializationOptions"]), force: true)
    state = .running
    var announced: [String: JSONValue] = [
      "positionEncoding": .string(chosen),
      "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
      "hoverProvider": true,
      "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.factlint"]],
    ]
    if case .pull = delivery {
      announced["diagnosticProvider"] = ["identifier": "factlint", "interFileDependencies": false, "workspaceDiagnostics": false]
    }
    return [
      "capabilities": .object(announced),
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
      throw .invalidParams("the fact base is broken: " + error.summarized(optOut: "the noDefaultFacts setting").joined(separator: "\n"))
    } catch {
      throw .invalidParams("\(error)")
    }
    settings = new
    checker = Checker(factBase: base)
    checkerGeneration += 1
    projects.reset()
    factFileDates = Dictionary(uniqueKeysWithValues: new.facts.map { ($0, Self.modificationDate($0) ?? .distantPast) })
    for uri in documents.keys.sorted() { schedule(uri) }
    // A pulling client asks again only when told: its documents' findings may have changed.
    if state == .running, delivery == .pull(refresh: true) { requestFromServer("workspace/diagnostic/refresh") }
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
