package vn.tramso.helpsession.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;
import vn.tramso.base.ui.Chips;
import vn.tramso.helpsession.AgeBand;
import vn.tramso.helpsession.SessionDraft;
import vn.tramso.household.Gender;
import vn.tramso.household.MemberChoice;

/**
 * Who was helped, in the session form: somebody not named (age band and gender, or a member the
 * booking suggests), a member of the village's register (suggested, or found by name), or a group
 * (a title and how many). This is the part under the "who" chips ({@link #chips()}); the form
 * places both.
 */
class WhoHelped extends Div {

    /** Who was helped. */
    enum Who {
        ANONYMOUS, MEMBER, GROUP;

        String labelKey() {
            return "session.who." + name().toLowerCase();
        }
    }

    private final Function<String, List<MemberChoice>> findMembers;
    private final Chips<Who> who;
    private final Chips<MemberChoice> suggestions;
    private final TextField memberSearch = new TextField();
    private final Div searchResults = new Div();
    private final Chips<AgeBand> ageBand;
    private final Chips<Gender> gender;
    private final TextField groupTitle = new TextField();
    private final IntegerField headCount = new IntegerField();
    private MemberChoice member;

    WhoHelped(List<MemberChoice> suggested, Function<String, List<MemberChoice>> findMembers) {
        this.findMembers = findMembers;
        addClassName("session-who-details");
        who = Chips.of(getTranslation("session.who"), Who.values(), w -> getTranslation(w.labelKey()), false);
        who.addClassName("session-who");
        who.onChange(this::show);
        suggestions = new Chips<>(getTranslation("session.suggested"), suggested, this::memberLabel, m -> "member-" + m.id(), false);
        suggestions.addClassName("session-suggestions");
        suggestions.setVisible(!suggested.isEmpty());
        suggestions.onChange(() -> suggestions.value().ifPresent(this::chooseMember));
        memberSearch.setLabel(getTranslation("session.member.search"));
        memberSearch.setValueChangeMode(ValueChangeMode.LAZY);
        memberSearch.addValueChangeListener(e -> showSearch());
        memberSearch.addClassName("session-member-search");
        searchResults.addClassName("session-member-results");
        ageBand = Chips.of(getTranslation("session.age"), AgeBand.values(), a -> getTranslation(a.labelKey()), false);
        gender = Chips.of(getTranslation("session.gender"), Gender.values(), Gender::label, false);
        groupTitle.setLabel(getTranslation("session.group.title"));
        groupTitle.setMaxLength(120);
        groupTitle.addClassName("session-group-title");
        headCount.setLabel(getTranslation("session.group.count"));
        headCount.setMin(1);
        headCount.setMax(500);
        headCount.setStepButtonsVisible(true);
        headCount.addClassName("session-head-count");
    }

    /** The "who" chips, placed by the form above this part. */
    Chips<Who> chips() {
        return who;
    }

    void read(SessionDraft d, MemberChoice chosenMember) {
        member = chosenMember;
        who.set(d.isGroup() ? Who.GROUP : d.memberId() != null ? Who.MEMBER : Who.ANONYMOUS);
        ageBand.set(d.ageBand());
        gender.set(d.gender());
        groupTitle.setValue(d.groupTitle() == null ? "" : d.groupTitle());
        headCount.setValue(d.headCount());
        show();
    }

    Long memberId() {
        return current() == Who.MEMBER && member != null ? member.id() : null;
    }

    AgeBand ageBand() {
        return current() == Who.ANONYMOUS ? ageBand.value().orElse(null) : null;
    }

    Gender gender() {
        return current() == Who.ANONYMOUS ? gender.value().orElse(null) : null;
    }

    String groupTitle() {
        return current() == Who.GROUP ? groupTitle.getValue() : null;
    }

    int headCount() {
        return current() == Who.GROUP && headCount.getValue() != null ? headCount.getValue() : 1;
    }

    private Who current() {
        return who.value().orElse(Who.ANONYMOUS);
    }

    private void show() {
        removeAll();
        switch (current()) {
            case MEMBER -> {
                Span chosen = new Span(member == null ? getTranslation("session.member.none")
                        : getTranslation("session.member.chosen", memberLabel(member)));
                chosen.addClassName("session-member-chosen");
                add(chosen, suggestions, memberSearch, searchResults);
            }
            case GROUP -> add(groupTitle, headCount);
            case ANONYMOUS -> add(suggestions, ageBand, gender);
        }
    }

    private void showSearch() {
        searchResults.removeAll();
        for (MemberChoice m : findMembers.apply(memberSearch.getValue())) {
            Button b = new Button(memberLabel(m), e -> chooseMember(m));
            b.addClassNames("chip", "member-result");
            searchResults.add(b);
        }
    }

    private void chooseMember(MemberChoice m) {
        member = m;
        who.set(Who.MEMBER);
        show();
    }

    private String memberLabel(MemberChoice m) {
        return m.fullName() + (m.birthYear() == null ? "" : " (" + m.birthYear() + ")") + " · " + getTranslation("household.title", m.householdCode());
    }
}
