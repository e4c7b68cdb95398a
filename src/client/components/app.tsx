/**
 * The app shell: which screen is showing, the logged-in tab's memory, and
 * the ways a session ends (logout, idle, the server saying it is gone).
 * Ending a session replaces the memory objects and drops the identity, so
 * nothing decrypted outlives it in this tab.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import type { ChannelKeys } from "../../protocol/api.ts";
import { Api } from "../api.ts";
import { Ctx, useApp, type AppContext } from "../context.ts";
import { useFocusOnMount, useIdleTimeout } from "../hooks.ts";
import { t, type MessageKey } from "../messages/en.ts";
import {
  isInvitePath,
  pushView,
  replaceView,
  resetLocation,
  viewFromState,
  type View,
} from "../router.ts";
import { SearchIndex } from "../search-index.ts";
import type { Session } from "../session.ts";
import { Admin } from "./admin.tsx";
import { ChannelKeysView, KeysWarning } from "./channel-keys.tsx";
import { Conversation } from "./conversation.tsx";
import { Inbox } from "./inbox.tsx";
import { Invite } from "./invite.tsx";
import { Login } from "./login.tsx";
import { StatusText } from "./ui.tsx";

type Screen =
  | { readonly name: "login"; readonly notice: MessageKey | null }
  | { readonly name: "invite" }
  | { readonly name: "loggedOut" }
  | { readonly name: "app"; readonly session: Session; readonly view: View };

interface Memory {
  readonly search: SearchIndex;
  readonly decrypted: Map<string, string>;
}
const freshMemory = (): Memory => ({ search: new SearchIndex(), decrypted: new Map() });

export function App() {
  const [screen, setScreen] = useState<Screen>(() =>
    isInvitePath() ? { name: "invite" } : { name: "login", notice: null },
  );
  const [status, setStatus] = useState<string | null>(null);
  const memory = useRef<Memory>(freshMemory());

  /** Forgets everything of the session in this tab and shows the login screen. */
  const endLocally = (notice: MessageKey | null) => {
    memory.current = freshMemory();
    resetLocation();
    setStatus(null);
    setScreen({ name: "login", notice });
  };
  // One client for the tab's lifetime; its 401 handler only uses stable setters and refs.
  const api = useMemo(() => new Api(() => endLocally("login.sessionEnded")), []);

  const session = screen.name === "app" ? screen.session : null;
  const view = screen.name === "app" ? screen.view : null;

  // Who can read the member's channels: asked again on every view, so a key
  // added while the tab is open is warned about at the next step.
  const [channelKeys, setChannelKeys] = useState<readonly ChannelKeys[] | null>(null);
  const [keysFailed, setKeysFailed] = useState(false);
  const [keysReloads, reloadKeys] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (session === null) {
      setChannelKeys(null);
      setKeysFailed(false);
      return;
    }
    let live = true;
    api.channels().then(
      (r) => {
        if (!live) return;
        setChannelKeys(r.channels);
        setKeysFailed(false);
      },
      () => {
        if (live) setKeysFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [api, session, view, keysReloads]);

  useIdleTimeout(session?.idleSeconds ?? null, () => {
    void api.logout().catch(() => undefined);
    api.clear();
    endLocally("login.idle");
  });

  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      setScreen((s) => (s.name === "app" ? { ...s, view: viewFromState(e.state) } : s));
    };
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);

  const onLoggedIn = (s: Session) => {
    memory.current = freshMemory();
    const view: View = { name: "inbox" };
    // Also drops an invite token from the address bar and history.
    replaceView(view);
    setScreen({ name: "app", session: s, view });
  };

  const logout = async () => {
    await api.logout().catch(() => undefined);
    api.clear();
    memory.current = freshMemory();
    resetLocation();
    setStatus(null);
    setScreen({ name: "loggedOut" });
  };

  const ctx = useMemo<AppContext | null>(
    () =>
      session === null
        ? null
        : {
            api,
            session,
            search: memory.current.search,
            decrypted: memory.current.decrypted,
            navigate: (view, options) => {
              if (options?.replace === true) replaceView(view);
              else pushView(view);
              setScreen((s) => (s.name === "app" ? { ...s, view } : s));
            },
            announce: setStatus,
            channelKeys,
            reloadKeys: () => reloadKeys(0),
          },
    [api, session, channelKeys],
  );

  switch (screen.name) {
    case "login":
      return <Login api={api} notice={screen.notice} onLoggedIn={onLoggedIn} />;
    case "invite":
      return <Invite api={api} onLoggedIn={onLoggedIn} />;
    case "loggedOut":
      return <LoggedOut onAgain={() => setScreen({ name: "login", notice: null })} />;
    case "app":
      return (
        <Ctx.Provider value={ctx}>
          <a class="skip" href="#main">
            {t("app.skip")}
          </a>
          <Header session={screen.session} view={screen.view} onLogout={() => void logout()} />
          <StatusText id="app-status" message={status} />
          <KeysWarning failed={keysFailed} onChannels={screen.view.name === "channels"} />
          <CurrentView view={screen.view} />
        </Ctx.Provider>
      );
  }
}

function CurrentView({ view }: { readonly view: View }) {
  switch (view.name) {
    case "inbox":
      return <Inbox />;
    case "conversation":
      return <Conversation key={view.id} id={view.id} />;
    case "admin":
      return <Admin />;
    case "channels":
      return <ChannelKeysView />;
  }
}

function Header(props: {
  readonly session: Session;
  readonly view: View;
  readonly onLogout: () => void;
}) {
  const { navigate } = useApp();
  const { me } = props.session;
  const current = (name: View["name"]) => (props.view.name === name ? "page" : undefined);
  return (
    <header class="top">
      <p class="brand">{t("app.title")}</p>
      <nav aria-label={t("nav.label")}>
        <button
          type="button"
          id="nav-inbox"
          class="link"
          aria-current={current("inbox")}
          onClick={() => navigate({ name: "inbox" })}
        >
          {t("nav.inbox")}
        </button>
        <button
          type="button"
          id="nav-channels"
          class="link"
          aria-current={current("channels")}
          onClick={() => navigate({ name: "channels" })}
        >
          {t("nav.channels")}
        </button>
        {me.role === "admin" && (
          <button
            type="button"
            id="nav-admin"
            class="link"
            aria-current={current("admin")}
            onClick={() => navigate({ name: "admin" })}
          >
            {t("nav.admin")}
          </button>
        )}
      </nav>
      <p class="who">{t("nav.signedInAs", { name: me.name })}</p>
      <button type="button" id="logout" onClick={props.onLogout}>
        {t("nav.logout")}
      </button>
    </header>
  );
}

function LoggedOut({ onAgain }: { readonly onAgain: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main id="logged-out" class="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t("loggedOut.title")}
      </h1>
      <p>{t("loggedOut.body")}</p>
      <button type="button" id="login-again" onClick={onAgain}>
        {t("loggedOut.again")}
      </button>
    </main>
  );
}
