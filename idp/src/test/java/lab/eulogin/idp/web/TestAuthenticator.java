package lab.eulogin.idp.web;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A security key in software, for tests over HTTP: it answers the ceremony a page describes with
 * the bytes a real authenticator and browser would send (client data, authenticator data, a
 * "none" attestation, an ES256 signature), built with webauthn4j's converters and a JDK EC key.
 * Each answer can be bent the way an attacker would: another origin or RP id, an older counter,
 * another key's signature.
 */
final class TestAuthenticator {
    private static final Pattern ATTRIBUTE = Pattern.compile("data-([a-z-]+)=\"([^\"]*)\"");
    private final ObjectConverter converter = new ObjectConverter();
    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private long counter;

    TestAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    String credentialId() {
        return encode(credentialId);
    }

    /** What the page's {@code #webauthn} box says: challenge, rp-id, user-id... */
    static Map<String, String> ceremony(String page) {
        int start = page.indexOf("id=\"webauthn\"");
        if (start < 0) {
            throw new AssertionError("no WebAuthn ceremony on the page");
        }
        Matcher m = ATTRIBUTE.matcher(page.substring(start, page.indexOf('>', start)));
        Map<String, String> found = new HashMap<>();
        while (m.find()) {
            found.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return found;
    }

    /** {@code navigator.credentials.create()} on the page, as the browser would post it. */
    Map<String, String> register(String page, String origin) {
        return register(page, origin, ceremony(page).get("rp-id"));
    }

    Map<String, String> register(String page, String origin, String rpId) {
        Map<String, String> c = ceremony(page);
        byte[] clientData = clientData("webauthn.create", c.get("challenge"), origin);
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(sha256(rpId),
                (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_AT), counter, attested);
        byte[] attestation = new AttestationObjectConverter(converter)
                .convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
        return Map.of("credentialId", credentialId(), "clientDataJSON", encode(clientData),
                "attestationObject", encode(attestation));
    }

    /** {@code navigator.credentials.get()} on the page, with the next counter value. */
    Map<String, String> signIn(String page, String origin) {
        return signIn(page, origin, ceremony(page).get("rp-id"), counter + 1, keys);
    }

    /**
     * @param signCount the counter the answer carries (a copied key's would be older)
     * @param signer    the key that signs: another key's signature is a forgery
     */
    Map<String, String> signIn(String page, String origin, String rpId, long signCount, KeyPair signer) {
        Map<String, String> c = ceremony(page);
        counter = Math.max(counter, signCount);
        byte[] clientData = clientData("webauthn.get", c.get("challenge"), origin);
        byte[] authenticatorData = new AuthenticatorDataConverter(converter).convert(
                new AuthenticatorData<AuthenticationExtensionAuthenticatorOutput>(sha256(rpId), AuthenticatorData.BIT_UP,
                        signCount));
        byte[] signature = sign(signer, ByteBuffer.allocate(authenticatorData.length + 32)
                .put(authenticatorData).put(sha256(clientData)).array());
        return Map.of("credentialId", credentialId(), "clientDataJSON", encode(clientData),
                "authenticatorData", encode(authenticatorData), "signature", encode(signature),
                "userHandle", c.get("user-id"));
    }

    long counter() {
        return counter;
    }

    KeyPair keys() {
        return keys;
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sign(KeyPair signer, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(signer.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
