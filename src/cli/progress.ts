/** A one-line progress bar on stderr, drawn only for a terminal and only for large files. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  update(label: string, done: number, total: number): void;
  end(): void;
} {
  const enabled = stream.isTTY;
  let last = 0;
  let drawn = false;
  const started = Date.now();
  return {
    update(label, done, total) {
      if (!enabled || total < 8 * 1024 * 1024) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const frac = total > 0 ? Math.min(1, done / total) : 1;
      const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
      const mbps = done / 1048576 / Math.max(0.001, (now - started) / 1000);
      const name = label.length > 30 ? `${label.slice(0, 29)}…` : label;
      stream.write(
        `\r${bar} ${(frac * 100).toFixed(0).padStart(3)}% ${mbps.toFixed(0)} MiB/s ${name}\x1b[K`,
      );
      drawn = true;
    },
    end() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
