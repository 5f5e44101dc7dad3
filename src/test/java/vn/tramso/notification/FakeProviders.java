package vn.tramso.notification;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * A local fake of Zalo's and eSMS's servers (WireMock over real HTTP, reset before each test) and
 * the settings that point the app's senders at it: a test class registers {@link #server()} as its
 * extension and stubs the answers it needs.
 */
final class FakeProviders {

    private FakeProviders() {
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(options().dynamicPort()).build();
    }

    /** Zalo's OAuth and ZNS at the fake, with a template for every kind of message. */
    static ZaloSettings zalo(String baseUrl) {
        return new ZaloSettings(baseUrl, baseUrl, "app-1", "zalo-secret", "refresh-1",
                new ZaloSettings.Templates("tpl-confirm", "tpl-remind", "tpl-answer", "tpl-alert", "tpl-joined"));
    }

    /** eSMS at the fake, in its sandbox, with receipts to {@code https://tramso.example}. */
    static SmsSettings sms(String baseUrl, String brandname) {
        return new SmsSettings(SmsSettings.Gateway.ESMS, brandname, false,
                new SmsSettings.Esms(baseUrl, "esms-key", "esms-secret", true, "https://tramso.example", ""));
    }
}
