/** A character trie over written forms, shared by the recognisers. */

const NONE: ReadonlyArray<never> = Object.freeze([]);

/** A character trie over written forms: `matches(text, i)` lists the values of every form starting at i, longest first, without allocating substrings. */
export class Trie<V> {
  private root = new Map<string, { next: Map<string, unknown>; value?: V }>();
  add(form: string, value: V): void {
    let level = this.root as Map<string, { next: Map<string, unknown>; value?: V }>;
    let node: { next: Map<string, unknown>; value?: V } | undefined;
    for (const c of form) {
      node = level.get(c);
      if (!node) {
        node = { next: new Map() };
        level.set(c, node);
      }
      level = node.next as Map<string, { next: Map<string, unknown>; value?: V }>;
    }
    node!.value = value;
  }
  matches(text: string, i: number): ReadonlyArray<{ len: number; value: V }> {
    // most positions start no form: answer them without allocating
    let level = this.root;
    if (i >= text.length || !level.has(text[i]!)) return NONE;
    const out: Array<{ len: number; value: V }> = [];
    for (let k = i; k < text.length; k++) {
      const node = level.get(text[k]!);
      if (!node) break;
      if (node.value !== undefined) out.push({ len: k - i + 1, value: node.value });
      level = node.next as typeof level;
    }
    return out.reverse();
  }
}
