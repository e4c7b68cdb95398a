/**
 * Where an instance's onion services live in its data folder, and their
 * addresses as tor knows them (the `hostname` file Postern writes beside the
 * keys, and tor checks). The keys themselves are tor/onion.ts's business.
 *
 *   DIR/tor/source/      the public onion for sources
 *   DIR/tor/recipient/   the onion for recipients, with client authorization
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export type OnionRole = "source" | "recipient";

export function onionDir(dataDir: string, role: OnionRole): string {
  return join(dataDir, "tor", role);
}

/** The onion's address ("….onion"), or null when it has no keys yet. */
export async function readOnionAddress(dataDir: string, role: OnionRole): Promise<string | null> {
  try {
    return (await readFile(join(onionDir(dataDir, role), "hostname"), "utf8")).trim();
  } catch {
    return null;
  }
}
