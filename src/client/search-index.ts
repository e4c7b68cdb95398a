/**
 * Text decrypted in this tab, per source, so the inbox can search it. It is
 * memory only and dies with the session: nothing decrypted is ever sent back
 * to the server or stored, so search can only cover what was opened here.
 */
export class SearchIndex {
  readonly #texts = new Map<string, Map<string, string>>();

  /** Records `text` for `sourceId` under `key` (an item or file), replacing any earlier one. */
  add(sourceId: string, key: string, text: string): void {
    let m = this.#texts.get(sourceId);
    if (!m) {
      m = new Map();
      this.#texts.set(sourceId, m);
    }
    m.set(key, text.toLocaleLowerCase());
  }

  /** Whether any decrypted text of the source contains `query` (case-insensitive). */
  matches(sourceId: string, query: string): boolean {
    const q = query.trim().toLocaleLowerCase();
    if (q === "") return true;
    for (const text of this.#texts.get(sourceId)?.values() ?? []) if (text.includes(q)) return true;
    return false;
  }

  forget(sourceId: string): void {
    this.#texts.delete(sourceId);
  }
}
