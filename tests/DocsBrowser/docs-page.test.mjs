// The mock's /docs page in a real headless browser (Debian's chromium, never a downloaded one), with
// every request that does not go to loopback refused: the reference renders every operation of the
// document the mock serves, loads nothing from elsewhere, breaks no Content-Security-Policy rule, and its
// "Test Request" reaches the mock itself. Writes artifacts/docs-screenshot.png.
//
//   node --test tests/DocsBrowser/    (after `dotnet build tools/LiveChat.Partners.Mock -c Release`)
//
// MOCK_URL=http://127.0.0.1:5080 runs it against a mock already running; CHROMIUM overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mockDll = join(root, 'tools/LiveChat.Partners.Mock/bin/Release/net10.0/LiveChat.Partners.Mock.dll');
const screenshot = join(root, 'artifacts/docs-screenshot.png');
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

let mock, baseUrl, browser, profile, page, operations;
const anchors = new Map(); // "GET /status" -> the id of that operation's section
const requests = [];
const refused = [];
const consoleProblems = [];

/** A free loopback port, for a mock this test starts itself. */
const freePort = () => new Promise((done, fail) => {
  const server = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => done(port));
  });
});

async function startMock() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [mockDll, '--urls', url], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the mock exited with ${child.exitCode} (built? ${mockDll})`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { child, url };
    } catch { /* not listening yet */ }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill();
  throw new Error('the mock did not answer /health within 15 s');
}

before(async () => {
  if (process.env.MOCK_URL) baseUrl = process.env.MOCK_URL.replace(/\/$/, '');
  else ({ child: mock, url: baseUrl } = await startMock());

  // Every operation of the document the mock serves (the page reads the same URL).
  const document = parse(await (await fetch(`${baseUrl}/docs/livechat-partners.yaml`)).text());
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    methods.filter((method) => item[method]).map((method) => ({ method: method.toUpperCase(), path, ...item[method] })));

  profile = mkdtempSync(join(tmpdir(), 'docs-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Below the page's own interception: names other than localhost resolve nowhere, and anything
      // not bypassed as loopback goes to a proxy port where nothing listens.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
  await browser.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (loopback.has(url.hostname)) return route.continue();
    refused.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  browser.on('request', (request) => requests.push(request.url()));
  // Every CSP violation reaches the page as an event: pass each one to the console, where it is recorded.
  await browser.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) =>
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}`)));
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // The one refusal the page is built to expect: Zod (inside scalar.js) probes with `Function('')`
    // whether it may compile validators, and works without when the policy says no (no 'unsafe-eval').
    if (message.text() === `CSP violation: script-src blocked eval in ${baseUrl}/docs/scalar.js`) return;
    consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
  await page.goto(`${baseUrl}/docs`, { waitUntil: 'networkidle' });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  mock?.kill();
});

test('the reference shows every operation of the document the mock serves', async (t) => {
  assert.ok(operations.length > 0, 'the served document has no operation');
  // Scalar gives each operation's section an id ".../tag/<tag>/<METHOD><path>"; wait until as many are there.
  await page.waitForFunction((count) => [...document.querySelectorAll('[id*="/tag/"]')]
    .filter((element) => /\/tag\/[^/]+\/[A-Z]+\//.test(element.id)).length >= count, operations.length, { timeout: 15000 })
    .catch(() => { /* the comparison below names what is missing */ });
  const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
  for (const id of ids) {
    const match = id.match(/\/tag\/[^/]+\/([A-Z]+)(\/.*)$/);
    if (match) anchors.set(`${match[1]} ${match[2]}`, id);
  }
  const rendered = new Set(anchors.keys());
  const missing = operations.filter((op) => !rendered.has(`${op.method} ${op.path}`)).map((op) => `${op.method} ${op.path} (${op.operationId})`);
  assert.deepEqual(missing, [], `operations not on the page: ${missing.join(', ')}`);
  assert.equal(rendered.size, operations.length, 'the page shows operations the document does not have');

  // Each operation is listed by its summary (the sidebar: every tag is open).
  const text = await page.evaluate(() => document.body.innerText);
  const unnamed = operations.filter((op) => !text.includes(op.summary)).map((op) => op.operationId);
  assert.deepEqual(unnamed, [], `summaries not on the page: ${unnamed.join(', ')}`);
  assert.match(text, /LiveChat Partner Program API/);
  t.diagnostic(`${operations.length} operations in the document, ${rendered.size} on the page`);

  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
});

test('"Test Request" sends the request to the mock itself', async () => {
  const status = operations.find((op) => op.method === 'GET' && op.path === '/status');
  assert.ok(status, 'the document has no GET /status');
  const id = anchors.get(`${status.method} ${status.path}`);
  assert.ok(id, 'GET /status is not on the page');
  const section = page.locator(`[id="${id}"]`);
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: /Test Request/ }).first().click();
  const answer = page.waitForResponse((response) => response.url() === `${baseUrl}/v2/partners${status.path}`);
  await page.getByRole('button', { name: new RegExp(`Send ${status.method.toLowerCase()} request to`) }).first().click();
  const response = await answer;
  assert.equal(response.status(), 200);
  assert.deepEqual(await response.json(), { status: 'ok' });
});

test('no request left loopback and the page broke no policy', async () => {
  assert.deepEqual(refused, [], `requests to other hosts: ${refused.join(', ')}`);
  const outside = requests.filter((url) => !loopback.has(new URL(url).hostname));
  assert.deepEqual(outside, []);
  assert.ok(requests.some((url) => url.endsWith('/docs/livechat-partners.yaml')), 'the page did not read the mock\'s document');
  assert.deepEqual(consoleProblems, [], `console errors or warnings: ${consoleProblems.join(' | ')}`);
});
