/** Coarse time (DESIGN P3): rows carry the UTC day, never a precise instant. */
export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function unixSeconds(now: number = Date.now()): number {
  return Math.floor(now / 1000);
}
