// The VS Code extension of orgadvisor's rule files: starts 'orgadvisor lsp' and bridges
// the editor's API to it (documents, diagnostics, hover, definition, completion). Plain
// JavaScript on the VS Code API and Node.js: nothing to install or build.
'use strict';

const vscode = require('vscode');
const { LspConnection } = require('./lsp-connection');

const LANGUAGE = 'orgrules';
let connection;

function toRange(range) {
  return new vscode.Range(
    range.start.line, range.start.character, range.end.line, range.end.character);
}

function position(document, at) {
  return {
    textDocument: { uri: document.uri.toString() },
    position: { line: at.line, character: at.character },
  };
}

const SEVERITIES = {
  1: vscode.DiagnosticSeverity.Error,
  2: vscode.DiagnosticSeverity.Warning,
  3: vscode.DiagnosticSeverity.Information,
  4: vscode.DiagnosticSeverity.Hint,
};

async function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('orgadvisor');
  const output = vscode.window.createOutputChannel('orgadvisor');
  context.subscriptions.push(diagnostics, output);
  const command = vscode.workspace.getConfiguration('orgadvisor').get('path') || 'orgadvisor';

  connection = new LspConnection(command, ['lsp'], (method, params) => {
    if (method !== 'textDocument/publishDiagnostics') return;
    diagnostics.set(vscode.Uri.parse(params.uri), params.diagnostics.map((item) => {
      const diagnostic = new vscode.Diagnostic(
        toRange(item.range), item.message, SEVERITIES[item.severity] ?? vscode.DiagnosticSeverity.Error);
      diagnostic.source = item.source;
      return diagnostic;
    }));
  }, (message) => {
    output.appendLine(message);
    if (message.startsWith('cannot start')) {
      vscode.window.showErrorMessage(`${message} (set 'orgadvisor.path')`);
    }
  });

  const folder = vscode.workspace.workspaceFolders?.[0];
  try {
    await connection.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'orgadvisor-vscode' },
      rootUri: folder ? folder.uri.toString() : null,
      capabilities: { general: { positionEncodings: ['utf-16'] } },
    });
  } catch (error) {
    // The server did not start (the message was shown): highlighting only.
    output.appendLine(`the language server is not running: ${error.message}`);
    return;
  }
  connection.notify('initialized', {});

  const open = (document) => {
    if (document.languageId !== LANGUAGE) return;
    connection.notify('textDocument/didOpen', {
      textDocument: {
        uri: document.uri.toString(), languageId: LANGUAGE,
        version: document.version, text: document.getText(),
      },
    });
  };
  vscode.workspace.textDocuments.forEach(open);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(open),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.languageId !== LANGUAGE || event.contentChanges.length === 0) return;
      connection.notify('textDocument/didChange', {
        textDocument: { uri: event.document.uri.toString(), version: event.document.version },
        contentChanges: event.contentChanges.map((change) => ({
          range: {
            start: { line: change.range.start.line, character: change.range.start.character },
            end: { line: change.range.end.line, character: change.range.end.character },
          },
          text: change.text,
        })),
      });
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId !== LANGUAGE) return;
      connection.notify('textDocument/didSave', { textDocument: { uri: document.uri.toString() } });
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.languageId !== LANGUAGE) return;
      connection.notify('textDocument/didClose', { textDocument: { uri: document.uri.toString() } });
    }),
    vscode.languages.registerHoverProvider(LANGUAGE, {
      async provideHover(document, at) {
        const result = await connection.request('textDocument/hover', position(document, at));
        if (!result) return undefined;
        return new vscode.Hover(
          new vscode.MarkdownString(result.contents.value), result.range && toRange(result.range));
      },
    }),
    vscode.languages.registerDefinitionProvider(LANGUAGE, {
      async provideDefinition(document, at) {
        const result = await connection.request('textDocument/definition', position(document, at));
        if (!result) return undefined;
        return new vscode.Location(vscode.Uri.parse(result.uri), toRange(result.range));
      },
    }),
    vscode.languages.registerCompletionItemProvider(LANGUAGE, {
      async provideCompletionItems(document, at) {
        const items = await connection.request('textDocument/completion', position(document, at));
        return (items || []).map((item) => {
          // The protocol's kinds are VS Code's plus one.
          const completion = new vscode.CompletionItem(item.label, item.kind - 1);
          completion.detail = item.detail;
          if (item.textEdit) completion.range = toRange(item.textEdit.range);
          return completion;
        });
      },
    }, '=', '[', ','),
  );
}

function deactivate() {
  return connection ? connection.stop() : undefined;
}

module.exports = { activate, deactivate };
