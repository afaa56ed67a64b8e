/**
 * A small Aho–Corasick automaton over UTF-16 code units. Written by hand because
 * modern-ahocorasick 3.3 segments graphemes on every search and took ~16 s per 100k
 * characters with an 8,800-word list here; this one does the same search in milliseconds.
 * Offsets are JavaScript string indices; callers check word boundaries themselves.
 */
export interface AhoHit {
  start: number;
  end: number;
  /** Index of the pattern in the constructor's list. */
  pattern: number;
}

interface AhoNode {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here, longest first. */
  out: number[];
  /** Nearest node on the fail chain that has output, or -1. */
  outLink: number;
}

export class AhoCorasick {
  private readonly nodes: AhoNode[] = [newNode()];
  private readonly lengths: number[];

  /** @example new AhoCorasick(['胆囊炎', 'ibuprofen']).search('你这是胆囊炎') // [{start: 3, end: 6, pattern: 0}] */
  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => this.insert(pattern, index));
    this.link();
  }

  search(text: string): AhoHit[] {
    const hits: AhoHit[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i));
      for (let n = this.nodes[state]!.out.length ? state : this.nodes[state]!.outLink; n > 0; n = this.nodes[n]!.outLink) {
        for (const pattern of this.nodes[n]!.out) hits.push({ start: i + 1 - this.lengths[pattern]!, end: i + 1, pattern });
      }
    }
    return hits;
  }

  private step(state: number, code: number): number {
    for (let s = state; ; s = this.nodes[s]!.fail) {
      const next = this.nodes[s]!.next.get(code);
      if (next !== undefined) return next;
      if (s === 0) return 0;
    }
  }

  private insert(pattern: string, index: number): void {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = this.nodes[state]!.next.get(code);
      if (next === undefined) {
        next = this.nodes.push(newNode()) - 1;
        this.nodes[state]!.next.set(code, next);
      }
      state = next;
    }
    this.nodes[state]!.out.push(index);
  }

  /** Breadth-first failure and output links. */
  private link(): void {
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = this.nodes[queue[head]!]!;
      for (const [code, child] of node.next) {
        const childNode = this.nodes[child]!;
        childNode.fail = this.step(node.fail, code);
        const fail = this.nodes[childNode.fail]!;
        childNode.outLink = fail.out.length ? childNode.fail : fail.outLink;
        queue.push(child);
      }
    }
    for (const node of this.nodes) node.out.sort((a, b) => this.lengths[b]! - this.lengths[a]!);
  }
}

function newNode(): AhoNode {
  return { next: new Map(), fail: 0, out: [], outLink: -1 };
}
