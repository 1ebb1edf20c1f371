/**
 * The embed page's previous/next stepper, inlined as a classic script after the chart (like the resize reporter,
 * it then also runs in a frame sandboxed without allow-same-origin). It replaces a hydrated chart island: the
 * page server-renders every view the stepper walks through, the embed's own view in place and the others in
 * <template> elements (inert, and invisible to readers without scripts), and this script only swaps them.
 *
 * Markup it expects (src/pages/embed/[lang]/[chart]/[...view].astro):
 * - `[data-stepper]` holding `.step-controls` (shown only on a page marked `js` by the theme script, so readers
 *   without scripts see no dead buttons) with the previous and next buttons and the position label `[data-position]`, `[data-views]` whose children are the
 *   views in order (`.embed-view` for the one shown, <template> for the rest), and an empty polite live region
 *   `[data-announce]`;
 * - each view carries its position label in `data-label` and its chart's description in `[data-chart-description]`.
 *
 * The ends are marked aria-disabled rather than disabled: a disabled button loses focus, and the reader who just
 * reached the last view would be sent back to the top of the page.
 */
const stepper = document.querySelector('[data-stepper]');
if (stepper) {
  const controls = stepper.querySelector<HTMLElement>('.step-controls')!;
  const [previous, next] = controls.querySelectorAll('button');
  const position = controls.querySelector('[data-position]')!;
  const announce = stepper.querySelector('[data-announce]')!;
  const slots = [...stepper.querySelector('[data-views]')!.children];
  const views: (Element | undefined)[] = slots.map((slot) => (slot instanceof HTMLTemplateElement ? undefined : slot));
  let index = views.findIndex(Boolean);

  /**
   * The view's element, made from its template on first use. The charts' own descriptions are polite live
   * regions; inserted with their text they could be read out as well as ours, so they become plain text.
   */
  const view = (i: number): Element => {
    let element = views[i];
    if (!element) {
      element = (slots[i] as HTMLTemplateElement).content.firstElementChild!.cloneNode(true) as Element;
      views[i] = element;
    }
    for (const p of element.querySelectorAll('[aria-live]')) p.removeAttribute('aria-live');
    return element;
  };

  const show = () => {
    previous!.setAttribute('aria-disabled', String(index === 0));
    next!.setAttribute('aria-disabled', String(index === slots.length - 1));
    position.textContent = view(index).getAttribute('data-label');
  };

  const go = (step: number) => {
    const to = index + step;
    if (to < 0 || to >= slots.length) return;
    const from = view(index);
    const shown = view(to);
    // The "Show the data" table stays open or closed as the reader left it; its rows are the new view's.
    const [was, now] = [from, shown].map((v) => v.querySelector('details'));
    if (was && now) now.open = was.open;
    from.replaceWith(shown);
    index = to;
    // Turns on the fade (CSS, only without prefers-reduced-motion) for views shown from now on, not the first.
    stepper.setAttribute('data-stepped', '');
    announce.textContent = shown.querySelector('[data-chart-description]')!.textContent;
    show();
  };

  previous!.onclick = () => go(-1);
  next!.onclick = () => go(1);
  show();
}
