import Foundation

/// A labelled set of drafts and the fact base it is checked against.
public struct AccuracyCorpus: Sendable {
  /// Where the facts come from.
  public enum Base: Sendable {
    /// The built-in default fact base (the Muse Spark story).
    case builtIn
    /// The user's path for a story of their own: `facts extract` of each
    /// source in the folder, `facts merge` of the results, then
    /// `check --no-default-facts --facts merged.json`.
    case extracted(sources: URL)
    /// A reviewed fact base file, alone (`--no-default-facts`).
    case reviewed(URL)
  }

  /// The name in tables and in the floors file (`corpus`, `neighbours` …).
  public var id: String
  public var drafts: URL
  public var gold: URL
  public var claims: URL?
  public var base: Base
  /// Whether false alarms are also given per 10,000 words (text dense with uncovered figures).
  public var ratesFalseAlarmsPerWords: Bool

  public init(id: String, drafts: URL, gold: URL, claims: URL?, base: Base, ratesFalseAlarmsPerWords: Bool = false) {
    self.id = id
    self.drafts = drafts
    self.gold = gold
    self.claims = claims
    self.base = base
    self.ratesFalseAlarmsPerWords = ratesFalseAlarmsPerWords
  }

  /// The drafts checked: the folder's Markdown files by name, but its
  /// `README.md`, which describes the folder and is no draft.
  public func draftFiles() throws -> [URL] {
    guard FileManager.default.fileExists(atPath: drafts.path) else { throw AccuracyError.missing(drafts.path) }
    return try FileManager.default.contentsOfDirectory(at: drafts, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "md" && $0.lastPathComponent.lowercased() != "readme.md" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// The corpora of `shared/` (the folder beside the package): the examples,
  /// the labelled corpus, the neighbouring news, the transit story with an
  /// extracted base and, when `reviewedTransit` names a file, with a reviewed one.
  public static func all(shared: URL, reviewedTransit: URL?) -> [AccuracyCorpus] {
    let corpus = shared.appendingPathComponent("corpus")
    let neighbours = corpus.appendingPathComponent("neighbours")
    let transit = shared.appendingPathComponent("stories/transit")
    let transitDrafts = transit.appendingPathComponent("drafts")
    var all = [
      AccuracyCorpus(id: "examples", drafts: shared.appendingPathComponent("examples"),
                     gold: shared.appendingPathComponent("examples/expected.json"), claims: nil, base: .builtIn),
      AccuracyCorpus(id: "corpus", drafts: corpus, gold: corpus.appendingPathComponent("gold.json"),
                     claims: corpus.appendingPathComponent("claims.json"), base: .builtIn),
      AccuracyCorpus(id: "neighbours", drafts: neighbours, gold: neighbours.appendingPathComponent("gold.json"),
                     claims: neighbours.appendingPathComponent("claims.json"), base: .builtIn, ratesFalseAlarmsPerWords: true),
      AccuracyCorpus(id: "transit-extracted", drafts: transitDrafts, gold: transitDrafts.appendingPathComponent("gold.json"),
                     claims: transitDrafts.appendingPathComponent("claims.json"), base: .extracted(sources: transit.appendingPathComponent("sources"))),
    ]
    if let reviewedTransit {
      all.append(AccuracyCorpus(id: "transit-reviewed", drafts: transitDrafts, gold: transitDrafts.appendingPathComponent("gold.json"),
                                claims: transitDrafts.appendingPathComponent("claims.json"), base: .reviewed(reviewedTransit)))
    }
    return all
  }

  /// A reviewed fact base of the transit story kept in the package's tests
  /// (a JSON file under `Tests/` whose path names the transit story and whose
  /// name says it is reviewed), if one exists.
  public static func reviewedTransitBase(packageRoot: URL) -> URL? {
    let tests = packageRoot.appendingPathComponent("Tests")
    guard let walk = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil) else { return nil }
    let prefix = tests.path.count
    return walk.compactMap { $0 as? URL }
      .filter { url in
        let inTests = String(url.path.dropFirst(prefix)).lowercased()
        return url.pathExtension == "json" && inTests.contains("transit") && url.lastPathComponent.lowercased().contains("review")
      }
      .sorted { $0.path < $1.path }
      .first
  }
}

/// Why a corpus could not be measured.
public enum AccuracyError: Error, CustomStringConvertible {
  case missing(String)
  case failed(command: String, status: Int32, stderr: String)
  case unreadable(String, Error)

  public var description: String {
    switch self {
    case .missing(let path): "\(path) is missing: the accuracy corpora live in ../shared beside the package (or set FACTLINT_SHARED)"
    case .failed(let command, let status, let stderr): "`\(command)` exited with \(status): \(stderr.prefix(2_000))"
    case .unreadable(let path, let error): "cannot read \(path): \(error)"
    }
  }
}
