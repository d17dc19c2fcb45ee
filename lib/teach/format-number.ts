import { roundMastery } from "@/lib/mastery/format-mastery";

/**
 * Numbers on the dashboard in the reader's notation: "0.42" (en), "0,42" (es). Pure and free of
 * message catalogues: the heatmap (a client component) uses it too.
 */
const formats = new Map<string, Intl.NumberFormat>();

function format(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    let l = locale;
    try {
      new Intl.NumberFormat(l);
    } catch {
      l = "en";
    }
    f = new Intl.NumberFormat(l, options);
    formats.set(key, f);
  }
  return f;
}

/** `value` with exactly `decimals` decimals. */
export function formatNumber(value: number, locale: string, decimals = 0): string {
  return format(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A mastery value as shown (lib/mastery/format-mastery.ts: clamped, two decimals), in the locale. */
export function formatMasteryIn(mastery: number, locale: string): string {
  return formatNumber(roundMastery(mastery), locale, 2);
}

/** A share as a percentage: "42%", one decimal under 10% ("5.3%"), "–" without data. */
export function formatPercent(x: number | null, locale: string): string {
  if (x === null) return "–";
  const pct = x * 100;
  const decimals = pct > 0 && pct < 10 ? 1 : 0;
  return format(locale, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    decimals ? x : Math.round(pct) / 100,
  );
}
