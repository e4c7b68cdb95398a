/**
 * Where the app is. Before login the path decides (`/invite` or `/`). After
 * login every view lives in `history.state` at the path `/`, so the back
 * button works, a reload lands on the login page (nothing survives a reload
 * anyway) and the server only ever has to serve two paths. Source ids stay
 * out of the address bar.
 */
export type View =
  | { readonly name: "inbox" }
  | { readonly name: "conversation"; readonly id: string }
  | { readonly name: "admin" }
  | { readonly name: "channels" };

const INBOX: View = { name: "inbox" };

export function isInvitePath(): boolean {
  return location.pathname === "/invite";
}

/** The invite token from `/invite#TOKEN`, or null. The fragment never reaches the server. */
export function inviteToken(): string | null {
  const token = decodeURIComponent(location.hash.slice(1)).trim();
  return token === "" ? null : token;
}

export function pushView(view: View): void {
  history.pushState({ view }, "", "/");
}

/** Replaces the current entry: the first view after login, or a view after a deletion. */
export function replaceView(view: View): void {
  history.replaceState({ view }, "", "/");
}

/** Drops any view (and an invite token) from the current entry, e.g. on logout. */
export function resetLocation(): void {
  history.replaceState(null, "", "/");
}

/** The view stored in a history entry; anything unrecognised means the inbox. */
export function viewFromState(state: unknown): View {
  if (typeof state !== "object" || state === null || !("view" in state)) return INBOX;
  const v: unknown = state.view;
  if (typeof v !== "object" || v === null || !("name" in v)) return INBOX;
  if (v.name === "admin") return { name: "admin" };
  if (v.name === "channels") return { name: "channels" };
  if (v.name === "conversation" && "id" in v && typeof v.id === "string") {
    return { name: "conversation", id: v.id };
  }
  return INBOX;
}
