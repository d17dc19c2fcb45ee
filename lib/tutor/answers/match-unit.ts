import type { UnitSpec } from "./spec";

/**
 * Common units, each group a set of interchangeable spellings. A student unit that belongs to a
 * group is "known": if the spec's unit is not in that group, it is a wrong unit. Unknown words
 * after a number ("12 apples") are not treated as units at all. "in" (inch) is left out: "12 in
 * total" is far more common. Conversions are out of scope: "0.12 m" for 12 cm is a wrong unit.
 */
const UNIT_GROUPS: string[][] = [
  ["mm", "millimeter", "millimeters", "millimetre", "millimetres"],
  ["cm", "centimeter", "centimeters", "centimetre", "centimetres", "cms"],
  ["m", "meter", "meters", "metre", "metres"],
  ["km", "kilometer", "kilometers", "kilometre", "kilometres", "kms"],
  ["inch", "inches", '"'],
  ["ft", "foot", "feet", "'"],
  ["yd", "yard", "yards", "yds"],
  ["mi", "mile", "miles"],
  [
    "mm^2",
    "mm2",
    "square mm",
    "sq mm",
    "sq. mm",
    "square millimeter",
    "square millimeters",
    "square millimetre",
    "square millimetres",
    "mm squared",
    "millimeters squared",
    "millimetres squared",
  ],
  [
    "cm^2",
    "cm2",
    "square cm",
    "sq cm",
    "sq. cm",
    "sq.cm",
    "square centimeter",
    "square centimeters",
    "square centimetre",
    "square centimetres",
    "cm squared",
    "centimeters squared",
    "centimetres squared",
  ],
  [
    "m^2",
    "m2",
    "square m",
    "sq m",
    "sq. m",
    "sq.m",
    "sqm",
    "square meter",
    "square meters",
    "square metre",
    "square metres",
    "m squared",
    "meters squared",
    "metres squared",
  ],
  [
    "km^2",
    "km2",
    "square km",
    "sq km",
    "sq. km",
    "square kilometer",
    "square kilometers",
    "square kilometre",
    "square kilometres",
    "km squared",
    "kilometers squared",
    "kilometres squared",
  ],
  ["in^2", "in2", "square inches", "sq in", "sq. in", "square inch", "inches squared"],
  ["ft^2", "ft2", "square feet", "sq ft", "sq. ft", "square foot", "feet squared", "ft squared"],
  ["yd^2", "yd2", "square yards", "sq yd", "sq. yd", "square yard", "yards squared"],
  ["units^2", "unit^2", "square units", "square unit", "sq units", "sq. units", "units squared"],
  [
    "mm^3",
    "mm3",
    "cubic mm",
    "cubic millimeter",
    "cubic millimeters",
    "cubic millimetre",
    "cubic millimetres",
    "mm cubed",
  ],
  [
    "cm^3",
    "cm3",
    "cubic cm",
    "cubic centimeter",
    "cubic centimeters",
    "cubic centimetre",
    "cubic centimetres",
    "cm cubed",
    "cc",
  ],
  ["m^3", "m3", "cubic m", "cubic meter", "cubic meters", "cubic metre", "cubic metres", "m cubed"],
  ["in^3", "in3", "cubic inches", "cubic inch", "cu in"],
  ["ft^3", "ft3", "cubic feet", "cubic foot", "cu ft"],
  ["units^3", "unit^3", "cubic units", "cubic unit", "units cubed"],
  ["mg", "milligram", "milligrams"],
  ["g", "gram", "grams", "gm", "gms"],
  ["kg", "kilogram", "kilograms", "kilo", "kilos", "kgs"],
  ["lb", "lbs", "pound", "pounds"],
  ["oz", "ounce", "ounces"],
  ["t", "ton", "tons", "tonne", "tonnes"],
  ["ml", "milliliter", "milliliters", "millilitre", "millilitres"],
  ["l", "liter", "liters", "litre", "litres"],
  ["gal", "gallon", "gallons"],
  ["s", "sec", "secs", "second", "seconds"],
  ["min", "mins", "minute", "minutes"],
  ["h", "hr", "hrs", "hour", "hours"],
  ["day", "days"],
  ["week", "weeks", "wk", "wks"],
  ["month", "months"],
  ["year", "years", "yr", "yrs"],
  ["$", "dollar", "dollars", "usd", "buck", "bucks"],
  ["cent", "cents", "c", "¢"],
  ["€", "euro", "euros", "eur"],
  ["£", "gbp", "quid"],
  ["km/h", "kmh", "kph", "km per hour", "kilometers per hour", "kilometres per hour", "km/hr"],
  ["mph", "miles per hour", "mi/h", "miles/hour"],
  ["m/s", "meters per second", "metres per second", "mps"],
  ["°", "degree", "degrees", "deg"],
  ["°c", "degrees celsius", "celsius", "degrees c"],
  ["°f", "degrees fahrenheit", "fahrenheit", "degrees f"],
];

