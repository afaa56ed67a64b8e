/**
 * The text of a contenteditable tree as the user sees it, with a map from UTF-16 offsets back to
 * (text node, offset). Block elements and <br> become "\n", roughly as innerText does, but computed
 * from the tree alone so it also works where layout is unavailable (happy-dom, hidden editors).
 */

/** A run of text that came from one text node: text[start, start + node.data.length). */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface DomText {
  text: string;
  segments: TextSegment[];
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readDomText(root: Element): DomText {
  let text = '';
  const segments: TextSegment[] = [];
  // A block boundary becomes one "\n", emitted lazily before the next content, so leading,
  // trailing and doubled boundaries do not pile up newlines.
  let pendingBreak = false;
  const flushBreak = () => {
    if (pendingBreak && text.length > 0 && !text.endsWith('\n')) text += '\n';
    pendingBreak = false;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0 || isPlaceholder(node.parentElement)) return;
      flushBreak();
      segments.push({ node: node as Text, start: text.length });
      text += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      flushBreak();
      // A <br> that ends a block is Chrome's placeholder for an empty line, not an extra newline.
      if (!(isLastInBlock(node, root) && !text.endsWith('\n') && text.length > 0)) text += '\n';
      else pendingBreak = true;
      return;
    }
    const block = BLOCKS.has(tag) && node !== root;
    if (block) pendingBreak = true;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) pendingBreak = true;
  };
  visit(root);
  return { text, segments };
}

function isLastInBlock(br: Node, root: Element): boolean {
  let node: Node | null = br;
  while (node && node !== root) {
    if (node.nextSibling) return false;
    node = node.parentNode;
    if (node && node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase())) return true;
  }
  return false;
}

/**
 * Text an editor renders but the user does not see: Slate's zero-width "\uFEFF" that keeps an
 * empty leaf or line selectable (data-slate-zero-width).
 */
function isPlaceholder(element: Element | null): boolean {
  return element?.hasAttribute('data-slate-zero-width') ?? false;
}
