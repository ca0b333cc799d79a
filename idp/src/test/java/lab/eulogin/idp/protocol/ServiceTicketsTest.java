package lab.eulogin.idp.protocol;

import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.sessions.AuthenticationFactor;
import lab.eulogin.idp.sessions.SsoSession;
import lab.eulogin.idp.sessions.SsoSessionStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTicketsTest {
    private final LabClock clock = new LabClock(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
    private final ServiceTickets tickets = new ServiceTickets(clock, Duration.ofSeconds(10));
    private final SsoSession sso = new SsoSessionStore(clock, Duration.ofHours(1), Duration.ofHours(2))
            .create(42, AuthenticationFactor.moniker("ana@example.eu"));

    @Test
    void a_ticket_carries_the_sign_in_and_the_service_it_was_issued_for() {
        ServiceTicket ticket = tickets.issue(sso, "http://localhost:7300/myremote/", "my-remote", true);
        assertThat(ticket.id()).startsWith("ST-").hasSizeGreaterThan(40);
        assertThat(ticket.accountId()).isEqualTo(42);
        assertThat(ticket.service()).isEqualTo("http://localhost:7300/myremote/");
        assertThat(ticket.fromSso()).isTrue();
        assertThat(ticket.loginDate()).isEqualTo(sso.authenticatedAt());
    }

    @Test
    void a_ticket_redeems_once() {
        ServiceTicket ticket = tickets.issue(sso, "http://s/", "s", false);
        assertThat(tickets.redeem(ticket.id())).isInstanceOf(ServiceTickets.Redemption.Valid.class);
        assertThat(tickets.redeem(ticket.id())).isInstanceOf(ServiceTickets.Redemption.Unknown.class);
        assertThat(tickets.redeem("ST-never-issued")).isInstanceOf(ServiceTickets.Redemption.Unknown.class);
    }

    @Test
    void a_ticket_expires_after_its_lifetime_on_the_lab_clock() {
        ServiceTicket onTime = tickets.issue(sso, "http://s/", "s", false);
        ServiceTicket late = tickets.issue(sso, "http://s/", "s", false);
        clock.advance(Duration.ofSeconds(10));
        assertThat(tickets.redeem(onTime.id())).isInstanceOf(ServiceTickets.Redemption.Valid.class);
        clock.advance(Duration.ofMillis(1));
        assertThat(tickets.redeem(late.id())).isInstanceOf(ServiceTickets.Redemption.Expired.class);
        assertThat(tickets.redeem(late.id())).isInstanceOf(ServiceTickets.Redemption.Unknown.class);
    }

    @Test
    void the_ticket_joins_the_service_address_before_any_fragment() {
        assertThat(TicketAnswer.withTicket("http://s/a", "ST-1")).isEqualTo("http://s/a?ticket=ST-1");
        assertThat(TicketAnswer.withTicket("http://s/a?x=1", "ST-1")).isEqualTo("http://s/a?x=1&ticket=ST-1");
        assertThat(TicketAnswer.withTicket("http://s/a#top", "ST-1")).isEqualTo("http://s/a?ticket=ST-1#top");
    }
}
