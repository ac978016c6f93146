// Findings shown next to the field they are about. A finding's path is a JSON pointer into
// the sheet (/windows/1/end); the form says which element shows each pointer, and the
// longest known prefix wins (/impact/unavailable/0/en → the "Unavailable" field).
// The controls there get aria-describedby (and aria-invalid for errors), so a screen reader
// reads the finding with the field.

import { t } from './i18n.js';

function placeFor(places, path) {
  const parts = (path ?? '').split('/');
  while (parts.length > 1) {
    const place = places.get(parts.join('/'));
    if (place) return place;
    parts.pop();
  }
  return null;
}

function controlsIn(place) {
  return place.matches('input, select, textarea') ? [place]
    : [...place.querySelectorAll('input, select, textarea')].filter((c) => !c.closest('[hidden]'));
}

export function createFieldFindings(form) {
  let shown = null;
  let touched = [];

  function clear() {
    for (const node of form.querySelectorAll('.field-finding')) node.remove();
    for (const control of touched) {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
    }
    touched = [];
  }

  return {
    /** Shows `findings` beside their fields; `places` is form.js's fieldPlaces(form). */
    show(findings, places) {
      const key = JSON.stringify(findings);
      if (key === shown) return;
      shown = key;
      clear();
      findings.forEach((finding, i) => {
        const place = placeFor(places, finding.path);
        if (!place) return;
        const note = document.createElement('p');
        note.className = 'field-finding';
        note.id = `field-finding-${i}`;
        note.dataset.severity = finding.severity ?? '';
        note.dataset.path = finding.path ?? '';
        const severity = document.createElement('span');
        severity.className = 'severity';
        severity.textContent = t(`severity.${finding.severity}`);
        note.append(severity, ' ', finding.message ?? '');
        const legend = place.matches('fieldset') ? place.querySelector(':scope > legend') : null;
        if (legend) legend.after(note);
        else if (place.matches('li')) place.querySelector('legend')?.after(note);
        else place.after(note);
        for (const control of controlsIn(place)) {
          const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
          control.setAttribute('aria-describedby', [...ids, note.id].join(' '));
          if (finding.severity === 'error') control.setAttribute('aria-invalid', 'true');
          touched.push(control);
        }
      });
    },
    /** Forget what is shown, e.g. after the interface language changed. */
    reset() { shown = null; },
  };
}
