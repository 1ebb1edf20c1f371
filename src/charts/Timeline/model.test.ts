/**
 * The timeline's model (src/charts/Timeline/model.ts): an event dated to a day is a point, anything longer or
 * vaguer a band; each view shows the events inside its window and lanes; dates are written as precisely as
 * their records give them; labels never overlap at the shortest plot the CSS allows.
 */
import { describe, expect, it } from 'vitest';
import { chartStates } from '../states';
import { eventBounds, isPoint, LABEL_LINE_PX, longWhen, MIN_PLOT_HEIGHT_PX, timelineModel, windowOf } from './model';
import { PLACE_STEP } from './place';

/** How far a drawn place may be from the exact one: positions are kept to PLACE_STEP percent, in pixels here. */
const ROUNDING_PX = (PLACE_STEP / 100) * MIN_PLOT_HEIGHT_PX;
import { timelineEvents } from '../../data/datedEvents';
import type { IsoDate } from '../../data/types';
import { facts } from '../../data/facts';
import { dateBounds } from '../../data/dates';
import { registry } from '../registry';

const spec = chartStates.timeline;
const views = spec.views;
const shownIds = (state: unknown) =>
  timelineModel(spec.parse(state), 'en')
    .events.filter((e) => e.shown)
    .map((e) => e.id);

describe('points and bands', () => {
  it.each([
    { event: { date: '2025-03-15' }, point: true },
    { event: { date: '2025-03' }, point: false },
    { event: { date: '2025' }, point: false },
    { event: { date: '2025-03-15', until: '2025-03-16' }, point: false },
  ] as { event: { date: IsoDate; until?: IsoDate }; point: boolean }[])(
    '$event is a point: $point',
    ({ event, point }) => {
      expect(isPoint(event)).toBe(point);
    },
  );

  it.each([
    { event: { date: '2025-04-07' }, from: '2025-04-07T00:00Z', to: '2025-04-08T00:00Z' },
    { event: { date: '2025-04' }, from: '2025-04-01T00:00Z', to: '2025-05-01T00:00Z' },
    { event: { date: '2025-03-16', until: '2025-07-18' }, from: '2025-03-16T00:00Z', to: '2025-07-19T00:00Z' },
    { event: { date: '2025-03', until: '2025-07' }, from: '2025-03-01T00:00Z', to: '2025-08-01T00:00Z' },
  ] as { event: { date: IsoDate; until?: IsoDate }; from: string; to: string }[])(
    '$event covers $from to $to',
    ({ event, from, to }) => {
      expect(eventBounds(event)).toEqual([Date.parse(from), Date.parse(to)]);
    },
  );

  it('draws a day as a point and a span as a band from its first day to the end of its last', () => {
    const model = timelineModel(views.all!, 'en');
    const [t0, t1] = windowOf('all');
    const pct = (ms: number) => ((ms - t0) / (t1 - t0)) * 100;
    for (const e of timelineEvents) {
      const drawn = model.events.find((d) => d.id === e.id)!;
      const [start, end] = eventBounds(e);
      if (isPoint(e)) {
        expect(drawn.span, e.id).toBe(0);
        expect(Math.abs(drawn.y - pct((start + end) / 2)), e.id).toBeLessThanOrEqual(PLACE_STEP / 2);
      } else {
        expect(Math.abs(drawn.y - pct(start)), e.id).toBeLessThanOrEqual(PLACE_STEP / 2);
        expect(Math.abs(drawn.y + drawn.span - pct(end)), e.id).toBeLessThanOrEqual(PLACE_STEP);
      }
    }
    // The flights (two days) and the ICRC's undated visits (the months the men were held) are the bands today.
    expect(model.events.filter((e) => e.span > 0).map((e) => e.id)).toEqual(['flights', 'icrc-visits']);
  });
});

