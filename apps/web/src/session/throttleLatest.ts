/** A throttled setter: at most `hz` calls per second reach `fn`, always ending with the latest value. */
export interface ThrottledSetter<T> {
  (value: T): void;
  /** Delivers a pending value now. */
  flush(): void;
  /** Drops a pending value. */
  cancel(): void;
}

/**
 * Throttles `fn` to `hz` calls per second (leading and trailing): the first call goes through at
 * once, later ones within the interval are coalesced and the latest is delivered at its end.
 */
export function throttleLatest<T>(fn: (value: T) => void, hz: number): ThrottledSetter<T> {
  const interval = 1000 / hz;
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;

  const deliver = (): void => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = Date.now();
    fn(value);
  };

  const throttled = ((value: T) => {
    pending = { value };
    if (timer !== null) return;
    const wait = last + interval - Date.now();
    if (wait <= 0) deliver();
    else timer = setTimeout(deliver, wait);
  }) as ThrottledSetter<T>;
  throttled.flush = () => {
    if (timer !== null) clearTimeout(timer);
    deliver();
  };
  throttled.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
