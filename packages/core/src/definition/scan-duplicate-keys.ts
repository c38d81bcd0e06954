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

/** True when the quote at `at` is escaped by an odd number of backslashes before it. */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let j = at - 1; j >= 0 && text.charCodeAt(j) === 92; j--) backslashes++;
  return backslashes % 2 === 1;
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
      // Jump to the closing quote: most of a procedure's bytes are inside strings.
      const start = i;
      let end = text.indexOf('"', i + 1);
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) end = n - 1;
      const frame = stack[stack.length - 1];
      if (frame?.isObject && frame.expectKey) {
        const raw = text.slice(start + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        frame.keys ??= new Set();
        if (frame.keys.has(key)) {
          const pointer = stack.slice(0, -1).map((f) => `/${escapeToken(f.token)}`).join('') + `/${escapeToken(key)}`;
          found.push({ key, pointer, offset: start });
        } else frame.keys.add(key);
        frame.token = key;
        frame.expectKey = false;
      }
      i = end + 1;
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
