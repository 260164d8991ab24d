/// The typed reads of `FactBaseReader`: each refuses a value of another
/// kind with the path of the value, and its line and column.
extension FactBaseReader {
  /// Reads an object whose members must be among `Field`'s, giving each to
  /// `member`, which reads its value. Returns where the object starts.
  mutating func object<Field: RecordFields>(_: Field.Type, _ member: (Field, inout FactBaseReader) throws(FactBaseProblem) -> Void) throws(FactBaseProblem) -> Int {
    let start = try expect(.object, "an object")
    do { try json.beginObject() } catch { throw notJSON(error) }
    let table = Field.table
    while true {
      let index: Int?
      do { index = try json.nextKey(matching: table.names) } catch { throw notJSON(error) }
      guard let index else { return start }
      guard index < table.fields.count else {
        let key = keyName(at: json.keyOffset)
        let known = table.fields.map(\.rawValue).joined(separator: ", ")
        throw problem("unknown field '\(key)' at \(pathText) (the fields are: \(known))", at: json.keyOffset)
      }
      path.append(.key(at: json.keyOffset))
      try member(table.fields[index], &self)
      path.removeLast()
    }
  }

  mutating func array(_ element: (inout FactBaseReader) throws(FactBaseProblem) -> Void) throws(FactBaseProblem) {
    _ = try expect(.array, "an array")
    do { try json.beginArray() } catch { throw notJSON(error) }
    var index = 0
    while true {
      let more: Bool
      do { more = try json.nextElement() } catch { throw notJSON(error) }
      guard more else { return }
      path.append(.index(index))
      try element(&self)
      path.removeLast()
      index += 1
    }
  }

  mutating func string() throws(FactBaseProblem) -> String {
    _ = try expect(.string, "a string")
    do { return try json.readString() } catch { throw notJSON(error) }
  }

  /// A string a fact base repeats (an entity id, a cue, a kind): made once
  /// per distinct text.
  mutating func sharedString() throws(FactBaseProblem) -> String {
    let id = try sharedStringID()  // first: it may add to `texts`
    return texts[id]
  }

  private mutating func sharedStringID() throws(FactBaseProblem) -> Int32 {
    _ = try expect(.string, "a string")
    do { return try json.readString(into: &texts) } catch { throw notJSON(error) }
  }

  mutating func strings() throws(FactBaseProblem) -> [String] {
    var list: [String] = []
    list.reserveCapacity(4)  // aliases: a few; no growing from one to two
    try array { r throws(FactBaseProblem) in list.append(try r.string()) }
    return list
  }

  /// A list a fact base repeats (cues): made once per distinct list.
  mutating func sharedStrings() throws(FactBaseProblem) -> [String] {
    listIDs.removeAll(keepingCapacity: true)
    try array { r throws(FactBaseProblem) in r.listIDs.append(try r.sharedStringID()) }
    return texts.list(listIDs)
  }

  mutating func number() throws(FactBaseProblem) -> Double {
    _ = try expect(.number, "a number")
    do { return try json.readNumber() } catch { throw notJSON(error) }
  }

  mutating func integer() throws(FactBaseProblem) -> Int {
    let start = try expect(.number, "an integer")
    guard let n = Int(exactly: try number()) else { throw problem("wrong type at \(pathText): expected an integer", at: start) }
    return n
  }

  // An optional field may be `null`: nil.
  mutating func optionalString() throws(FactBaseProblem) -> String? { try null() ? nil : try string() }
  mutating func optionalStrings() throws(FactBaseProblem) -> [String]? { try null() ? nil : try strings() }
  mutating func optionalSharedStrings() throws(FactBaseProblem) -> [String]? { try null() ? nil : try sharedStrings() }
  mutating func optionalSharedString() throws(FactBaseProblem) -> String? { try null() ? nil : try sharedString() }
  mutating func optionalInteger() throws(FactBaseProblem) -> Int? { try null() ? nil : try integer() }
  mutating func optionalNumber() throws(FactBaseProblem) -> Double? { try null() ? nil : try number() }
  mutating func optionalValue() throws(FactBaseProblem) -> FactBaseFile.ValueRecord? { try null() ? nil : try value() }

  /// Reads a `null` if one is next.
  mutating func null() throws(FactBaseProblem) -> Bool {
    guard try kind() == .null else { return false }
    do { try json.readNull() } catch { throw notJSON(error) }
    return true
  }

  func required<T>(_ value: T?, _ key: String, _ objectStart: Int) throws(FactBaseProblem) -> T {
    guard let value else { throw missing(key, at: objectStart) }
    return value
  }

  func missing(_ key: String, at objectStart: Int) -> FactBaseProblem {
    problem("missing required field '\(key)' at \(pathText)", at: objectStart)
  }

  /// Where the next value starts.
  mutating func valueStart() throws(FactBaseProblem) -> Int {
    _ = try kind()
    return json.offset
  }

  private mutating func kind() throws(FactBaseProblem) -> JSONReader.ValueKind {
    do { return try json.peek() } catch { throw notJSON(error) }
  }

  /// The start of the next value, which must be of `kind`.
  private mutating func expect(_ kind: JSONReader.ValueKind, _ name: String) throws(FactBaseProblem) -> Int {
    // The common case first: the bracket or quote that opens such a value.
    json.skipSpace()
    if let opening = Self.opening(kind), json.offset < json.bytes.count, json.bytes[json.offset] == opening { return json.offset }
    let found = try self.kind()
    guard found != kind else { return json.offset }
    throw problem(found == .null ? "missing value at \(pathText): expected \(name)" : "wrong type at \(pathText): expected \(name)", at: json.offset)
  }

  /// The byte that opens a value of `kind`, if one byte does.
  private static func opening(_ kind: JSONReader.ValueKind) -> UInt8? {
    switch kind {
    case .object: UInt8(ascii: "{")
    case .array: UInt8(ascii: "[")
    case .string: UInt8(ascii: "\"")
    case .number, .bool, .null: nil
    }
  }

  func notJSON(_ error: JSONError) -> FactBaseProblem {
    problem("not valid JSON: \(error.summary)", at: error.offset)
  }

  func problem(_ message: String, at offset: Int) -> FactBaseProblem {
    var cursor = TextPositionCursor(bytes: json.bytes)
    let (line, column) = cursor.position(of: offset)
    return FactBaseProblem(origin: origin, line: line, column: column, message: message)
  }

  /// `facts[3].cues`, or "the top level".
  var pathText: String {
    guard !path.isEmpty else { return "the top level" }
    var text = ""
    for component in path {
      switch component {
      case .key(let offset):
        let key = keyName(at: offset)
        text += text.isEmpty ? key : "." + key
      case .index(let i): text += "[\(i)]"
      }
    }
    return text
  }

  /// The member name whose opening quote is at `offset`.
  private func keyName(at offset: Int) -> String {
    var name = JSONReader(json.bytes)
    name.offset = offset
    return (try? name.readString()) ?? ""
  }
}

/// The members a record may have; the raw values are their JSON names.
protocol RecordFields: CaseIterable, Hashable, Sendable, RawRepresentable<String> {
  static var table: FieldTable<Self> { get }
}

/// A record's fields and their names in UTF-8, made once per record type.
struct FieldTable<Field: RecordFields>: Sendable {
  let fields = Array(Field.allCases)
  let names = JSONReader.KeyNames(Field.allCases.map(\.rawValue))
}
