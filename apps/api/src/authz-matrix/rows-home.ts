import type { MatrixTable } from "./matrix-row";

/** The home page's counts: anyone signed in, each seeing only their own organizations' work. */
export const homeRows: MatrixTable = {
  "home.summary": { access: "signed-in" },
};
