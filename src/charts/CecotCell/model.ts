/**
 * Everything the CECOT cell chart draws for a given state, as plain data in one coordinate system: metres, with
 * the cell's top-left corner at (0, 0). The Svelte composition draws this inside a viewBox of the same units, so
 * one metre is the same number of pixels across and down, and the standards' squares share the cell's scale.
 *
 * What is data and what is drawing: the cell's area, bunk places, tiers, toilets, basins, people counts,
 * standards and capacities all come from src/data. The cell's shape is not published, so it is drawn as a square
 * of that area; where the bunk frames, fixtures and people stand inside it (the constants below) is our layout
 * for legibility, not a plan of the prison. The prison view is a grid of the 256 cells, not a site plan.
 */
import { cecot, cecotHeld, peoplePerCell, type CellOccupancyClaim } from '../../data/cecot';
import { spaceStandards, type StandardId } from '../../data/standards';
import * as d from '../../data/derive';
import type { IsoDate, Language } from '../../data/types';
import { formatDate, formatNumber } from '../../lib/format';
import { OCCUPANT_COUNTS } from './occupants';
import type { CecotCellState } from './state';
import { formulaIn, t } from '../../lib/i18n';
import type { UiKey } from '../../lib/uiText';
import type { SourceId } from '../../data/sources';
import type { SourcedValue } from '../../data/types';
import type { Readout } from '../readout/attrs';
import { isInCell, type PersonMark } from './people';
import { readoutOf } from '../readout/text';
import { creditOf } from '../../lib/citation';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text placed over the drawing as HTML (so it wraps and stays 12 px at any width); top-left anchored. */
export interface HtmlLabel {
  key: string;
  x: number;
  y: number;
  /** Width of the text box, in metres. */
  width: number;
  align: 'left' | 'center';
  /** Whether `y` is the top of the text or its bottom (text that sits on a baseline or above a bar). */
  anchor: 'top' | 'bottom';
  lines: { text: string; strong?: boolean }[];
  /** Hidden labels stay in the DOM so they can fade. */
  visible: boolean;
}

export type { PersonMark } from './people';

export interface Fixture extends Rect {
  key: string;
  kind: 'toilet' | 'basin';
}

export interface ComparisonSquare {
  /** Left edge and bottom edge (squares stand on a common baseline), in metres. */
  x: number;
  baseline: number;
  /** Side in metres; 0 when hidden, so the square grows in from nothing. */
  side: number;
  color: string;
}

export interface CapacityBar extends Rect {
  key: 'announced' | 'analysed' | 'held';
  color: string;
  dashed: boolean;
  /** What a reader gets on pointing at the bar (src/charts/readout/), in the prison view. */
  readout?: Readout;
}

/** The read-outs of the close-up's parts (src/charts/readout/), in the cell view; each says what it stands for. */
export interface CellReadouts {
  people?: Readout;
  bunks: Readout;
  toilets: Readout;
  basins: Readout;
  perPerson?: Readout;
  standard?: Readout;
}

declare module '../states' {
  interface ChartModelTypes {
    'cecot-cell': CecotCellModel;
  }
}

export interface CecotCellModel {
  /** One cell close up, or the whole prison's cells. */
  scale: CecotCellState['scale'];
  /** The viewBox, in metres. */
  view: Rect;
  /** The cell outline: a square of the cell's area. */
  cell: Rect;
  frames: Rect[];
  places: Rect[];
  fixtures: Fixture[];
  /** A mark for each person the largest headcount needs; `isInCell` and `isBeyondRoom` say which are drawn. */
  people: PersonMark[];
  /** How many people the cell holds. */
  headcount: number;
  /** How many people the overlaid standard allows in the cell; none without a standard. */
  room: number | undefined;
  perPerson: ComparisonSquare;
  standard: ComparisonSquare & { id: StandardId | 'none' };
  cellLabels: HtmlLabel[];
  /** Paragraphs under the drawing, in plain words. */
  cellNotes: string[];
  prison: {
    cells: Rect[];
    /** The cell the close-up zooms into (the first one). */
    focus: Rect;
    bars: CapacityBar[];
    labels: HtmlLabel[];
    notes: string[];
  };
  /** Only in the cell view. */
  readouts: CellReadouts | undefined;
  description: string;
}

