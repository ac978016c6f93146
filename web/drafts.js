// Keeping a sheet in this browser's localStorage: the draft, saved as you type and restored
// on reload. The share link, which carries the sheet in the URL instead, is web/share-link.js;
// its prefix is here so that the page can tell a shared link on load without fetching it.

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
