/** Compile-time constants injected by build.mjs (and by vitest.config.ts for unit tests). */
declare const __ZVIRKA_TEST__: boolean;
declare const __ZVIRKA_BROWSER__: 'chrome' | 'firefox';
