// Small display helpers shared by the run list and the run page.

import { escapeHtml } from './html.js';

/** A run's state as a coloured badge. */
export function stateBadge(state) {
  return `<span class="state state-${escapeHtml(state)}">${escapeHtml(state)}</span>`;
}

/** A server date as local date and time, or a dash. */
export function when(date) {
  return date ? new Date(date).toLocaleString() : '–';
}

/** Text or a dash. */
export function orDash(text) {
  return text === null || text === undefined || text === '' ? '–' : escapeHtml(text);
}
