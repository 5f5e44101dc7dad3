package vn.tramso.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.KeyedHash;
import vn.tramso.base.People;
import vn.tramso.base.QuotaStore;
import vn.tramso.base.security.StaffUser;
import vn.tramso.notification.MessageChoice.Topic;
import vn.tramso.notification.MessageChoice.Via;
import vn.tramso.place.Commune;
import vn.tramso.place.CommuneId;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.ProvinceId;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * What residents chose about messages to their phone: scam alerts of their commune by Zalo or SMS
 * (asked, never assumed: silence is not consent), and refusing every message they did not ask for
 * right then. Each choice is a new row of a record kept as proof of consent (PDP Law 91/2025); the
 * latest choice counts. A choice is given and withdrawn the same ways: at a kiosk, by a volunteer
 * with the resident present, and a refusal also by replying "TC" ({@link ReplyHandler}).
 * A refusal cancels the messages already waiting for that phone.
 */
@Service
public class MessageChoices {

    private static final Logger log = LoggerFactory.getLogger(MessageChoices.class);

    private final MessageChoiceStore store;
    private final Outbox outbox;
    private final WantedMessages wanted;
    private final PlaceScope scope;
    private final Places places;
    private final ReplySettings replies;
    private final QuotaStore quotas;
    private final KeyedHash hashes;
    private final Clock clock;

    MessageChoices(MessageChoiceStore store, Outbox outbox, WantedMessages wanted, PlaceScope scope, Places places,
                   ReplySettings replies, QuotaStore quotas, KeyedHash hashes, Clock clock) {
        this.quotas = quotas;
        this.hashes = hashes;
        this.store = store;
        this.outbox = outbox;
        this.wanted = wanted;
        this.scope = scope;
        this.places = places;
        this.replies = replies;
        this.clock = clock;
    }

    /** What the resident agrees to or withdraws, in the words they are shown and the record keeps. */
    static String wording(Topic topic, boolean granted, String communeName) {
        return switch (topic) {
            case ALERTS -> granted
                    ? "Tôi đồng ý nhận cảnh báo lừa đảo của " + communeName + " qua Zalo hoặc tin nhắn SMS đến số điện thoại này."
                    + " Số chỉ dùng để gửi cảnh báo; tôi có thể thôi nhận bất cứ lúc nào tại kiosk hoặc qua tổ công nghệ số."
                    : "Tôi thôi nhận cảnh báo lừa đảo của " + communeName + " qua tin nhắn.";
            case ALL -> granted
                    ? "Tôi nhận lại tin nhắn của Trạm Số (nhắc hẹn, trả lời ý kiến, cảnh báo tôi đã đồng ý)."
                    : "Tôi không muốn nhận tin nhắn nào của Trạm Số, trừ tin xác nhận lịch hẹn tôi vừa đặt.";
        };
    }

    /** Choices one kiosk may record in an hour: a few residents in a row, not someone typing numbers by the hundred. */
    public static final int KIOSK_CHOICES_PER_HOUR = 10;

    /**
     * A choice made at a kiosk of the village, the phone typed on its number pad.
     *
     * @return false, recording nothing, when the kiosk has recorded {@link #KIOSK_CHOICES_PER_HOUR} this hour
     */
    @Transactional
    public boolean atKiosk(long kioskDeviceId, long villageId, String phone, Topic topic, boolean granted) {
        if (!quotas.take("kiosk-message-choices", String.valueOf(kioskDeviceId), now().truncatedTo(ChronoUnit.HOURS),
                KIOSK_CHOICES_PER_HOUR)) {
            log.warn("Kiosk device {} has recorded {} message choices this hour; refused", kioskDeviceId, KIOSK_CHOICES_PER_HOUR);
            return false;
        }
        Village village = places.village(villageId).orElseThrow();
        record(new MessageChoice(checked(phone), topic, granted, topic == Topic.ALERTS ? village.communeId() : null, villageId, Via.KIOSK,
                null, kioskDeviceId, null, wording(topic, granted, communeName(village)), now()));
        return true;
    }

    /** A choice recorded by a volunteer (or leader) of the village, with the resident present. */
    @Transactional
    public void byVolunteer(long villageId, String phone, Topic topic, boolean granted) {
        Village village = scope.village(new VillageId(villageId));
        record(new MessageChoice(checked(phone), topic, granted, topic == Topic.ALERTS ? village.communeId() : null, villageId,
                Via.VOLUNTEER, StaffUser.require().id(), null, null, wording(topic, granted, communeName(village)), now()));
    }

