// Lints every .cypher statement the project ships with Neo4j's own semantic analyser, offline, in one process
// (importing the analyser takes seconds; each statement then takes ~0.1 s).
//
//   node lint.mjs [--schema graph-schema.json] [file-or-directory ...]
//
// Defaults: the schema, the statements under src/Prosopograph.Graph.Neo4j/Cypher, and the ```cypher examples in
// docs/*.md (researchers paste those into Browser, so they ship too; :param lines are allowed there). Labels, relationship types and
// property keys come from the schema file, so a misspelt one is reported; so are syntax errors, undefined
// variables, type errors, unknown functions or procedures and wrong YIELD columns. Every diagnostic counts,
// warnings included, except "parameter not given" (parameters are bound at run time). A file must hold
// exactly one statement. Exit code: 0 clean, 1 problems found, 2 usage error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNotParamError, lintCypherQuery, parseStatementsStrs, testData } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const cypherRoot = resolve(here, '../../src/Prosopograph.Graph.Neo4j/Cypher');
const docsRoot = resolve(here, '../../docs');

function parseArguments(argv) {
  const options = { schema: join(cypherRoot, 'graph-schema.json'), paths: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--schema') {
      options.schema = resolve(argv[++i] ?? '');
    } else {
      options.paths.push(resolve(argv[i]));
    }
  }
  if (options.paths.length === 0) {
    options.paths.push(cypherRoot, docsRoot);
  }
  return options;
}

function cypherFiles(path) {
  if (!statSync(path).isDirectory()) {
    return [path];
  }
  return readdirSync(path, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() || entry.name.endsWith('.cypher') || entry.name.endsWith('.md') ? cypherFiles(join(path, entry.name)) : []))
    .sort();
}

function loadSchema(path) {
  const declared = JSON.parse(readFileSync(path, 'utf8'));
  // The built-in function and procedure signatures ship with the package only as its test catalogue
  // (testData.mockSchema, which also holds APOC core). Without them every call would be "unknown".
  const catalogue = testData.mockSchema;
  return {
    labels: declared.labels,
    relationshipTypes: declared.relationshipTypes,
    propertyKeys: declared.propertyKeys,
    functions: catalogue.functions,
    procedures: catalogue.procedures,
    defaultLanguage: declared.defaultLanguage ?? 'CYPHER 5',
  };
}

function lintStatement(text, schema, consoleCommandsEnabled, lineOffset) {
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled });
  return diagnostics.filter(isNotParamError).map((d) => ({
    line: d.range.start.line + lineOffset,
    character: d.range.start.character,
    severity: d.severity === 1 ? 'error' : 'warning',
    message: d.message,
  }));
}

function lintFile(file, schema) {
  const text = readFileSync(file, 'utf8');
  const problems = [];
  const statements = parseStatementsStrs(text);
  if (statements.length !== 1) {
    problems.push({ line: 0, character: 0, severity: 'error', message: `expected exactly one statement, found ${statements.length}` });
  }
  return problems.concat(lintStatement(text, schema, false, 0));
}

// The ```cypher blocks of a Markdown file, each with the line it starts on (0-based, after the fence).
function examples(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '```cypher') {
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end].trim() !== '```') end++;
      blocks.push({ line: start, text: lines.slice(start, end).join('\n') });
      i = end;
    }
  }
  return blocks;
}

function lintDocument(file, schema) {
  const blocks = examples(readFileSync(file, 'utf8'));
  return { count: blocks.length, problems: blocks.flatMap((b) => lintStatement(b.text, schema, true, b.line)) };
}

const options = parseArguments(process.argv.slice(2));
let schema;
let files;
try {
  schema = loadSchema(options.schema);
  files = options.paths.flatMap(cypherFiles);
} catch (e) {
  console.error(`cypher-lint: ${e.message}`);
  process.exit(2);
}

let count = 0;
let statementFiles = 0;
let documents = 0;
let exampleCount = 0;
for (const file of files) {
  let problems;
  if (file.endsWith('.md')) {
    const linted = lintDocument(file, schema);
    if (linted.count === 0) continue;
    documents++;
    exampleCount += linted.count;
    problems = linted.problems;
  } else {
    statementFiles++;
    problems = lintFile(file, schema);
  }
  for (const p of problems) {
    count++;
    console.log(`${relative(process.cwd(), file)}:${p.line + 1}:${p.character + 1}: ${p.severity}: ${p.message}`);
  }
}
console.log(`cypher-lint: ${statementFiles} files, ${exampleCount} examples in ${documents} documents, ${count} problems`);
process.exit(count === 0 ? 0 : 1);
