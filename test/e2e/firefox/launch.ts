// Starts Debian's Firefox ESR with one WebDriver session that two protocols share, as geckodriver
// does: Marionette opens it (and keeps a connection in the browser window, for the harness's
// privileged code), and Puppeteer drives pages over the session's WebDriver BiDi socket. Firefox
// allows one session only, so Puppeteer must not open its own: its session.new is answered here
// with the session Marionette opened.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser as BrowserKind, createProfile, launch as startProcess, WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX } from '@puppeteer/browsers';
import puppeteer, { type Browser, type ConnectionTransport } from 'puppeteer-core';
import { FirefoxLauncher } from 'puppeteer-core/internal/node/FirefoxLauncher.js';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { connectMarionette, type Marionette } from './marionette';

export interface LaunchedFirefox {
  browser: Browser;
  /** Marionette, switched to the browser window's chrome context. */
  marionette: Marionette;
  stop(): Promise<void>;
}

interface Session { sessionId: string; capabilities: Record<string, unknown> & { webSocketUrl?: string } }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The session's BiDi socket, with Puppeteer's session.new answered by the session already open. */
function sharedSession(socket: ConnectionTransport, session: Session): ConnectionTransport {
  const shim: ConnectionTransport = {
    send(message) {
      const { id, method } = JSON.parse(message) as { id: number; method: string };
      if (method !== 'session.new') return socket.send(message);
      queueMicrotask(() => shim.onmessage?.(JSON.stringify({ id, type: 'success', result: session })));
    },
    close: () => socket.close(),
  };
  socket.onmessage = (message) => shim.onmessage?.(message);
  socket.onclose = () => shim.onclose?.();
  return shim;
}

export async function startFirefox(executablePath: string, prefs: Record<string, unknown>): Promise<LaunchedFirefox> {
  const profile = await mkdtemp(join(tmpdir(), 'sift-firefox-'));
  const marionettePort = await freePort();
  await createProfile(BrowserKind.FIREFOX, { path: profile, preferences: FirefoxLauncher.getPreferences({ ...prefs, 'marionette.port': marionettePort }) });
  const process = startProcess({
    executablePath,
    // --remote-allow-system-access: Firefox 138 and later refuse the chrome context without it.
    args: ['--headless', '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, 'about:blank'],
  });
  const stopProcess = async () => {
    await process.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    await process.waitForLineOutput(WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX, 60_000);
    const marionette = await connectMarionette(marionettePort);
    // Marionette takes the capabilities themselves as the command's parameters.
    const session = await marionette.send<Session>('WebDriver:NewSession', { webSocketUrl: true });
    if (!session.capabilities.webSocketUrl) throw new Error('Firefox opened no WebDriver BiDi socket for the session');
    const socket = await NodeWebSocketTransport.create(session.capabilities.webSocketUrl);
    const browser = await puppeteer.connect({ transport: sharedSession(socket as unknown as ConnectionTransport, session), protocol: 'webDriverBiDi' });
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const [window] = await marionette.send<string[]>('WebDriver:GetWindowHandles');
    await marionette.send('WebDriver:SwitchToWindow', { handle: window });
    return {
      browser, marionette,
      async stop() {
        await browser.disconnect().catch(() => undefined);
        marionette.close();
        await stopProcess();
      },
    };
  } catch (error) {
    await stopProcess();
    throw error;
  }
}
