// A scripted mutation check (issue 15): each mutant of mutants.mjs changes one line of the SDK or the mock server; the
// tests it names must then fail. First a baseline: those tests pass on the code as it is (a mutant "killed" by a test
// that already fails proves nothing). Every mutated file is restored, whatever happens (exit, error, Ctrl-C).
//
//   node tests/Mutations/run.mjs          the CI subset (ci: true)
//   node tests/Mutations/run.mjs --all    every mutant
//   node tests/Mutations/run.mjs --list   the mutants, not run
//
// Exit status: 0 when every mutant run was killed; 1 when one survived, did not compile, or a find text does not occur
// exactly once; 2 when the baseline fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mutants from './mutants.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const chosen = args.has('--all') ? mutants : mutants.filter((m) => m.ci);

if (args.has('--list')) {
  for (const m of mutants) console.log(`${m.ci ? '[ci] ' : '     '}${m.id}: ${m.rule}\n       ${m.file}; ${m.project} (${m.filter})`);
  process.exit(0);
}

const env = { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
const originals = new Map();
function restoreAll() {
  for (const [file, text] of originals) writeFileSync(file, text);
  originals.clear();
}
process.on('exit', restoreAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { restoreAll(); process.exit(130); });

function dotnet(...argv) {
  const result = spawnSync('dotnet', argv, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const build = (project) => dotnet('build', project, '-c', 'Release', '--nologo', '-v', 'q', '-p:CodeGeneration=false');
const test = (project, filter) => {
  const { status, output } = dotnet('test', project, '-c', 'Release', '--no-build', '--nologo', '-v', 'q', '--filter', filter, '--logger', 'console;verbosity=normal');
  // With the console logger at normal verbosity, the summary reads "Total tests: N / Passed: P / Failed: F".
  const count = (label) => Number(output.match(new RegExp(`^\\s+${label}: (\\d+)$`, 'm'))?.[1] ?? 0);
  const failedNames = [...new Set([...output.matchAll(/^\s+Failed ([^\s([]+)/gm)].map((m) => m[1].split('.').pop()))];
  return { status, failed: count('Failed'), passed: count('Passed'), failedNames, output };
};

// Every find text occurs exactly once, checked before anything is built.
let broken = 0;
for (const m of chosen) {
  const text = readFileSync(join(root, m.file), 'utf8');
  const count = text.split(m.find).length - 1;
  if (count !== 1) {
    console.error(`mutant ${m.id}: its find text occurs ${count} times in ${m.file} (must be exactly once): fix tests/Mutations/mutants.mjs`);
    broken++;
  }
}
if (broken) process.exit(1);

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const projects = [...new Set(chosen.map((m) => m.project))];
for (const project of projects) {
  const { status, output } = build(project);
  if (status !== 0) { console.error(`baseline: ${project} does not build\n${output}`); process.exit(2); }
}
for (const m of chosen) {
  const baseline = test(m.project, m.filter);
  if (baseline.status !== 0 || baseline.passed === 0) {
    console.error(`baseline for ${m.id}: ${m.project} (${m.filter}) must pass unmutated, with at least one test (${baseline.passed} passed, ${baseline.failed} failed)\n${baseline.output.slice(-3000)}`);
    process.exit(2);
  }
  console.log(`baseline ${m.id}: ${baseline.passed} tests pass (${seconds()})`);
}

let killed = 0;
let survived = 0;
for (const m of chosen) {
  const file = join(root, m.file);
  const original = readFileSync(file, 'utf8');
  originals.set(file, original);
  writeFileSync(file, original.replace(m.find, m.replace));
  try {
    const compiled = build(m.project);
    if (compiled.status !== 0) {
      console.error(`mutant ${m.id}: does not compile, fix tests/Mutations/mutants.mjs\n${compiled.output.slice(-2000)}`);
      survived++;
      continue;
    }
    const result = test(m.project, m.filter);
    if (result.failed > 0) {
      killed++;
      console.log(`mutant ${m.id}: killed by ${result.failed} tests (${result.failedNames.slice(0, 4).join(', ')}${result.failedNames.length > 4 ? ', ...' : ''}) (${seconds()})`);
    } else {
      survived++;
      console.log(`mutant ${m.id}: SURVIVED: ${m.rule}; ${result.passed} tests of ${m.project} (${m.filter}) still pass`);
    }
  } finally {
    restoreAll();
  }
}

// The projects are left built from the restored sources.
for (const project of projects) build(project);
console.log(`mutants: ${killed} killed, ${survived} survived (${seconds()})`);
process.exit(survived === 0 ? 0 : 1);
