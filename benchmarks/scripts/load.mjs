// The mock servers under load: autocannon on loopback against ours, Prism, WireMock.Net (mappings from the document by
// WireMock.Net.OpenApiParser) and the ceiling (bare Kestrel writing the bytes our mock answered, captured here first),
// same requests, fixed durations and connection counts, then a fixed rate of 1,000 requests/s for the tail latency.
// Writes JSON for report.mjs.
// usage: node load.mjs --ours URL --prism URL --wiremock URL --ceiling URL --out load.json [--smoke]
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { json } from './json.mjs';

const { values: args } = parseArgs({
  options: {
    ours: { type: 'string' },
    prism: { type: 'string' },
    wiremock: { type: 'string' },
    ceiling: { type: 'string' },
    out: { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});
const origins = ['ours', 'prism', 'wiremock', 'ceiling'];
for (const name of [...origins, 'out']) {
  if (!args[name]) throw new Error(`--${name} is required`);
}
for (const url of origins.map((name) => args[name])) {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') throw new Error(`${url} is not a loopback address`);
}

// The smoke run (CI) only shows that every server answers every row: 1-second runs, no warm-up, the fixed rate for ours
// and Prism only.
const settings = args.smoke
  ? { duration: 1, rateDuration: 1, warmup: 0, runs: 1, connections: 10, rate: 1000, campaigns: 1000, rateServers: ['ours', 'prism'] }
  : { duration: 10, rateDuration: 10, warmup: 3, runs: 3, connections: 10, rate: 1000, campaigns: 1000, rateServers: ['ours', 'prism', 'wiremock', 'wiremockBytes', 'ceiling'] };

async function sandbox() {
  return json('POST', `${args.ours}/_mock/sandboxes`);
}

// Our server: one sandbox per scenario, so the POSTs do not grow the list the GETs read.
const profileSandbox = await sandbox();
const listSandbox = await sandbox();
const postSandbox = await sandbox();
const campaignsUrl = `${args.ours}/v2/partners/affiliates/livechat/campaigns`;
for (let i = 0; i < settings.campaigns; i += 20) {
  await Promise.all(Array.from({ length: Math.min(20, settings.campaigns - i) }, (_, k) =>
    json('POST', campaignsUrl, { name: `Seeded campaign ${i + k}`, trial_duration: 30 }, listSandbox.token)));
}
const active = await json('GET', `${campaignsUrl}/active`, undefined, listSandbox.token);

// Prism serves the document's paths below its root (no /v2/partners) and wants a bearer token, any token. WireMock.Net's
// mappings carry the server URL's path (/v2/partners); the ceiling answers at our paths. "wiremockBytes" is the same
// WireMock.Net server answering our captured bytes (a mapping added below, chosen by a header), so its row compares
// serving the same body.
const targets = {
  ours: { origin: args.ours, prefix: '/v2/partners' },
  prism: { origin: args.prism, prefix: '' },
  wiremock: { origin: args.wiremock, prefix: '/v2/partners' },
  wiremockBytes: { origin: args.wiremock, prefix: '/v2/partners', headers: { 'X-Bench-Body': 'captured' } }, // WireMock.Net matches header names case-sensitively
  ceiling: { origin: args.ceiling, prefix: '/v2/partners' },
};
const servers = Object.keys(targets);
let nextName = 0;
const scenarios = [
  { id: 'profile', title: 'GET /v2/partners', method: 'GET', path: '/', token: { ours: profileSandbox.token } },
  {
    id: 'active', title: `GET .../campaigns/active (${active.result.length} campaigns in the sandbox)`, method: 'GET',
    path: '/affiliates/livechat/campaigns/active', token: { ours: listSandbox.token },
  },
  {
    id: 'create', title: 'POST .../campaigns (a new name each)', method: 'POST', path: '/affiliates/livechat/campaigns',
    token: { ours: postSandbox.token }, body: true,
  },
];

// The ceiling writes what our mock answers: each row's answer, captured once from our server (status, Content-Type and
// body bytes as sent; the POST's is one new campaign), then loaded into the ceiling at the same method and path.
async function capture(scenario) {
  const { prefix } = targets.ours;
  const path = prefix + (scenario.path === '/' ? '' : scenario.path);
  const headers = { authorization: `Bearer ${scenario.token.ours}` };
  let body;
  if (scenario.body) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify({ name: `Ceiling capture ${process.pid}`, trial_duration: 30 });
  }
  const answer = await fetch(`${args.ours}${path}`, { method: scenario.method, headers, body });
  const bytes = Buffer.from(await answer.arrayBuffer());
  if (!answer.ok) throw new Error(`capture ${scenario.method} ${path}: ${answer.status} ${bytes}`);
  const query = new URLSearchParams({ method: scenario.method, path, status: String(answer.status) });
  const stored = await fetch(`${args.ceiling}/_ceiling?${query}`, {
    method: 'PUT', headers: { 'content-type': answer.headers.get('content-type') }, body: bytes,
  });
  if (stored.status !== 204) throw new Error(`the ceiling refused the answer to ${scenario.method} ${path}: ${stored.status}`);
  const mapping = {
    Priority: -10,
    Request: { Path: path, Methods: [scenario.method], Headers: [{ Name: 'X-Bench-Body', Matchers: [{ Name: 'ExactMatcher', Pattern: 'captured' }] }] },
    Response: { StatusCode: answer.status, BodyAsBytes: bytes.toString('base64'), Headers: { 'Content-Type': answer.headers.get('content-type') } },
  };
  const added = await fetch(`${args.wiremock}/__admin/mappings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mapping) });
  if (added.status !== 201) throw new Error(`WireMock.Net refused the mapping for ${scenario.method} ${path}: ${added.status} ${await added.text()}`);
  for (const target of ['ceiling', 'wiremockBytes']) { // both answer the captured bytes, or the row would compare other bodies
    const { headers: extra } = targets[target];
    const check = await fetch(`${targets[target].origin}${path}`, { method: scenario.method, headers: { ...headers, ...extra }, body });
    const got = Buffer.from(await check.arrayBuffer());
    if (check.status !== answer.status || !got.equals(bytes)) throw new Error(`${target} does not answer the captured bytes to ${scenario.method} ${path} (${check.status}, ${got.length} bytes)`);
  }
  return bytes.length;
}
for (const scenario of scenarios) {
  scenario.capturedBytes = await capture(scenario);
}

function options(scenario, target, extra) {
  const { origin, prefix } = targets[target];
  const path = prefix + (scenario.path === '/' && prefix ? '' : scenario.path);
  const headers = { authorization: `Bearer ${scenario.token[target] ?? 'prism-accepts-any-token'}`, ...targets[target].headers };
  const request = { method: scenario.method, path, headers };
  if (scenario.body) {
    headers['content-type'] = 'application/json';
    request.setupRequest = (req) => ({
      ...req,
      body: JSON.stringify({ name: `Load ${target} ${process.pid} ${++nextName}`, trial_duration: 30 }),
    });
  }
  return { url: origin, connections: settings.connections, pipelining: 1, requests: [request], ...extra };
}

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(result) {
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    bytesPerResponse: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    duration: result.duration,
  };
}

const results = [];
for (const scenario of scenarios) {
  for (const target of servers) {
    if (settings.warmup > 0) await run(options(scenario, target, { duration: settings.warmup })); // not recorded
  }
  const entry = {
    id: scenario.id, title: scenario.title, capturedBytes: scenario.capturedBytes,
    saturated: Object.fromEntries(servers.map((target) => [target, []])), rate: {},
  };
  for (let i = 0; i < settings.runs; i++) {
    for (const target of servers) {
      const result = summary(await run(options(scenario, target, { duration: settings.duration })));
      entry.saturated[target].push(result);
      process.stderr.write(`${scenario.id} ${target} run ${i + 1}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}\n`);
    }
  }
  for (const target of settings.rateServers) {
    const result = summary(await run(options(scenario, target, { duration: settings.rateDuration, overallRate: settings.rate })));
    entry.rate[target] = result;
    process.stderr.write(`${scenario.id} ${target} at ${settings.rate}/s: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms\n`);
  }
  results.push(entry);
}

for (const s of [profileSandbox, listSandbox, postSandbox]) {
  await json('DELETE', `${args.ours}/_mock/sandboxes/${s.partner_id}`);
}

writeFileSync(args.out, JSON.stringify({ settings, scenarios: results }, null, 2));
