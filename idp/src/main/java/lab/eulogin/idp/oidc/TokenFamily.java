package lab.eulogin.idp.oidc;

/**
 * The tokens issued from one authorization code. It exists from the moment the code is issued, so
 * that whatever the order in which two redemptions of the code and the recording of the first
 * one's tokens come, revoking the family on the second redemption ends every token of it: those
 * recorded already are taken out, and a recording still to come is refused (RFC 6749, 4.1.2).
 */
final class TokenFamily {
    private boolean revoked;

    /** Records a token of the family, unless it was revoked; the two never overlap. */
    synchronized boolean record(Runnable recording) {
        if (revoked) {
            return false;
        }
        recording.run();
        return true;
    }

    /** From now on nothing more is recorded; what was recorded before is seen by whoever revoked it. */
    synchronized void revoke() {
        revoked = true;
    }
}
