// Runs the extension's LSP connection against a real 'orgadvisor lsp' (no VS Code):
//   node Editors/vscode/test/smoke.js path/to/orgadvisor path/to/file.orgrules
// Opens the file, waits for its diagnostics, asks for a hover and a completion at the
// start of the file, shuts the server down and exits 0 when it exited 0.
'use strict';

const fs = require('fs');
const path = require('path');
const { LspConnection } = require('../lsp-connection');

async function main() {
  const [binary, file] = process.argv.slice(2);
  const uri = 'file://' + path.resolve(file).split('/').map(encodeURIComponent).join('/');
  let published;
  const diagnostics = new Promise((resolve) => { published = resolve; });
  const connection = new LspConnection(binary, ['lsp'], (method, params) => {
    if (method === 'textDocument/publishDiagnostics' && params.uri === uri) published(params);
  }, (message) => { console.error(message); });
  const initialized = await connection.request('initialize', { processId: process.pid, capabilities: {} });
  connection.notify('initialized', {});
  connection.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'orgrules', version: 1, text: fs.readFileSync(file, 'utf8') },
  });
  const { diagnostics: found } = await diagnostics;
  const at = { textDocument: { uri }, position: { line: 0, character: 0 } };
  const completion = await connection.request('textDocument/completion', at);
  await connection.request('textDocument/hover', at);
  const code = await connection.stop();
  console.log(JSON.stringify({
    encoding: initialized.capabilities.positionEncoding,
    diagnostics: found.length,
    completion: completion.map((item) => item.label),
    exit: code,
  }));
  process.exit(code === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
