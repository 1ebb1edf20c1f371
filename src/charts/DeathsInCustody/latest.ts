/**
 * The end of the deaths timeline, apart from the state schema (state.ts): the model needs the date in the
 * browser, the schema is only for checking chapters at build time.
 */
import { deathsInCustody } from '../../data/deaths';
import { dateToTime } from '../../data/dates';
import type { IsoDate } from '../../data/types';

/** The latest date any counter reached: the end of the timeline. */
export const LATEST_DEATHS_DATE: IsoDate = Object.values(deathsInCustody)
  .map((s) => s.at(-1)!.date)
  .sort((a, b) => dateToTime(a) - dateToTime(b))
  .at(-1)!;
