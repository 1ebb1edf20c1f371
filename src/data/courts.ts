/**
 * The court rulings on the men sent to CECOT, each dated as the wire service or court coverage we read dated it.
 *
 * Where the dates come from: ABC News (the first restraining order), Reuters (the Supreme Court's April 2025
 * rulings), AP (Abrego Garcia's return; the December 2025 due-process ruling). A date is the day of the ruling or
 * event, not of the article; where an article says "Thursday", the date is worked out from its publication date.
 *
 * Caveats: these are dates only. What each ruling said is told in the chapter, attributed to the coverage.
 */
import type { DatedEvent } from './types';

export const courtEvents = {
  /** Judge Boasberg's temporary restraining order, and his spoken order to turn the planes around. */
  restrainingOrder: { date: '2025-03-15', source: 'abc-whmi-2025-03-28', confidence: 'high' },
  /** Trump v. J.G.G.: people held under the Act must get notice and a chance to seek habeas corpus. */
  supremeCourtNotice: { date: '2025-04-07', source: 'reuters-frontierpost-2025-04-18', confidence: 'high' },
  /** The Supreme Court leaves in place the order to "facilitate" Kilmar Abrego Garcia's return (Thursday). */
  supremeCourtAbrego: { date: '2025-04-10', source: 'reuters-hindustantimes-2025-04-11', confidence: 'high' },
  /** Abrego Garcia brought back to the United States to face criminal charges (announced Friday). */
  abregoReturned: { date: '2025-06-06', source: 'ap-whyy-2025-06-07', confidence: 'high' },
  /** Judge Boasberg rules the men were denied due process (Monday). */
  dueProcessRuling: { date: '2025-12-22', source: 'ap-businessstandard-2025-12-23', confidence: 'high' },
} as const satisfies Record<string, DatedEvent>;
