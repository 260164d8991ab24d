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
    // Relative paths in the settings are the workspace's: the editor may start the server anywhere.
    root = Self.workspaceRoot(params)
    // Settings that cannot be read do not cost the editor its server: it starts with the defaults and says why.
    do { try configure(ServerSettings(params["initializationOptions"], root: root), force: true) } catch {
      show(error.message)
      configure(ServerSettings(), force: true)
    }
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
  /// What cannot be loaded is reported with `window/showMessage` and left
  /// out: the server goes on with the rest (at worst the built-in base).
  func configure(_ new: ServerSettings, force: Bool = false) {
    guard force || new != settings else { return }
    let usable = UsableSettings(new, limit: limits.maximumDocumentBytes)
    for problem in usable.problems { show(problem) }
    settings = new
    applied = usable.settings
    checker = Checker(factBase: usable.base)
    checkerGeneration += 1
    projects.reset()
    // The files asked for, found or not: one that appears or is mended on disk is loaded then.
    factFileDates = Dictionary(new.facts.map { ($0, Self.modificationDate($0) ?? .distantPast) }, uniquingKeysWith: { a, _ in a })
    for uri in documents.keys.sorted() { schedule(uri) }
    // A pulling client asks again only when told: its documents' findings may have changed.
    if state == .running, delivery == .pull(refresh: true) { requestFromServer("workspace/diagnostic/refresh") }
  }
}

extension LanguageServer {
  /// A fact base file edited on disk is reloaded before the next check.
  func reloadFactsIfChanged() {
    guard factFileDates.contains(where: { (Self.modificationDate($0.key) ?? .distantPast) != $0.value }) else { return }
    configure(settings, force: true)
  }

  /// The workspace's folder: the first workspace folder, else `rootUri`, else `rootPath`.
  static func workspaceRoot(_ params: JSONValue) -> String? {
    if let uri = params["workspaceFolders"]?.array?.first?["uri"]?.string ?? params["rootUri"]?.string {
      return ProjectConfigurations.path(of: uri)
    }
    return params["rootPath"]?.string
  }

  static func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}

public enum FactlintServerVersion {
  public static let current = "0.1.0"
}
