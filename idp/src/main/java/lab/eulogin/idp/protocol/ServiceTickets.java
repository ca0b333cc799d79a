package lab.eulogin.idp.protocol;

import lab.eulogin.idp.sessions.ExpirySweep;
import lab.eulogin.idp.sessions.SsoSession;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service tickets in memory: single use (the first validation takes it, whatever the outcome, as
 * CAS requires), short-lived on the lab clock, and bound to the service they were issued for.
 */
public final class ServiceTickets {
    private final Map<String, ServiceTicket> tickets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final ExpirySweep sweep = new ExpirySweep();

    public ServiceTickets(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Forgets every ticket (the lab's reset between tests). */
    public void clear() {
        tickets.clear();
    }

    public ServiceTicket issue(SsoSession sso, String service, String serviceId, boolean fromSso) {
        Instant now = clock.instant();
        if (sweep.due()) {
            tickets.values().removeIf(t -> expired(t, now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = "ST-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ServiceTicket ticket = new ServiceTicket(id, service, serviceId, sso.accountId(), sso.level(), sso.strengths(),
                sso.factors(), sso.authenticatedAt(), fromSso, now);
        tickets.put(id, ticket);
        return ticket;
    }

    /** What a validation finds: the ticket, or why there is none. */
    public sealed interface Redemption {
        record Valid(ServiceTicket ticket) implements Redemption { }

        /** Never issued, or already validated once. */
        record Unknown() implements Redemption { }

        record Expired(Duration lifetime) implements Redemption { }
    }

    /** Takes the ticket out for good, so a second validation never finds it. */
    public Redemption redeem(String id) {
        ServiceTicket ticket = id == null ? null : tickets.remove(id);
        if (ticket == null) {
            return new Redemption.Unknown();
        }
        return expired(ticket, clock.instant()) ? new Redemption.Expired(lifetime) : new Redemption.Valid(ticket);
    }

    private boolean expired(ServiceTicket ticket, Instant now) {
        return now.isAfter(ticket.issuedAt().plus(lifetime));
    }
}
