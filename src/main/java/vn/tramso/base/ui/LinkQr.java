package vn.tramso.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.net.URL;
import vn.tramso.base.QrCodes;

/**
 * A QR code of a link into this app, for a resident's own phone. The address is the one the
 * screen was opened with (the kiosk's or the volunteer's), so it is one the phones on the same
 * network can reach; the browser tells it after the screen shows.
 */
public class LinkQr extends Div {

    private final String path;

    /**
     * @param path  the app's path, without a leading slash
     * @param label the accessible name of the picture
     */
    public LinkQr(String path, String label) {
        this.path = path;
        addClassName("link-qr");
        getElement().setAttribute("data-path", "/" + path);
        addAttachListener(e -> e.getUI().getPage().fetchCurrentURL(url -> {
            removeAll();
            add(new Html("<div class=\"link-qr-code\">" + QrCodes.svg(origin(url) + "/" + path, label) + "</div>"));
        }));
    }

    public String path() {
        return path;
    }

    static String origin(URL url) {
        return url.getProtocol() + "://" + url.getAuthority();
    }
}
