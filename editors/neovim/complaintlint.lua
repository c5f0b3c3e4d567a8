-- complaintlint in Neovim 0.7 or later (Debian's packaged 0.7 included):
-- findings as diagnostics in Markdown and text buffers.
local clients = {} -- Neovim 0.7: one server per directory, reused
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    local config = {
      name = 'complaintlint',
      cmd = { 'complaintlint', 'lsp' }, -- add '--circuit', '9', '--state', 'CA' to set the forum
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h'),
    }
    if vim.lsp.start then -- 0.8 and later
      vim.lsp.start(config)
    else
      clients[config.root_dir] = clients[config.root_dir] or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, clients[config.root_dir])
    end
  end,
})