    /**
     * A refusal sent as a reply to the commune's number. A reply the provider delivers again (same
     * id) is recorded once.
     *
     * @return whether it was new
     */
    @Transactional
    public boolean refusedByReply(String phone, String providerRef, String replyText) {
        String local = Phones.local(phone);
        if (People.phone(local).isEmpty()) {
            return false;
        }
        return record(new MessageChoice(local, Topic.ALL, false, null, null, Via.REPLY, null, null, providerRef,
                "Trả lời: " + cut(replyText, 200), now()));
    }

    /**
     * The choices a phone made, newest first: what a volunteer shows a resident who asks. Alert
     * choices only for the communes the signed-in staff member's place lies in.
     */
    public List<MessageChoice> of(String phone) {
        StaffUser.require();
        return store.ofPhone(checked(phone)).stream().filter(c -> c.communeId() == null || places.commune(c.communeId())
                .map(commune -> scope.seesCommune(new CommuneId(commune.id()), new ProvinceId(commune.provinceId())))
                .orElse(false)).toList();
    }

    /** The villages the signed-in staff member may record choices for. */
    public List<Village> villages() {
        return scope.villages();
    }

    /** Whether the resident refused every message they did not ask for right then. */
    public boolean refusesAll(String phone) {
        return People.phone(Phones.local(phone)).flatMap(store::latestAll).map(c -> !c.granted()).orElse(false);
    }

    /** The phones that agreed to the commune's scam alerts by message and did not refuse since. */
    public List<Subscriber> alertSubscribers(long communeId) {
        return store.alertSubscribers(communeId).stream().map(s -> new Subscriber(s.phone(), s.villageId())).toList();
    }

    /** A phone that agreed to a commune's alerts, and the village where it agreed. */
    public record Subscriber(String phone, Long villageId) {

        @Override
        public String toString() {
            return "Subscriber[" + Phones.lastDigits(phone, 3) + ", village " + villageId + "]";
        }
    }

    /**
     * The phone as a message's dedupe key may carry it: a keyed hash, since keys are logged and the
     * logs name a phone by its last 3 digits only.
     */
    public String phoneKey(String phone) {
        return hashes.of("message-phone", Phones.local(phone)).substring(0, 24);
    }

    /** What a message adds so the resident knows how to refuse by reply; empty without a short code. */
    public String howToRefuse() {
        return replies.configured() ? " Tu choi nhan tin: soan TC gui " + replies.serviceNumber() + "." : "";
    }

    private boolean record(MessageChoice choice) {
        boolean added = store.add(choice);
        if (added && !choice.granted()) {
            int cancelled = choice.topic() == Topic.ALL ? wanted.cancelWaitingFor(choice.phone(), null, null)
                    : wanted.cancelWaitingFor(choice.phone(), MessageKind.SCAM_ALERT, choice.communeId());
            log.info("{}: {} waiting messages cancelled", choice, cancelled);
        }
        if (added && choice.topic() == Topic.ALERTS && choice.granted()) {
            confirmConsent(choice);
        }
        return added;
    }

    /**
     * Tells the phone that it now gets the commune's alerts, once a day at most: a number typed by
     * someone else learns of it and can refuse. Counts against the commune's budget like any message.
     */
    private void confirmConsent(MessageChoice choice) {
        String commune = places.commune(choice.communeId()).map(Commune::name).orElse("xa");
        String text = SmsText.withoutDiacritics("Tram So: So nay da dang ky nhan canh bao lua dao cua " + commune
                + ". Khong phai ban dang ky? Bao to cong nghe so cua thon de huy." + howToRefuse());
        outbox.enqueue(null, "alerts-joined:" + choice.communeId() + ":" + phoneKey(choice.phone()) + ":" + choice.recordedAt().toLocalDate(),
                new Message(MessageKind.ALERTS_JOINED, choice.phone(), text, Map.of("commune", commune)), choice.recordedAt(),
                choice.villageId(), choice.communeId());
    }

    /** What a resident of the village agrees to or withdraws: the sentence the screens show and the record keeps. */
    public String wording(long villageId, Topic topic, boolean granted) {
        return wording(topic, granted, communeName(places.village(villageId).orElseThrow()));
    }

    private String communeName(Village village) {
        return places.commune(village.communeId()).map(Commune::name).orElse("xã");
    }


    private static String checked(String phone) {
        return People.phone(phone).orElseThrow(() -> new IllegalArgumentException("not a mobile number"));
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
