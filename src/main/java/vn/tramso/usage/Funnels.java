package vn.tramso.usage;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.Commune;
import vn.tramso.place.CommuneId;
import vn.tramso.place.Coverage;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.PlaceRef;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.ProvinceId;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * Where residents get stuck, for leaders and the admins who edit guide content: a place's kiosk
 * visits, guides finished and each guide's funnel over a period, from the daily summaries, for a
 * place the signed-in person covers (a leader their commune and its villages).
 */
@Service
@Transactional(readOnly = true)
public class Funnels {

    /** A place's usage for a period (days from {@code from} to {@code to}, exclusive). */
    public record Usage(UsageFigures.Visits visits, List<Funnel> funnels) {
    }

    private final UsageSummaryStore store;
    private final UsageFigures figures;
    private final UsageGuides guides;
    private final PlaceScope scope;
    private final Places places;

    Funnels(UsageSummaryStore store, UsageFigures figures, UsageGuides guides, PlaceScope scope, Places places) {
        this.store = store;
        this.figures = figures;
        this.guides = guides;
        this.scope = scope;
        this.places = places;
    }

    /** A place one may choose: a commune (all its villages) or a village, with its commune's name. */
    public record PlaceChoice(PlaceLevel level, long id, String name, String communeName) {
    }

    /** The communes and villages the signed-in person covers, each commune followed by its villages, by name. */
    @RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
    public List<PlaceChoice> places() {
        List<Village> villages = scope.villages();
        Map<Long, Commune> communes = places.communes(villages.stream().map(Village::communeId).toList());
        Map<Long, List<Village>> byCommune = villages.stream().collect(Collectors.groupingBy(Village::communeId));
        List<PlaceChoice> choices = new ArrayList<>();
        communes.values().stream().sorted(Comparator.comparing(Commune::name)).forEach(c -> {
            choices.add(new PlaceChoice(PlaceLevel.COMMUNE, c.id(), c.name(), c.name()));
            byCommune.get(c.id()).stream().sorted(Comparator.comparing(Village::name))
                    .forEach(v -> choices.add(new PlaceChoice(PlaceLevel.VILLAGE, v.id(), v.name(), c.name())));
        });
        return choices;
    }

    /** @throws AccessDeniedException when the place is unknown or not the signed-in person's */
    @RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
    public Usage of(PlaceLevel level, long id, LocalDate from, LocalDate to) {
        switch (level) {
            case VILLAGE -> scope.village(new VillageId(id));
            case COMMUNE -> scope.commune(new CommuneId(id));
            case PROVINCE -> {
                if (!Coverage.covers(StaffUser.require(), PlaceRef.of(new ProvinceId(id)))) {
                    throw new AccessDeniedException("province " + id);
                }
            }
        }
        Map<String, List<UsageStore.StepCount>> byGuide = store.steps(level, id, from, to).stream()
                .collect(Collectors.groupingBy(UsageStore.StepCount::guide, TreeMap::new, Collectors.toList()));
        List<Funnel> funnels = new ArrayList<>();
        byGuide.forEach((guide, rows) -> funnels.add(funnel(guide, rows)));
        funnels.sort(Comparator.comparingLong(Funnel::opened).reversed().thenComparing(Funnel::guide));
        return new Usage(figures.of(level, id, from, to), funnels);
    }

    /** One guide's funnel from its summed step rows: arithmetic only. */
    Funnel funnel(String guide, List<UsageStore.StepCount> rows) {
        var facts = guides.guide(guide);
        int last = Math.max(facts.map(UsageGuides.GuideFacts::steps).orElse(0),
                rows.stream().mapToInt(UsageStore.StepCount::step).max().orElse(0));
        List<Map<UsageKind, Long>> perStep = new ArrayList<>();
        for (int n = 0; n <= last; n++) {
            perStep.add(new EnumMap<>(UsageKind.class));
        }
        rows.forEach(r -> perStep.get(r.step()).merge(r.kind(), r.visits(), Long::sum));
        long opened = perStep.stream().mapToLong(m -> m.getOrDefault(UsageKind.GUIDE_OPENED, 0L)).sum();
        long finished = perStep.stream().mapToLong(m -> m.getOrDefault(UsageKind.GUIDE_FINISHED, 0L)).sum();
        List<Funnel.Step> steps = new ArrayList<>();
        Integer worst = null;
        long worstStuck = 0;
        for (int n = 1; n <= last; n++) {
            Map<UsageKind, Long> m = perStep.get(n);
            long reached = m.getOrDefault(UsageKind.STEP_REACHED, 0L);
            long next = n < last ? perStep.get(n + 1).getOrDefault(UsageKind.STEP_REACHED, 0L) : finished;
            Funnel.Step step = new Funnel.Step(n, reached, Math.max(0, reached - next), m.getOrDefault(UsageKind.HELP_ASKED, 0L),
                    m.getOrDefault(UsageKind.ABANDONED, 0L), m.getOrDefault(UsageKind.LISTEN_PLAYED, 0L),
                    m.getOrDefault(UsageKind.QR_SHOWN, 0L));
            if (step.stuck() > worstStuck) {
                worst = n;
                worstStuck = step.stuck();
            }
            steps.add(step);
        }
        return new Funnel(guide, facts.map(UsageGuides.GuideFacts::title).orElse(null), opened, finished, steps, worst);
    }
}
