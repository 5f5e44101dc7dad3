package vn.tramso.notification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where eSMS delivers its receipts ({@link SmsReceipts}). A wrong secret gets 404, as an address
 * that does not exist, and changes nothing; a good one gets 200 whether or not the message changed,
 * so eSMS stops repeating it.
 */
@RestController
class SmsReceiptController {

    private final SmsReceipts receipts;

    SmsReceiptController(SmsReceipts receipts) {
        this.receipts = receipts;
    }

    /** Without a secret: not found either (rather than a page of the app). */
    @GetMapping({"/hooks/esms", SmsReceipts.PATH})
    ResponseEntity<String> noSecret() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    @GetMapping(SmsReceipts.PATH + "{secret}")
    ResponseEntity<String> receipt(@PathVariable String secret, @RequestParam(name = "RequestId", required = false) String requestId,
                                   @RequestParam(name = "SendStatus", defaultValue = "0") int sendStatus,
                                   @RequestParam(name = "SendSuccess", required = false) Integer sendSuccess,
                                   @RequestParam(name = "SendFailed", required = false) Integer sendFailed,
                                   @RequestParam(name = "error_info", required = false) String errorInfo) {
        if (!receipts.secretMatches(secret)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        receipts.apply(requestId, sendStatus, sendSuccess, sendFailed, errorInfo);
        return ResponseEntity.ok("OK");
    }
}
