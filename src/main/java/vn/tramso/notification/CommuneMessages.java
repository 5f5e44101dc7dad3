package vn.tramso.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.Commune;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * A commune's choice for the messages it pays for (decision 009, "Each commune's choice"): per kind of
 * message the channels it may take, first to last, and how many messages it may queue a day. Read and
 * changed by the commune's leader and by the admin, the people of the leaders' outbox screen; a leader
 * of another commune, a province admin and a volunteer are refused here, not only on the screen.
 */
@Service
public class CommuneMessages {

    private static final Logger log = LoggerFactory.getLogger(CommuneMessages.class);

    /** The most a commune may set as its daily budget: well above a commune's busiest day, far below a runaway's bill. */
    public static final int MAX_BUDGET = 5000;

    private final CommuneMessageStore store;
    private final PlaceScope scope;
    private final Places places;
    private final MessageBudget budget;
    private final NotificationSettings settings;
    private final SmsSettings sms;
    private final ZaloSettings zalo;
    private final Clock clock;

    CommuneMessages(CommuneMessageStore store, PlaceScope scope, Places places, MessageBudget budget, NotificationSettings settings,
                    SmsSettings sms, ZaloSettings zalo, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.places = places;
        this.budget = budget;
        this.settings = settings;
        this.sms = sms;
        this.zalo = zalo;
        this.clock = clock;
    }

    /** The communes whose settings the signed-in staff member may change: a leader's own, every commune for the admin. */
    public List<Commune> communes() {
        StaffUser user = StaffUser.require();
        if (!mayChange(user)) {
            return List.of();
        }
        if (user.role() == Role.LEADER) {
            return places.commune(user.communeId()).stream().toList();
        }
        return scope.villages().stream().map(Village::communeId).distinct().map(places::commune).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Commune::name)).toList();
    }

    /** @throws AccessDeniedException unless the signed-in staff member may change the commune's settings */
    public CommuneMessageSettings of(long communeId) {
        Commune commune = check(communeId);
        Map<MessageKind, ChannelChoice> chosen = store.orders(communeId);
        ChannelChoice installation = ChannelChoice.of(settings.channelOrder()).orElse(ChannelChoice.ZALO_THEN_SMS);
        Map<MessageKind, ChannelChoice> orders = new EnumMap<>(MessageKind.class);
        Map<MessageKind, List<NotificationChannel>> available = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            orders.put(kind, chosen.getOrDefault(kind, installation));
            available.put(kind, available(kind));
        }
        return new CommuneMessageSettings(commune, orders, !chosen.isEmpty(), available, store.dailyBudget(communeId).orElse(null),
                settings.smsPerCommunePerDay(), budget.queuedToday(communeId), store.changedAt(communeId));
    }

    /**
     * Saves the commune's choice. Every kind given is stored as chosen, also when it equals the
     * installation's order: from then on the commune's choice holds, whatever the installation's
     * default becomes.
     *
     * @param dailyBudget 0 to {@link #MAX_BUDGET}; null: the installation's
     * @throws AccessDeniedException             unless the signed-in staff member may change the commune's settings
     * @throws MessageSettingsRefusedException for a budget out of bounds
     */
    @RetryOnWriteConflict
    @Transactional
    public void save(long communeId, Map<MessageKind, ChannelChoice> orders, Integer dailyBudget) {
        check(communeId);
        if (dailyBudget != null && (dailyBudget < 0 || dailyBudget > MAX_BUDGET)) {
            throw new MessageSettingsRefusedException(MessageSettingsRefusedException.Reason.BUDGET);
        }
        Map<MessageKind, ChannelChoice> given = new EnumMap<>(MessageKind.class);
        orders.forEach((kind, choice) -> given.put(Objects.requireNonNull(kind), Objects.requireNonNull(choice)));
        StaffUser user = StaffUser.require();
        store.save(communeId, given, dailyBudget, user.id(), LocalDateTime.now(clock).withNano(0));
        log.info("{} set the messages of commune {}: {}, daily budget {}", user.username(), communeId, given,
                dailyBudget == null ? "the installation's" : dailyBudget);
    }

    /** The channels this installation sends a kind by, in its order (as {@link MessageGateways} sets them up). */
    private List<NotificationChannel> available(MessageKind kind) {
        List<NotificationChannel> here = new ArrayList<>();
        for (NotificationChannel channel : settings.channelOrder()) {
            boolean set = switch (channel) {
                case ZALO -> zalo.configured() && !zalo.templates().of(kind).isBlank();
                case SMS -> sms.gateway() == SmsSettings.Gateway.ESMS;
                case LOG -> false;
            };
            if (set && !here.contains(channel)) {
                here.add(channel);
            }
        }
        return here;
    }

    private Commune check(long communeId) {
        StaffUser user = StaffUser.require();
        if (!mayChange(user)) {
            throw new AccessDeniedException(user.username() + " may not change the messages of a commune");
        }
        Commune commune = places.commune(communeId).orElseThrow(() -> new AccessDeniedException("No commune " + communeId));
        scope.commune(commune);
        return commune;
    }

    /** The people of the leaders' outbox screen: the commune's leader and the admin. */
    private static boolean mayChange(StaffUser user) {
        return user.role() == Role.LEADER || user.role() == Role.ADMIN;
    }
}
