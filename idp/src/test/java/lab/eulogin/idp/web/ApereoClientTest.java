package lab.eulogin.idp.web;

import lab.eulogin.idp.accounts.AccountKind;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas20ServiceTicketValidator;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.apereo.cas.client.validation.TicketValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real, maintained CAS client against the lab: what CI users of the lab will run. */
class ApereoClientTest extends CasTestBase {

    @BeforeEach
    void accounts() {
        account("ana@example.eu", AccountKind.EXTERNAL);
    }

    @Test
    void the_cas_3_validator_reads_the_user_and_the_attributes_from_p3() throws Exception {
        String ticket = signInAt(browser, myRemote, "ana@example.eu");
        Assertion assertion = new Cas30ServiceTicketValidator(idp.baseUrl() + "/cas").validate(ticket, myRemote);
        assertThat(assertion.getPrincipal().getName()).matches("n[a-z0-9]{7}");
        assertThat(assertion.getPrincipal().getAttributes())
                .containsEntry("email", "ana@example.eu")
                .containsEntry("authenticationLevel", "BASIC")
                .containsEntry("strengths", "PASSWORD");
    }

    @Test
    void the_cas_2_validator_reads_the_user_from_eu_logins_dialect() throws Exception {
        String ticket = signInAt(browser, myRemote, "ana@example.eu");
        Assertion assertion = new Cas20ServiceTicketValidator(idp.baseUrl() + "/cas").validate(ticket, myRemote);
        assertThat(assertion.getPrincipal().getName()).matches("n[a-z0-9]{7}");
    }

    @Test
    void the_client_sees_a_replayed_ticket_fail() throws Exception {
        String ticket = signInAt(browser, myRemote, "ana@example.eu");
        Cas30ServiceTicketValidator validator = new Cas30ServiceTicketValidator(idp.baseUrl() + "/cas");
        validator.validate(ticket, myRemote);
        assertThatThrownBy(() -> validator.validate(ticket, myRemote))
                .isInstanceOf(TicketValidationException.class).hasMessageContaining("not recognized");
    }
}
