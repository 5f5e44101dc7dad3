package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import vn.tramso.adoption.Adoption;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.CommuneDossiers;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.ReportExports;
import vn.tramso.adoption.Targets;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.KeptAnswer;
import vn.tramso.base.ui.StaffLayout;

/**
 * The adoption dashboard of a place: each indicator with its definition, target and status
 * ({@link IndicatorCards}); a 12-month trend chart with its table ({@link TrendPanel}); the tasks not
 * finished ({@link NotReachedPanel}); the communes or villages ranked, with the biggest movers, each
 * opening its own dashboard (a village's shows its months; {@link RankingPanel}); exports in Excel,
 * CSV and PDF ({@link ExportsPanel}). The place, period and chosen indicator live in the URL
 * ({@link DashboardLinks}), so back and forward work and a link can be shared with who may see it.
 */
@Route(value = "dashboard", layout = StaffLayout.class)
@RouteAlias(value = "leader", layout = StaffLayout.class)
@RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Adoption adoption;
    private final Targets targets;
    private final ReportExports exports;
    private final CommuneDossiers dossiers;
    private final Clock clock;
    private String title = "";

    DashboardView(Adoption adoption, Targets targets, ReportExports exports, CommuneDossiers dossiers, Clock clock) {
        this.adoption = adoption;
        this.targets = targets;
        this.exports = exports;
        this.dossiers = dossiers;
        this.clock = clock;
        addClassNames("staff-page", "dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters q = event.getLocation().getQueryParameters();
        Area area = DashboardLinks.place(q).map(p -> adoption.area(p.level(), p.id())).orElseGet(adoption::home);
        Overview o = adoption.overview(area, DashboardLinks.period(q, LocalDate.now(clock)));
        Indicator chosen = DashboardLinks.indicator(q);
        title = getTranslation("dashboard.title", o.area().name());
        add(new DashboardHeading(title, o, targets, dossiers, clock), new PeriodBar(o, chosen, LocalDate.now(clock)),
                new IndicatorCards(o), new TrendPanel(o, chosen), new NotReachedPanel(adoption.notReached(o.area(), o.period())));
        if (!o.children().isEmpty()) {
            add(new RankingPanel(o, chosen));
        }
        add(new ExportsPanel(o, adoption, exports, clock));
        KeptAnswer.shrinkAfterDrawing(event.getUI());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
