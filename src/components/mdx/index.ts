/**
 * The only components chapters may use (the build rejects any other; see src/lib/build/remarkStoryComponents.ts
 * and the editors' guide in content/README.md).
 */
import Fact from './Fact.astro';
import Callout from './Callout.astro';
import PullQuote from './PullQuote.astro';

export const storyComponents = { Fact, Callout, PullQuote };
