// The crypto worker when Postern runs from its TypeScript sources (tests,
// POSTERN_TSX=1): tsx registers its loader only on the main thread on Node 20,
// so the worker registers it itself. The esbuild bundle uses crypto-worker.mjs.
import { register } from "tsx/esm/api";

register();
await import("./crypto-worker.ts");
