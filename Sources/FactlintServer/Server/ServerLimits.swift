/// The bounds that keep a broken or hostile client from exhausting the
/// server (documented in `protocol/README.md`, set by `factlint lsp` options).
public struct ServerLimits: Sendable, Equatable {
  /// A message body larger than this is skipped unread.
  public var maximumMessageBytes: Int
  /// A document larger than this is not kept or checked.
  public var maximumDocumentBytes: Int
  /// JSON nested deeper than this is refused with a parse error.
  public var maximumJSONDepth: Int

  public init(maximumMessageBytes: Int = 64 << 20, maximumDocumentBytes: Int = 4 << 20, maximumJSONDepth: Int = JSONParser.defaultMaximumDepth) {
    self.maximumMessageBytes = maximumMessageBytes
    self.maximumDocumentBytes = maximumDocumentBytes
    self.maximumJSONDepth = maximumJSONDepth
  }
}
