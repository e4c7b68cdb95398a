/**
 * Streams a multipart submission straight into encryption (DESIGN §4 step 3).
 * Parts are handled one at a time in arrival order; the CSRF token must be
 * the first field, so no file byte is processed for a forged request. Any
 * failure stops reading, discards the draft, and rejects with a catalogue
 * error; the caller drains what is left of the body and answers.
 */
import type { IncomingMessage } from "node:http";
import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import { PosternError } from "../../protocol/errors.ts";
import { toPosternError } from "../../core/errors.ts";
import type { Instance } from "../../core/instance.ts";
import type { SourceKeys } from "../../core/sources.ts";
import { SubmissionDraft } from "../../core/submissions.ts";

/** The name of the field people never see (see pages.tsx); filled means a program. */
export const HONEYPOT = "website";

/** The form's own fields; each may appear once. Other names are ignored. */
const SINGLE_FIELDS: ReadonlySet<string> = new Set(["csrf", "message", "channel", HONEYPOT]);

export interface UploadResult {
  readonly id: string;
  readonly files: number;
}

export function receiveSubmission(
  req: IncomingMessage,
  inst: Instance,
  keys: SourceKeys,
  checkCsrf: (token: string) => boolean,
): Promise<UploadResult> {
  const limits = inst.config.limits;
  return new Promise<UploadResult>((resolve, reject) => {
    let bb: ReturnType<typeof Busboy>;
    try {
      bb = Busboy({
        headers: { ...req.headers, "content-type": req.headers["content-type"] ?? "" },
        preservePath: true,
        limits: {
          fieldNameSize: 64,
          // 4 bytes per character at most in UTF-8, plus room to notice an overflow.
          fieldSize: limits.maxMessageChars * 4 + 1024,
          fields: 16,
          // One more than allowed, so an excess is seen (browsers send one empty part for "no file").
          files: limits.maxFiles + 1,
          parts: limits.maxFiles + 20,
          headerPairs: 16,
        },
      });
    } catch (cause) {
      reject(new PosternError("multipart_malformed", "bad multipart headers", { cause }));
      return;
    }
    const draft = new SubmissionDraft(inst, keys);
    let chain: Promise<void> = Promise.resolve();
    let failed = false;
    let csrfOk = false;
    let current: BusboyFileStream | null = null;
    // Fields a form sends once. A second copy (only a crafted client sends one)
    // would silently replace the first message or channel: refuse instead.
    const once = new Set<string>(["csrf"]);
    // Parts busboy handed us; compared with all parts it saw, to notice the ones it skipped.
    let seen = 0;

    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      req.unpipe(bb);
      current?.destroy();
      // A step may be under way (a file waiting for its header from the crypto
      // worker, or closing its temp file): let it end first, so the answer
      // goes out only when nothing of this submission is left on disk.
      void chain
        .catch(() => undefined)
        .then(() => draft.discard())
        .then(
          () => reject(toPosternError(e, "source")),
          () => reject(toPosternError(e, "source")),
        );
    };
    const step = (fn: () => Promise<void> | void): void => {
      chain = chain.then(async () => {
        if (!failed) await fn();
      });
      chain.catch(fail);
    };

    bb.on("field", (name, value, _nameTruncated, valueTruncated) => {
      seen++;
      step(async () => {
        if (!csrfOk) {
          if (name === "csrf" && checkCsrf(value)) {
            csrfOk = true;
            return;
          }
          throw new PosternError("csrf_invalid");
        }
        if (SINGLE_FIELDS.has(name)) {
          if (once.has(name)) throw new PosternError("multipart_malformed", "repeated field");
          once.add(name);
        }
        if (name === HONEYPOT) {
          if (value !== "") throw new PosternError("form_rejected");
        } else if (name === "message") {
          if (valueTruncated) throw new PosternError("message_too_long");
          draft.setMessage(value.replace(/\r\n?/g, "\n"));
        } else if (name === "channel") {
          await draft.selectChannel(value);
        }
        // Other field names are ignored: they carry nothing we store.
      });
    });

    bb.on("file", (name, stream, filename, _encoding, mimeType) => {
      seen++;
      // A body that ends mid-part makes busboy fail this stream, possibly
      // before its step runs (steps wait for each other and for the crypto
      // worker): without a listener now, that error would be uncaught and
      // end the process. The pipeline that reads the stream still sees it
      // (a destroyed stream fails the pipeline), and the request fails whole.
      stream.on("error", () => undefined);
      step(async () => {
        if (!csrfOk) throw new PosternError("csrf_invalid");
        if (name !== "files")
          throw new PosternError("multipart_malformed", "unexpected file field");
        if (filename === "") {
          // An empty file input: browsers send a part with no name and no bytes.
          stream.resume();
          return;
        }
        current = stream;
        await draft.addFile(unescapeFormName(filename), mimeType, stream);
        current = null;
      });
      // If an earlier step failed, drop this part's bytes so parsing can go on.
      if (failed) stream.resume();
    });

    bb.on("filesLimit", () => fail(new PosternError("too_many_files")));
    bb.on("partsLimit", () => fail(new PosternError("too_many_files")));
    bb.on("fieldsLimit", () => fail(new PosternError("multipart_malformed", "too many fields")));
    bb.on("error", (cause) =>
      fail(new PosternError("multipart_malformed", "multipart parse error", { cause })),
    );
    bb.on("finish", () => {
      // Busboy silently skips a part whose headers it will not read (a bare CR or
      // LF in a header or file name, no form-data disposition): refuse the whole
      // submission rather than store the rest without it.
      const skipped = partsParsed(bb) !== seen;
      step(async () => {
        if (!csrfOk) throw new PosternError("csrf_invalid");
        if (skipped) throw new PosternError("multipart_malformed", "unreadable part");
        const { id } = await draft.commit();
        resolve({ id, files: draft.fileCount });
      });
    });
    req.on("close", () => {
      if (!req.complete) fail(new PosternError("upload_aborted"));
    });
    req.pipe(bb);
  });
}

/**
 * How many parts busboy's multipart parser saw, skipped ones included. This
 * reads a private field of @fastify/busboy (pinned by the lock file); if an
 * upgrade removes it, we fail closed (every upload is refused) and the
 * bad-input tests say so at once, rather than silently losing the check.
 */
function partsParsed(bb: ReturnType<typeof Busboy>): number {
  const n = (bb as unknown as { _parser?: { _nparts?: unknown } })._parser?._nparts;
  return typeof n === "number" ? n : -1;
}

/**
 * Browsers escape three bytes of a file name in multipart bodies (WHATWG
 * HTML, "multipart/form-data encoding algorithm"): `"` as %22, CR as %0D and
 * LF as %0A. Undo exactly those, so `report "final".pdf` arrives as the source
 * named it (CR and LF are then refused as control characters).
 */
export function unescapeFormName(name: string): string {
  return name.replace(/%(22|0D|0A)/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
