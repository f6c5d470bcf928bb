// Validates Camunda 7 element templates against the element templates JSON schema, as Camunda Modeler
// does when it loads resources/element-templates.
// usage: node validate-templates.js DIR|FILE...   exit 0: all valid, 1: invalid, 2: bad usage
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { validate } = require('@bpmn-io/element-templates-validator');

function jsonFiles(target) {
  if (fs.statSync(target).isDirectory()) {
    return fs.readdirSync(target).sort().flatMap(name => jsonFiles(path.join(target, name)));
  }
  return target.endsWith('.json') ? [ target ] : [];
}

const args = process.argv.slice(2);
const files = args.flatMap(jsonFiles);
if (files.length === 0) {
  console.error('usage: node validate-templates.js DIR|FILE... (no .json files in ' + args.join(', ') + ')');
  process.exit(2);
}
let invalid = 0;
for (const file of files) {
  const { valid, errors } = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!valid) {
    invalid++;
    for (const error of errors) {
      console.log(`${file}: ${error.dataPath || error.instancePath || '/'}: ${error.message}`);
    }
  }
}
console.log(`element templates: ${files.length} files, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
