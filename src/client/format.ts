/** Small formatting helpers for the views; every word comes from the catalogue. */
import { t } from "./messages/en.ts";

/** "1.4 MiB", "812 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return t("size.bytes", { n: bytes });
  const units = [
    ["size.kib", 1024],
    ["size.mib", 1024 ** 2],
    ["size.gib", 1024 ** 3],
  ] as const;
  let pick: (typeof units)[number] = units[0];
  for (const u of units) if (bytes >= u[1]) pick = u;
  return t(pick[0], { n: (bytes / pick[1]).toFixed(1) });
}

/**
 * A base32 secret in groups of four, for reading aloud or typing into an
 * authenticator; removing the spaces gives the secret back exactly.
 */
export function groupsOfFour(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(" ");
}
