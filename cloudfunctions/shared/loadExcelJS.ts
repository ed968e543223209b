/**
 * exceljs, loaded by the actions that read or write Excel the first time
 * they run: in the same bundle it made every cold start of `admin` and
 * `ledger` 1.3–1.7× as long as loading wx-server-sdk alone (bench
 * `coldStart.*`). A `require` inside a function is kept lazy by esbuild;
 * scripts/build-functions.ts turns it into the function's own
 * `vendor/exceljs.js`, so the deployable folder still holds it.
 */
export function loadExcelJS(): typeof import('exceljs') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (see above)
  return require('exceljs') as typeof import('exceljs');
}
