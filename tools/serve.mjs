#!/usr/bin/env node
// A small static file server for the built site (node built-ins only).
//
//   node tools/serve.mjs [DIR] [PORT]     DIR defaults to build-wasm/site, PORT to $PORT or 8080
//   import { serve } from './tools/serve.mjs'; const server = await serve(dir, 0);
//
// Binds 127.0.0.1 only. Serves files inside DIR (a folder serves its index.html) with the MIME
// type a browser needs — module scripts must be text/javascript and streaming wasm compilation
// needs application/wasm — and `X-Content-Type-Options: nosniff`. Anything else is a 404;
// a path that resolves outside DIR is never opened.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.eml': 'message/rfc822',
  '.map': 'application/json; charset=utf-8',
};

function isInside(root, candidate) {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

// The file a request path names, or null: decoded, normalized, symlinks resolved, and kept
// inside `root` (itself already resolved).
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;  // malformed %-escape
  }
  if (decoded.includes('\0')) return null;
  let candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (!isInside(root, candidate)) return null;
  try {
    if ((await stat(candidate)).isDirectory()) candidate = path.join(candidate, 'index.html');
    candidate = await realpath(candidate);
    if (!isInside(root, candidate) || !(await stat(candidate)).isFile()) return null;
    return candidate;
  } catch {
    return null;
  }
}

function send(response, status, text) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}

export async function serve(root, port = 8080) {
  const rootDir = await realpath(path.resolve(root));
  const server = http.createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'method not allowed\n');
      return;
    }
    const urlPath = (request.url ?? '/').split(/[?#]/, 1)[0];
    const file = await resolveFile(rootDir, urlPath);
    if (!file) {
      send(response, 404, 'not found\n');
      return;
    }
    let size;
    try {
      size = (await stat(file)).size;
    } catch {
      send(response, 404, 'not found\n');  // removed since it was resolved
      return;
    }
    response.writeHead(200, {
      'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

// As a program: try PORT, then the next ports while they are taken.
async function main() {
  const scriptDir = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(process.argv[2] ?? path.join(scriptDir, '..', 'build-wasm', 'site'));
  const firstPort = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(firstPort) || firstPort < 0 || firstPort > 65535) {
    console.error(`serve: '${process.argv[3] ?? process.env.PORT}' is not a port number`);
    process.exit(2);
  }
  for (let port = firstPort; port <= Math.min(firstPort + 20, 65535); ++port) {
    try {
      const server = await serve(root, port);
      console.log(`noticekit is running at http://127.0.0.1:${server.address().port}/`);
      console.log(`(serving ${root}; press Ctrl-C to stop)`);
      return;
    } catch (error) {
      if (error.code === 'EADDRINUSE' && firstPort !== 0) continue;
      console.error(`serve: cannot serve ${root} on port ${port}: ${error.message}`);
      process.exit(1);
    }
  }
  console.error(`serve: ports ${firstPort}-${firstPort + 20} are all in use; set PORT to a free one`);
  process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
