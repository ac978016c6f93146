// The notice engine, run in a worker (web/render-worker.js) so that writing the notices never
// blocks the page: sheet objects in, parsed results out, as promises. There is no in-page
// fallback: every browser that runs this page's ES modules and WebAssembly also runs module
// workers, and one path is one path to test.
//
// Requests go to the worker one at a time, each in a lane ('render', 'check', 'plan'). A
// request still waiting when a newer one of its lane arrives is dropped unsent, and an answer
// to a request that a newer one of its lane has since replaced is dropped on arrival: both
// resolve to null. So a burst of keystrokes costs the worker one render, not one each, and
// only the latest edit's result reaches the page.

// The page's CSP requires Trusted Types for script URLs too (a Worker's is one); this policy
// lets exactly the engine's own worker through.
const WORKER_URL = new URL('./render-worker.js', import.meta.url).href;
const workerPolicy = globalThis.trustedTypes?.createPolicy('noticekit-worker', {
  createScriptURL: (url) => {
    if (url !== WORKER_URL) throw new TypeError(`not the engine's worker: ${url}`);
    return url;
  },
});

let started = null;
let engineWorker = null;

/** The engine, started once: the first call starts the worker, later calls share it. */
export function loadEngine() {
  if (!started) {
    started = startEngine();
    // The page may ask for it only later; a failure is reported to whoever asks then.
    started.catch(() => {});
  }
  return started;
}

// index.html loads this module on its own, ahead of the page's others: the worker fetches and
// compiles the engine while they load.
loadEngine();

/**
 * Tells the engine the sheet the page will first ask about, before the engine is ready: the
 * worker fetches that sheet's languages while the module and the page load. Answers nothing.
 */
export function expectSheet(sheet, options = {}) {
  loadEngine();
  engineWorker.postMessage({ op: 'expect', sheet: JSON.stringify(sheet), options: JSON.stringify(options) });
}

function startEngine() {
  const worker = new Worker(workerPolicy ? workerPolicy.createScriptURL(WORKER_URL) : WORKER_URL, { type: 'module' });
  engineWorker = worker;
  const latest = new Map();  // lane → id of its newest request
  const waiting = [];        // {id, lane, message, resolve, reject}, not yet sent
  const answers = new Map(); // id → the sent request awaiting its answer
  let busy = false;
  let nextId = 1;
  let info = null;

  function sendNext() {
    if (busy || !info) return;
    const request = waiting.shift();
    if (!request) return;
    busy = true;
    answers.set(request.id, request);
    worker.postMessage(request.message);
  }

  function ask(lane, op, sheet, options) {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      latest.set(lane, id);
      const older = waiting.findIndex((request) => request.lane === lane);
      if (older >= 0) waiting.splice(older, 1)[0].resolve(null);
      waiting.push({ id, lane, resolve, reject,
        message: { id, op, sheet: JSON.stringify(sheet), options: JSON.stringify(options) } });
      sendNext();
    });
  }

  // A worker that dies takes every open request with it: each is rejected, none hangs.
  function failAll(error) {
    for (const request of [...waiting.splice(0), ...answers.values()]) request.reject(error);
    answers.clear();
    busy = false;
  }

  const ready = new Promise((resolve, reject) => {
    worker.addEventListener('error', (event) => {
      const error = new Error(event.message || 'the engine worker stopped');
      reject(error);
      failAll(error);
    });
    worker.addEventListener('message', (event) => {
      const data = event.data;
      if (data.ready) {
        info = data.ready;
        resolve();
        sendNext();
        return;
      }
      if (data.failed) {
        reject(new Error(data.failed));
        return;
      }
      const request = answers.get(data.id);
      if (!request) return;
      answers.delete(data.id);
      busy = false;
      if (data.error !== undefined) request.reject(new Error(data.error));
      else request.resolve(latest.get(request.lane) === request.id ? JSON.parse(data.json) : null);
      sendNext();
    });
  });

  return ready.then(() => ({
    version: () => info.version,
    /** {outputs:[…], findings:[…]} for a sheet object, or null if a newer render replaced it. */
    render: (sheet, options = {}) => ask('render', 'render', sheet, options),
    /** {channels:[…], schedule:[…], costs, support, audiences, ics, findings}, or null as above. */
    plan: (sheet, options = {}) => ask('plan', 'plan', sheet, options),
    /** {findings:[…], completeness} without writing the notices, or null as above. */
    check: (sheet, options = {}) => ask('check', 'check', sheet, options),
    /** The notice languages this build writes, e.g. ["en","zh-CN"]: the page offers exactly these. */
    languages: () => [...info.languages],
  }));
}