const CURRENCY_PREFIXES = ["$", "€", "£"];

function normUnit(u: string): string {
  return u.toLowerCase().replace(/\s+/g, " ").replace(/²/g, "^2").replace(/³/g, "^3").trim();
}

/** Every spelling that counts as the spec's unit: its name, aliases, and their synonym groups. */
export function acceptedUnitSpellings(unit: UnitSpec | undefined): string[] {
  if (!unit) return [];
  const own = [unit.name, ...(unit.aliases ?? [])].map(normUnit).filter(Boolean);
  const out = new Set<string>();
  for (const u of own) {
    const variants = [u];
    if (u.length > 3 && u.endsWith("s")) variants.push(u.slice(0, -1));
    else if (u.length > 2 && !u.endsWith("s")) variants.push(`${u}s`);
    for (const v of variants) {
      out.add(v);
      // "square metre" (singular) finds the m^2 group through "square metres".
      for (const g of UNIT_GROUPS) if (g.includes(v)) for (const x of g) out.add(x);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

const KNOWN = UNIT_GROUPS.flat().sort((a, b) => b.length - a.length);

export interface UnitMatch {
  text: string;
  /** Characters consumed from the text after the number (including leading space). */
  length: number;
  accepted: boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Each spelling's pattern, compiled once (compiling ~200 per call was a turn's largest cost). */
const PATTERNS = new Map<string, RegExp>();

function patternFor(u: string): RegExp {
  let re = PATTERNS.get(u);
  if (!re) {
    const wordy = /^[a-z]/.test(u) && /[a-z0-9]$/.test(u);
    // "m" does not match the start of "m^2" or "m2": those are other units.
    re = new RegExp(`^(\\s?)${escapeRe(u)}${wordy ? "(?![a-z0-9^])" : ""}`);
    if (PATTERNS.size < 10_000) PATTERNS.set(u, re);
  }
  return re;
}

function readFrom(after: string, spellings: string[]): { text: string; length: number } | null {
  // Every unit starts within the first two characters (an optional space, then the unit).
  if (!after || /^\s?$/.test(after.slice(0, 2))) return null;
  for (const u of spellings) {
    const m = patternFor(u).exec(after);
    if (m) return { text: u, length: m[0].length };
  }
  return null;
}

const KNOWN_AFTER = KNOWN.filter((u) => u !== "'" && u !== '"');

/**
 * The unit written right after a number, if any: an accepted spelling, else a known unit. A
 * longer known unit wins over an accepted one it starts with: "4 m squared" or "4 m/s" is not
 * "4 m".
 */
export function readUnitAfter(after: string, accepted: string[]): UnitMatch | null {
  const a = readFrom(after, accepted);
  const k = readFrom(after, KNOWN_AFTER);
  if (k && (!a || k.length > a.length) && !accepted.includes(k.text)) return { ...k, accepted: false };
  if (a) return { ...a, accepted: true };
  return k ? { ...k, accepted: false } : null;
}

/** A currency symbol written before a number ("$12"). */
export function readUnitBefore(before: string, accepted: string[]): UnitMatch | null {
  const m = /([$€£])\s?$/.exec(before);
  if (!m || !CURRENCY_PREFIXES.includes(m[1]!)) return null;
  return { text: m[1]!, length: m[0].length, accepted: accepted.includes(m[1]!) };
}

/** "$" for a dollars unit (by name, alias or synonym), likewise € and £; null otherwise. */
export function currencySymbol(unit: UnitSpec | undefined): string | null {
  const spellings = acceptedUnitSpellings(unit);
  return CURRENCY_PREFIXES.find((c) => spellings.includes(c)) ?? null;
}
