package vn.tramso.household;

import java.util.ArrayList;
import java.util.List;

/** A village's register as a big import file would hold it: households of five, every cell filled. */
public final class TestRegister {

    private TestRegister() {
    }

    /** {@code members} rows in the import's columns, five members to a household, all different names. */
    public static List<List<String>> rows(String villageCode, int members) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            int household = i / 5;
            rows.add(List.of(villageCode, "HO-" + household, "Chủ Hộ " + letters(household), "Xóm " + (household % 12 + 1), "",
                    "Người " + letters(i), String.valueOf(1940 + i % 70), i % 2 == 0 ? "Nam" : "Nữ", "09" + (10_000_000 + i)));
        }
        return rows;
    }

    /** A name of letters only, different for each number: 0 → "A Văn", 27 → "Bb Văn". */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + " Văn";
    }
}
