package lab.eulogin.idp.web;

import lab.eulogin.idp.webauthn.Ceremony;
import lab.eulogin.idp.webauthn.SecurityKeys;

import java.util.Map;

/**
 * What the browser's script ({@code webauthn.js}) needs to run a ceremony, as the page's model:
 * the challenge, the relying party, the account's opaque user id and its registered credentials.
 * Nothing secret: the challenge only proves freshness, and it stays in the session to be checked.
 */
final class WebAuthnPages {
    private WebAuthnPages() {
    }

    static Map<String, Object> model(Ceremony ceremony, String userName, String userDisplayName) {
        return Map.of(
                "mode", ceremony.kind() == Ceremony.Kind.REGISTRATION ? "create" : "get",
                "challenge", SecurityKeys.encode(ceremony.challenge()),
                "rpId", ceremony.relyingParty().id(),
                "rpName", ceremony.relyingParty().name(),
                "userId", ceremony.userHandle(),
                "userName", userName,
                "userDisplayName", userDisplayName,
                "credentialIds", String.join(",", ceremony.credentialIds()),
                "timeoutMs", SecurityKeys.CEREMONY_VALIDITY.toMillis());
    }
}
