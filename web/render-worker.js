// The notice engine, off the page's main thread: a module worker that loads the wasm module
// and answers one request at a time. Writing every notice of a sheet takes tens of
// milliseconds; here it never blocks typing, scrolling or a paint.
//
// Messages in:  {id, op: 'render'|'check'|'plan', sheet: JSON text, options: JSON text}
// Messages out: {ready: {version, languages}} once, or {failed: why} if the module cannot load;
//               then {id, json} (the module's result text, as the CLI's --format json) or
//               {id, error} per request.
// Which requests are still worth answering is decided by the page (web/engine.js), which
// sends the next one only when this one is answered.

const OPS = new Set(['render', 'check', 'plan']);

let nk = null;

self.addEventListener('message', (event) => {
  const { id, op, sheet, options } = event.data ?? {};
  if (!nk || !OPS.has(op)) {
    self.postMessage({ id, error: nk ? `unknown request ${op}` : 'the engine is not loaded' });
    return;
  }
  try {
    self.postMessage({ id, json: nk[op](sheet, options) });
  } catch (error) {
    // A wasm trap (out of memory, an abort) leaves the module unusable: say so, once per request.
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});

// The module's bytes are asked for at once, beside its loader, rather than once the loader
// has been fetched and run: the two downloads and the compile overlap.
const wasm = fetch(new URL('../noticekit.wasm', import.meta.url));

try {
  const { default: createNoticekit } = await import('../noticekit.mjs');
  nk = await new Promise((resolve, reject) => {
    createNoticekit({
      // Emscripten's hook for instantiating the module itself; {} says "later, by the callback".
      instantiateWasm(imports, receive) {
        WebAssembly.instantiateStreaming(wasm, imports)
          .then(({ instance, module }) => receive(instance, module), reject);
        return {};
      },
    }).then(resolve, reject);
  });
  self.postMessage({ ready: { version: String(nk.version()), languages: JSON.parse(nk.languages()) } });
} catch (error) {
  self.postMessage({ failed: String(error?.message ?? error) });
}
