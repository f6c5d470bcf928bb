// Lints BPMN files with bpmnlint as Camunda Modeler does (.bpmnlintrc beside this file) and fails on every
// error and on every warning docs/fsl.md does not explain ("The BPMN it becomes").
// usage: node lint-bpmn.js DIR|FILE...   exit 0: clean, 1: problems, 2: bad usage
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { BpmnModdle } = require('bpmn-moddle');
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const config = JSON.parse(fs.readFileSync(path.join(__dirname, '.bpmnlintrc'), 'utf8'));

// Warnings on purpose, each with the test that tells it is one of those docs/fsl.md describes.
const explained = {
  // a step entered from several places (a loop, several steps before it) or a `done` several steps reach:
  // no merge gateway in front of it
  'fake-join': () => true,
  // a step whose one transition leads back to itself keeps its gateway, with one unconditional, labelled way out
  'superfluous-gateway': (element) => isOneWaySelfLoopGateway(element),
  'superfluous-label': (element) => element.sourceRef && isOneWaySelfLoopGateway(element.sourceRef)
};

function isOneWaySelfLoopGateway(gateway) {
  const incoming = gateway.incoming || [];
  const outgoing = gateway.outgoing || [];
  return gateway.$type === 'bpmn:ExclusiveGateway' && incoming.length === 1 && outgoing.length === 1
    && incoming[0].sourceRef === outgoing[0].targetRef;
}

function bpmnFiles(target) {
  if (!fs.existsSync(target)) {
    throw new Error(target + ': no such file or directory');
  }
  if (fs.statSync(target).isDirectory()) {
    return fs.readdirSync(target).sort().flatMap(name => bpmnFiles(path.join(target, name)));
  }
  return target.endsWith('.bpmn') ? [ target ] : [];
}

function byId(root) {
  const elements = new Map();
  const visit = (element) => {
    if (!element || typeof element !== 'object' || elements.has(element.id)) {
      return;
    }
    if (element.id) {
      elements.set(element.id, element);
    }
    (element.rootElements || []).forEach(visit);
    (element.flowElements || []).forEach(visit);
  };
  visit(root);
  return elements;
}

async function lintFile(file, moddle) {
  // a linter per file: some rules keep what they saw between the elements of one run
  const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
  const problems = warnings.map(w => ({ rule: 'import', id: w.element && w.element.id, category: 'error', message: w.message }));
  const elements = byId(rootElement);
  const linter = new Linter({ config, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  let explainedWarnings = 0;
  for (const [ rule, entries ] of Object.entries(reports)) {
    for (const entry of entries) {
      const isExplained = entry.category === 'warn' && explained[rule] && explained[rule](elements.get(entry.id) || {});
      if (isExplained) {
        explainedWarnings++;
      } else {
        problems.push({ rule, id: entry.id, category: entry.category, message: entry.message });
      }
    }
  }
  return { problems, explainedWarnings };
}

async function main(args) {
  if (args.length === 0) {
    console.error('usage: node lint-bpmn.js DIR|FILE...');
    return 2;
  }
  const files = args.flatMap(bpmnFiles);
  if (files.length === 0) {
    console.error('no .bpmn files in ' + args.join(', '));
    return 2;
  }
  const moddle = new BpmnModdle({ camunda });
  let failed = 0;
  let explainedWarnings = 0;
  for (const file of files) {
    const result = await lintFile(file, moddle);
    explainedWarnings += result.explainedWarnings;
    for (const p of result.problems) {
      failed++;
      console.log(`${file}: ${p.id || '-'}: ${p.category} ${p.rule}: ${p.message}`);
    }
  }
  console.log(`bpmnlint: ${files.length} files, ${failed} unexplained problems, ${explainedWarnings} warnings docs/fsl.md explains`);
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(code => process.exit(code), error => {
  console.error(error && error.stack || error);
  process.exit(2);
});
