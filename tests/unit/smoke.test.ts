import { describe, expect, it } from 'vitest';
import { validateDataModule } from '../../src/data/index';

describe('data module', () => {
  it('passes its own validation', () => {
    expect(() => validateDataModule()).not.toThrow();
  });
});
