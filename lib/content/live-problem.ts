/**
 * A problem students can get: published, with a published version. Counts shown to students and
 * teachers ("Fractions (18 problems)") use it, as the picker does; an admin's lists count drafts.
 */
export const LIVE_PROBLEM = { status: "published", publishedVersionId: { not: null } } as const;
