// Saving a render result's files (listed by web/output-files.js): one notice's .eml, .ics or
// JSON payload, or the whole set as one .zip. Fetched on the first download, not with the
// page, together with the ZIP writer.

import { zipFiles } from './zip.js';
import { saveFile } from './save-file.js';

const TYPES = {
  txt: 'text/plain;charset=utf-8', html: 'text/html;charset=utf-8', eml: 'message/rfc822',
  json: 'application/json', ics: 'text/calendar;charset=utf-8',
};

export function downloadFile(output, file) {
  saveFile(`${output.kind ?? 'notice'}-${file.name.replace('/', '-')}`, file.text, TYPES[file.ext]);
}

/** archive: {name, files} (resultArchive in web/output-files.js). */
export function downloadArchive({ name, files }) {
  saveFile(name, new Blob([zipFiles(files)], { type: 'application/zip' }));
}
