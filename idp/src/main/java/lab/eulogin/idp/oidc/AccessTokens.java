package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.token.BearerAccessToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens in memory, kept as their hash, with their expiry on the lab clock. */
final class AccessTokens {
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;

    /** What a token was issued for; {@code family} ties it to the code it came from. */
    record Issued(Grant grant, TokenFamily family, Instant issuedAt, Instant expiresAt) {
    }

    AccessTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token of the family; empty when the family was revoked (its code used again) meanwhile. */
    Optional<BearerAccessToken> issue(Grant grant, TokenFamily family) {
        Instant now = clock.instant();
        tokens.values().removeIf(t -> !now.isBefore(t.expiresAt()));
        BearerAccessToken token = new BearerAccessToken(256 / 8, lifetime.toSeconds(), grant.scope());
        Issued issued = new Issued(grant, family, now, now.plus(lifetime));
        boolean recorded = family.record(() -> tokens.put(Hashes.sha256(token.getValue()), issued));
        return recorded ? Optional.of(token) : Optional.empty();
    }

    /** The token's grant while it is active. */
    Optional<Issued> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Issued issued = tokens.get(Hashes.sha256(token));
        return issued != null && clock.instant().isBefore(issued.expiresAt()) ? Optional.of(issued) : Optional.empty();
    }

    void clear() {
        tokens.clear();
    }

    void revokeAllOf(long accountId) {
        tokens.values().removeIf(t -> t.grant().accountId() == accountId);
    }

    /** A code used twice: what was issued from it stops working, and nothing more is issued from it. */
    void revoke(TokenFamily family) {
        family.revoke();
        tokens.values().removeIf(t -> t.family() == family);
    }
}
