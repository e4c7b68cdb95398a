/**
 * Client authorization for the recipient onion (DESIGN §6), in tor's own
 * files:
 *
 *   DIR/tor/recipient/authorized_clients/NAME.auth   "descriptor:x25519:PUB" (tor reads these)
 *   DIR/tor/client-auth/NAME.auth_private            "ADDR:descriptor:x25519:PRIV" (to hand over)
 *
 * tor turns client authorization on only when it loads at least one valid
 * `.auth` file (hs_config.c, load_client_keys): with none, the "recipient"
 * onion would be open to anyone who learns its address. So the torrc names
 * the recipient service only when `readClientAuth` counts a valid client, and
 * the check here is stricter than tor's parser: a file counted here is one
 * tor loads.
 */
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { link, mkdir, open, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateClientAuthKeys } from "../crypto/index.ts";
import { onionDir, readOnionAddress } from "./onion.ts";
import { PosternError } from "../protocol/errors.ts";

const CLIENT_NAME = /^[A-Za-z0-9_-]{1,32}$/;
/**
 * tor's service-side line: auth type, key type, and the x25519 public key in
 * unpadded base32 (52 characters for 32 bytes; tor's base32 takes both cases).
 * tor strips surrounding whitespace, so a final newline is fine.
 */
const AUTH_LINE = /^descriptor:x25519:[A-Za-z2-7]{52}[ \t\r\n]*$/;
/** A valid file is 70 bytes plus a line break; anything much longer is not one. */
const MAX_AUTH_FILE = 128;

function checkName(name: string): void {
  if (!CLIENT_NAME.test(name))
    throw new PosternError(
      "client_name_invalid",
      "--name must be 1–32 of A-Z, a-z, 0-9, '_' and '-'",
    );
}

export function authorizedClientsDir(dataDir: string): string {
  return join(onionDir(dataDir, "recipient"), "authorized_clients");
}

function authPrivatePath(dataDir: string, name: string): string {
  return join(dataDir, "tor", "client-auth", `${name}.auth_private`);
}

/**
 * Authorizes a recipient's Tor Browser for the recipient onion: writes the
 * service's `authorized_clients/NAME.auth` and the client's
 * `NAME.auth_private`, and returns the line the recipient pastes.
 * @throws PosternError for a bad name, a name already used, or no recipient onion.
 */
export async function addClientAuth(
  dataDir: string,
  name: string,
): Promise<{ authPrivateLine: string; authPrivateFile: string; address: string }> {
  checkName(name);
  const address = await readOnionAddress(dataDir, "recipient");
  if (address === null)
    throw new PosternError("no_onion", "no recipient onion yet: run postern onion init first");
  const clients = authorizedClientsDir(dataDir);
  await mkdir(clients, { recursive: true, mode: 0o700 });
  const authFile = join(clients, `${name}.auth`);
  if (existsSync(authFile))
    throw new PosternError("client_exists", `client "${name}" is already authorized`);
  const keys = generateClientAuthKeys();
  // Tor's formats: service side "descriptor:x25519:PUB", client side "ADDR:descriptor:x25519:PRIV".
  const authPrivateLine = `${address.replace(/\.onion$/, "")}:descriptor:x25519:${keys.privateKey}`;
  await mkdir(join(dataDir, "tor", "client-auth"), { recursive: true, mode: 0o700 });
  const authPrivateFile = authPrivatePath(dataDir, name);
  try {
    await writeFile(authPrivateFile, `${authPrivateLine}\n`, { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as { code?: string }).code === "EEXIST")
      throw new PosternError(
        "client_exists",
        `${authPrivateFile} is left from an earlier "${name}": hand it over or delete it first`,
      );
    throw e;
  }
  // The service side last, written aside and linked into place: a watching
  // `serve --tor` (or tor) never sees half a file, link(2) never replaces one
  // made meanwhile, and a failure leaves neither file behind.
  const tmp = join(dataDir, "tor", `.${name}.auth.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, `descriptor:x25519:${keys.publicKey}\n`, { mode: 0o600, flag: "wx" });
    await link(tmp, authFile);
  } catch (e) {
    await shredSmall(authPrivateFile);
    if ((e as { code?: string }).code === "EEXIST")
      throw new PosternError("client_exists", `client "${name}" is already authorized`);
    throw e;
  } finally {
    await rm(tmp, { force: true });
  }
  return { authPrivateLine, authPrivateFile, address };
}

/** Overwrites a small secret file with zeros and fsyncs before unlinking it (DESIGN P6). */
async function shredSmall(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, "r+");
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return false;
    throw e;
  }
  try {
    const { size } = await fh.stat();
    await fh.write(Buffer.alloc(Math.min(size, 64 * 1024)), 0, Math.min(size, 64 * 1024), 0);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rm(path, { force: true });
  return true;
}

/**
 * Withdraws a recipient's authorization: removes `NAME.auth` and any
 * `NAME.auth_private` left in DIR/tor/client-auth. A running `serve --tor`
 * notices and reloads tor; removing the last client unpublishes the onion.
 * @throws PosternError for a bad name or a name that is not authorized.
 */
export async function removeClientAuth(
  dataDir: string,
  name: string,
): Promise<{ leftoverRemoved: boolean }> {
  checkName(name);
  const authFile = join(authorizedClientsDir(dataDir), `${name}.auth`);
  try {
    await rm(authFile);
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT")
      throw new PosternError("no_such_client", `no authorized client is called "${name}"`);
    throw e;
  }
  return { leftoverRemoved: await shredSmall(authPrivatePath(dataDir, name)) };
}

export interface ClientAuthState {
  /** Names whose `.auth` file holds a valid key, sorted: these make the onion private. */
  readonly clients: readonly string[];
  /** Other entries in authorized_clients/ (bad name or content), sorted; never counted. */
  readonly ignored: readonly string[];
  /**
   * Changes whenever anything tor would read there changes (a key replaced
   * under the same name included). Kept in memory only, never logged.
   */
  readonly fingerprint: string;
}

/** At most MAX_AUTH_FILE + 1 bytes of a regular file, or null. */
async function readSmall(path: string): Promise<string | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    const fh = await open(path, "r");
    try {
      const buf = Buffer.alloc(MAX_AUTH_FILE + 1);
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      return buf.subarray(0, bytesRead).toString("latin1");
    } finally {
      await fh.close();
    }
  } catch {
    return null;
  }
}

/** Reads authorized_clients/ the way tor will, keeping only files tor surely accepts. */
export async function readClientAuth(dataDir: string): Promise<ClientAuthState> {
  const dir = authorizedClientsDir(dataDir);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    entries = [];
  }
  const clients: string[] = [];
  const ignored: string[] = [];
  const seen: string[] = [];
  for (const entry of entries) {
    const content = await readSmall(join(dir, entry));
    seen.push(JSON.stringify([entry, content]));
    const name = entry.endsWith(".auth") ? entry.slice(0, -5) : "";
    if (
      CLIENT_NAME.test(name) &&
      content !== null &&
      content.length <= MAX_AUTH_FILE &&
      AUTH_LINE.test(content)
    )
      clients.push(name);
    else ignored.push(entry);
  }
  return { clients, ignored, fingerprint: seen.join("\n") };
}
