// The share link: it carries the whole sheet in the URL fragment (#sheet=…, the prefix in
// web/drafts.js), and browsers never send a fragment to a server (RFC 3986 §3.5), so the link
// shares the facts without any server seeing them. The sheet's JSON is compressed with
// CompressionStream('deflate-raw') and written in base64url (RFC 4648 §5), which needs no
// escaping in a URL. Fetched when a link is made or opened, not with the page; it imports
// nothing of the page's, or the bundler would move that into a file every load fetches.
// deflate-raw: https://developer.mozilla.org/en-US/docs/Web/API/CompressionStream/CompressionStream

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The text after the fragment's prefix that holds `sheet`. */
export async function sheetToLink(sheet) {
  const json = new TextEncoder().encode(JSON.stringify(sheet));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The sheet in that text; throws when it is unreadable. */
export async function sheetFromLink(text) {
  const bytes = await pipe(fromBase64Url(text), new DecompressionStream('deflate-raw'));
  const sheet = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof sheet !== 'object' || sheet === null || Array.isArray(sheet)) throw new Error('not a JSON object');
  return sheet;
}
