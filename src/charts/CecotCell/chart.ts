/** The CECOT cell chart: what surrounds it wherever it appears (see src/charts/define.ts). */
import type { IsoDate } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { cecot, cecotHeld, peoplePerCell } from '../../data/cecot';
import { spaceStandards } from '../../data/standards';
import { latest } from '../../data/derive';
import { formatNumber } from '../../lib/format';
import { formulaIn, localized, t } from '../../lib/i18n';
import { creditOf } from '../../lib/citation';
import { defineChart, type TableRow } from '../define';
import { derivedRow, latestDate, row, uniqueSources } from '../table';
import { CLAIM_CREDITS, areaPerPerson, cecotCellModel, claimsFor, perCell, roomUnderStandard } from './model';
import { cecotCellImage } from './staticSvg';
import spec from './state';

// The cell chart names the outlets behind each people-per-cell claim without loading the source records; make
// sure its short credits are the ones the source line uses.
for (const [id, name] of Object.entries(CLAIM_CREDITS)) {
  if (creditOf(id as SourceId) !== name)
    throw new Error(
      `CecotCell CLAIM_CREDITS["${id}"] is "${name}", but the source is credited as "${creditOf(id as SourceId)}"`,
    );
}

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
  islandStrings: ['cell', 'qualifier', 'formula'],
  describe: (state, lang) => cecotCellModel(state, lang).description,
  table: (state, lang) => {
    const m2 = (v: number, q?: string) =>
      `${q === 'about' ? `${t(lang, 'qualifier.about')} ` : ''}${formatNumber(v, lang)} ${t(lang, 'unit.m2')}`;
    const fact = (
      key:
        | 'cellAreaM2'
        | 'bunkPlacesPerCell'
        | 'bunkTiers'
        | 'toiletsPerCell'
        | 'basinsPerCell'
        | 'buildings'
        | 'cellsPerBuilding'
        | 'announcedCapacity'
        | 'analysedCapacity',
      m2unit = false,
    ) => {
      const f: { value: number; date: IsoDate; source: SourceId; qualifier?: string } = cecot[key];
      return row(
        t(lang, `cell.table.${key}`),
        f.date,
        m2unit ? m2(f.value, f.qualifier) : formatNumber(f.value, lang),
        f.source,
        lang,
      );
    };
    if (state.scale === 'prison') {
      const { announced, analysed, cells } = perCell();
      const held = latest(cecotHeld);
      return [
        fact('buildings'),
        fact('cellsPerBuilding'),
        derivedRow(
          t(lang, 'cell.table.cells', { formula: formulaIn(lang, cells.formula) }),
          cecot.cellsPerBuilding.date,
          formatNumber(cells.value, lang),
          cells.sources,
          lang,
        ),
        fact('cellAreaM2', true),
        fact('announcedCapacity'),
        derivedRow(
          t(lang, 'cell.table.announcedPerCell', { formula: formulaIn(lang, announced.formula) }),
          cecot.announcedCapacity.date,
          formatNumber(announced.value, lang),
          announced.sources,
          lang,
        ),
        fact('analysedCapacity'),
        derivedRow(
          t(lang, 'cell.table.analysedPerCell', { formula: formulaIn(lang, analysed.formula) }),
          cecot.analysedCapacity.date,
          formatNumber(analysed.value, lang),
          analysed.sources,
          lang,
        ),
        fact('bunkPlacesPerCell'),
        row(
          t(lang, 'cell.table.held'),
          held.date,
          `${held.qualifier === 'about' ? `${t(lang, 'qualifier.about')} ` : ''}${formatNumber(held.value, lang)}`,
          held.source,
          lang,
        ),
      ];
    }
    const rows: TableRow[] = [
      fact('cellAreaM2', true),
      fact('bunkPlacesPerCell'),
      fact('bunkTiers'),
      fact('toiletsPerCell'),
      fact('basinsPerCell'),
    ];
    for (const c of claimsFor(state.occupants)) {
      const range =
        c.min === c.max
          ? formatNumber(c.min, lang)
          : t(lang, 'cell.table.range', { min: formatNumber(c.min, lang), max: formatNumber(c.max, lang) });
      rows.push(
        row(
          t(lang, c.claimant === 'authorities' ? 'cell.table.claimAuthorities' : 'cell.table.claimReporters', {
            n: formatNumber(state.occupants, lang),
          }),
          c.date,
          range,
          c.source,
          lang,
        ),
      );
    }
    const each = areaPerPerson(state.occupants);
    const claim = claimsFor(state.occupants)[0];
    if (each && claim)
      rows.push(
        derivedRow(
          t(lang, 'cell.table.areaPerPerson', { formula: formulaIn(lang, each.formula) }),
          claim.date,
          m2(each.value),
          each.sources,
          lang,
        ),
      );
    if (state.standard !== 'none') {
      const std = spaceStandards[state.standard];
      rows.push(
        row(
          t(lang, 'cell.table.standard', { body: localized(std, lang).body }),
          std.sharedM2.date,
          m2(std.sharedM2.value),
          std.sharedM2.source,
          lang,
        ),
      );
      rows.push(
        derivedRow(
          t(lang, 'cell.table.room', {
            formula: `${formatNumber(cecot.cellAreaM2.value, lang)} m² / ${formatNumber(std.sharedM2.value, lang)} m²`,
          }),
          latestDate([cecot.cellAreaM2, std.sharedM2]),
          formatNumber(roomUnderStandard(state.standard), lang),
          [cecot.cellAreaM2.source, std.sharedM2.source],
          lang,
        ),
      );
    }
    return rows;
  },
  image: cecotCellImage,
});
