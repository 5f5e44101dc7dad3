package vn.tramso.household;

import static vn.tramso.household.HouseholdImport.ERASED_HEAD;
import static vn.tramso.household.HouseholdImport.ERASED_MEMBER;
import static vn.tramso.household.HouseholdImport.HEAD;
import static vn.tramso.household.HouseholdImport.NAME;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tramso.base.table.FirstRows;
import vn.tramso.base.table.ImportPlan;
import vn.tramso.base.table.ImportRows;
import vn.tramso.base.table.TableRow;
import vn.tramso.household.HouseholdStore.HouseholdChange;
import vn.tramso.household.HouseholdStore.NewHousehold;
import vn.tramso.household.MemberStore.MemberChange;
import vn.tramso.household.MemberStore.NewMember;
import vn.tramso.household.MemberStore.Registered;
import vn.tramso.household.RegisterRow.HouseholdKey;
import vn.tramso.household.RegisterRow.MemberKey;

/**
 * The household import's parts for the import engine: each row read ({@link RegisterRowReader});
 * households and members checked against each other across the file, then matched with the
 * stored ones of the file's villages; erased people recognised by their {@link Tombstones
 * fingerprint} and left out; and the writes, by the same statements as a volunteer's form
 * ({@link HouseholdStore}, {@link MemberStore}), in batches. Members missing from the file are left
 * as they are: an import never deletes.
 */
final class HouseholdImportRows implements ImportRows<RegisterRow> {

    private final RegisterRowReader reader;
    private final HouseholdStore householdStore;
    private final MemberStore memberStore;
    private final Tombstones tombstones;
    private final LocalDateTime now;
    private final int year;
    private final FirstRows<HouseholdKey, RegisterRow> households = new FirstRows<>();
    private final FirstRows<MemberKey, RegisterRow> members = new FirstRows<>();

    HouseholdImportRows(RegisterRowReader reader, HouseholdStore householdStore, MemberStore memberStore, Tombstones tombstones,
                     LocalDateTime now, int year) {
        this.reader = reader;
        this.householdStore = householdStore;
        this.memberStore = memberStore;
        this.tombstones = tombstones;
        this.now = now;
        this.year = year;
    }

    @Override
    public RegisterRow read(TableRow row, ImportPlan plan) {
        return reader.read(row, plan);
    }

    @Override
    public void add(int row, RegisterRow r, ImportPlan plan) {
        households.seen(r.household(), row, r).filter(h -> !h.value().sameHousehold(r))
                .ifPresent(h -> plan.problem(row, HEAD, "hộ " + r.code() + " khác với dòng " + h.row()
                        + " (chủ hộ, xóm/tổ hoặc địa chỉ): mỗi hộ ghi giống nhau ở mọi dòng"));
        members.seen(r.member(), row, r).ifPresent(m -> {
            if (m.value().sameMember(r)) {
                plan.duplicate(row, "trùng dòng " + m.row() + " (" + r.name() + (r.birthYear() == null ? "" : ", " + r.birthYear())
                        + ", hộ " + r.code() + "): chỉ nhập một lần");
            } else {
                plan.problem(row, NAME, r.name() + " của hộ " + r.code() + " đã có ở dòng " + m.row()
                        + " với giới tính hoặc điện thoại khác");
            }
        });
    }

    /** Compares with the stored households and members of the file's villages and lines up the writes. */
    @Override
    public void compare(ImportPlan plan) {
        List<Long> villageIds = households.keys().stream().map(HouseholdKey::villageId).distinct().toList();
        if (villageIds.isEmpty()) {
            return;
        }
        Map<HouseholdKey, Household> dbHouseholds = stored(villageIds);
        Map<MemberKey, Registered> dbMembers = new HashMap<>();
        memberStore.registered(villageIds).forEach(m -> dbMembers.put(
                new MemberKey(m.villageId(), m.householdCode(), m.details().fullName(), m.details().birthYear()), m));
        Set<String> erased = householdStore.fingerprints(villageIds);
        List<NewHousehold> newHouseholds = new ArrayList<>();
        List<HouseholdChange> changedHouseholds = new ArrayList<>();
        households.forEach((key, n) -> {
            RegisterRow r = n.value();
            Household db = dbHouseholds.get(key);
            String head = r.head();
            if (head != null && erased.contains(tombstones.head(key.villageId(), key.code(), head))) {
                plan.skip(n.row(), HEAD, ERASED_HEAD);
                head = db == null ? null : db.headName(); // whoever staff entered since stays
            }
            boolean differs = db != null && !(Objects.equals(db.headName(), head) && Objects.equals(db.hamlet(), r.hamlet())
                    && Objects.equals(db.addressLine(), r.address()));
            plan.count(db == null, differs);
            if (db == null) {
                newHouseholds.add(new NewHousehold(key.villageId(), new HouseholdDetails(key.code(), head, r.hamlet(), r.address())));
            } else if (differs) {
                changedHouseholds.add(new HouseholdChange(db.id(), new HouseholdDetails(db.code(), head, r.hamlet(), r.address())));
            }
        });
        List<RegisterRow> newMembers = new ArrayList<>();
        List<MemberChange> changedMembers = new ArrayList<>();
        members.forEach((key, n) -> {
            RegisterRow r = n.value();
            Registered db = dbMembers.get(key);
            if (db == null && erased.contains(tombstones.member(key.villageId(), key.code(), key.name(), key.birthYear()))) {
                plan.skip(n.row(), ERASED_MEMBER);
                return;
            }
            boolean differs = db != null && !(db.details().gender() == r.gender() && Objects.equals(db.details().phone(), r.phone()));
            plan.count(db == null, differs);
            if (db == null) {
                newMembers.add(r);
            } else if (differs) {
                MemberDetails was = db.details(); // the file changes gender and phone only: the rest is written as stored
                changedMembers.add(new MemberChange(db.id(), new MemberDetails(was.fullName(), was.birthYear(), was.adult(), r.gender(),
                        r.phone())));
            }
        });
        plan.writeInBatches(newHouseholds, batch -> householdStore.addAll(batch, now));
        plan.writeInBatches(changedHouseholds, batch -> householdStore.updateAll(batch, now));
        Map<HouseholdKey, Household> ids = new HashMap<>(dbHouseholds);
        if (!newHouseholds.isEmpty()) {
            plan.write(() -> ids.putAll(stored(villageIds))); // the new households' ids, for their members
        }
        plan.writeInBatches(newMembers, batch -> memberStore.addAll(batch.stream().map(r -> new NewMember(ids.get(r.household()).id(),
                new MemberDetails(r.name(), r.birthYear(), r.birthYear() == null || year - r.birthYear() >= 14, r.gender(),
                        r.phone()))).toList(), now));
        plan.writeInBatches(changedMembers, batch -> memberStore.updateAll(batch, now));
    }

    private Map<HouseholdKey, Household> stored(List<Long> villageIds) {
        Map<HouseholdKey, Household> map = new HashMap<>();
        householdStore.households(villageIds).forEach(h -> map.put(new HouseholdKey(h.villageId(), h.code()), h));
        return map;
    }
}
