// Two builds of our mock under the same load, interleaved run by run (A, B, A, B...), so the machine's state
// weighs on both alike: the before/after of a change to the mock, in one run.
// usage: node versus.mjs --a URL --b URL [--runs 3] [--duration 5]   (A: before, B: after)
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { json } from './json.mjs';

const { values: args } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, runs: { type: 'string', default: '3' }, duration: { type: 'string', default: '5' } },
});
if (!args.a || !args.b) throw new Error('--a and --b are required');

async function prepare(origin) {
  const sandbox = () => json('POST', `${origin}/_mock/sandboxes`);
  const [profile, list, post] = [await sandbox(), await sandbox(), await sandbox()];
  const campaigns = `${origin}/v2/partners/affiliates/livechat/campaigns`;
  for (let i = 0; i < 1000; i += 20) {
    await Promise.all(Array.from({ length: Math.min(20, 1000 - i) }, (_, k) =>
      json('POST', campaigns, { name: `Seeded campaign ${i + k}`, trial_duration: 30 }, list.token)));
  }
  let n = 0;
  return {
    profile: { url: `${origin}/v2/partners`, headers: { authorization: `Bearer ${profile.token}` } },
    list: { url: `${campaigns}/active`, headers: { authorization: `Bearer ${list.token}` } },
    create: {
      url: origin,
      requests: [{
        method: 'POST', path: '/v2/partners/affiliates/livechat/campaigns',
        headers: { authorization: `Bearer ${post.token}`, 'content-type': 'application/json' },
        // Unique names: a taken name is a 409.
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ name: `Load campaign ${n++}`, trial_duration: 30 }) }),
      }],
    },
  };
}

const servers = { before: await prepare(args.a), after: await prepare(args.b) };
const results = {};
for (const row of ['profile', 'create', 'list']) {
  for (let run = 0; run < Number(args.runs); run++) {
    for (const name of ['before', 'after']) {
      const r = await autocannon({ ...servers[name][row], connections: 10, duration: Number(args.duration) });
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name} ${row}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      (results[`${row}:${name}`] ??= []).push(r.requests.average);
    }
  }
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
console.log('| row | before (req/s) | after (req/s) | after ÷ before |\n|---|---|---|---|');
for (const row of ['profile', 'create', 'list']) {
  const before = median(results[`${row}:before`]);
  const after = median(results[`${row}:after`]);
  console.log(`| ${row} | ${before.toFixed(0)} (${results[`${row}:before`].map((v) => v.toFixed(0)).join(', ')}) | ${after.toFixed(0)} (${results[`${row}:after`].map((v) => v.toFixed(0)).join(', ')}) | ${(after / before).toFixed(2)}× |`);
}
