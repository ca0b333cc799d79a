package lab.eulogin.mail.client;

import java.time.Instant;
import java.util.List;

/**
 * A message as the API lists it.
 *
 * @param id      stable and increasing: wait for the next message with {@code after=id}
 * @param mailbox the recipient address this copy was delivered to (lower case)
 * @param folder  "INBOX" or "Junk"
 * @param from    the From header, decoded
 * @param to      the To header's addresses, decoded
 * @param date    the lab clock at arrival
 * @param text    the plain-text body, or null when there is none
 * @param html    the HTML body, or null when there is none
 * @param links   every http(s) URL in the text and every href in the HTML, de-duplicated, in order
 */
public record MailMessage(long id, String mailbox, String folder, String from, List<String> to, String subject,
                          Instant date, String text, String html, List<String> links) {

    /** The first link containing {@code part}, the usual way a test picks the link to follow. */
    public String link(String part) {
        return links.stream().filter(link -> link.contains(part)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No link containing '" + part + "' in " + links));
    }
}
