/**
 * Runs an outreach command the way src/cli/main.ts runs its table: strict
 * flag parsing, required flags, one-line errors, exit 2 for bad usage and 1
 * for other failures. Lets the tests drive OUTREACH_COMMANDS before they are
 * registered in main.ts, with injected kit texts.
 */
import { parseArgs } from "node:util";
import { outreachCommands, type OutreachDeps } from "../../src/cli/outreach.ts";
import { PosternError } from "../../src/protocol/errors.ts";

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runOutreach(
  argv: readonly string[],
  deps: Omit<OutreachDeps, "out" | "note"> = {},
): Promise<CommandResult> {
  const lines: string[] = [];
  const notes: string[] = [];
  const commands = outreachCommands({
    ...deps,
    out: (l) => lines.push(l),
    note: (l) => notes.push(l),
  });
  const name = argv.slice(0, 2).join(" ");
  const cmd = commands[name];
  if (cmd === undefined) return { code: 2, stdout: "", stderr: `unknown command "${name}"` };
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(2),
      options: cmd.options,
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new PosternError("usage", "unexpected argument");
    for (const r of cmd.required ?? []) {
      const v = values[r];
      if (typeof v !== "string" || v === "") throw new PosternError("usage", `--${r} is required`);
    }
    await cmd.run(values);
    return { code: 0, stdout: lines.join("\n"), stderr: notes.join("\n") };
  } catch (e) {
    const message = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
    const usage =
      (e instanceof PosternError && e.code === "usage") ||
      ((e as { code?: unknown }).code as string | undefined)?.startsWith("ERR_PARSE_ARGS") === true;
    return { code: usage ? 2 : 1, stdout: lines.join("\n"), stderr: message };
  }
}
