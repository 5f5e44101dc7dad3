package vn.tramso;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Period;
import vn.tramso.adoption.TargetStatus;
import vn.tramso.base.Refusal;
import vn.tramso.base.Topic;
import vn.tramso.booking.NoRecordReason;
import vn.tramso.concern.ConcernCategory;
import vn.tramso.concern.ConcernSource;
import vn.tramso.concern.ConcernStatus;
import vn.tramso.helpsession.AgeBand;
import vn.tramso.helpsession.Autonomy;
import vn.tramso.helpsession.Outcome;
import vn.tramso.helpsession.Referral;
import vn.tramso.helpsession.SessionChange;
import vn.tramso.helpsession.SessionPlace;
import vn.tramso.household.Fact;
import vn.tramso.household.FactSource;
import vn.tramso.rating.RatingChannel;
import vn.tramso.rating.RatingReason;

/** Every UI text exists in Vietnamese and English, and every key the code uses exists. */
class I18nKeysTest {

    private static final Pattern USED_KEY = Pattern.compile("(?:getTranslation|Messages\\.vi|Messages\\.in\\(\\w+,)\\s*\\(?\"([a-z0-9._-]+)\"");

    @Test
    void vietnamese_and_english_have_the_same_keys() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");
        Set<String> missingInEnglish = new TreeSet<>(vi.stringPropertyNames());
        missingInEnglish.removeAll(en.stringPropertyNames());
        Set<String> missingInVietnamese = new TreeSet<>(en.stringPropertyNames());
        missingInVietnamese.removeAll(vi.stringPropertyNames());
        assertThat(missingInEnglish).as("keys missing in translations_en").isEmpty();
        assertThat(missingInVietnamese).as("keys missing in translations_vi").isEmpty();
        vi.stringPropertyNames().forEach(key -> {
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
    }

    @Test
    void every_key_used_in_the_code_and_every_topic_has_a_text() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USED_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Topic topic : Topic.values()) {
            used.add(topic.labelKey());
            if (topic.isArea()) {
                used.add(topic.descriptionKey());
            }
            used.add(topic.group().labelKey());
        }
        for (Fact fact : Fact.values()) {
            used.add(fact.labelKey());
            for (int value = 0; value <= fact.max(); value++) {
                used.add(fact == Fact.VNEID ? "fact.vneid." + value : "fact.value." + value);
            }
        }
        Stream.of(FactSource.values()).map(FactSource::labelKey).forEach(used::add);
        Stream.of(SessionPlace.values()).map(SessionPlace::labelKey).forEach(used::add);
        Stream.of(Autonomy.values()).map(Autonomy::labelKey).forEach(used::add);
        Stream.of(Referral.values()).map(Referral::labelKey).forEach(used::add);
        Stream.of(Referral.State.values()).map(Referral.State::labelKey).forEach(used::add);
        Stream.of(Outcome.values()).map(Outcome::labelKey).forEach(used::add);
        Stream.of(Outcome.Reason.values()).map(Outcome.Reason::labelKey).forEach(used::add);
        Stream.of(AgeBand.values()).map(AgeBand::labelKey).forEach(used::add);
        Stream.of(SessionChange.Kind.values()).map(SessionChange.Kind::labelKey).forEach(used::add);
        Stream.of(NoRecordReason.values()).map(NoRecordReason::labelKey).forEach(used::add);
        Stream.of(ConcernCategory.values()).map(ConcernCategory::labelKey).forEach(used::add);
        Stream.of(ConcernSource.values()).map(ConcernSource::labelKey).forEach(used::add);
        Stream.of(ConcernStatus.values()).map(ConcernStatus::labelKey).forEach(used::add);
        Stream.of(RatingChannel.values()).map(RatingChannel::labelKey).forEach(used::add);
        Stream.of(vn.tramso.notification.FailureReason.values()).map(vn.tramso.notification.FailureReason::labelKey).forEach(used::add);
        Stream.of(vn.tramso.notification.OutboxReport.Status.values()).map(s -> "outbox.status." + s.name().toLowerCase()).forEach(used::add);
        Stream.of(vn.tramso.notification.MessageKind.values()).map(k -> "outbox.kind." + k.name().toLowerCase().replace('_', '-'))
                .forEach(used::add);
        Stream.of(vn.tramso.notification.NotificationChannel.values()).map(c -> "outbox.via." + c.name().toLowerCase()).forEach(used::add);
        Stream.of(vn.tramso.notification.ChannelChoice.values()).map(vn.tramso.notification.ChannelChoice::labelKey).forEach(used::add);
        Stream.of(vn.tramso.notification.NotificationChannel.ZALO, vn.tramso.notification.NotificationChannel.SMS)
                .map(c -> "message-settings.channel." + c.name().toLowerCase()).forEach(used::add);
        Stream.of(vn.tramso.notification.MessageChoice.Via.values()).map(vn.tramso.notification.MessageChoice.Via::labelKey).forEach(used::add);
        for (vn.tramso.notification.MessageChoice.Topic topic : vn.tramso.notification.MessageChoice.Topic.values()) {
            used.add(vn.tramso.notification.MessageChoice.labelKey(topic, true));
            used.add(vn.tramso.notification.MessageChoice.labelKey(topic, false));
        }
        Stream.of("join", "leave", "refuse", "accept").map(a -> "message-choices.action." + a).forEach(used::add);
        Stream.of(RatingReason.values()).map(RatingReason::labelKey).forEach(used::add);
        Stream.of(Indicator.values()).map(Indicator::labelKey).forEach(used::add);
        Stream.of(Indicator.values()).map(Indicator::definitionKey).forEach(used::add);
        Stream.of(Period.Kind.values()).map(Period.Kind::labelKey).forEach(used::add);
        Stream.of(TargetStatus.values()).map(TargetStatus::labelKey).forEach(used::add);
        for (int score = 1; score <= 5; score++) {
            used.add("rating.face." + score);
        }
        everyRefusal().forEach(refusal -> used.add(refusal.messageKey()));
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(load("vi").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_features_refusals_are_found_without_a_list() {
        assertThat(everyRefusal()).extracting(Refusal::messageKey)
                .as("one reason of each feature's refusals, those once listed by hand and those that were missed")
                .contains("account.refused.self", "booking.refused.slot-full", "cccd.refused.damaged", "concern.refused.no-text",
                        "dossiers.refused.future-month", "household.refused.bad-code", "message-settings.refused.budget",
                        "place.refused.bad-code", "rating.refused.used", "session.refused.no-topic", "alert.refused.no-title",
                        "target.refused.count");
    }

    /**
     * Every reason a service can refuse with: the constants of every enum implementing {@link Refusal}
     * in the compiled code, so a new feature's refusals are checked without being listed here.
     */
    private static List<Refusal> everyRefusal() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tramso")
                .stream()
                .filter(JavaClass::isEnum)
                .filter(c -> c.isAssignableTo(Refusal.class))
                .flatMap(c -> Stream.of(c.reflect().getEnumConstants()))
                .map(Refusal.class::cast)
                .toList();
    }
}
