/**
 * content/data/facts.yaml, read once. Its own module so that data which quotes a hand-added figure (the dated events)
 * can read it without loading facts.ts, which computes every figure from the datasets.
 */
import factsYaml from '../../content/data/facts.yaml?raw';
import { SOURCE_IDS_IN_FILE } from './sources';
import { parseFacts } from './factsFile';

export const fromFile = parseFacts(factsYaml, SOURCE_IDS_IN_FILE);
