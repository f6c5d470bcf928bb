// The FSL editor: a plain textarea for typing, a line-number gutter beside it and a coloured copy of
// the text underneath it (the textarea's own text is transparent), so the browser keeps doing the
// editing, selection, undo and clipboard.

import { highlightLines } from './highlight.js';
import { escapeHtml } from './html.js';

const SEVERITY_ORDER = ['warning', 'error'];

export class Editor {
  /** @param onChange called with the text after every edit */
  constructor(host, { onChange = () => {} } = {}) {
    host.classList.add('editor');
    host.innerHTML = `
      <div class="gutter" aria-hidden="true"><div class="gutter-lines"></div></div>
      <div class="code">
        <div class="colours" aria-hidden="true"><div class="colour-lines"></div></div>
        <textarea spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off"
                  aria-label="FSL document"></textarea>
      </div>`;
    this.textarea = host.querySelector('textarea');
    this.gutter = host.querySelector('.gutter-lines');
    this.colours = host.querySelector('.colour-lines');
    this.marks = [];
    this.textarea.addEventListener('input', () => {
      this.render();
      onChange(this.value);
    });
    this.textarea.addEventListener('scroll', () => this.followScroll());
    this.textarea.addEventListener('keydown', event => this.insertTab(event));
  }

  get value() {
    return this.textarea.value;
  }

  set value(text) {
    this.textarea.value = text;
    this.render();
  }

  /** Marks the lines of these diagnostics ({line, column, severity, message}); [] clears them. */
  mark(diagnostics) {
    this.marks = diagnostics;
    this.render();
  }

  /** Puts the caret at a 1-based line and column and brings it into view. */
  goTo(line, column) {
    const lines = this.value.split('\n');
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) {
      offset += lines[i].length + 1;
    }
    offset += Math.max(0, column - 1);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 18;
    this.textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
    this.followScroll();
  }

  render() {
    const lines = highlightLines(this.value);
    const byLine = marksByLine(this.marks);
    this.gutter.innerHTML = lines.map((_, i) => {
      const mark = byLine.get(i + 1);
      return mark
        ? `<div class="${mark.severity}" title="${escapeHtml(mark.messages.join('\n'))}">${i + 1}</div>`
        : `<div>${i + 1}</div>`;
    }).join('');
    this.colours.innerHTML = lines.map((tokens, i) => {
      const mark = byLine.get(i + 1);
      const html = tokens.map(token => tokenHtml(token, mark)).join('');
      return `<div class="line${mark ? ' ' + mark.severity : ''}">${html || ' '}</div>`;
    }).join('');
    this.followScroll();
  }

  /** The coloured copy and the gutter move with the textarea. */
  followScroll() {
    const { scrollTop, scrollLeft } = this.textarea;
    this.colours.style.transform = `translate(${-scrollLeft}px, ${-scrollTop}px)`;
    this.gutter.style.transform = `translateY(${-scrollTop}px)`;
  }

  /** Tab indents instead of leaving the editor (Shift+Tab still leaves, for keyboard users). */
  insertTab(event) {
    if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    // insertText keeps the browser's undo history; it announces the input itself
    if (!document.execCommand('insertText', false, '\t')) {
      this.textarea.setRangeText('\t', this.textarea.selectionStart, this.textarea.selectionEnd, 'end');
      this.textarea.dispatchEvent(new Event('input'));
    }
  }
}

function marksByLine(diagnostics) {
  const byLine = new Map();
  for (const d of diagnostics) {
    const severity = String(d.severity).toLowerCase();
    const mark = byLine.get(d.line) ?? { severity, messages: [], columns: [] };
    if (SEVERITY_ORDER.indexOf(severity) > SEVERITY_ORDER.indexOf(mark.severity)) {
      mark.severity = severity;
    }
    mark.messages.push(d.message);
    mark.columns.push(d.column);
    byLine.set(d.line, mark);
  }
  return byLine;
}

function tokenHtml(token, mark) {
  const at = mark && mark.columns.some(c => c >= token.column && c < token.column + token.text.length);
  const classes = [`t-${token.kind}`, at ? 'marked' : ''].filter(Boolean).join(' ');
  return token.kind === 'space' && !at
    ? escapeHtml(token.text)
    : `<span class="${classes}">${escapeHtml(token.text)}</span>`;
}
