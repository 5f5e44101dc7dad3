/**
 * The concerns diary (nhật ký dân vận): residents' concerns and wishes recorded by the village's
 * team, answered by the commune within a due time per category, and closed once the resident has
 * been told; every change of status journaled. Counts per village and category for the dashboards.
 */
package vn.tramso.concern;
