/// The entities a sentence may be about without naming them: the document's
/// topic and the headings it stands under.
///
/// A writer names the subject once, in a title or a heading, and then writes
/// "Sales reached $56.3 billion" or a fact-sheet row "| Released | 9 April
/// 2026 |" beneath it. A reader carries the subject down; so does the binder,
/// but only as the last resort (`CheckRun.Level.scope`) and on stronger
/// evidence than a named subject needs.
struct DiscourseScope {
  /// The document's topic: the entities of its title (a heading that opens
  /// the document), else the subject of its first sentence that names one.
  private(set) var topic: [Int] = []
  /// The open headings, outermost first, with their level and entities.
  private var headings: [(level: Int, entities: [Int])] = []
  private var topicSettled = false

  /// The implicit entities, nearest first: the innermost heading's down to
  /// the outermost's, then the topic; each once.
  private(set) var entities: [Int] = []

  /// A heading of `level` (1 for `#`) naming `named`, the block at `index`.
  mutating func enterHeading(level: Int, named: [Int], index: Int) {
    while let last = headings.last, last.level >= level { headings.removeLast() }
    headings.append((level, named))
    if !topicSettled, index == 0 {
      topic = named
      topicSettled = true
    }
    rebuild()
  }

  /// A block of prose (not a heading) whose mentions are `named`, subjects
  /// first: the first one that names an entity settles the topic when no
  /// title did.
  mutating func read(prose named: [Int]) {
    guard !topicSettled, let first = named.first else { return }
    topic = [first]
    topicSettled = true
    rebuild()
  }

  private mutating func rebuild() {
    entities.removeAll(keepingCapacity: true)
    for heading in headings.reversed() {
      for e in heading.entities where !entities.contains(e) { entities.append(e) }
    }
    for e in topic where !entities.contains(e) { entities.append(e) }
  }

  /// The level of the heading starting at `start` in `bytes`: the number of
  /// `#` marks, or 2 for an underlined (setext) heading.
  static func headingLevel(at start: Int, in bytes: [UInt8]) -> Int {
    var k = start
    while k < bytes.count, bytes[k] == UInt8(ascii: " ") { k += 1 }
    var level = 0
    while k < bytes.count, bytes[k] == UInt8(ascii: "#") {
      level += 1
      k += 1
    }
    return level == 0 ? 2 : level
  }
}