// Layout, in metres (schematic choices, see the header).
const MARGIN = 0.1;
const FRAME_DEPTH = 1.9;
const FRAME_GAP = 0.18;
const AISLE_PAD = 0.3;
const FLOOR_PITCH = 1.05;
const FLOOR_TOP = 5.2;
const PANEL_GAP = 0.55;
const LABEL_GAP = 0.2;

/** Metres rounded to the millimetre, so the markup carries no floating-point noise. */
const toMillimetre = (v: number) => Math.round(v * 1000) / 1000;

/** The claims that reported `occupants` people in a cell (the first one's source feeds the area per person). */
export function claimsFor(occupants: number): CellOccupancyClaim[] {
  return peoplePerCell.filter((c) => c.min === occupants || c.max === occupants);
}

/** "the low end of the 65 to 70 AP reported in March 2025", joined with "and" when two claims match. */
export function claimPhrase(occupants: number, lang: Language): string {
  return claimsFor(occupants)
    .map((c) => {
      // Month precision: "in March 2025" reads right whatever precision the claim's date has.
      const vars = {
        credit: creditOf(c.source, lang),
        date: formatDate(c.date.slice(0, 7) as IsoDate, lang),
        min: formatNumber(c.min, lang),
        max: formatNumber(c.max, lang),
      };
      if (c.claimant === 'authorities') return t(lang, 'cell.claim.authorities', vars);
      if (c.min === c.max) return t(lang, 'cell.claim.single', vars);
      return t(lang, c.min === occupants ? 'cell.claim.low' : 'cell.claim.high', vars);
    })
    .join(t(lang, 'cell.claim.and'));
}

/** Floor area per person for the drawn count, with its formula; undefined for the empty cell. */
export function areaPerPerson(occupants: number): d.Derived | undefined {
  const claim = claimsFor(occupants)[0];
  if (occupants <= 0 || !claim) return undefined;
  return d.floorAreaPerPerson(cecot.cellAreaM2, { value: occupants, source: claim.source });
}

/** People the cell would hold at a standard's shared-cell minimum: our arithmetic, rounded down. */
export function roomUnderStandard(id: StandardId): number {
  // The epsilon keeps an exact quotient (100 / 4) from flooring to one less through float error.
  return Math.floor(cecot.cellAreaM2.value / spaceStandards[id].sharedM2.value + 1e-9);
}

/** Capacity per cell for the announced figure (our arithmetic) and the analysed one (derive.ts). */
export function perCell(): { announced: d.Derived; analysed: d.Derived; cells: d.Derived } {
  const cells = d.cecotCells();
  const cap = cecot.announcedCapacity;
  const announced: d.Derived = {
    value: cap.value / cells.value,
    sources: [...new Set([cap.source, ...cells.sources])],
    confidence: 'low',
    formula: `${formatNumber(cap.value, 'en')} / ${cells.value} cells`,
  };
  return { announced, analysed: d.cecotPeoplePerCellAtAnalysed(), cells };
}

function standardLabelName(id: StandardId, lang: Language): string {
  return t(lang, id === 'icrc' ? 'cell.standard.icrc' : 'cell.standard.cpt');
}

function ratioPhrase(share: number, lang: Language): string {
  if (share < 1 / 3) return t(lang, 'cell.ratio.third');
  if (share < 1 / 2) return t(lang, 'cell.ratio.half');
  return t(lang, 'cell.ratio.share', { share: formatNumber(Math.round(share * 100), lang) });
}

/**
 * What each part of the close-up stands for, with its source, and the floor each person has at the count drawn
 * (our arithmetic), which every part's read-out ends with.
 */
