package vn.tramso.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.MutableClock;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.place.Places;

/** "1+10": households given to a member of the village's team, moved with history, and the member's own list. */
@IntegrationTest
class AssignmentsTest {

    @Autowired
    Assignments onePlusTen;
    @Autowired
    Households households;
    @Autowired
    TestStaff staff;
    @Autowired
    Places places;
    @Autowired
    TestAccounts accounts;
    final MutableClock clock = TestDatabase.CLOCK;

    @Test
    void a_member_sees_their_households_with_what_each_lacks_and_those_not_visited_for_60_days() {
        long tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        long looker = user("tnv.traphuong");
        long visited = household(tra);
        long forgotten = household(tra);
        member(visited, "Ngô Văn Sáu", 1970);
        member(visited, "Ngô Thị Bảy", 1972);
        long eight = member(forgotten, "Ngô Văn Tám", 1980);
        staff.run("tnv.traphuong", () -> households.setFact(eight, Fact.VNEID, 2));
        staff.run("tnv.traphuong", () -> households.visited(visited, LocalDate.now(clock).minusDays(5)));
        staff.run("tnv.traphuong", () -> households.visited(forgotten, LocalDate.now(clock).minusDays(61)));

        assertThat(staff.as("lanhdao.hongquang", () -> onePlusTen.assign(List.of(visited, forgotten), looker))).isEqualTo(2);

        List<HouseholdSummary> mine = staff.as("tnv.traphuong", onePlusTen::mine);
        assertThat(mine).extracting(HouseholdSummary::id).containsSubsequence(forgotten, visited);
        HouseholdSummary two = mine.stream().filter(h -> h.id() == visited).findFirst().orElseThrow();
        assertThat(two.adultsWithoutLevel2()).isEqualTo(2);
        assertThat(two.notVisitedSince(LocalDate.now(clock), Assignments.VISIT_DAYS)).isFalse();
        HouseholdSummary one = mine.stream().filter(h -> h.id() == forgotten).findFirst().orElseThrow();
        assertThat(one.adultsWithoutLevel2()).isZero();
        assertThat(one.notVisitedSince(LocalDate.now(clock), Assignments.VISIT_DAYS)).isTrue();
        assertThat(one.looker()).isEqualTo("Tình nguyện viên thôn Trà Phương (demo)");
        assertThat(staff.as("tnv.traphuong", () -> onePlusTen.lookers(tra)))
                .anySatisfy(l -> assertThat(l.userId()).isEqualTo(looker));
    }

    @Test
    void a_batch_moves_to_another_member_and_the_history_keeps_both() {
        long tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        long first = user("tnv.traphuong");
        long second = otherVolunteer(tra);
        long a = household(tra);
        long b = household(tra);
        staff.run("tnv.traphuong", () -> onePlusTen.assign(List.of(a, b), first));
        clock.set(LocalDateTime.now(clock).plusDays(3));

        assertThat(staff.as("tnv.traphuong", () -> onePlusTen.assign(List.of(a, b), second))).isEqualTo(2);
        assertThat(staff.as("tnv.traphuong", () -> onePlusTen.assign(List.of(a), second))).as("already theirs").isZero();

        assertThat(staff.as("tnv.traphuong", onePlusTen::mine)).extracting(HouseholdSummary::id).doesNotContain(a, b);
        List<Assignment> history = staff.as("tnv.traphuong", () -> onePlusTen.history(a));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).endedOn()).isNull();
        assertThat(history.get(1).looker()).isEqualTo("Tình nguyện viên thôn Trà Phương (demo)");
        assertThat(history.get(1).endedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(history.get(1).assignedOn()).isEqualTo(LocalDate.now(clock).minusDays(3));
    }

    @Test
    void households_go_only_to_a_member_of_their_own_village_and_only_by_staff_who_cover_it() {
        long tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        long h = household(tra);

        assertThatThrownBy(() -> staff.run("tnv.traphuong", () -> onePlusTen.assign(List.of(h), user("tnv.vanla"))))
                .isInstanceOf(HouseholdRefusedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> onePlusTen.assign(List.of(h), user("tnv.vanla"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> onePlusTen.lookers(tra))).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("tnv.traphuong", () -> onePlusTen.history(h))).isEmpty();
    }

    private long household(long village) {
        return staff.as("tnv.traphuong", () -> households.addHousehold(village,
                new HouseholdDetails(HouseholdsTest.code(), null, "Xóm Bắc", null)));
    }

    private long member(long household, String name, int year) {
        return staff.as("tnv.traphuong", () -> households.addMember(household, new MemberDetails(name, year, false, null, null)));
    }

    private long user(String username) {
        return accounts.id(username);
    }

    private long otherVolunteer(long village) {
        return accounts.volunteer("tnv.tp." + System.nanoTime(), "Đảng viên Trà Phương", village);
    }
}
