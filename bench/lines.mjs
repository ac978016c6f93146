// Reads a JSONL file line by line in 1 MiB chunks without holding the whole file, as a
// streaming batch tool must (readline costs about twice as much per line for the same job).
import { closeSync, openSync, readSync } from 'node:fs';

export function* linesOf(path) {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let rest = '';
  try {
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) {
      const parts = (rest + buffer.toString('utf8', 0, n)).split('\n');
      rest = parts.pop();
      yield* parts;
    }
  } finally {
    closeSync(fd);
  }
  if (rest) yield rest;
}
