/// A number with its dimension and the precision it was written to: "$14.3
/// billion" is 14.3e9 dollars with a resolution of 0.1e9, so it stands for
/// anything in [14.25e9, 14.35e9]. A range ("$125 billion to $145 billion")
/// has `low < high`.
public struct Quantity: Hashable, Sendable {
  public var dimension: Dimension
  public var low: Double
  public var high: Double
  /// Place value of the last significant digit, in the quantity's unit.
  public var resolution: Double

  public init(_ dimension: Dimension, low: Double, high: Double, resolution: Double) {
    self.dimension = dimension
    self.low = low
    self.high = high
    self.resolution = resolution
  }

  public init(_ dimension: Dimension, _ value: Double, resolution: Double) {
    self.init(dimension, low: value, high: value, resolution: resolution)
  }

  public var isRange: Bool { low != high }
  public var value: Double { low }
}

/// A position in a ranking: "fourth" is position 4; "top 5" is any position
/// from 1 to 5.
public struct RankValue: Hashable, Sendable {
  public var position: Int
  public var isTopN: Bool
}

/// A typed value, as parsed from a fact base or a draft.
public enum Value: Hashable, Sendable {
  case quantity(Quantity)
  case date(DateValue)
  case rank(RankValue)

  public var kind: ValueKind {
    switch self {
    case .date: return .date
    case .rank: return .rank
    case .quantity(let q):
      switch q.dimension {
      case .money: return q.isRange ? .moneyRange : .money
      case .score, .number, .margin: return .score
      case .percent: return .percent
      case .count: return .count
      case .duration: return .duration
      case .length: return .length
      case .multiplier: return .multiplier
      }
    }
  }
}
