/// The common nouns that head the names of institutions, works, places and
/// events: once a draft has named "the Northern Line", "the City Council" or
/// "the Annual Safety Report", it calls them "the line", "the
/// council", "the report". English, not any story: the fact base gives the
/// names, this list says which of their last words a writer uses alone.
/// ("model", "company", "lab", "group" are reference words already, fitted
/// by kind: `ReferenceWords`.)
enum HeadNouns {
  static let words: Set<String> = [
    "line", "route", "railway", "railroad", "highway", "bridge", "tunnel", "station", "airport", "port", "stadium", "arena",
    "hospital", "university", "college", "school", "museum", "library", "park", "center", "centre", "plant", "factory", "mine",
    "council", "authority", "agency", "department", "ministry", "committee", "board", "commission", "institute", "foundation",
    "association", "union", "bank", "fund", "court", "district", "county",
    "report", "study", "survey", "review", "audit", "inquiry", "index", "exam", "benchmark", "leaderboard",
    "project", "program", "programme", "plan", "bill", "act", "treaty", "agreement", "deal", "contract",
    "summit", "conference", "festival", "election", "referendum",
    "app", "platform", "chatbot", "assistant",
  ]

  /// The aliases "the <noun>" and "The <noun>" for each entity whose name
  /// ends in a head noun no other entity's name ends in.
  static func definiteAliases(names: [String]) -> [(entity: Int, alias: String)] {
    var owners: [String: [Int]] = [:]
    for (e, name) in names.enumerated() {
      let words = name.split(separator: " ")
      // A name of two words or more, capitalised ("Northern Line", not "the line").
      guard words.count >= 2, let last = words.last, last.first?.isUppercase == true, words[0].first?.isUppercase == true else { continue }
      let noun = last.lowercased()
      if Self.words.contains(noun) { owners[noun, default: []].append(e) }
    }
    var result: [(entity: Int, alias: String)] = []
    for (noun, entities) in owners.sorted(by: { $0.key < $1.key }) where entities.count == 1 {
      result.append((entities[0], "the " + noun))
      result.append((entities[0], "The " + noun))
    }
    return result
  }
}
