import FactlintCore
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
    var inputs: [(origin: String, json: [UInt8])] = new.noDefaultFacts ? [] : [(FactBase.defaultOrigin, FactBase.defaultJSON)]
    for path in new.facts {
      guard let data = LocalFile.read(path, limit: limits.maximumDocumentBytes) else {
        throw .invalidParams("cannot read the fact base file \(path) (not a readable file, or larger than \(limits.maximumDocumentBytes) bytes)")
      }
      inputs.append((path, data))
    }
    var base: FactBase
    do { base = try FactBase.load(inputs) } catch { throw .invalidParams("the fact base is broken: \(error.description)") }
    if let folder = new.sources {
      var texts: [String: String] = [:]
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
        if let data = LocalFile.read(folder + "/" + name, limit: limits.maximumDocumentBytes), let text = String(validating: data, as: UTF8.self) {
          texts[(name as NSString).deletingPathExtension] = text
        }
      }
      base.locateQuotes(in: texts)
    }
    settings = new
    checker = Checker(factBase: base)
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