function cellReadouts(state: CecotCellState, lang: Language, each: d.Derived | undefined): CellReadouts {
  const num = (v: number) => formatNumber(v, lang);
  const density = each ? ' ' + t(lang, 'cell.readout.density', { n: num(state.occupants), each: num(each.value) }) : '';
  const part = (key: UiKey, value: SourcedValue<SourceId>, row: number): Readout => {
    const r = readoutOf(lang, {
      series: t(lang, key),
      value: num(value.value),
      source: value.source,
      confidence: value.confidence,
      row,
    });
    return { ...r, text: r.text + density };
  };
  const readouts: CellReadouts = {
    bunks: part('cell.readout.bunks', cecot.bunkPlacesPerCell, 0),
    toilets: part('cell.readout.toilets', cecot.toiletsPerCell, 0),
    basins: part('cell.readout.basins', cecot.basinsPerCell, 0),
  };
  if (each) {
    const perPerson = readoutOf(lang, {
      series: t(lang, 'cell.readout.person', { n: num(state.occupants) }),
      value: t(lang, 'cell.readout.each', { each: num(each.value) }),
      source: each.sources,
      derived: true,
      confidence: each.confidence,
      row: 1,
    });
    readouts.people = { ...perPerson, row: 0 };
    readouts.perPerson = perPerson;
  }
  if (state.standard !== 'none') {
    const std = spaceStandards[state.standard].sharedM2;
    readouts.standard = readoutOf(lang, {
      series: t(lang, 'cell.readout.standard', { body: standardLabelName(state.standard, lang) }),
      value: t(lang, 'cell.readout.each', { each: num(std.value) }),
      source: std.source,
      confidence: std.confidence,
      row: 1,
    });
  }
  return readouts;
}

/**
 * The model as a drawing that never moves needs it (`still` in define.ts): only the marks and labels it shows.
 * The island keeps a mark for every person the largest headcount needs, and the labels of both views, so that
 * people fade in and out and labels swap during a zoom; a drawing of one step would carry the unseen ones too.
 */
export function stillCell(model: CecotCellModel): CecotCellModel {
  const close = model.scale === 'cell';
  return {
    ...model,
    people: close ? model.people.filter((p) => isInCell(model, p)) : [],
    cellLabels: close ? model.cellLabels.filter((l) => l.visible) : [],
    prison: { ...model.prison, labels: close ? [] : model.prison.labels },
  };
}

