// `authos-errors/init`: the API without a top-level await, for hosts and builds
// that cannot have one (esbuild's iife and cjs formats, older bundler targets,
// code that must not block its importer). Call `await init()` once first:
//
//   import { init, interpret } from "authos-errors/init";
//   await init();
export * from "./api.js";
