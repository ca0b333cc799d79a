package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Authorization codes in memory, kept as their hash: single use, short-lived on the lab clock.
 * A code is remembered after its use for as long as its tokens can live, so that a second try is
 * told apart and the tokens issued from it can be revoked (RFC 6749, 4.1.2). Each code comes with
 * its {@link TokenFamily}, and is taken by exactly one redemption: any other, however close in
 * time, is told it was used, with the family to revoke.
 */
final class AuthorizationCodes {
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final Duration remembered;

    private record Code(Grant grant, TokenFamily family, AtomicBoolean taken) {
    }

    /** @param remembered how long the tokens issued from a code live */
    AuthorizationCodes(Clock clock, Duration lifetime, Duration remembered) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.remembered = remembered;
    }

    AuthorizationCode issue(Grant grant) {
        Instant now = clock.instant();
        // Past this, the code has expired and any token from it too.
        codes.values().removeIf(c -> now.isAfter(c.grant().issuedAt().plus(lifetime).plus(remembered)));
        AuthorizationCode code = new AuthorizationCode(256 / 8);
        codes.put(Hashes.sha256(code.getValue()), new Code(grant, new TokenFamily(), new AtomicBoolean()));
        return code;
    }

    sealed interface Redemption {
        record Valid(Grant grant, TokenFamily family) implements Redemption { }

        record Reused(TokenFamily family) implements Redemption { }

        record Unknown() implements Redemption { }

        record Expired() implements Redemption { }
    }

    /** Takes the code for good, whatever comes next. */
    Redemption redeem(String code) {
        Code found = codes.get(Hashes.sha256(code));
        if (found == null) {
            return new Redemption.Unknown();
        }
        if (!found.taken().compareAndSet(false, true)) {
            return new Redemption.Reused(found.family());
        }
        return clock.instant().isAfter(found.grant().issuedAt().plus(lifetime))
                ? new Redemption.Expired() : new Redemption.Valid(found.grant(), found.family());
    }

    /**
     * Takes every code of the account, used or not, so that none is redeemed any more (a later try is
     * told it was used): their families, for the caller to revoke.
     */
    List<TokenFamily> takeAllOf(long accountId) {
        List<TokenFamily> families = new ArrayList<>();
        for (Code code : codes.values()) {
            if (code.grant().accountId() == accountId) {
                code.taken().set(true);
                families.add(code.family());
            }
        }
        return families;
    }

    void clear() {
        codes.clear();
    }
}
