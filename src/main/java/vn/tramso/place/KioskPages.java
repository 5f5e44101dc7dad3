package vn.tramso.place;

import vn.tramso.base.Messages;

/**
 * The plain pages a kiosk browser sees before it is enrolled: "this screen is not registered",
 * and the enrolment form. Large type, Vietnamese with an English line, no script.
 */
final class KioskPages {

    private KioskPages() {
    }

    static String notRegistered() {
        return page(Messages.vi("kiosk.not-registered.title"),
                "<h1>" + esc(Messages.vi("kiosk.not-registered.title")) + "</h1>"
                        + "<p>" + esc(Messages.vi("kiosk.not-registered.text")) + "</p>"
                        + "<p lang=\"en\" class=\"en\">" + esc(Messages.in(java.util.Locale.ENGLISH, "kiosk.not-registered.text")) + "</p>"
                        + "<p><a class=\"button secondary\" href=\"/enrol\">" + esc(Messages.vi("enrol.have-code")) + "</a> "
                        + "<a class=\"button secondary\" href=\"/login\">" + esc(Messages.vi("kiosk.not-registered.staff")) + "</a></p>");
    }

    /**
     * A kiosk page that could not load because the database is out (after the idle reset, say): the
     * system is busy, try again in a moment or call the team, and a large "Thử lại" reloading the same address.
     *
     * @param helpLine the team's name and phone from kiosk-config, or {@code null}
     */
    static String busy(String address, String helpLine) {
        return page(Messages.vi("outage.title"),
                "<h1>" + esc(Messages.vi("outage.title")) + "</h1>"
                        + "<p>" + esc(Messages.vi("outage.text")) + "</p>"
                        + (helpLine == null ? "" : "<p><strong>" + esc(helpLine) + "</strong></p>")
                        + "<p lang=\"en\" class=\"en\">" + esc(Messages.in(java.util.Locale.ENGLISH, "outage.text")) + "</p>"
                        + "<p><a class=\"button outage-retry\" href=\"" + esc(address) + "\">" + esc(Messages.vi("outage.retry")) + "</a></p>");
    }

    /** Asks for the code when the browser was not opened at the code's address. */
    static String askCode(String csrfName, String csrfToken, boolean wrong) {
        return page(Messages.vi("enrol.title"),
                "<h1>" + esc(Messages.vi("enrol.title")) + "</h1>"
                        + (wrong ? "<p class=\"error\" role=\"alert\">" + esc(Messages.vi("enrol.refused")) + "</p>" : "")
                        + "<form method=\"post\" action=\"/enrol\">"
                        + "<label for=\"code\">" + esc(Messages.vi("enrol.code")) + "</label>"
                        + "<input id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" maxlength=\"12\" required>"
                        + hidden(csrfName, csrfToken)
                        + "<button class=\"button\" type=\"submit\">" + esc(Messages.vi("enrol.submit")) + "</button></form>");
    }

    /** Confirms which kiosk this browser is about to become. */
    static String confirm(String code, String kioskName, String csrfName, String csrfToken) {
        return page(Messages.vi("enrol.title"),
                "<h1>" + esc(Messages.vi("enrol.title")) + "</h1>"
                        + "<p>" + esc(Messages.vi("enrol.confirm", kioskName)) + "</p>"
                        + "<form method=\"post\" action=\"/enrol\">"
                        + "<input type=\"hidden\" name=\"code\" value=\"" + esc(code) + "\">"
                        + hidden(csrfName, csrfToken)
                        + "<button class=\"button\" type=\"submit\">" + esc(Messages.vi("enrol.submit")) + "</button></form>");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
                <title>%s – Trạm Số</title>
                <style>
                body{font-family:"Noto Sans",system-ui,sans-serif;font-size:24px;line-height:1.5;color:#111;background:#fff;
                     max-width:52rem;margin:0 auto;padding:2rem 1.5rem}
                h1{font-size:40px;line-height:1.2;color:#0b3d6b}
                .en{color:#444;font-size:20px}
                .error{color:#8a1c1c;font-weight:700}
                label{display:block;font-weight:700;margin-top:1rem}
                input{font-size:32px;letter-spacing:.1em;min-height:64px;width:100%%;box-sizing:border-box;margin:.5rem 0 1rem;
                      padding:0 .5rem;border:3px solid #0b3d6b;border-radius:8px;text-transform:uppercase}
                .button{display:inline-flex;align-items:center;justify-content:center;min-height:72px;min-width:12rem;
                        padding:0 1.5rem;margin:.5rem .5rem .5rem 0;font-size:26px;font-weight:700;border-radius:12px;
                        border:3px solid #0b63b6;background:#0b63b6;color:#fff;text-decoration:none;cursor:pointer}
                .button.secondary{background:#fff;color:#0b3d6b}
                </style></head>
                <body><main>%s</main></body></html>
                """.formatted(esc(title), body);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
