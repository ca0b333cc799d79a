package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes in memory, kept as their hash: single use, short-lived on the lab clock.
 * A redeemed code is remembered for as long as its tokens live, so that a second try is told
 * apart and the tokens issued from it can be revoked (RFC 6749, 4.1.2).
 */
final class AuthorizationCodes {
    private final Map<String, Grant> live = new ConcurrentHashMap<>();
    private final Map<String, Instant> redeemed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final Duration remembered;

    AuthorizationCodes(Clock clock, Duration lifetime, Duration remembered) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.remembered = remembered;
    }

    AuthorizationCode issue(Grant grant) {
        Instant now = clock.instant();
        live.values().removeIf(g -> expired(g, now));
        redeemed.values().removeIf(at -> now.isAfter(at.plus(remembered)));
        AuthorizationCode code = new AuthorizationCode(256 / 8);
        live.put(Hashes.sha256(code.getValue()), grant);
        return code;
    }

    sealed interface Redemption {
        record Valid(Grant grant, String codeHash) implements Redemption { }

        record Reused(String codeHash) implements Redemption { }

        record Unknown() implements Redemption { }

        record Expired() implements Redemption { }
    }

    /** Takes the code out for good, whatever comes next. */
    Redemption redeem(String code) {
        String hash = Hashes.sha256(code);
        Grant grant = live.remove(hash);
        if (grant == null) {
            return redeemed.containsKey(hash) ? new Redemption.Reused(hash) : new Redemption.Unknown();
        }
        Instant now = clock.instant();
        redeemed.put(hash, now);
        return expired(grant, now) ? new Redemption.Expired() : new Redemption.Valid(grant, hash);
    }

    private boolean expired(Grant grant, Instant now) {
        return now.isAfter(grant.issuedAt().plus(lifetime));
    }
}
