package vn.tramso.base.table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The first row of an import file at which each record (by its key) appears, with what that row
 * says of it: a later row with the same key either repeats it or contradicts it, and says which
 * row it repeats. Kept in the file's order.
 */
public final class FirstRows<K, V> {

    /** A record as the file first gives it: the row number and the row's values. */
    public record First<V>(int row, V value) {
    }

    private final Map<K, First<V>> firsts = new LinkedHashMap<>();

    /** Remembers the row when the key is new; otherwise the row where the key appeared first. */
    public Optional<First<V>> seen(K key, int row, V value) {
        return Optional.ofNullable(firsts.putIfAbsent(key, new First<>(row, value)));
    }

    public void forEach(BiConsumer<? super K, First<V>> action) {
        firsts.forEach(action);
    }

    public Set<K> keys() {
        return firsts.keySet();
    }
}
