/**
 * The script every story page runs first, inlined (minified at build time, src/embeds/bundle.ts) where the
 * layout puts it: right after the header, before the first paint, so showing the language note shifts nothing
 * below it.
 * - The `js` class lets CSS lay scrollers out for JavaScript readers before they paint (no layout shift); all
 *   that depends on it comes after this point in the page (the scrollers) or is switched on by this script.
 * - The other edition keeps the reader's place: the scroll controller keeps the active step in the URL hash, and
 *   the steps' ids are the same in both languages. The fragment goes along only while what it names (the active
 *   step) is on screen: a reader back at the top of the page lands at the top of the other edition. A fragment
 *   that does not decode (a stray "%" typed or pasted into the address) names no step and throws nothing: the
 *   switch then leads to the top.
 * - Switch links later in the page (the one in each scroller's controls, beside the step buttons, so readers can
 *   change language on the step they are reading) are handled by the same listeners, on the document.
 * - A reader whose browser prefers the other language is offered it in a note they can dismiss; nothing
 *   redirects. Where storage is blocked, a dismissed note comes back on the next page.
 * - The embed code's copy buttons, once the page is parsed (they are hidden until then).
 * - Charts' value read-outs (src/charts/readout/): once the page is parsed, each chart becomes one tab stop; the
 *   read-out code (/readout.js, about 2 KB) loads on the reader's first move over a chart, tap on it or focus in
 *   it, and handles the events that came while it loaded (a tap's click, which comes right after its
 *   pointerdown; an arrow key pressed at once).
 */
document.documentElement.classList.add('js');

const follow = (event: Event) => {
  const a = event.target instanceof Element && event.target.closest('a[data-lang-switch]');
  if (!a) return;
  const base = a.getAttribute('href')!.split('#')[0];
  let box: DOMRect | undefined;
  try {
    box = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.getBoundingClientRect();
  } catch {
    box = undefined;
  }
  (a as HTMLAnchorElement).href = base + (box && box.bottom > 0 && box.top < innerHeight ? location.hash : '');
};
for (const type of ['pointerdown', 'focusin', 'click']) document.addEventListener(type, follow, true);

const note = document.querySelector<HTMLElement>('[data-lang-note]');
if (note) {
  const key = 'cecot-lang-note-dismissed';
  const stored = (value?: string) => {
    try {
      return value ? localStorage.setItem(key, value) : localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const preferred = (navigator.languages || [navigator.language])
    .map((l) => l.slice(0, 2).toLowerCase())
    .find((l) => l === 'en' || l === 'es');
  if (preferred === note.lang && stored() !== '1') note.hidden = false;
  note.querySelector('[data-lang-note-dismiss]')!.addEventListener('click', () => {
    note.hidden = true;
    stored('1');
  });
}

type Readouts = typeof import('../charts/readout/interact');
let readouts: Promise<Readouts> | undefined;
const wake = (event: Event) => {
  const host = event.target instanceof Element && event.target.closest<HTMLElement>('[data-readout-host]');
  if (!host || host.hasAttribute('data-readout-ready')) return;
  if (event instanceof KeyboardEvent) {
    // A key pressed on the chart before its code is here is the read-out's, not the scroller's (a step change).
    if (event.target !== host || !/^(Arrow|Home$|End$|Escape$)/.test(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
  }
  // A URL held in a variable: the bundler leaves the import to the browser, which loads /readout.js on demand.
  // Each event that came while it loaded is handled then, in order.
  const url = '/readout.js';
  void (readouts ??= import(url) as Promise<Readouts>).then((m) => m.attach(host, event));
};
for (const type of ['pointerover', 'pointerdown', 'click', 'focusin', 'keydown'])
  document.addEventListener(type, wake, true);
document.addEventListener('DOMContentLoaded', () => {
  for (const host of document.querySelectorAll<HTMLElement>('[data-readout-host]')) host.tabIndex = 0;
  // The embed code's copy buttons (EmbedCode.astro) appear only where they can work; without scripts the
  // read-only fields are still selectable.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-embed-copy]')) {
    const field = document.getElementById(button.dataset['embedCopy'] ?? '');
    const status = button.nextElementSibling;
    if (!(field instanceof HTMLTextAreaElement) || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      field.select();
      let copied = true;
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        // No clipboard access (plain http, an old browser, permission refused): the code is selected, ready to copy.
        copied = false;
      }
      status.textContent = (copied ? button.dataset['copied'] : button.dataset['failed']) ?? '';
    });
  }
});
