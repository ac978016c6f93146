// Runs one peer over a JSONL file of fact sheets the way `noticekit batch` runs: one JSON line
// out per record, {"record":N,"outputs":[{"channel","lang","subject"?,"text"}]}, in order.
//
//   node bench/peers/peer-cli.mjs handlebars|mustache|plain FILE [LIMIT]   (writes standard output)
import { writeSync } from 'node:fs';
import { linesOf } from '../lines.mjs';
import { createHandlebarsPeer } from './handlebars-peer.mjs';
import { createMustachePeer } from './mustache-peer.mjs';
import { createPlainPeer } from './plain-peer.mjs';

const peers = { handlebars: createHandlebarsPeer, mustache: createMustachePeer, plain: createPlainPeer };

const [name, file, limit = Infinity] = process.argv.slice(2);
if (!peers[name] || !file) {
  console.error('usage: node bench/peers/peer-cli.mjs handlebars|mustache|plain FILE [LIMIT]');
  process.exit(2);
}
const render = peers[name]();
let out = '';
let record = 0;
for (const line of linesOf(file)) {
  if (record >= Number(limit)) break;
  record++;
  out += JSON.stringify({ record, outputs: render(JSON.parse(line)) }) + '\n';
  if (out.length > 1 << 20) {
    writeSync(1, out);
    out = '';
  }
}
writeSync(1, out);
