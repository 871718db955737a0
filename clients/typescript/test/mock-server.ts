// Starts the LiveChat Partners mock server (tools/LiveChat.Partners.Mock, built) on a free loopback
// port for a test run, waits until it answers, and stops it. The built server is found at
// $LIVECHAT_MOCK_DLL, or in the project's bin/Release or bin/Debug output (run-tests.sh builds it).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const project = resolve(repositoryRoot, 'tools/LiveChat.Partners.Mock');

/** The sandbox `POST /_mock/sandboxes` creates: an isolated Partner account and a token for it. */
export interface Sandbox {
  partner_id: string;
  login: string;
  password: string;
  token: string;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The Partner API base URL, `<origin>/v2/partners`. */
  baseUrl: string;
  /** Creates an isolated Partner account (`POST /_mock/sandboxes`). */
  createSandbox(): Promise<Sandbox>;
  /** What the server wrote to stdout and stderr (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

function mockDll(): string {
  const candidates = [
    process.env.LIVECHAT_MOCK_DLL,
    resolve(project, 'bin/Release/net10.0/LiveChat.Partners.Mock.dll'),
    resolve(project, 'bin/Debug/net10.0/LiveChat.Partners.Mock.dll'),
  ].filter((path): path is string => path !== undefined && path !== '');
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `The mock server is not built. Run: dotnet build ${project} -c Release (or set LIVECHAT_MOCK_DLL). Looked in:\n${candidates.join('\n')}`,
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitUntilReady(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the mock server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/v2/partners/status`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(`the mock server did not answer GET /v2/partners/status within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the mock on a free loopback port (tries three ports if one is taken meanwhile). */
export async function startMockServer(): Promise<MockServer> {
  const dll = mockDll();
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    let output = '';
    const child = spawn('dotnet', [dll, '--urls', origin], {
      cwd: dirname(dll),
      env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
    child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
    try {
      await waitUntilReady(origin, child, 60_000);
    } catch (error) {
      lastError = new Error(`${String(error)}\n--- mock server output ---\n${output}`);
      await stopProcess(child);
      continue;
    }
    return {
      origin,
      baseUrl: `${origin}/v2/partners`,
      output: () => output,
      async createSandbox() {
        const response = await fetch(`${origin}/_mock/sandboxes`, { method: 'POST' });
        if (response.status !== 201) throw new Error(`POST /_mock/sandboxes answered ${response.status}: ${await response.text()}`);
        return (await response.json()) as Sandbox;
      },
      stop: () => stopProcess(child),
    };
  }
  throw lastError;
}
