#!/usr/bin/env node
// The `gongwen-language-server` command: the bundled language server for any LSP client
// (Neovim, Helix, Emacs…). It talks over stdin/stdout unless another transport is named
// (--node-ipc, --socket=PORT, --pipe=NAME), so `gongwen-language-server` and
// `gongwen-language-server --stdio` are the same.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${require('../package.json').version}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'gongwen-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n' +
      '公文减负助手的语言服务器（LSP），默认经标准输入输出通信。\n' +
      'The 公文减负助手 language server (LSP); talks over stdin/stdout by default.\n',
  );
  process.exit(0);
}
const server = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(server)) {
  process.stderr.write('gongwen-language-server: 缺少 dist/server.js，请先运行 `npm run build`（dist/server.js is missing; run `npm run build` first).\n');
  process.exit(2);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require(server);
