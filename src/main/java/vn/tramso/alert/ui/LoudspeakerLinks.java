package vn.tramso.alert.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import vn.tramso.alert.LoudspeakerFiles;
import vn.tramso.alert.ScamAlert;
import vn.tramso.place.Commune;

/**
 * An alert card's "Tải âm thanh cho loa phát thanh" (issue 24): one download per commune of the alert
 * that the staff member covers (a leader: their own), each with that commune's preface. The server
 * checks again on download (LoudspeakerFiles); this only leaves out links that would be refused.
 */
class LoudspeakerLinks extends Div {

    LoudspeakerLinks(ScamAlert alert, Map<Long, Commune> covered) {
        addClassName("alert-loudspeaker");
        long count = alert.communeIds().stream().filter(covered::containsKey).count();
        for (long communeId : alert.communeIds()) {
            Commune commune = covered.get(communeId);
            if (commune != null) {
                String text = getTranslation("alerts.loudspeaker") + (count > 1 ? " – " + commune.name() : "");
                Anchor link = new Anchor(LoudspeakerFiles.address(alert.id(), communeId), text);
                link.getElement().setAttribute("download", "");
                link.setRouterIgnore(true);
                link.addClassName("alert-loudspeaker-link");
                add(link);
            }
        }
        Span hint = new Span(getTranslation("alerts.loudspeaker.hint"));
        hint.addClassName("alert-loudspeaker-hint");
        add(hint);
    }
}
