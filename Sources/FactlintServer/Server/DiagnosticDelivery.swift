/// How a client receives diagnostics, chosen once at `initialize`: pulled
/// (`textDocument/diagnostic`) when the client declares
/// `textDocument.diagnostic`, pushed (`textDocument/publishDiagnostics`)
/// otherwise — never both, or the client shows every finding twice.
enum DiagnosticDelivery: Equatable {
  case push
  /// `refresh`: the client accepts `workspace/diagnostic/refresh`, so the
  /// server can ask it to pull again after its fact base changed.
  case pull(refresh: Bool)
}
