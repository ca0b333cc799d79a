package lab.eulogin.idp.support;

import java.time.Instant;

/**
 * One line of the support audit.
 *
 * @param staffLogin    who (the login typed, for a refused sign-in)
 * @param accountEmail  the EU Login account concerned, if any
 * @param detail        what else there is to know: the address looked up, the report, the outcome; or null
 * @param client        the network address the console was used from
 */
public record AuditEntry(long id, Instant at, String staffLogin, AuditAction action, String accountEmail,
                         AuditDetail detail, String client) {
}
