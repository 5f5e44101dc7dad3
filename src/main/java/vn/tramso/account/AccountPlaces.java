package vn.tramso.account;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.tramso.place.Commune;
import vn.tramso.place.Places;
import vn.tramso.place.Province;
import vn.tramso.place.Village;

/**
 * The place each listed account is attached to, named through place's API (its village's cultural
 * house, its commune or its province, the lowest it has), and the list's order: by that name, then
 * by the account's own. The names are compared as the database's collation ({@code utf8mb4_unicode_ci})
 * compared them when the list was one query: without case or tones, đ a letter of its own after d.
 */
@Component
class AccountPlaces {

    private final Places places;

    AccountPlaces(Places places) {
        this.places = places;
    }

    List<Accounts.Account> named(List<AccountStore.Listed> listed) {
        Map<Long, Village> villages = places.villages(ids(listed, Accounts.Attached::villageId));
        Map<Long, Commune> communes = places.communes(ids(listed, Accounts.Attached::communeId));
        Map<Long, Province> provinces = places.provinces(ids(listed, Accounts.Attached::provinceId));
        return listed.stream().map(l -> {
            Accounts.Account a = l.account();
            Accounts.Attached p = l.place();
            // the lowest place the account has, as COALESCE(village, commune, province, '') did
            String place = p.villageId() != null && villages.containsKey(p.villageId()) ? villages.get(p.villageId()).culturalHouse()
                    : p.communeId() != null && communes.containsKey(p.communeId()) ? communes.get(p.communeId()).name()
                    : p.provinceId() != null && provinces.containsKey(p.provinceId()) ? provinces.get(p.provinceId()).name()
                    : "";
            return new Accounts.Account(a.id(), a.username(), a.displayName(), a.role(), place, a.enabled(), a.mustChangePassword());
        }).sorted(Comparator.comparing((Accounts.Account a) -> key(a.place())).thenComparing(a -> key(a.displayName())))
                .toList();
    }

    /**
     * A name as {@code utf8mb4_unicode_ci} sorts it, at its first level: lower case, without tones or
     * marks ("Ân", "Ăn", "An" alike), đ after every d ("Dz" < "Đa" < "Ea").
     */
    static String key(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("đ", "d~");
    }

    private static List<Long> ids(List<AccountStore.Listed> listed, Function<Accounts.Attached, Long> level) {
        return listed.stream().map(l -> level.apply(l.place())).filter(Objects::nonNull).toList();
    }
}
