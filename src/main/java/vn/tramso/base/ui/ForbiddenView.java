package vn.tramso.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A staff page opened for a place the signed-in user does not cover (a household of another
 * village, typed into the address bar): the service refused it, and this says so plainly.
 */
@StyleSheet(StaffLayout.STYLESHEET)
@PermitAll
public class ForbiddenView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassNames("staff-page", "forbidden-view");
        add(new H1(getTranslation("forbidden.title")), new Paragraph(getTranslation("forbidden.text")),
                new Anchor(StaffNavigation.home(), getTranslation("forbidden.back")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forbidden.title");
    }
}
