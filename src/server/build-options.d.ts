// Set by build.mjs (esbuild `define`): true only in the `--scope=spreadsheets` build. Read it
// as `typeof MAP_OPEN_BY_ID === 'boolean' && MAP_OPEN_BY_ID` at the place it decides, so esbuild
// folds it there and drops the unused path from the default bundle; unbundled code (unit
// tests) sees it undefined, as in the default build.
declare const MAP_OPEN_BY_ID: boolean | undefined;
