// The list of problems under the editor; clicking one puts the caret where it is.

import { escapeHtml } from './html.js';

/** Fills the list and returns a one-line summary ("2 errors, 1 warning"). */
export function showDiagnostics(list, diagnostics, goTo) {
  list.innerHTML = diagnostics.map(d => {
    const severity = String(d.severity).toLowerCase();
    return `<li class="${severity}" data-line="${d.line}" data-column="${d.column}" title="go to line ${d.line}">`
      + `<span class="position">${d.line}:${d.column}</span> <span class="severity">${severity}</span> `
      + `<span class="message">${escapeHtml(d.message)}</span></li>`;
  }).join('');
  list.hidden = diagnostics.length === 0;
  list.querySelectorAll('li').forEach(item => item.addEventListener('click',
    () => goTo(Number(item.dataset.line), Number(item.dataset.column))));
  return summary(diagnostics);
}

function summary(diagnostics) {
  const count = severity => diagnostics.filter(d => String(d.severity).toLowerCase() === severity).length;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = count('error');
  const warnings = count('warning');
  if (errors === 0 && warnings === 0) {
    return 'no problems';
  }
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}
