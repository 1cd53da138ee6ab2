// An MCP stdio client transport that, unlike the SDK's StdioClientTransport, starts the
// server in a process group of its own and ends the whole group on close, keeps the tail
// of its stderr for error messages, and skips stdout lines that are not JSON-RPC (banners,
// logs: common in real servers) and replies with no id (answers to our notifications), but fails on malformed
// JSON-RPC or an endless text stream.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, delimiter } from 'node:path';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { randomBytes } from 'node:crypto';
import { killTree, processTree, TREE_MARKER } from './process-tree.ts';
import { printable } from './text.ts';

/**
 * The variables a server inherits from us; everything else (tokens above all) must be given
 * with --env. The CA settings carry no secret and let `npx` reach the registry behind a
 * TLS-inspecting proxy; proxy URLs may hold credentials, so they are not passed on.
 */
const INHERITED_ENV = ['HOME', 'LOGNAME', 'PATH', 'SHELL', 'TERM', 'USER', 'LANG', 'TMPDIR',
  'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR'];
const MAX_LINE_BYTES = 64 * 1024 * 1024;
const STDERR_TAIL_BYTES = 16 * 1024;
const MAX_STRAY_LINES = 500;
const MAX_STRAY_BYTES = 1024 * 1024;

export interface StdioLaunch {
  command: string;
  args: string[];
  /** Added to (and overriding) the few variables inherited from this process. */
  env: Record<string, string>;
  cwd?: string;
  /** Called with each chunk of the server's stderr, e.g. to echo it with --verbose. */
  onStderr?: (chunk: string) => void;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function childEnvironment(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of INHERITED_ENV) {
    const value = process.env[key];
    if (value !== undefined && !value.startsWith('()')) env[key] = value;
  }
  // `node` and `npx` in a server's command should be the Node that runs us (the
  // project's Node 22), not whatever older one comes first on the system PATH.
  env.PATH = [dirname(process.execPath), env.PATH].filter(Boolean).join(delimiter);
  return { ...env, ...extra };
}

// The servers run in process groups of their own, so a Ctrl-C at the terminal does not
// reach them. If we are interrupted or exit with servers still running, end their groups.
const live = new Map<number, string>(); // root pid → tree marker
let handlersInstalled = false;

function killAllNow(): void {
  for (const [root, marker] of live) {
    for (const pid of [-root, ...processTree(root, marker)]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  live.clear();
}

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killAllNow();
      process.kill(process.pid, sig); // our handler is gone (once): die of the same signal
    });
  }
}

