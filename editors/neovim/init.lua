-- factlint for Neovim's built-in LSP client: put this in your init.lua, or
-- `:luafile editors/neovim/init.lua`. One server per project (the folder with
-- .factlint.json, else the repository, else the working folder), attached to
-- Markdown and text files on disk only: never to hover or other floating
-- windows, help or scratch buffers.
local config = dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "lsp/factlint.lua")

if vim.fn.has("nvim-0.11") == 1 then
  -- 0.11+: the client starts and reuses the server per root itself, and only for file buffers.
  vim.lsp.config("factlint", config)
  vim.lsp.enable("factlint")
  return
end

-- 0.7–0.10: the same by hand.
local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ":p:h")
  for _, marker in ipairs(config.root_markers) do
    local found = vim.fn.findfile(marker, dir .. ";")
    if found ~= "" then return vim.fn.fnamemodify(found, ":p:h") end
    found = vim.fn.finddir(marker, dir .. ";")
    -- (":p" gives a folder a trailing slash: ":h" drops it, the second ":h" the marker.)
    if found ~= "" then return vim.fn.fnamemodify(found, ":p:h:h") end
  end
  return vim.fn.getcwd()
end

local clients = {}  -- root → client id, for 0.7 (0.8+ `vim.lsp.start` reuses by name and root)

vim.api.nvim_create_autocmd("FileType", {
  pattern = config.filetypes,
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    -- A hover is a Markdown buffer too: only real files get a server.
    if vim.bo[args.buf].buftype ~= "" or file == "" then return end
    local root = root_of(file)
    local settings = vim.tbl_extend("force", config, { name = "factlint", root_dir = root })
    settings.filetypes, settings.root_markers = nil, nil
    if vim.lsp.start then
      vim.lsp.start(settings, { bufnr = args.buf })
      return
    end
    local id = clients[root]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client(settings)
      clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