export function cecotCellModel(state: CecotCellState, lang: Language): CecotCellModel {
  const area = cecot.cellAreaM2.value;
  const side = Math.sqrt(area);
  const places = cecot.bunkPlacesPerCell.value;
  const tiers = cecot.bunkTiers.value;
  const toilets = cecot.toiletsPerCell.value;
  const basins = cecot.basinsPerCell.value;
  const frameCount = places / tiers;
  if (!Number.isInteger(frameCount))
    throw new Error(`CecotCell: ${places} bunk places do not divide into frames of ${tiers} tiers`);
  const n = state.occupants;
  const num = (v: number) => formatNumber(v, lang);
  const about = cecot.cellAreaM2.qualifier === 'about' ? `${t(lang, 'qualifier.about')} ` : '';

  // Bunk frames against the left and right walls, alternating sides from the back wall forward, so people fill
  // the cell evenly from the back.
  const perSide = Math.ceil(frameCount / 2);
  const pitch = (side - 2 * MARGIN) / perSide;
  const frames: Rect[] = Array.from({ length: frameCount }, (_, f) => {
    const row = Math.floor(f / 2);
    const x = f % 2 === 0 ? MARGIN : side - MARGIN - FRAME_DEPTH;
    return {
      x,
      y: toMillimetre(MARGIN + row * pitch + FRAME_GAP / 2),
      w: FRAME_DEPTH,
      h: toMillimetre(pitch - FRAME_GAP),
    };
  });
  const placeRects: Rect[] = frames.flatMap((fr) =>
    Array.from({ length: tiers }, (_, k) => ({
      x: toMillimetre(fr.x + (k * fr.w) / tiers),
      y: fr.y,
      w: toMillimetre(fr.w / tiers),
      h: fr.h,
    })),
  );

  // The aisle between the two rows of frames: fixtures at the back, people without a bunk place in front.
  const aisleX0 = MARGIN + FRAME_DEPTH + AISLE_PAD;
  const aisleX1 = side - MARGIN - FRAME_DEPTH - AISLE_PAD;
  const aisleW = aisleX1 - aisleX0;
  const maxPeople = Math.max(...OCCUPANT_COUNTS);
  const floorSpots = Math.max(0, maxPeople - places);
  const cols = Math.max(1, Math.floor(aisleW / FLOOR_PITCH));
  const floorX0 = aisleX0 + (aisleW - (cols - 1) * FLOOR_PITCH) / 2;
  const room = state.standard === 'none' ? undefined : roomUnderStandard(state.standard);

  const people: PersonMark[] = Array.from({ length: maxPeople }, (_, i) => {
    const onFloor = i >= places;
    const spot = onFloor
      ? {
          x: floorX0 + ((i - places) % cols) * FLOOR_PITCH,
          y: FLOOR_TOP + Math.floor((i - places) / cols) * FLOOR_PITCH,
        }
      : { x: placeRects[i]!.x + placeRects[i]!.w / 2, y: placeRects[i]!.y + placeRects[i]!.h / 2 };
    return { key: i, x: toMillimetre(spot.x), y: toMillimetre(spot.y) };
  });

  const fixtures: Fixture[] = [
    ...Array.from({ length: toilets }, (_, i) => ({
      key: `toilet-${i}`,
      kind: 'toilet' as const,
      x: aisleX0 + 0.1 + i * 0.75,
      y: 0.3,
      w: 0.5,
      h: 0.7,
    })),
    ...Array.from({ length: basins }, (_, i) => ({
      key: `basin-${i}`,
      kind: 'basin' as const,
      x: aisleX1 - 0.1 - 0.6 - (basins - 1 - i) * 0.8,
      y: 0.3,
      w: 0.6,
      h: 0.45,
    })),
  ];
  const toiletMid = aisleX0 + 0.1 + ((toilets - 1) * 0.75 + 0.5) / 2;
  const basinMid = aisleX1 - 0.1 - ((basins - 1) * 0.8 + 0.6) / 2;

  // The two squares under the cell, on one baseline, at the cell's scale.
  const biggest = Math.max(...Object.values(spaceStandards).map((s) => Math.sqrt(s.sharedM2.value)));
  const baseline = side + PANEL_GAP + biggest;
  const each = areaPerPerson(n);
  const perPerson: ComparisonSquare = {
    x: 0,
    baseline,
    side: each ? Math.sqrt(each.value) : 0,
    color: 'var(--c-person)',
  };
  // Labels sit right of the largest square each slot can hold, so they never move between states.
  const widestPerPerson = Math.sqrt(area / Math.min(...OCCUPANT_COUNTS.filter((c) => c > 0)));
  const stdX = side / 2;
  const standard = {
    id: state.standard,
    x: stdX,
    baseline,
    side: state.standard === 'none' ? 0 : Math.sqrt(spaceStandards[state.standard].sharedM2.value),
    color: state.standard === 'none' ? 'transparent' : `var(--c-standard-${state.standard})`,
  };

  const stdValue = state.standard === 'none' ? undefined : spaceStandards[state.standard].sharedM2.value;
  const cellLabels: HtmlLabel[] = [
    {
      key: 'toilets',
      x: toiletMid - 0.9,
      y: 1.1,
      width: 1.8,
      align: 'center',
      anchor: 'top',
      lines: [{ text: t(lang, 'cell.label.toilets', { n: num(toilets) }) }],
      visible: true,
    },
    {
      key: 'basins',
      x: basinMid - 0.9,
      y: 1.1,
      width: 1.8,
      align: 'center',
      anchor: 'top',
      lines: [{ text: t(lang, 'cell.label.basins', { n: num(basins) }) }],
      visible: true,
    },
    {
      key: 'people',
      x: aisleX0,
      y: 2.0,
      width: aisleW,
      align: 'center',
      anchor: 'top',
      lines:
        n > 0 && each
          ? [
              { text: t(lang, 'cell.label.people', { n: num(n) }), strong: true },
              { text: t(lang, 'cell.label.areaEach', { area: num(each.value) }) },
            ]
          : [
              { text: t(lang, 'cell.label.empty'), strong: true },
              { text: t(lang, 'cell.label.areaTotal', { about, area: num(area) }) },
            ],
      visible: true,
    },
    {
      key: 'bunks',
      x: aisleX0,
      y: 3.55,
      width: aisleW,
      align: 'center',
      anchor: 'top',
      lines: [
        { text: t(lang, 'cell.label.bunks', { places: num(places) }), strong: true },
        { text: t(lang, 'cell.label.frames', { frames: num(frameCount), tiers: num(tiers) }) },
      ],
      visible: true,
    },
    {
      key: 'floor',
      x: aisleX0,
      y: FLOOR_TOP + Math.ceil(floorSpots / cols) * FLOOR_PITCH - 0.45,
      width: aisleW,
      align: 'center',
      anchor: 'top',
      lines: [{ text: t(lang, 'cell.label.floor', { n: num(Math.max(0, n - places)) }) }],
      visible: n > places,
    },
    {
      key: 'per-person',
      x: widestPerPerson + LABEL_GAP,
      y: baseline,
      anchor: 'bottom',
      width: stdX - widestPerPerson - 2 * LABEL_GAP,
      align: 'left',
      lines: each
        ? [
            { text: t(lang, 'cell.label.perPersonHead'), strong: true },
            { text: t(lang, 'cell.label.each', { area: num(each.value) }) },
            { text: t(lang, 'cell.label.atPeople', { n: num(n) }) },
          ]
        : [],
      visible: each !== undefined,
    },
    {
      key: 'standard',
      x: stdX + biggest + LABEL_GAP,
      y: baseline,
      anchor: 'bottom',
      width: side - stdX - biggest - LABEL_GAP,
      align: 'left',
      lines:
        state.standard === 'none' || stdValue === undefined || room === undefined
          ? []
          : [
              {
                text: t(lang, 'cell.label.standardHead', { body: standardLabelName(state.standard, lang) }),
                strong: true,
              },
              { text: t(lang, 'cell.label.each', { area: num(stdValue) }) },
              { text: t(lang, 'cell.label.room', { n: num(room) }) },
            ],
      visible: state.standard !== 'none',
    },
  ];

  const formula = each ? formulaIn(lang, each.formula) : '';
  const cellNotes: string[] = [];
  if (n > 0 && each) {
    cellNotes.push(
      t(lang, 'cell.note.area', { n: num(n), about, area: num(area), each: num(each.value), formula }) +
        ' ' +
        t(lang, 'cell.note.claim', { claims: claimPhrase(n, lang) }),
    );
    if (n > places) cellNotes.push(t(lang, 'cell.note.floor', { places: num(places), extra: num(n - places) }));
  } else {
    cellNotes.push(
      t(lang, 'cell.note.empty', {
        about,
        area: num(area),
        places: num(places),
        frames: num(frameCount),
        tiers: num(tiers),
        toilets: num(toilets),
        basins: num(basins),
      }),
    );
  }
  if (state.standard !== 'none' && stdValue !== undefined && room !== undefined) {
    const body = standardLabelName(state.standard, lang);
    let text = t(lang, 'cell.note.standard', { body, std: num(stdValue), room: num(room), area: num(area) });
    if (n > room) text += ' ' + t(lang, 'cell.note.beyond', { n: num(n), extra: num(n - room) });
    if (state.standard === 'cpt') text += ' ' + t(lang, 'cell.note.cptSanitary', { area: num(area) });
    cellNotes.push(text);
  }

  // The whole prison: one block of cells per building, each cell a small square (not to the close-up's scale).
  const { announced, analysed, cells: cellCount } = perCell();
  const buildings = cecot.buildings.value;
  const perBuilding = cecot.cellsPerBuilding.value;
  const blockCols = 4;
  const blockRows = Math.ceil(buildings / blockCols);
  const cellCols = 4;
  const cellRows = Math.ceil(perBuilding / cellCols);
  const gridTop = 1.15;
  const gridH = 5.2;
  const blockGapX = 0.45;
  const blockGapY = 0.45;
  const cp = Math.min(
    (gridH - (blockRows - 1) * blockGapY) / (blockRows * cellRows),
    (side - (blockCols - 1) * blockGapX) / (blockCols * cellCols),
  );
  const gridW = blockCols * cellCols * cp + (blockCols - 1) * blockGapX;
  const gridX0 = (side - gridW) / 2;
  const prisonCells: Rect[] = [];
  for (let b = 0; b < buildings; b++) {
    const bx = gridX0 + (b % blockCols) * (cellCols * cp + blockGapX);
    const by = gridTop + Math.floor(b / blockCols) * (cellRows * cp + blockGapY);
    for (let c = 0; c < perBuilding; c++) {
      prisonCells.push({
        x: toMillimetre(bx + (c % cellCols) * cp),
        y: toMillimetre(by + Math.floor(c / cellCols) * cp),
        w: toMillimetre(cp * 0.82),
        h: toMillimetre(cp * 0.82),
      });
    }
  }
  if (prisonCells.length !== cellCount.value)
    throw new Error('CecotCell: prison grid does not match the number of cells');

  const held = d.latest(cecotHeld);
  const maxBar = Math.max(cecot.announcedCapacity.value, cecot.analysedCapacity.value, held.value);
  const barsTop = gridTop + gridH + 0.55;
  const rowH = (side + PANEL_GAP + biggest - barsTop) / 3;
  const barH = 0.42;
  const barRows = [
    { key: 'announced' as const, value: cecot.announcedCapacity.value, color: 'var(--c-capacity)', dashed: true },
    { key: 'analysed' as const, value: cecot.analysedCapacity.value, color: 'var(--c-bunk)', dashed: false },
    { key: 'held' as const, value: held.value, color: 'var(--c-person)', dashed: false },
  ];
  const bars: CapacityBar[] = barRows.map((r, i) => ({
    key: r.key,
    color: r.color,
    dashed: r.dashed,
    x: 0,
    y: toMillimetre(barsTop + i * rowH + rowH - barH - 0.15),
    w: toMillimetre((r.value / maxBar) * side),
    h: barH,
  }));
  const heldAbout = held.qualifier === 'about' ? `${t(lang, 'qualifier.about')} ` : '';
  const barText = {
    announced: t(lang, 'cell.prison.announced', {
      value: num(cecot.announcedCapacity.value),
      perCell: num(Math.round(announced.value)),
    }),
    analysed: t(lang, 'cell.prison.analysed', {
      value: num(cecot.analysedCapacity.value),
      perCell: num(analysed.value),
    }),
    held: t(lang, 'cell.prison.held', { about: heldAbout, value: num(held.value), date: formatDate(held.date, lang) }),
  };
  const barSource = { announced: cecot.announcedCapacity, analysed: cecot.analysedCapacity, held };
  const barReadout = (key: CapacityBar['key']) =>
    readoutOf(lang, {
      series: barText[key],
      date: barSource[key].date,
      source: barSource[key].source,
      confidence: barSource[key].confidence,
      row: 0,
    });
  const prisonLabels: HtmlLabel[] = [
    {
      key: 'head',
      x: 0,
      y: 0,
      width: side,
      align: 'left',
      anchor: 'top',
      lines: [
        {
          text: t(lang, 'cell.prison.head', {
            cells: num(cellCount.value),
            buildings: num(buildings),
            perBuilding: num(perBuilding),
          }),
          strong: true,
        },
        { text: t(lang, 'cell.prison.square', { about, area: num(area) }) },
      ],
      visible: true,
    },
    ...bars.map((b) => ({
      key: `bar-${b.key}`,
      x: 0,
      y: toMillimetre(b.y - 0.08),
      anchor: 'bottom' as const,
      width: side,
      align: 'left' as const,
      lines: [{ text: barText[b.key] }],
      visible: true,
    })),
  ];
  const prisonNotes = [
    t(lang, 'cell.prison.note', {
      cells: num(cellCount.value),
      cellsFormula: formulaIn(lang, cellCount.formula),
      announced: num(cecot.announcedCapacity.value),
      announcedDate: formatDate(cecot.announcedCapacity.date, lang),
      analysed: num(cecot.analysedCapacity.value),
      announcedPerCell: num(Math.round(announced.value)),
      announcedFormula: formulaIn(lang, announced.formula),
      analysedPerCell: num(analysed.value),
      analysedFormula: formulaIn(lang, analysed.formula),
      places: num(places),
    }),
    t(lang, 'cell.prison.heldNote', { about: heldAbout, held: num(held.value), date: formatDate(held.date, lang) }),
  ];

  const view: Rect = { x: -MARGIN, y: -MARGIN, w: side + 2 * MARGIN, h: baseline + 2 * MARGIN };
  const description = describe(state, lang, {
    area,
    about,
    places,
    toilets,
    basins,
    each,
    room,
    stdValue,
    announcedPerCell: announced.value,
    analysedPerCell: analysed.value,
  });

  return {
    scale: state.scale,
    view,
    cell: { x: 0, y: 0, w: side, h: side },
    frames,
    places: placeRects,
    fixtures,
    people,
    headcount: n,
    room,
    perPerson,
    standard,
    cellLabels,
    cellNotes,
    prison: {
      cells: prisonCells,
      focus: prisonCells[0]!,
      bars: state.scale === 'prison' ? bars.map((b) => ({ ...b, readout: barReadout(b.key) })) : bars,
      labels: prisonLabels,
      notes: prisonNotes,
    },
    readouts: state.scale === 'cell' ? cellReadouts(state, lang, each) : undefined,
    description,
  };
}

