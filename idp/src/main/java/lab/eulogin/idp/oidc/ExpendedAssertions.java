package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.verifier.Context;
import com.nimbusds.oauth2.sdk.auth.verifier.ExpendedJTIChecker;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import lab.eulogin.idp.services.RegisteredService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code jti} of every client assertion used, until it expires: an assertion works once
 * (RFC 7523, 3). Nimbus asks and marks; this remembers, on the lab clock.
 */
final class ExpendedAssertions implements ExpendedJTIChecker<RegisteredService> {
    /** How long to remember an assertion that carries no expiry (Nimbus refuses those anyway). */
    private static final Duration WITHOUT_EXPIRY = Duration.ofHours(1);

    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private final Clock clock;

    ExpendedAssertions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isExpended(JWTID jti, ClientID clientID, ClientAuthenticationMethod method,
                              Context<RegisteredService> context) {
        return used.containsKey(key(jti, clientID));
    }

    @Override
    public void markExpended(JWTID jti, Date exp, ClientID clientID, ClientAuthenticationMethod method,
                             Context<RegisteredService> context) {
        Instant now = clock.instant();
        used.values().removeIf(until -> now.isAfter(until));
        Instant until = exp == null ? now.plus(WITHOUT_EXPIRY) : exp.toInstant();
        used.put(key(jti, clientID), until.isAfter(now) ? until : now.plus(WITHOUT_EXPIRY));
    }

    private static String key(JWTID jti, ClientID clientID) {
        return clientID.getValue() + " " + jti.getValue();
    }
}
