/**
 * A source without a browser: fetch with a cookie jar, reading the same
 * stable ids a person's browser would show. For browser tests see e2e/.
 */
export interface Page {
  readonly status: number;
  readonly html: string;
  readonly headers: Headers;
}

export class SourceClient {
  readonly base: string;
  cookie: string | null = null;
  constructor(base: string) {
    this.base = base;
  }

  async request(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookie !== null) headers.set("cookie", this.cookie);
    const res = await fetch(this.base + path, { ...init, headers, redirect: "manual" });
    const set = res.headers.get("set-cookie");
    if (set !== null) {
      const m = /^(postern_session)=([^;]*)/.exec(set);
      if (m) this.cookie = m[2] === "" ? null : `${m[1]}=${m[2]}`;
    }
    if (res.status === 303 || res.status === 301 || res.status === 302) {
      const loc = res.headers.get("location");
      await res.arrayBuffer();
      if (loc !== null && loc.startsWith("/")) return this.request(loc);
    }
    return { status: res.status, html: await res.text(), headers: res.headers };
  }

  /** The codename page: the codename shown in #codename and its continue form's fields. */
  async codenamePage(
    locale = "en",
  ): Promise<{ codename: string; csrf: string; proof: string; page: Page }> {
    const page = await this.request(`/${locale}/new`);
    const m = /<p id="codename"[^>]*>([^<]+)<\/p>/.exec(page.html);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.html)?.[1];
    const proof = /name="proof" value="([^"]+)"/.exec(page.html)?.[1];
    if (!m?.[1] || csrf === undefined || proof === undefined)
      throw new Error(`no #codename on the page (status ${page.status})`);
    return { codename: m[1], csrf, proof, page };
  }

  /** Continues from a codename page (the session starts); follows the redirect. */
  continueFrom(
    fields: { codename: string; csrf: string; proof: string },
    locale = "en",
  ): Promise<Page> {
    return this.request(`/${locale}/new`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Starts as a new source; returns the codename shown in #codename. */
  async newSource(locale = "en"): Promise<string> {
    const c = await this.codenamePage(locale);
    const p = await this.continueFrom(c, locale);
    if (!p.html.includes('id="submission"'))
      throw new Error(`continuing from the codename page failed (status ${p.status})`);
    return c.codename;
  }

  async csrf(path: string): Promise<string> {
    const p = await this.request(path);
    const m = /name="csrf" value="([^"]+)"/.exec(p.html);
    if (!m?.[1]) throw new Error(`no csrf token on ${path} (status ${p.status})`);
    return m[1];
  }

  async submit(
    fields: {
      message?: string;
      channel?: string;
      files?: { name: string; data: Uint8Array; type?: string }[];
    },
    opts: { locale?: string; csrf?: string | null } = {},
  ): Promise<Page> {
    const locale = opts.locale ?? "en";
    const csrf = opts.csrf === undefined ? await this.csrf(`/${locale}/submit`) : opts.csrf;
    const fd = new FormData();
    if (csrf !== null) fd.append("csrf", csrf);
    if (fields.channel !== undefined) fd.append("channel", fields.channel);
    fd.append("message", fields.message ?? "");
    for (const f of fields.files ?? [])
      fd.append(
        "files",
        new Blob([new Uint8Array(f.data)], { type: f.type ?? "application/octet-stream" }),
        f.name,
      );
    return this.request(`/${locale}/submit`, { method: "POST", body: fd });
  }

  async login(codename: string, locale = "en"): Promise<Page> {
    const csrf = await this.csrf(`/${locale}/login`);
    return this.request(`/${locale}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrf, codename }).toString(),
    });
  }
}

export function errorCode(p: Page): string | null {
  return /id="error" data-code="([a-z_]+)"/.exec(p.html)?.[1] ?? null;
}

export function received(p: Page): boolean {
  return p.html.includes('id="submission-received"');
}
