package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The account list is sorted by place and name in Java since the place names come from place's API;
 * it keeps the order the database's utf8mb4_unicode_ci gave when it was one query (the expected
 * order below is MariaDB's, asked with ORDER BY ... COLLATE utf8mb4_unicode_ci).
 */
class AccountPlacesTest {

    @Test
    void names_sort_as_the_databases_collation_sorted_them() {
        List<String> names = new ArrayList<>(List.of("Xã Hồng Quang", "Đa", "Ea", "Dz", "Hưng Yên", "Ưng Hoàng", "Uyên",
                "Nhà văn hóa thôn Vân La", "Nhà văn hóa thôn An", "Ao", "Ánh", "Đặng Thị Hoa", "Dương Văn An", ""));

        names.sort(Comparator.comparing(AccountPlaces::key));

        assertThat(names).containsExactly("", "Ánh", "Ao", "Dương Văn An", "Dz", "Đa", "Đặng Thị Hoa", "Ea", "Hưng Yên",
                "Nhà văn hóa thôn An", "Nhà văn hóa thôn Vân La", "Ưng Hoàng", "Uyên", "Xã Hồng Quang");
    }
}
