/**
 * What an admin sees of the instance: every channel with the accounts whose
 * key is on it, every account with its channels. Command-line keys (not an
 * account's) are not listed: the channel's own key list shows them to its
 * members (channel-events.ts).
 */
import type { AdminOverview } from "../protocol/api.ts";
import { accountMemberships, listAccounts } from "../store/queries/accounts.ts";
import { listChannels } from "./channels.ts";
import type { Instance } from "./instance.ts";

export async function adminOverview(inst: Instance): Promise<AdminOverview> {
  const channels = await listChannels(inst.db);
  const members = await accountMemberships(inst.db);
  const accounts = await listAccounts(inst.db);
  return {
    channels: channels.map((c) => ({
      slug: c.slug,
      name: c.name,
      kind: c.kind,
      recipients: members.filter((m) => m.slug === c.slug).map((m) => m.username),
    })),
    accounts: accounts.map((a) => ({
      username: a.username,
      name: a.name,
      role: a.role === "admin" ? "admin" : "recipient",
      active: a.status === "active",
      channels: members.filter((m) => m.username === a.username).map((m) => m.slug),
    })),
  };
}
