import "server-only";
import { requestLocale } from "./resolve-locale";
import { type Translate, translate } from "./translator";

/** A t(fullKey, values) in this request's locale, for actions and route handlers (publicError). */
export async function requestTranslator(): Promise<Translate> {
  return translate(await requestLocale());
}
