'use strict';
// The complaintlint extension: starts `complaintlint lsp` for Markdown and
// plain-text buffers and restarts it when its settings change.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { serverLaunch, documentSelector } = require('./server');

let client;

function settings() {
  const c = vscode.workspace.getConfiguration('complaintlint');
  return {
    path: c.get('path'),
    circuit: c.get('circuit'),
    state: c.get('state'),
    debounceMs: c.get('debounceMs'),
  };
}

async function start(context) {
  const launch = serverLaunch(settings());
  const executable = { command: launch.command, args: launch.args, transport: TransportKind.stdio };
  client = new LanguageClient('complaintlint', 'complaintlint', executable, {
    documentSelector,
    initializationOptions: launch.initializationOptions,
  });
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `complaintlint: could not start "${launch.command} lsp" (${err.message}). ` +
        'Install complaintlint or set "complaintlint.path" to the program.');
    client = undefined;
  }
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

async function activate(context) {
  await start(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('complaintlint')) {
        return;
      }
      if (client) {
        await client.stop();
      }
      await start(context);
    }),
  );
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
