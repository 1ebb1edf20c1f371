/**
 * Types of the UI string modules (src/lib/build/uiStrings.ts): a subset of the UI strings. Keys outside the
 * requested groups are absent, and t() throws on them.
 */
/** `virtual:ui-strings/<group>+…`: per language. */
declare module 'virtual:ui-strings/*' {
  const strings: Record<import('../data/types').Language, Partial<Record<import('./uiText').UiKey, string>>>;
  export default strings;
}
/** `virtual:ui-strings/en/<group>+…`: English only. */
declare module 'virtual:ui-strings/en/*' {
  const strings: Partial<Record<import('./uiText').UiKey, string>>;
  export default strings;
}
/** `virtual:ui-strings/es/<group>+…`: Spanish only. */
declare module 'virtual:ui-strings/es/*' {
  const strings: Partial<Record<import('./uiText').UiKey, string>>;
  export default strings;
}
