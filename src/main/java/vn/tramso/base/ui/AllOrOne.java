package vn.tramso.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/**
 * The place choice of a staff list screen (the villages a staff member covers): "all" first when
 * there are several; hidden, and set, when there is only one.
 */
public final class AllOrOne {

    private AllOrOne() {
    }

    /**
     * @param label   the field's label
     * @param all     what the empty choice, every place, is called
     */
    public static <T> void fill(Select<T> select, List<T> places, Function<T, String> name, String label, String all) {
        select.setLabel(label);
        select.setItems(places);
        select.setItemLabelGenerator(p -> p == null ? all : name.apply(p));
        select.setEmptySelectionAllowed(places.size() > 1);
        select.setEmptySelectionCaption(all);
        if (places.size() == 1) {
            select.setValue(places.getFirst());
            select.setVisible(false);
        }
    }
}
