package lab.eulogin.testkit.clients;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import lab.eulogin.testkit.AccountSettings;

/**
 * The IdP's {@code /__lab/accounts} endpoints: accounts made as the operator makes them (of a
 * kind, with an old password, a legacy user name, locked, with the options of "Configure my
 * account"), those options changed as their owner would, the helpdesk's unlock, a mobile device's
 * enrolment started as on the PC, and a security key registered as the operator would.
 */
public final class LabAccountsClient {
    private static final String ACCOUNTS = "/__lab/accounts";

    private final LabHttp http;

    public LabAccountsClient(String idpUrl) {
        this.http = new LabHttp(idpUrl);
    }

    /**
     * Makes an account from the endpoint's fields: email, password, and optionally firstName,
     * lastName, kind (EXTERNAL, STAFF, RETIREE), language, passwordAge (ISO-8601 period),
     * legacyUsername, operatorEmail, locked, mobilePhone, and the options of "Configure my account"
     * ({@link AccountSettings#OPTIONS}: emailNotifications, warnWhenIdentityAsked, detailsAfterSignIn,
     * alwaysMultiFactor; "true" or "false"; alwaysMultiFactor needs mobilePhone).
     */
    public Created create(Map<String, String> fields) {
        JsonNode body = http.json(http.post(ACCOUNTS, fields, 201), ACCOUNTS);
        return new Created(body.get("email").asText(), body.get("kind").asText(), body.get("locked").asBoolean(),
                body.hasNonNull("mobilePhone") ? body.get("mobilePhone").asText() : null, settings(body));
    }

    /**
     * The account as the IdP made it.
     *
     * @param email       normalised (lower case)
     * @param mobilePhone in E.164 form, or null
     * @param settings    its options of "Configure my account"
     */
    public record Created(String email, String kind, boolean locked, String mobilePhone, AccountSettings settings) {
    }

    /**
     * "Configure my account" as the owner would tick it: the options given change, the others stay
     * ("Always require multi-factor authentication" only for an account with a second factor).
     *
     * @param options by their names ({@link AccountSettings#OPTIONS}), on or off
     * @return all four as the account now has them
     */
    public AccountSettings configure(String email, Map<String, Boolean> options) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        options.forEach((option, on) -> fields.put(option, String.valueOf(on)));
        return settings(http.json(http.post(ACCOUNTS + "/settings", fields, 200), ACCOUNTS + "/settings"));
    }

    private static AccountSettings settings(JsonNode body) {
        return new AccountSettings(body.get("emailNotifications").asBoolean(), body.get("warnWhenIdentityAsked").asBoolean(),
                body.get("detailsAfterSignIn").asBoolean(), body.get("alwaysMultiFactor").asBoolean());
    }

    public void unlock(String email) {
        http.post(ACCOUNTS + "/unlock", Map.of("email", email), 200);
    }

    /** "Add a mobile device" as filled in on the PC: the QR code picture (PNG) its page would show, to scan. */
    public byte[] startDeviceEnrolment(String email, String deviceName, String pin) {
        return http.post(ACCOUNTS + "/devices", Map.of("email", email, "deviceName", deviceName, "pin", pin), 201);
    }

    /**
     * A security key registered to the account as the operator would set it up, for an
     * authenticator (a browser's virtual one) that holds the credential's private key.
     *
     * @param credentialId the credential's id, base64url
     * @param publicKey    its EC P-256 or RSA public key, X.509 SubjectPublicKeyInfo in base64
     */
    public void registerSecurityKey(String email, String name, String credentialId, String publicKey) {
        http.post(ACCOUNTS + "/security-keys",
                Map.of("email", email, "name", name, "credentialId", credentialId, "publicKey", publicKey), 201);
    }

    /** The answer of the last captcha shown to a browser, as {@code /__lab/captcha} tells it. */
    public String captchaShownTo(String labClientId) {
        String path = "/__lab/captcha?client=" + LabHttp.encode(labClientId);
        return http.json(http.get(path, 200), path).get("answer").asText();
    }
}
