package vn.tramso.helpsession;

import java.util.EnumMap;
import java.util.Map;
import vn.tramso.base.Topic;
import vn.tramso.household.Fact;

/**
 * What a session's outcome says about the member's digital status. A topic done sets what it is
 * about ("VNeID level 2 activated" sets level 2); a skill counts only when they did it alone; "no
 * smartphone" as a reason says they have none; VNeID on their phone or phone basics done say
 * they have one. Nothing is inferred from a topic only started.
 */
final class SessionFacts {

    private SessionFacts() {
    }

    static Map<Fact, Integer> of(SessionDraft session) {
        Map<Fact, Integer> facts = new EnumMap<>(Fact.class);
        boolean alone = session.autonomy() == Autonomy.ALONE;
        for (TopicOutcome t : session.topics()) {
            if (t.reason() == Outcome.Reason.NO_SMARTPHONE) {
                facts.put(Fact.SMARTPHONE, 0);
            }
            if (t.outcome() != Outcome.DONE) {
                continue;
            }
            switch (t.topic()) {
                case VNEID_LEVEL_1, VNEID_LEVEL_2 -> {
                    facts.merge(Fact.VNEID, t.topic() == Topic.VNEID_LEVEL_2 ? 2 : 1, Math::max);
                    facts.putIfAbsent(Fact.SMARTPHONE, 1);
                }
                case DIENTHOAI -> facts.putIfAbsent(Fact.SMARTPHONE, 1);
                case PORTAL, DOSSIER -> {
                    facts.put(Fact.PORTAL, 1);
                    skill(facts, alone, Fact.SKILL_PUBLIC_SERVICES);
                }
                case SUCKHOE -> facts.put(Fact.HEALTH_BOOK, 1);
                case THANHTOAN -> {
                    facts.put(Fact.CASHLESS, 1);
                    skill(facts, alone, Fact.SKILL_PAY_ONLINE);
                }
                case LUADAO -> skill(facts, alone, Fact.SKILL_SAFE_ONLINE);
                case UNGDUNG -> skill(facts, alone, Fact.SKILL_LOCAL_PLATFORMS);
                default -> {
                    // documents in VNeID, other: no status of their own
                }
            }
        }
        return facts;
    }

    private static void skill(Map<Fact, Integer> facts, boolean alone, Fact skill) {
        if (alone) {
            facts.put(skill, 1);
        }
    }
}
