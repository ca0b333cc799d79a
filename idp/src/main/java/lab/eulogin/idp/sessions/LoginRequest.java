package lab.eulogin.idp.sessions;

import java.time.Instant;

/**
 * What an application asked for when it sent the browser to sign in (CAS's {@code /cas/login},
 * OpenID Connect's authorize endpoint), kept on the browser session through the sign-in steps.
 *
 * @param service     the address the answer goes to (CAS service, OIDC redirect URI); null when none
 * @param serviceId   the registered service it matched
 * @param serviceName the name the sign-in page shows (FAQ SIGN-10)
 * @param renew       the password must be typed again, whatever single sign-on exists
 * @param gateway     never show a page: back to the application, signed in or not
 * @param level       the level asked for ({@code authenticationLevel}, {@code acr_values})
 * @param requestedAt when it was asked; a sign-in from before does not count as "again"
 * @param loginHint   the address to fill in on the sign-in box (OIDC {@code login_hint}); null when none
 * @param answer      how the application hears the outcome; null when no application asked
 */
public record LoginRequest(
        String service,
        String serviceId,
        String serviceName,
        boolean renew,
        boolean gateway,
        AuthenticationLevel level,
        Instant requestedAt,
        String loginHint,
        SignInAnswer answer) {

    public boolean hasService() {
        return answer != null;
    }
}
