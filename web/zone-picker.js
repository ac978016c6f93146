// The time-zone field as a combobox (the WAI-ARIA Authoring Practices' "list autocomplete"
// pattern): typing a city, country, zone name or offset lists the zones it names, each with
// its name and city in the interface language, its country and its offset now; ↓/↑ move
// through them, Enter or a click takes one, Escape closes the list. The field still takes
// any zone id typed in full. https://www.w3.org/WAI/ARIA/apg/patterns/combobox/

import { onUiLanguageChange, setText, t, uiLanguage } from './i18n.js';

// The search and its table are fetched when the field is first used, not with the page.
// Resolves to {zones, searchZones, currentOffset} (web/zone-search.js).
let zoneSearch = null;
function loadZoneSearch() {
  zoneSearch ??= import('./zone-search.js').then(async (module) => ({ ...module, zones: await module.loadZones() }))
    .catch((error) => {
      zoneSearch = null;  // the next use tries again
      throw error;
    });
  return zoneSearch;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// "中国时间 · 上海，中国" or "Brasilia Time · São Paulo, Brazil".
function describe(zone) {
  const { name, city, country } = zone.names[uiLanguage()] ?? zone.names.en;
  const place = city && country ? t('zone.place', { city, country }) : city || country;
  return [name, place].filter(Boolean).join(' · ');
}

export function setupZonePicker({ input, list, status }) {
  let loaded = null;  // {zones, searchZones, currentOffset} once fetched
  let shown = [];
  let active = -1;
  let asked = 0;  // the latest search, so an older one finishing late is dropped

  function close() {
    list.hidden = true;
    list.replaceChildren();
    shown = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = list.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(zone) {
    input.value = zone.id;
    close();
    // The form reads the field on input, as if the id had been typed.
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function show(found) {
    shown = found;
    const now = new Date();
    list.replaceChildren(...found.map((zone, i) => {
      const option = element('li', 'zone-option');
      option.id = `zone-option-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.zone = zone.id;
      option.append(element('span', 'zone-id', zone.id), ' ', element('span', 'zone-offset', loaded.currentOffset(zone.id, now).label),
        element('span', 'zone-name', describe(zone)));
      return option;
    }));
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    highlight(-1);
    setText(status, found.length ? 'zone.found' : 'zone.none', { n: found.length });
  }

  async function search() {
    const query = input.value;
    const ticket = ++asked;
    try {
      loaded ??= await loadZoneSearch();
    } catch (error) {
      setText(status, 'zone.unavailable', { why: error.message });
      return;
    }
    if (ticket !== asked) return;
    // A zone id typed in full needs no list.
    if (!query.trim() || loaded.zones.some((zone) => zone.id === query.trim())) {
      close();
      status.textContent = '';
      return;
    }
    show(loaded.searchZones(loaded.zones, query));
  }

  input.addEventListener('input', (event) => {
    if (event.isTrusted) search();
  });
  input.addEventListener('focus', () => { loadZoneSearch().catch(() => {}); }, { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) {
        if (event.key === 'ArrowDown' && input.value.trim()) search();
        return;
      }
      event.preventDefault();
      const n = shown.length;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  // A click on an option takes it; mousedown is stopped so the field keeps the focus.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = event.target.closest('[role="option"]');
    if (option) choose(shown[[...list.children].indexOf(option)]);
  });
  input.addEventListener('blur', close);
  // A list open while the interface language changes names its zones in the new language.
  onUiLanguageChange(() => {
    if (!list.hidden) show(shown);
  });
}
