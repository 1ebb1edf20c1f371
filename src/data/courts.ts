/**
 * The court rulings on the men sent to CECOT, each dated as the wire service or court coverage we read dated it.
 *
 * Where the dates come from: the Immigration Policy Tracking Project (the day the proclamation invoking the Alien
 * Enemies Act was signed and the day it was made public), ABC News (the first restraining order), Reuters (the
 * Supreme Court's April 2025 rulings), CBS News (the Supreme Court's order of 19 April 2025), AP (the Supreme
 * Court's ruling of 16 May 2025; Abrego Garcia's return; the December 2025 due-process ruling). A date is the day
 * of the ruling or event, not of the article; where an article says "Thursday", the date is worked out from its
 * publication date.
 *
 * Caveats: these are dates only. What each ruling said is told in the chapter, attributed to the coverage.
 */
import type { DatedEvent } from './types';

export const courtEvents = {
  /** The president signs the proclamation invoking the Alien Enemies Act against Tren de Aragua. */
  proclamationSigned: { date: '2025-03-14', source: 'ipp-proclamation-10903', confidence: 'high' },
  /** The proclamation is made public, the day after its signing (the Federal Register printed it on 20 March). */
  proclamationPublic: { date: '2025-03-15', source: 'ipp-proclamation-10903', confidence: 'high' },
  /** Judge Boasberg's temporary restraining order, and his spoken order to turn the planes around. */
  restrainingOrder: { date: '2025-03-15', source: 'abc-whmi-2025-03-28', confidence: 'high' },
  /** Trump v. J.G.G.: people held under the Act must get notice and a chance to seek habeas corpus. */
  supremeCourtNotice: { date: '2025-04-07', source: 'reuters-frontierpost-2025-04-18', confidence: 'high' },
  /** The Supreme Court leaves in place the order to "facilitate" Kilmar Abrego Garcia's return (Thursday). */
  supremeCourtAbrego: { date: '2025-04-10', source: 'reuters-hindustantimes-2025-04-11', confidence: 'high' },
  /** A.A.R.P. v. Trump: overnight, the Supreme Court orders no removal of Venezuelans held in northern Texas (Saturday). */
  supremeCourtHalt: { date: '2025-04-19', source: 'cbs-2025-04-19', confidence: 'high' },
  /** A.A.R.P. v. Trump: about 24 hours' notice is not enough; the ban on those removals stays (Friday). */
  supremeCourtNoticeNotEnough: { date: '2025-05-16', source: 'ap-ksat-2025-05-16', confidence: 'high' },
  /** Abrego Garcia brought back to the United States to face criminal charges (announced Friday). */
  abregoReturned: { date: '2025-06-06', source: 'ap-whyy-2025-06-07', confidence: 'high' },
  /** Judge Boasberg rules the men were denied due process (Monday). */
  dueProcessRuling: { date: '2025-12-22', source: 'ap-businessstandard-2025-12-23', confidence: 'high' },
} as const satisfies Record<string, DatedEvent>;
