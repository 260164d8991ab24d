/// What the binder tests of each fact, for every candidate of every figure:
/// kept apart from `Fact` so the hot loop copies plain values, not a fact's
/// strings and arrays.
struct FactBinding: Sendable {
  var value: Value
  var kind: ValueKind
  var periodYear: Int?
  /// Whether the figure is a change: its attribute or a cue names one (`Fact.namesChange`).
  var isChange: Bool
  /// Whether the figure is a valuation: its attribute or a cue says so (`Fact.namesValuation`).
  var isValuation: Bool = false
  /// Whether the fact is an event that happens once: its attribute or a cue says so (`Fact.namesOnceOnlyEvent`).
  var isOnceOnly: Bool = false

  init(value: SharedFactValue, periodYear: Int?, isChange: Bool) {
    self.value = value.value.value
    kind = value.value.kind
    self.periodYear = periodYear
    self.isChange = isChange
  }
}
