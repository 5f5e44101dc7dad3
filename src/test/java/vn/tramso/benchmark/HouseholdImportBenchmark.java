package vn.tramso.benchmark;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.Table;
import vn.tramso.base.table.TableReader;
import vn.tramso.base.table.TableWriter;
import vn.tramso.booking.TestVillages;
import vn.tramso.household.HouseholdImport;
import vn.tramso.household.TestRegister;
import vn.tramso.place.Village;

/**
 * The household import on a 20,000-row Excel file (4,000 households of 5 members), for
 * docs/benchmarks.md: time to read the file, the dry run, the import, and the same file again.
 * Three rounds, each into a fresh village.
 */
@Tag("benchmark")
@IntegrationTest
class HouseholdImportBenchmark {

    static final int ROWS = 20_000;

    @Autowired
    HouseholdImport imports;
    @Autowired
    TestStaff staff;
    @Autowired
    TestVillages villages;

    @Test
    void twenty_thousand_members_from_excel() throws Exception {
        for (int round = 1; round <= 3; round++) {
            Village v = villages.create("BENCH-HH-" + System.nanoTime() % 100_000 + "-" + round, 1);
            List<List<String>> rows = TestRegister.rows(v.code(), ROWS);
            byte[] xlsx = TableWriter.xlsx("ho-gia-dinh", HouseholdImport.COLUMNS, rows);
            long t0 = System.nanoTime();
            Table file = TableReader.read("lon.xlsx", xlsx, HouseholdImport.COLUMNS);
            long t1 = System.nanoTime();
            ImportReport dry = staff.as("lanhdao.hongquang", () -> imports.preview(file, Progress.NONE));
            long t2 = System.nanoTime();
            ImportReport done = staff.as("lanhdao.hongquang", () -> imports.commit(file, Progress.NONE));
            long t3 = System.nanoTime();
            ImportReport again = staff.as("lanhdao.hongquang", () -> imports.commit(file, Progress.NONE));
            long t4 = System.nanoTime();
            System.out.printf("HOUSEHOLD IMPORT round %d: file %d KB; read %.2f s; dry run %.2f s (%d to add); "
                            + "import %.2f s (%d added); again %.2f s (%d unchanged)%n", round, xlsx.length / 1024,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, dry.added(), (t3 - t2) / 1e9, done.added(), (t4 - t3) / 1e9,
                    again.unchanged());
        }
    }
}
