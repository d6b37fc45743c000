/**
 * The browser's clock, never going backwards from `after` (an ISO time): the record's time order
 * is verified, and a system clock stepped back (NTP, a laptop waking) must not make the next
 * action refused.
 */
export function monotonicClock(after?: string): () => Date {
  let last = after ? Date.parse(after) : 0;
  return () => {
    last = Math.max(Date.now(), last);
    return new Date(last);
  };
}
