/**
 * How charts animate between states: a short ease, or nothing at all for readers who ask for reduced motion.
 */
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion } from 'svelte/motion';

/** The longest any chart change may take: the chart should be still before the reader looks up from the card. */
export const MAX_DURATION_MS = 600;

/** Milliseconds for a state change; 0 when the reader prefers reduced motion. */
export function transitionDuration(): number {
  return prefersReducedMotion.current ? 0 : 450;
}

export const tweenOptions = {
  duration: () => transitionDuration(),
  easing: cubicInOut,
};
