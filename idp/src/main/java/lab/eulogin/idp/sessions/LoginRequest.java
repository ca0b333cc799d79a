package lab.eulogin.idp.sessions;

import java.time.Instant;

/**
 * What a service asked for when it sent the browser to {@code /cas/login}, kept on the browser
 * session through the sign-in steps.
 *
 * @param service     the service address exactly as given, where the ticket goes; null when none
 * @param serviceId   the registered service it matched
 * @param serviceName the name the sign-in page shows (FAQ SIGN-10)
 * @param renew       the password must be typed again, whatever single sign-on exists
 * @param gateway     never show a page: back to the service, with a ticket or without
 * @param level       the level asked for with {@code authenticationLevel}
 * @param requestedAt when it was asked; a sign-in from before does not count as "again"
 */
public record LoginRequest(
        String service,
        String serviceId,
        String serviceName,
        boolean renew,
        boolean gateway,
        AuthenticationLevel level,
        Instant requestedAt) {

    public boolean hasService() {
        return service != null;
    }
}
