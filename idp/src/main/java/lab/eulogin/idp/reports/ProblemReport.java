package lab.eulogin.idp.reports;

import java.time.Instant;

/**
 * A problem report as stored.
 *
 * @param accountProven      sent from a browser that had proven it holds the account (signed in or past the
 *                           password); otherwise the address is only what was typed
 * @param urlSource          where the application's address came from; null when the report names no address
 * @param lastSmsRequestedAt the last SMS asked for by the account when the report was sent; null when none
 *                           or the account was not proven
 * @param lastSmsDeliveredAt the last one its phone received
 * @param screenshots        how many screenshots came with it
 */
public record ProblemReport(long id, String reference, Long accountId, boolean accountProven, String email,
                            String relationship, String serviceId, String serviceName, String serviceUrl,
                            UrlSource urlSource, Instant lastSmsRequestedAt, Instant lastSmsDeliveredAt,
                            String userAgent, String description, Instant createdAt, Instant resolvedAt,
                            String resolvedBy, int screenshots) {

    public boolean open() {
        return resolvedAt == null;
    }
}
