import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const reactFiles = ["apps/web/src/**/*.tsx", "packages/ui/src/**/*.tsx"];

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
      "apps/web/scripts/*.mjs",
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
    // The web sees the api only as the AppRouter type.
    files: ["apps/web/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@reskontra/api", "@reskontra/api/*"],
              allowTypeImports: true,
              message: "The web imports only the AppRouter type.",
            },
            {
              group: ["@reskontra/db", "@reskontra/worker", "@reskontra/worker/*"],
              message: "The web talks to the server only through tRPC.",
            },
          ],
        },
      ],
    },
  },
  // The rules of hooks and the accessibility checks, for every React component.
  { ...reactHooks.configs.flat.recommended, files: reactFiles },
  { ...jsxA11y.flatConfigs.recommended, files: reactFiles },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "**/e2e/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-member-access": "off" },
  },
);
