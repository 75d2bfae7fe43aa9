// Types of bundle-node.mjs, for the tests that build an app before they start it as a process.
export interface BundleOptions {
  /** The app's folder (apps/api, apps/worker, …); entries and outdir are relative to it. */
  cwd: string;
  entries: string[];
  /** Default "dist". */
  outdir?: string;
}

export function bundleNodeApp(options: BundleOptions): Promise<{ outdir: string; ms: number }>;

export function ensureBuilt(options: BundleOptions): Promise<{ outdir: string; built: boolean; ms: number }>;