describe('what each view shows', () => {
  it('the night of the flights: from the proclamation to the arrival, 14 to 17 March 2025', () => {
    expect(shownIds(views.flights)).toEqual([
      'proclamation-signed',
      'proclamation-public',
      'restraining-order',
      'flights',
      'arrival',
    ]);
    expect(timelineModel(views.flights!, 'en').ticks.map((t) => t.label)).toEqual([
      '14 Mar',
      '15 Mar',
      '16 Mar',
      '17 Mar',
    ]);
  });

  it('the spring: the night of the flights and the Supreme Court orders through 16 May, by month', () => {
    expect(shownIds(views.spring)).toEqual([
      'proclamation-signed',
      'proclamation-public',
      'restraining-order',
      'flights',
      'arrival',
      'supreme-court-notice',
      'supreme-court-abrego',
      'supreme-court-halt',
      'supreme-court-notice-not-enough',
    ]);
    expect(timelineModel(views.spring!, 'en').ticks.map((t) => t.label)).toEqual(['Mar 2025', 'Apr', 'May']);
  });

  it('everything: every event, from the first event’s month to the end of the last one’s', () => {
    expect(shownIds(views.all)).toEqual(timelineEvents.map((e) => e.id));
    const [t0, t1] = windowOf('all');
    expect([new Date(t0).toISOString(), new Date(t1).toISOString()]).toEqual([
      '2025-03-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('one lane hides the other’s events and rail, and the description names only the lane shown', () => {
    const model = timelineModel(spec.parse({ lanes: ['sv'] }), 'en');
    expect(model.events.filter((e) => e.shown).every((e) => e.lane === 'sv')).toBe(true);
    expect(model.lanes.map((l) => [l.key, l.shown])).toEqual([
      ['us', false],
      ['sv', true],
    ]);
    expect(model.description).not.toContain('United States:');
    expect(model.description).toContain('El Salvador: 16 March 2025, Men arrive at CECOT;');
  });

  it('picks out the highlighted event only', () => {
    const model = timelineModel(spec.parse({ zoom: 'spring', highlight: 'supreme-court-halt' }), 'en');
    expect(model.events.filter((e) => e.highlight).map((e) => e.id)).toEqual(['supreme-court-halt']);
  });

  it.each(Object.keys(views))('%s: shown marks lie inside the plot; hidden labels wait at their marks', (view) => {
    for (const e of timelineModel(views[view]!, 'es').events) {
      if (e.shown) {
        expect(e.y, e.id).toBeGreaterThanOrEqual(0);
        expect(e.y + e.span, e.id).toBeLessThanOrEqual(100);
      } else {
        // Clamped just outside the plot, so they slide in from the side where they belong.
        expect(e.labelY, e.id).toBe(Math.min(104, Math.max(-4, e.y + e.span / 2)));
      }
    }
  });

  it.each(Object.keys(views).flatMap((view) => (['en', 'es'] as const).map((lang) => ({ view, lang }))))(
    '$view ($lang): labels one line apart at the shortest plot',
    ({ view, lang }) => {
      const centres = timelineModel(views[view]!, lang)
        .events.filter((e) => e.shown)
        .map((e) => (e.labelY / 100) * MIN_PLOT_HEIGHT_PX)
        .sort((a, b) => a - b);
      for (let i = 1; i < centres.length; i++)
        expect(centres[i]! - centres[i - 1]!).toBeGreaterThanOrEqual(LABEL_LINE_PX - ROUNDING_PX);
      expect(centres[0]).toBeGreaterThanOrEqual(LABEL_LINE_PX / 2 - ROUNDING_PX);
      expect(centres.at(-1)).toBeLessThanOrEqual(MIN_PLOT_HEIGHT_PX - LABEL_LINE_PX / 2 + ROUNDING_PX);
    },
  );
});

describe('dates as precise as their records', () => {
  it.each([
    { event: { date: '2025-04-07' }, en: '7 April 2025', es: '7 de abril de 2025' },
    { event: { date: '2025-04' }, en: 'April 2025', es: 'abril de 2025' },
    { event: { date: '2025-03-15', until: '2025-03-16' }, en: '15–16 March 2025', es: '15–16 de marzo de 2025' },
    {
      event: { date: '2025-03-16', until: '2025-07-18' },
      en: '16 March – 18 July 2025',
      es: '16 de marzo – 18 de julio de 2025',
    },
  ] as { event: { date: IsoDate; until?: IsoDate }; en: string; es: string }[])(
    'written out: $en / $es',
    ({ event, en, es }) => {
      expect(longWhen(event, 'en')).toBe(en);
      expect(longWhen(event, 'es')).toBe(es);
    },
  );

  it('labels: a day with its day, a short span as days, a span of months as months', () => {
    const when = Object.fromEntries(timelineModel(views.all!, 'en').events.map((e) => [e.id, e.when]));
    expect(when['supreme-court-notice']).toBe('7 Apr');
    expect(when.flights).toBe('15–16 Mar');
    expect(when['icrc-visits']).toBe('Mar–Jul');
  });
});

describe("the headline's claims hold in the data", () => {
  // "The flights left the day the proclamation was made public; the courts have not finished"
  it('the flights left on the day the proclamation was made public', () => {
    const start = (id: string) => eventBounds(timelineEvents.find((e) => e.id === id)!)[0];
    expect(start('flights')).toBe(start('proclamation-public'));
  });

  it('the full Fifth Circuit heard the appeal after every ruling drawn, and no later ruling is recorded', () => {
    const argued = dateBounds(facts['fifth-circuit-en-banc-argument-date'].date)[0];
    for (const e of timelineEvents) expect(eventBounds(e)[1], e.id).toBeLessThanOrEqual(argued);
  });

  it('Spanish labels write a span of days as its single days are written: "15–16 mar" beside "15 mar"', () => {
    const when = Object.fromEntries(timelineModel(views.all!, 'es').events.map((e) => [e.id, e.when]));
    expect(when['proclamation-public']).toBe('15 mar');
    expect(when.flights).toBe('15–16 mar');
  });
});

describe('a drawing that never changes (still)', () => {
  it('keeps only the events its lanes and window show, in the same places', () => {
    const whole = timelineModel(views.flights!, 'en');
    const still = registry.timeline.still!(whole as never) as typeof whole;
    expect(whole.events.some((e) => !e.shown)).toBe(true);
    expect(still.events).toEqual(whole.events.filter((e) => e.shown));
    expect(still.ticks).toEqual(whole.ticks);
  });
});
