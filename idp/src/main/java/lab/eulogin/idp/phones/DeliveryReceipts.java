package lab.eulogin.idp.phones;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Tells a delivery receipt from the SMS provider from a forged one: Twilio signs each in
 * {@code X-Twilio-Signature}, an HMAC-SHA1 with the account's auth token over the callback's
 * address followed by every form field's name and value, sorted by name.
 */
public final class DeliveryReceipts {
    private final byte[] authToken;
    private final LongFunction<String> url;

    /** @param url where the provider is to post the receipts of the challenge with this id */
    public DeliveryReceipts(String authToken, LongFunction<String> url) {
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
        this.url = url;
    }

    /** The address given to the provider for a challenge's receipts. */
    public String url(long challengeId) {
        return url.apply(challengeId);
    }

    /** Whether the provider signed this receipt, posted to the address given for the challenge. */
    public boolean signedByProvider(long challengeId, Map<String, String> fields, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(url(challengeId), fields).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** The signature the provider puts on a receipt with these fields posted to this address. */
    public String sign(String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
