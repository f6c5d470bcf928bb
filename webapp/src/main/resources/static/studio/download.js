// Saves text as a file, from the browser, with no round trip to the server.

export function downloadText(fileName, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started by now; the URL only holds the text in memory
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
