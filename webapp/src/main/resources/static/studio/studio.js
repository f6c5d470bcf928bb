// The studio page: wires the editor to live checking, the diagram preview, submitting, the BPMN
// download and the run list.

import { ApiError, checkFsl, previewSvg, submitFsl } from './api.js';
import { markStale, showNote, showSvg } from './diagram.js';
import { showDiagnostics } from './diagnostics.js';
import { downloadText } from './download.js';
import { Editor } from './editor.js';
import { escapeHtml } from './html.js';
import { showRuns } from './runs.js';

const DRAFT_KEY = 'echoer.studio.draft';
const CHECK_DELAY_MS = 300;
const STARTER = `# FSL is checked as you type; Submit deploys the whole document (a flow_run starts at once).
action ci
    addr = "http://localhost:18080/ci";
    method = http;
    args = (str project);
    return = (SUCCESS | FAIL);
action_end
/
flow build
    step A => (SUCCESS->done | FAIL->A) { action = ci; };
flow_end
/
`;

const $ = id => document.getElementById(id);
const elements = {
  status: $('check-status'),
  diagnostics: $('diagnostics'),
  diagram: $('diagram'),
  flowSelect: $('flow-select'),
  download: $('download'),
  submit: $('submit'),
  result: $('submit-result'),
  runs: $('runs-body'),
  runsError: $('runs-error'),
};

const editor = new Editor($('editor'), {
  onChange: text => {
    localStorage.setItem(DRAFT_KEY, text);
    scheduleCheck();
  },
});

let processes = [];
let chosenFlow = null; // kept while the text has errors and no flows, so the same one comes back
let checkTimer = null;
let checks = 0; // answers to older checks than the latest are dropped

function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, CHECK_DELAY_MS);
}

async function check() {
  const seq = ++checks;
  const text = editor.value;
  setStatus('busy', 'checking…');
  try {
    const result = await checkFsl(text);
    if (seq !== checks) return;
    setStatus(result.valid ? 'ok' : 'errors', showProblems(result.diagnostics));
    processes = result.valid ? result.processes : [];
    fillFlowSelect();
    if (!result.valid) {
      markStale(elements.diagram, true);
    } else if (processes.length === 0) {
      showNote(elements.diagram, 'no flow or flow_run in the document yet');
    } else {
      await drawPreview(seq, text);
    }
  } catch (error) {
    if (seq === checks) setStatus('failed', error.message);
  }
}

/** Marks the editor and fills the list; returns the summary line. */
function showProblems(diagnostics) {
  editor.mark(diagnostics);
  return showDiagnostics(elements.diagnostics, diagnostics, (line, column) => editor.goTo(line, column));
}

async function drawPreview(seq, text) {
  try {
    const svg = await previewSvg(text, elements.flowSelect.value);
    if (seq === checks) showSvg(elements.diagram, svg);
  } catch (error) {
    if (seq === checks) showNote(elements.diagram, error.message);
  }
}

function fillFlowSelect() {
  elements.flowSelect.innerHTML = processes
    .map(p => `<option value="${escapeHtml(p.name)}">${escapeHtml(p.name)}</option>`).join('');
  if (processes.some(p => p.name === chosenFlow)) {
    elements.flowSelect.value = chosenFlow;
  }
  elements.flowSelect.hidden = processes.length < 2;
  elements.download.disabled = processes.length === 0;
}

function setStatus(state, text) {
  elements.status.dataset.state = state;
  elements.status.textContent = text;
}

function selectedProcess() {
  return processes.find(p => p.name === elements.flowSelect.value) ?? processes[0];
}

async function submit() {
  elements.submit.disabled = true;
  elements.result.className = 'result';
  elements.result.textContent = 'submitting…';
  try {
    const answer = await submitFsl(editor.value);
    const done = answer.statements.map(s => `${s.status} ${s.kind} ${s.name}`).join(', ');
    const warnings = answer.warnings.length ? ` (${answer.warnings.length} warning(s))` : '';
    elements.result.className = 'result ok';
    elements.result.textContent = `OK: ${done}${warnings}`;
  } catch (error) {
    elements.result.className = 'result failed';
    elements.result.textContent = error.message;
    if (error instanceof ApiError && Array.isArray(error.body.diagnostics)) {
      setStatus('errors', showProblems(error.body.diagnostics));
    }
  } finally {
    elements.submit.disabled = false;
  }
}

elements.submit.addEventListener('click', submit);
document.addEventListener('keydown', event => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !elements.submit.disabled) {
    event.preventDefault();
    submit();
  }
});
elements.flowSelect.addEventListener('change', () => {
  chosenFlow = elements.flowSelect.value;
  drawPreview(checks, editor.value);
});
elements.download.addEventListener('click', () => {
  const process = selectedProcess();
  if (process) downloadText(`${process.processId}.bpmn`, process.bpmn, 'application/xml');
});

editor.value = localStorage.getItem(DRAFT_KEY) ?? STARTER;
check();
showRuns(elements.runs, elements.runsError);
