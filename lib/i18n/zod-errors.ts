import { z } from "zod";
import { type Locale, toLocale } from "./locales";

/**
 * zod's own messages ("Too big: expected string to have <=100 characters") in a reader's
 * language, for one parse: `schema.safeParse(data, { error: zodErrorMap(locale) })`. A message
 * the schema sets itself wins over this map (zod's precedence); those carry message keys instead
 * (lib/auth/schemas.ts). An unknown or missing locale gets English, zod's default. Pure.
 */
const builders: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  es: z.locales.es,
  sv: z.locales.sv,
  ar: z.locales.ar,
};

const maps = new Map<Locale, z.core.$ZodErrorMap>();

export function zodErrorMap(locale?: string | null): z.core.$ZodErrorMap {
  const l = toLocale(locale) ?? "en";
  let map = maps.get(l);
  if (!map) {
    map = builders[l]().localeError;
    maps.set(l, map);
  }
  return map;
}
