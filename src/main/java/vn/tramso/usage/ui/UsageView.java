package vn.tramso.usage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.Chips;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffNavigation;
import vn.tramso.place.PlaceLevel;
import vn.tramso.usage.Funnel;
import vn.tramso.usage.Funnels;
import vn.tramso.usage.UsageSummaries;

/**
 * Where residents get stuck at the kiosks, for leaders and the admins who edit guides: for a
 * commune (all its villages) or one village and a period, the kiosk visits, the guides finished,
 * and each guide's funnel ({@link FunnelTable}). The place and period live in the URL
 * ({@code ?noi=xa-3&ky=this-month}); a place the person does not cover is refused by {@link Funnels}.
 */
@Route(value = "usage", layout = StaffLayout.class)
@RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class UsageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLACE = StaffNavigation.USAGE_PLACE;
    static final String PERIOD = "ky";

    private final Funnels funnels;
    private final Clock clock;

    UsageView(Funnels funnels, Clock clock) {
        this.funnels = funnels;
        this.clock = clock;
        addClassNames("staff-page", "usage-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters q = event.getLocation().getQueryParameters();
        UsagePeriod period = UsagePeriod.ofKey(q.getSingleParameter(PERIOD).orElse(""));
        List<Funnels.PlaceChoice> choices = funnels.places();
        add(new H1(getTranslation("usage.title")), privacy());
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("usage.no-places")));
            return;
        }
        Funnels.PlaceChoice place = q.getSingleParameter(PLACE).flatMap(key -> choices.stream().filter(c -> key(c).equals(key)).findFirst())
                .orElse(choices.getFirst());
        add(placeChoice(choices, place, period), periodChoice(place, period));
        LocalDate today = LocalDate.now(clock);
        Funnels.Usage usage = funnels.of(place.level(), place.id(), period.from(today), period.to(today));
        add(totals(usage));
        if (usage.funnels().isEmpty()) {
            add(new Paragraph(getTranslation("usage.none")));
        }
        for (Funnel funnel : usage.funnels()) {
            add(new FunnelTable(funnel, getLocale()));
        }
        Anchor dashboard = new Anchor(StaffNavigation.dashboard(), getTranslation("usage.to-dashboard"));
        dashboard.addClassName("usage-dashboard-link");
        add(dashboard);
    }

    private Paragraph privacy() {
        Paragraph p = new Paragraph(getTranslation("usage.privacy", UsageSummaries.KEEP_DAYS));
        p.addClassName("usage-privacy");
        return p;
    }

    private Select<Funnels.PlaceChoice> placeChoice(List<Funnels.PlaceChoice> choices, Funnels.PlaceChoice place, UsagePeriod period) {
        Select<Funnels.PlaceChoice> select = new Select<>();
        select.setLabel(getTranslation("usage.place"));
        select.setItems(choices);
        select.setItemLabelGenerator(c -> c.level() == PlaceLevel.COMMUNE ? getTranslation("usage.place.commune", c.name())
                : getTranslation("usage.place.village", c.name(), c.communeName()));
        select.setValue(place);
        select.addClassName("usage-place");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue(), period);
            }
        });
        return select;
    }

    private Chips<UsagePeriod> periodChoice(Funnels.PlaceChoice place, UsagePeriod period) {
        Chips<UsagePeriod> chips = Chips.of(getTranslation("usage.period"), UsagePeriod.values(), p -> getTranslation(p.labelKey()), false);
        chips.set(List.of(period));
        chips.addClassName("usage-period");
        chips.onChange(() -> go(place, chips.value().orElse(period)));
        return chips;
    }

    private Div totals(Funnels.Usage usage) {
        Div totals = new Div(figure("usage.visits", usage.visits().visits(), "usage-visits"),
                figure("usage.finished", usage.visits().guidesFinished(), "usage-finished"));
        totals.addClassName("usage-totals");
        return totals;
    }

    private Div figure(String labelKey, long value, String className) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("usage-number");
        Div figure = new Div(number, new Span(getTranslation(labelKey)));
        figure.addClassNames("usage-figure", className);
        return figure;
    }

    private void go(Funnels.PlaceChoice place, UsagePeriod period) {
        UI.getCurrent().navigate(UsageView.class, QueryParameters.simple(Map.of(PLACE, key(place), PERIOD, period.key())));
    }

    /** The place as {@link StaffNavigation#usage(boolean, long)} names it. */
    static String key(Funnels.PlaceChoice c) {
        String link = StaffNavigation.usage(c.level() == PlaceLevel.COMMUNE, c.id());
        return link.substring(link.indexOf('=') + 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("usage.title");
    }
}
