/** The world comparison chart's place in the story (../testing.ts); its states are tested with every chart's. */
import { isChartOfTheStory } from '../testing';

isChartOfTheStory('world-comparison', 5);
