// Checks that the rendered API reference (docs/api/index.html, built by `npm run docs`) is
// self-contained: it loads no script, style, font, image or frame from the network, carries the
// Content-Security-Policy that makes a browser refuse anything it missed, and has Redoc's telemetry
// off. Exits non-zero and lists every problem otherwise.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'docs/api/index.html';
const html = readFileSync(file, 'utf8');
const problems = [];

const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
if (!csp) problems.push('no Content-Security-Policy meta tag (build with --template docs/api/template.hbs)');
else {
  const policy = csp[1];
  for (const directive of ["default-src 'none'", "connect-src 'none'", 'img-src data: blob:', 'font-src data:']) {
    if (!policy.includes(directive)) problems.push(`the Content-Security-Policy lacks "${directive}"`);
  }
  if (/https?:/.test(policy)) problems.push('the Content-Security-Policy allows a network origin');
}

// Tags that would make the browser fetch something from another host.
const external = [
  [/<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//gi, 'a <script src> on another host (Redoc from its CDN: build with --inlineBundle)'],
  [/<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//gi, 'a <link href> on another host (a style sheet or web font)'],
  [/<(?:img|iframe|source|video|audio|embed|object)\b[^>]*\b(?:src|data)\s*=\s*["']?(?:https?:)?\/\//gi, 'an image, frame or media element on another host'],
  [/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//gi, 'a CSS @import from another host'],
  [/url\(\s*["']?(?:https?:)?\/\/fonts\./gi, 'a web font from another host'],
  [/\bimport\s*(?:\{[^}]*\}\s*from\s*)?["']https?:\/\//g, 'a JavaScript module imported from another host'],
];
for (const [pattern, what] of external) {
  const hits = html.match(pattern);
  if (hits) problems.push(`${what}: ${hits.slice(0, 3).join(' | ')}`);
}

const options = html.match(/const __redoc_options = (\{.*?\});/);
if (!options) problems.push('no __redoc_options: not a Redoc build-docs page?');
else if (JSON.parse(options[1]).disableTelemetry !== true) {
  problems.push('Redoc telemetry is on (build with REDOCLY_TELEMETRY=off)');
}

if (!html.includes('LiveChat Partner Program API')) problems.push('the page does not show the API title');

if (problems.length > 0) {
  console.error(`${file} is not self-contained:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const kib = Math.ceil(Buffer.byteLength(html) / 1024);
console.log(`${file}: self-contained (${kib} KiB, no external script, style, font, image or frame; CSP default-src 'none')`);
