/**
 * The inbox: sources in the server's order (newest activity first), unread
 * counts, stars, a channel filter (asks the server) and a search over text
 * already decrypted in this tab (asks nobody).
 */
import { useEffect, useState } from "preact/hooks";
import type { SourceSummary } from "../../protocol/api.ts";
import { useApp } from "../context.ts";
import { useFocusOnMount } from "../hooks.ts";
import { t } from "../messages/en.ts";
import { StarButton } from "./star-button.tsx";
import { ErrorText, StatusText, errorMessage } from "./ui.tsx";

export function Inbox() {
  const { api, session, search, navigate, reloadKeys } = useApp();
  const [channel, setChannel] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [sources, setSources] = useState<readonly SourceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  useEffect(() => {
    let live = true;
    setError(null);
    api.sources(channel).then(
      (res) => {
        if (live) setSources(res.sources);
      },
      (err: unknown) => {
        if (live) setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [api, channel, reloads]);

  async function toggleStar(s: SourceSummary) {
    try {
      await api.star(s.id, !s.starred);
      setSources(
        (list) => list?.map((x) => (x.id === s.id ? { ...x, starred: !s.starred } : x)) ?? null,
      );
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const shown = sources?.filter(
    (s) => s.designation.includes(query.trim().toLowerCase()) || search.matches(s.id, query),
  );

  return (
    <main id="main">
      <h1 ref={heading} tabIndex={-1}>
        {t("inbox.title")}
      </h1>
      <div class="toolbar" role="search">
        <div class="field">
          <label for="channel-filter">{t("inbox.channel")}</label>
          <select
            id="channel-filter"
            name="channel"
            value={channel ?? ""}
            onChange={(e) =>
              setChannel(e.currentTarget.value === "" ? null : e.currentTarget.value)
            }
          >
            <option value="">{t("inbox.allChannels")}</option>
            {session.me.channels.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="search">{t("inbox.search")}</label>
          <input
            id="search"
            name="search"
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby="search-hint"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <p class="hint" id="search-hint">
            {t("inbox.searchHint")}
          </p>
        </div>
        <button
          type="button"
          id="refresh"
          onClick={() => {
            setReloads((n) => n + 1);
            reloadKeys();
          }}
        >
          {t("inbox.refresh")}
        </button>
      </div>
      <div id="inbox">
        <ErrorText id="inbox-error" message={error} />
        {sources === null ? (
          error === null && <StatusText message={t("app.loading")} />
        ) : (
          <>
            <StatusText
              id="inbox-count"
              message={
                sources.length === 0
                  ? t("inbox.empty")
                  : shown?.length === 0
                    ? t("inbox.noMatch", { query })
                    : t("inbox.count", { shown: shown?.length ?? 0, total: sources.length })
              }
            />
            <ul id="sources" class="sources">
              {shown?.map((s) => (
                <SourceItem
                  key={s.id}
                  source={s}
                  onOpen={() => navigate({ name: "conversation", id: s.id })}
                  onStar={() => void toggleStar(s)}
                />
              ))}
            </ul>
          </>
        )}
      </div>
    </main>
  );
}

function SourceItem(props: {
  readonly source: SourceSummary;
  readonly onOpen: () => void;
  readonly onStar: () => void;
}) {
  const s = props.source;
  return (
    // The whole row opens the conversation for pointer users; keyboard and
    // screen-reader users have the button inside, which is its real control.
    <li
      class={s.unread > 0 ? "source-item has-unread" : "source-item"}
      data-designation={s.designation}
      data-id={s.id}
      data-unread={s.unread}
      onClick={props.onOpen}
    >
      <button
        type="button"
        class="open"
        onClick={(e) => {
          e.stopPropagation();
          props.onOpen();
        }}
      >
        <span class="designation">
          <bdi>{s.designation}</bdi>
        </span>
        <span class="meta">
          <span class="meta-part">{s.channel.name}</span>
          <span class="meta-part">{t("inbox.lastDay", { day: s.lastDay })}</span>
          <span class="meta-part">{t("inbox.submissions", { count: s.submissions })}</span>
          <span class="meta-part">{t("inbox.replies", { count: s.replies })}</span>
        </span>
        {s.unread > 0 && (
          <span class="visually-hidden">{t("inbox.unread", { count: s.unread })}</span>
        )}
      </button>
      {/* The bare count, for sighted users; the button above says it in words. */}
      <span class={s.unread > 0 ? "unread" : "unread zero"} aria-hidden="true">
        {s.unread}
      </span>
      <StarButton starred={s.starred} designation={s.designation} onToggle={props.onStar} />
    </li>
  );
}
