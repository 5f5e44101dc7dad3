package vn.tramso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A mistyped address, or a staff area the signed-in user may not open, in plain Vietnamese with
 * one large button back to the start, instead of the framework's English error page.
 */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("kiosk");
        Main body = new Main(new KioskMessage(getTranslation("notfound.title"), getTranslation("notfound.text")));
        body.addClassName("kiosk-body");
        Button start = new Button(getTranslation("notfound.start"), e -> KioskNavigation.go("", getLocale()));
        start.addClassNames("kiosk-button", "primary", "notfound-start");
        body.add(start);
        add(body);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " – " + getTranslation("app.name");
    }
}
