/** What every screen of a logged-in tab needs, handed down by <App>. */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { ChannelKeys } from "../protocol/api.ts";
import type { Api } from "./api.ts";
import type { View } from "./router.ts";
import type { SearchIndex } from "./search-index.ts";
import type { Session } from "./session.ts";

export interface AppContext {
  readonly api: Api;
  readonly session: Session;
  readonly search: SearchIndex;
  /** Decrypted texts by blob id, so reopening a conversation does not fetch again. */
  readonly decrypted: Map<string, string>;
  readonly navigate: (view: View, options?: { replace?: boolean }) => void;
  /** Speaks `message` in the polite live region (and shows it). */
  readonly announce: (message: string) => void;
  /** The member's channels and their keys, asked again on every view; null until known. */
  readonly channelKeys: readonly ChannelKeys[] | null;
  /** Asks the server for `channelKeys` again (after a refresh or an acknowledgement). */
  readonly reloadKeys: () => void;
}

export const Ctx = createContext<AppContext | null>(null);

/** @throws Error when used outside a logged-in <App>: a programming error. */
export function useApp(): AppContext {
  const ctx = useContext(Ctx);
  if (ctx === null) throw new Error("useApp outside a logged-in App");
  return ctx;
}
