package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.oidc.AuthorizationCodes.Redemption;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A code used twice ends with every token issued from it revoked, whichever order the two
 * redemptions and the recording of the first one's tokens come in (RFC 6749, 4.1.2). The steps of
 * the token endpoint are taken here one by one, in the order that two simultaneous requests can
 * interleave them.
 */
class CodeReuseTest {
    private final LabClock clock = LabClock.system();
    private final AuthorizationCodes codes = new AuthorizationCodes(clock, Duration.ofSeconds(60), Duration.ofHours(1));
    private final AccessTokens tokens = new AccessTokens(clock, Duration.ofHours(1));

    @Test
    void a_reuse_between_the_redemption_and_the_recording_of_its_tokens_leaves_no_token_working() {
        AuthorizationCode code = codes.issue(grant());
        Redemption.Valid first = (Redemption.Valid) codes.redeem(code.getValue());
        // The second try is told, and revokes, before the first has minted anything.
        Redemption.Reused second = (Redemption.Reused) codes.redeem(code.getValue());
        tokens.revoke(second.family());

        assertThat(tokens.issue(first.grant(), first.family())).as("minted for a family revoked meanwhile").isEmpty();
    }

    @Test
    void a_reuse_after_the_tokens_were_recorded_revokes_them() {
        AuthorizationCode code = codes.issue(grant());
        Redemption.Valid first = (Redemption.Valid) codes.redeem(code.getValue());
        BearerAccessToken token = tokens.issue(first.grant(), first.family()).orElseThrow();
        assertThat(tokens.find(token.getValue())).isPresent();

        Redemption.Reused second = (Redemption.Reused) codes.redeem(code.getValue());
        tokens.revoke(second.family());
        assertThat(tokens.find(token.getValue())).isEmpty();
    }

    @Test
    void a_code_taken_by_one_redemption_is_reused_to_every_later_one_and_never_unknown() {
        AuthorizationCode code = codes.issue(grant());
        assertThat(codes.redeem(code.getValue())).isInstanceOf(Redemption.Valid.class);
        assertThat(codes.redeem(code.getValue())).isInstanceOf(Redemption.Reused.class);
        assertThat(codes.redeem(code.getValue())).isInstanceOf(Redemption.Reused.class);
        assertThat(codes.redeem("never-issued")).isInstanceOf(Redemption.Unknown.class);
    }

    @Test
    void the_reuse_of_one_code_leaves_the_tokens_of_another_working() {
        AuthorizationCode mine = codes.issue(grant());
        AuthorizationCode other = codes.issue(grant());
        Redemption.Valid otherRedeemed = (Redemption.Valid) codes.redeem(other.getValue());
        BearerAccessToken kept = tokens.issue(otherRedeemed.grant(), otherRedeemed.family()).orElseThrow();

        codes.redeem(mine.getValue());
        tokens.revoke(((Redemption.Reused) codes.redeem(mine.getValue())).family());
        assertThat(tokens.find(kept.getValue())).isPresent();
    }

    @Test
    void revoking_an_accounts_grants_takes_its_codes_and_refuses_a_token_being_minted_from_one() {
        AuthorizationCode unredeemed = codes.issue(grant());
        AuthorizationCode redeeming = codes.issue(grant());
        Redemption.Valid inFlight = (Redemption.Valid) codes.redeem(redeeming.getValue());

        codes.takeAllOf(1L).forEach(tokens::revoke);
        assertThat(tokens.issue(inFlight.grant(), inFlight.family())).as("minted after the revocation").isEmpty();
        assertThat(codes.redeem(unredeemed.getValue())).isInstanceOf(Redemption.Reused.class);
        assertThat(codes.takeAllOf(2L)).as("another account's codes").isEmpty();
    }

    private Grant grant() {
        return new Grant("basic-app", URI.create("https://app.example.eu/callback"), 1L, "sid", clock.instant(),
                AuthenticationLevel.BASIC, List.of(Strength.PASSWORD), null, new Scope("openid"), null, false,
                clock.instant());
    }
}
