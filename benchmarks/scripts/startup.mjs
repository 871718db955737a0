// Start-up: time from process start to the first 200 on the status endpoint, ours (the built dll, not `dotnet run`)
// and Prism's, several runs each, alternating. Every process started here is stopped here.
// usage: node startup.mjs --mock-dll path/LiveChat.Partners.Mock.dll --prism path/to/prism --spec openapi.yaml --port 5182 --out startup.json [--runs 5]
//        [--single-file path/LiveChat.Partners.Mock]   also the self-contained single-file binary (tools/publish-single-file.sh), a third row
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    'mock-dll': { type: 'string' },
    'single-file': { type: 'string' },
    prism: { type: 'string' },
    spec: { type: 'string' },
    port: { type: 'string', default: '5182' },
    runs: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '60' },
    out: { type: 'string' },
  },
});
const port = Number(args.port);
const runs = Number(args.runs);

function status(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', () => resolve(0));
    request.setTimeout(1000, () => request.destroy());
  });
}

async function measure(name, command, argv, url) {
  const started = process.hrtime.bigint();
  const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DOTNET_NOLOGO: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let exitedEarly = false;
  child.once('exit', () => { exitedEarly = true; });
  const deadline = started + BigInt(Number(args.timeout) * 1e9);
  try {
    for (;;) {
      if ((await status(url)) === 200) return Number(process.hrtime.bigint() - started) / 1e6;
      if (exitedEarly) throw new Error(`${name} exited before answering 200 on ${url}: ${stderr.slice(-2000)}`);
      if (process.hrtime.bigint() > deadline) throw new Error(`${name} did not answer 200 on ${url} within ${args.timeout} s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    if (!exitedEarly) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
  }
}

const servers = {
  ours: () => measure('the mock server', 'dotnet', [args['mock-dll'], '--urls', `http://127.0.0.1:${port}`],
    `http://127.0.0.1:${port}/v2/partners/status`),
  'single-file': () => measure('the single-file mock', args['single-file'], ['--urls', `http://127.0.0.1:${port}`],
    `http://127.0.0.1:${port}/v2/partners/status`),
  prism: () => measure('Prism', process.execPath, [args.prism, 'mock', '-h', '127.0.0.1', '-p', String(port), args.spec],
    `http://127.0.0.1:${port}/status`),
};

const names = args['single-file'] ? ['ours', 'single-file', 'prism'] : ['ours', 'prism'];
const results = { runs, ...Object.fromEntries(names.map((name) => [name, []])) };
for (let i = 0; i < runs; i++) {
  for (const name of names) {
    const ms = await servers[name]();
    results[name].push(ms);
    process.stderr.write(`start-up ${name} run ${i + 1}: ${ms.toFixed(0)} ms\n`);
  }
}
writeFileSync(args.out, JSON.stringify(results, null, 2));
