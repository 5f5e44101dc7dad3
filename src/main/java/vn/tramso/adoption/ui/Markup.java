package vn.tramso.adoption.ui;

import com.vaadin.flow.component.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * HTML written on the server for the parts of the dashboard that nothing listens to (cards, tables,
 * links, the chart): the browser gets the same elements, while the server keeps one string per
 * panel instead of a component per cell. Every text and attribute value goes through
 * {@link #escape}, so a place's name from the database is shown, never run.
 */
final class Markup {

    private final StringBuilder html = new StringBuilder(1024);

    /** Opens {@code tag} with attributes given as name, value pairs; a {@code null} value leaves its attribute out. */
    Markup open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        html.append('>');
        return this;
    }

    Markup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    Markup text(String text) {
        html.append(escape(text));
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Markup made by this package that escapes its own text (the charts). */
    Markup trusted(String markup) {
        html.append(markup);
        return this;
    }

    /** Shows the markup inside {@code component}, in place of any children it had. */
    <C extends Component> C into(C component) {
        component.getElement().setProperty("innerHTML", html.toString());
        return component;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** Text for HTML content and attribute values: only {@code & < > " '} are replaced (the page is UTF-8). */
    static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
