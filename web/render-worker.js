// The notice engine, off the page's main thread: a module worker that loads the wasm module
// and answers one request at a time. Writing every notice of a sheet takes tens of
// milliseconds; here it never blocks typing, scrolling or a paint.
//
// Messages in:  {id, op: 'render'|'check'|'plan', sheet: JSON text, options: JSON text}, or
//               {op: 'expect', sheet, options}: the sheet the page will ask about first
// Messages out: {ready: {version, languages}} once, or {failed: why} if the module cannot load;
//               then {id, json} (the module's result text, as the CLI's --format json) or
//               {id, error} per request.
// Which requests are still worth answering is decided by the page (web/engine.js), which
// sends the next one only when this one is answered.
//
// The module embeds no language's data: before each request, the languages it needs (the
// module's missing_languages: the sheet's, the interface language its messages are in, those
// they derive from or stand in with, English; the messages part of the one its messages are
// in; the zone names of the sheet's zones) are fetched from the site's locales/<name>.json,
// each once, and given to the module. A request waits for them: nothing is written with holes.

const OPS = new Set(['render', 'check', 'plan']);

let nk = null;

// tag → the promise of its locales/<tag>.json text, each file asked for once.
const languageFiles = new Map();
function languageFile(tag) {
  if (!languageFiles.has(tag)) {
    const file = fetch(new URL(`../locales/${encodeURIComponent(tag)}.json`, import.meta.url))
      .then((response) => {
        if (!response.ok) throw new Error(`locales/${tag}.json: ${response.status}`);
        return response.text();
      });
    // A failed download is asked for again by the next request that needs it.
    file.catch(() => languageFiles.delete(tag));
    languageFiles.set(tag, file);
  }
  return languageFiles.get(tag);
}
// Every request reads English (its messages' last resort): asked for beside the module, and
// given to it as soon as it runs, while the page prepares its first request.
languageFile('en').catch(() => {});

// tag → the promise of the module having its data, each language given once.
const languagesGiven = new Map();
function giveLanguage(tag) {
  if (!languagesGiven.has(tag)) {
    const given = languageFile(tag).then((text) => {
      const problem = nk.add_language(tag, text);
      if (problem) throw new Error(problem);
    });
    given.catch(() => languagesGiven.delete(tag));
    languagesGiven.set(tag, given);
  }
  return languagesGiven.get(tag);
}

// Gives the module every language a call of this sheet would read and does not have yet.
function giveLanguagesRead(sheet, options) {
  return Promise.all(JSON.parse(nk.missing_languages(sheet, options)).map(giveLanguage));
}

async function answer(op, sheet, options) {
  await giveLanguagesRead(sheet, options);
  return nk[op](sheet, options);
}

// The page's first sheet, told before the module is ready (op 'expect'): its languages' files
// are fetched at once and given as soon as the module runs, so the first render does not wait
// for them. Nothing is answered.
let expected = null;
function giveExpected() {
  if (!nk || !expected) return;
  const { sheet, options } = expected;
  expected = null;
  // A failure here is met again, and reported, by the request that follows.
  Promise.resolve().then(() => giveLanguagesRead(sheet, options)).catch(() => {});
}

function expect(sheet, options) {
  let languages = [];
  try {
    languages = JSON.parse(sheet).languages;
    // The messages (findings, the plan's words) are in the interface language, given apart.
    const messages = JSON.parse(options).messages_language;
    if (Array.isArray(languages) && typeof messages === 'string') languages = [...languages, messages, `${messages}.messages`];
  } catch {
    // Not JSON: nothing to fetch ahead.
  }
  // Before the module runs, the tags as typed (a tag is letters, digits and hyphens; anything
  // else is not fetched, and a tag no build has is a 404 the module's list will not ask for;
  // so is the messages part of a language without messages of its own).
  // What they derive from (zh-TW: zh-CN) is known once the module runs.
  if (nk === null && Array.isArray(languages)) {
    for (const tag of languages) {
      if (typeof tag === 'string' && /^[A-Za-z0-9-]{2,20}(\.messages)?$/.test(tag)) languageFile(tag).catch(() => {});
    }
  }
  expected = { sheet, options };
  giveExpected();
}

self.addEventListener('message', async (event) => {
  const { id, op, sheet, options } = event.data ?? {};
  if (op === 'expect') {
    expect(sheet, options);
    return;
  }
  if (!nk || !OPS.has(op)) {
    self.postMessage({ id, error: nk ? `unknown request ${op}` : 'the engine is not loaded' });
    return;
  }
  try {
    self.postMessage({ id, json: await answer(op, sheet, options) });
  } catch (error) {
    // A language that cannot be fetched, or a wasm trap (out of memory, an abort) that leaves
    // the module unusable: say so, once per request.
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});

// The module's bytes are asked for at once, beside its loader, and compiled as they arrive,
// rather than once the loader has been fetched and run: the two downloads and the compile
// overlap. (A failure is reported by instantiateWasm below, once the loader asks.)
const compiled = WebAssembly.compileStreaming(fetch(new URL('../noticekit.wasm', import.meta.url)));
compiled.catch(() => {});

try {
  const { default: createNoticekit } = await import('../noticekit.mjs');
  nk = await new Promise((resolve, reject) => {
    createNoticekit({
      // Emscripten's hook for instantiating the module itself; {} says "later, by the callback".
      instantiateWasm(imports, receive) {
        compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
          .catch(reject);
        return {};
      },
    }).then(resolve, reject);
  });
  self.postMessage({ ready: { version: String(nk.version()), languages: JSON.parse(nk.languages()) } });
  giveLanguage('en').catch(() => {});
  giveExpected();
} catch (error) {
  self.postMessage({ failed: String(error?.message ?? error) });
}
