// A channel's name in the interface language; a channel the strings do not know yet (new in
// the engine) is shown by its id.

import { hasString, setText } from './i18n.js';

export function channelName(node, channel) {
  if (hasString(`channel.${channel}`)) return setText(node, `channel.${channel}`);
  node.textContent = channel;
  return node;
}
