/** The regex-safety checker backed by recheck (sound ReDoS analysis; DESIGN.md §11). */
import { checkSync } from 'recheck';
import type { RegexSafetyChecker } from '../packs/regex-safety';

const verdicts = new Map<string, ReturnType<RegexSafetyChecker>>();

export const recheckSafety: RegexSafetyChecker = (pattern, flags) => {
  const key = `${flags}/${pattern}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    // Step limits, not wall-clock limits, bound the fuzzing phases: with the default 250 ms
    // incubation timeout a busy machine read as "slow" and flagged different rules on each run.
    const result = checkSync(pattern, flags, { timeout: 60_000, incubationTimeout: null, seedingTimeout: null, randomSeed: 0 });
    verdict =
      result.status === 'safe'
        ? { safe: true }
        : {
            safe: false,
            reason: result.status === 'vulnerable' ? `${result.complexity.summary} backtracking` : `cannot be proven safe (${result.error.kind})`,
            ...(result.status === 'vulnerable' ? { attack: result.attack.string } : {}),
          };
    verdicts.set(key, verdict);
  }
  return verdict;
};
