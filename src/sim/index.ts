// Public surface of the engine. The engine is pure TypeScript: no React, no DOM, no WebContainer,
// no Node-only modules, no wall clock and no Math.random (see eslint.config.js).
export const ENGINE_VERSION = 1;
