package lab.eulogin.idp.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.authenticator.RSACOSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.VerificationException;
import lab.eulogin.idp.accounts.FieldErrors;
import lab.eulogin.idp.accounts.SecurityChange;
import lab.eulogin.idp.accounts.SecurityNotices;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Security Key or Trusted Platform" (FAQ APP-09): registering one in My Account, and signing in
 * with it as the second factor. A WebAuthn relying party on webauthn4j: this class makes each
 * ceremony's challenge and keeps nothing of it (the browser session does); the library parses and
 * verifies every answer (challenge, origin, RP id, signature, user presence, signature counter);
 * only a verified answer changes what is stored.
 */
public final class SecurityKeys {
    public static final int MAX_NAME_LENGTH = 40;
    /** How long the browser has to answer; also the timeout it gives the authenticator. */
    public static final Duration CEREMONY_VALIDITY = Duration.ofMinutes(5);
    private static final int CHALLENGE_BYTES = 32;
    /** What the lab accepts: ES256 (every security key), EdDSA, RS256 (Windows Hello). */
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

    /** How a ceremony's answer ended. */
    public sealed interface Outcome {
        /** A new key is registered under this name. */
        record Registered(String name) implements Outcome { }

        /** The key proved the second factor. */
        record Verified(SecurityKey key) implements Outcome { }

        /** Refused, with nothing stored; {@code reason} is the message key the page shows. */
        record Refused(String reason) implements Outcome { }
    }

    /** The registration form's answer. */
    public sealed interface Started {
        record Ok(Ceremony ceremony) implements Started { }

        record Invalid(FieldErrors errors) implements Started { }
    }

    private final SecurityKeyRepository keys;
    private final Supplier<String> publicUrl;
    private final Clock clock;
    private final SecurityNotices notices;
    private final SecureRandom random = new SecureRandom();

    /**
     * webauthn4j's converter and checker, built at the first ceremony rather than at the IdP's start
     * (their Jackson mappers took about 40 ms of each start); both are thread-safe and hold no state.
     */
    private static final class WebAuthn {
        static final ObjectConverter CONVERTER = new ObjectConverter();
        // Non-strict: attestation is not checked against a list of makers, as EU Login takes any key.
        static final WebAuthnManager MANAGER = WebAuthnManager.createNonStrictWebAuthnManager(CONVERTER);
    }

    /**
     * @param publicUrl the IdP's public address, known once it listens
     * @param notices   tells the owner of a key registered or deleted through My Account
     */
    public SecurityKeys(SecurityKeyRepository keys, Supplier<String> publicUrl, Clock clock, SecurityNotices notices) {
        this.keys = keys;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.notices = notices;
    }

    public SecurityKeyRepository keys() {
        return keys;
    }

    /**
     * "Add a security key or trusted platform": checks the name (required, not too long, not one
     * the account already uses) and starts the ceremony.
     *
     * @param userHandle the account's opaque id for authenticators (never its e-mail address)
     */
    public Started startRegistration(long accountId, String userHandle, String name) {
        String trimmed = name == null ? "" : name.strip();
        String problem = nameProblem(accountId, trimmed);
        if (problem != null) {
            FieldErrors errors = new FieldErrors();
            errors.add("keyName", problem);
            return new Started.Invalid(errors);
        }
        return new Started.Ok(ceremony(Ceremony.Kind.REGISTRATION, accountId, trimmed, userHandle));
    }

    /**
     * A key registered as the operator would set it up (lab mode), without a ceremony: its
     * credential id and public key, the authenticator keeping the private key. Tests start from an
     * account that already has a key this way; a person registers one through My Account. The owner
     * is not mailed: this sets the scene, as an account created with its password is.
     *
     * @param credentialId base64url, as the authenticator names the credential
     * @param publicKey    an EC P-256 (ES256) or RSA (RS256) public key
     */
    public Outcome registerAsOperator(long accountId, String name, String credentialId, PublicKey publicKey) {
        String trimmed = name == null ? "" : name.strip();
        String problem = nameProblem(accountId, trimmed);
        if (problem != null) {
            return new Outcome.Refused(problem);
        }
        COSEKey coseKey;
        if (publicKey instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256) {
            coseKey = EC2COSEKey.create(ec, COSEAlgorithmIdentifier.ES256);
        } else if (publicKey instanceof RSAPublicKey rsa) {
            coseKey = RSACOSEKey.create(rsa, COSEAlgorithmIdentifier.RS256);
        } else {
            return new Outcome.Refused("security-key-check-failed");
        }
        if (keys.byCredentialId(credentialId).isPresent()) {
            return new Outcome.Refused("security-key-already-registered");
        }
        keys.add(accountId, credentialId, trimmed, WebAuthn.CONVERTER.getCborConverter().writeValueAsBytes(coseKey), 0,
                clock.instant());
        return new Outcome.Registered(trimmed);
    }

    /**
     * "Delete" next to a key in My Account; its owner is told, as of one added.
     *
     * @return whether the account had that key
     */
    public boolean delete(long accountId, long keyId) {
        Optional<SecurityKey> key = keys.of(accountId).stream().filter(k -> k.id() == keyId).findFirst();
        if (key.isEmpty() || !keys.delete(accountId, keyId)) {
            return false;
        }
        notices.tell(accountId, SecurityChange.securityKeyDeleted(key.get().name()));
        return true;
    }

    /** The sign-in step of the method: empty when the account has no key. */
    public Optional<Ceremony> startSignIn(long accountId, String userHandle) {
        return keys.has(accountId)
                ? Optional.of(ceremony(Ceremony.Kind.SIGN_IN, accountId, null, userHandle)) : Optional.empty();
    }

