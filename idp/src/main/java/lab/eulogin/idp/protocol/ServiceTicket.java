package lab.eulogin.idp.protocol;

import lab.eulogin.idp.sessions.AuthenticationFactor;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.time.Instant;
import java.util.List;

/**
 * A service ticket: what the sign-in was when it was issued, for the service it was issued to.
 *
 * @param service   the address it was issued for, exactly as the service gave it
 * @param serviceId the registered service behind that address
 * @param fromSso   issued from an existing single sign-on, without typing anything ({@code sso=true})
 */
public record ServiceTicket(
        String id,
        String service,
        String serviceId,
        long accountId,
        AuthenticationLevel level,
        List<Strength> strengths,
        List<AuthenticationFactor> factors,
        Instant loginDate,
        boolean fromSso,
        Instant issuedAt) {

    public ServiceTicket {
        strengths = List.copyOf(strengths);
        factors = List.copyOf(factors);
    }
}
