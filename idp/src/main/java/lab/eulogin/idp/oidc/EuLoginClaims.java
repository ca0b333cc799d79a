package lab.eulogin.idp.oidc;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.AMR;
import lab.eulogin.idp.accounts.Account;
import lab.eulogin.idp.protocol.UserAttributes;
import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.idp.sessions.Strength;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an OpenID Connect client learns, in EU Login's names: the standard claims of the scopes
 * asked, EU Login's namespaced claims, and how the person signed in ({@code acr}, {@code amr}).
 * The values come from the same account attributes as CAS's {@code userDetails}.
 */
final class EuLoginClaims {
    static final String NAMESPACE = "https://ecas.ec.europa.eu/claims/";
    static final String DOMAIN = NAMESPACE + "domain";
    static final String GROUPS = NAMESPACE + "groups";
    static final String LOA = "https://ecas.ec.europa.eu/loa/";

    private EuLoginClaims() {
    }

    /** EU Login's level as an {@code acr}: {@code https://ecas.ec.europa.eu/loa/basic}, {@code .../medium}, {@code .../high}. */
    static ACR acr(AuthenticationLevel level) {
        return new ACR(LOA + level.name().toLowerCase(Locale.ROOT));
    }

    /** The level an {@code acr_values} asks for: the first value that names one; other values are ignored. */
    static Optional<AuthenticationLevel> level(List<ACR> acrValues) {
        for (ACR acr : acrValues == null ? List.<ACR>of() : acrValues) {
            String value = acr.getValue();
            if (value.startsWith(LOA)) {
                Optional<AuthenticationLevel> level = AuthenticationLevel.parse(value.substring(LOA.length()));
                if (level.isPresent()) {
                    return level;
                }
            }
        }
        return Optional.empty();
    }

    static List<ACR> supportedAcrs() {
        return List.of(AuthenticationLevel.values()).stream().map(EuLoginClaims::acr).toList();
    }

    /**
     * RFC 8176's names for how the sign-in was proved: {@code pwd} for the password; with a second
     * factor {@code mfa} and {@code sms} (SMS), {@code swk} (the app's key, by push or QR code),
     * {@code otp} (the app's one-time code) or {@code hwk} (a security key or trusted platform).
     * A switch expression, so that a new way of signing in cannot be left out.
     */
    static List<AMR> amr(List<Strength> strengths) {
        Set<String> names = new LinkedHashSet<>();
        names.add("pwd");
        for (Strength strength : strengths) {
            names.add(switch (strength) {
                case PASSWORD -> "pwd";
                case PASSWORD_SMS -> "sms";
                case PASSWORD_MOBILE_APP -> "swk";
                case PASSWORD_SOFTWARE_TOKEN -> "otp";
                case PASSWORD_WEBAUTHN -> "hwk";
            });
        }
        if (names.size() > 1) {
            names.add("mfa");
        }
        return names.stream().map(AMR::new).toList();
    }

    /** The claims about the person for these scopes; EU Login's groups only when asked through {@code claims}. */
    static Map<String, Object> about(Account account, Scope scope, boolean groups) {
        UserAttributes attributes = UserAttributes.of(account);
        Map<String, Object> claims = new LinkedHashMap<>();
        if (scope.contains(OIDCScopeValue.EMAIL)) {
            claims.put("email", account.email());
            claims.put("email_verified", true);
        }
        if (scope.contains(OIDCScopeValue.PROFILE)) {
            claims.put("given_name", account.firstName());
            claims.put("family_name", account.lastName());
            claims.put("name", account.firstName() + " " + account.lastName());
            claims.put("locale", attributes.details().get("locale"));
        }
        claims.put(DOMAIN, attributes.details().get("domain"));
        if (groups) {
            claims.put(GROUPS, new ArrayList<>(attributes.groups()));
        }
        return claims;
    }

    static List<String> supportedClaims() {
        return List.of("sub", "email", "email_verified", "given_name", "family_name", "name", "locale", "acr",
                "amr", "auth_time", "nonce", "sid", DOMAIN, GROUPS);
    }
}
