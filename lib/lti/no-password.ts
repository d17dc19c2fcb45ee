/**
 * Stored as the password hash of users made by an LTI launch: not an Argon2 hash, so no password
 * ever verifies, and password sign-in refuses it by name (lib/auth/accounts.ts).
 */
export const LTI_NO_PASSWORD = "lti:no-password";
