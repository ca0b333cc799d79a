package lab.eulogin.idp.services;

import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.time.LocalDate;
import java.util.List;

/**
 * A service allowed to sign in through EU Login, as the registry file describes it.
 *
 * @param id              a short stable name, used in logs and by tests
 * @param name            what the sign-in page shows as the application asking (FAQ SIGN-10)
 * @param urls            the addresses that belong to it; tickets and logouts go only there
 * @param level           the level it needs at least; {@code authenticationLevel} may ask for more
 * @param methods         the ways of signing in it accepts (FAQ SIGN-13, SMS-08)
 * @param smsRefusedAfter the last day it accepts SMS, or null (FAQ SMS-07)
 * @param alwaysAskAgain  the password is asked every time, single sign-on or not (FAQ SIGN-09, JSIS)
 * @param oidc            its OpenID Connect client registration; null for a CAS-only service
 */
public record RegisteredService(
        String id,
        String name,
        List<ServicePattern> urls,
        AuthenticationLevel level,
        List<Strength> methods,
        LocalDate smsRefusedAfter,
        boolean alwaysAskAgain,
        OidcClient oidc) {

    public RegisteredService {
        urls = List.copyOf(urls);
        methods = List.copyOf(methods);
    }

    public boolean matches(String url) {
        return urls.stream().anyMatch(pattern -> pattern.matches(url));
    }

    /** The methods it accepts on that day: SMS drops out after its date. */
    public List<Strength> methodsOn(LocalDate day) {
        boolean smsRefused = smsRefusedAfter != null && day.isAfter(smsRefusedAfter);
        return methods.stream().filter(m -> !(smsRefused && m == Strength.PASSWORD_SMS)).toList();
    }

    /**
     * Whether it took "Mobile Phone + SMS" once and no longer does on that day (FAQ SMS-07), so
     * the sign-in pages can say why the method is gone.
     */
    public boolean smsEndedBy(LocalDate day) {
        return smsRefusedAfter != null && day.isAfter(smsRefusedAfter) && methods.contains(Strength.PASSWORD_SMS);
    }

    /** The methods that sign in to it on that day at the given level. */
    public List<Strength> methodsReaching(AuthenticationLevel required, LocalDate day) {
        return methodsOn(day).stream().filter(m -> m.level().satisfies(required)).toList();
    }
}
