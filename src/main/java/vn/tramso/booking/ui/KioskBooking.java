package vn.tramso.booking.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.CodeGuesses;
import vn.tramso.booking.DutySchedule;
import vn.tramso.booking.QueueEvents;
import vn.tramso.booking.Queues;
import vn.tramso.guide.Guide;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.guide.KioskSettings;
import vn.tramso.place.Places;
import vn.tramso.rating.Ratings;

/** What the kiosk's booking screens work with. */
@Component
record KioskBooking(Bookings bookings, CodeGuesses codes, DutySchedule schedule, Queues queue, QueueEvents events,
                    KioskFrames frames, GuideCatalog guides, Places places, Ratings ratings, Clock clock) {

    /** The topics of the guides the kiosk shows, in its order, and "other" last. */
    List<Topic> topics(String kiosk) {
        List<Topic> topics = new ArrayList<>(guideIds(kiosk).stream().flatMap(id -> guides.content().guide(id).stream())
                .map(Guide::topic).distinct().toList());
        if (!topics.contains(Topic.KHAC)) {
            topics.add(Topic.KHAC);
        }
        return topics;
    }

    /** The step booking help was asked from ({@code ?guide=…&step=…}), when it is one of the kiosk's guides. */
    Optional<GuideStep> guideOf(String kiosk, QueryParameters query) {
        return query.getSingleParameter(KioskNavigation.GUIDE).filter(guideIds(kiosk)::contains)
                .flatMap(guides.content()::guide).map(guide -> new GuideStep(guide, query.getSingleParameter(KioskNavigation.STEP)
                        .map(KioskNavigation::parseStep).filter(s -> s.isPresent() && guide.hasStep(s.getAsInt()))
                        .map(OptionalInt::getAsInt).orElse(null)));
    }

    /** A guide, and the step of it the resident was on, if a real one. */
    record GuideStep(Guide guide, Integer step) {
    }

    /** The guides the kiosk shows, in its order. */
    private List<String> guideIds(String kiosk) {
        return guides.kiosk(kiosk).map(KioskSettings::guideIds).orElse(List.of());
    }
}
