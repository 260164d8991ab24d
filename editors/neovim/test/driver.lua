-- Headless check of editors/neovim/init.lua: waits for factlint's diagnostics,
-- applies the quick fix at the first one, and writes what a user would see to
-- $FACTLINT_NVIM_OUT. Run by Tests/FactlintCLITests/EditorTests.swift.
local out = assert(os.getenv("FACTLINT_NVIM_OUT"))
local lines = {}
local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
table.insert(lines, "diagnostics: " .. tostring(got))
-- (0.7's get_active_clients takes no filter: every client there is factlint's.)
local function client_count()
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  return #get({ name = "factlint" })
end
-- (A client that both pulled and was pushed to would hold two, in two namespaces.)
vim.wait(1000, function() return false end, 50)
local diagnostics = vim.diagnostic.get(0)
table.insert(lines, "diagnostic count: " .. #diagnostics)
for _, d in ipairs(diagnostics) do
  table.insert(lines, string.format("diagnostic %d:%d %s", d.lnum + 1, d.col + 1, d.message))
end
if diagnostics[1] then
  vim.api.nvim_win_set_cursor(0, { diagnostics[1].lnum + 1, diagnostics[1].col })
  -- The hover opens a floating Markdown window: it must not start another server.
  vim.lsp.buf.hover()
  local floated = vim.wait(5000, function()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= "" then return true end
    end
    return false
  end, 50)
  table.insert(lines, "hover shown: " .. tostring(floated))
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= "" then
      table.insert(lines, "hover: " .. table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), " "))
      vim.api.nvim_win_close(win, true)
    end
  end
  vim.wait(500, function() return false end, 50)
  table.insert(lines, "clients after hover: " .. client_count())
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
-- A second draft of the same project shares the server.
local draft = vim.api.nvim_buf_get_name(0)
vim.cmd("silent! write")
vim.cmd("edit " .. vim.fn.fnameescape(vim.fn.fnamemodify(draft, ":h") .. "/second.md"))
local function attached_here()
  if vim.lsp.get_clients then return #vim.lsp.get_clients({ bufnr = 0 }) > 0 end
  return next(vim.lsp.buf_get_clients(0)) ~= nil  -- 0.7–0.9
end
local attached = vim.wait(5000, attached_here, 50)
table.insert(lines, "second draft attached: " .. tostring(attached))
table.insert(lines, "clients for two drafts: " .. client_count())
local f = assert(io.open(out, "w"))
f:write(table.concat(lines, "\n") .. "\n")
f:close()
vim.cmd("qa!")
