/**
 * Types of the UI string modules (src/lib/build/uiStrings.ts): a subset of the UI strings, per language. Keys
 * outside the requested groups are absent, and t() throws on them.
 */
declare module 'virtual:ui-strings/*' {
  const strings: Record<import('../data/types').Language, Partial<Record<import('./uiText').UiKey, string>>>;
  export default strings;
}
