package vn.tramso.notification;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Where eSMS forwards what residents text to the commune's short code ({@link Replies}). An unsigned
 * or wrongly signed call gets 404, as an address that does not exist, and changes nothing; a good one
 * gets eSMS's {@code ClientResponse} with the answer to send back.
 */
@RestController
class ReplyController {

    static final String PATH = SmsReceipts.PATH + "replies";

    private final Replies replies;

    ReplyController(Replies replies) {
        this.replies = replies;
    }

    @GetMapping(PATH)
    ResponseEntity<String> reply(@RequestParam(required = false) String cpid, @RequestParam(required = false) String smsid,
                                 @RequestParam(required = false) String sender, @RequestParam(required = false) String content,
                                 @RequestParam(required = false) String receiverTime, @RequestParam(required = false) String sign) {
        Replies.Reply reply = new Replies.Reply(cpid, smsid, sender, content, receiverTime, sign);
        if (sender == null || smsid == null || !replies.authentic(reply)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String answer = replies.handle(reply);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body("<ClientResponse><Message>" + HtmlUtils.htmlEscape(answer)
                + "</Message><Smsid>" + HtmlUtils.htmlEscape(smsid) + "</Smsid><Receiver>" + HtmlUtils.htmlEscape(sender)
                + "</Receiver></ClientResponse>");
    }
}
