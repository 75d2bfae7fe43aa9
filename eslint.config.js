import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const reactFiles = ["apps/web/src/**/*.tsx", "packages/ui/src/**/*.tsx"];

// No app imports another app: what two apps share lives in packages/*, and system/ (the composition
// root) is the only code that puts apps together. The web and the CLI see the api only as the
// AppRouter type. Apps may use the composition root's test server in tests only.
const APPS = ["api", "worker", "cli", "web"];
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/*.bench.ts", "**/test-support/**", "**/testing/**"];

/** The no-restricted-imports patterns that keep `app` out of the other apps; `extra` adds the app's own. */
function appBoundary(app, { inTests, extra = [] }) {
  const others = APPS.filter((other) => other !== app).map((other) => {
    const group = [`@reskontra/${other}`, `@reskontra/${other}/*`];
    return other === "api" && (app === "web" || app === "cli")
      ? { group, allowTypeImports: true, message: `apps/${app} imports only the AppRouter type from the api.` }
      : { group, message: "No app imports another app: share through packages/*, compose in system/." };
  });
  const system = inTests
    ? []
    : [{ group: ["@reskontra/system", "@reskontra/system/*"], message: "Only tests use the composition root." }];
  return ["error", { patterns: [...others, ...system, ...extra] }];
}

// The web's own restriction, on top of the boundary between apps.
const WEB_TALKS_TRPC = {
  group: [
    "@reskontra/db",
    "@reskontra/db/*",
    "@reskontra/jobs",
    "@reskontra/mail",
    "@reskontra/mail/*",
    "@reskontra/usecases",
    "@reskontra/usecases/*",
  ],
  message: "The web talks to the server only through tRPC.",
};

function appBoundaries() {
  return APPS.flatMap((app) => {
    const files = app === "web" ? [`apps/${app}/**/*.{ts,tsx}`] : [`apps/${app}/**/*.ts`];
    const extra = app === "web" ? [WEB_TALKS_TRPC] : [];
    return [
      {
        files,
        ignores: TEST_FILES,
        rules: { "no-restricted-imports": appBoundary(app, { inTests: false, extra }) },
      },
      {
        files: TEST_FILES.map((glob) => `apps/${app}/${glob}`),
        rules: { "no-restricted-imports": appBoundary(app, { inTests: true, extra }) },
      },
    ];
  });
}

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      "**/migrations/**",
      "bench-results/**",
      "**/*.config.*",
      "tooling/**/*.mjs",
      "tooling/**/*.d.mts",
      // Build-time node scripts and launchers, outside any tsconfig.
      "apps/web/scripts/*.mjs",
      "apps/cli/launch.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // The contracts are the api's input schemas, imported by the web too: zod and the domain only.
    files: ["packages/contracts/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "packages/contracts runs in the browser too." },
            {
              group: ["@reskontra/*", "!@reskontra/domain"],
              message: "packages/contracts depends on zod and @reskontra/domain only.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no clock, no randomness. Time and data come in as arguments.
    files: ["packages/domain/src/**/*.ts"],
    ignores: ["packages/domain/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "http", "https", "net", "child_process", "crypto", "os"],
              message: "packages/domain does no I/O.",
            },
            {
              group: ["postgres", "pg", "drizzle-orm", "drizzle-orm/*", "@reskontra/db", "@electric-sql/*", "pg-boss"],
              message: "packages/domain has no database.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass `now` in; the domain reads no clock.",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass `now` in; the domain reads no clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "The domain is deterministic.",
        },
      ],
    },
  },
  {
    // Texts and their plural rules only: the i18n package imports nothing, so every app and package may use it.
    files: ["packages/i18n/src/**/*.ts"],
    ignores: ["packages/i18n/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!\\./)", message: "packages/i18n imports nothing but its own files." }] },
      ],
    },
  },
  {
    // Documents are rendered from a model handed in; loading it from the database is the caller's job.
    files: ["packages/documents/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "postgres",
                "pg",
                "drizzle-orm",
                "drizzle-orm/*",
                "@reskontra/db",
                "@reskontra/db/*",
                "@electric-sql/*",
                "pg-boss",
              ],
              message: "packages/documents has no database.",
            },
          ],
        },
      ],
    },
  },
  ...appBoundaries(),
  {
    // No import cycle between files, in any package, so none between module folders that import
    // each other file to file. Type-only imports do not count (import-x skips them): they vanish at run time.
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  // The rules of hooks and the accessibility checks, for every React component.
  { ...reactHooks.configs.flat.recommended, files: reactFiles },
  { ...jsxA11y.flatConfigs.recommended, files: reactFiles },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "**/e2e/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-member-access": "off" },
  },
);
