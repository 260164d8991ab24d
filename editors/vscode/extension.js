// A minimal VS Code client for `factlint lsp`.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");
let client;

// The settings the server reads. A setting left at its empty default is not
// sent: an empty `sources` means no folder, not a folder named "".
function serverSettings() {
  const config = vscode.workspace.getConfiguration("factlint");
  const settings = { facts: config.get("facts", []), noDefaultFacts: config.get("noDefaultFacts", false) };
  const sources = config.get("sources", "");
  if (sources) settings.sources = sources;
  return settings;
}

exports.activate = function (context) {
  const config = vscode.workspace.getConfiguration("factlint");
  // Files on disk only: not `git:` diff views, untitled buffers or output panes.
  const documentSelector = ["markdown", "plaintext"].map((language) => ({ scheme: "file", language }));
  client = new LanguageClient("factlint", "factlint",
    { command: config.get("path", "factlint"), args: ["lsp", "--stdio"] },
    { documentSelector, initializationOptions: serverSettings() });
  // (Not `synchronize.configurationSection`: it sends the raw section, empty defaults and all.)
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (client && event.affectsConfiguration("factlint")) {
      client.sendNotification("workspace/didChangeConfiguration", { settings: { factlint: serverSettings() } });
    }
  }));
  context.subscriptions.push(client);
  return client.start();
};

exports.deactivate = function () { return client ? client.stop() : undefined; };
