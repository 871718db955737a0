// Build times of the SDK and the mock server: clean (a fresh copy of the sources, restore included, NuGet cache warm),
// no-op rebuild with and without the generation targets, and rebuild after the spec changed (a comment appended:
// generation + compile).
// usage: node build.mjs --root <repo> --out build.json [--runs 3] [--smoke]
//   --smoke: one no-op rebuild each way in the repository itself (the harness has just built both projects).
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { root: { type: 'string' }, out: { type: 'string' }, runs: { type: 'string', default: '3' }, smoke: { type: 'boolean', default: false } },
});
const root = resolve(args.root);
const runs = args.smoke ? 1 : Number(args.runs);
// Without generation: src/Generated/CodeGeneration.targets' switch, the same for Kiota and NSwag.
const noGeneration = ['-p:CodeGeneration=false'];
const projects = {
  sdk: { title: 'SDK (src/Extensions, Kiota)', path: 'src/Extensions/LiveChat.Partners.csproj' },
  mock: { title: 'Mock server (tools/LiveChat.Partners.Mock, NSwag)', path: 'tools/LiveChat.Partners.Mock/LiveChat.Partners.Mock.csproj' },
};

function build(tree, project, extra) {
  const started = process.hrtime.bigint();
  try {
    execFileSync('dotnet', ['build', join(tree, project.path), '-c', 'Release', '-nologo', '-v', 'q', ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
  } catch (error) {
    throw new Error(`dotnet build ${project.path} ${extra.join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function freshCopy() {
  const tree = mkdtempSync(join(tmpdir(), 'lcp-build-bench-'));
  const skip = (source) => !/[\\/](bin|obj|node_modules|\.out)([\\/]|$)/.test(source.slice(root.length));
  for (const entry of ['.editorconfig', 'Directory.Build.props', 'Directory.Packages.props', 'global.json', '.config', 'openapi', 'src', 'tools']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(tree, entry), { recursive: true, filter: skip });
  }
  return tree;
}

// A real change: the mock regenerates only when the document's content changes (not on a touch).
function changeSpec(tree) {
  appendFileSync(join(tree, 'openapi/livechat-partners.yaml'), `# build benchmark ${Date.now()}\n`);
}

const results = { mode: args.smoke ? 'smoke' : 'full', runs, projects: {} };
for (const [id, project] of Object.entries(projects)) {
  const r = { title: project.title, clean: [], noopWith: [], noopWithout: [], specChanged: [] };
  results.projects[id] = r;
  if (args.smoke) {
    build(root, project, ['--no-restore']); // settle both ways: the first build with the extra import recompiles
    build(root, project, ['--no-restore', ...noGeneration]);
    r.noopWith.push(build(root, project, ['--no-restore']));
    r.noopWithout.push(build(root, project, ['--no-restore', ...noGeneration]));
  } else {
    for (let i = 0; i < runs; i++) {
      const tree = freshCopy();
      try {
        r.clean.push(build(tree, project, []));
        build(tree, project, ['--no-restore', ...noGeneration]); // settle: the first build with the extra import
        build(tree, project, ['--no-restore']);
        r.noopWith.push(build(tree, project, ['--no-restore']));
        r.noopWithout.push(build(tree, project, ['--no-restore', ...noGeneration]));
        changeSpec(tree);
        r.specChanged.push(build(tree, project, ['--no-restore']));
      } finally {
        rmSync(tree, { recursive: true, force: true });
      }
    }
  }
  process.stderr.write(`build ${id}: ${JSON.stringify(r)}\n`);
}
writeFileSync(args.out, JSON.stringify(results, null, 2));
