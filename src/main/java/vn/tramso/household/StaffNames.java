package vn.tramso.household;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.tramso.account.StaffDirectory;

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

    /** The village's team (its enabled volunteer accounts, by name) with how many households each looks after now. */
    List<Looker> lookers(long villageId, LookerStore lookers) {
        var team = staff.volunteersOf(villageId);
        Map<Long, Integer> counts = lookers.lookedAfter(team.stream().map(v -> v.id()).toList());
        return team.stream().map(v -> new Looker(v.id(), v.name(), counts.getOrDefault(v.id(), 0))).toList();
    }

    /** Whether the user is an enabled volunteer of the village, who can look after its households. */
    boolean isLooker(long userId, long villageId) {
        return staff.isVolunteerOf(userId, villageId);
    }
}