    /**
     * The browser's answer to {@link #startRegistration}: {@code navigator.credentials.create()}'s
     * response, each part base64url.
     */
    public Outcome finishRegistration(Ceremony ceremony, String clientDataJson, String attestationObject) {
        if (ceremony == null || ceremony.kind() != Ceremony.Kind.REGISTRATION || ceremony.expiredAt(clock.instant())) {
            return new Outcome.Refused("security-key-expired");
        }
        RegistrationData data;
        try {
            RegistrationRequest request = new RegistrationRequest(decode(attestationObject), decode(clientDataJson));
            data = WebAuthn.MANAGER.verify(request, new RegistrationParameters(serverProperty(ceremony), ALGORITHMS, false, true));
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            return new Outcome.Refused("security-key-check-failed");
        }
        AttestedCredentialData credential = data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
        String credentialId = encode(credential.getCredentialId());
        if (keys.byCredentialId(credentialId).isPresent()) {
            return new Outcome.Refused("security-key-already-registered");
        }
        if (nameTaken(ceremony.accountId(), ceremony.name())) {
            return new Outcome.Refused("key-name-taken");
        }
        keys.add(ceremony.accountId(), credentialId, ceremony.name(),
                WebAuthn.CONVERTER.getCborConverter().writeValueAsBytes(credential.getCOSEKey()),
                data.getAttestationObject().getAuthenticatorData().getSignCount(), clock.instant());
        notices.tell(ceremony.accountId(), SecurityChange.securityKeyAdded(ceremony.name()));
        return new Outcome.Registered(ceremony.name());
    }

    /**
     * The browser's answer to {@link #startSignIn}: {@code navigator.credentials.get()}'s response,
     * each part base64url. Only a key of the account that is signing in is accepted.
     */
    public Outcome finishSignIn(Ceremony ceremony, String credentialId, String clientDataJson, String authenticatorData,
                                String signature, String userHandle) {
        if (ceremony == null || ceremony.kind() != Ceremony.Kind.SIGN_IN || ceremony.expiredAt(clock.instant())) {
            return new Outcome.Refused("security-key-expired");
        }
        Optional<SecurityKey> key = keys.byCredentialId(credentialId == null ? "" : credentialId)
                .filter(found -> found.accountId() == ceremony.accountId());
        if (key.isEmpty()) {
            return new Outcome.Refused("security-key-not-recognised");
        }
        AuthenticationData data;
        try {
            AuthenticationRequest request = new AuthenticationRequest(decode(credentialId),
                    userHandle == null || userHandle.isEmpty() ? null : decode(userHandle),
                    decode(authenticatorData), decode(clientDataJson), null, decode(signature));
            List<byte[]> allowed = ceremony.credentialIds().stream().map(SecurityKeys::decode).toList();
            data = WebAuthn.MANAGER.verify(request, new AuthenticationParameters(serverProperty(ceremony), record(key.get()),
                    allowed, false, true));
        } catch (MaliciousCounterValueException e) {
            return new Outcome.Refused("security-key-counter");
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            return new Outcome.Refused("security-key-check-failed");
        }
        long counter = data.getAuthenticatorData().getSignCount();
        if (!keys.used(key.get().id(), key.get().signCount(), counter, clock.instant())) {
            // Another answer of the same key was verified meanwhile: this one is a replay.
            return new Outcome.Refused("security-key-counter");
        }
        return new Outcome.Verified(key.get());
    }

    /** The account's opaque WebAuthn user id from its stable identifier. */
    public static String userHandle(String uid) {
        return encode(uid.getBytes(StandardCharsets.UTF_8));
    }

    /** The message key of what is wrong with a key's name (required, not too long, not one the account uses), or null. */
    private String nameProblem(long accountId, String trimmed) {
        if (trimmed.isEmpty()) {
            return "key-name-required";
        }
        if (trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            return "key-name-invalid";
        }
        return nameTaken(accountId, trimmed) ? "key-name-taken" : null;
    }

    private boolean nameTaken(long accountId, String name) {
        return keys.of(accountId).stream().anyMatch(k -> k.name().equalsIgnoreCase(name));
    }

    private Ceremony ceremony(Ceremony.Kind kind, long accountId, String name, String userHandle) {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        random.nextBytes(challenge);
        List<String> registered = keys.of(accountId).stream().map(SecurityKey::credentialId).toList();
        return new Ceremony(kind, accountId, name, challenge, RelyingParty.of(publicUrl.get()), registered, userHandle,
                clock.instant().plus(CEREMONY_VALIDITY));
    }

    private static ServerProperty serverProperty(Ceremony ceremony) {
        return ServerProperty.builder()
                .origin(new Origin(ceremony.relyingParty().origin()))
                .rpId(ceremony.relyingParty().id())
                .challenge(new DefaultChallenge(ceremony.challenge()))
                .build();
    }

    /** What webauthn4j needs of a stored key to verify a signature and its counter. */
    private CredentialRecord record(SecurityKey key) {
        COSEKey publicKey = WebAuthn.CONVERTER.getCborConverter().readValue(key.publicKey(), COSEKey.class);
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, decode(key.credentialId()), publicKey);
        return new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null, key.signCount(), attested,
                null, null, null, null);
    }

    static byte[] decode(String base64url) {
        if (base64url == null) {
            throw new IllegalArgumentException("missing");
        }
        return Base64.getUrlDecoder().decode(base64url);
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
