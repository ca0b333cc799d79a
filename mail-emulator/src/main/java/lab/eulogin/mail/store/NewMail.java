package lab.eulogin.mail.store;

import java.util.List;

/**
 * A message as it arrives for one recipient, before the store numbers and dates it.
 *
 * @param mailbox  the recipient address it was delivered to (envelope RCPT TO, BCC included)
 * @param raw      the source as received, headers included
 */
public record NewMail(String mailbox, Folder folder, String from, List<String> to, String subject, byte[] raw) {
    public NewMail {
        mailbox = Addresses.key(mailbox);
        to = List.copyOf(to);
    }
}
