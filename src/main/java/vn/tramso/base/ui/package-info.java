/** Pieces of screen shared by several features: the QR scanner (camera and USB scanner). */
package vn.tramso.base.ui;
