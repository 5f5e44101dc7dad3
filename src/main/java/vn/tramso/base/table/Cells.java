package vn.tramso.base.table;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Reading one cell as a value of a kind, by its Vietnamese label: "Phường" → PHUONG, "to dan pho" → TO_DAN_PHO. */
public final class Cells {

    private Cells() {
    }

    /** The constant whose label matches the cell loosely (no case, tones or spaces), or the default for an empty cell. */
    public static <E extends Enum<E>> Optional<E> choice(String cell, E[] values, Function<E, String> label, E empty) {
        if (cell.isBlank()) {
            return Optional.ofNullable(empty);
        }
        String key = Column.key(cell);
        return Arrays.stream(values).filter(v -> Column.key(label.apply(v)).equals(key) || Column.key(v.name()).equals(key))
                .findFirst();
    }
}
