/** The build's progress on stderr: one redrawn line on a terminal, silence otherwise. */
import type { BuildProgress } from "./build.ts";

export function progressLine(stream: NodeJS.WriteStream = process.stderr): {
  update(p: BuildProgress): void;
  end(): void;
} {
  const enabled = stream.isTTY;
  const started = Date.now();
  let drawn = false;
  return {
    update(p) {
      if (!enabled) return;
      const width = 24;
      const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
      const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      const label = p.label.length > 48 ? `${p.label.slice(0, 47)}…` : p.label;
      stream.write(`\r${bar} ${p.done}/${p.total} ${secs} s  ${label}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
