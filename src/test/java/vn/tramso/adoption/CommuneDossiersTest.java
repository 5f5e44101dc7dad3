package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.place.PlaceLevel;

/** The commune's own dossier figures, entered monthly by its leader, summed over months and communes before dividing. */
@IntegrationTest
class CommuneDossiersTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Autowired
    CommuneDossiers dossiers;
    @Autowired
    Adoption adoption;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_online_share_sums_the_months_and_communes_before_dividing() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 10, 9, 0));
        Area commune = staff.as("lanhdao.hongquang", () -> adoption.home());
        staff.run("lanhdao.hongquang", () -> {
            dossiers.set(commune, NOVEMBER, 100, 40);
            dossiers.set(commune, NOVEMBER.plusDays(14), 100, 62); // a correction, any day of the month
            dossiers.set(commune, OCTOBER, 50, 20);
            dossiers.set(commune, NOVEMBER.plusMonths(1), 0, 0); // December under way: none yet (the other test enters some)
        });

        assertThat(measure("lanhdao.hongquang", commune, Period.of(Period.Kind.MONTH, NOVEMBER))).isEqualTo(new Measure(62, 100, 100));
        Measure quarter = measure("lanhdao.hongquang", commune, Period.of(Period.Kind.QUARTER, NOVEMBER));
        assertThat(quarter.numerator()).isEqualTo(82);
        assertThat(quarter.denominator()).isEqualTo(150);
        assertThat(quarter.value()).as("82 of 150, not the mean of 62% and 40%").isCloseTo(54.667, within(0.001));
        assertThat(staff.as("lanhdao.hongquang", () -> dossiers.of(commune, NOVEMBER))).contains(new CommuneDossiers.Month(100, 62));

        Overview month = staff.as("lanhdao.hongquang", () -> adoption.overview(commune, Period.of(Period.Kind.MONTH, NOVEMBER)));
        assertThat(Indicator.COMMUNE_DOSSIERS_ONLINE.of(month.trend().get(OCTOBER))).isEqualTo(new Measure(20, 50, 100));
        assertThat(month.children()).as("villages have no dossiers of their own")
                .allSatisfy(v -> assertThat(Indicator.COMMUNE_DOSSIERS_ONLINE.of(v.figures()).denominator()).isZero());

        long hungYen = jdbc.sql("SELECT id FROM province WHERE code = 'HY'").query(Long.class).single();
        Overview province = staff.as("tinh.hungyen", () -> adoption.overview(new Area(PlaceLevel.PROVINCE, hungYen, "", null),
                Period.of(Period.Kind.MONTH, NOVEMBER)));
        assertThat(Indicator.COMMUNE_DOSSIERS_ONLINE.of(province.figures()).numerator()).isGreaterThanOrEqualTo(62);
        assertThat(province.children()).filteredOn(c -> c.area().id() == commune.id()).singleElement()
                .satisfies(c -> assertThat(Indicator.COMMUNE_DOSSIERS_ONLINE.of(c.figures())).isEqualTo(new Measure(62, 100, 100)));
    }

    @Test
    void impossible_figures_a_month_to_come_and_other_peoples_communes_are_refused() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 10, 9, 0));
        Area commune = staff.as("lanhdao.hongquang", () -> adoption.home());
        staff.run("lanhdao.hongquang", () -> {
            assertThatThrownBy(() -> dossiers.set(commune, NOVEMBER, 10, 11)).isInstanceOfSatisfying(DossiersRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(DossiersRefusedException.Reason.MORE_ONLINE_THAN_RECEIVED));
            assertThatThrownBy(() -> dossiers.set(commune, LocalDate.of(2027, 1, 1), 10, 1)).isInstanceOfSatisfying(
                    DossiersRefusedException.class, e -> assertThat(e.reason()).isEqualTo(DossiersRefusedException.Reason.FUTURE_MONTH));
            assertThatThrownBy(() -> dossiers.set(commune, NOVEMBER, -1, -1)).isInstanceOfSatisfying(DossiersRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(DossiersRefusedException.Reason.OUT_OF_RANGE));
            dossiers.set(commune, LocalDate.of(2026, 12, 1), 5, 5); // the month under way may be entered as it goes
        });

        long vanLaCommune = jdbc.sql("SELECT commune_id FROM village WHERE code = 'HN-HV-VAN-LA'").query(Long.class).single();
        assertThatThrownBy(() -> staff.run("lanhdao.hongquang", () -> dossiers.set(new Area(PlaceLevel.COMMUNE, vanLaCommune, "", null),
                NOVEMBER, 10, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.traphuong", () -> dossiers.set(commune, NOVEMBER, 10, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("lanhdao.hongquang", () -> dossiers.mayEnter(commune))).isTrue();
        assertThat(staff.as("lanhdao.hongquang", () -> dossiers.mayEnter(adoption.area(PlaceLevel.VILLAGE,
                month(commune).children().getFirst().area().id())))).as("not for a village").isFalse();
    }

    private Overview month(Area commune) {
        return staff.as("lanhdao.hongquang", () -> adoption.overview(commune, Period.of(Period.Kind.MONTH, NOVEMBER)));
    }

    private Measure measure(String who, Area place, Period period) {
        return Indicator.COMMUNE_DOSSIERS_ONLINE.of(staff.as(who, () -> adoption.overview(place, period)).figures());
    }
}
