'use strict';
// Packages the extension as dist/complaintlint-VERSION.vsix with vsce, after
// checking that the package holds what the extension needs to run: its code,
// the language client it loads, and the licence.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.resolve(__dirname, '..');
const vsce = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
const { version } = require(path.join(dir, 'package.json'));

fs.copyFileSync(path.join(dir, '..', '..', 'LICENSE'), path.join(dir, 'LICENSE'));

const files = execFileSync(vsce, ['ls'], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean);
// The language client as the extension loads it, and the protocol library
// that it loads in turn.
const client = require.resolve('vscode-languageclient/node', { paths: [dir] });
const protocol = require.resolve('vscode-languageserver-protocol/node', { paths: [path.dirname(client)] });
const need = ['package.json', 'extension.js', 'server.js', 'LICENSE', 'README.md',
  path.relative(dir, client).split(path.sep).join('/'), path.relative(dir, protocol).split(path.sep).join('/')];
const missing = need.filter((f) => !files.includes(f));
const unwanted = files.filter((f) => f.startsWith('test/') || f.startsWith('node_modules/@vscode/vsce/'));
if (missing.length || unwanted.length) {
  console.error(`package contents wrong: missing ${missing.join(', ') || 'nothing'}; unwanted ${unwanted.join(', ') || 'nothing'}`);
  process.exit(1);
}

fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
const out = path.join('dist', `complaintlint-${version}.vsix`);
execFileSync(vsce, ['package', '--out', out], { cwd: dir, stdio: 'inherit' });
console.log(`wrote editors/vscode/${out} (${files.length} files)`);
