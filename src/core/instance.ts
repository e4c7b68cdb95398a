/**
 * An instance is one data folder:
 *
 *   DIR/postern.json      configuration (operator-editable)
 *   DIR/texts.json        optional: the organization's texts per locale (see i18n/org-texts.ts)
 *   DIR/secrets.json      instance secret and codename salt (0600)
 *   DIR/postern.sqlite    rows (SQLite, WAL)
 *   DIR/blobs/            ciphertext files (age v1), blobs/tmp for uploads
 *
 * Nothing in here is plaintext of a submission, and no key that opens one.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { BlobStore } from "../store/blob-store.ts";
import { closeDatabase, openSqlite, type Db } from "../store/db.ts";
import { loadOrgTexts, saveOrgTexts, type OrgTexts } from "../i18n/org-texts.ts";
import { defaultConfig, parseConfig, type Config } from "./config.ts";
import { PosternError } from "../protocol/errors.ts";

export interface Secrets {
  /** HMAC key for lookups, CSRF tokens and session ids. */
  readonly instanceSecret: Buffer;
  /** HKDF salt for codename derivation (DESIGN §3). */
  readonly codenameSalt: Buffer;
}

export class Instance {
  readonly dir: string;
  readonly config: Config;
  readonly secrets: Secrets;
  readonly db: Db;
  readonly blobs: BlobStore;
  /**
   * The organization's texts, shared by every copy made with `withConfig`, so
   * that an admin's edit (`replaceTexts`) reaches pages already being served.
   */
  readonly #texts: { current: OrgTexts };

  private constructor(
    dir: string,
    config: Config,
    secrets: Secrets,
    db: Db,
    blobs: BlobStore,
    texts: { current: OrgTexts },
  ) {
    this.dir = dir;
    this.config = config;
    this.secrets = secrets;
    this.db = db;
    this.blobs = blobs;
    this.#texts = texts;
  }

  /** The organization's texts (texts.json), validated at open; empty without the file. */
  get texts(): OrgTexts {
    return this.#texts.current;
  }

  /** Saves new organization texts (already validated) and serves them from now on. */
  async replaceTexts(texts: OrgTexts): Promise<void> {
    await saveOrgTexts(this.dir, texts);
    this.#texts.current = texts;
  }

  static isInitialized(dir: string): boolean {
    return existsSync(join(dir, "postern.json")) && existsSync(join(dir, "secrets.json"));
  }

  /** Creates the data folder's files. Refuses to touch an existing instance. */
  static async create(dir: string, orgName: string): Promise<void> {
    const root = resolve(dir);
    if (Instance.isInitialized(root))
      throw new PosternError("instance_exists", `${root} already holds a Postern instance`);
    // The same checks as at open: a name that would be refused then is refused now.
    parseConfig(defaultConfig(orgName));
    for (const name of ["postern.json", "secrets.json", "postern.sqlite"]) {
      if (existsSync(join(root, name)))
        throw new PosternError(
          "instance_exists",
          `${root} already holds ${name}; refusing to take it over`,
        );
    }
    await mkdir(root, { recursive: true, mode: 0o700 });
    await chmod(root, 0o700);
    await writeFile(
      join(root, "postern.json"),
      JSON.stringify(defaultConfig(orgName), null, 2) + "\n",
      {
        mode: 0o600,
      },
    );
    const secrets = {
      instanceSecret: randomBytes(32).toString("hex"),
      codenameSalt: randomBytes(32).toString("hex"),
    };
    await writeFile(join(root, "secrets.json"), JSON.stringify(secrets, null, 2) + "\n", {
      mode: 0o600,
      flag: "wx",
    });
  }

  /**
   * @throws PosternError with a one-line detail when DIR is not a valid instance, or
   *   when texts.json is refused (`texts.json: fr "landing.title": unknown argument {orgg}`).
   */
  static async open(dir: string, opts: { busyTimeoutMs?: number } = {}): Promise<Instance> {
    const root = resolve(dir);
    if (!Instance.isInitialized(root)) {
      throw new PosternError(
        "not_an_instance",
        `${root} is not a Postern data folder (run: postern init --data ${dir})`,
      );
    }
    const config = parseConfig(JSON.parse(await readFile(join(root, "postern.json"), "utf8")));
    // Before the database opens: a refused file leaves nothing to close.
    const texts = await loadOrgTexts(root);
    const raw = JSON.parse(await readFile(join(root, "secrets.json"), "utf8")) as Record<
      string,
      unknown
    >;
    const secrets = {
      instanceSecret: hexKey(raw.instanceSecret, "instanceSecret"),
      codenameSalt: hexKey(raw.codenameSalt, "codenameSalt"),
    };
    const blobs = new BlobStore(join(root, "blobs"));
    await blobs.init();
    const db = await openSqlite(join(root, "postern.sqlite"), opts);
    return new Instance(root, config, secrets, db, blobs, { current: texts });
  }

  /** Replaces the configuration in memory (tests and CLI overrides only). */
  withConfig(config: Config): Instance {
    return new Instance(this.dir, config, this.secrets, this.db, this.blobs, this.#texts);
  }

  /** A copy with other texts, in memory only (tests). */
  withTexts(texts: OrgTexts): Instance {
    return new Instance(this.dir, this.config, this.secrets, this.db, this.blobs, {
      current: texts,
    });
  }

  async close(): Promise<void> {
    await closeDatabase(this.db);
  }
}

function hexKey(v: unknown, name: string): Buffer {
  if (typeof v !== "string" || !/^[0-9a-f]{64}$/.test(v)) {
    throw new PosternError("config_invalid", `secrets.json: ${name} must be 64 hex characters`);
  }
  return Buffer.from(v, "hex");
}
