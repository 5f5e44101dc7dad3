package vn.tramso.helpsession.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.Chips;
import vn.tramso.helpsession.Autonomy;
import vn.tramso.helpsession.HelpSessions;
import vn.tramso.helpsession.Outcome;
import vn.tramso.helpsession.Referral;
import vn.tramso.helpsession.SessionDraft;
import vn.tramso.helpsession.SessionPlace;
import vn.tramso.helpsession.TopicOutcome;
import vn.tramso.household.MemberChoice;

/**
 * The help session's fields as rows of chips, in the order a volunteer thinks of them: topics,
 * then for each topic what became of it (and why not), how far the resident got alone, how long,
 * where, who. Referral, first visit and notes sit under "more". It reads a draft in and gives one
 * back; the view saves it.
 */
class SessionForm extends Div {

    static final List<Integer> STANDARD_MINUTES = List.of(15, 30, 45, 60, 90);

    private final long villageId;
    private final Map<Topic.Group, Chips<Topic>> topics = new EnumMap<>(Topic.Group.class);
    private final Div outcomes = new Div();
    private final Map<Topic, Chips<Outcome>> outcomeChips = new EnumMap<>(Topic.class);
    private final Map<Topic, Chips<Outcome.Reason>> reasonChips = new EnumMap<>(Topic.class);
    private final Chips<Autonomy> autonomy;
    private final Chips<Integer> minutes;
    private final Chips<SessionPlace> place;
    private final WhoHelped who;
    private final Chips<Boolean> firstVisit;
    private final Chips<Referral> referral;
    private final Chips<Referral.State> referralState;
    private final TextArea notes = new TextArea();
    private final DateTimePicker when = new DateTimePicker();
    private Long bookingId;

    SessionForm(long villageId, List<Integer> frequentMinutes, List<MemberChoice> suggested,
                Function<String, List<MemberChoice>> findMembers) {
        this.villageId = villageId;
        addClassName("session-form");
        Div topicRows = new Div();
        topicRows.addClassName("session-topics");
        for (Topic.Group group : Topic.Group.values()) {
            Chips<Topic> chips = new Chips<>(getTranslation(group.labelKey()), group.loggable(), t -> getTranslation(t.labelKey()),
                    Topic::slug, true);
            chips.onChange(this::showOutcomes);
            topics.put(group, chips);
            topicRows.add(chips);
        }
        outcomes.addClassName("session-outcomes");
        autonomy = Chips.of(getTranslation("session.autonomy"), Autonomy.values(), a -> getTranslation(a.labelKey()), false);
        autonomy.addClassName("session-autonomy");
        Set<Integer> durations = new LinkedHashSet<>(STANDARD_MINUTES);
        durations.addAll(frequentMinutes);
        minutes = new Chips<>(getTranslation("session.minutes"), durations.stream().sorted().toList(),
                m -> getTranslation("session.minutes.value", m), String::valueOf, false);
        minutes.addClassName("session-minutes");
        place = Chips.of(getTranslation("session.place"), SessionPlace.values(), p -> getTranslation(p.labelKey()), false);
        place.addClassName("session-place");
        who = new WhoHelped(suggested, findMembers);
        firstVisit = new Chips<>(getTranslation("session.first-visit"), List.of(true, false),
                b -> getTranslation(b ? "session.first-visit.yes" : "session.first-visit.no"), b -> b ? "first" : "returning", false);
        firstVisit.addClassName("session-first-visit");
        referral = Chips.of(getTranslation("session.referral"), Referral.values(), r -> getTranslation(r.labelKey()), false);
        referral.addClassName("session-referral");
        referralState = Chips.of(getTranslation("session.referral-state"), Referral.State.values(),
                s -> getTranslation(s.labelKey()), false);
        referralState.addClassName("session-referral-state");
        referral.onChange(() -> referralState.setVisible(referral.value().filter(r -> r != Referral.NONE).isPresent()));
        notes.setLabel(getTranslation("session.notes"));
        notes.setHelperText(getTranslation("session.notes.helper"));
        notes.setMaxLength(HelpSessions.MAX_NOTES);
        notes.addClassName("session-notes");
        when.setLabel(getTranslation("session.when"));
        when.addClassName("session-when");
        Details more = new Details(getTranslation("session.more"), new Div(when, firstVisit, referral, referralState, notes));
        more.addClassName("session-more");
        add(topicRows, outcomes, autonomy, minutes, place, who.chips(), who, more);
    }

