package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.clock.LabClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A service ticket lives ten seconds on the lab clock. */
class ServiceTicketLifetimeTest extends CasTestBase {
    /** Time stands still but for the test's own moves, so the ten seconds are the lab's alone, however slow the machine. */
    @Override
    LabClock startingClock() {
        return new LabClock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
    }

    @Test
    void a_ticket_still_validates_after_nine_seconds_and_no_longer_after_eleven() {
        account("ana@example.eu", AccountKind.EXTERNAL);
        String early = signInAt(new TestBrowser(idp.baseUrl()), myRemote, "ana@example.eu");
        String late = signInAt(new TestBrowser(idp.baseUrl()), myRemote, "ana@example.eu");

        clock.advance(Duration.ofSeconds(9));
        assertThat(validate("/cas/serviceValidate", myRemote, early)).contains("<cas:authenticationSuccess>");
        clock.advance(Duration.ofSeconds(2));
        assertThat(validate("/cas/serviceValidate", myRemote, late))
                .contains("<cas:authenticationFailure code=\"INVALID_TICKET\">")
                .contains("expired");
    }
}
