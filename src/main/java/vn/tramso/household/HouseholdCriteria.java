package vn.tramso.household;

/**
 * Which households a list shows. Callers say it with these records; {@link HouseholdStore} turns
 * them into its own SQL, so no caller hands the store a piece of SQL (issue 22).
 */
sealed interface HouseholdCriteria {

    /**
     * A village's households; with a search text, only those whose code, head, hamlet or a member's
     * name contains it.
     *
     * @param search {@code null} or blank for all of them
     */
    record InVillage(long villageId, String search) implements HouseholdCriteria {

        public InVillage {
            search = search == null ? "" : search.strip();
        }
    }

    /** The households a member of the village's team looks after now (their open "1+10" assignments). */
    record LookedAfterBy(long userId) implements HouseholdCriteria {
    }
}
