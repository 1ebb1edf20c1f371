/**
 * International minimums for living space per prisoner, to compare CECOT's cells against.
 *
 * Where the numbers come from: the ICRC's guidance (as summarised by the Dullah Omar Institute; the ICRC's own
 * page was not available) and the Council of Europe's CPT standards. The UN Nelson Mandela Rules (Rule 13)
 * require "minimum floor space" without giving a number, so they carry no value here.
 *
 * Caveat: the CPT excludes the sanitary area from its figure; CECOT's "about 100 m2" includes it, so comparing
 * against the CPT minimum flatters the cell.
 */
import type { SourcedValue } from './types';
import type { SourceId } from './sources';

export type StandardId = 'icrc' | 'cpt';
export const STANDARD_IDS: readonly StandardId[] = ['icrc', 'cpt'];

export interface SpaceStandard {
  readonly id: StandardId;
  /** Body that set the standard, as readers know it. */
  readonly body: string;
  /** Square metres per person in a shared cell or dormitory. */
  readonly sharedM2: SourcedValue<SourceId>;
  /** Square metres for a person held alone. */
  readonly singleM2: SourcedValue<SourceId>;
  /** The body's name for the Spanish edition. */
  readonly es: { readonly body: string };
}

export const spaceStandards: Record<StandardId, SpaceStandard> = {
  icrc: {
    id: 'icrc',
    body: 'International Committee of the Red Cross',
    es: { body: 'Comité Internacional de la Cruz Roja (CICR)' },
    sharedM2: { value: 3.4, date: '2012', source: 'icrc-dullahomar-2012', confidence: 'medium' },
    singleM2: { value: 5.4, date: '2012', source: 'icrc-dullahomar-2012', confidence: 'medium' },
  },
  cpt: {
    id: 'cpt',
    body: 'Council of Europe anti-torture committee (CPT)',
    es: { body: 'Comité Europeo para la Prevención de la Tortura (CPT), del Consejo de Europa' },
    sharedM2: {
      value: 4,
      date: '2015',
      source: 'cpt-2015',
      confidence: 'high',
      note: 'Excluding the sanitary annex.',
    },
    singleM2: { value: 6, date: '2015', source: 'cpt-2015', confidence: 'high' },
  },
};
