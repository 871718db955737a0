// How many transactions the document holds, counted without Dredd: for every operation, each request media type
// (or none) times each response's media types (or one for a response without content). run.sh compares it with
// the number Dredd compiled, so a transaction Dredd silently drops fails CI like one that fails to compile.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const document = parse(readFileSync(process.argv[2], 'utf8'));
const resolve = (node) => {
  let current = node;
  while (current && current.$ref) current = current.$ref.slice(2).split('/').reduce((o, k) => o[k], document);
  return current;
};
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
let total = 0;
for (const item of Object.values(document.paths)) {
  for (const method of methods.filter((m) => item[m])) {
    const operation = item[method];
    const requestTypes = Object.keys(resolve(operation.requestBody)?.content ?? {}).length || 1;
    const responses = Object.values(operation.responses).map(resolve);
    total += requestTypes * responses.reduce((sum, r) => sum + (Object.keys(r.content ?? {}).length || 1), 0);
  }
}
console.log(total);
