// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe, for benchmarks that must
// not change what they measure. Playwright attaches to every new frame (out-of-process ones too),
// pauses it until its own set-up is done and routes requests through Node; here nothing is attached
// unless the caller asks, and an attached target is never paused. Messages are JSON, each ended by
// a NUL byte: written to the browser's fd 3, read from its fd 4.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId?: string) => void;

export class Cdp {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: Params): void; reject(e: Error): void; method: string; sessionId?: string }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private buffer = '';

  constructor(private readonly child: ChildProcess, private readonly profile: string) {
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        this.receive(JSON.parse(text) as { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string });
      }
    });
  }

  private receive(message: { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string }): void {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting?.resolve(message.result ?? {});
      return;
    }
    if (message.method === 'Target.detachedFromTarget') this.abandon(message.params?.sessionId as string);
    for (const listener of this.listeners.get(message.method ?? '') ?? []) listener(message.params ?? {}, message.sessionId);
  }

  /** A target that went away (a frame removed, a tab closed) never answers: fail what waits on it. */
  private abandon(sessionId: string): void {
    for (const [id, waiting] of this.pending) {
      if (waiting.sessionId !== sessionId) continue;
      this.pending.delete(id);
      waiting.reject(new Error(`${waiting.method}: the target went away`));
    }
  }

  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: Params) => void, reject, method, sessionId }));
  }

  on(method: string, listener: Listener): () => void {
    const set = this.listeners.get(method) ?? new Set();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }

  /** Evaluates `expression` in a session (awaiting a promise it returns) and gives its value. */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  async close(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.send('Browser.close').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
    this.child.kill('SIGKILL');
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Starts `executable` headless with a fresh profile and `args`; its DevTools session is the pipe. */
export async function launchOverPipe(executable: string, args: string[]): Promise<Cdp> {
  const profile = mkdtempSync(join(tmpdir(), 'sift-cdp-'));
  const child = spawn(executable, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const cdp = new Cdp(child, profile);
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${executable} exited (${code}) before its DevTools pipe answered`)));
    cdp.send('Browser.getVersion').then(() => resolve(), reject);
  });
  return cdp;
}
