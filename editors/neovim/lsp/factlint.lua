-- factlint's server configuration in the form Neovim 0.11 reads from `lsp/`
-- on the runtimepath (and nvim-lspconfig ships its configurations in): copy
-- this file to ~/.config/nvim/lsp/factlint.lua and call
-- `vim.lsp.enable("factlint")`.
return {
  cmd = { "factlint", "lsp", "--stdio" },
  filetypes = { "markdown", "text" },
  -- One server per project: the folder with .factlint.json, else the repository.
  root_markers = { ".factlint.json", ".git" },
  -- Settings (protocol/README.md); relative paths are the project's:
  init_options = {
    -- facts = { "my-facts.json" }, noDefaultFacts = false, sources = "sources/",
  },
}
