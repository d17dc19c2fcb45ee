import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translator";
import { passwordMessages, passwordProblemText } from "./password-policy";
import { issueText, validationMessages } from "./schemas";

// Every message the auth schemas and the password policy set has a key whose English text is the
// thrown English message (logs and the English page agree), and a Spanish text of its own.
const thrown = [...Object.values(validationMessages), ...Object.values(passwordMessages)];

describe("auth messages as keys", () => {
  it.each(thrown)("%s", (english) => {
    const text = issueText(english);
    expect(text?.key).toMatch(/^auth\.errors\./);
    if (!text) return;
    expect(translate("en")(text.key, text.values)).toBe(english);
    const spanish = translate("es")(text.key, text.values);
    expect(spanish).not.toBe(english);
    expect(spanish).not.toContain("auth.errors");
  });

  it("zod's own messages and other text have no key (they are shown as they are)", () => {
    expect(issueText("Too big: expected string to have <=100 characters")).toBeUndefined();
    expect(passwordProblemText("Enter your name.")).toBeUndefined();
  });
});
