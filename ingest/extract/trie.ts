/** A character trie over written forms, shared by the recognisers. */

const NONE: ReadonlyArray<never> = Object.freeze([]);

interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | null;
  value?: V;
}

/**
 * A character trie over written forms: `matches(text, i)` lists the values of every form starting at i, longest
 * first, without allocating substrings. Keyed by UTF-16 code unit (`charCodeAt`), so a lookup neither allocates a
 * one-character string nor hashes one; lengths are in code units, as string offsets are.
 */
export class Trie<V> {
  private root = new Map<number, TrieNode<V>>();
  add(form: string, value: V): void {
    let level = this.root;
    let node: TrieNode<V> | undefined;
    for (let k = 0; k < form.length; k++) {
      const c = form.charCodeAt(k);
      node = level.get(c);
      if (!node) {
        node = { next: null };
        level.set(c, node);
      }
      if (k < form.length - 1) level = node.next ??= new Map();
    }
    if (node) node.value = value;
  }
  matches(text: string, i: number): ReadonlyArray<{ len: number; value: V }> {
    // most positions start no form: answer them without allocating
    let node = i < text.length ? this.root.get(text.charCodeAt(i)) : undefined;
    if (!node) return NONE;
    let out: Array<{ len: number; value: V }> | null = null;
    for (let k = i; ;) {
      if (node.value !== undefined) (out ??= []).push({ len: k - i + 1, value: node.value });
      if (!node.next || ++k >= text.length) break;
      const next = node.next.get(text.charCodeAt(k));
      if (!next) break;
      node = next;
    }
    return out ? out.reverse() : NONE;
  }
}