function describe(
  state: CecotCellState,
  lang: Language,
  f: {
    area: number;
    about: string;
    places: number;
    toilets: number;
    basins: number;
    each: d.Derived | undefined;
    room: number | undefined;
    stdValue: number | undefined;
    announcedPerCell: number;
    analysedPerCell: number;
  },
): string {
  const num = (v: number) => formatNumber(v, lang);
  if (state.scale === 'prison') {
    const held = d.latest(cecotHeld);
    return t(lang, 'cell.describe.prison', {
      cells: num(d.cecotCells().value),
      buildings: num(cecot.buildings.value),
      perBuilding: num(cecot.cellsPerBuilding.value),
      announced: num(cecot.announcedCapacity.value),
      announcedPerCell: num(Math.round(f.announcedPerCell)),
      analysed: num(cecot.analysedCapacity.value),
      analysedPerCell: num(f.analysedPerCell),
      about: held.qualifier === 'about' ? `${t(lang, 'qualifier.about')} ` : '',
      held: num(held.value),
      date: formatDate(held.date, lang),
    });
  }
  let text = t(lang, 'cell.describe.cell', {
    about: f.about,
    area: num(f.area),
    places: num(f.places),
    toilets: num(f.toilets),
    basins: num(f.basins),
  });
  if (state.occupants > 0 && f.each) {
    text += t(lang, 'cell.describe.holding', {
      n: num(state.occupants),
      claims: claimPhrase(state.occupants, lang),
      each: num(f.each.value),
    });
    if (state.standard !== 'none' && f.stdValue !== undefined) {
      text += t(lang, 'cell.describe.versus', {
        ratio: ratioPhrase(f.each.value / f.stdValue, lang),
        standard: t(lang, state.standard === 'icrc' ? 'cell.describe.standard.icrc' : 'cell.describe.standard.cpt', {
          std: num(f.stdValue),
        }),
      });
    }
  } else {
    text += t(lang, 'cell.describe.empty');
  }
  text += '.';
  if (state.occupants > f.places)
    text += ' ' + t(lang, 'cell.note.floor', { places: num(f.places), extra: num(state.occupants - f.places) });
  if (state.standard !== 'none' && f.room !== undefined) {
    text += ' ' + t(lang, 'cell.describe.room', { room: num(f.room), body: standardLabelName(state.standard, lang) });
  }
  return text + ' ' + t(lang, 'cell.describe.schematic');
}
