// The list of flow runs: state, current step, a page of its own and Cockpit's view of it; kept fresh
// through GET /watch.

import { cockpitUrl, listRuns } from './api.js';
import { orDash, stateBadge, when } from './format.js';
import { escapeHtml } from './html.js';
import { keepFresh } from './watch.js';

/** Fills the table body now and whenever a run changes; a failure to read the list goes to errorLine. */
export function showRuns(tbody, errorLine) {
  return keepFresh(async () => {
    try {
      render(tbody, await listRuns());
      errorLine.textContent = '';
    } catch (error) {
      errorLine.textContent = `the run list cannot be read: ${error.message}`;
    }
  });
}

function render(tbody, runs) {
  if (runs.length === 0) {
    tbody.innerHTML = '<tr><td colspan="6" class="note">no flow runs yet: submit a flow_run</td></tr>';
    return;
  }
  tbody.innerHTML = runs.map(run => `
    <tr data-name="${escapeHtml(run.name)}" data-state="${escapeHtml(run.state)}">
      <td><a class="run-link" href="run.html?name=${encodeURIComponent(run.name)}">${escapeHtml(run.name)}</a></td>
      <td>${stateBadge(run.state)}</td>
      <td class="current-step">${orDash(run.currentStep)}</td>
      <td>${orDash(run.flow)}</td>
      <td>${when(run.startedAt)}</td>
      <td><a class="cockpit-link" href="${cockpitUrl(run.uuid)}" target="_blank" rel="noopener">Cockpit</a></td>
    </tr>`).join('');
}
