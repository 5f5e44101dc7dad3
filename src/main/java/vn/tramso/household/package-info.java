/**
 * Households of each village and their members, each adult's digital status as dated facts
 * (smartphone, VNeID level, portal, e-health book, cashless payment, the five basic skills), the
 * "1+10" assignments of households to the member who looks after them, and their CSV/Excel
 * import and export. All of their SQL is in the package-private stores ({@code HouseholdStore},
 * {@code MemberStore}, {@code LookerStore}); the services and the import call the same store
 * methods (issue 22). Staff are named through account's {@code StaffDirectory}; other features
 * name members and households through {@link vn.tramso.household.HouseholdNames}
 * (docs/decisions/011-calls-and-events-between-features.md).
 */
package vn.tramso.household;
