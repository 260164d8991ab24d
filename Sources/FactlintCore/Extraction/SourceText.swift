/// A source document to extract facts from: its id (the file name without
/// extension, as in a `--sources` folder), its format and its bytes.
public struct SourceText: Sendable {
  public enum Format: Sendable, Equatable {
    case text, markdown, html

    /// The format a file name's extension stands for; anything unknown is plain text.
    public init(fileName: String) {
      let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
      switch ext {
      case "html", "htm", "xhtml": self = .html
      case "md", "markdown": self = .markdown
      default: self = .text
      }
    }
  }

  public var id: String
  public var format: Format
  public var bytes: [UInt8]

  public init(id: String, format: Format, bytes: [UInt8]) {
    self.id = id
    self.format = format
    self.bytes = bytes
  }

  /// The text quotes are taken from and checked against: HTML with its
  /// markup stripped, anything else as it is.
  public var readable: [UInt8] { format == .html ? HTMLStripper.strip(bytes) : bytes }
}
