/** The star toggle: a pressed/unpressed button whose text says its state. */
import { t } from "../messages/en.ts";

export function StarButton(props: {
  readonly id?: string;
  readonly starred: boolean;
  readonly designation: string;
  readonly disabled?: boolean;
  readonly onToggle: () => void;
}) {
  const { starred, designation } = props;
  return (
    <button
      type="button"
      id={props.id}
      class={starred ? "star on" : "star"}
      aria-pressed={starred}
      aria-label={t(starred ? "star.labelOn" : "star.labelOff", { designation })}
      disabled={props.disabled}
      onClick={(e) => {
        // Inside a clickable inbox row: starring must not also open it.
        e.stopPropagation();
        props.onToggle();
      }}
    >
      <span aria-hidden="true">{t(starred ? "star.glyphOn" : "star.glyphOff")}</span>{" "}
      {t(starred ? "star.on" : "star.off")}
    </button>
  );
}
