// Keeping a sheet: the draft in this browser's localStorage (saved as you type, restored on
// reload), and the share link, which carries the whole sheet in the URL fragment
// (#sheet=…): browsers never send a fragment to a server (RFC 3986 §3.5), so the link
// shares the facts without any server seeing them. The sheet's JSON is compressed with
// CompressionStream('deflate-raw') and written in base64url (RFC 4648 §5), which needs no
// escaping in a URL. deflate-raw: https://developer.mozilla.org/en-US/docs/Web/API/CompressionStream/CompressionStream

const DRAFT_KEY = 'noticekit.draft';
export const SHARE_PREFIX = '#sheet=';

/**
 * Saves the sheet being edited, the message being written and which notices are shown
 * (web/output-view.js); false if storage refuses.
 */
export function saveDraft(sheet, message, view) {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ saved: new Date().toISOString(), message, view, sheet }));
    return true;
  } catch {
    return false;  // storage full or disabled: the page still works, the draft is not kept
  }
}

/** {saved, message, view, sheet} or null. */
export function loadDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    return draft && typeof draft.sheet === 'object' && draft.sheet !== null ? draft : null;
  } catch {
    return null;
  }
}

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

/** The fragment ("#sheet=…") that holds `sheet`. */
export async function shareFragment(sheet) {
  const json = new TextEncoder().encode(JSON.stringify(sheet));
  return SHARE_PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The sheet in a "#sheet=…" fragment; null when there is none; throws when it is unreadable. */
export async function sheetFromFragment(hash) {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const bytes = await pipe(fromBase64Url(hash.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'));
  const sheet = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof sheet !== 'object' || sheet === null || Array.isArray(sheet)) throw new Error('not a JSON object');
  return sheet;
}
