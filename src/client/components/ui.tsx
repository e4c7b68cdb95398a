/** Form pieces with their accessibility wiring done once. */
import type { ComponentChildren, TargetedInputEvent } from "preact";
import { ApiError } from "../api.ts";
import { t } from "../messages/en.ts";

interface FieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly type?: "text" | "password";
  readonly autoComplete?: string;
  readonly inputMode?: "numeric" | "text";
  readonly maxLength?: number;
  readonly disabled?: boolean;
  /** Extra element ids describing the input (e.g. a strength meter). */
  readonly describedBy?: string;
  readonly onInput?: (value: string) => void;
}

/** A labelled text input; the hint is tied to it with aria-describedby. */
export function Field(p: FieldProps) {
  const hintId = p.hint === undefined ? undefined : `${p.id}-hint`;
  const describedBy = [hintId, p.describedBy].filter(Boolean).join(" ") || undefined;
  const common = {
    id: p.id,
    name: p.name,
    autoComplete: p.autoComplete ?? "off",
    autoCapitalize: "none" as const,
    spellcheck: false,
    inputMode: p.inputMode,
    maxLength: p.maxLength,
    disabled: p.disabled,
    "aria-describedby": describedBy,
    onInput: (e: TargetedInputEvent<HTMLInputElement>) => p.onInput?.(e.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      {p.type === "password" ? (
        <input type="password" {...common} />
      ) : (
        <input type="text" {...common} />
      )}
      {hintId !== undefined && (
        <p class="hint" id={hintId}>
          {p.hint}
        </p>
      )}
    </div>
  );
}

/**
 * An error region. It is always in the page (empty when there is nothing to
 * say) so that screen readers notice when text appears in it.
 */
export function ErrorText(props: { readonly id: string; readonly message: string | null }) {
  return (
    <p id={props.id} class={props.message === null ? "error empty" : "error"} role="alert">
      {props.message}
    </p>
  );
}

/** A polite status line for "working…" and confirmations. */
export function StatusText(props: { readonly id?: string; readonly message: string | null }) {
  return (
    <p id={props.id} class={props.message === null ? "status empty" : "status"} role="status">
      {props.message}
    </p>
  );
}

export function Section(props: {
  readonly title: string;
  readonly id?: string;
  readonly children: ComponentChildren;
}) {
  const headingId = `${props.id ?? props.title.replace(/\W+/g, "-").toLowerCase()}-title`;
  return (
    <section id={props.id} aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** The message to show for any failure: the catalogue's text for its code. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return t(`error.${err.code}`, err.params);
  return t("error.unexpected");
}

/** Reads one text field of a submitted form. */
export function formText(form: HTMLFormElement, name: string): string {
  const v = new FormData(form).get(name);
  return typeof v === "string" ? v : "";
}
