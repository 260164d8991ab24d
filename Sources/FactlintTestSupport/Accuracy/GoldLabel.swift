import Foundation

/// One labelled problem of a gold file (`gold.json`, `expected.json`): a
/// figure on a line of a draft that is wrong (`conflict`), one side of a
/// disagreement (`disputed`), or a figure either reading fits (`either`).
public struct GoldLabel: Decodable, Sendable, Equatable {
  public enum Verdict: String, Decodable, Sendable { case conflict, disputed, either }

  public var file: String
  public var line: Int
  public var text: String
  public var verdict: Verdict
  /// The accepted replacements of a `conflict`; none for the others.
  public var fix: [String]
  /// Difficulty tags (`coref`, `markdown`, `derived` …), see `../shared/corpus/README.md`.
  public var difficulty: [String]
  /// The kind of figure (`money`, `date`, `rank`, `multiplier` …), where the gold file gives it.
  public var kind: String?

  enum CodingKeys: String, CodingKey { case file, line, text, verdict, fix, difficulty, kind }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    file = try c.decode(String.self, forKey: .file)
    line = try c.decode(Int.self, forKey: .line)
    text = try c.decode(String.self, forKey: .text)
    verdict = try c.decode(Verdict.self, forKey: .verdict)
    fix = try c.decodeIfPresent([String].self, forKey: .fix) ?? []
    difficulty = try c.decodeIfPresent([String].self, forKey: .difficulty) ?? []
    kind = try c.decodeIfPresent(String.self, forKey: .kind)
  }

  public init(file: String, line: Int, text: String, verdict: Verdict, fix: [String] = [], difficulty: [String] = [], kind: String? = nil) {
    self.file = file
    self.line = line
    self.text = text
    self.verdict = verdict
    self.fix = fix
    self.difficulty = difficulty
    self.kind = kind
  }
}

/// One entry of a `claims.json`: a correct claim or a number that is no
/// claim (a distractor, with its kind). Neither may be flagged.
public struct ClaimLabel: Decodable, Sendable, Equatable {
  public enum Kind: String, Decodable, Sendable { case correct, distractor }

  public var file: String
  public var line: Int
  public var text: String
  public var type: Kind
  /// A distractor's kind (`time`, `timestamp`, `uncovered`, `version` …).
  public var distractor: String?

  public init(file: String, line: Int, text: String, type: Kind, distractor: String? = nil) {
    self.file = file
    self.line = line
    self.text = text
    self.type = type
    self.distractor = distractor
  }
}
