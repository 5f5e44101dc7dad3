package vn.tramso.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** A large heading with one explanatory sentence. */
public class KioskMessage extends Div {

    public KioskMessage(String heading, String text) {
        addClassName("kiosk-message");
        add(new H1(heading), new Paragraph(text));
    }
}
