-- Headless check of editors/neovim/init.lua: waits for factlint's diagnostics,
-- applies the quick fix at the first one, and writes what a user would see to
-- $FACTLINT_NVIM_OUT. Run by Tests/FactlintCLITests/EditorTests.swift.
local out = assert(os.getenv("FACTLINT_NVIM_OUT"))
local lines = {}
local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
table.insert(lines, "diagnostics: " .. tostring(got))
local diagnostics = vim.diagnostic.get(0)
for _, d in ipairs(diagnostics) do
  table.insert(lines, string.format("diagnostic %d:%d %s", d.lnum + 1, d.col + 1, d.message))
end
if diagnostics[1] then
  vim.api.nvim_win_set_cursor(0, { diagnostics[1].lnum + 1, diagnostics[1].col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local results = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 10000) or {}
  for _, res in pairs(results) do
    for _, action in ipairs(res.result or {}) do
      if action.kind == "quickfix" and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
        table.insert(lines, "applied: " .. action.title)
        break
      end
    end
  end
end
for _, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do table.insert(lines, "text: " .. l) end
local f = assert(io.open(out, "w"))
f:write(table.concat(lines, "\n") .. "\n")
f:close()
vim.cmd("qa!")
