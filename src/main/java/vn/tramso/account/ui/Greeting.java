package vn.tramso.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import vn.tramso.account.UserAccount;

/** "Xin chào, …" with one line about what the area is for. */
public class Greeting extends Div {

    public Greeting(UserAccount account, String purpose) {
        addClassName("staff-greeting");
        add(new H1(getTranslation("staff.hello", account.displayName())), new Paragraph(purpose));
    }
}
