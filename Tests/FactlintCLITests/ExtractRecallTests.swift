import FactlintCore
import Foundation
import Testing

/// `factlint facts extract` on the five seed articles, compared with the
/// default fact base, which was written by hand from the same articles.
///
/// A default fact counts as proposed when some proposed fact has
/// - the same entity: the name or one of the aliases of the proposal's own
///   entity is the name or an alias (spellings, exactly) of the default fact's
///   entity or of one of the default fact's `related` entities — the fact base
///   itself says those may be named as the subject of the same figure. The
///   proposal's own `related` list does not count; the recall counting it, and
///   the recall on the default entity alone, are printed beside;
/// - the same value, compared as values read by the fact base loader, not as
///   strings: equal within the precision of each ("$72.22 billion" is
///   "$72.2 billion"), a bare number standing for a score, count or percent;
///   hedges are not compared. Any side of a disagreement counts;
/// - the same attribute: one of the default fact's cue words (or a word of
///   its attribute) is among the proposal's cues or in its attribute.
///
/// Facts whose note starts with "Derived" hold a figure no source writes (a
/// gap computed from two scores, a place read off a table of scores, a count
/// of the items a source lists): no extractor of written figures can propose
/// them, so they are listed but left out of the ratio.
@Suite struct ExtractRecallTests {
  @Test func proposesNineOutOfTenDefaultFigures() throws {
    let seeds = try FileManager.default.contentsOfDirectory(atPath: Factlint.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(seeds.count == 5)
    let dir = try Factlint.temporaryDirectory()
    let out = dir.appendingPathComponent("proposed.json")
    let run = try Factlint.run(["facts", "extract", "--output", out.path] + seeds.map { Factlint.seeds.appendingPathComponent($0).path })
    #expect(run.status == 0, "\(run.stderr)")
    let proposed = try FactBase.load([(out.path, [UInt8](try Data(contentsOf: out)))])
    #expect(proposed.facts.allSatisfy { $0.isProposed })
    let reference = try FactBase.load([(FactBase.defaultOrigin, FactBase.defaultJSON)])

    let written = reference.facts.filter { !($0.note ?? "").hasPrefix("Derived") }
    print("derived, not counted: " + reference.facts.filter { ($0.note ?? "").hasPrefix("Derived") }.map(\.id).joined(separator: ", "))
    let total = written.count
    func missed(_ reading: Reading) -> [Fact] {
      written.filter { fact in !proposed.facts.contains { Self.matches($0, in: proposed, fact, in: reference, reading: reading) } }
    }
    func report(_ label: String, _ missed: [Fact]) -> Int {
      let found = total - missed.count
      print("\(label): \(found)/\(total) = \(Int((Double(found) / Double(total) * 100).rounded(.down)))%")
      if !missed.isEmpty { print("  not proposed: " + missed.map { "\($0.id) = \($0.value.text)" }.joined(separator: "; ")) }
      return found
    }
    _ = report("extract recall, the default fact's entity only (not its related ones)", missed(.ownEntity))
    let found = report("extract recall", missed(.defaultRelated))
    _ = report("extract recall, counting the proposal's related entities too", missed(.proposalRelated))
    #expect(found * 10 >= total * 9, "only \(found) of \(total) default facts proposed")
  }

  /// Which entities of the two facts must share a name.
  enum Reading {
    /// The proposal's entity is the default fact's entity.
    case ownEntity
    /// The proposal's entity is the default fact's entity or one of its related ones.
    case defaultRelated
    /// The proposal's entity or one of its related ones is the default fact's entity.
    case proposalRelated
  }

  static func matches(_ p: Fact, in proposed: FactBase, _ d: Fact, in reference: FactBase, reading: Reading) -> Bool {
    let names = Set(([p.entityID] + (reading == .proposalRelated ? p.related : [])).compactMap { proposed.entity($0) }.flatMap { [$0.name] + $0.aliases })
    let wantedNames = ([d.entityID] + (reading == .defaultRelated ? d.related : [])).compactMap { reference.entity($0) }.flatMap { [$0.name] + $0.aliases }
    guard !names.isDisjoint(with: wantedNames) else { return false }
    guard p.sides.contains(where: { sameValue($0.value, d.value.value) }) else { return false }
    let words = Set((p.cues + p.attribute.split(separator: " ").map(String.init)).map { $0.lowercased() })
    let wanted = d.cues.map { $0.lowercased() } + d.attribute.lowercased().split(separator: " ").map(String.init).filter { $0.count > 3 }
    return wanted.contains { w in words.contains(w) || p.attribute.lowercased().contains(w) && w.count > 3 }
  }

  static func sameValue(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case let (.quantity(x), .quantity(y)):
      let numberLike: (FactlintCore.Dimension) -> Bool = { [.score, .count, .number, .percent].contains($0) }
      guard x.dimension == y.dimension || numberLike(x.dimension) && numberLike(y.dimension) else { return false }
      let tolerance = max(x.resolution, y.resolution) / 2 + 1e-9 * max(1, abs(x.high))
      return abs(x.low - y.low) <= tolerance && abs(x.high - y.high) <= tolerance
    case let (.date(x), .date(y)):
      return x.year == y.year && x.month == y.month && x.day == y.day
    case let (.rank(x), .rank(y)):
      return x == y
    default:
      return false
    }
  }
}
