'use strict';
// Drives `complaintlint lsp` the way the extension does — the command line
// and initialization options from server.js, the protocol library
// vscode-languageclient is built on, over standard input and output — and
// checks that a complaint opened in the editor gets the same findings as
// the command line reports for the same file and settings.
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node');
const { serverLaunch } = require('../server');

const repo = path.resolve(__dirname, '..', '..', '..');

// The program under test: $COMPLAINTLINT, or one built from this clone.
function binary() {
  if (process.env.COMPLAINTLINT) {
    return process.env.COMPLAINTLINT;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaintlint-vscode-'));
  const out = path.join(dir, process.platform === 'win32' ? 'complaintlint.exe' : 'complaintlint');
  execFileSync('go', ['build', '-o', out, './cmd/complaintlint'], { cwd: repo, stdio: 'inherit' });
  return out;
}

const program = binary();

// cliFindings: the findings `complaintlint --format json` reports.
function cliFindings(file, extraArgs) {
  const out = execFileSync(program, ['--format', 'json', '--fail-on', 'none', ...extraArgs, file], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const report = JSON.parse(out);
  assert.equal(report.files.length, 1);
  return report.files[0].findings.filter((f) => !f.suppressed);
}

// lspDiagnostics opens file in a server started from settings and returns
// the first diagnostics published for it.
async function lspDiagnostics(file, settings) {
  const launch = serverLaunch({ ...settings, path: program });
  const proc = spawn(launch.command, launch.args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  proc.stderr.on('data', (b) => { log += b; });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const uri = pathToFileURL(file).href;
  const published = new Promise((resolve) => {
    conn.onNotification('textDocument/publishDiagnostics', (p) => {
      if (p.uri === uri) {
        resolve(p);
      }
    });
  });
  conn.listen();
  try {
    const init = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
      initializationOptions: launch.initializationOptions,
    });
    assert.equal(init.serverInfo.name, 'complaintlint');
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: file.endsWith('.md') ? 'markdown' : 'plaintext',
        version: 1,
        text: fs.readFileSync(file, 'utf8'),
      },
    });
    const p = await published;
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    const code = await new Promise((resolve) => proc.on('exit', resolve));
    assert.equal(code, 0, `server exit ${code}; log:\n${log}`);
    return p.diagnostics;
  } finally {
    conn.dispose();
    proc.kill();
  }
}

const severities = { error: 1, warning: 2, info: 3 };

// comparable puts a CLI finding and a diagnostic in one shape. The sample
// complaints have no character outside the Basic Multilingual Plane, so
// code-point columns (CLI) and UTF-16 columns (LSP) agree.
function fromCLI(f) {
  return {
    rule: f.rule,
    severity: severities[f.severity],
    range: [f.start.line - 1, f.start.column - 1, f.end.line - 1, f.end.column - 1],
    message: f.message,
  };
}

function fromLSP(d) {
  return {
    rule: d.code,
    severity: d.severity,
    range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    // The editor's message carries the authority and fix on lines of their own.
    message: d.message.split('\n')[0],
  };
}

const cases = [
  { name: 'the sample complaint, default profile', file: 'testdata/complaints/liveperson-fac.txt', settings: {}, args: [] },
  {
    name: 'a twenty-count complaint, Ninth Circuit and California from the settings',
    file: 'testdata/complaints/twenty-counts.txt',
    settings: { circuit: '9', state: 'CA', debounceMs: 0 },
    args: ['--circuit', '9', '--state', 'CA'],
  },
];

for (const c of cases) {
  test(c.name, async () => {
    const file = path.join(repo, c.file);
    const want = cliFindings(file, c.args).map(fromCLI);
    assert.ok(want.length > 0, 'the CLI reports findings for the sample');
    const diags = await lspDiagnostics(file, c.settings);
    assert.deepEqual(diags.map(fromLSP), want);
    for (const d of diags) {
      assert.equal(d.source, 'complaintlint');
    }
  });
}

test('settings become the server command line', () => {
  assert.deepEqual(serverLaunch({}), { command: 'complaintlint', args: ['lsp'], initializationOptions: {} });
  assert.deepEqual(serverLaunch({ path: ' /opt/cl/complaintlint ', circuit: '9', state: 'CA', debounceMs: 300 }), {
    command: '/opt/cl/complaintlint',
    args: ['lsp', '--circuit', '9', '--state', 'CA'],
    initializationOptions: { debounceMs: 300 },
  });
});
