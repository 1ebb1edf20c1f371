/**
 * The events the timeline draws, each a dated record of the data module (src/data/courts.ts, transfer.ts,
 * accounts.ts) in one of two lanes. An event is drawn at its date's own precision: a day is a point, a month a
 * band; an event with `until` is a band from the start of `date` to the end of `until`, each end from its own
 * record.
 */
import { courtEvents } from '../../data/courts';
import { flightsDeparted, repatriation, transfer } from '../../data/transfer';
import { accountsReport, icrcVisits } from '../../data/accounts';
import type { IsoDate } from '../../data/types';
import type { SourceId } from '../../data/sources';

export const LANES = ['us', 'sv'] as const;
export type Lane = (typeof LANES)[number];

export const EVENT_IDS = [
  'proclamation-signed',
  'proclamation-public',
  'restraining-order',
  'flights',
  'arrival',
  'supreme-court-notice',
  'supreme-court-abrego',
  'supreme-court-halt',
  'supreme-court-notice-not-enough',
  'abrego-returned',
  'icrc-visits',
  'exchange',
  'salvador-denial',
  'report',
  'due-process',
] as const;
export type TimelineEventId = (typeof EVENT_IDS)[number];

export interface TimelineEvent {
  readonly id: TimelineEventId;
  readonly lane: Lane;
  readonly date: IsoDate;
  /** The end of a span, from its own record (the flights landed on 16 March; the men left CECOT on 18 July). */
  readonly until?: IsoDate;
  /** Every record the event is drawn from, the record giving the event first. */
  readonly sources: readonly SourceId[];
}

const arrived = transfer.venezuelansSent;
const left = repatriation.venezuelansReturned;

export const timelineEvents: readonly TimelineEvent[] = [
  { id: 'proclamation-signed', lane: 'us', ...at(courtEvents.proclamationSigned) },
  { id: 'proclamation-public', lane: 'us', ...at(courtEvents.proclamationPublic) },
  { id: 'restraining-order', lane: 'us', ...at(courtEvents.restrainingOrder) },
  {
    id: 'flights',
    lane: 'us',
    date: flightsDeparted.date,
    until: arrived.date,
    sources: [flightsDeparted.source, arrived.source],
  },
  { id: 'arrival', lane: 'sv', ...at(arrived) },
  { id: 'supreme-court-notice', lane: 'us', ...at(courtEvents.supremeCourtNotice) },
  { id: 'supreme-court-abrego', lane: 'us', ...at(courtEvents.supremeCourtAbrego) },
  { id: 'supreme-court-halt', lane: 'us', ...at(courtEvents.supremeCourtHalt) },
  { id: 'supreme-court-notice-not-enough', lane: 'us', ...at(courtEvents.supremeCourtNoticeNotEnough) },
  { id: 'abrego-returned', lane: 'us', ...at(courtEvents.abregoReturned) },
  // The ICRC gave no dates for its two visits: they are drawn over the whole time the men were held.
  {
    id: 'icrc-visits',
    lane: 'sv',
    date: arrived.date,
    until: left.date,
    sources: [icrcVisits.source, arrived.source, left.source],
  },
  { id: 'exchange', lane: 'sv', ...at(left) },
  { id: 'salvador-denial', lane: 'sv', ...at(accountsReport.salvadorDenial) },
  { id: 'report', lane: 'sv', ...at(accountsReport.published) },
  { id: 'due-process', lane: 'us', ...at(courtEvents.dueProcessRuling) },
];

function at(record: { date: IsoDate; source: SourceId }): { date: IsoDate; sources: SourceId[] } {
  return { date: record.date, sources: [record.source] };
}
