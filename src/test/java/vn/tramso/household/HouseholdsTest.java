package vn.tramso.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.place.Places;

/** Households, members and their status, as volunteers keep them, checked against each one's village. */
@IntegrationTest
class HouseholdsTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    Households households;
    @Autowired
    TestStaff staff;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImport imports;

    @Test
    void a_volunteer_keeps_households_of_their_village_and_sees_what_each_lacks() {
        long tra = village("HY-HQ-TRA-PHUONG");
        String code = code();
        long household = staff.as("tnv.traphuong", () -> households.addHousehold(tra,
                new HouseholdDetails(code.toLowerCase(), "Nguyễn Văn Hải", "Xóm Đông", "Số 5, đường làng")));
        long grandmother = addMember(household, "Trần Thị Lan", 1950);
        long son = addMember(household, "Nguyễn Văn Hải", 1978);
        addMember(household, "Nguyễn Thị Mai", 2015);
        staff.run("tnv.traphuong", () -> households.setFact(son, Fact.VNEID, 2));

        HouseholdSummary summary = staff.as("tnv.traphuong", () -> households.households(tra, "Trần Thị Lan")).stream()
                .filter(h -> h.id() == household).findFirst().orElseThrow();
        assertThat(summary.code()).as("codes are kept in capitals").isEqualTo(code);
        assertThat(summary.members()).isEqualTo(3);
        assertThat(summary.adults()).as("the child of 2015 is not 14").isEqualTo(2);
        assertThat(summary.adultsWithoutLevel2()).as("the grandmother only").isEqualTo(1);
        assertThat(summary.digital()).isFalse();

        Member lan = staff.as("tnv.traphuong", () -> households.member(grandmother));
        assertThat(lan.fact(Fact.VNEID)).isZero();
        assertThat(staff.as("tnv.traphuong", () -> households.record(son)).facts()).singleElement().satisfies(f -> {
            assertThat(f.fact()).isEqualTo(Fact.VNEID);
            assertThat(f.value()).isEqualTo(2);
            assertThat(f.source()).isEqualTo(FactSource.VOLUNTEER);
            assertThat(f.recordedBy()).isEqualTo("Tình nguyện viên thôn Trà Phương (demo)");
        });
    }

    @Test
    void a_volunteer_of_another_village_and_a_leader_of_another_commune_are_refused_by_the_services() {
        long household = household();
        long member = addMember(household, "Lê Văn Toàn", 1960);

        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> households.members(household)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> households.setFact(member, Fact.SMARTPHONE, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> households.erase(member)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> households.addHousehold(village("HY-HQ-TRA-PHUONG"),
                new HouseholdDetails(code(), null, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("lanhdao.hongquang", () -> households.households(village("HN-HV-VAN-LA"), "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("lanhdao.hongquang", () -> households.members(household))).as("their own commune").hasSize(1);
        assertThat(facts(member)).as("nothing was written").isZero();
    }

    @Test
    void bad_details_and_the_same_person_twice_are_refused_with_a_reason() {
        long household = household();
        addMember(household, "Phạm Văn Bình", 1970);

        assertThat(refusal(() -> addMember(household, "Phạm  Văn Bình", 1970)))
                .isEqualTo(HouseholdRefusedException.Reason.DUPLICATE_MEMBER);
        assertThat(refusal(() -> addMember(household, "Phạm Văn Bình", 1800))).isEqualTo(HouseholdRefusedException.Reason.BAD_YEAR);
        assertThat(refusal(() -> addMember(household, "B1nh", 1970))).isEqualTo(HouseholdRefusedException.Reason.BAD_NAME);
        assertThat(refusal(() -> staff.as("tnv.traphuong", () -> households.addMember(household,
                new MemberDetails("Phạm Thị Hoa", 1972, true, Gender.NU, "12345")))))
                .isEqualTo(HouseholdRefusedException.Reason.BAD_PHONE);
        assertThat(refusal(() -> staff.as("tnv.traphuong", () -> households.addHousehold(village("HY-HQ-TRA-PHUONG"),
                new HouseholdDetails("<b>", null, null, null))))).isEqualTo(HouseholdRefusedException.Reason.BAD_CODE);
        long member = addMember(household, "Phạm Thị Hoa", 1972);
        assertThat(refusal(() -> staff.run("tnv.traphuong", () -> households.setFact(member, Fact.SMARTPHONE, 2))))
                .isEqualTo(HouseholdRefusedException.Reason.BAD_FACT);
        assertThat(staff.as("tnv.traphuong", () -> households.members(household))).hasSize(2);
    }

    @Test
    void erasing_a_member_on_request_removes_their_details_and_keeps_the_counts() {
        long household = household();
        long member = addMember(household, "Đỗ Thị Hằng", 1958);
        staff.run("tnv.traphuong", () -> households.setFact(member, Fact.VNEID, 1));

        staff.run("tnv.traphuong", () -> households.erase(member));

        Member erased = staff.as("tnv.traphuong", () -> households.member(member));
        assertThat(erased.erased()).isTrue();
        assertThat(erased.fullName()).isNull();
        assertThat(erased.birthYear()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.adult()).as("born 1958: counted as an adult still").isTrue();
        assertThat(erased.fact(Fact.VNEID)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM household_member WHERE full_name = 'Đỗ Thị Hằng'").query(Integer.class).single())
                .isZero();
        assertThat(refusal(() -> staff.run("tnv.traphuong", () -> households.setFact(member, Fact.SMARTPHONE, 1))))
                .isEqualTo(HouseholdRefusedException.Reason.ERASED);
    }

    @Test
    void erasing_the_head_of_a_household_takes_their_name_from_the_household_its_search_and_its_export() {
        long tra = village("HY-HQ-TRA-PHUONG");
        long household = staff.as("tnv.traphuong", () -> households.addHousehold(tra,
                new HouseholdDetails(code(), "Vương Thị Ngát", "Xóm Giữa", null)));
        long head = addMember(household, "Vương Thị Ngát", 1949);
        addMember(household, "Lò Văn Sáu", 1975);

        staff.run("tnv.traphuong", () -> households.erase(head));

        assertThat(staff.as("tnv.traphuong", () -> households.household(household)).headName()).isNull();
        assertThat(staff.as("tnv.traphuong", () -> households.households(tra, "Ngát"))).extracting(HouseholdSummary::id)
                .doesNotContain(household);
        assertThat(staff.as("tnv.traphuong", () -> households.households(tra, ""))).filteredOn(h -> h.id() == household)
                .singleElement().satisfies(h -> assertThat(h.headName()).isNull());
        assertThat(staff.as("lanhdao.hongquang", () -> imports.export(tra))).as("exports")
                .noneSatisfy(row -> assertThat(String.join(",", row)).contains("Ngát"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM household WHERE head_name = 'Vương Thị Ngát'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erased_person WHERE fingerprint RLIKE '^[0-9a-f]{64}$'").query(Integer.class).single())
                .as("only fingerprints are left").isEqualTo(jdbc.sql("SELECT COUNT(*) FROM erased_person").query(Integer.class).single());
    }

    private long household() {
        return staff.as("tnv.traphuong", () -> households.addHousehold(village("HY-HQ-TRA-PHUONG"),
                new HouseholdDetails(code(), null, "Xóm Tây", null)));
    }

    private long addMember(long household, String name, int year) {
        return staff.as("tnv.traphuong", () -> households.addMember(household, new MemberDetails(name, year, false, null, null)));
    }

    @Test
    void a_hamlet_or_address_that_a_spreadsheet_would_run_as_a_formula_is_refused() {
        long tra = village("HY-HQ-TRA-PHUONG");
        assertThat(refusal(() -> staff.as("tnv.traphuong", () -> households.addHousehold(tra,
                new HouseholdDetails(code(), null, "=HYPERLINK(\"http://evil.example\")", null)))))
                .isEqualTo(HouseholdRefusedException.Reason.FORMULA_HAMLET);
        assertThat(refusal(() -> staff.as("tnv.traphuong", () -> households.addHousehold(tra,
                new HouseholdDetails(code(), null, "Xóm Đông", "@cmd|' /C calc'!A0")))))
                .isEqualTo(HouseholdRefusedException.Reason.FORMULA_ADDRESS);
    }

    private HouseholdRefusedException.Reason refusal(ThrowingCallable action) {
        HouseholdRefusedException refused = catchThrowableOfType(HouseholdRefusedException.class, action);
        return refused == null ? null : refused.reason();
    }

    private int facts(long member) {
        return jdbc.sql("SELECT COUNT(*) FROM member_fact WHERE member_id = :m").param("m", member).query(Integer.class).single();
    }

    private long village(String code) {
        return places.village(code).orElseThrow().id();
    }

    static String code() {
        return "T" + System.nanoTime() % 1_000_000 + "-" + CODES.incrementAndGet();
    }
}
