package vn.tramso.usage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import vn.tramso.usage.Funnel;

/**
 * One guide's funnel: a sentence naming the step where most residents stop or ask for help (in
 * words, not only colour), then a table a phone shows without scrolling sideways: per step the
 * residents who reached it (with a bar), went no further, asked for help, and were left there.
 */
class FunnelTable extends Div {

    FunnelTable(Funnel funnel, Locale locale) {
        addClassName("usage-funnel");
        String title = funnel.title() == null ? funnel.guide() : funnel.title().in(locale);
        add(new H2(title), new Paragraph(getTranslation("usage.funnel.summary", funnel.opened(), funnel.finished())));
        Paragraph worst = new Paragraph(funnel.worstStep() == null ? getTranslation("usage.funnel.no-worst")
                : getTranslation("usage.funnel.worst", funnel.worstStep(), funnel.steps().get(funnel.worstStep() - 1).wentNoFurther(),
                        funnel.steps().get(funnel.worstStep() - 1).helpAsked()));
        worst.addClassName("usage-worst");
        add(worst);
        long most = funnel.steps().stream().mapToLong(Funnel.Step::reached).max().orElse(0);
        Element table = new Element("table");
        table.getClassList().add("usage-table");
        Element head = new Element("tr");
        for (String key : new String[] {"usage.col.step", "usage.col.reached", "usage.col.stopped", "usage.col.help", "usage.col.left"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Funnel.Step step : funnel.steps()) {
            boolean isWorst = Integer.valueOf(step.number()).equals(funnel.worstStep());
            Element row = new Element("tr");
            if (isWorst) {
                row.getClassList().add("usage-worst-row");
            }
            Element label = new Element("th").setAttribute("scope", "row").setText(isWorst
                    ? getTranslation("usage.step.worst", step.number()) : String.valueOf(step.number()));
            Element bar = new Element("span");
            bar.getClassList().add("usage-bar");
            bar.getStyle().set("--share", (most == 0 ? 0 : 100 * step.reached() / most) + "%");
            Element reached = new Element("td").appendChild(bar, new Element("span").setText(String.valueOf(step.reached())));
            row.appendChild(label, reached, cell(step.wentNoFurther()), cell(step.helpAsked()), cell(step.abandoned()));
            body.appendChild(row);
        }
        table.appendChild(body);
        Div scroll = new Div();
        scroll.addClassName("usage-table-wrap");
        scroll.getElement().appendChild(table);
        add(scroll);
    }

    private static Element cell(long value) {
        return new Element("td").setText(String.valueOf(value));
    }
}
