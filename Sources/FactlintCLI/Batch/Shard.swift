/// `--shard I/N`: the I-th of N disjoint parts of a batch, so an archive can be
/// split across a CI matrix. A file's part depends only on its path, so every
/// runner agrees without talking to the others, and adding a file moves no other.
struct Shard: Equatable {
  var index: Int
  var count: Int

  init(_ text: String) throws {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 1, i <= n else {
      throw UsageError("--shard needs I/N with 1 ≤ I ≤ N (for example --shard 2/4), not '\(text)'")
    }
    index = i
    count = n
  }

  func contains(_ path: String) -> Bool {
    // FNV-1a: stable across runs and machines, unlike Swift's seeded Hasher.
    var hash: UInt64 = 0xcbf29ce484222325
    for b in path.utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
    return Int(hash % UInt64(count)) == index - 1
  }
}
