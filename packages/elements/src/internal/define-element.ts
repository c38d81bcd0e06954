/**
 * `defineElement`: registers a custom element tag idempotently. Two portal bundles may share a page and
 * both register the same components (style.md, "Web components": registering twice must not throw), so a
 * tag already defined by the same class is left alone, and one taken by another class is left to it with a
 * warning in the console (once per tag), since the page then runs a component this bundle did not ship.
 */

const warned = new Set<string>();

/**
 * Defines `tag` as `constructor` unless the tag is already defined.
 * @example defineElement('motcua-feedback', MotcuaFeedback)
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing !== constructor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<${tag}> đã được một gói khác đăng ký; giữ bản đã có. / <${tag}> is already defined by another bundle; keeping that definition.`);
  }
}
