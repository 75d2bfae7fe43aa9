/**
 * Whether a nav link to `to` is the current page, by React Router's NavLink rule that the screens were built on:
 * the same path, or (unless `end`) a path beneath it; letter case does not matter.
 */
export function isActivePath(path: string, to: string, end = false): boolean {
  const here = path.toLowerCase();
  const target = to.toLowerCase();
  return here === target || (!end && here.startsWith(target) && here.charAt(target.length) === "/");
}
