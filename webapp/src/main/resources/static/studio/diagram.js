// Shows an SVG picture from the server in a container, scaled to fit its width.

/** Replaces the container's picture; the SVG is parsed as XML, so nothing in it runs as HTML. */
export function showSvg(container, svgText) {
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (svg.nodeName !== 'svg') {
    showNote(container, 'the server sent a picture that cannot be read');
    return;
  }
  container.replaceChildren(document.importNode(svg, true));
  container.classList.remove('stale');
}

/** A line of text instead of a picture. */
export function showNote(container, text) {
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = text;
  container.replaceChildren(note);
  container.classList.remove('stale');
}

/** Greys the picture out while it no longer matches the text (the text has errors). */
export function markStale(container, stale) {
  container.classList.toggle('stale', stale);
}
