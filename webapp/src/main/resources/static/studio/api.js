// echoer's REST API as the studio uses it. Paths are relative, so the page works under any context path.

/** A request the server refused: the status and its error JSON ({error, message, line, column, diagnostics}). */
export class ApiError extends Error {
  constructor(status, body) {
    super(describe(status, body));
    this.status = status;
    this.body = body ?? {};
  }
}

function describe(status, body) {
  const where = body?.line ? ` (line ${body.line}, column ${body.column})` : '';
  return `${status} ${body?.error ?? 'error'}: ${body?.message ?? 'no message'}${where}`;
}

async function send(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'text/plain;charset=UTF-8';
    init.body = body;
  }
  const response = await fetch(path, init);
  if (!response.ok) {
    throw new ApiError(response.status, await jsonOrText(response));
  }
  return response;
}

async function jsonOrText(response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { message: text || response.statusText };
  }
}

/** POST /fsl/check: {valid, diagnostics, processes: [{name, processId, bpmn}]}; deploys nothing. */
export async function checkFsl(fsl) {
  return (await send('POST', 'fsl/check', fsl)).json();
}

/** POST /fsl/svg: the picture of one flow of a document not yet submitted. */
export async function previewSvg(fsl, name) {
  const query = name ? `?name=${encodeURIComponent(name)}` : '';
  return (await send('POST', `fsl/svg${query}`, fsl)).text();
}

/** POST /fsl: the whole document, deployed all or nothing: {statements, warnings}. */
export async function submitFsl(fsl) {
  return (await send('POST', 'fsl', fsl)).json();
}

/** GET /flowrun: the most recent runs first. */
export async function listRuns(size = 50) {
  return (await send('GET', `flowrun?size=${size}`)).json();
}

/** GET /flowrun/{name}: state, current step, activations. */
export async function getRun(name) {
  return (await send('GET', `flowrun/${encodeURIComponent(name)}`)).json();
}

/** GET /flowrun/{name}/svg: the run's picture, passed and current steps marked. */
export async function runSvg(name) {
  return (await send('GET', `flowrun/${encodeURIComponent(name)}/svg`)).text();
}

/** Where Cockpit shows a run (the process instance id is the run's uuid). */
export function cockpitUrl(processInstanceId) {
  return `camunda/app/cockpit/default/#/process-instance/${encodeURIComponent(processInstanceId)}`;
}
