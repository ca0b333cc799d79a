package lab.eulogin.idp.links;

import java.time.Instant;

/**
 * A link that was e-mailed, as support staff see it: why, when, until when, whether it was used;
 * never its token (only a hash of it is kept in any case).
 *
 * @param newEmail the address an e-mail change link confirms; null for other links
 */
public record IssuedLink(LinkPurpose purpose, Instant createdAt, Instant expiresAt, Instant usedAt, String newEmail) {

    public enum State { PENDING, USED, EXPIRED }

    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
    }
}
