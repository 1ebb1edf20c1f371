/**
 * Dated events from the flights to the courts, in two lanes (the United States, El Salvador): the timeline chart
 * draws them and the `dated-events` download lists them. Each is a dated record of the data module: a date fact of
 * content/data/facts.yaml, or the transfer's own records (src/data/transfer.ts). An event is drawn at its date's
 * own precision: a day is a point, a month a band; an event with `until` is a band from the start of `date` to the
 * end of `until`, each end from its own record.
 */
import { fromFile } from './fileFacts';
import { FACTS_FILE } from './factsFile';
import type { ContentFactId } from './contentIds';
import { repatriation, transfer } from './transfer';
import type { Confidence, IsoDate } from './types';
import type { SourceId } from './sources';

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
  /** The confidence of the record giving the event. */
  readonly confidence: Confidence;
}

const arrived = transfer.venezuelansSent;
const left = repatriation.venezuelansReturned;

/**
 * The ICRC told BBC News Mundo (carried by Puranoticia, 18 August 2025) that it had visited "all the Venezuelans" at
 * CECOT twice, without saying when (the `icrc-visits` fact): the visits are drawn over the whole time the men were
 * held.
 */
const icrcVisits = fileFact('icrc-visits');

export const timelineEvents: readonly TimelineEvent[] = [
  { id: 'proclamation-signed', lane: 'us', ...fact('proclamation-signed-date') },
  { id: 'proclamation-public', lane: 'us', ...fact('proclamation-public-date') },
  { id: 'restraining-order', lane: 'us', ...fact('restraining-order-date') },
  {
    id: 'flights',
    lane: 'us',
    date: fileFact('flights-departure-date').date,
    until: arrived.date,
    sources: [...fileFact('flights-departure-date').sources, arrived.source],
    confidence: fileFact('flights-departure-date').confidence,
  },
  { id: 'arrival', lane: 'sv', date: arrived.date, sources: [arrived.source], confidence: arrived.confidence },
  { id: 'supreme-court-notice', lane: 'us', ...fact('supreme-court-notice-date') },
  { id: 'supreme-court-abrego', lane: 'us', ...fact('supreme-court-abrego-date') },
  { id: 'supreme-court-halt', lane: 'us', ...fact('supreme-court-halt-date') },
  { id: 'supreme-court-notice-not-enough', lane: 'us', ...fact('supreme-court-notice-not-enough-date') },
  { id: 'abrego-returned', lane: 'us', ...fact('abrego-returned-date') },
  {
    id: 'icrc-visits',
    lane: 'sv',
    date: arrived.date,
    until: left.date,
    sources: [...icrcVisits.sources, arrived.source, left.source],
    // Confirmed by the ICRC, but only as a relayed statement, and undated: the fact's own confidence.
    confidence: icrcVisits.confidence,
  },
  { id: 'exchange', lane: 'sv', date: left.date, sources: [left.source], confidence: left.confidence },
  { id: 'salvador-denial', lane: 'sv', ...fact('salvador-denial-date') },
  { id: 'report', lane: 'sv', ...fact('accounts-report-date') },
  { id: 'due-process', lane: 'us', ...fact('due-process-ruling-date') },
];

/** A date fact of facts.yaml; one left out for a problem in the file stops here, naming it. */
function fileFact(id: ContentFactId) {
  const f = fromFile.facts[id];
  if (!f) throw new Error(`${FACTS_FILE}: the dated events need the fact "${id}", which has a problem or is missing`);
  return f;
}

function fact(id: ContentFactId): { date: IsoDate; sources: SourceId[]; confidence: Confidence } {
  const f = fileFact(id);
  return { date: f.date, sources: [...f.sources], confidence: f.confidence };
}
