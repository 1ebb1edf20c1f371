/** The people-per-cell figures the CECOT cell chart works out, with their formulas shown in Spanish (../testing.ts). */
import { describe, it } from 'vitest';
import { expectFormulaInSpanish } from '../testing';
import { perCell } from './model';

describe('our arithmetic, shown in Spanish', () => {
  it.each(Object.values(perCell()).map((d) => d.formula))(
    '"%s" has no English word left and keeps its numbers',
    (formula) => {
      expectFormulaInSpanish(formula);
    },
  );
});
