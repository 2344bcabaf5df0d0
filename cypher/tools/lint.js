// Checks every Cypher file of this folder (and the Bloom search phrases, and any extra .cypher files
// given as arguments, e.g. an exported graph.cypher) with Neo4j's own Cypher 5 parser and semantic
// analysis, without a server. Needs the npm package @neo4j-cypher/language-support:
//   npm install --prefix /tmp/cypher-lint @neo4j-cypher/language-support@2.0.0-next.38
//   NODE_PATH=/tmp/cypher-lint/node_modules node cypher/tools/lint.js [extra.cypher ...]
// Exits 1 when any statement has a diagnostic. Parameters are not checked here (the unit tests
// check that the store binds exactly the parameters each file uses). Neo4j 4.4 is not covered.
const { lintCypherQuery } = require('@neo4j-cypher/language-support');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const walk = dir => fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
  entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [path.join(dir, entry.name)] : []);

const ontology = JSON.parse(fs.readFileSync(path.join(root, '../src/GraphNews.Domain/Ontology/relations.json'), 'utf8')
  .replace(/^\s*\/\/.*$/gm, ''));
const queries = [];
for (const file of [...walk(root), ...process.argv.slice(2)]) {
  const text = fs.readFileSync(file, 'utf8');
  if (text.includes('__TYPE__')) {
    for (const type of ontology.types) queries.push([`${path.relative(root, file)} [${type.name}]`, text.replaceAll('__TYPE__', type.name)]);
  } else {
    queries.push([path.relative(root, file), text]);
  }
}

const perspective = JSON.parse(fs.readFileSync(path.join(root, 'bloom/graphnews.perspective.json'), 'utf8'));
for (const template of perspective.templates) queries.push([`bloom: ${template.text}`, template.cypher]);

let failures = 0;
for (const [name, text] of queries) {
  const result = lintCypherQuery(text, {});
  const diagnostics = (result.diagnostics ?? result).filter(d => !/^Parameter \$\w+ is not defined/.test(d.message));
  console.log(`${diagnostics.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  for (const d of diagnostics) console.log(`     ${d.message.replace(/\s+/g, ' ')}`);
  failures += diagnostics.length > 0 ? 1 : 0;
}

console.log(`${queries.length - failures} passed, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);
