// A minimal client of Marionette, Firefox's own remote protocol, for the one thing WebDriver BiDi
// cannot do on Firefox ESR 140: run code in the browser window (the chrome context), where a real
// toolbar click and the extension's internals live. BiDi reaches that window only from Firefox 143
// ("moz:scope": "chrome"); Marionette has reached it for years (what geckodriver's chrome context uses).
// Wire format: "<byte length>:<JSON>"; a command is [0, id, name, params], its answer [1, id, error, result].
import { connect, type Socket } from 'node:net';

export interface Marionette {
  send<T = unknown>(name: string, params?: object): Promise<T>;
  close(): void;
}

function frames(socket: Socket, onFrame: (message: unknown) => void): void {
  let buffer = Buffer.alloc(0);
  socket.on('data', (data) => {
    buffer = Buffer.concat([buffer, data]);
    for (let colon = buffer.indexOf(':'); colon > 0; colon = buffer.indexOf(':')) {
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const body = buffer.subarray(colon + 1, colon + 1 + length).toString();
      buffer = buffer.subarray(colon + 1 + length);
      onFrame(JSON.parse(body));
    }
  });
}

/** Connects once Firefox listens (it opens Marionette's port late in its start-up), and reads the greeting. */
export async function connectMarionette(port: number, timeoutMs = 30_000): Promise<Marionette> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    try {
      return await open(port);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Marionette did not answer on port ${port}: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function open(port: number): Promise<Marionette> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
    let lastId = 0;
    const client: Marionette = {
      send<T>(name: string, params: object = {}) {
        const id = ++lastId;
        const text = JSON.stringify([0, id, name, params]);
        socket.write(`${Buffer.byteLength(text)}:${text}`);
        return new Promise<T>((res, rej) => waiting.set(id, { resolve: res as (v: unknown) => void, reject: rej }));
      },
      close: () => socket.destroy(),
    };
    socket.once('error', reject);
    socket.on('close', () => {
      for (const w of waiting.values()) w.reject(new Error('Marionette closed the connection'));
      waiting.clear();
    });
    frames(socket, (message) => {
      if (!Array.isArray(message)) return resolve(client); // the greeting: { applicationType, marionetteProtocol }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const w = waiting.get(id);
      waiting.delete(id);
      if (error) w?.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
      else w?.resolve(result);
    });
  });
}
