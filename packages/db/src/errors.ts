/**
 * A unique constraint refused the write (SQLSTATE 23505). postgres.js puts the code on the error,
 * drizzle over PGlite on its cause; callers turn it into their own "already in use" refusal.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === "23505" || e.cause?.code === "23505";
}
