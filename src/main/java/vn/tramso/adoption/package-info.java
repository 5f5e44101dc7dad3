/**
 * Adoption figures for leaders: the indicators (one definition each, numerator and denominator
 * summed before dividing), the summary tables they are read from and their refresh, targets per
 * place and year, the dashboards of a province, commune or village, and the upward reports in
 * Excel and CSV. See docs/decisions/005-adoption-summaries.md.
 */
package vn.tramso.adoption;
