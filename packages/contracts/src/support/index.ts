export * from "./tickets";
export * from "./workspace";
export * from "./mail";
export * from "./phone";
export * from "./third-parties";
export * from "./suggestions";
export * from "./reports";
