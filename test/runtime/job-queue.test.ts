/** The crypto worker's order: urgent first, and no bulk job waits for ever. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { JobQueue } from "../../src/runtime/job-queue.ts";

function drain(q: JobQueue<string>): string[] {
  const out: string[] = [];
  for (let j = q.next(); j !== undefined; j = q.next()) out.push(j);
  return out;
}

test("urgent jobs go first, each queue in arrival order", () => {
  const q = new JobQueue<string>({ streak: 100 });
  q.push("b1", false);
  q.push("b2", false);
  q.push("u1", true);
  q.push("u2", true);
  assert.equal(q.size, 4);
  assert.deepEqual(drain(q), ["u1", "u2", "b1", "b2"]);
  assert.equal(q.size, 0);
});

test("a flood of urgent jobs lets a bulk job through after each streak", () => {
  const q = new JobQueue<string>({ streak: 4 });
  q.push("b1", false);
  q.push("b2", false);
  for (let i = 1; i <= 10; i++) q.push(`u${i}`, true);
  assert.deepEqual(drain(q), [
    ...["u1", "u2", "u3", "u4", "b1"],
    ...["u5", "u6", "u7", "u8", "b2"],
    ...["u9", "u10"],
  ]);
});

test("with both queues backed up, urgent jobs still get most turns", () => {
  const q = new JobQueue<string>({ streak: 4 });
  for (let i = 0; i < 50; i++) q.push(`b${i}`, false);
  for (let i = 0; i < 8; i++) q.push(`u${i}`, true);
  const order = drain(q);
  assert.equal(order.indexOf("u0"), 0);
  assert.equal(order.indexOf("b0"), 4);
  assert.equal(order.indexOf("u7"), 8, "8 urgent jobs done within the first 9 turns");
});