    /** Fills the form from a draft (a booking's, the last session's, or a session being edited). */
    void read(SessionDraft d, MemberChoice chosenMember) {
        bookingId = d.bookingId();
        when.setValue(d.startedAt());
        Set<Topic> chosen = new LinkedHashSet<>();
        d.topics().forEach(t -> chosen.add(t.topic()));
        topics.values().forEach(chips -> chips.set(chosen));
        showOutcomes();
        for (TopicOutcome t : d.topics()) {
            if (t.outcome() != null) {
                outcomeChips.get(t.topic()).set(t.outcome());
                reasonChips.get(t.topic()).setVisible(t.outcome() != Outcome.DONE);
            }
            reasonChips.get(t.topic()).set(t.reason());
        }
        autonomy.set(d.autonomy());
        minutes.set(d.minutes());
        place.set(d.place());
        who.read(d, chosenMember);
        firstVisit.set(d.firstVisit());
        referral.set(d.referral() == null ? Referral.NONE : d.referral());
        referralState.set(d.referralState());
        referralState.setVisible(d.referral() != null && d.referral() != Referral.NONE);
        notes.setValue(d.notes() == null ? "" : d.notes());
    }

    /** The draft as the form holds it now; the service checks it. */
    SessionDraft draft() {
        List<TopicOutcome> chosen = new ArrayList<>();
        for (Map.Entry<Topic, Chips<Outcome>> e : outcomeChips.entrySet()) {
            if (chosenTopics().contains(e.getKey())) {
                chosen.add(new TopicOutcome(e.getKey(), e.getValue().value().orElse(null),
                        reasonChips.get(e.getKey()).value().orElse(null)));
            }
        }
        return new SessionDraft(bookingId, villageId, when.getValue(), minutes.value().orElse(null), place.value().orElse(null),
                chosen, autonomy.value().orElse(null), referral.value().orElse(Referral.NONE), referralState.value().orElse(null),
                firstVisit.value().orElse(true), who.memberId(), who.ageBand(), who.gender(), who.groupTitle(), who.headCount(),
                notes.getValue());
    }

    /** Whether a topic was chosen but its outcome not: the one thing the form asks again for. */
    boolean outcomeMissing() {
        return chosenTopics().stream().anyMatch(t -> outcomeChips.get(t).value().isEmpty());
    }

    private Set<Topic> chosenTopics() {
        Set<Topic> chosen = new LinkedHashSet<>();
        topics.values().forEach(c -> chosen.addAll(c.values()));
        return chosen;
    }

    /** One row per chosen topic: done / started / could not, and why not when not done. */
    private void showOutcomes() {
        outcomes.removeAll();
        for (Topic topic : Topic.values()) {
            if (!chosenTopics().contains(topic)) {
                continue;
            }
            Chips<Outcome.Reason> reason = reasonChips.computeIfAbsent(topic, this::newReasonChips);
            Chips<Outcome> outcome = outcomeChips.computeIfAbsent(topic, t -> newOutcomeChips(t, reason));
            outcomes.add(outcome, reason);
        }
    }

    private Chips<Outcome.Reason> newReasonChips(Topic topic) {
        Chips<Outcome.Reason> c = Chips.of(getTranslation("session.reason"), Outcome.Reason.values(),
                r -> getTranslation(r.labelKey()), false);
        c.addClassNames("session-reason", "reason-" + topic.slug());
        c.setVisible(false);
        return c;
    }

    private Chips<Outcome> newOutcomeChips(Topic topic, Chips<Outcome.Reason> reason) {
        Chips<Outcome> c = Chips.of(getTranslation("session.outcome.of", getTranslation(topic.labelKey())), Outcome.values(),
                o -> getTranslation(o.labelKey()), false);
        c.addClassNames("session-outcome", "outcome-" + topic.slug());
        c.onChange(() -> reason.setVisible(c.value().filter(o -> o != Outcome.DONE).isPresent()));
        return c;
    }
}
