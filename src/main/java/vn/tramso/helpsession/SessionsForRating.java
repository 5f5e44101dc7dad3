package vn.tramso.helpsession;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tramso.rating.RatedSessions;

/**
 * Helpsession's answers to rating's questions about sessions (rating cannot call helpsession, which
 * depends on it: docs/decisions/011-calls-and-events-between-features.md). No place is checked here:
 * rating checks who may offer a session's rating, and a resident answers with a link.
 */
@Component
class SessionsForRating implements RatedSessions {

    private final HelpSessionStore store;

    SessionsForRating(HelpSessionStore store) {
        this.store = store;
    }

    @Override
    public Map<Long, Facts> sessions(Collection<Long> ids) {
        Map<Long, Facts> facts = new LinkedHashMap<>();
        store.ratingFacts(ids.stream().filter(Objects::nonNull).distinct().toList()).forEach(f -> facts.put(f.id(), f));
        return facts;
    }

    @Override
    public Optional<Facts> ofBooking(long bookingId) {
        return store.ratingFactsOfBooking(bookingId);
    }
}
