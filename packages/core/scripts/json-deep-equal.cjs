// Deep equality for JSON values, used by the precompiled validators (enum, const, uniqueItems)
// in place of fast-deep-equal. fast-deep-equal calls `a.valueOf()` whenever an object has an
// own `valueOf` key, so the JSON `{"valueOf": 1}` crashed the checker; JSON data never needs
// valueOf/toString semantics, so plain structural comparison is both correct and total.
'use strict';
function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key) || !equal(a[key], b[key])) return false;
  return true;
}
module.exports = equal;
module.exports.default = equal;
