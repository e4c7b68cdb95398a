/**
 * The Tor Project's own channels for sources whose network blocks Tor or its
 * website (issue #14): the safety guide and the outreach kit name them as
 * arguments of their texts, so that they are set here once, never translated,
 * and stay left-to-right inside right-to-left sentences.
 *
 * These change (bots are renamed, mirrors come and go): check each against the
 * Tor Project's own pages before a release, never against a third party's
 * (look-alike bots spread altered copies). As checked against the Tor Browser
 * manual and support portal of September 2025.
 */
export const TOR_PROJECT = {
  // source: https://tb-manual.torproject.org/bridges/#obtain-bridges-via-telegram
  bridgesBot: "@GetBridgesBot",
  // source: https://tb-manual.torproject.org/bridges/#obtain-bridges-via-email (Gmail or Riseup senders only)
  bridgesEmail: "bridges@torproject.org",
  // source: https://tb-manual.torproject.org/downloading/ (links t.me/gettor_bot)
  gettorBot: "@gettor_bot",
  // source: https://support.torproject.org/censorship/gettor-2/
  gettorEmail: "gettor@torproject.org",
  // source: https://tb-manual.torproject.org/downloading/#mirrors (Calyx removed on 2025-07-17)
  mirror1: "tor.eff.org",
  mirror2: "lacebolla.net",
  // source: https://tb-manual.torproject.org/circumvention/ ; https://support.torproject.org/censorship/connecting-from-russia/
  helpEmail: "frontdesk@torproject.org",
  helpBot: "@TorProjectSupportBot",
} as const;

export type TorProjectChannels = typeof TOR_PROJECT;
