/**
 * The torrc `postern serve --tor` writes (DESIGN §6): the onion services
 * inside the data folder, proof-of-work defenses on the source onion (they
 * can only be set in torrc), no SOCKS port unless asked, SafeLogging. The
 * recipient onion is in it only while at least one client is authorized:
 * tor serves a service with no valid `.auth` file to anyone (client-auth.ts).
 */
import { join } from "node:path";
import { onionDir } from "./onion.ts";

export interface TorrcOptions {
  readonly dataDir: string;
  /** Where the source and recipient listeners actually listen (loopback). */
  readonly source: { host: string; port: number };
  readonly recipient: { host: string; port: number };
  /** A SOCKS port for the operator's own use; none by default. */
  readonly socks?: { host: string; port: number } | undefined;
  /** A file of extra torrc lines (bridges, test settings), included last. */
  readonly extraFile?: string | undefined;
}

/** Tor's paths and values may not contain line breaks; reject rather than write a broken torrc. */
function safe(v: string): string {
  if (/[\r\n\0]/.test(v)) throw new RangeError("torrc values cannot contain line breaks or NUL");
  return v;
}

function target(l: { host: string; port: number }): string {
  return l.host.includes(":") ? `[${safe(l.host)}]:${l.port}` : `${safe(l.host)}:${l.port}`;
}

export function torPaths(dataDir: string): {
  torrc: string;
  dataDirectory: string;
  pidFile: string;
} {
  return {
    torrc: join(dataDir, "tor", "torrc"),
    dataDirectory: join(dataDir, "tor", "data"),
    pidFile: join(dataDir, "tor", "tor.pid"),
  };
}

/**
 * @param authorizedClients how many valid `.auth` files the recipient onion
 *   has (`readClientAuth`); with 0 the recipient service is left out.
 */
export function renderTorrc(o: TorrcOptions, authorizedClients: number): string {
  const p = torPaths(o.dataDir);
  const lines = [
    "# Written by `postern serve --tor` at each start and client change: edit with --tor-config, not here.",
    `DataDirectory ${safe(p.dataDirectory)}`,
    `PidFile ${safe(p.pidFile)}`,
    o.socks ? `SocksPort ${target(o.socks)}` : "SocksPort 0",
    "SafeLogging 1",
    "Log notice stdout",
    "",
    "# Sources: public, with proof-of-work defenses against floods.",
    `HiddenServiceDir ${safe(onionDir(o.dataDir, "source"))}`,
    `HiddenServicePort 80 ${target(o.source)}`,
    "HiddenServicePoWDefensesEnabled 1",
  ];
  if (authorizedClients > 0) {
    lines.push(
      "",
      "# Recipients: only clients listed in authorized_clients/ can reach it.",
      `HiddenServiceDir ${safe(onionDir(o.dataDir, "recipient"))}`,
      `HiddenServicePort 80 ${target(o.recipient)}`,
    );
  } else {
    lines.push(
      "",
      "# Recipients: no onion until a client is authorized (postern onion client-auth add).",
    );
  }
  if (o.extraFile !== undefined) lines.push("", `%include ${safe(o.extraFile)}`);
  return lines.join("\n") + "\n";
}
