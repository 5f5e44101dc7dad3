package vn.tramso.household;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.tramso.account.StaffDirectory;
import vn.tramso.account.StaffName;

/**
 * The staff named on household records (who looks after a household, who gave it to them, who
 * recorded a fact): the stores keep account ids, and the names come from account's API, one call
 * per list (docs/decisions/010-one-owner-per-table.md).
 */
@Component
class StaffNames {

    private final StaffDirectory staff;

    StaffNames(StaffDirectory staff) {
        this.staff = staff;
    }

    List<HouseholdSummary> summaries(List<HouseholdSummary> summaries) {
        Map<Long, String> names = staff.names(summaries.stream().map(HouseholdSummary::lookerId).filter(Objects::nonNull).toList());
        return summaries.stream().map(h -> h.lookerId() == null ? h : h.withLooker(names.get(h.lookerId()))).toList();
    }

    List<Assignment> assignments(List<Assignment> assignments) {
        Map<Long, String> names = staff.names(assignments.stream()
                .flatMap(a -> Stream.of(a.lookerId(), a.assignedById())).filter(Objects::nonNull).toList());
        return assignments.stream().map(a -> a.named(names)).toList();
    }

    List<FactRecord> facts(List<FactRecord> facts) {
        Map<Long, String> names = staff.names(facts.stream().map(FactRecord::recordedById).filter(Objects::nonNull).toList());
        return facts.stream().map(f -> f.named(names)).toList();
    }

    /** The village's team: its enabled volunteer accounts, by name. */
    List<StaffName> team(long villageId) {
        return staff.volunteersOf(villageId);
    }

    /** Whether the user is an enabled volunteer of the village, who can look after its households. */
    boolean isLooker(long userId, long villageId) {
        return staff.isVolunteerOf(userId, villageId);
    }
}
