// The mock servers under load: autocannon on loopback against ours and Prism, same requests, fixed durations and
// connection counts, then a fixed rate of 1,000 requests/s for the tail latency. Writes JSON for report.mjs.
// usage: node load.mjs --ours http://127.0.0.1:5181 --prism http://127.0.0.1:4011 --out load.json [--smoke]
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    ours: { type: 'string' },
    prism: { type: 'string' },
    out: { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});
for (const name of ['ours', 'prism', 'out']) {
  if (!args[name]) throw new Error(`--${name} is required`);
}
for (const url of [args.ours, args.prism]) {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') throw new Error(`${url} is not a loopback address`);
}

const settings = args.smoke
  ? { duration: 2, rateDuration: 2, warmup: 1, runs: 1, connections: 10, rate: 1000, campaigns: 1000 }
  : { duration: 10, rateDuration: 10, warmup: 3, runs: 3, connections: 10, rate: 1000, campaigns: 1000 };

async function json(method, url, body, token) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

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

// Prism serves the document's paths below its root (no /v2/partners) and wants a bearer token, any token.
const targets = {
  ours: { origin: args.ours, prefix: '/v2/partners' },
  prism: { origin: args.prism, prefix: '' },
};
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

function options(scenario, target, extra) {
  const { origin, prefix } = targets[target];
  const path = prefix + (scenario.path === '/' && prefix ? '' : scenario.path);
  const headers = { authorization: `Bearer ${scenario.token[target] ?? 'prism-accepts-any-token'}` };
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
  for (const target of ['ours', 'prism']) {
    await run(options(scenario, target, { duration: settings.warmup })); // not recorded
  }
  const entry = { id: scenario.id, title: scenario.title, saturated: { ours: [], prism: [] }, rate: {} };
  for (let i = 0; i < settings.runs; i++) {
    for (const target of ['ours', 'prism']) {
      const result = summary(await run(options(scenario, target, { duration: settings.duration })));
      entry.saturated[target].push(result);
      process.stderr.write(`${scenario.id} ${target} run ${i + 1}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}\n`);
    }
  }
  for (const target of ['ours', 'prism']) {
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
