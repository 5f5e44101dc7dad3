package vn.tramso.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import vn.tramso.base.security.StaffUser;

/** "Xin chào, …" with one line about what the area is for. */
public class Greeting extends Div {

    public Greeting(String purpose) {
        addClassName("staff-greeting");
        add(new H1(getTranslation("staff.hello", StaffUser.require().displayName())), new Paragraph(purpose));
    }
}
