/** Adoption indicators per village for commune leaders: dashboards and reports. */
package vn.tramso.adoption;
