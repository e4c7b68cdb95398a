/**
 * The passphrase strength meter under the enrol form. The verdict is words
 * (and the reasons behind it), not only a colour; the bar is decoration.
 */
import { MIN_PASSPHRASE_CHARS } from "../../protocol/api.ts";
import type { Strength } from "../crypto.ts";
import { t } from "../messages/en.ts";

export function StrengthMeter(props: { readonly id: string; readonly strength: Strength | null }) {
  const s = props.strength;
  return (
    <div id={props.id} class={`strength score-${s?.score ?? "none"}`} aria-live="polite">
      <meter
        aria-hidden="true"
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={s?.score ?? 0}
      />
      <p class="strength-word">
        {s === null ? t("strength.empty") : t("strength.label", { word: t(`strength.${s.score}`) })}
      </p>
      {s !== null && s.reasons.length > 0 && (
        <ul class="strength-reasons">
          {s.reasons.map((r) => (
            <li key={r}>{t(`strength.reason.${r}`, { min: MIN_PASSPHRASE_CHARS })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
