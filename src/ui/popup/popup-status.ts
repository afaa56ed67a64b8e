/** Counts for the popup from audit entries: last 7 days, by what the user did at the send step. */
import type { PopupStatus } from './Popup';

const WEEK = 7 * 86_400_000;

export function countActions(audit: readonly { time: number; action: string }[], now: number): PopupStatus['counts'] {
  const recent = audit.filter((e) => e.time >= now - WEEK);
  const count = (...actions: string[]) => recent.filter((e) => actions.includes(e.action)).length;
  return { asked: count('posted-anyway', 'fixed', 'edited'), posted: count('posted-anyway'), fixed: count('fixed'), observed: count('would-warn', 'would-block') };
}
