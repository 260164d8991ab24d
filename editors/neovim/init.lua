-- factlint for Neovim's built-in LSP client (Neovim 0.7 or later).
-- Put this in your init.lua, or `:luafile editors/neovim/init.lua`.
local function start_factlint()
  local client = vim.lsp.start_client({
    name = "factlint",
    cmd = { "factlint", "lsp", "--stdio" },
    root_dir = vim.fn.getcwd(),
    init_options = {
      -- facts = { "my-facts.json" }, noDefaultFacts = false, sources = "sources/",
    },
  })
  if client then vim.lsp.buf_attach_client(0, client) end
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text" },
  callback = start_factlint,
})
