/**
 * Guesses where a draft goes from the words around the editor: 'dm' when the page path or an
 * ancestor's label mentions messages/chat (私信, 聊天), 'reply' for comments/replies (评论, 回复),
 * else a public 'post'. DMs come first because a chat pane also holds "reply" buttons.
 */
import type { Surface } from '../engine/types';

const DM = /messag|私信|chat|聊天|inbox|\bdm\b|direct/i;
const REPLY = /comment|repl|评论|回复/i;
/** Far enough to reach a composer's container, near enough not to read the whole page. */
const MAX_DEPTH = 8;

export function guessSurface(editor: Element): Surface {
  const words = labelsAround(editor);
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  if (DM.test(words) || DM.test(path)) return 'dm';
  if (REPLY.test(words)) return 'reply';
  return 'post';
}

function labelsAround(editor: Element): string {
  const parts: string[] = [];
  let element: Element | null = editor;
  for (let depth = 0; element && depth < MAX_DEPTH; depth++, element = element.parentElement) {
    for (const attr of element.attributes) {
      if (attr.name === 'aria-label' || attr.name === 'placeholder' || attr.name === 'aria-placeholder' || attr.name.startsWith('data-')) {
        parts.push(attr.name, attr.value);
      }
    }
  }
  return parts.join(' ');
}
