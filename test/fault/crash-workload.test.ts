// SIGKILL under a mixed workload (issue #6 part 2, DESIGN P6), sized for CI:
// `postern serve` runs as a child while 24 sources send messages, half with a
// file of 1–20 MiB, and two recipients enrolled through the API reply. The
// server is killed three times at a random moment once the round has made
// progress. After each restart, with the clients paused:
//   - the start-up sweep left no temp file and no blob without its row,
//     and every row has its file;
//   - every acknowledged submission ("received" page) and reply (201) is
//     there and decrypts to exactly what was sent;
//   - whatever is visible decrypts whole, acknowledged or not.
// The long version is `npm run soak` (bench/soak.ts); test/e2e/crash.test.ts
// kills during uploads of one kind only.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type http from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keepAliveAgent } from "../../bench/lib/http-client.ts";
import { Recipient } from "../../bench/lib/recipient.ts";
import { Source } from "../../bench/lib/source.ts";
import { Recorder } from "../../bench/lib/stats.ts";
import {
  audit,
  killPostern,
  Ledger,
  makeDataFolder,
  MiB,
  newSeen,
  NO_PROBLEMS,
  problems,
  sleep,
  startPostern,
  stopPostern,
  type Postern,
} from "./harness.ts";

const SOURCES = 24;
const RECIPIENTS = 2;
const KILLS = 3;
const FILE_SHARE = 0.5;

let work: string;
let server: Postern | null = null;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "postern-fault-crash-"));
});
after(async () => {
  if (server !== null) await killPostern(server);
  await rm(work, { recursive: true, force: true });
});

interface Round {
  over: boolean;
  /** Acknowledgements in this round (submissions with a file counted apart). */
  acked: number;
  ackedFiles: number;
  replies: number;
}

/** Read through a call: the loops' own narrowing of `round.over` does not see the kill. */
const stopped = (round: Round): boolean => round.over;

async function sourceLoop(
  source: Source,
  state: { known: boolean; stale: boolean },
  ledger: Ledger,
  round: Round,
): Promise<void> {
  while (!round.over) {
    try {
      if (source.codename === null || (state.stale && !state.known)) await source.begin();
      else if (state.stale) await source.login();
      state.stale = false;
      const csrf = await source.submitPage();
      const tag = ledger.tag("sub");
      const sizes = Math.random() < FILE_SHARE ? [Math.round((1 + Math.random() * 19) * MiB)] : [];
      const entry = { sizes, acked: false };
      ledger.submissions.set(tag, entry);
      await source.submit(
        "submit",
        csrf,
        `${tag} says hello`,
        sizes.map((size, i) => ledger.file(tag, i, size)),
      );
      entry.acked = true;
      state.known = true;
      round.acked++;
      if (sizes.length > 0) round.ackedFiles++;
    } catch (e) {
      // Only the kill may interrupt a source: anything else is a server error.
      if (!stopped(round)) throw e;
    }
  }
}

async function recipientLoop(r: Recipient, ledger: Ledger, round: Round): Promise<void> {
  while (!round.over) {
    try {
      const inbox = await r.inbox();
      const chosen = inbox[Math.floor(Math.random() * inbox.length)];
      if (chosen !== undefined) {
        const conv = await r.conversation(chosen.id);
        const text = ledger.tag("reply");
        ledger.replies.set(text, null);
        ledger.replies.set(text, await r.reply(chosen.id, conv.replyTo, text));
        round.replies++;
      }
    } catch (e) {
      if (!stopped(round)) throw e;
    }
    await sleep(100 + Math.random() * 200);
  }
}

test("SIGKILL ×3 under sources and recipients loses nothing acknowledged", async (t) => {
  const dir = join(work, "data");
  const tokens = await makeDataFolder(dir, RECIPIENTS);
  const ledger = new Ledger();
  const seen = newSeen();
  const rec = new Recorder();
  rec.on = false;
  const sourceAgent: http.Agent = keepAliveAgent(SOURCES);
  const recipientAgent: http.Agent = keepAliveAgent(RECIPIENTS);
  server = await startPostern(dir);
  const recipients: Recipient[] = [];
  for (const [i, token] of tokens.entries())
    recipients.push(
      await Recipient.enrol(server.recipientUrl, recipientAgent, rec, token, `fault${i + 1}`),
    );
  const identity = recipients[0]!.identity;
  const sources = Array.from({ length: SOURCES }, () => ({
    source: new Source(server!.sourceUrl, sourceAgent, rec),
    state: { known: false, stale: false },
  }));
  const swept: number[] = [];

  for (let k = 1; k <= KILLS; k++) {
    const round: Round = { over: false, acked: 0, ackedFiles: 0, replies: 0 };
    for (const s of sources) {
      s.source.base = server.sourceUrl;
      // A source whose last request died with the server logs in again.
      s.state.stale = k > 1;
    }
    for (const r of recipients) r.base = server.recipientUrl;
    const running = Promise.all([
      ...sources.map((s) => sourceLoop(s.source, s.state, ledger, round)),
      ...recipients.map((r) => recipientLoop(r, ledger, round)),
    ]);
    // Machines differ widely in speed: kill once this round has acknowledged a
    // file and a reply, then at a random moment up to 1.5 s later.
    const failed = running.then(
      () => new Error("the clients stopped before the kill"),
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    for (let waited = 0; waited < 90_000; waited += 50) {
      if (round.ackedFiles >= 2 && round.replies >= 1 && round.acked >= 3) break;
      const early = await Promise.race([failed, sleep(50).then(() => null)]);
      if (early !== null) throw early;
    }
    assert.ok(round.ackedFiles >= 2, `round ${k} acknowledged under two files in 90 s`);
    await sleep(Math.random() * 1500);
    round.over = true;
    await killPostern(server);
    await running;
    // Keep-alive sockets to the dead process are useless (the agents make new ones).
    sourceAgent.destroy();
    recipientAgent.destroy();

    server = await startPostern(dir);
    // The sweep is logged before the listeners open.
    swept.push(Number(/event=startup_sweep removed=(\d+)/.exec(server.log.join("\n"))?.[1] ?? 0));
    const a = await audit(dir, identity, ledger, seen);
    assert.deepEqual(problems(a), NO_PROBLEMS, `after kill ${k}`);
    assert.deepEqual(server.errorLines, [], "no error logged at restart");
  }
  await stopPostern(server);
  sourceAgent.destroy();
  recipientAgent.destroy();

  const acked = [...ledger.submissions.values()].filter((s) => s.acked);
  const replies = [...ledger.replies.values()].filter((id) => id !== null);
  assert.ok(acked.some((s) => s.sizes.length > 0));
  assert.ok(replies.length >= KILLS);
  assert.ok(seen.submissions.size >= acked.length);
  assert.ok(seen.replies.size >= replies.length);
  // Something was cut short at a kill (an upload, a login, a page): the sweep had work.
  const cutShort = ledger.submissions.size - acked.length;
  assert.ok(cutShort > 0 || swept.some((n) => n > 0), "nothing was in flight at any kill");
  t.diagnostic(
    `crash workload: ${acked.length} submissions acknowledged ` +
      `(${acked.filter((s) => s.sizes.length > 0).length} with a file, ` +
      `${Math.round(acked.reduce((n, s) => n + (s.sizes[0] ?? 0), 0) / MiB)} MiB), ` +
      `${seen.submissions.size} verified (${cutShort} cut short), ${replies.length} replies acknowledged, ` +
      `${seen.replies.size} verified; swept ${swept.join(" ")}`,
  );
});
