package vn.tramso.rating.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.Chips;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.rating.LowRating;
import vn.tramso.rating.RatingChannel;
import vn.tramso.rating.RatingTotals;
import vn.tramso.rating.Ratings;
import vn.tramso.rating.VillageRatings;
import vn.tramso.rating.VolunteerRatings;

/**
 * Residents' answers for a leader's villages: per village the count, average, share "done today"
 * and channels; the volunteers with enough answers, their average only from residents' own
 * answers (those given on a staff device are counted apart); and the latest low scores with what
 * residents said, without names.
 */
@Route(value = "ratings", layout = StaffLayout.class)
@RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class RatingsView extends Div implements HasDynamicTitle {

    static final List<Integer> PERIODS = List.of(30, 90, 365);
    static final int LOW_SHOWN = 20;

    private final Ratings ratings;
    private final Clock clock;
    private final Div content = new Div();

    RatingsView(Ratings ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
        addClassNames("staff-page", "ratings-view");
        Chips<Integer> period = new Chips<>(getTranslation("ratings.period"), PERIODS, d -> getTranslation("ratings.days", d),
                String::valueOf, false);
        period.addClassName("ratings-period");
        period.set(PERIODS.getFirst());
        period.onChange(() -> show(period.value().orElse(PERIODS.getFirst())));
        add(new H1(getTranslation("ratings.title")), new Paragraph(getTranslation("ratings.intro", Ratings.MIN_FOR_AVERAGE)),
                period, content);
        show(PERIODS.getFirst());
    }

    private void show(int days) {
        content.removeAll();
        LocalDate from = LocalDate.now(clock).minusDays(days - 1L);
        List<VillageRatings> villages = ratings.villages(from);
        RatingTotals all = villages.stream().map(VillageRatings::totals).reduce(RatingTotals.NONE, RatingTotals::plus);
        long onStaffDevice = villages.stream().mapToLong(VillageRatings::onStaffDevice).sum();
        Paragraph total = new Paragraph(figures(all) + " " + split(all.count() - onStaffDevice, onStaffDevice));
        total.addClassName("ratings-total");
        Div cards = new Div();
        cards.addClassName("kiosk-cards");
        for (VillageRatings v : villages) {
            Div card = new Div(new H3(v.villageName()), new Paragraph(figures(v.totals())));
            if (!v.byChannel().isEmpty()) {
                card.add(new Paragraph(channels(v.byChannel())));
            }
            card.addClassNames("kiosk-card", "village-rating");
            cards.add(card);
        }
        content.add(total, new H2(getTranslation("ratings.villages")), cards, new H2(getTranslation("ratings.volunteers",
                Ratings.MIN_FOR_AVERAGE)), volunteers(), new H2(getTranslation("ratings.low")), low(from));
    }

    private Div volunteers() {
        Div list = new Div();
        list.addClassName("kiosk-cards");
        List<VolunteerRatings> rows = ratings.volunteers();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("ratings.volunteers.none")));
        }
        for (VolunteerRatings v : rows) {
            Paragraph average = new Paragraph(v.hasAverage() ? figures(v.residents())
                    : getTranslation("ratings.volunteer.no-average", v.residents().count(), Ratings.MIN_FOR_AVERAGE));
            Div card = new Div(new H3(v.name()), average, new Paragraph(split(v.residents().count(), v.staffDevice().count())));
            card.addClassNames("kiosk-card", "volunteer-rating");
            list.add(card);
        }
        return list;
    }

    private Div low(LocalDate from) {
        Div list = new Div();
        list.addClassName("kiosk-cards");
        List<LowRating> rows = ratings.lowRatings(from, LOW_SHOWN);
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("ratings.low.none")));
        }
        for (LowRating r : rows) {
            Div card = new Div(new H3(getTranslation("ratings.low.head", r.score(), r.villageName(), Formats.date(r.day()))),
                    new Paragraph(getTranslation(r.doneToday() ? "ratings.done" : "ratings.not-done") + " · "
                            + getTranslation(r.channel().labelKey())));
            if (!r.reasons().isEmpty()) {
                card.add(new Paragraph(r.reasons().stream().map(x -> getTranslation(x.labelKey())).sorted().collect(Collectors.joining(", "))));
            }
            if (r.comment() != null) {
                Paragraph comment = new Paragraph("“" + r.comment() + "”");
                comment.addClassName("rating-comment-text");
                card.add(comment);
            }
            card.addClassNames("kiosk-card", "low-rating");
            list.add(card);
        }
        return list;
    }

    private String figures(RatingTotals t) {
        return t.count() == 0 ? getTranslation("ratings.none")
                : getTranslation("ratings.figures", Formats.decimal(t.average()), t.count(), Formats.percent(t.doneShare()));
    }

    /** How many answers residents gave alone, and how many on a staff device handed over. */
    private String split(long residents, long onStaffDevice) {
        return getTranslation("ratings.split", residents, onStaffDevice);
    }

    private String channels(Map<RatingChannel, Long> counts) {
        return counts.entrySet().stream().map(e -> getTranslation(e.getKey().labelKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ratings.title");
    }
}
