package vn.tramso.helpsession.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.helpsession.SessionChange;

/** A saved session's history, folded: who changed or deleted it, when, and why. */
class ChangeHistory extends Details {

    ChangeHistory(List<SessionChange> changes) {
        UnorderedList list = new UnorderedList();
        for (SessionChange c : changes) {
            list.add(new ListItem(getTranslation(c.kind().labelKey(), Formats.dateTime(c.changedAt()),
                    c.changedBy()) + (c.reason() == null ? "" : " — " + c.reason())));
        }
        setSummaryText(getTranslation("session.changes"));
        add(list);
        addClassName("session-changes");
    }
}
