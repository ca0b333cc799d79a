package lab.eulogin.idp.protocol;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The CAS protocol's numbers and the service registry, with documented defaults.
 *
 * @param serviceTicketLifetime how long a service ticket may wait for validation (10 seconds;
 *                              the FAQs give no number, so the lab picks one and shows it here)
 * @param ssoIdleTimeout        a single sign-on unused this long ends (8 hours, as the browser session)
 * @param ssoMaxLifetime        a single sign-on ends this long after the password, used or not (24 hours)
 * @param serviceRegistry       the YAML file of registered services; null means the lab's own
 *                              {@code services.yaml}, with the demo services
 */
public record CasPolicy(
        Duration serviceTicketLifetime,
        Duration ssoIdleTimeout,
        Duration ssoMaxLifetime,
        Path serviceRegistry) {

    public static CasPolicy defaults() {
        return new CasPolicy(Duration.ofSeconds(10), Duration.ofHours(8), Duration.ofHours(24), null);
    }

    public CasPolicy withServiceRegistry(Path file) {
        return new CasPolicy(serviceTicketLifetime, ssoIdleTimeout, ssoMaxLifetime, file);
    }
}
