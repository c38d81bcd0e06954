/** An object key that appears twice in the same object. */
export interface DuplicateKey {
  key: string;
  /** JSON Pointer of the repeated property. */
  pointer: string;
  /** Character offset of the second occurrence of the key. */
  offset: number;
}

interface Frame {
  isObject: boolean;
  keys: Set<string> | undefined;
  /** The current key (objects) or index (arrays): the last token of the pointer. */
  token: string | number;
  /** In an object: true while the next string is a key. */
  expectKey: boolean;
}

const escapeToken = (t: string | number) => (typeof t === 'number' ? String(t) : t.replace(/~/g, '~0').replace(/\//g, '~1'));

/**
 * Finds keys repeated within one object of well-formed JSON text in a single pass over the
 * characters, without building a syntax tree. `JSON.parse` keeps the last of two equal keys
 * silently, which would hide an author's mistake. The text must already be valid JSON.
 */
export function scanDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      i++;
      let hasEscape = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) { hasEscape = true; i += 2; continue; }
        if (d === 34) break;
        i++;
      }
      const frame = stack[stack.length - 1];
      if (frame?.isObject && frame.expectKey) {
        const key = hasEscape ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
        frame.keys ??= new Set();
        if (frame.keys.has(key)) {
          const pointer = stack.slice(0, -1).map((f) => `/${escapeToken(f.token)}`).join('') + `/${escapeToken(key)}`;
          found.push({ key, pointer, offset: start });
        } else frame.keys.add(key);
        frame.token = key;
        frame.expectKey = false;
      }
      i++;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push({ isObject: c === 123, keys: undefined, token: 0, expectKey: c === 123 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const frame = stack[stack.length - 1];
      if (frame) {
        if (frame.isObject) frame.expectKey = true;
        else frame.token = (frame.token as number) + 1;
      }
    }
    i++;
  }
  return found;
}
