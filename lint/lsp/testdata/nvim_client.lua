-- Drives complaintlint's language server from a real Neovim (0.7 or later)
-- and writes what the editor saw as JSON for nvim_test.go. Paths come from
-- the environment: CL_BIN (the binary), CL_FILE (the complaint), CL_OUT.
local result = { steps = {} }
local t0 = vim.loop.hrtime()

local function snapshot(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code, source = d.source, message = d.message,
    })
  end
  return out
end

-- The pleading's own findings: the forum notice says what the linter
-- assumed and stays whatever is edited.
local function findings(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code ~= 'forum-assumed' then table.insert(out, d) end
  end
  return out
end

local function step(name) table.insert(result.steps, string.format("%s@%.0fms", name, (vim.loop.hrtime() - t0) / 1e6)) end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CL_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = {
    name = 'complaintlint',
    cmd = { os.getenv('CL_BIN'), 'lsp' },
    root_dir = vim.fn.fnamemodify(os.getenv('CL_FILE'), ':h'),
    init_options = { debounceMs = 50 },
    on_exit = function(code) result.exit_code = code end,
  }
  local client_id
  if vim.lsp.start then -- Neovim 0.8+
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  step('started')

  vim.wait(10000, function() return #findings(bufnr) > 0 end, 20)
  result.before = snapshot(bufnr)
  step('diagnostics')
  local d = findings(bufnr)[1]
  if d == nil then return end

  -- Ask for code actions and hover at the diagnostic, in UTF-16 as the
  -- protocol says (str_utfindex converts a byte column).
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, true)[1]
  local _, u16 = vim.str_utfindex(line, d.col)
  local doc = { uri = vim.uri_from_bufnr(bufnr) }
  local pos = { line = d.lnum, character = u16 + 2 }
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = doc, range = { start = pos, ['end'] = pos }, context = { diagnostics = {} } }, 5000)
  local fix
  result.actions = {}
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(result.actions, a.title)
      if a.edit then fix = a end
    end
  end
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = doc, position = pos }, 5000)
  for _, r in pairs(hover or {}) do
    if r.result then result.hover = r.result.contents.value end
  end
  step('actions')

  -- Apply the quick fix as the editor would, then fill in the placeholder
  -- with real dates; each edit reaches the server as an incremental change.
  if fix then
    vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
    result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, true)[1]
    for _, pair in ipairs({ { '[START DATE]', 'March 2012' }, { '[END DATE or the present]', 'the present' } }) do
      local text = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, true)[1]
      local s, e = string.find(text, pair[1], 1, true)
      vim.api.nvim_buf_set_text(bufnr, d.lnum, s - 1, d.lnum, e, { pair[2] })
    end
    step('edited')
    vim.wait(10000, function() return #findings(bufnr) == 0 end, 20)
    result.after = {}
    for _, d in ipairs(findings(bufnr)) do table.insert(result.after, { code = d.code, message = d.message }) end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return result.exit_code ~= nil end, 20)
  step('stopped')
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local f = assert(io.open(os.getenv('CL_OUT'), 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
