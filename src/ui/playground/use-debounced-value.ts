import { useEffect, useState } from 'preact/hooks';

/** The value as it was `delayMs` after it last changed: analysis waits for typing to settle. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
