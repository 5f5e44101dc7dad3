package vn.tramso.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import engine on its own, with a made-up import of names and ages into a map: dry run, every
 * bad cell at once, all or nothing, duplicates once, the same file twice changes nothing, progress.
 */
class ImporterTest {

    static final Column NAME = Column.required("Tên");
    static final Column AGE = Column.required("Tuổi");

    final Map<String, Integer> stored = new LinkedHashMap<>();
    /** Runs the commit in place: what is all or nothing here is the engine's, writing only a file without problems. */
    final Importer importer = new Importer(new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction(new SimpleTransactionStatus());
        }
    });

    @Test
    void a_dry_run_writes_nothing_and_the_import_writes_once_then_the_same_file_changes_nothing() throws Exception {
        stored.put("Lan", 30);
        Table file = csv("Tên,Tuổi\nAn,40\nLan,31\nBình,50\nAn,40\n");

        ImportReport dryRun = importer.preview(file, Progress.NONE, People::new);
        assertThat(dryRun.ok()).isTrue();
        assertThat(List.of(dryRun.rows(), dryRun.added(), dryRun.changed(), dryRun.unchanged())).containsExactly(4, 2, 1, 0);
        assertThat(dryRun.duplicates()).extracting(ImportProblem::toString).containsExactly("Dòng 5: trùng dòng 2");
        assertThat(stored).as("a dry run writes nothing").containsExactly(Map.entry("Lan", 30));

        ImportReport done = importer.commit(file, Progress.NONE, People::new);
        assertThat(done).isEqualTo(dryRun);
        assertThat(stored).containsExactly(Map.entry("Lan", 31), Map.entry("An", 40), Map.entry("Bình", 50));

        ImportReport again = importer.commit(file, Progress.NONE, People::new);
        assertThat(List.of(again.added(), again.changed(), again.unchanged())).containsExactly(0, 0, 3);
    }

    @Test
    void every_bad_cell_is_listed_and_nothing_is_written_nor_compared() throws Exception {
        stored.put("Lan", 30);
        Table file = csv("Tên,Tuổi\nAn,40\n,20\nLan,31\nAn,41\nBình,năm mươi\n");
        List<People> runs = new ArrayList<>();

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> importer.commit(file, Progress.NONE, () -> {
                    People people = new People();
                    runs.add(people);
                    return people;
                }));

        assertThat(refused.report().problems()).extracting(ImportProblem::toString).containsExactly(
                "Dòng 3, cột 'Tên': còn trống", "Dòng 5, cột 'Tuổi': khác với dòng 2", "Dòng 6, cột 'Tuổi': không phải số");
        assertThat(runs).singleElement().satisfies(p -> assertThat(p.compared).as("a file with problems is not compared").isFalse());
        assertThat(stored).containsExactly(Map.entry("Lan", 30));
    }

    @Test
    void a_problem_found_when_comparing_refuses_the_whole_file_and_none_of_its_writes_runs() throws Exception {
        stored.put("Khóa", 1);
        Table file = csv("Tên,Tuổi\nAn,40\nKhóa,2\n");

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> importer.commit(file, Progress.NONE, People::new));

        assertThat(refused.report().problems()).extracting(ImportProblem::toString).containsExactly("Dòng 3, cột 'Tên': đã khóa");
        assertThat(stored).containsExactly(Map.entry("Khóa", 1));
    }

    @Test
    void progress_grows_to_twice_the_rows_reading_then_writing() throws Exception {
        StringBuilder text = new StringBuilder("Tên,Tuổi\n");
        for (int i = 0; i < 2500; i++) {
            text.append("Người ").append(i).append(",").append(20 + i % 50).append('\n');
        }
        List<Integer> told = new ArrayList<>();

        importer.commit(csv(text.toString()), (done, total) -> {
            assertThat(total).isEqualTo(5000);
            told.add(done);
        }, People::new);

        assertThat(told).isSorted().contains(1000, 2000, 2500).last().isEqualTo(5000);
        assertThat(stored).hasSize(2500);
    }

    record Person(String name, int age) {
    }

    /** A made-up import: names with ages, matched by name; a locked name ("Khóa") may not be imported. */
    final class People implements ImportRows<Person> {

        final FirstRows<String, Integer> firsts = new FirstRows<>();
        boolean compared;

        @Override
        public Person read(TableRow row, ImportPlan plan) {
            String name = row.get(NAME);
            if (name.isEmpty()) {
                plan.problem(row.number(), NAME, "còn trống");
            }
            Integer age = null;
            try {
                age = Integer.valueOf(row.get(AGE));
            } catch (NumberFormatException e) {
                plan.problem(row.number(), AGE, "không phải số");
            }
            return name.isEmpty() || age == null ? null : new Person(name, age);
        }

        @Override
        public void add(int row, Person person, ImportPlan plan) {
            firsts.seen(person.name(), row, person.age()).ifPresent(first -> {
                if (first.value() == person.age()) {
                    plan.duplicate(row, "trùng dòng " + first.row());
                } else {
                    plan.problem(row, AGE, "khác với dòng " + first.row());
                }
            });
        }

        @Override
        public void compare(ImportPlan plan) {
            compared = true;
            firsts.forEach((name, first) -> {
                if (name.equals("Khóa")) {
                    plan.problem(first.row(), NAME, "đã khóa");
                    return;
                }
                Integer was = stored.get(name);
                boolean differs = was != null && !was.equals(first.value());
                plan.count(was == null, differs);
                if (was == null || differs) {
                    plan.write(() -> stored.put(name, first.value()));
                }
            });
        }
    }

    private static Table csv(String text) throws TableException {
        return TableReader.read("x.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(NAME, AGE));
    }
}
