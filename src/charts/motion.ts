/**
 * How charts animate between states: a short ease, or nothing at all for readers who ask for reduced motion.
 */
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion } from 'svelte/motion';

/** Milliseconds for a state change; 0 when the reader prefers reduced motion. */
export function transitionDuration(): number {
  return prefersReducedMotion.current ? 0 : 650;
}

export const tweenOptions = {
  duration: () => transitionDuration(),
  easing: cubicInOut,
};
