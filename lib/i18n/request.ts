import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { requestLocale } from "./resolve-locale";

// next-intl's per-request configuration (next.config.ts points the plugin here). No locale in
// URLs: the language follows the user (decision 016).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
