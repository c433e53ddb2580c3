-- Neovim (0.7+) as a second, unrelated LSP client of the gongwen language server:
-- starts `node dist/server.js --stdio`, attaches it to the file being edited, and checks
--   1. the diagnostics it publishes (rule id in `code`, 1-based line) are exactly the expected ones
--      and reach Neovim's own vim.diagnostic;
--   2. hover on the 发文字号 finding quotes GB 7.2.5;
--   3. the quick fix of format.date is offered, applies, and the finding goes away.
-- Settings: GONGWEN_SETTINGS='{"rules":{"format.punctuation":"off"}}' (the `gongwen` section) are
-- given as `settings` and pushed with workspace/didChangeConfiguration in on_init, which is how
-- Neovim 0.7 (no workspace/configuration capability) hands settings to a server.
-- Run:  GONGWEN_SERVER=/abs/dist/server.js GONGWEN_EXPECT='format.doc-number@3,…' \
--       nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/nvim/check.lua' FILE
-- Prints "nvim check: ok" and quits 0, or prints the reason and quits 1 (cquit).

local server = os.getenv('GONGWEN_SERVER')
local expect_env = os.getenv('GONGWEN_EXPECT')
local settings_env = os.getenv('GONGWEN_SETTINGS')
local timeout = tonumber(os.getenv('GONGWEN_NVIM_TIMEOUT_MS') or '10000')

local function out(msg)
  io.stdout:write('nvim check: ' .. msg .. '\n')
end

local function fail(msg)
  io.stdout:write('nvim check: FAIL: ' .. msg .. '\n')
  io.stdout:flush()
  vim.cmd('cquit 1')
end

if not server or server == '' then fail('GONGWEN_SERVER (path to dist/server.js) is not set') end
if not expect_env or expect_env == '' then fail('GONGWEN_EXPECT (rule@line,…) is not set') end

local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
local published = nil -- diagnostics of the latest publishDiagnostics for this buffer
local publishes = 0

local function code_of(d)
  if type(d.code) == 'table' then return tostring(d.code.value) end
  return tostring(d.code)
end

local function rule_lines(diags)
  local t = {}
  for _, d in ipairs(diags or {}) do
    table.insert(t, code_of(d) .. '@' .. (d.range.start.line + 1))
  end
  table.sort(t)
  return t
end

local settings = nil
if settings_env and settings_env ~= '' then settings = { gongwen = vim.fn.json_decode(settings_env) } end

local client_id = vim.lsp.start_client({
  name = 'gongwen',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  settings = settings,
  on_init = function(client)
    if settings then client.notify('workspace/didChangeConfiguration', { settings = client.config.settings }) end
  end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then
        published = result.diagnostics
        publishes = publishes + 1
      end
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
  on_exit = function(code, signal)
    if code ~= 0 and code ~= nil then out('server exited with code ' .. tostring(code) .. ' signal ' .. tostring(signal)) end
  end,
})
if not client_id then fail('vim.lsp.start_client returned nil (is node on PATH?)') end
vim.lsp.buf_attach_client(bufnr, client_id)

-- 1. diagnostics
local want = vim.split(expect_env, ',', { trimempty = true })
table.sort(want)
local want_s = table.concat(want, ', ')
local ok = vim.wait(timeout, function()
  return published ~= nil and table.concat(rule_lines(published), ', ') == want_s
end, 20)
if not ok then
  fail('expected diagnostics [' .. want_s .. '], got [' .. table.concat(rule_lines(published), ', ') .. '] after ' .. publishes .. ' publish(es)')
end
for _, d in ipairs(published) do
  if d.source ~= 'gongwen' then fail('diagnostic without source "gongwen": ' .. vim.inspect(d)) end
end
local in_nvim = #vim.diagnostic.get(bufnr)
if in_nvim ~= #want then fail('vim.diagnostic has ' .. in_nvim .. ' diagnostics, expected ' .. #want) end
out('diagnostics [' .. want_s .. '] received, ' .. in_nvim .. ' in vim.diagnostic')

local function find(rule)
  for _, d in ipairs(published) do
    if code_of(d) == rule then return d end
  end
end

local function only_result(results)
  for _, r in pairs(results or {}) do
    if r.error then fail('request error: ' .. vim.inspect(r.error)) end
    return r.result
  end
end

-- 2. hover quotes the clause
local dn = find('format.doc-number')
if dn then
  local res, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = dn.range.start }, timeout)
  if err then fail('hover: ' .. tostring(err)) end
  local hover = only_result(res)
  local text = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ''
  if not text:find('GB 7.2.5', 1, true) or not text:find('六角括号', 1, true) then
    fail('hover on format.doc-number does not quote GB 7.2.5: ' .. text)
  end
  out('hover quotes GB 7.2.5')
end

-- 3. the quick fix of format.date
local date = find('format.date')
if date then
  local params = { textDocument = { uri = uri }, range = date.range, context = { diagnostics = { date }, only = { 'quickfix' } } }
  local res, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  if err then fail('codeAction: ' .. tostring(err)) end
  local actions = only_result(res) or {}
  local fix = nil
  local titles = {}
  for _, a in ipairs(actions) do
    table.insert(titles, a.title)
    local edits = a.edit and a.edit.changes and a.edit.changes[uri]
    if not fix and edits and #edits == 1 and edits[1].newText == '2019年7月28日' then fix = a end
  end
  if not fix then fail('no quick fix rewriting the date to 2019年7月28日; offered: ' .. table.concat(titles, ' | ')) end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  local line = vim.api.nvim_buf_get_lines(bufnr, date.range.start.line, date.range.start.line + 1, false)[1]
  if line ~= '2019年7月28日' then fail('after the quick fix the line reads "' .. tostring(line) .. '"') end
  local gone = vim.wait(timeout, function()
    return published ~= nil and find('format.date') == nil and #published == #want - 1
  end, 20)
  if not gone then fail('format.date still reported after its quick fix: [' .. table.concat(rule_lines(published), ', ') .. ']') end
  out('quick fix "' .. fix.title .. '" applied; format.date gone')
end

vim.lsp.stop_client(client_id)
out('ok')
io.stdout:flush()
vim.cmd('qall!')
