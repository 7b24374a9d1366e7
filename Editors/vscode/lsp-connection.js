// A minimal Language Server Protocol connection over a child process's standard input
// and output: JSON-RPC 2.0 messages framed with Content-Length headers. It needs only
// Node.js (no npm package), so the extension runs without a build step.
'use strict';

const { spawn } = require('child_process');

class LspConnection {
  /**
   * Starts `command args` and speaks LSP with it.
   * @param {string} command the executable, e.g. 'orgadvisor'
   * @param {string[]} args its arguments, e.g. ['lsp']
   * @param {(method: string, params: any) => void} onNotification called for each
   *   notification of the server (e.g. textDocument/publishDiagnostics)
   * @param {(message: string) => void} onError called when the server cannot start or stops
   */
  constructor(command, args, onNotification, onError) {
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.onNotification = onNotification;
    this.onError = onError;
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code) => {
        this.failPending('the language server stopped');
        resolve(code);
      });
      this.process.on('error', (error) => {
        onError(`cannot start '${command}': ${error.message}`);
        this.failPending(error.message);
        resolve(null);
      });
    });
    this.process.stdin.on('error', () => {});
    this.process.stdout.on('data', (chunk) => this.receive(chunk));
    this.process.stderr.on('data', (chunk) => onError(chunk.toString('utf8').trim()));
  }

  /** Rejects the requests waiting for an answer. */
  failPending(reason) {
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
  }

  /** Sends a request; resolves with its result, rejects with its error. */
  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a notification. */
  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  send(message) {
    const content = Buffer.from(JSON.stringify(message), 'utf8');
    const header = Buffer.from(`Content-Length: ${content.length}\r\n\r\n`, 'ascii');
    if (this.process.stdin.writable) this.process.stdin.write(Buffer.concat([header, content]));
  }

  /** Takes bytes from the server and handles each whole message. */
  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const match = /Content-Length: *(\d+)/i.exec(header);
      if (!match) {
        this.buffer = this.buffer.subarray(end + 4);
        continue;
      }
      const length = Number(match[1]);
      if (this.buffer.length < end + 4 + length) return;
      const content = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      let message;
      try {
        message = JSON.parse(content);
      } catch (error) {
        this.onError(`invalid message from the language server: ${error.message}`);
        continue;
      }
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.method !== undefined && message.id === undefined) {
      this.onNotification(message.method, message.params);
    } else if (message.method !== undefined) {
      // A request of the server: none is expected; answer that it is not handled.
      this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'not handled' } });
    } else if (this.pending.has(message.id)) {
      const { resolve, reject } = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) reject(new Error(message.error.message));
      else resolve(message.result);
    }
  }

  /** `shutdown` then `exit`; resolves with the server's exit code. */
  async stop() {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch (error) {
      this.process.kill();
    }
    return this.exited;
  }
}

module.exports = { LspConnection };
