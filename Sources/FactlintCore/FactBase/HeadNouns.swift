/// The common nouns that head the names of institutions, works, places and
/// events: once a draft has named "the Northern Line", "the City Council" or
/// "the Annual Safety Report", it calls them "the line", "the
/// council", "the report". English, not any story: the fact base gives the
/// names, this list says which of their last words a writer uses alone.
/// ("model", "company", "lab", "group" are reference words already, fitted
/// by kind: `ReferenceWords`.)
enum HeadNouns {
  static let words: Set<String> = places.union([
    "report", "study", "survey", "review", "audit", "inquiry", "index", "exam", "benchmark", "leaderboard",
    "project", "program", "programme", "plan", "bill", "act", "treaty", "agreement", "deal", "contract",
    "summit", "conference", "festival", "election", "referendum",
    "app", "platform", "chatbot", "assistant",
  ])

  /// Those of places and institutions, which also end longer names
  /// ("Harwood Regional Airport": `SentenceAnalysis.beginsLongerName`).
  static let places: Set<String> = [
    "line", "route", "railway", "railroad", "highway", "bridge", "tunnel", "station", "airport", "port", "stadium", "arena",
    "hospital", "university", "college", "school", "museum", "library", "park", "center", "centre", "plant", "factory", "mine",
    "council", "authority", "agency", "department", "ministry", "committee", "board", "commission", "institute", "foundation",
    "association", "union", "bank", "fund", "court", "district", "county",
  ]

  /// Whether `phrase` starts "the " or "The ", as the aliases
  /// `definiteAliases` gives do (by bytes: they are ASCII).
  static func startsDefinite(_ phrase: String) -> Bool {
    phrase.utf8.starts(with: "the ".utf8) || phrase.utf8.starts(with: "The ".utf8)
  }

  /// The aliases "the <noun>" and "The <noun>" for each entity whose name
  /// ends in a head noun no other entity's name ends in.
  static func definiteAliases(names: [String]) -> [(entity: Int, alias: String)] {
    var owners: [String: [Int]] = [:]
    for (e, name) in names.enumerated() {
      if let noun = headNoun(of: name) { owners[noun, default: []].append(e) }
    }
    var result: [(entity: Int, alias: String)] = []
    for (noun, entities) in owners.sorted(by: { $0.key < $1.key }) where entities.count == 1 {
      result.append((entities[0], "the " + noun))
      result.append((entities[0], "The " + noun))
    }
    return result
  }

  /// The head noun `name` ends in, lower-case: its last word, if it has two
  /// words or more (split at spaces), the first and the last capitalised
  /// ("Northern Line", not "the line"), and the last is in `words`.
  static func headNoun(of name: String) -> String? {
    var name = name
    return name.utf8.allSatisfy({ $0 < 0x80 }) ? name.withUTF8(asciiHeadNoun) : headNounByCharacters(of: name)
  }

  /// `headNoun(of:)` by the name's `Character`s, for any name.
  static func headNounByCharacters(of name: String) -> String? {
    let words = name.split(separator: " ")
    guard words.count >= 2, let last = words.last, last.first?.isUppercase == true, words[0].first?.isUppercase == true else { return nil }
    let noun = last.lowercased()
    return Self.words.contains(noun) ? noun : nil
  }

  /// `headNoun(of:)` of an ASCII name, by its bytes: splitting every name
  /// into `Character`s cost more than reading a large base's facts.
  private static func asciiHeadNoun(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let space = UInt8(ascii: " ")
    guard let first = bytes.firstIndex(where: { $0 != space }), let end = bytes.lastIndex(where: { $0 != space }) else { return nil }
    let start = bytes[..<end].lastIndex(of: space).map { $0 + 1 } ?? 0
    // A word before the last (`first` is not the last's), both capitalised, the last no longer than a head noun.
    guard first < start, Bytes.isUpper(bytes[first]), Bytes.isUpper(bytes[start]), end - start < longestWord else { return nil }
    let noun = String(decoding: bytes[start...end].map(Bytes.lower), as: UTF8.self)
    return words.contains(noun) ? noun : nil
  }

  /// The length in bytes of the longest of `words`.
  private static let longestWord = words.map(\.utf8.count).max() ?? 0
}
