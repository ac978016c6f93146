// Loads the noticekit WebAssembly module (built next to index.html) and wraps its API:
// sheet objects in, parsed results out.

export async function loadEngine(moduleUrl = new URL('../noticekit.mjs', import.meta.url)) {
  const { default: createNoticekit } = await import(moduleUrl.href);
  const nk = await createNoticekit();
  const languages = JSON.parse(nk.languages());
  return {
    version: () => (typeof nk.version === 'function' ? String(nk.version()) : ''),
    /** {outputs:[…], findings:[…]} for a sheet object; options as for the module's render. */
    render: (sheet, options = {}) => JSON.parse(nk.render(JSON.stringify(sheet), JSON.stringify(options))),
    /** {channels:[…], schedule:[…], costs, support, audiences, ics, findings} for a sheet object. */
    plan: (sheet, options = {}) => JSON.parse(nk.plan(JSON.stringify(sheet), JSON.stringify(options))),
    /** {findings:[…], completeness} for a sheet object, without writing the notices. */
    check: (sheet, options = {}) => JSON.parse(nk.check(JSON.stringify(sheet), JSON.stringify(options))),
    /** The notice languages this build writes, e.g. ["en","zh-CN"]: the page offers exactly these. */
    languages: () => [...languages],
  };
}