export class GroupStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  /** Set when the server broke the stdio protocol; the capture reports it instead of a generic close. */
  protocolError: Error | undefined;
  /** Set once the server process has exited. */
  exit: ExitInfo | undefined;
  /** Set when the process could not be started at all (e.g. command not found). */
  spawnError: Error | undefined;

  private readonly launch: StdioLaunch;
  private readonly marker = randomBytes(12).toString('hex');
  private child: ChildProcess | undefined;
  private pending: Buffer = Buffer.alloc(0);
  private stderrTail = '';
  private strayCount = 0;
  private repliesToNothing = 0;
  private strayBytes = 0;
  private readonly strayLines: string[] = [];
  private closed = false;
  private exited: Promise<void> = Promise.resolve();

  constructor(launch: StdioLaunch) {
    this.launch = launch;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The last lines the server wrote to stderr, made safe to print. */
  stderrLines(max = 20): string[] {
    const lines = this.stderrTail.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
    return lines.slice(-max).map((l) => printable(l, 300));
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.launch.command, this.launch.args, {
        // The marker lets killTree find descendants that escaped both group and parentage.
        env: { ...childEnvironment(this.launch.env), [TREE_MARKER]: this.marker },
        cwd: this.launch.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        // A new session and process group, so that killTree reaches grandchildren.
        detached: true,
        shell: false,
      });
      this.child = child;
      installExitHandlers();
      if (child.pid !== undefined) live.set(child.pid, this.marker);
      this.exited = new Promise((done) => child.once('close', () => done()));
      child.once('error', (error) => {
        this.spawnError = error;
        reject(error);
        this.onerror?.(error);
        this.finish();
      });
      child.once('spawn', () => resolve());
      child.once('close', (code, sig) => {
        this.exit = { code, signal: sig };
        this.finish();
      });
      child.stdin?.on('error', (error) => this.onerror?.(error));
      child.stdout?.on('data', (chunk: Buffer) => this.receive(chunk));
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (chunk: string) => {
        this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_BYTES);
        this.launch.onStderr?.(chunk);
      });
    });
  }

  private receive(chunk: Buffer): void {
    if (this.protocolError) return;
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let newline: number;
    while ((newline = this.pending.indexOf(0x0a)) !== -1) {
      const line = this.pending.toString('utf8', 0, newline).replace(/\r$/, '');
      this.pending = this.pending.subarray(newline + 1);
      if (line.trim() === '') continue;
      let message: JSONRPCMessage;
      try {
        message = JSONRPCMessageSchema.parse(JSON.parse(line));
      } catch {
        this.stray(line);
        if (this.protocolError) return;
        continue;
      }
      this.onmessage?.(message);
    }
    if (this.pending.length > MAX_LINE_BYTES) {
      this.fail(new Error(`the server wrote more than ${MAX_LINE_BYTES} bytes to stdout without a newline`));
    }
  }

  /**
   * A line that is not a JSON-RPC message. Plenty of real servers print a banner or logs to
   * stdout; clients skip such lines, and so do we (the capture warns). What we do not skip:
   * a line that claims to be JSON-RPC but is malformed, or an endless stream of text.
   */
  private stray(line: string): void {
    const trimmed = line.trim();
    if (trimmed.startsWith('{') && trimmed.includes('"jsonrpc"')) {
      // Some servers answer our notifications as if they were requests, with a reply that has no id. It answers
      // nothing we asked, and the SDK's own clients report it and go on: so do we (the capture warns).
      if (isReplyToNothing(trimmed)) {
        this.repliesToNothing++;
        return;
      }
      this.fail(new Error(`the server sent a malformed JSON-RPC message on stdout: "${printable(line, 200)}"`));
      return;
    }
    this.strayCount++;
    this.strayBytes += line.length;
    if (this.strayLines.length < 3) this.strayLines.push(printable(line, 160));
    if (this.strayCount > MAX_STRAY_LINES || this.strayBytes > MAX_STRAY_BYTES) {
      this.fail(new Error(
        `the server keeps writing text that is not JSON-RPC to stdout (${this.strayCount} lines, starting "${this.strayLines[0] ?? ''}"). ` +
        'An MCP stdio server must write only JSON-RPC messages there (logs belong on stderr); fix the server or its start-up options.',
      ));
    }
  }

  /** Describes the non-JSON-RPC lines seen on stdout, or undefined when there were none. */
  strayOutput(): string | undefined {
    if (this.strayCount === 0) return undefined;
    const shown = this.strayLines.map((l) => `"${l}"`).join(', ');
    return `${this.strayCount} line${this.strayCount === 1 ? '' : 's'} on stdout that ${this.strayCount === 1 ? 'is' : 'are'} not JSON-RPC (${shown}${this.strayCount > this.strayLines.length ? ', …' : ''})`;
  }

  /** Describes the replies with no id the server sent, or undefined when there were none. */
  repliesToNothingSent(): string | undefined {
    if (this.repliesToNothing === 0) return undefined;
    return `${this.repliesToNothing} JSON-RPC ${this.repliesToNothing === 1 ? 'reply' : 'replies'} with no id, answering no request (as if a notification had been a request)`;
  }

  private fail(error: Error): void {
    this.protocolError = error;
    this.onerror?.(error);
    void this.close();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || !stdin.writable) {
        reject(new Error('the server process is not running'));
        return;
      }
      if (stdin.write(JSON.stringify(message) + '\n')) resolve();
      else stdin.once('drain', () => resolve());
    });
  }

  /** Ends the server and all its descendants; resolves only once they are gone. */
  async close(): Promise<void> {
    const child = this.child;
    if (child?.pid !== undefined) {
      child.stdin?.destroy();
      await killTree(child.pid, this.marker);
      live.delete(child.pid);
      // The 'close' event also needs stdout/stderr drained; don't wait forever on it.
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 1000).unref())]);
      child.stdout?.destroy();
      child.stderr?.destroy();
    }
    this.finish();
  }
}

/** A JSON-RPC response (a result or an error) without an id: a reply to no request. */
function isReplyToNothing(line: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const message = value as Record<string, unknown>;
  return message.jsonrpc === '2.0' && !('id' in message) && !('method' in message) && ('result' in message || 'error' in message);
}
