/**
 * How long publishing takes, as staff are told it (the staff page and its guide): the minutes the
 * GitLab `pages` job took end to end under gitlab-ci-local with the shell executor on a 2-core
 * machine — 9.45 min on 2026-12-06 (docs/publishing.md, "How long it takes") — rounded up. An
 * estimate: hosted runners differ, and a run waits for the one before it.
 */
export const PUBLISH_MINUTES = 10;
