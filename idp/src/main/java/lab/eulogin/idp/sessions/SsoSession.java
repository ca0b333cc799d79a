package lab.eulogin.idp.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sign-in to EU Login that other services may ride on (single sign-on, FAQ SIGN-08), known to
 * the browser only by its ticket-granting cookie. Immutable: a second factor gives a new value.
 *
 * @param createdAt       the password sign-in that opened it; the maximum lifetime counts from here
 * @param authenticatedAt the last time the user presented a credential (password or second factor)
 * @param lastUsedAt      the idle lifetime counts from here
 * @param strengths       how it was proved, weakest first; its level is the strongest one's
 * @param factors         what was used: the address typed, then any phone or device
 */
public record SsoSession(
        String id,
        long accountId,
        Instant createdAt,
        Instant authenticatedAt,
        Instant lastUsedAt,
        List<Strength> strengths,
        List<AuthenticationFactor> factors) {

    public SsoSession {
        strengths = List.copyOf(strengths);
        factors = List.copyOf(factors);
    }

    /** The level reached: BASIC after the password, MEDIUM once a second factor is added. */
    public AuthenticationLevel level() {
        AuthenticationLevel level = AuthenticationLevel.BASIC;
        for (Strength strength : strengths) {
            level = AuthenticationLevel.strongest(level, strength.level());
        }
        return level;
    }

    /** The same sign-in after a second factor: for SMS and the mobile app to call once verified. */
    public SsoSession stepUp(Strength strength, AuthenticationFactor factor, Instant now) {
        List<Strength> moreStrengths = new ArrayList<>(strengths);
        if (!moreStrengths.contains(strength)) {
            moreStrengths.add(strength);
        }
        List<AuthenticationFactor> moreFactors = new ArrayList<>(factors);
        if (factor != null && !moreFactors.contains(factor)) {
            moreFactors.add(factor);
        }
        return new SsoSession(id, accountId, createdAt, now, now, moreStrengths, moreFactors);
    }

    SsoSession touchedAt(Instant now) {
        return new SsoSession(id, accountId, createdAt, authenticatedAt, now, strengths, factors);
    }
}
