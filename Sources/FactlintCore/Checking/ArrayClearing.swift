extension Array {
  /// Emptied, its capacity kept, for lists reused from sentence to sentence.
  /// (An empty list is left alone: `removeAll(keepingCapacity:)` replaces a
  /// range, about a hundred instructions, even then.)
  mutating func clear() {
    if !isEmpty { removeAll(keepingCapacity: true) }
  }
}
