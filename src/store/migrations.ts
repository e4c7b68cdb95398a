/**
 * Schema migrations, in code (no file system scan), portable SQL only: the
 * same statements run on SQLite and PostgreSQL.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

const migrations: Record<string, Migration> = {
  "0001_core": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("channels")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("slug", "text", (c) => c.notNull().unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("created_day", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("recipients")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("recipient", "text", (c) => c.notNull().unique())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("created_day", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("channel_recipients")
        .addColumn("channel_id", "text", (c) =>
          c.notNull().references("channels.id").onDelete("cascade"),
        )
        .addColumn("recipient_id", "text", (c) =>
          c.notNull().references("recipients.id").onDelete("cascade"),
        )
        .addPrimaryKeyConstraint("channel_recipients_pk", ["channel_id", "recipient_id"])
        .execute();
      await db.schema
        .createTable("sources")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("lookup", "text", (c) => c.notNull().unique())
        .addColumn("designation", "text", (c) => c.notNull().unique())
        .addColumn("reply_pq", "text", (c) => c.notNull())
        .addColumn("reply_classic", "text", (c) => c.notNull())
        .addColumn("created_day", "text", (c) => c.notNull())
        .addColumn("last_day", "text", (c) => c.notNull())
        .addColumn("submission_count", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("submissions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("source_id", "text", (c) =>
          c.notNull().references("sources.id").onDelete("cascade"),
        )
        .addColumn("channel_id", "text", (c) => c.notNull().references("channels.id"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("seq", "integer", (c) => c.notNull())
        .addUniqueConstraint("submissions_source_seq", ["source_id", "seq"])
        .execute();
      await db.schema
        .createTable("blobs")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("submission_id", "text", (c) =>
          c.notNull().references("submissions.id").onDelete("cascade"),
        )
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("size", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("blobs_submission").on("blobs").column("submission_id").execute();
      await db.schema
        .createTable("source_sessions")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("lookup", "text")
        .addColumn("reply_pq", "text")
        .addColumn("reply_classic", "text")
        .addColumn("idle_expires", "bigint", (c) => c.notNull())
        .addColumn("absolute_expires", "bigint", (c) => c.notNull())
        .execute();
    },
  },
  "0002_replies": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("replies")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("source_id", "text", (c) =>
          c.notNull().references("sources.id").onDelete("cascade"),
        )
        .addColumn("channel_id", "text", (c) => c.notNull().references("channels.id"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("size", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("replies_source").on("replies").column("source_id").execute();
      await db.schema
        .alterTable("sources")
        .addColumn("reply_count", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable("source_sessions").addColumn("reply_sealed", "text").execute();
    },
  },
  "0003_accounts": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("accounts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("username", "text", (c) => c.notNull().unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("recipient_id", "text", (c) =>
          c.references("recipients.id").onDelete("set null"),
        )
        .addColumn("join_channel_id", "text", (c) =>
          c.references("channels.id").onDelete("set null"),
        )
        .addColumn("kdf", "text", (c) => c.notNull())
        .addColumn("auth_hash", "text", (c) => c.notNull())
        .addColumn("wrapped", "text", (c) => c.notNull())
        .addColumn("totp_sealed", "text", (c) => c.notNull())
        .addColumn("totp_last_step", "bigint", (c) => c.notNull().defaultTo(0))
        .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("locked_until", "bigint", (c) => c.notNull().defaultTo(0))
        .addColumn("created_day", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("invites")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.references("channels.id").onDelete("cascade"))
        .addColumn("expires", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("recipient_sessions")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) =>
          c.notNull().references("accounts.id").onDelete("cascade"),
        )
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("csrf", "text", (c) => c.notNull())
        .addColumn("idle_expires", "bigint", (c) => c.notNull())
        .addColumn("absolute_expires", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("reads")
        .addColumn("account_id", "text", (c) =>
          c.notNull().references("accounts.id").onDelete("cascade"),
        )
        .addColumn("submission_id", "text", (c) =>
          c.notNull().references("submissions.id").onDelete("cascade"),
        )
        .addPrimaryKeyConstraint("reads_pk", ["account_id", "submission_id"])
        .execute();
      await db.schema
        .createTable("stars")
        .addColumn("account_id", "text", (c) =>
          c.notNull().references("accounts.id").onDelete("cascade"),
        )
        .addColumn("source_id", "text", (c) =>
          c.notNull().references("sources.id").onDelete("cascade"),
        )
        .addPrimaryKeyConstraint("stars_pk", ["account_id", "source_id"])
        .execute();
      // Order without time: a per-source event number for submissions and
      // replies, and an instance-wide activity number for the inbox.
      await db.schema
        .alterTable("sources")
        .addColumn("events", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("sources")
        .addColumn("activity", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("submissions")
        .addColumn("ord", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("replies")
        .addColumn("ord", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  // Found under load (npm run load): "max(activity) + 1" scanned every source
  // on each submission and reply, and a source's submissions were found by
  // scanning them all.
  "0004_indexes": {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex("sources_activity").on("sources").column("activity").execute();
      await db.schema
        .createIndex("submissions_source")
        .on("submissions")
        .columns(["source_id", "ord"])
        .execute();
    },
  },
  // Issue #11, finding 4: a session's deadlines sat in the clear, to the second,
  // beside the source's lookup hash (the instant of a known source's login).
  // They move into the part sealed under the cookie's key; the row keeps only
  // the hour after which it may be purged.
  "0005_sealed_session_deadlines": {
    async up(db: Kysely<unknown>) {
      // Old rows cannot be resealed (their key is in browsers): they end.
      await sql`delete from source_sessions`.execute(db);
      await db.schema.alterTable("source_sessions").dropColumn("idle_expires").execute();
      await db.schema.alterTable("source_sessions").dropColumn("absolute_expires").execute();
      await db.schema
        .alterTable("source_sessions")
        .addColumn("purge_hour", "bigint", (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  // Issue #11, finding 6: a recipient saw a source's numbering, last day and
  // inbox position as moved by what the source sent to channels they cannot
  // see. Each submission and reply now carries the instance-wide activity
  // number it was stored with, so a viewer's inbox is ordered by what they see.
  "0006_item_activity": {
    async up(db: Kysely<unknown>) {
      for (const table of ["submissions", "replies"]) {
        await db.schema
          .alterTable(table)
          .addColumn("activity", "integer", (c) => c.notNull().defaultTo(0))
          .execute();
        // Older rows: the source's activity, less how many of its events came after.
        await sql`update ${sql.table(table)} set activity = (select s.activity - (s.events - ${sql.ref(`${table}.ord`)}) from sources s where s.id = ${sql.ref(`${table}.source_id`)})`.execute(
          db,
        );
      }
    },
  },
  // Issue #11: every change of a channel's key list is logged, numbered per
  // channel (`channels.events`, no clock), and each member's last
  // acknowledged number is kept, so a key added behind their back is seen.
  "0007_channel_events": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("channels")
        .addColumn("events", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable("channel_events")
        .addColumn("channel_id", "text", (c) =>
          c.notNull().references("channels.id").onDelete("cascade"),
        )
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("recipient", "text", (c) => c.notNull())
        .addColumn("owner", "text", (c) => c.notNull())
        .addColumn("owner_kind", "text", (c) => c.notNull())
        .addColumn("actor_kind", "text", (c) => c.notNull())
        .addColumn("actor", "text")
        .addPrimaryKeyConstraint("channel_events_pk", ["channel_id", "seq"])
        .execute();
      await db.schema
        .createTable("channel_acks")
        .addColumn("account_id", "text", (c) =>
          c.notNull().references("accounts.id").onDelete("cascade"),
        )
        .addColumn("channel_id", "text", (c) =>
          c.notNull().references("channels.id").onDelete("cascade"),
        )
        .addColumn("seq", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("channel_acks_pk", ["account_id", "channel_id"])
        .execute();
    },
  },
  // Recipient login failures per (username, credential) pair, not per
  // username (issue #11): guessing cannot lock an account's owner out, and
  // names that are not accounts lock in the same table, across restarts.
  "0008_login_failures": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("login_failures")
        .addColumn("pair", "text", (c) => c.primaryKey())
        .addColumn("failures", "integer", (c) => c.notNull())
        .addColumn("locked_until", "bigint", (c) => c.notNull())
        .addColumn("expires", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("login_failures_expires")
        .on("login_failures")
        .column("expires")
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
