// GET /watch: calls back on every event the server announces (it names each SSE event by its type).

const TYPES = ['FLOW_RUN_STARTED', 'STEP_DISPATCHED', 'STEP_ACKNOWLEDGED', 'FLOW_RUN_DONE', 'FLOW_RUN_STOPPED',
  'FLOW_RUN_FAILED'];

/** Subscribes, to one run when flowId is given; returns the function that ends it. */
export function watchEvents(onEvent, flowId) {
  const source = new EventSource(flowId ? `watch?flowId=${encodeURIComponent(flowId)}` : 'watch');
  for (const type of TYPES) {
    source.addEventListener(type, message => onEvent(JSON.parse(message.data)));
  }
  return () => source.close();
}

/**
 * Calls refresh now, after events (several close together count once) and every fallbackMs anyway, in
 * case the stream is down (a proxy that buffers, a restart).
 */
export function keepFresh(refresh, { flowId, fallbackMs = 5000 } = {}) {
  let pending = null;
  const soon = () => {
    if (pending === null) {
      pending = setTimeout(() => {
        pending = null;
        refresh();
      }, 200);
    }
  };
  refresh();
  const stop = watchEvents(soon, flowId);
  const timer = setInterval(refresh, fallbackMs);
  return () => {
    stop();
    clearInterval(timer);
  };
}
