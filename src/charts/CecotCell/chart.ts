/** The CECOT cell chart: what surrounds it wherever it appears (see src/charts/define.ts). */
import type { IsoDate, Qualifier } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { cecot, cecotHeld, peoplePerCell } from '../../data/cecot';
import { spaceStandards } from '../../data/standards';
import { latest } from '../../data/derive';
import { formatNumber, formatQualified } from '../../lib/format';
import { formulaIn, localized, t } from '../../lib/i18n';
import { defineChart, type TableRow } from '../define';
import { derivedRow, latestDate, row, uniqueSources } from '../table';
import { areaPerPerson, cecotCellModel, claimsFor, stillCell, perCell, roomUnderStandard } from './model';
import { cecotCellImage } from './staticSvg';
import spec from './state';

type CellFact =
  | 'cellAreaM2'
  | 'bunkPlacesPerCell'
  | 'bunkTiers'
  | 'toiletsPerCell'
  | 'basinsPerCell'
  | 'buildings'
  | 'cellsPerBuilding'
  | 'announcedCapacity'
  | 'analysedCapacity';
/** Units of the table's rows: `cell.table.unit.<key>`, and m² (`unit.m2`). */
type CellUnit =
  | 'm2'
  | 'm2PerPerson'
  | 'places'
  | 'placesPerCell'
  | 'tiers'
  | 'frames'
  | 'toilets'
  | 'basins'
  | 'buildings'
  | 'cells'
  | 'people'
  | 'peoplePerCell';

const cecotFacts = [
  ...Object.values(cecot),
  ...peoplePerCell,
  ...Object.values(spaceStandards).flatMap((s) => [s.sharedM2, s.singleM2]),
  latest(cecotHeld),
];

export default defineChart({
  id: 'cecot-cell',
  spec,
  titleKey: 'cell.title',
  dekKey: 'cell.dek',
  notesKey: 'cell.notes',
  datasets: ['cecot', 'space-standards'],
  sources: uniqueSources(cecotFacts),
  asOf: latestDate(cecotFacts),
  marks: [],
  embedHeight: 1000,
  model: cecotCellModel,
  still: stillCell,
  describe: (state, lang) => cecotCellModel(state, lang).description,
  // Every figure the cell or the prison view writes or draws: the sourced facts, the people-per-cell claims, and
  // our arithmetic on them (frames, area per person, people on the floor or beyond a standard), each with its unit.
  table: (state, lang) => {
    const unit = (key: CellUnit) => t(lang, key === 'm2' ? 'unit.m2' : `cell.table.unit.${key}`);
    const num = (v: number) => formatNumber(v, lang);
    const fact = (key: CellFact, u: CellUnit) => {
      const f: { value: number; date: IsoDate; source: SourceId; qualifier?: Qualifier } = cecot[key];
      return row(
        t(lang, `cell.table.${key}`),
        f.date,
        formatQualified(f.value, f.qualifier, lang),
        unit(u),
        f.source,
        lang,
      );
    };
    if (state.scale === 'prison') {
      const { announced, analysed, cells } = perCell();
      const held = latest(cecotHeld);
      return [
        fact('buildings', 'buildings'),
        fact('cellsPerBuilding', 'cells'),
        derivedRow(
          t(lang, 'cell.table.cells', { formula: formulaIn(lang, cells.formula) }),
          cecot.cellsPerBuilding.date,
          num(cells.value),
          unit('cells'),
          cells.sources,
          lang,
        ),
        fact('cellAreaM2', 'm2'),
        fact('announcedCapacity', 'places'),
        derivedRow(
          t(lang, 'cell.table.announcedPerCell', { formula: formulaIn(lang, announced.formula) }),
          cecot.announcedCapacity.date,
          num(announced.value),
          unit('placesPerCell'),
          announced.sources,
          lang,
        ),
        fact('analysedCapacity', 'places'),
        derivedRow(
          t(lang, 'cell.table.analysedPerCell', { formula: formulaIn(lang, analysed.formula) }),
          cecot.analysedCapacity.date,
          num(analysed.value),
          unit('placesPerCell'),
          analysed.sources,
          lang,
        ),
        fact('bunkPlacesPerCell', 'places'),
        row(
          t(lang, 'cell.table.held'),
          held.date,
          formatQualified(held.value, held.qualifier, lang),
          unit('people'),
          held.source,
          lang,
        ),
      ];
    }
    const places = cecot.bunkPlacesPerCell;
    const tiers = cecot.bunkTiers;
    const rows: TableRow[] = [
      fact('cellAreaM2', 'm2'),
      fact('bunkPlacesPerCell', 'places'),
      fact('bunkTiers', 'tiers'),
      derivedRow(
        t(lang, 'cell.table.frames', { places: num(places.value), tiers: num(tiers.value) }),
        latestDate([places, tiers]),
        num(places.value / tiers.value),
        unit('frames'),
        [places.source, tiers.source],
        lang,
      ),
      fact('toiletsPerCell', 'toilets'),
      fact('basinsPerCell', 'basins'),
    ];
    const n = state.occupants;
    const claims = claimsFor(n);
    for (const c of claims) {
      const range = c.min === c.max ? num(c.min) : t(lang, 'cell.table.range', { min: num(c.min), max: num(c.max) });
      rows.push(
        row(
          t(lang, c.claimant === 'authorities' ? 'cell.table.claimAuthorities' : 'cell.table.claimReporters', {
            n: num(n),
          }),
          c.date,
          range,
          unit('peoplePerCell'),
          c.source,
          lang,
        ),
      );
    }
    const each = areaPerPerson(n);
    const claim = claims[0];
    if (each && claim) {
      rows.push(
        derivedRow(
          t(lang, 'cell.table.areaPerPerson', { formula: formulaIn(lang, each.formula) }),
          claim.date,
          num(each.value),
          unit('m2PerPerson'),
          each.sources,
          lang,
        ),
      );
      if (n > places.value)
        rows.push(
          derivedRow(
            t(lang, 'cell.table.floor', { n: num(n), places: num(places.value) }),
            latestDate([claim, places]),
            num(n - places.value),
            unit('people'),
            [claim.source, places.source],
            lang,
          ),
        );
    }
    if (state.standard !== 'none') {
      const std = spaceStandards[state.standard];
      const room = roomUnderStandard(state.standard);
      rows.push(
        row(
          t(lang, 'cell.table.standard', { body: localized(std, lang).body }),
          std.sharedM2.date,
          num(std.sharedM2.value),
          unit('m2PerPerson'),
          std.sharedM2.source,
          lang,
        ),
        derivedRow(
          t(lang, 'cell.table.room', {
            formula: `${num(cecot.cellAreaM2.value)} m² / ${num(std.sharedM2.value)} m²`,
          }),
          latestDate([cecot.cellAreaM2, std.sharedM2]),
          num(room),
          unit('people'),
          [cecot.cellAreaM2.source, std.sharedM2.source],
          lang,
        ),
      );
      if (claim && n > room)
        rows.push(
          derivedRow(
            t(lang, 'cell.table.beyond', { n: num(n), room: num(room) }),
            latestDate([claim, cecot.cellAreaM2, std.sharedM2]),
            num(n - room),
            unit('people'),
            [claim.source, cecot.cellAreaM2.source, std.sharedM2.source],
            lang,
          ),
        );
    }
    return rows;
  },
  image: cecotCellImage,
  explore: [
    {
      labelKey: 'explore.cecot.people',
      options: ([65, 80, 100] as const).map((n) => ({
        view: `reported-${n}`,
        labelKey: 'explore.cecot.option',
        labelVars: { n },
      })),
    },
  ],
});
