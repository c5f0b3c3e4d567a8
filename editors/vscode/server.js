'use strict';
// How the extension starts the language server, kept free of the vscode
// module so the test starts the server exactly as the extension does.

/**
 * The command line and initialization options for `complaintlint lsp`
 * from the extension's settings.
 * @param {{path?: string, circuit?: string, state?: string, debounceMs?: number}} settings
 */
function serverLaunch(settings) {
  const command = (settings.path || '').trim() || 'complaintlint';
  const args = ['lsp'];
  const circuit = (settings.circuit || '').trim();
  if (circuit) {
    args.push('--circuit', circuit);
  }
  const state = (settings.state || '').trim();
  if (state) {
    args.push('--state', state);
  }
  const initializationOptions = {};
  if (Number.isInteger(settings.debounceMs) && settings.debounceMs >= 0) {
    initializationOptions.debounceMs = settings.debounceMs;
  }
  return { command, args, initializationOptions };
}

// The buffers the server lints: Markdown and plain text, saved or not.
const documentSelector = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
];

module.exports = { serverLaunch, documentSelector };
