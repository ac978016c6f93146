// The files a render result is made of, for the per-notice downloads (.eml, .ics, JSON
// payloads) and the whole set as one .zip. File names follow the golden files:
// <lang>/<channel>.txt for the text, <lang>/<channel>.<field>.<ext> for further renderings.
// A bilingual notice's <lang> is its entry, e.g. zh-CN+en: '+' is allowed in file names on
// every system and in ZIP names. Only the list is here: a notice card needs it to draw its
// buttons, while saving the files (web/downloads.js, with the ZIP writer) is fetched on the
// first download.

const NOT_FILES = new Set(['kind', 'channel', 'lang', 'metrics']);
const EXTENSIONS = { html: 'html', page: 'html', eml: 'eml', payload: 'json' };

/** Every file of one output: [{field, name, ext, text}]. */
export function outputFiles(output) {
  return Object.keys(output)
    .filter((field) => !NOT_FILES.has(field) && typeof output[field] === 'string')
    .map((field) => {
      // The calendar channel's text *is* the .ics file.
      const ext = field === 'text' && output.channel === 'ics' ? 'ics' : EXTENSIONS[field] ?? 'txt';
      const plain = field === 'text' || field === ext;  // email.eml, not email.eml.eml
      const name = plain ? `${output.channel}.${ext}` : `${output.channel}.${field}.${ext}`;
      return { field, ext, name: `${output.lang}/${name}`, text: output[field] };
    });
}

/** The downloads a notice card offers: .eml, .ics and JSON payloads. */
export function cardDownloads(output) {
  return outputFiles(output).filter((file) => ['eml', 'ics', 'json'].includes(file.ext));
}

/** The whole set, for one .zip: {name, files}, every output's files, the sheet and the full result. */
export function resultArchive(sheet, result) {
  const outputs = Array.isArray(result.outputs) ? result.outputs : [];
  const files = [
    { name: 'sheet.json', text: `${JSON.stringify(sheet, null, 2)}\n` },
    { name: 'result.json', text: `${JSON.stringify(result, null, 2)}\n` },
  ];
  const seen = new Set(files.map((file) => file.name));
  for (const output of outputs) {
    for (const file of outputFiles(output)) {
      let name = file.name;
      // Two outputs of one channel and language (should not happen) must not share a name.
      for (let n = 2; seen.has(name); n += 1) name = file.name.replace(/(\.[^.]+)$/, `-${n}$1`);
      seen.add(name);
      files.push({ name, text: file.text });
    }
  }
  return { name: `noticekit-${outputs[0]?.kind ?? 'notice'}.zip`, files };
}
