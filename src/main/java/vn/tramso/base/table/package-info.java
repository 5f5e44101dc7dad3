/**
 * Import and export files (CSV, Excel): reading them into rows ({@link vn.tramso.base.table.TableReader}),
 * problems by row and column, and the one import engine ({@link vn.tramso.base.table.Importer}: read,
 * plan, dry run, all-or-nothing write), into which each feature's import plugs its own rows
 * ({@link vn.tramso.base.table.ImportRows}); and the one spreadsheet writer
 * ({@link vn.tramso.base.table.TableWriter}), for import files and reports alike.
 */
package vn.tramso.base.table;
