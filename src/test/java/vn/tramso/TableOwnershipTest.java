package vn.tramso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (issue 22; docs/decisions/010-one-owner-per-table.md): every table is written
 * by exactly one feature, SQL lives only in a feature's stores (classes named {@code …Store} or
 * {@code …Queries}), and a feature reads another's table only through that feature's API, except the
 * adoption summaries, the named read model that the indicators are computed from.
 * <p>
 * {@link #SQL_OUTSIDE_STORES} and {@link #CROSS_READS} listed what was still to move; both are empty
 * now. They are exact: a class or a read that is added fails, and one that is fixed fails too until
 * it is struck off the list, so the lists only shrink.
 */
class TableOwnershipTest {

    /** Reads other features' tables by design: the indicators' read model (adoption.SummaryStore and friends). */
    static final Set<String> READ_MODELS = Set.of("adoption");

    /**
     * Classes that hold SQL of their own by design, with the reason. base.db.MigrationLock takes the
     * cluster-wide lock before Flyway migrates, on a plain JDBC connection, before any store exists.
     */
    static final Set<String> OWN_SQL_BY_DESIGN = Set.of("base.MigrationLock");

    /** Classes that still hold SQL outside a store (to move in the next steps of issue 22). */
    static final Set<String> SQL_OUTSIDE_STORES = Set.of();

    /**
     * "feature reads table" pairs still to go through the owner's API: none since the owners' APIs
     * name staff, places and households by id and rating asks booking and helpsession through its
     * own interfaces (docs/decisions/011-calls-and-events-between-features.md). Kept, empty, so that
     * a new join on another feature's table fails here.
     */
    static final Set<String> CROSS_READS = Set.of();

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?`?(\\w+)`?");
    /** A statement run through JdbcClient, or through a JdbcTemplate's query, update or batch methods. */
    private static final Pattern USES_SQL = Pattern.compile("\\.sql\\(|\\b(?:jdbcTemplate|template)\\.(?:query|update|batchUpdate|execute)\\w*\\("
            + "|\\.(?:prepareStatement|prepareCall|createStatement)\\(");
    private static final Pattern WRITE = Pattern.compile("(?:INSERT(?: IGNORE)? INTO|REPLACE INTO|UPDATE|DELETE FROM)\\s+(\\w+)");
    private static final Pattern READ = Pattern.compile("(?:FROM|JOIN)\\s+(\\w+)");

    @Test
    void every_table_is_written_by_one_feature_only() {
        Map<String, Set<String>> writers = new TreeMap<>();
        sources().forEach(s -> tablesIn(WRITE, s.text()).forEach(t -> writers.computeIfAbsent(t, k -> new TreeSet<>()).add(s.feature())));
        assertThat(writers).as("tables and the features that write them").allSatisfy((table, features) ->
                assertThat(features).as(table).hasSize(1));
    }

    @Test
    void sql_is_only_in_stores_but_for_the_classes_still_listed() {
        Set<String> outside = new TreeSet<>();
        sources().filter(s -> holdsSql(s.text()) && !isStore(s.className()) && !OWN_SQL_BY_DESIGN.contains(s.className()))
                .forEach(s -> outside.add(s.className()));
        assertThat(sources().filter(s -> holdsSql(s.text())).map(Source::className)).as("the classes with SQL by design still have it")
                .containsAll(OWN_SQL_BY_DESIGN);
        assertThat(outside).as("classes with SQL outside a store (move it to the feature's store, or strike a fixed one off the list)")
                .containsExactlyInAnyOrderElementsOf(SQL_OUTSIDE_STORES);
    }

    @Test
    void a_feature_reads_another_features_table_only_through_its_api_but_for_the_reads_still_listed() {
        Map<String, String> owners = owners();
        Set<String> cross = new TreeSet<>();
        sources().filter(s -> !READ_MODELS.contains(s.feature())).forEach(s -> tablesIn(READ, s.text()).stream()
                .filter(owners::containsKey).filter(t -> !owners.get(t).equals(s.feature()))
                .forEach(t -> cross.add(s.feature() + " reads " + t)));
        assertThat(cross).as("reads of another feature's table (use its API, or strike a fixed one off the list)")
                .containsExactlyInAnyOrderElementsOf(CROSS_READS);
    }

    /** Each table's owner: the one feature that writes it. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        sources().forEach(s -> tablesIn(WRITE, s.text()).forEach(t -> owners.putIfAbsent(t, s.feature())));
        return owners;
    }

    /**
     * Runs a statement, or has one on a table of the schema in a text block (a fragment handed to a
     * store is SQL too). A message that shows an operator a statement, in a plain string, is not.
     */
    private static boolean holdsSql(String text) {
        if (USES_SQL.matcher(text).find()) {
            return true;
        }
        Matcher block = TEXT_BLOCK.matcher(text);
        while (block.find()) {
            if (!tablesIn(WRITE, block.group(1)).isEmpty() || !tablesIn(READ, block.group(1)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

    private static boolean isStore(String className) {
        return className.endsWith("Store") || className.endsWith("Queries");
    }

    private static Set<String> tablesIn(Pattern pattern, String text) {
        Set<String> tables = tables();
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (tables.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    record Source(String feature, String className, String text) {
    }

    static Stream<Source> sources() {
        Path root = Path.of("src/main/java/vn/tramso");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream().map(p -> {
                Path relative = root.relativize(p);
                String feature = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                String name = p.getFileName().toString().replace(".java", "");
                try {
                    return new Source(feature, feature + "." + name, Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> tables;

    static synchronized Set<String> tables() {
        if (tables == null) {
            Set<String> found = new TreeSet<>();
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
                for (Path p : files.toList()) {
                    Matcher m = TABLE.matcher(Files.readString(p));
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tables = found;
        }
        return tables;
    }
}
