/** Small hooks shared by the screens. */
import { useEffect, useRef } from "preact/hooks";

/**
 * A ref for a screen's heading, focused when the screen appears, so keyboard
 * and screen-reader users land at the top of the new content.
 */
export function useFocusOnMount<T extends HTMLElement>(ready = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ready) ref.current?.focus();
  }, [ready]);
  return ref;
}

/**
 * Calls `onIdle` once after `seconds` without a key press, click or touch in
 * this tab, so an unattended screen forgets the key before the server even
 * notices.
 */
export function useIdleTimeout(seconds: number | null, onIdle: () => void): void {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    if (seconds === null || !(seconds > 0)) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    const events = ["keydown", "pointerdown", "wheel", "touchstart"] as const;
    for (const e of events) document.addEventListener(e, touch, { passive: true });
    const timer = setInterval(() => {
      if (Date.now() - last >= seconds * 1000) callback.current();
    }, 5_000);
    return () => {
      clearInterval(timer);
      for (const e of events) document.removeEventListener(e, touch);
    };
  }, [seconds]);
}

/**
 * Yields so the browser paints a "working…" state before a long synchronous
 * step (Argon2). The timeout covers hidden tabs, where frames never come.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inPool(
  tasks: readonly (() => Promise<void>)[],
  limit: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      if (task) await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
