package lab.eulogin.idp.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import lab.eulogin.idp.store.Database;
import lab.eulogin.idp.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's RSA signing keys, kept in the database so that tokens stay verifiable across a
 * restart. The first key is made when first needed (making an RSA key would be a noticeable
 * part of a start, and many labs never sign a token); {@link #rotate()} adds a newer one, which
 * signs from then on, while the older ones stay in the JWKS (clients still verify what they
 * signed) until {@link #remove} takes them out.
 */
public final class SigningKeys {
    private final Database database;
    private final Clock clock;
    private final int bits;
    private volatile List<RSAKey> keys;

    SigningKeys(Database database, Clock clock, int bits) {
        this.database = database;
        this.clock = clock;
        this.bits = bits;
        this.keys = load();
    }

    /**
     * The keys of a database on their own, for the operator's rotation while the IdP is stopped
     * (see the IdP's README, "Keys"); the first key is made if there is none.
     */
    public static SigningKeys open(Database database, Clock clock, int bits) {
        SigningKeys keys = new SigningKeys(database, clock, bits);
        keys.keys();
        return keys;
    }

    /** Every key's id, the one that signs first. */
    public List<String> keyIds() {
        return keys().stream().map(RSAKey::getKeyID).toList();
    }

    /** Makes a new key, which signs from now on; the others stay published. @return its key id */
    public synchronized String rotate() {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(bits).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make an RSA key", e);
        }
        database.update("store an OpenID Connect signing key",
                "INSERT INTO oidc_signing_keys (kid, jwk, created_at) VALUES (?, ?, ?)",
                key.getKeyID(), key.toJSONString(), Timestamp.from(clock.instant()));
        keys = load();
        return key.getKeyID();
    }

    /** Takes a key out of the JWKS for good; the newest one cannot be removed. @return whether it was there */
    public synchronized boolean remove(String kid) {
        if (keys().get(0).getKeyID().equals(kid)) {
            throw new IllegalArgumentException("The key that signs cannot be removed; rotate first");
        }
        boolean removed = database.update("remove an OpenID Connect signing key",
                "DELETE FROM oidc_signing_keys WHERE kid = ?", kid) > 0;
        keys = load();
        return removed;
    }

    /** The public halves of every key, as the JWKS endpoint publishes them. */
    public JWKSet publicKeys() {
        return new JWKSet(new ArrayList<>(keys())).toPublicJWKSet();
    }

    /** The key id of the key that signs. */
    public String currentKeyId() {
        return keys().get(0).getKeyID();
    }

    /** Signs with the newest key, its key id in the header. */
    SignedJWT sign(JWTClaimsSet claims, JWSAlgorithm algorithm) {
        RSAKey key = keys().get(0);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt;
    }

    /** Every key, newest first; the first one is made here when there is none yet. */
    private List<RSAKey> keys() {
        List<RSAKey> now = keys;
        if (now.isEmpty()) {
            synchronized (this) {
                if (keys.isEmpty()) {
                    rotate();
                }
                now = keys;
            }
        }
        return now;
    }

    private List<RSAKey> load() {
        List<RSAKey> found = new ArrayList<>();
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement("SELECT jwk FROM oidc_signing_keys ORDER BY created_at DESC, kid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(RSAKey.parse(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the OpenID Connect signing keys", e);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a JWK", e);
        }
        return List.copyOf(found);
    }
}
