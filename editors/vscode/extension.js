// A minimal VS Code client for `factlint lsp`.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");
let client;
exports.activate = function (context) {
  const config = vscode.workspace.getConfiguration("factlint");
  const settings = { facts: config.get("facts"), noDefaultFacts: config.get("noDefaultFacts") };
  if (config.get("sources")) settings.sources = config.get("sources");
  client = new LanguageClient("factlint", "factlint",
    { command: config.get("path"), args: ["lsp", "--stdio"] },
    { documentSelector: [{ language: "markdown" }, { language: "plaintext" }], initializationOptions: settings,
      synchronize: { configurationSection: "factlint" } });
  client.start();
  context.subscriptions.push(client);
};
exports.deactivate = function () { return client ? client.stop() : undefined; };
