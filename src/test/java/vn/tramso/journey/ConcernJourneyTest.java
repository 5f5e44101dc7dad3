package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A 1+10 member records a concern, the commune leader answers it, the member tells the resident and closes it. */
class ConcernJourneyTest extends BrowserJourney {

    @Test
    void a_concern_recorded_by_a_member_is_answered_by_the_leader_and_closed_by_the_member() {
        String text = "Cống thoát nước xóm Tây bị tắc " + System.nanoTime() % 10_000;
        Page member = signedIn(context, "tnv.traphuong");
        member.navigate(url("/concerns"));
        member.locator(".new-concern").click();
        member.locator(".concern-category .chip-roads-lighting").click();
        member.locator(".concern-text textarea").fill(text);
        member.locator(".dialog-save").click();
        Locator mine = member.locator(".concern-card").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(mine).containsText("Mới");
        mine.locator(".concern-forward").click();
        assertThat(mine).containsText("Đã chuyển lên xã");

        BrowserContext leaderBrowser = browser.newContext();
        try {
            Page leader = signedIn(leaderBrowser, "lanhdao.hongquang");
            leader.navigate(url("/concerns"));
            Locator card = leader.locator(".concern-card").filter(new Locator.FilterOptions().setHasText(text));
            assertThat(card).containsText("Thôn Trà Phương");
            card.locator(".concern-answer-button").click();
            leader.locator(".concern-answer-text textarea").fill("Xã đã cử người nạo vét, xong trước thứ Sáu");
            leader.locator(".dialog-save").click();
            assertThat(card).containsText("Đã trả lời, chờ báo lại");
        } finally {
            leaderBrowser.close();
        }

        member.reload();
        Locator answer = member.locator(".concerns-to-pass-on .concern-card").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(answer).containsText("Xã đã cử người nạo vét");
        screenshot(member, "13-concern-to-pass-on");
        answer.locator(".concern-told").click();
        assertThat(member.locator(".concerns-to-pass-on")).not().containsText(text);
        assertThat(member.locator(".concern-card").filter(new Locator.FilterOptions().setHasText(text))).containsText("Đã báo lại, đóng");
    }

    private Page signedIn(BrowserContext browser, String username) {
        Page p = browser == context ? page : browser.newPage();
        p.navigate(url("/login"));
        signIn(p, username, "demo1234");
        p.waitForURL(Pattern.compile(".*/(volunteer|dashboard|staff)$"));
        return p;
    }

    private void screenshot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
