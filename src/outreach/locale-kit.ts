/** Everything needed to draw one locale's part of the kit, gathered once. */
import { findLocale } from "../i18n/index.ts";
import { PosternError } from "../protocol/errors.ts";
import type { QrMatrix } from "./qr.ts";
import { KIT_KEYS, type KitMessages, type KitTextSource } from "./texts.ts";

export interface KitIdentity {
  readonly org: string;
  /** `….onion`, v3. */
  readonly address: string;
  /** The signing key's fingerprint, 16 groups of 4 hex digits. */
  readonly fingerprint: string;
  /** The signing key, base64 of the raw 32 bytes. */
  readonly publicKey: string;
  readonly qr: QrMatrix;
}

export interface LocaleKit extends KitIdentity {
  readonly locale: string;
  readonly dir: "ltr" | "rtl";
  readonly t: KitMessages;
  /** A number in the locale's digits ("۳" in Persian). */
  num(n: number): string;
}

export const STEP_KEYS = ["kit.step1", "kit.step2", "kit.step3", "kit.step4", "kit.step5"] as const;

/** The address as a link target: what the QR code holds and Tor Browser opens. */
export function onionUrl(address: string): string {
  return `http://${address}/`;
}

/** @throws PosternError for an unknown locale, or what the text source throws. */
export function localeKit(locale: string, id: KitIdentity, texts: KitTextSource): LocaleKit {
  const info = findLocale(locale);
  if (info === undefined) throw new PosternError("usage", `unknown locale "${locale}"`);
  const nf = new Intl.NumberFormat(locale, { useGrouping: false });
  return {
    ...id,
    locale,
    dir: info.dir,
    t: texts(locale, { org: id.org, fingerprint: id.fingerprint, address: id.address }),
    num: (n) => nf.format(n),
  };
}

/** Every character the locale's images and videos draw, for the font coverage check. */
export function drawnText(k: LocaleKit): string {
  const digits = [1, 2, 3, 4, 5].map((n) => k.num(n)).join(" ");
  return [...KIT_KEYS.map((key) => k.t[key]), k.org, k.address, k.fingerprint, digits, "/"].join(
    "\n",
  );
}
