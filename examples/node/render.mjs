import createNoticekit from '../../build-wasm/site/noticekit.mjs';
import { readFileSync } from 'node:fs';
const noticekit = await createNoticekit();
const sheet = readFileSync(new URL('../tax-bureau-planned.json', import.meta.url), 'utf8');
console.log(JSON.parse(noticekit.render(sheet, { channels: ['sms'] })).outputs[0].text);
