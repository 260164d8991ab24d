/// A unit of prose found in a draft: a paragraph, a heading, a list item or a
/// table row. Ranges are UTF-8 byte offsets into the draft.
struct Block: Sendable {
  enum Kind: Sendable, Equatable { case paragraph, heading, listItem, tableRow }

  var kind: Kind
  var range: Range<Int>
  /// Sentences inside `range` (for a table row: one per cell).
  var sentences: [Range<Int>] = []
  /// For a table row: the header cell above each cell, when the table has one.
  var headers: [Range<Int>?] = []
  /// The paragraph this block continues: the lead-in ending in ":" before a
  /// list or table, whose subject the items inherit.
  var leadIn: Range<Int>? = nil
  /// For a paragraph: the question it answers, a heading or a paragraph of
  /// its own right before it ("### When was it set up?").
  var question: Range<Int>? = nil
}
