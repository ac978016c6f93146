// The Plan panel: the channels the engine recommends, best first, each with its score and
// reasons, then the send schedule as a timeline (the sheet's local time, UTC, and the time in
// each of the readers' zones, marked when it falls in their quiet hours), the cost of SMS,
// who stays reachable during the outage, and which version each role gets. Every piece of
// engine and user text goes in through textContent. The panel's own words are in the
// interface language (ui-strings, plan.*) and follow it when it changes; so do the engine's
// reasons and notes (the request's messages_language, web/app.js).

import { setText } from './i18n.js';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// An element showing the interface string `key`.
function label(tag, className, key, args) {
  const node = element(tag, className);
  setText(node, key, args);
  return node;
}

// A bullet list of engine sentences (reasons, things to do).
function bullets(items) {
  const list = element('ul', 'plan-reasons');
  for (const text of items) list.append(element('li', '', text));
  return list;
}

function channelList(channels) {
  const list = element('ol', 'plan-channels');
  for (const c of channels) {
    const item = element('li', 'plan-channel');
    item.dataset.channel = c.channel;
    item.dataset.recommended = String(Boolean(c.recommended));
    const head = element('p', 'plan-channel-head');
    head.append(element('strong', '', c.name ?? c.channel), ' ',
      label('span', 'pill', 'plan.score', { score: c.score }));
    if (c.recommended) head.append(' ', label('span', 'pill plan-recommended', 'plan.recommended'));
    item.append(head);
    item.append(bullets(c.reasons ?? []));
    list.append(item);
  }
  return list;
}

function timeline(schedule, names) {
  const list = element('ol', 'plan-timeline');
  for (const s of schedule) {
    const item = element('li', 'plan-step');
    item.dataset.step = s.step;
    const when = element('p', 'plan-when');
    when.append(s.at ? element('time', '', s.at) : label('time', '', 'plan.whenBack'));
    if (s.at_utc) {
      when.lastChild.dateTime = s.at_utc;
      when.append(' ', element('span', 'plan-utc', s.at_utc));
    }
    item.append(when);
    const elsewhere = readerTimes(s.local_times);
    if (elsewhere) item.append(elsewhere);
    item.append(element('p', 'plan-step-name', s.name ?? s.step));
    item.append(element('p', 'plan-step-channels', (s.channels ?? []).map((c) => names[c] ?? c).join(' · ')));
    item.append(element('p', 'plan-note', s.note));
    list.append(item);
  }
  return list;
}

// "America/New_York 12-04 07:00 (quiet hours)" per reader zone; null when there are none.
function readerTimes(localTimes) {
  if (!Array.isArray(localTimes) || localTimes.length === 0) return null;
  const list = element('ul', 'plan-local-times');
  for (const l of localTimes) {
    const item = element('li', 'plan-local-time');
    item.dataset.quiet = String(Boolean(l.quiet));
    const at = typeof l.at === 'string' ? l.at : '';
    const time = element('time', '', at.length >= 16 ? `${at.slice(5, 10)} ${at.slice(11, 16)}` : at);
    time.dateTime = at;
    item.append(element('span', 'plan-zone', l.zone), ' ', time);
    if (l.quiet) item.append(' ', label('span', 'pill plan-quiet', 'plan.quiet'));
    list.append(item);
  }
  return list;
}

// Which notice each role gets, on which channels, and why.
function audienceList(audiences, names) {
  const list = element('ul', 'plan-audiences');
  for (const a of audiences) {
    const item = element('li', 'plan-audience');
    const channels = (a.channels ?? []).map((c) => names[c] ?? c).join(' · ');
    item.append(element('strong', '', a.role), ` (${a.notice}): ${channels}`);
    item.append(element('p', 'plan-note', a.why));
    const actions = [...(a.actions_before ?? []), ...(a.actions_after ?? [])];
    if (actions.length > 0) item.append(bullets(actions));
    list.append(item);
  }
  return list;
}

function costsLine(costs) {
  const sms = costs?.sms;
  if (!sms || typeof sms !== 'object') return null;
  const line = element('p', 'plan-costs');
  line.append(label('span', '', 'plan.smsCost',
    { segments: sms.segments, recipients: sms.recipients ?? '?', sends: sms.sends }));
  if (typeof sms.messages === 'number') line.append(' ', label('span', '', 'plan.smsMessages', { messages: sms.messages }));
  if (typeof sms.total === 'number') line.append(' ', element('span', '', `≈ ${sms.total} ${sms.currency ?? ''}`.trim()));
  return line;
}

export function createPlanPanel(root) {
  return {
    /** Shows a plan result ({channels, schedule, costs, support, findings}). */
    show(plan) {
      const channels = Array.isArray(plan?.channels) ? plan.channels : [];
      const schedule = Array.isArray(plan?.schedule) ? plan.schedule : [];
      if (channels.length === 0) {
        root.replaceChildren(label('p', 'hint', 'plan.empty'));
        return;
      }
      const names = Object.fromEntries(channels.map((c) => [c.channel, c.name ?? c.channel]));
      const parts = [label('h4', '', 'plan.channels'), channelList(channels),
        label('h4', '', 'plan.when'), timeline(schedule, names)];
      const costs = costsLine(plan.costs);
      if (costs) parts.push(costs);
      if (typeof plan.support?.warning === 'string') parts.push(element('p', 'plan-warning', plan.support.warning));
      if (Array.isArray(plan.audiences) && plan.audiences.length > 0)
        parts.push(label('h4', '', 'plan.audiences'), audienceList(plan.audiences, names));
      root.replaceChildren(...parts);
    },
  };
}
