// A flow run's page (run.html?name=...): its picture with the passed and current steps marked, and
// every activation of its steps; kept fresh while the run goes on.

import { cockpitUrl, getRun, runSvg } from './api.js';
import { showNote, showSvg } from './diagram.js';
import { orDash, stateBadge, when } from './format.js';
import { escapeHtml } from './html.js';
import { keepFresh } from './watch.js';

const FINISHED = new Set(['done', 'stopped']);
const $ = id => document.getElementById(id);
const name = new URLSearchParams(location.search).get('name');

async function refresh() {
  try {
    const [run, svg] = await Promise.all([getRun(name), runSvg(name)]);
    showRun(run);
    showSvg($('run-diagram'), svg);
    $('run-error').textContent = '';
    if (FINISHED.has(run.state)) stop();
  } catch (error) {
    $('run-error').textContent = error.message;
  }
}

function showRun(run) {
  document.body.dataset.state = run.state;
  $('run-state').innerHTML = stateBadge(run.state);
  $('run-current').innerHTML = orDash(run.currentStep);
  $('run-flow').innerHTML = orDash(run.flow);
  $('run-started').textContent = when(run.startedAt);
  $('run-ended').textContent = when(run.endedAt);
  $('run-incident').textContent = run.incident ?? '';
  $('cockpit-link').href = cockpitUrl(run.uuid);
  $('activations-body').innerHTML = run.activations.map(a => `
    <tr data-step="${escapeHtml(a.stepName)}" data-done="${a.done}">
      <td class="uuid">${orDash(a.uuid)}</td>
      <td>${escapeHtml(a.stepName)}</td>
      <td>${orDash(a.state)}</td>
      <td>${a.done ? 'yes' : 'waiting'}</td>
      <td class="data">${a.data === undefined || a.data === null ? '–' : escapeHtml(JSON.stringify(a.data))}</td>
      <td>${when(a.startedAt)}</td>
      <td>${when(a.endedAt)}</td>
    </tr>`).join('');
}

let stop = () => {};
if (!name) {
  showNote($('run-diagram'), 'no run named: open this page as run.html?name=RUN');
} else {
  document.title = `${name} · echoer studio`;
  $('run-name').textContent = name;
  stop = keepFresh(refresh, { flowId: name, fallbackMs: 3000 });
}
