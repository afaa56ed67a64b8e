/** Reads what schemeFrom() needs from the page around an editor: backgrounds outwards, color-scheme, the user's preference. */
import { schemeFrom, type Scheme } from '../ui/overlay/color-scheme';

const MAX_DEPTH = 64;

export function pageScheme(editor: Element): Scheme {
  const view = editor.ownerDocument.defaultView!;
  const backgrounds: string[] = [];
  let el: Element | null = editor;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++) {
    backgrounds.push(view.getComputedStyle(el).backgroundColor);
    // Out of an open shadow root, through its host.
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
  }
  const colorScheme = view.getComputedStyle(editor.ownerDocument.documentElement).colorScheme ?? '';
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return schemeFrom({ backgrounds, colorScheme, prefersDark });
}
