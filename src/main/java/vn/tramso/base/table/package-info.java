/** Import and export files (CSV, Excel): reading them into rows, problems by row and column, writing them. */
package vn.tramso.base.table;
