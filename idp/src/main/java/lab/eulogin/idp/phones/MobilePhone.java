package lab.eulogin.idp.phones;

import java.time.Instant;

/** A mobile number registered to an account, verified by an SMS challenge when it was added. */
public record MobilePhone(long id, long accountId, String number, Instant addedAt) {
    public String display() {
        return PhoneNumbers.display(number);
    }
}
